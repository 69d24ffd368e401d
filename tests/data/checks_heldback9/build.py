"""Build the Word and PDF adverts of the ninth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback9/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. Its Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts. The
pasted-text adverts (e6 to e8) are plain files and are not built here.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.advert_files import (  # noqa: E402
    add_rows_merging_categories_down,
    add_rows_side_by_side,
    add_rows_with_category_rows,
    blank_docx,
    fill_cell,
    header_table,
    label_value_table,
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"
STAMP = (2027, 12, 1, 0, 0, 0)  # every Word file's zip entries

# A heavy check mark for "yes" and a heavy ballot X for "no".
TICK = "\u2714"
CROSS = "\u2718"
DASH = "\u2013"
POUND = "\u00a3"


# ------------------------------------------------------------------------------------- Word helpers of its own


def inline_labels(document: Document, pairs: list[tuple[str, str]]) -> None:
    """Several bold labels and their values in one paragraph, separated by tabs."""
    paragraph = document.add_paragraph()
    for number, (label, value) in enumerate(pairs):
        if number:
            paragraph.add_run("\t")
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(value)


# --------------------------------------------------------------------------------------------------------- Adverts


def e1_peer_support_worker() -> None:
    """The service as the first heading; the job details (title, band, closing date) in a two-column table;
    the employer in an About the hub sentence; duties as bullets with a "must" duty; heavy tick and X columns
    with numbered category rows merged across, and four ticked-Essential rows that are not criteria (no
    qualifications needed, training the job gives, supervision the job requires, right to work)."""
    document = blank_docx("Arial")
    document.add_heading("Brent Community Mental Health Hub", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Peer Support Worker"),
            ("Pay band", "Agenda for Change Band 3 (pro rata for part-time hours)"),
            ("Hours", "30 hours a week, Monday to Friday, with one late session until 7 pm"),
            ("Base", "Brent Community Mental Health Hub, Park Royal Centre for Mental Health, NW10"),
            ("Accountable to", "Lead Peer Support Worker and the hub's Team Manager"),
            ("Closing date", "Friday 14 January 2028 (midnight)"),
        ],
    )
    document.add_heading("About the hub", level=2)
    document.add_paragraph(
        "The hub is run by Central and North West London NHS Foundation Trust with Brent Council and local "
        "voluntary groups. It supports adults with severe and long-lasting mental illness to live the lives "
        "they want in their own community. Our peer support workers are people who have been through mental "
        "distress themselves and who use what they learned on the way to help others."
    )
    document.add_heading("What you will be doing", level=2)
    for duty in [
        "Meet people one to one, in the hub, in cafés or at home, and help them work out what recovery means for them",
        "Co-facilitate the hub's weekly recovery group and the Tuesday walking group",
        "Go with people to their first appointments with the job centre, housing or a GP if they want you to",
        "Peer support workers must write up every contact on SystmOne before leaving at the end of the day",
        "Share what people tell us about the service at the monthly team meeting",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Requirement", "Essential", "Desirable"])
    rows = [
        ("1. Lived experience",),
        ("Personal lived experience of mental health difficulties and of using mental health services", TICK, CROSS),
        ("Willing to draw on your own recovery story in a purposeful way to inspire hope in others", TICK, CROSS),
        ("2. Education and training",),
        ("No formal qualifications are required for this post", TICK, CROSS),
        ("Level 3 Certificate in Peer Support, or an equivalent peer training course", CROSS, TICK),
        (
            "Will complete the Trust's 12-day Peer Support Worker training programme within the first six months",
            TICK,
            CROSS,
        ),
        ("3. Experience",),
        (
            "Experience of supporting others, paid or voluntary, for example in a self-help group, faith group or "
            "community organisation",
            TICK,
            CROSS,
        ),
        ("Experience of co-facilitating groups or workshops", CROSS, TICK),
        ("4. Skills and abilities",),
        ("Able to listen actively and show empathy without rushing to give advice", TICK, CROSS),
        ("Able to keep clear boundaries between a peer relationship and a friendship", TICK, CROSS),
        ("Basic IT skills, including email and writing short notes on an electronic record", TICK, CROSS),
        ("Must attend weekly peer supervision and the monthly reflective practice group", TICK, CROSS),
        ("5. Knowledge",),
        (
            "Understanding of the recovery approach and how it differs from a purely medical view of mental illness",
            TICK,
            CROSS,
        ),
        (
            "Knowledge of local community resources in Brent, such as advice services, faith groups and colleges",
            CROSS,
            TICK,
        ),
        ("6. Other",),
        ("Right to work in the UK", TICK, CROSS),
        ("Speaks a language used in Brent besides English, such as Gujarati, Somali, Polish or Arabic", CROSS, TICK),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_paragraph(f"Key: {TICK} required   {CROSS} not required")
    document.add_heading("Working for CNWL", level=2)
    document.add_paragraph(
        "We offer 27 days of annual leave rising to 33 with service, plus bank holidays, the NHS Pension Scheme, "
        "free counselling through our staff wellbeing service and a cycle to work scheme. This post is subject "
        "to an enhanced DBS disclosure. We are unable to offer Skilled Worker sponsorship for this role."
    )
    save_docx(document, ADVERTS / "e1_peer_support_worker.docx", stamp=STAMP)


def e2_sexual_health_clinic_receptionist() -> None:
    """The title as the heading and the band and employer inside the first sentence; duties as bullets, one
    with "must"; Essential and Desirable side by side per category, with a training line, a "not required"
    line and a right-to-work line in Essential cells and one empty Desirable cell; the closing date and an
    interview date in a boxed one-cell table at the end."""
    document = blank_docx("Calibri")
    document.add_heading("Sexual Health Clinic Receptionist", level=1)
    document.add_paragraph(
        "We are looking for a Band 2 receptionist to join the front-of-house team at 10 Hammersmith Broadway, "
        "one of the sexual health clinics run by Chelsea and Westminster Hospital NHS Foundation Trust. The post "
        "is permanent and full time (37.5 hours a week) on a rota between 8 am and 8 pm, Monday to Saturday."
    )
    document.add_heading("The job", level=2)
    document.add_paragraph(
        "Our clinic sees around 350 people a day for testing, treatment, contraception and PrEP, many of them "
        "walk-in patients who are worried about what they might be told."
    )
    for duty in [
        "Greet patients, book them in on the clinic system and give each one a numbered ticket",
        "Answer the booking line and the reception inbox",
        "Receptionists must never call out a patient's name in the waiting area; patients are called only by "
        "their ticket number",
        "Scan and file paper forms and send results letters as directed by the health advisers",
        "Keep the waiting area stocked with leaflets and free condoms",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Attribute", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications and training",
            "Good standard of literacy and numeracy (GCSE English and maths or equivalent)\n"
            "Full training on Lilie and the clinic's booking rules is given in the first fortnight",
            "NVQ Level 2 in Business Administration or Customer Service",
        ),
        (
            "Experience",
            "Experience of working on a reception desk or in another customer-facing role\n"
            "Previous NHS experience is not required",
            "Experience of working in a healthcare or sexual health setting",
        ),
        (
            "Skills",
            "Able to use a computer booking system and type accurately\n"
            "Able to handle sensitive conversations discreetly at a busy front desk",
            "Able to use the Lilie sexual health record system",
        ),
        (
            "Personal qualities",
            "Non-judgemental attitude towards people of every sexuality, gender identity and background\n"
            "Able to stay calm and polite when patients are anxious or frustrated about waiting",
            "Speaks Spanish, Portuguese or another language common among our patients",
        ),
        (
            "Other requirements",
            "Able to work evening clinics until 8 pm on a rota and one Saturday in four\n"
            "Proof of the right to work in the UK, checked at interview",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_paragraph(
        "All appointments are subject to a basic DBS check and two satisfactory references. This post is not "
        "eligible for sponsorship under the Skilled Worker route. Staff benefits include the NHS Pension, "
        "27 days' leave plus bank holidays, and season ticket loans."
    )
    box = document.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    fill_cell(
        box.rows[0].cells[0],
        "Applications close at 23:59 on Friday 21 January 2028.\n"
        "We expect to hold interviews in the week beginning Monday 7 February 2028.",
    )
    save_docx(document, ADVERTS / "e2_sexual_health_clinic_receptionist.docx", stamp=STAMP)


def e3_memory_clinic_support_worker() -> None:
    """Title, band and closing date as bold labels in one tabbed line; the employer only in an About the Trust
    section at the end; "no NHS experience needed" in the opening paragraph; numbered duties, one with
    "must"; rows marked E or D with the category cell merged down and an "Assessed by" column, with a training
    row and a DBS row marked E."""
    document = blank_docx("Arial")
    inline_labels(
        document,
        [("Job title", "Memory Clinic Support Worker"), ("Grade", "Band 3"), ("Closing date", "28/01/2028")],
    )
    inline_labels(document, [("Service", "Ealing Memory Assessment Service"), ("Base", "St Bernard's site, Southall")])
    document.add_heading("Job summary", level=2)
    document.add_paragraph(
        "Our memory service assesses people who are worried about their memory, supports them and their "
        "families after a diagnosis of dementia, and runs a post-diagnosis group programme. The support worker "
        "is the first person many patients meet. You do not need to have worked in the NHS before."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Visit patients at home before their first appointment to take a history from them and a family member "
        "using the service's questionnaire.",
        "Take blood pressure, pulse, height and weight at clinic and record them on RiO.",
        "Help run the eight-week Living Well with Dementia group.",
        "You must bring completed home-visit questionnaires back to the clinic on the same day and must never "
        "leave them in a car overnight.",
        "Book follow-up appointments and send out letters.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Requirement", "E or D", "Assessed by"])
    rows = [
        ("Qualifications", "Care Certificate, or able to complete it within 12 weeks of starting", "E", "A"),
        ("Qualifications", "NVQ or Diploma Level 3 in Health and Social Care", "D", "A"),
        (
            "Qualifications",
            "Attendance at the Trust's two-day Tier 2 dementia training in the first month",
            "E",
            DASH,
        ),
        (
            "Experience",
            "Experience of supporting older people or people living with dementia, paid or voluntary",
            "E",
            "A/I",
        ),
        (
            "Experience",
            "Experience of working in an NHS memory service or older adults' mental health team",
            "D",
            "A/I",
        ),
        (
            "Skills",
            "Able to take and record basic observations such as blood pressure, pulse, height and weight",
            "E",
            "I/T",
        ),
        (
            "Skills",
            "Able to communicate clearly and patiently with people who have memory problems and with their carers",
            "E",
            "I",
        ),
        ("Skills", "Good written English for recording what patients and carers say", "E", "A/T"),
        ("Skills", "Able to use Microsoft Word and Outlook", "E", "A/I"),
        ("Knowledge", "Understanding of the different types of dementia and how they affect daily life", "D", "I"),
        ("Knowledge", "Awareness of safeguarding adults and of when to raise a concern", "E", "I"),
        (
            "Other",
            "Able to travel independently to patients' homes across Ealing, Hounslow and Hammersmith",
            "E",
            "I",
        ),
        ("Other", "Full UK driving licence and access to a car for work", "D", "A"),
        ("Other", "Enhanced DBS clearance (the Trust applies for this on your behalf)", "E", DASH),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_paragraph(
        f"A {DASH} application form   I {DASH} interview   T {DASH} test or exercise on the day of interview"
    )
    document.add_heading("About the Trust", level=2)
    document.add_paragraph(
        "West London NHS Trust provides mental health and community services in Ealing, Hammersmith and Fulham "
        "and Hounslow. We offer flexible working, the NHS Pension, a staff car lease scheme and a free staff "
        "bus between our sites."
    )
    save_docx(document, ADVERTS / "e3_memory_clinic_support_worker.docx", stamp=STAMP)


E4_ITEMS = [
    ("bold", "Children's Community Services \u2013 School Health Service"),
    ("title", "School Nursing Assistant"),
    ("body", "Central London Community Healthcare NHS Trust"),
    ("gap", ""),
    ("heading", "At a glance"),
    ("body", "\u2022 Pay: Agenda for Change Band 3, pro rata"),
    ("body", "\u2022 Hours: 37.5 a week, term time only plus ten days in the summer holiday"),
    (
        "body",
        "\u2022 Base: Violet Melchett Clinic, Chelsea, covering schools in Kensington and Chelsea and Westminster",
    ),
    ("body", "\u2022 Apply by: Friday 4 February 2028"),
    ("heading", "What the job involves"),
    (
        "body",
        "\u2022 Weigh and measure Reception and Year 6 pupils for the National Child Measurement Programme and "
        "enter the results",
    ),
    ("body", "\u2022 Carry out vision and hearing screening in primary schools"),
    ("body", "\u2022 Support school nurses at flu and HPV vaccination sessions in schools"),
    (
        "body",
        "\u2022 You must check every signed consent form against the school's class list before a vaccination "
        "session begins",
    ),
    ("body", "\u2022 Help at drop-in sessions in secondary schools and keep the clinic room stocked"),
    ("heading", "Essential for the role"),
    (
        "body",
        "\u2022 Experience of working with children or young people, for example in a school, nursery, youth "
        "club or sports club",
    ),
    (
        "body",
        "\u2022 Good standard of literacy and numeracy, enough to record heights, weights and screening results "
        "accurately",
    ),
    ("body", "\u2022 Confident using a computer, including email and spreadsheets"),
    (
        "body",
        "\u2022 Able to explain things simply to children and to talk tactfully with parents about sensitive "
        "results, such as a child's weight",
    ),
    ("body", "\u2022 Able to travel between schools across both boroughs by public transport"),
    (
        "body",
        "\u2022 No healthcare qualification is expected \u2013 we train you in height, weight, vision and "
        "hearing screening",
    ),
    ("body", "\u2022 Enhanced DBS check for work with children (we apply for this once you accept an offer)"),
    ("heading", "Useful but not essential"),
    ("body", "\u2022 Level 3 qualification in childcare, health or education, such as a CACHE or BTEC diploma"),
    ("body", "\u2022 Experience of using SystmOne or another electronic patient record"),
    ("body", "\u2022 Paediatric first aid certificate"),
    ("body", "\u2022 Speaks Arabic, Somali or Portuguese"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need to show that you have the right to work in the UK. We cannot offer Skilled Worker "
        "sponsorship at this band.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 School holidays off, with the NHS Pension and annual leave built into term-time pay"),
    ("body", "\u2022 Paid study time to complete the Care Certificate in your first three months"),
    ("body", "\u2022 A laptop, a work mobile phone and a travel card for visits between schools"),
]

E5_ITEMS = [
    ("title", "Community Health and Wellbeing Worker"),
    ("gap", ""),
    (
        "body",
        "London North West University Healthcare NHS Trust runs community health services across Brent, and "
        "with Brent Council we are building a team of Community Health and Wellbeing Workers for Harlesden, "
        "Stonebridge and Church End. Each worker looks after around 120 households, visiting them every month "
        "or two, whether or not anyone in the home is unwell. This is a Band 3 post, full time (37.5 hours a "
        "week), on a fixed-term contract for two years.",
    ),
    ("heading", "What you will do"),
    (
        "body",
        "You will knock on doors, get to know the families on your patch and help them with whatever stands "
        "between them and good health: booking a screening test, getting a child's vaccinations up to date, "
        "finding a food bank or making sense of a letter from the council. You will work closely with the "
        "local GP practices and pass concerns to the practice nurse or the health visitor. Every visit must be "
        "logged on the same day, and you must carry your Trust identity badge on every visit.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you know the Harlesden, Stonebridge or Church End area well, because you live "
        "there or because you have worked or volunteered there. Experience of talking with members of the "
        "public face to face, in any paid or unpaid role, is essential. You must be comfortable starting "
        "conversations on the doorstep with people you have never met. It is essential that you can keep "
        "accurate notes of each household visit on a tablet. An understanding of what stops people getting help "
        "from their GP, such as language, the cost of travel or distrust of services, is essential. No previous "
        "health or care experience is needed: we are looking for people who know their neighbourhood. Before "
        "your first visit you must complete our lone working and safeguarding training, which we run in your "
        "first week.",
    ),
    (
        "body",
        "Speaking Somali, Arabic, Portuguese or Gujarati would be beneficial. Experience of pointing people "
        "towards benefits advice, food banks or housing services would be beneficial. A Level 2 award in "
        "health and wellbeing, such as the Royal Society for Public Health award, is desirable. Experience of "
        "taking blood pressure readings, for example at a pharmacy or a health event, is desirable.",
    ),
    ("heading", "Eligibility and benefits"),
    (
        "body",
        "You must have the right to work in the UK; we are not able to sponsor this post. A standard DBS check "
        "is needed. The Trust offers the NHS Pension, 27 days' annual leave plus bank holidays, Blue Light Card "
        "discounts and a bicycle for getting around your patch.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Please apply through NHS Jobs by 11 February 2028. Interviews will take place at the Harlesden Library "
        "Plus in the last week of February, and you are welcome to call the team lead for an informal chat "
        "before you apply.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    e1_peer_support_worker()
    e2_sexual_health_clinic_receptionist()
    e3_memory_clinic_support_worker()
    (ADVERTS / "e4_school_nursing_assistant.pdf").write_bytes(pdf_bytes(E4_ITEMS, title=(16, 56)))
    (ADVERTS / "e5_community_health_and_wellbeing_worker.pdf").write_bytes(pdf_bytes(E5_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
