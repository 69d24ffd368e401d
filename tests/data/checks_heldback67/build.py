"""Build the Word and PDF adverts of the sixty-seventh held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback67/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is
saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (v7 and v8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402

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
FIXED_TIME = dt.datetime(2028, 12, 4, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 4, 9, 30, 0)  # every Word file's zip entries


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_renal_ward_healthcare_assistant() -> None:
    """The employer only in the page header; the title as the heading and the band and closing date on one line
    under it; duties as Word bullets; tick columns under "Criteria | Essential | Desirable" with bold category
    rows merged across, and four ticked-Essential rows that are not criteria (training the job gives, "no
    experience needed", a "Must ... by 9am" duty and a DBS line); the ward and a reference in the footer."""
    document = blank_docx("Arial")
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "London North West University Healthcare NHS Trust"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    section.footer.paragraphs[0].text = (
        "Kidney and Dialysis Services \u00b7 Northwick Park Hospital, Watford Road, Harrow HA1 3UJ \u00b7 Ref "
        "338-MED-6104-KD"
    )
    document.add_heading("Renal Ward Healthcare Assistant", level=1)
    document.add_paragraph(
        "Band 3  |  Renal inpatient ward, Northwick Park Hospital  |  37.5 hours a week  |  Closing date: "
        "Wednesday 10 January 2029"
    )
    document.add_heading("About the ward", level=2)
    document.add_paragraph(
        "Our 24-bed renal ward looks after people with kidney failure who are too unwell to be treated as "
        "outpatients: people starting dialysis, people with infections of their dialysis lines and people "
        "recovering from surgery to create a fistula. Many of our patients have been coming to the hospital for "
        "years and know the team well, and their families are part of the ward day."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Help patients to wash, dress, eat and move safely, respecting their privacy and dignity",
        "Take and record observations, blood sugars and weights, and tell the nurse in charge about any change",
        "Keep fluid balance charts up to date for patients on a fluid restriction",
        "Prepare bed spaces for admissions and clean equipment between patients",
        "Escort patients to the dialysis unit and to X-ray, and hand over to the staff there",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        (
            "Good standard of literacy and numeracy, e.g. GCSE English and maths at grade 4 (C) or Functional "
            "Skills Level 2",
            TICK,
            "",
        ),
        ("Level 3 Diploma in Adult Care or in Clinical Healthcare Support", "", TICK),
        ("Completion of the Trust's renal ward induction and fluid balance e-learning in your first month", TICK, ""),
        ("Experience",),
        ("Experience of giving personal care in a hospital, nursing home or community setting", TICK, ""),
        ("No previous kidney or dialysis experience needed", TICK, ""),
        ("Experience of caring for people with kidney disease", "", TICK),
        ("Skills and abilities",),
        (
            "Able to record observations (temperature, pulse, blood pressure) and fluid balance charts accurately",
            TICK,
            "",
        ),
        ("Able to reassure patients and relatives who are anxious or upset", TICK, ""),
        ("Must weigh every patient before breakfast and enter the weight on Cerner by 9am", TICK, ""),
        ("Experience of using an electronic patient record such as Cerner", "", TICK),
        ("Knowledge",),
        ("Understanding of infection prevention and control, including hand hygiene", TICK, ""),
        ("Other",),
        ("Enhanced DBS clearance (the Trust pays for the check)", TICK, ""),
        ("Able to work a rota of early, late and night shifts, including weekends", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension; unsocial hours "
        "payments for nights and weekends; and a route into the Trainee Nursing Associate apprenticeship after a "
        "year on the ward. Offers are subject to two references and occupational health clearance."
    )
    _save(document, "v1_renal_ward_healthcare_assistant.docx")


def v2_home_dialysis_support_worker() -> None:
    """The employer on a plain first line; a details table with two label-value pairs a row and the band in it;
    a "You must ..." sentence in Job purpose; numbered duties; rows marked E or D with the area merged down and a
    "How assessed" column, with a training row, a duty row and a right-to-work row marked E; the closing date only
    in the last paragraph's sentence."""
    document = blank_docx("Calibri")
    document.add_paragraph("Imperial College Healthcare NHS Trust")
    document.add_heading("Home Dialysis Support Worker", level=1)
    label_value_table(
        document,
        [
            ("Pay band", "Band 3", "Reference", "290-RNL-7731"),
            ("Department", "Home Therapies, West London Renal Centre", "Base", "Hammersmith Hospital, W12 0HS"),
            ("Hours", "37.5 a week, Monday to Friday", "Contract", "Permanent"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "More than 150 of our patients dialyse at home, by peritoneal dialysis overnight or with a haemodialysis "
        "machine in a spare room. The home dialysis support worker visits them to check their set-up, deliver "
        "urgent supplies and help the home therapies nurses with training. You must make sure that every machine "
        "you visit has had its safety check recorded before you leave the home."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Visit patients at home across North West London to check machines, stock and storage",
        "Deliver urgent dialysis fluid and equipment when the supplier's delivery has been missed",
        "Help the nurses train patients and carers, setting up the training room and equipment",
        "Record every visit on the home therapies tablet and report any concerns to the nurse that day",
        "Collect used equipment for repair and return it to the technical team",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Requirement", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "GCSE English and maths at grade 4 (C) or above, or equivalent", "E", "A"),
        ("Qualifications", "NVQ Level 3 in Health and Social Care or equivalent", "D", "A"),
        (
            "Qualifications",
            "Completion of the home therapies training programme, including supervised patient visits, during the "
            "first three months",
            "E",
            "N/A",
        ),
        ("Experience", "Experience of working with patients or clients in their own homes", "E", "A / I"),
        (
            "Experience",
            "Experience of teaching or showing someone how to carry out a practical task",
            "D",
            "A / I",
        ),
        ("Skills and abilities", "Able to lift and carry boxes of dialysis fluid weighing up to 12 kg", "E", "I"),
        (
            "Skills and abilities",
            "Good organisational skills to plan a day of home visits and deliveries",
            "E",
            "I",
        ),
        (
            "Skills and abilities",
            "Must check each machine's alarm log and the latest water sample result before leaving a patient's home",
            "E",
            "N/A",
        ),
        ("Skills and abilities", "Able to use a tablet or smartphone to record visits", "D", "T"),
        ("Knowledge", "Understanding of why clean technique matters when handling lines and bags", "E", "I"),
        ("Knowledge", "Knowledge of peritoneal dialysis or home haemodialysis", "D", "I"),
        ("Other", "Full UK driving licence and use of a car for work", "E", "A / Pre-employment checks"),
        (
            "Other",
            f"Right to work in the UK {DASH} we are unable to offer visa sponsorship for this post",
            "E",
            "Pre-employment checks",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("Key: A = application form, I = interview, T = practical test at interview.")
    document.add_paragraph(
        "We do not expect you to know about dialysis before you start. We pay business mileage, provide a "
        "uniform and a work phone, and offer 27 days' annual leave plus bank holidays and the NHS Pension. An "
        "enhanced DBS check is needed. Please apply by 23:59 on Tuesday 16 January 2029; interviews will be held "
        "at Hammersmith Hospital in the week of 29 January."
    )
    _save(document, "v2_home_dialysis_support_worker.docx")


def v3_satellite_dialysis_unit_receptionist() -> None:
    """Title, employer and unit at the top, band and pay on one line, the closing date only in the page footer;
    Essential and Desirable side by side per category, with a "no NHS experience needed" line and a DBS line in
    Essential cells, "N/A" in one Desirable cell and paid study time alone in another."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.footer.paragraphs[0].text = f"Job ref 412-RD-0917 {DASH} Closes 22/01/2029"
    document.add_heading("Satellite Dialysis Unit Receptionist", level=1)
    document.add_paragraph(
        "Chelsea and Westminster Hospital NHS Foundation Trust  |  Renal Satellite Unit, West Middlesex "
        "University Hospital, Twickenham Road, Isleworth TW7 6AF"
    )
    document.add_paragraph("Band 2  |  \u00a326,530 a year pro rata, including Outer London High Cost Area Supplement")
    document.add_paragraph("Part time, 30 hours a week over five shifts, Monday to Saturday")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Around 90 people come to our unit three times a week for haemodialysis, each session lasting four hours. "
        "You will be the first person they see: checking them in, taking calls from patients and hospital "
        "transport, booking holiday dialysis and keeping the waiting area calm and welcoming. You will work "
        "alongside the nurses and dialysis assistants and report to the unit manager."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Education",
            "Good general education, including GCSE English (or equivalent)",
            "Customer service qualification, e.g. NVQ Level 2 in Customer Service",
        ),
        (
            "Experience",
            "Experience in a customer-facing role such as reception, retail or hospitality\n"
            f"No NHS experience needed {DASH} full training on the unit's booking system is given",
            "Experience of working on a reception desk in a health setting",
        ),
        (
            "Skills",
            "Friendly and clear telephone manner\nConfident using a computer for booking and email",
            "Speaks a second language used by patients in Hounslow or Ealing",
        ),
        ("Personal qualities", "Calm and patient with people who are tired, unwell or frustrated", "N/A"),
        (
            "Other",
            "Able to work a rota of early (from 6.30am) and late (until 8pm) shifts, Monday to Saturday\n"
            "Satisfactory basic DBS check",
            "Paid study time for an NVQ Level 2 in Business Administration after probation",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave pro rata plus bank holidays, the NHS Pension, free hot drinks on "
        "the unit and a staff discount card. You must have the right to work in the UK; we cannot sponsor a visa "
        "for this post. Interviews will be held at West Middlesex in the first week of February."
    )
    _save(document, "v3_satellite_dialysis_unit_receptionist.docx")


def v4_dialysis_water_treatment_assistant() -> None:
    """The employer as the first line and the title as the heading; band and closing date only in a "Key facts"
    table at the end; Essential and Desirable as two rows per area with the area merged down, a "not required"
    line and a duty line in Essential rows, "N/A" and a benefit in Desirable rows."""
    document = blank_docx("Calibri")
    document.add_paragraph("The Hillingdon Hospitals NHS Foundation Trust")
    document.add_heading("Dialysis Water Treatment Assistant", level=1)
    document.add_paragraph("Renal Technical Services, Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN")
    document.add_heading("The role", level=2)
    document.add_paragraph(
        "Every haemodialysis session uses more than a hundred litres of specially treated water. Our plant room "
        "softens, filters and purifies mains water by reverse osmosis for the renal unit's 28 dialysis stations. "
        "You will join a small technical team that keeps the plant running safely: daily checks and tests, "
        "changing filters and cartridges, taking samples for the laboratory and keeping the records that the "
        "unit's audits rely on."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Carry out the morning plant checks and record pressures, flows and conductivity readings",
        "Test the treated water for chlorine and hardness and act on any result outside the limits",
        "Change carbon filters and cartridges to the planned schedule",
        "Take monthly water and dialysis fluid samples for the microbiology laboratory",
        "Order and store the salt, chemicals and spares the plant needs",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "Good general education including English and maths (GCSE or equivalent)"),
        (
            "Qualifications",
            "Desirable",
            "Level 2 or 3 qualification in an engineering, plumbing or electrical trade",
        ),
        (
            "Experience",
            "Essential",
            "Experience of carrying out routine checks or maintenance on equipment, machinery or plant\n"
            "Previous hospital experience is not required",
        ),
        ("Experience", "Desirable", "Experience of water treatment, reverse osmosis or dialysis equipment"),
        (
            "Skills",
            "Essential",
            "Able to carry out simple chemical tests, such as chlorine tests, and record the results accurately\n"
            "Good practical skills with hand tools",
        ),
        ("Skills", "Desirable", "N/A"),
        ("Knowledge", "Essential", "Understanding of safe working with chemicals, including COSHH"),
        ("Knowledge", "Desirable", "Awareness of why water quality matters for patients on dialysis"),
        (
            "Other",
            "Essential",
            "Able to start at 6am, Monday to Saturday on a rota, so that water checks are finished before the first "
            "dialysis session\n"
            "Must sign the daily water log and report any failed test to the Renal Technical Lead before 7am",
        ),
        ("Other", "Desirable", "Reduced-rate staff parking at Hillingdon Hospital"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Key facts", level=2)
    label_value_table(
        document,
        [
            ("Band", "Band 3"),
            ("Hours", "37.5 a week, early shifts on a rota, Monday to Saturday"),
            ("Contract", "Permanent"),
            ("Closing date", "Wednesday 24 January 2029"),
            ("Interviews", "Tuesday 6 February 2029"),
        ],
    )
    document.add_paragraph(
        "Full training in the plant and in water testing is given. Appointment is subject to references, a "
        "basic DBS check and proof of your right to work in the UK."
    )
    _save(document, "v4_dialysis_water_treatment_assistant.docx")


V5_ITEMS = [
    ("title", "Transplant Waiting List Coordinator"),
    ("bold", f"Imperial College Healthcare NHS Trust {DASH} West London Renal and Transplant Centre"),
    ("body", "Hammersmith Hospital, Du Cane Road, London W12 0HS"),
    ("gap", ""),
    ("body", "Band 4  |  \u00a332,100 to \u00a334,980 a year, including High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Monday to Friday, with one late day until 6pm"),
    ("heading", "About the role"),
    (
        "body",
        "Around 600 people are waiting for a kidney or kidney and pancreas transplant with us. Each of them "
        "needs up-to-date tests, reviews and paperwork to stay active on the national list, so that they can be "
        "called when an organ is offered, often in the middle of the night. You will keep our list in order, "
        "working closely with the transplant recipient coordinators, the surgeons and the tissue typing "
        "laboratory.",
    ),
    ("heading", "What you'll be doing"),
    ("body", f"{BULLET} Keep the waiting list database up to date after every clinic, test and review"),
    ("body", f"{BULLET} Book the yearly heart, blood and dental checks that patients need to stay on the list"),
    (
        "body",
        f"{BULLET} You must update a patient's status with the national organ donation service within one working "
        "day of a nurse telling you it has changed",
    ),
    ("body", f"{BULLET} Send the monthly blood samples list to the tissue typing laboratory"),
    ("body", f"{BULLET} Answer patients' calls and emails about where they are in the process"),
    ("heading", "What we're looking for"),
    ("bold", "Things you need to have"),
    ("body", f"{BULLET} A levels or a Level 3 qualification, or equivalent"),
    ("body", f"{BULLET} Experience of managing a list, caseload or diary where deadlines matter"),
    ("body", f"{BULLET} Confident with Excel, including sorting and filtering long lists"),
    ("body", f"{BULLET} Able to talk with patients about sensitive and worrying news with tact and care"),
    ("body", f"{BULLET} Close attention to detail when checking dates, names and NHS numbers"),
    (
        "body",
        f"{BULLET} You don't need to know anything about transplants yet {DASH} our recipient coordinators will "
        "teach you the listing process in your first month",
    ),
    ("bold", "Things that would give you an edge"),
    ("body", f"{BULLET} Experience of using a hospital patient administration system such as Cerner"),
    (
        "body",
        f"{BULLET} Knowledge of kidney transplantation and how the national transplant waiting list works",
    ),
    ("body", f"{BULLET} A Level 3 qualification in Business Administration"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; we are not able to offer visa sponsorship for this post. "
        "Offers depend on two references and a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET} 27 days' annual leave rising to 33 with service, plus bank holidays"),
    ("body", f"{BULLET} Hybrid working for one day a week after your first three months"),
    ("body", f"{BULLET} A funded Level 4 team leader apprenticeship for those who want to progress"),
    ("body", f"{BULLET} The NHS Pension, NHS discounts and a cycle-to-work scheme"),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through NHS Jobs by 11:59pm on Monday 29 January 2029. Interviews will be on Thursday 8 February "
        "2029 at Hammersmith Hospital.",
    ),
]

V6_ITEMS = [
    ("title", "Community Kidney Care Support Worker"),
    ("body", "Hillingdon Community Kidney Service, Central and North West London NHS Foundation Trust"),
    ("body", "The Hesa Centre, Hayes, with visits across the London Borough of Hillingdon"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our community kidney team supports people with long-term kidney disease to stay well at home and to "
        "plan ahead for dialysis or a transplant. We are looking for a Community Kidney Care Support Worker to "
        "join the team at Band 3, working 37.5 hours a week from Monday to Friday. The closing date is Thursday "
        "1 February 2029, and interviews will take place at the Hesa Centre on Monday 12 February.",
    ),
    (
        "body",
        "You will visit patients at home to take blood samples and measurements, check how they are managing "
        "their tablets and diet, and bring any worries back to the nurses. You will also help to run our "
        "education mornings for people who are getting ready for dialysis. You must make sure that every blood "
        "sample is labelled at the patient's side and handed to the courier before 1pm. You do not need to have "
        "worked with kidney patients before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have supported adults with long-term health conditions, in a paid or voluntary "
        "role. You must be able to measure blood pressure and weight accurately and record the readings. Good "
        "spoken English is essential, because much of the job is explaining things on the phone and in people's "
        "homes. It is essential that you can travel between patients' homes and clinics across Hillingdon during "
        "the working day. Basic IT skills are essential, as every visit is recorded on SystmOne.",
    ),
    (
        "body",
        "Experience of working in a renal, diabetes or heart service would be beneficial. A Level 3 Diploma in "
        "Healthcare Support would be an advantage. Knowledge of how food and drink affect people with kidney "
        "disease is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the person appointed will need an enhanced DBS check. We will train you in taking blood "
        "and in our kidney care records in your first six weeks, and support you towards the Care Certificate if "
        "you have not done it. You will benefit from 27 days' annual leave plus bank holidays, the NHS Pension "
        "and business mileage. We would like to hear from you even if you do not meet every point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_renal_ward_healthcare_assistant()
    v2_home_dialysis_support_worker()
    v3_satellite_dialysis_unit_receptionist()
    v4_dialysis_water_treatment_assistant()
    (ADVERTS / "v5_transplant_waiting_list_coordinator.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_community_kidney_care_support_worker.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
