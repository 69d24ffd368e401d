"""Build the Word and PDF adverts of the eighty-first held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback81/build.py`. The generated files are
committed, so nothing needs this script to score them; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is saved
with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The pasted-text
adverts (v7 and v8) are plain files and are not built here.
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
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

TICK = "\u221a"  # a square-root sign, as some Word templates use for a tick
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2028, 12, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 1, 9, 0, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_talking_therapies_appointments_coordinator() -> None:
    """The team's name alone in the page header and a vacancy reference in the footer; the title as the heading,
    the band on the pay line and the employer inside the About the service paragraph; duties as Word bullets; a
    square-root tick in one of the Essential and Desirable columns, bold category rows merged across the table, and
    four ticked-Essential rows that are not criteria (training the job gives, "not required", a "Must ..." duty and
    proof of the right to work); the closing date in a line after the table."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Brent Talking Therapies"
    section.footer.paragraphs[0].text = "Vacancy reference 333-BTT-2291 \u00b7 Please quote this on all correspondence"
    document.add_heading("Talking Therapies Appointments Coordinator", level=1)
    document.add_paragraph(
        f"Band 4  |  {POUND}33,160 to {POUND}36,020 a year, including High Cost Area Supplement  |  37.5 hours a "
        "week, Monday to Friday, with one late finish"
    )
    document.add_heading("About the service", level=2)
    document.add_paragraph(
        "Brent Talking Therapies is provided by Central and North West London NHS Foundation Trust and sees more "
        "than 9,000 adults a year with anxiety, low mood and stress, in person in Wembley and Kilburn, by video and "
        "by phone. Our appointments hub books every assessment and treatment session for a clinical team of 70, "
        "and is often the first voice people hear when they have plucked up the courage to ask for help."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Run the booking diaries of the assessment and step 2 teams, filling cancelled slots the same day",
        "Phone people who have referred themselves to offer their first appointment and check their contact details",
        "Send appointment letters, texts and video links, and update the waiting list each week",
        "Supervise two appointments administrators and plan cover for the hub's phone line",
        "Pass any call that raises a concern about someone's safety to the duty clinician straight away",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("GCSE grade 4 (C) or above in English and maths, or an equivalent qualification", TICK, ""),
        ("Level 3 qualification in business administration, such as an NVQ or apprenticeship", "", TICK),
        ("IAPTus system training, completed in your first two weeks in post", TICK, ""),
        ("Experience",),
        ("Experience of keeping appointment diaries for a number of staff", TICK, ""),
        ("Previous mental health experience is not required", TICK, ""),
        ("Previous work in an NHS Talking Therapies service or another mental health setting", "", TICK),
        ("Skills and abilities",),
        ("Able to deal patiently and tactfully with callers who are anxious or upset", TICK, ""),
        ("Confident with Outlook calendars and Excel spreadsheets", TICK, ""),
        ("Must log every opt-in call on IAPTus on the day it is made", TICK, ""),
        ("Has used IAPTus or a comparable electronic patient record", "", TICK),
        ("Knowledge",),
        (
            "Understands why the details of people using mental health services must be kept confidential",
            TICK,
            "",
        ),
        ("Working arrangements",),
        ("Able to cover one late shift each week, finishing at 8pm", TICK, ""),
        ("Proof of the right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    closing = document.add_paragraph()
    closing.add_run("Closing date: Monday 15 January 2029").bold = True
    closing.add_run("   Interviews: Wednesday 24 January 2029, in Wembley")
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; free access "
        "to our staff talking therapies and wellbeing service; a season ticket loan; and a Blue Light Card. Offers "
        "are subject to two references and a standard DBS check."
    )
    save(document, "v1_talking_therapies_appointments_coordinator.docx")


def v2_crisis_cafe_support_worker() -> None:
    """The title and band only in the page header and the employer in a bold line under the café's name; numbered
    duties; rows marked E or D under "Category | Criteria | E/D | How assessed" with the category merged down the
    first column, and three rows marked E that are not criteria (training the job gives, a "Must ..." duty, a DBS
    check); the closing date in the last paragraph, after "not necessary" and the benefits."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Crisis Caf\u00e9 Support Worker  |  Band 3  |  Permanent, 30 hours"
    heading = document.add_paragraph()
    heading.add_run("The Lantern Crisis Caf\u00e9, Hounslow").bold = True
    document.add_paragraph(f"West London NHS Trust {DASH} Hounslow Adult Mental Health Services")
    document.add_heading("About the caf\u00e9", level=2)
    document.add_paragraph(
        "The Lantern opens from 6pm to 11pm every day of the year, in a converted shop on the high street. Anyone "
        "aged 18 or over who is struggling can walk in without a referral, have a hot drink and talk to someone, "
        "instead of waiting alone for things to get worse or sitting for hours in A&E. Each evening is run by a "
        "mental health nurse, two support workers and a peer worker."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Welcome visitors, make drinks and help each person feel safe enough to talk.",
        "Sit with people one to one, help them make a plan for the night and the next few days, and follow it up.",
        "Help visitors contact housing, benefits and voluntary services the next working day.",
        "Tell the nurse in charge at once about anyone who may be at risk of harm.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "GCSE English at grade 4 (C) or above, or Functional Skills English Level 2",
            "E",
            "A",
        ),
        ("Qualifications", "Holds a Mental Health First Aid certificate", "D", "A"),
        (
            "Qualifications",
            "Completion of the Trust's de-escalation and breakaway training in the first month",
            "E",
            "N/A",
        ),
        ("Experience", "Experience, paid or voluntary, of supporting people in emotional distress", "E", "A/I"),
        ("Experience", "Experience in a crisis line, night shelter or out-of-hours health service", "D", "A/I"),
        ("Skills and abilities", "Able to stay calm and listen without judging when someone is upset", "E", "I"),
        ("Skills and abilities", "Able to write clear, factual notes at the end of each shift", "E", "T"),
        (
            "Skills and abilities",
            "Must complete the caf\u00e9 safety checklist before the doors open each evening",
            "E",
            "N/A",
        ),
        (
            "Knowledge",
            "Knowledge of local services that people in crisis can be referred or signposted to",
            "E",
            "I",
        ),
        ("Knowledge", "Awareness of how alcohol and drug use can affect mental health", "D", "I"),
        ("Other", "Able to work evening shifts until 11pm, including weekends on a rota", "E", "I"),
        ("Other", "Satisfactory enhanced DBS check", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "How assessed: A = application form, I = interview, T = short written exercise on the day, "
        "A/I = application form and interview."
    )
    document.add_paragraph(
        "No previous NHS experience is necessary. You will be paid unsocial hours enhancements for evening and "
        "weekend work, and you will get 27 days' annual leave plus bank holidays, the NHS Pension, monthly group "
        "supervision and a taxi home after every late shift. Applications close at midnight on Sunday 21 January "
        "2029, and interviews will be held at the caf\u00e9 on Thursday 1 February 2029."
    )
    save(document, "v2_crisis_cafe_support_worker.docx")


def v3_peer_support_worker_primary_care_mental_health() -> None:
    """The title as the heading and the band on a pay line; the employer only inside the About us paragraph;
    Essential and Desirable side by side per category, with training the job gives as the second line of an
    Essential cell, "N/A" in one Desirable cell, a right-to-work line in the Other Essential cell and a benefit
    alone in the Other Desirable cell; the closing date inside a sentence under How to apply."""
    document = blank_docx("Calibri")
    document.add_heading(f"Peer Support Worker {DASH} Primary Care Mental Health", level=1)
    document.add_paragraph(
        f"Band 3  |  {POUND}28,140 to {POUND}30,260 a year pro rata, including London weighting  |  30 hours a "
        "week over four days"
    )
    document.add_paragraph("Working from GP practices across Westminster, with a team base in Paddington")
    document.add_heading("About us", level=2)
    document.add_paragraph(
        "Central London Healthcare is the GP federation for Westminster, owned by its member practices. Our "
        "primary care mental health team works inside GP surgeries, so that people with long-standing mental "
        "health needs get help close to home without waiting for a hospital appointment. Peer support workers "
        "bring something no one else in the team can: their own experience of becoming unwell and of getting "
        "their life back."
    )
    document.add_heading("The role", level=2)
    document.add_paragraph(
        "You will meet people one to one in surgeries, cafés and parks for up to twelve sessions, help them work "
        "out what matters to them and link them with groups and activities nearby. You will also co-run a weekly "
        "wellbeing group with one of our mental health practitioners."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications and training",
            "Good standard of English and maths, such as GCSE grade 4 or Functional Skills Level 2\n"
            "Completion of our ten-day peer support training in your first three months",
            "Level 3 Certificate in Peer Support or another recognised peer support qualification",
        ),
        (
            "Lived experience",
            "Personal experience of mental health difficulties and of your own recovery",
            "N/A",
        ),
        (
            "Experience",
            "Experience of supporting other people, paid or voluntary",
            "Experience of co-facilitating a group or workshop",
        ),
        (
            "Skills",
            "Able to share parts of your own story safely and with a clear purpose",
            "Fluent in a language spoken by Westminster communities, for example Arabic, Bengali or Farsi",
        ),
        (
            "Knowledge",
            "Understanding of what recovery means and how hope and choice support it",
            "Knowledge of community groups and services in Westminster",
        ),
        (
            "Other",
            "Able to travel between GP practices across Westminster\n"
            "Must already have the right to work in the UK, as we cannot sponsor a visa for this role",
            "Monthly reflective supervision with a senior peer support worker",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("How to apply", level=2)
    document.add_paragraph(
        "Apply online with a short supporting statement. The closing date is Wednesday 7 February 2029, and "
        "interviews will take place on Monday 19 February 2029. We offer 27 days' leave plus bank holidays, the NHS "
        "Pension and a travel card for work journeys. The successful applicant will need an enhanced DBS check."
    )
    save(document, "v3_peer_support_worker_primary_care_mental_health.docx")


def v4_community_mental_health_team_support_worker() -> None:
    """The employer only in the page header; the title as the heading, then the band and closing date in an At a
    glance list; duties as bullets; an Essential row and a Desirable row per attribute with the attribute merged
    down over both, a "not needed" line and a DBS line as second lines of Essential rows, training the job gives
    alone in a Desirable row and "N/A" in another."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Central and North West London NHS Foundation Trust"
    document.add_heading("Community Mental Health Team Support Worker", level=1)
    document.add_paragraph(f"Harrow Community Mental Health Team (East) {DASH} Adult Services")
    document.add_heading("At a glance", level=2)
    for line in [
        f"Band 3, {POUND}27,960 to {POUND}30,090 a year including Outer London High Cost Area Supplement",
        "37.5 hours a week, Monday to Friday, 9am to 5pm",
        "Based in Harrow, with home visits across the borough",
        "Closing date: 30/01/2029",
        "Reference: 333-HAR-4410",
    ]:
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("The job", level=2)
    document.add_paragraph(
        "Our team supports about 600 adults with serious and long-lasting mental health problems. As a support "
        "worker you will have your own group of around 15 people, visiting them at home and in the community, "
        "helping them keep appointments, manage money and tenancies, and take part in things they enjoy, under the "
        "guidance of their care coordinator."
    )
    for duty in [
        "Visit people at home, alone or with a colleague, following the team's lone working procedure",
        "Help people with forms, bills, appointments and shopping, and to use local groups and services",
        "Record every contact the same day and tell the care coordinator about any change in how someone is",
        "Take part in the team's weekly allocation meeting",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Attribute", "E or D", "Requirement"])
    rows = [
        ("Education", "Essential", "NVQ Level 3 in Health and Social Care or a similar Level 3 qualification"),
        ("Education", "Desirable", "Training in suicide awareness or safety planning"),
        (
            "Experience",
            "Essential",
            "At least one year's experience of supporting adults with mental health needs\n"
            "No previous NHS experience is needed",
        ),
        ("Experience", "Desirable", "Experience of helping people with housing, benefits or debt problems"),
        (
            "Skills",
            "Essential",
            "Able to build trusting relationships with people who may be wary of services\n"
            "Able to keep clear and timely records on an electronic system",
        ),
        ("Skills", "Desirable", "Experience of using SystmOne"),
        (
            "Knowledge",
            "Essential",
            "Understanding of the early signs that someone's mental health may be getting worse",
        ),
        ("Knowledge", "Desirable", "We will train you in risk assessment and the Trust's care planning process"),
        (
            "Other",
            "Essential",
            "Holds a full UK driving licence and can use a car for work\nSatisfactory enhanced DBS check",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We pay mileage for every work journey, and you will get 27 days' annual leave plus bank holidays, the NHS "
        "Pension, regular clinical supervision and access to our Recovery and Wellbeing College courses. You must "
        "have the right to work in the UK; this post is not eligible for visa sponsorship."
    )
    save(document, "v4_community_mental_health_team_support_worker.docx")


V5_ITEMS = [
    ("title", "Talking Therapies Group Programme Assistant"),
    ("bold", f"Ealing Talking Therapies {DASH} West London NHS Trust"),
    ("body", "Courses run at community venues across Ealing and online"),
    ("gap", ""),
    ("body", f"Band 3  |  {POUND}27,960 to {POUND}30,090 a year, including High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week, including two evenings  |  Reference 333-ETT-1806"),
    ("heading", "About the team"),
    (
        "body",
        "Many people who come to Ealing Talking Therapies start with one of our courses: six-week groups on "
        "managing worry, low mood, sleep and stress, run in libraries and community centres and online. Our group "
        "programme team of four makes sure every course runs smoothly, so that the practitioners can concentrate "
        "on teaching and the people who come feel expected and welcome.",
    ),
    ("heading", "What the job involves"),
    ("body", "\u2022 Book venues and keep the group programme calendar for the year"),
    ("body", "\u2022 Invite people to courses, take bookings and answer questions by phone and email"),
    (
        "body",
        "\u2022 You must send every attendee their joining link and course handouts at least 24 hours before "
        "each session, and post printed packs to anyone without email",
    ),
    ("body", "\u2022 Set up rooms and online sessions, and stay in the room or call to help the facilitators"),
    ("body", "\u2022 Collect feedback forms and enter questionnaire scores onto the patient record"),
    ("heading", "What you will bring with you"),
    ("body", "\u2022 Experience of organising courses, events or meetings for groups of people"),
    ("body", "\u2022 Confident setting up and running video calls on Microsoft Teams or Zoom"),
    ("body", "\u2022 Able to welcome a group and explain practical arrangements clearly and warmly"),
    ("body", "\u2022 Able to keep accurate attendance records and follow up people who miss a session"),
    ("body", "\u2022 Able to work two evenings a week until 8.30pm"),
    (
        "body",
        f"\u2022 You do not need any therapy training {DASH} our psychological wellbeing practitioners lead every "
        "session",
    ),
    ("heading", "It would be a bonus if you have"),
    ("body", "\u2022 Experience of working in a mental health or wellbeing service"),
    ("body", "\u2022 Basic understanding of what cognitive behavioural therapy is"),
    ("body", "\u2022 A second language spoken in Ealing, such as Punjabi, Polish or Somali"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK, as we cannot offer visa sponsorship for this post. Offers are "
        "made subject to two references and a standard DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave, rising with service, plus bank holidays"),
    ("body", "\u2022 The NHS Pension Scheme, NHS discounts and a cycle-to-work scheme"),
    ("body", "\u2022 A place on the Mental Health First Aid course in your first six months"),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through NHS Jobs by 23:59 on Sunday 11 February 2029. Interviews will be held on Tuesday 20 "
        "February 2029 at our Ealing office, and will include a short role play of welcoming a group.",
    ),
]

V6_ITEMS = [
    ("title", "Talking Therapies Performance Support Officer"),
    ("body", "Mental Health Programme, NHS North West London Integrated Care Board"),
    ("body", "Hybrid: two days a week in our Marylebone office, the rest at home"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "NHS North West London Integrated Care Board is looking for a Talking Therapies Performance Support "
        "Officer at Band 4, working 37.5 hours a week on a permanent contract, to help us understand how well the "
        "eight borough Talking Therapies services in North West London are doing: how many people they see, how "
        "long people wait, and how many recover. Applications close on Friday 16 February 2029, and we plan to "
        "interview in the week beginning 26 February.",
    ),
    (
        "body",
        "Each month you will collect and check the services' activity figures, build the dashboard that goes to "
        "the mental health programme board, and answer questions from service managers about their numbers. You "
        "must check each provider's monthly return against the month before and query any large change before it "
        "is signed off. You do not need a background in mental health or psychology.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have used Excel to analyse data, including pivot tables and lookup formulas. "
        "You must have experience of preparing monthly or quarterly performance reports. Accuracy is essential, "
        "because the figures we send are checked against national data. It is essential that you can explain "
        "numbers clearly to people who are not analysts. You must be able to manage several deadlines at once, "
        "including the monthly data submission. You must be educated to A level standard or equivalent, "
        "including a numerate subject.",
    ),
    (
        "body",
        "Knowledge of the NHS Talking Therapies data set and its measures, such as recovery rates, would be "
        "beneficial. Experience of SQL or Power BI would be an advantage. Experience of working in the NHS or "
        "another public body is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, because this post is not eligible for "
        "visa sponsorship, and the successful candidate will need a basic DBS check. We will fund a Power BI "
        "course in your first year for anyone who has not used it before. You will benefit from 27 days' annual "
        "leave plus bank holidays, the NHS Pension, flexible working hours and a season ticket loan.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_talking_therapies_appointments_coordinator()
    v2_crisis_cafe_support_worker()
    v3_peer_support_worker_primary_care_mental_health()
    v4_community_mental_health_team_support_worker()
    (ADVERTS / "v5_talking_therapies_group_programme_assistant.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_talking_therapies_performance_support_officer.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
