"""Build the Word and PDF adverts of the thirty-ninth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback39/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; every Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (u6 and u7) are plain files and are not built here.
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

TICK = "\u2713"  # a check mark in the level column; the other level cell is left empty
DASH = "\u2013"
BULLET = "\u2022 "
FIXED_TIME = dt.datetime(2027, 12, 1, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2027, 12, 1, 9, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def u1_decontamination_assistant() -> None:
    """Shape 1: a two-column details table with no header row, duties as Word bullets (one with "You must"), then
    tick columns with category rows merged across the table; three ticked-Essential rows are not criteria (the
    competency workbook the job gives, "No previous sterile services experience is needed" and proof of the right
    to work)."""
    document = blank_docx("Arial")
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", f"Decontamination Assistant {DASH} Sterile Services"),
            ("Band", "Band 2"),
            ("Organisation", "London North West University Healthcare NHS Trust"),
            ("Department", "Sterile Services Department (SSD), Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
            ("Hours", "37.5 hours a week on a rota covering 7am to 9pm, seven days a week"),
            ("Salary", "\u00a326,210 to \u00a327,480 a year including High Cost Area Supplement"),
            ("Closing date", "18 January 2028"),
            ("Vacancy reference", "332-SSD-4418"),
        ],
    )
    document.add_heading("About the department", level=2)
    document.add_paragraph(
        "Our Sterile Services Department cleans, checks, packs and sterilises around 1,100 surgical instrument "
        "trays a week for the operating theatres, maternity and outpatient clinics at Northwick Park and Central "
        "Middlesex. Every tray that leaves us has to be spotless, complete and traceable, because it will be used "
        "on a patient within hours."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Receive used instrument trays from theatres and clinics, check them against the tray list and load "
        "the washer-disinfectors",
        "Inspect, assemble and wrap instrument sets in the clean room under the magnifying lamp",
        "Load and unload the steam sterilisers and record each cycle",
        "You must scan every tray at each stage of the process so that it can be traced to the patient it was used on",
        "Keep your work area tidy and wear the protective clothing set out for each room",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Good standard of literacy and numeracy", TICK, ""),
        ("Level 2 qualification in decontamination or sterile services", "", TICK),
        ("Completion of the department's competency workbook within the first 12 weeks", TICK, ""),
        ("Experience",),
        (
            "Experience of working to written procedures in a factory, laboratory, kitchen or healthcare setting",
            TICK,
            "",
        ),
        ("No previous sterile services experience is needed", TICK, ""),
        ("Previous experience in a sterile services or endoscopy decontamination unit", "", TICK),
        ("Skills and abilities",),
        ("Able to concentrate on repetitive, detailed work without losing accuracy", TICK, ""),
        ("Able to work as part of a team and communicate clearly in spoken English", TICK, ""),
        ("Basic IT skills, including using a handheld barcode scanner", TICK, ""),
        ("Knowledge",),
        ("Understanding of how infection spreads and why clean instruments matter to patients", TICK, ""),
        ("Knowledge of the names and uses of common surgical instruments", "", TICK),
        ("Physical and other requirements",),
        ("Able to stand for long periods and lift instrument trays of up to 8 kg", TICK, ""),
        ("Willing to work early, late and weekend shifts on a rota", TICK, ""),
        ("Proof of your right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "Full training on every machine, 27 days' annual leave plus bank holidays, the NHS Pension, subsidised "
        "meals in the staff restaurant and a free hepatitis B vaccination course. Offers are subject to "
        "occupational health clearance, two references and a basic DBS check."
    )
    save(document, "u1_decontamination_assistant.docx")


def u2_theatre_porter() -> None:
    """Shape 2: a details table with two label-value pairs a row, duties as numbered paragraphs, then an E/D column
    with "How assessed" and the factor merged down the first column; two rows marked E are not criteria (moving and
    handling training given in the first week, assessed "N/A", and the right to work, assessed "Pre-employment
    checks"); the key and a "no portering experience" line with benefits after the table."""
    document = blank_docx("Calibri")
    document.add_heading("St Mary's Hospital Theatres", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Theatre Porter", "Band", "2"),
            ("Employer", "Imperial College Healthcare NHS Trust", "Reference", "290-SUR-7730"),
            ("Site", "St Mary's Hospital, Praed Street, London W2 1NY", "Hours", "37.5 a week, 12-hour shifts"),
            ("Contract", "Permanent", "Closing date", "25/01/2028"),
        ],
    )
    document.add_heading("Job summary", level=2)
    document.add_paragraph(
        "Theatre porters are the link between the wards, the emergency department and our 16 operating theatres. "
        "You will bring patients to the anaesthetic room on their beds or trolleys, take them back to recovery and "
        "the wards, and run urgent errands for the theatre team, day and night."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Collect patients from wards and the emergency department at the times on the theatre list.",
        "Check the patient's wristband against the theatre list before moving them; you must never move a "
        "patient whose identity has not been confirmed by a nurse.",
        "Take specimens to the laboratory and collect blood from the blood bank when it is called for.",
        "Move theatre equipment, gas cylinders and supplies safely, using the equipment provided.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications and training",
            "Able to read and write English well enough to check patient names and theatre lists",
            "E",
            "A / I",
        ),
        ("Qualifications and training", "Certificate in moving and handling of people", "D", "A"),
        (
            "Qualifications and training",
            "Trust moving and handling training, completed in the first week",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of a physically active job such as portering, warehouse, delivery or hospitality work",
            "E",
            "A / I",
        ),
        ("Experience", "Experience of working in a hospital or other healthcare setting", "D", "A"),
        ("Skills and abilities", "Able to reassure patients who are anxious before surgery", "E", "I"),
        ("Skills and abilities", "Able to follow instructions from theatre staff quickly and accurately", "E", "I"),
        (
            "Skills and abilities",
            "Able to prioritise urgent requests, such as blood needed for an emergency operation",
            "E",
            "I",
        ),
        ("Skills and abilities", "Experience of using a two-way radio or bleep", "D", "A"),
        ("Knowledge", "Understanding of patient dignity and confidentiality", "E", "I"),
        ("Knowledge", "Awareness of infection control rules in operating theatres", "D", "I"),
        (
            "Physical and other",
            "Physically fit to push beds and trolleys and be on your feet for a whole shift",
            "E",
            "I / OH",
        ),
        ("Physical and other", "Able to work 12-hour day and night shifts, including weekends", "E", "I"),
        ("Physical and other", "Eligibility to work in the UK", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, OH = occupational health.")
    document.add_paragraph(
        "No portering experience? That is fine: every new porter spends two weeks shadowing an experienced "
        "colleague. We offer 27 days' annual leave plus bank holidays, unsocial hours payments, the NHS Pension, "
        "an interest-free season ticket loan and the staff gym at St Mary's."
    )
    save(document, "u2_theatre_porter.docx")


def u3_pharmacy_procurement_assistant() -> None:
    """Shape 3: the title as a heading, a "|" line with the band and a closing-date line, then Essential and
    Desirable side by side per category; an apprenticeship offer in a Desirable cell, "Pharmacy experience is not
    essential ..." and a DBS line in Essential cells, "N/A" in one Desirable cell and the last one empty."""
    document = blank_docx("Arial")
    document.add_heading("Pharmacy Procurement Assistant", level=1)
    document.add_paragraph("West London NHS Trust \u00b7 Pharmacy Department, St Bernard's Hospital, Southall UB1 3EU")
    document.add_paragraph("Band 3  |  37.5 hours a week, Monday to Friday  |  Permanent")
    document.add_paragraph("Closing date: Monday 31 January 2028. Interviews: Wednesday 9 February 2028.")
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "Our pharmacy supplies medicines to the mental health and forensic wards at St Bernard's, Broadmoor and "
        "our community teams. The procurement assistant places orders with wholesalers and manufacturers, books "
        "deliveries in, sorts out shortages and keeps the stock figures right. You must record every controlled "
        "drug delivery in the register on the day it arrives, with a pharmacist as witness. You will work with "
        "two technicians and a procurement pharmacist, and there is time set aside every week for training."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade 4 (C) or above, or equivalent",
            "NVQ Level 2 in Pharmacy Services or equivalent\n"
            "Funded place on the Level 3 Pharmacy Services apprenticeship after probation",
        ),
        (
            "Experience",
            "Experience of ordering, stock control or purchasing in any setting\n"
            f"Pharmacy experience is not essential {DASH} full training on our stock system is given",
            "Experience of working in a hospital or community pharmacy",
        ),
        (
            "Skills",
            "Accurate data entry and good attention to detail\nConfident using email and spreadsheets",
            "Experience of using a pharmacy stock system such as JAC or Ascribe",
        ),
        (
            "Communication",
            "Able to deal politely but firmly with suppliers by phone when chasing late or short deliveries",
            "N/A",
        ),
        (
            "Knowledge",
            "Understanding of why medicines must be stored at the right temperature",
            "Knowledge of the generic and brand names of common medicines",
        ),
        (
            "Physical and other",
            "Able to lift boxes of up to 15 kg and work on your feet in a busy stores area\n"
            "Satisfactory basic DBS check",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, the NHS Pension, free parking at St Bernard's, a "
        "cycle-to-work scheme and an employee assistance programme. We are unable to offer visa sponsorship for "
        "this post, so applicants need the right to work in the UK."
    )
    save(document, "u3_pharmacy_procurement_assistant.docx")


