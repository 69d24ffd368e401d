"""Build the Word and PDF adverts of the twentieth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback20/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file
is saved with fixed core-property dates and zip time stamps, so a rebuild is byte for byte the same. The poster
(w5) is a one-page PDF with text placed in two columns, written here because the shared PDF writer only lays text
out top to bottom. The pasted-text adverts (w6 to w8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.advert_files import (  # noqa: E402
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

FULL = "\u25cf"  # black circle: essential, in w1's key
HOLLOW = "\u25cb"  # white circle: desirable, in w1's key
DASH = "\u2013"
FIXED_TIME = dt.datetime(2028, 1, 20, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 1, 20, 10, 30, 0)  # every Word file's zip entries


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts

W1_ROWS = [
    ("Qualifications and training",),
    ("NVQ Level 2 in Cleaning, Hospitality or Catering, or equivalent experience", FULL, "A"),
    ("Level 2 Award in Food Safety in Catering", FULL, "A"),
    ("Level 3 Award in Supervising Food Safety in Catering", HOLLOW, "A"),
    ("Trust hotel services induction and allergen awareness e-learning, completed in the first month", FULL, "N/A"),
    ("Experience",),
    ("Experience of cleaning, catering or housekeeping work in a hospital, hotel or care home", FULL, "A/I"),
    ("Experience of supervising or leading a small team, including allocating daily work", FULL, "A/I"),
    ("Experience of working in a mental health or secure setting", HOLLOW, "A/I"),
    ("Skills and abilities",),
    ("Able to carry out and record food temperature checks and cleaning audits accurately", FULL, "I/T"),
    ("Good spoken and written English to give instructions and complete records", FULL, "I/T"),
    ("Able to use a tablet or computer to complete audit apps and order stock", FULL, "I"),
    ("Able to deal calmly with complaints from patients, visitors and ward staff", FULL, "I"),
    ("Knowledge of the National Standards of Healthcare Cleanliness 2021", HOLLOW, "I"),
    ("Other",),
    ("Able to work early, late and weekend shifts on a seven-day rota", FULL, "I"),
    ("Right to work in the UK and a satisfactory basic DBS check", FULL, "Pre-employment"),
]


def w1_hotel_services_team_leader() -> None:
    """A four-cell details grid (the band as "AfC 3", the closing date as 28.02.2028); duties with an "essential
    stock" line and a "You must sign off ..." line; a person specification whose level column holds filled and
    hollow circles, explained only in a key under the table, with an "Assessed by" column of letters, category rows
    merged across, and two filled-circle rows that are not criteria (e-learning the job gives, right to work and
    DBS); "essential worker" housing and "no NHS experience needed" in the benefits."""
    document = blank_docx("Arial")
    document.sections[0].header.paragraphs[0].text = "West London NHS Trust \u2003|\u2003Estates and Facilities"
    document.add_heading("Job Description and Person Specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Hotel Services Team Leader", "Band", "AfC 3"),
            ("Directorate", f"Estates and Facilities {DASH} Soft FM", "Reports to", "Hotel Services Manager"),
            ("Base", "St Bernard's Hospital, Uxbridge Road, Southall UB1 3EU", "Hours", "37.5, seven-day rota"),
            ("Job ref", "223-EF-7716", "Closing date", "28.02.2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "To lead a shift of eight to ten hotel services assistants who clean our wards and serve patients' meals "
        "across the St Bernard's and Ealing Mental Health sites, so that every patient eats well and is cared for "
        "in a clean, safe and welcoming environment."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Allocate staff to wards at the start of each shift and cover sickness from the bank",
        "Check the temperature of every hot trolley before meals leave the ward kitchen and record it",
        "Make sure essential stock of cleaning materials, crockery and snacks is ordered every Thursday",
        "You must sign off each ward's cleaning schedule on the audit app before 11:00",
        "Carry out monthly cleanliness audits with the ward manager and follow up any failures",
        "Support new starters through their first week on the wards",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Level", "Assessed by"])
    add_rows_with_category_rows(table, W1_ROWS)
    document.add_paragraph(
        f"Key:  {FULL} = Essential    {HOLLOW} = Desirable    A = Application form    I = Interview    "
        "T = Practical test on the day"
    )
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension, free meals on shift and access to "
        "essential worker housing through our partner housing association. No previous NHS experience is needed: "
        "every team leader completes our four-week supervisor induction."
    )
    _save(document, "w1_hotel_services_team_leader.docx")


W2_ESSENTIAL = (
    "Essential",
    "Good standard of education, including GCSE English and maths (grade 4/C) or equivalent\n"
    f"Mental Health First Aid training {DASH} provided in your first three months",
    "Experience of working in an office, reception or helpline answering enquiries from the public\n"
    "Experience of handling sensitive or confidential information",
    "Confident using Microsoft Word, Outlook and Teams\n"
    "Able to speak calmly to people who are upset or distressed\n"
    "Accurate note-taking and record keeping",
    "Understanding of why staff wellbeing matters in the NHS\nAble to work flexibly, including some evening events",
)
W2_DESIRABLE = (
    "Desirable",
    "Level 3 qualification in business administration or customer service",
    "Experience of working in an NHS or health and care organisation\n"
    "Experience of organising events or training sessions\n"
    "You do not need a counselling or psychology background",
    "Knowledge of NHS staff support services such as occupational health and the Employee Assistance Programme",
    "N/A",
)


def _w2_intro(document) -> None:
    title = document.add_paragraph()
    title.add_run("Keeping Well North West London").bold = True
    document.add_heading("Staff Wellbeing Hub Assistant", level=1)
    document.add_paragraph(
        "Band 3  |  Fixed term for 24 months  |  37.5 hours  |  350 Euston Road, London NW1 3AX, with travel "
        "across North West London"
    )
    document.add_paragraph(
        "Keeping Well North West London is the wellbeing hub for everyone who works in health and care in our "
        "eight boroughs. The hub is hosted by Central and North West London NHS Foundation Trust on behalf of the "
        "NHS North West London partners, and the successful applicant will be employed by CNWL."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Be the first point of contact for staff who phone, email or refer themselves to the hub",
        "Book assessments with the hub's psychologists and wellbeing practitioners",
        "You must log every contact on the hub's case system on the same day",
        "Help to run wellbeing events such as menopause cafés, Schwartz Rounds and resilience workshops",
        "Keep the hub's web pages and leaflets up to date",
    ]:
        document.add_paragraph(duty, style="List Bullet")


def w2_staff_wellbeing_hub_assistant() -> None:
    """A transposed person specification: the categories run across the top and the levels down the side, so
    each level is one row of four cells holding several lines; a training line in an Essential cell and "You do
    not need a counselling or psychology background" in a Desirable cell; the hosting trust named in a sentence
    beside "NHS North West London"; the closing date only in How to apply."""
    document = blank_docx("Calibri")
    _w2_intro(document)
    document.add_heading("Person specification", level=2)
    table = header_table(
        document, ["", "Qualifications and training", "Experience", "Skills and knowledge", "Personal qualities"]
    )
    for row in (W2_ESSENTIAL, W2_DESIRABLE):
        cells = table.add_row().cells
        bold_cell(cells[0], row[0])
        for cell, text in zip(cells[1:], row[1:], strict=True):
            fill_cell(cell, text)
    document.add_heading("How to apply", level=2)
    document.add_paragraph(
        "Apply through NHS Jobs (reference 333-KW-0419). The closing date is midnight on Thursday 9 March 2028 and "
        "interviews will be held on Teams in the week of 20 March. Appointment is subject to the right to work in "
        "the UK, two references and a basic DBS check. We offer hybrid working, 27 days' annual leave rising with "
        "service and the NHS Pension Scheme."
    )
    _save(document, "w2_staff_wellbeing_hub_assistant.docx")


W3_REQUIREMENTS = "\n".join(
    [
        "Qualifications",
        "E1  Educated to A-level standard or equivalent experience",
        "E2  GCSE English and maths at grade 4 (C) or above",
        "D1  Level 3 Certificate in Business Administration or equivalent",
        "Experience",
        "E3  Experience of booking rooms, events or courses in a busy office",
        "E4  Experience of setting up audio-visual and video-conferencing equipment for meetings",
        "D2  Experience of working in medical or healthcare education",
        "Skills and knowledge",
        "E5  Advanced use of Microsoft Excel and Outlook, including shared calendars",
        "E6  Able to prioritise a changing workload and work to deadlines",
        "E7  Polite and helpful with doctors, students and visiting speakers",
        "D3  Experience of a learning management system such as Moodle or the Learning Hub",
        "Other",
        "E8  Able to start at 07:30 on teaching days",
    ]
)
W3_DUTIES = "\n".join(
    [
        "1. Run the Education Centre's lecture theatre, four seminar rooms and clinical skills room, "
        "taking bookings and resolving clashes.",
        "2. Coordinate the essential mandatory training days for new resident doctors each August and February.",
        "3. You must check that every room is locked and the AV equipment returned by 18:00.",
        "4. Set up the lecture theatre's cameras and microphones for hybrid teaching.",
        "5. Collect feedback forms and attendance registers and enter them on the Learning Hub.",
        "6. Supervise the Education Centre's Band 2 receptionist and cover the front desk at lunchtime.",
    ]
)


def w3_education_centre_coordinator() -> None:
    """The job description and person specification run together in one two-column table: details rows, the job
    purpose, numbered duties (one "essential mandatory training days", one "You must check ..."), then one
    Requirements cell with category lines and criteria coded E1 to E8 and D1 to D3 (E and D mixed within each
    category), explained only in a line above the table; training given and pre-employment checks in their own
    rows; the closing date in the last row, after the requirements."""
    document = blank_docx("Arial")
    document.add_paragraph("Chelsea and Westminster Hospital NHS Foundation Trust").runs[0].bold = True
    document.add_paragraph("Job Description / Person Specification")
    document.add_paragraph(
        "Requirements marked E are essential and those marked D are desirable. Shortlisting is against the E "
        "requirements only, so please give evidence for each of them in your supporting information."
    )
    table = header_table(document, ["Section", "Details"])
    rows = [
        ("Job title", "Education Centre Coordinator"),
        ("Band", "4 (\u00a332,014 to \u00a334,862 per annum including London Weighting)"),
        ("Department", "Education Centre, West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF"),
        ("Accountable to", "Medical Education Manager"),
        (
            "Job purpose",
            "To make sure that every course, meeting and teaching session in the Education Centre has the right "
            "room, equipment and paperwork, and that our learners and speakers are looked after from arrival to "
            "departure.",
        ),
        ("Key duties", W3_DUTIES),
        ("Requirements", W3_REQUIREMENTS),
        ("Training provided", "Full training on the room booking system and the lecture theatre AV desk."),
        ("Pre-employment checks", "Right to work in the UK; two satisfactory references; basic DBS check."),
        ("Closing date", "17/03/2028 (interviews 29/03/2028)"),
    ]
    for label, text in rows:
        cells = table.add_row().cells
        bold_cell(cells[0], label)
        fill_cell(cells[1], text)
    _save(document, "w3_education_centre_coordinator.docx")


# w4: headed lists over two pages, one list of criteria with the level as a word after a dash at the end of each
# bullet; the page breaks inside the "net zero ... essential for the health of our" bullet, so its level
# ("Desirable") is on page 2; a training line and an eligibility line end in "Essential" too.
W4_CRITERIA = [
    f"\u2022 GCSE English and maths at grade 4 (C) or above, or equivalent {DASH} Essential",
    "\u2022 Degree or Level 4 qualification in environmental science, sustainability, geography or a related "
    f"subject, or equivalent experience {DASH} Desirable",
    f"\u2022 Completion of Carbon Literacy training within six months of starting {DASH} Essential",
    "\u2022 Experience of running a campaign, project or event that changed how people behave at work or at "
    f"home {DASH} Essential",
    f"\u2022 Experience of collecting data and turning it into simple reports or charts {DASH} Essential",
    f"\u2022 Experience of working in a large organisation such as the NHS, a council or a university {DASH} Desirable",
    f"\u2022 Confident presenting to groups of staff, from porters to consultants {DASH} Essential",
    f"\u2022 Good Excel skills, including charts and simple formulas {DASH} Essential",
    "\u2022 Able to write clear, lively content for the intranet, staff newsletter and social media channels, "
    f"and to adapt it for different audiences {DASH} Essential",
    "\u2022 Knowledge of the NHS net zero targets and why they are essential for the health of our patients "
    f"{DASH} Desirable",
    f"\u2022 Able to travel between Hillingdon and Mount Vernon hospitals {DASH} Essential",
    f"\u2022 Full UK driving licence {DASH} Desirable",
    f"\u2022 Eligibility to work in the UK {DASH} Essential",
]

W4_ITEMS = [
    ("title", "Sustainability Engagement Officer"),
    ("bold", "The Hillingdon Hospitals NHS Foundation Trust"),
    ("body", "Estates and Facilities  |  Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"),
    ("body", "Band 4  |  Permanent  |  37.5 hours  |  Ref 398-EF-5521  |  Closes 24/03/2028 at 23:59"),
    ("gap", ""),
    ("heading", "About us"),
    (
        "body",
        "Hillingdon is building a new hospital, and we want it to be one of the greenest in the country. Our Green "
        "Plan sets out the essential steps we will take to reach net zero for the emissions we control by 2040: "
        "cutting energy and water use, reducing the anaesthetic gases we use in theatres, recycling more and "
        "helping our 4,000 staff to walk, cycle or take the bus to work. The Sustainability team is small: a "
        "Head of Sustainability, an Energy Manager and, from this spring, you.",
    ),
    ("heading", "The role"),
    (
        "body",
        "You will be the face of the Green Plan on the wards and in the offices. You will recruit and support a "
        "network of green champions, run campaigns such as switch-off weeks and the theatre glove project, count "
        "and report what the campaigns save, and tell the story on the intranet and social media.",
    ),
    ("heading", "Main responsibilities"),
    ("body", "\u2022 Recruit, train and keep in touch with green champions in every division"),
    ("body", "\u2022 Plan and run at least four campaigns a year, with a clear measure of success for each"),
    ("body", "\u2022 Collect monthly waste, energy and travel figures and turn them into a one-page dashboard"),
    ("body", "\u2022 Write a sustainability story for the staff newsletter every fortnight"),
    ("body", "\u2022 Run the staff travel survey every autumn and the cycle-to-work roadshow"),
    ("body", "\u2022 Support the new hospital programme team at design workshops when asked"),
    ("body", "\u2022 You must keep the Green Plan action log up to date for the quarterly Board report"),
    ("heading", "Where and when you will work"),
    (
        "body",
        "The post is based in the Estates offices at Hillingdon Hospital, with one or two days a week at Mount "
        "Vernon Hospital in Northwood and some home working once you have settled in. The working week is Monday "
        "to Friday, but campaigns sometimes mean an early start to catch the night staff or a stall at the "
        "Saturday open day, and time off in lieu is given for these. You will have a laptop and a phone, and a "
        "desk in the Estates office next to the Energy Manager, who will be your first port of call while the Head of "
        "Sustainability is at the new hospital site. Most of our team meetings are on Teams, and we meet in person "
        "on the first Tuesday of each month.",
    ),
    ("heading", "What we are looking for"),
    *[("body", line) for line in W4_CRITERIA],
    ("heading", "What we offer"),
    (
        "body",
        "27 days' annual leave rising to 33 with service, the NHS Pension Scheme, a cycle-to-work scheme, an "
        "electric car salary-sacrifice scheme and free Carbon Literacy certification. Please apply through Trac. "
        "Offers are subject to references and a basic DBS check.",
    ),
]


# ----------------------------------------------------------------------------------------------------------- Poster


def _poster_line(x: int, y: int, text: str, *, size: int = 11, bold: bool = False, white: bool = False) -> str:
    colour = "1 1 1 rg" if white else "0 0 0 rg"
    font = "F2" if bold else "F1"
    return f"BT {colour} /{font} {size} Tf {x} {y} Td ({pdf_text(text)}) Tj ET"


W5_LEFT = [
    ("YOU'LL NEED", True),
    ("A friendly, welcoming manner", False),
    ("with every customer", False),
    ("To work quickly and keep calm", False),
    ("when the lunchtime queue builds", False),
    ("To handle cash and card", False),
    ("payments accurately", False),
    ("Basic English and maths to take", False),
    ("orders and give the right change", False),
    ("To work early mornings, weekends", False),
    ("and bank holidays on a rota", False),
]
W5_RIGHT = [
    ("NICE TO HAVE", True),
    ("Barista or coffee shop", False),
    ("experience", False),
    ("Level 2 Food Hygiene certificate", False),
    ("", False),
    ("Experience of using a till", False),
    ("or EPOS system", False),
]
W5_BOTTOM = [
    ("WE'LL GIVE YOU", True, 13),
    ("Full barista training - no experience needed!", False, 11),
    ("Your Level 2 Food Hygiene course paid for in your first month", False, 11),
    ("A free hot drink every shift and 20% off in all our cafes", False, 11),
    ("NHS Pension, 27 days' holiday plus bank holidays", False, 11),
    ("", False, 11),
    ("Apply by 02/04/28 on NHS Jobs, ref 299-RC-4471", True, 13),
    ("Questions? Pop in and ask for Deepa, Courtyard Cafe manager", False, 11),
]


def _poster_stream() -> str:
    ops = ["0.0 0.37 0.72 rg 0 700 595 142 re f", "1 0.8 0 rg 440 590 120 60 re f"]
    ops.append(_poster_line(56, 790, "WE'RE HIRING!", size=30, bold=True, white=True))
    ops.append(_poster_line(56, 750, "Caf\u00e9 Barista", size=26, bold=True, white=True))
    ops.append(_poster_line(56, 718, "Courtyard Caf\u00e9, Northwick Park Hospital, Harrow HA1 3UJ", white=True))
    ops.append(_poster_line(452, 625, "Band 2", size=20, bold=True))
    ops.append(_poster_line(452, 604, "+ Outer London", size=9))
    ops.append(_poster_line(56, 660, "Love coffee? Love people? Join the team that keeps our hospital going.", size=12))
    ops.append(_poster_line(56, 642, "Full time and part time hours  |  Permanent", size=10))
    # The two columns are drawn row by row, left then right, as a design tool exports a side-by-side text frame.
    y = 560
    for index in range(max(len(W5_LEFT), len(W5_RIGHT))):
        for x, column in ((56, W5_LEFT), (320, W5_RIGHT)):
            if index < len(column) and column[index][0]:
                text, bold = column[index]
                ops.append(_poster_line(x, y, text, size=13 if bold else 11, bold=bold))
        y -= 20 if index else 26
    y -= 24
    for text, bold, size in W5_BOTTOM:
        if text:
            ops.append(_poster_line(56, y, text, size=size, bold=bold))
        y -= 20
    ops.append("0.0 0.37 0.72 rg 0 0 595 48 re f")
    footer = (
        "London North West University Healthcare NHS Trust  |  Retail and Catering  |  An equal opportunities employer"
    )
    ops.append(_poster_line(56, 20, footer, size=9, white=True))
    return "\n".join(ops)


def poster_pdf() -> bytes:
    """One A4 page: coloured banners, a "Band 2" badge, and text placed at fixed positions in two columns."""
    stream = _poster_stream().encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
        b"/Contents 6 0 R >>",
        f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream",
    ]
    return pdf_file(objects)


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    w1_hotel_services_team_leader()
    w2_staff_wellbeing_hub_assistant()
    w3_education_centre_coordinator()
    (ADVERTS / "w4_sustainability_engagement_officer.pdf").write_bytes(pdf_bytes(W4_ITEMS, title=(18, 50)))
    (ADVERTS / "w5_cafe_barista.pdf").write_bytes(poster_pdf())


if __name__ == "__main__":
    main()
