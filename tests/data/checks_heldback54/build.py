"""Build the Word and PDF adverts of the fifty-fourth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback54/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (m7 and m8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH

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

TICK = "\u2713"
DASH = "\u2013"
POUND = "\u00a3"
BULLET = "\u2022"
FIXED_TIME = dt.datetime(2028, 10, 2, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 10, 2, 9, 30, 0)  # every Word file's zip entries


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def m1_payroll_and_pensions_officer() -> None:
    """The employer only as a two-line NHS logo lock-up in the page header; the title as the heading and one
    "Band 4 | ... | Closing date: ..." line; duties as Word bullets; a tick in the Essential or the Desirable
    column with bold category rows merged across the table, and four ticked-Essential rows that are not criteria
    (e-learning the job gives, "Previous NHS payroll experience is not required", a "Must process ..." duty and
    proof of the right to work); the service, a reference and the hospital's address in the page footer."""
    document = blank_docx("Arial")
    section = document.sections[0]
    header = section.header
    lines = ["NHS", "The Hillingdon Hospitals", "NHS Foundation Trust"]
    header.paragraphs[0].text = lines[0]
    header.paragraphs[0].runs[0].bold = True
    for line in lines[1:]:
        header.add_paragraph(line)
    for paragraph in header.paragraphs:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    section.footer.paragraphs[0].text = (
        "Payroll Services \u00b7 Job reference 361-FIN-1102 \u00b7 Hillingdon Hospital, Pield Heath Road, "
        "Uxbridge UB8 3NN"
    )
    document.add_heading("Payroll and Pensions Officer", level=1)
    document.add_paragraph(
        "Band 4 | Payroll Services | Hillingdon Hospital, Uxbridge | 37.5 hours a week | "
        "Closing date: Thursday 2 November 2028"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our in-house payroll team pays around 4,600 staff at Hillingdon and Mount Vernon hospitals every month, "
        "as well as our bank workers each week. As Payroll and Pensions Officer you will look after your own "
        "group of staff from the day they start to the day they leave, and you will be the team's first point "
        "of contact for pension questions from staff and managers."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Key starters, leavers, changes of hours and additional duty payments into ESR, and check them against "
        "the signed forms",
        "Calculate and recover overpayments, and agree repayment plans with staff",
        "Answer pay and pension questions from staff by phone, email and at the weekly drop-in",
        "Send monthly pension contribution files and deal with opt-outs and re-enrolment",
        "Reconcile the payroll to the general ledger and help with audits and year-end returns to HMRC",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Good standard of education, including GCSE maths at grade C / 4 or above", TICK, ""),
        ("CIPP Payroll Technician Certificate, AAT Level 3 or equivalent", "", TICK),
        ("Completion of the Trust's ESR payroll e-learning in your first month", TICK, ""),
        ("Experience",),
        ("Experience of processing a full payroll from start to finish", TICK, ""),
        ("Previous NHS payroll experience is not required", TICK, ""),
        ("Experience of dealing with workplace pension or auto-enrolment queries", "", TICK),
        ("Skills and abilities",),
        ("Good Excel skills, including formulas and filters, for reconciling payroll reports", TICK, ""),
        ("Able to explain deductions and overpayments clearly to staff on the phone and in writing", TICK, ""),
        ("Must process all starter and leaver forms received before the monthly payroll cut-off", TICK, ""),
        ("Knowledge",),
        ("Working knowledge of PAYE, National Insurance and statutory payments such as SSP and SMP", TICK, ""),
        ("Knowledge of the NHS Pension Scheme tiers and contribution rates", "", TICK),
        ("Other",),
        ("Able to keep pay and bank details strictly confidential", TICK, ""),
        ("Proof of the right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; hybrid "
        "working once you are trained, with two days a week at home; a season ticket loan and reduced-rate "
        "staff parking. Appointment is subject to two satisfactory references and a basic DBS check."
    )
    _save(document, "m1_payroll_and_pensions_officer.docx")


def m2_information_governance_assistant() -> None:
    """The employer on a plain first line, the title as the heading, a details table with two label-value pairs
    a row (the closing date as 08/11/2028), a "You must ..." sentence in Job purpose, numbered duties, then rows
    marked E or D with the factor cell merged down and a "How assessed" column; a training row, a duty row and a
    DBS row are marked E but are not criteria."""
    document = blank_docx("Calibri")
    document.add_paragraph("Central and North West London NHS Foundation Trust")
    document.add_heading("Information Governance Assistant", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 3", "Hours", "37.5 hours a week, Monday to Friday"),
            ("Directorate", f"Corporate Services {DASH} Information Governance", "Contract", "Permanent"),
            ("Base", "350 Euston Road, London NW1 3AX, with home working", "Reference", "333-CORP-7712"),
            ("Interviews", "21/11/2028", "Closing date", "08/11/2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The Information Governance team helps the Trust look after the personal information of the patients and "
        "staff of more than 300 services, from Milton Keynes to Kensington. The Information Governance Assistant "
        "runs the team's request and incident logs and is the first person people speak to when they contact "
        "us. You must make sure that no record is released until the requester's identity has been checked and "
        "the release has been signed off by an Information Governance Officer."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Log subject access requests, requests from the police and solicitors, and data breach reports, and "
        "keep each one moving towards its legal deadline.",
        "Collect records from services and prepare them for release, removing other people's information.",
        "Answer the team's phone line and shared mailbox, and explain to callers where their request has got to.",
        "Keep the Trust's information asset register and records retention schedule up to date.",
        "Take notes at the Information Governance Steering Group and follow up the actions.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications and training", "Educated to A level standard or equivalent experience", "E", "A"),
        ("Qualifications and training", "BCS Foundation Certificate in Data Protection", "D", "A"),
        (
            "Qualifications and training",
            "Trust Data Security Awareness training, completed in your first week",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of working in an office where confidential information is handled",
            "E",
            "A / I",
        ),
        (
            "Experience",
            "Experience of logging and tracking requests or incidents on a database against deadlines",
            "E",
            "A / I",
        ),
        ("Experience", "Experience of working in an NHS or social care organisation", "D", "A"),
        (
            "Skills and abilities",
            "Able to write clear, accurate letters and emails to members of the public",
            "E",
            "A / T",
        ),
        ("Skills and abilities", "Able to redact documents accurately using Adobe Acrobat or similar", "D", "T"),
        ("Skills and abilities", "Must acknowledge every new request within 3 working days", "E", "N/A"),
        ("Knowledge", "Understanding of UK GDPR and the Data Protection Act 2018", "E", "I"),
        ("Knowledge", "Awareness of the Caldicott Principles", "D", "I"),
        (
            "Personal qualities",
            "Able to stay calm and polite with callers who are unhappy about delays",
            "E",
            "I",
        ),
        ("Other", "Satisfactory basic DBS check", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, T = short written test at interview.")
    document.add_paragraph(
        "We do not expect you to have worked in information governance before: every new starter completes our "
        "induction programme and is given time to study. We offer 27 days' annual leave plus bank holidays, the "
        "NHS Pension Scheme, flexible and hybrid working and a range of staff networks."
    )
    _save(document, "m2_information_governance_assistant.docx")


def m3_it_service_desk_agent() -> None:
    """The title as the heading, "employer | directorate", the base, "Band 3 | pay | hours" and a closing date
    beside an interview date; Essential and Desirable side by side per category with one or two lines a cell: a
    training line under a real Experience criterion, "N/A" in one Desirable cell, a "Must answer ..." duty under
    the shift criterion and an apprenticeship offer alone in the Other Desirable cell."""
    document = blank_docx("Arial")
    document.add_heading("IT Service Desk Agent", level=1)
    document.add_paragraph("Chelsea and Westminster Hospital NHS Foundation Trust | Digital and Information Services")
    document.add_paragraph(
        "Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH, with some cover at West Middlesex "
        "University Hospital, Isleworth"
    )
    document.add_paragraph(
        f"Band 3 | {POUND}30,102 to {POUND}31,937 a year including High Cost Area Supplement | 37.5 hours a week"
    )
    document.add_paragraph("Closing date: Friday 10 November 2028      Interviews: Wednesday 22 November 2028")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our service desk takes around 600 calls and emails a day from 7,000 staff across our two hospitals and "
        "our community clinics. As a Service Desk Agent you will be the voice of IT for a nurse who cannot log "
        "in before a shift, a consultant whose printer has stopped in clinic, or a new starter on their first "
        "morning. You will fix what you can on the first call and pass the rest to the right team, with notes "
        "good enough that nobody has to ring the caller back to ask the same questions."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade 4 / C or above, or equivalent",
            "ITIL 4 Foundation certificate",
        ),
        (
            "Experience",
            "Experience of working on an IT helpdesk or in a customer-facing technical support role\n"
            f"No NHS experience needed {DASH} you will shadow our second-line engineers for your first six weeks",
            "Experience of using a service desk ticketing system such as ServiceNow or Ivanti",
        ),
        (
            "Skills",
            "Able to talk a caller through a fix step by step without jargon\n"
            "Able to log calls accurately, with clear notes, while still on the phone",
            "Able to reset passwords and unlock accounts in Active Directory",
        ),
        ("Knowledge", "Working knowledge of Windows 11 and Microsoft 365", "N/A"),
        (
            "Other",
            "Able to work a rota of early and late shifts, including one Saturday in four\n"
            "Must answer calls within 30 seconds and resolve or escalate every ticket within the agreed service "
            "levels",
            "Funded Level 4 IT apprenticeship available after probation",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "The service desk is open from 7am to 8pm on weekdays and 8am to 4pm on Saturdays. You will get 27 days' "
        "annual leave plus bank holidays, the NHS Pension Scheme, unsocial hours payments for Saturday shifts "
        "and discounts through our staff benefits portal. Offers are subject to references, a basic DBS check and "
        "proof of your right to work in the UK."
    )
    _save(document, "m3_it_service_desk_agent.docx")


def m4_health_records_library_assistant() -> None:
    """Everything about the post in a two-column details table with no header row; Role summary and Key duties
    (one a "You must ..." duty); then "Area | Level | Requirements" with an Essential row and a Desirable row per
    area and the area cell merged down over both; a "not required" line and a DBS line inside Essential rows and
    a benefit as the only line of the Other Desirable row."""
    document = blank_docx("Arial")
    document.add_heading("Job description", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Health Records Library Assistant"),
            ("Band", "Band 2"),
            ("Organisation", "London North West University Healthcare NHS Trust"),
            ("Service", "Health Records (Medical Records Library)"),
            ("Base", "Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
            ("Hours", "37.5 hours a week on a rota between 8am and 8pm, Monday to Saturday"),
            ("Closing date", "14/11/2028"),
            ("Reference", "345-HR-6093"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "The health records library holds the paper case notes of around a million patients. Clinics, wards and "
        "the emergency department still ask for them every day, and our team of twenty-two makes sure the right "
        "notes reach the right place on time and come back again."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Pull case notes for the next day's clinics from the pull lists and deliver them to outpatient areas",
        "Find and send urgent notes to the emergency department and the wards, day and evening",
        "Track every movement of a set of notes on the patient administration system",
        "You must return every set of notes you pull to its terminal-digit shelf by the end of the same shift",
        "Make up new folders, split thick notes into volumes and repair damaged folders",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Education and qualifications", "Essential", "Good standard of literacy and numeracy"),
        ("Education and qualifications", "Desirable", "NVQ Level 2 in Business Administration or equivalent"),
        (
            "Experience",
            "Essential",
            "Experience of filing, sorting or finding records or stock by number or code\n"
            "Previous health records experience is not required",
        ),
        ("Experience", "Desirable", "Experience of working in a hospital or GP surgery"),
        (
            "Skills and abilities",
            "Essential",
            "Able to push loaded notes trolleys and lift boxes of case notes of up to 10 kg\n"
            "Basic computer skills to track notes on a patient administration system",
        ),
        ("Skills and abilities", "Desirable", "Experience of using a barcode scanner or tracking system"),
        (
            "Other",
            "Essential",
            "Able to work one evening until 8pm each week and one Saturday morning in four\n"
            "Satisfactory basic DBS check",
        ),
        (
            "Other",
            "Desirable",
            "Uniform provided, and a free staff shuttle bus between Northwick Park and Central Middlesex",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get full training on our library and tracking systems, 27 days' annual leave rising with "
        "service, the NHS Pension Scheme and extra pay for evening and Saturday work. We welcome applications "
        "from people returning to work and from people who have not worked in an office before."
    )
    _save(document, "m4_health_records_library_assistant.docx")


M5_ITEMS = [
    ("title", "Complaints and Patient Experience Administrator"),
    ("bold", f"Imperial College Healthcare NHS Trust {DASH} Patient Experience Team"),
    ("body", "St Mary's Hospital, Praed Street, London W2 1NY"),
    ("gap", ""),
    ("body", f"Band 3  |  {POUND}30,102 to {POUND}31,937 a year, including High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Monday to Friday, hybrid after induction"),
    ("body", "Closing date: Sunday 19 November 2028 at 23:59. Interviews: Thursday 30 November 2028."),
    ("heading", "About the role"),
    (
        "body",
        "Every year more than 2,000 patients and families write to us about their care at St Mary's, Charing "
        "Cross, Hammersmith, Queen Charlotte's and Chelsea and the Western Eye. Some want to complain, some want "
        "to thank a team, and many simply want an answer. Our team of nine makes sure each of them is heard, "
        "that the right people look into what happened, and that they get an honest reply.",
    ),
    ("heading", "What you'll do"),
    ("body", f"{BULLET} Read each complaint that comes in and log it, with the questions it asks, on our system"),
    ("body", f"{BULLET} Phone complainants to agree what they want from us and how they would like us to reply"),
    (
        "body",
        f"{BULLET} You must acknowledge every complaint within three working days and send each draft response to "
        "the division by its due date",
    ),
    ("body", f"{BULLET} Chase statements from wards and clinics and put together the first draft of the reply"),
    ("body", f"{BULLET} Record compliments and Friends and Family Test comments and share them with the teams"),
    ("heading", "What we're looking for"),
    ("bold", "You'll need"),
    ("body", f"{BULLET} Experience of working in a busy office, contact centre or customer service team"),
    ("body", f"{BULLET} Excellent written English, including formal letters"),
    ("body", f"{BULLET} Able to listen to people who are upset or angry and respond with empathy"),
    ("body", f"{BULLET} Confident user of Microsoft Word, Outlook and Excel"),
    ("body", f"{BULLET} Able to manage your own caseload and keep track of deadlines"),
    (
        "body",
        f"{BULLET} You do not need to have worked in complaints before {DASH} every new starter is trained on the "
        "NHS complaints regulations and on Datix in their first month",
    ),
    ("bold", "It would be a bonus if you have"),
    (
        "body",
        f"{BULLET} Experience of handling complaints or patient feedback in the NHS or a regulated industry",
    ),
    ("body", f"{BULLET} Experience of using Datix or another incident and complaints database"),
    ("body", f"{BULLET} Speaks one of the community languages of North West London"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK; we cannot offer visa sponsorship for this post. Offers are "
        "subject to two references and a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET} 27 days' annual leave, rising to 33 days with service, plus bank holidays"),
    ("body", f"{BULLET} NHS Pension Scheme and a season ticket loan"),
    ("body", f"{BULLET} Regular supervision and a wellbeing session each month, because the work can be hard"),
    ("body", f"{BULLET} A funded Level 3 Certificate in Customer Service after your first year"),
]

M6_ITEMS = [
    ("title", "Procurement Contracts Administrator"),
    ("body", "Procurement Team, Central London Community Healthcare NHS Trust"),
    ("body", "Trust Headquarters, Ground Floor, 15 Marylebone Road, London NW1 5JD"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Central London Community Healthcare runs community nursing, therapy, rehabilitation and specialist "
        "services in eleven London boroughs and in Hertfordshire, and our procurement team of eight looks after "
        "more than 400 contracts, from wound care products and wheelchairs to cleaning, couriers and software. "
        "We are looking for a Procurement Contracts Administrator to join us at Band 4 on a permanent contract "
        "of 37.5 hours a week, with two days a week in the office. The closing date is Friday 24 November 2028 "
        "and interviews will be held on Thursday 7 December.",
    ),
    (
        "body",
        "You will keep the contracts register up to date, prepare quotation and tender documents, answer "
        "suppliers' questions during a tender and send out award letters. You must make sure that every signed "
        "contract is saved on the register, with its end date and value, within five working days of signature. "
        "You do not need a procurement qualification to apply.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in purchasing, procurement or contract administration. You must be "
        "able to use Excel confidently, including sorting, filtering and simple formulas. Excellent organisational "
        "skills are essential, as you will track many contract renewal dates at once. It is essential that you "
        "can write clear emails and letters to suppliers. You must be able to negotiate politely but firmly with "
        "suppliers on price and delivery.",
    ),
    (
        "body",
        "The CIPS Level 3 Advanced Certificate in Procurement and Supply Operations would be beneficial. "
        "Knowledge of the Procurement Act 2023 or the Public Contracts Regulations would be an advantage. "
        "Experience of using an e-tendering portal such as Atamis or In-Tend is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need a basic DBS check. After probation we will fund the "
        "CIPS Level 4 Diploma for anyone who wants to build a career in procurement. You will benefit from 27 "
        "days' annual leave plus bank holidays, the NHS Pension Scheme, a season ticket loan and a cycle-to-work "
        "scheme. We would like to hear from you even if you do not meet every point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    m1_payroll_and_pensions_officer()
    m2_information_governance_assistant()
    m3_it_service_desk_agent()
    m4_health_records_library_assistant()
    (ADVERTS / "m5_complaints_and_patient_experience_administrator.pdf").write_bytes(
        pdf_bytes(M5_ITEMS, title=(15, 60))
    )
    (ADVERTS / "m6_procurement_contracts_administrator.pdf").write_bytes(pdf_bytes(M6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
