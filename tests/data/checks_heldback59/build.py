"""Build the Word and PDF adverts of the fifty-ninth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback59/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and PDF
helpers are in `tests/data/advert_files.py`; each Word file is saved with fixed core-property dates and fixed zip time
stamps, so a rebuild is byte for byte the same. The pasted-text adverts (m7, m8) are plain files and are not built here.
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

TICK = "\u2713"
DASH = "\u2013"
FIXED_TIME = dt.datetime(2029, 12, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2029, 12, 1, 9, 0, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def m1_patient_food_services_assistant() -> None:
    """Employer only in the page header; band, base and closing date on one line under the title; duties as
    bullets (one "You must ..."); tick column with bold category rows merged across, and three ticked-Essential
    rows that are not criteria (e-learning the job gives, "No previous hospital experience needed", right to
    work)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Imperial College Healthcare NHS Trust"
    section.footer.paragraphs[0].text = (
        f"Facilities {DASH} Patient Catering \u00b7 Job reference 196-FAC-2207 \u00b7 St Mary's Hospital, "
        "Praed Street, London W2 1NY"
    )
    document.add_heading("Patient Food Services Assistant", level=1)
    document.add_paragraph(
        "Band 2 | Patient Catering | St Mary's Hospital | 37.5 hours, rota over seven days | "
        "Closing date: Sunday 13 January 2030"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our ward-based food services team serves breakfast, lunch, supper and snacks to around 400 inpatients a "
        "day. You will look after the meals and drinks on one or two wards, working alongside the nurses and the "
        "ward housekeeper, and making sure each patient gets the meal they chose, at the right time and temperature."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Take patients' meal orders for the next day and pass them to the central kitchen",
        "Serve meals and hot and cold drinks from the ward trolley, checking each patient's diet card",
        "You must probe and record the temperature of every hot meal before it is served",
        "Clean the ward pantry, fridges and trolleys to the daily schedule",
        "Collect trays and return trolleys to the kitchen after each service",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("Level 2 Food Hygiene certificate", TICK, ""),
        ("Good standard of spoken and written English", TICK, ""),
        ("Completion of the Trust's allergen awareness e-learning in your first two weeks", TICK, ""),
        ("Experience",),
        ("Experience of serving food to customers or patients", TICK, ""),
        ("No previous hospital experience needed", TICK, ""),
        ("Experience of working in a hospital kitchen or ward pantry", "", TICK),
        ("Skills and abilities",),
        ("Able to read menus and record patients' meal choices accurately", TICK, ""),
        ("Able to use a handheld tablet to take meal orders", "", TICK),
        ("Knowledge",),
        ("Understanding of the needs of patients on texture-modified or special diets", "", TICK),
        ("Other",),
        ("Able to work early and late shifts, including weekends and bank holidays", TICK, ""),
        ("Able to lift and push heavy food trolleys", TICK, ""),
        ("Right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension Scheme, a free hot meal on every shift, and a "
        "funded Level 2 Hospitality apprenticeship for anyone who wants to grow into a cook's role. Appointment is "
        "subject to two references and a basic DBS check."
    )
    save(document, "m1_patient_food_services_assistant.docx")


def m2_water_safety_assistant_estates() -> None:
    """Employer on a plain first line; a details table with two label-value pairs a row, the closing date after an
    interview date; a purpose paragraph ending "You must ..."; numbered duties; E/D and How assessed columns with
    the attribute merged down, three rows marked E that are not criteria."""
    document = blank_docx("Calibri")
    document.add_paragraph("London North West University Healthcare NHS Trust")
    document.add_heading(f"Water Safety Assistant {DASH} Estates", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 3", "Hours", "37.5 a week, Monday to Friday"),
            ("Department", "Estates and Facilities", "Base", "Northwick Park Hospital, Harrow HA1 3UJ"),
            ("Interviews", "04/02/2030", "Closing date", "22/01/2030"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The water safety team keeps the water in our hospitals safe to drink, wash and bathe in. You will carry out "
        "the routine checks in our Water Safety Plan across Northwick Park, Central Middlesex and Ealing hospitals, "
        "and report anything out of range to the Authorised Person (Water). You must report any hot water outlet "
        "below 50\u00b0C to the water safety helpdesk on the same day."
    )
    document.add_heading("Main responsibilities", level=2)
    for number, duty in enumerate(
        [
            "Take monthly temperatures at sentinel outlets and calorifiers and record them",
            "Flush little-used outlets to the weekly schedule and record each flush",
            "Take water samples for the laboratory and deliver them the same day",
            "Descale and disinfect showerheads and hoses on a quarterly programme",
        ],
        start=1,
    ):
        document.add_paragraph(f"{number}. {duty}")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Attribute", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "GCSE English and maths at grade 4 (C) or above, or equivalent", "E", "A"),
        ("Qualifications", "City & Guilds water hygiene or Legionella awareness certificate", "D", "A"),
        ("Qualifications", "Completion of the Trust's water safety induction in your first month", "E", "N/A"),
        ("Experience", "Experience of working in building maintenance or a plumbing trade", "E", "A / I"),
        ("Experience", "Experience of keeping written maintenance records", "E", "A / I"),
        (
            "Experience",
            "Experience of using a computer-aided facilities management system such as Micad or Planet",
            "D",
            "A",
        ),
        (
            "Skills",
            "Able to take and record water temperatures accurately with a digital thermometer",
            "E",
            "I / T",
        ),
        ("Skills", "Able to explain clearly to ward staff why outlets must be flushed", "E", "I"),
        ("Skills", "Must flush every little-used outlet on the weekly list by Friday at 3pm", "E", "N/A"),
        (
            "Knowledge",
            "Knowledge of the risks from Legionella and Pseudomonas in hospital water systems",
            "D",
            "I",
        ),
        ("Other", "Able to climb ladders and work in ceiling voids and plant rooms", "E", "I"),
        ("Other", "Satisfactory basic DBS check", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("Key: E = essential, D = desirable. A = application, I = interview, T = practical test.")
    document.add_paragraph(
        "No plumbing qualification is needed: we will put you through the City & Guilds water hygiene course in "
        "your first year. We offer 27 days' annual leave plus bank holidays, the NHS Pension and free parking."
    )
    save(document, "m2_water_safety_assistant_estates.docx")


def m3_sterile_services_wash_area_operative() -> None:
    """Title and band only in the page header; employer, reference and closing date only in the footer; Essential
    and Desirable side by side per category, with a "No sterile services experience needed" line and a right-to-work
    line in Essential cells, "N/A" in one Desirable cell and an empty one."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Sterile Services Wash Area Operative {DASH} Band 2"
    section.footer.paragraphs[
        0
    ].text = (
        "Chelsea and Westminster Hospital NHS Foundation Trust \u00b7 Ref 311-SSD-0915 \u00b7 Closing date 18/01/2030"
    )
    document.add_heading("Job description and person specification", level=1)
    document.add_paragraph(
        "Sterile Services Department, West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF. "
        "37.5 hours a week on a rota between 7am and 10pm, seven days a week."
    )
    document.add_heading("The role", level=2)
    document.add_paragraph(
        "Our sterile services department cleans, checks, packs and sterilises around 1,200 surgical instrument trays "
        "a week for theatres, maternity and outpatient clinics. You will work in the wash area, where used "
        "instruments arrive from theatre, sorting them and loading the washer-disinfectors. You must wear the full "
        "protective clothing provided at all times in the wash area. You will also scan every tray in and out, so "
        "each one can be traced to the patient it was used on."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    add_rows_side_by_side(
        table,
        [
            ("Education", "Good basic reading, writing and numeracy", "NVQ Level 2 in Decontamination"),
            (
                "Experience",
                "Experience of working in a cleaning, kitchen, laundry or factory setting\n"
                f"No sterile services experience needed {DASH} full training in the wash area is given",
                "Experience of working in a hospital sterile services department",
            ),
            (
                "Skills",
                "Able to follow step-by-step written procedures exactly\n"
                "Able to stand for long periods and lift trays of up to 10 kg",
                "Able to use a barcode scanner and tracking system",
            ),
            ("Knowledge", "Understanding of infection prevention and the safe handling of sharps", "N/A"),
            (
                "Other",
                "Able to work a rota of early, late and weekend shifts\n"
                f"Right to work in the UK {DASH} we are unable to offer sponsorship for this post",
                "",
            ),
        ],
    )
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension, a free shuttle bus between our hospitals and "
        "the chance to study for the Level 3 Decontamination apprenticeship once you are settled. Offers are subject "
        "to references, an occupational health check and a basic DBS check."
    )
    save(document, "m3_sterile_services_wash_area_operative.docx")


def m4_facilities_quality_monitoring_officer() -> None:
    """Everything about the post in a details table with no header row; Key duties as bullets (one "You must
    ..."); Essential and Desirable as two rows per area with the area merged down, an "experience not needed" line
    in one Essential cell, a training line alone in one Desirable cell and a DBS line in the last Essential cell."""
    document = blank_docx("Calibri")
    document.add_heading("Job description", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Facilities Quality Monitoring Officer"),
            ("Band", "Band 4"),
            ("Organisation", "The Hillingdon Hospitals NHS Foundation Trust"),
            ("Department", "Facilities Management"),
            ("Base", "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN, and Mount Vernon Hospital"),
            ("Hours", "37.5 per week, Monday to Friday with one weekend in six"),
            ("Closing date", "29/01/2030"),
            ("Reference", "341-FM-7730"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "You will check that our wards, clinics and public areas are cleaned to the right standard, score them "
        "against the national cleanliness standards and help the domestic team put right anything that falls short."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Carry out scheduled and unannounced cleanliness audits in every functional area",
        "Agree action plans with ward managers and domestic supervisors and check they are completed",
        "You must upload every audit to the monitoring app before the end of the shift",
        "Display star ratings at each ward entrance and update them after each audit",
        "Prepare a monthly report for the Facilities Quality Group",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "GCSE English and maths at grade 4 or above, or equivalent"),
        ("Qualifications", "Desirable", "BICSc Cleaning Operator's Proficiency Certificate"),
        (
            "Experience",
            "Essential",
            "Experience of supervising or checking the work of a cleaning team\n"
            f"No auditing experience needed {DASH} we will train you",
        ),
        ("Experience", "Desirable", "Experience of carrying out cleanliness audits in a hospital"),
        (
            "Skills",
            "Essential",
            "Able to use a tablet or smartphone app to record audit scores\n"
            "Able to give clear and tactful feedback to ward managers and cleaning staff",
        ),
        ("Skills", "Desirable", "Able to produce simple charts and reports in Microsoft Excel"),
        ("Knowledge", "Essential", "Knowledge of colour-coded cleaning equipment and why it is used"),
        ("Knowledge", "Desirable", "Knowledge of the National Standards of Healthcare Cleanliness 2021"),
        (
            "Other",
            "Essential",
            "Able to walk the whole hospital site several times a day\nSatisfactory standard DBS check",
        ),
        ("Other", "Desirable", "Full training on the monitoring app will be given in your first week"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33, the NHS Pension, staff parking and a cycle-to-work scheme. You must have "
        "the right to work in the UK; we cannot offer visa sponsorship for this post."
    )
    save(document, "m4_facilities_quality_monitoring_officer.docx")


M5_ITEMS = [
    ("title", "Linen Distribution Assistant"),
    ("bold", f"West London NHS Trust {DASH} Facilities, Linen Services"),
    ("body", "St Bernard's Hospital, Uxbridge Road, Southall UB1 3EU"),
    ("body", "Band 2 | \u00a325,980 to \u00a326,410 a year plus High Cost Area Supplement"),
    ("body", "Permanent | 37.5 hours a week | 6am to 2pm, Monday to Friday"),
    ("body", "Closing date: Friday 1 February 2030 at midnight. Interviews: Tuesday 12 February 2030."),
    ("heading", "About the role"),
    (
        "body",
        "Clean linen arrives from our laundry contractor every morning. Our small team sorts it and delivers it to "
        "more than 40 wards and departments across Southall, Ealing and Hammersmith, and sends used linen back in "
        "sealed bags.",
    ),
    ("heading", "What you'll do"),
    ("body", "\u2022 Unload the contractor's lorry and sort sheets, towels, gowns and scrubs by ward"),
    ("body", "\u2022 Top up each ward's linen cupboard to the agreed levels and record what was delivered"),
    (
        "body",
        "\u2022 You must sign for every delivery of clean linen from the contractor and report any shortage to the "
        "contract manager the same morning",
    ),
    (
        "body",
        "\u2022 Collect used and infected linen in the right coloured bags and keep the dirty and clean areas apart",
    ),
    ("heading", "What you need to bring"),
    ("body", "\u2022 Able to count, sort and record stock accurately"),
    ("body", "\u2022 Experience of physical work such as warehouse, laundry, retail or cleaning"),
    ("body", "\u2022 Able to push loaded linen cages safely over long distances"),
    ("body", "\u2022 Able to read and follow delivery schedules and ward top-up lists"),
    ("body", "\u2022 Able to start at 6am, Monday to Friday"),
    (
        "body",
        f"\u2022 You don't need laundry experience {DASH} every new starter spends two weeks learning the rounds with "
        "an experienced colleague",
    ),
    ("heading", "What would be a bonus"),
    ("body", "\u2022 Full UK manual driving licence"),
    ("body", "\u2022 Experience of stock rotation or a stores system"),
    ("body", "\u2022 Manual handling training within the last three years"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK; we cannot sponsor a visa for this post. Offers depend on two "
        "references and a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave plus bank holidays, and the NHS Pension"),
    ("body", "\u2022 A funded Level 2 Supply Chain Warehouse Operative apprenticeship after probation"),
    ("body", "\u2022 Free parking at St Bernard's and a cycle-to-work scheme"),
]

M6_ITEMS = [
    ("title", "Catering Stores Clerk"),
    ("body", "Hotel Services, Park Royal Centre for Mental Health, Central Way, London NW10 7NS"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Central and North West London NHS Foundation Trust is looking for a Catering Stores Clerk to run the "
        "stores that supply our inpatient kitchen at Park Royal. The post is on Agenda for Change Band 3, working "
        "37.5 hours a week between 7am and 3pm on weekdays. The closing date is Sunday 3 February 2030, and "
        "interviews will be held on 13 February.",
    ),
    (
        "body",
        "You will receive and check deliveries, put stock away, issue it to the kitchen and keep the stock "
        "records right. You must check the temperature of every chilled and frozen delivery and reject any that is "
        "out of range. You do not need to have worked in the NHS before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a stores, warehouse or stock control role. You must be able to "
        "use Microsoft Excel to keep stock sheets and work out order quantities. Good numeracy is essential, "
        "because you will check invoices against deliveries. It is essential that you understand how food must be "
        "stored safely, including chilled and frozen goods. You must be able to lift and move boxes of up to 15 kg.",
    ),
    (
        "body",
        "A Level 2 Food Safety certificate would be beneficial. Experience of an electronic ordering system such "
        "as Saffron would be an advantage. A pallet truck or forklift certificate is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need a basic DBS check. In your first month we will train "
        "you on our stock and ordering system. You will benefit from 27 days' annual leave plus bank holidays, the "
        "NHS Pension and a free meal on each shift. We would like to hear from you even if you do not meet every "
        "point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    m1_patient_food_services_assistant()
    m2_water_safety_assistant_estates()
    m3_sterile_services_wash_area_operative()
    m4_facilities_quality_monitoring_officer()
    (ADVERTS / "m5_linen_distribution_assistant.pdf").write_bytes(pdf_bytes(M5_ITEMS, title=(16, 56)))
    (ADVERTS / "m6_catering_stores_clerk.pdf").write_bytes(pdf_bytes(M6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
