"""Build the Word and PDF adverts of the hundred-and-twelfth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback112/build.py`. The generated files are
committed, so nothing needs this script to score them; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is saved
with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The pasted-text
adverts (v7 and v8) are plain files and are not built here.
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

TICK = "\u2713"  # a plain check mark in the level column that applies; the other cell is left empty
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2029, 2, 5, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 5, 10, 30, 0)  # every Word file's zip entries


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_adult_intensive_care_unit_healthcare_support_worker() -> None:
    """Shape 1: the closing date and reference only in the page header; the title as the heading; the employer only
    inside the first sentence; the band in a "|" line; duties as Word bullets; then `Requirement | Essential |
    Desirable` with a check mark in one level column, bold category rows merged across the table, E and D rows mixed
    within a category, and four checked-Essential rows that are not criteria."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Closing date: Friday 2 March 2029    Job reference: 290-ICU-2291-B"
    section.footer.paragraphs[0].text = "St Mary's Hospital, Praed Street, London W2 1NY"
    document.add_heading("Adult Intensive Care Unit Healthcare Support Worker", level=1)
    document.add_paragraph(
        "Join the adult intensive care unit at St Mary's Hospital, part of Imperial College Healthcare NHS Trust, "
        "where our 24-bed unit looks after people who are critically ill after major trauma, surgery or sudden "
        "illness."
    )
    document.add_paragraph(
        f"Band 3  |  {POUND}29,560 to {POUND}31,290 a year including Inner London High Cost Area Supplement  |  "
        "37.5 hours a week  |  Permanent"
    )
    document.add_heading("About the unit", level=2)
    document.add_paragraph(
        "Each patient on the unit has their own nurse. Our healthcare support workers make that possible: they "
        "keep bed spaces stocked and safe, help nurses with personal care and moving patients, and are often the "
        "first person a frightened family member talks to. We run a twelve-week supernumerary induction and you "
        "will have a named buddy for your first three months."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Help registered nurses give personal care to patients who are sedated or ventilated, including mouth and "
        "eye care",
        "Turn patients on a two-hourly schedule with the nursing team, using slide sheets and ceiling hoists",
        "Take and chart observations for patients stepping down to ward care, and tell the nurse about any change",
        "Clean and restock bed spaces and equipment between patients, following the unit's infection control "
        "procedures",
        "Welcome visitors, show them the hand washing station and take them to the relatives' room",
        "Collect blood products and specimens and take them to the laboratory",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Requirement", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("GCSE English and maths at grade 4 (C) or above, or Functional Skills Level 2 in both", TICK, ""),
        ("Level 3 Diploma in Healthcare Support or equivalent", "", TICK),
        ("Completion of the unit's critical care competency workbook within six months of starting", TICK, ""),
        ("Experience",),
        (
            "At least six months' experience as a healthcare assistant or carer in a hospital or care home",
            TICK,
            "",
        ),
        ("Previous intensive care experience is not required", TICK, ""),
        ("Experience on an acute hospital ward, in theatres or in a critical care area", "", TICK),
        ("Skills and abilities",),
        (
            "Able to help turn and move patients who cannot move themselves, using hoists and slide sheets",
            TICK,
            "",
        ),
        ("Able to record vital signs accurately and report any change to the nurse straight away", TICK, ""),
        ("Able to stay calm and supportive with distressed relatives", TICK, ""),
        ("Must check and restock each bed space at the start of every shift", TICK, ""),
        ("Knowledge",),
        (
            "Understanding of infection prevention, including hand hygiene and personal protective equipment",
            TICK,
            "",
        ),
        ("Awareness of how pressure ulcers develop and how to prevent them", "", TICK),
        ("Other",),
        ("Enhanced DBS check", TICK, ""),
        (
            "Able to work 12.5-hour day and night shifts on a rota, including weekends and bank holidays",
            TICK,
            "",
        ),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, rising with service; the NHS Pension Scheme; enhanced pay for "
        "nights, weekends and bank holidays; a funded Level 3 apprenticeship for support workers who want to go on "
        "to nurse training; and an interest-free season ticket loan. Offers depend on satisfactory references and "
        "proof of your right to work in the UK. Informal visits are welcome: ring the unit's practice educator on "
        "020 7946 0731."
    )
    _save(document, "v1_adult_intensive_care_unit_healthcare_support_worker.docx")


