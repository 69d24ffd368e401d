"""Build the Word and PDF adverts of held-back set 115 from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback115/build.py`. The generated files are
committed, so nothing needs this script to score them; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`. Every Word file is saved with fixed core-property dates and fixed zip
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
    label_value_table,
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

YES = "Yes"
DASH = "\u2013"
BULLET = "\u2022 "
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2029, 2, 1, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 1, 10, 30, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_pressure_ulcer_prevention_support_worker() -> None:
    """Shape 1: tick columns ("Yes" in one level column, the other empty) with bold category rows merged across
    the table. The employer only in the page header; the title and band together in the heading; the closing date
    only in the page footer, with the reference. Four rows marked Essential that are not criteria: e-learning the job
    gives, "No previous NHS experience required", a "Must upload ..." duty and the enhanced DBS check."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Central London Community Healthcare NHS Trust"
    section.footer.paragraphs[
        0
    ].text = "Job reference 391-TVN-0207  \u00b7  Closing date 05/03/2029  \u00b7  Interviews week beginning 19/03/2029"
    document.add_heading("Pressure Ulcer Prevention Support Worker (Band 3)", level=1)
    document.add_paragraph(
        f"Tissue Viability Service, Hammersmith and Fulham  |  Based at Parsons Green Health Centre, SW6  |  "
        f"37.5 hours, Monday to Friday  |  Permanent  |  {POUND}28,740 to {POUND}30,860 a year plus Inner London "
        "High Cost Area Supplement"
    )
    document.add_heading("About the service", level=2)
    document.add_paragraph(
        "Our tissue viability nurses support district nurses, care homes and families across the borough to stop "
        "pressure ulcers before they start. As a Pressure Ulcer Prevention Support Worker you will visit people at "
        "home who have been identified as high risk, working from plans written by the nurses, and you will be the "
        "person families turn to when they have a question about a mattress, a cushion or a turning chart."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Visit patients at home to check their skin and their equipment, following the plan set by a registered nurse",
        "Deliver and demonstrate cushions, heel protectors and mattress overlays from the team's stock",
        "Run short teaching sessions for care home staff on repositioning and on keeping skin clean and dry",
        "Record each visit in the patient's SystmOne record and update the team's weekly caseload list",
        "Raise any concern about neglect or safeguarding with the nurse in charge before the end of the day",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Care Certificate, or NVQ Level 2 in Health and Social Care", YES, ""),
        ("Certificate from a tissue viability or wound care study day", "", YES),
        ("Completion of the Trust's pressure ulcer prevention e-learning within four weeks of starting", YES, ""),
        ("Experience",),
        ("Experience of giving personal care to adults in hospital, a care home or their own home", YES, ""),
        ("No previous NHS experience required", YES, ""),
        ("Experience of caring for people who are bed-bound or use a wheelchair", "", YES),
        ("Skills and abilities",),
        ("Able to spot early signs of pressure damage on the skin and report them the same day", YES, ""),
        (
            "Able to show patients and carers how to change position safely and use pressure-relieving equipment",
            YES,
            "",
        ),
        ("Able to keep clear and accurate care records", YES, ""),
        ("Must upload photographs of any skin change to SystmOne on the day of the visit", YES, ""),
        ("Knowledge",),
        ("Knowledge of the SSKIN care bundle", "", YES),
        ("Other",),
        ("Satisfactory enhanced DBS check", YES, ""),
        ("Able to travel independently between patients' homes across Hammersmith and Fulham", YES, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, rising with service; the NHS Pension Scheme; a Trust bike or an "
        "Oyster card for visits; protected time each month for learning with the tissue viability nurses; and "
        "access to our staff health and wellbeing service. You will need to show that you have the right to work in "
        "the UK, and we will ask for two references."
    )
    save(document, "v1_pressure_ulcer_prevention_support_worker.docx")


def v2_compression_hosiery_fitting_assistant() -> None:
    """Shape 2: rows marked E or D with a "How assessed" column and the category merged down the first column (not
    bold). The title, band and closing date in a details table at the top; the employer only in the page footer. Not
    criteria: a training row (E, N/A), a "Must check ..." duty row (E, N/A) and a right-to-work row (E,
    Pre-employment checks); "You must ..." in the purpose paragraph; benefits after the key."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[0].text = (
        f"The Hillingdon Hospitals NHS Foundation Trust {DASH} Lymphoedema Service, Mount Vernon Hospital, "
        "Rickmansworth Road, Northwood"
    )
    document.add_heading("Job description", level=1)
    label_value_table(
        document,
        [
            ("Post", "Compression Hosiery Fitting Assistant"),
            ("Pay band", "Band 3"),
            ("Hours", "30 hours a week over four days, including one late clinic"),
            ("Contract", "Permanent"),
            ("Closing date", "Friday 9 March 2029"),
            ("Interviews", "Thursday 22 March 2029"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "People with swollen limbs wait too long for garments that fit. Working alongside our lymphoedema nurses "
        "and therapists, you will run fitting appointments for patients who already have a treatment plan: measuring "
        "them, ordering made-to-measure and ready-made hosiery, and making sure each patient can manage their "
        "garments at home. You must never alter a prescription yourself; any change is agreed with the nurse who "
        "wrote it."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Run booked fitting and review appointments in the hosiery clinic",
        "Measure patients against the manufacturers' charts and complete the garment order forms",
        "Show patients and their families how to use frames, slippery socks and other aids to get garments on and off",
        "Book follow-up reviews and write up each appointment in the electronic record",
        "Keep the clinic room clean and the sample garments laundered between patients",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "GCSE English and maths at grade 4 (C) or above, or equivalent", "E", "Application"),
        ("Qualifications", "Certificate in measuring and fitting compression garments", "D", "Application"),
        ("Qualifications", "Lymphoedema awareness training, given in the first six weeks", "E", "N/A"),
        (
            "Experience",
            "Experience of working with patients or clients in a health or care setting",
            "E",
            "Application / Interview",
        ),
        (
            "Experience",
            "Experience of taking body measurements, for example in a retail fitting role",
            "D",
            "Application / Interview",
        ),
        (
            "Skills",
            "Able to measure limbs accurately with a tape measure and record the readings",
            "E",
            "Practical task",
        ),
        (
            "Skills",
            "Able to help patients put on and take off compression garments, including with donning aids",
            "E",
            "Interview",
        ),
        ("Skills", "Able to put anxious or self-conscious patients at ease", "E", "Interview"),
        ("Skills", "Must check garment stock and order replacements every Friday", "E", "N/A"),
        ("Knowledge", "Basic understanding of lymphoedema and why compression helps", "D", "Interview"),
        (
            "Knowledge",
            "Understanding of infection prevention and control, including hand hygiene",
            "E",
            "Interview",
        ),
        ("Other", "Able to work a late clinic until 7pm one evening a week", "E", "Interview"),
        (
            "Other",
            f"Right to work in the UK {DASH} sponsorship cannot be offered for this post",
            "E",
            "Pre-employment checks",
        ),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_paragraph("E = essential, D = desirable. The practical task is a short measuring exercise on the day.")
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension, free parking at Mount Vernon, a "
        "cycle-to-work scheme and staff discounts. The post is subject to references and a standard DBS check."
    )
    save(document, "v2_compression_hosiery_fitting_assistant.docx")


def v3_continence_prescription_support_assistant() -> None:
    """Shape 3: Essential and Desirable side by side per category, one or two lines a cell. The employer in a bold
    first line with the team; the title as the heading; the band inside a sentence of "About the role"; the closing
    date only at the end. Not criteria: a "must" duty in About the role, "No health service experience needed ..."
    and a right-to-work line in Essential cells, "N/A" and a benefit in Desirable cells."""
    document = blank_docx("Calibri")
    intro = document.add_paragraph()
    intro.add_run(
        f"NHS North West London Integrated Care Board {DASH} Medicines Optimisation, Continence Prescription Service"
    ).bold = True
    document.add_heading("Continence Prescription Support Assistant", level=1)
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "Our continence prescription service arranges home delivery of pads, catheters and other continence products "
        "for about 14,000 residents across the eight boroughs of North West London. This is a Band 2 post, full "
        "time at 37.5 hours a week, based at 15 Marylebone Road with some home working once you are trained. You "
        "will answer calls from patients, carers, care homes and nurses, place and change orders with our supplier, "
        "and chase deliveries that have gone astray. You must check every new order against the nurse's assessment "
        "before it is sent to the supplier."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good standard of education in English and maths",
            "NVQ Level 2 in Business Administration or Customer Service",
        ),
        (
            "Experience",
            f"Experience of handling telephone enquiries from the public\nNo health service experience needed {DASH} "
            "full training is given",
            "Experience of working in a pharmacy, GP practice or home delivery service",
        ),
        (
            "Skills",
            "Able to enter orders accurately on a computer system\n"
            "Able to talk about bladder and bowel problems sensitively and without embarrassment",
            "Speaks a community language used in North West London, such as Gujarati, Arabic or Polish",
        ),
        ("Knowledge", "Understanding of confidentiality and data protection", "N/A"),
        (
            "Other",
            "Able to work one Saturday morning a month\nRight to work in the UK (we cannot offer sponsorship)",
            "Flexible working and our staff wellbeing programme",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working with us", level=2)
    document.add_paragraph(
        "You will receive 27 days' annual leave plus bank holidays, the NHS Pension, an interest-free season ticket "
        "loan and a laptop for home working. References and a basic DBS check will be requested before you start."
    )
    closing = document.add_paragraph()
    closing.add_run("Closing date: Wednesday 14 March 2029").bold = True
    save(document, "v3_continence_prescription_support_assistant.docx")


def v4_wound_care_assistant_practitioner() -> None:
    """Shape 4: Essential and Desirable as two rows per section, the section merged down over both (bold). The
    employer as the first heading and the title as the second; the band in a details table with no header row; the
    closing date only in the last paragraph. Not criteria: "Previous community experience is not essential" and an
    enhanced DBS line in Essential rows, "N/A" in a Desirable row."""
    document = blank_docx("Arial")
    document.add_heading("Central and North West London NHS Foundation Trust", level=1)
    document.add_heading("Wound Care Assistant Practitioner", level=2)
    document.add_paragraph("Hillingdon Community Nursing, Leg Ulcer and Wound Service, Yiewsley Health Centre, UB7")
    label_value_table(
        document,
        [
            ("Agenda for Change", "Band 4"),
            ("Salary", f"{POUND}31,240 to {POUND}34,070 a year including Outer London High Cost Area Supplement"),
            ("Hours", "37.5 hours a week, Monday to Friday, with one Saturday in six"),
            ("Contract", "Permanent"),
            ("Reference", "333-HCN-5871"),
        ],
    )
    document.add_heading("The role", level=2)
    document.add_paragraph(
        "Our wound service sees people with leg ulcers, surgical wounds and skin tears in two clinics and in their "
        "own homes. As an assistant practitioner you will carry your own caseload of patients whose care plans have "
        "been set by a registered nurse, and you will be a link between the clinics and the district nursing teams."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Clean and dress wounds following the plan in each patient's record",
        "Measure and photograph wounds every four weeks and flag any that are not healing",
        "Carry out ABPI assessments once you have been signed off as competent",
        "Apply compression bandages and hosiery as prescribed",
        "Order dressings for the clinics and for patients on the caseload",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Section", "Level", "Person specification"])
    rows = [
        ("Education", "Essential", "Level 3 qualification in health and social care, or equivalent"),
        ("Education", "Desirable", "Foundation Degree for Assistant Practitioners"),
        (
            "Experience",
            "Essential",
            "At least two years' experience as a healthcare support worker\n"
            "Experience of carrying out simple wound dressings\n"
            "Previous community experience is not essential",
        ),
        ("Experience", "Desirable", "Experience of working in a community nursing team or treatment room"),
        (
            "Skills",
            "Essential",
            "Able to measure and photograph wounds and record them accurately\n"
            "Able to work alone and know when to ask a registered nurse for advice",
        ),
        (
            "Skills",
            "Desirable",
            "Able to carry out Doppler ankle brachial pressure index (ABPI) assessments\n"
            "Trained in applying multi-layer compression bandaging",
        ),
        ("Other", "Essential", "Full UK driving licence and use of a car for work\nEnhanced DBS check"),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Why Hillingdon community nursing", level=2)
    document.add_paragraph(
        "You will get a full induction with our tissue viability nurses, business mileage paid at the Agenda for "
        "Change rate, 27 days' annual leave rising to 33, and the NHS Pension. Sponsorship is not available for this "
        "role. Applications close on Monday 19 March 2029; interviews will be held at Yiewsley the following week."
    )
    save(document, "v4_wound_care_assistant_practitioner.docx")


V5_ITEMS = [
    ("bold", "Closing date: Friday 23 March 2029  |  Ref 362-LYM-1184"),
    ("gap", ""),
    ("title", "Lymphoedema Assistant Practitioner"),
    ("body", "London North West University Healthcare NHS Trust"),
    ("body", "Community Lymphoedema Service, Brent"),
    ("body", f"Band 4  |  {POUND}30,980 to {POUND}33,810 a year including Outer London HCAS"),
    ("body", "Permanent  |  37.5 hours  |  Monday to Friday, 8.30am to 5pm"),
    ("heading", "The service"),
    (
        "body",
        "We treat adults with lymphoedema and chronic swelling in clinics at Central Middlesex Hospital and "
        "Willesden Centre for Health and Care. Many of our patients have had treatment for breast, gynaecological or "
        "prostate cancer; others have swelling linked to weight, heart problems or reduced movement.",
    ),
    ("heading", "Your week with us"),
    ("body", f"{BULLET}Run your own review clinics for patients whose treatment plan has been set by a specialist"),
    ("body", f"{BULLET}Measure limbs and work out volumes with the service's calculator"),
    ("body", f"{BULLET}Teach patients and carers how to look after their skin and do simple lymphatic drainage"),
    ("body", f"{BULLET}Book appointments and record every contact on the electronic patient record"),
    ("body", f"{BULLET}Help the specialists with bandaging clinics and group education sessions"),
    ("heading", "You will need"),
    ("body", f"{BULLET}A Level 3 qualification in health or care, such as a BTEC or NVQ"),
    ("body", f"{BULLET}Experience of supporting patients who live with a long-term condition"),
    ("body", f"{BULLET}Able to teach patients simple self-massage and daily skin care"),
    ("body", f"{BULLET}Confident using a computer to book appointments and record patient contacts"),
    ("body", f"{BULLET}Able to run your own clinic list and keep to time"),
    ("body", f"{BULLET}Able to work at both Central Middlesex Hospital and Willesden Centre for Health and Care"),
    (
        "body",
        f"{BULLET}You don't need lymphoedema experience {DASH} our accredited lymphoedema module is funded in your "
        "first six months",
    ),
    ("heading", "Good to have, but we won't mind if you don't"),
    ("body", f"{BULLET}Experience of applying compression bandages or wraps"),
    ("body", f"{BULLET}Knowledge of lymphoedema and its causes, including after cancer treatment"),
    ("body", f"{BULLET}Speaks Gujarati, Somali or Arabic"),
    ("heading", "Things to know before you apply"),
    (
        "body",
        "You must have the right to live and work in the UK; we cannot sponsor a visa for this post. Any offer "
        "depends on references and an enhanced DBS check. Interviews will be held at Central Middlesex Hospital on "
        "Thursday 5 April 2029.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET}27 days' annual leave plus bank holidays, rising to 33 days with service"),
    ("body", f"{BULLET}NHS Pension Scheme, Blue Light Card and salary sacrifice schemes"),
    ("body", f"{BULLET}Support to apply for the Trust's nursing associate apprenticeship after two years"),
]

V6_ITEMS = [
    ("title", "Tissue Viability Equipment Coordinator"),
    ("bold", "Salary: Band 3, 37.5 hours a week, permanent"),
    ("body", "Heart of Hounslow Centre for Health, 92 Bath Road, Hounslow TW3 3EL"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Hounslow and Richmond Community Healthcare NHS Trust provides community nursing and therapy to more than "
        "half a million people. Our tissue viability team lends out air mattresses, cushions and heel off-loading "
        "boots to patients at home and in care homes, and this new post will run that loan store day to day.",
    ),
    (
        "body",
        "You will take requests from nurses and therapists, book deliveries and collections with our two drivers, "
        "keep track of where every mattress is and make sure returned equipment is cleaned before it goes out again. "
        "You must log every item that leaves the store against the patient's NHS number, and you must never send "
        "out a mattress that has not been signed off as clean. You do not need a clinical background for this job.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have experience of arranging deliveries, bookings or stock in a busy service. You "
        "must be able to use Excel to keep a register up to date. A clear and polite telephone manner with patients, "
        "carers and suppliers is essential. It is essential that you can decide which requests are most urgent, "
        "such as a mattress needed the same day. You must be willing to go out to patients' homes with the delivery "
        "drivers when needed. It is essential that you understand how to keep patient information confidential.",
    ),
    (
        "body",
        "Experience of working with pressure-relieving mattresses or cushions would be beneficial. Knowledge of how "
        "reusable equipment is cleaned and decontaminated would be an advantage. A full UK driving licence would be "
        "an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "Proof of your right to work in the UK is essential, and we cannot offer visa sponsorship for this post. "
        "The successful applicant will need a standard DBS check. We will train you in manual handling and in our "
        "equipment tracking system during your first month. Benefits include 27 days' annual leave plus bank "
        "holidays, the NHS Pension, free parking at the Heart of Hounslow and a staff physiotherapy service.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Applications must reach us by midnight on Tuesday 27 March 2029. For an informal chat, please call the "
        "tissue viability team lead on 020 7946 0483 or email tv.team@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_pressure_ulcer_prevention_support_worker()
    v2_compression_hosiery_fitting_assistant()
    v3_continence_prescription_support_assistant()
    v4_wound_care_assistant_practitioner()
    (ADVERTS / "v5_lymphoedema_assistant_practitioner.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_tissue_viability_equipment_coordinator.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
