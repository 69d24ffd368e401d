"""Build the Word and PDF adverts of held-back set 107 from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback107/build.py`. The generated files are
committed, so nothing needs this script to read them; it is kept so they can be read and rebuilt. The Word and PDF
helpers are in `tests/data/advert_files.py`. Every Word file is saved with fixed core-property dates and fixed zip
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
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

TICK = "\u2713"  # a check mark in the column that applies
NOT_THIS = "-"  # a hyphen in the other one
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2029, 2, 12, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 12, 10, 30, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_ecg_clinic_assistant() -> None:
    """Closing date and reference only in the page header, employer only in the page footer; the title as the
    heading and the band on a bold line under it; duties as Word bullets; a tick column and a hyphen column with
    category rows merged across, and four ticked-Essential rows that are not criteria (a workbook the job gives,
    "No previous ECG experience is needed", a "Must check ..." duty and a DBS row)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Closing date: Monday 12 March 2029  |  Job reference 362-MED-7740"
    section.footer.paragraphs[
        0
    ].text = (
        "London North West University Healthcare NHS Trust \u00b7 Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"
    )
    document.add_heading("ECG Clinic Assistant", level=1)
    document.add_paragraph().add_run("Agenda for Change Band 2").bold = True
    document.add_paragraph(
        "Cardiology Department, Northwick Park Hospital. Permanent, 37.5 hours a week, Monday to Friday between "
        "8am and 6pm, with one later clinic each week."
    )
    document.add_heading("About the department", level=2)
    document.add_paragraph(
        "Our walk-in ECG clinic sees up to 140 people a day, sent by GPs, outpatient clinics and the pre-operative "
        "assessment unit. Most visits take ten minutes, but for many patients it is their first heart test and "
        "they arrive worried. You will work alongside two cardiac physiologists and a team of four assistants."
    )
    document.add_heading("What the job involves", level=2)
    for duty in [
        "Welcome patients, check their identity and book them in on Cerner",
        "Record resting 12-lead ECGs once you have been signed off as competent, and pass any trace that looks "
        "abnormal straight to the physiologist on duty",
        "Act as a chaperone and make sure every patient is covered and has privacy while they are undressed",
        "Scan paper request forms and file completed reports in the patient record",
        "Keep the clinic rooms clean and tidy between patients",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Good standard of English and maths, such as GCSE grade 4 (C) or above", TICK, NOT_THIS),
        (
            "Completion of the department's ECG competency workbook within your first three months",
            TICK,
            NOT_THIS,
        ),
        ("Certificate in 12-lead ECG recording from a recognised course", NOT_THIS, TICK),
        ("Experience",),
        ("Experience of working with patients or the public in a health or care setting", TICK, NOT_THIS),
        ("No previous ECG experience is needed", TICK, NOT_THIS),
        ("Experience of recording 12-lead ECGs", NOT_THIS, TICK),
        ("Skills and abilities",),
        ("Able to put anxious or frail patients at ease and explain what will happen", TICK, NOT_THIS),
        ("Good keyboard skills and able to enter patient details accurately", TICK, NOT_THIS),
        (
            "Must check each ECG machine and restock electrodes and paper at the start of every clinic",
            TICK,
            NOT_THIS,
        ),
        ("Knowledge",),
        ("Understanding of why privacy and dignity matter when a patient has to undress", TICK, NOT_THIS),
        ("Basic knowledge of how the heart works and its electrical activity", NOT_THIS, TICK),
        ("Other",),
        ("Satisfactory standard DBS check", TICK, NOT_THIS),
        ("Able to work one late clinic a week, finishing at 8pm", TICK, NOT_THIS),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, rising with service; the NHS Pension Scheme; Outer London High "
        "Cost Area Supplement; free flu jabs and a staff physiotherapy service. You will need the right to work in "
        "the UK, and the post is offered subject to two references."
    )
    save(document, "v1_ecg_clinic_assistant.docx")


