"""Build the Word and PDF adverts of the fifth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback5/build.py`. The generated files are
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

# Heavy check mark for "yes" and a ballot X for "no", as some trusts' templates print them.
TICK = "\u2714"
CROSS = "\u2717"


def j1_specimen_reception() -> None:
    """Tick and cross columns, category rows in capitals merged across, How assessed (A/I/T), eligibility rows."""
    document = blank_docx()
    document.add_paragraph("Barking, Havering and Redbridge University Hospitals NHS Trust")
    document.add_heading("Healthcare Science Assistant - Specimen Reception", level=1)
    document.add_paragraph("Blood Sciences, Queen's Hospital, Romford | Band 2")
    document.add_paragraph("Closing date: 9 July 2027")
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The postholder will book in blood, urine and tissue specimens arriving from wards, clinics and GP "
        "surgeries, and must make sure that every specimen reaches the right analyser bench within the hour."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable", "How assessed"])
    rows = [
        ("QUALIFICATIONS",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, CROSS, "A"),
        ("Level 2 certificate in laboratory skills or a science subject", CROSS, TICK, "A"),
        ("EXPERIENCE",),
        ("Experience of working in a busy environment where accuracy matters", TICK, CROSS, "A/I"),
        ("Experience of working in a hospital laboratory", CROSS, TICK, "A/I"),
        ("Experience of dealing with telephone enquiries from wards or GP surgeries", CROSS, TICK, "I"),
        ("SKILLS AND ABILITIES",),
        ("Able to check labels and request forms against each other and spot mismatches", TICK, CROSS, "I/T"),
        ("Accurate keyboard skills for entering data onto a computer system", TICK, CROSS, "T"),
        ("Knowledge of a laboratory information system such as WinPath", CROSS, TICK, "I"),
        ("KNOWLEDGE",),
        ("Able to handle biological samples safely following infection control procedures", TICK, CROSS, "I"),
        ("OTHER REQUIREMENTS",),
        ("Willing to work a shift rota including nights and bank holidays", TICK, CROSS, "I"),
        ("Right to work in the UK", TICK, CROSS, "A"),
        ("Hepatitis B immunity confirmed by Occupational Health before starting", TICK, CROSS, "A"),
    ]
    add_rows(table, rows)
    document.add_paragraph("A = application form, I = interview, T = short data entry test on the day.")
    write_docx(document, HERE / "adverts" / "j1_specimen_reception.docx")


def j2_dietetic_assistant() -> None:
    """A details table, then Essential and Desirable side by side per category with several lines in a cell,
    a "no experience needed" line and a duty in the Essential column."""
    document = blank_docx()
    details_table(
        document,
        [
            ("Job title", "Dietetic Assistant"),
            ("Employer", "Whittington Health NHS Trust"),
            ("Department", "Nutrition and Dietetics, Whittington Hospital"),
            ("Pay band", "Band 3"),
            ("Closing date", "16 July 2027"),
        ],
    )
    document.add_paragraph(
        "You will support our dietitians on the wards and in outpatient clinics: screening patients for "
        "malnutrition, checking menu choices and helping people follow the plans their dietitian has set."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Attributes", "Essential", "Desirable"])
    rows = [
        (
            "Education and training",
            "Good standard of literacy and numeracy, such as GCSEs or Functional Skills Level 2",
            "Level 3 certificate in nutrition or health",
        ),
        (
            "Experience",
            "No experience of dietetics is needed - full training is given\n"
            "Experience of working with members of the public in a caring or service role",
            "Experience of working in a hospital or community health setting",
        ),
        (
            "Skills",
            "Able to weigh and measure patients accurately and record the results\n"
            "Able to explain simple food advice in plain language",
            "Able to speak a community language used in north London",
        ),
        (
            "Personal qualities",
            "Interest in food and how diet affects health\n"
            "Able to organise your own workload across several wards\n"
            "You will be expected to cover the Saturday menu check once a month",
            "",
        ),
    ]
    add_rows(table, rows)
    document.add_paragraph("We offer 27 days of annual leave, an NHS pension and a staff restaurant discount.")
    write_docx(document, HERE / "adverts" / "j2_dietetic_assistant.docx")


def j3_wheelchair_technician() -> None:
    """Rows marked E or D with the category cell merged down and a How assessed column; a DBS row marked E."""
    document = blank_docx()
    document.add_heading("Wheelchair Service Technician", level=1)
    document.add_paragraph("Hertfordshire Community NHS Trust")
    document.add_paragraph("Wheelchair and Posture Service, Welwyn Garden City - Band 4")
    document.add_paragraph("Applications close on 23/07/2027")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Requirement", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "NVQ Level 3 in engineering or a mechanical trade", "E", "A"),
        ("Qualifications", "City and Guilds certificate in wheelchair or mobility equipment repair", "D", "A"),
        ("Experience", "Experience of repairing bicycles, vehicles or mechanical equipment", "E", "A/I"),
        ("Experience", "Experience of working in people's homes", "D", "A/I"),
        ("Skills", "Able to use hand and power tools safely", "E", "I/T"),
        ("Skills", "Able to explain to a user how to look after their equipment", "E", "I"),
        ("Skills", "Able to keep accurate job records on a tablet", "E", "I"),
        ("Knowledge", "Understands manual handling when lifting heavy equipment", "E", "I"),
        ("Knowledge", "Awareness of the needs of people with disabilities", "D", "I"),
        ("Other", "Full UK driving licence, able to drive a service van", "E", "A"),
        ("Other", "Enhanced DBS clearance", "E", "A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("E = essential, D = desirable. A = application, I = interview, T = practical test.")
    write_docx(document, HERE / "adverts" / "j3_wheelchair_technician.docx")


J4_LINES = [
    "Outpatient Booking Clerk",
    "Homerton Healthcare NHS Foundation Trust",
    "Central Booking Office, Homerton University Hospital, Hackney",
    "Salary: Band 3",
    "Apply by 30/07/2027",
    "About the role",
    "Our booking team arranges about 4,000 outpatient appointments a week across 30 specialties.",
    "What you will do",
    "- Book, change and cancel outpatient appointments by phone, letter and text message",
    "- Keep clinic templates up to date and fill short-notice gaps from the waiting list",
    "- Send appointment letters and request interpreters where a patient needs one",
    "Essential",
    "- Experience of working in an office, call centre or customer service role",
    "- Able to handle a high volume of phone calls politely",
    "- Good computer skills, including email and spreadsheets",
    "- Able to juggle competing demands and meet deadlines",
    "- Careful with personal information and aware of data protection",
    "- No NHS experience needed - full training is provided",
    "- You will complete information governance training in your first week",
    "- You must be eligible to work in the UK; we are unable to offer sponsorship for this post",
    "- Appointment is subject to a basic DBS check",
    "Desirable",
    "- Experience of booking appointments or managing a diary",
    "- Knowledge of medical terminology",
    "- RSA or OCR text processing qualification",
    "What we offer",
    "- 27 days of annual leave plus bank holidays, rising with service",
    "- NHS pension, season ticket loan and an on-site staff nursery",
]

J5_LINES = [
    "Volunteer Coordinator",
    "Royal Free London NHS Foundation Trust",
    "Voluntary Services, Royal Free Hospital, Hampstead",
    "Band 4",
    "Closing date: 6 August 2027",
    "The role",
    "You will recruit, train and look after around 300 volunteers who help on wards, at the main",
    "entrance and in the hospital garden. It is essential that every volunteer signs in at the",
    "main desk before starting a shift, and you will check the sign-in records each week.",
    "About you",
    "It is essential that you have experience of recruiting or supporting volunteers or staff.",
    "It is essential that you can speak confidently to groups of people.",
    "You must be able to keep accurate records on a spreadsheet or database.",
    "Strong organisational skills are essential, as you will run several rotas at once.",
    "It is essential that you can work some evenings and weekends for volunteer events.",
    "Experience of working in a charity or community organisation would be beneficial.",
    "A qualification in volunteer management or training would be beneficial.",
    "Knowledge of safeguarding for adults and children would be an advantage.",
    "Experience of using social media to promote events would be an advantage.",
    "You must be able to provide proof of your right to work in the UK.",
    "What we offer",
    "Flexibility is essential to how our small team works, so we offer compressed hours,",
    "an NHS pension, 27 days of annual leave and free tickets to the hospital's summer concert.",
]


def main() -> None:
    j1_specimen_reception()
    j2_dietetic_assistant()
    j3_wheelchair_technician()
    (HERE / "adverts" / "j4_outpatient_booking_clerk.pdf").write_bytes(pdf_bytes(J4_LINES))
    (HERE / "adverts" / "j5_volunteer_coordinator.pdf").write_bytes(pdf_bytes(J5_LINES))


if __name__ == "__main__":
    main()
