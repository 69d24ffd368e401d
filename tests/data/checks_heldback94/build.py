"""Build the Word and PDF adverts of the ninety-fourth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback94/build.py`. The generated files are
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
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

TICK = "\u2713"  # a plain check mark in the level column that applies; the other cell is left empty
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2029, 2, 20, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 20, 9, 30, 0)  # every Word file's zip entries


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_practice_receptionist() -> None:
    """Employer and band only in the page header, a reference only in the footer, the title as the heading; duties
    as Word bullets; tick columns under "Criteria | Essential | Desirable" with category rows merged across the table
    and four ticked-Essential rows that are not criteria (e-learning the job gives, "No previous NHS or GP experience
    is needed", a "Must check ..." duty and a DBS row); the closing date only in the last paragraph."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Ealing GP Federation  |  Band 2"
    section.footer.paragraphs[0].text = "Vacancy reference EGF-PR-0932  \u00b7  Recruitment information pack"
    document.add_heading(f"Practice Receptionist {DASH} Online Consultations", level=1)
    document.add_paragraph(
        f"Northolt, Greenford and Perivale practices  |  Permanent  |  37.5 hours a week, or 22.5 hours part time  |  "
        f"{POUND}25,310 a year pro rata, including Outer London weighting"
    )
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "More than a third of the patients at our member practices now get in touch through an online form rather "
        "than by phone. Each request lands in a shared inbox, and someone has to read it, make sure it has "
        "everything the practice needs, and send it to the right person: the duty doctor, a practice nurse, the "
        "clinical pharmacist, the care navigation team or the prescriptions clerk. That is the heart of this job. "
        "You will work from one of three practices on a rota and be part of a team of six."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Read and sort online requests as they arrive, following each practice's navigation guide",
        "Pass anything urgent straight to the duty doctor, and tell patients describing an emergency to call 999",
        "Reply to patients by text and email to offer appointments, ask for photographs or explain the next step",
        "Help on the front desk and phones at the Monday morning peak",
        "Switch the online forms off and on during the day when the practice reaches its safe limit",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("GCSE (or equivalent) in English and maths at grade 4 / C or above", TICK, ""),
        ("Customer service qualification, such as an NVQ Level 2 in Customer Service", "", TICK),
        ("Completion of the federation's care navigation e-learning within your first two weeks", TICK, ""),
        ("Experience",),
        ("Experience of working with the public in a busy customer-facing role", TICK, ""),
        ("No previous NHS or GP experience is needed", TICK, ""),
        ("Experience of working on the reception of a GP surgery or other healthcare setting", "", TICK),
        ("Skills and abilities",),
        ("Confident using a computer, email and web-based forms", TICK, ""),
        ("Able to sort and prioritise a high volume of written requests accurately", TICK, ""),
        ("Clear, polite written English for replying to patients by text message and email", TICK, ""),
        ("Experience of using EMIS Web or SystmOne", "", TICK),
        ("Must check the online consultation inbox at least every 30 minutes while the practice is open", TICK, ""),
        ("Knowledge",),
        ("Understanding of patient confidentiality and data protection", TICK, ""),
        ("Other",),
        ("Satisfactory standard DBS check", TICK, ""),
        ("Able to work one Saturday morning in four and one evening a week until 8pm", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, rising with service; the NHS Pension Scheme; a paid day for "
        "volunteering each year; and free eye tests. You will need to show that you have the right to work in the "
        "UK, as we cannot sponsor a visa for this post. We welcome applications from people returning to work."
    )
    document.add_paragraph(
        "Closing date: Friday 9 March 2029. Interviews will be held at the federation's Greenford office on "
        "Thursday 15 March 2029."
    )
    _save(document, "v1_practice_receptionist_online_consultations.docx")


def v2_young_peoples_social_prescriber() -> None:
    """The title and band in the heading, the employer only in the page footer, the closing date among "Label:
    value" lines under the heading; numbered responsibilities with a "must" in one; rows marked E or D with the
    category merged down the first column and a "How assessed" column, with four rows marked E that are not criteria
    (training given in induction, "not required", a "Must ..." duty and two pre-employment checks)."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[
        0
    ].text = "Hillingdon GP Confederation  \u00b7  Personalised Care Team  \u00b7  Job reference HGC-0417"
    document.add_heading("Young People's Social Prescriber (Band 4)", level=1)
    for label, value in [
        ("Hours", "37.5 a week, Monday to Friday, with one evening session until 8pm"),
        ("Contract", "Fixed term for two years, with a view to making the post permanent"),
        ("Salary", f"{POUND}31,280 to {POUND}34,060 a year, including Outer London High Cost Area Supplement"),
        ("Base", "Hayes and Harlington primary care networks, with sessions across the borough"),
        ("Closing date", "Monday 19 March 2029"),
        ("Interviews", "Tuesday 27 March 2029, with a short informal session led by young people"),
    ]:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(value)
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "GPs in Hillingdon see more and more teenagers and young adults whose problems are not really medical: "
        "loneliness, falling out of school or college, money worries at home, or low mood that does not yet need a "
        "mental health service. You will meet these young people where they feel comfortable, work out with them "
        "what would help, and connect them with clubs, colleges, sport, volunteering and support groups."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Take referrals from GPs, practice nurses, school nurses and colleges, and from young people themselves.",
        "Meet each young person for up to six sessions, in a practice, a youth centre, a cafe or online.",
        "You must contact every young person within five working days of referral, and record each attempt.",
        "Run a monthly drop-in with the youth service and build links with local groups and colleges.",
        "Report what young people ask for that is missing in the borough to the Personalised Care Lead.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Educated to A-level standard, or equivalent", "E", "Application"),
        (
            "Qualifications",
            "Qualification at Level 3 or above in youth work, social care, counselling or coaching",
            "D",
            "Application",
        ),
        (
            "Qualifications",
            "Personalised Care Institute social prescribing e-learning, completed during induction",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of working with young people aged 11 to 25, paid or voluntary",
            "E",
            "Application / Interview",
        ),
        (
            "Experience",
            "Experience of supporting people with anxiety, low mood or loneliness",
            "E",
            "Application / Interview",
        ),
        ("Experience", "Experience of working in the NHS is not required", "E", "N/A"),
        (
            "Skills",
            "Able to build trust with young people who are reluctant to engage with services",
            "E",
            "Interview",
        ),
        (
            "Skills",
            "Able to keep accurate case notes and record outcomes on a clinical system",
            "E",
            "Application / Test",
        ),
        ("Skills", "Motivational interviewing or coaching skills", "D", "Interview"),
        (
            "Skills",
            "Must complete a wellbeing score with each young person at the first and last session",
            "E",
            "N/A",
        ),
        (
            "Knowledge",
            "Knowledge of safeguarding children and young people, and of when to raise a concern",
            "E",
            "Interview",
        ),
        (
            "Knowledge",
            "Knowledge of youth services, colleges and voluntary groups in Hillingdon",
            "D",
            "Interview",
        ),
        ("Other", "Able to travel across Hillingdon and to work one evening a week", "E", "Interview"),
        ("Other", "Enhanced DBS check, including the children's barred list", "E", "Pre-employment"),
        ("Other", f"Right to work in the UK {DASH} we cannot sponsor a visa for this role", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "How assessed: Application = application form and supporting statement; Test = a short note-writing "
        "exercise on the interview day."
    )
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension, monthly group supervision, a mileage "
        "allowance for travel between sites, and a team that includes two young people on paid placements."
    )
    _save(document, "v2_young_peoples_social_prescriber.docx")


def v3_community_language_care_navigator() -> None:
    """The employer only in the page header; the title as the heading, then closing date, interview date and
    reference on one line; the band inside a sentence; a "must" duty in a paragraph; Essential and Desirable side by
    side per category, with a training line and a checks line as second lines of Essential cells, an empty Desirable
    cell and "N/A"."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Central London Community Healthcare NHS Trust"
    document.add_heading("Community Language Care Navigator", level=1)
    document.add_paragraph("Closing date: 23 March 2029     Interviews: 3 April 2029     Ref: 312-PC-0871")
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "This is a Band 3 post of 30 hours a week, working with the North Westminster primary care networks from "
        f"a base on Church Street and out in the community. Pay is {POUND}28,940 to {POUND}30,730 a year pro rata, "
        "including Inner London High Cost Area Supplement."
    )
    document.add_paragraph(
        "Many families in Church Street, Lisson Grove and Queen's Park rarely see a GP until a problem becomes an "
        "emergency. As a care navigator who speaks one of the area's main languages, you will ring patients who "
        "have missed screening and vaccinations, explain what is on offer, book them in, and go along to mosques, "
        "schools, food banks and women's groups to talk about local health services. You must record every contact "
        "in the patient's SystmOne record on the day it happens."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good standard of education, including GCSE English or equivalent",
            "Community interpreting qualification, such as the Level 3 Certificate in Community Interpreting",
        ),
        ("Languages", "Fluent spoken Arabic, Bengali, Somali or Farsi, as well as English", ""),
        (
            "Experience",
            "Experience of helping people from diverse communities to find or use services\n"
            f"No NHS experience required {DASH} full training in care navigation is given",
            "Experience of working in a GP practice, pharmacy or community health setting",
        ),
        (
            "Skills",
            "Able to explain health information simply and check that it has been understood\n"
            "Confident using a computer, including email and spreadsheets",
            "N/A",
        ),
        (
            "Knowledge",
            "Understanding of the barriers that stop some communities from using GP services",
            "Awareness that people can register with a GP without proof of address or immigration status",
        ),
        (
            "Other",
            "Able to work some early evenings and attend community events on Saturdays\n"
            "Standard DBS check and the right to work in the UK",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave plus bank holidays, the NHS Pension, time off in lieu for evening and "
        "Saturday work, and a free Oyster card for travel in the area. This post is not eligible for visa "
        "sponsorship. Please tell us in your statement which languages you speak."
    )
    _save(document, "v3_community_language_care_navigator.docx")


