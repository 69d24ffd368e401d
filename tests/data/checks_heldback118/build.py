"""Build the Word and PDF adverts of held-back set 118 from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback118/build.py`. The generated files are
committed, so nothing needs this script to score the set; it is kept so the files can be read and rebuilt. The
Word and PDF helpers are in `tests/data/advert_files.py`; every Word file is saved with fixed core-property dates
and fixed zip time stamps, so a rebuild is byte for byte the same. The pasted-text adverts (v7, v8) are plain files
and are not built here.
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

TICK = "\u2713"  # a check mark in the level column that applies
NONE = ""  # and nothing in the other
DASH = "\u2013"
FIXED_TIME = dt.datetime(2029, 2, 15, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 15, 10, 30, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_smokefree_pregnancy_support_worker() -> None:
    """Shape 1: tick columns with bold category rows merged across. The employer only in the page header, the band
    and the closing date only in the page footer; four ticked-Essential rows that are not criteria."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Chelsea and Westminster Hospital NHS Foundation Trust {DASH} Maternity"
    section.footer.paragraphs[0].text = "Band 3  \u00b7  Job ref 281-MAT-7716  \u00b7  Closing date 12/03/2029"
    document.add_heading("Smokefree Pregnancy Support Worker", level=1)
    document.add_paragraph(
        "West Middlesex University Hospital, Isleworth, and Chelsea and Westminster Hospital, Fulham Road  |  "
        "37.5 hours a week  |  Permanent"
    )
    document.add_heading("About the service", level=2)
    document.add_paragraph(
        "Around one in twelve women booking for maternity care with us smokes when she finds out she is pregnant. "
        "Our Smokefree Pregnancy team offers every one of them support from a specialist worker, from the first "
        "antenatal appointment until the baby is three months old, and we offer the same help to partners and "
        "anyone else in the home who smokes. You will join two midwives and three support workers."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Contact every pregnant smoker referred by the antenatal clinics within two working days",
        "Run one-to-one sessions in clinic, at home or by video, and give out nicotine replacement vouchers",
        "Take carbon monoxide readings and explain what they mean",
        "Follow people up by phone at four and twelve weeks after their quit date",
        "Help with the monthly figures the team sends to the local maternity system",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, NONE),
        ("NCSCT Practitioner Training and Assessment certificate", NONE, TICK),
        ("Completion of the Trust's very brief advice and CO monitoring training in your first month", TICK, NONE),
        ("Experience",),
        ("Experience of supporting people to change a health behaviour, paid or voluntary", TICK, NONE),
        ("No previous NHS or maternity experience needed", TICK, NONE),
        ("Experience of working with pregnant women, babies or young families", NONE, TICK),
        ("Skills and abilities",),
        ("Able to build rapport quickly with people who may feel judged about smoking", TICK, NONE),
        ("Confident making follow-up phone calls and keeping accurate records on a computer system", TICK, NONE),
        (
            "Speaks a community language used in Hounslow or Kensington and Chelsea, such as Punjabi, Somali or Arabic",
            NONE,
            TICK,
        ),
        ("Must take a CO reading at every contact and enter it on the maternity record the same day", TICK, NONE),
        ("Knowledge",),
        ("Understanding of the harms of smoking and second-hand smoke in pregnancy", TICK, NONE),
        ("Other",),
        ("Satisfactory enhanced DBS check", TICK, NONE),
        (
            "Able to work at both West Middlesex and Chelsea and Westminster hospitals, including one evening "
            "clinic a week",
            TICK,
            NONE,
        ),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, the NHS Pension, a season ticket loan and our staff "
        "wellbeing service. You will need the right to work in the UK and two references. If you have smoked "
        "yourself, or quit, we would love to hear from you: it often helps."
    )
    save(document, "v1_smokefree_pregnancy_support_worker.docx")


