"""Build the Word and PDF adverts of the hundred-and-tenth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback110/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and PDF
helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; every Word file is saved
with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The pasted-text
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

TICK = "\u2713"  # a plain check mark in the level column; the other level cell is left empty
DASH = "\u2013"
DOT = "\u00b7"
POUND = "\u00a3"
WRITTEN = dt.datetime(2029, 2, 5, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 5, 9, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=WRITTEN, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_rheumatology_biologics_administrator() -> None:
    """The employer in bold on the first line, the title as the heading, the band and the closing date only in the
    page header; duties as Word bullets; a check-mark column for Essential and one for Desirable under category rows
    merged across the table, with four ticked-Essential rows that are not criteria (training the job gives, "not
    required", a "Must ..." duty and the DBS and right to work); benefits and the interview date at the end."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Rheumatology {DOT} Band 3 {DOT} Closing date 05/03/2029"
    section.footer.paragraphs[0].text = "Vacancy reference 290-MED-4418 | Charing Cross Hospital"
    document.add_paragraph().add_run("Imperial College Healthcare NHS Trust").bold = True
    document.add_heading("Rheumatology Biologics Administrator", level=1)
    document.add_paragraph(
        "Charing Cross Hospital, Fulham Palace Road, London W6 8RF  |  37.5 hours a week, Monday to Friday  |  "
        "Permanent"
    )
    document.add_heading("About the team", level=2)
    document.add_paragraph(
        "Around 1,400 people with rheumatoid arthritis, psoriatic arthritis, ankylosing spondylitis and lupus are "
        "treated by our rheumatology service with biologic medicines, most of them injections delivered to their "
        "homes by specialist homecare companies. The biologics team of two nurse specialists, a pharmacist and "
        "two administrators makes sure every patient's prescription is renewed on time, every delivery arrives, "
        "and every patient has the blood tests and reviews their treatment needs."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Prepare repeat prescriptions for the nurse specialists and consultants to sign, and send them to the "
        "homecare companies",
        "Keep the biologics register up to date with each patient's medicine, dose, start date and next review",
        "Take calls from patients about missed or late deliveries and sort them out with the homecare company",
        "Book review appointments and blood tests, and chase results before each review",
        "Run the Thursday evening biologics clinic list with the nurse specialist",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, ""),
        ("NVQ Level 3 in Business Administration", "", TICK),
        ("Completion of the Trust's homecare portal and Cerner training in your first month", TICK, ""),
        ("Experience",),
        ("At least one year's experience in an office or administrative role", TICK, ""),
        ("Experience of working in a hospital outpatient department", "", TICK),
        ("Knowledge of rheumatology or biologic medicines is not required", TICK, ""),
        ("Skills and abilities",),
        ("Able to keep accurate spreadsheets and databases, including Microsoft Excel", TICK, ""),
        ("Good telephone manner with patients, pharmacies and homecare companies", TICK, ""),
        ("Able to prioritise a busy workload and meet deadlines for repeat prescriptions", TICK, ""),
        ("Must log every homecare delivery query on the team tracker on the day it comes in", TICK, ""),
        ("Knowledge",),
        ("Understanding of patient confidentiality and information governance", TICK, ""),
        ("Awareness of how biologic and high-cost drugs are funded and monitored in the NHS", "", TICK),
        ("Other",),
        ("Satisfactory basic DBS check and the right to work in the UK", TICK, ""),
        ("Able to work one late clinic until 7pm each week", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("Why work with us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave plus bank holidays, rising with service, membership of the NHS "
        "Pension Scheme, an interest-free season ticket loan and access to staff networks and wellbeing support. "
        "We are a London Living Wage employer. Interviews will be held at Charing Cross Hospital on Monday 19 "
        "March 2029; informal enquiries to the biologics nurse specialists on 020 7946 0172."
    )
    save(document, "v1_rheumatology_biologics_administrator.docx")


def v2_pain_management_programme_assistant() -> None:
    """The title as the heading, the employer only in the page footer, the band and the closing date in a details
    table with two label-value pairs a row; numbered duties with a "You must ..." one; rows marked E or D with the
    category merged down and a "How assessed" column, with a training row, a duty row and a right-to-work row marked
    E; the key, then "not needed", a DBS line and benefits."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[0].text = (
        "London North West University Healthcare NHS Trust, Central Middlesex Hospital, Acton Lane, Park Royal, "
        "London NW10 7NS"
    )
    document.add_heading("Pain Management Programme Assistant", level=1)
    label_value_table(
        document,
        [
            ("Service", "Pain Management Service", "Band", "Band 3"),
            ("Base", "Central Middlesex Hospital, with sessions at Ealing Hospital", "Hours", "37.5 a week"),
            ("Contract", "Permanent", "Closing date", "Wednesday 7 March 2029"),
            ("Reference", "333-MED-7052", "Interviews", "Tuesday 20 March 2029"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our pain management programmes help people whose pain has lasted for months or years to do more of what "
        "matters to them. Each programme runs for eight weeks, one day a week, for groups of ten to twelve people, "
        "led by a psychologist, a physiotherapist and a nurse. Some groups meet in person at Central Middlesex or "
        "Ealing Hospital and some meet online. The programme assistant makes sure everything is in place for each "
        "session, so the clinicians can concentrate on the group."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Set up the group room before each session and clear it afterwards.",
        "Keep attendance records, type up session notes and send letters to patients and their GPs.",
        "Run the online sessions' waiting room, admit participants and help anyone who cannot connect.",
        "You must send session reminders to every participant two working days before each programme day.",
        "Collect outcome questionnaires at the start and end of each programme and enter the scores.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Good general education, including GCSE English at grade 4 or above", "E", "A"),
        ("Qualifications", "Level 2 Certificate in Mental Health Awareness", "D", "A"),
        (
            "Qualifications",
            "Trust fire safety, basic life support and manual handling training, completed during induction",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of working with the public in a health, care or customer service setting",
            "E",
            "A / I",
        ),
        ("Experience", "Experience of helping to run groups, classes or workshops", "D", "A / I"),
        (
            "Skills",
            "Able to lift and set out chairs, mats and exercise equipment for group sessions",
            "E",
            "I",
        ),
        ("Skills", "Good written English for taking notes and writing letters", "E", "A / T"),
        ("Skills", "Confident using Microsoft Word and Outlook", "E", "A / T"),
        (
            "Skills",
            "Able to use video-calling platforms such as Microsoft Teams to support online sessions",
            "D",
            "I",
        ),
        (
            "Knowledge",
            "Understanding of how long-term pain can affect a person's mood, work and family life",
            "E",
            "I",
        ),
        ("Other", "Able to work at both Central Middlesex and Ealing Hospital sites", "E", "I"),
        (
            "Other",
            f"Right to work in the UK {DASH} visa sponsorship is not available for this post",
            "E",
            "Pre-employment checks",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, T = typing exercise on the day.")
    document.add_paragraph(
        "You do not need to have worked in a pain service before; the team will teach you what you need to know. "
        "The post is subject to references and a standard DBS check. We offer 27 days' annual leave plus bank "
        "holidays, the NHS Pension, a free shuttle bus between our hospitals and staff discounts."
    )
    save(document, "v2_pain_management_programme_assistant.docx")


def v3_dermatology_clinic_receptionist() -> None:
    """The title and the employer only in the page header; the band inside the first sentence of About the job; a
    "You must ..." duty in a paragraph; Essential and Desirable side by side per category with "No NHS experience
    needed ..." as a second Essential line, "N/A" in one Desirable cell and training the job gives alone in another;
    benefits, then the closing date only under How to apply."""
    document = blank_docx("Verdana")
    section = document.sections[0]
    section.header.paragraphs[
        0
    ].text = "Dermatology Clinic Receptionist | Chelsea and Westminster Hospital NHS Foundation Trust"
    document.add_heading("Job description and person specification", level=1)
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "We are looking for a receptionist on Band 2 to join the dermatology outpatient clinic at West Middlesex "
        "University Hospital, Twickenham Road, Isleworth TW7 6AF. The clinic sees around 250 patients a week with "
        "eczema, psoriasis, acne, suspicious moles and skin cancers, and the reception desk is the first place "
        "every one of them comes to."
    )
    document.add_paragraph(
        "You will check patients in on Cerner, confirm their address, GP and contact details, book follow-up "
        "appointments and photography slots, answer the clinic phone and keep the waiting area running on time. "
        "You must check that every patient booked for a skin biopsy has a signed consent form in their notes "
        "before they are called in. The post is 37.5 hours a week on a rota, Monday to Friday."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade 3 (D) or above, or Functional Skills Level 1",
            "Customer service qualification at Level 2",
        ),
        (
            "Experience",
            "Experience of working on a reception desk or in customer service\n"
            f"No NHS experience needed {DASH} full training on Cerner is given",
            "Experience of booking appointments on a hospital or GP computer system",
        ),
        (
            "Skills",
            "Able to stay calm and polite with patients who are anxious or upset\n"
            "Accurate keyboard skills for entering patient details",
            "Speaks Punjabi, Polish, Somali or another language common in Hounslow",
        ),
        (
            "Knowledge",
            "Understanding of the need to keep patient information confidential",
            "N/A",
        ),
        (
            "Other",
            "Able to work a rota of early and late shifts between 7.30am and 6.30pm, Monday to Friday",
            "Must complete the Trust's chaperone training within the first three months",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension, on-site staff restaurant and gym discounts, and "
        "a free shuttle bus to Chelsea and Westminster Hospital. Appointment is subject to references, proof of "
        "the right to work in the UK and a basic DBS check; we cannot sponsor a visa for this post."
    )
    document.add_heading("How to apply", level=2)
    document.add_paragraph(
        "Apply online through our careers site, quoting reference C9210-DERM-03. Applications close at midnight on "
        "Sunday 11 March 2029, and interviews will be held at West Middlesex on Thursday 22 March 2029."
    )
    save(document, "v3_dermatology_clinic_receptionist.docx")


def v4_skin_cancer_pathway_coordinator() -> None:
    """The employer, title and band only inside the first sentence; the closing date in a two-column details table
    with no header row; a "You must ..." duty bullet; an Essential row and a Desirable row per area with the area
    merged down over both, "N/A" as one Desirable row, a "not essential" line inside another, a DBS line as the second
    line of the last Essential row and a benefit alone in the last Desirable row; benefits at the end."""
    document = blank_docx("Arial")
    document.add_heading("Job description", level=1)
    document.add_paragraph(
        "The Hillingdon Hospitals NHS Foundation Trust is looking for a Skin Cancer Pathway Coordinator (Band 4) to "
        "join the dermatology and plastic surgery cancer team at Hillingdon Hospital, Pield Heath Road, Uxbridge "
        "UB8 3NN, with regular days at Mount Vernon Hospital in Northwood."
    )
    label_value_table(
        document,
        [
            ("Hours", "37.5 hours a week, Monday to Friday"),
            ("Contract", "Permanent"),
            ("Salary", f"{POUND}33,094 to {POUND}36,195 a year, including High Cost Area Supplement"),
            ("Closing date", "14/03/2029"),
            ("Interview date", "28/03/2029"),
            ("Reference", "HIL-2029-0613"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Every week our dermatologists see more than 180 people referred urgently with a suspected skin cancer. "
        "The pathway coordinator follows each of them from referral to diagnosis and, where needed, to the start "
        "of treatment, making sure no one waits longer than they should and that the team knows about every "
        "delay in time to act on it."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Track every suspected skin cancer referral on the cancer tracking list and flag patients close to a "
        "national target",
        "Chase histology results, clinic outcomes and treatment dates with consultants, nurse specialists and "
        "the pathology laboratory",
        "You must update the cancer tracking list by 10am every day so the Monday and Thursday meetings work "
        "from the latest position",
        "Prepare the patient list and notes for the weekly skin cancer multidisciplinary team meeting",
        "Produce the monthly breach report for the cancer manager",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "Educated to A-level standard or equivalent, including English"),
        ("Qualifications", "Desirable", "N/A"),
        (
            "Experience",
            "Essential",
            "Experience of tracking patients or cases against deadlines\n"
            "Two years' experience in an NHS administrative role",
        ),
        (
            "Experience",
            "Desirable",
            "Experience of working in cancer services\n"
            f"Cancer services experience is not essential {DASH} you will shadow our senior coordinator for your "
            "first six weeks",
        ),
        (
            "Skills",
            "Essential",
            "Able to produce reports from Excel, including filters and pivot tables\n"
            "Confident chasing clinicians for test results and decisions",
        ),
        ("Skills", "Desirable", "Working knowledge of the Cerner patient administration system"),
        (
            "Knowledge",
            "Essential",
            "Knowledge of the 28-day Faster Diagnosis Standard and the 62-day cancer target",
        ),
        (
            "Knowledge",
            "Desirable",
            "Understanding of dermatology terms such as melanoma, basal cell carcinoma and biopsy",
        ),
        (
            "Other",
            "Essential",
            "Able to work from both Hillingdon and Mount Vernon hospitals\nSatisfactory standard DBS check",
        ),
        ("Other", "Desirable", "Free staff parking at both hospitals"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave rising to 33 with service, plus bank holidays, the NHS Pension, a "
        "cycle-to-work scheme and an employee assistance programme. You must have the right to work in the UK; "
        "this post is not eligible for sponsorship. For an informal conversation please call the cancer services "
        "manager on 020 7946 0386."
    )
    save(document, "v4_skin_cancer_pathway_coordinator.docx")


V5_ITEMS = [
    ("title", "Community Pain Clinic Support Worker"),
    ("bold", f"Central and North West London NHS Foundation Trust {DASH} Harrow and Hillingdon Community Pain Service"),
    ("body", "Clinics at a health centre in South Harrow and a health centre in Hayes"),
    ("gap", ""),
    (
        "body",
        f"Band 3  |  {POUND}27,898 to {POUND}30,615 a year pro rata, including Outer London High Cost Area Supplement",
    ),
    ("body", "Permanent  |  30 hours a week  |  Monday to Friday, with some Saturday mornings"),
    ("heading", "The role"),
    (
        "body",
        "Our community pain service sees adults whose pain has lasted longer than three months, most of them with "
        "back pain, arthritis, fibromyalgia or nerve pain. You will work alongside our specialist nurses and "
        "physiotherapists in clinics and in our self-management groups, and you will often be the person patients "
        "talk to first and last at each visit.",
    ),
    ("heading", "Key dates"),
    ("body", "Closing date: Friday 16 March 2029"),
    ("body", "Interviews: Tuesday 27 March 2029, at the South Harrow base"),
    ("heading", "What you'll be doing"),
    (
        "body",
        "\u2022 Greeting patients and taking their blood pressure, pulse, height and weight before they see the nurse",
    ),
    ("body", "\u2022 Helping patients fill in pain and mood questionnaires, and entering the scores on SystmOne"),
    ("body", "\u2022 Setting up rooms and materials for the weekly self-management group"),
    (
        "body",
        "\u2022 You must check and record the clinic fridge temperature at the start of every session and report any "
        "reading outside 2 to 8\u00b0C to the nurse in charge",
    ),
    ("body", "\u2022 Ordering clinic supplies and keeping the rooms tidy and stocked"),
    ("heading", "About you"),
    ("bold", "Must-haves"),
    ("body", "\u2022 Care Certificate or NVQ Level 2 in Health and Social Care"),
    ("body", "\u2022 At least six months' experience as a healthcare assistant or care worker"),
    ("body", "\u2022 Able to take and record blood pressure, pulse, height and weight accurately"),
    ("body", "\u2022 Patient and kind with people living with long-term pain"),
    ("body", "\u2022 Basic computer skills for entering patient records on SystmOne"),
    ("body", "\u2022 Able to travel between our clinic bases in Harrow and Hillingdon"),
    (
        "body",
        f"\u2022 You don't need any experience of pain services {DASH} our specialist nurses and physiotherapists will "
        "train you alongside them in your first weeks",
    ),
    ("bold", "Good to have (not required)"),
    ("body", "\u2022 Experience of supporting people with long-term conditions such as arthritis or back pain"),
    ("body", "\u2022 Knowledge of the Pain Toolkit or other self-management approaches"),
    ("body", "\u2022 A second language spoken in Harrow or Hillingdon, such as Gujarati, Tamil or Punjabi"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK, as we are unable to offer visa sponsorship for this role. The "
        "post needs an enhanced DBS check and two references, one from your most recent employer.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave plus bank holidays, pro rata, rising with service"),
    ("body", "\u2022 The NHS Pension Scheme and NHS staff discounts"),
    ("body", "\u2022 A funded Level 3 Diploma in Healthcare Support after your first year"),
    ("body", "\u2022 Free parking at both clinic bases and mileage paid for travel between them"),
]

V6_ITEMS = [
    ("title", "Rheumatology Infusion Unit Healthcare Assistant"),
    ("bold", "Rheumatology Day Unit, London North West University Healthcare NHS Trust"),
    ("body", "Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our rheumatology day unit gives around 60 infusions a week to people with rheumatoid arthritis, lupus, "
        "vasculitis and other inflammatory conditions, in eight treatment chairs run by a team of nurses and "
        "healthcare assistants. We are recruiting a healthcare assistant at Band 3, working 37.5 hours a week "
        "across a Monday to Friday rota. The closing date for this post is 19 March 2029, and interviews will take "
        "place the week after.",
    ),
    (
        "body",
        "You will welcome patients, take and record their observations before, during and after each infusion, "
        "take blood samples where needed, keep the chairs and equipment clean and stocked, and stay with patients "
        "while the nurses prepare their treatment. You must check the name, date of birth and hospital number of "
        "every patient against the prescription with the nurse before an infusion is started. You do not need to "
        "have worked in rheumatology before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked as a healthcare assistant in a hospital for at least a year. You must "
        "hold an NVQ Level 3 in Health and Social Care or the Level 3 Diploma in Adult Care. Recording accurate "
        "observations, including temperature, blood pressure, pulse and oxygen levels, is essential. It is "
        "essential that you can spot when a patient is becoming unwell during an infusion and get help straight "
        "away. You must be able to explain things clearly to patients who are nervous about treatment. Good "
        "computer skills are essential, as all observations are entered on the electronic patient record.",
    ),
    (
        "body",
        "Experience of venepuncture would be beneficial. Knowledge of rheumatoid arthritis, lupus or other rheumatic "
        "conditions would be an advantage. We would like applicants to be able to work until 8pm on Thursdays.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK; we cannot offer visa sponsorship for "
        "this post. Clearance from occupational health is essential before you start, and we will arrange it for "
        "you. The post needs an enhanced DBS check. You will benefit from 27 days' annual leave plus bank holidays, "
        "the NHS Pension, a free shuttle bus between our hospitals and a funded venepuncture course in your first "
        "year. We would welcome applications from people returning to care after a break.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through NHS Jobs, quoting reference 333-RHE-1187. For an informal visit to the unit, call the unit "
        "manager on 020 7946 0543 or email rheumdayunit@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_rheumatology_biologics_administrator()
    v2_pain_management_programme_assistant()
    v3_dermatology_clinic_receptionist()
    v4_skin_cancer_pathway_coordinator()
    (ADVERTS / "v5_community_pain_clinic_support_worker.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_rheumatology_infusion_unit_healthcare_assistant.pdf").write_bytes(
        pdf_bytes(V6_ITEMS, title=(15, 60))
    )


if __name__ == "__main__":
    main()
