"""Build the adverts of the thirty-first held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback31/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; Word files are
saved with fixed core-property dates and zip time stamps, so a rebuild is byte for byte the same. j5 is drawn here
with its own content stream (a spreadsheet printed to PDF, with gridlines and row and column headings), using the
shared `pdf_file` writer. The pasted-text adverts (j6 to j8) are plain UTF-8 files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
import textwrap
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
    pdf_file,
    pdf_text,
    save_docx,
)

ADVERTS = HERE / "adverts"

TICK = "\u2713"
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2028, 1, 17, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 1, 17, 9, 0, 0)  # every Word file's zip entries


# ------------------------------------------------------------------------------------------------------ Word adverts


def j1_paediatric_outpatients_healthcare_assistant() -> None:
    """Details table, duties with a "must", then tick columns (U+2713) with category rows merged across; three
    ticked-Essential rows that are not criteria (a skills booklet the job gives, immunisations, right to work);
    a "no previous hospital experience" line, benefits and an enhanced DBS line after the table."""
    document = blank_docx("Arial")
    document.add_heading("Job Description and Person Specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Paediatric Outpatients Healthcare Assistant"),
            ("Band", "Band 2"),
            ("Employer", "Imperial College Healthcare NHS Trust"),
            ("Division", "Women's, Children's and Clinical Support"),
            ("Department", "Children's Outpatients, St Mary's Hospital, Praed Street, London W2 1NY"),
            ("Hours", "37.5 hours a week, Monday to Friday, including one late clinic a week"),
            ("Salary", f"{POUND}29,870 a year, including Inner London High Cost Area Supplement"),
            ("Closing date", "9 February 2028"),
            ("Reference", "290-WCCS-3318-B"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our Children's Outpatients department at St Mary's sees around 600 babies, children and young people a "
        "week in general paediatric, allergy, diabetes, cardiology and sickle cell clinics. The healthcare "
        "assistant makes each visit run smoothly and feel safe for the child: getting them measured and checked "
        "before they see the doctor or nurse, keeping rooms ready, and helping families find their way through a "
        "busy clinic."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Weigh and measure children and young people, record their observations and plot growth on the correct "
        "centile chart",
        "Test urine samples and carry out simple point-of-care tests as trained",
        "Act as a chaperone during examinations and support children during blood tests and other procedures",
        "Clinic rooms must be cleaned, restocked and checked before the first appointment of every session",
        "Keep the waiting area tidy and safe, with toys cleaned at the end of each day",
        "Book follow-up appointments and update attendance on the electronic patient record",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Good standard of literacy and numeracy (GCSE grade 4/C or equivalent)", TICK, ""),
        ("Level 2 qualification in health and social care or childcare", "", TICK),
        ("Paediatric first aid certificate", "", TICK),
        ("Completion of the Trust's paediatric clinical skills booklet within three months of starting", TICK, ""),
        ("Experience",),
        ("Experience of working with babies, children or young people in a paid or voluntary role", TICK, ""),
        ("Experience of working in a healthcare setting", "", TICK),
        ("Experience of using Cerner or another electronic patient record", "", TICK),
        ("Skills and abilities",),
        ("Able to take and record height, weight, temperature and pulse accurately", TICK, ""),
        ("Able to talk to children and parents in a warm, reassuring way", TICK, ""),
        ("Able to use a computer to enter information onto patient systems", TICK, ""),
        ("Knowledge",),
        ("Understanding of safeguarding and what to do if you are worried about a child", TICK, ""),
        ("Awareness of infection prevention, including hand hygiene", TICK, ""),
        ("Other",),
        ("Flexible to work one late clinic a week until 8pm", TICK, ""),
        ("Speaks a second language used by families in Westminster, such as Arabic", "", TICK),
        ("Up-to-date immunisations, including measles, mumps and rubella (MMR), before starting", TICK, ""),
        ("Right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        f"No previous hospital experience is needed {DASH} every new healthcare assistant has a two-week "
        "induction and works alongside an experienced colleague until signed off. We offer 27 days' annual leave "
        "plus bank holidays, the NHS Pension, an interest-free season ticket loan and discounted membership of "
        "the staff gym. Appointment is subject to an enhanced DBS check including the children's barred list, "
        "two references and occupational health clearance."
    )
    save_docx(
        document,
        ADVERTS / "j1_paediatric_outpatients_healthcare_assistant.docx",
        stamp=STAMP,
        written=FIXED_TIME,
        external_attr=0o600 << 16,
    )


def j2_childrens_continuing_care_support_worker() -> None:
    """Title and employer as the first lines, a four-column details table (two label/value pairs a row),
    numbered duties with a "must", then `Factor | Criteria | E/D | How assessed` with the factor merged down and
    E and D mixed, two rows marked E that are not criteria (a competency sign-off the team gives, assessed "N/A";
    an enhanced DBS check, "Pre-employment"), the key, then a KSF outline table of dimensions and levels (not
    criteria) and a "You do not need ..." line with benefits."""
    document = blank_docx("Calibri")
    document.add_heading("Children's Continuing Care Support Worker", level=1)
    document.add_paragraph("Central London Community Healthcare NHS Trust")
    label_value_table(
        document,
        [
            ("Band", "Band 3", "Hours", "37.5 hours a week (shifts)"),
            (
                "Service",
                "Children's Continuing Care Team",
                "Base",
                "Parsons Green Health Centre, 5-7 Parsons Green, London SW6 4UL",
            ),
            ("Contract", "Permanent", "Closing date", "16/02/2028"),
        ],
    )
    document.add_heading("About the service", level=2)
    document.add_paragraph(
        f"We support around 40 children and young people, from newborn babies to 18-year-olds, who have complex "
        f"and continuing health needs {DASH} for example a tracheostomy, overnight ventilation or feeding through "
        f"a gastrostomy {DASH} so that they can live at home in Hammersmith and Fulham, Kensington and Chelsea "
        "and Westminster rather than in hospital. Our support workers give planned care in the family home, days "
        "and nights, so that parents can sleep, work and spend time with their other children."
    )
    document.add_heading("Key responsibilities", level=2)
    for duty in [
        "Give personal care, feeds, medicines and clinical care to each child as set out in their individual care plan",
        "Carry out and record observations and act on any change in the child's condition, following the "
        "child's escalation plan",
        "You must be signed off as competent by the team's clinical nurse educator for each child before you "
        "work with that child on your own",
        "Write up every shift on SystmOne before you leave the family home",
        "Take part in team meetings, supervision and yearly appraisal",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "Level 3 Diploma in Health and Social Care or in Children and Young People's Workforce",
            "E",
            "Application",
        ),
        ("Qualifications", "Care Certificate", "D", "Application"),
        (
            "Qualifications",
            "Competency sign-off for each child's care package (completed with the team in post)",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of providing personal care to children or adults with complex health needs",
            "E",
            "Application / Interview",
        ),
        ("Experience", "Experience of tube feeding, suction or tracheostomy care", "D", "Application / Interview"),
        ("Experience", "Experience of working in people's own homes", "D", "Application"),
        ("Skills", "Able to write clear, accurate notes after every shift", "E", "Application / Interview"),
        ("Skills", "Able to spot when a child is becoming unwell and ask for help quickly", "E", "Interview"),
        ("Skills", "Able to work alone in a family home, and as part of a team", "E", "Interview"),
        ("Knowledge", "Understanding of safeguarding children", "E", "Interview"),
        ("Knowledge", "Understanding of what family-centred care means", "D", "Interview"),
        ("Other", "Able to work a rota of day, night and weekend shifts", "E", "Application"),
        (
            "Other",
            "Able to travel to homes across the three boroughs by public transport or car",
            "E",
            "Application",
        ),
        ("Other", "Enhanced DBS check with the children's barred list", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "E = essential, D = desirable. How assessed: Application = your application form and supporting "
        "statement; Interview = at interview; Pre-employment = checked after a conditional offer."
    )
    document.add_heading("Knowledge and Skills Framework (KSF) outline", level=2)
    ksf = header_table(document, ["KSF dimension", "Level at foundation gateway", "Level at second gateway"])
    for dimension, first, second in [
        ("Core 1 Communication", "1", "2"),
        ("Core 2 Personal and people development", "1", "2"),
        ("Core 3 Health, safety and security", "1", "2"),
        ("Core 4 Service improvement", "1", "1"),
        ("Core 5 Quality", "1", "2"),
        ("Core 6 Equality and diversity", "1", "2"),
        ("HWB5 Provision of care to meet health and wellbeing needs", "2", "3"),
        ("HWB6 Assessment and treatment planning", "1", "2"),
    ]:
        cells = ksf.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = dimension, first, second
    document.add_paragraph("Gateways are reviewed at your six-month and twelve-month appraisals.")
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "You do not need to have looked after a child with a tracheostomy before: our clinical nurse educator "
        "trains every new starter and works alongside you in the family home until you are signed off. We offer "
        "27 days' annual leave plus bank holidays, the NHS Pension, unsocial hours payments, paid travel time "
        "between visits and an interest-free season ticket loan."
    )
    save_docx(
        document,
        ADVERTS / "j2_childrens_continuing_care_support_worker.docx",
        stamp=STAMP,
        written=FIXED_TIME,
        external_attr=0o600 << 16,
    )


def j3_maternity_care_assistant_postnatal_ward() -> None:
    """Title, employer, site, a "|" line with band and pay, and a closing-date line; a "You must check ..." duty
    inside the About paragraph; Essential and Desirable side by side by category with two criteria to some
    cells, three Essential lines and one Desirable line that are not criteria (a "not essential" line,
    occupational health clearance, an apprenticeship the job gives) and "N/A" in one Desirable cell."""
    document = blank_docx("Arial")
    document.add_heading(f"Maternity Care Assistant {DASH} Postnatal Ward", level=1)
    document.add_paragraph("Chelsea and Westminster Hospital NHS Foundation Trust")
    document.add_paragraph("Maternity Unit, West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF")
    document.add_paragraph(
        f"Band 2  |  {POUND}27,260 to {POUND}28,940 a year, including Outer London High Cost Area Supplement  |  "
        "Permanent  |  37.5 hours a week"
    )
    document.add_paragraph("Closing date: 23 February 2028. Interviews: 6 March 2028.")
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "Our postnatal ward cares for up to 32 women and their babies after birth, and West Middlesex delivers "
        "around 5,000 babies a year. As a maternity care assistant you will work with midwives and maternity "
        "support workers to care for mothers and newborns: helping women wash and move after birth and after a "
        "caesarean section, supporting them with feeding, checking and restocking bays and keeping the ward clean "
        "and safe. You must check both of each baby's name bands against the mother's wristband at every handover "
        "and before any baby leaves the ward."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Education and training",
            "Good standard of spoken and written English\nBasic numeracy to complete fluid balance and feeding charts",
            "Level 2 Certificate in Healthcare Support or Maternity Support\n"
            "Funded place on the Level 3 Maternity Support Worker apprenticeship after 12 months in post",
        ),
        (
            "Experience",
            "Experience of caring for people in a hospital, care home or community setting\n"
            f"Previous maternity experience is not essential {DASH} full training will be given",
            "Experience of supporting new mothers with feeding",
        ),
        (
            "Skills and abilities",
            "Able to follow instructions from midwives and ask when unsure\n"
            "Able to stay calm and kind when the ward is busy",
            "Able to use a computer to record care",
        ),
        (
            "Knowledge",
            "Understanding of why privacy and dignity matter to women after birth",
            "Awareness of safe sleep advice for newborn babies",
        ),
        (
            "Other",
            "Willing to work 12.5-hour shifts, including nights, weekends and bank holidays\n"
            "Satisfactory occupational health clearance",
            "N/A",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension, free flu and COVID vaccinations, places at "
        "the on-site staff nursery (subject to availability) and discounted staff parking. This post needs an "
        "enhanced DBS check. We welcome applications from people returning to work after raising a family."
    )
    save_docx(
        document,
        ADVERTS / "j3_maternity_care_assistant_postnatal_ward.docx",
        stamp=STAMP,
        written=FIXED_TIME,
        external_attr=0o600 << 16,
    )


# ------------------------------------------------------------------------------------------------------- PDF adverts

J4_ITEMS = [
    ("title", "Perinatal Mental Health Support Worker"),
    ("bold", "Central and North West London NHS Foundation Trust"),
    ("body", "Brent and Harrow Community Perinatal Mental Health Service"),
    (
        "body",
        "Park Royal Centre for Mental Health, Central Way, London NW10 7NS, with home visits across Brent and Harrow",
    ),
    ("gap", ""),
    (
        "body",
        f"Band 4  |  {POUND}31,690 to {POUND}34,540 a year, including Outer London High Cost Area Supplement",
    ),
    ("body", "Permanent  |  37.5 hours a week, Monday to Friday"),
    ("body", "Closing date: Thursday 2 March 2028. Interviews will be held on Monday 13 March 2028."),
    ("heading", "About the role"),
    (
        "body",
        "Our team supports women and birthing parents who have moderate to severe mental health problems during "
        "pregnancy and in the first two years after their baby is born. You will join psychiatrists, specialist "
        "nurses, psychologists, nursery nurses and peer support workers, and work with a caseload of parents "
        "agreed with your supervisor, seeing most of them in their own homes.",
    ),
    ("heading", "What you'll be doing"),
    (
        "body",
        "\u2022 Visit parents at home to help them carry out the plans agreed with their care coordinator, such "
        "as getting out of the house, building a daily routine or getting to appointments",
    ),
    (
        "body",
        "\u2022 Help parents connect with children's centres, baby groups, health visitors and housing and money "
        "advice",
    ),
    ("body", "\u2022 Co-facilitate our parent and baby wellbeing groups with the nursery nurse and psychologist"),
    (
        "body",
        "\u2022 You must write up every contact on SystmOne within 24 hours and raise any risk with the duty "
        "clinician on the same day",
    ),
    ("body", "\u2022 Attend weekly team meetings and monthly supervision"),
    ("heading", "Essential criteria"),
    ("body", "\u2022 Level 3 qualification in health, social care, psychology or a related subject"),
    ("body", "\u2022 Experience of supporting people with mental health problems, in a paid or voluntary role"),
    ("body", "\u2022 Experience of working with parents, babies or young children"),
    (
        "body",
        "\u2022 Good listening skills and the ability to build trust with people who may be wary of services",
    ),
    ("body", "\u2022 Able to plan and keep to a diary of home visits, working on your own"),
    ("body", "\u2022 Understanding of how pregnancy and a new baby can affect a parent's mental health"),
    ("body", "\u2022 Understanding of safeguarding adults and children"),
    ("body", "\u2022 Able to use Microsoft Office and an electronic patient record"),
    ("heading", "Desirable criteria"),
    ("body", "\u2022 Experience of running groups, such as parent and baby groups"),
    (
        "body",
        "\u2022 Speaks a community language used in Brent or Harrow, such as Gujarati, Tamil, Punjabi or Polish",
    ),
    ("body", "\u2022 Knowledge of local services for families, such as children's centres and food banks"),
    ("heading", "Training we provide"),
    ("body", "\u2022 The Care Certificate, if you have not already completed it"),
    ("body", "\u2022 A perinatal mental health skills course in your first six months"),
    ("body", "\u2022 Video interaction guidance awareness training with our psychologists"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; this post is not eligible for visa sponsorship. The "
        "successful applicant will need an enhanced DBS check. You do not need to be a parent yourself to do "
        "this job well, and you do not need to have worked in the NHS before.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave rising to 33 with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme and flexible working"),
    ("body", "\u2022 Monthly reflective practice and clinical supervision"),
    ("body", "\u2022 Staff networks, including a parents' and carers' network"),
]


# j5: a person specification kept as a spreadsheet and printed to PDF with gridlines and row and column headings.
# Each row is (row number, [(column, text, style)]); style is "", "bold" or "right". Column B wraps when the row
# is a criteria or note row (WRAP_ROWS); the job-detail rows overflow into the empty cells to their right, as in
# Excel.
J5_COLUMNS = {"A": 82, "B": 262, "C": 34, "D": 56, "E": 62}
J5_ROWS = [
    (1, [("A", "Person specification and shortlisting grid", "bold")]),
    (2, [("A", "Post", ""), ("B", "Paediatric Emergency Department Healthcare Support Worker", "")]),
    (3, [("A", "Band", ""), ("B", "Band 3", "")]),
    (4, [("A", "Organisation", ""), ("B", "The Hillingdon Hospitals NHS Foundation Trust", "")]),
    (
        5,
        [
            ("A", "Department", ""),
            ("B", "Children's Emergency Department, Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN", ""),
        ],
    ),
    (6, [("A", "Closing date", ""), ("B", "28/02/2028", "right")]),
    (7, []),
    (
        8,
        [
            ("A", "Area", "bold"),
            ("B", "Criteria", "bold"),
            ("C", "E/D", "bold"),
            ("D", "Assessed", "bold"),
            ("E", "Score (0-2)", "bold"),
        ],
    ),
    (9, [("A", "Qualifications", ""), ("B", "Care Certificate", ""), ("C", "E", ""), ("D", "A", "")]),
    (10, [("B", "NVQ/Diploma Level 3 in Health and Social Care", ""), ("C", "D", ""), ("D", "A", "")]),
    (
        11,
        [
            ("B", "Paediatric Immediate Life Support (PILS) - provided in first 3 months", ""),
            ("C", "T", ""),
            ("D", "N/A", ""),
        ],
    ),
    (
        12,
        [
            ("A", "Experience", ""),
            ("B", "At least 6 months' experience as a healthcare assistant or support worker", ""),
            ("C", "E", ""),
            ("D", "A/I", ""),
        ],
    ),
    (
        13,
        [
            ("B", "Experience of working with children in a hospital or emergency setting", ""),
            ("C", "D", ""),
            ("D", "A/I", ""),
        ],
    ),
    (
        14,
        [
            ("A", "Skills", ""),
            ("B", "Able to carry out observations (temperature, pulse, breathing rate, oxygen saturation)", ""),
            ("C", "E", ""),
            ("D", "A/I", ""),
        ],
    ),
    (
        15,
        [
            ("B", "Able to calm and distract frightened children during procedures", ""),
            ("C", "E", ""),
            ("D", "I", ""),
        ],
    ),
    (16, [("B", "Able to prioritise tasks in a fast-moving department", ""), ("C", "E", ""), ("D", "I", "")]),
    (17, [("B", "Venepuncture and cannulation skills", ""), ("C", "D", ""), ("D", "A", "")]),
    (
        18,
        [
            ("B", "Good IT skills for entering data onto the department's electronic system", ""),
            ("D", "A", ""),
        ],
    ),
    (
        19,
        [
            ("A", "Knowledge", ""),
            ("B", "Understanding of safeguarding children, including signs of non-accidental injury", ""),
            ("C", "E", ""),
            ("D", "I", ""),
        ],
    ),
    (
        20,
        [
            ("A", "Other", ""),
            ("B", "Able to work 12-hour shifts, days and nights, including weekends", ""),
            ("C", "E", ""),
            ("D", "A", ""),
        ],
    ),
    (21, [("B", "Enhanced DBS with children's barred list", ""), ("C", "P", ""), ("D", "Pre-emp", "")]),
    (
        22,
        [
            (
                "B",
                "Applicants who have not worked with children before are welcome - a full paediatric induction "
                "is given",
                "",
            ),
        ],
    ),
    (23, []),
    (
        24,
        [
            ("A", "Key", "bold"),
            (
                "B",
                "E = essential   D = desirable   T = training given after you start   P = pre-employment check",
                "",
            ),
        ],
    ),
    (25, [("B", "Assessed: A = application form   I = interview", "")]),
    (
        26,
        [
            ("A", "Note", "bold"),
            (
                "B",
                "Panel: each member must score every application on their own before the shortlisting meeting. "
                "Score 0 = no evidence, 1 = some evidence, 2 = clear evidence.",
                "",
            ),
        ],
    ),
    (27, [("A", "Total", "bold"), ("E", "0", "right")]),
]
J5_WRAP_ROWS = set(range(9, 27))
J5_WRAP_CHARS = 54


def j5_spreadsheet_pdf() -> bytes:
    """A one-page A4 print of an Excel sheet: page header (sheet name, file name) and footer (page number, print
    date), grey column-letter and row-number headings, gridlines round every cell, Helvetica 9 point, text at the
    top of each cell, wrapped lines in column B drawn one after another before the next cell of the row."""
    size, leading, pad = 9, 11, 3
    left, top = 40, 842 - 58
    rownum_width = 24
    xs = {}
    x = left + rownum_width
    for column, width in J5_COLUMNS.items():
        xs[column] = (x, width)
        x += width
    right = x
    ops: list[str] = []

    def text(x_pos: float, y_pos: float, string: str, font: str = "F1", points: int = size) -> None:
        ops.append(f"BT /{font} {points} Tf {x_pos:.1f} {y_pos:.1f} Td ({pdf_text(string)}) Tj ET")

    # Page header and footer, as Excel prints &[Tab] on the left, &[File] in the centre, &[Page] of &[Pages] and
    # &[Date] in the footer.
    text(left, 842 - 30, "Person spec", "F1", 8)
    text(220, 842 - 30, "PED HCSW B3 person spec and shortlisting v2.xlsx", "F1", 8)
    text(280, 30, "Page 1 of 1", "F1", 8)
    text(500, 30, "31/01/2028", "F1", 8)

    # Column-letter heading row.
    head_height = 13
    y = top
    ops.append(f"0.88 g {left} {y - head_height} {right - left} {head_height} re f 0 g")
    ops.append(f"0.6 G 0.5 w {left} {y - head_height} {right - left} {head_height} re S")
    for column, (col_x, width) in xs.items():
        ops.append(f"{col_x} {y} m {col_x} {y - head_height} l S")
        text(col_x + width / 2 - 3, y - head_height + 3.5, column, "F1", 8)
    y -= head_height

    for number, cells in J5_ROWS:
        laid = []
        lines_needed = 1
        for column, string, style in cells:
            lines = textwrap.wrap(string, J5_WRAP_CHARS) if column == "B" and number in J5_WRAP_ROWS else [string]
            lines_needed = max(lines_needed, len(lines))
            laid.append((column, lines, style))
        height = lines_needed * leading + 2 * pad
        # row-number heading cell
        ops.append(f"0.88 g {left} {y - height} {rownum_width} {height} re f 0 g")
        ops.append(f"0.6 G 0.5 w {left} {y - height} {rownum_width} {height} re S")
        for col_x, width in xs.values():
            ops.append(f"0.75 G 0.4 w {col_x} {y - height} {width} {height} re S")
        ops.append("0 G")
        base = y - pad - size
        label = str(number)
        text(left + rownum_width / 2 - 2.5 * len(label), base, label, "F1", 8)
        for column, lines, style in laid:
            col_x, width = xs[column]
            font = "F2" if style == "bold" else "F1"
            for index, line in enumerate(lines):
                x_pos = col_x + width - pad - 5.0 * len(line) if style == "right" else col_x + pad
                text(x_pos, base - index * leading, line, font)
        y -= height

    objects: list[bytes] = []
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    objects.append(
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents 6 0 R >>"
    )
    stream = "\n".join(ops).encode("latin-1")
    objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    return pdf_file(objects)


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    j1_paediatric_outpatients_healthcare_assistant()
    j2_childrens_continuing_care_support_worker()
    j3_maternity_care_assistant_postnatal_ward()
    (ADVERTS / "j4_perinatal_mental_health_support_worker.pdf").write_bytes(pdf_bytes(J4_ITEMS, title=(16, 56)))
    (ADVERTS / "j5_paediatric_ed_healthcare_support_worker.pdf").write_bytes(j5_spreadsheet_pdf())


if __name__ == "__main__":
    main()
