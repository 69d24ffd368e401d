"""Build the Word and PDF adverts of the twenty-seventh held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback27/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
helpers and the small PDF writer are in `tests/data/advert_files.py`; b5 is a flattened PDF form, so it is laid out
by its own routine here (ruled boxes, and ticks drawn in the ZapfDingbats font, as PDF form check boxes are). Each
Word file is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the
same. The pasted-text adverts (b6 and b7) are plain files written by hand and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
import textwrap
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
    pdf_file,
    pdf_text,
    save_docx,
)

ADVERTS = HERE / "adverts"

TICK = "\u2713"  # CHECK MARK, as typed into the tick columns of b1
DASH = "\u2013"
FIXED_TIME = dt.datetime(2028, 1, 10, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 1, 10, 9, 0, 0)  # every Word file's zip entries


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def b1_care_navigator() -> None:
    """A GP federation's advert: details table with no header row, Word-bullet duties (one "You must ..."), then
    the person specification with tick columns (Criteria | Essential | Desirable) and category rows merged across.
    Three ticked-Essential rows are not criteria: induction training the job gives, "Medical or clinical knowledge
    is not required" and a "Must cover ..." duty; a fourth is the right to work."""
    document = blank_docx("Arial")
    document.add_heading("Care Navigator", level=1)
    intro = document.add_paragraph()
    intro.add_run("Healthcare Central London").bold = True
    intro.add_run(f" {DASH} the GP federation for Westminster")
    label_value_table(
        document,
        [
            ("Post", "Care Navigator"),
            ("Band", "Agenda for Change Band 3"),
            ("Salary", "\u00a328,950 to \u00a330,670 per annum pro rata, including London Weighting"),
            ("Hours", "37.5 hours a week, Monday to Friday, between 8am and 6.30pm"),
            (
                "Base",
                "Two or three member practices in Paddington, Maida Vale and Marylebone, with a team day each "
                "month at our office",
            ),
            ("Contract", "Permanent"),
            ("Closing date", "Thursday 16 March 2028"),
            ("Interviews", "Week beginning 27 March 2028"),
        ],
    )
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "Care Navigators are often the first person a patient speaks to when they contact one of our member "
        "practices. You will help each patient reach the right person or service first time, so that GPs' "
        "appointments go to the patients who most need them. You will work closely with the practice teams, our "
        "social prescribers and health and wellbeing coaches, and with local councils and charities."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Answer calls, online requests and walk-in queries, and guide each patient to the right person or "
        "service: a GP, practice nurse, clinical pharmacist, physiotherapist, community pharmacy or social "
        "prescriber",
        "Book patients into primary care network clinics and extended-hours appointments",
        "Refer patients to community pharmacies under Pharmacy First where the practice protocol allows it",
        "Contact patients who have recently left hospital or missed important appointments, and arrange follow-up",
        "You must record every patient contact and onward referral on SystmOne before the end of the working day",
        "Take part in the monthly multi-disciplinary team meeting for each practice",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, ""),
        ("Accredited care navigation or signposting course", "", TICK),
        ("HCL care navigation induction and SystmOne training, completed in your first month", TICK, ""),
        ("Experience",),
        ("Experience of working with the public in a customer-facing or helpline role", TICK, ""),
        ("Experience of working in a GP practice or other primary care setting", "", TICK),
        ("Experience of supporting people with long-term conditions or social care needs", "", TICK),
        ("Medical or clinical knowledge is not required", TICK, ""),
        ("Skills and abilities",),
        ("Able to listen carefully and ask questions to find out what a patient needs", TICK, ""),
        ("Confident using a computer, including email and a clinical system or database", TICK, ""),
        ("Able to stay calm and polite when callers are upset or angry", TICK, ""),
        ("Speaks a second language used locally, such as Arabic, Bengali or Farsi", "", TICK),
        ("Knowledge",),
        ("Understanding of patient confidentiality and information governance", TICK, ""),
        ("Knowledge of local voluntary and community services in Westminster", "", TICK),
        ("Other",),
        ("Able to travel between member practices in Westminster", TICK, ""),
        ("Must cover the 8am telephone peak on at least three days a week", TICK, ""),
        ("Right to work in the UK (we are unable to offer visa sponsorship)", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("Why work for HCL", level=2)
    document.add_paragraph(
        "We offer the NHS Pension Scheme, 27 days' annual leave plus bank holidays, a season ticket loan and "
        "regular protected learning time. After probation we will fund an accredited Level 3 care navigation "
        "certificate for every Care Navigator who wants one. Offers are subject to two satisfactory references "
        "and a standard DBS check."
    )
    _save(document, "b1_care_navigator.docx")


def b2_urgent_treatment_centre_receptionist() -> None:
    """A trust template: job details in a label/value table, numbered duties with a "must" in one, then
    Area | Criteria | E/D | How assessed with the area merged down; two rows marked E are not criteria (e-learning
    completed during induction, and a uniform rule with "Must"), and a third is the DBS and right-to-work line."""
    document = blank_docx("Arial")
    document.add_heading("Urgent Treatment Centre Receptionist", level=1)
    label_value_table(
        document,
        [
            ("Employer", "London North West University Healthcare NHS Trust"),
            (
                "Service",
                "Urgent Treatment Centre, Central Middlesex Hospital, Acton Lane, Park Royal, London NW10 7NS",
            ),
            ("Band", "Band 2"),
            ("Salary", "\u00a327,485 to \u00a328,920 per annum including Outer London High Cost Area Supplement"),
            ("Hours", "37.5 hours per week on a rota between 8am and 9pm, seven days a week"),
            ("Contract", "Permanent"),
            ("Job reference", "362-UTC-0418"),
            ("Closing date", "23/02/2028"),
        ],
    )
    document.add_heading("Job summary", level=2)
    document.add_paragraph(
        "The Urgent Treatment Centre at Central Middlesex sees around 130 patients a day with minor injuries and "
        "illnesses, most of whom walk in without an appointment. The reception team is the first contact for "
        "every patient: you will register them, check their details, let the streaming nurse know who has "
        "arrived and keep the waiting room safe and calm."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Greet patients and register them on the Trust's patient administration system, checking their name, "
        "date of birth, address and GP practice",
        "Tell the streaming nurse at once about any patient who reports chest pain, difficulty breathing or "
        "heavy bleeding",
        "Answer the telephone and book patients referred by NHS 111 into the centre's appointment slots",
        "Every attendance must be closed on the system with the correct outcome before the end of your shift",
        "Scan documents and send discharge summaries to patients' GP practices",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "Good standard of literacy and numeracy (GCSE grade C/4 or equivalent)",
            "E",
            "A",
        ),
        (
            "Qualifications",
            "NVQ Level 2 or equivalent in Customer Service or Business Administration",
            "D",
            "A",
        ),
        (
            "Qualifications",
            "Trust conflict resolution and safeguarding e-learning, completed during induction",
            "E",
            "Induction",
        ),
        (
            "Experience",
            "Experience of working on a reception desk or in a busy public-facing role",
            "E",
            "A/I",
        ),
        (
            "Experience",
            "Experience of registering patients on a hospital or GP computer system",
            "D",
            "A/I",
        ),
        (
            "Skills and abilities",
            "Accurate keyboard skills and attention to detail when recording personal details",
            "E",
            "A/T",
        ),
        (
            "Skills and abilities",
            "Able to stay calm and courteous with patients who are distressed, in pain or aggressive",
            "E",
            "I",
        ),
        (
            "Skills and abilities",
            "Able to manage a queue and alert clinical staff quickly to anyone who appears seriously unwell",
            "E",
            "I",
        ),
        (
            "Skills and abilities",
            "Able to speak a community language used in Brent, such as Gujarati, Somali or Polish",
            "D",
            "A/I",
        ),
        ("Knowledge", "Understanding of the need to keep patient information confidential", "E", "I"),
        (
            "Other",
            "Able to work early, late and weekend shifts on a rota, including bank holidays",
            "E",
            "A/I",
        ),
        ("Other", "Must wear Trust uniform and ID badge at all times while on duty", "E", "N/A"),
        ("Other", "Enhanced DBS check and right to work in the UK", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "Key: E = essential, D = desirable. A = application form, I = interview, T = typing test on the day."
    )
    document.add_paragraph(
        f"No previous healthcare experience is necessary {DASH} you will shadow an experienced receptionist for "
        "your first two weeks and complete the Trust's reception competency booklet. We offer 27 days' annual "
        "leave plus bank holidays, the NHS Pension Scheme, a subsidised staff restaurant and free staff parking "
        "at Central Middlesex Hospital."
    )
    _save(document, "b2_urgent_treatment_centre_receptionist.docx")


def b3_podiatry_support_worker() -> None:
    """Title, employer and details as separate paragraphs ("Band 3 | ... | Permanent", "Closing date: Thursday
    2 March 2028"), bullet duties with "Instruments must be counted ...", then Essential and Desirable side by side
    per category; a training line in a Desirable cell, "... not essential – full training is given" and a right to
    work line in Essential cells, and "N/A" in the last Desirable cell."""
    document = blank_docx("Calibri")
    document.add_heading(f"Podiatry Support Worker {DASH} Nail Surgery", level=1)
    employer = document.add_paragraph()
    employer.add_run("Central London Community Healthcare NHS Trust").bold = True
    document.add_paragraph("Podiatry Service, Hammersmith and Fulham")
    document.add_paragraph(
        "Band 3 | \u00a328,407 to \u00a330,137 a year including Inner London High Cost Area Supplement | "
        "37.5 hours | Permanent"
    )
    document.add_paragraph(
        "Based at Parsons Green Health Centre, 5-7 Parsons Green, London SW6 4UL, with some sessions at Richford "
        "Gate Primary Care Centre, Hammersmith"
    )
    document.add_paragraph("Closing date: Thursday 2 March 2028")
    document.add_heading("The role", level=2)
    document.add_paragraph(
        "Our nail surgery clinic treats around 25 people a week with painful ingrowing toenails. The podiatrists "
        "carry out partial and total nail removals under local anaesthetic; the support worker prepares the room, "
        "assists during each procedure, re-dresses toes at follow-up visits and, once signed off as competent, "
        "runs a simple nail care clinic for low-risk patients."
    )
    document.add_heading("Key responsibilities", level=2)
    for duty in [
        "Set up the clinic room and sterile packs before each list, and clean and restock the room afterwards",
        "Support patients before, during and after their procedure, and act as a chaperone when asked",
        "Carry out post-operative re-dressings and report any concerns about healing to the podiatrist",
        "Instruments must be counted before and after every procedure and the count recorded in the theatre log",
        "Book follow-up appointments and keep stock records up to date",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Care Certificate or NVQ Level 2 in Health and Social Care\nGood standard of English and maths",
            "Level 3 qualification in health care or podiatry support, such as a Foot Health Practitioner "
            f"diploma\nNail surgery assistant competencies {DASH} completed with a podiatrist in your first three "
            "months",
        ),
        (
            "Experience",
            "Experience of providing personal or clinical care to adults in a health or social care setting\n"
            f"Previous podiatry or theatre experience is not essential {DASH} full training is given",
            "Experience of assisting with a clinical procedure or minor surgery\n"
            "Experience of working with people who have diabetes",
        ),
        (
            "Skills",
            "Able to follow infection control and aseptic technique procedures\n"
            "Good communication skills, including reassuring anxious patients\n"
            "Able to keep clear and accurate patient records",
            "Able to use SystmOne",
        ),
        (
            "Knowledge",
            "Awareness of the signs of infection in a wound",
            "Knowledge of common foot problems in older people",
        ),
        (
            "Other",
            "Able to travel between clinic sites in Hammersmith and Fulham\n"
            f"Right to work in the UK {DASH} sponsorship is not available for this role",
            "N/A",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; a season "
        "ticket loan and cycle to work scheme; and support to apply for a funded Level 3 apprenticeship once you "
        "have passed probation. This post requires an enhanced DBS check."
    )
    _save(document, "b3_podiatry_support_worker_nail_surgery.docx")


B4_ITEMS = [
    ("title", "District Nursing Team Coordinator"),
    ("bold", "Central and North West London NHS Foundation Trust"),
    ("body", f"Hillingdon Community Nursing Service {DASH} Yiewsley and West Drayton team"),
    ("body", "Yiewsley Health Centre, High Street, Yiewsley, West Drayton"),
    ("gap", ""),
    (
        "body",
        "Band 4  |  \u00a331,220 to \u00a333,970 a year pro rata, including Outer London High Cost Area Supplement",
    ),
    ("body", "37.5 hours a week  |  Permanent  |  Closing date: Wednesday 8 March 2028"),
    ("heading", "About the team"),
    (
        "body",
        "Our district nurses visit around 450 housebound patients in the south of the borough, from people who "
        "need insulin twice a day to people in the last weeks of their lives. The team coordinator keeps the team "
        "running: you take calls and referrals from patients, carers, GP practices and hospital discharge teams, "
        "keep the caseload on SystmOne up to date, and plan the next day's visits with the nurse in charge so "
        "that every patient is seen by the right nurse at the right time.",
    ),
    ("heading", "What you will do"),
    (
        "body",
        "\u2022 Answer the team's phone line and shared inbox, taking clear messages and passing urgent calls to a "
        "nurse straight away",
    ),
    ("body", "\u2022 Add new referrals to SystmOne once a nurse has triaged them, and book first visits"),
    (
        "body",
        "\u2022 Build each nurse's daily visit list, grouping visits by area and keeping to agreed times for insulin "
        "and end of life visits",
    ),
    ("body", "\u2022 You must confirm the next day's allocation with the nurse in charge before 4pm each day"),
    ("body", "\u2022 Order dressings, continence products and stationery, and keep the stock room tidy"),
    ("body", "\u2022 Collect the team's activity figures for the monthly report to the locality manager"),
    ("heading", "Essential criteria"),
    ("bold", "Qualifications"),
    ("body", "\u2022 NVQ Level 3 in Business Administration or equivalent experience"),
    ("bold", "Experience"),
    ("body", "\u2022 Experience of coordinating diaries, rotas or bookings for a busy team"),
    ("body", "\u2022 Experience of handling telephone calls from the public and from professionals"),
    ("bold", "Skills and abilities"),
    ("body", "\u2022 Good IT skills, including Microsoft Outlook, Word and Excel"),
    ("body", "\u2022 Able to prioritise tasks when several people need something at once"),
    ("body", "\u2022 Clear, polite and confident telephone manner"),
    ("body", "\u2022 Full training on SystmOne and the team's visit planning tool will be given"),
    ("bold", "Other"),
    ("body", "\u2022 Able to work one Saturday or Sunday in four on the team rota"),
    ("heading", "Desirable criteria"),
    ("body", "\u2022 Experience of working in community health, social care or a GP practice"),
    ("body", "\u2022 Experience of using SystmOne or another electronic patient record"),
    ("body", "\u2022 Knowledge of medical terminology"),
    ("body", "\u2022 Experience of supervising or training junior administrative staff"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; we are unable to sponsor visas for this post. The successful "
        "candidate will need a standard DBS check and two satisfactory references. No clinical experience is "
        f"needed for this role {DASH} all clinical decisions are made by the nurses.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave rising to 33 with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme and NHS discounts"),
    ("body", "\u2022 Free parking at Yiewsley Health Centre"),
    ("body", "\u2022 A funded Level 3 team leading apprenticeship after your first year"),
]


# ------------------------------------------------------------------------------------- b5: a flattened PDF form

B5_FIELDS = [
    ("Job title", "Primary Care Network Pharmacy Technician"),
    ("Employer", "Hammersmith and Fulham GP Federation"),
    ("Pay band", "Band 5 (Agenda for Change equivalent)"),
    ("Salary", "\u00a337,250 to \u00a344,960 per annum pro rata, including London Weighting"),
    ("Hours", "37.5 hours per week (30 hours considered)"),
    ("Base", "Five member practices in Shepherd's Bush and White City"),
    ("Reports to", "PCN Lead Clinical Pharmacist"),
    ("Contract", "Permanent"),
    ("Vacancy ref", "HFGPF-2028-017"),
    ("Closing date", "29/02/2028"),
    ("Interview date", "09/03/2028"),
]

B5_PURPOSE = (
    "The post holder joins the pharmacy team of one of the borough's primary care networks, working across its "
    "five member practices alongside two clinical pharmacists. You will help patients get the most from their "
    "medicines, make repeat prescribing safer and less wasteful, and strengthen links between the practices and "
    "local community pharmacies."
)

B5_DUTIES = [
    "Carry out medicines reconciliation for patients discharged from hospital and update the GP record, for "
    "checking by a pharmacist",
    "Every medication change from a discharge letter must be checked by a pharmacist or GP before it is added to "
    "the patient's record",
    "Run inhaler technique and device clinics, face to face and by video",
    "Review repeat prescribing templates and line up patients' medicines so they are ordered together",
    "Handle medicines queries from community pharmacies and refer suitable patients to Pharmacy First",
    "Support audits and searches set by the PCN pharmacists",
]

E, D = "E", "D"
B5_SPEC: list[tuple[str, ...]] = [
    ("Qualifications and registration",),
    ("Registered Pharmacy Technician with the GPhC", E),
    ("BTEC or NVQ Level 3 in Pharmaceutical Science, or equivalent", E),
    ("Accredited Checking Pharmacy Technician (ACPT)", D),
    ("Completed the CPPE Primary Care Pharmacy Technician pathway", D),
    ("EMIS Web and PCN prescribing systems training (given in post)", E),
    ("Experience",),
    ("At least one year's experience as a registered technician in community or hospital pharmacy", E),
    ("Experience of medicines reconciliation after hospital discharge", E),
    ("Experience of working in general practice or a primary care network", D),
    ("Skills and abilities",),
    ("Able to show patients how to use inhalers and other devices", E),
    ("Confident with IT, including email, spreadsheets and clinical systems", E),
    ("Able to organise your own workload across several GP practices", E),
    ("Knowledge",),
    ("Understanding of repeat prescribing and how to reduce medicines waste", E),
    ("Knowledge of Pharmacy First and other community pharmacy services", D),
    ("Other",),
    ("Able to travel between GP practices in the PCN", E),
    ("Eligible to live and work in the UK", E),
]

B5_AFTER = [
    (
        "The Federation will fund the Accredited Checking Pharmacy Technician course after probation for a post "
        "holder who does not already hold it. We offer the NHS Pension Scheme, 27 days' annual leave plus bank "
        "holidays, protected study time and a season ticket loan. Appointment is subject to a standard DBS check, "
        "two references and confirmation of registration."
    ),
]


class _Page:
    """Text and drawing operators for one page, laid out from the top down."""

    def __init__(self) -> None:
        self.ops: list[str] = []


def _text(page: _Page, font: str, size: float, x: float, y: float, text: str) -> None:
    page.ops.append(f"BT /{font} {size} Tf {x:.1f} {y:.1f} Td ({pdf_text(text)}) Tj ET")


def _rect(page: _Page, x: float, y: float, w: float, h: float) -> None:
    page.ops.append(f"0.4 w {x:.1f} {y:.1f} {w:.1f} {h:.1f} re S")


def _fill(page: _Page, x: float, y: float, w: float, h: float, grey: float) -> None:
    page.ops.append(f"{grey} g {x:.1f} {y:.1f} {w:.1f} {h:.1f} re f 0 g")


def b5_form_pdf() -> bytes:
    """A fillable job description form, filled in and flattened: each job detail is a ruled box under its label,
    and the person specification is a ruled table whose Essential and Desirable columns hold a check box each; a
    ticked box shows the check glyph of the ZapfDingbats font (character "4"), an unticked one is an empty square.
    Category rows are shaded and span the table. Two ticked-Essential rows are not criteria (training given in
    post, and eligibility to work)."""
    left, right, top, bottom = 56, 539, 786, 60
    crit_w, col_e, col_d = 360, 416, 478  # criterion column width; left edges of the two tick columns
    col_w = (right - col_e) / 2
    pages = [_Page()]
    y = top

    def need(height: float) -> None:
        nonlocal y
        if y - height < bottom:
            pages.append(_Page())
            y = top

    page = pages[0]
    _text(page, "F2", 14, left, y - 14, "Hammersmith and Fulham GP Federation")
    y -= 32
    _text(page, "F2", 12, left, y - 12, "Job Description and Person Specification")
    y -= 18
    _text(page, "F1", 8, left, y - 8, "Form JD2 (fillable) v4.2 - complete every field, then save as a flattened PDF")
    y -= 22
    for label, value in B5_FIELDS:
        _text(page, "F2", 9, left, y - 13, label)
        _rect(page, 150, y - 18, right - 150, 16)
        _text(page, "F1", 10, 154, y - 13.5, value)
        y -= 20
    y -= 10

    def heading(text: str) -> None:
        nonlocal y, page
        need(30)
        page = pages[-1]
        _text(page, "F2", 11, left, y - 14, text)
        y -= 22

    def paragraph(text: str, indent: int = 0, wrap: int = 95) -> None:
        nonlocal y, page
        lines = textwrap.wrap(text, wrap - indent // 5)
        for index, line in enumerate(lines):
            need(14)
            page = pages[-1]
            if index == 0 and indent:
                _text(page, "F1", 10, left + 4, y - 10, "\u2022")
            _text(page, "F1", 10, left + indent, y - 10, line)
            y -= 13
        y -= 3

    heading("1. Job purpose")
    paragraph(B5_PURPOSE)
    heading("2. Main duties")
    for duty in B5_DUTIES:
        paragraph(duty, indent=14)
    heading("3. Person specification")
    paragraph("Tick the appropriate box for each criterion.")

    def table_header() -> None:
        nonlocal y, page
        page = pages[-1]
        _fill(page, left, y - 18, right - left, 18, 0.85)
        _rect(page, left, y - 18, right - left, 18)
        _text(page, "F2", 10, left + 4, y - 13, "Criteria")
        _text(page, "F2", 9, col_e + 10, y - 13, "Essential")
        _text(page, "F2", 9, col_d + 9, y - 13, "Desirable")
        y -= 18

    need(40)
    table_header()
    for row in B5_SPEC:
        if len(row) == 1:
            need(18 + 18)
            if pages[-1] is not page:
                table_header()
            page = pages[-1]
            _fill(page, left, y - 16, right - left, 16, 0.93)
            _rect(page, left, y - 16, right - left, 16)
            _text(page, "F2", 10, left + 4, y - 12, row[0])
            y -= 16
            continue
        criterion, level = row
        lines = textwrap.wrap(criterion, 68)
        height = 6 + 13 * len(lines)
        need(height)
        if pages[-1] is not page:
            table_header()
        page = pages[-1]
        _rect(page, left, y - height, crit_w, height)
        _rect(page, col_e, y - height, col_w, height)
        _rect(page, col_d, y - height, col_w, height)
        for index, line in enumerate(lines):
            _text(page, "F1", 10, left + 4, y - 14 - 13 * index, line)
        for column, this_level in ((col_e, E), (col_d, D)):
            box_x, box_y = column + col_w / 2 - 5, y - 16
            _rect(page, box_x, box_y, 10, 10)
            if level == this_level:
                _text(page, "F3", 9, box_x + 1.2, box_y + 1.8, "4")
        y -= height
    y -= 12
    heading("4. Additional information")
    for text in B5_AFTER:
        paragraph(text)
    y -= 10
    need(30)
    page = pages[-1]
    _text(page, "F1", 10, left, y - 10, "Form completed by: PCN Lead Clinical Pharmacist")
    _text(page, "F1", 10, 360, y - 10, "Date: 12/01/2028")

    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>")
    kids = []
    for number, this_page in enumerate(pages, start=1):
        footer = f"BT /F1 8 Tf {left} 36 Td ({pdf_text(f'HFGPF JD2 - page {number} of {len(pages)}')}) Tj ET"
        stream = "\n".join([*this_page.ops, footer]).encode("latin-1")
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
        content = len(objects)
        objects.append(
            (
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                f"/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> /Contents {content} 0 R >>"
            ).encode()
        )
        kids.append(len(objects))
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    return pdf_file(objects)


# ---------------------------------------------------------------------------------- b8: asterisks mark the level


def b8_leg_ulcer_clinic_healthcare_support_worker() -> None:
    """One bulleted list under bold category lines; essential criteria end in an asterisk, desirable ones have no
    mark, and a double asterisk marks training the Trust gives in post. The key is only after the list. "Right to
    work in the UK*" is marked essential but is eligibility, not a criterion."""
    document = blank_docx("Arial")
    document.add_heading("Leg Ulcer Clinic Healthcare Support Worker", level=1)
    employer = document.add_paragraph()
    employer.add_run("Hounslow and Richmond Community Healthcare NHS Trust").bold = True
    document.add_paragraph(f"Community Nursing {DASH} Hounslow Leg Ulcer and Wound Care Clinic")
    document.add_paragraph("Heart of Hounslow Centre for Health, 92 Bath Road, Hounslow TW3 3LN")
    document.add_paragraph(
        "Band 3 \u00b7 \u00a327,880 to \u00a329,610 per annum including Outer London HCAS \u00b7 37.5 hours a "
        "week \u00b7 Permanent"
    )
    document.add_paragraph("Closing date: 14 March 2028     Interview date: 28 March 2028")
    document.add_heading("About the clinic", level=2)
    document.add_paragraph(
        "Our nurse-led clinic sees around 60 patients a week with leg ulcers and other slow-healing wounds. Most "
        "come once or twice a week for months, so they get to know the team well. You will work alongside two "
        "community nurses and a tissue viability nurse, preparing patients for assessment and, once trained and "
        "signed off, carrying out dressings and bandaging set out in each patient's care plan."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Prepare clinic rooms and equipment, and help patients on and off the couch",
        "Remove old dressings and bandages, wash and moisturise legs, and apply the dressings and compression set "
        "out in the nurse's care plan once signed off as competent",
        "Take and record pulse, blood pressure and weight, and measure legs for compression hosiery",
        "Every dressing and bandage you apply must be recorded on SystmOne before the patient leaves the clinic",
        "Order stock and check expiry dates every week",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    spec = [
        "Qualifications and training",
        "Care Certificate, or NVQ/QCF Level 2 in Health and Social Care*",
        "Level 3 Diploma in Clinical Healthcare Support",
        "Doppler ankle brachial pressure index (ABPI) training**",
        "Experience",
        "At least six months' experience as a healthcare assistant or support worker in a health or care setting*",
        "Experience of applying simple wound dressings*",
        "Experience of applying compression bandages or hosiery",
        "Skills and abilities",
        "Able to record observations and care accurately in patient notes*",
        "Able to explain care to patients in a clear and encouraging way*",
        "Follows infection prevention and control procedures, including hand hygiene*",
        "Able to use SystmOne",
        "Knowledge",
        "Understanding of how leg ulcers develop and why they can be slow to heal",
        "Physical requirements and other",
        "Able to stand for long periods and to kneel or bend to dress legs and feet*",
        "Able to travel to other HRCH clinics in Hounslow when needed",
        "Right to work in the UK*",
    ]
    categories = {
        "Qualifications and training",
        "Experience",
        "Skills and abilities",
        "Knowledge",
        "Physical requirements and other",
    }
    for text in spec:
        if text in categories:
            paragraph = document.add_paragraph()
            paragraph.add_run(text).bold = True
        else:
            document.add_paragraph(text, style="List Bullet")
    key = document.add_paragraph()
    run = key.add_run("* Essential. Criteria without a mark are desirable.")
    run.italic = True
    run.font.size = Pt(9)
    key2 = document.add_paragraph()
    run = key2.add_run(f"** Provided by the Trust in your first six months {DASH} you do not need this to apply.")
    run.italic = True
    run.font.size = Pt(9)
    document.add_heading("Working for HRCH", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension Scheme, free parking at most of our "
        "sites, a Blue Light Card and access to our staff health and wellbeing service. This post is subject to "
        "an enhanced DBS check and two satisfactory references."
    )
    _save(document, "b8_leg_ulcer_clinic_healthcare_support_worker.docx")


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    b1_care_navigator()
    b2_urgent_treatment_centre_receptionist()
    b3_podiatry_support_worker()
    (ADVERTS / "b4_district_nursing_team_coordinator.pdf").write_bytes(pdf_bytes(B4_ITEMS, title=(16, 56)))
    (ADVERTS / "b5_pcn_pharmacy_technician.pdf").write_bytes(b5_form_pdf())
    b8_leg_ulcer_clinic_healthcare_support_worker()


if __name__ == "__main__":
    main()
