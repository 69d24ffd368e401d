"""Build the Word and PDF adverts of the ninety-first held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback91/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`; each Word file is saved with fixed core-property dates and fixed zip
time stamps, so a rebuild is byte for byte the same. The pasted-text adverts (v7 and v8) are plain files and are not
built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.advert_files import (  # noqa: E402
    add_rows_merging_categories_down,
    add_rows_side_by_side,
    add_rows_with_category_rows,
    blank_docx,
    header_table,
    label_value_table,
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

YES = "Yes"
NO = "No"
DASH = "\u2013"
POUND = "\u00a3"
BULLET = "\u2022 "
FIXED_TIME = dt.datetime(2029, 2, 5, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 5, 10, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_contraception_and_sexual_health_clinic_assistant() -> None:
    """The employer only in the page header, the closing date only in the footer, the band in a line under the
    title; duties as bullets; Yes / No columns under "Criteria | Essential | Desirable" with category rows merged
    across, and three Essential rows that are not criteria (training the job gives, "No previous experience ...",
    a "Must chaperone ..." duty) plus a DBS and right-to-work row after the last real criterion."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[
        0
    ].text = f"Central and North West London NHS Foundation Trust {DASH} Sexual and Reproductive Health, Hillingdon"
    section.footer.paragraphs[0].text = "Job reference 333-SRH-0291  \u00b7  Closes 05/03/2029 at midnight"
    document.add_heading("Contraception and Sexual Health Clinic Assistant", level=1)
    document.add_paragraph(
        f"Agenda for Change Band 2  \u00b7  {POUND}26,530 to {POUND}27,905 a year pro rata, including the Outer "
        "London High Cost Area Supplement  \u00b7  30 hours a week over four days  \u00b7  Permanent"
    )
    document.add_heading("About the service", level=2)
    document.add_paragraph(
        "Our walk-in and booked clinics in Uxbridge and Hayes see around 1,400 people a month for contraception, "
        "testing and treatment. Clinic assistants are the people who keep the clinics running: they welcome "
        "patients, get rooms ready, chaperone and make sure samples reach the laboratory on time."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Welcome patients, check their details and explain how the clinic works",
        "Set up and restock clinic rooms before each session using the room checklist, and report low stock",
        "Act as a chaperone for intimate examinations and for coil and implant fittings",
        "Label, pack and log samples for collection by the laboratory courier at 1pm and 5pm",
        "Book follow-up appointments and record them on the patient record system",
        "Hand out condoms, pregnancy tests and home testing kits, with the leaflets that go with them",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("Good standard of literacy and numeracy, such as GCSE English and maths at grade 4 or above", YES, NO),
        ("Level 2 qualification in health and social care, or the Care Certificate", NO, YES),
        (
            "Completion of the service's chaperone and infection control training within your first month",
            YES,
            NO,
        ),
        ("Experience",),
        ("Experience of working with the public in a busy customer-facing role", YES, NO),
        ("No previous experience of sexual health services is required", YES, NO),
        ("Experience of working in a clinic, GP surgery or pharmacy", NO, YES),
        ("Skills and abilities",),
        ("Able to keep clinic rooms stocked and ready, following a checklist", YES, NO),
        ("Able to talk to patients about sensitive subjects without embarrassment or judgement", YES, NO),
        ("Basic IT skills, including entering information accurately into a computer system", YES, NO),
        ("Must chaperone intimate examinations whenever a clinician asks", YES, NO),
        ("Knowledge",),
        ("Understanding of confidentiality, including for patients under 16", YES, NO),
        ("Awareness of the different methods of contraception", NO, YES),
        ("Other",),
        ("Able to work late clinics until 8pm on at least one evening a week", YES, NO),
        ("Enhanced DBS check and proof of the right to work in the UK", YES, NO),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension Scheme, free parking at both clinics and a "
        "season ticket loan. If you do not already hold it, we will support you to complete the Care Certificate "
        "in your first twelve weeks. We welcome applications from people of every background, and we are happy "
        "to talk about part-time and term-time patterns."
    )
    save(document, "v1_contraception_and_sexual_health_clinic_assistant.docx")