def u8_pharmacy_dispensary_assistant() -> None:
    """Shape 4 in Word: headed bulleted lists ("Essential" and "Desirable" headings over Word bullets) after the
    duties; the apprenticeship the Trust funds is the last Essential bullet and "A driving licence is not needed"
    the last Desirable one; a Before you apply paragraph and benefits at the end."""
    document = blank_docx("Calibri")
    document.add_heading("Pharmacy Dispensary Assistant", level=1)
    document.add_paragraph(
        f"Central and North West London NHS Foundation Trust {DASH} Pharmacy Services, St Charles Centre for "
        "Health and Wellbeing, Exmoor Street, London W10 6DZ"
    )
    document.add_paragraph("Band 2  |  Full time, 37.5 hours, Monday to Friday 9am to 5pm with one Saturday in six")
    document.add_paragraph("Closing date: Friday 21 January 2028  |  Reference: 333-PHA-0921")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "The St Charles dispensary supplies medicines to our mental health wards in Kensington, Chelsea and "
        "Westminster and to patients going home. As a dispensary assistant you will pick and label medicines for "
        "the pharmacist to check, top up ward stock, answer the dispensary phone and serve patients and staff at "
        "the hatch."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Pick, label and assemble prescriptions and ward orders for checking",
        "Unpack wholesaler deliveries and put stock away in date order",
        "Top up ward stock cupboards on the weekly round",
        "You must log every returned medicine in the returns book before it leaves the hatch",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Essential", level=2)
    for line in [
        "Good numeracy, for counting tablets and checking quantities",
        "Experience of working in a retail, customer service or stock-handling role",
        "Able to follow standard operating procedures exactly, every time",
        "Neat and accurate when labelling and recording",
        "Able to speak politely with patients and ward staff on the phone and at the dispensary hatch",
        "Understanding of confidentiality when handling prescriptions",
        "You will complete the Level 2 Pharmacy Services apprenticeship with us, fully funded by the Trust",
    ]:
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("Desirable", level=2)
    for line in [
        "Experience of dispensing in a community or hospital pharmacy",
        "Knowledge of common mental health medicines, such as antidepressants and antipsychotics",
        "Experience of using a pharmacy labelling or dispensing system",
        "A driving licence is not needed for this post",
    ]:
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("Before you apply", level=2)
    document.add_paragraph(
        "You need the right to work in the UK; this post is not eligible for visa sponsorship. The successful "
        "applicant will need an enhanced DBS check and two references. No pharmacy experience is needed."
    )
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension, Inner London High Cost Area Supplement, a "
        "season ticket loan and a clear route to train as a pharmacy technician."
    )
    save(document, "u8_pharmacy_dispensary_assistant.docx")


