"""Build the Word and PDF adverts of the seventeenth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback17/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; every Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (p6 to p8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.advert_files import (  # noqa: E402
    add_rows_merging_categories_down,
    blank_docx,
    bold_cell,
    fill_cell,
    header_table,
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

TICK = "\u2713"  # a plain check mark; the other level cell is left empty
DASH = "\u2013"
FIXED_TIME = dt.datetime(2028, 1, 10, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 1, 10, 9, 30, 0)  # every Word file's zip entries


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts

P1_BANNER = (
    f"Cancer MDT Coordinator {DASH} Band 4 {DASH} Imperial College Healthcare NHS Trust {DASH} "
    "Closing date 18 February 2028"
)

P1_TABLES = [
    (
        "Qualifications",
        [
            ("Educated to A-level standard or equivalent experience", TICK, ""),
            ("RSA / OCR Level 3 Text Processing or an equivalent typing qualification", "", TICK),
            ("Cancer waiting times and MDT induction (provided in post)", TICK, ""),
        ],
    ),
    (
        "Experience",
        [
            ("Experience of minute-taking at formal meetings", TICK, ""),
            ("Administrative experience in a healthcare or similarly busy, deadline-driven setting", TICK, ""),
            ("Experience of working with cancer patients' records or supporting a cancer MDT", "", TICK),
        ],
    ),
    (
        "Skills and abilities",
        [
            ("Able to prioritise a heavy workload and work to strict weekly deadlines", TICK, ""),
            ("Advanced keyboard skills, typing accurately at 50 words per minute or more", TICK, ""),
            ("Must circulate the MDT outcome summary to GPs within one working day of the meeting", TICK, ""),
            ("Confident communicating with consultants, clinical nurse specialists and other clinicians", TICK, ""),
        ],
    ),
    (
        "Knowledge",
        [
            ("Knowledge of medical terminology, particularly in oncology", "", TICK),
            ("Working knowledge of Cerner or another electronic patient record", "", TICK),
            ("Understanding of the 28-day Faster Diagnosis Standard and the 62-day cancer target", "", TICK),
        ],
    ),
    (
        "Other",
        [
            ("Able to handle sensitive and distressing information with discretion", TICK, ""),
            ("Eligible to work in the UK", TICK, ""),
            ("Willing to work flexibly to cover MDT meetings that start at 8am", TICK, ""),
        ],
    ),
]


def p1_cancer_mdt_coordinator() -> None:
    """Job title, band, employer and closing date only in a banner row merged across the top of the first of
    five small person-specification tables (one per category, each with its own "Essential | Desirable" header
    and a check mark in one column); a ticked-Essential induction row, a "Must circulate ..." duty and a
    right-to-work row that are not criteria."""
    document = blank_docx("Arial")
    document.sections[0].header.paragraphs[0].text = "Job description and person specification"
    document.add_heading("Job purpose", level=1)
    document.add_paragraph(
        "The post holder will run the weekly multidisciplinary team (MDT) meetings for the upper GI and "
        "colorectal cancer teams at Charing Cross and St Mary's hospitals. You will build each meeting's patient "
        "list from referrals and results, make sure scans and pathology reports are ready for discussion, record "
        "the outcome agreed for every patient and make sure the next step is booked. The MDT office is on the "
        "second floor of the Charing Cross cancer centre, Fulham Palace Road, W6."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Collate the list of patients for each MDT and check it with the lead clinical nurse specialist",
        "Request imaging and histology for discussion and chase any that are missing 48 hours before the meeting",
        "Record the agreed outcome for each patient live in the meeting on the Trust's electronic record",
        "Update the cancer patient tracking list so that every patient's pathway is accurate",
        "Cover the other MDT coordinators' meetings during leave",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=1)
    for number, (category, rows) in enumerate(P1_TABLES):
        table = document.add_table(rows=0, cols=3)
        table.style = "Table Grid"
        if number == 0:
            cells = table.add_row().cells
            bold_cell(cells[0].merge(cells[-1]), P1_BANNER)
        cells = table.add_row().cells
        for cell, text in zip(cells, [category, "Essential", "Desirable"], strict=True):
            bold_cell(cell, text)
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                fill_cell(cell, text)
        document.add_paragraph("")
    document.add_paragraph(
        "We offer flexible and hybrid working once you are trained, 27 days' annual leave plus bank holidays, the "
        "NHS Pension Scheme and access to the staff Schwartz Rounds. Appointment is subject to satisfactory "
        "references and a basic DBS check."
    )
    _save(document, "p1_cancer_mdt_coordinator.docx")


P2_ESSENTIAL = [
    ("Qualifications", True),
    ("Good standard of English and maths (GCSE grade 4/C or equivalent)", False),
    ("Experience", True),
    ("Experience of working on a reception desk or in another customer-facing role", False),
    (
        f"No experience of healthcare settings required {DASH} full training on the unit's booking system is given",
        False,
    ),
    ("Skills", True),
    ("Able to greet patients who may be anxious or unwell with warmth and patience", False),
    ("Able to use a computer to book appointments and update records", False),
    ("Able to answer a busy telephone line and take accurate messages", False),
    ("Personal qualities", True),
    ("Respects confidentiality at all times", False),
    ("Reliable and punctual, and able to open the unit at 7.45am on a rota", False),
]

P2_DESIRABLE = [
    ("Qualifications", True),
    ("NVQ Level 2 in Customer Service or Business Administration", False),
    ("Experience", True),
    ("Experience of working in an NHS hospital", False),
    ("Skills", True),
    ("Able to speak Gujarati, Tamil, Arabic or another language widely used in Brent and Harrow", False),
    ("Personal qualities", True),
    ("Personal or volunteering experience of supporting someone through cancer treatment", False),
]


def _fill_with_subheadings(cell, lines: list[tuple[str, bool]]) -> None:
    """Each line its own paragraph in the cell; the category lines bold."""
    for number, (text, bold) in enumerate(lines):
        paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
        paragraph.add_run(text).bold = bold


def p2_chemotherapy_day_unit_receptionist() -> None:
    """The band only inside the salary line, the employer only in an About us paragraph and the closing date in
    the last sentence; a "You must confirm ..." duty; the person specification as one two-column table
    ("Essential" | "Desirable") with a single body row, the category sub-headings as bold lines inside each
    cell and a "No experience of healthcare settings required" line among the Essential criteria."""
    document = blank_docx("Calibri")
    document.add_heading("Chemotherapy Day Unit Receptionist", level=1)
    document.add_paragraph("Oncology and Haematology Day Unit, Northwick Park Hospital, Watford Road, Harrow")
    document.add_paragraph(
        f"Salary: \u00a326,580 {DASH} \u00a327,970 per annum including Outer London High Cost Area Supplement "
        "(Agenda for Change Band 2). Permanent, 37.5 hours a week, Monday to Friday on a rota between 7.45am "
        "and 6.30pm."
    )
    document.add_heading("About us", level=2)
    document.add_paragraph(
        "London North West University Healthcare NHS Trust runs Northwick Park, Ealing and Central Middlesex "
        "hospitals. Our day unit gives around 90 chemotherapy, immunotherapy and blood transfusion treatments a "
        "day to adults with cancer and blood disorders, and our reception team is the first face every patient "
        "sees."
    )
    document.add_heading("The role", level=2)
    document.add_paragraph(
        "You will welcome patients and their relatives, check them in, book their next treatment and blood test "
        "appointments, answer the unit's phone line and keep the waiting area calm and tidy. You must confirm "
        "every patient's date of birth and address at check-in before they are called through, and tell the "
        "nurse in charge at once if a patient arrives unwell."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Essential", "Desirable"])
    cells = table.add_row().cells
    _fill_with_subheadings(cells[0], P2_ESSENTIAL)
    _fill_with_subheadings(cells[1], P2_DESIRABLE)
    document.add_paragraph("")
    document.add_paragraph(
        "In return you will receive 27 days' annual leave plus bank holidays, the NHS Pension, free eye tests "
        "and staff discounts. The post is subject to a basic DBS check and two references. We must receive your "
        "application by 3 March 2028."
    )
    _save(document, "p2_chemotherapy_day_unit_receptionist.docx")


P3_DETAILS = [
    ("Job Title:", "Haematology Clinic Support Worker"),
    ("Pay Band:", "AfC 3"),
    ("Department:", "Clinical Haematology Outpatients, Hillingdon Hospital"),
    ("Hours:", "37.5 per week, Monday to Friday (late clinics to 7pm on Tuesdays and Thursdays)"),
    ("Reports to:", "Haematology Outpatients Sister"),
    ("Closing Date:", "25/02/2028"),
]

P3_ROWS = [
    ("Qualifications", "Level 3 Diploma in Healthcare Support or an equivalent qualification", "Yes", "", "A"),
    ("Qualifications", "Phlebotomy certificate", "", "Yes", "A"),
    (
        "Qualifications",
        f"Venepuncture training given on the Trust's two-week course {DASH} previous phlebotomy experience not "
        "required",
        "Yes",
        "",
        "N/A",
    ),
    (
        "Experience",
        "Experience of caring for patients or vulnerable people in a health or care setting",
        "Yes",
        "",
        "A/I",
    ),
    (
        "Experience",
        "Experience of taking blood or measuring observations (pulse, blood pressure, temperature)",
        "",
        "Yes",
        "A/I",
    ),
    (
        "Experience",
        "Experience of working with people living with cancer or long-term blood disorders",
        "",
        "Yes",
        "A/I",
    ),
    (
        "Skills",
        "Able to follow infection prevention procedures, including hand hygiene and the handling of specimens",
        "Yes",
        "",
        "I",
    ),
    ("Skills", "Able to record patient observations and weights accurately", "Yes", "", "I/T"),
    ("Skills", "Good spoken English for explaining procedures to patients", "Yes", "", "I"),
    ("Skills", "Must wear Trust uniform and keep bare below the elbows in clinical areas", "Yes", "", "N/A"),
    ("Knowledge", "Awareness of safeguarding adults", "Yes", "", "I"),
    (
        "Knowledge",
        "Understanding of why patients on chemotherapy are at higher risk of infection",
        "",
        "Yes",
        "I",
    ),
    ("Other", "Able to work until 7pm on late clinic days", "Yes", "", "I"),
    ("Other", "Occupational health clearance, including hepatitis B immunisation", "Yes", "", "Pre-employment"),
]


def p3_haematology_clinic_support_worker() -> None:
    """The employer only in the page header; job details as "Label:<tab>value" paragraphs with the band as
    "AfC 3" and the date as 25/02/2028; numbered duties with a "must" duty; a table with the category merged
    down, "Yes" in an Essential or a Desirable column and a "How assessed" column, with three "Yes" Essential
    rows that are not criteria (training given, a uniform rule, occupational health clearance)."""
    document = blank_docx("Arial")
    document.sections[0].header.paragraphs[0].text = "The Hillingdon Hospitals NHS Foundation Trust"
    document.add_heading("Job Description", level=1)
    for label, value in P3_DETAILS:
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run("\t" + value)
    document.add_heading("Job Summary", level=2)
    document.add_paragraph(
        "The haematology clinic sees adults with anaemia, lymphoma, myeloma and leukaemia, many of them during "
        "or after chemotherapy. The Clinic Support Worker prepares patients for their consultation, records "
        "their observations and weight, and helps the nurses and doctors keep clinics running to time."
    )
    document.add_heading("Main Duties and Responsibilities", level=2)
    for duty in [
        "Record patients' blood pressure, pulse, temperature, oxygen saturation and weight before they see the doctor",
        "Take blood samples once trained and assessed as competent, and send them to the laboratory",
        "Restock clinic rooms and check that emergency equipment is in date",
        "The post holder must check and sign the blood sample fridge temperature log at the start of every clinic",
        "Escort patients to the day unit or to the phlebotomy room when needed",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person Specification", level=2)
    table = header_table(document, ["Category", "Criteria", "Essential", "Desirable", "How assessed"])
    add_rows_merging_categories_down(table, P3_ROWS)
    document.add_paragraph("A = application form, I = interview, T = practical test on the day of interview.")
    document.add_paragraph(
        "Benefits include 27 days' annual leave plus bank holidays, on-site parking at a reduced rate, the NHS "
        "Pension and our staff health and wellbeing service."
    )
    _save(document, "p3_haematology_clinic_support_worker.docx")


P4_ITEMS = [
    ("title", "Cancer Pathway Navigator"),
    ("bold", f"West Middlesex University Hospital {DASH} Cancer Services"),
    ("gap", ""),
    ("heading", "At a glance"),
    ("body", "\u2022 Pay: Agenda for Change Band 4, \u00a330,950 to \u00a333,720 a year pro rata, including HCAS"),
    ("body", "\u2022 Hours: 30 hours a week over four days"),
    ("body", "\u2022 Contract: fixed term for 18 months, funded by the cancer alliance"),
    ("body", "\u2022 Apply by: midnight on Thursday 2 March 2028"),
    ("heading", "About us"),
    (
        "body",
        "Chelsea and Westminster Hospital NHS Foundation Trust runs West Middlesex University Hospital in "
        "Isleworth and Chelsea and Westminster Hospital on Fulham Road. Our navigators are the named contact for "
        "patients referred with a suspected cancer, from the first appointment until they have a diagnosis.",
    ),
    ("heading", "What you'll do"),
    ("body", "\u2022 Phone each new patient within two working days of referral to explain what happens next"),
    ("body", "\u2022 Book tests and follow-up appointments and remind patients about them"),
    ("body", "\u2022 Help patients with transport, interpreters and letters they do not understand"),
    (
        "body",
        "\u2022 You must record every contact with a patient on the tracking list the same day, so that the "
        "clinical team can see where each patient is",
    ),
    ("heading", f"Qualifications {DASH} essential"),
    ("body", "\u2022 GCSEs (or equivalent) in English and maths at grade 4/C or above"),
    ("heading", f"Qualifications {DASH} desirable"),
    (
        "body",
        "\u2022 A Level 3 qualification in health and social care, customer service or business administration",
    ),
    ("heading", f"Experience {DASH} essential"),
    (
        "body",
        "\u2022 Experience of supporting members of the public by phone or face to face, including people who "
        "are upset",
    ),
    (
        "body",
        f"\u2022 You don't need a clinical background {DASH} you'll shadow one of our experienced navigators for "
        "your first month",
    ),
    ("heading", f"Experience {DASH} desirable"),
    ("body", "\u2022 Experience of working in an NHS hospital or a GP practice"),
    ("body", "\u2022 Experience of supporting people from communities who find it harder to use health services"),
    ("heading", f"Skills {DASH} essential"),
    ("body", "\u2022 Able to explain appointments, tests and next steps in plain language"),
    ("body", "\u2022 Good IT skills, including email and updating records on a computer system"),
    ("body", "\u2022 Able to keep a caseload of patients organised and follow up without reminders"),
    ("heading", f"Skills {DASH} desirable"),
    ("body", "\u2022 Able to speak a community language used in Hounslow, such as Punjabi, Urdu or Somali"),
    ("heading", f"Knowledge {DASH} essential"),
    ("body", "\u2022 Understanding of how to keep patient information confidential"),
    ("heading", f"Knowledge {DASH} desirable"),
    ("body", "\u2022 Basic knowledge of the main cancer treatments (surgery, chemotherapy and radiotherapy)"),
    ("heading", f"Other {DASH} essential"),
    ("body", "\u2022 Able to travel between West Middlesex and Chelsea and Westminster hospitals"),
    ("body", f"\u2022 Right to work in the UK {DASH} we cannot sponsor a visa for this post"),
    ("heading", "Good to know"),
    (
        "body",
        "All new navigators complete a funded cancer support worker training programme in their first six "
        "months. The post is subject to a basic DBS check. We offer 27 days' annual leave pro rata, the NHS "
        "Pension, a free shuttle bus between our two hospitals and an employee assistance programme.",
    ),
]

P5_ITEMS = [
    ("title", "Palliative Care Team Administrator"),
    ("body", "Specialist Palliative Care Team, Pembridge Palliative Care Centre"),
    ("body", "St Charles Centre for Health and Wellbeing, Exmoor Street, London W10 6DZ"),
    ("gap", ""),
    ("heading", "About the team"),
    (
        "body",
        "Central London Community Healthcare NHS Trust's specialist palliative care team looks after adults "
        "with a life-limiting illness in Kensington and Chelsea and in Westminster, at home, in care homes and "
        "on our inpatient unit. The team of nurses, doctors, therapists and social workers relies on its two "
        "administrators to keep referrals, visits and letters moving.",
    ),
    ("heading", "What the job involves"),
    (
        "body",
        "You will answer the team's phone line, register new referrals, type clinic and visit letters, book "
        "appointments and keep the team's diaries. You must log every new referral on SystmOne within two hours "
        "of it arriving, because some patients need to be seen the same day. You will be trained in our clinical "
        "record system and in the team's bereavement follow-up process during your induction.",
    ),
    ("heading", "What we are looking for"),
    (
        "body",
        "To be shortlisted you will need: at least a year's experience in an office or administrative role; "
        "the ability to type letters and reports accurately from dictation or handwritten notes; confidence "
        "with Microsoft Outlook, Word and Excel; a calm and kind telephone manner with people who may be "
        "grieving or very unwell; the ability to keep accurate records and to keep them confidential; and the "
        "right to live and work in the UK, as we cannot offer sponsorship.",
    ),
    (
        "body",
        "It would also help if you have: experience of using SystmOne or another clinical record system; an "
        "AMSPAR or other medical administration qualification; experience of working with a hospice, palliative "
        "care or bereavement service; and the ability to take minutes at team meetings.",
    ),
    (
        "body",
        "You do not need any clinical knowledge, and we welcome applicants who are new to the NHS. The post is "
        "subject to a basic DBS check and two references.",
    ),
    ("heading", "Working for us"),
    (
        "body",
        "27 days' annual leave plus bank holidays, the NHS Pension, flexible start and finish times, a cycle to "
        "work scheme and regular clinical supervision for every member of the team.",
    ),
    ("gap", ""),
    ("body", f"Ref 311-PC-2810 {DASH} Band 3 {DASH} 37.5 hours {DASH} closes 28.02.2028"),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    p1_cancer_mdt_coordinator()
    p2_chemotherapy_day_unit_receptionist()
    p3_haematology_clinic_support_worker()
    (ADVERTS / "p4_cancer_pathway_navigator.pdf").write_bytes(pdf_bytes(P4_ITEMS, title=(16, 56)))
    (ADVERTS / "p5_palliative_care_team_administrator.pdf").write_bytes(pdf_bytes(P5_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
