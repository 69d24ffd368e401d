"""Build the Word and PDF adverts of the sixty-first held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback61/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and PDF
helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is saved
with fixed time stamps, so a rebuild is byte for byte the same. The pasted-text adverts (k7, k8) are plain files and
are not built here.
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
BULLET = "\u2022 "
FIXED_TIME = dt.datetime(2029, 2, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 1, 9, 0, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def k1_urgent_community_response_healthcare_assistant() -> None:
    """The employer only in the page footer, with the reference; the title as the heading; band, hours and closing
    date on one line; duties as bullets; tick columns with category rows merged across the table and four ticked rows
    that are not criteria."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.footer.paragraphs[0].text = (
        "Central London Community Healthcare NHS Trust \u00b7 Urgent Community Response, Kensington and Chelsea "
        "and Westminster \u00b7 Ref 281-UCR-0307"
    )
    document.add_heading("Urgent Community Response Healthcare Assistant", level=1)
    document.add_paragraph(
        "Band 3  |  37.5 hours a week, shifts between 8am and 8pm, seven days  |  Closing date: Wednesday 7 March 2029"
    )
    document.add_paragraph("Base: Soho Centre for Health, Frith Street, with visits across the two boroughs")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our Urgent Community Response team sees people at home within two hours when they become unwell or have a "
        "fall, so that they do not need to go to hospital. You will visit patients with our nurses and therapists, and "
        "on your own once you are signed off, to take observations, give personal care and set up equipment until the "
        "crisis has passed."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Take and record observations, including blood pressure, pulse, oxygen levels and temperature",
        "Help patients to wash, dress and move safely while the team arranges longer-term care",
        "Deliver and demonstrate simple equipment such as commodes and walking frames",
        "You must phone the coordinating nurse before leaving any patient whose early warning score has risen",
        "Restock the team's visit bags and keep the equipment log up to date",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("Care Certificate, or willing to complete it in the first 12 weeks", TICK, ""),
        ("Level 3 Diploma in Health and Social Care or equivalent", "", TICK),
        ("Completion of the team's falls and frailty competency booklet in your first three months", TICK, ""),
        ("Experience",),
        ("Experience of working as a healthcare assistant or carer in a health or social care setting", TICK, ""),
        ("No experience of urgent or community care is needed", TICK, ""),
        ("Experience of assisting with wound dressings or catheter care", "", TICK),
        ("Skills and abilities",),
        ("Able to record blood pressure, pulse and weight accurately", TICK, ""),
        ("Good written English for keeping clear patient records", TICK, ""),
        ("Must charge the team's observation kit and tablet at the end of every shift", TICK, ""),
        ("Knowledge",),
        ("Understanding of infection prevention and control, including hand hygiene", TICK, ""),
        ("Awareness of the early signs of sepsis or a urine infection in older people", "", TICK),
        ("Other",),
        ("Satisfactory enhanced DBS check", TICK, ""),
        ("Able to work late shifts until 8pm on a rota", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension, unsocial hours payments, a taxi for any visit "
        "after dark and a funded Nursing Associate apprenticeship for staff who want to progress. The post is subject "
        "to two references and an occupational health check."
    )
    save(document, "k1_urgent_community_response_healthcare_assistant.docx")