def v2_hiv_outpatients_healthcare_support_worker() -> None:
    """The employer only in the page footer; the title and band in a details table with two label-value pairs a
    row; the closing date in a bold line before the job purpose; numbered duties; rows marked E or D under "Area |
    Requirement | E/D | How assessed" with the area merged down and E and D mixed, three rows marked E that are not
    criteria (competency sign-off given in the job, a "Must complete ..." duty, the right to work)."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[
        0
    ].text = "The Hillingdon Hospitals NHS Foundation Trust  |  Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "HIV Outpatients Healthcare Support Worker", "Band", "Band 3"),
            ("Department", "Sexual Health and HIV Outpatients", "Hours", "37.5 a week, with some Saturday mornings"),
            ("Contract", "Permanent", "Reference", "HIL-2291-HIV"),
        ],
    )
    paragraph = document.add_paragraph()
    paragraph.add_run(
        "Closing date for applications: Thursday 8 March 2029. Interviews: Tuesday 20 March 2029."
    ).bold = True
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our HIV outpatient clinic cares for around 700 people living with HIV from across Hillingdon and the "
        "surrounding boroughs. The healthcare support worker looks after patients from arrival to departure: "
        "observations, blood and urine samples, booking tests, and making every visit feel safe and private."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Take and record observations, height and weight at the start of each appointment.",
        "Take blood samples once signed off as competent, and send them to the laboratory with the right forms.",
        "Book blood tests and follow-up appointments on the electronic patient record.",
        "Support patients who are anxious about needles, results or being seen at the clinic.",
        "Keep clinic rooms clean, stocked and ready, and check the emergency trolley weekly.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Requirement", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "Level 3 Diploma in Health and Social Care or equivalent qualification",
            "E",
            "Application / certificates",
        ),
        ("Qualifications", "Recognised phlebotomy training certificate", "D", "Application"),
        (
            "Qualifications",
            "Venepuncture competency, signed off under supervision within eight weeks of starting",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience as a healthcare assistant or support worker in a hospital or clinic",
            "E",
            "Application / interview",
        ),
        (
            "Experience",
            "Experience of working with people living with HIV or another long-term condition",
            "D",
            "Application / interview",
        ),
        (
            "Skills",
            "Able to take and record blood pressure, pulse, temperature, height and weight accurately",
            "E",
            "Practical",
        ),
        ("Skills", "Able to explain a procedure calmly to an anxious patient", "E", "Interview"),
        ("Skills", "Must complete the clinic fridge temperature log before the first patient is seen", "E", "N/A"),
        (
            "Skills",
            "Able to use an electronic patient record to book and record tests",
            "E",
            "Application / interview",
        ),
        (
            "Knowledge",
            "Awareness of undetectable = untransmittable (U=U) and what it means for patients",
            "D",
            "Interview",
        ),
        (
            "Knowledge",
            "Understanding of the stigma that people living with HIV may face, and how to respond to it",
            "E",
            "Interview",
        ),
        ("Other", "Willing to work one Saturday morning clinic in four", "E", "Interview"),
        (
            "Other",
            f"Right to work in the UK {DASH} sponsorship is not available for this role",
            "E",
            "Pre-employment",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "Practical = a short observations station on the interview day. E = essential, D = desirable."
    )
    document.add_paragraph(
        "You do not need to have worked in HIV care before: we will teach you. The post is subject to an enhanced "
        "DBS check and two references. We offer 27 days' annual leave plus bank holidays, the NHS Pension, a "
        "staff restaurant and reduced-rate parking. For an informal chat, call the clinic manager on 020 7946 0372."
    )
    save(document, "v2_hiv_outpatients_healthcare_support_worker.docx")


def v3_sexual_health_contact_centre_adviser() -> None:
    """Title as the heading, the band in a "|" line, a "You must never ..." duty in About the job, the closing date
    inside a sentence, Essential and Desirable side by side per category with a no-experience line and a
    right-to-work line in Essential cells, "N/A" and an empty Desirable cell; the employer only in Working for us."""
    document = blank_docx("Verdana")
    document.add_heading("Sexual Health Contact Centre Adviser", level=1)
    document.add_paragraph(
        f"Agenda for Change Band 2  |  {POUND}25,674 to {POUND}27,198 a year pro rata, plus Outer London "
        "HCAS  |  Full time or part time (minimum 22.5 hours)"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our contact centre at Northwick Park Hospital answers every call to the sexual health service for "
        "Brent, Harrow and Ealing: about 1,100 a week from people booking contraception and testing "
        "appointments, asking for advice or chasing a home test kit. You will book appointments, send kits, "
        "pass urgent calls to the duty nurse and answer web chats between calls. You must never give out a test "
        "result over the phone; results are released to patients by text once a clinician has checked them."
    )
    document.add_paragraph(
        "We must receive your application by 23:59 on Friday 2 March 2029; shortlisted applicants will be invited "
        "to a telephone role-play in the week of 12 March."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade 4 (C) or equivalent",
            "Customer service qualification, such as NVQ Level 2",
        ),
        (
            "Experience",
            "Experience of answering a high volume of telephone calls in a call centre or reception\n"
            f"No NHS experience needed {DASH} full training on the booking system is given",
            "Experience of booking appointments on an electronic system",
        ),
        (
            "Skills",
            "Clear and friendly telephone manner\nAble to type accurately while talking to callers",
            "Speaks a second language used locally, such as Polish, Somali, Gujarati or Portuguese",
        ),
        (
            "Knowledge",
            "Understanding of why callers to a sexual health service may feel embarrassed or worried",
            "N/A",
        ),
        (
            "Other",
            "Able to work shifts between 8am and 8pm, including one Saturday in four\n"
            "Right to work in the UK; we cannot offer visa sponsorship",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "London North West University Healthcare NHS Trust runs Northwick Park, Ealing and Central Middlesex "
        "hospitals and community services across three boroughs. You will get 27 days' annual leave plus bank "
        "holidays, the NHS Pension, a Blue Light Card, and a quiet room for breaks away from the phones. Offers are "
        "subject to references and a basic DBS check."
    )
    save(document, "v3_sexual_health_contact_centre_adviser.docx")


def v4_prep_and_online_testing_administrator() -> None:
    """The employer only in the page header; the band and the closing date in a two-column details table with no
    header row; a "You must ..." duty bullet; "Area | Level | Requirements" with an Essential row and a Desirable
    row per area (the area merged down), a training line under a desirable criterion, a DBS and right-to-work line
    under the last essential one, and "N/A" in the last Desirable row."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[
        0
    ].text = f"Chelsea and Westminster Hospital NHS Foundation Trust {DASH} Sexual Health Services"
    document.add_heading("PrEP and Online Testing Administrator", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 3"),
            ("Base", "10 Hammersmith Broadway, London W6 7AL, with up to two days a week at home"),
            ("Hours", "37.5 hours a week, Monday to Friday"),
            ("Contract", "Permanent"),
            ("Closing date", "07/03/2029"),
            ("Reference", "CW-SH-4471"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Thousands of people a month order a free testing kit online from our service, and more than 9,000 "
        "people receive PrEP from our clinics. The online testing and PrEP administration team keeps both "
        "running: checking orders, sending reminders, chasing kits that have not come back and making sure "
        "every result reaches the right record."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Check online test kit orders and pass any that need a clinician's review to the duty nurse",
        "You must issue or re-issue every approved kit request within one working day",
        "Send text and email reminders to people whose PrEP review is due or whose kit has not been returned",
        "Match returned kits and laboratory results to patient records and flag any that do not match",
        "Keep the team's tracking spreadsheets up to date and produce the weekly figures",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Education", "Essential", "Good general education, including GCSE English at grade 4 or above"),
        ("Education", "Desirable", "ECDL or another recognised IT qualification"),
        (
            "Experience",
            "Essential",
            "Experience of administrative work in an office, including looking after a shared inbox",
        ),
        ("Experience", "Desirable", "Experience of working in a sexual health or other clinical service"),
        (
            "Skills",
            "Essential",
            "Competent in Microsoft Excel, including filters and sorting\n"
            "Able to write clear, non-judgemental messages to patients by text and email",
        ),
        ("Skills", "Desirable", "Familiar with Lilie or another sexual health patient record system"),
        (
            "Knowledge",
            "Essential",
            "Understanding of data protection and of the extra care needed with sexual health records",
        ),
        (
            "Knowledge",
            "Desirable",
            "Basic knowledge of PrEP and how it is prescribed\n"
            "Full training on Lilie and on the online testing platform is given in your first month",
        ),
        (
            "Other",
            "Essential",
            "Able to meet daily deadlines without losing accuracy\nBasic DBS check and the right to work in the UK",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave plus bank holidays, the NHS Pension, hybrid working once trained, "
        "an interest-free season ticket loan and access to our staff networks. We cannot sponsor a visa for this "
        "post."
    )
    save(document, "v4_prep_and_online_testing_administrator.docx")


V5_ITEMS = [
    ("title", "Condom Distribution Scheme Coordinator"),
    ("body", "Closing date: Monday 12 March 2029"),
    ("bold", "Band 4  |  Central London Community Healthcare NHS Trust"),
    (
        "body",
        "Sexual Health Promotion Team, based in Hammersmith with travel across Westminster, Kensington and Chelsea, "
        "and Hammersmith and Fulham",
    ),
    ("body", f"{POUND}33,094 to {POUND}36,195 a year including Inner London HCAS  |  Permanent  |  37.5 hours"),
    ("heading", "About the role"),
    (
        "body",
        "Our free condom scheme, including the C-Card for 13 to 24 year olds, runs through more than 90 outlets: "
        "pharmacies, youth clubs, colleges, GP practices and community groups. You will keep it growing and "
        "working, so that anyone who needs condoms can get them without having to ask twice.",
    ),
    ("heading", "What you'll do"),
    (
        "body",
        f"{BULLET}Recruit new outlets and keep in touch with the ones we have, visiting each at least twice a year",
    ),
    ("body", f"{BULLET}Train outlet staff and volunteers to register young people and hand out condoms safely"),
    ("body", f"{BULLET}Order stock from our supplier and arrange deliveries to outlets across the three boroughs"),
    (
        "body",
        f"{BULLET}You must check the expiry dates of every outlet's stock at each visit and remove any out-of-date "
        "condoms the same day",
    ),
    ("body", f"{BULLET}Keep the registration and stock spreadsheet up to date and send the quarterly figures"),
    ("heading", "What you'll need"),
    (
        "body",
        f"{BULLET}Experience of coordinating a project, service or programme involving several partner organisations",
    ),
    ("body", f"{BULLET}Confident delivering short training sessions to groups of staff or volunteers"),
    ("body", f"{BULLET}Good Excel skills for keeping stock and monitoring records"),
    (
        "body",
        f"{BULLET}Comfortable talking openly about condoms, sex and relationships with young people and with "
        "professionals",
    ),
    ("body", f"{BULLET}A full UK driving licence and access to a car for work"),
    (
        "body",
        f"{BULLET}Understanding of safeguarding for young people under 18, including when and how to share a concern",
    ),
    (
        "body",
        f"{BULLET}You don't need a health background {DASH} we'll train you in the C-Card scheme and in how to talk "
        "to young people about condoms",
    ),
    ("heading", "Nice to have"),
    ("body", f"{BULLET}Experience of working with young people in a youth, school or community setting"),
    ("body", f"{BULLET}Experience of managing stock orders and deliveries"),
    (
        "body",
        f"{BULLET}Knowledge of the sexual health services in Westminster, Kensington and Chelsea, and Hammersmith and "
        "Fulham",
    ),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK; we are not able to sponsor a visa for this post. Because the "
        "role involves work with young people, an enhanced DBS check will be carried out. Business car insurance "
        "will be needed before you start, and we pay mileage for every work journey.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET}27 days' annual leave, rising to 33 with service, plus bank holidays"),
    ("body", f"{BULLET}NHS Pension Scheme and flexible working"),
    ("body", f"{BULLET}A funded Level 3 Award in Education and Training after your first year"),
]

V6_ITEMS = [
    ("title", "HIV Community Support Worker"),
    ("bold", "Chelsea and Westminster Hospital NHS Foundation Trust"),
    ("body", "HIV Community Team, Kobler Clinic, Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "We are looking for an HIV Community Support Worker to join our community team at Band 4, working 37.5 "
        "hours a week on a permanent contract. Applications close on Wednesday 14 March 2029, and interviews will "
        "be held on Thursday 22 March 2029.",
    ),
    (
        "body",
        "You will support people living with HIV who are finding it hard to stay in care: people newly diagnosed, "
        "people who have stopped coming to clinic, and people whose housing, money or immigration worries are "
        "getting in the way of their health. Much of the work is in people's homes and in community venues. You "
        "must visit every newly referred patient within ten working days and agree a support plan with them. You "
        "do not need to have worked in HIV services before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have supported people in a health, social care or community setting for at least "
        "two years. You must be able to help people with practical problems such as benefits and housing, and know "
        "where to refer them when a problem is beyond you. A good understanding of HIV, how it is treated and how "
        "it is and is not passed on is essential. It is essential that you keep clear and accurate case notes on "
        "the day of each contact. You must be able to work alone on home visits, following our lone working "
        "policy. Staying calm and supportive when someone is distressed or angry is essential.",
    ),
    (
        "body",
        "Experience of supporting people to attend appointments and take their medication regularly would be "
        "beneficial. A second language spoken by African or Latin American communities in West London, such as "
        "Portuguese, Spanish, Swahili or Amharic, would be an advantage. We would welcome applicants who hold a "
        "qualification in advice and guidance or in counselling skills.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "Applicants must have the right to work in the UK; we cannot sponsor a visa for this post. An enhanced DBS "
        "check is essential for this post, as you will visit people at home. We would welcome applications from "
        "people living with HIV. You will benefit from 27 days' annual leave plus bank holidays, the NHS Pension, "
        "a work phone and Oyster card for visits, and regular reflective supervision.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply online through NHS Jobs. For an informal conversation about the role, call the team leader on 020 "
        "7946 0815 or email hivcommunity@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_contraception_and_sexual_health_clinic_assistant()
    v2_hiv_outpatients_healthcare_support_worker()
    v3_sexual_health_contact_centre_adviser()
    v4_prep_and_online_testing_administrator()
    (ADVERTS / "v5_condom_distribution_scheme_coordinator.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_hiv_community_support_worker.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