def v2_healthcare_science_assistant_echocardiography() -> None:
    """Employer in bold on the first line, then the department and address; the title as the heading; band, pay,
    hours and contract on one line; numbered duties with a "You must ..." one; rows marked E or D under
    "Category | Criteria | E/D | How assessed" with the category merged down (not bold) and three rows marked E
    that are not criteria; the key; "You do not need ..." after it; the closing date only under How to apply."""
    document = blank_docx("Calibri")
    document.add_paragraph().add_run("Imperial College Healthcare NHS Trust").bold = True
    document.add_paragraph("Cardiac Sciences, Hammersmith Hospital, Du Cane Road, London W12 0HS")
    document.add_heading(f"Healthcare Science Assistant {DASH} Echocardiography", level=1)
    document.add_paragraph(
        f"Band 3  |  {POUND}29,970 to {POUND}31,760 a year including High Cost Area Supplement  |  37.5 hours  |  "
        "Permanent"
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The echocardiography department performs around 18,000 heart scans a year for inpatients, outpatients "
        "and the heart attack centre. As a Healthcare Science Assistant you will keep the scanning lists running: "
        "getting patients ready, helping the echocardiographers during scans and looking after the equipment."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Collect patients from the waiting area and the wards, check their details and explain what will happen.",
        "Help patients to change and to position themselves on the couch, and stay with them when asked to chaperone.",
        "Attach ECG leads for the scan and take observations when the echocardiographer asks for them.",
        "Book follow-up scans and keep the department's worklists up to date.",
        "You must never start a stress echo list until the resuscitation trolley check has been signed for that day.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Education and training",
            "GCSEs (or equivalent) in English, maths and a science at grade 4 or above",
            "E",
            "A",
        ),
        ("Education and training", "Level 3 qualification in a science or health subject", "D", "A"),
        (
            "Education and training",
            "Trust echocardiography support induction, completed during your first month",
            "E",
            "N/A",
        ),
        ("Experience", "Experience in a patient-facing role in a hospital or clinic", "E", "A / I"),
        ("Experience", "Experience of helping with imaging, scanning or other diagnostic tests", "D", "A / I"),
        (
            "Skills",
            "Able to help patients with limited mobility on and off an examination couch safely",
            "E",
            "I",
        ),
        ("Skills", "Able to measure and record height, weight and blood pressure accurately", "E", "I / T"),
        ("Skills", "Confident using a computer to book appointments and find patient records", "E", "A / T"),
        (
            "Skills",
            "Must clean and check each probe between patients following the decontamination procedure",
            "E",
            "N/A",
        ),
        ("Knowledge", "Awareness of infection prevention and control, including hand hygiene", "E", "I"),
        ("Knowledge", "Knowledge of what an echocardiogram shows and why it is requested", "D", "I"),
        ("Other", "Able to work on a rota that includes Saturday morning lists", "E", "I"),
        ("Other", "Right to work in the UK (this post is not eligible for visa sponsorship)", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_paragraph("How assessed: A = application, I = interview, T = practical task on the day.")
    document.add_paragraph(
        "You do not need any experience of heart scans: our echocardiographers will train you on the job. The "
        "post needs a standard DBS check."
    )
    document.add_heading("How to apply", level=2)
    document.add_paragraph(
        "Applications close at midnight on Friday 16 March 2029, and interviews will be held at Hammersmith "
        "Hospital on Wednesday 28 March 2029. We offer 27 days' annual leave plus bank holidays, the NHS Pension, "
        "a season ticket loan and access to staff networks."
    )
    save(document, "v2_healthcare_science_assistant_echocardiography.docx")


def v3_lung_function_laboratory_assistant() -> None:
    """The employer as the first heading and the title as the second; the band inside the first sentence;
    closing date and reference only in the page footer; a "You must ..." duty in a paragraph; Essential and
    Desirable side by side per category, with a training offer as the second line of a Desirable cell, "not
    required" and right-to-work lines in Essential cells, "N/A" and an empty cell."""
    document = blank_docx("Arial")
    document.sections[0].footer.paragraphs[0].text = "Ref 297-LF-0318 \u00b7 Closing date 19/03/2029"
    document.add_heading("Chelsea and Westminster Hospital NHS Foundation Trust", level=1)
    document.add_heading("Lung Function Laboratory Assistant", level=2)
    document.add_paragraph(
        "This is a Band 2 post of 37.5 hours a week, Monday to Friday from 8am to 4pm, in the lung function "
        "laboratories at Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH, and West Middlesex "
        "University Hospital, Twickenham Road, Isleworth TW7 6AF."
    )
    document.add_heading("What you will do", level=2)
    document.add_paragraph(
        "Our respiratory physiologists test the breathing of around 6,000 adults a year, from simple blowing "
        "tests to full lung volumes in the body box. You will get each patient ready, measure their height and "
        "weight, prepare and clean the equipment, keep the stock room full and help with the simpler tests once "
        "trained. You must calibrate every spirometer with the 3-litre syringe each morning before the first "
        "patient arrives."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good general education, including English and maths at GCSE or equivalent",
            "Care Certificate\nFunded Level 3 apprenticeship in healthcare science after 12 months in post",
        ),
        (
            "Experience",
            "Experience of caring for or helping people, paid or voluntary\nPrevious hospital experience is not "
            "required",
            "Experience of working in a hospital outpatient department",
        ),
        (
            "Skills",
            "Able to follow written procedures step by step\nClear spoken English, to coach patients through "
            "breathing tests",
            "Speaks a second language used by local patients",
        ),
        (
            "Knowledge",
            "Understanding of the need to keep patient information confidential",
            "N/A",
        ),
        (
            "Other",
            "Willing to work at both Chelsea and West Middlesex hospitals as the rota needs\nProof of your right "
            "to work in the UK; we cannot offer visa sponsorship",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will receive 27 days' annual leave plus bank holidays, the NHS Pension, a free shuttle bus between "
        "our two hospitals and discounted gym membership. All offers depend on references and a standard DBS check."
    )
    save(document, "v3_lung_function_laboratory_assistant.docx")


def v4_sleep_studies_assistant_practitioner() -> None:
    """The employer only in the page header; the title and band together as the heading; service, address,
    contract and the closing and interview dates in the first paragraph; key duties as bullets; then
    "Heading | Essential or desirable | Criteria" with an Essential row and a Desirable row per heading, the
    heading merged down over both, a "no experience needed" line and a DBS line in Essential cells."""
    document = blank_docx("Calibri")
    document.sections[0].header.paragraphs[0].text = "The Hillingdon Hospitals NHS Foundation Trust"
    document.add_heading("Sleep Studies Assistant Practitioner (Band 4)", level=1)
    document.add_paragraph(
        "Respiratory and Sleep Service, Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN. Permanent, 37.5 "
        "hours a week. Closing date Thursday 22 March 2029; interviews Thursday 5 April 2029."
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "More than 2,000 people a year are referred to us with suspected sleep-disordered breathing. Most are "
        "tested at home overnight. The Assistant Practitioner runs the home testing clinics, visits patients who "
        "cannot come to the hospital, and helps the sleep physiologists by preparing recordings for reporting."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Set up home sleep study kits (overnight oximetry and respiratory polygraphy) and fit them in clinic",
        "Show patients how to put the sensors on themselves at bedtime and what to do if one comes off",
        "Download and check each recording when the kit comes back and flag failed studies for a repeat",
        "Carry out a first scoring of recordings for the physiologist to review, once trained",
        "Visit housebound patients at home to fit and collect equipment",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Heading", "Essential or desirable", "Criteria"])
    rows = [
        (
            "Qualifications",
            "Essential",
            "Level 3 qualification in a health or science subject (e.g. BTEC, A-level or Diploma in Healthcare "
            "Support)",
        ),
        ("Qualifications", "Desirable", "Foundation degree in Healthcare Science"),
        (
            "Experience",
            "Essential",
            f"At least one year's experience in a clinical support role\nNo previous sleep service experience is "
            f"needed {DASH} we will train you to set up home sleep studies",
        ),
        (
            "Experience",
            "Desirable",
            "Experience of fitting monitoring equipment to patients, such as ECG or blood pressure monitors",
        ),
        (
            "Skills",
            "Essential",
            "Able to teach patients to use equipment at home and check they have understood\nGood IT skills, "
            "including downloading data from devices",
        ),
        ("Skills", "Desirable", "Able to score or analyse sleep study recordings"),
        ("Knowledge", "Essential", "Understanding of obstructive sleep apnoea and how it affects daily life"),
        ("Knowledge", "Desirable", "Knowledge of CPAP therapy"),
        (
            "Other",
            "Essential",
            "Able to travel to patients' homes across the London Borough of Hillingdon\nEnhanced DBS clearance",
        ),
        ("Other", "Desirable", DASH),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We pay mileage for home visits and offer a salary sacrifice car scheme, 27 days' annual leave rising to "
        "33, the NHS Pension and on-site parking. You must have the right to work in the UK; we are not able to "
        "sponsor a visa for this post."
    )
    save(document, "v4_sleep_studies_assistant_practitioner.docx")


V5_ITEMS = [
    ("title", "Cardiac Investigations Support Worker (Band 3)"),
    ("bold", "Closing date: Monday 26 March 2029"),
    ("body", "Cardiac Investigations, Ealing Hospital, Uxbridge Road, Southall UB1 3HW"),
    ("body", f"{POUND}29,970 to {POUND}31,760 a year  |  37.5 hours  |  Monday to Friday, shifts between 8am and 6pm"),
    ("gap", ""),
    ("heading", "The job"),
    (
        "body",
        "Our cardiac investigations unit records ECGs, fits 24-hour and 7-day heart monitors and blood pressure "
        "monitors, and runs exercise tests for patients from across Ealing. You will be the first person most "
        "patients meet: you will book them in, get them ready for their test and make sure every monitor that goes "
        "out comes back.",
    ),
    ("heading", "Your week"),
    ("body", "\u2022 Meet patients, check their details and explain what their test involves"),
    ("body", "\u2022 Record ECGs and fit heart monitors once you have been trained and signed off"),
    ("body", "\u2022 Answer the unit's phone line and rebook patients who cannot make their appointment"),
    (
        "body",
        "\u2022 You must return every 24-hour tape to the analysis room by 10am on the day after it comes back, "
        "so that no recording is lost",
    ),
    ("body", "\u2022 Keep the clinic rooms stocked and the equipment clean"),
    ("heading", "Must haves"),
    ("body", "\u2022 Experience in a care, health or customer-facing role"),
    ("body", "\u2022 Able to stay calm and kind with patients who are worried about their heart"),
    ("body", "\u2022 Accurate record keeping, both on paper and on computer"),
    ("body", "\u2022 Able to work under pressure in a busy clinic and keep to appointment times"),
    ("body", "\u2022 Good spoken communication skills, including on the telephone"),
    (
        "body",
        f"\u2022 You don't need a healthcare qualification {DASH} we will put you through the Care Certificate in "
        "your first 12 weeks",
    ),
    ("heading", "Nice to haves"),
    ("body", "\u2022 Experience of recording ECGs or fitting ambulatory heart monitors"),
    ("body", "\u2022 Basic life support training within the last 12 months"),
    ("body", "\u2022 Experience of using Cerner or another electronic patient record"),
    ("heading", "Before you apply"),
    (
        "body",
        "Please make sure you have the right to work in the UK: we cannot offer visa sponsorship for this role. "
        "The successful applicant will need a standard DBS check and two references.",
    ),
    ("heading", "About us"),
    (
        "body",
        "London North West University Healthcare NHS Trust runs Ealing, Northwick Park, Central Middlesex and St "
        "Mark's hospitals and community services in Brent, Ealing and Harrow.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave plus bank holidays, rising with service"),
    ("body", "\u2022 NHS Pension Scheme and a Blue Light Card"),
    ("body", "\u2022 Free basic life support training every year"),
    ("body", "\u2022 A staff restaurant and reduced-rate parking on site"),
]

V6_ITEMS = [
    ("title", "Hammersmith and Fulham GP Federation"),
    ("bold", "Community Spirometry Technician"),
    ("body", "Band 4 (Agenda for Change equivalent)  |  37.5 hours a week  |  Fixed term for 24 months"),
    ("gap", ""),
    ("heading", "About the service"),
    (
        "body",
        "Our community spirometry service brings quality-assured breathing tests to patients of every practice in "
        "the borough, so that people with suspected asthma or COPD can be diagnosed close to home. We are looking "
        "for a technician to join our team of three. Please send us your application by Friday 23 March 2029; we "
        "will hold interviews the following week.",
    ),
    (
        "body",
        "You will run spirometry clinics in host practices from Shepherd's Bush to Sands End, prepare the "
        "equipment, check the quality of every test and send the results to the patient's own practice. You must "
        "upload every trace and report to the patient's GP record within two working days. You do not need to have "
        "worked in a GP surgery before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you hold an ARTP certificate in spirometry at Practitioner level or above. You must "
        "have at least a year's experience of carrying out spirometry with adults. You must be able to recognise a "
        "poor-quality blow and coach the patient to repeat it. Good IT skills, including use of SystmOne or EMIS, "
        "are essential. It is essential that you can run a clinic list on your own at GP surgeries across the "
        "borough. Excellent communication with patients who are breathless or anxious is essential.",
    ),
    (
        "body",
        "Experience of reversibility testing with a bronchodilator would be beneficial. A full UK driving licence "
        "would be an advantage. Knowledge of FeNO testing would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as we cannot sponsor visas. The post "
        "needs a standard DBS check. We pay your yearly ARTP registration fee, because staying on the register is "
        "essential in this role. You will benefit from 27 days' annual leave plus bank holidays, the NHS Pension, "
        "a travel allowance between practices and monthly clinical supervision.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_ecg_clinic_assistant()
    v2_healthcare_science_assistant_echocardiography()
    v3_lung_function_laboratory_assistant()
    v4_sleep_studies_assistant_practitioner()
    (ADVERTS / "v5_cardiac_investigations_support_worker.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(15, 60)))
    (ADVERTS / "v6_community_spirometry_technician.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
