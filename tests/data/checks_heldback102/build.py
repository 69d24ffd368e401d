"""Build the Word and PDF adverts of the hundred-and-second held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback102/build.py`. The generated files are
committed, so nothing needs this script to score the set; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`. Each Word file is saved with fixed core-property dates and fixed
zip time stamps, so a rebuild is byte for byte the same. The pasted-text adverts (w7 and w8) are plain files and are
not built here.
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

TICK = "\u2713"  # a plain check mark in the level column; the other level cell is left empty
DASH = "\u2013"
POUND = "\u00a3"
BULLET = "\u2022"
WRITTEN = dt.datetime(2029, 2, 1, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 1, 9, 30, 0)


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=WRITTEN, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Word


def w1_prison_pharmacy_support_worker() -> None:
    """Shape 1: tick columns with category rows merged across the table. The employer only in the page header, the
    closing date only in the page footer, the band in a "|" line under the title; four ticked-Essential rows that are
    not criteria (training the job gives, "not needed", a "Must ..." duty and vetting)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Central and North West London NHS Foundation Trust"
    section.footer.paragraphs[
        0
    ].text = (
        "Health and Justice Services \u00b7 Job ref 333-HJ-4471-W \u00b7 Closes 05/03/2029 \u00b7 Interviews 14/03/2029"
    )
    document.add_heading("Prison Pharmacy Support Worker", level=1)
    document.add_paragraph(
        f"Band 3  |  {POUND}28,740 to {POUND}30,460 a year including High Cost Area Supplement  |  37.5 hours a week  "
        "|  Permanent"
    )
    document.add_paragraph("Base: the pharmacy at HMP Wormwood Scrubs, Du Cane Road, London W12")
    document.add_heading("About the pharmacy", level=2)
    document.add_paragraph(
        "Our pharmacy team supplies every medicine given out at Wormwood Scrubs, a men's prison that holds around "
        "1,200 people, most of them on remand or serving short sentences. Most men collect their medicines from "
        "hatches on the wings twice a day, and some keep a week's supply in their cells. The team is three "
        "pharmacists, four technicians and six support workers, and we work closely with the prison's nurses and GPs."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Receive, check and put away deliveries from our wholesalers, and rotate stock so the shortest dates go first",
        "Pick and label medicines for the wing hatches and for men who hold their own supply",
        "Take the medicine trolleys to the wings with a nurse and an officer, and bring back what is not used",
        "Answer the pharmacy phone and pass clinical questions to a technician or pharmacist",
        "Help with the monthly audit of stock held in the healthcare centre and on the wings",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["What we are looking for", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, ""),
        ("Level 2 Certificate in Pharmaceutical Science or another pharmacy support qualification", "", TICK),
        ("Completion of prison key, radio and security training in your first two weeks", TICK, ""),
        ("Experience",),
        ("Experience of working in a pharmacy, dispensary or medicines store", TICK, ""),
        ("Previous prison experience is not needed", TICK, ""),
        ("Experience of working in a prison, secure hospital or other secure setting", "", TICK),
        ("Skills and abilities",),
        ("Able to count, check and record stock accurately", TICK, ""),
        ("Able to stay calm and polite when a patient is angry or upset about their medicines", TICK, ""),
        ("Able to use a computer to order stock and keep records", TICK, ""),
        ("Must check the medicines fridge and sign the temperature log at the start of every shift", TICK, ""),
        ("Experience of using SystmOne", "", TICK),
        ("Other",),
        ("Enhanced DBS check and prison security vetting", TICK, ""),
        ("Able to start at 7am on weekdays and work one Saturday in three", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("Why work with us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave rising to 33 with service, plus bank holidays, the NHS Pension, a free "
        "lunch on Saturday shifts and a funded place on the Level 2 Certificate in Pharmaceutical Science if you do "
        "not hold it yet. You must have the right to work in the UK; we cannot sponsor a visa for this post. For an "
        "informal talk, ring the pharmacy manager on 020 7946 0731."
    )
    _save(document, "w1_prison_pharmacy_support_worker.docx")


def w2_immigration_removal_centre_mental_health_support_worker() -> None:
    """Shape 2: rows marked E or D with a "How assessed" column, the area merged down the first column (not bold).
    The employer, job title and band on one bold opening line; the closing date only in the last paragraph; three
    rows marked E that are not criteria (training given, a "Must ..." duty, the right to work)."""
    document = blank_docx("Calibri")
    opening = document.add_paragraph()
    opening.add_run(
        f"West London NHS Trust {DASH} Immigration Removal Centre Mental Health Support Worker, Band 4"
    ).bold = True
    document.add_paragraph(
        "Mental Health In-Reach Team, Harmondsworth Immigration Removal Centre, Colnbrook Bypass, Harmondsworth. "
        "37.5 hours a week on a rota of long days. Fixed term for two years, with the hope of making it permanent."
    )
    document.add_heading("About the team", level=2)
    document.add_paragraph(
        "Harmondsworth holds men waiting for a decision on their immigration case or for removal from the UK. Many "
        "have lived through war, torture or trafficking, and the uncertainty of detention can make old wounds much "
        "worse. Our in-reach team of nurses, a psychologist and support workers sees men on the residential units, in "
        "the healthcare centre and in the care and separation unit. Interpreters are on hand by phone all day."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Meet men referred by the nurses, the GP or centre staff, and offer regular one-to-one support sessions",
        "Run wellbeing, sleep and relaxation groups with the team's psychologist",
        "Take part in case reviews for men at risk of self-harm and help them keep to their care plans",
        "Go with men to appointments in the healthcare centre and help them explain what they need",
        "Keep the team's records up to date and pass on any worry about a man's safety straight away",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Requirement", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "Level 3 qualification in health and social care, mental health or a related subject",
            "E",
            "AF",
        ),
        ("Qualifications", "Mental Health First Aid certificate", "D", "AF"),
        ("Qualifications", "Breakaway and de-escalation training, completed during induction", "E", "N/A"),
        (
            "Experience",
            "At least one year's experience of supporting people with mental health problems, paid or voluntary",
            "E",
            "AF / INT",
        ),
        (
            "Experience",
            "Experience of working with refugees, asylum seekers or people in immigration detention",
            "D",
            "AF / INT",
        ),
        ("Skills", "Able to build trust with people who are frightened, angry or withdrawn", "E", "INT"),
        ("Skills", "Able to write clear, factual notes on an electronic record", "E", "WE"),
        ("Skills", "Able to run or co-run group activities such as relaxation or wellbeing sessions", "D", "INT"),
        ("Skills", "Must carry a personal alarm and radio at all times inside the centre", "E", "N/A"),
        (
            "Knowledge",
            "Understanding of how trauma and detention can affect a person's mental health",
            "E",
            "INT",
        ),
        ("Knowledge", "Knowledge of the ACDT process for people at risk of self-harm", "D", "INT"),
        ("Other", "Able to work a rota of long days, including weekends and bank holidays", "E", "AF / INT"),
        ("Other", "Right to work in the UK; this post cannot be sponsored", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_paragraph("AF = application form, INT = interview, WE = written exercise on the interview day.")
    document.add_paragraph(
        "Working in the centre needs an enhanced DBS check and Home Office security clearance, which can take up to "
        "ten weeks. We offer 27 days' annual leave plus bank holidays, the NHS Pension, free parking and clinical "
        "supervision every month. Applications close at midnight on Friday 9 March 2029, and interviews will be held "
        "at Harmondsworth on Tuesday 20 March 2029. Questions to the team leader at irc.inreach@example.com."
    )
    _save(document, "w2_immigration_removal_centre_mental_health_support_worker.docx")


def w3_prison_healthcare_receptionist() -> None:
    """Shape 3: Essential and Desirable side by side per category. The title as the heading; band and closing date in
    a details table with no header row; the employer only in the page footer; a "You must ..." duty in the role
    paragraph; a "no experience needed" line in an Essential cell, an empty Desirable cell and a welcome line under
    the language criterion."""
    document = blank_docx("Verdana")
    section = document.sections[0]
    section.footer.paragraphs[0].text = "Hammersmith and Fulham GP Federation \u2022 Healthcare in Justice"
    document.add_heading("Prison Healthcare Receptionist", level=1)
    label_value_table(
        document,
        [
            ("Pay band", "Band 2"),
            ("Salary", f"{POUND}26,530 a year including High Cost Area Supplement"),
            ("Where", "Healthcare centre, HMP Wormwood Scrubs, Du Cane Road, London W12"),
            ("Hours", "37.5 hours a week on shifts, Monday to Friday"),
            ("Closing date", "Monday 12 March 2029"),
            ("Interviews", "Thursday 22 March 2029"),
        ],
    )
    document.add_heading("The role", level=2)
    document.add_paragraph(
        "Our GPs, nurses and visiting clinics see more than 150 men a day in the healthcare centre at Wormwood Scrubs. "
        "The reception team keeps those clinics running: booking men in from the applications they send to "
        "healthcare, printing the daily movement lists that tell officers who to bring over, answering the phones "
        "from the wings and greeting visiting clinicians. You must check each man's name, prison number and photo "
        "before booking him in, because men with the same or similar names are common."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good standard of English and maths, such as GCSE or Functional Skills Level 2",
            "Customer service or business administration qualification at Level 2",
        ),
        (
            "Experience",
            "Experience of working on a reception desk or switchboard\n"
            f"No healthcare experience needed {DASH} we train you on SystmOne and on our prison procedures",
            "Experience of working in a GP surgery or health centre",
        ),
        (
            "Skills",
            "Able to book and change appointments accurately on a computer system\n"
            "Able to stay calm and firm when patients or staff are demanding",
            "Experience of using SystmOne or EMIS",
        ),
        ("Knowledge", "Understanding of why patient information must be kept confidential", ""),
        (
            "Other",
            "Able to work shifts between 7.30am and 6.30pm, Monday to Friday",
            "Speaks Polish, Romanian, Arabic or another language common at the prison\n"
            "We welcome applicants with lived experience of the justice system",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "25 days' annual leave plus bank holidays, the NHS Pension, a staff wellbeing programme and no weekend work. "
        "The post needs an enhanced DBS check and prison vetting before you start. Applicants need the right to work "
        "in the UK; we are not a licensed sponsor."
    )
    _save(document, "w3_prison_healthcare_receptionist.docx")


def w4_prison_social_care_support_worker() -> None:
    """Shape 4: an Essential row and a Desirable row per area, the area merged down over both (bold). Title and band
    only in the page header; the employer inside the first sentence; the closing date on a bold line of its own;
    not criteria: "You do not need ..." under Experience, a training line alone in the Knowledge Desirable row, a
    vetting line under Other and "None" in the Other Desirable row."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Prison Social Care Support Worker (Band 3)"
    document.add_heading("Job description and person specification", level=1)
    document.add_paragraph(
        "Central London Community Healthcare NHS Trust provides social care for older and disabled men at HMP "
        "Wormwood Scrubs, on behalf of the local council, so that men who need help with daily living get it inside "
        "the prison just as they would at home. We are looking for a support worker to join a team of eight."
    )
    closing = document.add_paragraph()
    closing.add_run(
        "Closing date 16/03/2029  \u00b7  Interviews 27/03/2029  \u00b7  Reference 392-CLCH-0714"
    ).bold = True
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "You will visit men in their cells and on the healthcare unit to help them wash, dress, eat and move around "
        "safely, following each man's care and support plan. Many of the men you support are over 60, some live with "
        "dementia or after a stroke, and a few use wheelchairs. Shifts run from 7am to 3pm or from 1pm to 9pm, with "
        "weekends on a rota."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Give personal care in line with each man's plan, treating him with dignity and respect",
        "Use hoists, slide sheets and standing aids, and check equipment before each use",
        "Write up every visit on the care record before the end of the shift",
        "Encourage men to take part in gentle exercise and in the activities on their wing",
        "Report any concern about a man's safety or wellbeing to the shift lead the same day",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        (
            "Qualifications",
            "Essential",
            "Care Certificate, or a Level 2 qualification in health and social care",
        ),
        ("Qualifications", "Desirable", "Level 3 Diploma in Adult Care"),
        (
            "Experience",
            "Essential",
            "Experience of giving personal care to adults, such as washing, dressing and help with eating\n"
            "You do not need to have worked in a prison before",
        ),
        ("Experience", "Desirable", "Experience of caring for older people or people living with dementia"),
        (
            "Skills",
            "Essential",
            "Able to use moving and handling equipment, such as hoists and slide sheets, safely\n"
            "Able to keep accurate daily care records",
        ),
        (
            "Skills",
            "Desirable",
            "Experience of helping people keep active, for example with exercises set by a physiotherapist",
        ),
        ("Knowledge", "Essential", "Understanding of how to recognise and report abuse or neglect of an adult"),
        (
            "Knowledge",
            "Desirable",
            "Full training in prison security, keys and radio use is given in your first fortnight",
        ),
        (
            "Other",
            "Essential",
            "Able to work early, late and weekend shifts on a rota\nEnhanced DBS check and prison vetting clearance",
        ),
        ("Other", "Desirable", "None"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, unsocial hours payments, the NHS Pension and a Blue Light Card. "
        "We will support you to complete the Level 3 Diploma in Adult Care once you have passed probation. You must "
        "have the right to work in the UK, as we are unable to sponsor visas for this role."
    )
    _save(document, "w4_prison_social_care_support_worker.docx")


# ---------------------------------------------------------------------------------------------------------- PDF

W5_ITEMS = [
    ("bold", "Central and North West London NHS Foundation Trust"),
    ("title", "Immigration Removal Centre Substance Misuse Support Worker"),
    ("body", "Colnbrook Recovery Service, Colnbrook Immigration Removal Centre, Colnbrook Bypass, Harmondsworth"),
    ("gap", ""),
    ("body", f"Band 3  \u00b7  {POUND}28,740 to {POUND}30,460 a year including High Cost Area Supplement"),
    ("body", "Permanent  \u00b7  37.5 hours a week on 12-hour shifts"),
    ("heading", "About the service"),
    (
        "body",
        "Colnbrook holds men and women who are waiting to be removed from the UK or for a decision on their "
        "case, some for a few days and some for many months. A good number arrive using drugs or alcohol, or "
        "on prescribed methadone or buprenorphine, and detention is a risky time for them. Our small recovery "
        "team works alongside the healthcare centre to keep people safe and to give them somewhere to turn.",
    ),
    ("heading", "What you'll be doing"),
    ("body", f"{BULLET} Seeing every new arrival who tells the nurses they use drugs or alcohol, within a day"),
    ("body", f"{BULLET} Offering one-to-one sessions and helping people make their own plans to cut down or stay safe"),
    ("body", f"{BULLET} Giving out naloxone kits and harm reduction advice before people are released or removed"),
    (
        "body",
        f"{BULLET} You must never carry messages or items between people held at the centre, however small the "
        "request, and you must report any such request to the security team",
    ),
    ("body", f"{BULLET} Helping to run the weekly recovery group and the mutual aid meeting on Sunday evenings"),
    ("heading", "What we need from you"),
    ("bold", "The person we need"),
    ("body", f"{BULLET} Experience of supporting people who use drugs or alcohol, paid or voluntary"),
    ("body", f"{BULLET} Able to talk with people about their drug or alcohol use without judging them"),
    ("body", f"{BULLET} Good spoken and written English, including writing up notes on the same day"),
    ("body", f"{BULLET} Able to explain overdose risk and how naloxone is used, in simple words"),
    ("body", f"{BULLET} Able to work well alongside nurses, doctors and detention centre officers"),
    ("body", f"{BULLET} Able to work 8am to 8pm shifts, including one weekend in four"),
    (
        "body",
        f"{BULLET} You don't need to have worked in a detention centre before {DASH} you'll spend your first three "
        "weeks shadowing the team",
    ),
    ("bold", "Nice to have, though not essential"),
    ("body", f"{BULLET} A Level 2 or Level 3 qualification in substance misuse or in health and social care"),
    (
        "body",
        f"{BULLET} Speaks a language used by people held at the centre, such as Albanian, Arabic, Punjabi, Urdu "
        "or Vietnamese",
    ),
    ("body", f"{BULLET} Experience of running group sessions"),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through the Trust's careers site by 23:59 on Monday 19 March 2029. Interviews will be on Wednesday 28 "
        "March 2029 at Colnbrook. You will need the right to work in the UK (we cannot offer sponsorship), an "
        "enhanced DBS check and Home Office security clearance before you start.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET} 27 days' annual leave rising to 33, plus bank holidays"),
    ("body", f"{BULLET} NHS Pension, free parking on site and a subsidised staff canteen"),
    ("body", f"{BULLET} Monthly supervision and a funded Level 3 certificate in substance misuse after probation"),
]

W6_ITEMS = [
    ("title", "Prison Blood-Borne Virus Screening Assistant"),
    ("bold", "Hepatology and Viral Hepatitis Service, Imperial College Healthcare NHS Trust"),
    ("body", "Working in HMP Wormwood Scrubs, with time at Hammersmith Hospital, Du Cane Road, London W12"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Every man who arrives at Wormwood Scrubs is offered a test for hepatitis B, hepatitis C and HIV, and many "
        "who test positive are now treated and cured before they leave. We are looking for a screening assistant to "
        "join our prison team at Band 3, working 37.5 hours a week, Monday to Friday. Applications close on "
        "Wednesday 21 March 2029, and interviews will take place on Tuesday 3 April 2029.",
    ),
    (
        "body",
        "You will run testing sessions in the reception area and on the wings, take dried blood spot samples, enter "
        "results on our database and arrange treatment appointments with our nurses. You must offer a test to every "
        "man within seven days of his arrival and record his answer, whether he says yes or no. You do not need any "
        "clinical qualification before you start, as full training is given.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked with members of the public in a health, care or advice setting. You "
        "must be able to explain a test and what its result means in plain English to people who may not read well. "
        "It is essential that you can keep accurate records on a computer, including spreadsheets. You must be "
        "willing to work on the prison wings, including the segregation unit, and to carry keys once trained. A "
        "non-judgemental attitude towards people who use drugs is essential. It is essential that you understand how "
        "hepatitis B, hepatitis C and HIV are passed on.",
    ),
    (
        "body",
        "Experience of taking blood would be beneficial. A qualification in health and social care at Level 2 or "
        "above would be an advantage. Experience of health promotion or peer education work would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "Prison vetting is essential before anyone can start, and it usually takes about eight weeks, so we will "
        "make an offer subject to vetting, an enhanced DBS check and the right to work in the UK; this post is not "
        "eligible for visa sponsorship. We will train you in phlebotomy and in dried blood spot testing during your "
        "first month. The post comes with 27 days' annual leave plus bank holidays, the NHS Pension and a season "
        "ticket loan. We particularly welcome applications from people with their own experience of prison or of "
        "hepatitis C.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply online with a supporting statement. For a chat about the role, email the team at "
        "bbv.prison@example.com or ring 020 7946 0529.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    w1_prison_pharmacy_support_worker()
    w2_immigration_removal_centre_mental_health_support_worker()
    w3_prison_healthcare_receptionist()
    w4_prison_social_care_support_worker()
    (ADVERTS / "w5_immigration_removal_centre_substance_misuse_support_worker.pdf").write_bytes(
        pdf_bytes(W5_ITEMS, title=(15, 62))
    )
    (ADVERTS / "w6_prison_blood_borne_virus_screening_assistant.pdf").write_bytes(pdf_bytes(W6_ITEMS, title=(16, 58)))


if __name__ == "__main__":
    main()
