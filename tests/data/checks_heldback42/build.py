"""Build the Word and PDF adverts of the forty-second held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback42/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (p6 to p8) are plain files written by hand and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from docx.shared import Pt  # noqa: E402

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

TICK = "\u2713"  # a plain check mark in one level column; the other cell is left empty
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2028, 1, 20, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 1, 20, 9, 0, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def p1_water_hygiene_assistant() -> None:
    """Shape 1: the employer in bold, the title as the heading, a details table with no header row, duties as Word
    bullets (one "You must ..." duty), then tick columns with category rows merged across the table; three ticked
    rows that are not criteria (training the job gives, "No previous water hygiene experience is required" and the
    right to work); benefits, references and a DBS check in a closing paragraph; a JD reference in the footer."""
    document = blank_docx("Arial")
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = f"The Hillingdon Hospitals NHS Foundation Trust {DASH} Estates and Facilities {DASH} ref EF-WS-0142"
    document.add_paragraph().add_run("The Hillingdon Hospitals NHS Foundation Trust").bold = True
    document.add_heading("Water Hygiene Assistant", level=1)
    label_value_table(
        document,
        [
            ("Pay band", "Band 3"),
            ("Salary", f"{POUND}27,898 to {POUND}30,615 a year, including Outer London High Cost Area Supplement"),
            ("Department", f"Estates and Facilities {DASH} Water Safety"),
            ("Base", "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN, with visits to Mount Vernon Hospital"),
            ("Hours", "37.5 hours a week, Monday to Friday, 7.30am to 3.30pm"),
            ("Closing date", "9 March 2028"),
            ("Interviews", "23 March 2028"),
        ],
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our hospitals have more than 4,000 taps, showers and other water outlets. Water that sits still in pipes "
        "can grow bacteria that are dangerous to patients, so a small team keeps the water moving, checks its "
        "temperature and makes sure every check is recorded. You will work with the Water Safety Lead, the "
        "plumbers and the ward teams, mostly on your own with a weekly list of tasks."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Run the flushing programme for little-used outlets on the wards, in clinics and in staff areas",
        "You must flush every outlet on your weekly list and record the water temperature after two minutes of "
        "running; any outlet that cannot be flushed must be reported to the Water Safety Lead the same day",
        "Take monthly hot and cold water temperatures at sentinel outlets and enter them on the water safety log",
        "Clean and descale shower heads and hoses each quarter, and replace any that are damaged",
        "Help the plumbers and the Trust's water sampling contractor, and keep the plant rooms tidy and safe",
        "Tell ward staff when outlets in their area will be flushed and answer their questions",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Good standard of literacy and numeracy, e.g. GCSE English and maths at grade 4 or equivalent", TICK, ""),
        ("City & Guilds Level 2 in plumbing or a similar trade qualification", "", TICK),
        ("Legionella awareness and water sampling training, given by the Trust in your first month", TICK, ""),
        ("Experience",),
        ("Experience of practical maintenance work in a building, plant room or trade setting", TICK, ""),
        ("Experience of keeping written records of checks or readings", TICK, ""),
        ("No previous water hygiene experience is required", TICK, ""),
        ("Previous work in a hospital or other healthcare building", "", TICK),
        ("Skills and abilities",),
        ("Able to use a digital thermometer and record temperatures accurately", TICK, ""),
        ("Able to work alone to a weekly schedule of tasks", TICK, ""),
        ("Able to explain to ward staff why outlets need flushing, in a polite and clear way", TICK, ""),
        ("Confident using a tablet or handheld device to log completed work", "", TICK),
        ("Knowledge",),
        ("Understanding of the risk of Legionella bacteria in hot and cold water systems", "", TICK),
        ("Other",),
        ("Able to climb ladders and work in ceiling voids and plant rooms", TICK, ""),
        ("Right to work in the UK (we are unable to offer sponsorship for this post)", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; free "
        "uniform and safety boots; a funded City & Guilds water hygiene course after probation; and free staff "
        "parking at Hillingdon Hospital. Appointment is subject to two satisfactory references, occupational "
        "health clearance and a basic DBS check. We welcome applications from people who have never worked in "
        "the NHS."
    )
    save(document, "p1_water_hygiene_assistant.docx")


def p2_kitchen_porter() -> None:
    """Shape 2: the employer on its own line, the title as the heading, a details table with two label-value pairs
    a row, numbered responsibilities (one "You must ..."), then `Factor | Criteria | E/D | How assessed` with the
    factor merged down and E and D rows mixed, two rows marked E that are not criteria (induction and COSHH
    training, assessed "N/A"; eligibility to work in the UK, "Pre-employment checks"), the key, and a closing
    paragraph with "No catering experience is needed", benefits and a DBS line."""
    document = blank_docx("Calibri")
    document.add_paragraph("London North West University Healthcare NHS Trust")
    document.add_heading("Kitchen Porter", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 2", "Hours", "37.5 hours a week, five days out of seven"),
            ("Department", f"Catering {DASH} Hotel Services", "Base", "Northwick Park Hospital, Harrow HA1 3UJ"),
            ("Reference", "LNW-HS-2208", "Closing date", "16 March 2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The central kitchen at Northwick Park cooks around 1,800 patient and staff meals a day. Kitchen Porters "
        "keep the kitchen clean, safe and stocked so that the cooks can work. You will be part of a team of "
        "twelve, working early or late shifts between 6am and 8pm."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Wash pots, pans, trays and utensils by hand and in the dishwasher, and put them away in the right place",
        "Clean floors, walls, fridges and work surfaces to the kitchen cleaning schedule",
        "You must keep the pot wash area clear and the floors dry at all times, and report any broken equipment "
        "to the duty supervisor straight away",
        "Take in deliveries, rotate stock in the dry store and cold rooms, and take waste to the compactor",
        "Return clean trolleys and crates to the ward kitchens when asked",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Level 2 Food Hygiene certificate, or willing to complete it within 12 weeks", "E", "A"),
        ("Qualifications", "Trust catering induction and COSHH training, completed in the first two weeks", "E", "N/A"),
        ("Qualifications", "Basic English and maths, enough to read labels and count stock", "E", "A / I"),
        ("Experience", "Experience of washing up, cleaning or portering in a commercial kitchen", "D", "A / I"),
        ("Experience", "Experience of any physical job where you were on your feet all day", "E", "A / I"),
        ("Skills and abilities", "Able to use a commercial dishwasher and pot wash safely", "D", "I"),
        ("Skills and abilities", "Able to follow a cleaning schedule and sign it off", "E", "I"),
        ("Skills and abilities", "Able to lift and move heavy pans, crates and waste bags", "E", "I / T"),
        ("Knowledge", "Knowledge of safe use of cleaning chemicals", "D", "I"),
        ("Personal qualities", "Reliable and punctual, including for 6am starts", "E", "I / References"),
        ("Other", "Able to work weekends and bank holidays on a rota", "E", "A / I"),
        ("Other", "Eligible to work in the UK", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    key = document.add_paragraph(
        "Key: E = essential, D = desirable. A = application form, I = interview, T = short practical task on the "
        "interview day."
    )
    key.runs[0].font.size = Pt(9)
    document.add_paragraph(
        f"No catering experience is needed {DASH} every new Kitchen Porter works alongside an experienced "
        "colleague for their first two weeks. We offer 27 days' annual leave plus bank holidays, the NHS Pension "
        "Scheme, subsidised meals in the staff restaurant and free uniform and safety shoes. Appointment is subject "
        "to references and occupational health clearance; this post does not need a DBS check."
    )
    save(document, "p2_kitchen_porter.docx")


def p3_access_control_and_id_badge_administrator() -> None:
    """Shape 3: the title as the heading, the employer and service on a "|" line, the base, band, pay and hours on
    another, the closing and interview dates on one line, a "You must ..." duty inside the About the job paragraph,
    then `Category | Essential | Desirable` with a "not essential - full training will be given" line and a
    right-to-work line in Essential cells, "N/A" in one Desirable cell, and What we offer with the training the job
    gives (close to two desirable criteria) and a DBS line."""
    document = blank_docx("Arial")
    document.add_heading("Access Control and ID Badge Administrator", level=1)
    document.add_paragraph(
        f"Chelsea and Westminster Hospital NHS Foundation Trust | Security Services {DASH} Estates and Facilities"
    )
    document.add_paragraph(
        f"West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF | Band 3 | {POUND}28,431 to "
        f"{POUND}30,192 a year including High Cost Area Supplement | 37.5 hours a week"
    )
    document.add_paragraph("Closing date: 02/03/2028    Interview date: 16/03/2028")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Every member of staff, contractor and volunteer at West Middlesex needs an ID badge, and most doors "
        "behind the public areas open only with the right badge. You will run the ID badge office by the main "
        "entrance: taking photographs, printing badges, setting up door access for new starters and changing it "
        "when people move teams. You must switch off the door access of every leaver on the day they leave, and "
        "you must never issue a badge without photo ID and a signed request from the person's manager. You will "
        "also cover the security control room for breaks and help the security team during fire alarms and "
        "lockdown drills."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    add_rows_side_by_side(
        table,
        [
            (
                "Qualifications",
                "GCSE English and maths at grade 4 (C) or above, or equivalent",
                "Level 2 qualification in security or customer service",
            ),
            (
                "Experience",
                "Experience of working on a reception or front desk\n"
                f"Previous security experience is not essential {DASH} full training will be given",
                "Experience of using an access control or CCTV system",
            ),
            (
                "Skills and abilities",
                "Accurate data entry and good keyboard skills\n"
                "Able to deal politely but firmly with people who are upset or do not follow the rules",
                "Confident using a digital camera and photo editing software",
            ),
            (
                "Knowledge",
                "Understanding of why personal information must be kept confidential",
                "Awareness of hospital lockdown and emergency procedures",
            ),
            (
                "Other",
                "Able to work one late shift a week until 8pm\n"
                f"Right to work in the UK {DASH} we are unable to offer sponsorship for this post",
                "N/A",
            ),
        ],
    )
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "Full training on the Trust's door access software and badge printer in your first two weeks, and a "
        "place on the hospital's major incident and lockdown awareness course. 27 days' annual leave plus bank "
        "holidays, the NHS Pension Scheme, NHS discounts and a cycle-to-work scheme. Offers are subject to "
        "references and a basic DBS check."
    )
    save(document, "p3_access_control_and_id_badge_administrator.docx")


P4_ITEMS = [
    ("title", f"Estates Handyperson {DASH} Primary Care"),
    ("bold", f"Hillingdon GP Confederation {DASH} estates support for Hillingdon's GP practices"),
    ("body", "Based in Uxbridge, travelling to practices across Hillingdon | 37.5 hours a week | Permanent"),
    (
        "body",
        f"Band 3 (Agenda for Change) | {POUND}27,898 to {POUND}30,615 a year including High Cost Area Supplement | "
        "Van and fuel card provided",
    ),
    ("body", "Closing date: Monday 20 March 2028. Interviews: week beginning 3 April 2028."),
    ("heading", "About the role"),
    (
        "body",
        "The Confederation looks after the buildings of more than 40 GP practices, from modern health centres to "
        "converted houses. Practice managers report small repairs to our estates team, and our handyperson puts "
        "them right before they become big ones. You will have your own van and a list of jobs each week.",
    ),
    ("heading", "What you'll be doing"),
    ("body", "\u2022 Small repairs to doors, locks, cupboards, blinds, taps and toilets in GP surgeries"),
    ("body", "\u2022 Putting up shelves, notice boards and signs, and moving furniture between rooms"),
    ("body", "\u2022 Carrying out weekly fire alarm tests and monthly emergency lighting checks at each practice"),
    (
        "body",
        "\u2022 You must report any damaged asbestos, water leak or unsafe wiring to the Estates Manager the same "
        "day, and make the area safe until a contractor arrives",
    ),
    ("body", "\u2022 Keeping the van stocked and tidy, and ordering materials through the estates helpdesk"),
    ("heading", "Essential criteria"),
    (
        "body",
        "\u2022 Practical experience of minor repairs such as changing locks, hanging doors, patching walls or "
        "replacing tap washers",
    ),
    ("body", "\u2022 Full UK driving licence and able to travel between practices across Hillingdon"),
    ("body", "\u2022 Able to use hand and power tools safely"),
    ("body", "\u2022 Able to plan your own day and keep a record of jobs done"),
    ("body", "\u2022 Good spoken English for talking with practice managers, staff and patients"),
    ("body", "\u2022 Able to carry tools and materials, and work at height on a stepladder"),
    (
        "body",
        f"\u2022 You don't need a trade qualification {DASH} we will pay for your PASMA and asbestos awareness "
        "courses in your first three months",
    ),
    ("heading", "Desirable criteria"),
    ("body", "\u2022 NVQ Level 2 in a building trade, such as carpentry or plumbing"),
    ("body", "\u2022 Experience of working in a building open to the public, such as a school, shop or surgery"),
    ("body", "\u2022 Basic knowledge of fire safety checks, such as testing fire alarms and emergency lights"),
    ("heading", "Training and support"),
    (
        "body",
        "You will spend your first two weeks working alongside our senior handyperson. After your first year we "
        "will support you to take an NVQ Level 2 in Maintenance Operations if you would like to.",
    ),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need to show that you have the right to work in the UK; we cannot sponsor a visa for this post. "
        "The post needs a basic DBS check, and we will check your driving licence with the DVLA before you start. "
        "Please give two referees, one of them your most recent employer.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave plus bank holidays, and the NHS Pension Scheme"),
    ("body", "\u2022 A van, fuel card, phone and all the tools you need, plus workwear and safety boots"),
    ("body", "\u2022 Paid overtime when practices need work done out of hours"),
]

P5_ITEMS = [
    ("title", "Cleanliness Auditor"),
    ("body", "Facilities Management, Central London Community Healthcare NHS Trust"),
    ("body", "Parsons Green Health Centre, 5-7 Parsons Green, London SW6 4UL"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Central London Community Healthcare runs clinics, health centres and community services across North "
        "West London, and every one of our buildings must be cleaned to the national standards. Our cleaning is "
        "done by a contractor; the Cleanliness Auditor checks that it is done well. We are looking for a "
        "Cleanliness Auditor at Band 4, working 37.5 hours a week, Monday to Friday. The closing date is Tuesday "
        "4 April 2028 and interviews will be held on 18 and 19 April.",
    ),
    (
        "body",
        "You will audit clinic rooms, waiting areas, toilets and kitchens against a set list of elements, score "
        "each room, photograph anything that falls short and agree with the contractor's supervisor when it will "
        "be put right. You must complete every scheduled audit in the week it is due and send the results to the "
        "site manager within two working days. You will also join the infection prevention team's walkarounds "
        "once a month. You do not need to have worked in the NHS before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in cleaning, housekeeping or facilities, either in a team or as a "
        "supervisor. You must be able to inspect a room carefully and notice what others miss. Good IT skills are "
        "essential, because every audit is entered on a tablet and reports are sent by email. It is essential "
        "that you can give feedback to cleaning staff and managers in a way that is fair and does not upset "
        "people. You must be able to travel between our health centres in Hammersmith and Fulham, Kensington and "
        "Chelsea and Westminster on public transport.",
    ),
    (
        "body",
        "Knowledge of the National Standards of Healthcare Cleanliness 2021 would be beneficial. A BICSc cleaning "
        "qualification would be an advantage. Experience of using an electronic audit app is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need a basic DBS check. We will train you on our audit "
        "app and the national standards in your first month, and we will fund the BICSc Cleaning Operators "
        "Proficiency Certificate in your first year. You will benefit from 27 days' annual leave plus bank "
        "holidays, the NHS Pension, a travel card loan and flexible start times. We would like to hear from you "
        "even if you do not meet every point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    p1_water_hygiene_assistant()
    p2_kitchen_porter()
    p3_access_control_and_id_badge_administrator()
    (ADVERTS / "p4_estates_handyperson.pdf").write_bytes(pdf_bytes(P4_ITEMS, title=(16, 56)))
    (ADVERTS / "p5_cleanliness_auditor.pdf").write_bytes(pdf_bytes(P5_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
