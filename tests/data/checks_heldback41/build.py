"""Build the Word and PDF adverts of the forty-first held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback41/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (a6 and a7) are plain files and are not built here.
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

TICK = "\u2713"  # a plain check mark in one level column; the other cell is left empty
DASH = "\u2013"
BULLET = "\u2022 "
FIXED_TIME = dt.datetime(2027, 12, 6, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2027, 12, 6, 10, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def a1_maternity_triage_support_worker() -> None:
    """Tick columns: the employer in bold as the first line, a two-column details table with no header row, duties
    as Word bullets (one with "You must"), then Criteria | Essential | Desirable with a check mark in one level
    column, bold category rows merged across the table, E and D rows mixed, and three ticked-Essential rows that are
    not criteria (a workbook the job gives, "Previous maternity experience is not required", an enhanced DBS)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.footer.paragraphs[
        0
    ].text = f"Imperial College Healthcare NHS Trust {DASH} Women's and Children's Services {DASH} JD ref WCS-MAU-0419"
    document.add_paragraph().add_run("Imperial College Healthcare NHS Trust").bold = True
    document.add_heading("Maternity Triage Support Worker", level=1)
    label_value_table(
        document,
        [
            ("Pay band", "Band 3"),
            ("Department", "Maternity Assessment Unit (triage), Queen Charlotte's and Chelsea Hospital"),
            ("Address", "Du Cane Road, London W12 0HS"),
            ("Hours", "37.5 hours a week: long days and nights on a four-week rota"),
            ("Contract", "Permanent"),
            ("Closing date", "17/01/2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our maternity triage unit is open day and night for anyone who is pregnant and worried: reduced "
        "movements, bleeding, pain, high blood pressure or waters breaking. Around 60 women and birthing people "
        "come to us every 24 hours. You will be the first person many of them meet, working alongside the triage "
        "midwives to make sure everyone is seen in the right order and kept comfortable while they wait."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Welcome women and their birth partners, check their details and show them to an assessment bay",
        "Carry out and record observations and report anything outside the normal range to the midwife at once",
        "Test urine samples and take capillary blood glucose readings when the midwife asks",
        "Restock the bays, the emergency trolley and the clean utility room at the start of every shift",
        "You must hand over every woman to the triage midwife before you leave the assessment bay",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("NVQ Level 3 in Health and Social Care or equivalent qualification", TICK, ""),
        ("Level 3 Diploma in Maternity and Paediatric Support", "", TICK),
        (
            "Completion of the Trust's maternity support worker competency workbook within six months of starting",
            TICK,
            "",
        ),
        ("Experience",),
        (
            "Experience of working as a healthcare assistant or support worker in a hospital or community setting",
            TICK,
            "",
        ),
        (f"Previous maternity experience is not required {DASH} full training is given", TICK, ""),
        ("Experience of working in a maternity or women's health service", "", TICK),
        ("Skills and abilities",),
        ("Able to take and record observations such as blood pressure, pulse and temperature accurately", TICK, ""),
        (
            "Able to communicate clearly and kindly with women and birthing people who are anxious or in pain",
            TICK,
            "",
        ),
        ("Basic IT skills, including entering information on an electronic patient record", TICK, ""),
        ("Experience of urinalysis and capillary blood glucose testing", "", TICK),
        ("Knowledge",),
        ("Understanding of patient confidentiality and safeguarding", TICK, ""),
        ("Awareness of the Maternity Early Warning Score (MEWS)", "", TICK),
        ("Other",),
        ("Able to work a rotating shift pattern including nights, weekends and bank holidays", TICK, ""),
        ("Enhanced DBS disclosure, arranged by the Trust before you start", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("Why join us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave plus bank holidays, the NHS Pension Scheme, enhanced pay for nights "
        "and weekends, an interest-free season ticket loan and a protected week of induction on the unit. We are "
        "a London Living Wage employer. You will need the right to work in the UK; this post is not eligible for "
        "visa sponsorship."
    )
    save(document, "a1_maternity_triage_support_worker.docx")


def a2_obstetric_theatre_healthcare_assistant() -> None:
    """E/D column with "How assessed": a details table with two label-value pairs a row, numbered duties (one with
    "must"), then Factor | Criteria | E/D | How assessed with the factor merged down (bold), E and D rows mixed, and
    three rows marked E that are not criteria (a competency package the job gives, assessed "N/A", and two
    pre-employment checks); the key and a "no theatre experience" line with benefits under the table."""
    document = blank_docx("Calibri")
    document.add_heading("Obstetric Theatre Healthcare Assistant", level=1)
    label_value_table(
        document,
        [
            ("Organisation", "Chelsea and Westminster Hospital NHS Foundation Trust", "Band", "Band 3"),
            ("Site", "West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF", "Contract", "Permanent"),
            (
                "Hours",
                "37.5 hours a week: long days, nights and weekends",
                "Closing date",
                "28 January 2028",
            ),
        ],
    )
    document.add_heading("Job summary", level=2)
    document.add_paragraph(
        "The maternity theatres at West Middlesex look after women having planned and emergency caesarean "
        "sections, instrumental births and other procedures around birth. As a healthcare assistant you will "
        "support the midwives, scrub practitioners and anaesthetic team before, during and after each operation, "
        "and help keep the two theatres and the recovery bay ready at all times."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Prepare theatre for each list and for emergencies, checking stock and equipment against the checklist.",
        "Help to position women safely on the operating table and support them and their birth partners.",
        "Act as a runner during operations, fetching equipment and fluids and completing the theatre register.",
        "Every swab, needle and instrument count must be signed by two members of staff before the woman leaves "
        "theatre.",
        "Clean and turn around the theatre between cases following the decontamination policy.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "GCSE English and maths at grade 4 (C) or above, or equivalent", "E", "A"),
        ("Qualifications", "Care Certificate", "D", "A"),
        (
            "Qualifications",
            "Trust obstetric theatre competency package, completed in the first three months",
            "E",
            "N/A",
        ),
        ("Experience", "Experience of working in a clinical care role in a hospital", "E", "A / I"),
        ("Experience", "Experience of working in an operating theatre or recovery area", "D", "A / I"),
        (
            "Skills and abilities",
            "Able to follow strict infection prevention and control procedures, including hand hygiene",
            "E",
            "I",
        ),
        ("Skills and abilities", "Able to stay calm and act quickly in an emergency", "E", "I"),
        (
            "Skills and abilities",
            "Able to move and position patients safely using moving and handling equipment",
            "E",
            "I",
        ),
        ("Skills and abilities", "Able to keep accurate records, including theatre registers", "E", "A / I"),
        ("Knowledge", "Basic understanding of what happens during a caesarean section", "D", "I"),
        ("Knowledge", "Understanding of the importance of patient dignity and privacy", "E", "I"),
        ("Other", "Able to work long days, nights and weekends on a rota", "E", "A / I"),
        ("Other", "Occupational health clearance, including hepatitis B immunity", "E", "Pre-employment checks"),
        ("Other", "Evidence of the right to work in the UK", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "Key: E = essential, D = desirable. A = application form, I = interview, N/A = not assessed at shortlisting."
    )
    document.add_paragraph(
        "No theatre experience? That is fine: you will work alongside an experienced theatre support worker "
        "until you are signed off. We offer 27 days' annual leave plus bank holidays, the NHS Pension, unsocial "
        "hours payments, free staff parking at West Middlesex and a staff shuttle bus to Chelsea."
    )
    save(document, "a2_obstetric_theatre_healthcare_assistant.docx")


def a3_paediatric_day_case_healthcare_assistant() -> None:
    """Essential and Desirable side by side per category, one or two lines a cell: an apprenticeship offer in a
    Desirable cell, "No hospital experience needed ..." and an enhanced DBS line in Essential cells, "N/A" in the
    Knowledge Desirable cell and the Personal qualities Desirable cell empty; the band and closing date in short
    lines under the title, a "You must ..." duty in a paragraph."""
    document = blank_docx("Arial")
    document.add_heading("Paediatric Day Case Healthcare Assistant", level=1)
    document.add_paragraph("The Hillingdon Hospitals NHS Foundation Trust")
    document.add_paragraph("Children's Day Surgery Unit, Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN")
    document.add_paragraph("Band 2  |  30 hours a week  |  Permanent")
    document.add_paragraph("Closing date: Sunday 6 February 2028")
    document.add_heading("About the unit", level=2)
    document.add_paragraph(
        "Every weekday, and on some Saturdays, up to 25 children come to our day unit for operations and "
        "procedures such as grommets, tonsils, dental work under general anaesthetic and small plastic surgery, "
        "and most go home the same evening. As a healthcare assistant you will help the nurses get each child "
        "ready, go with them and their parent to the anaesthetic room, and look after them as they wake up. You "
        "must check every child's name band against the theatre list with a parent present before the child "
        "leaves the ward. You will also keep the play area, bed spaces and stock rooms clean and tidy."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good basic standard of literacy and numeracy",
            "Level 2 qualification in health and social care or childcare\n"
            "Funded place on the Senior Healthcare Support Worker apprenticeship after your first year",
        ),
        (
            "Experience",
            "Experience of caring for babies, children or young people, paid or voluntary\n"
            f"No hospital experience needed {DASH} you will complete the Care Certificate in your first 12 weeks",
            "Experience of working in a hospital or clinic",
        ),
        (
            "Skills",
            "Able to reassure children and their parents before and after a procedure\n"
            "Able to follow instructions from the nurse in charge accurately",
            "Able to take and record a child's temperature, pulse and breathing rate",
        ),
        (
            "Knowledge",
            "Awareness of safeguarding children and what to do if you have a concern",
            "N/A",
        ),
        ("Personal qualities", "A caring and patient approach to children of all ages", ""),
        (
            "Other",
            "Able to work shifts between 7.30am and 8pm, including some Saturdays\n"
            f"Enhanced DBS check with the children's barred list {DASH} the Trust pays the fee",
            "Speaks a community language used in Hillingdon, such as Punjabi, Polish or Somali",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension; Outer London High "
        "Cost Area Supplement; free eye tests; an on-site nursery; and no night shifts. Applicants must have the "
        "right to work in the UK, as we are unable to offer sponsorship for Band 2 posts."
    )
    save(document, "a3_paediatric_day_case_healthcare_assistant.docx")


def a8_community_insulin_support_worker() -> None:
    """Headed lists in Word: "Essential" and "Desirable" headings over paragraphs in the List Bullet style (the
    bullets are list formatting, not characters), the last Essential bullet a competency assessment the job gives;
    a "You must never ..." duty among the duties, then training, eligibility and benefits sections."""
    document = blank_docx("Calibri")
    document.add_paragraph().add_run("London North West University Healthcare NHS Trust").bold = True
    document.add_heading("Community Insulin Support Worker", level=1)
    document.add_paragraph(f"Ealing Community Services {DASH} District Nursing (Acton, Ealing and Southall)")
    document.add_paragraph("Band 3  |  37.5 hours a week, 8am to 4pm including alternate weekends  |  Permanent")
    document.add_paragraph("Closing date: 12 March 2028")
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "Many people with diabetes in Ealing cannot give their own insulin because of memory problems, poor "
        "eyesight or frailty, and a district nurse visits them every morning and evening. Our insulin support "
        "workers take on many of these visits once they are trained and signed off, so that the nurses can spend "
        "their time on the patients who need them most."
    )
    document.add_heading("What the job involves", level=2)
    for duty in [
        "Visiting patients at home to check their blood glucose and give insulin with a pen device, following "
        "the plan written by the district nurse",
        "Checking feet and skin at each visit and reporting any change to the nurse in charge",
        "Recording every visit on the mobile record before you leave the patient's home",
        f"You must never give insulin if the dose on the chart has been changed by hand {DASH} phone the duty "
        "nurse instead",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Essential", level=2)
    for line in [
        "Experience of caring for adults in a health or social care setting",
        "Care Certificate or Level 2 in Health and Social Care",
        "Able to follow a written care plan exactly and report anything unusual to a registered nurse",
        "Good numeracy, including reading doses and blood glucose results accurately",
        "Able to explain things simply to patients who have memory problems or limited English",
        "Able to travel independently between patients' homes across Ealing",
        "Completion of our insulin administration competency assessment within your first eight weeks",
    ]:
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("Desirable", level=2)
    for line in [
        "Experience of supporting people with diabetes",
        "Experience of recording care on a mobile device or electronic record",
        "Knowledge of how to recognise a low blood sugar (hypo)",
    ]:
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("Training we give", level=2)
    document.add_paragraph(
        "Two weeks of classroom training with our diabetes specialist nurses, then supervised visits until you "
        "are signed off. You will also be trained to use blood glucose meters, to recognise and treat a hypo and "
        "to use the mobile record."
    )
    document.add_heading("Before you apply", level=2)
    document.add_paragraph(
        "You must have the right to work in the UK; this post does not meet the rules for visa sponsorship. The "
        "post needs an enhanced DBS check with the adults' barred list, which we pay for."
    )
    document.add_heading("What we offer", level=2)
    for line in [
        "27 days' annual leave rising to 33, plus bank holidays",
        "NHS Pension Scheme and Outer London High Cost Area Supplement",
        "A Trust mobile phone and an Oyster travel card for work journeys",
        "Cycle-to-work scheme and NHS discounts",
    ]:
        document.add_paragraph(line, style="List Bullet")
    save(document, "a8_community_insulin_support_worker.docx")


A4_ITEMS = [
    ("title", f"Community Nursing Assistant {DASH} Evening and Night Service"),
    ("bold", f"Central London Community Healthcare NHS Trust {DASH} Evening and Night Nursing Service"),
    ("body", "Parkview Centre for Health and Wellbeing, Cranston Court, London W12 7FG"),
    ("gap", ""),
    ("body", "Band 3  |  \u00a330,890 to \u00a332,720 a year plus Inner London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Evenings 4pm to midnight and nights 10pm to 8am"),
    (
        "body",
        "Applications close: Thursday 10 February 2028 at 23:59. Interviews are planned for Monday 21 February 2028.",
    ),
    ("heading", "About the role"),
    (
        "body",
        "Our evening and night nurses visit people at home across Hammersmith and Fulham after the day teams "
        "have gone home: people at the end of their lives, people with catheters or dressings that need "
        "checking, and people who need insulin or pain relief before bed. You will work with a registered nurse "
        "on a shared caseload and make some visits on your own.",
    ),
    ("heading", "What you'll be doing"),
    ("body", BULLET + "Personal care, pressure area care and repositioning for people who are very unwell"),
    ("body", BULLET + "Catheter checks and simple observations, reported to the nurse by phone"),
    ("body", BULLET + "Sitting with families and helping them to feel confident through the night"),
    (
        "body",
        BULLET + "You must phone the night coordinator before and after every visit you make alone between 11pm "
        "and 7am",
    ),
    ("heading", "Essential criteria"),
    ("body", BULLET + "Experience of giving personal care to adults in a paid care role"),
    ("body", BULLET + "Confident working on your own in patients' homes and knowing when to ask for help"),
    ("body", BULLET + "Able to travel between patients' homes across the borough in the evening and at night"),
    ("body", BULLET + "Good spoken and written English, to pass on clear information to the registered nurse"),
    ("body", BULLET + "Able to use a smartphone or tablet to record visits"),
    ("body", BULLET + "Able to work evening and night shifts, including weekends"),
    (
        "body",
        BULLET + f"You don't need community nursing experience {DASH} you will shadow our day team for your first "
        "four weeks before working nights",
    ),
    ("heading", "Desirable criteria"),
    ("body", BULLET + "Care Certificate or NVQ Level 2 in Health and Social Care"),
    ("body", BULLET + "Experience of supporting people at the end of their life"),
    ("body", BULLET + "Full UK driving licence"),
    ("heading", "Training and support"),
    (
        "body",
        "You will complete the Care Certificate with us if you have not done it already, and we will train you in "
        "catheter care, pressure ulcer prevention, end of life care and lone working. Each shift starts with a "
        "handover from the day team and you can phone the nurse in charge at any time.",
    ),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK, and we cannot sponsor a visa for this post. The post needs an "
        "enhanced DBS check with the adults' barred list. You do not need a car: the service pays for taxis "
        "between visits after 10pm.",
    ),
    ("heading", "What we offer"),
    ("body", BULLET + "Night and weekend enhancements on top of basic pay"),
    ("body", BULLET + "27 days' annual leave rising to 33, plus bank holidays"),
    ("body", BULLET + "NHS Pension Scheme, Blue Light Card and NHS discounts"),
    ("body", BULLET + "Free flu vaccination and a staff health and wellbeing service"),
]

A5_ITEMS = [
    ("title", "Early Pregnancy Unit Healthcare Assistant"),
    ("body", "Women's Health, London North West University Healthcare NHS Trust"),
    ("body", "Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our Early Pregnancy Unit sees women who have pain or bleeding in the first 20 weeks of pregnancy, "
        "usually with an ultrasound scan and blood tests on the same visit. We are looking for a healthcare "
        "assistant to join the team at Band 2, working 30 hours a week from Monday to Friday. The closing date "
        "is 15 February 2028 and interviews will be held on 29 February 2028.",
    ),
    (
        "body",
        "You will welcome women and their partners, book and confirm appointments, take observations, prepare "
        "the scan room and chaperone during examinations. You must check the identity of every woman against "
        "two identifiers before any sample is labelled or any result is given. You do not need any experience "
        "of early pregnancy care before you start.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked with the public in a caring or customer-facing role. You must be "
        "able to speak gently and sensitively to women who are frightened or have just had bad news about their "
        "pregnancy. Good organisational skills are essential, because the clinic runs to a tight appointment "
        "list. It is essential that you understand why patients' personal information must be kept "
        "confidential. You must be able to use a computer to book appointments and record information.",
    ),
    (
        "body",
        "Experience of working in a healthcare setting would be beneficial. Phlebotomy training would be an "
        "advantage. Speaking Gujarati, Tamil or another language widely used in Harrow and Brent is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post cannot be sponsored, and "
        "the successful applicant will need an enhanced DBS check. Everyone new to care completes the Care "
        "Certificate in their first 12 weeks, and we will train you to take blood once you have settled in. You "
        "will benefit from 27 days' annual leave plus bank holidays, the NHS Pension, free counselling through "
        "our staff wellbeing service and a discounted staff car park. We would love to hear from you even if you "
        "do not meet every point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    a1_maternity_triage_support_worker()
    a2_obstetric_theatre_healthcare_assistant()
    a3_paediatric_day_case_healthcare_assistant()
    (ADVERTS / "a4_community_nursing_assistant_evening_night.pdf").write_bytes(pdf_bytes(A4_ITEMS, title=(16, 60)))
    (ADVERTS / "a5_early_pregnancy_unit_healthcare_assistant.pdf").write_bytes(pdf_bytes(A5_ITEMS, title=(16, 60)))
    a8_community_insulin_support_worker()


if __name__ == "__main__":
    main()