def v2_anaesthetic_department_assistant() -> None:
    """Shape 2: the title and band together in the heading; the employer only in the page footer; a details table
    with two label-value pairs a row, the closing date among them; Job purpose ending with a "You must ..."
    sentence; numbered duties; then `Category | Requirement | E/D | How assessed` with the category merged down the
    first column, a training row, a duty row and a right-to-work row marked E; the key and a "no theatre experience"
    sentence after the table."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[
        0
    ].text = f"The Hillingdon Hospitals NHS Foundation Trust {DASH} Pield Heath Road, Uxbridge UB8 3NN"
    document.add_heading(f"Anaesthetic Department Assistant {DASH} Band 2", level=1)
    label_value_table(
        document,
        [
            ("Department", "Anaesthetics and Main Theatres", "Hours", "37.5 a week"),
            ("Base", "Hillingdon Hospital, Uxbridge", "Contract", "Permanent"),
            ("Closing date", "9 March 2029", "Reference", "THH-ANA-0318"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The anaesthetic department assistant keeps our nine anaesthetic rooms and the recovery bays ready for "
        "every list: cleaned, stocked and checked, with the right equipment in the right place before the first "
        "patient is sent for. You will work alongside operating department practitioners, anaesthetic nurses and "
        "anaesthetists, and you will be the person they call when something is needed quickly. You must never "
        "open a sterile airway pack or reuse single-use equipment, whatever the time pressure."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Clean anaesthetic machines, monitors and trolleys between cases and at the end of each list.",
        "Restock anaesthetic rooms from the theatre store and rotate stock so that the shortest-dated item is used "
        "first.",
        "Take reusable laryngoscope handles to the decontamination room and return them bagged and labelled.",
        "Help move patients from trolley to table under the direction of the anaesthetic team.",
        "Fetch blood, drugs and equipment from other departments when asked.",
        "Check the difficult airway trolley every morning with an operating department practitioner.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Requirement", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Good standard of literacy and numeracy, e.g. GCSE or equivalent", "E", "Application"),
        (
            "Qualifications",
            "Level 2 qualification in health and social care or a related subject",
            "D",
            "Application",
        ),
        (
            "Qualifications",
            "Completion of the department's anaesthetic equipment competencies during induction",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of working in a healthcare, laboratory or stores environment",
            "E",
            "Application / interview",
        ),
        ("Experience", "Experience of working in operating theatres", "D", "Application / interview"),
        ("Skills and abilities", "Able to follow written procedures and checklists exactly", "E", "Interview"),
        (
            "Skills and abilities",
            "Able to lift and move heavy equipment and help to position patients safely",
            "E",
            "Interview",
        ),
        (
            "Skills and abilities",
            "Able to keep accurate stock records and rotate stock by expiry date",
            "E",
            "Application / interview",
        ),
        (
            "Skills and abilities",
            "Must complete the daily cleaning record for every anaesthetic room before the first patient arrives",
            "E",
            "N/A",
        ),
        (
            "Knowledge",
            "Knowledge of infection control and the safe handling of sharps and clinical waste",
            "E",
            "Interview",
        ),
        (
            "Knowledge",
            "Basic knowledge of anaesthetic equipment such as laryngoscopes and airway devices",
            "D",
            "Interview",
        ),
        ("Other", "Able to work late shifts until 9pm and one weekend in four", "E", "Interview"),
        (
            "Other",
            f"Right to work in the UK {DASH} we are unable to offer visa sponsorship for this post",
            "E",
            "Pre-employment checks",
        ),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_paragraph("E = essential, D = desirable. N/A = not assessed at interview.")
    document.add_paragraph(
        "You do not need to have worked in theatres before: you will spend your first four weeks on a supported "
        "induction with our theatre educators. We offer 27 days' annual leave plus bank holidays, the NHS Pension "
        "Scheme, free flu vaccination and reduced-rate staff parking. The successful applicant will need an "
        "enhanced DBS check. For an informal chat, call the anaesthetics team leader on 020 7946 0264."
    )
    _save(document, "v2_anaesthetic_department_assistant.docx")


def v3_critical_care_ward_clerk() -> None:
    """Shape 3: the employer only in the page header; the title as the heading; the band only in a details table;
    the closing date only in the last line; `Area | Essential | Desirable` with one or two lines a cell, a
    training line and a right-to-work line in Essential cells, "N/A" and an apprenticeship offer in Desirable
    cells, and an empty Desirable cell."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Chelsea and Westminster Hospital NHS Foundation Trust"
    document.add_heading("Critical Care Ward Clerk", level=1)
    label_value_table(
        document,
        [
            ("Pay band", f"Band 2 ({POUND}26,890 to {POUND}27,460 a year including Outer London HCAS)"),
            ("Location", "Critical Care Unit, West Middlesex University Hospital, Twickenham Road, Isleworth"),
            ("Hours", "37.5 hours a week on a seven-day rota"),
        ],
    )
    document.add_heading("The job", level=2)
    document.add_paragraph(
        "Our eighteen-bed critical care unit never closes, and neither does its front desk. As ward clerk you are "
        "the first voice families hear when they ring the unit and the first face they see at the door. You will "
        "admit and discharge patients on the electronic record, keep the bed board up to date, order stationery "
        "and supplies, take messages for the consultants and chase test results and transfer paperwork. Visitors "
        "must be buzzed in only after the nurse caring for their relative has agreed."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Essential", "Desirable"])
    rows = [
        (
            "Education",
            "Good standard of English and maths, such as GCSEs at grade C / 4",
            "Recognised typing or word processing qualification",
        ),
        (
            "Experience",
            "Experience of reception or office work, dealing with people face to face and on the telephone\n"
            f"No hospital experience needed {DASH} full training on Cerner will be given",
            "Experience of working on a hospital ward or in another healthcare setting",
        ),
        (
            "Skills",
            "Accurate keyboard and data entry skills\nAble to handle telephone calls from anxious relatives with tact",
            "Experience of using Cerner Millennium or another electronic patient record",
        ),
        (
            "Knowledge",
            "Understanding of confidentiality and of who may be given information about a patient",
            "N/A",
        ),
        (
            "Personal qualities",
            "Able to use your own initiative when the nurse in charge is busy",
            "Access to a funded Level 3 Business Administration apprenticeship after probation",
        ),
        (
            "Other",
            "Able to work a rota of 8am to 4pm and 12 noon to 8pm shifts, including weekends\n"
            "Right to work in the UK (we cannot sponsor this post)",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working with us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave plus bank holidays, rising to 33 with service, the NHS Pension, free "
        "staff parking at West Middlesex and access to our staff wellbeing service. Appointment is subject to "
        "references and a basic DBS check."
    )
    document.add_paragraph("Applications close on Monday 12 March 2029. Interviews: Thursday 22 March 2029.")
    _save(document, "v3_critical_care_ward_clerk.docx")


def v4_post_anaesthesia_care_unit_healthcare_support_worker() -> None:
    """Shape 4: the employer in bold on the first line with the hospital; the title as the heading; a two-column
    details table with no header row, the band as "Band | 3" and "Closes | 16/03/2029"; then `Area | Level |
    Requirements` with an Essential row and a Desirable row per area, the area merged down over both; a "not
    required" line and a DBS line in Essential cells and "None" in one Desirable cell."""
    document = blank_docx("Arial")
    first = document.add_paragraph()
    first.add_run("London North West University Healthcare NHS Trust").bold = True
    document.add_paragraph("Theatres and Anaesthetics, Central Middlesex Hospital, Acton Lane, Park Royal NW10 7NS")
    document.add_heading("Post-Anaesthesia Care Unit Healthcare Support Worker", level=1)
    label_value_table(
        document,
        [
            ("Band", "3"),
            ("Salary", f"{POUND}28,990 to {POUND}30,720 a year including Outer London High Cost Area Supplement"),
            ("Hours", "37.5 a week, Monday to Friday, 7.30am to 3.30pm or 12.30pm to 8.30pm"),
            ("Contract", "Permanent"),
            ("Closes", "16/03/2029"),
            ("Reference", "LNW-PACU-1172"),
        ],
    )
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "Central Middlesex is home to our elective orthopaedic centre, with six theatres running hip and knee "
        "replacements, hand surgery and day-case procedures. Our eleven-bay recovery unit looks after every "
        "patient from the moment they leave theatre until they are awake, comfortable and safe to go back to the "
        "ward or home."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Receive patients from theatre with the recovery nurse and help settle them in the bay",
        "Take and record observations at the intervals the nurse sets, and report any change at once",
        "Offer drinks, mouth care and comfort to patients as they wake, and help them to sit up and dress",
        "Prepare bays between patients, clean equipment and check the suction and oxygen at every bay",
        "Escort patients back to the ward or the discharge lounge with a nurse",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "Care Certificate, or NVQ or Diploma Level 2 in Health and Social Care"),
        ("Qualifications", "Desirable", "Level 3 Diploma in Clinical Healthcare Support"),
        (
            "Experience",
            "Essential",
            "Experience as a healthcare assistant or support worker in a hospital\n"
            "Previous recovery experience is not required",
        ),
        ("Experience", "Desirable", "Experience of caring for patients after an operation or procedure"),
        (
            "Skills",
            "Essential",
            "Able to measure and record blood pressure, pulse, oxygen saturation and temperature\n"
            "Able to recognise when a patient is in pain, feeling sick or becoming unwell, and tell the nurse",
        ),
        ("Skills", "Desirable", "Basic Life Support training within the last 12 months"),
        (
            "Knowledge",
            "Essential",
            "Understanding of how to protect the privacy and dignity of patients who are drowsy or undressed",
        ),
        ("Knowledge", "Desirable", "None"),
        (
            "Other",
            "Essential",
            "Able to stay until 9pm on weekdays when theatre lists overrun\nSatisfactory enhanced DBS check",
        ),
        (
            "Other",
            "Desirable",
            "Able to speak a language used by patients in Brent, such as Gujarati, Polish or Somali",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "There are no night or weekend shifts in this unit. You will complete our recovery competency package "
        "with a practice educator in your first six months. We offer 27 days' annual leave plus bank holidays, "
        "the NHS Pension Scheme, a free shuttle bus from Northwick Park and Ealing, and a Blue Light Card. You "
        "must have the right to work in the UK; we cannot sponsor a visa for this post."
    )
    _save(document, "v4_post_anaesthesia_care_unit_healthcare_support_worker.docx")


V5_ITEMS = [
    ("title", "Critical Care Outreach Assistant Practitioner"),
    ("bold", "Critical Care Outreach Team, Hillingdon Hospital, Uxbridge"),
    ("body", f"Band 4  |  {POUND}31,380 to {POUND}34,210 a year, including Outer London High Cost Area Supplement"),
    ("body", "Closing date: Sunday 18 March 2029 at 11.59pm"),
    ("body", "Permanent  |  37.5 hours a week  |  Long days, 8am to 8.30pm, on a rota that includes weekends"),
    ("heading", "About the team"),
    (
        "body",
        "Our outreach team of eight nurses and two assistant practitioners is the link between the intensive care "
        "unit and every adult ward in the hospital. We see patients whose early warning scores are rising, follow "
        "up everyone discharged from intensive care, and help ward teams to spot and act on deterioration early. "
        "This new assistant practitioner post will extend our cover to seven days a week.",
    ),
    ("heading", "What your days will look like"),
    ("body", "\u2022 Review patients on the wards with a raised early warning score, with an outreach nurse"),
    ("body", "\u2022 Take bloods and ECGs, and record observations, for patients the team is following"),
    ("body", "\u2022 Visit every patient in the 48 hours after they leave intensive care and record how they are"),
    (
        "body",
        "\u2022 You must see every patient the electronic system flags to the team within 30 minutes and record the "
        "visit before the end of your shift",
    ),
    ("body", "\u2022 Help run the monthly deterioration study days for healthcare support workers"),
    ("heading", "You will need"),
    ("body", "\u2022 A Level 3 qualification in health care, such as the Diploma in Clinical Healthcare Support"),
    ("body", "\u2022 At least two years' experience as a healthcare support worker on an acute adult ward"),
    ("body", "\u2022 Competent in taking a full set of observations and working out a NEWS2 score"),
    ("body", "\u2022 Able to take blood samples and record a 12-lead ECG"),
    ("body", "\u2022 Confident escalating concerns to nurses and doctors using the SBAR structure"),
    ("body", "\u2022 Good IT skills, including entering observations on an electronic system"),
    (
        "body",
        f"\u2022 You don't need to have worked in outreach before {DASH} you'll work alongside our outreach nurses "
        "for your first six weeks",
    ),
    ("heading", "We'd also love you to have"),
    ("body", "\u2022 Experience in critical care, a high dependency unit or an emergency department"),
    ("body", "\u2022 A current Immediate Life Support (ILS) certificate"),
    ("body", "\u2022 Experience of teaching ward staff, for example about observations or sepsis"),
    ("heading", "Before you apply"),
    (
        "body",
        "Please make sure you have the right to work in the UK: this post is not eligible for visa sponsorship. "
        "Any offer will depend on an enhanced DBS check, occupational health clearance and two references, one "
        "from your current or most recent manager. Interviews will be held on Wednesday 28 March 2029.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 Support to top up to a foundation degree, and a route into our nursing degree apprenticeship"),
    ("body", "\u2022 27 days' annual leave plus bank holidays, rising with service"),
    ("body", "\u2022 The NHS Pension Scheme, NHS discounts and a cycle-to-work scheme"),
    ("heading", "About The Hillingdon Hospitals NHS Foundation Trust"),
    (
        "body",
        "We run Hillingdon Hospital and Mount Vernon Hospital and serve more than 350,000 people in the London "
        "Borough of Hillingdon and beyond. Contact: outreach.recruitment@example.com or 020 7946 0488.",
    ),
]

V6_ITEMS = [
    ("title", f"Critical Care Audit Clerk (ICNARC) {DASH} Band 3"),
    ("bold", "Imperial College Healthcare NHS Trust, Adult Critical Care"),
    ("body", "Hammersmith Hospital, Du Cane Road, London W12 0HS, with regular work at Charing Cross Hospital"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Every patient who stays on one of our adult critical care units becomes a record in a national audit. "
        "We send those records to the Intensive Care National Audit and Research Centre, and the reports that come "
        "back show how our units compare with others across the country. We are looking for an audit clerk to "
        "join our two-person data team, working 37.5 hours a week, Monday to Friday. The closing date is "
        "Wednesday 21 March 2029, and interviews will take place at Hammersmith on Tuesday 3 April 2029.",
    ),
    (
        "body",
        "You will collect details of each admission from the electronic record and the bedside charts, check them, "
        "and enter them into the national audit's secure website. You will chase missing information with the "
        "nursing and medical teams and prepare simple monthly figures for the unit's governance meeting. You must "
        "submit every complete record within three months of the patient's discharge from the unit. You do not "
        "need any clinical background: we will teach you where to find everything in the notes.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have experience of accurate data entry in an office. You must be able to read "
        "patients' clinical notes and pick out dates, times and test results carefully. Good Excel skills are "
        "essential, including sorting, filtering and simple formulas. It is essential that you understand the rules "
        "on patient confidentiality and data protection. You must be able to meet monthly deadlines with little "
        "supervision. A good standard of education, including GCSE maths or equivalent, is essential.",
    ),
    (
        "body",
        "Knowledge of medical terminology would be beneficial. Experience of the ICNARC Case Mix Programme or "
        "another national clinical audit would be an advantage. Familiarity with an electronic patient record such "
        "as Cerner is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that you already have the right to work in the UK, because we cannot offer visa "
        "sponsorship for this role, and the post is subject to a basic DBS check. Once you are in post we will "
        "fund the ICNARC data collection training days and membership of the critical care audit network. You "
        "will benefit from 27 days' annual leave plus bank holidays, the NHS Pension, hybrid working after six "
        "months and an interest-free season ticket loan. If you meet most of the points above, we would still "
        "like to hear from you.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply online with reference 290-CC-AUD-044. For an informal conversation about the post, email "
        "critcare.data@example.com or call 020 7946 0915.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_adult_intensive_care_unit_healthcare_support_worker()
    v2_anaesthetic_department_assistant()
    v3_critical_care_ward_clerk()
    v4_post_anaesthesia_care_unit_healthcare_support_worker()
    (ADVERTS / "v5_critical_care_outreach_assistant_practitioner.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_critical_care_audit_clerk.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(15, 60)))


if __name__ == "__main__":
    main()
