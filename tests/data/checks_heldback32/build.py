"""Build the Word and PDF adverts of the thirty-second held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback32/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts. Each Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. Two
things are built here rather than with the shared helpers: the legacy Word form-field check boxes of h4 (an old
trust template, where the level is only which box is checked) and the PDF of h6, a job description printed from
Word whose tick and cross are Wingdings characters, so its text layer reads "ü" and "û". The pasted-text adverts
(h7 and h8) are plain files written by hand and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm  # noqa: E402

from tests.data.advert_files import (  # noqa: E402
    add_rows_merging_categories_down,
    add_rows_side_by_side,
    add_rows_with_category_rows,
    blank_docx,
    bold_cell,
    header_table,
    label_value_table,
    pdf_bytes,
    pdf_file,
    pdf_text,
    save_docx,
)

ADVERTS = HERE / "adverts"

TICK = "\u2713"  # CHECK MARK, as Word's Insert > Symbol gives it in most fonts
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2028, 1, 10, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 1, 10, 9, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def h1_ward_administrator() -> None:
    """Employer as the first line, job details in a two-column label table, bulleted duties with one "You must",
    then tick columns (check mark in one column, the other empty) with category rows merged across; three ticked
    Essential rows are not criteria (induction training, "No previous NHS experience is needed", right to work)."""
    document = blank_docx("Arial")
    document.add_paragraph().add_run("The Hillingdon Hospitals NHS Foundation Trust").bold = True
    document.add_heading("Job Description and Person Specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Ward Administrator"),
            ("Band", "Band 2"),
            ("Division", f"Surgery {DASH} Elective and Emergency Surgical Wards"),
            ("Base", "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"),
            (
                "Hours",
                "37.5 hours a week over seven days: early shifts 7.30am to 3.30pm and late shifts 12.30pm to "
                "8.30pm, with one weekend in three",
            ),
            ("Salary", f"{POUND}26,190 to {POUND}27,540 a year, including Outer London High Cost Area Supplement"),
            ("Reference", "HIL-SURG-0418"),
            ("Closing date", "18 February 2028"),
            ("Interviews", "2 March 2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The Ward Administrator is the first person patients, visitors and staff meet when they arrive on one of "
        "our four surgical wards. You will keep the ward's records, bed information and paperwork in order so "
        "that nurses and doctors can spend their time with patients."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Greet patients, visitors and staff arriving on the ward and direct them to the right person",
        "Admit, transfer and discharge patients on the Trust's patient administration system",
        "You must update the electronic bed board within 15 minutes of every admission, transfer or discharge, "
        "so that the site team always knows which beds are free",
        "Prepare notes for new admissions and file results and letters in the correct section",
        "Answer the ward telephone, take clear messages and pass them on to the nurse in charge",
        "Order stationery and forms, and keep the reception area tidy and welcoming",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person Specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        (
            "Good standard of literacy and numeracy, for example GCSE English and maths at grade 4 (C) or above",
            TICK,
            "",
        ),
        ("NVQ Level 2 or 3 in Business Administration, or an equivalent qualification", "", TICK),
        (
            "Trust induction, including information governance and fire safety training, completed in your first month",
            TICK,
            "",
        ),
        ("Experience",),
        ("Experience of working on a reception desk or front counter", TICK, ""),
        ("No previous NHS experience is needed", TICK, ""),
        ("Experience of working on a hospital ward or in another healthcare setting", "", TICK),
        ("Skills and abilities",),
        ("Able to use a computer for email, word processing and entering data", TICK, ""),
        ("Polite and clear telephone manner", TICK, ""),
        ("Able to prioritise your own work on a busy ward with frequent interruptions", TICK, ""),
        ("Experience of using a patient administration system such as Cerner", "", TICK),
        ("Knowledge",),
        ("Understanding of the need to keep patient information confidential", TICK, ""),
        ("Knowledge of basic medical terminology", "", TICK),
        ("Personal qualities and other requirements",),
        ("Able to stay calm and kind with visitors who are anxious or upset", TICK, ""),
        ("Able to work early and late shifts, including weekends on a rota", TICK, ""),
        ("Right to work in the UK (we are unable to offer visa sponsorship for this post)", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "Full training on Cerner is given in your first two weeks, working alongside an experienced ward "
        "administrator. You will have 27 days' annual leave rising to 33 with service, plus bank holidays, the "
        "NHS Pension Scheme, an on-site nursery and a staff health and wellbeing service. Appointment is subject "
        "to two satisfactory references and a basic DBS check."
    )
    save(document, "h1_ward_administrator.docx")


def h2_medical_staffing_assistant() -> None:
    """Job details as paragraphs with bold labels; numbered responsibilities with a "you must" duty; rows marked E
    or D under "Factor | Criteria | E/D | How assessed" with the factor merged down and E and D mixed within a
    factor; a training row and a right-to-work row marked E that are not criteria; the key under the table."""
    document = blank_docx("Calibri")
    document.add_heading("Medical Staffing Assistant", level=1)
    for label, value in [
        ("Employer", "West London NHS Trust"),
        ("Department", "Medical Workforce, People and Culture Directorate"),
        ("Base", "Trust Headquarters, 1 Armstrong Way, Southall UB2 4SD (hybrid: at least three days a week on site)"),
        ("Band", "Band 3"),
        ("Salary", f"{POUND}28,080 to {POUND}30,410 a year, including Outer London High Cost Area Supplement"),
        ("Hours", "37.5 hours a week, Monday to Friday"),
        ("Closing date", "Sunday 5 March 2028"),
    ]:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(value)
    document.add_heading("Job summary", level=2)
    document.add_paragraph(
        "The Medical Workforce team looks after around 400 doctors, from consultants to resident doctors on "
        "training rotations, across our mental health, forensic and community services. You will be part of a "
        "team of six who make sure every doctor is recruited, checked, contracted and paid correctly, and that "
        "services know which doctors are coming and when."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Prepare contracts, rota information and welcome letters for the 80 to 100 resident doctors who join us at "
        "each August and February changeover.",
        "Carry out and record pre-employment checks, including identity, right to work, professional registration "
        "and occupational health clearance.",
        "No doctor may start on a ward until their checks are complete: you must confirm occupational health and "
        "DBS clearance with the doctor's supervisor before their first shift.",
        "Keep doctors' records up to date on ESR and on the medical staffing database.",
        "Answer the medical staffing inbox and telephone line, and book interviews for consultant and specialty "
        "doctor posts.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "GCSEs (or equivalent) in English and maths at grade 4/C or above",
            "E",
            "Application form",
        ),
        (
            "Qualifications",
            "Level 3 qualification in business administration or HR, such as the CIPD Level 3 Certificate",
            "D",
            "Application form",
        ),
        ("Qualifications", "ESR and rota system training, given during your induction", "E", "N/A"),
        (
            "Experience",
            "Experience of administrative work in an HR, recruitment or staffing office",
            "E",
            "Application form / Interview",
        ),
        (
            "Experience",
            "Experience of handling confidential personal information, such as pay or employment records",
            "E",
            "Application form / Interview",
        ),
        (
            "Experience",
            "Experience of working with doctors' rotas or junior doctor rotations",
            "D",
            "Application form",
        ),
        ("Skills and abilities", "Confident user of Microsoft Excel, Word and Outlook", "E", "Application form / Test"),
        ("Skills and abilities", "Accurate data entry with good attention to detail", "E", "Test"),
        (
            "Skills and abilities",
            "Able to write clear, professional emails and letters",
            "E",
            "Application form / Test",
        ),
        (
            "Skills and abilities",
            "Able to explain procedures politely but firmly to senior staff, including consultants",
            "E",
            "Interview",
        ),
        ("Knowledge", "Knowledge of NHS pre-employment checks, such as right to work and DBS", "D", "Interview"),
        ("Knowledge", "Awareness of the terms and conditions of service for doctors in training", "D", "Interview"),
        ("Other", "Able to meet tight deadlines when many doctors start on the same day", "E", "Interview"),
        ("Other", "Eligibility to work in the UK", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "Key: E = Essential, D = Desirable. Shortlisting is based on the application form, so please show how you "
        "meet each essential criterion."
    )
    document.add_paragraph(
        "You do not need to have worked in the NHS before. We offer hybrid working, 27 days' annual leave plus bank "
        "holidays, the NHS Pension, free parking at Southall and a cycle-to-work scheme. The post is subject to a "
        "basic DBS check, and it is not eligible for Skilled Worker visa sponsorship."
    )
    save(document, "h2_medical_staffing_assistant.docx")


def h3_accounts_receivable_assistant() -> None:
    """Title and band in the heading, details as short paragraphs with the closing and interview dates on one
    line; a "You must" duty in a paragraph; Essential and Desirable side by side per category, with "Previous NHS
    experience is not required" and a right-to-work line in Essential cells, a training promise in a Desirable
    cell, "N/A" in one Desirable cell and one Desirable cell empty."""
    document = blank_docx("Arial")
    document.add_heading(f"Accounts Receivable Assistant {DASH} Band 3", level=1)
    document.add_paragraph(f"Central London Community Healthcare NHS Trust  |  Finance Directorate {DASH} Income Team")
    document.add_paragraph(
        f"Salary: {POUND}29,410 to {POUND}31,760 per annum including Inner London High Cost Area Supplement. Full "
        "time, 37.5 hours a week, based at the Trust's head office in central London with up to two days a week "
        "working from home."
    )
    document.add_paragraph("Closing date: 24/02/2028        Interview date: 08/03/2028")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our income team raises around 1,200 invoices a year to commissioners, local authorities, other NHS "
        "organisations and private customers for the community services we provide. As Accounts Receivable "
        "Assistant you will raise invoices, post the money we receive, chase customers who have not paid and keep "
        "the aged debt report up to date for the Financial Controller. You must log every call and email about a "
        "disputed invoice on the debt tracker on the same day, so that anyone in the team can pick it up."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE maths and English at grade C/4 or equivalent",
            "AAT Level 2 Certificate in Accounting, or working towards it",
        ),
        (
            "Experience",
            "Experience of raising invoices or chasing payments in a finance or credit control role\n"
            "Previous NHS experience is not required",
            "Experience of recovering money owed by other NHS organisations or local authorities",
        ),
        (
            "Skills",
            "Good working knowledge of Excel, including filters and simple formulas\n"
            "Confident making telephone calls to chase overdue payments politely but firmly\n"
            "Careful and accurate when matching payments to invoices",
            "Experience of using Oracle or another finance ledger system",
        ),
        ("Knowledge", "Understanding of basic bookkeeping, such as debits, credits and reconciliations", "N/A"),
        (
            "Personal qualities",
            "Able to work to month-end deadlines\nAble to work on own initiative and as part of a small team",
            "Full training on the Trust's finance system will be given",
        ),
        (
            "Other",
            f"Right to work in the UK {DASH} the Trust is unable to sponsor visas for this role\n"
            "Able to travel occasionally to Trust sites across London",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, rising with service; the NHS Pension; an interest-free season "
        "ticket loan; and a study budget for staff who want to take their accountancy qualifications further. The "
        "successful candidate will need two references and a basic DBS check."
    )
    save(document, "h3_accounts_receivable_assistant.docx")


_bookmark_ids = iter(range(100, 1000))


def _run_with(*children) -> OxmlElement:
    run = OxmlElement("w:r")
    for child in children:
        run.append(child)
    return run


def add_form_checkbox(paragraph, name: str, *, checked: bool) -> None:
    """A legacy Word form-field check box (Developer > Legacy Tools > Check Box Form Field): a FORMCHECKBOX field
    whose state is only in its w:ffData (w:checked), inside a bookmark named after the field, with no text."""
    p = paragraph._p  # noqa: SLF001
    bookmark_id = str(next(_bookmark_ids))
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), bookmark_id)
    start.set(qn("w:name"), name)
    p.append(start)
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    ff_data = OxmlElement("w:ffData")
    ff_name = OxmlElement("w:name")
    ff_name.set(qn("w:val"), name)
    ff_data.append(ff_name)
    ff_data.append(OxmlElement("w:enabled"))
    calc = OxmlElement("w:calcOnExit")
    calc.set(qn("w:val"), "0")
    ff_data.append(calc)
    checkbox = OxmlElement("w:checkBox")
    checkbox.append(OxmlElement("w:sizeAuto"))
    default = OxmlElement("w:default")
    default.set(qn("w:val"), "0")
    checkbox.append(default)
    if checked:
        checkbox.append(OxmlElement("w:checked"))
    ff_data.append(checkbox)
    begin.append(ff_data)
    p.append(_run_with(begin))
    instr = OxmlElement("w:instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = " FORMCHECKBOX "
    p.append(_run_with(instr))
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    p.append(_run_with(end))
    finish = OxmlElement("w:bookmarkEnd")
    finish.set(qn("w:id"), bookmark_id)
    p.append(finish)


def h4_planned_maintenance_administrator() -> None:
    """An old trust template: capitals headings (the employer in capitals, and in normal case only in the page
    footer), a label table, numbered duties typed by hand (2.1, 2.2 ...) with a "must" in one, and a person
    specification whose Essential and Desirable cells each hold a legacy form-field check box; the level is only
    which box is checked. One row has neither box checked (gold `check`); two rows
    checked Essential are not criteria (training in post and right to work)."""
    document = blank_docx("Arial")
    document.sections[0].footer.paragraphs[
        0
    ].text = "Central and North West London NHS Foundation Trust \u00b7 Estates and Facilities \u00b7 JD ref EF/PMA/03"
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading.add_run("CENTRAL AND NORTH WEST LONDON NHS FOUNDATION TRUST").bold = True
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("JOB DESCRIPTION").bold = True
    label_value_table(
        document,
        [
            ("Job Title:", "Planned Maintenance Administrator"),
            ("Grade:", "Band 3"),
            ("Directorate:", "Estates and Facilities"),
            ("Responsible to:", "Estates Maintenance Manager (Kensington and Chelsea, Westminster and Brent)"),
            ("Base:", "St Charles Centre for Health and Wellbeing, Exmoor Street, London W10 6DZ"),
            ("Hours:", "37.5 per week"),
            ("Closing Date:", "10 March 2028"),
        ],
    )
    document.add_paragraph()
    document.add_paragraph().add_run("1. JOB PURPOSE").bold = True
    document.add_paragraph(
        "To provide administrative support to the estates maintenance team, making sure that planned and reactive "
        "maintenance across the Trust's inpatient and community buildings is scheduled, recorded and closed on "
        "time, and that the evidence needed for statutory compliance is kept up to date. No previous estates "
        "experience is necessary as full training will be given."
    )
    document.add_paragraph().add_run("2. MAIN DUTIES AND RESPONSIBILITIES").bold = True
    for duty in [
        "2.1 Schedule planned maintenance visits with in-house staff and contractors, and let ward and team "
        "managers know when work will take place.",
        "2.2 Raise purchase orders for contractor work and match invoices to completed jobs.",
        "2.3 Keep service certificates, inspection reports and test records filed and easy to find for audit.",
        "2.4 All reactive repair requests must be logged on the CAFM system before a contractor is called out.",
        "2.5 Produce a monthly report of overdue jobs for the Estates Maintenance Manager.",
    ]:
        document.add_paragraph(duty)
    document.add_paragraph().add_run("3. PERSON SPECIFICATION").bold = True
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows: list[tuple] = [
        ("Education / Qualifications",),
        ("Educated to GCSE level or equivalent, including English and maths", True, False),
        ("Recognised administration or IT qualification (e.g. RSA, OCR, ECDL)", False, True),
        ("Experience",),
        ("Previous experience in an administrative or office role", True, False),
        (
            "Experience of working in an estates, facilities management or building maintenance environment",
            False,
            True,
        ),
        (
            "Experience of using a computer-aided facilities management (CAFM) system, e.g. Micad or Planet",
            False,
            True,
        ),
        ("Skills and Abilities",),
        ("Good keyboard skills and working knowledge of Microsoft Office", True, False),
        ("Ability to keep accurate records and filing systems", True, False),
        ("Good telephone manner when dealing with contractors and staff", True, False),
        ("Able to organise own workload and work to set deadlines", True, False),
        ("Knowledge",),
        (
            "Basic understanding of building compliance terms such as PPM, legionella and fire risk assessments",
            False,
            False,
        ),
        ("Other",),
        ("Willing to travel to Trust sites in Kensington and Chelsea, Westminster and Brent", True, False),
        (
            "Completion of asbestos awareness and CAFM training within three months of starting",
            True,
            False,
        ),
        ("Right to work in the UK", True, False),
    ]
    box = 0
    for row in rows:
        cells = table.add_row().cells
        if len(row) == 1:
            bold_cell(cells[0].merge(cells[-1]), row[0])
            continue
        cells[0].text = row[0]
        for cell, checked in zip(cells[1:], row[1:], strict=True):
            box += 1
            paragraph = cell.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_form_checkbox(paragraph, f"Check{box}", checked=checked)
    for row in table.rows:
        cells = row.cells
        if cells[0]._tc is not cells[-1]._tc:  # noqa: SLF001 (a category row is one merged cell)
            for cell, width in zip(cells, (Cm(11.6), Cm(2.3), Cm(2.3)), strict=True):
                cell.width = width
    document.add_paragraph()
    document.add_paragraph("Prepared by: Estates Business Manager        Date reviewed: November 2027")
    save(document, "h4_planned_maintenance_administrator.docx")


H5_ITEMS = [
    ("title", "Assistant Medical Secretary"),
    ("bold", "Chelsea and Westminster Hospital NHS Foundation Trust"),
    ("body", "Gastroenterology and Endoscopy, West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF"),
    ("gap", ""),
    (
        "body",
        f"Band 3  |  {POUND}27,960 to {POUND}30,250 a year including Outer London High Cost Area Supplement  |  "
        "37.5 hours a week",
    ),
    ("body", "Applications close at midnight on 27 February 2028. Interviews will be held on 9 March 2028."),
    ("heading", "About the role"),
    (
        "body",
        "Our gastroenterology secretaries look after the letters, clinic lists and phone calls for eight "
        "consultants and their teams. As an Assistant Medical Secretary you will support two senior secretaries, "
        "typing clinic letters, keeping the consultants' diaries and helping patients who call about appointments, "
        "test results and procedures in the endoscopy unit.",
    ),
    ("heading", "What you'll be doing"),
    ("body", "\u2022 Type clinic letters and discharge summaries from dictation and send them to GPs and patients"),
    (
        "body",
        "\u2022 You must send every clinic letter to the patient's GP within seven working days of the appointment",
    ),
    ("body", "\u2022 Answer the team's phone line and shared inbox, and pass urgent messages to the right doctor"),
    ("body", "\u2022 Book follow-up appointments and endoscopy procedures, and keep waiting lists up to date"),
    ("body", "\u2022 Chase results and make sure a doctor has seen them before they are filed"),
    ("heading", "Essential criteria"),
    ("body", "\u2022 GCSE English at grade 4 (C) or above, or an equivalent qualification"),
    ("body", "\u2022 Touch typing at a speed of at least 45 words per minute"),
    ("body", "\u2022 Previous secretarial or office administration experience"),
    ("body", "\u2022 Good spelling, grammar and punctuation"),
    ("body", "\u2022 Able to manage a busy inbox and telephone line for a team of doctors"),
    ("body", "\u2022 Able to deal tactfully with patients who phone with worries about their appointments or results"),
    ("body", "\u2022 Understanding of confidentiality and how to handle personal information safely"),
    (
        "body",
        f"\u2022 You don't need to know medical terminology before you start {DASH} we'll give you a glossary and a "
        "buddy for your first month",
    ),
    ("heading", "Desirable criteria"),
    ("body", "\u2022 Experience of audio typing using digital dictation software"),
    ("body", "\u2022 Working knowledge of medical terminology"),
    ("body", "\u2022 AMSPAR Level 2 or Level 3 qualification for medical secretaries"),
    ("body", "\u2022 Experience of using Cerner or another electronic patient record"),
    ("heading", "Training and support"),
    (
        "body",
        "After your probation we will fund the AMSPAR Level 3 Diploma for Medical Secretaries and give you study "
        "time each week. You will also have two days' training on our electronic patient record before you start "
        "typing letters.",
    ),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; we cannot offer visa sponsorship for this post. Offers are "
        "subject to two references and a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave, rising to 33 days with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme, NHS discounts and a free staff shuttle bus between our two main hospitals"),
    ("body", "\u2022 Flexible start and finish times once you are settled in the team"),
]


# ------------------------------------------------------------------------- h6: a Word job description printed to PDF

H6_WINGDINGS_TICK = "\u00fc"  # Wingdings 0xFC, drawn as a tick; with no ToUnicode map a text layer reads "ü"
H6_WINGDINGS_CROSS = "\u00fb"  # Wingdings 0xFB, drawn as a cross; a text layer reads "û"
H6_HEADER = "Guy's and St Thomas' NHS Foundation Trust  |  Royal Brompton and Harefield hospitals"

H6_TOP = [
    ("title", "Job Description and Person Specification"),
    ("gap", ""),
    ("body", "Job title: Clinical Governance Administrator"),
    ("body", "Band: Band 4"),
    ("body", "Department: Quality, Safety and Governance"),
    ("body", "Location: Harefield Hospital, Hill End Road, Harefield, Middlesex UB9 6JH"),
    ("body", "Hours: 37.5 hours per week"),
    ("body", "Closing date: 03/03/2028"),
    ("heading", "Job purpose"),
    (
        "body",
        "The Clinical Governance Administrator supports the Harefield quality and safety team, which makes sure that "
        "incidents are reported and reviewed, that lessons are shared, and that our clinical audit, risk and patient "
        "safety meetings run smoothly and are properly recorded.",
    ),
    ("heading", "Key responsibilities"),
    ("bullet", "Organise the monthly Quality and Safety Committee and the weekly incident review meetings"),
    ("bullet", "Take minutes and keep action logs up to date, chasing owners of overdue actions"),
    ("bullet", "Check new incident reports for missing information and pass them to the right manager"),
    ("bullet", "You must send each incident review timeline to the investigating lead within 48 hours of the request"),
    ("bullet", "Produce monthly reports and charts on incidents, complaints and audit results for the divisions"),
    ("bullet", "Look after the team's shared inbox, diaries and filing"),
]

H6_ROWS: list[tuple] = [
    ("Qualifications",),
    ("Educated to A level standard or equivalent experience", "E"),
    ("NVQ Level 3 in Business Administration or a similar qualification", "D"),
    ("Experience",),
    ("Experience of taking minutes at formal meetings", "E"),
    ("Previous administrative experience in an NHS or healthcare setting", "D"),
    ("Experience of using an incident reporting or risk management system, such as Datix", "D"),
    ("Skills",),
    ("Able to produce reports and charts from spreadsheet data", "E"),
    ("Excellent written English, with the ability to draft clear letters and reports", "E"),
    ("Able to chase colleagues at all levels tactfully for overdue actions", "E"),
    ("Able to manage diaries and organise meetings across more than one site", "E"),
    ("Knowledge",),
    ("Understanding of data protection and confidentiality", "E"),
    ("Understanding of clinical governance and why incidents are reported", "D"),
    ("Other",),
    ("Completion of Trust mandatory training within the first three months", "E"),
    ("Satisfactory basic DBS check", "E"),
]

H6_BOTTOM = [
    ("heading", "Working for us"),
    (
        "body",
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension, on-site staff parking at Harefield "
        "and access to the Trust's learning and development programmes. We welcome applications from people "
        "returning to work after a career break.",
    ),
]


class _Page:
    def __init__(self) -> None:
        self.ops: list[str] = []

    def text(self, font: str, size: float, x: float, y: float, text: str) -> None:
        self.ops.append(f"BT /{font} {size} Tf {x} {y} Td ({pdf_text(text)}) Tj ET")

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.ops.append(f"{x1} {y1} m {x2} {y2} l S")

    def shade(self, x: float, y: float, w: float, h: float) -> None:
        self.ops.append(f"0.88 g {x} {y} {w} {h} re f 0 g")


def h6_pdf_bytes() -> bytes:
    """The Word document as Word's printer would draw it: a running header and a "Page n of N" footer, flowing
    text, then a ruled table (Criteria | Essential | Desirable) with shaded category rows. Each criterion's lines
    are drawn first, then a Wingdings tick in its level's column and a Wingdings cross in the other, on the
    criterion's first line."""
    left, right, top, bottom = 56, 539, 786, 70
    col_e, col_d = 388, 464
    pages: list[_Page] = [_Page()]
    y = top

    def new_page() -> None:
        nonlocal y
        pages.append(_Page())
        y = top

    for style, text in H6_TOP:
        if style == "gap":
            y -= 6
            continue
        if style == "title":
            y -= 20
            pages[-1].text("F2", 15, left, y, text)
            continue
        if style == "heading":
            y -= 20
            pages[-1].text("F2", 11, left, y, text)
            continue
        if style == "bullet":
            lines = textwrap.wrap(text, 88, break_on_hyphens=False)
            for index, line in enumerate(lines):
                y -= 14
                if index == 0:
                    pages[-1].text("F1", 10, left + 4, y, "\u2022")
                pages[-1].text("F1", 10, left + 18, y, line)
            continue
        for line in textwrap.wrap(text, 96, break_on_hyphens=False):
            y -= 14
            pages[-1].text("F1", 10, left, y, line)

    # The person specification starts on page 2, as Word's "page break before" on its heading puts it.
    new_page()
    y -= 18
    pages[-1].text("F2", 12, left, y, "Person Specification")
    y -= 10
    page = pages[-1]
    page.line(left, y, right, y)
    y_top_of_table = y
    y -= 15
    page.text("F2", 10, left + 5, y, "Criteria")
    page.text("F2", 10, col_e + 8, y, "Essential")
    page.text("F2", 10, col_d + 8, y, "Desirable")
    y -= 6
    page.line(left, y, right, y)
    for row in H6_ROWS:
        if len(row) == 1:
            page.shade(left, y - 18, right - left, 18)
            page.text("F2", 10, left + 5, y - 13, row[0])
            y -= 18
            page.line(left, y, right, y)
            continue
        criterion, level = row
        lines = textwrap.wrap(criterion, 60, break_on_hyphens=False)
        first = y - 13
        for line in lines:
            y -= 13
            page.text("F1", 10, left + 5, y, line)
        essential = H6_WINGDINGS_TICK if level == "E" else H6_WINGDINGS_CROSS
        desirable = H6_WINGDINGS_TICK if level == "D" else H6_WINGDINGS_CROSS
        page.text("F3", 11, col_e + 32, first, essential)
        page.text("F3", 11, col_d + 32, first, desirable)
        y -= 6
        page.line(left, y, right, y)
    for x in (left, col_e, col_d, right):
        page.line(x, y_top_of_table, x, y)
    for style, text in H6_BOTTOM:
        if style == "heading":
            y -= 24
            page.text("F2", 11, left, y, text)
            continue
        for line in textwrap.wrap(text, 96, break_on_hyphens=False):
            y -= 14
            page.text("F1", 10, left, y, line)
    if y < bottom:
        raise SystemExit("h6: page 2 overflowed")

    for number, each in enumerate(pages, start=1):
        each.text("F1", 8, left, 812, H6_HEADER)
        each.text("F1", 8, left, 40, f"Clinical Governance Administrator {DASH} JD and PS {DASH} reviewed January 2028")
        each.text("F1", 8, 480, 40, f"Page {number} of {len(pages)}")

    objects: list[bytes] = []

    def add(obj: bytes) -> int:
        objects.append(obj)
        return len(objects)

    add(b"<< /Type /Catalog /Pages 2 0 R >>")
    add(b"")
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    descriptor = add(
        b"<< /Type /FontDescriptor /FontName /Wingdings-Regular /Flags 4 /FontBBox [0 -211 1359 899] "
        b"/ItalicAngle 0 /Ascent 899 /Descent -211 /CapHeight 899 /StemV 80 >>"
    )
    f3 = add(
        f"<< /Type /Font /Subtype /TrueType /BaseFont /Wingdings-Regular /FirstChar 251 /LastChar 252 "
        f"/Widths [781 781] /Encoding /WinAnsiEncoding /FontDescriptor {descriptor} 0 R >>".encode()
    )
    kids = []
    for each in pages:
        stream = "\n".join(each.ops).encode("latin-1")
        content = add(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
        page_object = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R /F3 {f3} 0 R >> >> /Contents {content} 0 R >>"
        )
        kids.append(add(page_object.encode()))
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    return pdf_file(objects)


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    h1_ward_administrator()
    h2_medical_staffing_assistant()
    h3_accounts_receivable_assistant()
    h4_planned_maintenance_administrator()
    (ADVERTS / "h5_assistant_medical_secretary.pdf").write_bytes(pdf_bytes(H5_ITEMS, title=(16, 56)))
    (ADVERTS / "h6_clinical_governance_administrator.pdf").write_bytes(h6_pdf_bytes())


if __name__ == "__main__":
    main()
