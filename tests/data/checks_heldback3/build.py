"""Build the Word and PDF adverts of the third held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback3/build.py`. The generated files are
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

# Ticks and crosses as trusts type them: a check mark for "yes", a cross for "no".
TICK = "\u2713"
CROSS = "X"


def c1_pharmacy_technician() -> None:
    """Tick and X columns, category rows merged across the table, How assessed (A/I/T), eligibility rows."""
    document = blank_docx()
    document.add_paragraph("London North West University Healthcare NHS Trust")
    document.add_heading("Pharmacy Technician - Dispensary", level=1)
    document.add_paragraph("Band 5 | Northwick Park Hospital, Harrow")
    document.add_paragraph("Closing date: 14 May 2027")
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The postholder will dispense and accuracy-check medicines for inpatients and patients going home, "
        "and must supervise pharmacy assistants on the dispensary rota."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Attribute", "Essential", "Desirable", "Assessed by"])
    rows = [
        ("QUALIFICATIONS",),
        ("Registered as a pharmacy technician with the General Pharmaceutical Council", TICK, CROSS, "A"),
        ("Accredited checking technician qualification", CROSS, TICK, "A"),
        ("EXPERIENCE",),
        ("Experience of dispensing in a hospital or community pharmacy", TICK, CROSS, "A/I"),
        ("Experience of counselling patients on how to take their medicines", CROSS, TICK, "I"),
        ("SKILLS",),
        ("Accurate and methodical, with close attention to detail", TICK, CROSS, "I/T"),
        ("Able to explain instructions clearly to staff and patients", TICK, CROSS, "I"),
        ("Confident using a pharmacy stock control or dispensing computer system", TICK, CROSS, "I"),
        ("Experience of training or supervising junior staff", CROSS, TICK, "I"),
        ("OTHER",),
        ("Able to take part in a weekend and late-evening rota", TICK, CROSS, "I"),
        ("Eligible to live and work in the UK", TICK, CROSS, "A"),
        ("Satisfactory enhanced DBS disclosure", TICK, CROSS, "A"),
    ]
    add_rows(table, rows)
    document.add_paragraph("Key: A - application form, I - interview, T - test on the day.")
    write_docx(document, HERE / "adverts" / "c1_pharmacy_technician.docx")


def c2_dental_nurse_trainee() -> None:
    """Essential and Desirable side by side per category, a "no experience needed" line and a duty in a cell."""
    document = blank_docx()
    details_table(
        document,
        [
            ("Job title", "Trainee Dental Nurse"),
            ("Employer", "University College London Hospitals NHS Foundation Trust"),
            ("Department", "Eastman Dental Hospital"),
            ("Grade", "Band 3"),
            ("Closing date", "21 May 2027"),
        ],
    )
    document.add_paragraph(
        "You will train on the job towards the national dental nursing qualification, with one college day a week."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["", "Essential", "Desirable"])
    rows = [
        (
            "Education",
            "GCSEs in English and maths at grade 4 or above, or Functional Skills Level 2\n"
            "Commitment to completing the dental nursing diploma within two years",
            "First aid at work certificate",
        ),
        (
            "Experience",
            "No dental experience needed - we train you from the start",
            "Experience of a customer-facing role such as retail or hospitality\n"
            "Previous work in a dental surgery or clinic",
        ),
        (
            "Skills",
            "Steady hands and good eyesight for close work\n"
            "Good at putting nervous people at ease\n"
            "Able to follow strict cross-infection rules",
            "Able to use Microsoft Word and email",
        ),
        (
            "Personal qualities",
            "Reliable timekeeping and attendance\n"
            "You will be expected to attend college every Wednesday\n"
            "Hepatitis B vaccination status will be checked by Occupational Health",
            "",
        ),
    ]
    add_rows(table, rows)
    document.add_paragraph("Benefits include 27 days of annual leave, an NHS pension and free eye tests.")
    write_docx(document, HERE / "adverts" / "c2_dental_nurse_trainee.docx")


def c3_occupational_therapy_assistant() -> None:
    """Rows marked E/D with the category cell merged down and a How assessed column; a DBS row marked E."""
    document = blank_docx()
    document.add_heading("Occupational Therapy Assistant", level=1)
    document.add_paragraph("Central and North West London NHS Foundation Trust")
    document.add_paragraph("Community Rehabilitation Team, Brent - AfC Band 3")
    document.add_paragraph("Please apply by 28/05/2027")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Criteria", "E / D", "Method"])
    rows = [
        ("Qualifications", "Good general education including English and maths", "E", "A"),
        ("Qualifications", "Level 3 qualification in health or social care", "D", "A"),
        ("Experience", "Experience of working with older or disabled people, paid or voluntary", "E", "A/I"),
        ("Experience", "Experience of fitting equipment such as grab rails or raised toilet seats", "D", "A/I"),
        ("Skills", "Able to teach a patient a daily living task step by step", "E", "I"),
        ("Skills", "Able to write clear, short notes on an electronic patient record", "E", "I/T"),
        ("Skills", "Able to manage your own visit list and plan your day", "E", "I"),
        ("Knowledge", "Understands how to keep people safe from falls at home", "E", "I"),
        ("Knowledge", "Awareness of safeguarding adults procedures", "D", "I"),
        ("Other", "Full UK driving licence and access to a car for work", "E", "A"),
        ("Other", "Disclosure and Barring Service check at enhanced level", "E", "A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("E = essential, D = desirable. A = application, I = interview, T = test.")
    write_docx(document, HERE / "adverts" / "c3_occupational_therapy_assistant.docx")


C4_LINES = [
    "Security Officer",
    "Epsom and St Helier University Hospitals NHS Trust",
    "St Helier Hospital, Carshalton",
    "Pay: Band 3, plus unsocial hours",
    "Closes 04/06/2027",
    "About the job",
    "Our security team keeps patients, visitors and staff safe across the hospital, day and night.",
    "What you will do",
    "- Patrol the site and respond to alarms and calls for help from wards",
    "- Manage the control room CCTV and the lost property log",
    "- Write incident reports after any event you attend",
    "Essential",
    "- SIA door supervisor or security guarding licence",
    "- Able to calm down tense situations with words first",
    "- Able to write a clear and factual report",
    "- Physically fit enough to patrol a large site on foot",
    "- Willing to work 12-hour shifts, days and nights",
    "- No NHS experience needed",
    "- You will attend conflict resolution training in your first month",
    "- Candidates must have the right to work in the UK; this post does not meet the rules for visa sponsorship",
    "- Appointment is subject to a standard DBS check",
    "Desirable",
    "- Experience of security work in a hospital, shopping centre or event venue",
    "- Experience of operating CCTV",
    "- First aid certificate",
    "What we offer",
    "- NHS pension and 27 days of annual leave rising with service",
    "- Free parking on site and discounts through Blue Light Card",
]

C5_LINES = [
    "Patient Transport Driver",
    "Guy's and St Thomas' NHS Foundation Trust",
    "Non-Emergency Patient Transport Service, Lambeth",
    "Band 3",
    "Closing date: 11 June 2027",
    "The role",
    "You will drive patients to and from their hospital appointments in a specially fitted vehicle,",
    "helping them on and off safely. It is essential that every journey is logged on the handheld",
    "device before you leave the patient's home.",
    "Who we are looking for",
    "It is essential that you hold a full manual UK driving licence with no more than three points.",
    "It is essential that you have experience of caring for or assisting members of the public.",
    "You must be able to lift and move patients safely using the equipment provided, after training.",
    "Good knowledge of the roads of south London is essential.",
    "It is essential that you can stay patient and polite with people who are unwell or confused.",
    "A C1 category on your licence would be beneficial.",
    "Experience of driving a minibus or van for work would be beneficial.",
    "A first aid qualification would be an advantage.",
    "You must be able to provide proof of your right to work in the UK.",
    "Benefits",
    "Good communication is essential in our team, which is why we offer paid training days,",
    "an NHS pension and a cycle to work scheme.",
]


def main() -> None:
    c1_pharmacy_technician()
    c2_dental_nurse_trainee()
    c3_occupational_therapy_assistant()
    (HERE / "adverts" / "c4_security_officer.pdf").write_bytes(pdf_bytes(C4_LINES))
    (HERE / "adverts" / "c5_patient_transport_driver.pdf").write_bytes(pdf_bytes(C5_LINES))


if __name__ == "__main__":
    main()
