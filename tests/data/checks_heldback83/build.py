"""Build the Word and PDF adverts of the eighty-third held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback83/build.py`. The generated files are
committed, so nothing needs this script to score them; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts. Each Word file is
saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The pasted-text
adverts (v7 and v8) and the statements are plain files and are not built here.
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

TICK = "\u221a"  # a square-root sign, as some Word templates use for a tick
DASH = "\u2013"
BULLET = "\u2022 "
FIXED_TIME = dt.datetime(2028, 12, 4, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 4, 10, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_occupational_health_technician() -> None:
    """The service in the page header and the employer only in the footer; the title as the heading with the band on
    the next line; duties as bullets; a square-root tick in one of two level columns under `Criteria | Essential |
    Desirable` with bold category rows merged across, and four ticked-Essential rows that are not criteria; the
    closing date only in the last paragraph."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Occupational Health and Wellbeing Service \u00b7 Staff Health Centre"
    section.footer.paragraphs[0].text = "Imperial College Healthcare NHS Trust \u00b7 Job reference 290-OHW-7713-T"
    document.add_heading("Occupational Health Technician", level=1)
    document.add_paragraph(
        "Band 3 | \u00a329,870 to \u00a331,940 a year including High Cost Area Supplement | 37.5 hours a week, "
        "Monday to Friday | Based at Hammersmith Hospital with clinics at St Mary's and Charing Cross"
    )
    document.add_heading("About the post", level=2)
    document.add_paragraph(
        "Our occupational health service looks after the health of more than 14,000 members of staff. Technicians "
        "run the health surveillance clinics for staff whose work exposes them to noise, latex, laboratory "
        "chemicals or night working, and help the nurses with new starter checks and immunisation clinics. You "
        "will work alongside two other technicians and a team of occupational health nurses and doctors."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Carry out hearing tests, lung function tests, vision screening and skin checks in line with the service's "
        "procedures, and refer abnormal results to a nurse",
        "Take height, weight, blood pressure and pulse at new starter and health surveillance appointments",
        "Prepare clinic rooms, keep stock levels up and make sure equipment is clean and in date",
        "Record results in the occupational health record and send outcome letters using the agreed templates",
        "Help at staff flu and COVID-19 vaccination clinics in the autumn",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, ""),
        ("ARTP spirometry certificate (Foundation level or above)", "", TICK),
        (
            "Completion of the Trust's audiometry and lung function competency package within three months of starting",
            TICK,
            "",
        ),
        ("Experience",),
        ("Experience of taking clinical measurements such as blood pressure, height, weight and pulse", TICK, ""),
        ("No previous occupational health experience is required", TICK, ""),
        ("Experience of working in an occupational health or workplace health service", "", TICK),
        ("Skills and abilities",),
        ("Able to put people at ease and explain procedures in plain language", TICK, ""),
        ("Accurate record keeping on paper and electronic systems", TICK, ""),
        ("Must calibrate the audiometer and spirometer at the start of every clinic session", TICK, ""),
        ("Experience of using an occupational health software system such as Cohort or OPAS-G2", "", TICK),
        ("Knowledge",),
        ("Understanding of confidentiality when handling employees' health information", TICK, ""),
        ("Other",),
        ("Able to work at staff clinics at St Mary's, Charing Cross and Hammersmith hospitals", TICK, ""),
        ("Satisfactory enhanced DBS check", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 days with service, plus bank holidays; the NHS Pension Scheme; free "
        "flu vaccination and an annual health check; an interest-free season ticket loan; and funded training "
        "towards the ARTP spirometry certificate once you have passed probation."
    )
    document.add_heading("How to apply", level=2)
    document.add_paragraph(
        "For an informal chat about the post, call the Lead Occupational Health Technician on 020 7946 0318 or "
        "email ohtechnicians@example.com. Applications close at midnight on Monday 15 January 2029, and "
        "interviews will be held at Hammersmith Hospital on Thursday 25 January 2029."
    )
    save(document, "v1_occupational_health_technician.docx")


