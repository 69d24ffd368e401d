"""Build the Word and PDF adverts of the hundred-and-eleventh held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback111/build.py`. The generated files are
committed, so nothing needs this script; it is kept so the files can be read and rebuilt. The Word and PDF helpers
are in `tests/data/advert_files.py`. Every Word file is saved with fixed core-property dates and fixed zip time
stamps, so a rebuild is byte for byte the same. The pasted-text adverts (v7 and v8) are plain files and are not
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

TICK = "\u2713"  # a plain check mark in the level column; the other level cell is left empty
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2029, 12, 3, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 12, 3, 10, 30, 0)


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_oncology_ward_healthcare_assistant() -> None:
    """Employer only in the page header; reference and closing date only in the page footer; the title as the
    heading with the band on the next line; duties as Word bullets; a tick in one of two level columns, bold
    category rows merged across, and four ticked-Essential rows that are not criteria."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Imperial College Healthcare NHS Trust"
    section.footer.paragraphs[
        0
    ].text = "Job reference 196-MED-ONC-0734  |  Closing date: 14 January 2030  |  Interviews: 24 January 2030"
    document.add_heading("Oncology Ward Healthcare Assistant", level=1)
    document.add_paragraph(
        f"Band 3  |  {POUND}28,870 to {POUND}30,640 a year including High Cost Area Supplement  |  37.5 hours a week"
    )
    document.add_paragraph(
        "Medical Oncology Inpatients, 11 North, Charing Cross Hospital, Fulham Palace Road, London W6 8RF"
    )
    document.add_heading("About the ward", level=2)
    document.add_paragraph(
        "11 North is a 26-bed ward for adults having treatment for solid tumours: people admitted for "
        "chemotherapy that needs a hospital stay, people unwell with the side effects of treatment, and people "
        "near the end of their lives who are cared for by our nurses together with the palliative care team. "
        "Many of our patients come back to us several times, so the ward team gets to know them and their "
        "families well."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Help patients to wash, dress, eat and move safely, respecting their dignity and their wishes",
        "Take and record observations and fluid balance, and tell the nurse in charge about any change",
        "Keep side rooms clean and ready for patients who need to be protected from infection",
        "Support patients and families at the end of life, including care after death",
        "Restock the ward's clinical areas and make sure equipment is clean and working",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("NVQ Level 2 or 3 in Health and Social Care, or the Care Certificate", TICK, ""),
        ("GCSE English and maths at grade 4 (C) or above, or Functional Skills Level 2", "", TICK),
        ("Completion of the Trust's chemotherapy safe handling e-learning within your first month", TICK, ""),
        ("Experience",),
        ("Experience of giving personal care to adults in a hospital, care home or community setting", TICK, ""),
        ("No previous experience of cancer care is needed", TICK, ""),
        ("Experience of caring for people with cancer or at the end of life", "", TICK),
        ("Skills and abilities",),
        ("Able to take and record temperature, pulse, blood pressure and oxygen saturation", TICK, ""),
        ("Able to comfort patients and relatives who are anxious or distressed", TICK, ""),
        ("Experience of using an electronic patient record such as Cerner", "", TICK),
        ("Must complete the side room cleaning checklist at the start of every shift", TICK, ""),
        ("Knowledge",),
        (
            "Understanding of infection prevention, including why patients having chemotherapy are more at risk "
            "of infection",
            TICK,
            "",
        ),
        ("Other",),
        ("Satisfactory enhanced DBS check", TICK, ""),
        ("Able to work a 24/7 rota of long days and nights, including weekends", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; a funded "
        "Level 3 Diploma in Healthcare Support after your first year; Blue Light Card discounts and staff "
        "wellbeing services on site. You must have the right to work in the UK; we are unable to offer visa "
        "sponsorship for this post. All offers are subject to two references and occupational health clearance."
    )
    _save(document, "v1_oncology_ward_healthcare_assistant.docx")


def v2_haematology_ward_clerk() -> None:
    """A details table with two label-value pairs a row, holding the title, band, employer and closing date; a
    "You must ..." duty in the Job purpose paragraph; numbered responsibilities; rows marked E or D with the
    category merged down and a How assessed column, with three rows marked E that are not criteria."""
    document = blank_docx("Calibri")
    document.add_heading("Job Description and Person Specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Haematology Ward Clerk", "Band", "Band 2"),
            ("Employer", "London North West University Healthcare NHS Trust", "Reference", "362-NPH-HAEM-119"),
            ("Ward", "Haematology Ward, Northwick Park Hospital", "Hours", "37.5 a week"),
            ("Address", "Watford Road, Harrow HA1 3UJ", "Contract", "Permanent"),
            ("Closing date", "Wednesday 23 January 2030", "Interviews", "Monday 4 February 2030"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The ward clerk is the first person patients and visitors meet on our 24-bed haematology ward, where "
        "adults are treated for leukaemia, lymphoma, myeloma and other blood disorders. You will run the ward "
        "reception, keep patient records and the bed state in order, and take the pressure of the phone off the "
        "nurses. You must book every patient's transport home before 11am on the day they are discharged."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Greet patients, visitors and staff and direct them, keeping visiting rules for patients in isolation",
        "Answer the ward telephone, take clear messages and pass them on",
        "Admit, transfer and discharge patients on the hospital's patient administration system",
        "File results and letters, prepare notes for ward rounds and order stationery",
        "Keep the confidential waste bins and the patient notes trolley locked",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Good general education, including GCSE English and maths or equivalent", "E", "A"),
        ("Qualifications", "RSA / OCR Level 2 Text Processing or another keyboard qualification", "D", "A"),
        ("Qualifications", "Information governance e-learning, completed during induction", "E", "N/A"),
        (
            "Experience",
            "Experience of reception or front desk work, greeting visitors and answering the telephone",
            "E",
            "A / I",
        ),
        ("Experience", "Experience of working on a hospital ward or in an outpatient clinic", "D", "A / I"),
        ("Skills", "Accurate typing and data entry", "E", "T"),
        ("Skills", "Able to stay polite and calm with worried patients and visitors", "E", "I"),
        ("Skills", "Able to use Microsoft Outlook and Word", "E", "A / T"),
        ("Skills", "Must update the ward's bed board before each morning safety huddle", "E", "N/A"),
        ("Knowledge", "Understanding of patient confidentiality", "E", "I"),
        (
            "Knowledge",
            "Knowledge of medical terms used in haematology, such as neutropenia or transfusion",
            "D",
            "I",
        ),
        ("Other", "Able to work early and late shifts (7am to 3pm and 12pm to 8pm), Monday to Friday", "E", "I"),
        ("Other", f"Right to work in the UK {DASH} this post cannot be sponsored", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("A = application form, I = interview, T = typing test on the interview day")
    document.add_paragraph(
        "You do not need to have worked in a hospital before: you will spend your first two weeks alongside an "
        "experienced ward clerk. We offer 27 days' annual leave plus bank holidays, the NHS Pension, free eye "
        "tests and a staff shuttle bus to Harrow-on-the-Hill station. A basic DBS check and two references are "
        "needed before you start."
    )
    _save(document, "v2_haematology_ward_clerk.docx")


def v3_chemotherapy_day_unit_housekeeper() -> None:
    """Employer only in the page footer; the title as the heading; the band and closing date on one line;
    Essential and Desirable side by side per category, with a not-needed line in an Essential cell, "N/A" in one
    Desirable cell and a benefit alone in another."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.footer.paragraphs[
        0
    ].text = "The Hillingdon Hospitals NHS Foundation Trust, Pield Heath Road, Uxbridge UB8 3NN"
    document.add_heading("Chemotherapy Day Unit Housekeeper", level=1)
    document.add_paragraph(
        f"Band 2  \u00b7  {POUND}25,610 a year including Outer London High Cost Area Supplement  \u00b7  "
        "37.5 hours  \u00b7  Apply by Friday 25 January 2030"
    )
    document.add_heading("About the unit", level=2)
    document.add_paragraph(
        "Our chemotherapy day unit at Hillingdon Hospital treats about 40 patients a day in twelve chairs and "
        "two side rooms. Most of our patients have a low white cell count while they are on treatment, which "
        "makes a spotless unit, safe food and clean hands part of their care. As housekeeper you will look after "
        "the unit's cleanliness, drinks and light meals, linen and stock, working alongside the nurses and the "
        "domestic team."
    )
    document.add_paragraph(
        "You must record the fridge and freezer temperatures in the unit kitchen at 8am and 2pm every day, and "
        "you will serve patients' lunches, check that food is in date and keep the drinks trolley stocked."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Able to read and write English and do simple sums",
            "Level 2 Food Safety and Hygiene certificate",
        ),
        (
            "Experience",
            f"Experience of cleaning, catering or housekeeping work\nNo hospital experience needed {DASH} full "
            "training is given",
            "Previous work in a hospital, hospice or nursing home",
        ),
        (
            "Skills",
            "Able to follow cleaning schedules and the colour-coding of cloths and mops\n"
            "Able to talk kindly with patients who are unwell or anxious",
            "Able to order stock and check deliveries",
        ),
        ("Knowledge", "Understanding of why hand hygiene matters for patients with low immunity", "N/A"),
        (
            "Other",
            "Able to work 8am to 4pm, Monday to Saturday, on a rota",
            "Free hot drinks on shift and a discount in the staff restaurant",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working here", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave plus bank holidays, the NHS Pension and free staff parking. "
        "Applicants need the right to work in the UK, as we cannot sponsor visas for this role, and a basic DBS "
        "check will be carried out. If you would like to visit the unit before applying, please ring the "
        "housekeeping supervisor on 020 7946 0381."
    )
    _save(document, "v3_chemotherapy_day_unit_housekeeper.docx")


def v4_cancer_personalised_care_support_worker() -> None:
    """Employer and band only in the page header; the title as the heading; an Essential row and a Desirable row
    per area with the area merged down; a not-required line, a training line alone in a Desirable row, a DBS line
    and "N/A"; the closing date in a paragraph after the table."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"London North West University Healthcare NHS Trust {DASH} Band 4"
    document.add_heading("Cancer Personalised Care Support Worker", level=1)
    document.add_paragraph(
        "Cancer Personalised Care Team, based at Northwick Park Hospital with clinics at Ealing and Central "
        "Middlesex hospitals. Fixed term for 24 months, 37.5 hours a week, Monday to Friday."
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "When someone is told they have cancer, the worries are rarely only medical: money, work, caring for "
        "others, getting to appointments and how they feel all matter. You will meet patients soon after "
        "diagnosis and at the end of treatment, go through a holistic needs assessment with them, agree a care "
        "plan and link them with the help they need, with our clinical nurse specialists behind you."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Offer every patient on your caseload a needs assessment and write up their care plan on Cerner",
        "Refer patients to benefits advice, social care, psychological support and local charities",
        "Run the monthly health and wellbeing events for people finishing treatment",
        "Phone patients at agreed points to see how they are and update their plan",
        "Keep the team's activity figures for the monthly report to the cancer board",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "Educated to Level 3, for example A-levels, a BTEC National or an NVQ Level 3"),
        ("Qualifications", "Desirable", "Accredited training in holistic needs assessment or health coaching"),
        (
            "Experience",
            "Essential",
            "Experience of supporting people with long-term conditions, in a paid or voluntary role\n"
            "Previous experience of cancer services is not required",
        ),
        ("Experience", "Desirable", "Experience of working with people affected by cancer"),
        (
            "Skills",
            "Essential",
            "Able to listen and talk about difficult subjects sensitively, face to face and by phone\n"
            "Good IT skills, including Word, Excel and Outlook",
        ),
        ("Skills", "Desirable", "Speaks a language used locally, such as Gujarati, Tamil or Polish"),
        (
            "Knowledge",
            "Essential",
            "Knowledge of local services that help with money, housing, carers and emotional support",
        ),
        (
            "Knowledge",
            "Desirable",
            "Full training in holistic needs assessment and Cerner is given in your first six weeks",
        ),
        (
            "Other",
            "Essential",
            "Able to travel between Northwick Park, Ealing and Central Middlesex hospitals\n"
            "Satisfactory enhanced DBS check",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("Closing date: 31/01/2030. Interviews will be held at Northwick Park on 11/02/2030.")
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension, an Oyster card for travel between "
        "our sites and regular supervision with a clinical nurse specialist. Please note that we cannot sponsor "
        "a visa for this post. For an informal chat, email cancer.personalisedcare@example.com."
    )
    _save(document, "v4_cancer_personalised_care_support_worker.docx")


V5_ITEMS = [
    ("title", "Haematology Day Unit Healthcare Support Worker"),
    ("bold", "Chelsea and Westminster Hospital NHS Foundation Trust"),
    ("body", "Haematology Day Unit, Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH"),
    ("gap", ""),
    ("body", f"Pay: Band 3, {POUND}28,870 to {POUND}30,640 a year including Inner London High Cost Area Supplement"),
    ("body", "Hours: 37.5 a week, Monday to Saturday between 8am and 8pm on a rota  |  Permanent"),
    ("heading", "About the unit"),
    (
        "body",
        "Our haematology day unit sees adults with blood cancers and blood disorders for chemotherapy, blood and "
        "platelet transfusions, iron infusions and bone marrow biopsies. Some treatments take a whole day, so the "
        "support workers here spend a lot of time with the same patients and get to know them well.",
    ),
    ("heading", "Your day"),
    ("body", "\u2022 Welcome patients, take their observations and weigh them before treatment"),
    ("body", "\u2022 Take blood samples and send them to the laboratory"),
    (
        "body",
        "\u2022 You must check each patient's name, date of birth and hospital number against their wristband "
        "before any sample is taken or any blood product is collected from the blood bank",
    ),
    ("body", "\u2022 Help the nurses during transfusions and bone marrow biopsies"),
    ("body", "\u2022 Book follow-up appointments and keep the unit's stock and linen topped up"),
    ("heading", "You'll need"),
    ("body", "\u2022 A Level 3 Diploma in Clinical Healthcare Support, or in Health and Social Care"),
    (
        "body",
        "\u2022 At least six months' experience as a healthcare assistant or support worker in a hospital",
    ),
    ("body", "\u2022 Competent in taking blood (venepuncture)"),
    (
        "body",
        "\u2022 Able to check and record vital signs and escalate any score outside the normal range using NEWS2",
    ),
    ("body", "\u2022 Calm and reassuring with patients having long treatments, such as blood transfusions"),
    ("body", "\u2022 Good spoken and written English for handovers and patient records"),
    (
        "body",
        f"\u2022 You don't need to have worked in haematology before {DASH} our nurses will teach you the unit's "
        "procedures during four supernumerary weeks",
    ),
    ("heading", "It would help if you also have"),
    ("body", "\u2022 Experience of working in a day unit, outpatient clinic or infusion suite"),
    (
        "body",
        "\u2022 Knowledge of blood disorders such as leukaemia, lymphoma, myeloma or sickle cell disease",
    ),
    ("body", "\u2022 Experience of booking appointments on a hospital patient system"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK, because this post cannot be sponsored. Offers depend on an "
        "enhanced DBS check, occupational health clearance and two references.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Applications close at midnight on Sunday 3 February 2030, and interviews will be on Thursday 14 February "
        "2030. To visit the unit first, ring the unit manager on 020 7946 0527.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave plus bank holidays, rising with service"),
    ("body", "\u2022 NHS Pension Scheme, season ticket loans and a cycle-to-work scheme"),
    ("body", "\u2022 Time and funding for the Trust's cannulation course after probation"),
]

V6_ITEMS = [
    ("title", "Primary Care Cancer Support Navigator"),
    ("bold", "Ealing GP Federation"),
    ("body", "Working across member practices in Ealing, with a desk at our Northolt office"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Ealing GP Federation is looking for a Primary Care Cancer Support Navigator at Band 3 (Agenda for Change "
        f"terms, {POUND}27,300 to {POUND}29,680 a year including High Cost Area Supplement) to work 30 hours a week "
        "over four days. You will be the link between our practices and their patients from the moment a GP "
        "makes an urgent suspected cancer referral, through diagnosis and treatment, and on to a cancer care "
        "review at the practice.",
    ),
    (
        "body",
        "You will ring patients to make sure they understand their referral and have their appointment, help "
        "them through worries about transport, time off work or caring, invite them to screening if they have "
        "missed it, and book their cancer care reviews. You must contact every patient on the urgent referral "
        "list within three working days of their referral and record the call in their GP record. You do not "
        "need to have worked in a GP practice before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked with the public in a health, social care or advice setting. You "
        "must be able to talk by phone with patients who have just been told they have cancer, with warmth and "
        "tact. Experience of using EMIS Web or SystmOne is essential. It is essential that you keep accurate "
        "records and follow up actions without being reminded. You must be able to plan your own week across "
        "several GP practices. A good standard of English and maths, such as GCSE grade 4 or above, is essential.",
    ),
    (
        "body",
        "Experience of cancer screening or cancer care would be beneficial. Speaking Punjabi, Polish, Somali or "
        "Arabic would be an advantage. A Level 2 qualification in cancer awareness would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this role is not eligible for visa "
        "sponsorship, and the person appointed will need a standard DBS check. We will pay for the Level 2 "
        "certificate in cancer awareness in your first year if you do not already hold it. Regular supervision, "
        "which we think is essential in this work, is part of your week. You will benefit from 27 days' annual "
        "leave, the NHS Pension and a laptop and phone for working between practices.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "The closing date is Tuesday 5 February 2030, and interviews will be held on Wednesday 13 February 2030. "
        "For an informal chat about the role, email navigation.team@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_oncology_ward_healthcare_assistant()
    v2_haematology_ward_clerk()
    v3_chemotherapy_day_unit_housekeeper()
    v4_cancer_personalised_care_support_worker()
    (ADVERTS / "v5_haematology_day_unit_healthcare_support_worker.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(15, 58)))
    (ADVERTS / "v6_primary_care_cancer_support_navigator.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
