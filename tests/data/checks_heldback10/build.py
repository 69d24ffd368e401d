"""Build the Word and PDF adverts of the tenth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback10/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. Its Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts. The
pasted-text adverts (g6 to g8) are plain files and are not built here.
"""

from __future__ import annotations

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
STAMP = (1980, 1, 1, 0, 0, 0)  # every Word file's zip entries

# The square-root sign that many Word templates use as a tick, and a multiplication sign as the cross.
TICK = "\u221a"
CROSS = "\u00d7"
DASH = "\u2013"
POUND = "\u00a3"


# --------------------------------------------------------------------------------------------------------- Adverts


def g1_domestic_supervisor() -> None:
    """Employer only in the page header and the closing paragraph; the title and band ("3 (Agenda for Change)")
    in a label/value table; numbered duties with a "must" duty; square-root ticks and multiplication-sign
    crosses with category rows merged across, and four ticked-Essential rows that are not criteria (training
    the Trust pays for, "Previous NHS employment is not required", right to work, DBS and occupational health);
    the closing date inside a sentence at the end."""
    document = blank_docx("Arial")
    document.sections[0].header.paragraphs[
        0
    ].text = f"Imperial College Healthcare NHS Trust {DASH} Estates and Facilities Directorate"
    document.add_heading("JOB DESCRIPTION", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Domestic Supervisor"),
            ("Band", "3 (Agenda for Change)"),
            ("Hours", f"37.5 a week on a rota of earlies (06:30{DASH}14:30), lates (13:30{DASH}21:30) and weekends"),
            ("Base", "St Mary's Hospital, Praed Street, Paddington"),
            ("Accountable to", "Domestic Services Manager"),
            ("Responsible for", "A team of up to 14 domestic assistants on the medical and surgical wards"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "To lead the domestic assistants on an allocated group of wards so that every patient area is clean, safe "
        "and ready for use, and to make sure the hospital meets the National Standards of Healthcare Cleanliness "
        "2021 star ratings displayed at each ward entrance."
    )
    document.add_heading("Key responsibilities", level=2)
    for duty in [
        "Plan the daily work of the domestic assistants on your wards and move staff to cover sickness and "
        "emergencies.",
        "Check the standard of cleaning every day and carry out the monthly cleanliness audits with the ward manager.",
        "Arrange deep cleans and curtain changes when an infectious patient is discharged.",
        "Order cleaning materials and keep the domestic stores stocked and tidy.",
        "You must countersign each ward's completed cleaning schedule with the nurse in charge before you go off duty.",
        "Induct new starters and keep their training records up to date.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("PERSON SPECIFICATION", level=1)
    table = header_table(document, ["Requirements", "Essential", "Desirable"])
    rows = [
        ("Education and qualifications",),
        ("Able to read and write English well enough to complete cleaning schedules and audit forms", TICK, CROSS),
        ("NVQ Level 2 in Cleaning and Support Services or the BICSc Licence to Practise", CROSS, TICK),
        (
            "Enrolment on the Level 3 Award in Supervising Cleaning Services within the first year (funded by "
            "the Trust)",
            TICK,
            CROSS,
        ),
        ("Experience",),
        ("At least 12 months' cleaning experience in a hospital, hotel, care home or office", TICK, CROSS),
        ("Experience of leading a shift or allocating work to other staff", TICK, CROSS),
        (
            "Experience of completing cleanliness audits, for example against the National Standards of "
            "Healthcare Cleanliness 2021",
            CROSS,
            TICK,
        ),
        ("Previous NHS employment is not required", TICK, CROSS),
        ("Skills and abilities",),
        ("Able to use a smartphone or tablet to log audits and report faults", TICK, CROSS),
        ("Able to resolve complaints from ward staff, patients and visitors politely and quickly", TICK, CROSS),
        ("Able to train new domestic staff in the safe use of chemicals and cleaning machines", CROSS, TICK),
        ("Knowledge",),
        (
            "Understanding of colour-coded cleaning equipment and why it prevents the spread of infection",
            TICK,
            CROSS,
        ),
        ("Knowledge of COSHH regulations", CROSS, TICK),
        ("Personal qualities",),
        ("Willing to work early, late and weekend shifts, including at short notice", TICK, CROSS),
        ("Additional requirements",),
        ("Right to work in the UK (this post is not eligible for sponsorship)", TICK, CROSS),
        ("Occupational health clearance and a basic DBS check before starting", TICK, CROSS),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "Imperial College Healthcare NHS Trust offers the Inner London High Cost Area Supplement, the NHS Pension "
        "Scheme, 27 days' annual leave plus bank holidays rising with service, interest-free season ticket loans "
        "and discounted gym membership at the Paddington site."
    )
    document.add_paragraph(
        "Please make sure your application reaches us by 23:59 on Friday 7 January 2028; interviews are planned "
        "for the week beginning 17 January 2028."
    )
    save_docx(document, ADVERTS / "g1_domestic_supervisor.docx", stamp=STAMP)


def g2_medical_equipment_library_assistant() -> None:
    """A heading with no job title; the employer, the title and the band inside the opening sentence; a
    "Key dates" table with three dates, only one of them the closing date; bulleted tasks with a "must" duty;
    Essential and Desirable side by side per category, with "You don't have to have worked in a hospital
    before", device training and a right-to-work line in Essential cells, uniform and boots (a benefit) in a
    Desirable cell and "None" in another."""
    document = blank_docx("Calibri")
    document.add_heading("Join our Clinical Engineering team", level=1)
    document.add_paragraph(
        "Chelsea and Westminster Hospital NHS Foundation Trust is looking for a Medical Equipment Library "
        "Assistant to join the equipment library at West Middlesex University Hospital in Isleworth. The post is "
        "permanent, full time (37.5 hours, Monday to Friday with one late shift a week) and paid on Agenda for "
        "Change Band 2."
    )
    document.add_heading("Key dates", level=2)
    label_value_table(
        document,
        [
            ("Advert closes", "Sunday 9 January 2028"),
            ("Shortlisting", "Wednesday 12 January 2028"),
            ("Interviews", "Thursday 20 January 2028"),
        ],
    )
    document.add_heading("What the library does", level=2)
    document.add_paragraph(
        "The library lends about 1,800 infusion pumps, syringe drivers, feeding pumps, pressure-relieving "
        "mattresses and patient monitors to the wards. When a patient no longer needs a device it comes back to "
        "us to be cleaned, checked and made ready for the next patient, so that nurses never have to hunt for "
        "equipment."
    )
    document.add_heading("Your main tasks", level=2)
    for task in [
        "Collect used devices from wards and departments on a set round and when called",
        "Clean and decontaminate devices with the approved wipes and record the clean",
        "Check batteries, accessories and the date of each device's last safety test",
        "Record every device that is lent or returned on the e-Quip database",
        "You must quarantine any device that comes back with a fault label and never return it to the shelves",
        "Deliver devices to the wards and show staff how to book them out",
    ]:
        document.add_paragraph(task, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good general education, including GCSE English and maths at grade 4/C or Functional Skills Level 2",
            "City & Guilds or BTEC qualification in electrical or electronic engineering",
        ),
        (
            "Experience",
            "Experience of working in a stores, warehouse, workshop or delivery role\n"
            "You don't have to have worked in a hospital before",
            "Experience of cleaning or decontaminating equipment in a healthcare setting",
        ),
        (
            "Skills",
            "Able to keep accurate records on a computer database\n"
            "Able to explain clearly to ward staff how to return and borrow equipment\n"
            "Training on each type of pump is given by our clinical engineers in your first month",
            "Full UK driving licence, for occasional trips to the Chelsea site",
        ),
        (
            "Physical",
            "Able to push loaded equipment trolleys and lift items of up to 15 kg",
            "Uniform and safety boots are supplied",
        ),
        (
            "Other",
            "Flexible to work one late shift (until 8 pm) a week on a rota\n"
            f"Eligible to work in the UK {DASH} this post cannot be sponsored",
            "None",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_paragraph(
        "We offer the NHS Pension Scheme, 27 days' annual leave plus bank holidays, a free staff shuttle bus "
        "between our hospitals and an on-site nursery. Informal visits to the library are welcome."
    )
    save_docx(document, ADVERTS / "g2_medical_equipment_library_assistant.docx", stamp=STAMP)


def g3_estates_carpenter() -> None:
    """Employer only in the page footer and the About us paragraph; the title as the heading and the band in an
    italic line under it; numbered duties with a "must" duty; rows marked E/D with the category cell merged down
    and a "How assessed" column (A/I/T), with two E rows assessed "–" that are not criteria (training given in
    the first week, occupational health clearance); "no previous experience in a hospital" and a tool allowance
    after the key; the closing date as "no later than 14/01/2028"."""
    document = blank_docx("Arial")
    document.sections[0].footer.paragraphs[
        0
    ].text = "The Hillingdon Hospitals NHS Foundation Trust \u00b7 Estates Department \u00b7 JD ref EST-047"
    document.add_heading("Estates Carpenter", level=1)
    band = document.add_paragraph()
    band.add_run(f"Agenda for Change Band 4 {DASH} full time, 37.5 hours a week {DASH} permanent").italic = True
    document.add_heading("About us", level=2)
    document.add_paragraph(
        "The Hillingdon Hospitals NHS Foundation Trust runs Hillingdon Hospital in Uxbridge and Mount Vernon "
        "Hospital in Northwood. Our in-house estates team of 38 trades staff keeps both sites safe and working, "
        "from the operating theatres to the staff residences. You will be based in the estates workshop at "
        "Hillingdon Hospital and work across both sites."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Repair and replace doors, frames, windows, skirting, worktops and cupboards in wards and offices.",
        "Hang, adjust and maintain fire doors, closers and intumescent seals after the annual fire door survey.",
        "Make and fit shelving, boxing-in and simple partitions to drawings from the estates officer.",
        "Attend reactive jobs raised through the estates helpdesk and close them off the same day where you can.",
        "You must get a permit to work from the duty estates officer before lifting ceiling tiles in any clinical "
        "area.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "City & Guilds Level 3 or NVQ Level 3 in Carpentry and Joinery, or a completed apprenticeship",
            "E",
            "A",
        ),
        ("Qualifications", "CSCS card", "D", "A"),
        ("Qualifications", "Fire door inspection qualification (e.g. FDIS Diploma)", "D", "A"),
        (
            "Qualifications",
            "Asbestos awareness and working at height training (provided in your first week)",
            "E",
            DASH,
        ),
        (
            "Experience",
            "At least three years' experience as a carpenter after qualifying, including repair work in occupied "
            "buildings",
            "E",
            "A/I",
        ),
        ("Experience", "Experience of installing and repairing fire doors and door closers", "E", "A/I"),
        ("Experience", "Experience of working in a hospital or other healthcare building", "D", "A/I"),
        ("Skills", "Able to read technical drawings and work out quantities of materials", "E", "I/T"),
        ("Skills", "Able to use hand and power tools safely, including dust extraction", "E", "T"),
        ("Skills", "Able to complete job sheets on a handheld device for the CAFM system", "E", "I"),
        (
            "Knowledge",
            "Knowledge of safe working practices, including risk assessments and method statements",
            "E",
            "I",
        ),
        (
            "Knowledge",
            "Awareness of infection control when working in clinical areas (e.g. dust screens)",
            "D",
            "I",
        ),
        ("Other", "Willing to join the out-of-hours on-call rota (one week in six)", "E", "I"),
        ("Other", "Clearance by occupational health before starting", "E", DASH),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_paragraph(
        f"A {DASH} application form; I {DASH} interview; T {DASH} trade test (a short practical test in our workshop)."
    )
    document.add_paragraph(
        "No previous experience in a hospital is necessary. We pay a tool allowance of \u00a3150 a year, the Outer "
        "London High Cost Area Supplement and on-call payments, and you will join the NHS Pension Scheme."
    )
    document.add_paragraph(
        "Completed applications must be submitted through Trac no later than 14/01/2028. Trade tests will be held "
        "at Hillingdon Hospital on 26 January 2028."
    )
    save_docx(document, ADVERTS / "g3_estates_carpenter.docx", stamp=STAMP)


G4_ITEMS = [
    ("title", "Staff Residences Officer"),
    ("body", "Employer: Guy's and St Thomas' NHS Foundation Trust"),
    ("body", "Site: Harefield Hospital, Hill End Road, Harefield, Middlesex (Royal Brompton and Harefield hospitals)"),
    (
        "body",
        f"Band 3 | {POUND}27,240 {DASH} {POUND}29,920 a year pro rata, including Outer London High Cost Area "
        "Supplement",
    ),
    ("body", "30 hours a week, including one weekend day in three"),
    ("bold", "Advert closes: 11/01/2028 at 23:59"),
    ("heading", "About the residences"),
    (
        "body",
        "Harefield Hospital has 212 rooms and flats for nurses, doctors and other staff, many of them new to the "
        "UK or here on short placements. The residences team of four looks after lettings, keys, repairs and the "
        "welfare of the people who live with us.",
    ),
    ("heading", "What you'll do"),
    ("body", "\u2022 Welcome new residents, hand over keys and go through the licence agreement with them"),
    ("body", "\u2022 Inspect rooms when residents move out and arrange cleaning and repairs"),
    ("body", "\u2022 Keep the room booking system and rent records up to date and follow up unpaid rent"),
    ("body", "\u2022 Report repairs to the estates helpdesk and check that they have been done"),
    (
        "body",
        "\u2022 You must test a fire alarm call point in each block every Friday and write the result in the fire log",
    ),
    ("heading", "Essential"),
    ("body", "\u2022 Experience of dealing with customers or residents face to face and on the phone"),
    ("body", "\u2022 Good IT skills, including email, Word and Excel, for room bookings and rent records"),
    ("body", "\u2022 Able to handle confidential information about residents sensibly"),
    ("body", "\u2022 Able to deal calmly and fairly with complaints and disputes between residents"),
    ("body", "\u2022 Able to walk between blocks and climb stairs many times a day (three blocks have no lift)"),
    ("body", "\u2022 Able to work one weekend day in three on a rota"),
    (
        "body",
        f"\u2022 No lettings or housing background needed {DASH} we will teach you the licence and rent process",
    ),
    ("body", "\u2022 Fire marshal training, which we give you in your first month"),
    ("heading", "Desirable"),
    ("body", "\u2022 Experience in housing, lettings, hotel reception or student accommodation"),
    ("body", "\u2022 Level 2 qualification in customer service"),
    ("body", "\u2022 Knowledge of fire safety in residential buildings"),
    ("heading", "Checks we carry out"),
    (
        "body",
        "You will need to show that you have the right to work in the UK; we cannot sponsor a Skilled Worker visa "
        "for this role. We will also ask for a standard DBS check and two references covering the last three "
        "years.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 A room in the residences at a reduced rent for your first six months, if you need one"),
    ("body", "\u2022 NHS Pension Scheme and 27 days' annual leave plus bank holidays"),
    ("body", "\u2022 Free parking on site and the staff bus to Uxbridge station"),
]

G5_ITEMS = [
    ("title", "Estates and Facilities Helpdesk Operator"),
    ("body", "Hammersmith Hospital, Du Cane Road, London W12"),
    ("gap", ""),
    (
        "body",
        "Imperial College Healthcare NHS Trust runs five hospitals in north west London. Our Estates and "
        "Facilities helpdesk, based at Hammersmith Hospital, takes about 9,000 calls a month from wards and "
        "departments on all five sites: leaking taps, broken beds, lifts out of order, porters needed, spills to "
        "be cleaned up. We are looking for a helpdesk operator to join a team of eleven on a permanent contract at "
        f"Band 2 ({POUND}26,090 to {POUND}26,940 a year, including Inner London High Cost Area Supplement).",
    ),
    ("gap", ""),
    (
        "body",
        "You will answer calls and emails, log each request on our helpdesk system, give it a priority and send "
        "it to the right team, whether that is an electrician, the porters or a domestic supervisor. Every call "
        "must be logged before you take the next one, so that nothing is lost. At night and at weekends you will "
        "also call out the on-call engineers and managers when something serious happens, such as a power cut or "
        "a flood.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a call centre, helpdesk, switchboard or busy reception where "
        "answering the phone was a large part of the job. You must be able to type quickly and accurately while "
        "you are talking to a caller. A calm and clear telephone manner is essential, especially when a caller is "
        "reporting something frightening such as a patient stuck in a lift. It is essential that you can judge "
        "which jobs are most urgent and pass them on straight away. You must also be able to work our rota of "
        "12-hour day and night shifts, including weekends and bank holidays.",
    ),
    ("gap", ""),
    (
        "body",
        "Experience of a computer-aided facilities management (CAFM) system such as Micad or Planon would be "
        "beneficial. Some knowledge of how hospital buildings are maintained, perhaps from working for a building "
        "services or facilities company, is desirable. Speaking a second language used in west London would also "
        "be beneficial.",
    ),
    ("gap", ""),
    (
        "body",
        "You do not need a technical background. For your first four weeks you will sit alongside an experienced "
        "operator, who will teach you the difference between a blocked drain and a burst pipe, and every new "
        "operator is trained on Micad before taking calls alone.",
    ),
    ("heading", "The small print"),
    (
        "body",
        "A basic DBS check is needed for this post, and we are unable to offer Skilled Worker sponsorship for it. "
        "In return you will have the NHS Pension Scheme, 27 days' annual leave rising to 33, season ticket loans "
        "and the essential-worker discounts open to all NHS staff.",
    ),
    ("gap", ""),
    (
        "body",
        "Applications close at midnight on Tuesday 4 January 2028. We expect to hold interviews at Hammersmith "
        "Hospital on 13 and 14 January.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    g1_domestic_supervisor()
    g2_medical_equipment_library_assistant()
    g3_estates_carpenter()
    (ADVERTS / "g4_staff_residences_officer.pdf").write_bytes(pdf_bytes(G4_ITEMS, title=(17, 52)))
    (ADVERTS / "g5_estates_helpdesk_operator.pdf").write_bytes(pdf_bytes(G5_ITEMS, title=(15, 60)))


if __name__ == "__main__":
    main()
