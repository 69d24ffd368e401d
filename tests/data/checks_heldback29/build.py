"""Build the Word and PDF adverts of the twenty-ninth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback29/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
helpers and the small PDF writer are in `tests/data/advert_files.py`, shared with the other held-back sets'
scripts; the ruled table in m6 is drawn here with that file's `pdf_file` and `pdf_text`. Every Word file is saved
with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The pasted-text
adverts (m7 and m8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from docx.shared import Cm  # noqa: E402

from tests.data.advert_files import (  # noqa: E402
    add_rows_merging_categories_down,
    add_rows_side_by_side,
    add_rows_with_category_rows,
    blank_docx,
    header_table,
    label_value_table,
    pdf_bytes,
    pdf_file,
    pdf_text,
    save_docx,
)

ADVERTS = HERE / "adverts"

TICK = "\u2713"  # a plain check mark
DASH = "\u2013"
BULLET = "\u2022 "
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2027, 12, 6, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2027, 12, 6, 9, 0, 0)  # every Word file's zip entries


def set_widths(table, widths_cm: list[float]) -> None:
    """Give each column a width, as a person-specification template would; rows whose cells are merged across the
    table (category rows) keep the full width."""
    table.autofit = False
    for row in table.rows:
        if len({cell._tc for cell in row.cells}) < len(widths_cm):
            continue
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def m1_healthcare_support_worker_care_of_older_people() -> None:
    """Common shape: a `Criteria | Essential | Desirable` table with a check mark in one column and the other cell
    empty, category rows merged across the table. Four ticked-Essential rows are not criteria: the clinical
    induction the job gives, "Previous hospital experience is not required", a "Must help patients ..." duty and
    the right to work."""
    document = blank_docx("Arial")
    document.add_heading(f"Healthcare Support Worker {DASH} Care of Older People", level=1)
    document.add_paragraph().add_run("Imperial College Healthcare NHS Trust").bold = True
    document.add_paragraph("Care of Older People wards, Charing Cross Hospital, Fulham Palace Road, London W6 8RF")
    document.add_paragraph(
        f"Band 2 | {POUND}25,480 to {POUND}26,310 a year plus Inner London High Cost Area Supplement | "
        "37.5 hours a week | Permanent"
    )
    document.add_paragraph("Closing date: Sunday 16 January 2028")
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "Our care of older people wards at Charing Cross look after people in their eighties and nineties who "
        "come in with falls, infections and sudden confusion, and who often stay with us for two or three weeks "
        "before going home or on to rehabilitation. As a healthcare support worker you will work alongside our "
        "nurses and therapists, giving the everyday care that helps our patients stay comfortable, safe and as "
        "independent as possible."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Help patients to wash, dress, use the toilet and move about the ward, following their care plan",
        "Make beds, keep bed spaces tidy and report any faulty equipment",
        "Sit with patients who are anxious or restless, and let the nurse in charge know about any change",
        "Take and record observations once you have been trained and signed off as competent",
        "Keep fluid and food charts up to date and pass on anything that worries you",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        (
            "Able to read, write and speak English well enough to follow care plans and fill in charts",
            TICK,
            "",
        ),
        ("Care Certificate, or willing to complete it in your first 12 weeks", TICK, ""),
        ("NVQ or QCF Level 2 in Health and Social Care, or equivalent", "", TICK),
        (
            "Trust clinical induction, including basic life support and moving and handling, in your first two weeks",
            TICK,
            "",
        ),
        ("Experience",),
        ("Experience of working with members of the public, paid or voluntary", TICK, ""),
        ("Experience of giving personal care in a hospital or care home", "", TICK),
        ("Previous hospital experience is not required", TICK, ""),
        ("Experience of supporting people living with dementia", "", TICK),
        ("Skills and abilities",),
        (
            "Able to communicate kindly and clearly with older people, including those with hearing or memory problems",
            TICK,
            "",
        ),
        ("Able to work as part of a team and take direction from registered nurses", TICK, ""),
        ("Able to record temperature, pulse and blood pressure accurately", "", TICK),
        (
            "Must help patients to eat and drink at every mealtime and record what they take on the food chart",
            TICK,
            "",
        ),
        ("Knowledge",),
        ("Understanding of why privacy and dignity matter during personal care", TICK, ""),
        ("Awareness of safeguarding adults and how to raise a concern", TICK, ""),
        ("Other",),
        ("Able to work early, late and night shifts, including weekends and bank holidays", TICK, ""),
        ("Right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    set_widths(table, [11.0, 2.5, 2.5])
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; a season "
        "ticket loan; free flu vaccination; and access to our staff wellbeing and financial support services. We "
        "are a London Living Wage employer. The post is subject to an enhanced DBS check with the adults' barred "
        "list and two satisfactory references. We are happy to talk about flexible working."
    )
    save(document, "m1_healthcare_support_worker_care_of_older_people.docx")


def m2_reablement_support_worker() -> None:
    """Common shape: `Area | Criteria | E/D | How assessed`, the area merged down the first column, E and D rows
    mixed within an area, and the key after the table. Two rows marked E are not criteria: training the job
    gives (assessed "N/A") and the right to work with an enhanced DBS check (assessed "Pre-employment")."""
    document = blank_docx("Calibri")
    document.add_heading(f"Reablement Support Worker {DASH} Community Independence Service", level=1)
    document.add_paragraph().add_run("Central London Community Healthcare NHS Trust").bold = True
    for line in [
        f"Pay band: Band 3 ({POUND}28,360 to {POUND}30,170 a year plus Inner London High Cost Area Supplement)",
        "Hours: 37.5 a week on a seven-day rota between 8am and 8pm",
        "Base: Parkview Centre for Health and Wellbeing, White City, with home visits across Hammersmith and Fulham",
        "Closing date: 23/01/2028",
    ]:
        document.add_paragraph(line)
    document.add_heading("About the service", level=2)
    document.add_paragraph(
        "The Community Independence Service helps adults, most of them over 65, to get back on their feet at home "
        "after a spell in hospital, a fall or a period of illness. Our occupational therapists, physiotherapists "
        "and nurses set each person's goals, and our reablement support workers visit up to four times a day for "
        "as long as six weeks to help them reach those goals."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Visit people at home and help them to practise everyday tasks such as washing, dressing and making a "
        "simple meal",
        "Follow the goals set by the therapists and report progress at the daily huddle",
        "Deliver and fit simple equipment such as raised toilet seats, perching stools and bed levers",
        "You must record every visit on SystmOne before the end of your shift",
        "Tell the duty therapist the same day if someone is not managing or has had a fall",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "Level 2 qualification in health and social care, or equivalent experience",
            "E",
            "A",
        ),
        ("Qualifications", "Level 3 Diploma in Adult Care", "D", "A"),
        (
            "Qualifications",
            "Trust moving and handling and lone working training, completed in your first month",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of supporting adults with personal care in their own homes or in a residential setting",
            "E",
            "A/I",
        ),
        ("Experience", "Experience of helping people regain their independence after illness or injury", "D", "A/I"),
        ("Experience", "Experience of working alongside therapists or nurses", "D", "A"),
        (
            "Skills",
            "Able to encourage people to do things for themselves rather than doing tasks for them",
            "E",
            "I",
        ),
        ("Skills", "Good written English for keeping clear, accurate visit records", "E", "A"),
        ("Skills", "Able to use a smartphone or tablet to record visits", "E", "A/I"),
        (
            "Skills",
            "Speaks a community language used in Hammersmith and Fulham, such as Arabic, Somali or Polish",
            "D",
            "A",
        ),
        (
            "Knowledge",
            "Understanding of how to keep yourself safe when working alone in people's homes",
            "E",
            "I",
        ),
        ("Knowledge", "Basic knowledge of what makes a home unsafe for someone at risk of falling", "D", "I"),
        (
            "Other",
            "Able to travel independently between visits across the borough, on foot, by bike or by public transport",
            "E",
            "I",
        ),
        ("Other", "Right to work in the UK and a satisfactory enhanced DBS check", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "Key: E = essential, D = desirable. How assessed: A = application form, I = interview, N/A = not assessed "
        "at shortlisting or interview."
    )
    document.add_paragraph(
        f"No previous reablement experience is needed {DASH} our therapists will teach you the reablement approach "
        "during a two-week induction. A work mobile phone, which is essential for lone working, is provided, and "
        "we pay for an Oyster card or give you a pool bike. You will also get 27 days' annual leave plus bank "
        "holidays, the NHS Pension Scheme and paid time to study for the Level 3 Diploma after probation."
    )
    save(document, "m2_reablement_support_worker.docx")


def m3_dementia_and_delirium_support_worker() -> None:
    """Common shape: a details table, then `Category | Essential | Desirable` with several lines in a cell. Two
    lines in Essential cells are not criteria ("Hospital experience is not essential – full training ..." and the
    right to work without sponsorship); "N/A" in the Other Desirable cell."""
    document = blank_docx("Calibri")
    document.add_heading("Job advert and person specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Dementia and Delirium Support Worker"),
            ("Organisation", "Chelsea and Westminster Hospital NHS Foundation Trust"),
            ("Department", f"Older People's Services {DASH} Dementia and Delirium Team"),
            ("Band", "Band 3"),
            ("Salary", f"{POUND}28,360 {DASH} {POUND}30,170 per annum plus Outer London High Cost Area Supplement"),
            ("Base", "West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF"),
            ("Hours", "37.5 per week, including some evenings and weekends"),
            ("Closing date", "2 February 2028"),
        ],
    )
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "Around a third of the older people admitted to West Middlesex are living with dementia, and many more "
        "become suddenly confused while they are unwell. Our small team works across the medical and surgical "
        "wards to make a hospital stay less frightening: spending time with patients, helping ward staff to "
        "understand each person, and keeping families involved. You must complete a 'This is me' profile with "
        "each patient or their family within 48 hours of referral, and you will run the weekly activity "
        "sessions in our day room."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good standard of education, including GCSE English and maths at grade 4 (C) or equivalent\n"
            "Care Certificate",
            "Level 3 qualification in health and social care\nTier 2 dementia training",
        ),
        (
            "Experience",
            "Experience of working with older people in a hospital, care home or day centre\n"
            f"Hospital experience is not essential {DASH} full training in delirium screening will be given",
            "Experience of running group or one-to-one activities such as music, reminiscence or crafts",
        ),
        (
            "Skills",
            "Able to calm and reassure people who are confused, frightened or distressed\n"
            "Able to talk sensitively with families and carers",
            "Speaks Punjabi, Hindi, Urdu, Polish or another language common in Hounslow",
        ),
        (
            "Knowledge",
            "Understanding of the difference between dementia and delirium",
            "Knowledge of the Mental Capacity Act 2005",
        ),
        (
            "Other",
            "Able to work some evenings and weekends on a rota\n"
            "Right to work in the UK (we are unable to offer visa sponsorship for this role)",
            "N/A",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension Scheme, discounted staff parking and "
        "a free shuttle bus to Chelsea and Westminster Hospital. Appointment is subject to an enhanced DBS check "
        "and satisfactory references. We welcome applications from people who have cared for a family member "
        "and want to make it their job."
    )
    save(document, "m3_dementia_and_delirium_support_worker.docx")


def m4_transfer_of_care_hub_coordinator() -> None:
    """Shape new to the held-back sets: one tick table for both the level and the way each criterion is
    assessed, `Criteria | Essential | Desirable | Application | Interview | Test`, with the same check mark in
    all five mark columns, so a row carries two or three ticks. Category rows are merged across the table. One
    row has assessment ticks but no tick in either level column (gold `check`). Two rows ticked Essential with no
    assessment tick are not criteria (e-learning the job gives; DBS and right to work)."""
    document = blank_docx("Arial")
    document.add_heading("Transfer of Care Hub Coordinator", level=1)
    document.add_paragraph().add_run("The Hillingdon Hospitals NHS Foundation Trust").bold = True
    for line in [
        f"Transfer of Care Hub {DASH} Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN",
        f"Band 4 | {POUND}31,050 to {POUND}34,280 a year, including Outer London High Cost Area Supplement | "
        "37.5 hours | Permanent",
        "Closing date: Wednesday 9 February 2028 | Interviews: Tuesday 22 February 2028",
    ]:
        document.add_paragraph(line)
    document.add_heading("About the hub", level=2)
    document.add_paragraph(
        "The Transfer of Care Hub brings together hospital discharge nurses, Hillingdon Council's social workers "
        "and community health colleagues in one office, so that patients who are medically ready to leave "
        "Hillingdon Hospital can go home, or to a rehabilitation or care home bed, without waiting. As a "
        "coordinator you will be the hub's point of contact for wards, care agencies, care homes and families."
    )
    document.add_heading("Key responsibilities", level=2)
    for duty in [
        "Log every referral from the wards on the hub tracker; every referral must be logged within one hour "
        "of arrival",
        "Book patient transport and check that equipment and medicines are ready for the day of discharge",
        "Chase care agencies and care homes for start dates and pass updates to the ward and the family",
        "Prepare the list for the 9.30am and 2pm hub meetings and record the actions agreed",
        "Send the daily delayed discharge figures to the site management team by 11am",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable", "Application", "Interview", "Test"])
    rows = [
        ("Qualifications and training",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, "", TICK, "", ""),
        ("NVQ Level 3 in Business Administration, or equivalent", "", TICK, TICK, "", ""),
        (
            "Completion of the Trust's discharge pathways e-learning within six weeks of starting",
            TICK,
            "",
            "",
            "",
            "",
        ),
        ("Experience",),
        (
            "Experience of working in a busy administrative or coordinating role in health or social care",
            TICK,
            "",
            TICK,
            TICK,
            "",
        ),
        (
            "Experience of arranging hospital discharges, care packages or patient transport",
            "",
            TICK,
            TICK,
            TICK,
            "",
        ),
        ("Experience of taking minutes at multidisciplinary meetings", "", TICK, TICK, "", ""),
        ("Experience of using an electronic patient record such as Cerner", "", "", TICK, TICK, ""),
        ("Skills and abilities",),
        ("Good keyboard skills and accurate data entry", TICK, "", TICK, "", TICK),
        ("Confident using Microsoft Excel and Outlook", TICK, "", TICK, "", TICK),
        (
            "Able to speak clearly and persuasively on the phone to care providers, families and ward staff",
            TICK,
            "",
            "",
            TICK,
            "",
        ),
        ("Able to prioritise a changing workload and stay calm under pressure", TICK, "", TICK, TICK, ""),
        ("Knowledge",),
        (
            "Awareness of confidentiality and data protection when sharing patient information",
            TICK,
            "",
            "",
            TICK,
            "",
        ),
        (
            "Understanding of the hospital discharge pathways (0 to 3) and Discharge to Assess",
            "",
            TICK,
            "",
            TICK,
            "",
        ),
        (
            "Knowledge of how adult social care is arranged and paid for by local councils",
            "",
            TICK,
            "",
            TICK,
            "",
        ),
        ("Other",),
        ("Able to work one weekend day in four on a rota", TICK, "", "", TICK, ""),
        ("Satisfactory basic DBS check and proof of the right to work in the UK", TICK, "", "", "", ""),
    ]
    add_rows_with_category_rows(table, rows)
    set_widths(table, [7.0, 1.9, 1.9, 2.1, 1.9, 1.4])
    document.add_paragraph(
        "Application = shortlisting from your application form and supporting information. Interview = "
        "questions at interview. Test = a short computer exercise on the day of the interview."
    )
    document.add_heading("Why work with us", level=2)
    document.add_paragraph(
        f"Previous NHS experience is not needed {DASH} you will shadow an experienced coordinator for your first "
        "month. We offer 27 days' annual leave plus bank holidays, the NHS Pension Scheme, reduced-rate staff "
        "parking, an on-site nursery and a cycle-to-work scheme."
    )
    save(document, "m4_transfer_of_care_hub_coordinator.docx")


M5_ITEMS = [
    ("title", "Falls Prevention Support Worker"),
    ("bold", f"Central and North West London NHS Foundation Trust {DASH} Hillingdon Community Falls Service"),
    (
        "body",
        "Based at Mount Vernon Hospital, Rickmansworth Road, Northwood HA6 2RN, with home visits across Hillingdon",
    ),
    ("gap", ""),
    (
        "body",
        f"Band 3 | {POUND}28,120 to {POUND}30,050 a year pro rata, including Outer London High Cost Area Supplement",
    ),
    ("body", "Permanent | 30 hours a week over four days"),
    ("body", "Closing date: Monday 14 February 2028. Interviews will be held in the week beginning 28 February."),
    ("heading", "About the service"),
    (
        "body",
        "One in three people over 65 has a fall each year, and a fall is often the reason an older person loses "
        "confidence and stops going out. Our team of physiotherapists, occupational therapists and support "
        "workers sees people in Hillingdon who have fallen or are at risk of falling, at home and in community "
        "exercise groups, and helps them stay steady on their feet.",
    ),
    ("heading", "What you'll be doing"),
    ("body", f"{BULLET}Visit people at home to go through their strength and balance exercises with them"),
    ("body", f"{BULLET}Co-run our weekly community exercise classes in Uxbridge, Hayes and Ruislip"),
    (
        "body",
        f"{BULLET}You must check each person's walking aid and home for trip hazards at every visit and record "
        "what you find",
    ),
    ("body", f"{BULLET}Fit pendant alarms and simple equipment, and refer to the council's handyperson service"),
    ("body", f"{BULLET}Keep your caseload up to date on SystmOne and report any concerns to the physiotherapist"),
    ("heading", "Essential criteria"),
    ("body", f"{BULLET}Care Certificate or a Level 2 qualification in health and social care"),
    ("body", f"{BULLET}Experience of working with older people in a health, social care or fitness setting"),
    ("body", f"{BULLET}Able to demonstrate simple exercises and adapt them for people with limited mobility"),
    (
        "body",
        f"{BULLET}Able to explain health advice in plain language to people with hearing, sight or memory difficulties",
    ),
    ("body", f"{BULLET}Good organisational skills to plan your own diary of home visits"),
    ("body", f"{BULLET}Able to use a computer to update electronic patient records"),
    ("body", f"{BULLET}Able to travel between people's homes across Hillingdon"),
    (
        "body",
        f"{BULLET}No experience of falls prevention is needed {DASH} you will complete the Otago exercise leader "
        "course with us",
    ),
    ("body", f"{BULLET}Enhanced DBS check with the adults' barred list"),
    ("heading", "Desirable criteria"),
    ("body", f"{BULLET}Otago Exercise Programme leader certificate or another exercise instructor qualification"),
    ("body", f"{BULLET}Experience of leading exercise or activity groups"),
    (
        "body",
        f"{BULLET}Knowledge of common causes of falls in older people, such as medicines, poor eyesight and low "
        "blood pressure",
    ),
    ("body", f"{BULLET}Full UK driving licence and use of a car for work"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK; this post does not meet the requirements for visa "
        "sponsorship. We will ask for two references covering the last three years.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET}27 days' annual leave rising to 33 with service, plus bank holidays"),
    ("body", f"{BULLET}NHS Pension Scheme and NHS discounts"),
    ("body", f"{BULLET}Free parking at Mount Vernon and mileage paid at the Agenda for Change rate"),
    ("body", f"{BULLET}A funded Level 3 apprenticeship for support workers who want to progress"),
]


# ------------------------------------------------------------------------------------ m6: a ruled table in a PDF

M6_TOP = [
    ("title", f"Senior Therapy Assistant {DASH} Intermediate Care"),
    ("bold", "London North West University Healthcare NHS Trust"),
    ("body", "Ealing Community Services | Home-Based Intermediate Care Team | Ealing Hospital, Uxbridge Road, UB1 3HW"),
    ("body", f"Agenda for Change Band 4 | {POUND}31,050 to {POUND}34,280 a year including Outer London HCAS"),
    ("body", "Permanent | 37.5 hours a week, Monday to Sunday on a rota | Closing date: 21/02/2028"),
    ("heading", "About the team"),
    (
        "body",
        "Our home-based intermediate care team supports people in Ealing, most of them over 70, for up to six "
        "weeks after a hospital stay or a sudden illness, so that they can stay at home rather than move into "
        "a care home. Physiotherapists and occupational therapists plan each person's rehabilitation, and our "
        "senior therapy assistants carry out much of it in people's own homes.",
    ),
    ("heading", "Main duties"),
    ("body", f"{BULLET}Carry out home visits on your own to deliver exercise and daily living programmes"),
    ("body", f"{BULLET}Order, deliver and fit equipment, and show people and their carers how to use it"),
    ("body", f"{BULLET}Supervise and support the Band 3 assistants and students on placement"),
    (
        "body",
        f"{BULLET}Every home visit must be written up in the patient's record on the same day, before you log off",
    ),
]

M6_ROWS: list[tuple[str, ...]] = [
    ("Qualifications",),
    ("NVQ Level 3 in Health and Social Care, or equivalent knowledge and experience", "Yes", "A"),
    ("Moving and handling key trainer certificate", "No", "A"),
    ("Band 4 therapy assistant competency workbook, completed in your first six months", "Yes", "N/A"),
    ("Experience",),
    ("At least one year's experience as a therapy assistant or rehabilitation support worker", "Yes", "A/I"),
    ("Experience of working in the community or in people's homes", "No", "A/I"),
    ("Experience of teaching or supervising junior staff or students", "No", "I"),
    ("Skills and abilities",),
    ("Able to carry out assessments delegated by a therapist, such as kitchen or stair assessments", "Yes", "I"),
    ("Able to write clear notes and goals in the patient record", "Yes", "A/I"),
    ("Able to measure for and fit walking aids and small equipment safely", "Yes", "I"),
    ("Able to use SystmOne", "No", "A"),
    ("Knowledge",),
    ("Understanding of the aims of intermediate care and reablement", "Yes", "I"),
    (
        "Knowledge of local services for older people in Ealing, such as day centres and befriending schemes",
        "No",
        "I",
    ),
    ("Other",),
    ("Able to drive, with use of a car for home visits", "Yes", "A"),
    ("Right to work in the UK (this post cannot be sponsored)", "Yes", "Pre-employment"),
]

M6_BOTTOM = [
    (
        "body",
        "Criteria marked No are desirable: they help us choose between applicants but you can apply without them. "
        "How assessed: A = application form, I = interview.",
    ),
    ("heading", "What we offer"),
    (
        "body",
        "27 days' annual leave plus bank holidays, the NHS Pension Scheme, mileage paid at the Agenda for Change "
        "rate, free parking at Ealing Hospital and support to train as a Nursing Associate or a therapist "
        "through an apprenticeship. The post is subject to an enhanced DBS check and two satisfactory references.",
    ),
]

LEFT, RIGHT, TOP = 56, 539, 842 - 56
COLUMNS = [(56, 371), (371, 451), (451, 539)]  # Criteria | Essential? | How assessed
TABLE_SIZE, TABLE_LEADING, CELL_PAD = 9, 11, 4


def _text(font: str, size: int, x: float, y: float, text: str) -> str:
    return f"BT /{font} {size} Tf {x} {y} Td ({pdf_text(text)}) Tj ET"


def _flow(items: list[tuple[str, str]], y: float) -> tuple[list[str], float]:
    """Headings and paragraphs top to bottom from y, as in advert_files.pdf_bytes (one page is enough here)."""
    fonts = {"title": ("F2", 16, 22), "heading": ("F2", 12, 18), "bold": ("F2", 10, 14), "body": ("F1", 10, 14)}
    wrap = {"title": 56, "heading": 80, "bold": 90, "body": 96}
    ops = []
    for style, text in items:
        font, size, leading = fonts[style]
        if style == "heading":
            y -= 6
        indent = "   " if text.startswith(BULLET) else ""
        for line in textwrap.wrap(text, wrap[style], subsequent_indent=indent):
            y -= leading
            ops.append(_text(font, size, LEFT, y, line))
    return ops, y


def _table(rows: list[tuple[str, ...]], y: float) -> tuple[list[str], float]:
    """A ruled table drawn row by row: a bold header row, shaded category rows spanning the table, and body rows
    whose criteria wrap inside the first column. Each row's cells are drawn left to right."""
    ops = ["0.5 w"]
    widths = [int((right - left - 2 * CELL_PAD) / (TABLE_SIZE * 0.5)) for left, right in COLUMNS]
    header = ("Criteria", "Essential?", "How assessed")
    body = [(header, "header")] + [(row, "category" if len(row) == 1 else "row") for row in rows]
    for cells, kind in body:
        if kind == "category":
            lines_per_cell = [[cells[0]]]
        else:
            lines_per_cell = [textwrap.wrap(text, width) for text, width in zip(cells, widths, strict=True)]
        height = max(len(lines) for lines in lines_per_cell) * TABLE_LEADING + 2 * CELL_PAD
        bottom = y - height
        if kind != "row":
            shade = "0.85" if kind == "header" else "0.93"
            ops.append(f"{shade} g {LEFT} {bottom} {RIGHT - LEFT} {height} re f 0 g")
        ops.append(f"{LEFT} {bottom} {RIGHT - LEFT} {height} re S")
        if kind != "category":
            ops.extend(f"{left} {bottom} m {left} {y} l S" for left, _ in COLUMNS[1:])
        font = "F1" if kind == "row" else "F2"
        for (left, _), lines in zip(COLUMNS, lines_per_cell, strict=False):
            line_y = y - CELL_PAD - TABLE_SIZE
            for line in lines:
                ops.append(_text(font, TABLE_SIZE, left + CELL_PAD, line_y, line))
                line_y -= TABLE_LEADING
        y = bottom
    return ops, y


