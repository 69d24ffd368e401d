"""Build the Word and PDF adverts of the forty-sixth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback46/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`; each Word file is saved with fixed core-property dates and
fixed zip time stamps, so a rebuild is byte for byte the same. The pasted-text adverts (h7, h8) are plain files
and are not built here.
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
FIXED_TIME = dt.datetime(2027, 12, 8, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2027, 12, 8, 9, 0, 0)


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


def h1_pharmacy_medicines_reconciliation_assistant() -> None:
    """Tick columns with category rows merged across; four ticked-Essential rows that are not criteria."""
    document = blank_docx("Arial")
    document.add_paragraph().add_run("Imperial College Healthcare NHS Trust").bold = True
    document.add_heading("Pharmacy Medicines Reconciliation Assistant", level=1)
    document.add_paragraph(
        "Band 3 | Pharmacy Department, St Mary's Hospital, Praed Street, W2 | 37.5 hours | "
        "Closing date: 11 February 2028"
    )
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "When a patient is admitted, the pharmacy team finds out exactly which medicines they were taking at home. "
        "You will speak to patients and their families on the wards, gather their medicines and repeat "
        "prescription lists, and prepare a list for a pharmacist or pharmacy technician to check."
    )
    for duty in [
        "Visit newly admitted patients on the medical wards each morning and collect their medicines history",
        "Contact GP surgeries and community pharmacies for repeat prescription lists",
        "Record each patient's own medicines on the electronic patient record for checking",
        "Return patients' own medicines to the ward when they go home",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    add_rows_with_category_rows(
        table,
        [
            ("Qualifications",),
            ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, ""),
            ("BTEC Level 2 Certificate in Pharmaceutical Science", "", TICK),
            ("Completion of the Trust's medicines management e-learning within six weeks of starting", TICK, ""),
            ("Experience",),
            ("Experience of working in a customer-facing or healthcare setting", TICK, ""),
            ("No previous pharmacy experience needed", TICK, ""),
            ("Experience of working in a hospital or community pharmacy", "", TICK),
            ("Skills and abilities",),
            ("Able to read and copy medicine names and doses accurately", TICK, ""),
            (
                "Able to explain things clearly to patients on a ward, some of whom may be unwell or confused",
                TICK,
                "",
            ),
            ("Confident using a computer, including email and typing", TICK, ""),
            ("Must complete the daily ward round list by 10:30", TICK, ""),
            ("Other",),
            ("Able to work one weekend in four on a rota", TICK, ""),
            ("Right to work in the UK", TICK, ""),
        ],
    )
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension Scheme, a season ticket loan and a funded place "
        "on the BTEC in Pharmaceutical Science after probation. Appointment is subject to references and a basic "
        "DBS check. We are unable to offer visa sponsorship for this post."
    )
    _save(document, "h1_pharmacy_medicines_reconciliation_assistant.docx")


def h2_health_visiting_team_administrator() -> None:
    """Rows marked E or D with the factor cell merged down and a "How assessed" column; two E rows are not
    criteria (a "No NHS experience" line and a "Must process ..." duty) and a DBS row."""
    document = blank_docx("Calibri")
    document.add_paragraph("Central and North West London NHS Foundation Trust")
    document.add_heading("Health Visiting Team Administrator", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 3", "Hours", "37.5 per week"),
            ("Base", "Yiewsley Health Centre and Hillingdon clinics", "Closing date", "18/02/2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "You will give administrative support to the Hillingdon health visiting team: booking developmental "
        "review clinics, typing letters and minutes, updating children's records on SystmOne and answering the "
        "duty phone line for parents. You must process all new birth notifications on the day they arrive."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    add_rows_merging_categories_down(
        table,
        [
            ("Qualifications", "NVQ Level 3 in Business Administration or equivalent experience", "E", "Application"),
            (
                "Qualifications",
                "European Computer Driving Licence (ECDL) or similar IT qualification",
                "D",
                "Application",
            ),
            ("Experience", "Experience of administrative work in an office", "E", "Application / Interview"),
            ("Experience", "Experience of working with children's or family health records", "D", "Application"),
            (
                "Experience",
                f"Previous NHS experience is not necessary {DASH} full training on SystmOne will be given",
                "E",
                "N/A",
            ),
            ("Skills", "Accurate typing of letters and minutes", "E", "Test"),
            ("Skills", "Able to deal calmly with distressed or anxious parents on the telephone", "E", "Interview"),
            ("Skills", "Must process all new birth notifications on the day they arrive", "E", "N/A"),
            (
                "Knowledge",
                "Understanding of safeguarding and the need to keep information confidential",
                "E",
                "Interview",
            ),
            ("Other", "Willingness to work at more than one clinic base in Hillingdon", "E", "Interview"),
            ("Other", "Enhanced DBS check with barred lists", "E", "Pre-employment"),
        ],
    )
    document.add_paragraph("E = Essential, D = Desirable")
    document.add_paragraph(
        "We offer flexible working, the NHS Pension, 27 days' leave rising with service and free parking at "
        "Yiewsley. Applicants must have the right to work in the UK."
    )
    _save(document, "h2_health_visiting_team_administrator.docx")


def h3_school_nursing_team_administrator() -> None:
    """Essential and Desirable side by side per category, with a training line and a right-to-work line in
    Essential cells, "N/A" and an empty Desirable cell."""
    document = blank_docx("Calibri")
    document.add_heading("School Nursing Team Administrator", level=1)
    document.add_paragraph(
        f"London North West University Healthcare NHS Trust {DASH} Ealing 0{DASH}19 Service {DASH} Band 3"
    )
    document.add_paragraph("Term-time only, 37.5 hours a week. Closing date: 3 March 2028.")
    document.add_heading("Main duties", level=2)
    document.add_paragraph(
        "Send consent forms to schools for height and weight checks and immunisations, book school nurse drop-in "
        "clinics, keep the team's contact log up to date and chase forms that have not come back. You will "
        "make sure every school has its clinic dates at least two weeks ahead."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    add_rows_side_by_side(
        table,
        [
            (
                "Qualifications",
                "Good standard of education including GCSE English at grade 4 (C)",
                "RSA or OCR Level 2 text processing qualification",
            ),
            (
                "Experience",
                "Experience of working in a busy office or reception\n"
                f"No experience of school nursing required {DASH} we will train you",
                "Experience of organising events or clinics in schools",
            ),
            (
                "Skills",
                "Good working knowledge of Microsoft Word, Excel and Outlook\n"
                "Able to keep accurate records and meet deadlines",
                "Able to speak a community language used in Ealing or Brent",
            ),
            (
                "Personal qualities",
                "Friendly and approachable manner with children, young people and school staff",
                "N/A",
            ),
            (
                "Other",
                "Able to work term-time hours, 8am to 4pm\n"
                f"Right to work in the UK {DASH} we cannot offer visa sponsorship",
                "",
            ),
        ],
    )
    document.add_paragraph(
        "All posts working with children need an enhanced DBS check. Benefits include the NHS Pension, "
        "school-holiday leave and access to the staff wellbeing hub."
    )
    _save(document, "h3_school_nursing_team_administrator.docx")


def h4_primary_care_network_administrator() -> None:
    """Essential and Desirable as two rows per category under "Area | Level | Requirement" (the thirty-fifth
    set's shape 7); a training line and a DBS line in Essential rows."""
    document = blank_docx("Arial")
    document.add_heading("Primary Care Network Administrator", level=1)
    label_value_table(
        document,
        [
            ("Employer", "Ealing GP Federation"),
            ("Network", "North Southall and Greenford primary care networks"),
            ("Pay", "Band 3 equivalent, \u00a326,530 to \u00a329,114 pro rata"),
            ("Closing date", "10 March 2028"),
        ],
    )
    document.add_heading("The role", level=2)
    document.add_paragraph(
        "You will support our network's clinical pharmacists, social prescribers and care coordinators across "
        "nine practices: booking their clinics into each practice's diary, taking notes at the monthly "
        "network meeting and keeping the shared workforce spreadsheet up to date."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirement"])
    for row in [
        ("Qualifications", "Essential", "Level 2 qualification in English and maths (GCSE or Functional Skills)"),
        ("Qualifications", "Desirable", "AMSPAR certificate in medical reception or administration"),
        (
            "Experience",
            "Essential",
            "Experience of office administration, ideally in a GP practice or health setting\n"
            "Training in EMIS Web and Docman will be provided",
        ),
        ("Experience", "Desirable", "Experience of booking appointments across several GP practices"),
        (
            "Skills",
            "Essential",
            "Good spreadsheet skills, including sorting and simple formulas\nAble to take clear notes in meetings",
        ),
        ("Skills", "Desirable", "Experience of using Microsoft Teams to run online meetings"),
        ("Other", "Essential", "Able to travel to practices across Ealing\nSatisfactory enhanced DBS check"),
        ("Other", "Desirable", "N/A"),
    ]:
        cells = table.add_row().cells
        cells[0].text = row[0]
        cells[1].text = row[1]
        lines = row[2].split("\n")
        cells[2].text = lines[0]
        for line in lines[1:]:
            cells[2].add_paragraph(line)
    document.add_paragraph(
        "Travel between practices is paid at NHS mileage rates. You will be enrolled in the NHS Pension Scheme."
    )
    _save(document, "h4_primary_care_network_administrator.docx")


H5_ITEMS = [
    ("title", "Pharmacy Stock Control Assistant"),
    ("bold", f"Chelsea and Westminster Hospital NHS Foundation Trust {DASH} Pharmacy Stores"),
    ("body", "West Middlesex University Hospital, Isleworth"),
    ("body", "Band 2 | \u00a324,071 to \u00a325,674 plus Outer London allowance | 37.5 hours, Monday to Friday"),
    ("body", "Applications close: Friday 28 January 2028 at midnight."),
    ("heading", "What you'll do"),
    ("body", "\u2022 Receive deliveries from wholesalers and put stock away in the right place"),
    ("body", "\u2022 You must check every delivery against the order before it is signed for"),
    ("body", "\u2022 Pick and pack ward top-up orders and take them to the porters' collection point"),
    ("body", "\u2022 Help with the monthly stock take and move short-dated stock to the front"),
    ("heading", "What we're looking for"),
    ("bold", "Essential"),
    ("body", "\u2022 Basic maths for counting and checking stock"),
    ("body", "\u2022 Experience of stock control, deliveries or warehouse work"),
    ("body", "\u2022 Able to lift and move boxes of up to 15 kg"),
    ("body", "\u2022 Careful attention to expiry dates and batch numbers"),
    ("body", "\u2022 Good spoken English for talking to suppliers and ward staff"),
    (
        "body",
        f"\u2022 No pharmacy qualification is needed {DASH} we will put you through the Level 2 Pharmacy "
        "Services Assistant apprenticeship",
    ),
    ("bold", "Desirable"),
    ("body", "\u2022 Experience of using a stock or ordering system such as JAC or Ascribe"),
    ("body", "\u2022 A forklift or pallet truck certificate"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; we cannot sponsor a visa for this post. Offers depend on "
        "two references and a basic DBS check.",
    ),
    ("heading", "What's in it for you"),
    ("body", "\u2022 27 days' annual leave plus bank holidays and the NHS Pension"),
    ("body", "\u2022 Free eye tests and staff restaurant discounts"),
]

H6_ITEMS = [
    ("title", "Health Visiting Clinic Assistant"),
    ("body", "Hammersmith and Fulham Health Visiting Service, Central London Community Healthcare NHS Trust"),
    ("body", "Parkview Centre for Health and Wellbeing, Cranston Court, London W12"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "We are looking for a Health Visiting Clinic Assistant at Band 3 to run baby clinics alongside our health "
        "visitors. The closing date is 4 February 2028 and interviews will be held on 15 February. You will "
        "welcome families, weigh and measure babies, plot the results in the red book and on the record, and "
        "give out leaflets on feeding, sleep and immunisations. You must clean the scales between every baby.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have experience of caring for babies or young children in a paid or voluntary "
        "role. Accurate record keeping is essential. It is essential that you can communicate with parents from "
        "many backgrounds, including through an interpreter. Basic computer skills are essential.",
    ),
    (
        "body",
        "A Level 3 qualification in childcare or early years would be beneficial. Experience of supporting "
        "breastfeeding families is desirable. Paediatric first aid training would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, and the post needs an enhanced DBS "
        "check. You do not need to have weighed a baby before: we will train you and sign you off as competent "
        "in your first month. You will benefit from the NHS Pension, 27 days' leave and a cycle-to-work scheme.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    h1_pharmacy_medicines_reconciliation_assistant()
    h2_health_visiting_team_administrator()
    h3_school_nursing_team_administrator()
    h4_primary_care_network_administrator()
    (ADVERTS / "h5_pharmacy_stock_control_assistant.pdf").write_bytes(pdf_bytes(H5_ITEMS, title=(16, 56)))
    (ADVERTS / "h6_health_visiting_clinic_assistant.pdf").write_bytes(pdf_bytes(H6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