def v2_staff_vaccination_assistant() -> None:
    """The employer as the first heading, the title in a "Vacancy:" heading, "Agenda for Change Band 3" in a
    "·" line and the closing date with the interview date in the next; numbered duties; rows marked E or D under
    `Category | Criteria | E/D | How assessed` with the category merged down, and three rows marked E that are not
    criteria (training the job gives, a fridge duty, the right to work)."""
    document = blank_docx("Calibri")
    document.add_heading("London North West University Healthcare NHS Trust", level=1)
    document.add_paragraph(f"People and Culture {DASH} Staff Health and Vaccination Team, Northwick Park Hospital")
    document.add_heading("Vacancy: Staff Vaccination Assistant", level=2)
    document.add_paragraph(
        "Agenda for Change Band 3 \u00b7 Fixed term for 12 months \u00b7 37.5 hours a week \u00b7 Ref 362-PC-2291-V"
    )
    document.add_paragraph("Closing date for applications: 22/01/2029. Interviews: 01/02/2029.")
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Each year we offer flu and COVID-19 vaccines to more than 9,000 staff at Northwick Park, Ealing, Central "
        "Middlesex and St Mark's, and we check and update the immunity of every new starter. The Staff "
        "Vaccination Assistant gives vaccines under the national protocol, runs drop-in clinics and takes the "
        "vaccine trolley to wards and departments, so that staff on every shift can be protected without leaving "
        "their work for long."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Give flu and COVID-19 vaccines to staff under the national protocol, after checking consent and "
        "suitability with each person",
        "Set up and run drop-in clinics and ward visits, including early morning and night visits to reach night staff",
        "Record every vaccine given on the national recording system on the same day",
        "Answer staff questions about vaccines and pass anything you cannot answer to an occupational health nurse",
        "Order vaccines and consumables and keep the clinic rooms stocked",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    quals, experience, skills, knowledge, other = (
        "Qualifications and training",
        "Experience",
        "Skills and abilities",
        "Knowledge",
        "Other",
    )
    rows = [
        (quals, "Care Certificate or a Level 2 qualification in health and social care", "E", "A"),
        (quals, "Current basic life support and anaphylaxis training", "D", "A"),
        (
            quals,
            "Completion of the national vaccination e-learning and the Trust's vaccinator competency assessment "
            "before your first clinic",
            "E",
            "N/A",
        ),
        (experience, "Experience of working with patients or the public in a healthcare setting", "E", "A/I"),
        (experience, "Experience of giving intramuscular injections", "D", "A/I"),
        (experience, "Experience of entering information accurately on a computer system", "E", "A/T"),
        (skills, "Able to follow national protocols and standard operating procedures precisely", "E", "I"),
        (skills, "Able to talk calmly and respectfully with staff who are unsure about having a vaccine", "E", "I"),
        (skills, "Must record the vaccine fridge temperature at the start and end of every session", "E", "N/A"),
        (knowledge, "Understanding of the vaccine cold chain", "E", "I"),
        (knowledge, "Knowledge of the National Immunisation and Vaccination System (NIVS)", "D", "A/I"),
        (
            other,
            "Able to start at 7am and to cover some night shift visits during the autumn campaign",
            "E",
            "I",
        ),
        (other, "Evidence of the right to work in the UK", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("Key: E = essential, D = desirable; A = application form, I = interview, T = test.")
    document.add_paragraph(
        "We do not expect you to have vaccinated anyone before: our occupational health nurses will train you and "
        "sign off your competency. The post comes with 27 days' annual leave plus bank holidays, the NHS Pension, "
        "free staff parking at Northwick Park and a Blue Light Card. Appointment is subject to references, "
        "occupational health clearance and an enhanced DBS check."
    )
    save(document, "v2_staff_vaccination_assistant.docx")


def v3_staff_wellbeing_support_worker() -> None:
    """The title, band, employer and closing date only in a details table of two label-value pairs a row at the
    top; Essential and Desirable side by side per category, with a "no qualification needed" line and a right to
    work line in Essential cells, "N/A" in one Desirable cell and a benefit alone in another."""
    document = blank_docx("Calibri")
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Post", "Staff Wellbeing Support Worker", "Pay band", "Band 3"),
            (
                "Employer",
                "Chelsea and Westminster Hospital NHS Foundation Trust",
                "Closing date",
                "Friday 26 January 2029",
            ),
            ("Team", f"Staff Health and Wellbeing {DASH} the Here for You hub", "Reference", "C9-SWB-4407"),
            ("Hours", "37.5 a week, including one late shift", "Interviews", "Wednesday 7 February 2029"),
        ],
    )
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "The Here for You hub gives our staff a place to stop, talk and find help. It has a drop-in room at each "
        "of our two main hospitals and a phone and email line. As a Staff Wellbeing Support Worker you will be "
        "the first person many colleagues speak to when work or life is getting on top of them: you will listen, "
        "help them think about what would help, and point them to the right service, from our employee "
        "assistance programme and occupational health to money advice and the chaplaincy. You will also help "
        "run wellbeing weeks, walking groups and team sessions on the wards."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English at grade 4 (C) or above, or equivalent",
            "Mental Health First Aid certificate",
        ),
        (
            "Experience",
            "Experience of supporting people who are stressed or upset, in a paid or voluntary role\n"
            f"No counselling qualification is needed {DASH} full training in active listening is given",
            "Experience of working in an NHS or other healthcare organisation",
        ),
        (
            "Skills",
            "Able to listen without judging and stay calm when someone is distressed\n"
            "Able to keep accurate records of contacts on a spreadsheet or database",
            "Experience of organising wellbeing events or activities",
        ),
        (
            "Knowledge",
            "Knowledge of when and how to direct someone to urgent mental health support",
            "N/A",
        ),
        (
            "Other",
            "Able to work at both Chelsea and Westminster and West Middlesex hospitals, including one late shift "
            "until 8pm each week\n"
            f"Right to work in the UK {DASH} we cannot offer sponsorship for this role",
            "Free annual health check and access to all our wellbeing sessions",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will have regular supervision with one of our staff psychologists, 27 days' annual leave plus bank "
        "holidays, the NHS Pension and a cycle-to-work scheme. Appointment is subject to references and a basic "
        "DBS check. We welcome applications from people with their own experience of mental ill health."
    )
    save(document, "v3_staff_wellbeing_support_worker.docx")


