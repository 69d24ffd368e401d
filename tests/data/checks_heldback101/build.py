"""Build the Word and PDF adverts of the hundred-and-first held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback101/build.py`. The generated files are
committed, so nothing needs this script to read them; it is kept so the files can be read and rebuilt. The Word and PDF
helpers are in `tests/data/advert_files.py`. Each Word file is saved with fixed core-property dates and fixed zip time
stamps, so a rebuild is byte for byte the same. The pasted-text adverts (v7 and v8) are plain files, not built here.
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

TICK = "\u2713"  # a plain check mark in the level column that applies; the other cell is left empty
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2029, 2, 1, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 1, 10, 30, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_purchase_ledger_clerk() -> None:
    """Employer only in the page header, reference and closing date only in the page footer, the title as the
    heading and the band in a "|" line; duties as bullets; tick columns with category rows merged across the table
    and E and D rows mixed within a category; four ticked-Essential rows that are not criteria."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"The Hillingdon Hospitals NHS Foundation Trust {DASH} Finance Department"
    section.footer.paragraphs[0].text = "Job reference 305-FIN-7712  \u00b7  Closes 05/03/2029 at 23:59"
    document.add_heading("Purchase Ledger Clerk", level=1)
    document.add_paragraph(
        f"Agenda for Change Band 2  |  {POUND}26,530 a year including Outer London High Cost Area Supplement  |  "
        "37.5 hours, Monday to Friday  |  Permanent"
    )
    document.add_paragraph(
        "Finance Department, Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN. Interviews will be held on "
        "Wednesday 14 March 2029."
    )
    document.add_heading("About the team", level=2)
    document.add_paragraph(
        "Our purchase ledger team of seven pays the companies that supply Hillingdon and Mount Vernon hospitals, "
        "from syringes and linen to agency staff and building work: around 5,000 invoices a month. You will join "
        "the team's invoice processing desk, where new starters learn every part of the ledger step by step."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Open, date-stamp and sort the invoices that arrive by post and through the invoice mailbox",
        "Key invoices onto the finance system and match them to the right purchase order and goods receipt",
        "Put invoices on hold where the price or quantity does not match, and tell the ordering department",
        "Answer calls from suppliers asking when they will be paid, and log every call",
        "Help prepare supplier statement reconciliations at month end",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Requirement", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("GCSE (or equivalent) in English and maths at grade 4 / C or above", TICK, ""),
        ("AAT Level 2 Certificate in Accounting", "", TICK),
        ("Completion of the Trust's counter fraud e-learning within your first month", TICK, ""),
        ("Experience",),
        ("Experience of data entry in an office environment", TICK, ""),
        ("No previous finance experience is needed", TICK, ""),
        ("Experience of processing invoices in a purchase ledger or accounts team", "", TICK),
        ("Skills and abilities",),
        ("Accurate keyboard skills with a good eye for detail when entering numbers", TICK, ""),
        ("Able to use Microsoft Excel to sort and filter lists", TICK, ""),
        ("Able to answer supplier phone calls in a polite and helpful way", TICK, ""),
        ("Must scan and index every paper invoice on the day it arrives", TICK, ""),
        ("Knowledge",),
        ("Knowledge of an accounting system such as Oracle, Sage or Integra", "", TICK),
        ("Other",),
        ("Satisfactory basic DBS check", TICK, ""),
        ("Able to attend the office at Hillingdon Hospital at least four days a week", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, rising with service; the NHS Pension Scheme; a season ticket "
        "loan; staff car parking at a reduced rate; and a paid place on the AAT Level 2 course for anyone who "
        "wants it after their first six months. You will need to show that you have the right to work in the UK; "
        "we are unable to offer visa sponsorship for this post. Two references will be requested."
    )
    save(document, "v1_purchase_ledger_clerk.docx")


def v2_supplier_maintenance_officer() -> None:
    """Closing and interview dates only in the page header; the employer and band only in a details table with two
    label-value pairs a row; numbered duties with a "must"; rows marked E or D with the area merged down and an
    "Assessment" column, three rows marked E that are not criteria; the key under the table."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Closing date: 7 March 2029    Interviews: 19 March 2029"
    document.add_heading("Supplier Maintenance Officer", level=1)
    label_value_table(
        document,
        [
            ("Organisation", "Imperial College Healthcare NHS Trust", "Directorate", "Finance"),
            ("Department", "Accounts Payable and Supplier Data", "Pay band", "Band 3"),
            ("Base", "Charing Cross Hospital, Fulham Palace Road, W6 8RF", "Hours", "37.5 a week, hybrid"),
            ("Contract", "Permanent", "Reference", "290-FIN-4431-B"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The Trust pays more than 4,000 suppliers. Before any of them can be paid, their name, address, VAT "
        "number and bank account have to be set up correctly on our finance system, and kept right when they "
        "change. The Supplier Maintenance Officer owns those records and is the Trust's first line of defence "
        "against criminals who pose as suppliers to divert payments."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Set up new suppliers from requests sent in by departments, checking every form is complete and signed.",
        "Process changes of supplier name, address and bank details, and close down suppliers no longer used.",
        "You must carry out a call-back check on every change of bank details, using a number you have found "
        "yourself, before the change is processed.",
        "Run the weekly duplicate supplier report and merge or close duplicates with the Accounts Payable team.",
        "Keep the audit file of supplier changes ready for internal and external auditors.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Requirement", "E/D", "Assessment"])
    rows = [
        (
            "Qualifications",
            "Good general education, including GCSE English and maths (grade C / 4) or equivalent",
            "E",
            "AF",
        ),
        ("Qualifications", "Accounting qualification at Level 2 or above (AAT or similar)", "D", "AF"),
        ("Qualifications", "Fraud awareness and bank mandate training, given during induction", "E", "N/A"),
        ("Experience", "Experience of keeping records up to date on a computer system", "E", "AF / INT"),
        ("Experience", "Experience of working in a finance, purchasing or accounts department", "D", "AF / INT"),
        (
            "Skills",
            "Strong attention to detail when checking names, addresses and bank details",
            "E",
            "AF / TEST",
        ),
        ("Skills", "Able to question requests politely but firmly by phone and email", "E", "INT"),
        ("Skills", "Competent in Microsoft Excel and Outlook", "E", "TEST"),
        (
            "Skills",
            "Must log every supplier change on the audit tracker before the end of the working day",
            "E",
            "N/A",
        ),
        ("Knowledge", "Awareness of common types of invoice and mandate fraud", "E", "INT"),
        ("Knowledge", "Knowledge of VAT registration and Companies House checks", "D", "INT"),
        ("Other", "Able to meet the weekly payment run deadline", "E", "INT"),
        (
            "Other",
            f"Right to work in the UK {DASH} this post is not eligible for visa sponsorship",
            "E",
            "Pre-employment",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "Assessment: AF = application form, INT = interview, TEST = a 20-minute checking exercise on the day."
    )
    document.add_paragraph(
        "You do not need to have worked in the NHS, and full training on our finance system is given. We offer "
        "27 days' annual leave plus bank holidays, the NHS Pension Scheme, two days a week working from home "
        "after induction and an interest-free season ticket loan. The post is subject to a basic DBS check and "
        "two satisfactory references."
    )
    save(document, "v2_supplier_maintenance_officer.docx")


def v3_sales_ledger_assistant() -> None:
    """Employer only in the page footer; the title as the heading with the team and address under it; the band in a
    "\u00b7" line; Essential and Desirable side by side per category, with a "no NHS experience" line and a DBS
    line inside Essential cells, "N/A", a benefit alone in a Desirable cell and an empty one; the closing date only
    in the last line."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.footer.paragraphs[
        0
    ].text = "Chelsea and Westminster Hospital NHS Foundation Trust is an equal opportunities employer."
    document.add_heading("Sales Ledger Assistant", level=1)
    document.add_paragraph(
        "Income and Receivables Team, Finance, Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH"
    )
    document.add_paragraph(
        f"Band 3  \u00b7  {POUND}28,410 to {POUND}30,150 a year including High Cost Area Supplement  \u00b7  "
        "37.5 hours  \u00b7  Permanent"
    )
    document.add_heading("The role", level=2)
    document.add_paragraph(
        "The income team bills and collects the money owed to our two hospitals by other NHS bodies, private "
        "patients, overseas visitors, universities and commercial tenants. You will raise invoices from requests "
        "sent in by departments, post receipts, send statements and reminders, and phone customers whose "
        "accounts are overdue. You must add a note to the customer's account after every call or letter, so "
        "that anyone in the team can pick up where you left off."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    add_rows_side_by_side(
        table,
        [
            (
                "Qualifications",
                "Educated to GCSE level in English and maths, or equivalent",
                "ICB or AAT bookkeeping qualification",
            ),
            (
                "Experience",
                "Experience of raising invoices or chasing payments\n"
                f"No NHS experience needed {DASH} full training on Oracle and our debt procedures is given",
                "Experience of credit control in a large organisation",
            ),
            (
                "Skills",
                "Confident on the telephone when asking customers for money owed\n"
                "Good Excel skills, including sorting, filtering and simple formulas",
                "Speaks a second language, to help with overseas visitor accounts",
            ),
            (
                "Knowledge",
                "Understanding of the need to keep financial and patient information confidential",
                "N/A",
            ),
            (
                "Personal qualities",
                "Able to organise own workload to meet month-end deadlines",
                "Season ticket loan and cycle-to-work scheme available",
            ),
            (
                "Other",
                "Able to work until 6pm on the last three working days of each month\nBasic DBS check required",
                "",
            ),
        ],
    )
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension Scheme, a staff discount scheme and a "
        "wellbeing programme. Applicants must have the right to work in the UK; we cannot sponsor a visa for "
        "this role. For an informal chat, call the Income Manager on 020 7946 0318 or email "
        "income.recruitment@example.com."
    )
    document.add_paragraph("Closing date: Friday 9 March 2029. Interviews: Tuesday 20 March 2029.")
    save(document, "v3_sales_ledger_assistant.docx")


