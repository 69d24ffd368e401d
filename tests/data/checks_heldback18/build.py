"""Build the Word and PDF adverts of the eighteenth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback18/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; every Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (n6 to n8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.advert_files import (  # noqa: E402
    add_rows_merging_categories_down,
    blank_docx,
    bold_cell,
    fill_cell,
    header_table,
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

DASH = "\u2013"
FIXED_TIME = dt.datetime(2028, 1, 10, 8, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 1, 10, 8, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts

N1_GRID = {
    "Essential": [
        "Full manual UK driving licence held for at least two years with no more than 3 penalty points\n"
        "Trust van driver assessment and UN3373 packaging training, given during your first two weeks",
        "Experience of driving a car or van for work, e.g. deliveries, taxi or courier work\n"
        "No previous NHS or laboratory experience is needed",
        "Good sense of direction and able to plan routes across west London\n"
        "Able to read and complete delivery paperwork and handheld scanner records accurately\n"
        "Polite and helpful manner with GP practice and ward staff",
        "Able to lift and carry specimen boxes of up to 15 kg\n"
        "Able to work early, late and weekend shifts on a rota\n"
        "Enhanced DBS check and eligibility to work in the UK",
    ],
    "Desirable": [
        "Level 2 certificate in the safe transport of dangerous goods (ADR awareness) or similar",
        "Experience of multi-drop delivery driving to tight time slots",
        "Basic understanding of infection control when handling specimens\n"
        "Knowledge of the North West London hospital sites and GP practices",
        DASH,
    ],
}


def n1_specimen_courier_driver() -> None:
    """A horizontal job details table (labels in a header row, values below); duties with "must" in them;
    the person specification turned on its side: categories as columns and one row each for Essential and
    Desirable, with a training line, a "no experience needed" line and a DBS and right-to-work line in the
    Essential row; the employer only as the host of North West London Pathology."""
    document = blank_docx("Arial")
    document.add_heading("North West London Pathology", level=1)
    document.add_paragraph(
        "North West London Pathology is hosted by Imperial College Healthcare NHS Trust and provides blood "
        "sciences, microbiology and cellular pathology for hospitals and more than 350 GP practices across "
        "north west London."
    )
    details = header_table(document, ["Post", "Band", "Base", "Hours", "Closing date"])
    fill_row = details.add_row().cells
    for cell, text in zip(
        fill_row,
        [
            "Specimen Courier Driver",
            "2",
            "Charing Cross Hospital transport yard, Fulham Palace Road, W6",
            "37.5 hours a week on shifts between 7am and 10pm, including weekends",
            "7 February 2028",
        ],
        strict=True,
    ):
        fill_cell(cell, text)
    document.add_heading("What the job involves", level=2)
    for duty in [
        "Drive one of our liveried vans on timed collection rounds to GP practices, health centres and "
        "hospital sites, and bring samples back to the hub laboratory at Charing Cross",
        "Specimen boxes must be kept between 15 and 25 degrees, and you must log the box temperature at every "
        "pick-up on the handheld device",
        "Carry out a daily walk-round check of your van and report any defects to the transport supervisor",
        "Deliver urgent samples between sites when a ward or the laboratory asks",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    columns = ["", "Qualifications and training", "Experience", "Skills and knowledge", "Other requirements"]
    table = header_table(document, columns)
    for level, cells_text in N1_GRID.items():
        cells = table.add_row().cells
        bold_cell(cells[0], level)
        for cell, text in zip(cells[1:], cells_text, strict=True):
            fill_cell(cell, text)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension Scheme, unsocial hours payments for evening "
        "and weekend shifts, and free uniform and safety boots. We are happy to talk about flexible working."
    )
    save(document, "n1_specimen_courier_driver.docx")


N2_ROWS = [
    ("Qualifications", "1", "GCSE (or equivalent) in English and maths at grade 4/C or above", "Essential", "A"),
    (
        "Qualifications",
        "2",
        "Level 3 qualification in business administration or transport management",
        "Desirable",
        "A",
    ),
    (
        "Qualifications",
        "3",
        "Completion of the LAS fleet management system training within the probation period",
        "Essential",
        "Probation review",
    ),
    ("Experience", "4", "Experience of keeping accurate records in an office or workshop setting", "Essential", "A/I"),
    (
        "Experience",
        "5",
        "Experience of working in a vehicle fleet, garage, hire or logistics company",
        "Desirable",
        "A/I",
    ),
    ("Experience", "6", "Experience of booking appointments with suppliers or contractors", "Essential", "A/I"),
    (
        "Skills",
        "7",
        "Good working knowledge of Excel, including filters and conditional formatting",
        "Essential",
        "A/T",
    ),
    ("Skills", "8", "Able to prioritise a busy workload and meet deadlines", "Essential", "I"),
    (
        "Skills",
        "9",
        "Must ensure every vehicle's MOT, service and tail-lift inspection dates are entered on the fleet system "
        "within 24 hours",
        "Essential",
        "N/A",
    ),
    ("Skills", "10", "Clear telephone manner with crews, station managers and garages", "Essential", "I"),
    ("Knowledge", "11", "Understanding of vehicle roadworthiness checks and defect reporting", "Desirable", "I"),
    ("Knowledge", "12", "Awareness of driver hours or operator licence rules", "Desirable", "I"),
    (
        "Other",
        "13",
        "Full UK driving licence, to move vehicles between stations when needed",
        "Essential",
        "A",
    ),
    ("Other", "14", "Willing to work one late shift (until 8pm) a week on a rota", "Essential", "I"),
    ("Other", "15", "Eligibility to work in the UK", "Essential", "Pre-employment checks"),
]


def n2_fleet_compliance_administrator() -> None:
    """The title only in the first heading, the band only inside a sentence of the job purpose, the closing date
    only in the last paragraph; numbered rows with the category cell merged down, the level spelled out in its
    own column and a "How assessed" column, E and D interleaved, and three Essential rows that are not criteria
    (training within probation, a "Must ensure ..." duty, eligibility)."""
    document = blank_docx("Calibri")
    document.add_heading("Job description: Fleet Compliance Administrator", level=1)
    document.add_paragraph(f"Fleet and Logistics Directorate {DASH} North West sector")
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "London Ambulance Service NHS Trust runs more than 1,100 emergency and non-emergency vehicles. This Band 3 "
        "post keeps the paperwork behind them in order: servicing, MOTs, tail-lift and equipment inspections, "
        "recalls and vehicle defects for the ambulance stations in Brent, Ealing, Harrow and Hillingdon. You "
        "will work in a team of four administrators alongside the sector's fleet manager and workshop "
        "supervisors."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Book vehicles into our workshops and approved garages for servicing and repairs, and arrange "
        "replacement vehicles with the Make Ready team",
        "Keep the fleet system up to date and chase missing job cards and inspection certificates",
        "Answer the fleet desk phone and inbox for crews and station managers reporting vehicle defects",
        "Produce the weekly vehicle off-road report for the sector management meeting",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "No.", "Criteria", "Essential or Desirable", "How assessed"])
    add_rows_merging_categories_down(table, N2_ROWS)
    document.add_paragraph("How assessed: A = application form, I = interview, T = Excel test on the day.")
    document.add_paragraph(
        "You do not need to have worked for an ambulance service or in the NHS before. Full training on the "
        "fleet system is given. We offer 27 days' annual leave plus bank holidays, the NHS Pension, free travel "
        "to and from work on our vehicles where routes allow, and a staff wellbeing service."
    )
    document.add_paragraph(
        "Please apply through Trac by 23.59 on 16/02/2028, quoting reference 225-FL-2211. Interviews and the "
        "Excel test will be held at our Brent ambulance station."
    )
    save(document, "n2_fleet_compliance_administrator.docx")


N3_ESSENTIAL = [
    (
        "Education",
        "Able to read and write English well enough to follow picking lists and safety notices",
        "Application / interview",
    ),
    (
        "Education",
        "Manual handling and pallet truck training, which we provide in your first two weeks",
        "Induction",
    ),
    ("Experience", "Experience of working in a warehouse, stockroom, shop or delivery job", "Application"),
    ("Experience", f"Previous hospital experience {DASH} not required", ""),
    (
        "Skills",
        "Good basic numeracy for counting stock and checking quantities on delivery notes",
        "Short test",
    ),
    ("Skills", "Able to use a handheld scanner or tablet, or willing to learn", "Interview"),
    ("Skills", "Must complete the top-up round for every ward and theatre by 10:30 each morning", "Interview"),
    (
        "Physical",
        "Physically fit to push loaded cages and lift boxes of up to 20 kg throughout a shift",
        "Occupational health",
    ),
    ("Personal qualities", "Reliable and punctual, with a good attendance record", "References"),
    ("Personal qualities", "Friendly and helpful with ward staff, even when busy", "Interview"),
    ("Other", "Able to work a 5 over 7 rota including one weekend in three", "Interview"),
    ("Other", "Right to work in the UK", "Pre-employment checks"),
]

N3_DESIRABLE = [
    ("Education", "NVQ or certificate in warehousing and storage", "Application"),
    ("Experience", "Experience of stock rotation and checking expiry dates", "Application / interview"),
    ("Skills", "Counterbalance forklift licence", "Application"),
    ("Other", "Experience of using a stock control or ordering system", "Interview"),
]


def level_table(document, title: str, rows: list[tuple[str, str, str]]) -> None:
    """A table whose first row is the level, merged across, then "Area | Requirement | Evidenced by"."""
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    first = table.rows[0].cells
    bold_cell(first[0].merge(first[-1]), title)
    for cell, text in zip(table.add_row().cells, ["Area", "Requirement", "Evidenced by"], strict=True):
        bold_cell(cell, text)
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            fill_cell(cell, text)


def n3_materials_management_operative() -> None:
    """Every job detail on one "|" line at the top of the body; two separate tables, each with its level as a
    merged title row, the Essential one holding four rows that are not criteria (training given, "not
    required", a "Must complete ..." duty and right to work); basic DBS and benefits after the tables."""
    document = blank_docx("Arial")
    document.add_paragraph(
        "Materials Management Operative | Band 2 | Supplies and Logistics, Northwick Park Hospital, Harrow | "
        "London North West University Healthcare NHS Trust | Ref 362-EF-2871 | Closes 09.02.2028"
    )
    document.add_heading("About the team", level=2)
    document.add_paragraph(
        "Our materials management team keeps more than 60 wards, theatres and departments stocked with the "
        "consumables they use every day, from gloves and syringes to dressings and catheters. We scan and top "
        "up each area's shelves, unpack deliveries from NHS Supply Chain and take goods round the hospital on "
        "cages and electric tugs."
    )
    document.add_heading("Your main tasks", level=2)
    for duty in [
        "Scan stock levels on each ward and department and pick the top-up orders in the main store",
        "Deliver and put away stock, rotating it so the shortest dated items are used first",
        "Report damaged or missing items to the stores supervisor",
        "Keep the store and the ward storerooms clean, tidy and safe",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    level_table(document, "ESSENTIAL CRITERIA", N3_ESSENTIAL)
    document.add_paragraph("")
    level_table(document, "DESIRABLE CRITERIA", N3_DESIRABLE)
    document.add_paragraph(
        "This post is subject to a basic DBS check and two satisfactory references. In return you will get 27 "
        "days' annual leave plus bank holidays, the NHS Pension, staff discounts and free eye tests, and we "
        "will support you to gain a warehousing qualification through an apprenticeship if you wish."
    )
    save(document, "n3_materials_management_operative.docx")


N4_ITEMS = [
    ("bold", "Chelsea and Westminster Hospital NHS Foundation Trust"),
    ("title", "Transport Liaison Officer"),
    ("body", "Patient Flow Team, West Middlesex University Hospital, Twickenham Road, Isleworth"),
    ("gap", ""),
    ("heading", "Your questions answered"),
    ("bold", "What will I actually do?"),
    (
        "body",
        "You will book non-emergency patient transport for people going home from our wards and for outpatients "
        "who cannot travel to clinic any other way. You will check each request against the national "
        "eligibility criteria, book the right vehicle with our transport provider, track it on the day and "
        "sort out problems when a crew is running late. You must book every same-day discharge vehicle before "
        "11am so that beds can be freed by early afternoon.",
    ),
    ("bold", "What do I need to apply?"),
    ("body", "\u2022 Experience of working in a busy customer service, call centre or booking role"),
    ("body", "\u2022 Good keyboard skills and confident using email and online booking systems"),
    (
        "body",
        "\u2022 Able to stay calm and polite on the phone when patients, relatives or crews are frustrated",
    ),
    ("body", "\u2022 Good standard of education, including English and maths at GCSE grade C/4 or equivalent"),
    (
        "body",
        "\u2022 Able to follow eligibility rules and explain them clearly, including when the answer is no",
    ),
    ("bold", "Is there anything that would give me an edge?"),
    ("body", "These aren't a must, but we'd be pleased to see:"),
    ("body", "\u2022 Experience in a hospital, ambulance or patient transport setting"),
    ("body", "\u2022 Understanding of the mobility needs of patients, e.g. wheelchair or stretcher"),
    ("body", "\u2022 Experience of using a patient administration system such as Cerner"),
    ("bold", "Do I need a driving licence?"),
    ("body", "No. This is an office-based role and you will not drive for us."),
    ("bold", "I've never worked in the NHS. Can I still apply?"),
    (
        "body",
        "Yes. Most of our team came from retail, hospitality and call centres, and we'll teach you the NHS side.",
    ),
    ("bold", "Will I be trained?"),
    (
        "body",
        f"Yes {DASH} a two-week induction, including the patient transport eligibility criteria and our "
        "bookings system, with a buddy for your first month.",
    ),
    ("bold", "What are the hours?"),
    (
        "body",
        "The office is open from 8am to 8pm, seven days a week. It is essential that you can work a share of "
        "late shifts and weekends on a rota. Full time is 37.5 hours a week; we will consider part time.",
    ),
    ("bold", "Can you sponsor a visa?"),
    (
        "body",
        "Unfortunately not. You must already have the right to work in the UK. The post is also subject to a "
        "basic DBS check.",
    ),
    ("bold", "What's the pay?"),
    (
        "body",
        "Band 3, \u00a328,900 to \u00a330,600 a year including Outer London High Cost Area Supplement, "
        "pro rata for part time. Permanent.",
    ),
    ("bold", "When does the advert close?"),
    ("body", "At 23:59 on Sunday 13 February 2028. We plan to interview on Thursday 24 February."),
    ("bold", "What's in it for me?"),
    (
        "body",
        "27 days' annual leave plus bank holidays, the NHS Pension, a free staff shuttle between our hospitals, "
        "an on-site nursery and a cycle-to-work scheme.",
    ),
]


N5_SPEC = [
    ("heading", "Qualifications"),
    ("Educated to A level, NVQ Level 3 or equivalent, or equivalent experience", "Essential", "application"),
    ("IOSH Working Safely certificate", "Essential", "funded by CNWL and completed in your first three months"),
    ("Facilities management qualification, e.g. IWFM Level 3", "Desirable", "application"),
    ("heading", "Experience"),
    (
        "Experience of coordinating building services such as cleaning, security, waste or maintenance",
        "Essential",
        "application and interview",
    ),
    ("Experience of managing contractors on site and checking their work", "Essential", "interview"),
    ("Experience of working in a healthcare or public sector building", "Desirable", "application"),
    ("heading", "Skills and abilities"),
    ("Good IT skills, including Outlook, Word and Excel", "Essential", "application"),
    (
        "Able to carry out and record basic health and safety checks, such as fire alarm and water temperature checks",
        "Essential",
        "interview",
    ),
    (
        "Must attend each health centre at least once a week and complete the site log",
        "Essential",
        "this is part of the job",
    ),
    ("Able to deal with complaints from staff and patients about the building", "Essential", "interview"),
    ("heading", "Knowledge"),
    ("Knowledge of fire safety and legionella control responsibilities", "Desirable", "interview"),
    ("heading", "Other"),
    (
        "Full UK driving licence and access to a vehicle for travel between sites",
        "Essential",
        "application",
    ),
    (
        "Able to respond to out-of-hours building emergencies on a shared on-call rota",
        "Desirable",
        "interview",
    ),
    ("Standard DBS check", "Essential", "pre-employment check"),
]


def n5_items() -> list[tuple[str, str]]:
    """Each criterion in bold on its own line, its level and how it is assessed on the line below."""
    items = [
        ("bold", "Central and North West London NHS Foundation Trust"),
        ("title", "Health Centre Facilities Coordinator"),
        ("body", f"Hillingdon Community Services {DASH} Estates and Facilities"),
        ("gap", ""),
        ("heading", "Post details"),
        ("body", "Pay: Agenda for Change Band 4, \u00a331,000 to \u00a333,700 a year including HCAS"),
        ("body", "Hours: 37.5 a week, Monday to Friday"),
        ("body", "Where: five community health centres across Hillingdon, with a desk at Yiewsley"),
        ("heading", "The role"),
        (
            "body",
            "You will be the first point of contact for everything to do with our health centre buildings: "
            "cleaning, security, waste, post, small repairs and the contractors who come to fix things. You "
            "will keep the buildings safe, compliant and ready for clinics, and make sure staff and patients "
            "know who to call when something goes wrong.",
        ),
        ("heading", "Person specification"),
        ("body", "Each requirement is followed by whether it is essential or desirable and how we will assess it."),
    ]
    for entry in N5_SPEC:
        if entry[0] == "heading":
            items.append(entry)
            continue
        text, level, how = entry
        items.append(("bold", text))
        items.append(("body", f"{level} \u00b7 {how}"))
    items += [
        ("heading", "How to apply"),
        (
            "body",
            "Apply through NHS Jobs. Applications close on 20 February 2028 and interviews will be held at "
            "Yiewsley Health Centre in early March. CNWL offers 27 days' annual leave plus bank holidays, "
            "the NHS Pension, a lease car scheme and an employee assistance programme.",
        ),
    ]
    return items


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    n1_specimen_courier_driver()
    n2_fleet_compliance_administrator()
    n3_materials_management_operative()
    (ADVERTS / "n4_transport_liaison_officer.pdf").write_bytes(pdf_bytes(N4_ITEMS, title=(16, 56)))
    (ADVERTS / "n5_health_centre_facilities_coordinator.pdf").write_bytes(pdf_bytes(n5_items(), title=(16, 56)))


if __name__ == "__main__":
    main()
