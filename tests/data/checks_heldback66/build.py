"""Build the Word and PDF adverts of the sixty-sixth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback66/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is
saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (v7 and v8) are plain files and are not built here.
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

# A square-root sign, as many NHS Word person specifications use for a tick.
TICK = "\u221a"
DASH = "\u2013"
DOT = "\u00b7"
FIXED_TIME = dt.datetime(2028, 12, 4, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 4, 9, 30, 0)  # every Word file's zip entries


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_health_records_tracking_clerk() -> None:
    """The employer only in the page header, the closing date only in the page footer; the band on a "|" line;
    duties as bullets; tick columns (a square-root sign) with bold category rows merged across, and four ticked
    Essential rows that are not criteria (e-learning the job gives, "No previous hospital experience is needed", a
    "Must return ..." duty and the right to work)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "The Hillingdon Hospitals NHS Foundation Trust"
    section.footer.paragraphs[0].text = (
        f"Health Records Service {DOT} Ref 349-HRS-0118 {DOT} Applications must reach us by 23:59 on Wednesday "
        "10 January 2029"
    )
    document.add_heading("Health Records Tracking Clerk", level=1)
    document.add_paragraph("Band 2 | Health Records Service | Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN")
    document.add_paragraph("37.5 hours a week, Monday to Friday, on shifts between 7am and 8pm | Permanent")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our health records library holds more than 400,000 sets of case notes, and around 3,000 of them move "
        "between the library, clinics, wards and offices every day. The tracking team makes sure that every set "
        "of notes is where the computer says it is, so that clinics and wards have them in time."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Pull case notes for the next day's outpatient clinics from the pull lists and take them to clinic reception",
        "Record every movement of a set of notes on the patient administration system with the barcode scanner",
        "Search wards, offices and clinics for notes that cannot be found, and log each search",
        "File loose papers, and make up temporary folders when notes cannot be found in time",
        "Box notes for off-site storage and order notes back from the store",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("Good standard of literacy and numeracy, such as GCSE English and maths at grade 4 / C", TICK, ""),
        ("NVQ Level 2 in Business Administration or a similar office qualification", "", TICK),
        ("Completion of the Trust's records management e-learning within your first month", TICK, ""),
        ("Experience",),
        ("Experience of working with a filing, archive or stock location system", TICK, ""),
        ("No previous hospital experience is needed", TICK, ""),
        ("Previous experience of working in a hospital health records library", "", TICK),
        ("Skills and abilities",),
        ("Accurate keyboard skills for updating tracking records on a computer", TICK, ""),
        ("Good attention to detail, especially with long reference numbers", TICK, ""),
        ("Physically able to lift boxes of case notes and push loaded trolleys for much of the shift", TICK, ""),
        ("Must return every set of notes to its shelf or tracking point before the end of the shift", TICK, ""),
        ("Knowledge",),
        ("Understanding of why patient records must be kept confidential", TICK, ""),
        ("Knowledge of a patient administration system such as Cerner or Medway", "", TICK),
        ("Other",),
        ("Able to work one late shift until 8pm each week on a rota", TICK, ""),
        (f"Right to work in the UK {DASH} we are unable to offer visa sponsorship for this post", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; a free staff "
        "shuttle bus to Uxbridge station; and a subsidised staff restaurant. Appointment is subject to two "
        "satisfactory references and occupational health clearance."
    )
    _save(document, "v1_health_records_tracking_clerk.docx")


