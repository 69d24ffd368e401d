"""Build the Word and PDF adverts of the fifty-seventh held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback57/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (r7 and r8) are plain files and are not built here.
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
FIXED_TIME = dt.datetime(2029, 2, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 1, 9, 0, 0)  # every Word file's zip entries


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def r1_birth_centre_healthcare_assistant() -> None:
    """The employer only in the page header, the closing date only in the page footer; duties as bullets (one
    opening "You must ..."); a check mark in one of two level columns, category rows merged across the table,
    and four ticked-Essential rows that are not criteria."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Chelsea and Westminster Hospital NHS Foundation Trust"
    section.footer.paragraphs[
        0
    ].text = "Women's and Children's Division \u00b7 Ref 247-WCD-0318 \u00b7 Closing date: Thursday 8 March 2029"
    document.add_heading("Birth Centre Healthcare Assistant", level=1)
    document.add_paragraph(
        "Band 3 \u00b7 Birth Centre, West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF \u00b7 "
        "37.5 hours a week, day and night shifts"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our midwife-led Birth Centre has six rooms, four of them with birthing pools, and welcomes around 900 "
        "babies a year. You will work alongside the midwives, caring for women in labour and for families in the "
        "hours after birth, and keeping the centre clean, stocked and welcoming."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Help women to move, bathe and use the birthing pool during labour, under the direction of the midwife",
        "Take and record observations for mothers and babies and report any change straight away",
        "Support mothers with the first feeds and with caring for their newborn",
        "You must check the emergency trolley and the resuscitaire at the start of every shift and sign the log",
        "Clean and prepare birth rooms between families and restock linen and supplies",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, ""),
        ("Level 3 Diploma in Maternity and Paediatric Support", "", TICK),
        ("Completion of the Trust's maternity support worker competency framework in your first six months", TICK, ""),
        ("Experience",),
        ("Experience of providing personal care in a hospital, care home or community setting", TICK, ""),
        ("Previous maternity experience is not required", TICK, ""),
        ("Experience of supporting women during labour or after birth", "", TICK),
        ("Skills and abilities",),
        ("Able to record temperature, pulse and blood pressure accurately", TICK, ""),
        (
            "Must restock each birth room and check the birthing pool thermometer at the start of every shift",
            TICK,
            "",
        ),
        ("Able to support a new mother to position and attach her baby for breastfeeding", "", TICK),
        ("Knowledge",),
        ("Understanding of how to keep birth rooms and equipment clean to prevent infection", TICK, ""),
        ("Other",),
        ("Able to work 12.5-hour day and night shifts, including weekends", TICK, ""),
        ("Speaks a language other than English that is common in Hounslow", "", TICK),
        ("Evidence of the right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension; a fully funded "
        "Trainee Nursing Associate apprenticeship for staff after a year in post; free eye tests and staff "
        "discounts. No experience of maternity care? That's fine: every new starter spends two weeks shadowing "
        "on the Birth Centre. Offers are made subject to two references and an enhanced DBS check."
    )
    _save(document, "r1_birth_centre_healthcare_assistant.docx")