def v4_health_surveillance_assistant() -> None:
    """The title as the heading; the employer, band and closing date only in a details table at the end; an
    Essential and a Desirable row per attribute with the attribute merged down over both, a "no experience needed"
    line and a DBS line in Essential rows, "N/A" in one Desirable row and a benefit as the only line of another."""
    document = blank_docx("Arial")
    document.add_heading("Health Surveillance Assistant", level=1)
    document.add_paragraph(f"Occupational Health {DASH} Workplace Health Surveillance Team")
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Health surveillance means checking, at regular intervals, the health of staff whose work could harm them. "
        "At Hillingdon that includes our estates and engineering staff, laboratory and pharmacy teams, "
        "sterile services and anyone who uses latex gloves all day. You will help the occupational health nurses "
        "by booking and running the first stage of these checks and by keeping the surveillance register up to "
        "date."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Send out and collect the yearly skin, breathing and hearing questionnaires and chase those not returned",
        "Run hearing and eyesight screening under the supervision of an occupational health nurse",
        "Take the surveillance kit to workshops, laboratories and wards so that staff can be seen where they work",
        "Keep the surveillance register and the recall list accurate and tell managers which staff are due",
        "Book follow-up appointments with the nurse or doctor for anyone whose results need review",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Attribute", "Level", "Criteria"])
    rows = [
        ("Qualifications", "Essential", "Good standard of literacy and numeracy"),
        ("Qualifications", "Desirable", "Certificate in phlebotomy"),
        (
            "Experience",
            "Essential",
            "Experience of working with the public in a health, care or customer service role\n"
            "No previous health surveillance experience is needed",
        ),
        ("Experience", "Desirable", "Experience of carrying out hearing or eyesight tests"),
        (
            "Skills",
            "Essential",
            "Able to follow a set questionnaire and record the answers accurately\n"
            "Confident using Microsoft Outlook and Excel",
        ),
        ("Skills", "Desirable", "N/A"),
        (
            "Knowledge",
            "Essential",
            "Understanding of why staff exposed to noise, dust or chemicals need regular health checks",
        ),
        ("Knowledge", "Desirable", "Knowledge of the early signs of work-related skin problems on the hands"),
        (
            "Working arrangements",
            "Essential",
            "Able to carry portable testing equipment between departments on the Hillingdon Hospital site\n"
            "Satisfactory enhanced DBS check",
        ),
        ("Working arrangements", "Desirable", "Uniform and free staff parking provided"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Post details", level=2)
    label_value_table(
        document,
        [
            ("Employer", "The Hillingdon Hospitals NHS Foundation Trust"),
            ("Banding", "Band 2"),
            ("Hours", "37.5 per week, Monday to Friday, 8am to 4pm"),
            ("Base", "Occupational Health, Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"),
            ("Closing date", "30/01/2029"),
            ("Reference", "THH-OH-0529"),
        ],
    )
    save(document, "v4_health_surveillance_assistant.docx")


V5_ITEMS = [
    ("bold", "Central and North West London NHS Foundation Trust"),
    ("title", "Occupational Health Appointments Coordinator"),
    ("body", "Occupational Health Service, St Charles Centre for Health and Wellbeing, North Kensington"),
    ("body", "Salary: \u00a330,120 to \u00a332,060 a year including High Cost Area Supplement (Band 3)"),
    ("body", "Permanent | 37.5 hours a week | Monday to Friday, 8.30am to 4.30pm"),
    ("gap", ""),
    ("heading", "About the role"),
    (
        "body",
        "Our occupational health service looks after around 9,000 CNWL staff in mental health, community and "
        "offender care services. Managers refer staff to us when health is affecting work, every new starter "
        "comes to us for clearance, and we run immunisation and health surveillance clinics across London and "
        "Milton Keynes. The appointments team makes sure each of these people sees the right nurse, doctor or "
        "technician at the right time.",
    ),
    ("heading", "What you'll do"),
    (
        "body",
        BULLET + "Book management referrals, new starter checks and clinic appointments for nine clinicians, in "
        "person and by video",
    ),
    ("body", BULLET + "Answer the service's phone line and shared inbox"),
    (
        "body",
        BULLET + "You must send every appointment letter through the secure email system and never to a personal "
        "email address, even when a member of staff asks you to",
    ),
    ("body", BULLET + "Keep the waiting list up to date and tell the team leader about anyone waiting too long"),
    ("body", BULLET + "Take notes at the monthly case review meeting"),
    ("heading", "What we're looking for"),
    ("bold", "The things we can't do without"),
    ("body", BULLET + "Experience of booking appointments or managing a diary for several people"),
    ("body", BULLET + "Confident with Microsoft Outlook, Word and Excel"),
    ("body", BULLET + "A clear and friendly telephone manner, including with callers who are frustrated"),
    ("body", BULLET + "Able to handle confidential health information with discretion"),
    ("body", BULLET + "Able to prioritise urgent referrals and meet booking deadlines"),
    (
        "body",
        BULLET + f"You don't need to know anything about occupational health {DASH} we'll teach you how management "
        "referrals and pre-placement checks work",
    ),
    ("bold", "Things that would give you a head start"),
    ("body", BULLET + "Experience of working in an NHS or healthcare administration role"),
    ("body", BULLET + "Business administration qualification at Level 2 or above"),
    ("body", BULLET + "Experience of taking notes or minutes in meetings"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK; we are not able to offer visa sponsorship for this post. "
        "Offers are made subject to two references and a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", BULLET + "27 days' annual leave, rising with service, plus bank holidays"),
    ("body", BULLET + "NHS Pension Scheme and a Blue Light Card"),
    ("body", BULLET + "A funded Level 3 Business Administration apprenticeship after your probation"),
    ("body", BULLET + "Free and confidential access to our own occupational health and staff support services"),
    ("heading", "How to apply"),
    (
        "body",
        "Applications close on Sunday 4 February 2029 at 23:59, and interviews are planned for Tuesday 13 "
        "February 2029. For a chat about the role, call the Occupational Health Team Leader on 020 7946 0462.",
    ),
]

V6_ITEMS = [
    ("title", "Occupational Health Pre-Placement Screening Officer"),
    ("body", "Occupational Health and Wellbeing, West London NHS Trust"),
    ("body", "Trust Headquarters, 1 Armstrong Way, Southall UB2 4SD"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Every person who joins West London NHS Trust, from ward nurses to kitchen staff, fills in a health "
        "declaration and shows us their immunisation records before they start. We are looking for an "
        "Occupational Health Pre-Placement Screening Officer to join our clearance team at Band 4, working 37.5 "
        "hours a week with two days a week at home. The closing date is Friday 9 February 2029, and interviews "
        "will be held on Tuesday 20 February 2029.",
    ),
    (
        "body",
        "You will check each declaration and set of records, clear straightforward cases yourself using the "
        "service's screening rules, pass the rest to an occupational health nurse, and write to managers and new "
        "starters to tell them where things stand. You must clear or refer every new starter within ten working "
        "days of their form reaching us, and you will report weekly on cases that are waiting. You do not need a "
        "clinical background.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in an administrative role where you checked forms or documents "
        "for completeness. You must be able to apply clear rules to decide which health declarations can be "
        "cleared and which need a nurse's review. Good written English is essential, as you will write to "
        "managers and new starters every day. It is essential that you can manage a large caseload and keep each "
        "case moving within agreed timescales. You must understand data protection law and why health "
        "information is kept separate from recruitment records.",
    ),
    (
        "body",
        "Experience of pre-employment checks in the NHS would be beneficial. Knowledge of the immunisation checks "
        "needed by healthcare workers, such as measles and hepatitis B, would be an advantage. An NVQ Level 3 in "
        "Business Administration is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need a basic DBS check. In your first month you will "
        "complete our screening rules training and shadow the occupational health nurses at clearance clinics. "
        "You will benefit from 27 days' annual leave plus bank holidays, the NHS Pension, free parking at "
        "Southall and flexible working. We would like to hear from you even if you do not meet every point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_occupational_health_technician()
    v2_staff_vaccination_assistant()
    v3_staff_wellbeing_support_worker()
    v4_health_surveillance_assistant()
    (ADVERTS / "v5_occupational_health_appointments_coordinator.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_occupational_health_pre_placement_screening_officer.pdf").write_bytes(
        pdf_bytes(V6_ITEMS, title=(15, 60))
    )


if __name__ == "__main__":
    main()
