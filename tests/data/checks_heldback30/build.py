"""Build the adverts of the thirtieth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback30/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (r7 and r8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402

from tests.data.advert_files import (  # noqa: E402
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    add_rows_merging_categories_down,
    add_rows_side_by_side,
    add_rows_with_category_rows,
    blank_docx,
    bold_cell,
    fill_cell,
    header_table,
    label_value_table,
    pdf_bytes,
    pdf_file,
    pdf_text,
    save_docx,
)

ADVERTS = HERE / "adverts"

# A square-root sign, which many people type as a tick in Word (Alt+251 / Insert > Symbol).
ROOT_TICK = "\u221a"
DASH = "\u2013"
FIXED_TIME = dt.datetime(2027, 12, 6, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2027, 12, 6, 9, 0, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def r1_ward_host() -> None:
    """Job details as plain lines under the title; duties as Word bullets with a "must" in one; a tick-column
    person specification ("Criteria | Essential | Desirable") with category rows merged across and a square-root
    sign as the tick; three ticked-Essential rows that are not criteria (e-learning given at induction, "No previous
    hospital experience is necessary", right to work); benefits and a basic DBS line after the table."""
    document = blank_docx("Arial")
    document.add_heading("Ward Host", level=1)
    document.add_paragraph("Chelsea and Westminster Hospital NHS Foundation Trust")
    document.add_paragraph(
        f"Facilities {DASH} Patient Catering, Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH"
    )
    document.add_paragraph(
        "Band 2  |  \u00a329,470 to \u00a330,120 a year including Inner London High Cost Area Supplement  |  "
        "37.5 hours a week, worked over 7 days"
    )
    document.add_paragraph("Closing date: 20 January 2028  |  Reference: 364-FAC-0931")
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "Our ward hosts make sure every patient gets the meals and drinks they have chosen, at the right "
        "temperature and the right time. You will be part of the ward team on one of our adult or children's "
        "wards, working closely with the nurses and with the catering team in the main kitchen. Ward hosts "
        "are often the friendly face patients see most during the day."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Take patients' meal choices for the next day on the electronic menu system",
        "Serve breakfast, lunch and supper, and offer hot and cold drinks between meals",
        "You must check each patient's diet code and allergy status on the ward board before serving any food or drink",
        "Fill in food record charts when the nurse in charge asks you to",
        "Keep the ward pantry clean and record the fridge temperature twice a day",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    e, d = (ROOT_TICK, ""), ("", ROOT_TICK)
    rows = [
        ("Qualifications and training",),
        ("Level 2 Award in Food Safety in Catering, or an equivalent food hygiene certificate", *e),
        ("Good standard of spoken and written English", *e),
        ("NVQ Level 2 in Hospitality or Food Service", *d),
        ("Allergen awareness e-learning, completed during your Trust induction", *e),
        ("Experience",),
        (
            "Experience of serving food or drinks to the public, for example in a caf\u00e9, restaurant or care home",
            *e,
        ),
        ("No previous hospital experience is necessary", *e),
        ("Experience of working with older people or people who are unwell", *d),
        ("Skills and abilities",),
        ("Able to talk kindly and patiently with patients who are confused, hard of hearing or upset", *e),
        ("Able to use a handheld tablet or smartphone to record orders", *e),
        ("Able to follow allergen and special diet instructions exactly", *e),
        ("Able to speak a second language used by our patients", *d),
        ("Knowledge",),
        ("Awareness of why good nutrition and hydration help patients recover", *d),
        ("Other",),
        ("Able to work early shifts from 7am and one weekend in two", *e),
        ("Physically able to push a loaded food trolley and stand for most of a shift", *e),
        (f"Right to work in the UK {DASH} we cannot offer visa sponsorship for this role", *e),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "A two-week paid induction with an experienced ward host as your buddy, 27 days' annual leave plus bank "
        "holidays, the NHS Pension, a free hot meal on every shift and Blue Light Card discounts for essential "
        "workers. This post is subject to a basic DBS check and two satisfactory references."
    )
    save(document, "r1_ward_host.docx")


def r2_emergency_department_porter() -> None:
    """The employer as the heading and every job detail in a label table with no header row; numbered duties with
    a "must" in one; rows marked E or D under "Factor | Criteria | E/D | How assessed" with the factor merged down
    and E and D interleaved; an induction row marked E (assessed N/A) and an occupational health row marked E
    (assessed Pre-employment) that are not criteria; the key, a no-experience line, no sponsorship and benefits."""
    document = blank_docx("Calibri")
    document.add_heading("The Hillingdon Hospitals NHS Foundation Trust", level=1)
    document.add_paragraph("Job description and person specification")
    label_value_table(
        document,
        [
            ("Job title", "Emergency Department Porter"),
            ("Band", "Band 2"),
            ("Department", f"Portering Services {DASH} Emergency Department"),
            ("Base", "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"),
            ("Hours", "37.5 hours a week on a rotating pattern of days, nights and weekends"),
            ("Salary", "\u00a327,390 to \u00a328,400 a year including Outer London High Cost Area Supplement"),
            ("Closing date", "27/01/2028"),
            ("Interviews", "08/02/2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The Emergency Department porters are based in A&E around the clock. They move patients safely and "
        "quickly to scans, theatres and wards, so that the department keeps flowing and no one waits longer "
        "than they need to."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Move patients on trolleys, beds and wheelchairs between the Emergency Department, X-ray, CT and the wards.",
        "Take urgent samples to pathology and collect blood products from the blood bank.",
        "Every transfer must be logged on the portering task app as soon as it is finished.",
        "Help the nursing team to move patients who have died to the mortuary, with care and dignity.",
        "Attend cardiac arrest and trauma calls in the department and bring equipment when asked.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    edu, exp, skl, oth = (
        "Education and qualifications",
        "Experience",
        "Skills and abilities",
        "Personal qualities and other",
    )
    rows = [
        (
            edu,
            "Able to read and write well enough to follow request forms and check patient wristbands",
            "E",
            "AF",
        ),
        (edu, "Trust portering induction and fire warden training, given in your first month", "E", "N/A"),
        (edu, "Manual handling certificate from a previous employer", "D", "AF"),
        (edu, "First Aid at Work certificate", "D", "AF"),
        (
            exp,
            "Experience of a job that involves heavy physical work, such as warehouse, delivery, cleaning or "
            "building work",
            "E",
            "AF/I",
        ),
        (exp, "Experience of portering in a hospital", "D", "AF/I"),
        (exp, "Experience of dealing with members of the public who are anxious, angry or in pain", "E", "AF/I"),
        (skl, "Able to use a smartphone app to receive and complete jobs", "E", "I"),
        (skl, "Able to stay calm and act quickly in an emergency", "E", "I"),
        (skl, "Good spoken English, to reassure patients and pass on messages accurately", "E", "I"),
        (skl, "Knowledge of the layout of Hillingdon Hospital", "D", "I"),
        (oth, "Physically fit to walk long distances each shift and push heavy beds and trolleys", "E", "I"),
        (oth, "Able to work a rota of days, nights and weekends", "E", "AF/I"),
        (oth, "Respects patients' privacy and dignity at all times", "E", "I"),
        (oth, "Occupational health clearance", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "Key: E = essential, D = desirable. AF = application form, I = interview, N/A = not assessed at shortlisting."
    )
    document.add_paragraph(
        f"You do not need to have worked in a hospital before {DASH} full portering training is given. The Trust "
        "is unable to offer Skilled Worker sponsorship for this post. We offer 27 days' annual leave plus bank "
        "holidays, the NHS Pension, free staff parking for night shifts and a subsidised staff restaurant."
    )
    save(document, "r2_emergency_department_porter.docx")


def r3_housekeeping_assistant() -> None:
    """Job details as paragraphs with bold labels; key duties as bullets with a "must" in one; Essential and
    Desirable side by side by category, with a funded certificate as the second line of a Desirable cell, "Previous
    mental health experience is not required" and a DBS and right-to-work line as second lines of Essential cells,
    "N/A" in one Desirable cell and one Desirable cell empty; benefits and a lived-experience welcome after it."""
    document = blank_docx("Arial")
    document.add_heading("Housekeeping Assistant", level=1)
    for label, value in [
        ("Employer: ", "West London NHS Trust"),
        ("Service: ", "Ealing adult acute mental health wards"),
        ("Location: ", "St Bernard's Hospital, Uxbridge Road, Southall UB1 3EU"),
        ("Band: ", "Band 2"),
        ("Salary: ", "\u00a327,010 to \u00a327,980 per annum including Outer London HCAS"),
        ("Hours: ", "37.5 hours a week, 8am to 4pm, with one weekend in four"),
        ("Closing date: ", "Friday 4 February 2028"),
    ]:
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(value)
    document.add_heading("Job summary", level=2)
    document.add_paragraph(
        "Housekeeping assistants keep our wards clean, stocked and homely, so that patients who are very "
        "unwell have a calm and safe place to recover. You will be a member of the ward team, working "
        "alongside nurses and healthcare assistants, and you will get to know patients during their stay."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Clean bedrooms, bathrooms, lounges and the ward kitchen to the national cleanliness standards",
        "Order and put away food, linen and cleaning supplies for the ward",
        "Sharp items such as cutlery must be counted out and counted back after every meal",
        "Help patients to use the ward laundry and to make drinks and snacks",
        "Report any repairs, damage or safety concerns to the nurse in charge",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Able to read and write English well enough to complete cleaning schedules and stock lists",
            "Level 2 Certificate in Cleaning Principles or a similar cleaning qualification\n"
            "The Trust will fund the BICSc Cleaning Operator's Proficiency Certificate after probation",
        ),
        (
            "Experience",
            "Experience of cleaning or housekeeping in a hotel, hospital, school, office or care home\n"
            "Previous mental health experience is not required",
            "Experience of working with people with mental health needs, paid or voluntary",
        ),
        (
            "Skills",
            "Able to order and check deliveries of food, linen and cleaning stock\n"
            "Able to chat to patients in a friendly way while keeping professional boundaries",
            "Able to use a computer for email and online ordering",
        ),
        (
            "Knowledge",
            "Understanding of how to use cleaning chemicals safely (COSHH)\n"
            "Understanding of how infection spreads and how cleaning helps to stop it",
            "Knowledge of food hygiene rules for ward kitchens",
        ),
        (
            "Personal qualities",
            "Calm and non-judgemental when patients are distressed or unwell\nReliable, with a good attendance record",
            "N/A",
        ),
        (
            "Other",
            "Able to work one weekend in four\n"
            "Enhanced DBS check and right to work in the UK (checked before you start)",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave rising to 33 with service, the NHS Pension, free uniform, a cycle "
        "to work scheme and access to our staff wellbeing service. We welcome applications from people with "
        "lived experience of mental health problems, and from people returning to work after a break."
    )
    save(document, "r3_housekeeping_assistant.docx")


# The XML Word writes for a check-box content control (Developer > Check Box Content Control): the box is a
# character in MS Gothic, U+2612 when ticked and U+2610 when not, inside a run-level structured document tag.
CHECKBOX_XML = (
    '<w:sdt {ns}><w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
    'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:id w:val="{id}"/><w14:checkbox>'
    '<w14:checked w14:val="{checked}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
    '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
    '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" '
    'w:hint="eastAsia"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>'
)


def add_checkbox(cell, checked: bool, sdt_id: int) -> None:
    xml = CHECKBOX_XML.format(
        ns=nsdecls("w", "w14"),
        id=sdt_id,
        checked=1 if checked else 0,
        glyph="\u2612" if checked else "\u2610",
    )
    cell.paragraphs[0]._p.append(parse_xml(xml))


def r4_telecommunications_operator() -> None:
    """A trust job description template: a details table with labels in bold (and a "JD reviewed" date), a job
    purpose, duties with a "must" in one, then "Criteria | Essential | Desirable" with category rows merged across
    and a Word check-box content control in both level cells of every row, ticked (U+2612) in one and unticked
    (U+2610) in the other; one row has both boxes unticked (gold `check`); a training row and a right-to-work row
    are ticked Essential but are not criteria; a no-experience line, sponsorship and benefits after the table."""
    document = blank_docx("Arial")
    document.add_heading("Job Description", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Telecommunications Operator", "Band", "Band 2"),
            (
                "Directorate",
                f"Estates and Facilities {DASH} Telecommunications",
                "Reports to",
                "Switchboard Supervisor",
            ),
            ("Base", "St Mary's Hospital, Praed Street, London W2 1NY", "Hours", "37.5 hours a week on a 24/7 rota"),
            ("Employer", "Imperial College Healthcare NHS Trust", "Closing date", "31 January 2028"),
            ("Job reference", "290-EF-5180", "JD reviewed", "03/11/2027"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The switchboard is the first point of contact for anyone who telephones our hospitals: patients, "
        "relatives, GPs and other NHS organisations. Telecommunications operators connect callers to the right "
        "ward or department, bleep doctors, and put out the emergency calls that bring the resuscitation, trauma "
        "and fire teams to where they are needed."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Answer external and internal calls promptly and put callers through to the right person",
        "All 2222 emergency calls must be answered at once and put out to the correct team without delay",
        "Test the emergency bleep system and record the result at the start of each day shift",
        "Keep the on-call rotas and the telephone directory up to date",
        "Follow the major incident and fire procedures, including the staff call-in cascade",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training", None),
        ("GCSE English at grade 4 (C) or above, or equivalent", "E"),
        ("NVQ Level 2 in Customer Service or a similar qualification", "D"),
        ("Switchboard and emergency call training, completed in your first six weeks", "E"),
        ("Experience", None),
        (
            "Experience of answering a busy telephone line, for example in a call centre, switchboard or reception",
            "E",
        ),
        ("Experience of handling emergency calls", ""),
        ("Experience of working in a hospital or other healthcare setting", "D"),
        ("Skills and abilities", None),
        ("Clear speaking voice and a friendly, professional telephone manner", "E"),
        ("Able to type quickly and accurately while listening to a caller", "E"),
        ("Able to stay calm and follow set procedures during emergency calls", "E"),
        ("Able to find information quickly on a computer directory", "E"),
        ("Speaks a second language in addition to English", "D"),
        ("Other", None),
        ("Willing to work a 24-hour rota, including nights, weekends and bank holidays", "E"),
        ("Proof of right to work in the UK", "E"),
    ]
    sdt_id = 481200
    for text, level in rows:
        cells = table.add_row().cells
        if level is None:
            bold_cell(cells[0].merge(cells[-1]), text)
            continue
        fill_cell(cells[0], text)
        for cell, mark in ((cells[1], "E"), (cells[2], "D")):
            cell.text = ""
            sdt_id += 1
            add_checkbox(cell, level == mark, sdt_id)
    document.add_paragraph("Assessed at shortlisting and interview.")
    document.add_paragraph(
        "No switchboard experience? Full training is given, and you will sit with an experienced operator until "
        "you are signed off. Applicants must already have the right to work in the UK, as this post is not "
        "eligible for sponsorship. We offer 27 days' annual leave plus bank holidays, the NHS Pension, season "
        "ticket loans and discounted gym membership."
    )
    save(document, "r4_telecommunications_operator.docx")


R5_ITEMS = [
    ("title", "Security Response Officer"),
    ("bold", "Central and North West London NHS Foundation Trust"),
    (
        "body",
        "Park Royal Centre for Mental Health, Central Way, London NW10 7NS, with cover at St Charles Centre for "
        "Health and Wellbeing, Exmoor Street, London W10 6DZ",
    ),
    ("gap", ""),
    ("body", "Band 3  |  \u00a329,860 to \u00a331,950 a year including Outer London High Cost Area Supplement"),
    ("body", "Permanent  |  Full time, 12-hour shifts  |  Ref 333-FM-2049"),
    ("body", "Closing date: Sunday 13 February 2028 at 23:59"),
    ("heading", "About the role"),
    (
        "body",
        "Our security team keeps patients, visitors and staff safe across two busy mental health hospitals. "
        "You will respond to alarms and calls for help on the wards, patrol the buildings and grounds, and "
        "be a calm and reassuring presence at reception and at the front gate. Most of the work is about "
        "talking to people, not about force.",
    ),
    ("heading", "What you'll be doing"),
    ("body", "\u2022 Respond to personal alarms and calls for assistance from ward staff"),
    ("body", "\u2022 Patrol the site on foot and check that doors, gates and windows are secure"),
    ("body", "\u2022 Monitor the CCTV and access control systems in the security office"),
    (
        "body",
        "\u2022 You must complete an incident report on the Trust's reporting system before the end of every shift "
        "in which you attend an incident",
    ),
    ("body", "\u2022 Support the police and ambulance crews when they attend the site"),
    ("heading", "Essential criteria"),
    ("body", "\u2022 Experience of working in a security, stewarding, door supervision or customer-facing role"),
    ("body", "\u2022 Able to calm tense situations down by talking rather than using force"),
    ("body", "\u2022 Able to write clear, factual incident reports"),
    ("body", "\u2022 Confident using radios, CCTV monitors and a computer"),
    ("body", "\u2022 Physically fit to patrol the site on foot throughout a 12-hour shift"),
    ("body", "\u2022 Able to work 12-hour day and night shifts on a four-on, four-off pattern"),
    ("body", "\u2022 Treats patients, visitors and staff with respect, whatever their background"),
    (
        "body",
        f"\u2022 You don't need a security licence to apply {DASH} in-house NHS security staff do not have to hold one",
    ),
    ("heading", "Desirable criteria"),
    ("body", "\u2022 SIA Door Supervisor or Security Guard licence"),
    ("body", "\u2022 Conflict resolution or de-escalation training certificate"),
    ("body", "\u2022 Experience of working in a hospital or mental health setting"),
    ("body", "\u2022 Emergency First Aid at Work certificate"),
    ("heading", "Training we provide"),
    (
        "body",
        "Every new officer completes our five-day course in preventing and managing violence and aggression, "
        "including breakaway techniques, in their first month, and our mental health awareness training "
        "during induction.",
    ),
    ("heading", "Before you apply"),
    (
        "body",
        "Applicants must have the right to work in the UK; this post does not qualify for visa sponsorship. The "
        "successful applicant will need an enhanced DBS check and two satisfactory references.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave rising to 33 with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme"),
    ("body", "\u2022 Uniform, boots and body-worn camera provided"),
    ("body", "\u2022 Free on-site parking and a cycle-to-work scheme"),
]


# ------------------------------------------------------------------ r6: an NHS Jobs advert printed to PDF by a browser

R6_URL = "https://www.jobs.nhs.uk/candidate/jobadvert/C9298-28-0163"
R6_PRINTED = "18/01/2028, 20:14"
R6_TAB_TITLE = "Patient Transport Escort - NHS Jobs"

# The page as it prints: laid out top to bottom in small type and broken where each page is full. The first page
# break falls inside the Experience part of the person specification, just after its "Desirable criteria" heading,
# so that heading ends page 1 and its two criteria start page 2 below the printed date and tab title (checked when
# the file is built).
R6_ITEMS = [
    ("body", "Skip to main content"),
    ("body", "NHS Jobs    Sign in    Search for jobs"),
    ("body", "< Go back"),
    ("title", "Patient Transport Escort"),
    ("bold", "London North West University Healthcare NHS Trust"),
    ("body", "The closing date is 06 February 2028"),
    ("heading", "Job summary"),
    (
        "body",
        "Our Patient Transport Service takes patients who cannot use ordinary transport to and from their "
        "appointments at Northwick Park, Central Middlesex and Ealing hospitals. As an escort you will travel "
        "with the driver in our ambulances and cars, looking after each patient from their front door to the "
        "clinic and home again. You do not need a driving licence for this role.",
    ),
    ("heading", "Main duties of the job"),
    (
        "body",
        "Collect patients from home, wards and clinics; help them in and out of the vehicle using wheelchairs, "
        "ramps and tail-lifts; make sure they are comfortable and safe during the journey; and hand over to "
        "the receiving staff. You must check every patient's name, date of birth and destination against the "
        "journey sheet before the vehicle leaves.",
    ),
    ("heading", "About us"),
    (
        "body",
        "London North West University Healthcare NHS Trust runs Northwick Park, Central Middlesex, Ealing and "
        "St Mark's hospitals and community services for more than a million people in Brent, Ealing and "
        "Harrow. We offer 27 days' annual leave rising to 33, the NHS Pension, free staff parking at "
        "Northwick Park and season ticket loans.",
    ),
    ("heading", "Details"),
    ("bold", "Date posted"),
    ("body", "10 January 2028"),
    ("bold", "Pay scheme"),
    ("body", "Agenda for change"),
    ("bold", "Band"),
    ("body", "Band 2"),
    ("bold", "Salary"),
    ("body", "\u00a327,120 to \u00a328,060 a year per annum inc HCAS"),
    ("bold", "Contract"),
    ("body", "Permanent"),
    ("bold", "Working pattern"),
    ("body", "Full-time, Flexible working"),
    ("bold", "Reference number"),
    ("body", "363-SS-2871"),
    ("bold", "Job locations"),
    ("body", "Northwick Park Hospital"),
    ("body", "Watford Road"),
    ("body", "Harrow"),
    ("body", "HA1 3UJ"),
    ("heading", "Job description"),
    ("bold", "Job responsibilities"),
    ("body", "\u2022 Greet each patient by name and explain who you are and where you are going"),
    ("body", "\u2022 Use carry chairs, wheelchairs and stretchers safely, following your training"),
    ("body", "\u2022 Keep the vehicle clean and stocked, and report any faults to the driver"),
    ("body", "\u2022 Fill in the journey record for every patient, including any problems on the way"),
    ("body", "\u2022 Call the control room if a patient becomes unwell, and follow their instructions"),
    ("heading", "Person Specification"),
    ("bold", "Qualifications"),
    ("bold", "Essential criteria"),
    ("body", "\u2022 Good standard of English and maths, for example GCSE grade 4 or Functional Skills Level 2"),
    (
        "body",
        "\u2022 Moving and handling and carry chair training will be given before you start going out on journeys",
    ),
    ("bold", "Desirable criteria"),
    ("body", "\u2022 Emergency First Aid at Work or First Aid at Work certificate"),
    ("bold", "Experience"),
    ("bold", "Essential criteria"),
    ("body", "\u2022 Experience of looking after people in a care, health or customer service job"),
    ("bold", "Desirable criteria"),
    ("body", "\u2022 Experience of working in patient transport or an ambulance service"),
    ("body", "\u2022 Experience of supporting people living with dementia or a learning disability"),
    ("bold", "Skills and abilities"),
    ("bold", "Essential criteria"),
    (
        "body",
        "\u2022 Able to explain things simply and kindly to patients who are frail, frightened or confused",
    ),
    ("body", "\u2022 Able to read a route sheet and keep simple written records of each journey"),
    ("body", "\u2022 Able to stay calm and get help if a patient becomes unwell during a journey"),
    ("bold", "Other requirements"),
    ("bold", "Essential criteria"),
    (
        "body",
        "\u2022 Physically able to help patients in and out of vehicles and to use a carry chair on stairs",
    ),
    ("body", "\u2022 Able to work early starts, late finishes and one Saturday in three"),
    ("bold", "Desirable criteria"),
    ("body", "\u2022 Full UK driving licence"),
    ("heading", "Disclosure and Barring Service Check"),
    (
        "body",
        "This post is covered by the Rehabilitation of Offenders Act (Exceptions Order) 1975, so the "
        "successful applicant will be asked to apply for a DBS check, which will show spent as well as "
        "unspent convictions.",
    ),
    ("heading", "Certificate of Sponsorship"),
    (
        "body",
        "This post is not eligible for a Skilled Worker Certificate of Sponsorship. Applicants must already "
        "have the right to work in the UK.",
    ),
    ("heading", "Employer details"),
    ("bold", "Employer name"),
    ("body", "London North West University Healthcare NHS Trust"),
    ("bold", "Address"),
    ("body", "Northwick Park Hospital, Watford Road, Harrow, HA1 3UJ"),
    ("bold", "Employer's website"),
    ("body", "https://www.lnwh.nhs.uk/"),
    ("body", "Apply now"),
]


# Small type, as browsers print web pages: (font, size, leading, wrap width in characters).
PRINT_STYLES = {
    "title": ("F2", 15, 22, 64),
    "heading": ("F2", 11, 16, 86),
    "bold": ("F2", 9, 11, 100),
    "body": ("F1", 9, 11, 106),
}


def print_layout(items: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """Lay the items out in small type, top to bottom, starting a new page when one is full. Returns each page as
    (operator, the line's text) pairs."""
    pages: list[list[tuple[str, str]]] = [[]]
    y = PAGE_HEIGHT - MARGIN
    for style, text in items:
        font, size, leading, width = PRINT_STYLES[style]
        if style == "heading":
            y -= 5
        indent = "   " if text.startswith("\u2022 ") else ""
        for line in textwrap.wrap(text, width, subsequent_indent=indent) or [""]:
            if y < MARGIN + leading:
                pages.append([])
                y = PAGE_HEIGHT - MARGIN
            y -= leading
            pages[-1].append((f"BT /{font} {size} Tf {MARGIN} {y} Td ({pdf_text(line)}) Tj ET", line))
    return pages


def browser_printed_pdf(items: list[tuple[str, str]], *, printed: str, tab_title: str, url: str) -> bytes:
    """A PDF as a browser prints a web page: the date and time of printing at the top left and the tab title in
    the middle of each page, the page's address at the bottom left and "n/N" at the bottom right."""
    small = "BT /F1 8 Tf {x} {y} Td ({text}) Tj ET"
    laid_out = print_layout(items)
    count = len(laid_out)
    objects: list[bytes] = []

    def add(obj: bytes) -> int:
        objects.append(obj)
        return len(objects)

    add(b"<< /Type /Catalog /Pages 2 0 R >>")
    add(b"")
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    top, bottom = PAGE_HEIGHT - 24, 20
    for number, page in enumerate(laid_out, start=1):
        furniture_top = [
            small.format(x=24, y=top, text=pdf_text(printed)),
            small.format(x=230, y=top, text=pdf_text(tab_title)),
        ]
        furniture_bottom = [
            small.format(x=24, y=bottom, text=pdf_text(url)),
            small.format(x=PAGE_WIDTH - 44, y=bottom, text=pdf_text(f"{number}/{count}")),
        ]
        stream = "\n".join(furniture_top + [op for op, _ in page] + furniture_bottom).encode("latin-1")
        content = add(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
        page_object = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            f"/Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> >> /Contents {content} 0 R >>"
        )
        kids.append(add(page_object.encode()))
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    return pdf_file(objects)


def r6_break_is_after_desirable_heading() -> bool:
    """True when page 1 ends with the Experience part's "Desirable criteria" heading (after "Experience",
    "Essential criteria" and one criterion) and page 2 starts with the first of its two criteria."""
    pages = print_layout(R6_ITEMS)
    first = [text for _, text in pages[0]]
    second = [text for _, text in pages[1]]
    return (
        first[-4] == "Experience"
        and first[-1] == "Desirable criteria"
        and second[0].startswith("\u2022 Experience of working in patient transport")
    )


def main() -> None:
    if not r6_break_is_after_desirable_heading():
        raise SystemExit("r6: the first page break is not after the Experience part's Desirable heading")
    ADVERTS.mkdir(exist_ok=True)
    r1_ward_host()
    r2_emergency_department_porter()
    r3_housekeeping_assistant()
    r4_telecommunications_operator()
    (ADVERTS / "r5_security_response_officer.pdf").write_bytes(pdf_bytes(R5_ITEMS, title=(16, 56)))
    (ADVERTS / "r6_patient_transport_escort.pdf").write_bytes(
        browser_printed_pdf(R6_ITEMS, printed=R6_PRINTED, tab_title=R6_TAB_TITLE, url=R6_URL)
    )


if __name__ == "__main__":
    main()