def r2_maternity_bookings_coordinator() -> None:
    """Employer on a plain first line, a details table with two label-value pairs a row (the closing date in the
    second pair of the last row); a "You must ..." sentence in the job purpose; numbered duties; rows marked E or D
    with a "How assessed" column and the factor merged down the first column; two E rows that are not criteria."""
    document = blank_docx("Calibri")
    document.add_paragraph("London North West University Healthcare NHS Trust")
    document.add_heading("Maternity Bookings Coordinator", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 4", "Hours", "37.5 per week"),
            ("Department", "Maternity Services", "Base", "Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
            ("Reference", "362-MAT-7741", "Closing date", "13/03/2029"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Around 5,000 women a year book their pregnancy care with us. The bookings team takes every referral, from "
        "GPs and from women who refer themselves, and books each woman's first midwife appointment, dating scan "
        "and screening blood tests. You must make sure that every referral is logged on the day it arrives and "
        "that no woman is left without a booking appointment."
    )
    document.add_heading("Main responsibilities", level=2)
    for number, duty in enumerate(
        [
            "Register new referrals on Cerner and book booking appointments and scans in date order",
            "Answer the maternity bookings phone line and the shared inbox",
            "Send appointment letters and text reminders and rebook women who miss an appointment",
            "Run the weekly report of women not yet booked and pass it to the lead midwife",
            "Train new bank staff on the booking process",
        ],
        start=1,
    ):
        document.add_paragraph(f"{number}. {duty}")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Good general education to GCSE level, including English and maths", "E", "A"),
        ("Qualifications", "Level 3 Certificate in Business Administration or equivalent", "D", "A"),
        (
            "Qualifications",
            "Completion of the Trust's Cerner maternity booking training in the first two weeks",
            "E",
            "N/A",
        ),
        ("Experience", "Experience of booking appointments in a busy office or healthcare setting", "E", "A / I"),
        ("Experience", "Experience of working in an NHS maternity or antenatal service", "D", "A / I"),
        (
            "Skills and abilities",
            "Accurate keyboard skills, with a typing speed of at least 40 words per minute",
            "E",
            "A / T",
        ),
        ("Skills and abilities", "Able to use Microsoft Outlook, Word and Excel", "E", "A / T"),
        ("Skills and abilities", "Able to prioritise a heavy workload and meet deadlines", "E", "I"),
        (
            "Skills and abilities",
            "Able to communicate tactfully with women and families who are anxious or upset",
            "E",
            "I",
        ),
        (
            "Skills and abilities",
            "Must send every new referral to the community midwifery team within one working day",
            "E",
            "N/A",
        ),
        ("Knowledge", "Knowledge of the antenatal booking pathway and screening timelines", "D", "I"),
        ("Other", "Able to work one late shift a week until 8pm", "E", "A / I"),
        ("Other", "Proof of right to work in the UK", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("Key: E = essential, D = desirable; A = application form, I = interview, T = test.")
    document.add_paragraph(
        "We do not expect you to have worked in maternity before: you will spend your first fortnight with an "
        "experienced coordinator. We offer 27 days' annual leave plus bank holidays, the NHS Pension, flexible "
        "working and a season ticket loan."
    )
    _save(document, "r2_maternity_bookings_coordinator.docx")


def r3_neonatal_unit_receptionist() -> None:
    """Employer, title and band only inside the opening sentence, the closing date on a line of its own after the
    table; Essential and Desirable side by side per category, with a training line and a right-to-work line in
    Essential cells, "N/A" in one Desirable cell and a benefit alone in another."""
    document = blank_docx("Arial")
    document.add_heading("Join our neonatal team", level=1)
    document.add_paragraph(
        "The Hillingdon Hospitals NHS Foundation Trust is looking for a Neonatal Unit Receptionist (Band 2, "
        "\u00a326,530 a year pro rata) to welcome parents and visitors to the 20-cot neonatal unit at Hillingdon "
        "Hospital, Pield Heath Road, Uxbridge UB8 3NN. The post is 30 hours a week, worked as shifts between 8am "
        "and 8pm over seven days."
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "You will be the first person families see when they arrive at the unit. You will greet parents, check "
        "visitors in and out, answer the unit phone, book parents into the family rooms and keep the parents' "
        "kitchen stocked. You must ask every visitor to wash their hands at the entrance sink before they go "
        "through to the nurseries."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        ("Qualifications", "Good standard of literacy and numeracy", "NVQ Level 2 in Customer Service"),
        (
            "Experience",
            "Experience of working on a reception desk or in a customer service role\n"
            f"No hospital experience needed {DASH} full training on the unit's door entry and visitor system is "
            "given",
            "Experience of working in a hospital setting",
        ),
        (
            "Skills",
            "Able to stay calm and kind with parents who are worried or upset\n"
            "Able to use a computer to enter and find information",
            "Able to use the Cerner patient record",
        ),
        (
            "Knowledge",
            "Understanding of why visitor numbers and hand hygiene matter on a neonatal unit",
            "N/A",
        ),
        (
            "Other",
            "Able to work weekends on a rota\n"
            "You will need to show you have the right to work in the UK; visa sponsorship is not available",
            "Free parking and a staff restaurant open until 8pm",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_paragraph("Applications close on 15 March 2029. Interviews will be held on 27 March 2029.")
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave plus bank holidays, the NHS Pension and a health and wellbeing "
        "programme. The post is subject to references and a standard DBS check."
    )
    _save(document, "r3_neonatal_unit_receptionist.docx")


def r4_human_milk_bank_assistant() -> None:
    """Everything about the post in a two-column details table with no header row; duties as bullets (one opening
    "You must ..."); an Essential row and a Desirable row per area with the area merged down; lines in the table
    that are not criteria (a no-experience line, a training line alone in a Desirable row, a DBS line, "N/A")."""
    document = blank_docx("Calibri")
    document.add_heading("Job description", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Human Milk Bank Assistant"),
            ("Band", "Band 2"),
            ("Organisation", "Imperial College Healthcare NHS Trust"),
            ("Service", "Neonatal Services \u2013 Human Milk Bank"),
            ("Base", "Queen Charlotte's and Chelsea Hospital, Du Cane Road, London W12 0HS"),
            ("Hours", "37.5 hours per week, Monday to Friday"),
            ("Closing date", "19/03/2029"),
            ("Reference", "290-NEO-5512"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Our milk bank screens, pasteurises and sends donated breast milk to sick and premature babies in neonatal "
        "units across London. You will join a small team of assistants and a milk bank coordinator."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Collect frozen milk from donors' homes in the milk bank car and log each delivery",
        "Thaw, pool and bottle milk for pasteurising, following the milk bank's written procedures",
        "You must record the freezer temperatures at 9am and 3pm each day and report anything out of range",
        "Pack and dispatch milk to hospitals in insulated boxes",
        "Keep stock of bottles, labels and packaging up to date",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "Good standard of English and maths"),
        ("Qualifications", "Desirable", "Level 2 Food Hygiene certificate"),
        (
            "Experience",
            "Essential",
            "Experience of working in a kitchen, laboratory or other setting where hygiene rules are followed\n"
            "Previous milk bank experience is not needed",
        ),
        ("Experience", "Desirable", "Experience of working with new parents or babies"),
        (
            "Skills",
            "Essential",
            "Able to label and record samples accurately\nAble to follow written procedures step by step",
        ),
        ("Skills", "Desirable", "Able to use Excel to keep stock records"),
        ("Knowledge", "Essential", "Understanding of why breast milk must be kept at the right temperature"),
        ("Knowledge", "Desirable", "We will train you in pasteurising, screening and dispatching donor milk"),
        (
            "Other",
            "Essential",
            "Able to drive, with a full UK driving licence, to collect milk from donors' homes\n"
            "Satisfactory enhanced DBS check",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension, a staff travel loan and discounted "
        "gym membership. You must have the right to work in the UK; we cannot offer visa sponsorship."
    )
    _save(document, "r4_human_milk_bank_assistant.docx")


R5_ITEMS = [
    ("title", "Paediatric Diabetes Team Administrator"),
    ("bold", f"Imperial College Healthcare NHS Trust {DASH} Children's Diabetes Service"),
    ("body", "St Mary's Hospital, Praed Street, London W2 1NY"),
    ("body", "Band 3 | \u00a329,970 to \u00a332,324 a year including London weighting"),
    ("body", "Permanent | 37.5 hours a week | Monday to Friday, 8.30am to 5pm"),
    ("body", "Closing date: Thursday 22 March 2029 at midnight. Interviews: Tuesday 3 April 2029."),
    ("gap", ""),
    ("heading", "About the role"),
    (
        "body",
        "Our children's diabetes team looks after about 300 children and young people with diabetes, from "
        "toddlers to eighteen-year-olds, and their families. As team administrator you will keep the clinics, "
        "letters and records of the team running smoothly so that our nurses, doctors and dietitians can spend "
        "their time with families.",
    ),
    ("heading", "What you'll do"),
    ("body", f"{BULLET} Book the weekly diabetes clinics and the school training sessions run by our nurses"),
    ("body", f"{BULLET} Type clinic letters and care plans from dictation"),
    (
        "body",
        f"{BULLET} You must send every clinic letter to the family and the GP within five working days of the "
        "appointment",
    ),
    ("body", f"{BULLET} Answer the team phone line and pass urgent calls straight to the nurse on duty"),
    ("body", f"{BULLET} Take notes at the monthly team meeting and keep the team's shared drive in order"),
    ("heading", "What we're looking for"),
    ("bold", "What you must bring"),
    ("body", f"{BULLET} GCSEs (or equivalent) in English and maths at grade C/4 or above"),
    ("body", f"{BULLET} Experience of working as an administrator in an office for at least one year"),
    ("body", f"{BULLET} Confident using Word, Outlook and Excel, including sorting and filtering lists"),
    ("body", f"{BULLET} Able to write clear letters and emails to families and to schools"),
    ("body", f"{BULLET} Able to keep accurate records and spot mistakes"),
    ("body", f"{BULLET} A friendly and patient telephone manner with children, young people and parents"),
    (
        "body",
        f"{BULLET} You don't need to know about diabetes before you start {DASH} our nurse educators run a "
        "half-day introduction for every new team member",
    ),
    ("bold", "What would give you an edge"),
    ("body", f"{BULLET} Experience of using an NHS patient administration system such as Cerner"),
    ("body", f"{BULLET} Knowledge of type 1 diabetes in children and how it is managed"),
    ("body", f"{BULLET} Experience of minute-taking at meetings"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK; we cannot sponsor a visa for this post. Offers depend on two "
        "references and a standard DBS check, as you will be working with children's records.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET} 27 days' annual leave rising to 33 with service, plus bank holidays"),
    ("body", f"{BULLET} The NHS Pension Scheme and a season ticket loan"),
    ("body", f"{BULLET} A funded Level 3 Business Administration apprenticeship after probation"),
]

R6_ITEMS = [
    ("title", "Health Visiting Duty Desk Administrator"),
    ("body", "Hammersmith and Fulham Health Visiting Service, Central London Community Healthcare NHS Trust"),
    ("body", "Richford Gate Primary Care Centre, Richford Street, London W6"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our health visitors support every family with a child under five in Hammersmith and Fulham. The duty "
        "desk is where parents, GPs, nurseries and social workers reach the service, and we are looking for an "
        "administrator to join the desk at Band 3, working 37.5 hours a week from Monday to Friday. The closing "
        "date is Monday 26 March 2029, and interviews will take place in the week beginning 9 April.",
    ),
    (
        "body",
        "You will answer the duty line, take messages and pass them to the duty health visitor, book new birth "
        "visits and clinic appointments, and keep each family's record up to date. You must check the duty inbox "
        "every hour and log each new message on SystmOne before the end of the day. No experience of health "
        "visiting is needed.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in an office where you answered the phone and took messages. You "
        "must be able to type accurately and keep records up to date on a computer. It is essential that you can "
        "stay calm and polite when callers are anxious or angry. Good written English is essential, because you "
        "will write down messages for the health visitors to act on. An understanding of confidentiality is "
        "essential, as you will handle information about children and families.",
    ),
    (
        "body",
        "Experience of working with families with young children would be beneficial. Knowledge of the Healthy "
        "Child Programme would be an advantage. A second language spoken in Hammersmith and Fulham, such as "
        "Arabic, Somali or Polish, is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need an enhanced DBS check. In your first week you will "
        "be trained on SystmOne and on the service's safeguarding procedures. You will benefit from 27 days' "
        "annual leave plus bank holidays, the NHS Pension and a cycle-to-work scheme. We would love to hear from "
        "you even if you have never worked in the NHS.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    r1_birth_centre_healthcare_assistant()
    r2_maternity_bookings_coordinator()
    r3_neonatal_unit_receptionist()
    r4_human_milk_bank_assistant()
    (ADVERTS / "r5_paediatric_diabetes_team_administrator.pdf").write_bytes(pdf_bytes(R5_ITEMS, title=(16, 56)))
    (ADVERTS / "r6_health_visiting_duty_desk_administrator.pdf").write_bytes(pdf_bytes(R6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
