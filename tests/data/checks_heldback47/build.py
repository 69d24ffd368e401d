"""Build the Word and PDF adverts of the forty-seventh held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback47/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`; each Word file is saved with fixed core-property dates and fixed zip
time stamps, so a rebuild is byte for byte the same. The pasted-text adverts (p7, p8) are plain files and are not
built here.
"""

from __future__ import annotations

import datetime as dt
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

TICK = "\u2713"
DASH = "\u2013"
BULLET = "\u2022 "
FIXED_TIME = dt.datetime(2028, 3, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 3, 1, 9, 0, 0)  # every Word file's zip entries


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def p1_medical_gases_porter() -> None:
    """Shape 1: tick columns with category rows merged across the table. Four ticked-Essential rows are not
    criteria: training the job gives, "No previous hospital experience needed", a "Must ..." duty and the right
    to work."""
    document = blank_docx("Arial")
    document.add_paragraph().add_run("The Hillingdon Hospitals NHS Foundation Trust").bold = True
    document.add_heading("Medical Gases Porter", level=1)
    document.add_paragraph(
        "Band 2  |  Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN  |  37.5 hours a week  |  "
        "Closing date: 6 April 2028"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our facilities team keeps every ward, theatre and clinic at Hillingdon supplied with the medical gases "
        "patients depend on. As one of three medical gases porters you will run the cylinder store and the daily "
        "delivery rounds, working closely with the estates team and the ward nurses in charge."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Deliver full oxygen, Entonox and medical air cylinders to wards, theatres and clinics, and collect the "
        "empties",
        "Keep the main cylinder store tidy, locked and stocked, with full and empty cylinders kept apart",
        "Check each cylinder's label, size and expiry date before it leaves the store",
        "Record every delivery and collection on the portering handheld",
        "Help the wider portering team with patient moves once the gas rounds are done",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        (
            "Basic literacy and numeracy, enough to read cylinder labels and fill in delivery records",
            TICK,
            "",
        ),
        ("Medical gas cylinder handling training, given during induction", TICK, ""),
        ("Manual handling certificate from a previous employer", "", TICK),
        ("Experience",),
        ("Experience of portering, warehouse, delivery or other physical work", TICK, ""),
        ("No previous hospital experience needed", TICK, ""),
        ("Experience of handling gas cylinders, for example in catering, welding or a trade", "", TICK),
        ("Skills and abilities",),
        ("Able to push and steer heavy cylinder trolleys safely for most of a shift", TICK, ""),
        ("Able to follow written safety procedures exactly", TICK, ""),
        ("Must complete the daily cylinder round of every ward by 11:00", TICK, ""),
        ("Able to use a handheld scanner or tablet to record deliveries", "", TICK),
        ("Knowledge",),
        ("Understanding of why oxygen must be kept away from oil, grease and naked flames", TICK, ""),
        ("Other",),
        ("Able to work early, late and weekend shifts on a rota", TICK, ""),
        ("Right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "You will be trained by our Authorised Person for medical gases and given a full induction with the "
        "portering team. We offer 27 days' annual leave plus bank holidays, the NHS Pension, free staff parking "
        "after probation and a cycle-to-work scheme. Appointment is subject to references, occupational health "
        "clearance and a basic DBS check. We are not able to offer visa sponsorship for this post."
    )
    _save(document, "p1_medical_gases_porter.docx")


def p2_sterile_services_tracking_administrator() -> None:
    """Shape 2: rows marked E or D with the factor cell merged down and a "How assessed" column, and a details
    table with two label-value pairs a row. Three rows marked E are not criteria: e-learning the job gives, a
    "Must ..." duty and the right to work."""
    document = blank_docx("Calibri")
    document.add_paragraph("Chelsea and Westminster Hospital NHS Foundation Trust")
    document.add_heading("Sterile Services Tracking Administrator", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 3", "Hours", "37.5 hours a week, shifts between 7am and 9pm"),
            ("Department", "Sterile Services", "Contract", "Permanent"),
            (
                "Base",
                "West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF",
                "Closing date",
                "12 April 2028",
            ),
            ("Reference", "338-SSD-WM-0415", "Interviews", "Week beginning 24 April 2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our sterile services department washes, checks, packs and sterilises around 900 instrument trays a week "
        "for theatres, maternity and outpatient clinics. The tracking administrator keeps the record of every "
        "tray on T-DOC, our instrument tracking system, so that each tray can be followed from the theatre "
        "where it was used, through the unit and back again."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Update tray records and instrument lists on T-DOC when sets are changed, repaired or replaced.",
        "Run the daily reports of trays that are late, missing or overdue for service, and chase them with theatres.",
        "You must scan every tray out of the unit before it leaves for theatres, and you must never release a "
        "tray whose record shows a failed cycle.",
        "Order replacement instruments and keep the loan set log for sets borrowed from suppliers.",
        "Answer the department phone and help theatre staff find trays they need.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "GCSE English and maths at grade 4 (C) or above, or equivalent", "E", "A"),
        (
            "Qualifications",
            "Completion of the Trust's T-DOC tracking e-learning in the first month",
            "E",
            "N/A",
        ),
        ("Qualifications", "Level 2 certificate in decontamination or sterile services", "D", "A"),
        (
            "Experience",
            "Experience of data entry or stock records in an office, warehouse or production setting",
            "E",
            "A / I",
        ),
        (
            "Experience",
            "Experience of working in a sterile services or decontamination department",
            "D",
            "A / I",
        ),
        ("Skills and abilities", "Confident using Excel to sort, filter and total data", "E", "A / T"),
        ("Skills and abilities", "High level of accuracy when checking codes, labels and lists", "E", "T"),
        (
            "Skills and abilities",
            "Able to deal calmly with theatre staff who need an instrument urgently",
            "E",
            "I",
        ),
        (
            "Skills and abilities",
            "Must close every open tray record on T-DOC before the end of each shift",
            "E",
            "N/A",
        ),
        (
            "Knowledge",
            "Awareness of why each instrument set must be traceable to the patient it was used on",
            "D",
            "I",
        ),
        (
            "Other",
            "Able to work a shift pattern that includes one late shift (until 9pm) each week",
            "E",
            "I",
        ),
        ("Other", "Evidence of the right to work in the UK", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "Key: E = essential, D = desirable. How assessed: A = application form, I = interview, T = short accuracy "
        "test on the day."
    )
    document.add_paragraph(
        f"Previous NHS experience is not needed {DASH} we will train you on T-DOC and show you how a tray moves "
        "through every stage of the department. We offer 27 days' annual leave plus bank holidays, the NHS "
        "Pension, a season ticket loan and free shuttle buses to Chelsea. Offers are subject to references and a "
        "basic DBS check."
    )
    _save(document, "p2_sterile_services_tracking_administrator.docx")


def p3_patient_meal_ordering_assistant() -> None:
    """Shape 3: Essential and Desirable side by side per category. Not criteria: "Hospital experience is not
    essential ..." and the right to work as second lines of Essential cells, "N/A", an empty cell, a "You must
    ..." duty in the About the job paragraph and a food safety course in What we offer."""
    document = blank_docx("Calibri")
    document.add_heading("Patient Meal Ordering Assistant", level=1)
    document.add_paragraph(f"London North West University Healthcare NHS Trust  |  Facilities {DASH} Catering")
    document.add_paragraph(
        "Ealing Hospital, Uxbridge Road, Southall UB1 3HW  |  Band 2  |  \u00a325,840 to \u00a327,010 a year "
        "including Outer London HCAS  |  37.5 hours a week"
    )
    document.add_paragraph("Closing date: 18 April 2028    Interview date: 27 April 2028")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Every patient at Ealing Hospital chooses their meals the day before from our menu, including halal, "
        "vegetarian, soft and pureed dishes. Our meal ordering assistants visit each bed with a tablet, help "
        "patients choose, and make sure the kitchen gets every order on time. You must collect every lunch order "
        "before 10:30 and every supper order before 15:30, and you must check each order against the allergy "
        "and diet flags on the tablet before you send it."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good basic English and maths, for example GCSE grade 3 or Functional Skills Level 1",
            "Level 2 Award in Food Safety in Catering",
        ),
        (
            "Experience",
            "Experience of serving customers in a caf\u00e9, shop, restaurant or similar\n"
            f"Hospital experience is not essential {DASH} full training on our menu ordering tablets will be given",
            "Experience of helping people who have food allergies or need special diets",
        ),
        (
            "Skills",
            "Able to use a touch-screen tablet or smartphone app\n"
            "Able to talk kindly and patiently with patients who are unwell, hard of hearing or confused",
            "Speaks a language used in Ealing, such as Punjabi, Polish or Somali",
        ),
        (
            "Knowledge",
            "Understanding of why allergies and texture-modified diets must be checked before every meal",
            "N/A",
        ),
        (
            "Other",
            "Able to work a 7am to 3pm or 11am to 7pm shift, including alternate weekends\n"
            f"Right to work in the UK {DASH} we are unable to offer sponsorship for this post",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "A free food safety course in your first three months, a free meal on every shift, 27 days' annual leave "
        "plus bank holidays, the NHS Pension and a Blue Light Card. The successful candidate will need a basic "
        "DBS check and occupational health clearance."
    )
    _save(document, "p3_patient_meal_ordering_assistant.docx")


def p4_multi_skilled_estates_operative() -> None:
    """Shape 4: Essential and Desirable as two rows per category ("Category | Level | Requirements", the category
    merged down over both rows). Not criteria: "Previous NHS experience is not required" and a "Must return ..."
    duty as second lines of Essential cells, training the job gives as the only line of the Other Desirable cell,
    a "You must attend ..." duty bullet and Working for us."""
    document = blank_docx("Arial")
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Multi-Skilled Estates Operative"),
            ("Band", "Band 4"),
            ("Organisation", "West London NHS Trust"),
            ("Service", "Estates and Facilities"),
            (
                "Base",
                "St Bernard's Hospital, Uxbridge Road, Southall UB1 3EU, covering Trust sites in Ealing, Hounslow "
                "and Hammersmith and Fulham",
            ),
            ("Hours", "37.5 hours a week, Monday to Friday 8am to 4pm, with a share of the on-call rota"),
            ("Closing date", "20/04/2028"),
            ("Reference", "300-EF-WLT-0388"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Our estates team looks after mental health wards, forensic units and community bases across west "
        "London. As a multi-skilled operative you will take on day-to-day repairs in more than one trade, keep "
        "our buildings safe for patients and staff, and carry out the routine checks that keep us compliant."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Carry out reactive repairs to doors, locks, windows, plumbing, lighting and fittings",
        "Replace damaged fittings on wards with the approved anti-ligature fittings, working with the nurse in charge",
        "Run little-used water outlets every week and record hot and cold water temperatures",
        "Receive, update and close jobs on the estates helpdesk app",
        "You must attend emergency call-outs within 45 minutes when you are on call",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Level", "Requirements"])
    rows = [
        (
            "Qualifications",
            "Essential",
            "NVQ Level 2 or City & Guilds in a building or engineering trade, such as carpentry, plumbing or "
            "electrical work",
        ),
        ("Qualifications", "Desirable", "18th Edition Wiring Regulations (BS 7671) certificate"),
        (
            "Experience",
            "Essential",
            "Experience of general building maintenance and repairs\nPrevious NHS experience is not required",
        ),
        (
            "Experience",
            "Desirable",
            "Experience of maintenance work in a hospital, mental health unit or other secure setting",
        ),
        (
            "Skills",
            "Essential",
            "Able to find faults and carry out repairs across more than one trade\n"
            "Able to use a mobile phone app to receive and close jobs",
        ),
        (
            "Skills",
            "Desirable",
            "Able to carry out and record planned checks, such as monthly water temperatures",
        ),
        (
            "Knowledge",
            "Essential",
            "Working knowledge of health and safety at work, including safe use of ladders and power tools",
        ),
        (
            "Knowledge",
            "Desirable",
            "Understanding of ligature risks and anti-ligature fittings on mental health wards",
        ),
        (
            "Other",
            "Essential",
            "Full UK driving licence, to travel between Trust sites\n"
            "Must return all keys and tools to the estates workshop before the end of every shift",
        ),
        ("Other", "Desirable", "Asbestos awareness and permit-to-work training will be given during induction"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We pay an on-call allowance and provide a Trust van, uniform and tools. You will get 27 days' annual "
        "leave plus bank holidays, the NHS Pension and free parking at every site. The post needs an enhanced "
        "DBS check, and we cannot offer visa sponsorship."
    )
    _save(document, "p4_multi_skilled_estates_operative.docx")


P5_ITEMS = [
    ("title", "Rapid Response Cleaning Operative"),
    ("bold", f"London North West University Healthcare NHS Trust {DASH} Domestic Services"),
    ("body", "Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
    ("gap", ""),
    ("body", "Band 2  |  \u00a325,840 to \u00a327,010 a year, including Outer London HCAS"),
    ("body", "Permanent  |  37.5 hours a week  |  24-hour rota"),
    ("body", "Closing date: Tuesday 25 April 2028. Interviews: Thursday 4 May 2028."),
    ("heading", "About the team"),
    (
        "body",
        "Our rapid response team is sent wherever a clean is needed fast: a bed space after a discharge, a side "
        "room after an infection, a spill in the emergency department at 3am. There are twelve of us across the "
        "day, evening and night, and we are called out by the domestic services helpdesk.",
    ),
    ("heading", "What you'll be doing"),
    ("body", BULLET + "Discharge cleans of beds, lockers and bed spaces so the next patient can be admitted"),
    ("body", BULLET + "Deep cleans of side rooms and bays after patients with infections have left"),
    (
        "body",
        BULLET + "You must complete a discharge clean within 45 minutes of the request reaching your pager, and "
        "you must sign the cleaning record on the door before you leave",
    ),
    ("body", BULLET + "Operating the hydrogen peroxide vapour machines once you have been trained"),
    ("body", BULLET + "Spill and flood response anywhere on the hospital site"),
    ("heading", "What we are looking for"),
    ("bold", "Essential"),
    ("body", BULLET + "Experience of cleaning in any workplace, such as a hotel, office, school or hospital"),
    ("body", BULLET + "Able to follow a colour-coded cleaning system and written cleaning schedules"),
    ("body", BULLET + "Understanding of why hand hygiene and protective equipment stop infections spreading"),
    ("body", BULLET + "Able to walk, bend and push a cleaning trolley for most of a shift"),
    ("body", BULLET + "Able to work alone and respond quickly when called by radio or pager"),
    ("body", BULLET + "Available for a rota of early, late and night shifts, including weekends and bank holidays"),
    (
        "body",
        BULLET + f"No experience of hospital cleaning needed {DASH} we will train you in our deep clean and "
        "discharge clean methods",
    ),
    ("bold", "Desirable"),
    ("body", BULLET + "Experience of using a hydrogen peroxide vapour (HPV) or UV-C disinfection machine"),
    ("body", BULLET + "British Institute of Cleaning Science (BICSc) certificate"),
    ("body", BULLET + "Experience of cleaning a room after an infection such as C. difficile or norovirus"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need to show that you have the right to work in the UK; we cannot sponsor a visa for this post. "
        "Offers are subject to two references, a basic DBS check and an occupational health check, including "
        "your vaccination history.",
    ),
    ("heading", "What we offer"),
    ("body", BULLET + "The BICSc Licence to Practise, paid for by us, in your first year"),
    ("body", BULLET + "Unsocial hours payments for nights, weekends and bank holidays"),
    ("body", BULLET + "27 days' annual leave plus bank holidays and the NHS Pension"),
]

P6_ITEMS = [
    ("title", "Linen Room Supervisor"),
    ("body", "Facilities, Central and North West London NHS Foundation Trust"),
    ("body", "St Charles Centre for Health and Wellbeing, Exmoor Street, London W10 6DZ"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our linen room at St Charles supplies sheets, towels, curtains and patients' clothing to eight mental "
        "health wards and the community teams on the site. We are looking for a Linen Room Supervisor at Band 3, "
        "working 37.5 hours a week from Monday to Friday. The closing date is Friday 28 April 2028, and interviews "
        "will be held in the week beginning 8 May.",
    ),
    (
        "body",
        "You will lead a team of three linen assistants, agree stock levels with each ward, order from the "
        "laundry contractor and keep the patients' own clothing service running. You must count every linen "
        "delivery against the laundry's delivery note before you sign for it. You do not need to have worked in "
        "a hospital before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have supervised or led a small team in any kind of workplace. You must be able "
        "to keep accurate stock counts and order records on a spreadsheet. Experience of working in a laundry, "
        "linen room, hotel housekeeping department or warehouse is essential. It is essential that you can deal "
        "tactfully but firmly with ward staff who ask for more linen than their agreed stock. You must be able to "
        "lift, push and move full linen cages safely.",
    ),
    (
        "body",
        "Knowledge of how infected or soiled linen should be bagged and handled would be beneficial. A Level 2 "
        "qualification in team leading would be an advantage. Experience of sewing repairs or of name-labelling "
        "patients' own clothing is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post cannot be sponsored, and "
        "the successful candidate will need an enhanced DBS check because the linen room serves inpatient wards. "
        "After probation we will fund a Level 3 team leader apprenticeship for anyone who wants to progress. You "
        "will benefit from 27 days' annual leave plus bank holidays, the NHS Pension, a season ticket loan and "
        "our staff wellbeing service.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    p1_medical_gases_porter()
    p2_sterile_services_tracking_administrator()
    p3_patient_meal_ordering_assistant()
    p4_multi_skilled_estates_operative()
    (ADVERTS / "p5_rapid_response_cleaning_operative.pdf").write_bytes(pdf_bytes(P5_ITEMS, title=(16, 56)))
    (ADVERTS / "p6_linen_room_supervisor.pdf").write_bytes(pdf_bytes(P6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
