"""Build the Word and PDF adverts of held-back set 113 from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback113/build.py`. The built files are
committed, so nothing needs this script to run; it is kept so the files can be read and rebuilt. The Word and PDF
helpers are in `tests/data/advert_files.py`. Every Word file is saved with fixed core-property dates and fixed zip
time stamps, so a rebuild is byte for byte the same. The pasted-text adverts (v7, v8) are plain files, not built here.
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

TICK = "\u2713"  # a plain check mark in the level column that applies; the other cell is left empty
DASH = "\u2013"
BULLET = "\u2022"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2029, 2, 1, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 1, 10, 30, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_infection_prevention_and_control_support_worker() -> None:
    """Employer only in the page header, closing date only in the page footer; the title as the heading and the band
    in a "|" line under it; duties as Word bullets; tick columns with category rows merged across, and four ticked
    Essential rows that are not criteria (induction training, "No previous infection control experience is needed", a
    "Must upload ..." duty and occupational health clearance)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[
        0
    ].text = f"Imperial College Healthcare NHS Trust {DASH} Infection Prevention and Control Team"
    section.footer.paragraphs[0].text = "Job reference 290-IPC-3315    |    Closing date: 05/03/2029"
    document.add_heading("Infection Prevention and Control Support Worker", level=1)
    document.add_paragraph(
        f"Band 3  |  {POUND}30,876 to {POUND}32,694 a year including High Cost Area Supplement  |  37.5 hours a "
        "week, Monday to Friday, with a share of the weekend rota during outbreaks  |  Permanent"
    )
    document.add_paragraph(
        "Based at St Mary's Hospital, Praed Street, Paddington, and working across Charing Cross, Hammersmith and "
        "Queen Charlotte's and Chelsea hospitals. Interviews will be held on Thursday 15 March 2029."
    )
    document.add_heading("About the team", level=2)
    document.add_paragraph(
        "Our infection prevention and control nurses advise every ward and department in the Trust. Support "
        "workers are the team's eyes on the wards: you will visit clinical areas every day, check that the basics "
        "are done well, and help the nurses track patients who need to be isolated."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Carry out hand hygiene, commode and mattress audits on the wards using the Trust's audit tools",
        "Keep the daily list of patients in side rooms and tell the nurses when an isolation sign is missing",
        "Help ward staff during outbreaks of norovirus, flu and COVID-19, including putting up signs and stocking "
        "personal protective equipment",
        "Run hand hygiene awareness stands in the main entrances during national campaign weeks",
        "Take part in the IPC team's weekend rota when an outbreak is declared",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Requirements", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, ""),
        ("Level 2 Certificate in Infection Prevention and Control", "", TICK),
        (
            "Completion of the Trust's IPC induction and hand hygiene assessor training in your first six weeks",
            TICK,
            "",
        ),
        ("Experience",),
        ("Experience of working in a hospital, care home or other clinical setting", TICK, ""),
        ("No previous infection control experience is needed", TICK, ""),
        ("Experience of carrying out audits using a checklist", "", TICK),
        ("Skills and abilities",),
        ("Able to explain hand hygiene and PPE requirements tactfully to staff of all grades", TICK, ""),
        ("Confident using Excel to enter audit results and produce simple charts", TICK, ""),
        ("Must upload each week's audit results to the IPC shared drive by 5pm on Friday", TICK, ""),
        ("Knowledge",),
        ("Understanding of how infections such as MRSA, C. difficile and norovirus spread in hospital", TICK, ""),
        ("Knowledge of the National Standards of Healthcare Cleanliness 2021", "", TICK),
        ("Other",),
        ("Able to work extra hours during outbreaks, including some weekends", TICK, ""),
        ("Occupational health clearance before your start date", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; an "
        "interest-free season ticket loan; and a funded place on the Level 3 Award in Infection Prevention and "
        "Control after your first year. You must have the right to work in the UK, and we are unable to sponsor "
        "a visa for this role. The successful applicant will need an enhanced DBS check and two references."
    )
    save(document, "v1_infection_prevention_and_control_support_worker.docx")


def v2_occupational_health_immunisation_assistant() -> None:
    """Employer only in the page footer; the title as the heading; a details table with two label-value pairs a
    row, the band and the closing date among them; numbered duties; then rows marked E or D under "Area |
    Requirement | E or D | How assessed", the area merged down (not bold), and four rows marked E that are not
    criteria (training given, "not required", a fridge duty with "Must", right to work)."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[
        0
    ].text = f"London North West University Healthcare NHS Trust {DASH} Occupational Health and Wellbeing Service"
    document.add_heading("Occupational Health Immunisation Assistant", level=1)
    label_value_table(
        document,
        [
            ("Pay band", "Band 3", "Salary", f"{POUND}29,970 to {POUND}31,747 a year including HCAS"),
            ("Hours", "37.5 a week, Monday to Friday, 8am to 4pm", "Contract", "Permanent"),
            ("Base", "Occupational Health, Northwick Park Hospital, Harrow", "Closing date", "Friday 9 March 2029"),
            ("Reference", "362-OH-2207", "Interviews", "Tuesday 20 March 2029"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our occupational health nurses make sure that the 9,000 people who work at Northwick Park, Ealing, "
        "Central Middlesex and St Mark's are protected against the infections they may meet at work. The "
        "immunisation assistant runs the nurses' clinic lists, takes blood samples for immunity checks, gives "
        "staff their results and keeps every vaccination record up to date."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Book new starters and existing staff into immunisation and blood test clinics, and chase those who miss them.",
        "Take blood samples for hepatitis B, measles, rubella and chickenpox immunity once trained and signed off.",
        "Record every vaccine given and every result received on the occupational health record system on the "
        "same day.",
        "Support the staff flu campaign from October to December, including roving clinics on wards and at night.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Requirement", "E or D", "How assessed"])
    rows = [
        ("Education and training", "Care Certificate or NVQ Level 2 in Health and Social Care", "E", "Application"),
        ("Education and training", "Phlebotomy training with a certificate of competence", "D", "Application"),
        (
            "Education and training",
            "Anaphylaxis, basic life support and vaccine storage training, given in your first two weeks",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of working with patients or staff in a healthcare setting",
            "E",
            "Application and interview",
        ),
        ("Experience", "Previous occupational health experience is not required", "E", "N/A"),
        ("Experience", "Experience of working in an occupational health service", "D", "Application"),
        ("Skills", "Good keyboard skills and accurate data entry", "E", "Short test on the day"),
        (
            "Skills",
            "Able to explain to staff in plain language why vaccines and blood tests are needed",
            "E",
            "Interview",
        ),
        ("Skills", "Able to organise own workload and keep clinic lists running to time", "E", "Interview"),
        ("Skills", "Must read and record the vaccine fridge temperatures at 9am and 4pm on clinic days", "E", "N/A"),
        (
            "Skills",
            "Experience of using an occupational health system such as Cohort or OPAS",
            "D",
            "Application",
        ),
        ("Knowledge", "Understanding of the cold chain for storing vaccines", "E", "Interview"),
        (
            "Knowledge",
            "Knowledge of the immunity checks NHS staff need, such as hepatitis B, measles, chickenpox and TB",
            "D",
            "Interview",
        ),
        (
            "Other",
            "Eligible to work in the UK; this post does not meet the requirements for visa sponsorship",
            "E",
            "Pre-employment checks",
        ),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_paragraph("E = essential, D = desirable.")
    document.add_paragraph(
        "The post holder will need an enhanced DBS check and occupational health clearance. We offer 27 days' "
        "annual leave plus bank holidays, the NHS Pension, on-site nursery places at Northwick Park and free "
        "health checks for all staff. For an informal chat, call the Occupational Health Manager on 020 7946 0413."
    )
    save(document, "v2_occupational_health_immunisation_assistant.docx")


def v3_seasonal_vaccination_booking_assistant() -> None:
    """The employer as the first heading; the title only inside the first sentence; the band in a "Pay:" line; a
    "You must ..." duty in a paragraph; Essential and Desirable side by side per category, with "No NHS experience
    needed ..." and a right-to-work line as second lines of Essential cells, "None" in one Desirable cell and an
    interview note in another; the closing date only in the last paragraph."""
    document = blank_docx("Verdana")
    document.add_heading("Central London Community Healthcare NHS Trust", level=1)
    document.add_heading("Join our vaccination booking team", level=2)
    document.add_paragraph(
        "We are looking for a Seasonal Vaccination Booking Assistant to join the Vaccination Booking Centre in "
        "Hammersmith for the autumn and winter campaign. You will answer calls from residents of Hammersmith and "
        "Fulham, Kensington and Chelsea and Westminster, book them into flu, COVID-19 and RSV clinics, and call "
        "back housebound patients to arrange home visits."
    )
    document.add_paragraph(
        f"Pay: Band 2 ({POUND}27,418 a year pro rata, including Inner London High Cost Area Supplement)"
    )
    document.add_paragraph("Hours: 30 hours a week on a rota, fixed term from 1 September 2029 to 28 February 2030")
    document.add_heading("The job", level=2)
    document.add_paragraph(
        "In the busiest weeks the team takes more than 1,200 calls a day. You must confirm every booking by text "
        "message before the caller hangs up, and you will pass any question about a patient's medical history to "
        "the clinical lead on duty. Between calls you will fill cancelled slots from the waiting list."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["", "Essential", "Desirable"])
    rows = [
        ("Education", "Good standard of literacy and numeracy", "Customer service qualification such as NVQ Level 2"),
        (
            "Experience",
            "Experience of handling a high volume of telephone calls\n"
            f"No NHS experience needed {DASH} full training on our booking system is given",
            "Experience of booking appointments on a healthcare system such as SystmOne or EMIS",
        ),
        (
            "Skills and abilities",
            "Calm and polite manner with callers who are anxious or upset\n"
            "Able to type accurately while talking to callers",
            "Speaks a community language used in west London",
        ),
        ("Knowledge", "Understanding of why callers' personal information must be kept confidential", "None"),
        (
            "Availability",
            "Able to work until 8pm on weekdays and one Saturday in three during the autumn campaign\n"
            "Right to work in the UK (we cannot sponsor visas for this role)",
            "Interviews will be held in person at the Booking Centre",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get paid holiday, the NHS Pension, a free flu and COVID-19 vaccine and access to our staff "
        "wellbeing service. Appointment is subject to a basic DBS check and two references. Closing date for "
        "applications: Monday 12 March 2029. Interviews: Thursday 22 March 2029."
    )
    save(document, "v3_seasonal_vaccination_booking_assistant.docx")


def v4_hand_hygiene_audit_assistant() -> None:
    """Employer only in the page header; the title as the heading with the team and hospital under it; the closing
    date in the opening paragraph; the band in a details table with no header row; Essential and Desirable as two
    rows per area under "Area | Level | Requirements", the area merged down, a training line and a DBS line as
    second lines of Essential cells, and "None" in the last Desirable row."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "West London NHS Trust"
    document.add_heading("Hand Hygiene Audit Assistant", level=1)
    document.add_paragraph("Infection Prevention and Control Team, St Bernard's Hospital, Uxbridge Road, Southall")
    document.add_paragraph(
        "Applications close on Thursday 15 March 2029 and interviews will take place on Monday 26 March 2029. "
        "This is a new post, funded for twelve months in the first instance."
    )
    label_value_table(
        document,
        [
            ("Pay", f"Band 2, {POUND}26,530 a year including Outer London High Cost Area Supplement"),
            ("Hours", "37.5 hours a week, Monday to Friday, 8.30am to 4.30pm"),
            ("Contract", "Fixed term, 12 months"),
            ("Reference", "MH-IPC-0093"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Our mental health wards have asked for more support with hand hygiene, so the Infection Prevention and "
        "Control Team is creating a role that spends most of its time on the wards. You will watch practice at "
        "agreed times, record what you see, give staff feedback on the spot and help the ward managers improve "
        "their results."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Carry out observed hand hygiene audits on every inpatient ward each month",
        "Enter each observation into the audit app on the Trust's tablet before leaving the ward",
        "Give feedback to each member of staff you observe, in private where possible",
        "Top up hand gel and check dispensers, and report broken sinks and empty soap to Estates",
        "Help the IPC nurses run hand hygiene sessions for new starters",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        (
            "Education",
            "Essential",
            "Basic literacy and numeracy, such as Functional Skills Level 1 in English and maths",
        ),
        ("Education", "Desirable", "Food Hygiene Level 2 certificate or another hygiene qualification"),
        (
            "Experience",
            "Essential",
            "Experience of working on a ward, in a care home or in supported housing\n"
            f"Previous audit experience is not required {DASH} the IPC nurses will train you",
        ),
        ("Experience", "Desirable", "Experience of working in a mental health setting"),
        (
            "Skills",
            "Essential",
            "Able to observe and record practice accurately on a handheld tablet\n"
            "Confident to give feedback to nurses and doctors face to face",
        ),
        ("Skills", "Desirable", "Able to run short teaching sessions for small groups"),
        ("Knowledge", "Essential", "Understanding of the five moments for hand hygiene"),
        ("Knowledge", "Desirable", "Awareness of the bare below the elbows policy"),
        (
            "Other",
            "Essential",
            "Able to travel between the Trust's sites in Southall, Isleworth and Hammersmith\nEnhanced DBS check",
        ),
        ("Other", "Desirable", "None"),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension, free parking at St Bernard's and a "
        "Trust bus between our sites. Applicants must have the right to work in the UK; we cannot offer visa "
        "sponsorship for this post. We particularly welcome applications from people who have used mental health "
        "services themselves."
    )
    save(document, "v4_hand_hygiene_audit_assistant.docx")


V5_ITEMS = [
    ("bold", "Hillingdon GP Confederation"),
    ("title", f"Healthcare Support Worker {DASH} Vaccinator"),
    ("body", "Closing date: 18 March 2029   |   Interviews: week beginning 26 March 2029"),
    (
        "body",
        f"Band 3 equivalent ({POUND}27,485 to {POUND}30,162 a year)   |   37.5 hours a week   |   Fixed term to "
        "31 March 2030",
    ),
    (
        "body",
        "Based at our vaccination hub in Uxbridge, with clinics in GP practices, care homes and community venues "
        "across the London Borough of Hillingdon",
    ),
    ("heading", "About us"),
    (
        "body",
        "We are the GP federation for Hillingdon's 40 practices. Our vaccination team gives flu, COVID-19, RSV, "
        "shingles and pneumococcal vaccines to adults, and catches up children who have missed their routine "
        "immunisations, in clinics, care homes and people's own homes.",
    ),
    ("heading", "What you'll be doing"),
    (
        "body",
        f"{BULLET} Giving vaccines under a patient group direction or national protocol, once trained and signed off "
        "by our nurse trainer",
    ),
    ("body", f"{BULLET} Checking each patient's consent, identity and suitability before every vaccine"),
    (
        "body",
        f"{BULLET} You must scan the batch number of every vaccine into the record before the patient leaves the "
        "room, so that each dose can be traced",
    ),
    ("body", f"{BULLET} Setting up clinic rooms, and packing and checking the cool boxes for care home visits"),
    ("body", f"{BULLET} Helping with evening and Saturday clinics at mosques, gurdwaras and community centres"),
    ("heading", "You will need"),
    ("body", f"{BULLET} Care Certificate, or NVQ Level 2 or above in Health and Social Care"),
    ("body", f"{BULLET} Experience of working face to face with patients in a healthcare setting"),
    ("body", f"{BULLET} Able to keep accurate records on a computer while a clinic is running"),
    ("body", f"{BULLET} Confident talking with people who are worried or unsure about having a vaccine"),
    ("body", f"{BULLET} Able to work at clinics across Hillingdon, including some evenings and Saturdays"),
    (
        "body",
        f"{BULLET} You don't need to have vaccinated anyone before {DASH} we will put you through the national "
        "vaccinator training and our nurse trainer will sign you off after supervised practice",
    ),
    ("heading", "Nice to have"),
    ("body", f"{BULLET} Experience of giving intramuscular injections"),
    ("body", f"{BULLET} Experience of using EMIS Web or SystmOne"),
    ("body", f"{BULLET} Speaks Punjabi, Somali, Polish or another language used in Hillingdon"),
    ("heading", "Please note"),
    (
        "body",
        "You will need the right to work in the UK; we are not able to sponsor visas. The post is subject to an "
        "enhanced DBS check, two references and occupational health clearance, including evidence of hepatitis B "
        "immunity or a course of vaccine started before you begin.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET} 27 days' annual leave plus bank holidays, rising with service"),
    ("body", f"{BULLET} NHS Pension Scheme"),
    ("body", f"{BULLET} Mileage paid for travel between clinics"),
    ("body", f"{BULLET} A funded Level 3 Certificate in Immunisation after your first year"),
]

V6_ITEMS = [
    ("title", "Occupational Health Fit Testing Officer"),
    ("bold", "Occupational Health and Wellbeing Service"),
    ("body", "The Hillingdon Hospitals NHS Foundation Trust, Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Every member of staff who may care for a patient with an airborne infection must have a close-fitting "
        "respirator mask that has been tested on their own face. We are looking for a Fit Testing Officer to run "
        "our fit testing service for around 3,000 staff at Hillingdon Hospital and Mount Vernon Hospital. This is "
        "a permanent, full-time post at Band 4. Please send your application by 23:59 on Tuesday 20 March 2029; "
        "interviews will be held on Wednesday 28 March 2029.",
    ),
    (
        "body",
        "You will book and run fit testing sessions, keep the record of which mask each person has passed on, "
        "chase staff whose tests are due again, and send the weekly figures to the wards and the infection "
        "prevention team. You must clean and check the test hood and solutions between sessions and record each "
        "check on the equipment log. You do not need to have done fit testing before; we will train you and pay "
        "for your Fit2Fit accreditation after probation.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you are educated to A level standard or have an equivalent qualification. You must "
        "have experience of working with staff or patients in a healthcare or workplace health setting. Good IT "
        "skills are essential, as every test is recorded on a database and reported weekly. You must be able to "
        "explain clearly and patiently why a mask that does not fit puts the wearer at risk. It is essential that "
        "you can plan and keep to a timetable of testing sessions at both of our hospitals. Attention to detail is "
        "essential, because each test must follow the same protocol exactly.",
    ),
    (
        "body",
        "A Fit2Fit accredited fit tester qualification would be beneficial. Experience of using a Portacount or "
        "similar quantitative fit test machine would be an advantage. Knowledge of the COSHH regulations would be "
        "an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "Applicants must be able to show that they have the right to work in the UK, and we cannot sponsor a visa "
        "for this post. Occupational health clearance is essential before you start, and the post needs a standard "
        "DBS check. You will benefit from 27 days' annual leave plus bank holidays, the NHS Pension, reduced-rate "
        "parking and the Trust's shuttle bus between Hillingdon and Mount Vernon. For more information, email "
        "oh.fittesting@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_infection_prevention_and_control_support_worker()
    v2_occupational_health_immunisation_assistant()
    v3_seasonal_vaccination_booking_assistant()
    v4_hand_hygiene_audit_assistant()
    (ADVERTS / "v5_healthcare_support_worker_vaccinator.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(17, 52)))
    (ADVERTS / "v6_occupational_health_fit_testing_officer.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