def v4_payroll_queries_officer() -> None:
    """The title and band together in the heading; the employer only in a details table with no header row; key
    duties as bullets; Essential and Desirable as two rows per area, the area merged down over both; the closing
    date only in the How to apply paragraph."""
    document = blank_docx("Calibri")
    document.add_heading(f"Payroll Queries Officer {DASH} Band 4", level=1)
    label_value_table(
        document,
        [
            ("Employer", "London North West University Healthcare NHS Trust"),
            ("Department", "Payroll Services, People Directorate"),
            ("Location", "Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
            ("Hours", "37.5 per week, 8am to 4pm or 9am to 5pm, Monday to Friday"),
            ("Salary", f"{POUND}31,960 to {POUND}34,870 per annum including Outer London HCAS"),
            ("Contract", "Fixed term for 18 months"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Our in-house payroll pays about 9,000 staff across Northwick Park, Ealing and Central Middlesex "
        "hospitals. The Payroll Queries Officer runs the payroll helpline: answering calls and emails from staff "
        "and managers about their pay, explaining payslips, and putting right what has gone wrong."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Answer the payroll helpline and shared inbox, resolving most queries at first contact",
        "Investigate underpayments and overpayments and agree repayment plans in line with Trust policy",
        "Explain tax codes, pension deductions and enhancements to staff in plain terms",
        "Pass complex tax or pension cases to the Senior Payroll Officer with a clear written summary",
        "You must record every query and its outcome on the helpline log on the same day",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    add_rows_merging_categories_down(
        table,
        [
            ("Education", "Essential", "GCSE English and maths at grade 4 / C or above, or equivalent"),
            ("Education", "Desirable", "CIPP Payroll Technician Certificate"),
            (
                "Experience",
                "Essential",
                "Experience of dealing with customer or staff queries by phone, email or in person\n"
                "Previous payroll experience is not required",
            ),
            ("Experience", "Desirable", "Experience of working in a payroll or HR team"),
            (
                "Skills",
                "Essential",
                "Able to explain how pay, tax and deductions have been worked out in plain English\n"
                "Good numeracy, including working out percentages and part-month pay",
            ),
            ("Skills", "Desirable", "Experience of using ESR"),
            ("Knowledge", "Essential", "Understanding of PAYE income tax and National Insurance"),
            ("Knowledge", "Desirable", "Knowledge of NHS Pension Scheme contribution rates"),
            (
                "Personal qualities",
                "Essential",
                "Able to stay calm and helpful with callers who are upset about their pay\n"
                "Basic DBS check and proof of the right to work in the UK",
            ),
            ("Personal qualities", "Desirable", "N/A"),
        ],
    )
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "Full training on ESR and on NHS pay rules is given in your first six weeks. You will receive 29 days' "
        "annual leave plus bank holidays, the NHS Pension, on-site nursery places and a Blue Light Card. This "
        "post is not eligible for Skilled Worker sponsorship."
    )
    document.add_heading("How to apply", level=2)
    document.add_paragraph(
        "Applications close on Monday 12 March 2029 and interviews will be held at Northwick Park on Thursday 22 "
        "March 2029. For more information contact the Payroll Services Manager on 020 7946 0562."
    )
    save(document, "v4_payroll_queries_officer.docx")


V5_ITEMS = [
    ("title", "Assistant Buyer"),
    ("bold", f"West London NHS Trust {DASH} Procurement Department"),
    ("body", "St Bernard's Hospital, Uxbridge Road, Southall UB1 3EU, with some working from home"),
    ("body", f"Band 4  |  {POUND}31,960 to {POUND}34,870 a year including Outer London HCAS  |  Permanent, full time"),
    ("body", "Closes: Thursday 15 March 2029 at 23:59  |  Interviews: Tuesday 27 March 2029"),
    ("gap", ""),
    ("heading", "About the role"),
    (
        "body",
        "The procurement team buys everything our mental health and forensic services use, from furniture and "
        "IT equipment to cleaning contracts and patient transport. As Assistant Buyer you will run purchases up "
        f"to {POUND}25,000 from start to finish and support the category buyers on larger tenders.",
    ),
    ("heading", "What you'll do"),
    ("body", "\u2022 Get quotes from suppliers and recommend which one to choose"),
    (
        "body",
        f"\u2022 You must make sure every order over {POUND}10,000 has three written quotes and a signed "
        "approval saved on file before it is raised",
    ),
    ("body", "\u2022 Keep the contracts register and supplier files up to date"),
    ("body", "\u2022 Answer buying questions from ward and service managers through the procurement inbox"),
    ("body", "\u2022 Help prepare tender documents and score returns with the category buyers"),
    ("heading", "Must-haves"),
    ("body", "\u2022 Experience of buying goods or services for an organisation, including getting quotes"),
    ("body", "\u2022 Able to compare quotes on price, quality and delivery and explain the choice"),
    ("body", "\u2022 Good Excel skills for building price comparisons"),
    ("body", "\u2022 Confident negotiating with suppliers by phone and email"),
    ("body", "\u2022 Careful record keeping so every purchase can be audited"),
    ("body", "\u2022 Able to work on your own and prioritise a busy inbox"),
    (
        "body",
        f"\u2022 You don't need to have bought for the NHS or the public sector before {DASH} we will take you "
        "through the rules in your first month",
    ),
    ("heading", "Good to have"),
    ("body", "\u2022 CIPS Level 4 Diploma in Procurement and Supply"),
    ("body", "\u2022 Knowledge of public sector procurement rules such as the Procurement Act 2023"),
    ("body", "\u2022 Experience of using an e-procurement system such as Oracle, Atamis or Bravo"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; this post does not meet the requirements for visa "
        "sponsorship. Offers are made subject to two references and a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave plus bank holidays, rising to 33 days with service"),
    ("body", "\u2022 The NHS Pension Scheme and free on-site parking"),
    ("body", "\u2022 A funded CIPS qualification once you have passed probation"),
    ("body", "\u2022 Flexible working, with up to two days a week at home"),
]

V6_ITEMS = [
    ("title", "Bank Reconciliation Assistant"),
    ("bold", "Financial Services, Central and North West London NHS Foundation Trust"),
    ("body", "350 Euston Road, London NW1 3AX"),
    ("bold", "Closing date: 18 March 2029"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Central and North West London NHS Foundation Trust receives and pays out millions of pounds every day "
        "through its bank accounts. We are looking for a Bank Reconciliation Assistant to join the Financial "
        "Services team at Band 3, working 37.5 hours a week with two days a week at home once trained.",
    ),
    (
        "body",
        "Each morning you will download the previous day's bank statements, match every receipt and payment to "
        "the ledger, and investigate anything that does not match. You must post every cleared receipt to the "
        "ledger by 2pm on the day it appears on the statement. At month end you will prepare the bank "
        "reconciliations for review by the Financial Accountant. You do not need to have worked in the NHS or in "
        "a bank before you start.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have experience of matching payments to records, such as bank statements, "
        "receipts or invoices. You must be confident using Excel, including filters and VLOOKUP or XLOOKUP. "
        "Accuracy with figures is essential, because every penny has to be accounted for. It is essential that "
        "you can follow up unexplained items with other teams until you get an answer. You must be able to keep "
        "to a daily routine and meet the month-end timetable. A good standard of written English is essential, "
        "as you will write a short note on every item left unmatched.",
    ),
    (
        "body",
        "Experience of working in a bank, building society or finance office would be beneficial. An AAT "
        "qualification at Level 2 or above would be an advantage. Knowledge of Oracle or another general ledger "
        "system would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "Applicants must be able to show they have the right to work in the UK, and this role cannot be "
        "sponsored. The successful candidate will need a basic DBS check and two references. We see training as "
        "an essential part of the job: you will have a buddy for your first month and can apply for AAT study "
        "support after probation. You will benefit from 27 days' annual leave plus bank holidays, the NHS "
        "Pension, a season ticket loan and access to our staff networks.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through Trac. Interviews will be held at Euston Road on Thursday 29 March 2029. For an informal "
        "conversation please email financial.services.jobs@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_purchase_ledger_clerk()
    v2_supplier_maintenance_officer()
    v3_sales_ledger_assistant()
    v4_payroll_queries_officer()
    (ADVERTS / "v5_assistant_buyer.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_bank_reconciliation_assistant.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
