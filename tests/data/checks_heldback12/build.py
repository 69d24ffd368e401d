"""Build the Word and PDF adverts of the twelfth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback12/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; this script
also fixes the time stamps that python-docx would otherwise write into each Word file's zip entries, so a rebuild
is byte for byte the same. The pasted-text adverts (n6 to n8) are plain files and are not built here.
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

# A heavy check mark for "yes" and a plain capital X for "no".
TICK = "\u2714"
CROSS = "X"
DASH = "\u2013"
FIXED_TIME = dt.datetime(2027, 12, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2027, 12, 1, 9, 0, 0)  # every Word file's zip entries


# --------------------------------------------------------------------------------------------------------- Adverts


def n1_accounts_payable_assistant() -> None:
    """Job title and band only in the page header, employer and closing date only in the footer; duties as
    bullets; tick and X columns with category rows merged across, and four ticked-Essential rows that are not
    criteria (e-learning the job gives, "Previous NHS experience is not required", a "Must clear ..." duty and
    proof of the right to work); benefits, a DBS line and a Living Wage line at the end."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Accounts Payable Assistant {DASH} Band 3"
    section.footer.paragraphs[
        0
    ].text = (
        "Imperial College Healthcare NHS Trust \u00b7 Vacancy reference 290-CFO-0412 \u00b7 Closing date 14/01/2028"
    )
    document.add_heading("Job description and person specification", level=1)
    document.add_paragraph(
        f"Finance Directorate {DASH} Transactional Services. Based at Hammersmith Hospital, Du Cane Road, "
        "W12, working 37.5 hours a week on a hybrid pattern of three days on site and two at home."
    )
    document.add_heading("Summary of the role", level=2)
    document.add_paragraph(
        "The Accounts Payable team pays around 9,000 supplier invoices a month for our five hospitals, from "
        "theatre implants to window cleaning. You will join a team of eleven and look after a group of "
        "suppliers from the moment their invoice arrives to the day it is paid, making sure the Trust pays "
        "the right amount, to the right supplier, on time."
    )
    document.add_heading("Key responsibilities", level=2)
    for duty in [
        "Register and code invoices received through the scanning bureau and the Accounts Payable mailbox",
        "Match invoices to purchase orders and goods receipts, and resolve price and quantity differences "
        "with the department that placed the order",
        "Reconcile supplier statements and chase outstanding credit notes",
        "Prepare the twice-weekly payment run for checking by the Accounts Payable Supervisor",
        "Help with the year-end accruals exercise and with requests from internal and external audit",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Requirement", "Essential", "Desirable"])
    rows = [
        ("Education and qualifications",),
        ("Good level of numeracy and literacy, e.g. GCSE maths and English at grade C / 4 or above", TICK, CROSS),
        ("AAT Level 2 Foundation Certificate in Accounting or equivalent", CROSS, TICK),
        ("Completion of the Trust's Oracle Fusion e-learning modules in the first four weeks", TICK, CROSS),
        ("Experience",),
        ("Previous experience of processing invoices or payments in a finance office", TICK, CROSS),
        ("Previous NHS experience is not required", TICK, CROSS),
        ("Experience in an NHS or public sector finance team", CROSS, TICK),
        ("Skills and abilities",),
        ("Competent user of Microsoft Excel, including filters, sorting and simple formulas", TICK, CROSS),
        ("Able to deal with supplier queries politely by telephone and email", TICK, CROSS),
        ("High level of accuracy when entering numerical data", TICK, CROSS),
        ("Working knowledge of a finance system such as Oracle, SAP or Agresso", CROSS, TICK),
        ("Must clear the shared Accounts Payable inbox by 4pm each working day", TICK, CROSS),
        ("Knowledge",),
        ("Basic understanding of VAT and how it appears on supplier invoices", CROSS, TICK),
        ("Other requirements",),
        ("Able to meet month-end deadlines under pressure", TICK, CROSS),
        ("Proof of eligibility to work in the UK", TICK, CROSS),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("Why join us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension Scheme, an interest-free season "
        "ticket loan and free use of the staff gym at Hammersmith. We are an accredited London Living Wage "
        "employer. Appointment is subject to two satisfactory references and a basic DBS check."
    )
    save_docx(
        document,
        ADVERTS / "n1_accounts_payable_assistant.docx",
        stamp=STAMP,
        written=FIXED_TIME,
        external_attr=0o600 << 16,
    )


def n2_recruitment_administrator() -> None:
    """Everything about the post in a two-column details table with no header row (the band as "Agenda for
    Change band | 3", the closing date followed by an interview date); a "You must ..." duty in a paragraph;
    Essential and Desirable side by side per category, with a training line and a right-to-work line in
    Essential cells, an apprenticeship offer in a Desirable cell, "N/A" and an empty Desirable cell."""
    document = blank_docx("Calibri")
    document.add_heading("Vacancy details", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Recruitment Administrator"),
            ("Organisation", "London North West University Healthcare NHS Trust"),
            ("Directorate", f"People Directorate {DASH} Resourcing"),
            ("Agenda for Change band", "3"),
            ("Hours", "37.5 hours per week, Monday to Friday, flexitime between 8am and 6pm"),
            ("Base", "Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
            ("Closing date", "21 January 2028"),
            ("Interviews", "Week commencing 31 January 2028"),
        ],
    )
    document.add_heading("The team and the job", level=2)
    document.add_paragraph(
        "Our resourcing team recruits around 2,500 people a year to Northwick Park, Ealing, Central Middlesex "
        "and St Mark's hospitals. Each administrator looks after the vacancies of two or three divisions, from "
        "the day a manager asks to advertise to the day the new starter arrives: placing adverts, sending "
        "shortlists to managers, booking interviews, issuing conditional offers and collecting references, "
        "identity documents and occupational health clearance. You must keep every vacancy and candidate "
        "record up to date on TRAC so that the audit trail is complete at all times."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Educated to GCSE level (or equivalent) in English and maths",
            "ECDL / ICDL or another recognised IT qualification\n"
            "Access to the apprenticeship levy to study for the CIPD Level 3 Certificate after probation",
        ),
        (
            "Experience",
            "Experience of working in a busy administrative role dealing with a high volume of emails\n"
            f"Recruitment experience is not essential {DASH} full training on TRAC and ESR will be given",
            "Experience of recruitment or HR administration, ideally in the NHS",
        ),
        (
            "Skills",
            "Confident using Microsoft Word, Outlook and Excel\n"
            "Clear and professional written communication, including letters and emails to candidates",
            "Familiar with TRAC, NHS Jobs or ESR",
        ),
        (
            "Knowledge",
            "Understanding of the need to handle personal data in line with GDPR",
            "Awareness of the NHS Employment Check Standards",
        ),
        (
            "Personal attributes",
            "Able to stay organised and chase outstanding pre-employment checks without being reminded",
            "N/A",
        ),
        (
            "Other",
            f"Right to work in the UK {DASH} we are unable to offer sponsorship for this post",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave rising to 33 with service, the NHS Pension, access to our staff "
        "wellbeing hub and a Blue Light Card. The successful candidate will be asked to complete a basic DBS "
        "check. We welcome applications from people returning to work after a career break."
    )
    save_docx(
        document,
        ADVERTS / "n2_recruitment_administrator.docx",
        stamp=STAMP,
        written=FIXED_TIME,
        external_attr=0o600 << 16,
    )


def n3_data_quality_officer() -> None:
    """Employer, job title, band and closing date only inside one long opening sentence; numbered duties with
    a "must" in one; rows marked E or D with the category cell merged down and an "Assessed by" column, with a
    training row and a right-to-work row marked E; "not necessary" and benefits after the key."""
    document = blank_docx("Calibri")
    document.add_heading("Job Description and Person Specification", level=1)
    document.add_paragraph(
        "Chelsea and Westminster Hospital NHS Foundation Trust is recruiting a Data Quality Officer on Agenda "
        "for Change Band 4 to join the Information Services team, working across West Middlesex University "
        "Hospital in Isleworth and Chelsea and Westminster Hospital on Fulham Road; the post is permanent and "
        "full time, and the closing date for applications is Friday 4 February 2028."
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Every clinic letter, test result and national return depends on the patient details we hold being "
        "right. The Data Quality Officer finds and fixes errors in our patient administration system, works "
        "with the booking and ward teams to stop the same errors happening again, and reports on our data "
        "quality to the Information Governance Group."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Work through the daily exception reports of duplicate registrations, missing GP practices and invalid "
        "postcodes; every record on the unmatched NHS number report must be resolved or escalated before 11:00.",
        "Merge duplicate patient records following the Trust's merge procedure, with a second check by a "
        "senior officer.",
        "Visit outpatient and ward reception teams to explain recurring errors and agree how to prevent them.",
        "Produce the monthly data quality dashboard and the validation checks for the national data submissions.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Attribute", "Requirement", "E/D", "Assessed by"])
    rows = [
        ("Education and qualifications", "A-level or equivalent standard of education, including maths", "E", "A"),
        (
            "Education and qualifications",
            "Qualification in data analysis, statistics or information management",
            "D",
            "A",
        ),
        (
            "Education and qualifications",
            "NHS Data Security Awareness Level 1, completed in the first week of employment",
            "E",
            "N/A",
        ),
        ("Experience", "Experience of checking and correcting records on a computer system", "E", "A/I"),
        (
            "Experience",
            "Experience of working with a patient administration system such as Cerner Millennium or Epic",
            "D",
            "A/I",
        ),
        ("Experience", "Experience of producing regular reports for managers", "D", "A/I"),
        (
            "Skills and abilities",
            "Intermediate Excel skills, including pivot tables and VLOOKUP or XLOOKUP",
            "E",
            "A/T",
        ),
        ("Skills and abilities", "Able to explain data errors to ward and clinic staff tactfully", "E", "I"),
        ("Skills and abilities", "Methodical, with strong attention to detail", "E", "I/T"),
        ("Skills and abilities", "Basic SQL", "D", "T"),
        (
            "Knowledge",
            "Understanding of why accurate NHS numbers, addresses and GP details matter for patient safety",
            "E",
            "I",
        ),
        ("Knowledge", "Knowledge of the Commissioning Data Sets (CDS) or SUS", "D", "I"),
        ("Other", "Able to travel between the West Middlesex and Chelsea sites", "E", "I"),
        ("Other", "Evidence of the right to work in the UK", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("Assessed by: A = application form, I = interview, T = short test on the day.")
    document.add_paragraph(
        "Previous NHS experience is not necessary: we will train you in our systems and in the NHS data "
        "dictionary. We offer hybrid working after induction, 27 days' annual leave plus bank holidays, the "
        "NHS Pension and a free shuttle bus between our two main hospitals."
    )
    save_docx(
        document, ADVERTS / "n3_data_quality_officer.docx", stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16
    )


N4_ITEMS = [
    ("title", "e-Rostering Support Officer"),
    ("bold", f"The Hillingdon Hospitals NHS Foundation Trust {DASH} Workforce Systems Team"),
    ("body", "Hillingdon Hospital, Pield Heath Road, Uxbridge, with regular visits to Mount Vernon Hospital"),
    ("gap", ""),
    ("body", "Band 4  |  \u00a330,420 to \u00a333,190 a year, including Outer London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Hybrid: at least three days a week on site"),
    (
        "body",
        "Applications close: Sunday 30 January 2028 at midnight. Interviews are planned for Thursday 10 February 2028.",
    ),
    ("heading", "Why this role matters"),
    (
        "body",
        "Every nurse, midwife and healthcare assistant at Hillingdon and Mount Vernon works to a roster built in "
        "our e-rostering system. When rosters are right, wards are safely staffed and people are paid correctly "
        "for the shifts they work. Our team of five supports more than 120 roster creators and approvers.",
    ),
    ("heading", "A typical week"),
    ("body", "\u2022 Build and update ward and department rosters from templates agreed with managers"),
    ("body", "\u2022 Set up new starters, leavers and changes of hours, and keep staff records in step with ESR"),
    ("body", "\u2022 Answer the e-rostering helpdesk inbox and phone line, usually 30 to 40 queries a day"),
    (
        "body",
        "\u2022 You must lock each roster for payroll by the 10th of the month, so that unsocial hours and "
        "overtime are paid correctly",
    ),
    ("body", "\u2022 Run one-to-one and small-group training for ward managers and roster creators"),
    ("heading", "Essential for the role"),
    ("body", "\u2022 Experience of building or managing staff rotas, shift patterns or timesheets"),
    ("body", "\u2022 Strong IT skills, particularly in Excel and web-based systems"),
    (
        "body",
        "\u2022 Able to explain rostering rules clearly to staff at all levels, including senior nurses and "
        "consultants",
    ),
    ("body", "\u2022 Good numerical skills for checking hours, annual leave and pay enhancements"),
    ("body", "\u2022 Able to manage competing deadlines, such as the monthly payroll cut-off"),
    (
        "body",
        f"\u2022 You don't need to have used HealthRoster before {DASH} every new starter goes through our "
        "four-week in-house training programme",
    ),
    ("heading", "Helpful, but not essential"),
    ("body", "\u2022 Hands-on experience of Allocate HealthRoster or SafeCare"),
    ("body", "\u2022 Knowledge of Agenda for Change terms and conditions, including unsocial hours payments"),
    ("body", "\u2022 Experience of delivering training to small groups"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need to show that you have the right to work in the UK, and we are not able to sponsor a "
        "visa for this post. Offers are subject to references and a basic DBS check. Please give us two "
        "referees who can cover the last three years of your employment or education.",
    ),
    ("heading", "What's in it for you"),
    ("body", "\u2022 27 days' annual leave, rising to 33 days with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme and NHS discounts"),
    ("body", "\u2022 A funded professional rostering certificate after your first year in post"),
    ("body", "\u2022 Reduced-rate staff parking and a cycle-to-work scheme"),
]

N5_ITEMS = [
    ("title", "Procurement Assistant"),
    ("body", "Procurement and Supplies, West London NHS Trust"),
    ("body", "Trust Headquarters, 1 Armstrong Way, Southall UB2 4SD"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "West London NHS Trust runs mental health, forensic and community services for people in Ealing, "
        "Hammersmith and Fulham and Hounslow, and the procurement team buys everything our wards and teams "
        "need, from office chairs and laptops to anti-ligature furniture and therapy equipment. We are looking "
        "for a Procurement Assistant to join us at Band 2, working 37.5 hours a week. The closing date is 11 "
        "February 2028 and we expect to hold interviews in the week beginning 21 February.",
    ),
    (
        "body",
        "Day to day you will turn approved requisitions into purchase orders, ask suppliers for quotes, chase "
        "late deliveries and keep the team's contracts register up to date. You must check that every "
        "requisition has been approved by the right budget holder before an order is placed, and you will "
        "pass any order over \u00a35,000 to a Procurement Officer. You do not need to know anything about "
        "medical or therapy products before you start.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in an office where you dealt with suppliers, orders or "
        "invoices. Good Excel skills are essential, because much of the work involves comparing prices on "
        "spreadsheets. You must be able to speak and write clearly and confidently to suppliers and to ward "
        "staff, by phone and by email. Accurate record keeping is essential. It is essential that you can work "
        "on your own initiative when the rest of the team are out at meetings.",
    ),
    (
        "body",
        "Experience of purchasing in the NHS or another public body would be beneficial. We would like "
        "applicants to hold the CIPS Level 2 Certificate in Procurement and Supply Operations. Familiarity "
        "with the NHS Supply Chain catalogue is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post does not qualify for "
        "visa sponsorship, and the successful candidate will need a basic DBS check. After probation we will "
        "fund the CIPS Level 3 Advanced Certificate for anyone who wants to progress in procurement. You will "
        "benefit from 27 days' annual leave plus bank holidays, the NHS Pension, free parking at Southall and a "
        "cycle-to-work scheme. We would like to hear from you even if you do not meet every point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    n1_accounts_payable_assistant()
    n2_recruitment_administrator()
    n3_data_quality_officer()
    (ADVERTS / "n4_e_rostering_support_officer.pdf").write_bytes(pdf_bytes(N4_ITEMS, title=(16, 56)))
    (ADVERTS / "n5_procurement_assistant.pdf").write_bytes(pdf_bytes(N5_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