def v2_payroll_input_clerk() -> None:
    """The title as the heading, then a details table with no header row ("Pay band | Agenda for Change Band
    3"); numbered duties; rows marked E or D with the category merged down and a "How assessed" column (A, I, T),
    with a training row, a "Must key ... before ..." duty and a right-to-work row marked E; the closing date only
    in the last sentence, after the benefits."""
    document = blank_docx("Calibri")
    document.add_heading("Payroll Input Clerk", level=1)
    label_value_table(
        document,
        [
            ("Organisation", "Imperial College Healthcare NHS Trust"),
            ("Directorate", f"Finance {DASH} Payroll Services"),
            ("Pay band", "Agenda for Change Band 3"),
            ("Salary", "\u00a329,870 to \u00a331,620 a year, including High Cost Area Supplement"),
            (
                "Location",
                "Charing Cross Hospital, Fulham Palace Road, London W6 8RF, with up to two days a week at home "
                "after training",
            ),
            ("Hours", "37.5 hours a week, Monday to Friday"),
            ("Reference", "290-FIN-7731"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Payroll Services pays around 14,000 staff every month. The Payroll Input Clerk keys new starters, "
        "leavers, changes of hours and extra pay claims into ESR, checks the figures before each cut-off and "
        "answers pay questions from staff and managers."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Key new starters, leavers and contract changes into ESR from the forms sent by managers and HR.",
        "Input overtime, unsocial hours and on-call claims, and check them against the rules for each staff group.",
        "Answer calls and emails to the payroll helpline, and pass complex queries to a Payroll Officer.",
        "Work out and key the recovery of overpayments agreed with the member of staff.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Requirement", "E/D", "How assessed"])
    rows = [
        (
            "Education and qualifications",
            "GCSE (or equivalent) in maths and English at grade 4 / C or above",
            "E",
            "A",
        ),
        (
            "Education and qualifications",
            "Payroll qualification such as the CIPP Level 2 Certificate in Payroll",
            "D",
            "A",
        ),
        (
            "Education and qualifications",
            "ESR payroll input training, completed during your induction",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of keying numerical data into a computer system to tight deadlines",
            "E",
            "A/I",
        ),
        ("Experience", "Experience of processing payroll in any organisation", "D", "A/I"),
        ("Skills and abilities", "Able to work out hours, overtime and part-month pay accurately", "E", "T"),
        ("Skills and abilities", "Able to use Excel to sort, filter and total columns of figures", "E", "A/T"),
        (
            "Skills and abilities",
            "Polite and clear on the telephone with staff who think they have been paid wrongly",
            "E",
            "I",
        ),
        (
            "Skills and abilities",
            "Must key all timesheet claims before the payroll cut-off on the 12th of each month",
            "E",
            "N/A",
        ),
        ("Knowledge", "Understanding of tax codes and National Insurance deductions", "D", "I"),
        ("Knowledge", "Understanding of the need to keep pay and bank details confidential", "E", "I"),
        (
            "Other",
            "Able to work flexibly around the monthly payroll deadline, including some early starts",
            "E",
            "I",
        ),
        ("Other", "Evidence of the right to work in the UK", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, T = short numeracy test at interview.")
    document.add_paragraph(
        f"No previous payroll experience is needed {DASH} we will train you on ESR and on NHS pay rules. We offer "
        "27 days' annual leave plus bank holidays, the NHS Pension, a season ticket loan and a cycle-to-work "
        "scheme. Offers are subject to references and a basic DBS check."
    )
    document.add_paragraph(
        "Please apply by midnight on Monday 15 January 2029. Interviews, with the short test, will be held at "
        "Charing Cross Hospital on 25 and 26 January 2029."
    )
    _save(document, "v2_payroll_input_clerk.docx")


def v3_employee_relations_administrator() -> None:
    """The team only in the page header; the employer, title and band inside the opening sentence; a "You must
    send ... within three working days" duty in a paragraph; Essential and Desirable side by side per category,
    with a training line and a right-to-work line in Essential cells, "N/A", a benefit alone in a Desirable cell
    and an empty one; the closing date in a bold line at the very end."""
    document = blank_docx("Arial")
    document.sections[0].header.paragraphs[0].text = "People Directorate | Employee Relations Team"
    document.add_heading("Employee Relations Administrator", level=1)
    document.add_paragraph(
        "West London NHS Trust is looking for an Employee Relations Administrator at Band 4 to support our "
        "employee relations advisers with formal hearings, investigations and appeals. The post is permanent, "
        "37.5 hours a week, and based at Trust Headquarters, 1 Armstrong Way, Southall UB2 4SD, with hybrid "
        "working after probation."
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "You will book rooms and panel members, put together hearing packs, take notes at investigation "
        "interviews and hearings, write up the notes and draft outcome letters for the chair to sign, and keep "
        "our case tracker up to date. You must send the typed notes to the chair within three working days of "
        "each hearing."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Educated to A level standard or equivalent",
            "CIPD Level 3 Certificate in People Practice",
        ),
        (
            "Experience",
            "Experience of taking accurate notes or minutes at formal meetings",
            "Experience of working in an HR or employee relations team",
        ),
        (
            "Skills",
            "Clear written English, able to turn rough notes into well-structured letters\n"
            "Typing speed of at least 50 words per minute",
            "N/A",
        ),
        (
            "Knowledge",
            "Understanding of the need for discretion when handling sensitive staff cases",
            "Knowledge of employment law on disciplinary and grievance procedures",
        ),
        (
            "Personal qualities",
            "Able to stay calm and impartial when people are upset or angry\n"
            "Full training on the Trust's case management system is given",
            "Hybrid working of up to two days a week at home after probation",
        ),
        (
            "Other",
            "Able to travel to meetings at Trust sites across Ealing, Hounslow and Hammersmith and Fulham\n"
            f"Right to work in the UK {DASH} we are unable to offer visa sponsorship",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave rising to 33 with service, the NHS Pension, a free staff counselling "
        "service and discounts at local shops. Appointment is subject to references and a basic DBS check."
    )
    closing = document.add_paragraph()
    closing.add_run("Closing date: Friday 26 January 2029. Interviews: Tuesday 6 February 2029.").bold = True
    _save(document, "v3_employee_relations_administrator.docx")


def v4_estates_capital_projects_administrator() -> None:
    """The title and band together in the heading; the employer only in the page footer; the closing date in a
    Key dates list beside a shortlisting and an interview date; a "You must file ... by the Friday after ..." duty;
    Essential and Desirable as two rows per area with the area merged down, a "not required" line and a "Must
    issue ... before ..." duty as second lines of Essential cells and "N/A" in one Desirable row."""
    document = blank_docx("Calibri")
    document.sections[0].footer.paragraphs[
        0
    ].text = f"London North West University Healthcare NHS Trust {DOT} Estates and Facilities {DOT} Ref 282-EF-0954"
    document.add_heading(f"Estates Capital Projects Administrator {DASH} Band 4", level=1)
    document.add_paragraph(
        f"Capital Projects Team, Northwick Park Hospital, Watford Road, Harrow HA1 3UJ {DOT} 37.5 hours a week "
        f"{DOT} Fixed term for 18 months"
    )
    document.add_heading("Key dates", level=2)
    for line in ["Closing date: 31/01/2029", "Shortlisting: 02/02/2029", "Interviews: 09/02/2029"]:
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "The capital projects team runs building work across our hospitals, from new clinic rooms and ward "
        "refurbishments to roof and lift replacements, worth around \u00a320 million a year. You will keep the "
        "team's project records, meetings and paperwork in order, and be the first point of contact for "
        "contractors arriving on site."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Keep the project register, risk logs and document control spreadsheet up to date",
        "Arrange and minute project meetings with contractors, clinical teams and the Trust's project managers",
        "Raise purchase orders and track invoices against each project budget",
        "You must file every signed handover certificate on the shared drive by the Friday after handover",
        "Book site induction sessions and keep the contractor induction records",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "GCSE English and maths at grade 4 (C) or above"),
        ("Qualifications", "Desirable", "Level 3 qualification in business administration"),
        (
            "Experience",
            "Essential",
            "Experience of administration in a busy office, including keeping registers or trackers up to date\n"
            "Previous estates, construction or facilities experience is not required",
        ),
        ("Experience", "Desirable", "Experience of working with contractors on building or maintenance projects"),
        (
            "Skills",
            "Essential",
            "Confident user of Excel, Word and Outlook\nAble to take and type up minutes of project meetings",
        ),
        ("Skills", "Desirable", "Able to read basic building drawings and floor plans"),
        ("Knowledge", "Essential", "Awareness of health and safety rules for building work on a hospital site"),
        ("Knowledge", "Desirable", "N/A"),
        (
            "Other",
            "Essential",
            "Able to walk around building sites and plant rooms wearing protective equipment\n"
            "Must issue every permit to work before contractors start on site",
        ),
        (
            "Other",
            "Desirable",
            "Full UK driving licence to travel between Northwick Park, Ealing and Central Middlesex hospitals",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We will give you the training you need, including an IOSH Working Safely course in your first three "
        "months. We offer 27 days' annual leave plus bank holidays, the NHS Pension, staff parking at Northwick "
        "Park and a cycle-to-work scheme. You must have the right to work in the UK; we cannot offer visa "
        "sponsorship for this post."
    )
    _save(document, "v4_estates_capital_projects_administrator.docx")


V5_ITEMS = [
    ("title", "Income and Debt Recovery Assistant"),
    ("bold", f"Chelsea and Westminster Hospital NHS Foundation Trust {DASH} Finance (Income Team)"),
    ("body", "West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF"),
    ("gap", ""),
    ("body", "Band 3  |  \u00a329,870 to \u00a331,620 a year, including Outer London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Monday to Friday, 8.30am to 4.30pm, hybrid after training"),
    ("heading", "About the team"),
    (
        "body",
        "The Income Team raises around 2,500 invoices a month to other NHS bodies, local councils, private "
        "patients, staff and overseas visitors, and makes sure the money comes in. When an invoice is not paid, "
        "it is our job to find out why and to agree a way forward that is fair to the person and to the NHS.",
    ),
    ("heading", "What you'll do"),
    (
        "body",
        "\u2022 Phone, email and write to people and organisations whose invoices are overdue, following our "
        "recovery timetable",
    ),
    ("body", "\u2022 Agree payment plans within the limits set by the Income Manager"),
    (
        "body",
        "\u2022 You must log every payment plan on the debtor's account by the end of the working day on which it "
        "is agreed",
    ),
    ("body", "\u2022 Match money received to the right invoice and clear unidentified receipts each week"),
    ("body", "\u2022 Prepare cases for the debt collection agency when our own letters have not worked"),
    ("heading", "What we're looking for"),
    ("bold", "The things we can't do without"),
    ("body", "\u2022 Experience of chasing unpaid bills or arrears by phone and letter"),
    ("body", "\u2022 Able to stay polite but firm when someone disputes what they owe"),
    ("body", "\u2022 Confident with spreadsheets, including sorting and filtering long lists"),
    ("body", "\u2022 Accurate with figures and able to match payments to the right account"),
    ("body", "\u2022 Able to keep clear notes of every conversation with a debtor"),
    (
        "body",
        f"\u2022 Never worked in the NHS? That doesn't matter {DASH} we'll teach you our Oracle finance system in "
        "your first fortnight",
    ),
    ("bold", "Things that would give you a head start"),
    ("body", "\u2022 Experience of working in an NHS or local council finance team"),
    ("body", "\u2022 Knowledge of the rules for charging overseas visitors for NHS care"),
    ("body", "\u2022 AAT Level 2 Certificate in Accounting or above"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK, as we cannot sponsor a visa for this post. Offers depend on "
        "two satisfactory references and a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave, rising to 33 with service, plus bank holidays"),
    ("body", "\u2022 The NHS Pension Scheme and NHS discounts"),
    ("body", "\u2022 A funded AAT Level 3 apprenticeship once you have passed your probation"),
    ("body", "\u2022 A free staff shuttle between West Middlesex and Chelsea and Westminster hospitals"),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through NHS Jobs by 23:59 on Thursday 18 January 2029, quoting reference 381-FIN-2206. Interviews "
        "will be held on Monday 29 January 2029.",
    ),
]

V6_ITEMS = [
    ("title", "Procurement Requisitioning Assistant"),
    ("body", "Procurement Team, Central and North West London NHS Foundation Trust"),
    ("body", "350 Euston Road, London NW1 3AX"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Central and North West London NHS Foundation Trust runs mental health and community health services "
        "across London, Milton Keynes and beyond, and our procurement team makes sure that wards and teams get "
        "what they need, when they need it. We are looking for a Procurement Requisitioning Assistant to join the "
        "team at Band 3, working 37.5 hours a week with at least two days in the office. The closing date is "
        "Friday 2 February 2029, and interviews are planned for Friday 9 February 2029.",
    ),
    (
        "body",
        "Every day you will check requisitions from wards and services, turn them into purchase orders, answer "
        "the team's mailbox and help staff find the right product at the right price. You must check that every "
        "requisition over \u00a31,000 has two approvals before it is sent to the supplier. No previous NHS "
        "experience is needed.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in an office where you raised, checked or processed orders. Good "
        "attention to detail is essential, as a single wrong code can send an order to the wrong ward. You must "
        "be confident using email and spreadsheets every day. It is essential that you can explain to ward "
        "staff, politely and clearly, why an order cannot go ahead yet. You must be able to work through a busy "
        "shared inbox and decide what needs doing first.",
    ),
    (
        "body",
        "Experience of a purchase-to-pay system such as Oracle or SBS would be beneficial. A CIPS Level 2 "
        "qualification would be an advantage. Some knowledge of the public procurement rules that apply to NHS "
        "spending is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need a basic DBS check. After probation we will fund the "
        "CIPS Level 3 Advanced Certificate for anyone who wants to build a career in procurement. You will "
        "benefit from 27 days' annual leave plus bank holidays, the NHS Pension, season ticket loans and a "
        "cycle-to-work scheme.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_health_records_tracking_clerk()
    v2_payroll_input_clerk()
    v3_employee_relations_administrator()
    v4_estates_capital_projects_administrator()
    (ADVERTS / "v5_income_and_debt_recovery_assistant.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_procurement_requisitioning_assistant.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
