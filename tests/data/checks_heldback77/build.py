"""Build the Word and PDF adverts of the seventy-seventh held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback77/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and PDF
helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; every Word file is saved
with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The pasted-text
adverts (v7 and v8) are plain files and are not built here.
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
    fill_cell,
    header_table,
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

TICK = "\u221a"  # a square-root sign, as some person specifications use for a tick
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2028, 12, 4, 10, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 4, 10, 0, 0)  # every Word file's zip entries


def labelled_paragraph(document, label: str, value: str) -> None:
    """One line of job details: the label in bold, then the value."""
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{label}: ").bold = True
    paragraph.add_run(value)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_orthopaedic_ward_healthcare_assistant() -> None:
    """The employer only in the page header, right-aligned; the title as the document title; the band on a line
    with the ward and address; duties as Word bullets; a square-root tick in the Essential or Desirable column with
    bold category rows merged across the table, and four ticked-Essential rows that are not criteria (e-learning
    the job gives, "Previous orthopaedic experience is not required", a "Must complete ..." duty and an enhanced
    DBS check); the closing date only in the last section, after the benefits."""
    document = blank_docx("Arial")
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Royal National Orthopaedic Hospital NHS Trust"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    section.footer.paragraphs[0].text = "Nursing and Patient Services \u00b7 Vacancy reference 318-NUR-4406"
    document.add_heading("Orthopaedic Ward Healthcare Assistant", level=0)
    document.add_paragraph(
        "Band 3  |  Kestrel Ward (adult joint replacement and spinal surgery)  |  Brockley Hill, Stanmore HA7 4LP"
    )
    document.add_paragraph("Permanent  |  37.5 hours a week, long days and nights on a four-week rota")
    document.add_heading("About the ward", level=2)
    document.add_paragraph(
        "Kestrel Ward is a 28-bed ward for adults having planned hip and knee replacements, revision surgery and "
        "spinal operations. Most of our patients are out of bed the day after their operation and home within "
        "three to five days, and our healthcare assistants are a big part of getting them there: helping them "
        "with their care, getting them moving, and noticing when something is not right."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Help patients to wash, dress, eat, drink and use the toilet, protecting their privacy and dignity",
        "Get patients out of bed and walking after surgery, following the plan the physiotherapists have set",
        "Take and record observations and report any change to the nurse looking after the patient",
        "Reposition patients on bed rest and check their skin at every turn",
        "Keep bed spaces, commodes and equipment clean, checked and stocked",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("NVQ Level 2 in Health and Social Care, the Care Certificate or equivalent", TICK, ""),
        ("Level 3 Diploma in Adult Care or in Clinical Healthcare Support", "", TICK),
        ("Completion of the Trust's moving and handling and falls e-learning in your first month", TICK, ""),
        ("Experience",),
        ("Experience of giving personal care to adults in a hospital, a care home or their own home", TICK, ""),
        ("Previous orthopaedic experience is not required", TICK, ""),
        ("Experience of caring for patients after hip or knee replacement surgery", "", TICK),
        ("Skills and abilities",),
        ("Able to use hoists, slide sheets and other moving and handling equipment safely", TICK, ""),
        ("Able to take and record temperature, pulse, blood pressure and oxygen saturation", TICK, ""),
        ("Must complete every patient's two-hourly intentional rounding chart before handover", TICK, ""),
        ("Able to enter observations on an electronic patient record", "", TICK),
        ("Knowledge",),
        ("Understanding of how to prevent pressure ulcers in patients who cannot move themselves", TICK, ""),
        ("Other requirements",),
        ("Able to work day and night shifts of 12.5 hours, including weekends", TICK, ""),
        ("Satisfactory enhanced DBS check", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; free parking "
        "on site and a staff shuttle bus from Stanmore station; and, after your first year, the chance to apply for "
        "our Nursing Associate apprenticeship. Appointment is subject to two satisfactory references."
    )
    document.add_paragraph(
        "Closing date: Friday 12 January 2029. Interviews: Tuesday 23 January 2029, at Stanmore. For an informal "
        "chat about the post, call Kestrel Ward on 020 7946 0418 or email kestrel.ward.recruitment@example.com."
    )
    save(document, "v1_orthopaedic_ward_healthcare_assistant.docx")


def v2_surgical_ward_clerk() -> None:
    """The employer on a plain first line; the title, band, ward and closing date in a table with a header row
    above one row of values; Job purpose ending with a "You must make sure ..." sentence; numbered duties; rows
    marked E or D under "Category | Criteria | E/D | How assessed" with the category merged down, and three rows
    marked E that are not criteria (induction training, a "Must update ..." duty, the right to work)."""
    document = blank_docx("Calibri")
    document.add_paragraph("Chelsea and Westminster Hospital NHS Foundation Trust")
    document.add_heading("Job description and person specification", level=1)
    table = header_table(document, ["Job title", "Band", "Ward", "Closing date"])
    cells = table.add_row().cells
    for cell, text in zip(
        cells,
        ["Surgical Ward Clerk", "Band 2", "Osprey Ward, West Middlesex University Hospital", "18/01/2029"],
        strict=True,
    ):
        fill_cell(cell, text)
    document.add_paragraph(
        "Twickenham Road, Isleworth TW7 6AF  \u00b7  37.5 hours a week  \u00b7  Reference 282-SUR-1175"
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Osprey Ward is a 30-bed general surgery ward taking emergency and planned patients, most of whom stay "
        "between one and five nights. The ward clerk is the first person patients and visitors meet, and keeps the "
        "ward's paperwork, notes and phones running so that the nurses can get on with nursing. You must make sure "
        "that every new patient's details, GP and next of kin are checked and updated on Cerner within an hour of "
        "their arrival on the ward."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Greet patients, visitors and staff at the ward desk and direct them to the right person.",
        "Prepare admission packs and case notes for new patients, and order missing notes from Health Records.",
        "Book follow-up clinic appointments, tests and transport as the surgical team asks.",
        "Keep the ward's stationery, forms and leaflets stocked.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "GCSE grade 4 (C) or above in English and maths, or Functional Skills Level 2 in both",
            "E",
            "A",
        ),
        ("Qualifications", "NVQ Level 2 or 3 in Business Administration", "D", "A"),
        ("Qualifications", "Information governance and Cerner training, completed during induction", "E", "N/A"),
        ("Experience", "Experience of working on a reception desk or in a busy office", "E", "A/I"),
        ("Experience", "Experience of working in a hospital or GP practice", "D", "A/I"),
        ("Skills", "Able to answer a busy ward telephone and take accurate messages", "E", "I"),
        ("Skills", "Accurate keyboard skills and able to use Microsoft Outlook and Word", "E", "A/T"),
        ("Skills", "Able to file and track patients' paper case notes accurately", "E", "I"),
        ("Skills", "Experience of a patient administration system such as Cerner", "D", "A/I"),
        ("Skills", "Must update the ward's bed board at the start and end of every shift", "E", "N/A"),
        (
            "Knowledge",
            "Understanding of why patient information must be kept confidential on a busy ward",
            "E",
            "I",
        ),
        ("Other", "Able to work a late shift until 8pm as part of a rota", "E", "I"),
        ("Other", "Evidence of the right to work in the UK", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "How assessed: A = application form, I = interview, T = short keyboard test on the day, N/A = not assessed."
    )
    document.add_paragraph(
        "No previous hospital experience is needed: we will train you on Cerner and on our case notes tracking "
        "system. We offer 27 days' annual leave plus bank holidays, the NHS Pension Scheme, a season ticket loan "
        "and discounted staff parking. Appointment is subject to a basic DBS check and two references. Interviews "
        "will be held on Monday 29 January 2029. For an informal discussion, contact the Surgical Division's "
        "administration manager on 020 7946 0552 or at surgery.admin.wmuh@example.com."
    )
    save(document, "v2_surgical_ward_clerk.docx")


def v3_medical_wards_housekeeper() -> None:
    """The title and band together as the document title; the employer only in the page footer; the closing date
    only in a How to apply sentence; Essential and Desirable side by side per category, with a "No hospital
    experience needed" line and a right-to-work line in Essential cells, "N/A" in one Desirable cell and a benefit
    alone in another; a training offer that matches the desirable food hygiene certificate."""
    document = blank_docx("Verdana")
    document.sections[0].footer.paragraphs[
        0
    ].text = (
        "London North West University Healthcare NHS Trust  \u00b7  Facilities Directorate  \u00b7  Ref 372-FAC-0981"
    )
    document.add_heading(f"Medical Wards Housekeeper {DASH} Band 2", level=0)
    document.add_paragraph(
        "Hotel Services team for the medical wards, Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"
    )
    document.add_paragraph(
        f"37.5 hours a week on early (7am to 3pm) and late (12 noon to 8pm) shifts  |  {POUND}25,120 a year "
        "including Outer London High Cost Area Supplement"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our housekeepers look after the food, drinks, cleanliness and stock on four medical wards: care of older "
        "people, acute medicine, respiratory and gastroenterology. You will serve breakfast, lunch and supper from "
        "the ward kitchen, order each patient's meals with the nursing team, keep the kitchen and day room clean "
        "and safe, and make sure that patients who need help or a special diet get the right meal at the right "
        "time. At mealtimes you will wear a red apron so that patients and visitors know who to ask."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good standard of spoken and written English and basic maths",
            "Level 2 Food Hygiene certificate",
        ),
        (
            "Experience",
            "Experience of serving food or drinks to the public, for example in a caf\u00e9, hotel or care home\n"
            f"No hospital experience needed {DASH} full training is given on the ward",
            "Experience of working on a hospital ward",
        ),
        (
            "Skills",
            "Able to follow cleaning schedules and record fridge temperatures accurately\n"
            "Able to talk kindly with patients who are confused or upset",
            "Able to use a computer or tablet to order patients' meals",
        ),
        (
            "Knowledge",
            "Understanding of basic food hygiene, such as keeping hot food hot and cold food cold",
            "N/A",
        ),
        (
            "Other",
            "Able to work early and late shifts, including alternate weekends\n"
            f"Right to work in the UK {DASH} this post is not eligible for visa sponsorship",
            "Free uniform laundry and a subsidised staff restaurant",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will complete the Level 2 Food Hygiene certificate in your first month, paid for by the Trust, and "
        "learn our electronic meal ordering system on the job. We offer 27 days' annual leave plus bank holidays, "
        "the NHS Pension Scheme and NHS discounts. Appointment is subject to a basic DBS check and references."
    )
    document.add_heading("How to apply", level=2)
    document.add_paragraph(
        "Applications close at midnight on Sunday 21 January 2029 and interviews will be held on Wednesday 31 "
        "January 2029. Questions about the post can go to the Hotel Services supervisor on 020 7946 0637 or "
        "nwp.hotelservices@example.com."
    )
    save(document, "v3_medical_wards_housekeeper.docx")


def v4_respiratory_ward_nursing_assistant() -> None:
    """Everything about the post on "Label: value" lines at the top (the band as "Grade: Band 3"); a "You must
    check ..." duty bullet; an Essential row and a Desirable row per area under "Requirement area | Level | What we
    are looking for", the area merged down over both, with a "No respiratory experience needed" line and an
    enhanced DBS line in Essential rows, "N/A" in one Desirable row and an apprenticeship offer in another."""
    document = blank_docx("Arial")
    document.add_heading("Job description and person specification", level=1)
    for label, value in [
        ("Post", "Respiratory Ward Nursing Assistant"),
        ("Grade", "Band 3"),
        ("Employer", "Imperial College Healthcare NHS Trust"),
        ("Ward", "Linnet Ward (respiratory medicine), Charing Cross Hospital, Fulham Palace Road, London W6 8RF"),
        ("Hours", "37.5 hours a week, long days and nights"),
        ("Salary", f"{POUND}29,980 to {POUND}31,870 a year including Inner London High Cost Area Supplement"),
        ("Closing date", "25 January 2029"),
        ("Reference", "290-MED-7731"),
    ]:
        labelled_paragraph(document, label, value)
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Linnet Ward cares for 26 adults with chest infections, COPD, asthma, lung cancer and other breathing "
        "problems, some of them on non-invasive ventilation in our four-bed monitored bay. As a nursing assistant "
        "you will work alongside nurses, physiotherapists and doctors, giving patients the care they need and "
        "watching closely for any change in their breathing."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Help patients to wash, dress, eat and drink, and to get comfortable when they are short of breath",
        "Take and record observations and escalate any change without delay",
        "Collect, label and send specimens to the laboratory",
        "You must check and restock the oxygen and suction equipment at every bed space at the start of each shift",
        "Keep accurate records of what patients drink and pass",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Requirement area", "Level", "What we are looking for"])
    rows = [
        ("Education and training", "Essential", "Care Certificate or NVQ Level 2 in Health and Social Care"),
        ("Education and training", "Desirable", "Level 3 Diploma in Clinical Healthcare Support"),
        (
            "Experience",
            "Essential",
            "At least six months' experience as a healthcare assistant or care worker\n"
            f"No respiratory experience needed {DASH} you will complete our oxygen therapy competencies in your "
            "first three months",
        ),
        ("Experience", "Desirable", "Experience on a respiratory or general medical ward"),
        (
            "Skills",
            "Essential",
            "Able to record oxygen saturation, breathing rate and other vital signs, and report changes to the nurse "
            "in charge\nAble to collect sputum samples and label them correctly",
        ),
        ("Skills", "Desirable", "Able to help patients get used to wearing an oxygen mask or nasal cannula"),
        (
            "Knowledge",
            "Essential",
            "Understanding of infection control, including when to wear a fluid-resistant mask",
        ),
        ("Knowledge", "Desirable", "N/A"),
        (
            "Other",
            "Essential",
            "Able to work long days and nights on a rota, including weekends and bank holidays\n"
            "Satisfactory enhanced DBS check",
        ),
        ("Other", "Desirable", "Support to apply for the Nursing Associate apprenticeship after 12 months in post"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave rising to 33 with service, the NHS Pension Scheme, an interest-free season "
        "ticket loan and free use of the staff gym at Charing Cross. Interviews will be held on Thursday 8 February "
        "2029. To visit the ward before you apply, email linnet.ward@example.com or call 020 7946 0729."
    )
    save(document, "v4_respiratory_ward_nursing_assistant.docx")


V5_ITEMS = [
    ("title", "Discharge Lounge Patient Flow Assistant"),
    ("bold", "The Hillingdon Hospitals NHS Foundation Trust"),
    ("body", "Discharge Lounge, ground floor, Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"),
    ("gap", ""),
    ("body", f"Pay: Band 2, {POUND}25,310 a year including Outer London High Cost Area Supplement"),
    ("body", "Hours: 37.5 a week, 10am to 8pm shifts, Monday to Saturday on a rota  |  Permanent"),
    ("body", "Closes: Sunday 28 January 2029 at midnight  |  Interviews: Tuesday 6 February 2029"),
    ("heading", "About the lounge"),
    (
        "body",
        "Our Discharge Lounge is where patients who are well enough to go home wait for their medicines, letters "
        "and transport, so that their ward bed can go to someone waiting in the Emergency Department. On a busy day "
        "up to 40 patients pass through. You will welcome them from the wards, keep track of what each one is still "
        "waiting for, and chase it until they are on their way.",
    ),
    ("heading", "What your day will look like"),
    ("body", "\u2022 Collect patients from the wards, or meet them when the porters bring them down"),
    ("body", "\u2022 Keep the lounge's patient list up to date on the bed management system"),
    ("body", "\u2022 Chase pharmacy for medicines to take home, and the wards for discharge letters"),
    (
        "body",
        "\u2022 You must ring every patient's transport provider or family by 4pm to confirm their pick-up time, "
        "and record the call",
    ),
    ("body", "\u2022 Offer drinks and snacks, and help patients to the toilet"),
    ("heading", "What we're looking for"),
    ("bold", "What you'll bring with you"),
    ("body", "\u2022 Experience of working with the public in a care, hospitality or customer service role"),
    ("body", "\u2022 Confident on the telephone, including politely chasing other departments"),
    ("body", "\u2022 Able to use email and a computer to check and update patient lists"),
    ("body", "\u2022 Able to help frail patients move safely from a wheelchair to a chair"),
    ("body", "\u2022 Able to stay calm and organised when several patients arrive at once"),
    ("body", "\u2022 Able to work 10am to 8pm shifts, including one Saturday in four"),
    (
        "body",
        f"\u2022 You don't need to have worked in a hospital before {DASH} we'll teach you our bed management and "
        "transport booking systems in your first two weeks",
    ),
    ("bold", "Extras that would help"),
    ("body", "\u2022 Experience of booking patient transport"),
    ("body", "\u2022 Some knowledge of how take-home medicines are dispensed and checked"),
    ("body", "\u2022 A current first aid certificate"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; we cannot sponsor a visa for this post. The successful "
        "applicant will need a basic DBS check and two references.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave, rising to 33 with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme and NHS discounts"),
    ("body", "\u2022 A free first aid at work course in your first six months"),
    ("body", "\u2022 Staff parking at a reduced rate and a cycle-to-work scheme"),
    (
        "body",
        "Questions? Call the Discharge Lounge coordinator on 020 7946 0815 or email thh.dischargelounge@example.com.",
    ),
]

V6_ITEMS = [
    ("title", "Elective Surgical Ward Healthcare Assistant"),
    ("body", "London North West University Healthcare NHS Trust"),
    ("body", "Sandpiper Ward, Central Middlesex Hospital, Acton Lane, Park Royal, London NW10 7NS"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Sandpiper Ward is a 24-bed ward for adults having planned operations at Central Middlesex, mostly hip and "
        "knee replacements, hernia repairs and gallbladder surgery, and most of our patients go home within two "
        "days. We are looking for a healthcare assistant to join us at Band 3, working 37.5 hours a week on a rota "
        f"of early, late and night shifts, on a salary of {POUND}27,940 to {POUND}29,860 a year including Outer "
        "London High Cost Area Supplement. The closing date is Friday 2 February 2029, and interviews will take "
        "place on Wednesday 14 February 2029.",
    ),
    (
        "body",
        "You will welcome patients on the morning of their operation, help them change and get them ready to go to "
        "theatre, and look after them when they come back: helping them to wash, eat, drink and move, checking "
        "their observations and telling the nurse about any change. You must make sure that every patient's "
        "wristband, consent form and theatre checklist are ready before the porter arrives to take them to "
        "theatre. You do not need any surgical experience before you start.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have at least a year's experience of caring for adults, whether in a hospital, "
        "a care home or the community. You must hold the Care Certificate or an NVQ Level 2 in Health and Social "
        "Care. It is essential that you can take a full set of observations and record them on a NEWS2 chart. You "
        "must be confident helping unsteady patients to get out of bed and walk after their operation. Good spoken "
        "English is essential, because you will explain to patients and their families what happens before and "
        "after surgery. It is essential that you can work early, late and night shifts, including weekends.",
    ),
    (
        "body",
        "Experience of getting patients ready for theatre, such as completing a pre-operative checklist, would be "
        "beneficial. Knowledge of how to look after a wound drain or a urinary catheter would be an advantage. A "
        "Level 3 Diploma in Clinical Healthcare Support would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need an enhanced DBS check. After your first year we will "
        "fund a Level 3 Diploma in Clinical Healthcare Support for healthcare assistants who want to progress. You "
        "will benefit from 27 days' annual leave plus bank holidays, the NHS Pension Scheme, free parking at Central "
        "Middlesex and our staff wellbeing service. We would like to hear from you even if you do not meet every "
        "point above. For an informal chat, call the ward manager on 020 7946 0263 or email "
        "sandpiper.ward@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_orthopaedic_ward_healthcare_assistant()
    v2_surgical_ward_clerk()
    v3_medical_wards_housekeeper()
    v4_respiratory_ward_nursing_assistant()
    (ADVERTS / "v5_discharge_lounge_patient_flow_assistant.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_elective_surgical_ward_healthcare_assistant.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
