"""Build the Word and PDF adverts of the thirty-fifth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback35/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (g7 and g8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.advert_files import (  # noqa: E402
    add_rows_merging_categories_down,
    add_rows_with_category_rows,
    blank_docx,
    header_table,
    label_value_table,
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

TICK = "\u2713"  # a plain check mark; the other level cell is left empty
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2027, 12, 6, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2027, 12, 6, 10, 30, 0)  # every Word file's zip entries
MODE = 0o600 << 16


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=MODE)


# --------------------------------------------------------------------------------------------------------- Adverts


def g1_fire_safety_administrator() -> None:
    """Shape 1: the title as the heading, the employer and team in bold, a details table with no header row, duties
    as Word bullets (one a "You must ..." duty), then check marks under "Criteria | Essential | Desirable" with
    category rows merged across; three ticked-Essential rows are not criteria (induction training, "not needed",
    right to work). A funded course, benefits, references, DBS and no sponsorship close the document."""
    document = blank_docx("Arial")
    document.add_heading("Fire Safety Administrator", level=1)
    paragraph = document.add_paragraph()
    employer_line = f"Imperial College Healthcare NHS Trust | Estates and Facilities {DASH} Fire Safety Team"
    paragraph.add_run(employer_line).bold = True
    label_value_table(
        document,
        [
            ("Band", "Band 3"),
            ("Salary", f"{POUND}29,970 to {POUND}31,850 a year, including High Cost Area Supplement"),
            ("Hours", "37.5 hours a week, Monday to Friday"),
            (
                "Base",
                "St Mary's Hospital, Praed Street, London W2 1NY, with regular visits to Charing Cross and "
                "Hammersmith hospitals",
            ),
            ("Reference", "290-EF-3318"),
            ("Closing date", "17 February 2028"),
            ("Interviews", "1 and 2 March 2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our fire safety team of four advisers looks after fire precautions in three busy hospitals, where many "
        "patients could not leave a building without help. You will run the team's office: keeping the records "
        "that show our buildings are safe, booking staff onto training, arranging contractors and supporting the "
        "quarterly Fire Safety Group. It is a desk-based role with some time spent walking the wards and plant "
        "areas with an adviser."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Keep the fire risk assessment action tracker up to date and send each ward and department its "
        "outstanding actions every month",
        "Book staff onto fire warden and evacuation training and keep the attendance records",
        "You must log every fire alarm activation on the fire safety database before the end of the working day, "
        "including false alarms and alarms caused by contractors",
        "Arrange fire door surveys and repairs with contractors, and follow each repair through to sign-off",
        "Prepare agendas and papers for the Fire Safety Group and circulate its action log",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Good general education, including GCSE English and maths at grade C/4 or equivalent", TICK, ""),
        ("Fire Warden or Fire Marshal certificate", "", TICK),
        ("Trust fire safety awareness and fire warden training, completed during your induction", TICK, ""),
        ("Experience",),
        ("Experience of administrative work in a busy office", TICK, ""),
        ("Previous NHS or fire service experience is not needed", TICK, ""),
        (
            "Experience of keeping compliance or maintenance records, for example in facilities management or "
            "health and safety",
            "",
            TICK,
        ),
        ("Skills and abilities",),
        ("Good working knowledge of Microsoft Word, Excel and Outlook", TICK, ""),
        ("Able to take accurate notes and minutes at meetings", TICK, ""),
        ("Confident chasing people by phone and email to get tasks completed", TICK, ""),
        ("Experience of using a computer-aided facilities management (CAFM) system", "", TICK),
        ("Knowledge",),
        ("Awareness of why fire doors, alarm tests and evacuation plans matter in a hospital", TICK, ""),
        ("Knowledge of the Regulatory Reform (Fire Safety) Order 2005", "", TICK),
        ("Other",),
        ("Able to travel between Trust sites in central and west London", TICK, ""),
        ("Right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "Once you have passed probation we will pay for a recognised fire safety course if you would like to "
        "build a career in fire safety. You will also have 27 days' annual leave plus bank holidays, the NHS "
        "Pension, an interest-free season ticket loan and our staff wellbeing programme. Appointment is subject "
        "to two satisfactory references and a basic DBS check. We are not able to offer visa sponsorship for "
        "this post."
    )
    save(document, "g1_fire_safety_administrator.docx")


def g2_desktop_support_technician() -> None:
    """Shape 2: the employer only in the page header, the title as the heading, band, base and closing date on
    two lines, numbered duties (one with "must"), then "Factor | Criteria | E/D | How assessed" with the factor
    merged down and E and D mixed; two rows marked E are not criteria (training in the first month, assessed
    "N/A"; enhanced DBS, assessed "Pre-employment checks"). The key, a "do not need" line, benefits and no
    sponsorship follow the table."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Central and North West London NHS Foundation Trust {DASH} Digital Services"
    document.add_heading("Desktop Support Technician", level=1)
    document.add_paragraph(
        "Band 4 | Permanent | 37.5 hours a week | Based at St Charles Centre for Health and Wellbeing, Exmoor "
        "Street, London W10 6DZ, covering our sites in Kensington and Chelsea, Westminster and Brent"
    )
    document.add_paragraph("Closing date: 02/03/2028    Interview date: 14/03/2028")
    document.add_heading("Job summary", level=2)
    document.add_paragraph(
        "Our desktop team keeps the computers, printers and phones of about 3,000 staff working, on inpatient "
        "mental health wards, in community team bases and in offices. The service desk logs each problem; when it "
        "cannot be fixed remotely, one of our technicians goes to the person and puts it right."
    )
    document.add_heading("Key responsibilities", level=2)
    for duty in [
        "Pick up calls passed on by the service desk and visit staff to fix hardware and software faults",
        "Build, update and deliver laptops, desktop PCs and mobile phones for new starters and replacements",
        "Every laptop must be encrypted and recorded against its user in the asset register before it is handed "
        "over, and you must never leave a device unattended in a clinical area",
        "Repair or replace printers, scanners and smartcard readers on wards and in team bases",
        "Keep each ticket up to date so that callers know what is happening and when",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "A-level or equivalent standard of education", "E", "A"),
        ("Qualifications", "CompTIA A+ or a similar IT support qualification", "D", "A"),
        (
            "Qualifications",
            "Cyber security and information governance training, completed in your first month",
            "E",
            "N/A",
        ),
        ("Experience", "Experience of supporting computer users face to face or over the phone", "E", "A/I"),
        ("Experience", "Experience of setting up and repairing laptops, desktops and printers", "E", "A/I/T"),
        ("Experience", "Experience of IT support in a healthcare or other large organisation", "D", "A"),
        (
            "Skills",
            "Able to explain technical problems in plain language to staff who are not confident with computers",
            "E",
            "I",
        ),
        ("Skills", "Able to plan your own workload and deal with the most urgent calls first", "E", "I"),
        ("Skills", "Working knowledge of Active Directory and Microsoft Intune", "D", "I/T"),
        ("Knowledge", "Understanding of the need to keep patient and staff data secure", "E", "I"),
        ("Knowledge", "Knowledge of ITIL service management", "D", "A/I"),
        ("Other", "Able to travel between sites across the Trust, carrying equipment up to 15 kg", "E", "I"),
        (
            "Other",
            "Enhanced DBS clearance, as the post involves work on inpatient wards",
            "E",
            "Pre-employment checks",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "E = essential, D = desirable. A = application form, I = interview, T = practical test on the day of interview."
    )
    document.add_paragraph(
        "You do not need to have worked in the NHS or in mental health services before. We offer 27 days' annual "
        "leave rising to 33 with service, the NHS Pension, a laptop and phone for work, and a travel card for "
        "journeys between sites. We are unable to sponsor visas for this post."
    )
    save(document, "g2_desktop_support_technician.docx")


