"""Build the Word and PDF adverts of the fifty-eighth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback58/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and PDF
helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is saved
with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The pasted-text
adverts (v7 and v8) are plain files and are not built here.
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

TICK = "\u2713"
DASH = "\u2013"
BULLET = "\u2022"
FIXED_TIME = dt.datetime(2029, 1, 15, 10, 0, 0, tzinfo=dt.UTC)
STAMP = (2029, 1, 15, 10, 0, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_rehabilitation_ward_healthcare_assistant() -> None:
    """Employer only in the page header; title as the heading; band and closing date on one line; duty bullets
    with a "You must ..." duty; a tick column table with category rows merged across the table and four ticked
    rows that are not criteria (training the job gives, "Previous NHS experience is not required", a "Must ..."
    duty and the right to work)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "West London NHS Trust"
    section.footer.paragraphs[0].text = (
        "Rehabilitation and Recovery Services \u00b7 Job reference 312-REH-0871 \u00b7 St Bernard's Hospital, "
        "Uxbridge Road, Southall UB1 3EU"
    )
    document.add_heading("Mental Health Rehabilitation Ward Healthcare Assistant", level=1)
    document.add_paragraph(
        "Band 3 | Kestrel Ward, St Bernard's Hospital | 37.5 hours a week | Closing date: Thursday 8 March 2029"
    )
    document.add_heading("About the ward", level=2)
    document.add_paragraph(
        "Kestrel Ward is an 18-bed mixed rehabilitation ward for adults recovering from long periods of severe "
        "mental illness. People usually stay with us for six to twelve months while they rebuild the skills and "
        "confidence to live in the community again."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Support patients with daily living: planning meals, cooking, laundry, budgeting and keeping their rooms",
        "Carry out observations of patients as directed by the nurse in charge",
        "Join in with the ward's activity timetable, including the walking group and gym sessions",
        "You must hand over any change in a patient's mood or behaviour to the nurse in charge before you leave",
        "Escort patients on leave into the community when this has been agreed by their team",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("NVQ Level 2 in Health and Social Care or equivalent", TICK, ""),
        ("Level 2 Certificate in Mental Health Awareness", "", TICK),
        (
            "Completion of the Trust's Prevention and Management of Violence and Aggression (PMVA) training "
            "during induction",
            TICK,
            "",
        ),
        ("Experience",),
        ("Experience of supporting adults with mental health problems, paid or voluntary", TICK, ""),
        ("Previous NHS experience is not required", TICK, ""),
        ("Experience of helping people to cook, shop or manage their money", "", TICK),
        ("Skills and abilities",),
        ("Able to stay calm and calm others down when someone is distressed or angry", TICK, ""),
        ("Able to write clear, factual notes at the end of each shift", TICK, ""),
        ("Must complete the observation record every 15 minutes for patients on enhanced observations", TICK, ""),
        ("Knowledge",),
        ("Understanding of the Mental Health Act and why some patients are detained", "", TICK),
        ("Other",),
        ("Able to work a rota of early, late and night shifts, including weekends", TICK, ""),
        ("Able to take part in physical activities with patients, such as walks and gym sessions", TICK, ""),
        ("Right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; enhanced pay "
        "for nights and weekends; free parking at St Bernard's; and a funded Nursing Associate apprenticeship for "
        "healthcare assistants after one year. Offers are subject to references and an enhanced DBS check."
    )
    save(document, "v1_mental_health_rehabilitation_ward_healthcare_assistant.docx")


def v2_learning_disability_team_administrator() -> None:
    """Employer on a plain first line; a details table with two pairs a row, the closing date after the interview
    date; numbered duties; an E/D column with a "How assessed" column and the factor merged down the first
    column, with three rows marked E that are not criteria (e-learning the job gives, a duty, a DBS check)."""
    document = blank_docx("Calibri")
    document.add_paragraph("Central and North West London NHS Foundation Trust")
    document.add_heading("Community Learning Disability Team Administrator", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 3", "Hours", "37.5 per week"),
            ("Team", "Brent Community Learning Disability Team", "Reference", "349-LD-2207"),
            ("Base", "Wembley Centre for Health and Care, 116 Chaplin Road, Wembley HA0 4UZ", "Contract", "Permanent"),
            ("Interviews", "26/03/2029", "Closing date", "14/03/2029"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The Brent Community Learning Disability Team is a joint health and social care team of nurses, "
        "psychologists, speech and language therapists, occupational therapists, psychiatrists and social "
        "workers. As one of two administrators you will keep the team's referrals, diaries and records in order. "
        "You must make sure that every new referral is acknowledged in writing within five working days."
    )
    document.add_heading("Main responsibilities", level=2)
    for number, duty in enumerate(
        [
            "Register new referrals and allocate them to the weekly referrals meeting",
            "Book clinic rooms, home visits and interpreters for the clinicians",
            "Type letters and reports from dictation, including Easy Read versions prepared with the therapists",
            "Answer the team's phone line and take clear messages for staff",
        ],
        start=1,
    ):
        document.add_paragraph(f"{number}. {duty}")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "GCSE English and maths at grade 4 (C) or above, or equivalent", "E", "A"),
        ("Qualifications", "Level 3 qualification in Business Administration", "D", "A"),
        ("Qualifications", "Learning disability awareness e-learning, completed in your first month", "E", "N/A"),
        ("Experience", "At least one year's experience in an office or reception role", "E", "A / I"),
        (
            "Experience",
            "Experience of working with people who have a learning disability or autism",
            "D",
            "A / I",
        ),
        ("Skills and abilities", "Good working knowledge of Microsoft Word, Outlook and Excel", "E", "A / T"),
        ("Skills and abilities", "Able to take minutes at multidisciplinary meetings", "E", "A / T"),
        ("Skills and abilities", "Able to write letters in Easy Read format", "D", "I"),
        (
            "Skills and abilities",
            "Must scan all incoming referral letters onto SystmOne on the day they arrive",
            "E",
            "N/A",
        ),
        ("Knowledge", "Knowledge of SystmOne or another electronic patient record", "D", "A / I"),
        (
            "Other",
            "Able to work Monday to Friday, 9am to 5pm, with one late day until 7pm each week",
            "E",
            "I",
        ),
        ("Other", "Satisfactory basic DBS check", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("Key: E = essential, D = desirable; A = application form, I = interview, T = test.")
    document.add_paragraph(
        "No experience of learning disability services is needed: the team will show you how it works. We offer "
        "27 days' annual leave plus bank holidays, the NHS Pension, flexible working and a season ticket loan."
    )
    save(document, "v2_community_learning_disability_team_administrator.docx")


def v3_home_treatment_team_support_worker() -> None:
    """Title as the heading, "employer | team", band and closing date on their own lines; Essential and
    Desirable side by side per category, with a no-experience line and a right-to-work line in Essential cells,
    "N/A" in one Desirable cell and a benefit alone in another."""
    document = blank_docx("Arial")
    document.add_heading("Home Treatment Team Support Worker", level=1)
    document.add_paragraph("Central and North West London NHS Foundation Trust | Harrow Home Treatment Team")
    document.add_paragraph("Based at Northwick Park Hospital, Watford Road, Harrow HA1 3UJ")
    document.add_paragraph("Band 3 | \u00a329,970 to \u00a331,730 a year including HCAS | 37.5 hours a week")
    document.add_paragraph("Closing date: Friday 16 March 2029      Interviews: Tuesday 27 March 2029")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "The Home Treatment Team visits adults in a mental health crisis at home, so that they do not need to "
        "come into hospital. As a support worker you will visit people on your own and with the nurses, help "
        "with medication and daily routines, and tell the team how each person is doing. You must write up "
        "every visit on the electronic record before the end of the shift."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "NVQ Level 3 in Health and Social Care or equivalent",
            "Mental Health First Aid certificate",
        ),
        (
            "Experience",
            "Experience of supporting people in crisis or with severe mental illness\n"
            f"No home treatment experience needed {DASH} full training and shadowing are given",
            "Experience of working in people's own homes",
        ),
        (
            "Skills",
            "Able to build trusting relationships with service users and their families\n"
            "Able to take and record physical observations such as blood pressure and pulse",
            "Speaks a community language used in Harrow, such as Gujarati or Tamil",
        ),
        ("Knowledge", "Understanding of the early warning signs of relapse and risk", "N/A"),
        (
            "Other",
            "Full UK driving licence and access to a car for work\n"
            "Able to work shifts between 8am and 9pm, seven days a week, on a rota\n"
            f"Right to work in the UK {DASH} we are unable to offer sponsorship for this post",
            "Lease car scheme and mileage paid at NHS rates",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension, unsocial hours pay and a Care Certificate and "
        "clinical skills programme in your first three months. The post needs an enhanced DBS check."
    )
    save(document, "v3_home_treatment_team_support_worker.docx")


def v4_eating_disorders_unit_healthcare_assistant() -> None:
    """Everything about the post in a two-column details table with no header row; key duties as bullets; an
    Essential row and a Desirable row per area with the area merged down over both, a no-experience line and a
    DBS line in Essential rows, a training offer alone in a Desirable row and "N/A" in another."""
    document = blank_docx("Calibri")
    document.add_heading("Job description", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Eating Disorders Unit Healthcare Assistant"),
            ("Band", "Band 3"),
            ("Organisation", "Central and North West London NHS Foundation Trust"),
            ("Service", "Vincent Square Eating Disorders Service, inpatient unit"),
            ("Base", "Nightingale Place, Chelsea, London"),
            ("Hours", "37.5 hours a week, long days and nights"),
            ("Closing date", "21/03/2029"),
            ("Reference", "349-ED-3115"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Our inpatient unit cares for adults with severe anorexia nervosa and bulimia nervosa. Healthcare "
        "assistants are with patients through the day: at meals and snacks, in groups and on outings."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Give meal support at breakfast, lunch, supper and snacks, following each patient's meal plan",
        "Weigh patients on the unit's scales on weighing days and record the result",
        "You must stay with any patient on post-meal observation for the full hour after eating",
        "Help the occupational therapists with cooking sessions and outings",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Education", "Essential", "Care Certificate or NVQ Level 2 in Health and Social Care"),
        ("Education", "Desirable", "Level 3 qualification in health, care or nutrition"),
        (
            "Experience",
            "Essential",
            "Experience of caring for people in a hospital, care home or supported housing\n"
            "Previous eating disorder experience is not required",
        ),
        ("Experience", "Desirable", "Experience of supporting young adults aged 18 to 25"),
        (
            "Skills",
            "Essential",
            "Able to sit with patients at mealtimes and encourage them kindly but firmly\n"
            "Able to measure and record weight, height, pulse and blood pressure accurately",
        ),
        ("Skills", "Desirable", "Able to lead a relaxation or art group"),
        ("Knowledge", "Essential", "Awareness of how anorexia and bulimia affect the body"),
        (
            "Knowledge",
            "Desirable",
            "We will train you in meal support and in observing nasogastric feeding",
        ),
        (
            "Other",
            "Essential",
            "Able to work long days (7.30am to 8pm) and nights on a rota\nSatisfactory enhanced DBS check",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension, Inner London weighting, unsocial hours pay and "
        "free counselling through our staff wellbeing service. You must have the right to work in the UK; we "
        "cannot offer visa sponsorship."
    )
    save(document, "v4_eating_disorders_unit_healthcare_assistant.docx")


# ------------------------------------------------------------------------------------------------------------- PDF

V5_ITEMS = [
    ("title", "Recovery College Course Coordinator"),
    ("bold", f"West London NHS Trust {DASH} Recovery College"),
    ("body", "Trust Headquarters, 1 Armstrong Way, Southall UB2 4SD"),
    ("body", "Band 4 | \u00a333,094 to \u00a336,195 a year including HCAS"),
    ("body", "Permanent | 37.5 hours a week | Monday to Friday, with some evening courses"),
    ("body", "Applications close on Sunday 25 March 2029 at midnight. Interviews: Wednesday 4 April 2029."),
    ("gap", ""),
    ("heading", "About the college"),
    (
        "body",
        "Our Recovery College runs free courses about mental health and wellbeing for anyone who uses our "
        "services, their families and our staff. Every course is written and taught by a clinician and a peer "
        "trainer together. Last year we ran 140 courses for more than 1,900 students.",
    ),
    ("heading", "What the job involves"),
    ("body", f"{BULLET} Put together each term's prospectus with the college manager and the course tutors"),
    ("body", f"{BULLET} Enrol students, answer their questions and send out joining details"),
    ("body", f"{BULLET} You must send every enrolled student a reminder text the day before their course starts"),
    ("body", f"{BULLET} Collect feedback forms and report attendance and feedback to the college board"),
    ("heading", "What we're looking for"),
    ("bold", "Must-haves"),
    ("body", f"{BULLET} Experience of organising courses, events or training sessions"),
    ("body", f"{BULLET} Experience of booking rooms, tutors and learners, and keeping attendance records"),
    ("body", f"{BULLET} Confident using Microsoft Excel to keep registers and produce monthly figures"),
    ("body", f"{BULLET} Able to talk warmly with students, some of whom may be anxious or unwell"),
    (
        "body",
        f"{BULLET} Able to work alongside peer trainers who have their own lived experience of mental illness",
    ),
    ("body", f"{BULLET} Able to travel between our college sites in Ealing, Hammersmith and Hounslow"),
    (
        "body",
        f"{BULLET} You don't need a teaching qualification {DASH} we will put you through our co-production "
        "training for Recovery College staff in your first two months",
    ),
    ("bold", "Bonus points"),
    ("body", f"{BULLET} Experience of working in a college, adult education service or community centre"),
    ("body", f"{BULLET} Level 3 Award in Education and Training (AET)"),
    ("body", f"{BULLET} Experience of running online sessions on Microsoft Teams or Zoom"),
    ("heading", "Before you apply"),
    (
        "body",
        "You need the right to work in the UK; this post does not qualify for visa sponsorship. Offers are "
        "subject to two references and a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET} 27 days' annual leave rising to 33 with service, plus bank holidays"),
    ("body", f"{BULLET} NHS Pension Scheme and a cycle-to-work scheme"),
    ("body", f"{BULLET} A place on any Recovery College course you would like to take yourself"),
]

V6_ITEMS = [
    ("title", "Mental Health Liaison Team Administrator"),
    ("body", "Mental Health Liaison Service, London North West University Healthcare NHS Trust"),
    ("body", "Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "The Mental Health Liaison Team sees adults in the Emergency Department and on the wards at Northwick Park "
        "whose mental health needs assessing while they are in hospital. We are looking for an administrator at "
        "Band 3, working 37.5 hours a week on a rota between 8am and 8pm. The closing date is Friday 30 March "
        "2029, and interviews will be held in the week beginning 9 April.",
    ),
    (
        "body",
        "You will keep the team's referral log, type assessment letters to GPs, book follow-up appointments and "
        "answer the team's phone. You must log every referral from the Emergency Department on the team's tracker "
        "within 15 minutes of it arriving. You do not need any previous experience of mental health services.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in an NHS or social care office. You must be able to type "
        "accurately at 45 words per minute or more. Good knowledge of Microsoft Outlook and Excel is essential, "
        "as you will keep the team's referral log. It is essential that you can speak calmly to people in "
        "distress, face to face and on the phone. Keeping patient information confidential is essential, because "
        "many of our patients are known locally.",
    ),
    (
        "body",
        "Experience of using Cerner or another hospital patient record would be beneficial. An understanding of "
        "mental health terminology would be an advantage. An AMSPAR or other medical administration qualification "
        "is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the post needs a standard DBS check. In your first month you will complete the Trust's "
        "Cerner training and a half-day introduction to the Mental Health Act. You will benefit from 27 days' "
        "annual leave plus bank holidays, the NHS Pension and staff discounts. We would like to hear from you even "
        "if you do not meet every point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_rehabilitation_ward_healthcare_assistant()
    v2_learning_disability_team_administrator()
    v3_home_treatment_team_support_worker()
    v4_eating_disorders_unit_healthcare_assistant()
    (ADVERTS / "v5_recovery_college_course_coordinator.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_mental_health_liaison_team_administrator.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
