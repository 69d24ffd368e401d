"""Build the Word and PDF adverts of the sixty-second held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback62/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is
saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (v7 and v8) are plain files and are not built here.
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

TICK = "\u2713"
DASH = "\u2013"
BULLET = "\u2022"
FIXED_TIME = dt.datetime(2029, 2, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 1, 9, 0, 0)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_urgent_treatment_centre_healthcare_assistant() -> None:
    """The employer only in the page header; a band and closing date line under the title; duties as bullets (one
    "You must ..."); tick columns with category rows merged across and four ticked-Essential rows that are not
    criteria; What we offer."""
    document = blank_docx("Arial")
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "The Hillingdon Hospitals NHS Foundation Trust"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    section.footer.paragraphs[0].text = (
        "Medicine and Unscheduled Care Division \u00b7 Job reference 342-UTC-2901 \u00b7 Hillingdon Hospital, "
        "Pield Heath Road, Uxbridge UB8 3NN"
    )
    document.add_heading("Urgent Treatment Centre Healthcare Assistant", level=1)
    document.add_paragraph(
        "Band 3 | Urgent Treatment Centre | Hillingdon Hospital | 37.5 hours, 24/7 rota | "
        "Closing date: Thursday 8 March 2029"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our Urgent Treatment Centre sees around 250 people a day with minor injuries and illnesses, from "
        "sprained ankles and small burns to chest infections. You will work alongside emergency nurse "
        "practitioners and GPs, getting patients ready to be seen and helping with simple treatments."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Greet patients called from the waiting room and take them to a cubicle",
        "Record observations and enter them on the patient's electronic record",
        "Help with wound cleaning, slings, splints and simple dressings under supervision",
        "Restock cubicles and treatment rooms and report faulty equipment",
        "You must check and sign the resuscitation trolley at the start of every shift",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, ""),
        ("NVQ Level 3 in Health and Social Care or equivalent", "", TICK),
        ("Completion of the Trust's UTC competency workbook in your first three months", TICK, ""),
        ("Experience",),
        (
            "Experience of working as a healthcare assistant or carer in a hospital, care home or the community",
            TICK,
            "",
        ),
        ("No previous urgent care experience is required", TICK, ""),
        (
            "Experience of working in an emergency department, urgent treatment centre or minor injuries unit",
            "",
            TICK,
        ),
        ("Skills and abilities",),
        ("Able to take and record temperature, pulse, blood pressure and oxygen saturation", TICK, ""),
        ("Able to reassure patients who are anxious or in pain", TICK, ""),
        ("Must restock every cubicle before handing over to the next shift", TICK, ""),
        ("Able to perform a 12-lead ECG", "", TICK),
        ("Able to use a computer to enter patient information", TICK, ""),
        ("Other",),
        ("Able to work a rotating shift pattern including nights and weekends", TICK, ""),
        ("Evidence of the right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising with service, the NHS Pension, unsocial hours payments, free flu "
        "vaccinations and a funded Nursing Associate apprenticeship for staff who want to progress. Offers are "
        "subject to references and an enhanced DBS check."
    )
    save_docx(
        document, ADVERTS / "v1_urgent_treatment_centre_healthcare_assistant.docx", stamp=STAMP, written=FIXED_TIME
    )


def v2_emergency_department_reception_team_leader() -> None:
    """The employer on a plain first line; a details table with two label-value pairs a row, the closing date
    after the interview date; a "You must ..." sentence in the job purpose; numbered duties; E/D and How assessed
    columns with the factor merged down, and three E rows that are not criteria."""
    document = blank_docx("Calibri")
    document.add_paragraph("London North West University Healthcare NHS Trust")
    document.add_heading("Emergency Department Reception Team Leader", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 4", "Hours", "37.5 per week, 24/7 rota"),
            ("Department", "Emergency Department", "Site", "Northwick Park Hospital, Watford Road, HA1 3UJ"),
            ("Reference", "362-ED-RTL-07", "Salary", "\u00a332,020 to \u00a335,216 incl. HCAS"),
            ("Interviews", "27/03/2029", "Closing date", "14/03/2029"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The reception team is the first face patients see when they walk into one of the busiest emergency "
        "departments in London. As team leader you will run a shift of four to six receptionists, keep the "
        "front door moving and make sure every arrival is booked in correctly. You must make sure every walk-in "
        "and ambulance arrival is registered on the patient administration system within 15 minutes."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Lead each shift's receptionists, sharing out the desk, the phones and the ambulance entrance",
        "Write the reception rota six weeks ahead and fill gaps from sickness and leave",
        "Deal with complaints at the desk and pass on anything serious to the nurse in charge",
        "Check that patients' details, GP and next of kin are right on every record",
        "Train new receptionists and keep their training records up to date",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Good general education to GCSE level, including English and maths", "E", "A"),
        ("Qualifications", "NVQ Level 3 in Business Administration or Customer Service", "D", "A"),
        ("Qualifications", "Conflict resolution training, completed in your first month", "E", "N/A"),
        ("Experience", "Experience of working on a reception desk in a busy public-facing service", "E", "A / I"),
        ("Experience", "Experience of supervising or leading a small team", "E", "A / I"),
        ("Experience", "Experience of working in an NHS hospital", "D", "A"),
        (
            "Skills and abilities",
            "Able to stay calm and polite with patients and relatives who are distressed or aggressive",
            "E",
            "I",
        ),
        ("Skills and abilities", "Able to plan a staff rota so that every shift is covered", "E", "A / I"),
        ("Skills and abilities", "Good working knowledge of Microsoft Word, Outlook and Excel", "E", "A / T"),
        ("Knowledge", "Knowledge of the Cerner patient administration system", "D", "A / I"),
        (
            "Other",
            "Able to work early, late and night shifts, including weekends and bank holidays",
            "E",
            "A / I",
        ),
        ("Other", "Satisfactory basic DBS check", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("Key: E = essential, D = desirable; A = application form, I = interview, T = test.")
    document.add_paragraph(
        "You do not need to have worked in the NHS before. We offer 27 days' annual leave rising with service, "
        "the NHS Pension, unsocial hours pay and free staff parking at night. We are unable to offer visa "
        "sponsorship for this post."
    )
    save_docx(document, ADVERTS / "v2_emergency_department_reception_team_leader.docx", stamp=STAMP, written=FIXED_TIME)


def v3_discharge_lounge_administrator() -> None:
    """The title and band only in the page header, the employer and closing date only in the footer; Essential and
    Desirable side by side per category, with a no-experience line, a right-to-work line, "N/A" and a benefit in
    cells."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Discharge Lounge Administrator {DASH} Band 3"
    section.footer.paragraphs[0].text = (
        "Imperial College Healthcare NHS Trust \u00b7 St Mary's Hospital, Praed Street, London W2 1NY "
        "\u00b7 Closing date: Friday 16 March 2029"
    )
    document.add_heading("Job description and person specification", level=1)
    document.add_paragraph("Discharge Lounge, Patient Flow Team. Monday to Sunday rota, 37.5 hours a week.")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "The discharge lounge looks after up to 30 patients a day who are well enough to leave the wards while "
        "they wait for their medicines, letters and transport home. You will be the lounge's administrator: "
        "booking patients in from the wards, chasing prescriptions and discharge letters, ringing families and "
        "care homes, and booking transport with our provider. You must log every patient's arrival and "
        "departure time on Cerner as it happens."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    add_rows_side_by_side(
        table,
        [
            (
                "Qualifications",
                "Good standard of English and maths, to GCSE grade 4 or equivalent",
                "Level 2 qualification in business administration",
            ),
            (
                "Experience",
                f"Experience of office or administrative work\nNo hospital experience needed {DASH} full "
                "training on Cerner is given",
                "Experience of working on a hospital ward or in a discharge setting",
            ),
            (
                "Skills",
                "Accurate data entry and typing skills\nAble to speak clearly and politely on the phone to "
                "patients, families and care homes",
                "Experience of using Cerner or another electronic patient record",
            ),
            ("Knowledge", "Understanding of the need to keep patient information confidential", "N/A"),
            (
                "Other",
                f"Able to work until 8pm on a rota, including one weekend in four\nRight to work in the UK {DASH} "
                "we cannot offer sponsorship for this post",
                "Discounted staff travel on the Trust's shuttle bus between sites",
            ),
        ],
    )
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave rising with service, the NHS Pension, a season ticket loan and an NVQ "
        "Level 3 in Business Administration through the apprenticeship levy after probation. The post is "
        "subject to references and a basic DBS check."
    )
    save_docx(document, ADVERTS / "v3_discharge_lounge_administrator.docx", stamp=STAMP, written=FIXED_TIME)


