"""Build the Word and PDF adverts of the hundred-and-twentieth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback120/build.py`. The generated files are
committed, so nothing needs this script to score them; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; every Word file is
saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The pasted-text
adverts (v7 and v8) are plain files and are not built here.
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

TICK = "\u2713"  # a plain check mark; the other level cell is left empty
DASH = "\u2013"
DOT = "\u00b7"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2029, 2, 12, 8, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 12, 8, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_purchase_to_pay_assistant() -> None:
    """Shape 1: the employer only in the page header; the title and band together in the heading; tick columns with
    category rows merged across the table and four ticked-Essential rows that are not criteria; the closing date only
    in the last paragraph."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[
        0
    ].text = f"Imperial College Healthcare NHS Trust  {DOT}  Finance Directorate {DASH} Purchase to Pay"
    section.footer.paragraphs[0].text = "Job reference 290-FIN-3051"
    document.add_heading(f"Purchase to Pay Assistant {DASH} Band 3", level=1)
    document.add_paragraph(
        f"Accounts Payable and Procurement Hub, St Mary's Hospital, Praed Street, Paddington  |  37.5 hours a week  |  "
        f"Permanent  |  {POUND}30,120 to {POUND}31,870 a year including Inner London High Cost Area Supplement"
    )
    document.add_heading("The role", level=2)
    document.add_paragraph(
        "The Purchase to Pay hub looks after every step between a ward asking for something and the supplier being "
        "paid for it. We handle around 11,000 invoices a month for Charing Cross, Hammersmith, Queen Charlotte's and "
        "Chelsea, St Mary's and the Western Eye. As one of a team of fourteen, you will look after your own group of "
        "suppliers, keep their invoices moving and sort out whatever is holding them up."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Register invoices that arrive through the scanning service and the hub's shared mailbox",
        "Match each invoice to its purchase order and goods receipt, and chase the ordering department when "
        "the price or quantity does not agree",
        "Put suppliers on hold and take them off hold, and keep their contact details up to date",
        "Check supplier statements and chase missing credit notes",
        "Prepare your suppliers' part of the twice-weekly payment run for the team leader to approve",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, ""),
        ("AAT Level 3 Diploma in Accounting or equivalent", "", TICK),
        ("Completion of the Trust's Oracle e-learning modules within your first month", TICK, ""),
        ("Experience",),
        ("Experience of matching invoices to purchase orders and goods receipts", TICK, ""),
        ("Confident dealing with supplier queries by phone and email", TICK, ""),
        ("Previous NHS experience is not needed", TICK, ""),
        ("Experience of working in an NHS or public sector finance team", "", TICK),
        ("Skills and abilities",),
        ("Able to use Excel to sort, filter and total lists of transactions", TICK, ""),
        ("Accurate data entry with close attention to detail", TICK, ""),
        ("Able to prioritise your own workload to meet payment run deadlines", TICK, ""),
        ("Must log every supplier call on the query tracker on the same day", TICK, ""),
        ("Knowledge",),
        ("Awareness of the public sector target to pay suppliers within 30 days", "", TICK),
        ("Other",),
        ("Proof of the right to work in the UK", TICK, ""),
        ("Able to work on site at St Mary's Hospital at least three days a week", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, rising with service; the NHS Pension Scheme; an interest-free "
        "season ticket loan; and hybrid working of up to two days a week at home once you are trained. We pay at "
        "least the London Living Wage to everyone who works on our sites."
    )
    document.add_paragraph(
        "Applications close on Monday 5 March 2029 at 23:59. Interviews will take place at St Mary's on Thursday 15 "
        "March 2029. Any offer is subject to two references and a basic DBS check."
    )
    save(document, "v1_purchase_to_pay_assistant.docx")


