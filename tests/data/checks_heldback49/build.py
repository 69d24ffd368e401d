"""Build the Word and PDF adverts of the forty-ninth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback49/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is
saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (k7 and k8) are plain files and are not built here.
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
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2028, 5, 2, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 5, 2, 9, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def k1_dual_diagnosis_support_worker() -> None:
    """Tick columns with bold category rows merged across the table. Four ticked-Essential rows are not criteria:
    the Care Certificate the job gives, "No previous NHS experience needed" (between the two Experience rows), a
    "Must record ..." duty (after the IT row) and proof of the right to work (the last row)."""
    document = blank_docx("Arial")
    document.add_paragraph().add_run("West London NHS Trust").bold = True
    document.add_heading("Dual Diagnosis Support Worker", level=1)
    document.add_paragraph(
        "Band 3  |  Ealing Community Mental Health Services, Southall  |  37.5 hours a week  |  "
        "Closing date: 2 June 2028"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Many of the people our Ealing community mental health teams look after also drink heavily or use drugs, "
        "and they often fall between services: the drug and alcohol team asks them to come back when their mental "
        "health is settled, and the mental health team waits for them to stop using. Our small dual diagnosis team "
        "of two nurses and two support workers works with both. As a support worker you will spend most of your "
        "week out of the office, getting alongside people who have stopped coming to appointments and helping them "
        "take the next small step."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Hold a caseload of around 15 people, agreed with the dual diagnosis nurse who supervises you",
        "Meet people at home, in cafes and at their GP surgery, and go with them to first appointments at the "
        "drug and alcohol service",
        "Give safer drinking advice and hand out naloxone kits once you have been trained and signed off",
        "Help people to register with a GP, sort out benefits and keep track of their appointments",
        "Take part in weekly team meetings and in care reviews with the person's care coordinator",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, ""),
        ("Certificate in substance misuse awareness or a similar short course", "", TICK),
        ("Completion of the Care Certificate within your first 12 weeks (we will support you)", TICK, ""),
        ("Experience",),
        ("Experience of supporting people with mental health problems, paid or voluntary", TICK, ""),
        ("No previous NHS experience needed", TICK, ""),
        ("Experience of working with people who use drugs or alcohol", "", TICK),
        ("Skills and abilities",),
        ("Able to build trust with people who find it hard to engage with services", TICK, ""),
        ("Good written English for keeping clear and factual case notes", TICK, ""),
        ("Basic IT skills, including email and word processing", TICK, ""),
        ("Must record every contact on RiO by the end of the same working day", TICK, ""),
        ("Knowledge",),
        ("Understanding of harm reduction, for example safer drinking advice or naloxone", "", TICK),
        ("Other",),
        ("Able to travel across Ealing to see people at home and in the community", TICK, ""),
        ("Proof of the right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; weekly "
        "group supervision and a monthly reflective practice session; and an Oyster season ticket loan. The post "
        "is subject to an enhanced DBS check and two satisfactory references. We are unable to offer visa "
        "sponsorship for this post."
    )
    document.sections[0].footer.paragraphs[
        0
    ].text = "West London NHS Trust \u00b7 Ealing Community Mental Health Services \u00b7 Ref 333-EAL-2871-DD"
    save(document, "k1_dual_diagnosis_support_worker.docx")


def k2_physical_activity_coordinator() -> None:
    """Rows marked E or D under "Factor | Criteria | E/D | How assessed" with the factor cell merged down; three
    rows marked E are not criteria (PMVA training given at induction, a "Must count ..." duty and the enhanced
    DBS); a "You must ..." duty in Job purpose; "No previous experience ... is necessary" after the key."""
    document = blank_docx("Calibri")
    document.add_paragraph("West London NHS Trust")
    document.add_heading(f"Physical Activity Coordinator {DASH} Forensic Services", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 4", "Hours", "37.5 hours a week, including one evening and one Saturday in four"),
            ("Service", "West London Forensic Services", "Contract", "Permanent"),
            ("Base", "Three Bridges Medium Secure Unit, Uxbridge Road, Southall", "Reference", "333-FOR-1906"),
            ("Interviews", "Tuesday 20 June 2028", "Closing date", "07/06/2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "People in secure hospitals often stay with us for several years, and many put on weight, lose fitness "
        "and become unwell with diabetes or heart problems. The Physical Activity Coordinator plans and runs the "
        "unit's gym, sports hall and outdoor activity programme with the occupational therapy team, so that every "
        "patient has the chance to be active each week. You must make sure that every patient has an up-to-date "
        "physical health clearance from the ward doctor before they join a session."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Plan a weekly timetable of gym, sports hall, walking and outdoor sessions across six wards.",
        "Run sessions one to one and in small groups, with ward staff present as the security policy requires.",
        "Record each session on RiO and give a short update to each patient's care programme review.",
        "Escort patients with agreed leave to local parks and community leisure centres.",
        "Check the gym and sports equipment, report faults and order replacements.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Level 2 Certificate in Fitness Instructing (Gym) or equivalent", "E", "A"),
        ("Qualifications", "Level 3 qualification in exercise referral or personal training", "D", "A"),
        (
            "Qualifications",
            "Prevention and management of violence and aggression (PMVA) training, completed during induction",
            "E",
            "N/A",
        ),
        ("Experience", "Experience of planning and leading group exercise or sports sessions", "E", "A / I"),
        (
            "Experience",
            "Experience of working with people with mental health problems or in a secure setting",
            "D",
            "A / I",
        ),
        (
            "Skills and abilities",
            "Able to adapt activities for people with different levels of fitness, confidence and motivation",
            "E",
            "I",
        ),
        (
            "Skills and abilities",
            "Able to keep clear written records of sessions and of each person's progress",
            "E",
            "A / T",
        ),
        ("Skills and abilities", "Able to stay calm and set clear limits when someone becomes agitated", "E", "I"),
        ("Skills and abilities", "Must count all gym equipment in and out at every session", "E", "N/A"),
        ("Knowledge", "Knowledge of how regular physical activity supports mental and physical health", "E", "I"),
        (
            "Knowledge",
            "Awareness of the physical health risks of antipsychotic medication, such as weight gain and diabetes",
            "D",
            "I",
        ),
        (
            "Other",
            "Full UK driving licence, to take patients to community leisure centres on escorted leave",
            "D",
            "A",
        ),
        ("Other", "Enhanced DBS check with adults' and children's barred lists", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "How assessed: A = application form, I = interview, T = written task on the day, N/A = not assessed at "
        "shortlisting."
    )
    document.add_paragraph(
        "No previous experience of forensic or secure services is necessary: every new starter has a two-week "
        "induction, including security and key training. We offer 27 days' annual leave plus bank holidays, the "
        "NHS Pension, free parking on the Southall site, use of the staff gym and a cycle-to-work scheme."
    )
    save(document, "k2_physical_activity_coordinator.docx")


def k3_recovery_college_administrator() -> None:
    """Essential and Desirable side by side per category; two second lines in Essential cells are not criteria
    (no mental health experience needed, right to work without sponsorship); "N/A" in the Other Desirable cell;
    a "You must ..." duty in About the job."""
    document = blank_docx("Arial")
    document.add_heading("Recovery and Wellbeing College Administrator", level=1)
    document.add_paragraph("Central and North West London NHS Foundation Trust  |  Recovery and Wellbeing College")
    document.add_paragraph("Based at our Brent hub in Wembley, with regular work at college venues in Harrow and Hayes")
    document.add_paragraph(f"Band 3  |  {POUND}29,970 to {POUND}32,140 a year including HCAS  |  37.5 hours a week")
    document.add_paragraph("Closing date: 9 June 2028        Interviews: 22 June 2028")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our Recovery and Wellbeing College runs free courses about mental health and wellbeing, written and taught "
        "together by people with lived experience and by professionals. Each term we run around 120 courses in "
        "community venues and online, from managing anxiety to understanding medication. The college "
        "administrator keeps all of this running: enrolling learners, booking rooms and tutors, putting together "
        "the prospectus, sending out course materials and keeping attendance records. You must send joining "
        "instructions to every learner at least three working days before their course starts."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade C / 4 or above, or equivalent",
            "NVQ Level 2 or 3 in Business Administration",
        ),
        (
            "Experience",
            "Experience of office or administrative work, including bookings and record keeping\n"
            f"No experience of mental health services is needed {DASH} full training will be given",
            "Experience of organising courses, events or training sessions",
        ),
        (
            "Skills",
            "Confident with Microsoft Word, Excel and Outlook\nA friendly, clear telephone manner",
            "Able to set up and host online sessions on Microsoft Teams or Zoom",
        ),
        (
            "Knowledge",
            "Understanding of why personal information must be kept confidential",
            "Personal experience of using mental health services",
        ),
        (
            "Other",
            "Able to work at college venues in Brent, Harrow and Hillingdon\n"
            f"Right to work in the UK {DASH} we are unable to offer sponsorship for this post",
            "N/A",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave rising to 33 with service, the NHS Pension, hybrid working after your "
        "induction and free places on any of the college's own courses. Appointment is subject to a basic DBS "
        "check and two references. We particularly welcome applications from people who have used mental health "
        "services."
    )
    save(document, "k3_recovery_college_administrator.docx")


def k4_lived_experience_recovery_worker() -> None:
    """Everything about the post in a two-column details table; then "Area | Level | Requirements" with an
    Essential and a Desirable row per area and the area merged down over both. Not criteria: the peer support
    training the job gives (the only line of the Training Essential row), "No previous NHS experience is
    required" and the enhanced DBS (second lines of Essential rows), "N/A" and a "You must ..." duty bullet."""
    document = blank_docx("Calibri")
    label_value_table(
        document,
        [
            ("Job title", f"Lived Experience Recovery Worker {DASH} Addictions"),
            ("Band", "Band 3"),
            ("Organisation", "Central and North West London NHS Foundation Trust"),
            ("Service", "Hillingdon Community Addictions Team"),
            ("Base", "Uxbridge, with groups and outreach across the London Borough of Hillingdon"),
            ("Hours", "37.5 hours a week, including one evening a week"),
            ("Closing date", "14/06/2028"),
            ("Reference", "368-ADD-0614"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Lived experience recovery workers are members of our team who have been through their own recovery from "
        "drugs or alcohol and use that experience to give hope to people starting out. You will meet people when "
        "they first come to the service, stay alongside them through detox and treatment, and help them to build "
        "a life in recovery: mutual aid, volunteering, training and work."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Welcome new people to the service and share what helped you, in a way that is safe for you and for them",
        "Co-facilitate the Thursday evening recovery group at the Uxbridge base",
        "Go with people to their first mutual aid meetings and to appointments at the GP, housing office or Jobcentre",
        "You must tell the duty worker the same day if anyone you meet says they are at risk of overdose",
        "Take part in weekly peer supervision and in team meetings",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        (
            "Lived experience",
            "Essential",
            "Personal experience of recovery from drug or alcohol use, with at least 12 months of stable recovery",
        ),
        (
            "Lived experience",
            "Desirable",
            "Experience of sharing your own story to help others, for example in mutual aid groups",
        ),
        ("Training", "Essential", "Completion of the Trust's Peer Support Worker training in your first three months"),
        ("Training", "Desirable", "Level 2 Certificate in Understanding Substance Misuse"),
        (
            "Experience",
            "Essential",
            "Experience of supporting other people in a paid or voluntary role\nNo previous NHS experience is required",
        ),
        ("Experience", "Desirable", "Volunteering in a drug and alcohol service"),
        (
            "Skills",
            "Essential",
            "Able to listen without judging and keep appropriate boundaries\n"
            "Able to write short, accurate notes after each contact",
        ),
        ("Skills", "Desirable", "Speaks a community language used in Hillingdon, such as Punjabi, Polish or Somali"),
        (
            "Other",
            "Essential",
            "Able to work one evening a week to run a recovery group\nSatisfactory enhanced DBS check",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "A criminal record will not automatically stop you from being appointed: we look at each disclosure with "
        "you. You will have monthly one-to-one supervision with a senior peer worker, 27 days' annual leave plus "
        "bank holidays, the NHS Pension and access to our staff wellbeing service."
    )
    save(document, "k4_lived_experience_recovery_worker.docx")


K5_ITEMS = [
    ("title", f"Welfare Benefits and Housing Support Worker {DASH} Community Mental Health"),
    ("bold", f"West London NHS Trust {DASH} Hounslow Community Mental Health Hub"),
    ("body", "Based in Hounslow, with home visits across the London Borough of Hounslow"),
    ("gap", ""),
    ("body", f"Band 4  |  {POUND}31,210 to {POUND}34,080 a year, including Outer London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Monday to Friday, 9am to 5pm"),
    ("body", "Closing date: Friday 16 June 2028. Interviews: Tuesday 27 June 2028."),
    ("heading", "About the role"),
    (
        "body",
        "Money and housing worries are among the most common reasons people's mental health gets worse, and among "
        "the hardest things to sort out when you are unwell. Our hub has around 1,400 people on its books, and "
        "you will be the person the care coordinators turn to when someone's benefits have been stopped or their "
        "landlord has served notice.",
    ),
    ("heading", "What you'll do"),
    ("body", "\u2022 Meet people referred by their care coordinator and work out which benefits they can claim"),
    ("body", "\u2022 Help people to make and keep up claims, including Universal Credit, PIP and Council Tax Support"),
    (
        "body",
        "\u2022 Support people at risk of losing their home to deal with their landlord and the council's housing team",
    ),
    (
        "body",
        "\u2022 You must check the team's deadline calendar every morning, so that no mandatory reconsideration or "
        "appeal date is missed",
    ),
    ("body", "\u2022 Prepare evidence for benefit appeals with the person and their care coordinator"),
    ("heading", "What we're looking for"),
    ("bold", "Essential"),
    ("body", "\u2022 Experience of helping people to claim benefits such as Universal Credit or PIP"),
    (
        "body",
        "\u2022 Experience of helping people with housing problems, such as rent arrears or a homelessness application",
    ),
    ("body", "\u2022 Able to complete long forms accurately and to deadlines"),
    (
        "body",
        "\u2022 Confident speaking up for people with landlords, councils and the DWP, by phone and in writing",
    ),
    ("body", "\u2022 Good IT skills, including email, spreadsheets and online forms"),
    ("body", "\u2022 Able to keep track of many people's cases at the same time"),
    (
        "body",
        f"\u2022 You don't need to be a benefits expert {DASH} we fund accredited welfare rights training in your "
        "first six months",
    ),
    ("bold", "Desirable"),
    ("body", "\u2022 Level 3 Certificate in Advice and Guidance or a similar advice qualification"),
    ("body", "\u2022 Experience of working with people with mental health problems"),
    ("body", "\u2022 Speaks a language used in Hounslow, such as Punjabi, Urdu, Somali or Polish"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need to show that you have the right to work in the UK; we are not able to sponsor a visa for "
        "this post. Offers are subject to an enhanced DBS check and two references covering the last three years.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave, rising to 33 days with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme and NHS discounts"),
    ("body", "\u2022 A funded Level 4 welfare rights qualification after your first year in post"),
    ("body", "\u2022 Hybrid working once you have finished your induction"),
]

K6_ITEMS = [
    ("title", "Problem Gambling Clinic Team Administrator"),
    ("body", "Addictions and Offender Care, Central and North West London NHS Foundation Trust"),
    ("body", "Clinic base in Fulham, west London, with some home working"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our problem gambling clinic offers assessment and treatment to adults whose gambling has got out of "
        "control, and support to the people close to them. Referrals have doubled in three years, and we are "
        "looking for a Team Administrator to join our admin team of four at Band 3, working 37.5 hours a week. "
        "The closing date is Wednesday 21 June 2028 and interviews will be held on Friday 30 June.",
    ),
    (
        "body",
        "Day to day you will answer the clinic's phone line and inbox, register new referrals, book assessments "
        "and group sessions, type clinic letters and keep the waiting list up to date. You must send every new "
        "referral an assessment date within ten working days of the referral arriving, and you will pass any call "
        "that raises a risk concern straight to the duty clinician. You do not need to know anything about "
        "gambling or addiction before you start: we will train you.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a busy office or reception. You must be able to type letters "
        "accurately from a clinician's notes or recordings. Good Word and Excel skills are essential. It is "
        "essential that you can speak calmly and kindly to callers who may be in debt, ashamed or distressed. A "
        "clear understanding of confidentiality is essential, because many of our patients have not told their "
        "families about their gambling.",
    ),
    (
        "body",
        "Experience of working in the NHS or another healthcare setting would be beneficial. Experience of taking "
        "minutes at meetings would be an advantage. Knowledge of an electronic patient record such as SystmOne or "
        "RiO is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need an enhanced DBS check. You will benefit from 27 days' "
        "annual leave plus bank holidays, the NHS Pension, hybrid working after induction and an interest-free "
        "season ticket loan. We would like to hear from you even if you do not meet every point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    k1_dual_diagnosis_support_worker()
    k2_physical_activity_coordinator()
    k3_recovery_college_administrator()
    k4_lived_experience_recovery_worker()
    (ADVERTS / "k5_welfare_benefits_housing_support_worker.pdf").write_bytes(pdf_bytes(K5_ITEMS, title=(14, 64)))
    (ADVERTS / "k6_gambling_clinic_team_administrator.pdf").write_bytes(pdf_bytes(K6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
