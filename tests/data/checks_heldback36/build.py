"""Build the Word and PDF adverts of the thirty-sixth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback36/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts. Each Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. k4's
landscape section and its repeating header row are set here with python-docx and one `w:tblHeader` element. The
pasted-text adverts (k7 and k8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Mm  # noqa: E402

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

TICK = "\u2713"  # check mark
DASH = "\u2013"  # en dash
FIXED_TIME = dt.datetime(2027, 12, 6, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2027, 12, 6, 9, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


def labelled_paragraph(document, label: str, value: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(label).bold = True
    paragraph.add_run(value)


def a4_portrait(section) -> None:
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(20)


# --------------------------------------------------------------------------------------------------------- Adverts


def k1_nursery_nurse_transitional_care() -> None:
    """Employer in bold as the first line, a details table with no header row, duties as Word bullets (one "You
    must ..."), then tick columns (U+2713 in one column, the other cell empty) with category rows merged across;
    three ticked-Essential rows are not criteria (a workbook the job gives, "No previous hospital experience is
    needed", the right to work); training, benefits and an enhanced DBS check in What we offer."""
    document = blank_docx("Arial")
    a4_portrait(document.sections[0])
    document.add_paragraph().add_run("Imperial College Healthcare NHS Trust").bold = True
    document.add_heading(f"Nursery Nurse {DASH} Transitional Care", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 4"),
            ("Service", "Neonatal services, Queen Charlotte's & Chelsea Hospital, Du Cane Road, London W12 0HS"),
            ("Hours", "37.5 hours a week, long days and nights on a four-week rota"),
            ("Salary", "\u00a334,260 to \u00a337,010 a year, including Inner London High Cost Area Supplement"),
            ("Reference", "290-NEO-1183"),
            ("Closing date", "13 February 2028"),
            ("Interviews", "Week beginning 28 February 2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our transitional care unit lets babies who need a little extra care, such as those born a few weeks early "
        "or being treated for jaundice or low blood sugar, stay with their mothers instead of being admitted to the "
        "neonatal intensive care unit. Nursery nurses work alongside midwives and neonatal nurses, caring for up to "
        "eight babies and their families on each shift and helping parents gain the confidence to take their baby "
        "home."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Give day-to-day care to babies on the unit, including tube and cup feeds, nappy care and skin care, under "
        "the direction of the nurse or midwife in charge",
        "Carry out and chart routine observations and blood glucose checks at the times set in each baby's care plan",
        "Help mothers with expressing breast milk and with the use and cleaning of breast pumps",
        "You must check every baby's two identity bands against the cot card at each handover and before any feed "
        "of expressed milk",
        "Restock the unit, check the milk fridge and freezer temperatures and keep the milk kitchen clean",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    document.add_paragraph("A tick shows whether each requirement is essential or desirable.")
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        (
            "CACHE Level 3 Diploma in Childcare and Education, NNEB or an equivalent nursery nursing qualification",
            TICK,
            "",
        ),
        ("GCSE English and maths at grade 4 (C) or above, or Functional Skills Level 2 in both", TICK, ""),
        ("Newborn Life Support (NLS) or another neonatal resuscitation certificate", "", TICK),
        ("Completion of the Trust's transitional care competency workbook within six months of starting", TICK, ""),
        ("Experience",),
        ("Experience of caring for babies under one year old in a nursery, hospital or family home", TICK, ""),
        ("No previous hospital experience is needed", TICK, ""),
        ("Experience of working on a postnatal ward, neonatal unit or transitional care unit", "", TICK),
        ("Skills and abilities",),
        ("Able to support parents to feed, bathe and settle their baby", TICK, ""),
        ("Able to take and record a baby's temperature, breathing rate and heart rate accurately", TICK, ""),
        ("Clear spoken and written English for completing care records", TICK, ""),
        ("Experience of using an electronic patient record such as Cerner", "", TICK),
        ("Knowledge",),
        ("Understanding of safeguarding children and when to raise a concern", TICK, ""),
        ("Knowledge of the UNICEF UK Baby Friendly Initiative standards", "", TICK),
        ("Other",),
        ("Able to work long days and nights on a rota, including weekends and bank holidays", TICK, ""),
        ("Right to work in the UK (we are unable to offer visa sponsorship for this post)", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "Full training in newborn resuscitation is given on the Trust's own one-day course during your first three "
        "months, and we will support you to complete the Baby Friendly e-learning. You will get 27 days' annual "
        "leave plus bank holidays, rising with service, the NHS Pension Scheme, a season ticket loan and access to "
        "staff accommodation. This post is subject to an enhanced DBS check with a check of the children's barred "
        "list, occupational health clearance and two satisfactory references."
    )
    save(document, "k1_nursery_nurse_transitional_care.docx")


def k2_frailty_healthcare_support_worker() -> None:
    """Title heading, details as paragraphs with bold labels, Job summary, numbered responsibilities (one "You must
    ..."), then rows marked E or D with the factor merged down the first column and a How assessed column; a
    training row (assessed "N/A") and a right-to-work row (assessed "Pre-employment checks") are marked E but are
    not criteria; the key, then "You do not need to have worked in the NHS before", benefits and DBS."""
    document = blank_docx("Calibri")
    a4_portrait(document.sections[0])
    document.add_heading("Frailty Healthcare Support Worker", level=1)
    labelled_paragraph(document, "Employer: ", "Chelsea and Westminster Hospital NHS Foundation Trust")
    labelled_paragraph(
        document,
        "Service: ",
        "Acute Frailty Unit and Same Day Emergency Care, West Middlesex University Hospital, Twickenham Road, "
        "Isleworth TW7 6AF",
    )
    labelled_paragraph(
        document,
        "Pay: ",
        "Band 3 (\u00a330,290 to \u00a332,310 a year, including Outer London High Cost Area Supplement)",
    )
    labelled_paragraph(document, "Hours: ", "37.5 hours a week on a rota of early, late and weekend shifts")
    labelled_paragraph(document, "Closing date: ", "Sunday 20 February 2028")
    document.add_heading("Job summary", level=2)
    document.add_paragraph(
        "Our frailty team sees older people who come to West Middlesex as an emergency. We aim to assess them "
        "quickly and get them home safely the same day where we can, or onto the right ward where we cannot. You "
        "will be part of a team of consultants, nurses, therapists and a pharmacist, and you will be the person who "
        "spends the most time with patients while they wait."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Welcome patients and their relatives to the unit, help them to get comfortable and make sure they have "
        "drinks and something to eat.",
        "Carry out lying and standing blood pressure, blood glucose checks and ECGs once you have been signed off "
        "as competent.",
        "Help patients to walk, wash and use the toilet, using moving and handling equipment safely.",
        "You must record every patient's food and fluid intake on the electronic chart before the end of your shift.",
        "Escort patients to imaging and to the discharge lounge, and help the team arrange transport home.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "Level 3 Diploma in Health and Social Care, or an equivalent qualification",
            "E",
            "Application",
        ),
        ("Qualifications", "Certificate in dementia awareness or dementia care", "D", "Application"),
        (
            "Qualifications",
            "Functional Skills Level 2 in English and maths, or GCSE grade 4 or above",
            "E",
            "Application",
        ),
        (
            "Qualifications",
            "Trust clinical skills training (observations, blood glucose and ECG recording) during your "
            "supernumerary period",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of giving personal care to older adults in a hospital, care home or community setting",
            "E",
            "Application and interview",
        ),
        (
            "Experience",
            "Experience of caring for people living with dementia or delirium",
            "D",
            "Application and interview",
        ),
        (
            "Experience",
            "Experience in an emergency department, acute medical unit or same day emergency care",
            "D",
            "Application",
        ),
        (
            "Skills",
            "Able to take and record vital signs, including blood pressure and oxygen saturation, and report any "
            "change",
            "E",
            "Interview",
        ),
        ("Skills", "Familiar with a frailty screening tool such as the Clinical Frailty Scale", "D", "Application"),
        (
            "Skills",
            "Able to talk clearly and patiently with people who are hard of hearing or confused",
            "E",
            "Interview",
        ),
        ("Knowledge", "Awareness of how to protect adults at risk of abuse or neglect", "E", "Interview"),
        (
            "Knowledge",
            "Understanding of the risks of falls, pressure ulcers and dehydration in older people",
            "E",
            "Interview",
        ),
        ("Other", "Able to work early, late and weekend shifts between 7.30am and 10pm", "E", "Application"),
        ("Other", "Evidence of the right to work in the UK", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "E = essential, D = desirable. Please show in your supporting information how you meet each essential "
        "criterion."
    )
    document.add_paragraph(
        "You do not need to have worked in the NHS before. We offer 27 days' annual leave plus bank holidays, the "
        "NHS Pension Scheme, free flu vaccination and discounted parking on site. The successful applicant will "
        "need an enhanced DBS check, including the adults' barred list. This post is not eligible for Skilled "
        "Worker visa sponsorship."
    )
    save(document, "k2_frailty_healthcare_support_worker.docx")


def k3_paediatric_assessment_unit_hcsw() -> None:
    """Title and band in one heading, the employer, service and site on one "|" line, pay and dates in paragraphs,
    a "You must ..." duty inside About the unit; Essential and Desirable side by side by category, with a
    "not required" training line and a no-sponsorship line in Essential cells, "N/A" in one Desirable cell and the
    last Desirable cell empty; induction training and benefits after the table."""
    document = blank_docx("Arial")
    a4_portrait(document.sections[0])
    document.add_heading(f"Paediatric Assessment Unit Healthcare Support Worker {DASH} Band 3", level=1)
    document.add_paragraph(
        "The Hillingdon Hospitals NHS Foundation Trust  |  Children's Services  |  Hillingdon Hospital, Pield Heath "
        "Road, Uxbridge UB8 3NN"
    )
    document.add_paragraph(
        "\u00a330,290 to \u00a332,310 a year including Outer London High Cost Area Supplement. Full time, 37.5 hours a "
        "week, or part time by arrangement."
    )
    document.add_paragraph("Closing date: 27/02/2028        Interview date: 13/03/2028")
    document.add_heading("About the unit", level=2)
    document.add_paragraph(
        "Our paediatric assessment unit sees children and young people up to 16 who are sent in by their GP or by "
        "the emergency department, and most go home within a few hours. You will welcome families, take first "
        "observations, help nurses and doctors with examinations and procedures, and keep the unit clean, stocked "
        "and child friendly. You must check the children's resuscitation trolley against its list at the start of "
        "every shift and sign the record."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Level 3 qualification in children's care, health and social care or early years\n"
            "Good literacy and numeracy, for example GCSE grade 4 or Functional Skills Level 2",
            "Paediatric first aid or paediatric basic life support certificate",
        ),
        (
            "Experience",
            "Experience of looking after children or young people in a paid or voluntary role\n"
            f"Previous NHS experience is not required {DASH} full training is given",
            "Experience on a children's ward or in a children's emergency department",
        ),
        (
            "Skills",
            "Able to measure and record a child's weight, height and temperature accurately\n"
            "Able to comfort a frightened child and reassure their parents or carers",
            "Able to use play or distraction to help a child through a blood test or cannula\n"
            "Speaks a language used by local families, such as Punjabi, Somali, Tamil or Polish",
        ),
        (
            "Knowledge",
            "Understanding of safeguarding children and the duty to report concerns",
            "N/A",
        ),
        (
            "Other",
            "Flexible about working shifts across the 24-hour rota, including nights\n"
            "We are unable to offer visa sponsorship for this post",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "New starters complete the Trust's paediatric competency workbook and a play and distraction study day in "
        "their first three months. We offer 27 days' annual leave plus bank holidays, the NHS Pension Scheme, "
        "on-site nursery places, free parking and a staff wellbeing service. The post is subject to an enhanced DBS "
        "check including the children's barred list."
    )
    save(document, "k3_paediatric_assessment_unit_hcsw.docx")


def repeat_as_header_row(row) -> None:
    """Mark a table row to repeat at the top of each page (Word's "Repeat as header row at the top of each page")."""
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def k4_strength_and_balance_support_worker() -> None:
    """A portrait A4 first section (employer, title, a "|" line with service, band, hours and reference, pay and
    dates, About the service, duties with a "You must ...") and, after a next-page section break, a landscape A4
    section holding the person specification as a shortlisting grid `No. | Criteria | E/D | How assessed |
    Scoring`, with category rows merged across, rows numbered 1 to 13 straight through (non-criteria included), a
    repeating header row and a scoring rule in every row; a training row ("-", "Not assessed", "Not scored") and a
    right-to-work row ("E", "Pre-employment check", "Not scored") are not criteria. The scoring key and Before you
    apply come after the grid."""
    document = blank_docx("Arial")
    a4_portrait(document.sections[0])
    document.add_paragraph().add_run("Central London Community Healthcare NHS Trust").bold = True
    document.add_heading("Strength and Balance Support Worker", level=1)
    document.add_paragraph(
        "Falls and Bone Health Service, Hammersmith and Fulham  |  Band 3  |  37.5 hours a week, Monday to Friday, "
        "8.30am to 5pm  |  Ref 391-FBH-0207"
    )
    document.add_paragraph(
        "Salary \u00a330,290 to \u00a332,310 a year including High Cost Area Supplement. Closing date: 5 March 2028. "
        "Interviews: Thursday 16 March 2028 at White City Health Centre."
    )
    document.add_heading("About the service", level=2)
    document.add_paragraph(
        "Our falls team of physiotherapists, occupational therapists and support workers sees adults who have "
        "fallen or are at risk of falling, in their own homes and in community clinics. Support workers carry out "
        "the home exercise programmes that the physiotherapists set, and help to run the service's twelve-week "
        "group classes in community halls and leisure centres."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Visit patients at home to take them through the exercises their physiotherapist has prescribed, and "
        "progress them as agreed",
        "Co-run community strength and balance classes of up to twelve people, setting out the room and equipment",
        "Teach patients how to get up from the floor, and what to do if they cannot",
        "You must record every visit on the electronic patient record on the same day, including any fall "
        "reported since the last visit",
        "Measure progress with simple tests such as the timed up and go and the 30-second chair stand",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_paragraph(
        "The person specification is on the next page. We shortlist by scoring your supporting information "
        "against it, so please give an example for each criterion assessed at application."
    )

    landscape = document.add_section(WD_SECTION.NEW_PAGE)
    landscape.orientation = WD_ORIENT.LANDSCAPE
    landscape.page_width, landscape.page_height = Mm(297), Mm(210)
    landscape.left_margin = landscape.right_margin = Mm(15)
    landscape.top_margin = landscape.bottom_margin = Mm(15)
    document.add_heading("Person specification and shortlisting scores", level=2)
    table = header_table(document, ["No.", "Criteria", "E/D", "How assessed", "Scoring"])
    repeat_as_header_row(table.rows[0])
    rows = [
        ("Qualifications and training",),
        (
            "1",
            "Level 3 qualification in health and social care, or in exercise and fitness instruction",
            "E",
            "Application",
            "Met / not met",
        ),
        (
            "2",
            "Postural Stability Instructor (FaME) or Otago exercise leader qualification",
            "D",
            "Application",
            "0 or 1",
        ),
        (
            "3",
            "Trust moving and handling, falls awareness and basic life support training in your first month",
            DASH,
            "Not assessed",
            "Not scored",
        ),
        ("Experience",),
        (
            "4",
            "Experience of helping older people with exercise, rehabilitation or everyday activities",
            "E",
            "Application and interview",
            "0, 1 or 2",
        ),
        (
            "5",
            "Experience of leading group sessions, such as exercise or activity classes",
            "D",
            "Application",
            "0 or 1",
        ),
        ("Skills",),
        ("6", "Able to encourage people who are afraid of falling to stay active", "E", "Interview", "0, 1 or 2"),
        (
            "7",
            "Able to write clear notes after each visit and report changes to a physiotherapist",
            "E",
            "Application",
            "0, 1 or 2",
        ),
        ("8", "Able to use a laptop or tablet to keep electronic records", "E", "Application", "0, 1 or 2"),
        ("9", "Experience of using SystmOne", "D", "Application", "0 or 1"),
        ("Knowledge",),
        (
            "10",
            "Knowledge of common causes of falls in older people and how the risk can be reduced",
            "E",
            "Interview",
            "0, 1 or 2",
        ),
        (
            "11",
            "Awareness of simple aids that make a home safer, such as grab rails and perching stools",
            "D",
            "Interview",
            "0 or 1",
        ),
        ("Other",),
        (
            "12",
            "Able to travel between patients' homes across Hammersmith and Fulham during the working day",
            "E",
            "Interview",
            "Met / not met",
        ),
        ("13", "Eligible to work in the UK", "E", "Pre-employment check", "Not scored"),
    ]
    add_rows_with_category_rows(table, rows)
    widths = [Cm(1.2), Cm(14.0), Cm(1.4), Cm(4.6), Cm(5.5)]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        if len({cell._tc for cell in row.cells}) == 1:
            continue
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    document.add_paragraph(
        "Scoring: 0 = no evidence, 1 = some evidence, 2 = a clear example of what you did. To be shortlisted you "
        "must meet criteria 1 and 12 and score at least 1 on every other essential criterion assessed at "
        "application. Desirable criteria score 0 or 1 and help us choose between applicants with the same essential "
        "score. Rows marked Not scored are not used for shortlisting."
    )
    document.add_heading("Before you apply", level=2)
    document.add_paragraph(
        "You do not need to have worked for the NHS. The post needs an enhanced DBS check with the adults' barred "
        "list, and we cannot sponsor a visa for this role. We offer 27 days' annual leave plus bank holidays, the "
        "NHS Pension Scheme, a cycle-to-work scheme and a Blue Light Card."
    )
    save(document, "k4_strength_and_balance_support_worker.docx")


K5_ITEMS = [
    ("title", "Labour Ward Healthcare Assistant"),
    ("bold", f"London North West University Healthcare NHS Trust {DASH} Maternity Services"),
    ("body", "Labour ward and birth centre, Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
    ("gap", ""),
    (
        "body",
        "Band 3  |  \u00a330,290 to \u00a332,310 a year, including Outer London High Cost Area Supplement  |  37.5 "
        "hours a week",
    ),
    (
        "body",
        "Applications close at 23:59 on Thursday 17 February 2028. Interviews will be held on Thursday 2 March 2028.",
    ),
    ("heading", "About the role"),
    (
        "body",
        "Around 4,500 babies are born at Northwick Park each year, on our labour ward and in the birth centre next "
        "door. You will look after women before and after they give birth, keep the rooms ready for the next "
        "family and support midwives in emergencies.",
    ),
    ("heading", "What you'll be doing"),
    ("body", "\u2022 Help women to wash, move and use the toilet during labour and after birth, and change bed linen"),
    (
        "body",
        "\u2022 Take and record maternal observations, such as blood pressure, pulse and temperature, once trained",
    ),
    ("body", "\u2022 Take samples to the laboratory, chase results and order supplies"),
    (
        "body",
        "\u2022 You must check and sign the resuscitaire and emergency trolley checklists at the start of every shift",
    ),
    ("body", "\u2022 Help new mothers with skin-to-skin contact and the first feed"),
    ("heading", "Essential criteria"),
    ("body", "\u2022 Level 3 Diploma in Healthcare Support, or an equivalent qualification"),
    ("body", "\u2022 Experience of giving personal care in a hospital, care home or maternity setting"),
    ("body", "\u2022 Able to stay calm and kind with women in labour and their birth partners"),
    ("body", "\u2022 Able to clean, prepare and restock birthing rooms to a set standard"),
    ("body", "\u2022 Good written English for completing care records and fluid balance charts"),
    ("body", "\u2022 Understanding of why privacy and dignity matter during labour and birth"),
    ("body", "\u2022 Willing to work 12.5-hour day and night shifts on a rota"),
    (
        "body",
        f"\u2022 You don't need maternity experience {DASH} every new healthcare assistant spends three weeks on our "
        "maternity induction programme",
    ),
    ("heading", "Desirable criteria"),
    ("body", "\u2022 Experience of working in a maternity unit or birth centre"),
    ("body", "\u2022 Able to carry out newborn observations and weigh babies"),
    ("body", "\u2022 Speaks Gujarati, Tamil, Romanian or another language used by local families"),
    ("body", "\u2022 Breastfeeding support training"),
    ("heading", "Training and support"),
    (
        "body",
        "You will complete the Care Certificate if you do not hold it, our maternity induction and newborn "
        "observations training. After a year you can apply for our Level 3 maternity support apprenticeship and "
        "join our infant feeding workshops.",
    ),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; this post is not eligible for visa sponsorship. The successful "
        "applicant will need an enhanced DBS check, occupational health clearance and two references covering the "
        "last three years.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave plus bank holidays, rising with service, and the NHS Pension Scheme"),
    ("body", "\u2022 Free staff shuttle bus between Northwick Park, Central Middlesex and Ealing hospitals"),
]

K6_ITEMS = [
    ("title", "Dementia Activities Worker"),
    ("bold", "Imperial College Healthcare NHS Trust"),
    ("body", "Care of Older People, Charing Cross Hospital, Fulham Palace Road, London W6 8RF"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our older people's wards at Charing Cross care for about 90 patients at a time, many of whom are living "
        "with dementia or have become confused while unwell. Long days on a hospital ward can be frightening and "
        "dull, and patients who are occupied and engaged eat better, sleep better and go home sooner. This is a "
        "Band 2 post of 30 hours a week over five days. The closing date is 1 March 2028 and we expect to hold "
        "interviews in the week beginning 13 March.",
    ),
    (
        "body",
        "You will run one-to-one and small-group activities at the bedside and in the ward's day room, from music "
        "and reminiscence to hand massage, help out at mealtimes and get to know each patient's life story with "
        "their family. You must fill in each patient's 'This is me' leaflet with them or their family within two "
        "days of their arrival on the ward. You do not need any qualifications to apply.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have spent time with older people, whether in a care home, a day centre, a "
        "hospital or as a volunteer. You must be able to plan and lead simple activities such as reminiscence, "
        "music, games or crafts. A warm, patient way of talking with people who are confused or distressed is "
        "essential. It is essential that you can read and write English well enough to record what each patient "
        "enjoyed and how they responded. You must be willing to help patients to eat and drink at mealtimes. It is "
        "essential that you can work one weekend in three and one late shift until 8pm each week.",
    ),
    (
        "body",
        "Paid or voluntary experience in a dementia care setting would be beneficial. A Level 2 certificate in "
        "dementia care is desirable. We would welcome people who can play a musical instrument or lead a "
        "sing-along.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that everyone working on our wards has the right to work in the UK, and this post does not "
        "qualify for visa sponsorship. The successful applicant will need an enhanced DBS check. We will give you "
        "our tier 2 dementia training and a mealtime support course in your first three months. You will benefit "
        "from 27 days' annual leave plus bank holidays, the NHS Pension, a season ticket loan and our staff "
        "wellbeing programme. We would like to hear from you even if you do not meet every point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    k1_nursery_nurse_transitional_care()
    k2_frailty_healthcare_support_worker()
    k3_paediatric_assessment_unit_hcsw()
    k4_strength_and_balance_support_worker()
    (ADVERTS / "k5_labour_ward_healthcare_assistant.pdf").write_bytes(pdf_bytes(K5_ITEMS, title=(16, 56)))
    (ADVERTS / "k6_dementia_activities_worker.pdf").write_bytes(pdf_bytes(K6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