def v2_theatres_inventory_assistant() -> None:
    """Shape 2: the employer and closing date only in the page footer; a details table with two label-value pairs a
    row holding the band; a "You must never ..." sentence in Job purpose; rows marked E or D with the category merged
    down and a How assessed column, two E rows that are not criteria; the key and "no experience" after the table."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[
        0
    ].text = "The Hillingdon Hospitals NHS Foundation Trust  |  Ref 332-THE-0907  |  Closes 07/03/2029"
    document.add_heading("Theatres Inventory Assistant", level=1)
    label_value_table(
        document,
        [
            ("Department", "Main Theatres and Day Surgery Unit", "Grade", "Band 3"),
            ("Base", "Hillingdon Hospital, Pield Heath Road, Uxbridge", "Hours", "37.5 a week, Monday to Friday"),
            ("Contract", "Permanent", "Salary", f"{POUND}29,980 to {POUND}31,640 a year including HCAS"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our eleven operating theatres use thousands of items a week, from sutures and drapes to hip implants on "
        "consignment. The inventory team makes sure that what each list needs is on the shelf, in date and paid for "
        "once, and that nothing goes missing between the store room and the patient. You must never leave a theatre "
        "store room unlocked or propped open, even for a minute."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Receive deliveries into the theatre stores, put stock away and book it onto the inventory system.",
        "Count the stock in each store room on a weekly cycle and correct the system where counts differ.",
        "Raise replenishment orders and chase late or back-ordered items with suppliers and with Procurement.",
        "Check expiry dates and move short-dated stock to where it will be used first.",
        "Record implants used in each list so the supplier can be billed and the consignment topped up.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "Good standard of education, including maths at GCSE grade 4 or Functional Skills Level 2",
            "E",
            "A",
        ),
        ("Qualifications", "Level 2 qualification in warehousing and storage or supply chain operations", "D", "A"),
        (
            "Qualifications",
            "Manual handling and theatre etiquette training, given in your first two weeks",
            "E",
            "N/A",
        ),
        ("Experience", "Experience of stock control in a warehouse, stores or retail setting", "E", "A / I"),
        ("Experience", "Experience of working in an operating theatre or other clinical area", "D", "A / I"),
        ("Skills", "Confident using a computer to record stock levels and raise orders", "E", "A / T"),
        ("Skills", "Able to lift and move boxes of up to 15kg safely", "E", "I"),
        ("Skills", "Good spoken English to deal with theatre staff and suppliers by phone", "E", "I"),
        ("Knowledge", "Understanding of stock rotation and why expiry dates matter", "E", "I"),
        (
            "Knowledge",
            "Knowledge of a theatre inventory system such as Omnicell, Genesis or Ingenica",
            "D",
            "A / I",
        ),
        ("Other", "Able to start at 7am, Monday to Friday", "E", "I"),
        (
            "Other",
            f"Right to work in the UK {DASH} visa sponsorship is not available for this post",
            "E",
            "Pre-employment checks",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, T = short practical test on the day.")
    document.add_paragraph(
        "You do not need to have worked in a hospital before: we will teach you the theatre routine and our "
        "inventory system. We offer 27 days' annual leave plus bank holidays, the NHS Pension, reduced-rate staff "
        "parking and a staff restaurant on site. Interviews will be held on Tuesday 20 March 2029. Appointment is "
        "subject to references and a basic DBS check."
    )
    save(document, "v2_theatres_inventory_assistant.docx")


def v3_stores_and_distribution_assistant() -> None:
    """Shape 3: the title as the heading, the band in a "|" line, the closing date on a line of its own with the
    interview date in brackets, the employer in the page header and in About us; a "You must ..." duty; Essential
    and Desirable side by side per category, with a no-experience line and a right-to-work line in Essential cells,
    "N/A", a benefit alone in a Desirable cell and an empty Desirable cell."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[
        0
    ].text = f"London North West University Healthcare NHS Trust {DASH} Supplies and Logistics"
    document.add_heading("Stores and Distribution Assistant", level=1)
    document.add_paragraph(
        f"Agenda for Change Band 2  |  {POUND}27,485 to {POUND}28,390 a year including Outer London HCAS  |  37.5 "
        "hours a week, worked over five days out of seven"
    )
    document.add_paragraph("Closing date: 9 March 2029 (interviews on 19 March 2029)")
    document.add_heading("About us", level=2)
    document.add_paragraph(
        "London North West University Healthcare NHS Trust runs Northwick Park, Central Middlesex and Ealing "
        "hospitals. Our central stores at Northwick Park receive around 400 deliveries a week and supply more than "
        "90 wards, clinics and departments."
    )
    document.add_heading("The job", level=2)
    document.add_paragraph(
        "You will unload and check deliveries, put stock away, pick ward orders and take them round the hospital on "
        "cages and trolleys, and drive the Trust's van to Central Middlesex when it is your turn on the rota. You must "
        "get every delivery signed for by a member of the ward or department team before you leave it, and bring back "
        "any cages left on the wards from the day before."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Basic reading, writing and number skills",
            "Licence to drive a forklift or powered pallet truck",
        ),
        (
            "Experience",
            "Experience of working in a warehouse, stockroom or delivery role\n"
            f"No hospital experience needed {DASH} full training is given",
            "Experience of delivering supplies to hospital wards or departments",
        ),
        (
            "Skills",
            "Able to check goods against a delivery note and report any shortages or damage\n"
            "Able to use a handheld scanner to record stock",
            "N/A",
        ),
        (
            "Personal qualities",
            "Able to plan and work through a delivery round on your own",
            "Free flu vaccination every autumn",
        ),
        ("Physical", "Able to push loaded cages and trolleys for long periods", ""),
        (
            "Other",
            "Able to work one weekend in four on a rota\n"
            f"Right to work in the UK {DASH} we cannot sponsor a visa for this post",
            "Full UK driving licence",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave plus bank holidays, the NHS Pension, safety boots and uniform, and "
        "unsocial hours pay for weekend shifts. Offers depend on two references and a basic DBS check. We are happy "
        "to talk about part-time hours."
    )
    save(document, "v3_stores_and_distribution_assistant.docx")