U4_ITEMS = [
    ("title", "Dermatology Outpatient Healthcare Assistant"),
    ("bold", f"The Hillingdon Hospitals NHS Foundation Trust {DASH} Outpatients and Dermatology"),
    ("body", "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"),
    ("gap", ""),
    ("body", "Band 3  |  \u00a328,140 to \u00a329,870 a year, including Outer London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week, Monday to Friday, 8am to 6pm on a rota"),
    ("body", "Closing date: 8 February 2028. Interviews: 21 February 2028."),
    ("heading", "About the role"),
    (
        "body",
        "Our dermatology outpatient clinic sees around 250 patients a week with eczema, psoriasis, skin cancer "
        "checks and minor skin surgery. You will be part of a team of nurses, doctors and healthcare assistants "
        "who keep the clinics running on time and make patients feel safe and comfortable.",
    ),
    ("heading", "What you'll be doing"),
    ("body", f"{BULLET}Welcome patients into clinic rooms and stay with them during skin examinations"),
    ("body", f"{BULLET}Prepare the minor operations room and lay out sterile packs for skin biopsies"),
    ("body", f"{BULLET}Record observations and weights in the electronic patient record"),
    (
        "body",
        f"{BULLET}You must check that the consent form has been signed before any biopsy starts, and tell the "
        "nurse in charge if it has not",
    ),
    ("body", f"{BULLET}Clean couches and equipment between patients and restock clinic rooms"),
    ("heading", "Essential criteria"),
    ("body", f"{BULLET}NVQ Level 2 in Health and Social Care, the Care Certificate or equivalent"),
    ("body", f"{BULLET}Experience of giving personal care or support in a health or care setting"),
    ("body", f"{BULLET}Able to take and record blood pressure, pulse and temperature"),
    ("body", f"{BULLET}Able to put patients at ease during intimate or embarrassing examinations"),
    ("body", f"{BULLET}Good written and spoken English for keeping clinic records"),
    ("body", f"{BULLET}Able to keep a clinic room clean, stocked and ready for the next patient"),
    (
        "body",
        f"{BULLET}You do not need to have worked in dermatology before {DASH} we will teach you about skin "
        "conditions and their treatments",
    ),
    ("heading", "Desirable criteria"),
    ("body", f"{BULLET}Experience of applying dressings or assisting with minor surgical procedures"),
    ("body", f"{BULLET}Trained in taking blood (phlebotomy)"),
    ("body", f"{BULLET}Experience of acting as a chaperone"),
    ("body", f"{BULLET}Speaks Punjabi, Hindi, Polish or another language widely used in Hillingdon"),
    ("heading", "Training and support"),
    (
        "body",
        "In your first six months you will be trained in phlebotomy, wound dressings and skin photography, and "
        "you will have a named nurse mentor.",
    ),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; we cannot sponsor a visa for this post. Offers depend on an "
        "enhanced DBS check, occupational health clearance and two references. No NHS experience is needed.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET}27 days' annual leave, rising to 33 days with service, plus bank holidays"),
    ("body", f"{BULLET}NHS Pension Scheme, staff discounts and on-site staff parking"),
    ("body", f"{BULLET}A funded route to the Level 3 Senior Healthcare Support Worker apprenticeship"),
]

