"""Build the Word and PDF adverts of the forty-fifth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback45/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`; each Word file is saved with fixed core-property dates and
fixed zip time stamps, so a rebuild is byte for byte the same. The pasted-text adverts (b6, b7) are plain files
and are not built here.
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

TICK = "\u2713"
DASH = "\u2013"
FIXED_TIME = dt.datetime(2027, 12, 6, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2027, 12, 6, 9, 30, 0)


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


def b1_acute_medical_unit_healthcare_assistant() -> None:
    """Tick columns with category rows merged across; four ticked rows that are not criteria (induction the job
    gives, "No previous NHS experience is required", a "must" duty, proof of the right to work)."""
    document = blank_docx("Arial")
    document.add_heading(f"Acute Medical Unit Healthcare Assistant {DASH} Band 3", level=1)
    label_value_table(
        document,
        [
            ("Employer", "Imperial College Healthcare NHS Trust"),
            ("Ward", "Acute Medical Unit, St Mary's Hospital, Praed Street, London W2 1NY"),
            ("Hours", "37.5 hours a week, 12.5-hour shifts across 24 hours, 7 days"),
            ("Closing date", "10 February 2028"),
            ("Reference", "290-AMU-3317"),
        ],
    )
    document.add_heading("About the unit", level=2)
    document.add_paragraph(
        "Our 42-bed Acute Medical Unit admits adults from the emergency department and from GPs, usually for "
        "the first 24 to 72 hours of their stay. Patients arrive unwell and often frightened, and many go home "
        "within two days. Healthcare assistants are at the centre of that care."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Help patients to wash, dress, eat, drink and move safely",
        "Take and record observations, blood glucose and ECGs once trained, and tell the nurse about any change",
        "Keep bays clean, stocked and ready for the next admission",
        "Support patients and relatives on the day of discharge, including arranging transport home",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Requirement", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("Care Certificate, or NVQ Level 2 in Health and Social Care", TICK, ""),
        ("Level 3 Diploma in Adult Care", "", TICK),
        ("Completion of the Trust's clinical skills induction in the first month", TICK, ""),
        ("Experience",),
        ("Experience of giving personal care to adults in a hospital, care home or home care setting", TICK, ""),
        ("Experience of working on an acute medical or emergency ward", "", TICK),
        ("No previous NHS experience is required", TICK, ""),
        ("Skills and abilities",),
        (
            "Able to take and record observations accurately and report changes to the nurse in charge",
            TICK,
            "",
        ),
        ("Able to communicate kindly and clearly with patients who are confused or distressed", TICK, ""),
        ("Must complete the hourly comfort round chart for every patient in your bay", TICK, ""),
        ("Basic IT skills to use the electronic patient record", TICK, ""),
        ("Other",),
        ("Able to work a 24-hour rota including nights and weekends", TICK, ""),
        ("Proof of the right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33, the NHS Pension, Inner London High Cost Area Supplement, and a "
        "funded Level 3 apprenticeship after your first year. The post needs an enhanced DBS check, which we "
        "pay for. We are unable to offer visa sponsorship for this role."
    )
    _save(document, "b1_acute_medical_unit_healthcare_assistant.docx")


def b2_same_day_emergency_care_receptionist() -> None:
    """Details table with no header row, Essential and Desirable side by side per category, with a training line
    and a right-to-work line as second lines of Essential cells and an empty Desirable cell."""
    document = blank_docx("Calibri")
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Same Day Emergency Care Receptionist"),
            ("Organisation", "London North West University Healthcare NHS Trust"),
            ("Department", "Same Day Emergency Care (SDEC), Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
            ("Agenda for Change band", "2"),
            ("Hours", "37.5 hours a week on a shift rota"),
            ("Closing date", "27 January 2028"),
            ("Interviews", "Week commencing 7 February 2028"),
        ],
    )
    document.add_heading("The role", level=2)
    document.add_paragraph(
        "SDEC sees around 90 adults a day who have been sent by the emergency department, their GP or NHS 111 "
        "and can be treated and sent home the same day. You will be the first person they meet: you will "
        "register every arrival, answer the phone, keep the waiting list in order and tell patients how long "
        "they can expect to wait. Every arrival must be booked in on Cerner within 10 minutes of reaching the "
        "desk."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade 4 (C) or above, or equivalent",
            "NVQ Level 2 in Business Administration or Customer Service",
        ),
        (
            "Experience",
            "Experience of working on a reception desk or in a customer-facing role\n"
            f"Hospital experience is not essential {DASH} full training on Cerner will be given",
            "Experience of booking patients on a hospital patient administration system",
        ),
        (
            "Skills",
            "Able to stay calm and polite with anxious or angry members of the public\n"
            "Accurate keyboard skills and the ability to enter data quickly",
            "Speaks a second language used in Brent or Harrow",
        ),
        (
            "Other",
            "Able to work shifts between 8am and 10pm, including weekends\n"
            f"Right to work in the UK {DASH} we cannot offer sponsorship for this post",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension, staff car parking and the Blue Light Card. "
        "A basic DBS check is needed. No NHS experience is needed: you will shadow an experienced receptionist "
        "for your first two weeks."
    )
    _save(document, "b2_same_day_emergency_care_receptionist.docx")


def b3_home_from_hospital_support_worker() -> None:
    """Rows marked E or D with a "How assessed" column and the factor cell merged down; a training row and a
    right-to-work row marked E; DBS and benefits after the key."""
    document = blank_docx("Arial")
    document.add_heading("Home from Hospital Support Worker", level=1)
    document.add_paragraph(
        "Central London Community Healthcare NHS Trust | Home from Hospital Service | Band 3 | Based at St "
        "Charles Centre for Health and Wellbeing, Exmoor Street, London W10 6DZ | Closing date: 17/02/2028"
    )
    document.add_heading("Purpose of the role", level=2)
    document.add_paragraph(
        "Our Home from Hospital team helps people get home safely from St Mary's, Chelsea and Westminster and "
        "Charing Cross hospitals and settle back in during their first six weeks. You will visit people at "
        "home, help them with meals, washing and getting about, check that their medicines and equipment have "
        "arrived, and link them with local services. You must phone the coordinator at the end of every visit "
        "where a person is alone and not coping."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Requirement", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Care Certificate or a Level 2 qualification in health or social care", "E", "A"),
        ("Qualifications", "Level 3 Diploma in Health and Social Care", "D", "A"),
        (
            "Qualifications",
            "Moving and handling and basic life support training, given in your first two weeks",
            "E",
            "N/A",
        ),
        ("Experience", "Experience of supporting adults with everyday living tasks, paid or voluntary", "E", "A/I"),
        ("Experience", "Experience of working in reablement, home care or hospital discharge", "D", "A/I"),
        ("Skills", "Able to work alone in people's homes and know when to ask for help", "E", "I"),
        ("Skills", "Able to write clear notes of each visit", "E", "A/I"),
        ("Knowledge", "Understanding of how to recognise and report safeguarding concerns about adults", "E", "I"),
        (
            "Knowledge",
            "Knowledge of community services and voluntary groups in Westminster and Kensington and Chelsea",
            "D",
            "I",
        ),
        ("Other", "Full UK driving licence and access to a car for work", "E", "A"),
        ("Other", "Evidence of the right to work in the UK", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview.")
    document.add_paragraph(
        "This post needs an enhanced DBS check. We pay business mileage at 56p a mile, and you will get 27 "
        "days' annual leave, the NHS Pension and a free Care Certificate programme if you do not yet hold one. "
        "You do not need to have worked for the NHS before."
    )
    _save(document, "b3_home_from_hospital_support_worker.docx")


def b8_crisis_assessment_centre_support_worker() -> None:
    """Headed lists as Word bullets: "What you need" and "Nice to have", with a training line the job gives as the
    last bullet under "What you need"; eligibility and benefits in a closing list."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[0].text = "West London NHS Trust \u00b7 Vacancy 359-CAC-0208"
    document.add_heading("Crisis Assessment Centre Support Worker", level=1)
    document.add_paragraph(
        "West London NHS Trust \u00b7 Crisis Assessment Centre, Lakeside Mental Health Unit, West Middlesex "
        "University Hospital, Isleworth TW7 6AF"
    )
    document.add_paragraph("Band 3 \u00b7 Permanent \u00b7 37.5 hours \u00b7 Closing date 3 February 2028")
    document.add_heading("About the centre", level=2)
    document.add_paragraph(
        "The Crisis Assessment Centre is a calm place, open 24 hours, where adults in a mental health crisis "
        "can be assessed instead of waiting in A&E. People stay for up to 24 hours while our team works out "
        "the right next step with them."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Welcome people, offer food and drink and help them feel safe",
        "Carry out physical observations and keep the shift's records up to date",
        "Sit with people who are very distressed and support the nurses during assessments",
        "Help arrange transport home, to a crisis house or to a ward",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("What you need", level=2)
    for line in [
        "Experience of supporting people with mental health problems, paid or voluntary",
        "Able to stay calm and calm down situations when people are distressed or angry",
        "Good written English for keeping daily records",
        "Understanding of confidentiality and safeguarding",
        "Able to work day and night shifts, including weekends and bank holidays",
        "You must complete the Trust's Prevention and Management of Violence and Aggression training in your "
        "first month",
    ]:
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("Nice to have", level=2)
    for line in [
        "Experience of working in a crisis, A&E or inpatient mental health setting",
        "Breakaway or de-escalation training",
    ]:
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("Good to know", level=2)
    for line in [
        "You must have the right to work in the UK; we cannot sponsor a visa for this post",
        "An enhanced DBS check is required",
        "We welcome people with their own lived experience of mental health services",
        "27 days' annual leave, NHS Pension, free parking and a funded Level 3 apprenticeship after a year",
    ]:
        document.add_paragraph(line, style="List Bullet")
    _save(document, "b8_crisis_assessment_centre_support_worker.docx")


B4_ITEMS = [
    ("title", "Ambulance Handover Cohort Support Worker"),
    ("bold", f"London Ambulance Service NHS Trust {DASH} Hospital Handover Team, North West London"),
    ("body", "Working at Northwick Park, St Mary's and Hillingdon hospitals on a rota"),
    ("gap", ""),
    ("body", "Band 3  |  \u00a328,407 to \u00a330,140 a year including High Cost Area Supplement"),
    ("body", "Fixed term for 12 months  |  37.5 hours a week, shifts 10:00 to 22:00"),
    ("body", "Closing date: Thursday 2 March 2028. Interviews: 15 and 16 March 2028."),
    ("heading", "About the role"),
    (
        "body",
        "When emergency departments are full, ambulance crews can wait hours to hand over their patients. Our "
        "cohort areas let one team look after several ambulance patients safely, so that crews can get back "
        "on the road. You will work with a paramedic to care for up to six patients at a time.",
    ),
    ("heading", "What you will do"),
    ("body", "\u2022 Take observations and help patients to eat, drink and use the toilet"),
    ("body", "\u2022 Keep the cohort area clean, stocked and safe"),
    ("body", "\u2022 You must hand over each patient to hospital staff with a completed handover record"),
    ("body", "\u2022 Talk with patients and relatives about what happens next"),
    ("heading", "What you'll need"),
    ("body", "\u2022 Experience of caring for people in a health or social care setting"),
    ("body", "\u2022 A current First Aid at Work certificate"),
    ("body", "\u2022 Able to stay calm and work quickly in a busy, noisy environment"),
    ("body", "\u2022 Good spoken and written English for handover notes"),
    ("body", "\u2022 Able to stand and walk for long periods and help move patients safely"),
    (
        "body",
        f"\u2022 You don't need ambulance experience {DASH} every new starter completes our three-week clinical "
        "induction course",
    ),
    ("heading", "It would be great if you have"),
    ("body", "\u2022 Experience of working in an emergency department or an ambulance service"),
    ("body", "\u2022 Able to speak a community language used in North West London"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; this post does not qualify for sponsorship. Offers depend "
        "on an enhanced DBS check, an occupational health check and two references.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave plus bank holidays and the NHS Pension"),
    ("body", "\u2022 Free travel to your base hospital on shift days and a uniform"),
    ("body", "\u2022 A route into our Assistant Ambulance Practitioner apprenticeship"),
]

B5_ITEMS = [
    ("title", "Respiratory Ward Healthcare Support Worker"),
    ("body", "Chelsea and Westminster Hospital NHS Foundation Trust"),
    ("body", "Crane Ward, West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Crane Ward is a 28-bed respiratory ward caring for adults with pneumonia, COPD and asthma, some of "
        "them on high-flow oxygen or non-invasive ventilation. We are looking for a Healthcare Support Worker "
        "at Band 2, working 37.5 hours a week. The closing date is 20 January 2028 and interviews will be held "
        "on 1 February 2028.",
    ),
    (
        "body",
        "You will help patients wash, dress and eat, take observations once you are trained, and keep the ward "
        "clean and stocked. You must check the oxygen and suction at every bed space at the start of each shift. "
        "You do not need any hospital experience before you start.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a paid caring role, for example in a care home, a hospital or "
        "a home care agency. You must be able to follow infection control procedures, including hand hygiene "
        "and the correct use of masks. Good communication skills are essential, because many of our patients "
        "are breathless and find it hard to talk. It is essential that you can work day and night shifts "
        "across all seven days of the week.",
    ),
    (
        "body",
        "Experience of looking after patients on oxygen or non-invasive ventilation would be beneficial. We "
        "would like applicants to hold the Care Certificate. Basic life support training is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post does not qualify for "
        "visa sponsorship, and an enhanced DBS check is needed. Every new starter completes a two-week "
        "induction and the Care Certificate in the first 12 weeks. You will benefit from 27 days' annual "
        "leave, the NHS Pension and free shuttle buses to Chelsea. It would be beneficial to apply early, as "
        "we may close the advert once we have enough applications.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    b1_acute_medical_unit_healthcare_assistant()
    b2_same_day_emergency_care_receptionist()
    b3_home_from_hospital_support_worker()
    b8_crisis_assessment_centre_support_worker()
    (ADVERTS / "b4_ambulance_handover_cohort_support_worker.pdf").write_bytes(pdf_bytes(B4_ITEMS, title=(16, 56)))
    (ADVERTS / "b5_respiratory_ward_healthcare_support_worker.pdf").write_bytes(pdf_bytes(B5_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
