"""Build the Word and PDF adverts of the fifty-sixth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback56/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is saved
with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The pasted-text
adverts (k7 and k8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH

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

TICK = "\u2713"  # a check mark in the level column that applies; the other cell is left empty
DASH = "\u2013"
BULLET = "\u2022 "
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2028, 12, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 1, 9, 0, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def k1_neurology_day_unit_healthcare_assistant() -> None:
    """The employer only in the page header, right-aligned; one "|" line with the band and the closing date; duties
    as bullets; a check mark in the Essential or Desirable column with bold category rows merged across the table,
    and four ticked-Essential rows that are not criteria (a competency booklet the job gives, "Previous neurology
    experience is not required", a "Must have ..." duty and evidence of the right to work)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Imperial College Healthcare NHS Trust"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    section.footer.paragraphs[0].text = (
        f"Neurosciences Directorate {DASH} Job reference 290-NEU-6613 {DASH} Charing Cross Hospital, "
        "Fulham Palace Road, London W6 8RF"
    )
    document.add_heading("Neurology Day Unit Healthcare Assistant", level=1)
    document.add_paragraph(
        "Band 3  |  Neurosciences Day Unit  |  Charing Cross Hospital, Hammersmith  |  37.5 hours a week  |  "
        "Closing date: Thursday 11 January 2029"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our day unit sees up to 24 patients a day for infusions, lumbar punctures, nerve and muscle biopsies and "
        "tests of the nervous system. Many of our patients live with multiple sclerosis, myasthenia gravis, "
        "epilepsy or motor neurone disease and come back to us every few weeks, so they get to know the team well. "
        "You will work alongside the nurses to make each visit safe, calm and on time."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Welcome patients, check their details and wristband, and show them to their chair or bed",
        "Record observations before, during and after infusions and tell the nurse at once about any change",
        "Help patients who have weakness or poor balance to move, wash, dress and use the toilet",
        "Prepare and clean bed spaces, infusion chairs and equipment between patients",
        "Order stock and keep the unit's store rooms tidy and in date",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("Care Certificate, or willing to complete it within 12 weeks of starting", TICK, ""),
        ("NVQ Level 3 in Health and Social Care or equivalent", "", TICK),
        ("Completion of the Trust's neurology day unit competency booklet in your first three months", TICK, ""),
        ("Experience",),
        ("Experience of providing personal care in a hospital, care home or home care setting", TICK, ""),
        ("Previous neurology experience is not required", TICK, ""),
        ("Experience of caring for people with epilepsy, multiple sclerosis or Parkinson's disease", "", TICK),
        ("Skills and abilities",),
        ("Able to take and record temperature, pulse, blood pressure and oxygen saturation accurately", TICK, ""),
        ("Able to reassure patients who are anxious about infusions or tests", TICK, ""),
        ("Must have every patient's observations entered on Cerner before they leave the unit", TICK, ""),
        ("Basic IT skills, including email and an electronic patient record", "", TICK),
        ("Knowledge",),
        ("Understanding of patient dignity and confidentiality", TICK, ""),
        ("Other",),
        ("Able to work Monday to Friday between 7.30am and 8pm on a rota", TICK, ""),
        ("Evidence of the right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "No nights and no weekends, 27 days' annual leave rising to 33 with service plus bank holidays, the NHS "
        "Pension, a season ticket loan and a funded place on the Trust's Nursing Associate apprenticeship for "
        "healthcare assistants who want to progress. Appointment is subject to two references and an enhanced DBS "
        "check."
    )
    save(document, "k1_neurology_day_unit_healthcare_assistant.docx")


def k2_heart_failure_clinic_coordinator() -> None:
    """The employer on a plain first line; a details table with two label-value pairs a row, the interview date
    before the closing date; a "You must make sure ..." sentence in Job purpose; numbered duties; rows marked E or D
    with the factor merged down the first column and a "How assessed" column, with a training row, a duty row and a
    DBS row marked E that are not criteria; the key and a closing paragraph."""
    document = blank_docx("Calibri")
    document.add_paragraph("London North West University Healthcare NHS Trust")
    document.add_heading("Heart Failure Clinic Coordinator", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 4", "Hours", "37.5 per week, Monday to Friday, with some Saturdays"),
            ("Department", f"Cardiology {DASH} Heart Failure Service", "Base", "Northwick Park Hospital, Harrow"),
            ("Contract", "Permanent", "Reference", "372-CARD-5106"),
            ("Interviews", "31/01/2029", "Closing date", "17/01/2029"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The heart failure service looks after around 1,400 people across Brent, Harrow and Ealing, in nurse-led "
        "clinics, consultant clinics and a diuretic day service. The coordinator keeps these clinics running: "
        "booking, rebooking and tracking every patient so that nobody waits longer than they should. You must make "
        "sure that every patient discharged from our wards with a new diagnosis of heart failure is offered a clinic "
        "appointment within two weeks of going home."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Book new referrals and follow-ups into the right clinic, in order of clinical priority.",
        "Build the clinic templates for the consultants and specialist nurses six weeks ahead and fill cancelled "
        "slots.",
        "Answer the heart failure advice line, take messages for the nurses and call patients back about their "
        "appointments.",
        "Keep the service's waiting list up to date and report weekly to the service manager.",
        "Send clinic letters and results to GPs and arrange transport for patients who need it.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Educated to A level standard or equivalent experience", "E", "A"),
        ("Qualifications", "European Computer Driving Licence (ECDL) or equivalent IT qualification", "D", "A"),
        ("Qualifications", "NHS Data Security Awareness training, completed in your first week", "E", "N/A"),
        ("Experience", "Experience of booking and coordinating outpatient clinics", "E", "A / I"),
        (
            "Experience",
            "Experience of working with a patient administration system, such as Cerner or Medway",
            "D",
            "A / I",
        ),
        ("Experience", "Experience of working with patients who have long-term heart or lung conditions", "D", "A / I"),
        ("Skills and abilities", "Able to prioritise a changing workload and meet waiting time targets", "E", "I"),
        ("Skills and abilities", "Good keyboard skills and confident with Microsoft Excel and Outlook", "E", "A / T"),
        ("Skills and abilities", "Tactful telephone manner with patients who are unwell or anxious", "E", "I"),
        (
            "Skills and abilities",
            "Must upload every clinic outcome form to the patient record within 24 hours",
            "E",
            "N/A",
        ),
        ("Knowledge", "Knowledge of the 18-week referral to treatment rules", "D", "I"),
        ("Other", "Able to cover the Saturday heart failure clinic one week in four", "E", "I"),
        ("Other", "Satisfactory basic DBS check", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, T = typing and Excel test on the day.")
    document.add_paragraph(
        "We do not expect you to have worked in cardiology before: the heart failure nurses will teach you what you "
        "need to know about the condition and its medicines. We offer 27 days' annual leave plus bank holidays, the "
        "NHS Pension, time off in lieu for Saturday clinics and free parking at Northwick Park."
    )
    save(document, "k2_heart_failure_clinic_coordinator.docx")


def k3_ambulatory_ecg_monitoring_assistant() -> None:
    """Title, employer and service, base, band and closing line at the top; Essential and Desirable side by side
    per category, with a training line and a right-to-work line in Essential cells, "N/A" in one Desirable cell and a
    benefit alone in another."""
    document = blank_docx("Arial")
    document.add_heading("Ambulatory ECG Monitoring Assistant", level=1)
    document.add_paragraph(
        f"The Hillingdon Hospitals NHS Foundation Trust  |  Cardiology {DASH} Cardiac Investigations"
    )
    document.add_paragraph(
        "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN, with two sessions a week at Mount Vernon Hospital, "
        "Northwood"
    )
    document.add_paragraph(f"Band 3  |  {POUND}29,970 to {POUND}31,700 a year including HCAS  |  37.5 hours a week")
    document.add_paragraph("Closing date: Friday 19 January 2029      Interviews: Wednesday 31 January 2029")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our cardiac investigations team fits around 120 heart monitors a week for patients whose palpitations, "
        "blackouts or dizzy spells need to be recorded over one to fourteen days. You will fit and remove Holter "
        "monitors and event recorders, show patients how to look after them, download the recordings for the "
        "cardiac physiologists to analyse and keep the booking list moving. You will also record resting ECGs in "
        "the outpatient clinics when the team is busy."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade 4 (C) or above, or equivalent",
            "A recognised ECG recording certificate",
        ),
        (
            "Experience",
            "Experience of working directly with patients or the public in a health or care setting\n"
            f"No cardiology experience needed {DASH} full training in fitting Holter monitors is given",
            "Experience of recording 12-lead ECGs",
        ),
        (
            "Skills",
            "Good manual dexterity for attaching electrodes and small recording devices\n"
            "Able to explain clearly to patients how to wear a monitor and keep a symptom diary",
            "Confident using a computer to download and file recordings",
        ),
        (
            "Knowledge",
            "Understanding of infection prevention, including cleaning equipment between patients",
            "N/A",
        ),
        (
            "Other",
            "Able to work at both Hillingdon and Mount Vernon hospitals\n"
            f"Right to work in the UK {DASH} we are unable to offer sponsorship for this post",
            "Free staff parking at both hospitals and a cycle-to-work scheme",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "The department is open from 8am to 6pm, Monday to Friday. You will get 27 days' annual leave rising to 33 "
        "with service, the NHS Pension and support to take the Level 3 cardiac physiology apprenticeship once you "
        "have passed probation. Offers are subject to references and a standard DBS check."
    )
    save(document, "k3_ambulatory_ecg_monitoring_assistant.docx")


def k4_diabetes_foot_clinic_healthcare_assistant() -> None:
    """Everything about the post in a two-column details table with no header row; Role summary; Key duties with a
    "You must ..." bullet; an Essential row and a Desirable row per area with the area merged down over both, a
    "not required" line and a DBS line in Essential rows and a training line alone in one Desirable row."""
    document = blank_docx("Calibri")
    document.add_heading("Job description", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Diabetes Foot Clinic Healthcare Assistant"),
            ("Band", "Band 3"),
            ("Organisation", "Chelsea and Westminster Hospital NHS Foundation Trust"),
            ("Service", f"Diabetes and Endocrinology {DASH} Multidisciplinary Foot Clinic"),
            ("Base", "West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF"),
            ("Hours", "30 hours a week, Monday to Friday, including one evening clinic"),
            ("Closing date", "24/01/2029"),
            ("Reference", "C9-DIA-2271"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Our foot clinic sees people with diabetes who have ulcers, infections or Charcot foot, together with a "
        "consultant, podiatrists and a specialist nurse. You will get patients and rooms ready, help the clinicians "
        "during dressings and procedures and make sure every visit is properly recorded."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Take patients' observations, blood glucose and weight and record them on the electronic patient record",
        "Set up dressing trolleys and help the podiatrists and nurses with wound care",
        "Remove and apply casts and offloading boots under the direction of the podiatrist",
        "Order and restock dressings, footwear and clinic supplies",
        "You must clean and restock every clinic room between sessions and record the dressings fridge "
        "temperature each morning",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "Care Certificate or NVQ Level 2 in Health and Social Care"),
        ("Qualifications", "Desirable", "Level 3 Diploma in Clinical Healthcare Support"),
        (
            "Experience",
            "Essential",
            "Experience as a healthcare assistant or care worker\nPrevious experience of foot care is not required",
        ),
        ("Experience", "Desirable", "Experience of working in a diabetes or wound care clinic"),
        (
            "Skills",
            "Essential",
            "Able to check and record blood glucose readings accurately\n"
            "Able to follow a clean technique when setting up a dressing trolley",
        ),
        ("Skills", "Desirable", "Able to take clinical photographs of wounds for the patient record"),
        ("Knowledge", "Essential", "Awareness of why people with diabetes are at risk of foot ulcers"),
        (
            "Knowledge",
            "Desirable",
            "We will give you full training in foot screening and in the clinic's dressing products",
        ),
        (
            "Other",
            "Essential",
            "Able to work the Tuesday evening clinic until 7.30pm\nSatisfactory enhanced DBS check",
        ),
        ("Other", "Desirable", "Speaks a community language used in Hounslow, such as Punjabi or Gujarati"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave pro rata plus bank holidays, the NHS Pension, unsocial hours pay for the "
        "evening clinic, free uniform and access to our staff wellbeing service. You must have the right to work in "
        "the UK; we cannot offer visa sponsorship for this post."
    )
    save(document, "k4_diabetes_foot_clinic_healthcare_assistant.docx")


K5_ITEMS = [
    ("title", "Renal Outpatient Clinic Coordinator"),
    ("bold", f"Imperial College Healthcare NHS Trust {DASH} West London Renal and Transplant Centre"),
    ("body", "Hammersmith Hospital, Du Cane Road, London W12 0HS"),
    ("gap", ""),
    ("body", f"Band 3  |  {POUND}29,970 to {POUND}31,700 a year, including Inner London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Monday to Friday, with two late shifts"),
    ("body", "Closing date: Sunday 28 January 2029 at 23:59. Interviews: Thursday 8 February 2029."),
    ("heading", "About the role"),
    (
        "body",
        "Our renal outpatient department runs more than 60 clinics a week for people with kidney disease, people "
        "on dialysis and people who have had, or are waiting for, a kidney transplant. Patients come from across "
        "North West London and beyond, and many have several appointments on the same day. As a clinic "
        "coordinator you will keep those clinics running smoothly, from booking to the letter that goes to the GP.",
    ),
    ("heading", "What you'll do"),
    ("body", f"{BULLET}Book, change and cancel appointments and make sure every patient gets a letter or text"),
    ("body", f"{BULLET}Check patients in, update their contact and GP details and let the clinic team know"),
    ("body", f"{BULLET}Prepare clinic lists and chase missing results before each clinic"),
    (
        "body",
        f"{BULLET}You must make sure every transplant patient's blood test forms are printed and in the clinic room "
        "by 8am, so that they can have their bloods taken before they see the doctor",
    ),
    ("body", f"{BULLET}Answer the department's phone line and pass urgent messages to the renal nurses"),
    ("heading", "What we're looking for"),
    ("bold", "What you'll need"),
    ("body", f"{BULLET}Experience of running a busy reception, booking office or appointments desk"),
    ("body", f"{BULLET}Confident using Microsoft Word, Outlook and Excel"),
    ("body", f"{BULLET}Clear, polite telephone manner, including with patients who are hard of hearing"),
    ("body", f"{BULLET}Able to keep accurate records and spot mistakes in patient details"),
    ("body", f"{BULLET}Able to work a late shift until 6.30pm two days a week"),
    (
        "body",
        f"{BULLET}You do not need to know anything about kidney disease before you start {DASH} our renal nurses run "
        "a two-day introduction for every new coordinator",
    ),
    ("bold", "What would help"),
    ("body", f"{BULLET}Experience of booking appointments on Cerner or another hospital system"),
    ("body", f"{BULLET}Knowledge of medical terminology"),
    ("body", f"{BULLET}Able to speak Arabic, Somali, Polish or another language spoken by our patients"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need to show that you have the right to work in the UK; we are not able to sponsor a visa for "
        "this post. Offers are subject to two references and a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET}27 days' annual leave, rising to 33 days with service, plus bank holidays"),
    ("body", f"{BULLET}NHS Pension Scheme, season ticket loan and NHS discounts"),
    ("body", f"{BULLET}A funded Level 3 Business Administration apprenticeship after your probation"),
]

K6_ITEMS = [
    ("title", "Diabetes Patient Pathway Coordinator"),
    ("body", "Hillingdon Community Diabetes Service, Central and North West London NHS Foundation Trust"),
    ("body", "Based at Yiewsley Health Centre, with clinics in health centres across Hillingdon"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Central and North West London NHS Foundation Trust runs the community diabetes service for adults in "
        "Hillingdon, with specialist nurses, dietitians and podiatrists working alongside GP practices. We are "
        "looking for a Diabetes Patient Pathway Coordinator to join us at Band 4, working 37.5 hours a week, "
        "Monday to Friday. The closing date is Friday 2 February 2029 and interviews will be held in the week "
        "beginning 12 February.",
    ),
    (
        "body",
        "You will follow each person referred to us from the day the referral arrives until they are discharged "
        "back to their GP: booking first appointments and education courses, making sure tests and reviews happen "
        "on time and following up anyone who does not attend. You must check the referral inbox twice a day and "
        "book every urgent referral within two working days. You do not need a clinical background.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a role where you tracked people or cases through several steps, "
        "such as referrals, bookings or orders. You must be able to build and keep up to date a simple spreadsheet, "
        "using filters and sorting. Clear, confident telephone skills are essential, as you will call patients who "
        "have missed appointments. It is essential that you can plan your own week and chase things up without "
        "being reminded. A good standard of written English is essential, because you will write to patients and "
        "GP practices.",
    ),
    (
        "body",
        "Experience of working in a GP practice or community health service would be beneficial. Knowledge of "
        "SystmOne would be an advantage. An understanding of type 1 and type 2 diabetes and of the annual checks "
        "people with diabetes need is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need a standard DBS check. In your first month you will "
        "complete the service's diabetes awareness e-learning and SystmOne training. You will benefit from 27 "
        "days' annual leave plus bank holidays, the NHS Pension, free parking at our health centres and a "
        "cycle-to-work scheme. We would like to hear from you even if you do not meet every point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    k1_neurology_day_unit_healthcare_assistant()
    k2_heart_failure_clinic_coordinator()
    k3_ambulatory_ecg_monitoring_assistant()
    k4_diabetes_foot_clinic_healthcare_assistant()
    (ADVERTS / "k5_renal_outpatient_clinic_coordinator.pdf").write_bytes(pdf_bytes(K5_ITEMS, title=(16, 56)))
    (ADVERTS / "k6_diabetes_patient_pathway_coordinator.pdf").write_bytes(pdf_bytes(K6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