def m6_pdf() -> bytes:
    """Shape new to the held-back sets: a ruled person-specification table whose only level column is headed
    "Essential?" and holds "Yes" or "No"; "No" means desirable, which only a note under the table says. Two rows
    answered "Yes" are not criteria (the competency workbook the job gives, assessed "N/A", and the right to
    work, assessed "Pre-employment"). Page 1 has the job details and duties, page 2 the table and benefits."""
    page1, _ = _flow(M6_TOP, TOP)
    heading, y = _flow([("heading", "Person specification")], TOP)
    table, y = _table(M6_ROWS, y - 6)
    bottom, _ = _flow(M6_BOTTOM, y - 4)
    pages = [page1, heading + table + bottom]

    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for page in pages:
        stream = "\n".join(page).encode("latin-1")
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
        content = len(objects)
        objects.append(
            (
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {content} 0 R >>"
            ).encode()
        )
        kids.append(len(objects))
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    return pdf_file(objects)


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    m1_healthcare_support_worker_care_of_older_people()
    m2_reablement_support_worker()
    m3_dementia_and_delirium_support_worker()
    m4_transfer_of_care_hub_coordinator()
    (ADVERTS / "m5_falls_prevention_support_worker.pdf").write_bytes(pdf_bytes(M5_ITEMS, title=(16, 56)))
    (ADVERTS / "m6_senior_therapy_assistant_intermediate_care.pdf").write_bytes(m6_pdf())


if __name__ == "__main__":
    main()
