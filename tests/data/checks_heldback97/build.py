"""Build the Word and PDF adverts of the ninety-seventh held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback97/build.py`. The generated files are
committed, so nothing needs this script to score them; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`; every Word file is saved with fixed core-property dates and fixed zip
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

TICK = "\u2713"  # a plain check mark in the level column; the other column is left empty
DASH = "\u2013"
POUND = "\u00a3"
WRITTEN = dt.datetime(2029, 2, 12, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 12, 10, 30, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=WRITTEN, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_female_acute_ward_healthcare_assistant() -> None:
    """Employer and unit only in the page header, a reference only in the footer; the title as the heading; band, pay
    and hours on one "|" line; the closing date in bold with the interview date; duties as Word bullets; then
    "Criteria | Essential | Desirable" with a check mark in one level column, bold category rows merged across the
    table, and four ticked-Essential rows that are not criteria (training the Trust gives, "No previous NHS
    experience required", a "Must complete ..." duty, an enhanced DBS check) and a ticked women-only line."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"West London NHS Trust {DASH} Lakeside Mental Health Unit"
    section.footer.paragraphs[0].text = "Job reference 333-LMH-2291 \u00b7 Job description and person specification"
    document.add_heading(f"Healthcare Assistant {DASH} Female Acute Admissions Ward", level=1)
    document.add_paragraph("Wren Ward, Lakeside Mental Health Unit, Twickenham Road, Isleworth TW7 6AF")
    document.add_paragraph(
        f"Band 3  |  {POUND}27,485 to {POUND}30,162 a year plus Outer London High Cost Area Supplement  |  "
        "37.5 hours a week on a 24-hour rota  |  Permanent"
    )
    closing = document.add_paragraph()
    closing.add_run("Closing date: Monday 5 March 2029").bold = True
    closing.add_run(". Interviews will be held on the unit on Tuesday 13 March 2029.")
    document.add_heading("About the ward", level=2)
    document.add_paragraph(
        "Wren Ward is an 18-bed admissions ward for women aged 18 to 65 who are acutely unwell, many of them "
        "detained under the Mental Health Act. Most women stay with us for three to five weeks. The ward team "
        "includes nurses, healthcare assistants, an occupational therapist, a psychologist and two consultant "
        "psychiatrists, and every shift is run by a registered nurse in charge."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Help women with washing, dressing, meals and getting ready for the day, respecting their choices",
        "Carry out general and enhanced observations as directed by the nurse in charge",
        "Take part in ward activities, community meetings and escorted leave in the hospital grounds",
        "Record what you see and do on the electronic patient record and hand over to the next shift",
        "Keep the ward clean, safe and free of items that could be used to cause harm",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Literacy and numeracy at Level 2, such as GCSE grade 4 (C) or Functional Skills Level 2", TICK, ""),
        ("Care Certificate, or a Level 2 Diploma in Health and Social Care", "", TICK),
        (
            "Prevention and Management of Violence and Aggression (PMVA) training, given by the Trust before your "
            "first shift",
            TICK,
            "",
        ),
        ("Experience",),
        ("Experience of supporting people in a care, health or support setting, paid or voluntary", TICK, ""),
        ("No previous NHS experience required", TICK, ""),
        ("Experience of working with people in a mental health crisis or on a psychiatric ward", "", TICK),
        ("Skills and abilities",),
        ("Able to stay calm and talk a distressed or angry person down", TICK, ""),
        ("Able to write short, factual notes of what you have seen and done", TICK, ""),
        (
            "Must complete the observation record every 15 minutes for any patient you are allocated to on "
            "enhanced observations",
            TICK,
            "",
        ),
        (
            "Able to take and record physical observations such as pulse, blood pressure and temperature",
            "",
            TICK,
        ),
        ("Knowledge",),
        ("Understanding of why privacy, dignity and safety matter on a single-sex ward", TICK, ""),
        ("Awareness of the Mental Health Act and what it means for a detained patient", "", TICK),
        ("Other",),
        ("Enhanced DBS check", TICK, ""),
        ("Able to work a 24-hour rota of long days and nights, including weekends", TICK, ""),
        (
            "Female applicants only: this post is covered by an occupational requirement under Schedule 9 of "
            "the Equality Act 2010",
            TICK,
            "",
        ),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; unsocial "
        "hours payments for nights, weekends and bank holidays; a free staff shuttle between Lakeside and our "
        "Southall site; and a funded Level 3 Diploma in Adult Care after your first year. You will need to show "
        "that you have the right to work in the UK; we are not able to sponsor a visa for this post."
    )
    save(document, "v1_female_acute_ward_healthcare_assistant.docx")


def v2_trainee_nursing_associate_mental_health() -> None:
    """The title only in the page header and the employer only in the footer; the band inside the first sentence
    (with the Band 4 post the trainee moves to after registering); numbered duties with a "must" in one; rows marked
    E or D under "Category | Requirement | E/D | How assessed" with the category merged down, E and D mixed, and
    three E rows that are not criteria (enrolment the Trust arranges, a "Must attend ..." condition, the right to
    work); the key under the table; the closing date only in a details table at the end."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Trainee Nursing Associate {DASH} Acute Mental Health Wards"
    section.footer.paragraphs[
        0
    ].text = f"Central and North West London NHS Foundation Trust {DASH} Brent Mental Health Services"
    document.add_heading("Job description", level=1)
    document.add_paragraph(
        "This is a Band 3 apprenticeship post on the acute adult wards of the Park Royal Centre for Mental Health "
        "in Brent. Over two years you will study for the Nursing Associate foundation degree while working as "
        "part of the ward team, with placements in community, physical health and older adult services. Once you "
        "qualify and register with the Nursing and Midwifery Council you will move into a Band 4 Nursing "
        "Associate post on one of our wards."
    )
    document.add_heading("What the job involves", level=2)
    for duty in [
        "Give personal care and support to patients, under the supervision of a registered nurse.",
        "Take and record physical observations, weight and fluid balance, and report any change.",
        "Record the care you give on the electronic patient record before the end of each shift; you must hand "
        "over any change in a patient's risk to the nurse in charge straight away.",
        "Take part in ward activities and community meetings, and escort patients on leave.",
        "Keep a portfolio of practice evidence signed off by your practice assessor.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Requirement", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade 4 (C) or above, or Functional Skills Level 2 in both",
            "E",
            "A / T",
        ),
        ("Qualifications", "Able to study at foundation degree level alongside work", "E", "A / I"),
        ("Qualifications", "Level 3 qualification in health and social care or a related subject", "D", "A"),
        (
            "Qualifications",
            "Enrolment on the Nursing Associate foundation degree, arranged by the Trust with our university partner",
            "E",
            "N/A",
        ),
        ("Experience", "At least six months' experience in a health or social care role", "E", "A / I"),
        ("Experience", "Experience of caring for people with mental illness", "D", "A / I"),
        ("Skills", "Good spoken and written English, able to write accurate care records", "E", "A / T"),
        ("Skills", "Able to build a trusting relationship with someone who is unwell or frightened", "E", "I"),
        ("Skills", "Must attend university one day a week and complete all placement hours", "E", "N/A"),
        ("Skills", "Confident using a computer for coursework and electronic patient records", "D", "A"),
        (
            "Knowledge",
            "Understanding of the role of a nursing associate and how it differs from a registered nurse",
            "E",
            "I",
        ),
        (
            "Other",
            "Able to work shifts across the week, including nights, and travel to placements in other boroughs",
            "E",
            "I",
        ),
        (
            "Other",
            "Right to work in the UK; apprenticeships cannot be offered with visa sponsorship",
            "E",
            "Pre-employment checks",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("A = application form, I = interview, T = short literacy and numeracy test on the day.")
    document.add_paragraph(
        "You do not need to have worked in mental health before. Your university fees are paid through the "
        "apprenticeship levy and your study days are paid as working time. We offer 27 days' annual leave plus "
        "bank holidays, the NHS Pension, a practice educator for every trainee and free parking at Park Royal. "
        "The post is subject to an enhanced DBS check."
    )
    document.add_heading("Key dates", level=2)
    label_value_table(
        document,
        [
            ("Closing date", "12/03/2029"),
            ("Interviews", "Week beginning 26/03/2029"),
            ("Course starts", "September 2029"),
            ("Reference", "333-TNA-0317"),
        ],
    )
    save(document, "v2_trainee_nursing_associate_mental_health.docx")


def v3_visiting_and_patient_property_assistant() -> None:
    """The employer in bold on the first line, the title as the heading, the band on a "|" line, the closing date
    only in the page footer; a "You must ..." duty inside About the job; Essential and Desirable side by side per
    category, with a "no experience needed" line and a DBS and right-to-work line as second lines of Essential cells
    and "N/A" in one Desirable cell."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.footer.paragraphs[
        0
    ].text = "Closing date 8 March 2029 \u00b7 Interviews Thursday 22 March 2029 \u00b7 Reference 333-HIL-0208"
    document.add_paragraph().add_run("Central and North West London NHS Foundation Trust").bold = True
    document.add_heading(f"Visiting and Patient Property Assistant {DASH} Mental Health Inpatients", level=1)
    document.add_paragraph("The Riverside Centre, Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN")
    document.add_paragraph(f"Band 2  |  {POUND}24,071 a year pro rata  |  30 hours a week on a rota  |  Permanent")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "The Riverside Centre has four adult wards. Families and friends are a big part of our patients' "
        "recovery, and you will be the first person they meet: booking visits, welcoming visitors at reception, "
        "checking in the things they bring, and looking after patients' money and valuables in the property "
        "office. You must check and list every item handed in for a patient before it goes up to the ward, and "
        "get a signature whenever anything is returned. You will work closely with the ward managers and the "
        "security team."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        ("Education", "Good standard of literacy and numeracy", "Level 2 certificate in customer service"),
        (
            "Experience",
            "Experience of handling cash or keeping stock records\n"
            f"No experience of mental health services needed {DASH} full induction given",
            "Experience of working in a hospital, prison or other secure setting",
        ),
        (
            "Skills",
            "Polite but firm with visitors, including when you have to say no\n"
            "Able to keep an accurate written log of items handed in and returned",
            "Able to use Excel to keep simple records",
        ),
        ("Knowledge", "Understanding of why some items are not allowed on a mental health ward", "N/A"),
        (
            "Other",
            "Able to work two evenings a week and alternate Sundays, when visiting is busiest\n"
            "Enhanced DBS check and right to work in the UK",
            "Speaks Punjabi, Polish or another language used by our visitors",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave plus bank holidays (pro rata), the NHS Pension, unsocial hours "
        "payments for evening and Sunday work, free parking at Hillingdon Hospital and access to our staff "
        "counselling service. We are unable to offer visa sponsorship for this post."
    )
    save(document, "v3_visiting_and_patient_property_assistant.docx")


