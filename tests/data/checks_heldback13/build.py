"""Build the Word and PDF adverts of the thirteenth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback13/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; every Word
file is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same.
The pasted-text adverts (p6 to p8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.advert_files import (  # noqa: E402
    add_rows_merging_categories_down,
    add_rows_with_category_rows,
    blank_docx,
    fill_cell,
    header_table,
    label_value_table,
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

TICK = "\u2713"  # a plain check mark; the other column is left empty
DASH = "\u2013"
BULLET = "\u2022 "
FIXED_TIME = dt.datetime(2028, 1, 10, 8, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 1, 10, 8, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


P1_ROWS = [
    ("Qualifications", "GCSE grade 4 (C) or above in English and maths, or equivalent", TICK, ""),
    (
        "Qualifications",
        "Successful completion of the Trust's six-week Emergency Medical Dispatcher course and exam, "
        "which you will attend on appointment",
        TICK,
        "",
    ),
    ("Qualifications", "A recognised customer service qualification, for example NVQ Level 2", "", TICK),
    (
        "Experience",
        "Experience of working in a telephone-based customer service role or contact centre",
        TICK,
        "",
    ),
    ("Experience", "No previous ambulance or healthcare experience is required", TICK, ""),
    ("Experience", "Experience of working in a healthcare or emergency service setting", "", TICK),
    (
        "Skills and abilities",
        "Able to type accurately while listening and speaking (typing test at assessment centre)",
        TICK,
        "",
    ),
    (
        "Skills and abilities",
        "Able to stay calm and take control of calls with distressed or abusive callers",
        TICK,
        "",
    ),
    ("Skills and abilities", "Clear spoken English, able to give instructions over the phone", TICK, ""),
    ("Skills and abilities", "Must read every question on the protocol card exactly as written", TICK, ""),
    ("Skills and abilities", "Speaks a second language used in London", "", TICK),
    ("Knowledge", "Understanding of the need for patient confidentiality", TICK, ""),
    (
        "Other",
        "Able to work a 24/7 shift pattern including nights, weekends and bank holidays",
        TICK,
        "",
    ),
    ("Other", "Emotional resilience when dealing with upsetting calls", TICK, ""),
    ("Other", "Right to work in the UK; the Trust cannot sponsor this role", TICK, ""),
]


def p1_emergency_medical_dispatcher() -> None:
    """Title and band in the first heading, the employer and closing date only in an "Advert details" table at
    the very end; a tick in the Essential or the Desirable column with the other left empty and the category
    cell merged down; four ticked-Essential rows that are not criteria (the training course the job gives, "No
    previous ambulance or healthcare experience is required", a "Must read ..." duty, right to work)."""
    document = blank_docx("Arial")
    document.add_heading(f"Emergency Medical Dispatcher {DASH} Band 3", level=1)
    document.add_paragraph(
        "Emergency Operations Centres at Waterloo and Bow. Full time, 37.5 hours a week averaged over a "
        "rolling rota of 12-hour day and night shifts."
    )
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "Our Emergency Medical Dispatchers are the first voice a Londoner hears when they dial 999 for an "
        "ambulance. You will take the caller's address and details, work through a structured set of "
        "questions to find out how ill or injured the patient is, and give life-saving instructions such as "
        "CPR until the crew arrives. Every call is recorded and audited."
    )
    for duty in [
        "Answer 999 and urgent calls from the public, police, fire service and healthcare professionals",
        "Enter the incident accurately on the computer-aided dispatch system while the call is in progress",
        "Give pre-arrival and post-dispatch advice to callers, staying on the line where needed",
        "Pass welfare call-backs to the clinical hub when a patient's wait becomes long",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "Essential", "Desirable"])
    add_rows_merging_categories_down(table, P1_ROWS)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, unsocial hours payments, the NHS Pension, free travel on "
        "London Underground and buses for operational staff, and 24-hour access to our staff wellbeing and "
        "trauma support service. All offers are subject to an enhanced DBS check and occupational health clearance."
    )
    document.add_heading("Advert details", level=2)
    label_value_table(
        document,
        [
            ("Employer", "London Ambulance Service NHS Trust"),
            ("Reference", "209-EOC-3318"),
            ("Closing date", "16 February 2028"),
            ("Assessment centres", "From 6 March 2028"),
        ],
    )
    save(document, "p1_emergency_medical_dispatcher.docx")