def v2_alcohol_brief_advice_worker() -> None:
    """Shape 2: an E/D column and "How assessed", the category merged down the first column. The employer in bold
    on the first line, the band and the closing date in a details table with two pairs a row."""
    document = blank_docx("Calibri")
    first = document.add_paragraph()
    first.add_run("London North West University Healthcare NHS Trust").bold = True
    document.add_heading("Alcohol Brief Advice Worker", level=1)
    label_value_table(
        document,
        [
            ("Department", "Emergency Department, Northwick Park Hospital", "Band", "Band 3"),
            ("Hours", "37.5 a week on a rota", "Contract", "Fixed term for 18 months"),
            ("Closing date", "18 March 2029", "Interviews", "29 March 2029"),
            ("Reference", "340-ED-2291", "Contact", "020 7946 0713"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "One in five people who come through our emergency department drinks at a level that is harming their "
        "health. Many have never been asked about it. You will be part of a small team that asks, listens and "
        "offers a short conversation about cutting down, with a referral to community services for anyone who "
        "wants more help."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Speak with patients in the emergency department and the acute medical unit who may be drinking too much.",
        "Give brief advice and written information, and refer people on to community alcohol services.",
        "Keep accurate notes of every conversation and every referral.",
        "Help the alcohol specialist nurse with training sessions for ward staff.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "Good standard of English and maths, e.g. GCSE grade 4 or Functional Skills Level 2",
            "E",
            "A",
        ),
        (
            "Qualifications",
            "Level 2 or 3 qualification in health and social care, counselling skills or substance misuse",
            "D",
            "A",
        ),
        (
            "Qualifications",
            "Alcohol Identification and Brief Advice e-learning, completed during induction",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of talking with members of the public about sensitive or personal subjects",
            "E",
            "A / I",
        ),
        (
            "Experience",
            "Experience of working in a drug or alcohol service, hospital or emergency setting",
            "D",
            "A / I",
        ),
        ("Skills and abilities", "Able to stay calm and kind with people who are drunk, upset or angry", "E", "I"),
        ("Skills and abilities", "Experience of using a screening tool such as AUDIT or AUDIT-C", "D", "A / I"),
        (
            "Skills and abilities",
            "Good keyboard skills and able to record conversations accurately on an electronic patient record",
            "E",
            "A / T",
        ),
        (
            "Skills and abilities",
            "Must refer every patient who scores 20 or more to the alcohol specialist nurse before the end of the "
            "shift",
            "E",
            "N/A",
        ),
        (
            "Knowledge",
            "Knowledge of the local services people can be referred to for help with their drinking",
            "E",
            "I",
        ),
        ("Other", "Able to work a rota of shifts between 10am and 10pm, including alternate weekends", "E", "I"),
        ("Other", f"Right to work in the UK {DASH} this post cannot be sponsored", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("A = application form, I = interview, T = a short typing exercise on the day")
    document.add_paragraph(
        "You do not need to have worked in the NHS before. The post is subject to an enhanced DBS check. We offer "
        "27 days' annual leave plus bank holidays, the NHS Pension, free staff parking after 6pm and a discount "
        "at the hospital restaurant."
    )
    save(document, "v2_alcohol_brief_advice_worker.docx")


def v3_weight_management_programme_assistant() -> None:
    """Shape 3: Essential and Desirable side by side per area. The title and band together in the heading, the
    employer only in About us, the closing date only in the last paragraph."""
    document = blank_docx("Verdana")
    document.add_heading(f"Weight Management Programme Assistant {DASH} Band 2", level=1)
    document.add_paragraph("Part time, 22.5 hours a week  |  Permanent  |  \u00a326,530 a year pro rata")
    document.add_heading("About us", level=2)
    document.add_paragraph(
        "Ealing GP Federation is owned by the borough's general practices and runs services that no single "
        "practice could run on its own. Our Healthy Weight programme offers a twelve-week group course to adults "
        "referred by their GP, in surgeries across the borough and online."
    )
    document.add_heading("The role", level=2)
    document.add_paragraph(
        "You will set up rooms, welcome people, weigh them in private, keep the registers and book people onto "
        "courses, working alongside our dietitian and health coaches. You must confirm every person's place by "
        "text two days before their first session."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good standard of literacy and numeracy, e.g. GCSE English and maths",
            "A qualification in nutrition, fitness or health, e.g. Level 2 Gym Instructor or Level 2 Award in "
            "Nutrition and Health\n"
            "Funded Level 3 weight management training is offered after probation",
        ),
        (
            "Experience",
            "Experience of working with the public in a customer-facing role\n"
            f"No healthcare experience needed {DASH} full training is given",
            "Experience of helping to run groups or classes",
        ),
        (
            "Skills",
            "Confident using Microsoft Excel and email to book sessions and keep registers\n"
            "Friendly, encouraging manner with people who may feel self-conscious about their weight",
            "Able to set up video calls on Microsoft Teams or Zoom for online groups",
        ),
        ("Knowledge", "Basic understanding of healthy eating, such as the Eatwell Guide", "N/A"),
        (
            "Other",
            "Able to work one evening a week and one Saturday morning a month at GP surgeries across Ealing",
            "Speaks a community language used in Ealing, such as Punjabi, Polish or Somali",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working with us", level=2)
    document.add_paragraph(
        "We offer 25 days' annual leave plus bank holidays, the NHS Pension and a paid day each year for "
        "volunteering. The post needs the right to work in the UK and a basic DBS check. The closing date is "
        "Tuesday 20 March 2029, and interviews will be held at our Acton office the following week."
    )
    save(document, "v3_weight_management_programme_assistant.docx")


def v4_substance_misuse_family_support_worker() -> None:
    """Shape 4: an Essential row and a Desirable row for each area, the area merged down over both. The employer
    only in the page footer, the band only in the first sentence, the closing date in a details table."""
    document = blank_docx("Arial")
    document.sections[0].footer.paragraphs[
        0
    ].text = "Central and North West London NHS Foundation Trust  |  Addictions Services"
    document.add_heading("Substance Misuse Family Support Worker", level=1)
    label_value_table(
        document,
        [
            ("Service", "Brent Families and Carers Service (drug and alcohol)"),
            ("Base", "Wembley, with visits across Brent and Harrow"),
            ("Hours", "37.5 hours a week, including one evening"),
            ("Apply by", "26/03/2029"),
            ("Reference", "333-ADD-5084"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "This is a Band 4 post in a small team that supports the partners, parents, children and friends of "
        "people who use drugs or alcohol, whether or not their relative is in treatment. You will hold your own "
        "caseload of family members, run our Wednesday evening family group and work closely with the adult "
        "treatment teams and children's services."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Assess the needs of family members and agree a plan with each of them",
        "Offer one-to-one sessions in person, by phone or by video",
        "Plan and co-facilitate the weekly family group",
        "Train family members to use naloxone and hand out kits",
        "Record all contacts and share safeguarding concerns the same day",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        (
            "Qualifications",
            "Essential",
            "Level 3 qualification in health, social care, counselling or a related subject",
        ),
        ("Qualifications", "Desirable", "Certificate in a family support approach such as the 5-Step Method"),
        (
            "Experience",
            "Essential",
            "Experience of supporting families or carers through a difficult time\n"
            "Experience of working with people affected by drug or alcohol use",
        ),
        (
            "Experience",
            "Desirable",
            "Experience of running support groups for adults\n"
            "Lived experience of a family member's drug or alcohol use is welcome but not required",
        ),
        (
            "Skills",
            "Essential",
            "Able to write clear case notes and risk assessments\n"
            "Able to listen without judgement to people who are angry, ashamed or grieving",
        ),
        ("Skills", "Desirable", "Training in Nebula, our case record system, is given to all new starters"),
        (
            "Knowledge",
            "Essential",
            "Understanding of safeguarding for children and adults who live with someone's drug or alcohol use",
        ),
        ("Knowledge", "Desirable", "Knowledge of naloxone and how family members can use it in an overdose"),
        (
            "Other",
            "Essential",
            "Able to work one evening a week until 8pm for the family group\n"
            "Enhanced DBS check with children's and adults' barred lists",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will have monthly supervision, 27 days' annual leave rising with service, the NHS Pension and an "
        "Employee Assistance Programme. Applicants need the right to work in the UK; we are unable to offer visa "
        "sponsorship for this post."
    )
    save(document, "v4_substance_misuse_family_support_worker.docx")


V5_ITEMS = [
    ("title", f"Inpatient Stop Smoking Adviser {DASH} Mental Health"),
    ("bold", f"Band 4 {DASH} West London NHS Trust"),
    ("body", "St Bernard's Hospital, Uxbridge Road, Southall, and the Lakeside Mental Health Unit, Isleworth"),
    ("body", "Permanent  |  37.5 hours a week, Monday to Friday  |  \u00a334,581 to \u00a337,796 including HCAS"),
    ("body", "Closing date: Monday 2 April 2029, 11.59pm. Interviews: Thursday 12 April 2029."),
    ("gap", ""),
    ("heading", "About the service"),
    (
        "body",
        "People with serious mental illness are far more likely to smoke than anyone else, and they die on "
        "average fifteen to twenty years earlier. Our wards have been smokefree for years; our stop smoking team "
        "makes sure that nobody admitted to them is left to go without, and that people leave with a plan.",
    ),
    ("heading", "What you'll be doing"),
    ("body", "\u2022 Seeing patients on our acute and rehabilitation wards, often several times in a week"),
    (
        "body",
        "\u2022 You must offer every smoker admitted to our wards a conversation and nicotine replacement within 24 "
        "hours of admission",
    ),
    ("body", "\u2022 Working with ward pharmacists and doctors when someone's medicines need reviewing"),
    ("body", "\u2022 Handing people over to community stop smoking services when they go home"),
    ("body", "\u2022 Training ward staff to give very brief advice"),
    ("heading", "You will need"),
    ("body", "\u2022 Educated to A level standard or equivalent, such as a Level 3 diploma"),
    ("body", "\u2022 Experience of one-to-one work helping adults change a habit or manage a health condition"),
    ("body", "\u2022 Experience of working with people with serious mental illness, in a paid or voluntary role"),
    ("body", "\u2022 Able to explain nicotine replacement therapy and vapes in plain language"),
    ("body", "\u2022 Able to adapt your approach for people who are unwell, distracted or suspicious"),
    ("body", "\u2022 Good IT skills, including recording on an electronic patient record such as RiO or SystmOne"),
    (
        "body",
        f"\u2022 You don't need to have worked in a hospital before {DASH} you'll shadow one of our advisers on the "
        "wards for your first three weeks",
    ),
    ("heading", "It would help if you have"),
    ("body", "\u2022 NCSCT mental health specialty module"),
    ("body", "\u2022 Experience of working on an inpatient ward"),
    (
        "body",
        "\u2022 Understanding of how stopping smoking changes the levels of some medicines, such as clozapine",
    ),
    ("heading", "Before you start"),
    (
        "body",
        "You must have the right to work in the UK; this post does not meet the requirements for visa "
        "sponsorship. We will ask for two references and an enhanced DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave plus bank holidays, rising with service"),
    ("body", "\u2022 The NHS Pension and a salary sacrifice scheme for cars and bikes"),
    ("body", "\u2022 NCSCT training and paid time to complete it in your first three months"),
]

V6_ITEMS = [
    ("title", "Tier 3 Weight Management Healthcare Assistant"),
    ("bold", "The Hillingdon Hospitals NHS Foundation Trust"),
    ("body", "Specialist Weight Management Service, Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our specialist weight management service sees adults with a BMI of 40 or more, or 35 or more with "
        "diabetes or another condition, who have been referred by their GP. We are looking for a healthcare "
        "assistant at Band 3 to join our dietitians, psychologist and doctor, working 37.5 hours a week. "
        "Applications close on Friday 6 April 2029 and interviews will be held on Tuesday 17 April 2029.",
    ),
    (
        "body",
        "You will carry out the measurements at each clinic visit, help run our twelve-week group programme, "
        "book follow-up appointments and order equipment. You must weigh every patient on the calibrated chair "
        "scales and record the result on the day. You do not need experience of weight management before you "
        "start.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have experience of giving personal care or clinical support to adults in a "
        "health or care setting. You must be able to measure and record blood pressure, weight, height and "
        "waist size accurately. It is essential that you treat people living with obesity with dignity and "
        "without judgement. Good written English is essential, as you will keep clinic records and help write "
        "letters to patients. You must hold the Care Certificate or a Level 2 qualification in health and social "
        "care. It is essential that you can work until 7.30pm on Tuesdays, when the evening group runs.",
    ),
    (
        "body",
        "Experience of working with people who have type 2 diabetes would be beneficial. A qualification in "
        "nutrition or healthy eating would be an advantage. Experience of taking blood samples would be an "
        "advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as we cannot sponsor a visa for this "
        "post, and the successful applicant will need an enhanced DBS check. Protected learning time is an "
        "essential part of how our team works, and you will have half a day each month for it. You will benefit "
        "from 27 days' annual leave plus bank holidays, the NHS Pension, on-site parking and a nursery near the "
        "hospital. If you meet most of the points above, please still apply.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_smokefree_pregnancy_support_worker()
    v2_alcohol_brief_advice_worker()
    v3_weight_management_programme_assistant()
    v4_substance_misuse_family_support_worker()
    (ADVERTS / "v5_inpatient_stop_smoking_adviser_mental_health.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 58)))
    (ADVERTS / "v6_tier_3_weight_management_healthcare_assistant.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 58)))


if __name__ == "__main__":
    main()