def v4_management_accounts_assistant() -> None:
    """Shape 4: the employer only in the page footer; the title as the heading; a two-column details table with no
    header row holding the band and the closing date; a "must" duty among the bullets; an Essential row and a
    Desirable row per area with the area merged down, a training line alone in one Desirable row, a DBS line in an
    Essential row and "N/A"."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[
        0
    ].text = f"Chelsea and Westminster Hospital NHS Foundation Trust {DASH} Finance Directorate"
    document.add_heading("Management Accounts Assistant", level=1)
    label_value_table(
        document,
        [
            ("Pay band", f"Band 4 ({POUND}33,240 to {POUND}36,190 a year including Inner London HCAS)"),
            ("Team", f"Management Accounts {DASH} Planned Care and Women's and Children's divisions"),
            ("Base", "Chelsea and Westminster Hospital, 369 Fulham Road, with up to two days a week at home"),
            ("Hours", "37.5 a week"),
            ("Closes", "12 March 2029"),
            ("Reference", "C9-FIN-1184"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "The management accounts team gives every budget holder a clear picture of what they have spent and what is "
        "still to come. You will support two management accountants with the month-end close, the monthly budget "
        "reports and the questions that follow them."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Prepare and post month-end journals, accruals and prepayments for your divisions",
        "Reconcile the divisions' balance sheet codes and clear old items",
        "Build the monthly budget statements and send them out with a short note",
        "Meet budget holders with the management accountant to go through their position",
        "All journals must be posted by the fourth working day of each month",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        (
            "Qualifications",
            "Essential",
            "Qualified to AAT Level 3 or equivalent, or a degree in accounting or finance",
        ),
        ("Qualifications", "Desirable", "Part-qualified CIMA or ACCA, or AAT Level 4"),
        (
            "Experience",
            "Essential",
            "Experience of preparing balance sheet or ledger reconciliations\n"
            "Experience of posting journals at month end",
        ),
        (
            "Experience",
            "Desirable",
            "Experience of month-end reporting in the NHS or another public sector body",
        ),
        (
            "Skills",
            "Essential",
            "Advanced Excel skills, including pivot tables and lookups\n"
            "Able to explain financial information clearly to budget holders who are not accountants",
        ),
        ("Skills", "Desirable", "Experience of a general ledger system such as Oracle, SAP or Sage"),
        ("Knowledge", "Essential", "Understanding of accruals and prepayments"),
        (
            "Knowledge",
            "Desirable",
            "Full training in the Trust's budget reporting tools will be given",
        ),
        ("Other", "Essential", "Able to meet tight month-end deadlines\nSatisfactory basic DBS check"),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer study leave and support towards a professional qualification, 27 days' annual leave plus bank "
        "holidays, the NHS Pension and an on-site gym. You must have the right to work in the UK; we are not able to "
        "offer sponsorship for this post. Interviews will be held on Thursday 22 March 2029."
    )
    save(document, "v4_management_accounts_assistant.docx")


V5_ITEMS = [
    ("title", "Purchase Order Processing Clerk"),
    ("bold", f"West London NHS Trust {DASH} Purchasing Team, Finance Directorate"),
    ("body", "St Bernard's Hospital site, Uxbridge Road, Southall"),
    ("gap", ""),
    ("body", "Ref 368-FIN-2217  |  Closing date: 16/03/2029  |  Interviews: week commencing 26 March 2029"),
    ("heading", "About the role"),
    (
        "body",
        "Our purchasing team places around 2,000 orders a month for the Trust's mental health wards, community teams "
        "and offices, from furniture and stationery to food for our therapy kitchens. This is a Band 2 post paying "
        f"{POUND}27,485 to {POUND}28,390 a year including Outer London High Cost Area Supplement, for 37.5 hours a "
        "week, Monday to Friday.",
    ),
    ("heading", "What you'll be doing"),
    ("body", "\u2022 Turn requisitions from wards and community teams into purchase orders on Oracle"),
    ("body", "\u2022 Check order prices against the catalogue and the contract price lists"),
    ("body", "\u2022 Chase suppliers for delivery dates and keep the order tracker up to date"),
    ("body", "\u2022 Answer the purchasing helpdesk phone and mailbox"),
    (
        "body",
        "\u2022 You must attach the approved requisition to every order before it is sent, as orders without one "
        "are rejected at audit",
    ),
    ("heading", "What we need from you"),
    ("body", "\u2022 Accurate typing and data entry"),
    ("body", "\u2022 Experience of raising or processing orders, invoices or requisitions in any workplace"),
    ("body", "\u2022 Confident with email, Word and Excel"),
    ("body", "\u2022 A clear and polite telephone manner with suppliers and staff"),
    ("body", "\u2022 Able to follow written procedures and check your own work"),
    (
        "body",
        f"\u2022 You don't need to have worked in the NHS before {DASH} we'll train you on Oracle and on our ordering "
        "rules in your first month",
    ),
    ("heading", "Extra points if you have"),
    ("body", "\u2022 GCSE maths and English at grade 4 (C) or above"),
    ("body", "\u2022 Experience of using Oracle or another purchase-to-pay system"),
    ("body", "\u2022 Experience of working in a mental health or community health service"),
    ("heading", "Pre-employment checks"),
    (
        "body",
        "You must have the right to work in the UK; we cannot sponsor a visa for this post. Offers are subject to "
        "two satisfactory references and a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave plus bank holidays, rising to 33 days with service"),
    ("body", "\u2022 NHS Pension Scheme, NHS discounts and free parking at St Bernard's"),
    ("body", "\u2022 Paid time to study for a CIPS qualification after your first year"),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through NHS Jobs. For an informal chat, call the Purchasing Team Leader on 020 7946 0583 or email "
        "purchasing.team@example.com.",
    ),
]

V6_ITEMS = [
    ("title", "Procurement Support Officer"),
    ("bold", "Procurement Services, Central and North West London NHS Foundation Trust"),
    ("body", "350 Euston Road, London NW1 3AX, with hybrid working"),
    ("gap", ""),
    (
        "body",
        f"Band 4  |  {POUND}33,240 to {POUND}36,190 a year including Inner London High Cost Area Supplement  |  37.5 "
        "hours a week  |  Permanent",
    ),
    ("heading", "About the job"),
    (
        "body",
        "Our procurement team buys goods and services for more than 300 mental health, community and specialist "
        "services across London and Milton Keynes. As a Procurement Support Officer you will help the "
        "category managers run quotations and small tenders, keep the contracts register and the savings tracker "
        "up to date and answer buying questions from services.",
    ),
    (
        "body",
        f"You must make sure that every purchase over {POUND}10,000 has at least three written quotations on file "
        "before an order is raised, and that any exception has been signed off by the Head of Procurement. You do not "
        "need to hold a procurement qualification before you start.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a purchasing, procurement or buying role. You must be able to obtain "
        "and compare quotations from suppliers and say which offers the best value. Good Excel skills are essential, "
        "because the contracts register and savings tracker are kept on spreadsheets. It is essential that you can "
        "write clear and accurate emails and letters to suppliers. You must be able to manage several requests at "
        "once and keep to agreed deadlines. A good general education, including English and maths to GCSE level or "
        "equivalent, is essential.",
    ),
    (
        "body",
        "A CIPS Level 2 or Level 3 qualification would be beneficial. Experience of using an e-tendering portal such "
        "as Atamis or In-Tend would be an advantage. Knowledge of the Procurement Act 2023 would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship. The successful candidate will need a basic DBS check and two references. After probation we "
        "will fund the CIPS Level 4 Diploma for anyone who wants it. You will benefit from 27 days' annual leave plus "
        "bank holidays, the NHS Pension, a season ticket loan and a cycle-to-work scheme.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Please apply through Trac by 23:59 on Monday 19 March 2029. Interviews will be held on Thursday 29 March "
        "2029. Questions to the Procurement Business Partner on 020 7946 0218 or procurement.team@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_purchase_to_pay_assistant()
    v2_theatres_inventory_assistant()
    v3_stores_and_distribution_assistant()
    v4_management_accounts_assistant()
    (ADVERTS / "v5_purchase_order_processing_clerk.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_procurement_support_officer.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
