"""Build the Word and PDF adverts of the thirty-third held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback33/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. Two
things are built here rather than in the helpers: y3's letterhead in a different first-page header, and y4's
person specification, whose cells hold several lines separated by soft line breaks (Shift+Enter) rather than
paragraphs. The pasted-text adverts (y7 and y8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.advert_files import (  # noqa: E402
    add_rows_merging_categories_down,
    add_rows_side_by_side,
    add_rows_with_category_rows,
    blank_docx,
    bold_cell,
    header_table,
    label_value_table,
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

TICK = "\u2713"
DASH = "\u2013"
POUND = "\u00a3"
BULLET = "\u2022"
FIXED_TIME = dt.datetime(2028, 1, 10, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 1, 10, 9, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def y1_community_phlebotomist() -> None:
    """A two-column details table with no header row; duties as Word bullets; tick columns (U+2713 in one column,
    the other empty) with category rows merged across the table, E and D mixed within a category, and three
    ticked-Essential rows that are not criteria (a competency workbook the job gives, "No previous phlebotomy
    experience is needed", the right to work); mileage, benefits, DBS and sponsorship after the table."""
    document = blank_docx("Arial")
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Community Phlebotomist"),
            ("Employer", "Hounslow and Richmond Community Healthcare NHS Trust"),
            ("Service", "Housebound Phlebotomy, Hounslow Adult Community Services"),
            ("Band", "Band 2"),
            ("Salary", f"{POUND}26,920 to {POUND}27,890 a year, plus Outer London High Cost Area Supplement"),
            ("Hours", "37.5 hours a week, Monday to Friday, 7.30am to 3.30pm"),
            ("Base", "Heart of Hounslow Centre for Health, 92 Bath Road, Hounslow TW3 3EL"),
            ("Closing date", "18 February 2028"),
            ("Interviews", "2 March 2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our housebound phlebotomy team takes around 1,400 blood tests a month for people in Hounslow who cannot "
        "get to a clinic: older people who live alone, people with heart failure, diabetes or kidney disease, and "
        "the residents of the borough's care homes. Each member of the team covers one patch of the borough each "
        "day, working from a list that our administrator books the afternoon before."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Take blood from adult patients at home and in care homes, following the Trust's venepuncture policy",
        "Confirm each patient's identity before every procedure, and label each tube at the patient's side",
        "Hand samples to the pathology courier at the agreed drop-off points by 1pm; you must scan every sample "
        "onto the courier manifest before it leaves your hands",
        "Record each visit on the Trust's mobile app and tell the district nursing team about any worries you "
        "have about a patient's wellbeing",
        "Keep your phlebotomy bag stocked and replace your sharps bin when it is three-quarters full",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Good general education, including English and maths at GCSE grade 4 (C) or equivalent", TICK, ""),
        ("Phlebotomy certificate from a recognised training provider", "", TICK),
        ("Trust community phlebotomy competency workbook, completed in the first three months in post", TICK, ""),
        ("Experience",),
        (
            "Experience of caring for or supporting older people or people with long-term conditions, paid or "
            "voluntary",
            TICK,
            "",
        ),
        ("Experience of taking blood samples from adults", "", TICK),
        (f"No previous phlebotomy experience is needed {DASH} full training is given", TICK, ""),
        ("Experience of visiting people in their own homes or in care homes", "", TICK),
        ("Skills and abilities",),
        ("Able to reassure patients who are anxious about needles", TICK, ""),
        ("Careful and accurate when labelling samples and completing request forms", TICK, ""),
        ("Able to plan a day of home visits and arrive at the times agreed", TICK, ""),
        ("Confident using a tablet or smartphone to record visits", TICK, ""),
        ("Experience of using SystmOne", "", TICK),
        ("Knowledge",),
        (
            "Understanding of infection prevention and control, including hand hygiene and sharps safety",
            TICK,
            "",
        ),
        ("Knowledge of the correct order of draw for blood bottles", "", TICK),
        ("Other",),
        ("Full UK driving licence and use of a car for work", TICK, ""),
        ("Right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "Business mileage is paid at NHS rates and parking permits are provided for your patch. You will have "
        "27 days' annual leave plus bank holidays, rising with service, the NHS Pension and access to our staff "
        "wellbeing service. Appointment is subject to an enhanced DBS check, occupational health clearance and "
        "two satisfactory references. We are unable to offer visa sponsorship for this post."
    )
    save(document, "y1_community_phlebotomist.docx")


def y2_recovery_support_worker_eip() -> None:
    """The title as the heading, details as paragraphs with bold labels; numbered responsibilities with a "must"
    in one; rows marked E or D with the factor merged down and a "How assessed" column, E and D mixed within a
    factor, a training row and a right-to-work row marked E; the key under the table; a closing paragraph with
    "You do not need to have worked in the NHS before", benefits, DBS and sponsorship."""
    document = blank_docx("Arial")
    document.add_heading(f"Recovery Support Worker {DASH} Early Intervention in Psychosis", level=1)
    for label, value in [
        ("Employer", "Central and North West London NHS Foundation Trust"),
        ("Team", "Brent Early Intervention Service"),
        (
            "Base",
            "Park Royal Centre for Mental Health, Central Way, London NW10 7NS, with most of the work out in the "
            "community",
        ),
        ("Band", "Band 4"),
        ("Hours", "37.5 hours a week, including one late shift a week until 8pm"),
        ("Closing date", "Friday 3 March 2028"),
    ]:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(value)
    document.add_heading("Job summary", level=2)
    document.add_paragraph(
        "Our early intervention team works with people aged 14 to 65 in the first three years after a first "
        "episode of psychosis. Recovery support workers spend most of their time with the people we support "
        "rather than at a desk: at home, at college, at the jobcentre or in a café. You will work alongside care "
        "coordinators, our psychologist and our employment specialist, and you will have weekly supervision."
    )
    document.add_heading("Key responsibilities", level=2)
    for duty in [
        "Work with a group of people recovering from a first episode of psychosis, alongside their care "
        "coordinator, meeting each of them at least once a week",
        "Help people reach goals they have chosen, such as going back to college, finding work, managing money "
        "or keeping their tenancy",
        "Support people to attend their physical health checks and to take part in the service's groups",
        "You must record every contact on the electronic patient record by the end of the next working day",
        "Offer information and practical support to families and carers",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Education and qualifications",
            "Level 3 qualification in health, social care or a related subject, or equivalent experience",
            "E",
            "A",
        ),
        ("Education and qualifications", "Mental Health First Aid certificate", "D", "A"),
        (
            "Education and qualifications",
            "Trust physical health monitoring training, completed within the first three months",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of supporting people with mental health problems in a paid or voluntary role",
            "E",
            "A/I",
        ),
        ("Experience", "Experience of working with young adults", "D", "A/I"),
        (
            "Experience",
            "Lived experience of mental health difficulties, either your own or as a family member or carer",
            "D",
            "A/I",
        ),
        (
            "Skills and abilities",
            "Able to build trusting relationships with people who may be wary of services",
            "E",
            "I",
        ),
        (
            "Skills and abilities",
            "Able to help people with practical goals such as housing, benefits, study and work",
            "E",
            "A/I",
        ),
        ("Skills and abilities", "Clear written English for keeping accurate, timely case notes", "E", "A"),
        ("Skills and abilities", "Able to run or co-facilitate group activities", "D", "I"),
        ("Skills and abilities", "Fluent in a second language spoken in Brent", "D", "A/I"),
        ("Knowledge", "Understanding of how psychosis can affect a person's daily life", "E", "I"),
        ("Knowledge", "Awareness of safeguarding adults and children at risk", "E", "I"),
        ("Other", "Able to travel across Brent to meet people at home and in the community", "E", "A/I"),
        ("Other", "Eligibility to work in the UK", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "E = essential, D = desirable. A = application form, I = interview. In your supporting statement, please "
        "give an example for each criterion marked E."
    )
    document.add_paragraph(
        "You do not need to have worked in the NHS before, and we warmly welcome applications from people who "
        "use, or have used, mental health services. We offer 27 days' annual leave plus bank holidays, the NHS "
        "Pension, an interest-free season ticket loan and a Blue Light Card. The post is subject to an enhanced "
        "DBS check, and it does not meet the requirements for Skilled Worker sponsorship."
    )
    save(document, "y2_recovery_support_worker_eip.docx")


def y3_practice_healthcare_assistant() -> None:
    """A GP practice's job description on its letterhead: the practice's name, address and telephone number only
    in a different first-page header (the default header, used from page 2, holds only the document's version
    line); "Label: value" paragraphs; numbered duties with a "must"; a training paragraph; Essential and
    Desirable side by side by category, with a funding line in a Desirable cell, a "not essential" line and a
    right-to-work line in Essential cells, "N/A" and an empty Desirable cell; how to apply and benefits."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.different_first_page_header_footer = True
    letterhead = section.first_page_header
    lines = [
        ("Brook Green Medical Centre", True, 16),
        ("Bute Gardens, Hammersmith, London W6 7EG", False, 10),
        ("Telephone 020 7946 0718", False, 10),
    ]
    first = letterhead.paragraphs[0]
    for index, (text, bold, size) in enumerate(lines):
        paragraph = first if index == 0 else letterhead.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = paragraph.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
    section.header.paragraphs[0].text = "HCA job description and person specification, version 2, January 2028"
    document.add_heading("Job description and person specification", level=1)
    for label, value in [
        ("Job title", "Practice Healthcare Assistant"),
        ("Responsible to", "Lead Practice Nurse (clinical work) and Practice Manager (day to day)"),
        ("Hours", "30 hours a week over four days, including one evening clinic"),
        ("Pay", f"{POUND}13.60 to {POUND}14.45 an hour, in line with Agenda for Change Band 3, reviewed each April"),
        ("Closing date", "Thursday 24 February 2028, 12 noon. Interviews will be held at the practice on 3 March."),
    ]:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(value)
    document.add_heading("Job summary", level=2)
    document.add_paragraph(
        "We are a training practice of about 11,000 patients, with six GPs, two practice nurses and a pharmacist. "
        "Our healthcare assistant works alongside the nurses, running their own clinics once trained, so that "
        "the nurses and doctors can spend their time where it is most needed."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "New patient checks, NHS Health Checks for patients aged 40 to 74, blood pressure checks, and height, "
        "weight and BMI",
        "Morning blood clinics, ECGs and urine testing",
        "Flu and other vaccinations under a Patient Specific Direction, once trained",
        "Keep clinical rooms stocked and clean, and check the emergency trolley every Monday",
        "The vaccine fridge temperatures must be read and recorded at the start and end of every day",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Training and support", level=2)
    document.add_paragraph(
        "You will have protected time to complete the HCA competencies for phlebotomy, ECGs and vaccinations, "
        "with the Lead Practice Nurse as your supervisor, and you will join the local HCA forum."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSEs (or equivalent) in English and maths at grade C/4 or above",
            "Care Certificate or a Level 2 qualification in health and social care\n"
            "The practice will fund the Care Certificate for a successful candidate who does not hold it",
        ),
        (
            "Experience",
            "Experience in a patient-facing role in health or social care\n"
            "Experience of general practice is not essential",
            "Experience of phlebotomy, ECGs or blood pressure checks",
        ),
        (
            "Skills",
            "Confident talking with patients of all ages and backgrounds\n"
            "Able to follow clinical protocols and checklists precisely",
            "Experience of EMIS Web or SystmOne",
        ),
        ("Knowledge", "Understanding of confidentiality and patient consent", "N/A"),
        (
            "Personal qualities",
            "Reliable and punctual, and willing to cover colleagues' leave at short notice",
            "",
        ),
        (
            "Other",
            "Able to work one evening clinic a week until 8pm\n"
            f"Right to work in the UK {DASH} the practice does not hold a sponsor licence",
            "A second language spoken by our patients, such as Arabic, Polish or Somali",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("How to apply", level=2)
    document.add_paragraph(
        "Please send your CV and a supporting statement that shows how you meet the person specification to the "
        "Practice Manager at the address above. An enhanced DBS check and two references will be needed before "
        "you start. We offer the NHS Pension, 25 days' annual leave plus bank holidays, rising with service, "
        "a free flu vaccination and your birthday off."
    )
    save(document, "y3_practice_healthcare_assistant.docx")


# Columns of y4's person specification on an A4 page with 2 cm margins; the criteria column holds about 287 points
# of 10-point Arial text (about 60 characters), so six criteria run onto a second line in Word and the others do not
# (measured with Liberation Sans, which has Arial's widths).
Y4_WIDTHS = (Cm(3.0), Cm(10.5), Cm(1.3), Cm(2.2))

# (area, criteria lines, E/D lines, assessed lines). Every cell is one paragraph whose lines are separated by soft
# line breaks. Where a criterion runs onto a second line on the page, the author pressed Shift+Enter once more in
# the E/D and assessed cells (the empty strings) so that the next letter sits level with the next criterion.
Y4_ROWS = [
    (
        "Qualifications",
        [
            "Care Certificate or NVQ Level 2 in health and social care",
            "Level 3 qualification in health and social care, or currently working towards one",
        ],
        ["E", "D"],
        ["A", "A"],
    ),
    (
        "Experience",
        [
            "Experience of giving personal care to adults, for example as a care assistant or healthcare support "
            "worker",
            "Experience in a community nursing team or clinic",
            "Experience of supporting people with incontinence",
        ],
        ["E", "", "D", "D"],
        ["A/I", "", "A", "A/I"],
    ),
    (
        "Skills",
        [
            "Able to talk about intimate subjects with tact, so that patients feel at ease and keep their dignity",
            "Clear spoken and written English",
            "Able to use a computer for email, orders and records",
            "Able to teach patients and carers simple skills, such as emptying a catheter bag or keeping a bladder "
            "diary",
        ],
        ["E", "", "E", "E", "D"],
        ["I", "", "A/I", "A", "I"],
    ),
    (
        "Knowledge",
        [
            "Understanding of infection control when handling catheters and body fluids",
            "Knowledge of the main types of incontinence",
        ],
        ["E", "", "D"],
        ["I", "", "I"],
    ),
    (
        "Other",
        [
            "Able to travel to clinics and homes across Brent",
            "Trust community induction and continence product training, completed in the first month",
            "Right to work in the UK",
        ],
        ["E", "E", "", "E"],
        ["I", "N/A", "", "Pre-employment"],
    ),
]


def lines_with_soft_breaks(cell, lines: list[str]) -> None:
    """Write the lines into the cell's one paragraph, separated by soft line breaks (w:br)."""
    paragraph = cell.paragraphs[0]
    for index, line in enumerate(lines):
        run = paragraph.add_run(line)
        if index < len(lines) - 1:
            run.add_break()


def y4_bladder_and_bowel_support_worker() -> None:
    """A community services template: the employer in bold on the first line, a details table, a job purpose, duties
    as Word bullets with a "must" in one, a training paragraph, then `Area | Criteria | E/D | Assessed` with one row
    per area and several lines to a cell separated by soft line breaks, the E/D and Assessed lines padded with empty
    lines to stay level with criteria that wrap; a training row and a right-to-work row marked E."""
    document = blank_docx("Arial")
    document.styles["Normal"].font.size = Pt(10)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    document.add_paragraph().add_run("London North West University Healthcare NHS Trust").bold = True
    document.add_heading("Job description", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Bladder and Bowel Service Support Worker"),
            ("Band", "Band 3"),
            ("Directorate", f"Integrated Medicine {DASH} Community Services (Brent)"),
            ("Base", "Wembley Centre for Health and Care, 116 Chaplin Road, Wembley HA0 4UZ"),
            ("Hours", "37.5 hours a week, Monday to Friday, 8.30am to 5pm"),
            ("Closing date", "09/03/2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The Brent bladder and bowel service assesses adults with continence problems in clinics and at home, "
        "supplies continence products through a home delivery contract and supports care homes and district "
        "nurses. The support worker carries out routine reviews and product fittings under the supervision of "
        "the service's specialist nurses, and keeps the product ordering system running smoothly."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Carry out continence product reviews in clinic and at home, under the supervision of a specialist nurse",
        "Give out and explain bladder diaries, and test urine samples with reagent strips",
        "Process orders for the home delivery service; you must check every order against the patient's latest "
        "assessment before it is sent to the supplier",
        "Answer the service's phone line and pass clinical questions to the nurse on duty",
        "Keep clinic rooms stocked and equipment clean",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Training", level=2)
    document.add_paragraph(
        "All new support workers complete a four-week competency programme in continence assessment, catheter "
        "care and product fitting, with a specialist nurse signing off each competency."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Criteria", "E/D", "Assessed"])
    table.autofit = False
    for area, criteria, levels, assessed in Y4_ROWS:
        cells = table.add_row().cells
        bold_cell(cells[0], area)
        for cell, lines in zip(cells[1:], (criteria, levels, assessed), strict=True):
            lines_with_soft_breaks(cell, lines)
    for column, width in zip(table.columns, Y4_WIDTHS, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, Y4_WIDTHS, strict=True):
            cell.width = width
    document.add_paragraph("Key: E = essential, D = desirable. A = application form, I = interview.")
    document.add_paragraph(
        "We welcome applications from people who have cared for a family member. The Trust offers 27 days' "
        "annual leave plus bank holidays, the NHS Pension, a cycle-to-work scheme and staff discounts. This post "
        "is subject to an enhanced DBS check and satisfactory references."
    )
    save(document, "y4_bladder_and_bowel_support_worker.docx")


Y5_ITEMS = [
    ("title", "Health and Wellbeing Coach"),
    ("bold", "Ealing GP Federation"),
    ("body", "Working with the GP practices of Southall and Norwood Green, with some home working"),
    ("gap", ""),
    ("body", f"Band 4  |  {POUND}31,900 to {POUND}34,900 a year pro rata, including London weighting"),
    ("body", "Permanent  |  30 to 37.5 hours a week, Monday to Friday, with one evening a fortnight"),
    ("body", "Closing date: Sunday 27 February 2028 at 11.59pm. Interviews: week beginning 6 March 2028."),
    ("heading", "About the role"),
    (
        "body",
        "Wellbeing coaches are part of the primary care team. GPs, nurses and social prescribers refer patients "
        "who want support to manage a long-term condition such as type 2 diabetes, high blood pressure "
        "or COPD, or who want to get more active, lose weight or stop smoking. You will see each person for up to "
        "six sessions, in person or by video, and help them decide what matters to them and plan their own next "
        "steps.",
    ),
    ("heading", "What you'll be doing"),
    ("body", f"{BULLET} Hold one-to-one coaching sessions in GP practices, at home or by video"),
    (
        "body",
        f"{BULLET} Run six-week group courses, such as a walking group or a healthy eating course, in English and "
        "in community languages",
    ),
    ("body", f"{BULLET} Link people with local activities, groups and services"),
    ("body", f"{BULLET} You must record every coaching session in the patient's GP record on the same day"),
    ("body", f"{BULLET} Take part in monthly coaching supervision and the federation's team meetings"),
    ("heading", "Essential criteria"),
    (
        "body",
        f"{BULLET} Experience of helping people to make changes to their health or lifestyle, paid or voluntary",
    ),
    (
        "body",
        f"{BULLET} Able to listen well and help people set their own goals, rather than telling them what to do",
    ),
    ("body", f"{BULLET} Confident speaking to groups as well as to individuals"),
    ("body", f"{BULLET} Good IT skills, including video calls, email and keeping electronic records"),
    (
        "body",
        f"{BULLET} Understanding of what makes it hard for people to look after their health, such as money, "
        "housing or language",
    ),
    ("body", f"{BULLET} Able to work on your own across several GP practices and manage your own diary"),
    (
        "body",
        f"{BULLET} You don't need a health or fitness qualification {DASH} we will train you in health coaching",
    ),
    ("heading", "Desirable criteria"),
    ("body", f"{BULLET} Health coaching or motivational interviewing training"),
    ("body", f"{BULLET} Experience of working in general practice or primary care"),
    ("body", f"{BULLET} Knowledge of community groups and services in Ealing"),
    ("body", f"{BULLET} Able to speak Punjabi, Hindi, Urdu, Somali or Tamil"),
    ("heading", "Training and support"),
    (
        "body",
        "In your first six months you will complete accredited coaching training approved by the Personalised "
        "Care Institute, with paid study time. You will have a named clinical supervisor and monthly group "
        "supervision with the other coaches in Ealing.",
    ),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; we are unable to sponsor visas for this post. Offers are "
        "subject to an enhanced DBS check and two references.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET} 27 days' annual leave plus bank holidays, rising with service"),
    ("body", f"{BULLET} NHS Pension Scheme"),
    ("body", f"{BULLET} A laptop and work phone, and travel between practices paid"),
    ("body", f"{BULLET} Flexible start and finish times"),
]

Y6_ITEMS = [
    ("title", "Safe Haven Support Worker"),
    ("body", "Ealing Community Mental Health Services, West London NHS Trust"),
    ("body", "Team office: St Bernard's Hospital, Uxbridge Road, Southall UB1 3EU"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "The Safe Haven is an evening drop-in for adults who are in mental health crisis, or close to it, and who "
        "might otherwise go to A&E or ring 999. It is open from 5pm every day of the year, and visitors can walk "
        "in without a referral. We are recruiting a support worker at Band 3, working 37.5 hours a week on a rota "
        "of evening shifts. The closing date is 12 March 2028 and interviews will be held on 22 and 23 March.",
    ),
    (
        "body",
        "On a shift you will welcome visitors, listen, help them make a plan to stay safe for the night and, "
        "where needed, put them in touch with the crisis team, their care coordinator or a service such as a "
        "foodbank or a debt adviser. You must complete a risk screen with every visitor before they leave, and "
        "pass any concerns to the nurse in charge. You do not need a mental health qualification to apply.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have experience of supporting people in distress, in a paid or voluntary role. "
        "You must be able to stay calm and think clearly when someone is very upset or angry. Good listening "
        "skills are essential, because much of this work is simply being alongside people. It is essential that "
        "you can work evenings until 11pm, including weekends and bank holidays. You must be able to write "
        "clear, factual notes after each visit. An understanding of when and how to raise a safeguarding concern "
        "is essential.",
    ),
    (
        "body",
        "Experience of working in a mental health, homelessness or substance misuse service would be beneficial. "
        "We would welcome applicants with their own lived experience of mental health crisis. A qualification in "
        "counselling skills is desirable. Knowledge of local services in Ealing, such as food banks and housing "
        "advice, would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that you have the right to work in the UK, as this post does not qualify for visa "
        "sponsorship, and the successful candidate will need an enhanced DBS check. Every new starter has a "
        "two-week induction, including de-escalation and suicide prevention training, and regular clinical "
        "supervision. You will benefit from unsocial hours payments, 27 days' annual leave plus bank holidays, "
        "the NHS Pension and free parking at St Bernard's. We would like to hear from you even if you do not "
        "meet every point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    y1_community_phlebotomist()
    y2_recovery_support_worker_eip()
    y3_practice_healthcare_assistant()
    y4_bladder_and_bowel_support_worker()
    (ADVERTS / "y5_health_and_wellbeing_coach.pdf").write_bytes(pdf_bytes(Y5_ITEMS, title=(16, 56)))
    (ADVERTS / "y6_safe_haven_support_worker.pdf").write_bytes(pdf_bytes(Y6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
