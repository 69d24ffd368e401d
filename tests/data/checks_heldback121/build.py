"""Build the Word and PDF adverts of the hundred-and-twenty-first held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback121/build.py`. The generated files are
committed, so nothing needs this script to score them; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`; each Word file is saved with fixed core-property dates and fixed zip
time stamps, so a rebuild is byte for byte the same. The pasted-text adverts (v7 and v8) are plain files and are not
built here.
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
FIXED_TIME = dt.datetime(2029, 2, 20, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 20, 10, 30, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_fertility_clinic_healthcare_assistant() -> None:
    """The employer only in the page header and the closing date only in the page footer; the band in a "|" line
    under the title; duties as Word bullets; a tick column table with category rows merged across, and four
    ticked-Essential rows that are not criteria."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Chelsea and Westminster Hospital NHS Foundation Trust"
    section.footer.paragraphs[
        0
    ].text = f"Reference 333-WCH-2291 {DOT} Closing date: 05/03/2029 {DOT} Interviews: 14/03/2029"
    document.add_heading("Fertility Clinic Healthcare Assistant", level=1)
    document.add_paragraph(
        "Assisted Conception Unit | Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH | Band 3 | "
        "37.5 hours a week | Permanent"
    )
    document.add_heading("About the unit", level=2)
    document.add_paragraph(
        "Our unit sees around 1,800 couples and single women a year for fertility investigations, egg "
        "collections, embryo transfers and frozen cycles. Clinics run from 7.30am, because most scans and blood "
        "tests have to be done before the laboratory's morning cut-off. You will work alongside nurses, doctors "
        "and embryologists in a team of 24, and you will often be the person a patient talks to while she waits."
    )
    document.add_heading("What you will be doing", level=2)
    for duty in [
        "Prepare the clinic rooms and the procedure suite before each list, and restock them afterwards",
        "Take observations before and after egg collections and report anything unusual to the nurse in charge",
        "Act as the second witness when patient identity is checked at each step of treatment",
        "Chaperone patients during internal scans and procedures",
        "Book follow-up appointments and file results in the patient's electronic record",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Requirement", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, ""),
        ("Care Certificate or NVQ Level 2 in Health and Social Care", "", TICK),
        ("Completion of the unit's witnessing and HFEA Code of Practice training within your first month", TICK, ""),
        ("Experience",),
        ("Experience of working as a healthcare assistant in a hospital or clinic", TICK, ""),
        ("Previous fertility experience is not required", TICK, ""),
        ("Experience of working in a fertility, gynaecology or maternity service", "", TICK),
        ("Skills and abilities",),
        ("Able to take and record blood pressure, pulse and temperature", TICK, ""),
        ("Able to talk sensitively with patients who may be anxious or upset about their treatment", TICK, ""),
        ("Able to keep accurate records both on paper and on a computer system", TICK, ""),
        ("Must sign the witness log for every identity check before a procedure begins", TICK, ""),
        ("Trained in venepuncture", "", TICK),
        ("Knowledge",),
        ("Understanding of patient confidentiality and consent", TICK, ""),
        ("Other",),
        ("Satisfactory enhanced DBS check", TICK, ""),
        ("Able to start at 7am, including one Saturday morning in four", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, rising with service; the NHS Pension Scheme; Inner London High "
        "Cost Area Supplement; a season ticket loan; and a funded Level 3 Diploma in Healthcare Support once you "
        "have passed probation. You must have the right to work in the UK, as we are unable to sponsor visas for "
        "this post. We will ask for two references covering the last three years."
    )
    save(document, "v1_fertility_clinic_healthcare_assistant.docx")


def v2_mammography_associate() -> None:
    """The service only in the page header; a details table with two label-value pairs a row (title, band,
    employer, base, hours, contract, closing date, reference); a "You must ..." sentence in Job purpose; numbered
    duties; rows marked E or D with the category merged down (not bold) and a "How assessed" column, two of them
    marked E and not criteria; the key and a "no experience needed" line after the table."""
    document = blank_docx("Calibri")
    document.sections[0].header.paragraphs[0].text = "West of London Breast Screening Service"
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Mammography Associate", "Pay band", "Band 4"),
            (
                "Employer",
                "Imperial College Healthcare NHS Trust",
                "Base",
                "Charing Cross Hospital, Fulham Palace Road, London W6 8RF, and our mobile units",
            ),
            ("Hours", "37.5 a week, Monday to Friday, with one Saturday clinic a month", "Contract", "Permanent"),
            ("Closing date", "Friday 9 March 2029", "Reference", "290-BSS-4471"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Mammography associates take screening mammograms under the supervision of a qualified mammographer, so "
        "that more women can be seen close to home. The service invites about 90,000 women a year across eight "
        "boroughs, at Charing Cross and on four mobile units that move between supermarket car parks, health "
        "centres and hospital sites. You must check each woman's identity and her previous images before she "
        "comes into the X-ray room."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Welcome clients, explain what will happen and answer their questions before the examination.",
        "Position clients and take the standard screening views, under the supervision of a mammographer.",
        "Record attendance and image details on the screening system at the end of each examination.",
        "Carry out daily quality checks on the equipment and report faults.",
        "Help move, set up and close the mobile units at each site.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criterion", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "GCSEs at grade 4 (C) or above in English, maths and a science, or equivalent",
            "E",
            "A",
        ),
        (
            "Qualifications",
            "A Level 3 qualification in health, social care or a science subject, such as a BTEC or an A-level",
            "E",
            "A",
        ),
        (
            "Qualifications",
            "Mammography Associate apprenticeship (Level 4), completed in post with protected study time",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of giving direct care to patients or clients in a health or care setting",
            "E",
            "A / I",
        ),
        ("Experience", "Experience of working in a breast screening or imaging service", "D", "A / I"),
        ("Skills", "Able to explain a procedure clearly and put anxious clients at ease", "E", "I"),
        ("Skills", "Good manual dexterity and able to stand for long periods", "E", "I"),
        ("Skills", "Able to use IT systems to record information accurately", "E", "A / T"),
        ("Skills", "Experience of using NBSS or a radiology information system (RIS)", "D", "A"),
        (
            "Knowledge",
            "Understanding of the NHS Breast Screening Programme and who it invites",
            "D",
            "I",
        ),
        (
            "Other",
            "Able to work on the mobile screening units at sites across West London",
            "E",
            "I",
        ),
        ("Other", "Right to work in the UK; this post cannot be sponsored", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_paragraph("A = application form, I = interview, T = short computer exercise on the interview day")
    document.add_paragraph(
        f"No previous screening experience is needed {DASH} the apprenticeship, run with a London university, and "
        "our own trainers will teach you everything. Interviews will be held at Charing Cross on Monday 19 March "
        "2029. The post is subject to an enhanced DBS check. Benefits include 27 days' annual leave plus bank "
        "holidays, the NHS Pension Scheme, and a cycle-to-work scheme."
    )
    save(document, "v2_mammography_associate.docx")


def v3_early_pregnancy_unit_receptionist() -> None:
    """Title and employer together in the heading; a "You must ..." duty in a paragraph; Essential and Desirable
    side by side per area, with a "no NHS experience" line in an Essential cell, "N/A" and a shift-times line in
    Desirable cells; the band and closing date only in the last paragraph."""
    document = blank_docx("Calibri")
    document.add_heading(
        f"Early Pregnancy Unit Receptionist {DASH} London North West University Healthcare NHS Trust", level=1
    )
    document.add_paragraph("Early Pregnancy Unit, Northwick Park Hospital, Watford Road, Harrow HA1 3UJ")
    document.add_heading("About the unit", level=2)
    document.add_paragraph(
        "Our Early Pregnancy Unit sees women in the first 16 weeks of pregnancy who have pain or bleeding, or who "
        "have lost a pregnancy before. Some of the people who come to our desk have just had the best news of "
        "their lives, and some the worst. We are looking for a receptionist who can do both with warmth."
    )
    document.add_heading("What you will do", level=2)
    document.add_paragraph(
        "You will greet patients and their partners, book scans and follow-up appointments, answer the unit's "
        "phone line and inbox, and make sure notes and results are ready for each clinic. You must check every "
        "patient's name, date of birth and hospital number against her wristband or letter before she is booked "
        "in. You will also keep the waiting area tidy and quiet, and let the nurse in charge know if anyone "
        "waiting seems unwell."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good standard of English and maths, such as GCSE or Functional Skills Level 2",
            "Customer service or reception qualification (NVQ Level 2 or similar)",
        ),
        (
            "Experience",
            "Experience of working on a reception desk or in another customer-facing role\n"
            f"No NHS experience needed {DASH} full training on Cerner is given",
            "Experience of working in a hospital or GP surgery",
        ),
        (
            "Skills",
            "Able to use a computer to book appointments and send emails\n"
            "Able to stay calm and kind with patients who are distressed or grieving",
            "Speaks a language used locally, such as Gujarati, Tamil or Romanian",
        ),
        ("Knowledge", "Understanding of why patient information must be kept private", "N/A"),
        (
            "Other",
            "Able to work a rota that includes weekend mornings",
            "Shifts are 7.30am to 3.30pm or 11.30am to 7.30pm",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave plus bank holidays, the NHS Pension Scheme, Outer London High Cost "
        "Area Supplement, free eye tests and access to our staff counselling service. Applicants must have the "
        "right to work in the UK, and the post is subject to references and a basic DBS check. This Band 2 post "
        "closes at midnight on Tuesday 13 March 2029, and interviews will be held on Thursday 22 March 2029."
    )
    save(document, "v3_early_pregnancy_unit_receptionist.docx")


def v4_colposcopy_clinic_support_worker() -> None:
    """The employer only in the page header; the band only in the page footer; a details table with no header row
    (closing date in it); duties as bullets; an Essential and a Desirable row per heading with the heading merged
    down over both, lines that are not criteria in two Essential cells and "N/A" in one Desirable cell."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "The Hillingdon Hospitals NHS Foundation Trust"
    section.footer.paragraphs[0].text = f"Colposcopy Clinic Support Worker {DOT} Band 3 {DOT} Women's Health"
    document.add_heading("Colposcopy Clinic Support Worker", level=1)
    label_value_table(
        document,
        [
            ("Department", "Women's Health, Colposcopy Unit"),
            (
                "Sites",
                "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN, and Mount Vernon Hospital, Rickmansworth "
                "Road, Northwood HA6 2RN",
            ),
            ("Hours", "30 hours a week over four days"),
            (
                "Salary",
                "\u00a328,410 to \u00a330,120 a year pro rata, including Outer London High Cost Area Supplement",
            ),
            ("Closing date", "16 March 2029"),
            ("Reference", "364-WH-0977"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Women are sent to our colposcopy clinics when their smear test shows changes that need a closer look. "
        "Many are worried that it means cancer, and most leave relieved. You will support our nurse "
        "colposcopists and doctors in clinic, and be with patients from the moment they arrive."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Prepare the clinic room, couch and instrument trolley before each list",
        "Stay with the patient during the examination and any treatment, as chaperone and support",
        "Label biopsy samples and send them to the laboratory with the request form",
        "Clean and decontaminate equipment between patients and at the end of the day",
        "Book follow-up appointments and keep the clinic's records up to date",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Heading", "Essential or desirable", "What we are looking for"])
    rows = [
        ("Qualifications", "Essential", "Care Certificate or NVQ Level 2 in Health and Social Care"),
        ("Qualifications", "Desirable", "Level 3 Diploma in Healthcare Support"),
        (
            "Experience",
            "Essential",
            "Experience of supporting patients during examinations or procedures\n"
            "Previous colposcopy experience is not required",
        ),
        ("Experience", "Desirable", "Experience of working in a women's health or outpatient clinic"),
        (
            "Skills",
            "Essential",
            "Able to set up trolleys and decontaminate equipment following infection control procedures\n"
            "Good spoken and written English",
        ),
        ("Skills", "Desirable", "Experience of using an electronic patient record"),
        (
            "Knowledge",
            "Essential",
            "Understanding of chaperoning and of patient dignity during intimate examinations",
        ),
        (
            "Knowledge",
            "Desirable",
            "Knowledge of the cervical screening programme and why women are referred to colposcopy",
        ),
        (
            "Other",
            "Essential",
            "Able to work in clinics at both Hillingdon Hospital and Mount Vernon Hospital\n"
            "Satisfactory enhanced DBS check",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer the NHS Pension Scheme, 27 days' annual leave pro rata plus bank holidays, free staff parking at "
        "both sites and a free shuttle bus between them. You will need to show that you have the right to work in "
        "the UK; we are not able to offer sponsorship for this role."
    )
    save(document, "v4_colposcopy_clinic_support_worker.docx")


V5_ITEMS = [
    ("title", "Early Pregnancy Assessment Clinic Support Worker"),
    ("bold", f"Chelsea and Westminster Hospital NHS Foundation Trust {DASH} Women's Services"),
    (
        "body",
        "Early Pregnancy Assessment Clinic, West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF",
    ),
    ("body", "Closes: Sunday 18 March 2029 at 23:59. Interviews: Tuesday 27 March 2029."),
    (
        "body",
        "Band 3 | \u00a328,410 to \u00a330,120 a year including High Cost Area Supplement | 37.5 hours a week, "
        "Monday to Saturday on a rota",
    ),
    ("gap", ""),
    ("heading", "About the clinic"),
    (
        "body",
        "Our clinic sees women in early pregnancy who have pain or bleeding, or who are anxious because they "
        "have lost a pregnancy before. About 40 women come through our doors each day for a scan, a blood test "
        "or a review. Some go home reassured; some are given news they were dreading. Our support workers are "
        "with them for all of it.",
    ),
    ("heading", "Your day"),
    ("body", "\u2022 Welcome women and their partners, and take them to the scan or review room"),
    ("body", "\u2022 Take and record observations, and tell the nurse about anything out of the ordinary"),
    (
        "body",
        "\u2022 You must make sure every sample is labelled in front of the patient and logged before the end of "
        "the clinic",
    ),
    ("body", "\u2022 Book scans and follow-up appointments, and keep the clinic list up to date"),
    ("body", "\u2022 Stay with women in the quiet room after difficult news, until a nurse is free"),
    ("heading", "What we need from you"),
    ("bold", "Must-haves"),
    ("body", "\u2022 Experience of caring for patients in a hospital, clinic or care home"),
    (
        "body",
        "\u2022 Able to take observations, including blood pressure, and recognise when a reading is outside the "
        "normal range",
    ),
    ("body", "\u2022 Able to carry out urine pregnancy tests and handle samples following infection control rules"),
    ("body", "\u2022 A kind, unhurried manner with women and their partners who may be receiving bad news"),
    ("body", "\u2022 Confident using a computer to book scans and update patient records"),
    ("body", "\u2022 Able to work late clinics until 8pm on a rota"),
    (
        "body",
        f"\u2022 You don't need to have worked in pregnancy care before {DASH} you'll spend your first month "
        "working alongside our nurses and sonographers",
    ),
    ("bold", "Good to have, though not required"),
    ("body", "\u2022 Competent in venepuncture"),
    ("body", "\u2022 Experience of supporting people through pregnancy loss or bereavement"),
    ("body", "\u2022 Care Certificate"),
    ("heading", "The small print"),
    (
        "body",
        "You will need the right to work in the UK; we cannot sponsor a visa for this post. Offers depend on an "
        "enhanced DBS check and two satisfactory references.",
    ),
    ("heading", "What you get"),
    ("body", "\u2022 27 days' annual leave plus bank holidays, going up with service"),
    ("body", "\u2022 NHS Pension Scheme and Blue Light Card discounts"),
    ("body", "\u2022 A funded Level 3 Diploma in Healthcare Support after probation"),
    ("body", "\u2022 Free counselling for staff, and a staff choir on Wednesdays"),
]

V6_ITEMS = [
    ("title", "Women's Health Hub Care Navigator"),
    ("bold", "Hammersmith and Fulham GP Federation"),
    ("body", "Women's Health Hub, working from GP practices in Hammersmith and in Fulham"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our women's health hub brings GPs, practice nurses and specialist nurses together so that women can get "
        "help with heavy periods, contraception, the menopause and pelvic pain without waiting months for a "
        "hospital clinic. We are recruiting a Women's Health Hub Care Navigator at Band 3, working 30 hours a week "
        "over four days. Applications close on Thursday 22 March 2029, and we hope to interview on Monday 2 April "
        "2029.",
    ),
    (
        "body",
        "You will be the first person women speak to: taking referrals from practices, phoning women to book "
        "them in, explaining what the hub offers, and linking them with other help in the borough. You must call "
        "back every woman who misses a hub appointment within two working days and record what was agreed. You "
        "do not need any clinical knowledge before you start.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a customer-facing role in health, social care or a community "
        "organisation. You must be able to explain our services clearly to women by phone and face to face, "
        "including women who speak little English. Good computer skills are essential, including using a "
        "clinical system such as SystmOne or EMIS. It is essential that you can talk openly and without "
        "embarrassment about periods, contraception and the menopause. You must be able to manage a busy list of "
        "calls and follow-ups without losing track. It is essential that you can travel between our hub sites in "
        "Hammersmith and in Fulham.",
    ),
    (
        "body",
        "A second language spoken in the borough, such as Arabic, Polish or Somali, would be beneficial. "
        "Knowledge of local community and voluntary groups for women would be an advantage. A care navigation or "
        "health champion qualification would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that everyone we employ has the right to work in the UK, and we cannot offer visa "
        "sponsorship for this post. The post needs a basic DBS check. Training in the hub's referral pathways is "
        "essential for everyone who joins and is given in your first fortnight. You will benefit from 27 days' "
        "annual leave plus bank holidays, the NHS Pension Scheme and flexible start times. We particularly welcome "
        "applications from women who have used women's health services in the borough themselves.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through the federation's careers page. For an informal chat, email the hub manager at "
        "womenshealthhub@example.com or call 020 7946 0583.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_fertility_clinic_healthcare_assistant()
    v2_mammography_associate()
    v3_early_pregnancy_unit_receptionist()
    v4_colposcopy_clinic_support_worker()
    pdf5 = pdf_bytes(V5_ITEMS, title=(15, 60))
    (ADVERTS / "v5_early_pregnancy_assessment_clinic_support_worker.pdf").write_bytes(pdf5)
    (ADVERTS / "v6_womens_health_hub_care_navigator.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(17, 50)))


if __name__ == "__main__":
    main()
