"""Build the Word and PDF adverts of the eightieth held-back corpus (v1 to v6) from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback80/build.py`. The built files are
committed, so nothing needs this script to read them; it is kept so that they can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' builders. Every Word file is
saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The two
pasted-text adverts (v7 and v8) are plain files written by hand and are not built here.
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

TICK = "\u221a"  # a square-root sign, as some person specifications use for a tick
DASH = "\u2013"
BULLET = "\u2022"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2028, 12, 4, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 4, 10, 30, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# ------------------------------------------------------------------------------------------------------ Word adverts


def v1_special_school_nursing_healthcare_assistant() -> None:
    """The service in the page header, the employer only in the page footer; the band in the line under the title;
    the closing date only in the How to apply paragraph after the table. A square-root tick in one level column,
    bold category rows merged across the table, and four ticked-Essential rows that are not criteria: training the
    job gives, "Previous NHS experience is not required", a "Must ..." duty and an enhanced DBS check."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Special School Nursing Service | Children and Young People's Division"
    section.footer.paragraphs[
        0
    ].text = "Central London Community Healthcare NHS Trust \u00b7 Job reference 323-CYP-80417 \u00b7 Page 1 of 1"
    document.add_heading("Special School Nursing Healthcare Assistant", level=1)
    document.add_paragraph(
        f"Band 3 | {POUND}29,114 to {POUND}30,861 pro rata, including Inner London High Cost Area Supplement | "
        "32.5 hours a week, term time only"
    )
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "Our special school nurses look after the health needs of more than 300 pupils in three special schools in "
        "Hammersmith and Fulham and Westminster. Many of the children have complex physical disabilities, epilepsy "
        "or a gastrostomy, and several need help to eat, move and use the toilet. As a healthcare assistant you "
        "will be part of the nursing team in one school, working alongside teachers, therapists and classroom "
        "staff so that each child is well, comfortable and ready to learn."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Give personal care, including changing, washing and help at mealtimes, following each child's care plan",
        "Help the school nurse with feeds, medicines and the care of children with long-term conditions",
        "Move children safely between wheelchairs, standing frames, changing beds and classroom chairs",
        "Take and record temperature, pulse and weight when the school nurse asks",
        "Keep stock of nursing supplies in the medical room and order more when it runs low",
        "Go with children on school trips when a member of the nursing team is needed",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("NVQ Level 2 or Level 2 Diploma in Health and Social Care", TICK, ""),
        ("Training in gastrostomy feeding or oral suction", "", TICK),
        ("Completion of the Trust's epilepsy rescue medication training before working alone", TICK, ""),
        ("Experience",),
        ("Experience of providing personal care to children or young people with complex needs", TICK, ""),
        ("Previous NHS experience is not required", TICK, ""),
        ("Experience of working in a special school or other educational setting", "", TICK),
        ("Skills and abilities",),
        ("Able to communicate with children who do not use speech", TICK, ""),
        ("Accurate and legible record keeping", TICK, ""),
        ("Safe moving and handling, including the use of hoists and slings", TICK, ""),
        ("Must check and restock each classroom's emergency bag every Monday morning", TICK, ""),
        ("Makaton Level 1 or above", "", TICK),
        ("Knowledge",),
        ("Understanding of how to recognise and report a safeguarding concern about a child", TICK, ""),
        ("Other",),
        ("Enhanced DBS check including the children's barred list", TICK, ""),
        ("Able to work term time only, Monday to Friday, 8.30am to 4pm", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "School holidays off, with your pay spread evenly over the year; the NHS Pension Scheme; a Blue Light "
        "Card; and support to study for a Level 3 qualification once you have passed probation."
    )
    document.add_heading("How to apply", level=2)
    document.add_paragraph(
        "Please apply through NHS Jobs by Monday 15 January 2029. Interviews will be held at the school on "
        "Thursday 25 January 2029. For an informal talk, ring the special school nursing team leader on 020 7946 "
        "0417 or email specialschools.nursing@example.com."
    )
    save(document, "v1_special_school_nursing_healthcare_assistant.docx")


