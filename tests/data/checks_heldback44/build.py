"""Build the Word and PDF adverts of the forty-fourth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback44/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (e6 and e7) are plain files and are not built here.
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

TICK = "\u2713"  # a check mark in one level column; the other cell is left empty
DASH = "\u2013"
BULLET = "\u2022 "
FIXED_TIME = dt.datetime(2028, 2, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 2, 1, 9, 0, 0)  # every Word file's zip entries
ATTR = 0o600 << 16


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=ATTR)


# --------------------------------------------------------------------------------------------------------- Adverts


def e1_nursing_assistant_picu() -> None:
    """Shape 1, tick columns: the employer in bold as the first line, the title as the heading, a details table
    with no header row, duties as Word bullets (one "You must ..."), then `Criteria | Essential | Desirable` with a
    check mark in one level column, category rows merged across, E and D rows mixed within a category, and three
    ticked-Essential rows that are not criteria (training the Trust gives, "Previous NHS experience is not
    required", the right to work); What we offer; a reference in the page footer."""
    document = blank_docx("Arial")
    document.sections[0].footer.paragraphs[
        0
    ].text = (
        "West London NHS Trust \u00b7 Mental Health Inpatient Services (Ealing) \u00b7 Job reference 350-MH-PICU-0316"
    )
    document.add_paragraph().add_run("West London NHS Trust").bold = True
    document.add_heading(f"Nursing Assistant {DASH} Psychiatric Intensive Care Unit", level=1)
    label_value_table(
        document,
        [
            ("Pay band", "Band 3"),
            ("Salary", "\u00a329,140 to \u00a331,310 a year, including Outer London High Cost Area Supplement"),
            ("Hours", "37.5 hours a week (three 12.5-hour shifts, 7.30am to 8pm or 7.30pm to 8am)"),
            ("Base", "St Bernard's Hospital, Uxbridge Road, Southall UB1 3EU"),
            ("Closing date", "3 March 2028"),
            ("Interviews", "Thursday 16 March 2028"),
        ],
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our psychiatric intensive care unit is a 12-bed ward for men who are too unwell, for the time being, to be "
        "cared for safely on an open acute ward. Most of our patients are detained, and many stay with us for a "
        "few weeks before moving back to an acute ward. Nursing assistants spend more time with patients than "
        "anyone else in the team, and the way you talk and listen makes a real difference to how safe and settled "
        "the ward feels."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Spend time with patients on every shift: talking, playing pool or cards, going with them into the "
        "garden and helping them keep to a daily routine",
        "Carry out observations of patients at the level set by the nurse in charge and record each one on the "
        "electronic observation chart",
        "Take patients' blood pressure, pulse, temperature and weight and pass the results to the nursing team",
        "You must attend the safety huddle at the start of every shift and read the handover notes for each "
        "patient before you go on to the ward",
        "Escort patients to appointments and tribunal hearings with a registered nurse",
        "Help to keep the ward clean, tidy and safe, including the daily environmental and ligature checks",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Good standard of literacy and numeracy (GCSE grade 4 or Functional Skills Level 2)", TICK, ""),
        ("Care Certificate, or willing to complete it within 12 weeks of starting", TICK, ""),
        ("Level 3 Diploma in Health and Social Care or equivalent", "", TICK),
        (
            "Prevention and management of violence and aggression (PMVA) training, given by the Trust during induction",
            TICK,
            "",
        ),
        ("Experience",),
        ("Experience of supporting people in mental distress, paid or unpaid", TICK, ""),
        ("Previous NHS experience is not required", TICK, ""),
        ("Experience of working on an inpatient mental health ward", "", TICK),
        ("Experience of carrying out therapeutic observations", "", TICK),
        ("Skills and abilities",),
        ("Able to remain calm and use verbal de-escalation with people who are agitated", TICK, ""),
        ("Able to take and record physical observations (blood pressure, pulse, temperature)", TICK, ""),
        ("Knowledge",),
        ("Awareness of how to raise a safeguarding concern", TICK, ""),
        ("Understanding of the Mental Health Act 1983 and why patients may be detained", "", TICK),
        ("Other requirements",),
        ("Able to work 12.5-hour day and night shifts on a rota, including weekends", TICK, ""),
        ("Physically able to take part in restraint after training", TICK, ""),
        ("Right to work in the UK (we are unable to offer sponsorship for this post)", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "Full training in PMVA and breakaway techniques before you work on the ward, a funded Care Certificate, "
        "and the chance to apply for our Trainee Nursing Associate apprenticeship after a year in post. You will "
        "get 27 days' annual leave plus bank holidays, the NHS Pension, unsocial hours pay for nights and "
        "weekends, free parking at St Bernard's and access to our staff wellbeing service. This post is subject "
        "to an enhanced DBS check with a check of the adults' barred list, two references and occupational "
        "health clearance. We welcome applications from people who have never worked in healthcare, including "
        "people with their own experience of mental health services."
    )
    save(document, "e1_nursing_assistant_psychiatric_intensive_care_unit.docx")


def e2_senior_support_worker_learning_disability() -> None:
    """Shape 2, E/D column with "How assessed": the employer on a plain first line, the title as the heading, a
    details table with two label-value pairs a row, numbered responsibilities (one "You must ..."), then
    `Factor | Criteria | E/D | How assessed` with the factor merged down, E and D rows mixed within a factor, and
    two rows marked E that are not criteria (induction training, assessed "N/A", and the right to work,
    "Pre-employment checks"); the key and a closing paragraph."""
    document = blank_docx("Calibri")
    document.add_paragraph("Central and North West London NHS Foundation Trust")
    document.add_heading(f"Senior Support Worker {DASH} Community Learning Disability Team", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 4", "Hours", "37.5 a week, Monday to Friday, 9am to 5pm"),
            ("Reference", "333-LD-HAR-0274", "Closing date", "6 March 2028"),
            ("Base", "Harrow Community Learning Disability Team, Harrow", "Interviews", "20 March 2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The Harrow Community Learning Disability Team is a joint health and social care team of nurses, "
        "psychologists, therapists and support workers. We work with adults with a learning disability to help "
        "them stay healthy, get the health care they are entitled to and live the lives they choose. As a senior "
        "support worker you will hold your own list of people, visit them where they live or spend their day, "
        "and carry out pieces of work agreed with a nurse or psychologist."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Visit people at home, at day centres and in supported living services to carry out agreed parts of "
        "their care plan.",
        "Support people to go to hospital and GP appointments, and help them prepare for blood tests, scans and "
        "dental treatment.",
        "Help to put behaviour support plans into practice and show family carers and paid staff how to use them.",
        "You must write up every visit on SystmOne within 24 hours, and you must tell the duty worker the same "
        "day about any safeguarding concern.",
        "Make easy read letters and picture timetables with the speech and language therapists.",
        "Take part in team meetings, supervision and the annual health check clinics we run with GP practices.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Diploma Level 3 in Health and Social Care, or NVQ Level 3", "E", "A"),
        (
            "Qualifications",
            "Trust mandatory training, including the Oliver McGowan training on learning disability and autism, "
            "completed during induction",
            "E",
            "N/A",
        ),
        ("Qualifications", "Positive Behaviour Support training", "D", "A / I"),
        (
            "Experience",
            "At least one year's paid experience of supporting adults with a learning disability",
            "E",
            "A / I",
        ),
        ("Experience", "Experience of supporting people whose behaviour can challenge", "E", "A / I"),
        ("Experience", "Experience of working in a community or home-based setting", "D", "A"),
        (
            "Skills",
            "Able to communicate with people who use little or no speech, for example with Makaton, pictures or "
            "objects of reference",
            "E",
            "I",
        ),
        ("Skills", "Able to write clear care notes and simple reports", "E", "A / I"),
        ("Skills", "Able to plan your own visits and work alone in the community", "E", "I"),
        ("Skills", "Able to use Microsoft Outlook and an electronic patient record such as SystmOne", "D", "A"),
        ("Knowledge", "Understanding of the Mental Capacity Act and best interests decisions", "E", "I"),
        ("Knowledge", "Knowledge of the health inequalities faced by people with a learning disability", "D", "I"),
        ("Other", "Able to travel across Harrow to people's homes and day centres", "E", "I"),
        ("Other", "Evidence of the right to work in the UK", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, N/A = not assessed at shortlisting.")
    document.add_paragraph(
        "You do not need to have worked in the NHS before. In your first year we will put you through the "
        "Trust's positive behaviour support course and train you on SystmOne. We offer 27 days' annual leave plus "
        "bank holidays, the NHS Pension, mileage for staff who use their own car and an interest-free loan for an "
        "annual travelcard. The post is subject to an enhanced DBS check and two satisfactory references."
    )
    save(document, "e2_senior_support_worker_community_learning_disability_team.docx")


def e3_district_nursing_healthcare_assistant() -> None:
    """Shape 3, Essential and Desirable side by side by category: the title as the heading, short lines for the
    employer and service, the base, band, pay and hours, and the closing and interview dates; a "You must ..."
    duty inside the About the job paragraph; `Category | Essential | Desirable` with a "not essential" training
    line and a right-to-work line in Essential cells and "N/A" in one Desirable cell; What we offer."""
    document = blank_docx("Arial")
    document.add_heading("District Nursing Healthcare Assistant", level=1)
    document.add_paragraph("Central London Community Healthcare NHS Trust | Brent District Nursing Service")
    document.add_paragraph(
        "Willesden Centre for Health and Care, Robson Avenue, London NW10 3RY | Band 3 | \u00a329,140 to "
        "\u00a331,310 a year including HCAS | 37.5 hours a week"
    )
    document.add_paragraph("Closing date: 09/03/2028    Interview date: 22/03/2028")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our district nursing teams visit around 1,400 housebound patients across Brent every week. As a "
        "healthcare assistant you will have your own list of visits each day, planned by the nurse in charge: "
        "checking blood sugars and giving insulin to people with diabetes, taking blood, doing simple dressings, "
        "helping with leg ulcer care and checking skin for pressure damage. You must record every visit on "
        "SystmOne before the end of your shift, and you must tell the nurse in charge straight away about any "
        "new or worsening pressure damage you find."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Education and training",
            "Care Certificate or Level 2 Diploma in Health and Social Care\nGood standard of English and maths",
            "Level 3 Diploma in Clinical Healthcare Support",
        ),
        (
            "Experience",
            "Experience of providing personal or clinical care to adults in a health or social care setting\n"
            f"District nursing experience is not essential {DASH} full training and competency sign-off will be "
            "given",
            "Experience of caring for people in their own homes\n"
            "Experience of wound care or applying compression bandages",
        ),
        (
            "Skills",
            "Able to check and record blood glucose, blood pressure and pulse accurately\n"
            "Able to use a laptop and mobile phone to update patient records remotely",
            "Able to speak a second language used by Brent communities",
        ),
        ("Knowledge", "Understanding of how to prevent pressure ulcers", "N/A"),
        (
            "Other",
            "Full UK driving licence and use of a car for work\n"
            f"Right to work in the UK {DASH} we are unable to offer sponsorship for this post",
            "Willing to work some weekends and bank holidays on a rota",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "A four-week induction with competency sign-off for blood glucose monitoring, insulin, venepuncture and "
        "compression bandaging; a Level 3 senior healthcare support worker apprenticeship after probation; a "
        "Trust laptop and smartphone; mileage and a Brent parking permit; 27 "
        "days' annual leave plus bank holidays and the NHS Pension. The successful applicant will need an "
        "enhanced DBS check."
    )
    save(document, "e3_district_nursing_healthcare_assistant.docx")


def e8_treatment_room_healthcare_assistant() -> None:
    """Essential and Desirable as two rows per category (set 35's shape 7): everything about the post in a
    details table with no header row, duties as Word bullets (one "You must ..."), then `Category | Level |
    Requirements` with the category merged down over its Essential and Desirable rows and one to two
    requirements a cell (one paragraph each); a "not required" line and an enhanced DBS line in Essential cells
    and a training line as the only line of the Other Desirable cell; Working for us."""
    document = blank_docx("Calibri")
    document.add_heading("Job Description and Person Specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", f"Treatment Room Healthcare Assistant {DASH} Hillingdon District Nursing"),
            ("Band", "Band 3"),
            ("Organisation", "Central and North West London NHS Foundation Trust"),
            ("Service", f"Hillingdon Community Health {DASH} District Nursing"),
            ("Base", "Treatment rooms at Yiewsley, Hayes and Northwood health centres"),
            ("Hours", "30 hours a week, Monday to Friday"),
            ("Closing date", "24/03/2028"),
            ("Reference", "333-CHS-HIL-0381"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Patients who are able to leave home come to our three treatment rooms for wound care, removal of stitches "
        "and clips, blood tests, ECGs and leg ulcer clinics, so that district nurses can spend their time with "
        "people who are housebound. You will work alongside a registered nurse in booked clinics and take on more "
        "of the work yourself as you are signed off as competent."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Run booked clinics alongside a registered nurse, seeing up to 18 patients a session",
        "Take blood, record ECGs and measure blood pressure, height and weight",
        "Carry out simple dressings and remove stitches and clips once assessed as competent",
        "You must check the vaccine fridge temperature and the emergency equipment at the start of every session "
        "and record both on the daily checklist",
        "Restock the rooms and order dressings and supplies",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Level", "Requirements"])
    rows = [
        (
            "Education and qualifications",
            "Essential",
            "Care Certificate, or willing to complete it in the first 12 weeks\n"
            "GCSE English and maths at grade 4 (C), or equivalent",
        ),
        ("Education and qualifications", "Desirable", "Level 3 Diploma in Healthcare Support"),
        (
            "Experience",
            "Essential",
            "Experience of working with patients in a clinic, surgery or ward\n"
            "Previous district nursing experience is not required",
        ),
        ("Experience", "Desirable", "Experience of helping with wound dressings or removing stitches and clips"),
        (
            "Skills and abilities",
            "Essential",
            "Good communication with patients who are anxious or in pain\n"
            "Able to keep accurate records on an electronic clinical system",
        ),
        ("Skills and abilities", "Desirable", "Able to record a 12-lead ECG"),
        (
            "Knowledge",
            "Essential",
            "Understanding of infection prevention and control, including hand hygiene and aseptic technique",
        ),
        ("Knowledge", "Desirable", "Knowledge of how to use a hand-held Doppler for ABPI readings"),
        (
            "Other",
            "Essential",
            "Able to work Monday to Friday between 8am and 6pm at any of the three treatment rooms\n"
            "Satisfactory enhanced DBS check",
        ),
        ("Other", "Desirable", "Phlebotomy and ECG training will be given"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension, free parking at all three health "
        "centres and a cycle-to-work scheme. We are unable to offer visa sponsorship for this post. Interviews "
        "will be held at Yiewsley Health Centre in the week beginning 3 April 2028."
    )
    save(document, "e8_treatment_room_healthcare_assistant.docx")


E4_ITEMS = [
    ("title", "Virtual Ward Support Worker"),
    ("bold", f"Imperial College Healthcare NHS Trust {DASH} Hospital at Home and Virtual Ward Team"),
    (
        "body",
        "Based at St Mary's Hospital, Praed Street, London W2 1NY, visiting patients across Westminster, "
        "Kensington and Chelsea, and Hammersmith and Fulham",
    ),
    ("gap", ""),
    ("body", "Band 3  |  \u00a331,080 to \u00a333,160 a year including Inner London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Shifts between 8am and 8pm, seven days a week"),
    ("body", "Closing date: Friday 10 March 2028. Interviews: Tuesday 21 March 2028."),
    ("heading", "About the role"),
    (
        "body",
        "Our virtual ward lets people who would otherwise be in hospital get better at home. Patients wear small "
        "devices that send their oxygen level, pulse and temperature to our hub at St Mary's, and our nurses, "
        "doctors and support workers watch the readings, phone patients every day and visit when they are needed.",
    ),
    ("heading", "What you'll be doing"),
    (
        "body",
        BULLET + "Setting up monitoring kit and tablets in patients' homes and showing patients and families how "
        "to use them",
    ),
    ("body", BULLET + "Taking observations, blood samples and ECGs on home visits"),
    ("body", BULLET + "Phoning patients whose readings have not come through"),
    (
        "body",
        BULLET + "You must check the remote monitoring dashboard at the start and end of every shift, and tell the "
        "nurse in charge about every red alert straight away",
    ),
    ("body", BULLET + "Collecting and cleaning kit when patients are discharged from the virtual ward"),
    ("heading", "Essential criteria"),
    ("body", BULLET + "Care Certificate, or NVQ / Diploma Level 2 in Health and Social Care"),
    (
        "body",
        BULLET + "Experience of caring for adults who are acutely unwell or frail, in hospital or the community",
    ),
    ("body", BULLET + "Able to take a full set of observations and calculate a NEWS2 score"),
    (
        "body",
        BULLET + "Confident using video calls, apps and tablets, and able to show patients how to use them",
    ),
    ("body", BULLET + "Able to explain things clearly to patients and families over the phone"),
    (
        "body",
        BULLET + "Able to recognise when a patient is getting worse and escalate to a registered clinician",
    ),
    (
        "body",
        BULLET + f"You don't need to have worked on a virtual ward before {DASH} we will train you on the remote "
        "monitoring platform in your first month",
    ),
    ("heading", "Desirable criteria"),
    ("body", BULLET + "Experience of taking blood (venepuncture)"),
    ("body", BULLET + "Experience of working in patients' homes"),
    ("body", BULLET + "Able to speak Arabic, Portuguese, Somali or another language spoken in West London"),
    ("heading", "Training and support"),
    (
        "body",
        "Every new starter completes the Trust's venepuncture and ECG course in the first three months, with "
        "assessments on home visits, and can apply to study for the Level 3 Diploma in Healthcare Support after "
        "a year in post.",
    ),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK, and we cannot sponsor a visa for this post. Offers are subject "
        "to two references, occupational health clearance and an enhanced DBS check. You will travel between "
        "visits by public transport or pool car, and we pay for both.",
    ),
    ("heading", "What we offer"),
    ("body", BULLET + "27 days' annual leave, rising to 33 days with service, plus bank holidays"),
    ("body", BULLET + "NHS Pension Scheme and NHS discounts"),
    ("body", BULLET + "An interest-free season ticket loan and a cycle-to-work scheme"),
    ("body", BULLET + "Free flu and COVID-19 vaccinations"),
]

E5_ITEMS = [
    ("title", f"Night Support Worker {DASH} Acute Mental Health Ward"),
    ("body", "Mental Health Inpatient Services, West London NHS Trust"),
    ("body", "Hammersmith and Fulham Mental Health Unit, Charing Cross Hospital, Fulham Palace Road, W6 8RF"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "West London NHS Trust is looking for a Night Support Worker to join a 20-bed acute admission ward for "
        "adults in Hammersmith and Fulham. The post is Band 3, working 37.5 hours a week as three 12.5 hour night "
        "shifts, with unsocial hours payments on top of basic pay. The closing date is Sunday 12 March 2028 and "
        "interviews will be held on Thursday 23 March.",
    ),
    (
        "body",
        "At night you will help patients to settle, sit with people who cannot sleep, carry out the observations "
        "set by the nurse in charge and help to keep the ward calm and safe. You must complete every observation "
        "at the time set on the patient's chart and record it straight away, and you must hand over in person to "
        "the day team at 8am. You do not need to have worked in mental health before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have experience of caring for or supporting adults, in paid or voluntary work. "
        "You must be able to work night shifts, including weekends, on a rota. Good spoken and written English is "
        "essential, because you will write notes that the day team rely on. It is essential that you treat people "
        "with dignity and respect, whatever their background or diagnosis. You must be able to notice early signs "
        "that someone is becoming distressed and act to keep everyone safe.",
    ),
    (
        "body",
        "Experience of working on a mental health ward would be beneficial. A Level 2 or Level 3 qualification in "
        "health and social care would be an advantage. Knowledge of the main medicines used in mental health and "
        "their side effects is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need an enhanced DBS check. All new starters complete the "
        "Care Certificate and breakaway and PMVA training in their first twelve weeks, on day shifts. You will "
        "benefit from 27 days' annual leave plus bank holidays, the NHS Pension, free staff parking at night and "
        "our staff psychology service. We would like to hear from you even if you do not meet every point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    e1_nursing_assistant_picu()
    e2_senior_support_worker_learning_disability()
    e3_district_nursing_healthcare_assistant()
    (ADVERTS / "e4_virtual_ward_support_worker.pdf").write_bytes(pdf_bytes(E4_ITEMS, title=(16, 56)))
    (ADVERTS / "e5_night_support_worker_acute_mental_health_ward.pdf").write_bytes(pdf_bytes(E5_ITEMS, title=(16, 56)))
    e8_treatment_room_healthcare_assistant()


if __name__ == "__main__":
    main()