def v4_emergency_department_housekeeper() -> None:
    """Everything about the post in a details table with no header row; Essential and Desirable as two rows per
    area with the area merged down; a no-experience line, training the job gives, a DBS line and "N/A" in cells."""
    document = blank_docx("Arial")
    document.add_heading("Job description", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Emergency Department Housekeeper"),
            ("Band", "Band 2"),
            ("Organisation", "Chelsea and Westminster Hospital NHS Foundation Trust"),
            ("Department", "Emergency Department, Chelsea and Westminster Hospital"),
            ("Base", "369 Fulham Road, London SW10 9NH"),
            ("Hours", "37.5 hours a week, early, late and weekend shifts"),
            ("Closing date", "20/03/2029"),
            ("Reference", "297-EM-0452"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Housekeepers keep the emergency department clean, stocked and ready, so that cubicles can be turned "
        "round quickly between patients. You will be part of the department's own team, not the Trust's "
        "cleaning contractor."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Clean cubicles, trolleys and bays between patients and after spills",
        "Restock linen, gloves, aprons and wipes in every area",
        "Serve drinks and snacks to patients who are allowed them",
        "You must record the cleaning of every cubicle on the cleaning log before it is used again",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Education", "Essential", "Able to read and follow written instructions and safety labels in English"),
        ("Education", "Desirable", "Level 2 food hygiene certificate"),
        (
            "Experience",
            "Essential",
            "Experience of cleaning or housekeeping work in any setting\nPrevious hospital experience is not required",
        ),
        ("Experience", "Desirable", "Experience of working in a hospital or care home"),
        (
            "Skills",
            "Essential",
            "Able to work quickly and thoroughly in a busy, noisy environment\n"
            "Able to get on well with patients, visitors and staff",
        ),
        ("Skills", "Desirable", "Able to use a floor scrubber drier"),
        ("Knowledge", "Essential", "Understanding of why infection control matters in a hospital"),
        (
            "Knowledge",
            "Desirable",
            "We will train you in the national cleaning standards and COSHH in your first month",
        ),
        (
            "Other",
            "Essential",
            "Able to work early, late and weekend shifts on a rota\nSatisfactory basic DBS check",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "27 days' annual leave, the NHS Pension, unsocial hours pay and staff discounts. You must have the right "
        "to work in the UK; we cannot offer visa sponsorship."
    )
    save_docx(document, ADVERTS / "v4_emergency_department_housekeeper.docx", stamp=STAMP, written=FIXED_TIME)


V5_ITEMS = [
    ("title", "Patient Transport Call Handler"),
    ("bold", f"London North West University Healthcare NHS Trust {DASH} Patient Transport Bookings Office"),
    ("body", "Central Middlesex Hospital, Acton Lane, London NW10 7NS"),
    ("body", "Band 3 | \u00a329,970 to \u00a331,050 a year including HCAS"),
    ("body", "Permanent | 37.5 hours | weekdays 8am to 8pm on a rota, and Saturdays"),
    ("body", "Applications close: Sunday 25 March 2029 at 23:59. Interviews: Thursday 5 April 2029."),
    ("heading", "About the role"),
    (
        "body",
        "Our bookings office arranges about 600 non-emergency journeys a day for patients of Northwick Park, "
        "Central Middlesex and Ealing hospitals: people going to dialysis, outpatient clinics and home from the "
        "wards. You will take calls from patients, wards and GP surgeries, check whether each patient qualifies "
        "for transport, and book the journey with our crews.",
    ),
    ("heading", "What you'll do"),
    ("body", f"{BULLET} Answer the bookings line and the wards' transport requests"),
    ("body", f"{BULLET} Ask each caller the national eligibility questions and book eligible journeys"),
    ("body", f"{BULLET} Tell callers who do not qualify about other ways to travel, and help with fares where we can"),
    (
        "body",
        f"{BULLET} You must confirm every booking with the patient by text or phone the day before the journey, and "
        "record that you have done so",
    ),
    ("body", f"{BULLET} Keep the control room informed of late and cancelled journeys"),
    ("heading", "What we're looking for"),
    ("bold", "You'll need"),
    ("body", f"{BULLET} Experience of working in a call centre or taking bookings by phone"),
    ("body", f"{BULLET} A clear, friendly telephone manner"),
    ("body", f"{BULLET} Fast and accurate keyboard skills, at least 35 words per minute"),
    ("body", f"{BULLET} Able to follow a set list of questions and record the answers accurately"),
    ("body", f"{BULLET} Confident using Microsoft Outlook, Word and Excel"),
    ("body", f"{BULLET} Able to work one late shift until 8pm each week and one Saturday in four"),
    (
        "body",
        f"{BULLET} No transport or NHS experience? You don't need it {DASH} you will have three weeks' training on "
        "our booking system before you take your first call",
    ),
    ("bold", "Bonus points for"),
    ("body", f"{BULLET} Experience of working in the NHS or for a transport company"),
    ("body", f"{BULLET} Knowledge of the eligibility criteria for non-emergency patient transport"),
    ("body", f"{BULLET} A second language spoken in Brent, such as Gujarati, Somali, Romanian or Polish"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; we cannot sponsor a visa for this post. Offers depend on two "
        "satisfactory references and a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET} 27 days' annual leave rising to 33 with service, plus bank holidays"),
    ("body", f"{BULLET} NHS Pension and NHS discounts"),
    ("body", f"{BULLET} A funded Level 3 Customer Service apprenticeship after probation"),
    ("body", f"{BULLET} Free staff parking at Central Middlesex"),
]

V6_ITEMS = [
    ("title", "Emergency Department Administrator"),
    ("body", "Emergency and Acute Medicine, Imperial College Healthcare NHS Trust"),
    ("body", "Charing Cross Hospital, Fulham Palace Road, London W6 8RF"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our emergency department at Charing Cross sees more than 300 patients a day. We are looking for an "
        "Emergency Department Administrator to join the department's office team at Band 3, working 37.5 hours a "
        "week between 8am and 8pm on weekdays. The closing date is Wednesday 28 March 2029, and interviews will "
        "be held in the week beginning 9 April.",
    ),
    (
        "body",
        "You will type and send discharge letters, deal with requests from GPs, the coroner and the police, chase "
        "missing results for the consultants and keep the department's records in order. You must send every "
        "discharge letter to the patient's GP within 24 hours of the patient leaving the department. You do not "
        "need any medical knowledge to start: we will teach you what you need.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a busy office or reception for at least a year. Accurate typing "
        "and data entry are essential, because every patient's record depends on them. You must be able to use "
        "Microsoft Word, Outlook and Excel confidently. It is essential that you can stay calm and polite when "
        "the department is under pressure. Good written and spoken English is essential, as you will deal with "
        "GPs, patients and the police.",
    ),
    (
        "body",
        "Experience of medical terminology would be beneficial. Knowledge of the Cerner patient record would be "
        "an advantage. An NVQ Level 3 in Business Administration is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need a basic DBS check. In your first two weeks we will "
        "train you on Cerner and on the department's letter templates. You will benefit from 27 days' annual "
        "leave plus bank holidays, the NHS Pension and a season ticket loan. We would like to hear from you even "
        "if you do not meet every point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_urgent_treatment_centre_healthcare_assistant()
    v2_emergency_department_reception_team_leader()
    v3_discharge_lounge_administrator()
    v4_emergency_department_housekeeper()
    (ADVERTS / "v5_patient_transport_call_handler.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_emergency_department_administrator.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