def v2_childrens_community_nursing_healthcare_assistant() -> None:
    """The employer only in the page header; the job title and band together in the heading; the closing date in a
    details table after the team and base; a "You must ..." sentence in Job purpose; rows marked E or D under
    `Category | Criteria | E/D | How assessed` with the category merged down, and three rows marked E that are not
    criteria (training the job gives, a "Must ..." duty and the right to work); "No previous ... is needed" after
    the key."""
    document = blank_docx("Calibri")
    document.sections[0].header.paragraphs[0].text = "Chelsea and Westminster Hospital NHS Foundation Trust"
    document.add_heading(f"Children's Community Nursing Healthcare Assistant {DASH} Band 3", level=1)
    label_value_table(
        document,
        [
            ("Team", "Hounslow Children's Community Nursing Team"),
            ("Base", "West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF"),
            ("Hours", "37.5 hours a week, including one weekend in four"),
            ("Closing date", "24 January 2029"),
            ("Interviews", "7 February 2029"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The team cares for children and young people at home so that they can spend less time in hospital: babies "
        "going home on oxygen, children recovering from an operation, and children with long-term conditions who "
        "need regular nursing at home. You will visit families under the direction of the children's community "
        "nurses. You must make sure that every visit you make is recorded in the child's record before the end of "
        "the same shift."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Visit children at home to carry out care delegated by a registered nurse, such as observations, weights, "
        "wound checks and the care of feeding tubes",
        "Show parents how to give care at home and check they are confident before the nurse signs them off",
        "Collect and deliver equipment and supplies for families, and keep the team's stock room in order",
        "Tell the nurse in charge at once about any change in a child's condition",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "Level 3 Diploma in Healthcare Support or NVQ Level 3 in Health and Social Care",
            "E",
            "A",
        ),
        ("Qualifications", "Paediatric first aid certificate", "D", "A"),
        (
            "Qualifications",
            "Completion of the Trust's paediatric basic life support course during induction",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of caring for children or babies in a hospital, community or home setting",
            "E",
            "A/I",
        ),
        (
            "Experience",
            "Experience of working with children who have long-term conditions or disabilities",
            "D",
            "A/I",
        ),
        (
            "Skills",
            "Able to take and record temperature, pulse, breathing rate and oxygen saturation in children",
            "E",
            "T",
        ),
        ("Skills", "Good written and spoken English for explaining care to parents", "E", "I"),
        ("Skills", "Able to use a laptop to update electronic patient records", "E", "A"),
        ("Skills", "Must log every home visit on the lone worker app before entering the house", "E", "N/A"),
        ("Skills", "Experience of using SystmOne", "D", "A"),
        ("Other", "Full UK driving licence and able to travel to homes across Hounslow", "E", "A"),
        ("Other", "Able to work weekends and bank holidays on a one-in-four rota", "E", "I"),
        ("Other", "Right to work in the UK; we cannot offer visa sponsorship for this role", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, T = practical test on the day.")
    document.add_paragraph(
        "No previous children's nursing experience is needed: you will spend your first month visiting with our "
        "nurses. We offer a pool car for visits, 27 days' annual leave plus bank holidays, the NHS Pension and free "
        "parking at West Middlesex. Appointment is subject to an enhanced DBS check."
    )
    save(document, "v2_childrens_community_nursing_healthcare_assistant.docx")


def v3_child_development_centre_administrator() -> None:
    """The employer, band and closing date only in a details table with two label-value pairs a row; Essential and
    Desirable side by side per category, a "No experience ... is needed" line and a right-to-work line in Essential
    cells, "N/A" and an empty Desirable cell, and a benefit alone in the last Desirable cell."""
    document = blank_docx("Calibri")
    document.add_heading("Child Development Centre Administrator", level=1)
    label_value_table(
        document,
        [
            ("Organisation", "The Hillingdon Hospitals NHS Foundation Trust", "Band", "Band 3"),
            ("Department", "Child Development Centre, Hillingdon Hospital", "Hours", "37.5 a week, Monday to Friday"),
            ("Closing date", "Friday 12 January 2029", "Interviews", "Tuesday 23 January 2029"),
            ("Reference", "THH-CDC-0391", "Enquiries", "020 7946 0391"),
        ],
    )
    document.add_heading("About the centre", level=2)
    document.add_paragraph(
        "The Child Development Centre assesses children up to the age of five who may have a developmental delay or "
        "disability. Paediatricians, therapists, a psychologist and a specialist health visitor see families in "
        "joint clinics, and they meet each week with nursery and education colleagues to plan each child's care. "
        "The administrator is the first person families speak to, and keeps the centre's clinics, letters and "
        "meetings running."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Book and confirm appointments for joint clinics, and rebook cancelled ones",
        "Type clinic letters and reports and send them to families, GPs and schools",
        "Arrange the weekly multi-agency planning meeting and send out its notes and actions",
        "Register new referrals and keep each child's record up to date",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    add_rows_side_by_side(
        table,
        [
            (
                "Qualifications",
                "GCSE English and maths at grade 4 (C) or above, or equivalent",
                "Level 3 qualification in business administration",
            ),
            (
                "Experience",
                "Experience of booking appointments in a busy office or clinic\n"
                f"No experience of working with children is needed {DASH} full training is given",
                "Experience of working with families of disabled children",
            ),
            (
                "Skills",
                "Confident user of Microsoft Word, Outlook and Excel\nAble to take minutes of multi-agency meetings",
                "Experience of using Rio, Cerner or another electronic patient record",
            ),
            ("Knowledge", "Understanding of confidentiality when handling children's records", "N/A"),
            ("Personal qualities", "Calm and kind manner with parents who may be anxious or upset", ""),
            (
                "Other",
                "Able to cover the Thursday late clinic until 6.30pm\n"
                f"Right to work in the UK {DASH} we are unable to offer sponsorship for this post",
                "Free staff parking at Hillingdon Hospital after your probation",
            ),
        ],
    )
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave rising to 33 with service, the NHS Pension, a staff nursery on site and "
        "a cycle-to-work scheme. The post is subject to two references and a standard DBS check."
    )
    save(document, "v3_child_development_centre_administrator.docx")


def v4_health_visiting_team_support_worker() -> None:
    """The employer and band only in the page header, the closing date only in the page footer; Essential and
    Desirable as two rows per section with the section merged down over both; a training line, a "not essential"
    line and a DBS line in Essential rows, and a benefit as the only line of the last Desirable row."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Central and North West London NHS Foundation Trust  |  Band 3"
    section.footer.paragraphs[
        0
    ].text = (
        "Hillingdon Health Visiting Service \u00b7 Applications close Tuesday 30 January 2029 \u00b7 Ref 333-HV-4412"
    )
    document.add_heading("Health Visiting Team Support Worker", level=1)
    document.add_paragraph(
        "Hillingdon Children's Integrated Community Services, based at Yiewsley Health Centre with clinics and "
        "children's centres across the borough. 37.5 hours a week, Monday to Friday."
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Our health visitors see every family with a baby or young child in Hillingdon. The team support worker "
        "runs baby clinics, visits families at home to follow up advice, and helps parents with feeding, sleep, "
        "play and getting their children ready for nursery, working to a plan set by the health visitor."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Run drop-in baby clinics: weigh babies, plot their growth and answer parents' questions",
        "Visit families at home to support feeding, sleep, weaning and safety in the home",
        "Run groups for parents, such as introducing solid food and calming a crying baby",
        "Record every contact in the child's electronic record on the same day",
        "Tell the health visitor at once about any worry about a child's safety or development",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Section", "Essential or desirable", "What we are looking for"])
    rows = [
        (
            "Qualifications and training",
            "Essential",
            "Level 3 qualification in early years, childcare or health and social care\n"
            "Will complete the Trust's Healthy Child Programme competency workbook in the first six months",
        ),
        (
            "Qualifications and training",
            "Desirable",
            "Breastfeeding peer supporter training or UNICEF Baby Friendly training",
        ),
        (
            "Experience",
            "Essential",
            "Experience of working with babies, young children and their families\n"
            "Previous experience in health visiting is not essential",
        ),
        ("Experience", "Desirable", "Experience of weighing and measuring babies and young children"),
        (
            "Skills",
            "Essential",
            "Able to explain health advice clearly to parents, including those whose first language is not "
            "English\nGood IT skills, including using electronic records and email",
        ),
        ("Skills", "Desirable", "Speaks a language spoken locally, such as Punjabi, Polish, Somali or Tamil"),
        ("Knowledge", "Essential", "Awareness of safeguarding children and the signs of neglect"),
        ("Knowledge", "Desirable", "Knowledge of the Healthy Child Programme"),
        (
            "Other",
            "Essential",
            "Able to travel between clinics, children's centres and family homes across Hillingdon\n"
            "Enhanced DBS check including the children's barred list",
        ),
        ("Other", "Desirable", "Mileage paid at NHS rates, and a Trust pool bike for local visits"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension, flexible working and a paid place on our "
        "two-day infant feeding course in your first year."
    )
    save(document, "v4_health_visiting_team_support_worker.docx")


# ------------------------------------------------------------------------------------------------------- PDF adverts

V5_ITEMS = [
    ("title", "School Nursing Healthcare Support Worker"),
    ("bold", f"Band 3  |  {POUND}28,407 to {POUND}30,139 a year, including Outer London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week, Monday to Friday  |  Ealing School Nursing Service"),
    ("heading", "Who we are"),
    (
        "body",
        "London North West University Healthcare NHS Trust runs community children's services in Ealing, Brent and "
        "Harrow. Our Ealing school nurses work with around 90 schools, from Southall to Acton, and are based at "
        "Ealing Hospital, Uxbridge Road, Southall UB1 3HW.",
    ),
    ("heading", "What the job involves"),
    (
        "body",
        f"{BULLET} Weigh and measure children in Reception and Year 6 and enter the results on the child health system",
    ),
    ("body", f"{BULLET} Help at flu and teenage vaccination sessions, checking consent forms and children's names"),
    ("body", f"{BULLET} Run drop-ins for secondary pupils on sleep, healthy eating and staying safe online"),
    (
        "body",
        f"{BULLET} You must send each family their child's measurement letter within six weeks of the school's "
        "visit, so that parents hear about their child's weight from us first",
    ),
    ("body", f"{BULLET} Pass any worry about a pupil's health or safety to the school nurse on the same day"),
    ("heading", "Things you will bring from day one"),
    ("body", f"{BULLET} A Level 2 qualification in health and social care, childcare or a related subject"),
    ("body", f"{BULLET} Experience of working with school-age children or young people, paid or voluntary"),
    ("body", f"{BULLET} Able to measure height and weight accurately and record the results"),
    ("body", f"{BULLET} Confident talking to children, parents and school staff"),
    ("body", f"{BULLET} Good computer skills, including entering data and sending secure emails"),
    ("body", f"{BULLET} Able to work on your own in schools and plan your own day"),
    (
        "body",
        f"{BULLET} No school nursing background needed {DASH} you'll shadow one of our school nurses for your "
        "first four weeks",
    ),
    ("heading", "Things that would give you a head start"),
    (
        "body",
        f"{BULLET} Experience of supporting the National Child Measurement Programme or school immunisation sessions",
    ),
    ("body", f"{BULLET} Knowledge of the emotional health and wellbeing issues that affect teenagers"),
    ("body", f"{BULLET} Experience of running health talks or group sessions for children"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK; we cannot sponsor a visa for this post. The job involves "
        "regular contact with children, so an enhanced DBS check with the children's barred list is required.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET} 27 days' annual leave plus bank holidays, and the NHS Pension"),
    ("body", f"{BULLET} An Oyster card loan and a cycle-to-work scheme"),
    ("body", f"{BULLET} A funded place on the Level 3 Diploma in Healthcare Support after your first year"),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through NHS Jobs by 23:59 on Sunday 4 February 2029. Interviews will be held at Ealing Hospital on "
        "Thursday 15 February 2029.",
    ),
]

V6_ITEMS = [
    ("title", "Health Visiting Development Review Assistant"),
    ("body", "Health Visiting Service, Central London Community Healthcare NHS Trust"),
    ("body", "Parsons Green Health Centre, 5-7 Parsons Green, London SW6 4UL"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Every child in Hammersmith and Fulham is offered a development review at about one year and again at two "
        "to two and a half. We are looking for a Development Review Assistant to join our health visiting teams at "
        "Band 4, working 30 hours a week over four days. The closing date is Thursday 8 February 2029, and "
        "interviews will take place in the week beginning 19 February.",
    ),
    (
        "body",
        "You will carry out development reviews in clinics and children's centres, working with each parent "
        "through a questionnaire about their child's talking, movement, play and behaviour, weighing and measuring "
        "the child, and agreeing next steps. You must book a follow-up with the health visitor for every child "
        "whose review shows a concern, before the family leaves the room. You do not need to have worked in "
        "health visiting before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you hold a Level 3 qualification in early years or childcare, such as the CACHE "
        "Diploma. You must have experience of observing and assessing young children's development in a nursery, "
        "children's centre or health setting. Good written English is essential, as you will write up each review "
        "in the child's health record. It is essential that you can explain a child's progress to parents warmly "
        "and in plain language, including when there are concerns. You must be able to travel between clinics and "
        "children's centres across Hammersmith and Fulham. It is essential that you understand when and how to "
        "pass a safeguarding concern to a health visitor.",
    ),
    (
        "body",
        "Experience of using the Ages and Stages Questionnaire (ASQ-3) would be beneficial. Knowledge of SystmOne "
        "would be an advantage. Speaking a second language used by families in Hammersmith and Fulham would be "
        "beneficial.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and you must have an enhanced DBS check. You will be trained in the ASQ-3 and in our record "
        "system in your first month. You will benefit from 27 days' annual leave plus bank holidays, the NHS "
        "Pension and an interest-free season ticket loan. If you would like to talk about the job, email "
        "hf.healthvisiting@example.com or ring 020 7946 0588.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_special_school_nursing_healthcare_assistant()
    v2_childrens_community_nursing_healthcare_assistant()
    v3_child_development_centre_administrator()
    v4_health_visiting_team_support_worker()
    (ADVERTS / "v5_school_nursing_healthcare_support_worker.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_health_visiting_development_review_assistant.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