def g3_patients_monies_assistant() -> None:
    """New shape A: Essential and Desirable as two rows per category. "Category | Level | Requirements", the
    category merged down over its two rows, "Essential" or "Desirable" in the Level cell and several criteria in
    the Requirements cell, one paragraph each. Not criteria: a "not required" line in the Experience Essential
    cell, an enhanced DBS line in the Other Essential cell, and a training promise as the only line of the Other
    Desirable cell. Details in a four-column label table, a "must" duty among the bullets."""
    document = blank_docx("Arial")
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Patients' Monies Assistant", "Band", "Band 3"),
            ("Employer", "West London NHS Trust", "Directorate", "Finance"),
            ("Base", "Trust Headquarters, 1 Armstrong Way, Southall UB2 4SD", "Hours", "37.5 hours a week"),
            ("Reference", "WLT-FIN-0288", "Closing date", "Monday 28 February 2028"),
        ],
    )
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "Some patients on our mental health wards cannot manage their own money while they are unwell, and some "
        "stay with us for many months. The patients' monies office looks after their cash and benefits for them: "
        "it keeps each person's money safe and separate, makes sure they receive their personal allowance, and "
        "helps them keep their benefits and housing while they are in hospital."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Receive, count and bank patients' cash, and record every deposit and withdrawal on the patients' ledger",
        "Go to the wards each week with a colleague to hand patients their personal allowance",
        "Every cash withdrawal must be signed for by the patient and witnessed by a member of ward staff; you "
        "must never hand over cash without both signatures",
        "Help patients claim and keep their benefits, working with ward social workers and the Department for "
        "Work and Pensions",
        "Reconcile the patients' bank account every month and answer queries from the auditors",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Level", "Requirements"])
    rows = [
        (
            "Education and qualifications",
            "Essential",
            "GCSE maths at grade 4 (C) or above, or a Level 2 numeracy qualification",
        ),
        ("Education and qualifications", "Desirable", "AAT Level 2 Certificate in Bookkeeping or above"),
        (
            "Experience",
            "Essential",
            "Experience of handling cash and balancing takings against records\n"
            "Experience of working with members of the public who may be vulnerable or distressed\n"
            "Experience of mental health services is not required",
        ),
        (
            "Experience",
            "Desirable",
            "Experience of the benefits system, including Universal Credit and Personal Independence Payment\n"
            "Experience of working in an NHS finance department",
        ),
        (
            "Skills and abilities",
            "Essential",
            "Accurate data entry and strong attention to detail\n"
            "Able to use Excel to keep running balances and simple reconciliations\n"
            "Able to explain money matters patiently and respectfully",
        ),
        (
            "Skills and abilities",
            "Desirable",
            "Able to speak a second language used by local communities, such as Punjabi, Polish or Somali",
        ),
        (
            "Knowledge",
            "Essential",
            "Understanding of confidentiality and safeguarding when handling other people's money",
        ),
        ("Knowledge", "Desirable", "Knowledge of the Mental Capacity Act 2005 and appointeeship"),
        (
            "Other",
            "Essential",
            "Able to visit wards at St Bernard's Hospital and Lakeside each week\nSatisfactory enhanced DBS check",
        ),
        (
            "Other",
            "Desirable",
            "Training in the Trust's finance system and cash handling procedures will be given",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension, free parking at Southall and a "
        "cycle-to-work scheme. We welcome applications from people with their own experience of mental ill "
        "health. This post does not meet the requirements for Skilled Worker visa sponsorship."
    )
    save(document, "g3_patients_monies_assistant.docx")


def g4_estates_locksmith() -> None:
    """New shape B: criteria numbered by section letter (Q, E, S, K, O) under "Ref | Criteria | How assessed",
    with no level beside them; the level is given only by a "Shortlisting key" table after them that lists the
    references. E1 to E4 are Experience, not Essential: E3 is desirable. O3 and O4 (right to work, DBS) are in the
    key's "checked before an offer" line and are not criteria. A "must" duty among numbered duties; training and
    "not needed" lines in the closing paragraph."""
    document = blank_docx("Arial")
    section = document.sections[0]
    footer = "Estates and Facilities \u00b7 Job description and person specification \u00b7 January 2028"
    section.footer.paragraphs[0].text = footer
    paragraph = document.add_paragraph()
    paragraph.add_run("The Hillingdon Hospitals NHS Foundation Trust").bold = True
    document.add_heading("Estates Locksmith", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 4"),
            ("Department", f"Estates and Facilities {DASH} Maintenance"),
            (
                "Sites",
                "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN, and Mount Vernon Hospital, Rickmansworth "
                "Road, Northwood HA6 2RN",
            ),
            ("Hours", "37.5 hours a week, Monday to Friday 8am to 4pm, plus on-call duties"),
            ("Reference", "333-EST-0921"),
            ("Closing date", "09/03/2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Both of our hospitals have thousands of locked doors, from drug cupboards and medical records stores to "
        "plant rooms and wards that must stay secure. The locksmith keeps every lock, key and door fitting in "
        "working order, so that staff can get where they need to go and nobody else can."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Repair, replace and upgrade locks, door closers, panic hardware and key safes across both hospitals",
        "Cut keys and look after the master key suites for wards, pharmacy and plant rooms",
        "Every master key must be signed out and back in on the key register on the same day, and you must "
        "report a missing key to the Estates Duty Manager at once",
        "Look after the doors controlled by fobs and cards, changing permissions when the Security Manager asks",
        "Attend lock-outs and security faults, including out of hours when on call",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    document.add_paragraph(
        "Each criterion has a reference made of its section letter and a number (Q = Qualifications, "
        "E = Experience, S = Skills, K = Knowledge, O = Other). See the shortlisting key below the table."
    )
    table = header_table(document, ["Ref", "Criteria", "How assessed"])
    rows = [
        ("Qualifications",),
        ("Q1", "City & Guilds Level 2 in a construction or engineering trade, or equivalent", "Application"),
        ("Q2", "A locksmithing qualification approved by the Master Locksmiths Association", "Application"),
        ("Experience",),
        ("E1", "Experience of fitting, repairing and replacing locks on doors and furniture", "Application, interview"),
        (
            "E2",
            "Experience of working safely in occupied buildings such as schools, offices or hospitals",
            "Application, interview",
        ),
        (
            "E3",
            "Experience of installing or maintaining electronic access control or door entry systems",
            "Application, interview",
        ),
        ("E4", "Experience of cutting keys by hand and by machine", "Practical test"),
        ("Skills",),
        ("S1", "Able to use hand and power tools safely and accurately", "Practical test"),
        ("S2", "Good written English for job sheets and key records", "Application"),
        ("S3", "Able to deal calmly with staff who are locked out or under pressure", "Interview"),
        ("Knowledge",),
        ("K1", "Knowledge of fire door regulations and the hardware allowed on fire doors", "Interview"),
        ("K2", "Understanding of health and safety at work, including safe use of ladders", "Interview"),
        ("Other",),
        ("O1", "Able to join the estates on-call rota, about one week in six", "Interview"),
        ("O2", "Full UK driving licence, for travel between Hillingdon and Mount Vernon", "Application"),
        ("O3", "Right to work in the UK", "Pre-employment check"),
        ("O4", "Satisfactory basic DBS check", "Pre-employment check"),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("Shortlisting key", level=2)
    label_value_table(
        document,
        [
            ("Essential: shortlisted applicants must meet all of these", "Q1, E1, E2, E4, S1, S2, S3, K2, O1"),
            ("Desirable: used to choose between applicants who meet every essential criterion", "Q2, E3, K1, O2"),
            ("Checked before an offer is confirmed, not scored", "O3, O4"),
        ],
    )
    document.add_paragraph(
        "Hospital experience is not needed. In your first month you will be trained on our access control "
        "software and the Trust's permit to work system. We provide tools, workwear and a van for on-call work, "
        "and you will have 27 days' annual leave plus bank holidays, the NHS Pension and an on-call allowance."
    )
    save(document, "g4_estates_locksmith.docx")


G5_ITEMS = [
    ("title", "IT Asset Administrator"),
    ("bold", f"Chelsea and Westminster Hospital NHS Foundation Trust {DASH} Digital Services"),
    (
        "body",
        "Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH, with regular work at West Middlesex "
        "University Hospital in Isleworth",
    ),
    ("gap", ""),
    (
        "body",
        f"Band 3  |  {POUND}29,970 to {POUND}31,850 a year including High Cost Area Supplement  |  37.5 hours a week",
    ),
    ("body", "Applications close at 23:59 on Sunday 5 March 2028. Interviews are planned for 15 and 16 March."),
    ("heading", "About the role"),
    (
        "body",
        "Our two hospitals use around 11,000 laptops, desktop computers, phones and tablets. Our small asset team "
        "knows where each one is, who has it and when it is due to be replaced, so that nothing goes missing and "
        "old equipment is disposed of safely.",
    ),
    ("heading", "What you'll be doing"),
    ("body", "\u2022 Receive deliveries of new equipment, check them against the order and label each device"),
    (
        "body",
        "\u2022 You must record every device's asset tag and serial number before it leaves the IT store, and "
        "never release a device to anyone who cannot show a signed request",
    ),
    ("body", "\u2022 Keep the asset register up to date when devices move between staff, wards and sites"),
    ("body", "\u2022 Collect old and broken equipment and prepare it for collection by our disposal contractor"),
    ("body", "\u2022 Compare the register with network reports every month and chase devices that have gone quiet"),
    ("heading", "Essential criteria"),
    ("body", "\u2022 Good standard of education, including English and maths at GCSE level or equivalent"),
    ("body", "\u2022 Experience of stock control, asset tracking or inventory work"),
    ("body", "\u2022 Confident using spreadsheets to sort, filter and match large lists"),
    ("body", "\u2022 Highly organised, with accurate record keeping"),
    ("body", "\u2022 Able to lift and carry boxed computer equipment safely"),
    ("body", "\u2022 Able to work with staff at all levels in a friendly and professional way"),
    (
        "body",
        f"\u2022 You don't need an IT qualification {DASH} we will teach you how our asset management tool works "
        "during your first month",
    ),
    ("heading", "Desirable criteria"),
    ("body", "\u2022 Experience in an IT department or with an IT reseller"),
    ("body", "\u2022 Knowledge of how computers and mobile phones are securely wiped and disposed of"),
    ("body", "\u2022 Experience of using ServiceNow or another IT service management tool"),
    ("heading", "Training and support"),
    (
        "body",
        "You will spend your first two weeks alongside an experienced colleague. After probation we will fund the "
        "ITIL 4 Foundation certificate for anyone who wants to move on to a service desk or technician role.",
    ),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; we cannot offer visa sponsorship for this post. Offers are "
        "subject to two references and a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave, rising to 33 days with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme and NHS staff discounts"),
    ("body", "\u2022 Free shuttle bus between our two main hospitals"),
]

G6_ITEMS = [
    ("title", "Procurement Catalogue Assistant"),
    ("body", "Procurement Department, London North West University Healthcare NHS Trust"),
    ("body", "Central Middlesex Hospital, Acton Lane, Park Royal, London NW10 7NS"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our procurement team buys the goods used every day at Northwick Park, Ealing, Central Middlesex and St "
        "Mark's hospitals, from dressings and gloves to printer paper. We are looking for someone to join the "
        "catalogue team at Band 3, working 37.5 hours a week on a hybrid pattern with at least three days on site. "
        "The closing date is 16 March 2028, and interviews will be held on 29 March.",
    ),
    (
        "body",
        "Every item that a ward or department can order appears in our online catalogue with a product code, a "
        "description, a supplier and a price. You will add new products, remove ones that are no longer made and "
        "load price changes when contracts are renewed. You must check every price change against the signed "
        "contract before it goes live in the catalogue. You do not need to have worked in procurement or in the "
        "NHS before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have experience of keeping product, price or stock information up to date on a "
        "computer system. You must be confident using Excel to compare and update large price lists. Close "
        "attention to detail is essential, because one wrong price can be copied onto hundreds of orders. It is "
        "essential that you can write clear, polite emails to suppliers and ward staff. You must be able to "
        "manage a busy workload and meet weekly deadlines.",
    ),
    (
        "body",
        "Experience of working in purchasing, buying or supply chain would be beneficial. Knowledge of product "
        "codes and barcodes, such as GS1 standards, would be an advantage. A CIPS Level 2 qualification is "
        "desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, because this post cannot be sponsored "
        "under the Skilled Worker route. The successful applicant will need a basic DBS check and two references. "
        "Once you have passed probation, the Trust will pay for the CIPS Level 3 Advanced Certificate. You will "
        "also get 27 days' annual leave plus bank holidays, the NHS Pension and free parking at Central "
        "Middlesex. If you meet most, but not all, of the points above, please still apply.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    g1_fire_safety_administrator()
    g2_desktop_support_technician()
    g3_patients_monies_assistant()
    g4_estates_locksmith()
    (ADVERTS / "g5_it_asset_administrator.pdf").write_bytes(pdf_bytes(G5_ITEMS, title=(16, 56)))
    (ADVERTS / "g6_procurement_catalogue_assistant.pdf").write_bytes(pdf_bytes(G6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
