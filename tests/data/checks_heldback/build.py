"""Build the Word and PDF adverts of the held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.unit.checks.builders import (  # noqa: E402
    add_rows,
    blank_docx,
    details_table,
    header_table,
    pdf_bytes,
    write_docx,
)


def h1_pharmacy_assistant() -> None:
    """A details table, then a person specification with E and D columns marked X and an Assessed column."""
    document = blank_docx()
    details_table(
        document,
        [
            ("Job title", "Pharmacy Assistant"),
            ("Grade", "Band 2"),
            ("Organisation", "Kingston Hospital NHS Foundation Trust"),
            ("Closing date", "26 February 2027"),
        ],
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Requirements", "E", "D", "Assessed"])
    rows = [
        ("Qualifications", "", "", ""),
        ("GCSEs (or equivalent) in English and maths", "X", "", "A"),
        ("NVQ Level 2 in Pharmacy Services or willing to work towards it", "X", "", "A"),
        ("BTEC in Pharmaceutical Science", "", "X", "A"),
        ("Experience", "", "", ""),
        ("Experience of working in a retail or hospital pharmacy", "", "X", "A/I"),
        ("Experience of handling stock and checking expiry dates", "", "X", "A/I"),
        ("Skills", "", "", ""),
        ("Accurate with numbers and attention to detail", "X", "", "I/T"),
        ("Able to communicate clearly with patients and colleagues", "X", "", "I"),
        ("Able to use a computer for stock control", "X", "", "I"),
        ("Other", "", "", ""),
        ("Able to work on a rota that includes late evenings and Saturdays", "X", "", "I"),
        ("Enhanced DBS check required", "X", "", "A"),
    ]
    add_rows(table, rows)
    document.add_paragraph("E = essential, D = desirable. A = application, I = interview, T = test.")
    write_docx(document, HERE / "adverts" / "h1_pharmacy_assistant.docx")


H2_LINES = [
    "Estates Maintenance Assistant",
    "Hounslow and Richmond Community Healthcare NHS Trust",
    "Band 3",
    "Closing date: 5 March 2027",
    "The role",
    "You will carry out small repairs and planned maintenance across our clinics and health centres.",
    "Essential",
    "- Practical experience of general building maintenance or a trade",
    "- Able to use hand and power tools safely",
    "- Understanding of health and safety at work, including working at height",
    "- Able to read simple plans and written job sheets",
    "- Willing to travel between sites across the borough",
    "- You will respond to helpdesk requests and keep job records up to date",
    "- You must hold a current DBS certificate or agree to apply for one",
    "- We offer 27 days annual leave plus bank holidays",
    "Desirable",
    "- City and Guilds qualification in a building trade or electrical work",
    "- Experience of working in a hospital or other healthcare building",
    "- Full UK driving licence",
    "How to apply",
    "Apply online through NHS Jobs.",
]


def main() -> None:
    h1_pharmacy_assistant()
    (HERE / "adverts" / "h2_estates_assistant.pdf").write_bytes(pdf_bytes(H2_LINES))


if __name__ == "__main__":
    main()
