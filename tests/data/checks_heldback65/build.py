"""Build the Word and PDF adverts of the sixty-fifth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback65/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and PDF
helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is saved
with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The pasted-text
adverts (v7, v8) are plain files and are not built here.
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
BULLET = "\u2022"
FIXED_TIME = dt.datetime(2028, 12, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 1, 9, 0, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_hyperacute_stroke_unit_healthcare_assistant() -> None:
    """The employer only in the page header (right-aligned), the band and closing date only inside a sentence of
    About the job; duties as bullets (one a "You must ... before ..." duty); tick columns with bold category rows
    merged across the table, and four ticked-Essential rows that are not criteria (training the job gives, "No
    previous stroke experience is required", a "Must ..." duty and an enhanced DBS check); benefits at the end;
    a reference and the directorate in the page footer."""
    document = blank_docx("Arial")
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Imperial College Healthcare NHS Trust"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    section.footer.paragraphs[0].text = "Stroke and Neurosciences Directorate \u00b7 Vacancy reference 290-HSU-1184"
    document.add_heading("Hyperacute Stroke Unit Healthcare Assistant", level=1)
    document.add_paragraph("Charing Cross Hospital, Fulham Palace Road, London W6 8RF")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our hyperacute stroke unit admits patients from across North West London in the first three days after a "
        "stroke, many of them straight from the ambulance. Healthcare assistants work alongside stroke nurses, "
        "therapists and doctors, giving hands-on care to people who may be unable to move one side, to swallow or "
        "to speak. The post is Band 3, working 37.5 hours a week on long days and nights, and applications close "
        "on Monday 15 January 2029."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Help patients to wash, dress, eat and drink, following the plan set by the nurses and therapists",
        "Take and record observations and tell the nurse in charge about any change straight away",
        "Help patients who have lost their speech to make their needs known, using picture boards and gestures",
        "Reposition patients and help them to sit out, using the equipment named in their moving and handling plan",
        "You must check that every patient's swallow status is shown on the board above the bed before each mealtime",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Care Certificate or a Level 2 qualification in health and social care", TICK, ""),
        ("Training in swallow screening for stroke patients", "", TICK),
        ("Completion of the Trust's stroke competency workbook within your first six months", TICK, ""),
        ("Experience",),
        ("Experience of helping patients with washing, dressing, eating and moving", TICK, ""),
        ("No previous stroke experience is required", TICK, ""),
        ("Experience of working with people who have aphasia or other communication difficulties", "", TICK),
        ("Skills and abilities",),
        ("Able to take and record temperature, pulse, blood pressure and oxygen saturation accurately", TICK, ""),
        ("Able to use hoists and slide sheets safely", TICK, ""),
        (
            "Must turn every patient on the positioning chart at the times set and sign the chart before handover",
            TICK,
            "",
        ),
        ("Basic computer skills to enter observations on an electronic patient record", "", TICK),
        ("Knowledge",),
        ("Understanding of why a patient who has failed a swallow screen must be kept nil by mouth", TICK, ""),
        ("Other",),
        ("Satisfactory enhanced DBS check", TICK, ""),
        ("Able to work long days, nights and weekends on a rota", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, the NHS Pension, unsocial hours payments for nights and "
        "weekends, and a funded place on our Nursing Associate apprenticeship once you have been with us for a "
        "year. Offers are subject to two satisfactory references and occupational health clearance."
    )
    save(document, "v1_hyperacute_stroke_unit_healthcare_assistant.docx")


def v2_post_diagnostic_dementia_support_worker() -> None:
    """The job title and band only in the page header; the employer and service as the first two lines; a "You must
    ... before ..." sentence in Job purpose; numbered duties; rows marked E or D with the area merged down and a "How
    assessed" column, with three rows marked E that are not criteria (an induction the job gives, assessed "N/A", a
    "Must ..." duty, "N/A", and a right-to-work row, "Pre-employment"); the key; the closing date in a sentence of the
    closing paragraph, after "You do not need ..." and benefits."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Post-Diagnostic Dementia Support Worker | Band 4"
    first = document.add_paragraph()
    first.add_run("Central and North West London NHS Foundation Trust").bold = True
    document.add_paragraph("Harrow Memory Service \u00b7 Older Adults and Healthy Ageing \u00b7 Wealdstone, Harrow")
    document.add_heading("Job description and person specification", level=1)
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Being told you have dementia changes a great deal, for the person and for the people closest to them. Our "
        "post-diagnostic support workers stay in touch with each person for the first year after diagnosis: visiting "
        "them at home, helping them plan ahead, and linking them and their carers with the help that is there in "
        "Harrow. You must send each person's support plan to their GP before the end of the week after your first "
        "visit."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Hold a caseload of people recently diagnosed with dementia and visit them at home or in clinic.",
        "Agree a support plan with each person and their family and review it every three months.",
        "Run the service's monthly groups for people with dementia and for carers, with the memory nurses.",
        "Keep in touch with day centres, carers' charities and faith groups across the borough.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Requirement", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Level 3 Diploma in Health and Social Care or equivalent", "E", "A"),
        ("Qualifications", "Tier 2 dementia training", "D", "A"),
        (
            "Qualifications",
            "Completion of the service's post-diagnostic support induction in your first month",
            "E",
            "N/A",
        ),
        ("Experience", "Experience of supporting people living with dementia or their carers", "E", "A/I"),
        ("Experience", "Experience of running groups, such as a carers' group or memory caf\u00e9", "D", "A/I"),
        ("Experience", "Experience of working with local voluntary or community organisations", "D", "A/I"),
        ("Skills and abilities", "Able to talk about memory problems sensitively and in plain language", "E", "I"),
        ("Skills and abilities", "Able to write clear, accurate notes on an electronic record system", "E", "A/T"),
        (
            "Skills and abilities",
            "Must send every follow-up letter to the person's GP within five working days of a visit",
            "E",
            "N/A",
        ),
        (
            "Knowledge",
            "Knowledge of the support available to carers, such as Carer's Assessments and Attendance Allowance",
            "E",
            "I",
        ),
        ("Other", "Able to travel independently to visit people at home across the borough", "E", "I"),
        (
            "Other",
            f"Right to work in the UK {DASH} we cannot offer visa sponsorship for this post",
            "E",
            "Pre-employment",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, T = short written task at interview.")
    document.add_paragraph(
        "You do not need to have worked in a memory service before: every new support worker shadows the team for "
        "their first month. We offer 27 days' annual leave plus bank holidays, the NHS Pension, flexible working and "
        "mileage for home visits. Please apply through our website by 23:59 on Monday 22 January 2029; interviews "
        "will be held on Thursday 1 February 2029."
    )
    save(document, "v2_post_diagnostic_dementia_support_worker.docx")


def v3_night_healthcare_assistant_elderly_care() -> None:
    """The title as the heading, then everything else about the post in a two-column details table with no header
    row ("Band | Band 3", "Closing date | Wednesday 24 January 2029"); About the nights; Essential and Desirable side
    by side per category, with "No hospital experience needed ..." and a "Must ... before 08:00" duty as second lines
    of Essential cells, "N/A" in one Desirable cell and a benefit alone in another; Working for us."""
    document = blank_docx("Arial")
    document.add_heading(f"Night Healthcare Assistant {DASH} Elderly Care Wards", level=1)
    label_value_table(
        document,
        [
            ("Organisation", "Chelsea and Westminster Hospital NHS Foundation Trust"),
            ("Hospital", "West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF"),
            ("Wards", "Our three elderly care wards (84 beds)"),
            ("Band", "Band 3"),
            ("Hours", "34.5 hours a week: three 11.5-hour nights, 19:30 to 08:00"),
            ("Closing date", "Wednesday 24 January 2029"),
            ("Reference", "C9-ECN-0312"),
        ],
    )
    document.add_heading("About the nights", level=2)
    document.add_paragraph(
        "At night our elderly care wards are quieter, but many of our patients are at their most unsettled: some "
        "are confused by an infection or a new place, some are living with dementia, and many are at risk of falling "
        "if they get up alone. Each night two healthcare assistants work with two registered nurses on each ward, "
        "keeping patients safe, comfortable and as rested as possible."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade 4 or above, or Functional Skills Level 2",
            "Level 2 or 3 Diploma in Care",
        ),
        (
            "Experience",
            "Experience of caring for older adults in a hospital, care home or their own home\n"
            f"No hospital experience needed {DASH} full training on our wards is given",
            "Experience of caring for people with delirium or dementia at night",
        ),
        (
            "Skills and abilities",
            "Able to calm and reassure patients who are confused or distressed at night\n"
            "Able to carry out and record hourly comfort rounds, including food and fluid charts",
            "N/A",
        ),
        (
            "Knowledge",
            "Understanding of how to reduce the risk of falls for older patients",
            "Knowledge of pressure ulcer prevention, including the SSKIN bundle",
        ),
        (
            "Other",
            "Able to work nights only, including at least two weekend nights a month\n"
            "Must hand over every patient to the day team using the SBAR sheet before 08:00",
            "Free car parking on the hospital site for all night staff",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "Night staff are paid an enhancement for every hour worked between 20:00 and 06:00. You will have 27 days' "
        "annual leave plus bank holidays and the NHS Pension. You must have the right to work in the UK; we are not "
        "able to offer visa sponsorship. The successful candidate will need an enhanced DBS check."
    )
    save(document, "v3_night_healthcare_assistant_elderly_care.docx")


def v4_older_peoples_rehabilitation_therapy_assistant() -> None:
    """The job title and band only in the page header, the employer and closing date only in the page footer (with a
    reference); About the role; Key duties as bullets (one a "You must ... before ..." duty); an Essential row and a
    Desirable row per domain, the domain merged down over both, with "Previous therapy experience is not required" and
    a "Must complete ... training" line as second lines of Essential rows and "N/A" in one Desirable row; Working for
    us."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Older People's Rehabilitation Ward Therapy Assistant, Band 3"
    section.footer.paragraphs[
        0
    ].text = "London North West University Healthcare NHS Trust  |  Ref 334-OPR-2907  |  Closing date 29/01/2029"
    document.add_heading("About the role", level=1)
    document.add_paragraph(
        "Our 26-bed rehabilitation ward at Central Middlesex Hospital, Acton Lane, London NW10 7NS, cares for older "
        "people who are medically well enough to leave an acute ward but not yet strong enough to go home. The "
        "physiotherapists and occupational therapists on the ward are looking for a therapy assistant to help each "
        "patient rebuild the strength and confidence to manage at home."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Carry out exercise and walking practice set by the physiotherapists, and report progress",
        "Practise washing, dressing and kitchen tasks with patients in the therapy kitchen",
        "Run the ward's morning exercise group and the Friday lunch club",
        "Measure patients for walking aids and equipment to use at home",
        "You must return every walking aid to the equipment room and log it before the end of your shift",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Domain", "Level", "Requirements"])
    rows = [
        ("Education", "Essential", "Good standard of English and maths (GCSE grade 4 / C or equivalent)"),
        (
            "Education",
            "Desirable",
            "Level 3 qualification in a health-related subject, such as Therapy Support or Sport and Exercise",
        ),
        (
            "Experience",
            "Essential",
            "Experience of working with older people in a health, social care or leisure setting\n"
            "Previous therapy experience is not required",
        ),
        ("Experience", "Desirable", "Experience of working in a physiotherapy or occupational therapy team"),
        (
            "Skills",
            "Essential",
            "Able to lead a small exercise or activity group\nAble to teach a patient to use a walking aid safely",
        ),
        ("Skills", "Desirable", "Able to speak a language used locally, such as Gujarati, Tamil, Somali or Arabic"),
        (
            "Knowledge",
            "Essential",
            "Understanding of how a hospital stay can cause older people to lose strength and independence",
        ),
        ("Knowledge", "Desirable", "N/A"),
        (
            "Other",
            "Essential",
            "Able to work a 7-day rota including one weekend in four\n"
            "Must complete the ward's moving and handling training before working with patients",
        ),
        ("Other", "Desirable", "Full UK driving licence for occasional home visits before discharge"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension, free physiotherapy for staff and support "
        "towards a therapy apprenticeship after your first year. Appointment is subject to references, an enhanced "
        "DBS check and proof of your right to work in the UK."
    )
    save(document, "v4_older_peoples_rehabilitation_therapy_assistant.docx")


V5_ITEMS = [
    ("title", "Community Stroke Review Support Worker"),
    ("bold", f"Central London Community Healthcare NHS Trust {DASH} Community Neurorehabilitation Service"),
    ("body", "Parsons Green Health Centre, London SW6 4UL, with home visits across Hammersmith and Fulham"),
    ("gap", ""),
    ("body", "Band 4  |  \u00a331,650 to \u00a334,480 a year, including Inner London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Monday to Friday, 9am to 5pm"),
    ("heading", "About the service"),
    (
        "body",
        "Six months after a stroke, many people have left hospital therapy behind but are still finding their way: "
        "tired, low, unsure what help there is, or struggling with speech or a weak arm. Our stroke review support "
        "workers contact every stroke survivor in the borough at six months, go through how they are getting on, "
        "and make sure they and their families know where to turn.",
    ),
    ("heading", "What your week will involve"),
    ("body", f"{BULLET} Phone and visit people about six months after their stroke to review how they are managing"),
    ("body", f"{BULLET} Agree with each person and their family what help they need next"),
    ("body", f"{BULLET} Refer people on to therapy, social care, benefits advice and local groups"),
    (
        "body",
        f"{BULLET} You must send each review summary to the person's GP and the stroke consultant within five "
        "working days of the visit",
    ),
    ("body", f"{BULLET} Keep the review list up to date so that no one is missed"),
    ("heading", "What you will need"),
    ("body", f"{BULLET} A Level 3 qualification in health or social care"),
    (
        "body",
        f"{BULLET} Experience of supporting adults with long-term conditions in the community or in their own homes",
    ),
    (
        "body",
        f"{BULLET} Able to complete a structured review questionnaire with a patient and record the answers accurately",
    ),
    ("body", f"{BULLET} Confident speaking on the phone with patients, families and other services"),
    ("body", f"{BULLET} Able to work on your own, visiting people at home, and to know when to ask for help"),
    (
        "body",
        f"{BULLET} Knowledge of the common effects of stroke, such as weakness, fatigue, low mood and communication "
        "problems",
    ),
    (
        "body",
        f"{BULLET} You don't need to have worked in stroke care before {DASH} our stroke nurses run a two-week "
        "induction for every new support worker",
    ),
    ("heading", "What would give you an edge"),
    ("body", f"{BULLET} Experience of using SystmOne"),
    (
        "body",
        f"{BULLET} Knowledge of local services for stroke survivors, such as peer support groups and the Stroke "
        "Association",
    ),
    ("body", f"{BULLET} A full UK driving licence and access to a car"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK, and we are not able to sponsor a visa for this post. Offers are "
        "subject to two references and an enhanced DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET} 27 days' annual leave, rising to 33 days with service, plus bank holidays"),
    ("body", f"{BULLET} NHS Pension Scheme, mileage for home visits and a cycle-to-work scheme"),
    ("body", f"{BULLET} A funded Level 4 certificate in stroke care after your first year"),
    ("heading", "How to apply"),
    (
        "body",
        "Apply online through NHS Jobs. Closing date: Wednesday 31 January 2029. Interviews: Thursday 8 February 2029.",
    ),
]

V6_ITEMS = [
    ("title", "Older People's Assessment Unit Healthcare Assistant"),
    ("body", "Elderly Care Directorate, The Hillingdon Hospitals NHS Foundation Trust"),
    ("body", "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our older people's assessment unit sees frail older people who have come to the emergency department or "
        "been sent in by their GP, and aims to assess, treat and send them home the same day or the next. We are "
        "looking for a healthcare assistant to join the unit at Band 3, working 37.5 hours a week on a rota of "
        "early, late and weekend shifts.",
    ),
    (
        "body",
        "You will greet patients and their families, take observations and blood glucose readings, help patients to "
        "wash, eat and move, and keep the bays clean and stocked. You must make sure that every patient has a falls "
        "risk assessment recorded before the end of the shift on which they arrive. You do not need to have worked "
        "in a hospital before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a caring role, paid or as a volunteer, for at least six months. You "
        "must be able to take and record a full set of observations and a blood glucose reading. It is essential that "
        "you can help frail older patients to move safely, using equipment where needed. Good spoken and written "
        "English is essential, because you will complete care records and talk with families about discharge. It is "
        "essential that you understand how delirium differs from dementia and why it must be reported quickly. You "
        "must be able to work early, late and weekend shifts.",
    ),
    (
        "body",
        "Experience of carrying out a 12-lead ECG would be beneficial. A Level 2 or Level 3 qualification in care "
        "would be an advantage. Experience of using the Clinical Frailty Scale is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need an enhanced DBS check. Every new healthcare assistant "
        "completes the Care Certificate in their first twelve weeks with us. You will benefit from 27 days' annual "
        "leave plus bank holidays, the NHS Pension, staff parking and our staff restaurant. The closing date is "
        "Friday 2 February 2029, and interviews will be held on Tuesday 13 February 2029.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_hyperacute_stroke_unit_healthcare_assistant()
    v2_post_diagnostic_dementia_support_worker()
    v3_night_healthcare_assistant_elderly_care()
    v4_older_peoples_rehabilitation_therapy_assistant()
    (ADVERTS / "v5_community_stroke_review_support_worker.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_older_peoples_assessment_unit_healthcare_assistant.pdf").write_bytes(
        pdf_bytes(V6_ITEMS, title=(16, 56))
    )


if __name__ == "__main__":
    main()
