"""Build the Word and PDF adverts of the second held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback2/build.py`. The generated files are
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
    details_table,
    header_table,
    pdf_bytes,
    write_docx,
)

# The square-root sign many trusts type as a tick from the Symbol font.
TICK = "\u221a"


def b1_it_service_desk() -> None:
    """Tick columns with a How assessed column; category rows merged across the table; an eligibility row."""
    document = blank_docx()
    document.add_heading("IT Service Desk Analyst", level=1)
    document.add_paragraph("Agenda for Change Band 4")
    document.add_paragraph("The Royal Marsden NHS Foundation Trust")
    document.add_paragraph("Closes: 19 March 2027")
    document.add_heading("Key responsibilities", level=2)
    for duty in [
        "Answer calls, emails and walk-in requests from clinical and office staff.",
        "You must log every contact on the service desk system and keep the caller updated.",
        "Reset passwords, set up new starters and pass complex faults to second-line teams.",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable", "How assessed"])
    rows = [
        ("Education and qualifications",),
        ("Educated to A level or equivalent, or relevant work experience", TICK, "", "A"),
        ("ITIL Foundation certificate", "", TICK, "A"),
        ("Experience",),
        ("Experience of providing first-line IT support by phone or in person", TICK, "", "A/I"),
        ("Experience of using a call logging system such as ServiceNow", "", TICK, "A/I"),
        ("Experience of working in a healthcare organisation", "", TICK, "A"),
        ("Knowledge and skills",),
        ("Able to explain technical problems to non-technical users", TICK, "", "I"),
        ("Good working knowledge of Windows and Microsoft 365", TICK, "", "I/T"),
        ("Able to prioritise calls when several come in at once", TICK, "", "I"),
        ("Other",),
        ("Willing to work a shift pattern between 7am and 8pm", TICK, "", "I"),
        ("Able to travel between the Chelsea and Sutton sites", TICK, "", "I"),
        ("Right to work in the UK", TICK, "", "A"),
    ]
    add_rows(table, rows)
    document.add_paragraph("A = application form, I = interview, T = test.")
    write_docx(document, HERE / "adverts" / "b1_it_service_desk_analyst.docx")


def b2_laundry_assistant() -> None:
    """Essential and Desirable side by side for each category, a "no experience needed" line under Essential."""
    document = blank_docx()
    document.add_paragraph("Vacancy: Linen and Laundry Assistant")
    document.add_paragraph("Organisation: Royal Free London NHS Foundation Trust")
    document.add_paragraph("Site: Barnet Hospital")
    document.add_paragraph("Banding: Band 2")
    document.add_paragraph("Applications close on 2 April 2027")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Able to read and write English well enough to follow safety signs",
            "Level 1 or 2 certificate in health and safety",
        ),
        (
            "Experience",
            "No previous experience needed, full training will be given",
            "Experience of working in a laundry, dry cleaner or hotel housekeeping",
        ),
        (
            "Skills and abilities",
            "Able to sort and fold linen quickly and neatly\nAble to use industrial washing and ironing machines "
            "after training",
            "Able to use a handheld scanner for stock counts",
        ),
        (
            "Other",
            "Able to stand and push loaded trolleys for a full shift\nWilling to start at 6am, including weekends\n"
            "Enhanced DBS check will be required",
            "",
        ),
    ]
    add_rows(table, rows)
    document.add_paragraph("We offer free uniforms, a staff restaurant and an NHS pension.")
    write_docx(document, HERE / "adverts" / "b2_laundry_assistant.docx")


def b3_radiology_assistant() -> None:
    """A details table, then rows marked E or D with the category cell merged down and a How assessed column."""
    document = blank_docx()
    details_table(
        document,
        [
            ("Post", "Radiology Department Assistant"),
            ("Trust", "Barts Health NHS Trust"),
            ("Hospital", "Whipps Cross University Hospital"),
            ("Pay band", "Band 2"),
            ("Closing date", "26/03/2027"),
        ],
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Requirement", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "GCSE grade 4 (C) or above in English and maths, or equivalent", "E", "A"),
        ("Qualifications", "Care Certificate", "D", "A"),
        ("Experience", "Experience of working with the public in a busy setting", "E", "A/I"),
        ("Experience", "Previous work in an X-ray or imaging department", "D", "A/I"),
        ("Skills", "Able to help position patients safely on the X-ray table after training", "E", "I"),
        ("Skills", "A calm and kind manner with anxious or confused patients", "E", "I"),
        ("Skills", "Able to use a computer to book and check in patients", "E", "I/T"),
        ("Knowledge", "Understanding of why patient privacy and dignity matter", "E", "I"),
        ("Knowledge", "Awareness of radiation safety rules in an imaging department", "D", "I"),
        ("Other", "Able to work a rota that includes evenings and weekends", "E", "I"),
        ("Other", "Enhanced DBS clearance", "E", "A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("E = essential, D = desirable. A = application, I = interview, T = test.")
    write_docx(document, HERE / "adverts" / "b3_radiology_department_assistant.docx")


B4_LINES = [
    "Healthcare Support Worker - Mental Health",
    "West London NHS Trust",
    "Location: Lakeside Mental Health Unit, Isleworth",
    "Band 3",
    "Closing date: 9 April 2027",
    "About the role",
    "Join the nursing team on an adult acute ward, supporting people through a mental health crisis.",
    "Main duties",
    "- Spend time with patients, listen to them and encourage them to join ward activities",
    "- Carry out observations and write up what you see in the care notes",
    "- Help patients with meals and personal care where needed",
    "Essential",
    "- Care Certificate, or willing to complete it in your first 12 weeks",
    "- Able to stay calm and kind when a patient is angry or upset",
    "- Good spoken and written English for writing care notes",
    "- Understanding of why people with mental illness can face stigma",
    "- Able to work day and night shifts on a rota",
    "- No experience is necessary as we provide a full induction",
    "- You will support patients to attend appointments and leave",
    "- Applicants must have the right to work in the UK; we cannot offer sponsorship for this role",
    "- An enhanced DBS check will be carried out",
    "Desirable",
    "- Experience of paid work in health or social care",
    "- NVQ or Diploma Level 3 in Health and Social Care",
    "- Able to speak a second language used locally, such as Punjabi or Polish",
    "Benefits",
    "- Free access to our staff wellbeing service",
    "- NHS pension and 27 days of annual leave plus bank holidays",
]

B5_LINES = [
    "Discharge Coordinator - Band 4",
    "Employer: The Hillingdon Hospitals NHS Foundation Trust",
    "Hillingdon Hospital, Uxbridge",
    "Closing date: 16 April 2027",
    "The post",
    "You will plan safe discharges for patients on our medical wards, working with families,",
    "social workers and care homes. It is essential that the ward is told as soon as a patient's",
    "transport is booked, and that every discharge is recorded on the same day.",
    "About you",
    "It is essential that you have experience of working in a hospital or community health setting.",
    "You must be able to build good working relationships with social care teams and care homes.",
    "It is essential that you can keep accurate records on a computer system.",
    "Good organisational skills and the ability to handle several discharges at once are essential.",
    "You will need to be able to handle difficult conversations with families sensitively.",
    "Knowledge of continuing healthcare funding would be beneficial.",
    "Experience of using an electronic bed management system would be beneficial.",
    "A qualification in health and social care at Level 3 or above would be an advantage.",
    "You must be able to show that you have the right to work in the UK.",
    "What we offer",
    "We believe flexible working is essential for a healthy team, so we offer compressed hours,",
    "an NHS pension, and cycle to work and season ticket loan schemes.",
]


def main() -> None:
    b1_it_service_desk()
    b2_laundry_assistant()
    b3_radiology_assistant()
    (HERE / "adverts" / "b4_mental_health_support_worker.pdf").write_bytes(pdf_bytes(B4_LINES))
    (HERE / "adverts" / "b5_discharge_coordinator.pdf").write_bytes(pdf_bytes(B5_LINES))


if __name__ == "__main__":
    main()
