"""Build the Word and PDF adverts of the seventy-sixth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback76/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; every Word file is
saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (v7 and v8) are plain files and are not built here.
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

# A square-root sign, as many trusts' templates use for a tick, in one level column; the other cell is left empty.
TICK = "\u221a"
DASH = "\u2013"
DOT = "\u00b7"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2028, 12, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 1, 9, 0, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_school_immunisation_healthcare_assistant() -> None:
    """The title as the heading, the employer and service on the next line, the band in a pay line; the closing
    date only in the page footer with the reference and the interview date; duties as Word bullets; square-root
    ticks under "Criteria | Essential | Desirable" with bold category rows merged across the table, and four
    ticked-Essential rows that are not criteria (training the job gives, "No previous immunisation experience is
    needed", a "Must count ..." duty and an enhanced DBS check, the last placed before the real travel row)."""
    document = blank_docx("Arial")
    document.sections[0].footer.paragraphs[0].text = (
        f"School Age Immunisation Service {DOT} Vacancy reference 351-SAIS-2901 {DOT} Closing date: Tuesday 9 "
        f"January 2029 {DOT} Interviews: Tuesday 23 January 2029"
    )
    document.add_heading("School Immunisation Healthcare Assistant", level=1)
    document.add_paragraph(f"Central London Community Healthcare NHS Trust {DASH} School Age Immunisation Service")
    document.add_paragraph(
        f"Band 3 {DOT} {POUND}28,610 to {POUND}30,980 a year including Inner London High Cost Area Supplement, pro rata"
    )
    document.add_paragraph(
        "32 hours a week, term time plus three weeks in the summer holidays. Team base in Hammersmith, with "
        "sessions in primary and secondary schools across Hammersmith and Fulham, Kensington and Chelsea, and "
        "Westminster."
    )
    document.add_heading("About the service", level=2)
    document.add_paragraph(
        "Every year our nurses give more than 60,000 vaccinations in schools: the nasal flu spray from Reception "
        "to Year 11, HPV in Year 8, and the teenage booster and MenACWY in Year 9. Our healthcare assistants make "
        "those sessions run: they get the hall ready, make sure the right child reaches the right nurse with the "
        "right consent, and keep the queue calm and moving. We have two vacancies."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Set up and clear the vaccination room in each school, including screens, chairs and sharps bins",
        "Read out each child's name and date of birth to the nurse before the vaccine is given",
        "Pack the cool boxes with data loggers at the team base and unpack them at the end of the day",
        "Enter each vaccination on the child's electronic record after the session",
        "Phone parents whose consent forms are unclear, with a nurse, and update the class lists",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("Good standard of English and maths, such as GCSE grade 4 / C or above", TICK, ""),
        ("Care Certificate or a Level 2 qualification in health and social care", "", TICK),
        (
            "Completion of the service's immunisation e-learning and anaphylaxis training during induction",
            TICK,
            "",
        ),
        ("Experience",),
        (
            "Experience of working with children or young people in a school, nursery, youth club or health setting",
            TICK,
            "",
        ),
        ("No previous immunisation experience is needed", TICK, ""),
        ("Experience as a healthcare assistant in a clinical setting", "", TICK),
        ("Skills and abilities",),
        ("Able to check returned consent forms against school class lists accurately", TICK, ""),
        ("Able to calm and reassure anxious children and young people", TICK, ""),
        (
            "Must count every vaccine in and out of the cool boxes and sign the log at each school session",
            TICK,
            "",
        ),
        ("Experience of using SystmOne", "", TICK),
        ("Knowledge",),
        ("Understanding of the cold chain and why vaccines must be kept at the right temperature", TICK, ""),
        ("Other",),
        ("Enhanced DBS check for work with children", TICK, ""),
        (
            "Able to travel between schools across the three boroughs carrying equipment, with sessions starting "
            "at 7.45am",
            TICK,
            "",
        ),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "School holidays off, with three weeks' work in the summer to plan the new year's sessions; 27 days' "
        "annual leave pro rata plus bank holidays; the NHS Pension Scheme; a season ticket loan; and a Trust "
        "uniform. The successful applicants will be offered a place on our Level 3 apprenticeship for "
        "healthcare support workers after their first year."
    )
    save(document, "v1_school_immunisation_healthcare_assistant.docx")


def v2_cervical_screening_clinic_administrator() -> None:
    """The employer only in the page header; the title as the heading; a details table with two label-value pairs
    a row, the band as "Band 2 (Agenda for Change rates)" and the closing date beside the interview date; a "You
    must make sure ..." sentence in Job purpose; numbered duties; "Category | Criteria | E/D | How assessed" with
    the category merged down (not bold), and three rows marked E that are not criteria (training the job gives, a
    "Must send ..." duty and the right to work)."""
    document = blank_docx("Calibri")
    document.sections[0].header.paragraphs[0].text = f"Harrow Health CIC {DOT} Extended Access Service"
    document.add_heading("Cervical Screening Clinic Administrator", level=1)
    label_value_table(
        document,
        [
            ("Pay", "Band 2 (Agenda for Change rates)", "Reference", "HH-EAS-0417"),
            ("Hours", "22.5 hours a week", "Pattern", "Two weekday evenings and one Saturday in three"),
            ("Base", "Extended access hubs in Harrow", "Contract", "Permanent"),
            ("Closing date", "15/01/2029", "Interviews", "29/01/2029"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our evening and Saturday clinics give women registered with any Harrow practice a cervical screening "
        "appointment outside working hours, with a nurse or trained sample taker. The administrator books those "
        "appointments, keeps the clinic lists and results follow-up in order and is the first voice many women "
        "hear when they ring us. You must make sure that every woman who rings after a reminder letter is offered "
        "an appointment within two weeks."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Book, move and cancel screening appointments for the hubs, by phone and from online requests.",
        "Greet women as they arrive and check their details with them before they go in.",
        "Match every sample sent to the laboratory with the clinic list at the end of the session.",
        "Write to each woman's own practice after her appointment so that their records are updated.",
        "Keep the hubs' stock of leaflets, in English and in the languages most spoken in Harrow, topped up.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Good general education, including GCSE English at grade 4 or above", "E", "A"),
        ("Qualifications", "NVQ Level 2 or above in Business Administration or Customer Service", "D", "A"),
        (
            "Qualifications",
            "Completion of the federation's information governance and screening administration modules in the "
            "first month",
            "E",
            "N/A",
        ),
        ("Experience", "Experience of booking patient appointments for a GP practice or clinic", "E", "A/I"),
        (
            "Experience",
            "Experience of using the cervical screening call and recall system (CSMS)",
            "D",
            "A/I",
        ),
        (
            "Skills",
            "Able to talk to women about intimate and personal matters with tact and sensitivity",
            "E",
            "I",
        ),
        ("Skills", "Accurate data entry and keyboard skills", "E", "A/T"),
        ("Skills", "Able to use EMIS Web to book and record appointments", "E", "A/T"),
        (
            "Skills",
            "Must send each sample taker's confirmed clinic list to the hub by 12 noon the day before",
            "E",
            "N/A",
        ),
        (
            "Knowledge",
            "Awareness of the reasons some women do not attend screening, such as fear, embarrassment or cultural "
            "barriers",
            "D",
            "I",
        ),
        (
            "Other",
            "Able to work two evenings a week until 8pm and one Saturday in three at the Harrow hubs",
            "E",
            "I",
        ),
        (
            "Other",
            f"Right to work in the UK {DASH} the federation cannot offer visa sponsorship",
            "E",
            "Pre-employment",
        ),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_paragraph("How assessed: A = application form, I = interview, T = short keyboard test at interview.")
    document.add_paragraph(
        "No previous screening experience is needed: our screening lead will take you through the programme and "
        "our booking templates in your first fortnight. We offer 27 days' annual leave pro rata plus bank "
        "holidays, the NHS Pension Scheme, an evening and weekend enhancement and free parking at the hubs. The "
        "post is subject to two references and a standard DBS check."
    )
    save(document, "v2_cervical_screening_clinic_administrator.docx")


def v3_breast_screening_client_liaison_assistant() -> None:
    """The title as the heading, then an "At a glance" table with two label-value pairs a row (employer and band
    in the first row, the closing date beside the base); Essential and Desirable side by side per category, with a
    "No breast screening experience needed" line and a "Must restock ..." duty as second lines of Essential cells
    and a benefit alone in the Other Desirable cell."""
    document = blank_docx("Arial")
    document.add_heading("Breast Screening Client Liaison Assistant", level=1)
    document.add_heading("At a glance", level=2)
    label_value_table(
        document,
        [
            ("Employer", "Imperial College Healthcare NHS Trust", "Band", "Band 3"),
            ("Service", "Breast Screening Service, Client Bookings Team", "Salary", f"{POUND}29,120 to {POUND}31,460"),
            (
                "Base",
                "Charing Cross Hospital, Fulham Palace Road, London W6 8RF",
                "Closing date",
                "Friday 19 January 2029",
            ),
            ("Hours", "37.5 a week, Monday to Friday", "Interviews", "Thursday 1 February 2029"),
        ],
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Women aged 50 to 71 registered with a GP in our area are invited for breast screening every three years, "
        "at Charing Cross or on one of our three mobile units parked at supermarkets and health centres. The Client "
        "Bookings Team sends the invitations, answers the phone line, moves appointments and makes sure women who "
        "need more time, an interpreter or step-free access get it. You will spend about three days a week in the "
        "office and two on the mobile units, welcoming women and checking them in."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade 4 / C or above, or equivalent",
            "Level 3 qualification in customer service or business administration",
        ),
        (
            "Experience",
            "Experience of working in a busy customer-facing role\n"
            f"No breast screening experience needed {DASH} full training on NBSS is given",
            "Experience of working in an NHS screening or outpatient service",
        ),
        (
            "Skills",
            "Able to explain appointment and screening information clearly on the telephone\n"
            "Able to handle upset or angry callers calmly",
            "Speaks a community language common in West London, such as Arabic, Polish or Somali",
        ),
        (
            "Knowledge",
            "Understanding of confidentiality and data protection",
            "Knowledge of the NHS Breast Screening Programme and who is invited",
        ),
        (
            "Other",
            "Able to work on the mobile screening units around West London, including some 7.30am starts\n"
            "Must restock the mobile unit reception with leaflets and letters before the first appointment",
            "Season ticket loan and Blue Light Card discounts",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave rising to 33 with service, the NHS Pension and access to our staff "
        "health and wellbeing programme. You must have the right to work in the UK; we are not able to offer "
        "sponsorship for this post. Appointment is subject to references and a standard DBS check."
    )
    save(document, "v3_breast_screening_client_liaison_assistant.docx")


def v4_vaccination_clinic_support_assistant() -> None:
    """The title and band only in the page header; the employer first named in the opening paragraph; key duties
    as bullets, one a "You must ..." duty; "Area | Level | Requirements" with an Essential and a Desirable row per
    area and the area merged down over both (bold), "No previous vaccination experience is required" and a DBS
    line as second lines of Essential rows, "N/A" in one Desirable row; the closing date in the last paragraph."""
    document = blank_docx("Calibri")
    document.sections[0].header.paragraphs[0].text = "Vaccination Clinic Support Assistant | Band 2"
    document.add_heading("Job description and person specification", level=1)
    document.add_paragraph(
        "The Confederation, Hillingdon CIC is the GP federation for Hillingdon, owned by the borough's practices. "
        "Our Vaccination Service runs flu, COVID-19, RSV and shingles clinics for patients of our member practices "
        "at four sites across the borough, with the busiest weeks between September and March. This is a "
        f"permanent post of 30 hours a week, on a pattern agreed each month, paid at {POUND}13.62 an hour."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Welcome patients, find their booking and direct them to the right queue",
        "Set out chairs, screens and waiting areas before each clinic and pack them away after",
        "You must wipe down every vaccination station between patients with the wipes provided",
        "Keep the observation area stocked and let a clinician know at once if anyone feels unwell",
        "Answer the clinic phone and rebook people who cannot attend",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Education", "Essential", "Basic literacy and numeracy"),
        ("Education", "Desirable", "Care Certificate"),
        (
            "Experience",
            "Essential",
            "Experience of working with the public in a health, care or retail setting\n"
            "No previous vaccination experience is required",
        ),
        ("Experience", "Desirable", "Experience of helping at a vaccination or flu clinic"),
        (
            "Skills",
            "Essential",
            "Able to take people's details accurately and check them against the booking list\n"
            "Able to guide people calmly through a busy clinic and its queues",
        ),
        ("Skills", "Desirable", "N/A"),
        (
            "Knowledge",
            "Essential",
            "Understanding of infection prevention, including hand hygiene and cleaning between patients",
        ),
        ("Knowledge", "Desirable", "Knowledge of how vaccines are stored between 2\u00b0C and 8\u00b0C"),
        (
            "Other",
            "Essential",
            "Able to work weekends during the autumn and winter vaccination season\nSatisfactory DBS check",
        ),
        ("Other", "Desirable", "Full UK driving licence"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We will train you in everything you need, including basic life support and our booking system. You will "
        "get 27 days' annual leave pro rata, the NHS Pension, a uniform and paid travel between our sites."
    )
    document.add_paragraph(
        "Closing date: Friday 26 January 2029. Interviews will be held at our Uxbridge office on Tuesday 6 "
        "February 2029."
    )
    save(document, "v4_vaccination_clinic_support_assistant.docx")


V5_ITEMS = [
    ("title", "Bowel Cancer Screening Coordinator"),
    (
        "bold",
        f"London North West University Healthcare NHS Trust {DASH} Bowel Cancer Screening Centre, St Mark's Hospital",
    ),
    ("body", "St Mark's Hospital, Northwick Park, Watford Road, Harrow HA1 3UJ"),
    ("gap", ""),
    ("body", f"Band 4  |  {POUND}31,050 to {POUND}33,960 a year, including Outer London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Monday to Friday, 8am to 4pm or 10am to 6pm"),
    ("heading", "About the centre"),
    (
        "body",
        "Our screening centre looks after people aged 50 to 74 in six boroughs who send back a home test kit with "
        "an abnormal result. Each of them is offered a telephone assessment with a specialist screening "
        "practitioner and, for most, a colonoscopy at St Mark's or one of our partner hospitals. The coordinator "
        "keeps that path moving for around 120 people a month.",
    ),
    ("heading", "What you'll do"),
    ("body", "\u2022 Book assessment clinics and colonoscopy lists, and fill cancellations"),
    ("body", "\u2022 Send appointment letters and bowel preparation instructions, and answer the centre's phone line"),
    (
        "body",
        "\u2022 You must make sure every person with an abnormal test result is offered a specialist screening "
        "practitioner appointment within two weeks of the result",
    ),
    ("body", "\u2022 Keep the centre's waiting list and weekly activity report up to date"),
    ("body", "\u2022 Support the two screening administrators and cover the office when the manager is away"),
    ("heading", "What we're looking for"),
    ("bold", "The things you'll need"),
    ("body", "\u2022 Educated to A level standard or equivalent, such as a Level 3 Diploma"),
    ("body", "\u2022 Experience of coordinating clinic lists or patient appointments in a healthcare setting"),
    (
        "body",
        "\u2022 Able to explain procedures and instructions clearly to patients on the phone, including people who "
        "are anxious",
    ),
    ("body", "\u2022 Good working knowledge of Excel, including sorting, filtering and simple formulas"),
    ("body", "\u2022 Able to plan your own workload to meet national screening deadlines"),
    (
        "body",
        f"\u2022 You don't need to know about bowel cancer screening already {DASH} our specialist screening "
        "practitioners will teach you how the programme works",
    ),
    ("bold", "Things that would give you a head start"),
    ("body", "\u2022 Experience of using the Bowel Cancer Screening System (BCSS)"),
    ("body", "\u2022 Knowledge of medical terms used in colonoscopy and bowel conditions"),
    ("body", "\u2022 Experience of supervising or training administrative staff"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK; this post is not eligible for visa sponsorship. Offers are "
        "made subject to two references, occupational health clearance and a standard DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave, rising to 33 with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme, NHS discounts and an on-site staff restaurant"),
    ("body", "\u2022 A funded Level 3 team leading apprenticeship after your first year"),
    ("body", "\u2022 Free staff shuttle between Northwick Park and Central Middlesex"),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through NHS Jobs, quoting reference 282-SMS-4417. Applications close at 23:59 on Sunday 4 February "
        "2029, and interviews will be held on Friday 16 February 2029.",
    ),
]

V6_ITEMS = [
    ("title", "Screening Uptake Outreach Worker"),
    ("body", "Community Health Engagement Team, Healthcare Central London"),
    ("body", "Based in the north of Westminster, working across the borough"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Healthcare Central London, the GP federation for Westminster, is looking for a Screening Uptake Outreach "
        "Worker at Band 3 to help more local people take up their invitations for bowel, breast and cervical "
        "screening. The post is fixed term for 18 months at 37.5 hours a week, the closing date is Friday 9 "
        "February 2029, and we expect to hold interviews in the week beginning 19 February.",
    ),
    (
        "body",
        "You will go where people already are: mosques, churches, markets, food banks, school gates and practice "
        "waiting rooms. You will ring people who have not responded to two invitations, talk through what the "
        "test involves, and book them in or pass them to a nurse. You must log every conversation on the "
        "outreach tracker within two working days, so that practices can see who has been contacted. You do not "
        "need a clinical background.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have experience of working with local communities, for example through a "
        "charity, faith group, school or tenants' association. You must be able to start conversations with "
        "people you have not met before, at community events, in waiting rooms and on the phone. Good IT skills "
        "are essential, because you will record each contact in EMIS Web and in a shared spreadsheet. It is "
        "essential that you understand why people may put off screening, such as fear of the result, "
        "embarrassment or not knowing what the test involves. You must be willing to work some evenings and "
        "Saturdays to attend community events across Westminster.",
    ),
    (
        "body",
        "Speaking Arabic, Bengali, Somali or Farsi would be beneficial. Experience of giving health talks to "
        "groups would be an advantage. The RSPH Level 2 Award in Understanding Health Improvement is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need a basic DBS check. If you do not already hold the "
        "RSPH Level 2 Award, we will pay for you to take it in your first six months. You will benefit from 27 "
        "days' annual leave plus bank holidays, the NHS Pension, time off in lieu for evening and Saturday work "
        "and a mobile phone. We would like to hear from you even if you do not meet every point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_school_immunisation_healthcare_assistant()
    v2_cervical_screening_clinic_administrator()
    v3_breast_screening_client_liaison_assistant()
    v4_vaccination_clinic_support_assistant()
    (ADVERTS / "v5_bowel_cancer_screening_coordinator.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_screening_uptake_outreach_worker.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
