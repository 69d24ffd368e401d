"""Build the Word and PDF adverts of the evaluation corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_corpus/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.unit.checks.builders import (  # noqa: E402
    add_rows,
    add_rows_merging_categories_down,
    blank_docx,
    header_table,
    pdf_bytes,
    write_docx,
)

TICK = "\u2713"


def a1_tick_columns() -> None:
    """Tick columns, with a category row merged across the whole table."""
    document = blank_docx()
    document.add_heading("Healthcare Assistant", level=1)
    document.add_paragraph("Imperial College Healthcare NHS Trust")
    document.add_paragraph("Band 3")
    document.add_paragraph("Closing date: 14 January 2027")
    document.add_heading("Main duties", level=2)
    document.add_paragraph("Help patients to wash, dress and eat.", style="List Bullet")
    document.add_paragraph("You must take and record patients' temperature and pulse.", style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications",),
        ("Care Certificate or willing to complete it", TICK, ""),
        ("NVQ Level 2 in Health and Social Care", "", TICK),
        ("Experience",),
        ("Previous experience of working in a care setting", TICK, ""),
        ("Experience of working in a hospital or care home", "", TICK),
        ("Skills",),
        ("Good verbal and written communication skills", TICK, ""),
        ("Ability to work as part of a team", TICK, ""),
        ("Basic computer skills", "", TICK),
        ("Other",),
        ("Understanding of patient confidentiality", TICK, ""),
    ]
    add_rows(table, rows)
    write_docx(document, HERE / "adverts" / "a1_healthcare_assistant.docx")


def a2_side_by_side() -> None:
    """Essential and Desirable side by side for each category, several lines in a cell."""
    document = blank_docx()
    document.add_paragraph("Job title: Medical Receptionist")
    document.add_paragraph("Employer: Harrow Road Medical Centre")
    document.add_paragraph("Pay: Band 2 equivalent")
    document.add_paragraph("Closing date: 09/01/2027")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["", "Essential", "Desirable"])
    rows = [
        ("Qualifications", "GCSE English and maths at grade 4 (C) or above", "Customer service qualification"),
        (
            "Experience",
            "Experience of dealing with the public face to face or by phone",
            "Experience of using a GP clinical system such as EMIS or SystmOne",
        ),
        (
            "Skills",
            "Polite and calm manner on the telephone\nAble to use email and Microsoft Word",
            "Speaks a community language used in Harrow",
        ),
        ("Other", "Able to work Saturday mornings on a rota\nYou must have the right to work in the UK", ""),
    ]
    add_rows(table, rows)
    document.add_paragraph("We are a Disability Confident employer.")
    write_docx(document, HERE / "adverts" / "a2_medical_receptionist.docx")


def a3_ed_column() -> None:
    """Rows marked E or D, the category cell merged down its rows, and a How assessed column."""
    document = blank_docx()
    document.add_heading("Domestic Assistant", level=1)
    document.add_paragraph("London North West University Healthcare NHS Trust")
    document.add_paragraph("Agenda for Change Band 2")
    document.add_paragraph("Closing date: 2027-01-20")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Basic literacy and numeracy", "E", "A/I"),
        ("Qualifications", "Food hygiene certificate", "D", "A"),
        ("Experience", "Previous cleaning experience in any setting", "E", "A/I"),
        ("Experience", "Experience of cleaning in a healthcare environment", "D", "A/I"),
        ("Skills", "Understanding of the importance of infection prevention", "E", "I"),
        ("Skills", "Able to follow written and spoken instructions", "E", "I"),
        ("Skills", "Able to use cleaning machinery safely", "D", "I/T"),
        ("Other", "Enhanced DBS check", "E", "A"),
        ("Other", "Flexible approach to shift work including weekends", "E", "I"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("A = application form, I = interview, T = test.")
    write_docx(document, HERE / "adverts" / "a3_domestic_assistant.docx")


A4_LINES = [
    "Porter",
    "The Hillingdon Hospitals NHS Foundation Trust",
    "Band 2",
    "Closing date: 31 January 2027",
    "Main duties",
    "- Move patients safely between wards and departments",
    "- Deliver specimens, post and equipment",
    "- You must be able to lift and move equipment after training",
    "Person specification",
    "Essential criteria",
    "- Able to walk and push wheelchairs for most of a shift",
    "- Good spoken English to talk with patients and staff",
    "- Reliable time keeping",
    "- Able to remain calm in an emergency",
    "- You must have the right to work in the UK",
    "- No experience needed as full training is given",
    "Desirable criteria",
    "- Previous portering or warehouse experience",
    "- Manual handling training",
    "- Full UK driving licence",
    "Benefits",
    "- NHS pension and 27 days of annual leave",
]

A5_LINES = [
    "Administrative Assistant, Band 3",
    "Chelsea and Westminster Hospital NHS Foundation Trust",
    "Closing date: 7 February 2027",
    "About the role",
    "You will book outpatient appointments, answer calls and type letters for the orthopaedic team.",
    "About you",
    "It is essential that you can type accurately and quickly.",
    "You must have experience of working in an office.",
    "You must be able to manage your own workload and meet deadlines.",
    "It is essential that you can use Microsoft Outlook and Excel.",
    "Good written English is essential for this role.",
    "Experience of medical terminology would be beneficial.",
    "Knowledge of the Cerner patient record system would be an advantage.",
    "You must have the right to work in the UK and we cannot offer visa sponsorship.",
    "What we offer",
    "A friendly team, flexible hours and an NHS pension are essential parts of our offer.",
]


def main() -> None:
    a1_tick_columns()
    a2_side_by_side()
    a3_ed_column()
    (HERE / "adverts" / "a4_porter.pdf").write_bytes(pdf_bytes(A4_LINES))
    (HERE / "adverts" / "a5_administrative_assistant.pdf").write_bytes(pdf_bytes(A5_LINES))


if __name__ == "__main__":
    main()
