"""Build the Word and PDF adverts of held-back set 105 from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback105/build.py`. The generated files are
committed, so nothing needs this script to read them; it is kept so that they can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`. Each Word file is saved with fixed core-property dates and fixed zip
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

TICK = "\u2713"  # a plain check mark in the level column, the other cell left empty
DASH = "\u2013"
POUND = "\u00a3"
WRITTEN = dt.datetime(2029, 2, 6, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 6, 10, 30, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=WRITTEN, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_meal_support_worker() -> None:
    """The employer and service only in the page header, the reference and closing date only in the page footer;
    the band inside a pay line; tick columns with category rows merged across the table and four ticked rows that
    are not criteria."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[
        0
    ].text = f"West London NHS Trust {DASH} Children and Young People's Eating Disorder Service"
    section.footer.paragraphs[0].text = "Job ref 313-CYP-2291  \u00b7  Closing date: 05/03/2029  \u00b7  Page 1"
    document.add_heading("CAMHS Eating Disorders Meal Support Worker", level=1)
    document.add_paragraph(
        f"Agenda for Change Band 3  |  {POUND}29,970 to {POUND}31,729 a year including Outer London weighting  |  "
        "37.5 hours a week  |  Permanent"
    )
    document.add_paragraph(
        "Based at our day programme in Hounslow, with home visits to families across Ealing, Hounslow and "
        "Hammersmith and Fulham."
    )
    document.add_heading("About the service", level=2)
    document.add_paragraph(
        "We see young people aged 8 to 18 with anorexia, bulimia, ARFID and other eating difficulties. Most of "
        "our work happens at home and in our day programme, where young people eat breakfast, lunch and an "
        "afternoon snack with staff on the days they attend. Meal support workers are the people sitting at the "
        "table with them."
    )
    document.add_heading("What the job involves", level=2)
    for duty in [
        "Sit with young people at supported meals and snacks in the day programme and, with a nurse, at home",
        "Lay out each meal to the plan the dietitian has written, and record what was eaten",
        "Run the after-meal activity group (board games, crafts, music) two afternoons a week",
        "Coach parents at the family table so that they can carry on the work at home",
        "Take part in weekly reflective practice with the team's psychologist",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        (
            "Good standard of literacy and numeracy, such as GCSE English and maths at grade 4 (C) or above",
            TICK,
            "",
        ),
        ("Completion of the service's meal support training within your first six weeks", TICK, ""),
        ("A Level 3 qualification in health, social care or childcare", "", TICK),
        ("Experience",),
        ("Experience of supporting children or young people, whether paid or voluntary", TICK, ""),
        ("No previous NHS experience is needed", TICK, ""),
        ("Experience of working with people who have an eating disorder", "", TICK),
        ("Skills and knowledge",),
        ("Able to stay calm, firm and kind when a young person will not eat", TICK, ""),
        ("Able to write clear, factual notes after each meal", TICK, ""),
        (
            "Must stay with each young person for the agreed rest period after every meal and snack",
            TICK,
            "",
        ),
        (
            "Understanding of confidentiality and of how to raise a safeguarding concern about a child",
            TICK,
            "",
        ),
        ("Other",),
        ("Enhanced DBS check for work with children", TICK, ""),
        ("Able to work two evenings a week until 8pm and one weekend day in four", TICK, ""),
        (
            "Speaks a community language used in west London, such as Punjabi, Polish, Somali or Arabic",
            "",
            TICK,
        ),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension; paid time to "
        "complete the Care Certificate if you do not already hold it; a free staff meal on every day programme "
        "shift; and regular clinical supervision. You will need the right to work in the UK, as we cannot sponsor "
        "a visa for this post. Interviews will be held on Monday 19 March 2029."
    )
    save(document, "v1_camhs_eating_disorders_meal_support_worker.docx")


