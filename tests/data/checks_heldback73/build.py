"""Build the Word and PDF adverts of the seventy-third held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback73/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (v7 and v8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH

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

TICK = "\u2714"  # a heavy check mark in the level column that applies; the other cell is left empty
DASH = "\u2013"
BULLET = "\u2022 "
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2028, 12, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 1, 9, 0, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_autism_day_service_support_worker() -> None:
    """The employer and the service only in the page header; the title as the heading and the band in a line of
    facts under it; the closing date only in the page footer, with a reference. Tick columns with bold category rows
    merged across the table, and four ticked-Essential rows that are not criteria (the Care Certificate the job
    gives, "No previous day service experience needed", a "Must ..." duty and proof of the right to work)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = f"West London NHS Trust {DASH} Learning Disability Services"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    section.footer.paragraphs[0].text = "Job reference 323-LDS-0419  |  Closing date: 15/01/2029"
    document.add_heading("Autism Day Service Support Worker", level=1)
    document.add_paragraph(
        "Band 3  |  37.5 hours a week  |  Permanent  |  The Orchard Day Service, Uxbridge Road, Southall"
    )
    document.add_heading("About the service", level=2)
    document.add_paragraph(
        "The Orchard is a day service for around 30 autistic adults, many of whom also have a learning "
        "disability. People come to us on weekdays to cook, garden, make art, go swimming and out into Ealing, "
        "and to spend time with friends. We plan each person's week with them and their family, and we work "
        "hard to make the building calm and predictable."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Support people during their day, including with eating, drinking and personal care where needed",
        "Help run the daily sessions in the kitchen, the garden and the art room",
        "Use each person's communication passport and visual timetable so they know what is happening next",
        "Go with people on trips into the community, on foot, by bus or in the service minibus",
        "Write the daily notes and tell the shift lead about anything that worries you",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Good standard of literacy and numeracy (GCSE grade 4 / C or equivalent)", TICK, ""),
        ("Level 3 qualification in autism or in supporting people with learning disabilities", "", TICK),
        ("Completion of the Care Certificate within your first 12 weeks in post", TICK, ""),
        ("Experience",),
        ("Experience of supporting autistic adults or adults with a learning disability, paid or voluntary", TICK, ""),
        ("No previous day service experience needed", TICK, ""),
        ("Experience of running group activities such as cooking, art or gardening sessions", "", TICK),
        ("Skills and abilities",),
        (
            "Able to adapt how you communicate, for example using visual timetables, objects of reference or Makaton",
            TICK,
            "",
        ),
        ("Able to stay calm and support someone who is becoming distressed or overwhelmed", TICK, ""),
        ("Able to record daily notes clearly and accurately", TICK, ""),
        ("Must complete each person's daily handover sheet before the minibus leaves at 3.45pm", TICK, ""),
        ("Other requirements",),
        ("Proof of your right to work in the UK", TICK, ""),
        ("Able to work Monday to Friday, 8.30am to 4.30pm", TICK, ""),
        ("Full UK driving licence and willing to drive the day service minibus", "", TICK),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, rising with service; the NHS Pension Scheme; no evening or "
        "night shifts; free parking at the service; and a paid place on our autism practice course after "
        "your first year. The post is subject to an enhanced DBS check and two satisfactory references."
    )
    save(document, "v1_autism_day_service_support_worker.docx")


