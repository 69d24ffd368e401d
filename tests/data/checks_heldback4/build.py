"""Build the Word and PDF adverts of the fourth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback4/build.py`. The generated files are
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

# Ticks and crosses as trusts type them: a heavy check mark for "yes", a cross for "no".
TICK = "\u2714"
CROSS = "\u2717"


def d1_maternity_support_worker() -> None:
    """Tick and cross columns, category rows merged across, an Assessed column, eligibility rows ticked."""
    document = blank_docx()
    document.add_heading("Maternity Support Worker", level=1)
    document.add_paragraph("Homerton Healthcare NHS Foundation Trust")
    document.add_paragraph("Labour Ward and Postnatal Ward, Homerton University Hospital, Hackney")
    document.add_paragraph("Band 3 (Agenda for Change)")
    document.add_paragraph("Closing date: 9 July 2027")
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Working under the direction of a registered midwife, the postholder must help new mothers with "
        "personal care and feeding, restock delivery rooms and escort women to theatre."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Requirement", "Essential", "Desirable", "Assessed"])
    rows = [
        ("Qualifications and training",),
        ("Level 2 qualification in health and social care, or the Care Certificate", TICK, CROSS, "A"),
        ("Breastfeeding support training or peer supporter course", CROSS, TICK, "A"),
        ("Experience",),
        ("Experience of caring for people in a hospital, nursing home or community setting", TICK, CROSS, "A/I"),
        ("Experience of working with babies or young children", CROSS, TICK, "A/I"),
        ("Skills and abilities",),
        ("Able to take and record temperature, pulse and blood pressure accurately", TICK, CROSS, "I/T"),
        ("Able to communicate calmly with women and families during stressful moments", TICK, CROSS, "I"),
        ("Basic computer skills for entering information on an electronic record", TICK, CROSS, "I"),
        ("Speaks a community language used locally, such as Turkish or Bengali", CROSS, TICK, "A/I"),
        ("Other requirements",),
        ("Able to work shifts across 24 hours, including nights and weekends", TICK, CROSS, "I"),
        ("Right to work in the UK", TICK, CROSS, "A"),
        ("Enhanced DBS check with barred lists", TICK, CROSS, "A"),
    ]
    add_rows(table, rows)
    document.add_paragraph("A = application form, I = interview, T = practical test at interview.")
    write_docx(document, HERE / "adverts" / "d1_maternity_support_worker.docx")


def d2_ward_housekeeper() -> None:
    """A details table, then Essential and Desirable side by side per category, several lines in a cell."""
    document = blank_docx()
    details_table(
        document,
        [
            ("Post", "Ward Housekeeper"),
            ("Organisation", "Royal Free London NHS Foundation Trust"),
            ("Site", "Barnet Hospital, Wellhouse Lane"),
            ("Pay band", "Band 2"),
            ("Closing date", "16 July 2027"),
        ],
    )
    document.add_paragraph(
        "Ward housekeepers make sure each ward is clean, stocked and welcoming, and look after patients' meals "
        "and drinks so that nurses can spend more time on care."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education", "Good standard of literacy and numeracy", "Level 2 Food Safety certificate"),
        (
            "Experience",
            "No housekeeping experience needed - full training given",
            "Experience of ordering or checking stock\nExperience of working in a hotel, hospital or care home",
        ),
        (
            "Skills",
            "Able to plan your own work and keep to a timetable\n"
            "Friendly manner with patients and visitors\n"
            "Understands the importance of hand hygiene and infection control",
            "Able to use email and a simple spreadsheet",
        ),
        (
            "Working arrangements",
            "Flexible about working early shifts and alternate weekends\n"
            "You will be expected to serve meals at ward mealtimes\n"
            "Uniform is provided and must be worn on duty",
            "",
        ),
    ]
    add_rows(table, rows)
    document.add_paragraph("We offer an NHS pension, 27 days of annual leave plus bank holidays and staff parking.")
    write_docx(document, HERE / "adverts" / "d2_ward_housekeeper.docx")


def d3_physiotherapy_assistant() -> None:
    """Rows marked E or D with the category merged down, a How assessed column, a DBS row marked E."""
    document = blank_docx()
    document.add_paragraph("Kingston and Richmond NHS Foundation Trust")
    document.add_heading("Physiotherapy Assistant", level=1)
    document.add_paragraph("Inpatient Therapies, Kingston Hospital - Band 3, 37.5 hours a week")
    document.add_paragraph("Closing date: 23/07/2027")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Requirement", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "GCSE English and maths at grade C/4 or above, or equivalent", "E", "A"),
        ("Qualifications", "Level 3 certificate in sport, fitness or exercise instruction", "D", "A"),
        (
            "Experience",
            "Experience of helping people with their mobility or exercise, paid or voluntary",
            "E",
            "A/I",
        ),
        ("Experience", "Experience of running a group exercise class", "D", "A/I"),
        ("Skills", "Able to encourage patients who are anxious or in pain to keep going", "E", "I"),
        ("Skills", "Able to keep accurate written records of treatment given", "E", "I/T"),
        ("Skills", "Able to use a hoist and walking aids safely", "D", "I"),
        ("Knowledge", "Understanding of patient confidentiality", "E", "I"),
        ("Other", "Physically able to support patients while they walk and exercise", "E", "I"),
        ("Other", "Enhanced DBS check", "E", "A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("E = Essential, D = Desirable; A = Application, I = Interview, T = Test.")
    write_docx(document, HERE / "adverts" / "d3_physiotherapy_assistant.docx")


D4_LINES = [
    "Electrician's Mate",
    "Barts Health NHS Trust",
    "Estates and Facilities, Whipps Cross University Hospital, Leytonstone",
    "Pay: Band 2",
    "Closes 30/07/2027",
    "About the role",
    "Our estates electricians keep the lights, sockets, nurse call and fire alarms working across the site.",
    "You will work alongside a qualified electrician on planned and reactive jobs.",
    "What you will do",
    "- Carry tools, cable and fittings to jobs and keep the van and stores tidy",
    "- Help install and replace light fittings, sockets and cable containment",
    "- Keep the work area safe for patients and staff while a job is under way",
    "Essential",
    "- Basic knowledge of electrical safety and safe isolation",
    "- Experience of working on a building site, in maintenance or in a trade",
    "- Able to read simple drawings and follow written instructions",
    "- Comfortable working at height on ladders and scaffold towers",
    "- Full UK driving licence",
    "- No hospital experience needed",
    "- You will complete asbestos awareness training in your first week",
    "- You must have the right to work in the UK; we cannot offer sponsorship for this role",
    "- A basic DBS check will be carried out before you start",
    "Desirable",
    "- City and Guilds Level 2 in Electrical Installation",
    "- CSCS card",
    "- Experience of PAT testing",
    "What we offer",
    "- Support to study for an electrical qualification while you work",
    "- NHS pension, 27 days of annual leave and a staff discount scheme",
]

D5_LINES = [
    "Mortuary Assistant",
    "St George's University Hospitals NHS Foundation Trust",
    "Mortuary and Bereavement Services, Tooting",
    "Band 3",
    "Closing date: 6 August 2027",
    "About the role",
    "You will help our anatomical pathology technologists to receive, care for and release the deceased,",
    "and support families who come to view their relative. It is essential that every person in our care",
    "is identified by two members of staff before they are released to a funeral director.",
    "About you",
    "It is essential that you have experience of dealing with people who are upset or grieving.",
    "It is essential that you can keep accurate records and check details carefully.",
    "You must be able to cope with sights and smells that many people would find distressing.",
    "Good organisational skills are essential, as you will book viewings and collections with funeral directors.",
    "You must be able to take part in a weekend on-call rota.",
    "A Level 2 Certificate in Anatomical Pathology Technology would be beneficial.",
    "Experience of working in a funeral home, hospital or laboratory would be beneficial.",
    "Knowledge of infection control procedures would be an advantage.",
    "You must be able to provide proof of your right to work in the UK.",
    "What we offer",
    "Calm teamwork is essential in a small department, so we give every new starter a named buddy,",
    "paid on-call allowances, an NHS pension and access to free counselling.",
]


def main() -> None:
    d1_maternity_support_worker()
    d2_ward_housekeeper()
    d3_physiotherapy_assistant()
    (HERE / "adverts" / "d4_electricians_mate.pdf").write_bytes(pdf_bytes(D4_LINES))
    (HERE / "adverts" / "d5_mortuary_assistant.pdf").write_bytes(pdf_bytes(D5_LINES))


if __name__ == "__main__":
    main()