def v2_inpatient_healthcare_assistant() -> None:
    """The title and band only in the page header, the employer as the first bold line, the closing date in a small
    table at the end; rows marked E or D with the category merged down and a "How assessed" column, three of them
    marked E that are not criteria."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[
        0
    ].text = f"Healthcare Assistant {DASH} Adolescent Mental Health Inpatient Unit  |  Band 3"
    intro = document.add_paragraph()
    intro.add_run("Central and North West London NHS Foundation Trust").bold = True
    document.add_paragraph(
        "Child and Adolescent Mental Health Services (CAMHS) Inpatient Services, Kestrel Unit, Northwick Park "
        "Site, Harrow. 37.5 hours a week on a 24-hour rota. Permanent and bank contracts available."
    )
    document.add_heading("About the unit", level=2)
    document.add_paragraph(
        "Kestrel is a 12-bed general adolescent unit for young people aged 12 to 17 who are too unwell to be "
        "cared for at home, most with severe depression, psychosis or self-harm, and some with eating disorders. "
        "Young people go to our on-site school on weekdays, and the ward team runs activities in the evenings "
        "and at weekends."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Keep young people safe through supportive observation at the level set by the nurse in charge",
        "Help young people with meals, personal care and getting to school, groups and family visits",
        "Take physical observations and report anything outside the normal range straight away",
        "Plan and run evening and weekend activities with the occupational therapy assistant",
        "Go with young people on escorted leave to the shops, the park or appointments",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    quals = "Qualifications and training"
    exp = "Experience"
    skills = "Skills and abilities"
    other = "Other requirements"
    rows = [
        (quals, "GCSE English and maths at grade 4 (C) or above, or Functional Skills Level 2", "E", "Application"),
        (quals, "Level 3 Diploma in Health and Social Care (Children and Young People)", "D", "Application"),
        (quals, "Prevention and management of violence and aggression training, given during induction", "E", "N/A"),
        (
            exp,
            "Experience of caring for people in a hospital, residential or supported living setting",
            "E",
            "Application / Interview",
        ),
        (exp, "Experience of working on a mental health ward", "D", "Application"),
        (
            exp,
            "Experience of working with teenagers, for example in a school, youth club or sports club",
            "D",
            "Application / Interview",
        ),
        (skills, "Able to take and record pulse, blood pressure and temperature", "E", "Interview"),
        (
            skills,
            "Able to notice when a young person is becoming distressed and help them to settle",
            "E",
            "Interview",
        ),
        (skills, "Able to make accurate entries in an electronic patient record", "E", "Application / Interview"),
        (
            skills,
            "Must complete and sign the observation record for every young person on your allocation each hour",
            "E",
            "N/A",
        ),
        (other, "Able to work a rota covering days, nights, weekends and bank holidays", "E", "Interview"),
        (other, "Full UK driving licence, for escorted trips", "D", "Application"),
        (
            other,
            "Right to work in the UK (this post is not eligible for visa sponsorship)",
            "E",
            "Pre-employment checks",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("E = essential, D = desirable.")
    document.add_paragraph(
        "You do not need to have worked in mental health before: every new healthcare assistant has a two-week "
        "induction and works alongside an experienced colleague for their first month. The post is subject to "
        "an enhanced DBS check, including the children's barred list, and two references. We offer 27 days' "
        "annual leave plus bank holidays, the NHS Pension, free on-site parking and unsocial hours payments."
    )
    label_value_table(
        document,
        [
            ("Closing date", "Friday 9 March 2029"),
            ("Interviews", "Thursday 22 March 2029, Northwick Park"),
            ("Reference", "333-CAMHS-IP-0917"),
        ],
    )
    save(document, "v2_adolescent_inpatient_healthcare_assistant.docx")


def v3_reception_and_appointments_assistant() -> None:
    """Everything about the post in a details table with no header row; Essential and Desirable side by side per
    category, with a "No NHS experience needed" line in an Essential cell, "N/A" in one Desirable cell and a
    benefit alone in another."""
    document = blank_docx("Calibri")
    document.add_heading("Job advert and person specification", level=1)
    label_value_table(
        document,
        [
            ("Post", "CAMHS Reception and Appointments Assistant"),
            ("Employer", "Central and North West London NHS Foundation Trust"),
            ("Service", "Brent Child and Adolescent Mental Health Service, Willesden"),
            ("Pay band", f"Band 2 ({POUND}26,530 a year including Outer London weighting)"),
            ("Hours", "37.5 hours, Monday to Friday, with two late finishes"),
            ("Apply by", "Wednesday 14 March 2029"),
            ("Interviews", "Wednesday 28 March 2029"),
        ],
    )
    document.add_heading("The role", level=2)
    document.add_paragraph(
        "Our reception is the first place a worried family meets the service. You will welcome children, young "
        "people and parents, book first appointments and follow-ups for our clinicians, send appointment letters "
        "and text reminders, and answer the main phone line. You must check the name, date of birth and GP of "
        "every young person who arrives against the booking before telling the clinician they are here. You will "
        "also keep the waiting room stocked with leaflets in our main community languages."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good general education, including English and maths at GCSE or equivalent",
            "Customer service qualification, such as NVQ Level 2",
        ),
        (
            "Experience",
            "Experience on a reception desk or in another job serving the public\n"
            f"No NHS experience needed {DASH} full training on SystmOne and our booking rules is given",
            "Experience of booking appointments on a computer system",
        ),
        (
            "Skills",
            "Able to speak calmly and kindly to parents and young people who are upset or anxious\n"
            "Good keyboard skills and confident using email",
            "Speaks a language widely used in Brent, such as Gujarati, Somali, Arabic or Portuguese",
        ),
        (
            "Knowledge",
            "Understanding of why information about children and families must be kept confidential",
            "N/A",
        ),
        (
            "Other",
            "Able to work until 7pm on Tuesdays and Thursdays, when the evening clinics run",
            "Season ticket loan and cycle-to-work scheme available",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Good to know", level=2)
    document.add_paragraph(
        "This post needs an enhanced DBS check because you will be working with children. Applicants must "
        "already have the right to work in the UK; we are not able to offer visa sponsorship. We offer 27 days' "
        "annual leave plus bank holidays, the NHS Pension and time off in lieu for the late clinics."
    )
    save(document, "v3_camhs_reception_and_appointments_assistant.docx")


def v4_liaison_support_worker() -> None:
    """The employer, title, band and closing date only inside the opening sentence; Essential and Desirable as two
    rows per area with the area merged down; a training line alone in a Desirable row and a hospital line and a DBS
    line under Essential."""
    document = blank_docx("Arial")
    document.add_heading("Job description and person specification", level=1)
    document.add_paragraph(
        "Imperial College Healthcare NHS Trust is looking for a Paediatric Mental Health Liaison Support Worker "
        "(Agenda for Change Band 4, 37.5 hours a week, fixed term for 18 months) to join the paediatric "
        "psychological medicine team at St Mary's Hospital, Praed Street, Paddington, and applications close on "
        "Friday 16 March 2029."
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "More and more children and young people come to our children's emergency department and wards in a "
        "mental health crisis, often after self-harm, and some wait days for a specialist bed. You will spend "
        "time with them while they wait, help the ward staff understand their needs and keep everyone informed."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Spend one-to-one time with young people admitted in a mental health crisis, on the wards and in the "
        "children's emergency department",
        "Help with risk assessments and care plans written by the liaison nurses, and share them with ward staff",
        "Keep parents and carers up to date and make sure they know where to find support",
        "Record every contact on Cerner the same day",
        "Attend the daily handover and the weekly multidisciplinary meeting",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        (
            "Education and training",
            "Essential",
            "Level 3 qualification in health and social care, psychology, youth work or a related subject",
        ),
        ("Education and training", "Desirable", "Degree in psychology or a related subject"),
        (
            "Experience",
            "Essential",
            "Experience of supporting young people in distress, in health, social care, education or the voluntary "
            "sector\nHospital experience is not required",
        ),
        ("Experience", "Desirable", "Experience of working in a CAMHS team or on a children's ward"),
        (
            "Skills",
            "Essential",
            "Able to keep a young person company and engaged during long waits, using conversation, games or "
            "activities\nConfident writing clear notes on a computer record system",
        ),
        ("Skills", "Desirable", "Completed a recognised suicide prevention course such as ASIST or safeTALK"),
        ("Knowledge", "Essential", "Understanding of safeguarding children and when to raise a concern"),
        (
            "Knowledge",
            "Desirable",
            "Full training in the Mental Health Act and the Mental Capacity Act is given in your first month",
        ),
        (
            "Other",
            "Essential",
            "Able to work 8am to 8pm shifts on a rota that includes weekends and bank holidays\n"
            "Enhanced DBS check with a check of the children's barred list",
        ),
        ("Other", "Desirable", "Speaks Arabic, Farsi or Portuguese"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "Interviews will take place on Thursday 29 March 2029. We offer 27 days' annual leave plus bank holidays, "
        "the NHS Pension, an interest-free season ticket loan and access to our staff psychology service. You "
        "must have the right to work in the UK, as this post is not eligible for sponsorship. For an informal "
        "chat, call the team on 020 7946 0318 or email paedliaison.jobs@example.com."
    )
    save(document, "v4_paediatric_mental_health_liaison_support_worker.docx")


V5_ITEMS = [
    ("title", "CAMHS Neurodevelopmental Assessment Assistant"),
    ("bold", f"West London NHS Trust  |  Hounslow and Ealing Neurodevelopmental Pathway {DASH} CAMHS"),
    ("body", "Based at a CAMHS clinic in Hounslow, with some sessions in Ealing and in local schools"),
    ("gap", ""),
    ("body", f"Band 3  |  {POUND}29,970 to {POUND}31,729 a year  |  Permanent, 37.5 hours, Monday to Friday"),
    ("body", "Closing date: Tuesday 20 March 2029    Interviews: Thursday 5 April 2029"),
    ("heading", "About the pathway"),
    (
        "body",
        "We assess children and young people aged 5 to 18 who may be autistic or have ADHD. The waiting list is "
        "long, and families tell us the wait is the hardest part. Our assistants gather the information that "
        "every assessment needs and make the clinic day as easy as possible for the child.",
    ),
    ("heading", "What you'll be doing"),
    ("body", "\u2022 Send out and chase questionnaire packs for parents and schools, and log them when they come back"),
    (
        "body",
        "\u2022 You must send every questionnaire pack out within five working days of a referral being accepted, "
        "and record the date on the waiting list tracker",
    ),
    ("body", "\u2022 Phone parents and teachers to complete our structured history and school information forms"),
    ("body", "\u2022 Look after children in the waiting area and play room while clinicians talk with parents"),
    ("body", "\u2022 Prepare clinic rooms, toys and materials for observation sessions"),
    ("heading", "You will need"),
    ("body", "\u2022 Good written English and basic maths, to GCSE standard or equivalent"),
    (
        "body",
        "\u2022 Experience of working with children or young people, for example in a school, nursery or youth setting",
    ),
    ("body", "\u2022 Able to follow a set script to gather information from parents and teachers by phone"),
    ("body", "\u2022 Confident with Microsoft Word, Excel and Outlook"),
    ("body", "\u2022 Able to keep a child occupied and at ease in a clinic waiting area"),
    ("body", "\u2022 Careful record keeping and attention to detail"),
    (
        "body",
        f"\u2022 No experience of autism or ADHD assessment is needed {DASH} you will shadow the team for your first "
        "month before you see families on your own",
    ),
    ("heading", "It helps if you also have"),
    ("body", "\u2022 Experience of working with autistic children or children with ADHD"),
    ("body", "\u2022 Knowledge of how the education, health and care plan (EHCP) process works"),
    ("body", "\u2022 Speaks Punjabi, Urdu, Polish or Somali"),
    ("heading", "Checks and eligibility"),
    (
        "body",
        "This post needs an enhanced DBS check. You must have the right to work in the UK; this post does not "
        "attract visa sponsorship. Please give two referees, one of them your current or most recent employer.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave plus bank holidays, rising with service"),
    ("body", "\u2022 NHS Pension and Blue Light Card discounts"),
    ("body", "\u2022 Free parking at the Hounslow clinic and a cycle-to-work scheme"),
    ("body", "\u2022 A funded Level 3 course in supporting neurodivergent children after your first year"),
]

V6_ITEMS = [
    ("title", "Children and Young People's Mental Health Programme Support Officer"),
    ("bold", "NHS North West London Integrated Care Board"),
    ("body", "Children and Young People's Mental Health Programme team, Paddington office and home (hybrid)"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "The eight boroughs of North West London are working together to cut waits for children's mental health "
        "care, to bring more support into schools and to improve help for young people with eating disorders. "
        "The programme team of six needs an organised, friendly officer to keep it running. This is a Band 4 post "
        f"({POUND}32,916 to {POUND}35,702 including High Cost Area Supplement), 37.5 hours a week, permanent, "
        "with two days a week in the office.",
    ),
    (
        "body",
        "You will run the diaries of the programme's boards and working groups, prepare papers, keep the "
        "programme's trackers and risk log up to date, pull together monthly figures from the provider trusts and "
        "look after our youth panel's meetings. You must upload the board papers to the shared site five "
        "working days before each meeting. You do not need to know anything about mental health services "
        "before you start.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in an office supporting a project, a programme or a busy team. "
        "You must be able to take accurate minutes at meetings and send out the actions promptly. Good Excel "
        "skills are essential, because you will keep the programme's tracker of waiting times and referrals up "
        "to date. It is essential that you can write clear, plain emails and short reports. You must be able to "
        "set up meetings on Microsoft Teams for large groups, including parents and young people. Careful "
        "handling of personal and sensitive information is essential.",
    ),
    (
        "body",
        "Experience of working in the NHS, local government or a charity for children and young people would be "
        "beneficial. An understanding of how children's mental health services are organised in North West "
        "London would be an advantage. Experience of involving young people or parents in shaping a service is "
        "desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants already have the right to work in the UK, as this post cannot be "
        "sponsored for a visa, and the successful candidate will need a basic DBS check. We will fund a project "
        "management qualification after probation for anyone who wants one. You will also benefit from 27 days' "
        "annual leave plus bank holidays, the NHS Pension, flexible working hours and a season ticket loan.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through NHS Jobs by midnight on Friday 23 March 2029. Interviews will be held on Microsoft Teams "
        "on Wednesday 11 April 2029. For a chat about the job, email cypmh.programme@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_meal_support_worker()
    v2_inpatient_healthcare_assistant()
    v3_reception_and_appointments_assistant()
    v4_liaison_support_worker()
    (ADVERTS / "v5_camhs_neurodevelopmental_assessment_assistant.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_cyp_mental_health_programme_support_officer.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(14, 66)))


if __name__ == "__main__":
    main()
