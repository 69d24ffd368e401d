"""Build the Word and PDF adverts of held-back set 104 from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback104/build.py`. The generated files are
committed, so nothing needs this script to score them; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`; each Word file is saved with fixed core-property dates and fixed zip
time stamps, so a rebuild is byte for byte the same. The pasted-text adverts (r7 and r8) are plain files and are not
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
    label_value_table,
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

TICK = "\u2713"  # a plain check mark; the other level cell is left empty
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2029, 2, 1, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 1, 10, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def r1_sickle_cell_day_unit_healthcare_assistant() -> None:
    """Tick column with category rows merged across the table. The job title and band only in the page header,
    the employer only in the page footer; the closing date in a sentence after the duties. Four ticked rows that
    are not criteria: e-learning the job gives, "no previous haematology experience", a "Must ..." duty and an
    enhanced DBS check."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Sickle Cell Day Unit Healthcare Assistant {DASH} Band 3"
    section.footer.paragraphs[0].text = (
        "London North West University Healthcare NHS Trust  |  Central Middlesex Hospital, Acton Lane, London NW10 "
        "7NS  |  Job ref 362-HAE-2291"
    )
    document.add_heading("Job description and person specification", level=1)
    document.add_paragraph(
        "Red Cell Day Unit, Haematology Directorate. 37.5 hours a week on a rota of early (7.30am to 3.30pm) and "
        f"late (11.30am to 7.30pm) shifts. Permanent. {POUND}27,898 to {POUND}30,615 a year including Outer London "
        "High Cost Area Supplement."
    )
    document.add_heading("About the unit", level=2)
    document.add_paragraph(
        "Our day unit sees adults with sickle cell disease and thalassaemia from Brent, Ealing and Harrow. People come "
        "to us for planned top-up transfusions, for iron chelation reviews and, when they are in a painful crisis, for "
        "fast pain relief so that they can avoid a long wait in A&E. The team is six nurses, two healthcare "
        "assistants and a ward clerk, with the red cell consultants on the floor above."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Welcome patients, check their wristbands and settle them into a chair or bed for their treatment",
        "Take observations before, during and after each transfusion and report anything unusual to the nurse in "
        "charge",
        "Help patients in crisis to get comfortable with warm packs, drinks and regular pain scores",
        "Keep the unit stocked and clean, and take samples to the laboratory",
        "Book follow-up visits with the ward clerk and keep patient records up to date",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_paragraph(
        "Applications close on Monday 5 March 2029. Interviews will be held at Central Middlesex Hospital on "
        "Thursday 15 March 2029."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Requirement", "E", "D"])
    rows = [
        ("Education and training",),
        (
            "Good standard of literacy and numeracy, such as GCSE English and maths at grade 4 (C) or above",
            TICK,
            "",
        ),
        ("Level 3 Diploma in Adult Care or Healthcare Support, or equivalent", "", TICK),
        ("Completion of the Trust's sickle cell pain e-learning within your first month", TICK, ""),
        ("Experience",),
        (
            "Experience of working as a healthcare assistant or care worker in a hospital, care home or community "
            "setting",
            TICK,
            "",
        ),
        ("No previous haematology experience is required", TICK, ""),
        ("Experience of caring for people with sickle cell disease or thalassaemia", "", TICK),
        ("Skills and abilities",),
        (
            "Able to take and record a full set of observations, including temperature, pulse, blood pressure, "
            "oxygen saturation and breathing rate",
            TICK,
            "",
        ),
        ("Able to recognise when a patient in pain is getting worse and tell the nurse straight away", TICK, ""),
        (
            "Clear spoken and written English, and able to explain things simply to patients and their families",
            TICK,
            "",
        ),
        ("Experience of recording care on an electronic patient record such as Cerner", "", TICK),
        ("Must check the oxygen cylinders and observation machines are ready at the start of every shift", TICK, ""),
        ("Other",),
        ("Enhanced DBS check", TICK, ""),
        ("Able to work a rota of early and late shifts, including one Saturday in four", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, rising with service; the NHS Pension; free flu vaccination; a "
        "staff restaurant and on-site parking at a reduced rate. We will support you to take the Level 3 Diploma "
        "once you have passed probation. You will need to show that you have the right to work in the UK."
    )
    save(document, "r1_sickle_cell_day_unit_healthcare_assistant.docx")


def r2_red_cell_exchange_support_worker() -> None:
    """Rows marked E or D with the area merged down the first column and a "How assessed" column. The employer in
    bold on the first line, the band in a pay line, the closing date only in the page footer. Rows marked E that are
    not criteria: apheresis training given in the first months and the right to work."""
    document = blank_docx("Calibri")
    document.sections[0].footer.paragraphs[
        0
    ].text = "Closing date: 9 March 2029  \u00b7  Vacancy reference 290-RC-0731  \u00b7  Enquiries: 020 7946 0418"
    first = document.add_paragraph()
    first.add_run("Imperial College Healthcare NHS Trust").bold = True
    document.add_heading("Red Cell Exchange Support Worker", level=1)
    document.add_paragraph(
        f"Pay: Agenda for Change Band 3, {POUND}29,970 to {POUND}31,697 a year including High Cost Area Supplement"
    )
    document.add_paragraph(
        "Apheresis Unit, Hammersmith Hospital, Du Cane Road. 37.5 hours a week, Monday to Friday, with the unit "
        "open from 7.30am."
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Many of our patients with sickle cell disease come to us every four to eight weeks for an automated red "
        "cell exchange, in which a machine removes some of their own red cells and replaces them with donated ones. "
        "Each exchange takes two to three hours. The support worker gets each patient and each machine ready, stays "
        "with patients during the procedure and keeps the unit running to time. You must never start a procedure "
        "until a nurse has checked the patient's identity and the blood with you at the chairside."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Prepare treatment chairs and set up the apheresis machines and their kits under the supervision of a nurse",
        "Take and record observations and weight, and tell the nurse about any change",
        "Keep patients comfortable during long procedures and explain what is happening",
        "Book the next exchange before each patient leaves, and order the blood for it",
        "Check stock, fridge temperatures and cleaning records and complete the daily checklist",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Requirement", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "GCSE (or equivalent) in English and maths", "E", "Application"),
        ("Qualifications", "Care Certificate or Level 2 Diploma in Care", "D", "Application"),
        (
            "Qualifications",
            "Apheresis machine competency training, given in the first three months",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of giving direct care to patients in a hospital or clinic",
            "E",
            "Application / Interview",
        ),
        (
            "Experience",
            "Experience in a day unit, dialysis unit or other service where patients come in for regular treatment",
            "D",
            "Application / Interview",
        ),
        (
            "Skills",
            "Able to follow a written procedure step by step and record every check accurately",
            "E",
            "Interview",
        ),
        (
            "Skills",
            "Able to reassure anxious patients, including young adults and people who are afraid of needles",
            "E",
            "Interview",
        ),
        ("Skills", "Confident using a computer to book appointments and enter data", "E", "Application / Test"),
        ("Skills", "Experience of venepuncture or cannulation", "D", "Application"),
        (
            "Knowledge",
            "Basic understanding of sickle cell disease and why some patients need regular exchange transfusions",
            "D",
            "Interview",
        ),
        ("Other", "Able to start at 7.30am on treatment days", "E", "Interview"),
        (
            "Other",
            f"Right to work in the UK {DASH} this post is not eligible for visa sponsorship",
            "E",
            "Pre-employment checks",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("E = essential, D = desirable. Test = a short computer exercise on the interview day.")
    document.add_paragraph(
        "You do not need to have worked with apheresis machines before. The post is subject to an enhanced DBS check "
        "and two references. We offer 27 days' annual leave plus bank holidays, the NHS Pension, an interest-free "
        "season ticket loan and a cycle-to-work scheme."
    )
    save(document, "r2_red_cell_exchange_support_worker.docx")


def r3_thalassaemia_clinic_receptionist() -> None:
    """Essential and Desirable side by side per category. The employer only in the page header; band, closing date
    and interview date in a details table holding two label-value pairs a row. A "no NHS experience" line in an
    Essential cell, "N/A" in one Desirable cell, and a right-to-work line under the last Essential criterion."""
    document = blank_docx("Calibri")
    document.sections[0].header.paragraphs[0].text = "Chelsea and Westminster Hospital NHS Foundation Trust"
    document.add_heading("Thalassaemia Clinic Receptionist", level=1)
    label_value_table(
        document,
        [
            ("Pay band", "Band 2", "Salary", f"{POUND}26,530 to {POUND}27,898 a year including HCAS"),
            ("Hours", "37.5 a week, Monday to Friday", "Contract", "Permanent"),
            ("Closing date", "Wednesday 14 March 2029", "Interviews", "Wednesday 28 March 2029"),
            ("Site", "West Middlesex University Hospital, Twickenham Road, Isleworth", "Reference", "C9-2204-RCR"),
        ],
    )
    document.add_heading("About the clinic", level=2)
    document.add_paragraph(
        "Our red cell clinic looks after more than 200 adults with thalassaemia and other inherited anaemias, many of "
        "whom have come to us every few weeks for years. The receptionist is the first person they see: you will check "
        "people in, book their next transfusion and clinic visits, answer the phone and keep the waiting area running "
        "smoothly. On Tuesdays and Thursdays the clinic stays open into the evening for people who work."
    )
    document.add_paragraph(
        "You must check each patient's name, date of birth and address with them at every visit, and update the "
        "record straight away when anything has changed."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English at grade 4 (C) or above, or equivalent",
            "NVQ Level 2 in Business Administration or Customer Service",
        ),
        (
            "Experience",
            "Experience of working on a reception desk or in another customer-facing role\n"
            f"No NHS experience needed {DASH} we will train you on Cerner and the clinic's booking rules",
            "Experience of booking appointments in a hospital or GP surgery",
        ),
        (
            "Skills",
            "Confident using a keyboard and email\nAble to stay polite and calm with patients who are unwell or upset",
            "Able to speak Urdu, Punjabi, Arabic, Greek or Turkish",
        ),
        ("Knowledge", "Understanding of why patient information must be kept confidential", "N/A"),
        (
            "Other",
            "Able to work until 7pm for the Tuesday and Thursday evening clinics\n"
            "Right to work in the UK (we are unable to offer visa sponsorship)",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "Time off in lieu for the evening clinics, 27 days' annual leave plus bank holidays, the NHS Pension, free "
        "parking after 5pm and a staff wellbeing service. Appointment is subject to references and a basic DBS check."
    )
    save(document, "r3_thalassaemia_clinic_receptionist.docx")


def r4_haemoglobinopathy_registry_data_assistant() -> None:
    """Essential and Desirable as two rows per area (the area merged down over both). The band only in the page
    header; the employer and the job title inside the opening sentence; the closing date only in the last
    paragraph. "Previous NHS experience is not needed" under the Experience Essential row and a DBS and right-to-work
    line under the Other Essential row; "N/A" as the Other Desirable row."""
    document = blank_docx("Arial")
    document.sections[0].header.paragraphs[0].text = f"Band 4  {DASH}  Red Cell Service, Hammersmith Hospital"
    document.add_heading("Job description", level=1)
    document.add_paragraph(
        "Imperial College Healthcare NHS Trust is looking for a Haemoglobinopathy Registry Data Assistant to join the "
        "red cell team at Hammersmith Hospital, working 37.5 hours a week with two days a week from home once "
        "trained."
    )
    document.add_heading("The role", level=2)
    document.add_paragraph(
        "Every person with sickle cell disease or thalassaemia cared for by the Trust should be on the national "
        "register, with their transfusions, iron levels, admissions and annual reviews kept up to date. You will "
        "enter and check this information from clinic letters, the transfusion laboratory and our own records, chase "
        "anything missing and produce the monthly figures that the network and commissioners ask for."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Add new patients to the register and record each clinic visit, transfusion and admission",
        "Run the monthly completeness checks and send lists of gaps to the clinicians concerned",
        "Prepare the monthly activity return and the quarterly figures for the network meeting",
        "Keep the team's tracker of annual reviews, eye and heart scans up to date",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "Educated to A-level standard or equivalent, including English"),
        ("Qualifications", "Desirable", "ECDL or another recognised IT qualification"),
        (
            "Experience",
            "Essential",
            "Experience of data entry or administration in an office\nPrevious NHS experience is not needed",
        ),
        ("Experience", "Desirable", "Experience of working with patient records in a hospital"),
        (
            "Skills",
            "Essential",
            "Good Excel skills, including filters and simple formulas\n"
            "High level of accuracy when checking and entering data",
        ),
        (
            "Skills",
            "Desirable",
            "Experience of the National Haemoglobinopathy Register or another clinical database",
        ),
        ("Knowledge", "Essential", "Understanding of data protection law and the Caldicott principles"),
        ("Knowledge", "Desirable", "Basic knowledge of the medical terms used in haematology"),
        (
            "Other",
            "Essential",
            "Able to meet monthly reporting deadlines\nBasic DBS check and proof of the right to work in the UK",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "Full training on the register is given. We offer 27 days' annual leave plus bank holidays, the NHS Pension "
        "and a season ticket loan. The closing date is Friday 16 March 2029, and interviews will be held on "
        "Tuesday 27 March 2029."
    )
    save(document, "r4_haemoglobinopathy_registry_data_assistant.docx")


R5_ITEMS = [
    ("title", "Community Sickle Cell and Thalassaemia Support Worker"),
    (
        "bold",
        f"Central London Community Healthcare NHS Trust {DASH} Sickle Cell and Thalassaemia Community Service",
    ),
    ("body", "Based in Hammersmith, with home and school visits across the three boroughs we serve"),
    ("gap", ""),
    ("body", f"Band 4  |  {POUND}32,316 to {POUND}35,392 a year including Inner London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Monday to Friday, 9am to 5pm, with one late clinic a month"),
    ("heading", "About the role"),
    (
        "body",
        "Our community service supports children, young people and adults with sickle cell disease and thalassaemia "
        "and their families. Our specialist nurses look after the clinical side; you will help with everything else "
        "that makes life with a lifelong condition harder, from school absences and housing to benefits and "
        "appointments.",
    ),
    ("heading", "What you'll do"),
    ("body", "\u2022 Visit families at home and at school, and follow up after hospital admissions"),
    ("body", "\u2022 Help patients to understand their care plans, letters and appointments"),
    ("body", "\u2022 Make referrals and phone calls for patients, and go with them to meetings where needed"),
    (
        "body",
        "\u2022 You must write up every visit on SystmOne on the same day, and pass any safeguarding worry to the "
        "nurse on duty before you go home",
    ),
    ("body", "\u2022 Help to run the service's teenage support group and its summer family day"),
    ("heading", "What we need from you"),
    ("body", "\u2022 A Level 3 qualification in health, social care or youth work"),
    (
        "body",
        "\u2022 At least two years' experience of supporting people in a health, social care or community setting",
    ),
    ("body", "\u2022 Able to explain a care plan or a hospital letter in plain words to patients and families"),
    (
        "body",
        "\u2022 Confident making phone calls and referrals to schools, GPs, housing and benefits services for a "
        "patient",
    ),
    ("body", "\u2022 Able to organise your own diary of home and school visits"),
    ("body", "\u2022 Able to travel across Hammersmith and Fulham, Kensington and Chelsea and Westminster"),
    (
        "body",
        f"\u2022 You don't need to know about sickle cell before you start {DASH} we'll give you six weeks' training "
        "alongside our specialist nurses",
    ),
    (
        "body",
        "\u2022 An enhanced DBS check and the right to work in the UK (we can't offer visa sponsorship for this post)",
    ),
    ("heading", "Good to have"),
    ("body", "\u2022 Experience of supporting children or young people with a long-term health condition"),
    ("body", "\u2022 Knowledge of the benefits system, including Personal Independence Payment"),
    ("body", "\u2022 Able to speak Somali, Yoruba, Twi, Arabic or French"),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave, rising to 33 with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension, a work phone and a travel card for visits"),
    ("body", "\u2022 Regular supervision and a funded counselling skills course after your first year"),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through NHS Jobs, reference 391-CS-1042. Closing date: Sunday 18 March 2029 at 23:59. Interviews: "
        "Wednesday 28 March 2029. For an informal chat, call the service lead on 020 7946 0752.",
    ),
]

R6_ITEMS = [
    ("title", "Patient Blood Management Assistant"),
    ("bold", "Hospital Transfusion Team, The Hillingdon Hospitals NHS Foundation Trust"),
    ("body", "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Blood is precious, and every unit given in our hospitals has to be accounted for. Our Hospital Transfusion "
        "Team of two transfusion practitioners and a consultant haematologist is looking for an assistant at Band 3, "
        "37.5 hours a week, to help us trace every unit, run our audits and support the training of ward staff. "
        "Applications close on Tuesday 20 March 2029 and interviews will be held on Tuesday 3 April 2029.",
    ),
    (
        "body",
        "Each day you will check the blood tracking reports, find any unit whose fate has not been recorded and chase "
        "the ward or theatre concerned. You must chase every untraced unit within 48 hours and record the outcome on "
        "the traceability log. You will also collect data for national and local audits, book staff onto transfusion "
        "training and keep the team's records in order. You do not need to have worked in a transfusion laboratory "
        "before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have GCSEs (or equivalent) in English and maths at grade 4 or above. You must have "
        "worked in a hospital, a laboratory or another clinical setting. Good Excel skills are essential, because you "
        "will keep the team's audit spreadsheets. It is essential that you keep exact records, as every unit of blood "
        "has to be traced from donor to patient. You must be able to speak confidently on the phone to doctors, nurses "
        "and porters when chasing a missing record. It is essential that you can work on your own and plan your week "
        "around audit deadlines.",
    ),
    (
        "body",
        "A science qualification at A-level or above would be beneficial. Knowledge of how blood components are "
        "stored, and why the temperature matters, would be an advantage. Experience of a laboratory computer system "
        "such as WinPath, or of a blood tracking system, would be beneficial.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post cannot be sponsored, and the "
        "successful applicant will need a basic DBS check. Transfusion training, which is essential for everyone who "
        "handles blood records, is given in your first month. You will benefit from 27 days' annual leave plus bank "
        "holidays, the NHS Pension, on-site parking and a staff gym.",
    ),
    ("heading", "How to apply"),
    ("body", "Apply on Trac, reference 356-PBM-0419. Questions to the lead transfusion practitioner on 020 7946 0263."),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    r1_sickle_cell_day_unit_healthcare_assistant()
    r2_red_cell_exchange_support_worker()
    r3_thalassaemia_clinic_receptionist()
    r4_haemoglobinopathy_registry_data_assistant()
    (ADVERTS / "r5_community_sickle_cell_and_thalassaemia_support_worker.pdf").write_bytes(
        pdf_bytes(R5_ITEMS, title=(15, 62))
    )
    (ADVERTS / "r6_patient_blood_management_assistant.pdf").write_bytes(pdf_bytes(R6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
