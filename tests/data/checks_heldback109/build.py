"""Build the Word and PDF adverts of held-back set 109 (frailty, falls prevention and virtual wards).

Run from the repository root: `.venv/bin/python tests/data/checks_heldback109/build.py`. The built files are
committed, so nothing needs this script to score them; it is kept so they can be read and rebuilt. The Word and PDF
helpers are in `tests/data/advert_files.py`; every Word file is saved with fixed core-property dates and fixed zip
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

TICK = "\u2713"  # a plain check mark in the level column; the other level cell is left empty
DASH = "\u2013"
POUND = "\u00a3"
BULLET = "\u2022 "
FIXED_TIME = dt.datetime(2029, 2, 5, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 5, 9, 30, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# ----------------------------------------------------------------------------------------------------- Word adverts


def v1_falls_prevention_exercise_assistant() -> None:
    """Shape 1: tick columns with category rows merged across the table. The title is the heading, the employer and
    service on the line under it, the band inside a "|" line, and the closing date only in the page footer. Four
    ticked-Essential rows are not criteria: leader training the job gives, a "no NHS experience" line, a "Must ..."
    duty and an enhanced DBS line."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Community Falls Prevention Service"
    section.footer.paragraphs[
        0
    ].text = f"Job reference 372-CFP-2291 {DASH} Closing date: 05/03/2029 {DASH} Interviews: Monday 19 March 2029"
    document.add_heading("Falls Prevention Exercise Assistant", level=1)
    bold = document.add_paragraph().add_run(
        "Central London Community Healthcare NHS Trust \u00b7 Adult Community Services, Hammersmith and Fulham"
    )
    bold.bold = True
    document.add_paragraph(
        f"Band 3  |  {POUND}30,118 to {POUND}32,236 a year including Inner London High Cost Area Supplement  |  "
        "37.5 hours a week, Monday to Friday  |  Permanent"
    )
    document.add_heading("About the service", level=2)
    document.add_paragraph(
        "One in three people over 65 has a fall each year, and many stop going out afterwards. Our falls prevention "
        "team of physiotherapists, occupational therapists and exercise assistants runs 24-week strength and balance "
        "programmes in church halls, community centres and sheltered housing lounges across Hammersmith, Fulham and "
        "Westminster, and visits people at home who are not yet ready to join a group."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Run warm-ups, cool-downs and parts of each class under the guidance of the physiotherapist, adapting "
        "movements for people who need to stay seated",
        "Phone new referrals before their first class to explain what happens and arrange transport where needed",
        "Record who attended and how each person is progressing on the service's outcome sheets",
        "Load the team car with chairs, steps and weights and set up each venue before the class arrives",
        "Visit people at home with a therapist to practise exercises and getting up from the floor",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Attribute", "Essential", "Desirable"])
    rows = [
        ("Qualifications",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, ""),
        ("Level 2 Certificate in Gym Instructing or a similar exercise qualification", "", TICK),
        ("Completion of the Otago Exercise Programme leader course within six months of starting", TICK, ""),
        ("Experience",),
        ("Experience of leading or assisting with group exercise or activity sessions", TICK, ""),
        ("Experience of working with older people or adults with long-term conditions", TICK, ""),
        ("You do not need to have worked in the NHS before", TICK, ""),
        ("Experience of working in a community health or falls service", "", TICK),
        ("Skills and abilities",),
        ("Able to encourage and motivate people who have lost confidence after a fall", TICK, ""),
        ("Able to keep accurate records of attendance and progress", TICK, ""),
        ("Must wipe down and check every piece of equipment at the end of each class", TICK, ""),
        ("Speaks a community language used in Hammersmith and Fulham or Westminster", "", TICK),
        ("Other",),
        ("Able to travel between community venues across Hammersmith and Fulham and Westminster", TICK, ""),
        ("Clear enhanced DBS disclosure", TICK, ""),
        ("Able to lift and set up exercise equipment, such as chairs, steps and ankle weights", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; a season ticket "
        "loan; and protected time every month for learning with the physiotherapists. You will need the right to "
        "work in the UK, as we are not able to sponsor a visa for this role, and two satisfactory references."
    )
    save(document, "v1_falls_prevention_exercise_assistant.docx")


def v2_virtual_ward_monitoring_hub_assistant() -> None:
    """Shape 2: rows marked E or D with a "How assessed" column and the domain merged down the first column. The
    employer and band only in the page header, the title as the heading, and the closing date in the details table
    ("Apply by"). Not criteria: platform training the job gives and a "Must ..." duty (both E, "N/A"), and a
    right-to-work row (E, "Pre-employment"), plus a "no NHS experience" sentence and benefits after the key."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Chelsea and Westminster Hospital NHS Foundation Trust {DASH} Band 3"
    document.add_heading("Virtual Ward Monitoring Hub Assistant", level=1)
    label_value_table(
        document,
        [
            ("Service", "Virtual Ward Monitoring Hub, West Middlesex University Hospital, Isleworth"),
            ("Hours", "37.5 hours a week, worked as 12-hour day shifts on a rota"),
            ("Contract", "Permanent"),
            ("Reference", "VWH-0417-29"),
            ("Apply by", "Monday 12 March 2029 (interviews on Monday 26 March 2029)"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Patients on our virtual wards go home with a small kit (a finger probe, a thermometer and a tablet) and send "
        "us their readings three times a day. In the monitoring hub you will watch those readings come in, phone "
        "patients whose readings are late or out of range, and pass anything worrying to the nurse or doctor on duty, "
        "so that up to 60 people can be cared for at home instead of in a hospital bed."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Check the monitoring dashboard throughout the shift and ring any patient who has not sent a reading",
        "Talk patients and carers through using their kit, and arrange a visit from the equipment team if it fails",
        "Pass amber and red readings to the clinician on duty using the hub's escalation flowchart",
        "Book virtual ward rounds and record calls and messages accurately in the patient record",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Education and training",
            "Good general education, including GCSE English and maths at grade 4 (C) or equivalent",
            "E",
            "AF",
        ),
        ("Education and training", "Care Certificate", "D", "AF"),
        (
            "Education and training",
            "Training on the remote monitoring platform, completed in your first two weeks",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of working in a call centre, helpdesk or other telephone-based role",
            "E",
            "AF / I",
        ),
        ("Experience", "Experience of working in a health or social care setting", "D", "AF / I"),
        ("Skills", "Confident using computers, tablets and web-based systems", "E", "AF / T"),
        (
            "Skills",
            "Calm, clear telephone manner with patients and relatives who may be worried or hard of hearing",
            "E",
            "I",
        ),
        (
            "Skills",
            "Able to follow a written escalation procedure when a reading falls outside its agreed range",
            "E",
            "I / T",
        ),
        ("Skills", "Must acknowledge every red alert on the dashboard within 15 minutes", "E", "N/A"),
        ("Knowledge", "Awareness of normal ranges for oxygen saturation, pulse rate and temperature", "D", "I"),
        (
            "Other",
            "Able to work 12-hour day shifts (8am to 8pm), including weekends and bank holidays",
            "E",
            "I",
        ),
        ("Other", "Right to work in the UK (we cannot offer visa sponsorship for this post)", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("AF = application form; I = interview; T = a short scenario exercise at interview.")
    document.add_paragraph(
        "You do not need to have worked in the NHS before: the hub's nurses will teach you what the readings mean. "
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension, free staff parking at West Middlesex and "
        "a bonus day of leave on your birthday. The post is subject to two references and a standard DBS check."
    )
    save(document, "v2_virtual_ward_monitoring_hub_assistant.docx")


def v3_frailty_assessment_unit_receptionist() -> None:
    """Shape 3: Essential and Desirable side by side per category. The title and band only in the page header, the
    employer only in the page footer, and the closing date inside a sentence of About the job. Not criteria: a "no
    hospital experience" line in an Essential cell, "N/A" and a benefit in Desirable cells, and a "You must ..." duty
    in a paragraph."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Frailty Assessment Unit Receptionist {DASH} Band 2"
    section.footer.paragraphs[
        0
    ].text = "The Hillingdon Hospitals NHS Foundation Trust, Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"
    document.add_heading("Job description and person specification", level=1)
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our Frailty Assessment Unit sees older people sent in by their GP, the ambulance service or the emergency "
        "department, and aims to get them assessed and home on the same day. We are looking for a receptionist to be "
        "the first person patients and their families meet; applications close on Friday 16 March 2029 and interviews "
        "will take place on Wednesday 28 March 2029. The post is 37.5 hours a week on a rota between 7.30am and 8pm."
    )
    document.add_paragraph(
        "You will book patients in on the hospital's patient record system, answer the unit's phone, order patient "
        "transport home and keep the waiting area calm and welcoming. You must check each patient's name, date of "
        "birth and address with them before printing a wristband."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths, or equivalent",
            "NVQ Level 2 in Customer Service or Business Administration",
        ),
        (
            "Experience",
            "Experience of working on a reception desk, front counter or switchboard\n"
            f"No hospital experience needed {DASH} full training on the patient record system is given",
            "Experience of working in a hospital or GP surgery",
        ),
        (
            "Skills",
            "Able to welcome and book in patients politely, including people who are frail, confused or hard of "
            "hearing\nAccurate keyboard skills for entering patient details",
            "Speaks Punjabi, Polish, Tamil or another language used locally",
        ),
        ("Knowledge", "Understanding of why patient information must be kept confidential", "N/A"),
        (
            "Other",
            "Able to work shifts between 7.30am and 8pm on a rota, including one weekend in four",
            "Free staff car parking after six months in post",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "Band 2 pay, with unsocial hours payments for evenings and weekends, 27 days' annual leave plus bank holidays "
        "and the NHS Pension. Applicants must have the right to work in the UK; this post does not meet the rules for "
        "visa sponsorship. Offers depend on references and a basic DBS check."
    )
    save(document, "v3_frailty_assessment_unit_receptionist.docx")


def v4_hospital_at_home_assistant_practitioner() -> None:
    """Shape 4: an Essential row and a Desirable row per section, the section merged down over both. The title,
    band, employer and closing date all in a details table with no header row at the top. Not criteria: a "not
    required" line and an enhanced DBS line in Essential rows, "N/A", and a "You must ..." duty."""
    document = blank_docx("Arial")
    label_value_table(
        document,
        [
            ("Post", "Hospital at Home Assistant Practitioner"),
            ("Pay band", "Agenda for Change Band 4"),
            ("Employer", "London North West University Healthcare NHS Trust"),
            ("Service", "Brent and Harrow Hospital at Home, based at Northwick Park Hospital"),
            ("Hours", "37.5 hours a week on a rota between 8am and 10pm, including weekends"),
            ("Closing date", "Thursday 22 March 2029"),
            ("Interview date", "Tuesday 3 April 2029"),
        ],
    )
    document.add_heading("Summary", level=2)
    document.add_paragraph(
        "Hospital at Home gives people, most of them over 75, the tests and treatment they would get on a ward while "
        "they stay in their own beds. Assistant practitioners work alongside our nurses, paramedics and geriatricians, "
        "visiting five or six patients a day across Brent and Harrow."
    )
    document.add_heading("Duties", level=2)
    for duty in [
        "Carry out planned visits for observations, blood tests, ECGs and checks on how the patient is managing",
        "Report any change in a patient's condition to the senior clinician on duty and act on the advice given",
        "Deliver and fit monitoring equipment, and teach patients and carers how to use it",
        "You must write up every visit on the patient record before the end of your shift",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Section", "Level", "Requirement"])
    rows = [
        (
            "Qualifications",
            "Essential",
            "Foundation degree in health and social care or a Level 5 Assistant Practitioner qualification",
        ),
        ("Qualifications", "Desirable", "Accredited venepuncture training"),
        (
            "Experience",
            "Essential",
            "At least two years' experience as a healthcare assistant in a hospital or community team\n"
            "Previous hospital at home experience is not required",
        ),
        ("Experience", "Desirable", "Experience of visiting and caring for patients in their own homes"),
        (
            "Skills",
            "Essential",
            "Able to take and record a full set of observations and work out a NEWS2 score\n"
            "Able to take blood samples and record a 12-lead ECG",
        ),
        ("Skills", "Desirable", "Experience of using SystmOne"),
        (
            "Knowledge",
            "Essential",
            "Understanding of the signs that an older person is becoming more unwell, including sepsis and delirium",
        ),
        ("Knowledge", "Desirable", "Knowledge of frailty and the Clinical Frailty Scale"),
        (
            "Other",
            "Essential",
            "Full UK driving licence and use of a car for work\nSatisfactory enhanced DBS check",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We pay business mileage and give every visiting clinician a work phone and a parking permit for Brent and "
        "Harrow. You will have 27 days' annual leave plus bank holidays, the NHS Pension and a funded place on our "
        "advanced clinical skills programme after your first year. We cannot sponsor a visa for this post, so you "
        "must already have the right to work in the UK."
    )
    save(document, "v4_hospital_at_home_assistant_practitioner.docx")


# ------------------------------------------------------------------------------------------------------ PDF adverts

V5_ITEMS = [
    ("title", "Falls and Syncope Clinic Healthcare Assistant"),
    ("bold", "Imperial College Healthcare NHS Trust"),
    ("body", "Charing Cross Hospital, Fulham Palace Road, London W6 8RF"),
    ("gap", ""),
    ("heading", "The basics"),
    ("body", BULLET + f"Agenda for Change Band 3: {POUND}30,118 to {POUND}32,236 a year, including London weighting"),
    ("body", BULLET + "Permanent, 37.5 hours a week, Monday to Friday, 8am to 4pm or 9am to 5pm"),
    ("body", BULLET + "Closing date: Sunday 25 March 2029. Interviews: Wednesday 4 April 2029"),
    ("body", BULLET + "Reference: 290-MED-1184-C"),
    ("heading", "About the clinic"),
    (
        "body",
        "Our falls and syncope clinic sees around 40 people a week who have fallen or blacked out, to find out why. "
        "A healthcare assistant prepares each patient for the consultant: measuring, weighing, recording and helping "
        "them on and off the couch and the tilt table.",
    ),
    ("heading", "Your day"),
    ("body", BULLET + "Welcome patients and their carers and help them to the clinic rooms"),
    ("body", BULLET + "Take blood pressure lying down and after standing, pulse, height and weight"),
    (
        "body",
        BULLET + "You must record every lying and standing blood pressure on the falls assessment form before the "
        "patient sees the doctor",
    ),
    ("body", BULLET + "Record ECGs and help the physiologists during tilt table tests"),
    ("body", BULLET + "Restock the clinic rooms and clean equipment between patients"),
    ("heading", "You will need"),
    ("body", BULLET + "Care Certificate, or a Level 2 qualification in health and social care"),
    ("body", BULLET + "Experience of giving personal care to adults in a hospital, care home or their own home"),
    (
        "body",
        BULLET + "Able to measure lying and standing blood pressure, pulse and weight, and record them accurately",
    ),
    ("body", BULLET + "Able to reassure older patients who are anxious or confused and help them move safely"),
    ("body", BULLET + "Good spoken and written English"),
    (
        "body",
        BULLET + f"You don't need to have done ECGs before {DASH} the cardiac physiologists will train you in your "
        "first month",
    ),
    ("heading", "We'd also welcome"),
    ("body", BULLET + "Experience of recording 12-lead ECGs"),
    ("body", BULLET + "Experience of supporting people living with dementia"),
    ("body", BULLET + "Able to speak Arabic, Portuguese, Somali or Tamil"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; we are unable to offer visa sponsorship for this role. Offers "
        "are made subject to an enhanced DBS check, occupational health clearance and two references.",
    ),
    ("heading", "What we offer"),
    ("body", BULLET + "27 days' annual leave rising to 33 with service, plus bank holidays"),
    ("body", BULLET + "NHS Pension Scheme, a season ticket loan and NHS discounts"),
    ("body", BULLET + "A funded Level 3 Diploma in Healthcare Support after your first year"),
]

V6_ITEMS = [
    ("title", "Join our frailty virtual ward team"),
    ("bold", "Hillingdon Community Health Services"),
    ("body", "Mount Vernon Hospital, Rickmansworth Road, Northwood, with hybrid working after induction"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Central and North West London NHS Foundation Trust is looking for a Frailty Virtual Ward Coordinator, on "
        "Agenda for Change Band 4 and working 37.5 hours a week, to keep our frailty virtual ward running smoothly; "
        "the closing date is Tuesday 27 March 2029, and interviews will be held on Wednesday 11 April 2029.",
    ),
    (
        "body",
        "The virtual ward cares for up to 40 older people at a time in their own homes and care homes across "
        "Hillingdon. As coordinator you will take referrals from GPs, the London Ambulance Service and Hillingdon "
        "Hospital, book each new patient onto the ward, plan the day's visits for the nurses and therapists, and make "
        "sure every patient is discharged with a letter to their GP. You must update the ward's capacity board every "
        "hour so that referrers always know whether we can take a patient. You do not need a clinical background: "
        "our nurses will explain everything you need to know.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a busy healthcare administration or coordination role, such as a "
        "ward clerk, booking team or single point of access. You must be able to prioritise a changing list of "
        "referrals, admissions and visits throughout the day. Clear and confident communication by phone and email "
        "with GPs, care homes, families and ambulance crews is essential. It is essential that you are confident "
        "using SystmOne or a similar electronic patient record. Good Excel skills are essential, because you will "
        "keep the team's shared bed tracker up to date. You must stay calm and keep accurate notes when the team is "
        "under pressure.",
    ),
    (
        "body",
        "Experience of working in community health services or with older people would be beneficial. A Level 3 "
        "qualification in business administration would be an advantage. An understanding of how virtual wards and "
        "hospital at home services fit with GP and hospital care would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants already have the right to work in the UK, because this post is not eligible "
        "for visa sponsorship. The successful applicant will need a standard DBS check and two references. We see "
        "regular one-to-one supervision as essential, so it is booked into your diary every month. You will benefit "
        "from 27 days' annual leave plus bank holidays, the NHS Pension, free parking at Mount Vernon and a "
        "cycle-to-work scheme.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through our careers site, quoting reference 333-HCS-7720. For an informal chat, call the virtual ward "
        "manager on 020 7946 0615 or email frailty.vw@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_falls_prevention_exercise_assistant()
    v2_virtual_ward_monitoring_hub_assistant()
    v3_frailty_assessment_unit_receptionist()
    v4_hospital_at_home_assistant_practitioner()
    (ADVERTS / "v5_falls_and_syncope_clinic_healthcare_assistant.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_frailty_virtual_ward_coordinator.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(18, 50)))


if __name__ == "__main__":
    main()