def v2_learning_disability_acute_liaison_support_worker() -> None:
    """The employer and the team on a plain first line, the title as the heading, the band in a pay line; rows
    marked E or D with the area merged down (not bold) and a "How assessed" column, with a training row, a duty row
    and a DBS row marked E; the closing date only in the last sentence of the document."""
    document = blank_docx("Calibri")
    document.add_paragraph(f"Imperial College Healthcare NHS Trust {DASH} Learning Disability and Autism Liaison Team")
    document.add_heading("Learning Disability Acute Liaison Support Worker", level=1)
    document.add_paragraph(f"Pay: Band 4, {POUND}33,094 to {POUND}36,195 a year including Inner London weighting")
    document.add_paragraph("Hours: 37.5 a week, 8am to 8pm on a rota, Monday to Sunday")
    document.add_paragraph("Base: St Mary's Hospital, Praed Street, London W2 1NY, with work at Charing Cross Hospital")
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our liaison team makes sure that patients with a learning disability, autistic patients, or both, get "
        "the care and adjustments they need when they come into our hospitals. You will work with two liaison "
        "nurses, meeting patients on the wards and in the emergency department, talking with their families and "
        "care providers, and helping ward teams to plan care that works for each person."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Visit patients with a learning disability or autism on the wards each day and check how their stay is going",
        "Make sure the patient's hospital passport is at the bedside and that staff have read it",
        "Arrange quiet waiting areas, longer appointments and first-on-the-list slots when they are needed",
        "Prepare easy read letters and picture guides to tests and operations",
        "Support ward staff at best interests meetings and help families to take part",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Level 3 Diploma in Health and Social Care or equivalent", "E", "A"),
        ("Qualifications", "Qualification or training in positive behaviour support", "D", "A"),
        (
            "Qualifications",
            "Oliver McGowan Mandatory Training on Learning Disability and Autism (Tier 1), completed during induction",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of supporting people with a learning disability or autism in a health or social care setting",
            "E",
            "A/I",
        ),
        ("Experience", "Experience of working in an acute hospital", "D", "A/I"),
        (
            "Skills",
            "Able to help write and update hospital passports and reasonable adjustment plans with patients and "
            "their carers",
            "E",
            "A/I",
        ),
        ("Skills", "Able to explain information in easy read or other accessible formats", "E", "I/T"),
        ("Skills", "Confident speaking up for a patient's needs with doctors, nurses and managers", "E", "I"),
        ("Skills", "Must update the team's referral log on Cerner before the end of each shift", "E", "N/A"),
        ("Skills", "Good IT skills, including Outlook, Word and an electronic patient record", "E", "A/T"),
        ("Knowledge", "Knowledge of the Mental Capacity Act 2005 and best interests decisions", "D", "I"),
        ("Other", "Speaks a second language used by patients in North West London", "D", "A/I"),
        ("Other", "Satisfactory enhanced DBS check", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_paragraph("How assessed: A = application form, I = interview, T = test at interview.")
    document.add_paragraph(
        "We offer flexible working where the rota allows, 27 days' annual leave plus bank holidays, the NHS "
        "Pension and access to our staff networks, including our disabled staff network. Please apply by 23:59 "
        "on Monday 22 January 2029; interviews will be held at St Mary's on Tuesday 6 February 2029."
    )
    save(document, "v2_learning_disability_acute_liaison_support_worker.docx")


def v3_sensory_support_worker_learning_disability_day_services() -> None:
    """Everything about the post in a two-column details table with no header row ("Post", "Grade | Band 3",
    "Organisation", "Closes | Friday 26/01/2029"); Essential and Desirable side by side per category, with a "not
    essential" line and a sponsorship line in Essential cells, "N/A" in one Desirable cell and a training offer
    alone in another."""
    document = blank_docx("Calibri")
    document.add_heading("Job advert and person specification", level=1)
    label_value_table(
        document,
        [
            ("Post", f"Sensory Support Worker {DASH} Learning Disability Day Services"),
            ("Grade", "Band 3"),
            ("Organisation", "Central and North West London NHS Foundation Trust"),
            ("Service", "Harrow Learning Disability Day Services, Kenton Road, Harrow"),
            ("Hours", "37.5 hours a week, Monday to Friday"),
            ("Closes", "Friday 26/01/2029"),
            ("Reference", "333-HLD-2041"),
        ],
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our two Harrow day centres support adults with profound and multiple learning disabilities. Many of the "
        "people we support do not use words, and some have epilepsy, sight or hearing loss, or need to be fed "
        "by tube. You will plan and run sensory sessions in our multi-sensory rooms and hydrotherapy pool, give "
        "personal care, and share what you notice with families, carers and the community nursing team. You "
        "must check and sign the hoist and sling log in each room before the first person arrives in the morning."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade 4 / C or above, or Functional Skills Level 2",
            "Certificate in sensory processing or sensory integration",
        ),
        (
            "Experience",
            "Experience of personal care, including continence care and moving and handling\n"
            f"Previous day service experience is not essential {DASH} full induction given",
            "Experience of supporting people with profound and multiple learning disabilities",
        ),
        (
            "Skills",
            "Able to set up and run sensory sessions using light, sound, music or textures\n"
            "Able to notice and record changes in a person's mood, comfort or health",
            "Basic signing, such as Makaton or Signalong",
        ),
        ("Knowledge", "Understanding of safeguarding adults and how to report a concern", "N/A"),
        (
            "Other",
            "Able to work Monday to Friday, 9am to 5pm\n"
            f"Right to work in the UK {DASH} we cannot offer visa sponsorship",
            "Funded Level 3 Diploma in Health and Social Care after probation",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave plus bank holidays, the NHS Pension, free parking at both centres "
        "and no weekend work. The successful applicant will need an enhanced DBS check with a check of the "
        "adults' barred list."
    )
    save(document, "v3_sensory_support_worker_learning_disability_day_services.docx")


def v4_learning_disability_annual_health_check_navigator() -> None:
    """The employer and the title only inside the opening sentence, the band in a line of facts, the closing date
    only in the page footer; Essential and Desirable as two rows per area with the area merged down (bold), a "no
    clinical experience needed" line and a "Must ..." duty in Essential rows and "N/A" in a Desirable row."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.footer.paragraphs[0].text = "Closing date: 31 January 2029. Interviews: week beginning 12 February 2029."
    document.add_heading("Join our learning disability health check team", level=1)
    document.add_paragraph(
        "Hammersmith and Fulham GP Federation is looking for a Learning Disability Annual Health Check Navigator "
        "to help the borough's 29 GP practices make sure that every adult with a learning disability on their "
        "registers is invited to, and gets, a yearly health check and a health action plan."
    )
    document.add_paragraph(
        "Band 3 (Agenda for Change rates)  |  30 hours a week over four days  |  Fixed term for 18 months"
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Work through each practice's learning disability register and find the people who are due a check",
        "Contact people, their families and care homes to explain the check and book a time that suits them",
        "Send easy read invitations and reminders, and ring anyone who does not come",
        "Take height, weight and blood pressure before the GP or nurse sees the person",
        "Keep the federation's tracker of checks and health action plans up to date",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "Good standard of English and maths, GCSE or equivalent"),
        ("Qualifications", "Desirable", "Care Certificate"),
        (
            "Experience",
            "Essential",
            "Experience of working with people with a learning disability, their families or carers\n"
            f"No clinical experience needed {DASH} we will train you to take height, weight and blood pressure",
        ),
        ("Experience", "Desirable", "Experience of working in a GP practice or other primary care setting"),
        (
            "Skills",
            "Essential",
            "Able to make phone calls and write letters that are clear and easy to understand\n"
            "Able to manage a list of appointments and follow up people who have not attended",
        ),
        ("Skills", "Desirable", "Experience of using EMIS Web or SystmOne"),
        (
            "Knowledge",
            "Essential",
            "Understanding of why people with a learning disability die younger and how annual health checks help",
        ),
        ("Knowledge", "Desirable", "N/A"),
        (
            "Other",
            "Essential",
            "Able to travel between GP practices across Hammersmith and Fulham\n"
            "Must confirm every booked health check with the person or their carer two working days before",
        ),
        (
            "Other",
            "Desirable",
            "Speaks a community language used in Hammersmith and Fulham, such as Arabic, Polish or Somali",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "NHS terms and conditions, including 27 days' annual leave plus bank holidays and the NHS Pension; a "
        "travel card or mileage for journeys between practices; and time to complete the Care Certificate with "
        "us if you have not done it before. Appointment depends on references and an enhanced DBS check, and "
        "you must have the right to work in the UK."
    )
    save(document, "v4_learning_disability_annual_health_check_navigator.docx")


V5_ITEMS = [
    ("title", "Learning Disability Liaison Healthcare Assistant"),
    ("bold", "Learning Disability and Autism Team, Hillingdon Hospital"),
    ("body", "Pield Heath Road, Uxbridge UB8 3NN"),
    ("gap", ""),
    ("heading", "About the role"),
    (
        "body",
        "The Hillingdon Hospitals NHS Foundation Trust is looking for a healthcare assistant to join the "
        "learning disability and autism team, working alongside our two liaison nurses.",
    ),
    (
        "body",
        f"The post is Band 3, {POUND}27,898 to {POUND}30,615 a year including Outer London High Cost Area "
        "Supplement, for 37.5 hours a week on long days across seven days.",
    ),
    ("heading", "What you'll do"),
    ("body", f"{BULLET}Meet patients with a learning disability or autism when they are admitted, and their carers"),
    ("body", f"{BULLET}Stay with patients who are frightened during tests, scans and procedures"),
    ("body", f"{BULLET}Take observations and help with personal care and meals on the wards when needed"),
    (
        "body",
        f"{BULLET}You must check the learning disability flag on the patient record for every new admission "
        "before the 9am safety huddle",
    ),
    ("body", f"{BULLET}Help ward staff to use each patient's hospital passport and plan for going home"),
    ("heading", "What we're looking for"),
    ("bold", "What you will bring"),
    (
        "body",
        f"{BULLET}Experience as a healthcare assistant or care worker in a hospital, care home or supported living "
        "service",
    ),
    ("body", f"{BULLET}Care Certificate, or NVQ Level 2 in Health and Social Care"),
    ("body", f"{BULLET}Able to take and record observations such as temperature, pulse and blood pressure"),
    (
        "body",
        f"{BULLET}Patience and a calm manner with patients who are frightened of hospitals or of being touched",
    ),
    ("body", f"{BULLET}Able to work 12-hour shifts, including weekends on a rota"),
    (
        "body",
        f"{BULLET}You don't need to have worked in a learning disability team before {DASH} our liaison nurses will "
        "teach you on the job",
    ),
    ("bold", "It would be a bonus if you have"),
    ("body", f"{BULLET}Experience of supporting autistic people"),
    ("body", f"{BULLET}Training in the Mental Capacity Act"),
    ("body", f"{BULLET}Experience of using Cerner or another electronic patient record"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; we cannot sponsor a visa for this post. Offers depend on two "
        "references and an enhanced DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET}27 days' annual leave plus bank holidays, rising with service"),
    ("body", f"{BULLET}The NHS Pension Scheme, unsocial hours pay and a Blue Light Card"),
    ("body", f"{BULLET}A funded place on the Trust's Nursing Associate apprenticeship after two years"),
    ("heading", "How to apply"),
    (
        "body",
        "Apply online with the reference 391-LDA-7730. The closing date is Sunday 4 February 2029 at midnight, "
        "and interviews will be held at Hillingdon Hospital on Thursday 15 February 2029.",
    ),
]

V6_ITEMS = [
    ("title", "Autism Community Outreach Support Worker"),
    ("body", f"Community Learning Disability and Autism Service {DASH} Central London Community Healthcare NHS Trust"),
    ("body", "Base: the team office in North Kensington, with visits across both boroughs"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our outreach team works with autistic adults across Kensington and Chelsea and Westminster who want more "
        "independence but struggle to get the right support. The post is offered at Band 4, working 37.5 hours "
        "a week, Monday to Friday with some flexibility. Applications must reach us by Thursday 8 February 2029, "
        "and we hope to interview in the week beginning 19 February.",
    ),
    (
        "body",
        "Working from goals that each person sets with our occupational therapist, you will visit people at home "
        "and go out with them: to the shops, the bank, a college course or a new job. You must log every home "
        "visit on SystmOne by the end of the same working day, and you will carry a work mobile phone. You do "
        "not need experience of working in the NHS.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have experience of supporting autistic adults in the community or in their own "
        "homes. You must hold a Level 3 qualification in health and social care or a related subject. It is "
        "essential that you can help people build daily living skills, such as shopping, cooking or using public "
        "transport. Good written English is essential, as you will write support plans and progress notes. It is "
        "essential that you can work on your own in people's homes and know when to ask for help.",
    ),
    (
        "body",
        "Knowledge of sensory differences in autism would be beneficial. Experience of working with families or "
        "carers would be an advantage. A full UK driving licence is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post does not qualify for "
        "visa sponsorship, and the successful candidate will need an enhanced DBS check. After your first year we "
        "will fund the Level 4 Certificate in Principles of Positive Behaviour Support. You will benefit from 27 "
        "days' annual leave plus bank holidays, the NHS Pension, an Inner London allowance and a cycle-to-work "
        "scheme. We welcome applications from autistic people.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_autism_day_service_support_worker()
    v2_learning_disability_acute_liaison_support_worker()
    v3_sensory_support_worker_learning_disability_day_services()
    v4_learning_disability_annual_health_check_navigator()
    (ADVERTS / "v5_learning_disability_liaison_healthcare_assistant.pdf").write_bytes(
        pdf_bytes(V5_ITEMS, title=(16, 56))
    )
    (ADVERTS / "v6_autism_community_outreach_support_worker.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