def v4_long_term_conditions_health_coach() -> None:
    """The closing date only in the page footer, the employer and band on a bold line under the heading; key duties
    as bullets with a "must" in one; Essential and Desirable as two rows per area ("Area | Level | Requirements"), the
    area merged down, with a funded-training line in a Desirable cell, "not required" and a DBS line in Essential
    cells, and "N/A"."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[0].text = "Closing date: 27/03/2029  \u00b7  Reference HH-LTC-117"
    document.add_heading("Long-Term Conditions Health Coach", level=1)
    document.add_paragraph().add_run("Hounslow Health  |  Band 4  |  Permanent, 37.5 hours a week").bold = True
    document.add_paragraph("Working across the Hounslow, Chiswick and Feltham primary care networks")
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "People living with diabetes, high blood pressure or breathing problems usually see a nurse for ten minutes "
        "twice a year. Health coaches give them more time: up to six conversations, in person, by phone or by video, "
        "to work out what matters to them and what they want to change, whether that is walking more, eating "
        "differently, taking medicines as planned or getting back to work."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Hold one-to-one coaching conversations with patients referred by GPs, nurses and pharmacists",
        "Plan and lead group courses for patients with the same condition, in practices and online",
        "You must record every session in SystmOne on the same day, using the agreed codes",
        "Work with the social prescribing link workers when patients need help with money, housing or loneliness",
        "Run one evening clinic a week on a rota between the three networks",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "Level 3 qualification in health, social care, fitness or a related subject"),
        (
            "Qualifications",
            "Desirable",
            "Health coaching training approved by the Personalised Care Institute\n"
            "We will fund approved health coaching training for the successful candidate",
        ),
        (
            "Experience",
            "Essential",
            "Experience of supporting people to change their behaviour or lifestyle\n"
            "Previous NHS experience is not required",
        ),
        (
            "Experience",
            "Desirable",
            "Experience of working with people living with type 2 diabetes, high blood pressure or COPD",
        ),
        (
            "Skills",
            "Essential",
            "Able to listen well and help people set their own goals rather than giving advice\n"
            "Able to run group sessions, including sessions held online by video",
        ),
        ("Skills", "Desirable", "Speaks Punjabi, Urdu, Gujarati or Somali"),
        ("Knowledge", "Essential", "Understanding of personalised care and shared decision-making"),
        ("Knowledge", "Desirable", "Knowledge of the NHS Diabetes Prevention Programme"),
        (
            "Other",
            "Essential",
            "Able to travel between GP practices in Hounslow and to run one evening clinic a week\n"
            "Standard DBS check on appointment",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "Hounslow Health is the GP federation for the borough's practices. We offer 27 days' annual leave plus bank "
        "holidays, the NHS Pension, a mileage allowance, and protected time each month for coaching supervision. We "
        "are unable to sponsor visas, so you must already have the right to work in the UK."
    )
    _save(document, "v4_long_term_conditions_health_coach.docx")


V5_ITEMS = [
    ("bold", f"Harrow Health CIC {DASH} working with Harrow's primary care networks"),
    ("title", f"Social Prescribing Support Worker {DASH} Unpaid Carers"),
    ("body", "Closing date: Thursday 29 March 2029   |   Interviews: Wednesday 11 April 2029"),
    ("gap", ""),
    ("heading", "About the role"),
    (
        "body",
        "About one in ten people in Harrow looks after a family member, partner, friend or neighbour who could not "
        "manage without them. Many never tell their GP, and many are close to breaking point before anyone notices. "
        "You will be the practices' link with these carers: finding them, listening to them, and helping them get "
        "a break, some money, some company and some time for their own health.",
    ),
    ("heading", "What you'll be doing"),
    ("body", "\u2022 Working through the practices' carers registers and ringing carers to offer a conversation"),
    (
        "body",
        "\u2022 You must phone every newly referred carer within five working days and note the call on the "
        "practice system",
    ),
    ("body", "\u2022 Meeting carers at the surgery, at home or in a cafe, and agreeing a simple plan with them"),
    ("body", "\u2022 Helping carers ask the council for an assessment and apply for Carer's Allowance"),
    ("body", "\u2022 Helping to set up a monthly carers' coffee morning in each network"),
    ("heading", "Must-haves"),
    (
        "body",
        "\u2022 Experience of caring for someone, or of supporting carers, in a paid, voluntary or personal capacity",
    ),
    ("body", "\u2022 Able to listen to people in difficult situations without judging them"),
    ("body", "\u2022 Able to keep clear, accurate notes on a computer system"),
    ("body", "\u2022 Able to organise your own diary across several GP practices"),
    ("body", "\u2022 Good spoken and written English"),
    ("body", "\u2022 Willing to travel across Harrow, including visits to people's homes"),
    (
        "body",
        f"\u2022 You don't need a qualification in social prescribing {DASH} we'll support you through a Level 3 "
        "certificate during your first year with us",
    ),
    ("heading", "Nice to have (not essential)"),
    ("body", "\u2022 Knowledge of carer's assessments and the support Harrow Council offers carers"),
    ("body", "\u2022 Speaks Gujarati, Tamil or Romanian"),
    ("body", "\u2022 Experience of running a support group or coffee morning"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; we are not able to sponsor visas. Because the role includes "
        "home visits, an enhanced DBS check is needed, and we will ask for two references.",
    ),
    ("heading", "The details"),
    ("body", f"\u2022 Pay: Agenda for Change Band 3, {POUND}27,840 to {POUND}29,530 a year pro rata"),
    ("body", "\u2022 Hours: 30 a week over four days; the days can be agreed with you"),
    ("body", "\u2022 Base: Wealdstone, with time in practices across the borough"),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave plus bank holidays, and the NHS Pension Scheme"),
    ("body", "\u2022 Mileage or travel costs for visits, and a work mobile phone"),
    ("body", "\u2022 Monthly supervision and a peer group with other social prescribers in Harrow"),
]

V6_ITEMS = [
    ("title", "Physical Activity and Wellbeing Coach"),
    ("bold", "Band 3   |   Closing date 4 April 2029"),
    ("body", f"Brent primary care networks {DASH} Personalised Care Team"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "NHS North West London Integrated Care Board is looking for a Physical Activity and Wellbeing Coach to work "
        "with people referred by GP practices across Brent. Many of them have been told to move more but do not "
        "know where to start, feel unwelcome in a gym, or live with pain, breathlessness or a fear of falling. The "
        "post is full time, 37.5 hours a week, and some of those hours start early or fall on a Saturday.",
    ),
    (
        "body",
        "You will meet each person, agree what they would like to be able to do, and then help them do it: walking "
        "groups in Gladstone Park and Roundwood Park, chair-based exercise in community centres, and gentle circuits "
        "in church halls. You must complete a health questionnaire with every participant before their first "
        "session. You do not need to have worked in the NHS before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked with members of the public to help them become more active, for "
        "example as a fitness instructor, sports coach or activity leader. You must hold a Level 2 qualification "
        "in fitness instruction, sport or physical activity, or an equivalent. You must be able to adapt activities "
        "safely for people with long-term conditions, low fitness or limited mobility. Good spoken English is "
        "essential, as you will be talking with patients by phone and in person every day. It is essential that "
        "you can keep simple records of each person's progress on a computer. It is essential that you are willing "
        "to work some early mornings and Saturday mornings to run sessions in parks and community centres.",
    ),
    (
        "body",
        "A Level 3 qualification such as Exercise Referral would be beneficial. Experience of working with older "
        "adults or people at risk of falls would be an advantage. Speaking Punjabi, Urdu, Gujarati or Tamil would "
        "be beneficial. A current First Aid at Work certificate would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as we are not able to sponsor visas for "
        "this post. The successful candidate will need a standard DBS check. Regular one-to-one supervision with "
        "the Personalised Care Lead is an essential part of how we work. After probation we will fund the Level 3 "
        "Exercise Referral qualification for anyone who does not yet hold it. You will benefit from 27 days' annual "
        "leave plus bank holidays, the NHS Pension, a cycle-to-work scheme and free use of Brent's leisure centres.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through NHS Jobs, and tell us in your supporting statement about a time you helped someone become "
        "more active. Interviews will be held in the week beginning Monday 16 April 2029, with a short practical "
        "session in a local park.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_practice_receptionist()
    v2_young_peoples_social_prescriber()
    v3_community_language_care_navigator()
    v4_long_term_conditions_health_coach()
    (ADVERTS / "v5_social_prescribing_support_worker_unpaid_carers.pdf").write_bytes(
        pdf_bytes(V5_ITEMS, title=(16, 60), bullet_indent="  ")
    )
    (ADVERTS / "v6_physical_activity_and_wellbeing_coach.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 60)))


if __name__ == "__main__":
    main()