def v4_community_mental_health_hub_medical_secretary() -> None:
    """The title with the band in brackets as the heading, the employer only in the page footer, the closing date
    alone in a paragraph after the table; key duties as bullets with a "You must ..." one; then "Area | Level |
    Requirements" with an Essential row and a Desirable row per area, the area merged down over both, a "not
    required" line and a DBS line as second lines of Essential cells, and "N/A" in the last Desirable row."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[0].text = f"West London NHS Trust {DASH} Ealing Community Mental Health Services"
    document.add_heading("Community Mental Health Hub Medical Secretary (Band 4)", level=1)
    document.add_paragraph(
        f"Ealing Community Mental Health Hub, Southall and Acton bases  |  37.5 hours a week  |  Permanent  |  "
        f"{POUND}31,049 to {POUND}34,073 a year including High Cost Area Supplement"
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "The hub brings together psychiatrists, nurses, psychologists, social workers and support workers who "
        "care for adults with serious and long-term mental illness across Ealing. Our secretaries keep the "
        "consultants' clinics running: typing clinic letters and reports, managing diaries, answering calls from "
        "patients, carers and GPs, and making sure every letter reaches the right people."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Type clinic letters, tribunal reports and care plan summaries from digital dictation",
        "You must send every clinic letter within five working days of the appointment",
        "Manage the diaries of two consultant psychiatrists and book outpatient clinics",
        "Take calls for the hub and pass urgent messages to the duty worker",
        "Scan and upload documents to the electronic patient record",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "Educated to GCSE level or equivalent, including English"),
        ("Qualifications", "Desirable", "AMSPAR Certificate in Medical Terminology or similar"),
        (
            "Experience",
            "Essential",
            "Experience of typing letters or reports from digital dictation\n"
            f"Previous NHS experience is not required {DASH} full training on RiO and our dictation system is given",
        ),
        ("Experience", "Desirable", "Experience of working in a mental health or psychiatric service"),
        (
            "Skills",
            "Essential",
            "Fast, accurate typing with good spelling and grammar\n"
            "Able to deal tactfully with distressed callers on the phone",
        ),
        ("Skills", "Desirable", "Working knowledge of RiO or another electronic patient record"),
        ("Knowledge", "Essential", "Understanding of confidentiality and when information can be shared"),
        (
            "Knowledge",
            "Desirable",
            "Awareness of how a community mental health team works, including duty and care coordination",
        ),
        ("Other", "Essential", "Able to work flexibly to cover colleagues' leave\nStandard DBS check"),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("Closing date for applications: Thursday 15 March 2029 (midnight)")
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave rising to 33 with service, the NHS Pension, flexible start and finish "
        "times after induction, and a season ticket loan. Interviews will be held in Southall on Thursday 29 March "
        "2029. Applicants must have the right to work in the UK; this post is not eligible for sponsorship."
    )
    save(document, "v4_community_mental_health_hub_medical_secretary.docx")


V5_ITEMS = [
    ("title", "Assertive Outreach Support Worker"),
    (
        "body",
        f"Band 3  |  {POUND}31,134 to {POUND}33,023 a year including Inner London High Cost Area Supplement  |  "
        "Closes 18 March 2029",
    ),
    ("bold", "Westminster Assertive Outreach Team"),
    ("body", "Based at our community mental health hub near Paddington, with visits across Westminster"),
    ("gap", ""),
    ("heading", "About the team"),
    (
        "body",
        "We work with around 60 adults with psychosis who have found it hard to stay in touch with mental health "
        "services, many of them after several hospital admissions. We see people where they are, at home, in a "
        "cafe or on the street, and we keep going when they are not ready to see us.",
    ),
    ("heading", "What you'll be doing"),
    ("body", "\u2022 Visit people at home and in the community, on your own or with a colleague"),
    (
        "body",
        "\u2022 You must see each person on your caseload at least once a week and write up every contact on the "
        "same day",
    ),
    ("body", "\u2022 Help with shopping, bills, benefits appointments and keeping a tenancy going"),
    ("body", "\u2022 Check in with the team base at the start and end of each visit, as set out in our procedures"),
    ("body", "\u2022 Go with people to GP, depot clinic and housing appointments"),
    ("heading", "You will need"),
    ("body", "\u2022 Experience of supporting adults with mental health problems, in paid or voluntary work"),
    ("body", "\u2022 Able to engage people who do not want to be in contact with services"),
    ("body", "\u2022 Good written English for keeping daily contact notes"),
    (
        "body",
        "\u2022 Able to help people with everyday practical tasks such as shopping, budgeting and benefits forms",
    ),
    ("body", "\u2022 Willing to work alone in the community, following the team's lone working policy"),
    (
        "body",
        f"\u2022 You don't need a qualification in mental health {DASH} we'll support you through the Care "
        "Certificate in your first 12 weeks",
    ),
    ("heading", "It would help if you have"),
    ("body", "\u2022 Level 3 qualification in health and social care or mental health"),
    (
        "body",
        "\u2022 Experience of working with people who use drugs or alcohol as well as having a mental illness",
    ),
    ("body", "\u2022 Able to speak Arabic, Somali or Portuguese"),
    ("body", "\u2022 Full UK driving licence"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; we cannot offer visa sponsorship for this post. Offers are "
        "subject to an enhanced DBS check and two references. Interviews will be held on Tuesday 27 March 2029.",
    ),
    ("heading", "About us"),
    (
        "body",
        "Central and North West London NHS Foundation Trust provides mental health, community health and "
        "learning disability services to around two million people. Our Westminster teams work closely with "
        "the council, housing providers and local charities.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave rising to 33 with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme and a work mobile phone"),
    ("body", "\u2022 Weekly team reflective practice and monthly supervision"),
    ("body", "\u2022 A funded Level 3 Diploma in Adult Care after your first year"),
]

V6_ITEMS = [
    ("title", "Mental Health Bed Management Administrator"),
    ("bold", "Closing date: Wednesday 21 March 2029"),
    ("body", "Patient Flow Team, St Bernard's Hospital, Uxbridge Road, Southall UB1 3EU"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "West London NHS Trust runs mental health services for Ealing, Hammersmith and Fulham and Hounslow, with "
        "adult and older adult wards at St Bernard's and Lakeside. Our patient flow team finds the right bed for "
        "every person who needs admission, day and night, and tracks every patient placed in a bed outside the "
        "Trust. We are looking for an administrator to join the team at Band 3, working 37.5 hours a week.",
    ),
    (
        "body",
        "You will keep the bed state up to date, take calls from wards, crisis teams and other hospitals, book "
        "transport for transfers and prepare the daily bed report. You must update the bed state on the "
        "dashboard by 8.30am, 12.30pm and 4.30pm every day. You do not need to have worked in healthcare before: "
        "full training is given on RiO and the bed dashboard.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a busy office where priorities changed from hour to hour. You "
        "must be able to keep a spreadsheet up to date accurately while answering the phone. Good spoken English "
        "is essential, because much of the job is done by phone with wards, doctors and other hospitals. It is "
        "essential that you can stay calm and polite when other people are under pressure. You must be willing "
        "to work one late shift until 8pm each week and one weekend day in four. A good understanding of patient "
        "confidentiality is essential.",
    ),
    (
        "body",
        "Experience of working in a hospital or mental health service would be beneficial. Knowledge of the "
        "Mental Health Act, including the difference between informal and detained patients, would be an "
        "advantage. Experience of using an electronic patient record such as RiO or SystmOne would be an "
        "advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship. Appointment is subject to a standard DBS check and two references. You will benefit from "
        "27 days' annual leave plus bank holidays, the NHS Pension, unsocial hours payments for late and weekend "
        "shifts and free parking at St Bernard's. Interviews will be held on Thursday 5 April 2029.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_female_acute_ward_healthcare_assistant()
    v2_trainee_nursing_associate_mental_health()
    v3_visiting_and_patient_property_assistant()
    v4_community_mental_health_hub_medical_secretary()
    (ADVERTS / "v5_assertive_outreach_support_worker.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_mental_health_bed_management_administrator.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