U5_ITEMS = [
    ("title", "Theatre Scheduling Coordinator"),
    ("body", "Planned Care, Chelsea and Westminster Hospital NHS Foundation Trust"),
    ("body", "West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our theatres at West Middlesex carry out around 14,000 operations a year, from day-case cataract and "
        "hernia surgery to joint replacements. We are looking for a Theatre Scheduling Coordinator to join the "
        "planned care team at Band 4, working 37.5 hours a week, Monday to Friday. The closing date is Sunday 13 "
        "February 2028 and interviews will be held on Thursday 24 February.",
    ),
    (
        "body",
        "You will build the weekly operating lists from the waiting lists with the surgical secretaries, fill "
        "lists when patients cancel, make sure every patient has had their pre-operative assessment and send out "
        "admission letters. You must confirm each list with the consultant's secretary by 12 noon on the "
        "Thursday before it runs. You do not need to have worked in theatres before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a busy administrative role where you managed bookings, "
        "appointments or rotas. You must be able to use Excel and an electronic booking or patient system "
        "quickly and accurately. A calm, clear telephone manner is essential, because you will speak to worried "
        "patients every day. It is essential that you can juggle changing priorities and still meet deadlines. "
        "You must be confident working with surgeons, anaesthetists and theatre managers, and able to speak up "
        "when a list is overbooked.",
    ),
    (
        "body",
        "Knowledge of the 18-week referral to treatment (RTT) rules would be beneficial. Experience of using "
        "Cerner or a similar patient administration system would be an advantage. An understanding of medical "
        "terminology, especially the names of surgical procedures, is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post does not qualify for "
        "visa sponsorship, and the successful candidate will need a basic DBS check. We will train you on our "
        "scheduling system and fund the AMSPAR Level 3 Certificate in Medical Terminology in your first year. You "
        "will benefit from 27 days' annual leave plus bank holidays, the NHS Pension, a free staff shuttle between "
        "our hospitals and flexible start times. We would like to hear from you even if you do not meet every "
        "point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    u1_decontamination_assistant()
    u2_theatre_porter()
    u3_pharmacy_procurement_assistant()
    (ADVERTS / "u4_dermatology_outpatient_hca.pdf").write_bytes(pdf_bytes(U4_ITEMS, title=(16, 56)))
    (ADVERTS / "u5_theatre_scheduling_coordinator.pdf").write_bytes(pdf_bytes(U5_ITEMS, title=(16, 56)))
    u8_pharmacy_dispensary_assistant()


if __name__ == "__main__":
    main()