def p2_emergency_department_patient_flow_coordinator() -> None:
    """The employer in the page header, with the department, band, reference and closing date on a "|" line
    below it; a "You must attend ..." duty; one Essential | Desirable row with unaligned lists and no
    categories, a training line and a "Must escalate ..." duty in the Essential cell and a "not required"
    line in the Desirable cell; eligibility and DBS after the table."""
    document = blank_docx("Calibri")
    header = document.sections[0].header
    header.paragraphs[0].text = "London North West University Healthcare NHS Trust"
    header.add_paragraph("Emergency Department, Northwick Park Hospital | Band 4 | Ref 362-ED-1187 | Closes 09/02/2028")
    document.add_heading("Job description: Emergency Department Patient Flow Coordinator", level=1)
    document.add_paragraph(
        "Northwick Park has one of the busiest emergency departments in the country. The Patient Flow "
        "Coordinator is the link between the department, the wards and the site team: you will know where "
        "every patient in the department is up to, which of them are waiting for a bed, and what is holding "
        "them up."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Keep the department's electronic tracking board up to date and chase outstanding referrals, "
        "tests and transport",
        "Work with the nurse in charge to move patients to the right area as soon as a bed or chair is free",
        "You must attend the 08:00, 12:00, 16:00 and 20:00 site bed meetings and report the department's position",
        "Produce the end-of-shift breach report and record the reasons for every long wait",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Essential", "Desirable"])
    cells = table.add_row().cells
    fill_cell(
        cells[0],
        "Good general education with GCSE English and maths (grade 4/C) or equivalent\n"
        "Experience of coordinating or administering a busy service where priorities change quickly\n"
        "Competent with Microsoft Excel and Outlook, and able to learn new systems\n"
        "Confident communicating with senior clinicians, managers and patients' families, including by phone\n"
        "Able to prioritise and keep accurate records under pressure\n"
        "Full training on Cerner FirstNet and the bed management system will be given\n"
        "Able to work shifts between 07:00 and 23:00, including weekends\n"
        "Must escalate any patient who has been in the department for 12 hours to the site manager",
    )
    fill_cell(
        cells[1],
        "Experience of working in an emergency department or acute hospital\n"
        "Understanding of the four-hour emergency access standard\n"
        "Knowledge of medical terminology\n"
        "Previous NHS experience is welcome but not required",
    )
    document.add_paragraph(
        "Appointment is subject to an enhanced DBS check and proof of your right to work in the UK. We offer "
        "27 days' annual leave plus bank holidays, the NHS Pension, on-site nursery places and free Wellbeing "
        "Hub sessions. Informal enquiries to the ED operations manager on 020 8869 2000."
    )
    save(document, "p2_emergency_department_patient_flow_coordinator.docx")


P3_ROWS = [
    ("1. Education and training",),
    ("1.1", "Educated to A-level standard or equivalent, including a science or maths subject", "Essential", "A"),
    ("1.2", "Degree in a life science, health or data subject", "Desirable", "A"),
    ("1.3", "NIHR Good Clinical Practice (GCP) certificate", "Desirable", "A"),
    ("1.4", "GCP training, provided by the Trust within your first month", "Essential", "N/A"),
    ("2. Experience",),
    ("2.1", "Experience of entering data accurately into databases or electronic forms", "Essential", "A/I"),
    ("2.2", "Experience of working on clinical trials or research studies", "Desirable", "A/I"),
    ("2.3", "Experience of reading medical notes or hospital records to find information", "Desirable", "A/I"),
    ("3. Skills and abilities",),
    ("3.1", "Advanced Excel skills, including data validation and lookups", "Essential", "T"),
    ("3.2", "Excellent attention to detail and the ability to spot inconsistencies in data", "Essential", "T"),
    ("3.3", "Able to manage a caseload of studies and meet sponsor deadlines", "Essential", "I"),
    ("3.4", "Must resolve all data queries raised by sponsors within five working days", "Essential", "N/A"),
    ("3.5", "Familiar with electronic data capture systems such as REDCap or Medidata Rave", "Desirable", "A/I"),
    ("4. Knowledge",),
    ("4.1", "Understanding of confidentiality and data protection (UK GDPR) in research", "Essential", "I"),
    ("5. Other",),
    ("5.1", "Able to work on your own and as part of a multidisciplinary team", "Essential", "I"),
    ("5.2", "Eligible to work in the UK", "Essential", "Pre-employment"),
]


def p3_research_data_coordinator() -> None:
    """Job information in a four-column label/value grid (the band as "Pay band | AfC Band 4"); numbered
    criteria under category rows merged across the table, the level in words in its own column with E and D
    mixed, and a training row and a "Must resolve ..." duty and an eligibility row marked Essential."""
    document = blank_docx("Arial")
    document.add_heading("Research Data Coordinator", level=1)
    label_value_table(
        document,
        [
            ("Employer", "Imperial College Healthcare NHS Trust", "Pay band", "AfC Band 4"),
            ("Department", f"Research and Development {DASH} NIHR Clinical Research Facility", "Hours", "37.5"),
            ("Base", "Hammersmith Hospital, Du Cane Road, London W12 0HS", "Contract", "Fixed term, 24 months"),
            ("Reference", "290-RD-5521", "Closing date", "23/02/2028"),
        ],
    )
    document.add_heading("Job summary", level=2)
    document.add_paragraph(
        "The Clinical Research Facility runs more than 60 studies at any one time, from early-phase medicines "
        "trials to large observational studies. The Research Data Coordinator collects information from "
        "patients' hospital records and study visits, enters it onto each sponsor's database, answers the "
        "sponsors' data queries and prepares the study files for monitoring visits and audits. You will "
        "report to the Research Operations Manager and work closely with the research nurses."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Ref", "Criteria", "Essential / Desirable", "Assessed"])
    add_rows_with_category_rows(table, P3_ROWS)
    document.add_paragraph("Assessed: A = application form, I = interview, T = data entry test on the day.")
    document.add_paragraph(
        "Never worked in research? Many of our coordinators joined us from administrative jobs, and we will "
        "teach you everything you need to know about how studies are run. You will have 27 days' annual leave "
        "plus bank holidays, the NHS Pension and a protected study day each quarter."
    )
    save(document, "p3_research_data_coordinator.docx")


P4_ITEMS = [
    ("title", "Clinical Research Assistant"),
    ("bold", "Research and Development Department, Chelsea and Westminster Hospital NHS Foundation Trust"),
    ("gap", ""),
    ("heading", "The role"),
    (
        "body",
        "Our research teams at Chelsea and Westminster and West Middlesex run studies in HIV and sexual "
        "health, maternity, children's health and critical care. As a Clinical Research Assistant you will "
        "help the research nurses to find and approach patients who may be eligible for a study, book and "
        "prepare study visits, take routine measurements and samples once trained, and keep the paperwork for "
        "each study complete.",
    ),
    ("heading", "What you will do"),
    ("body", f"{BULLET}Screen clinic lists for patients who may be eligible for our studies"),
    ("body", f"{BULLET}Book study visits and send reminders to participants"),
    ("body", f"{BULLET}Record height, weight, blood pressure and ECGs and take blood samples once trained"),
    (
        "body",
        f"{BULLET}Process, package and ship samples following each study's laboratory manual; every sample must "
        "be logged in the sample tracker before it leaves the department",
    ),
    ("body", f"{BULLET}File documents in the investigator site file and enter data onto study databases"),
    ("heading", "Person specification"),
    ("body", "Key: E = essential, D = desirable"),
    ("heading", "Qualifications"),
    (
        "body",
        "E1  Good standard of education, with GCSEs (or equivalent) in English and maths at grade 4 or above",
    ),
    ("body", "D1  BTEC, A-level or degree in a health or science subject"),
    ("body", "E2  Venepuncture and ECG training will be given in your first six weeks"),
    ("heading", "Experience"),
    (
        "body",
        "E3  Experience of working directly with patients or members of the public in a health or care setting",
    ),
    ("body", "D2  Experience of taking blood or processing samples"),
    ("body", "D3  Experience of recruiting people to research studies or surveys"),
    ("heading", "Skills and abilities"),
    ("body", "E4  Able to explain a study clearly to patients in plain English and answer their questions"),
    ("body", "E5  Good IT skills, including Microsoft Word, Excel and email"),
    ("body", "E6  Organised, able to keep accurate records and follow written procedures (SOPs) exactly"),
    ("body", "E7  Must package and send every sample to the central laboratory on the day it is taken"),
    ("heading", "Knowledge"),
    ("body", "D4  Understanding of informed consent in research"),
    ("heading", "Other"),
    ("body", "E8  Flexible to start early (from 07:30) for fasting study visits"),
    ("body", "E9  Proof of your right to work in the UK"),
    ("heading", "Key facts"),
    ("body", "Band: 3 (\u00a329,196 to \u00a330,910 a year including High Cost Area Supplement)"),
    ("body", "Hours: 37.5 a week, Monday to Friday"),
    ("body", "Sites: Chelsea and Westminster Hospital, SW10, and West Middlesex University Hospital, Isleworth"),
    ("body", "Closing date: 1 March 2028"),
    ("body", "Interviews: 15 March 2028"),
    ("body", "This post is subject to an enhanced DBS check."),
]

P5_ITEMS = [
    ("title", "Outpatient Department Healthcare Assistant"),
    ("bold", "The Hillingdon Hospitals NHS Foundation Trust"),
    ("body", "Outpatients, Hillingdon Hospital and Mount Vernon Hospital"),
    ("gap", ""),
    ("heading", "Could you help our clinics run smoothly?"),
    (
        "body",
        "Every week more than 9,000 people come to our outpatient clinics, from fracture and ear, nose and "
        "throat clinics to dermatology and eye clinics. Our healthcare assistants get clinic rooms ready, "
        "weigh and measure patients, take blood pressures and urine samples, help patients to get ready for "
        "examinations and keep clinics running to time. You must clean and restock every clinic room at the "
        "end of each session.",
    ),
    ("heading", "Who we are looking for"),
    (
        "body",
        "It is essential that you have looked after people in a paid or voluntary caring role. You must be "
        "comfortable helping patients who need support to undress, move or use the toilet. Experience of "
        "outpatient clinics would be an advantage. Good spoken and written English is essential, as you will "
        "explain to patients what is going to happen and write up their observations. The Care Certificate "
        "would be an advantage. If you don't have it, you will complete it with us in your first twelve weeks.",
    ),
    (
        "body",
        "It is essential that you can work quickly and tidily to keep clinics running to time. Basic computer "
        "skills are essential for booking patients in on the Trust's systems. Experience of chaperoning "
        "patients during examinations would be a bonus. A Level 2 qualification in health and social care "
        "would be useful. You do not need any previous NHS experience, and you will be trained to take blood "
        "pressures, pulses and weights in your first weeks.",
    ),
    ("heading", "Pay and hours"),
    (
        "body",
        "This is a Band 2 post paying \u00a327,352 a year including Outer London High Cost Area Supplement, "
        "for 37.5 hours a week between 08:00 and 18:00, Monday to Friday, with no nights or weekends.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that you can show you have the right to work in the UK; we are not able to offer "
        "sponsorship for this post. The successful applicant will need an enhanced DBS check. You will enjoy "
        "27 days' annual leave plus bank holidays, the NHS Pension, subsidised staff parking and our "
        "Hillingdon staff discount scheme.",
    ),
    ("body", "Closing date for applications: Friday 18 February 2028. Reference 365-OP-2024."),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    p1_emergency_medical_dispatcher()
    p2_emergency_department_patient_flow_coordinator()
    p3_research_data_coordinator()
    (ADVERTS / "p4_clinical_research_assistant.pdf").write_bytes(pdf_bytes(P4_ITEMS, title=(16, 56)))
    (ADVERTS / "p5_outpatient_department_healthcare_assistant.pdf").write_bytes(pdf_bytes(P5_ITEMS, title=(15, 60)))


if __name__ == "__main__":
    main()