def k2_district_nursing_administrator() -> None:
    """A "Job description" heading, then the post in a details table with two label-value pairs a row (title, band,
    employer and closing date all in it); Job purpose; numbered duties; rows marked E or D with the factor merged down
    the first column and a "How assessed" column; the key and a closing paragraph."""
    document = blank_docx("Calibri")
    document.add_heading("Job description", level=1)
    label_value_table(
        document,
        [
            ("Job title", "District Nursing Administrator", "Band", "Band 3"),
            (
                "Employer",
                "Central and North West London NHS Foundation Trust",
                "Service",
                "Hillingdon District Nursing",
            ),
            ("Base", "Northwood Health Centre", "Hours", "37.5 a week, including one Saturday in four"),
            ("Closing date", "13/03/2029", "Interviews", "26/03/2029"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The north Hillingdon district nursing team visits around 400 housebound patients a week. The administrator is "
        "the team's voice on the phone: taking calls from patients, carers, GPs and hospitals, and making sure each "
        "message reaches the nurse who can act on it. You must log every call about a blocked catheter or a missed "
        "insulin visit on the urgent list and tell the coordinator straight away."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Answer the team's phone line and shared inbox from 8am",
        "Add new referrals to the caseload and book first visits",
        "Type letters, minutes of the weekly caseload meeting and stock orders",
        "Keep the team's leave and training spreadsheet",
        "Order dressings and continence products on the Trust's ordering system",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "GCSE English and maths at grade 4 (C) or above, or equivalent", "E", "A"),
        ("Qualifications", "RSA / OCR Text Processing or another typing qualification", "D", "A"),
        ("Qualifications", "NHS Data Security Awareness training, completed in your first week", "E", "N/A"),
        ("Experience", "Experience of working in a busy office, answering phone calls and messages", "E", "A / I"),
        ("Experience", "Experience of working with a community health team or GP practice", "D", "A / I"),
        ("Skills", "Confident user of Microsoft Word, Outlook and Excel", "E", "A / T"),
        ("Skills", "Able to take accurate telephone messages and pass them on to the right nurse", "E", "I / T"),
        ("Skills", "Able to use SystmOne to book and move appointments", "D", "A"),
        ("Skills", "Must check the referrals inbox every hour and log each new referral the same day", "E", "N/A"),
        ("Knowledge", "Understanding of confidentiality when handling patient information", "E", "I"),
        ("Other", "Able to work one Saturday in four on a rota", "E", "I"),
        (
            "Other",
            f"Right to work in the UK {DASH} we are unable to offer visa sponsorship",
            "E",
            "Pre-employment checks",
        ),
        ("Other", "Speaks a second language used by local patients", "D", "I"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application, I = interview, T = typing and message test on the day.")
    document.add_paragraph(
        "No experience of the NHS is needed: you will have two weeks' training on SystmOne and shadow an experienced "
        "administrator. We offer 27 days' annual leave plus bank holidays, the NHS Pension, free parking at Northwood "
        "and a standard DBS check paid for by the Trust."
    )
    save(document, "k2_district_nursing_administrator.docx")


def k3_adult_speech_and_language_therapy_support_worker() -> None:
    """The title as the heading, "employer | service", band, pay and hours; Essential and Desirable side by side per
    category, with a "no experience" line and a right-to-work line in Essential cells, "N/A" and a benefit alone in
    Desirable cells; the closing date only at the very end."""
    document = blank_docx("Arial")
    document.add_heading("Adult Speech and Language Therapy Support Worker", level=1)
    document.add_paragraph(
        "London North West University Healthcare NHS Trust  |  Adult Community Speech and Language Therapy, Ealing"
    )
    document.add_paragraph("Ealing Hospital, Uxbridge Road, Southall UB1 3HW, and patients' homes")
    document.add_paragraph(
        "Band 4  |  \u00a333,094 to \u00a336,195 a year including HCAS  |  37.5 hours, Monday to Friday"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our therapists see adults at home and in care homes who have trouble speaking, understanding or swallowing "
        "after a stroke, with Parkinson's or dementia, or as they become frail. You will carry out swallowing and "
        "communication plans that the therapists have written, show carers how to prepare drinks and meals safely, and "
        "make communication aids."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Level 3 qualification in health, social care or a related subject",
            "Dysphagia training such as the IDDSI framework e-learning",
        ),
        (
            "Experience",
            "Experience of supporting adults with communication or swallowing difficulties, paid or voluntary\n"
            f"No previous speech and language therapy experience is needed {DASH} full training is given",
            "Experience of working in a hospital or community health team",
        ),
        (
            "Skills",
            "Able to prepare thickened fluids and modified texture diets accurately to a written plan\n"
            "Able to write clear, accurate notes after each visit",
            "Able to use total communication methods such as pictures, gestures and communication boards",
        ),
        (
            "Knowledge",
            "Understanding of the signs that someone may be choking or aspirating when eating or drinking",
            "N/A",
        ),
        (
            "Other",
            "Able to travel independently between patients' homes and care homes across Ealing\n"
            f"Right to work in the UK {DASH} we are unable to offer sponsorship for this post",
            "Pool car available and mileage paid at NHS rates",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave plus bank holidays, the NHS Pension, a paid day each month for study and "
        "supervision from a qualified speech and language therapist. You must wear your ID badge on every visit and "
        "sign in at each care home. The post needs an enhanced DBS check."
    )
    document.add_paragraph("Applications close at midnight on Friday 16 March 2029.")
    save(document, "k3_adult_speech_and_language_therapy_support_worker.docx")


def k4_continence_service_healthcare_support_worker() -> None:
    """The employer only in the page header, the closing date only in the page footer with the reference; the title
    as the heading and the band on its own line; duties as bullets; Essential and Desirable as two rows per area with
    the area merged down."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Central and North West London NHS Foundation Trust"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    section.footer.paragraphs[0].text = "Ref 333-HAR-CON-22  \u00b7  Closing date: 22/03/2029"
    document.add_heading("Continence Service Healthcare Support Worker", level=1)
    document.add_paragraph("Band 3")
    document.add_paragraph(
        "Harrow Bladder and Bowel (Continence) Service, Caryl Thomas Clinic, Headstone Drive, Harrow. 37.5 hours, "
        "Monday to Friday."
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "The continence service assesses adults with bladder and bowel problems in clinic and at home, and supplies "
        "continence products to around 2,000 Harrow residents. You will run parts of the assessment under the "
        "supervision of our specialist nurses and help people manage their symptoms with dignity."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Take bladder diaries and urine samples and record the results for the nurse",
        "Assess patients for the right continence products and review their use at home",
        "You must check each patient's product order against the assessment before it is sent to the supplier",
        "Keep the clinic rooms clean and stocked",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "Care Certificate or NVQ Level 2 in Health and Social Care"),
        ("Qualifications", "Desirable", "Level 3 Diploma in Clinical Healthcare Support"),
        (
            "Experience",
            "Essential",
            "Experience of providing personal care, including continence care, to adults\n"
            "Previous experience in a continence clinic is not required",
        ),
        ("Experience", "Desirable", "Experience of working in a clinic or community health setting"),
        (
            "Skills",
            "Essential",
            "Able to test a urine sample with a dipstick and record the result\n"
            "Able to talk with patients about intimate problems in a sensitive, unembarrassed way",
        ),
        ("Skills", "Desirable", "Able to use SystmOne or another electronic patient record"),
        ("Knowledge", "Essential", "Understanding of consent and dignity when giving intimate care"),
        ("Knowledge", "Desirable", "Knowledge of the different types of continence pads and how to fit them"),
        (
            "Other",
            "Essential",
            "Able to work Monday to Friday, 8am to 4pm, including home visits\nSatisfactory enhanced DBS check",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "Full training in bladder scanning and product assessment is given. Benefits include 27 days' annual leave "
        "plus bank holidays, the NHS Pension and a car loan scheme. Applicants must have the right to work in the "
        "UK; we cannot sponsor a visa for this post."
    )
    save(document, "k4_continence_service_healthcare_support_worker.docx")


K5_ITEMS = [
    ("title", "Community Neurological Rehabilitation Assistant"),
    ("bold", f"Central London Community Healthcare NHS Trust {DASH} Neuro-Rehabilitation Team"),
    ("body", "White City Health Centre, Australia Road, London W12 7PH"),
    ("gap", ""),
    ("body", "Band 3  |  \u00a329,970 to \u00a331,367 a year including HCAS"),
    ("body", "Permanent  |  37.5 hours  |  Monday to Friday, 8.30am to 4.30pm"),
    ("body", "Closing date: Sunday 25 March 2029 at 23:59. Interviews: Wednesday 4 April 2029."),
    ("heading", "About the role"),
    (
        "body",
        "Our physiotherapists, occupational therapists and speech and language therapists help adults with "
        "neurological conditions to live as independently as they can at home. As a rehabilitation assistant you will "
        "visit patients on your own and with the therapists, carrying on the work the therapists have planned.",
    ),
    ("heading", "What you'll do"),
    ("body", BULLET + "Practise exercise, walking and balance programmes with patients in their homes"),
    ("body", BULLET + "Help patients practise everyday tasks such as getting washed and dressed or making a meal"),
    (
        "body",
        BULLET + "You must write up every visit on SystmOne before the end of the same working day, so the therapist "
        "sees any change before the next visit",
    ),
    ("body", BULLET + "Deliver and collect small equipment and check it is being used safely"),
    ("heading", "What we're looking for"),
    ("bold", "Must-haves"),
    ("body", BULLET + "Experience of supporting adults with physical disabilities, in a paid or voluntary role"),
    (
        "body",
        BULLET + "Able to follow an exercise programme set by a physiotherapist or occupational therapist and "
        "encourage patients to keep to it",
    ),
    ("body", BULLET + "Able to use equipment safely, including hoists, walking frames and transfer boards"),
    ("body", BULLET + "Good spoken and written English, to report back to the therapists after each visit"),
    ("body", BULLET + "Able to travel between patients' homes in Hammersmith and Fulham during the working day"),
    (
        "body",
        BULLET + f"You don't need a therapy qualification {DASH} our physiotherapists and occupational therapists "
        "train every new assistant",
    ),
    ("bold", "Good to have as well"),
    ("body", BULLET + "Experience of working with people who have had a stroke, a brain injury or multiple sclerosis"),
    ("body", BULLET + "A full UK driving licence"),
    ("body", BULLET + "Level 3 qualification in sport, fitness or health and social care"),
    ("heading", "Before you apply"),
    (
        "body",
        "You need the right to work in the UK; we are not able to offer visa sponsorship for this post. Offers depend "
        "on two references and an enhanced DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", BULLET + "27 days' annual leave, rising with service, plus bank holidays"),
    ("body", BULLET + "The NHS Pension and a cycle-to-work scheme"),
    ("body", BULLET + "A funded Level 3 apprenticeship in rehabilitation work after your probation"),
]

K6_ITEMS = [
    ("title", f"Occupational Therapy Technical Instructor {DASH} Community Rehabilitation"),
    ("body", "Brent Community Rehabilitation Team, London North West University Healthcare NHS Trust"),
    ("body", "Central Middlesex Hospital, Acton Lane, London NW10 7NS"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our team helps adults in Brent get back on their feet at home after an illness, a fall or a stay in hospital. "
        "We are looking for an Occupational Therapy Technical Instructor at Band 4, working 37.5 hours a week from "
        "Monday to Friday. The closing date is Friday 30 March 2029, and interviews will be held on 12 April.",
    ),
    (
        "body",
        "You will visit patients on your own, working from plans written by our occupational therapists: fitting "
        "small equipment, practising daily tasks and checking that people are safe at home. You must hand any visit "
        "where a patient seems at risk straight back to the occupational therapist on duty. You do not need to have "
        "worked in the NHS before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have at least one year's experience of working in a health or social care role with "
        "adults. You must be able to assess a home for simple equipment such as grab rails, raised toilet seats and "
        "bath boards, following an occupational therapist's guidance. Good written English is essential, as you will "
        "write your own notes and equipment orders. Experience of teaching someone a new way of doing a daily task, "
        "such as getting dressed or making a drink, is essential. It is essential that you can plan your own caseload "
        "of visits across Brent.",
    ),
    (
        "body",
        "A Level 3 qualification in health and social care would be beneficial. Experience of ordering equipment "
        "through a community equipment service would be an advantage. Knowledge of the Care Act 2014 is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need an enhanced DBS check. Every new instructor completes our "
        "moving and handling and equipment competencies in the first month. You will benefit from 27 days' annual "
        "leave plus bank holidays, the NHS Pension and a lease car scheme. We would like to hear from you even if you "
        "do not meet every point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    k1_urgent_community_response_healthcare_assistant()
    k2_district_nursing_administrator()
    k3_adult_speech_and_language_therapy_support_worker()
    k4_continence_service_healthcare_support_worker()
    (ADVERTS / "k5_community_neurological_rehabilitation_assistant.pdf").write_bytes(
        pdf_bytes(K5_ITEMS, title=(15, 60))
    )
    (ADVERTS / "k6_occupational_therapy_technical_instructor.pdf").write_bytes(pdf_bytes(K6_ITEMS, title=(12, 72)))


if __name__ == "__main__":
    main()
