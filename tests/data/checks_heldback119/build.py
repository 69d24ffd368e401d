"""Build the Word and PDF adverts of held-back set 119 from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback119/build.py`. The generated files are
committed, so nothing needs this script to score them; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`; every Word file is saved with fixed core-property dates and fixed zip
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

TICK = "\u2713"  # a plain check mark in the level column that applies; the other cell is left empty
DASH = "\u2013"
FIXED_TIME = dt.datetime(2029, 2, 5, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 5, 10, 30, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------- Word adverts


def v1_safeguarding_adults_team_administrator() -> None:
    """The employer only in the page header; the title and band in labelled lines under the heading; duties as
    bullets; tick columns with category rows merged across the table and four ticked-Essential rows that are not
    criteria (training the job gives, "not required", a "Must ..." duty, the right to work); the closing date only
    in the last paragraph."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "London North West University Healthcare NHS Trust"
    section.footer.paragraphs[0].text = "Job reference 362-SGA-0719"
    document.add_heading("Job Description and Person Specification", level=1)
    for label, value in [
        ("Job title: ", "Safeguarding Adults Team Administrator"),
        ("Pay: ", "Agenda for Change Band 3"),
        ("Department: ", f"Safeguarding Adults {DASH} Nursing and Quality Directorate"),
        ("Base: ", "Northwick Park Hospital, Watford Road, Harrow, with some work at Ealing Hospital"),
        ("Hours: ", "37.5 hours a week, Monday to Friday, 8.30am to 4.30pm"),
    ]:
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(value)
    document.add_heading("Job summary", level=2)
    document.add_paragraph(
        "The Safeguarding Adults Team is made up of four specialist nurses, a learning disability liaison nurse and "
        "an administrator. We advise ward and community staff when they are worried that a patient may be being "
        "abused or neglected, and we work with Brent, Harrow and Ealing councils on the enquiries that follow. You "
        "will be the first point of contact for the team and keep its meetings, records and reports running."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Answer the team's phone line and shared inbox, and pass urgent concerns to the nurse on duty straight away",
        "Book and take minutes at safeguarding strategy meetings, case reviews and the monthly Safeguarding Adults "
        "Group",
        "Keep the team's training records and send reminders to staff whose training is due",
        "Prepare the quarterly activity report for the Director of Nursing from the team's database",
        "Order stationery and keep the team's diaries",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, ""),
        ("RSA / OCR Level 2 text processing or a similar typing qualification", "", TICK),
        ("Completion of the Trust's safeguarding adults Level 2 e-learning within six weeks of starting", TICK, ""),
        ("Experience",),
        ("Experience of taking minutes at formal meetings", TICK, ""),
        ("Previous safeguarding experience is not required", TICK, ""),
        ("Experience of administrative work in a health, social care or local authority setting", "", TICK),
        ("Skills and abilities",),
        ("Good working knowledge of Microsoft Word, Outlook and Excel", TICK, ""),
        ("Able to deal with distressing information calmly and sensitively", TICK, ""),
        ("Experience of using an electronic patient record such as Cerner or SystmOne", "", TICK),
        (
            "Must log every new concern received by the team on the safeguarding database within one working day",
            TICK,
            "",
        ),
        ("Knowledge",),
        (
            "Understanding of confidentiality and of when information may be shared to protect an adult at risk",
            TICK,
            "",
        ),
        ("Other",),
        ("Able to organise own workload and meet tight deadlines", TICK, ""),
        ("Right to work in the UK (we cannot offer visa sponsorship for this post)", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("Additional information", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension Scheme, a season ticket loan and staff "
        "discounts. This post needs an enhanced DBS check and two satisfactory references. For an informal chat, "
        "call the Named Nurse for Safeguarding Adults on 020 7946 0318."
    )
    paragraph = document.add_paragraph()
    paragraph.add_run("Closing date for applications: 12/03/2029").bold = True
    paragraph.add_run(". Interviews will be held on 21/03/2029.")
    save(document, "v1_safeguarding_adults_team_administrator.docx")


def v2_mash_health_information_officer() -> None:
    """The title as the heading; the employer in a details table with no header; the band only inside the job
    purpose; the closing date only in the page footer; numbered duties; an E/D column with "How assessed" and the
    category merged down (not bold), with three rows marked E that are not criteria; the key, a "not needed" line
    and benefits after the table."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[0].text = f"Ref 391-CLCH-5520 {DASH} Closing date: Wednesday 14 March 2029"
    document.add_heading("MASH Health Information Officer", level=1)
    label_value_table(
        document,
        [
            ("Employer", "Central London Community Healthcare NHS Trust"),
            ("Service", f"Safeguarding Children {DASH} Hammersmith and Fulham Multi-Agency Safeguarding Hub"),
            ("Base", "Hammersmith Town Hall, King Street, London W6 9JU"),
            ("Contract", "Permanent, full time (37.5 hours)"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "When the council's Multi-Agency Safeguarding Hub receives a referral about a child, the police, social care, "
        "schools and health each check what they know. This is a Band 4 post in the health team at the hub: you will "
        "search health records for the child and the adults around them, and write a short summary for the social "
        "worker deciding what happens next. You will be supervised by the MASH Specialist Nurse."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Search health visiting, school nursing, GP and hospital records for each child named in a referral",
        "Write a factual summary of what health services know, flagging missed appointments and injuries",
        "Pass any referral that needs a nurse's judgement to the MASH Specialist Nurse at once",
        "Attend the daily MASH meeting and record the health actions agreed",
        "Keep the health team's log of requests and timescales up to date",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Educated to A-level standard or equivalent (such as a Level 3 BTEC)", "E", "A"),
        ("Qualifications", "Level 3 safeguarding children training", "D", "A"),
        (
            "Qualifications",
            "Information governance and MASH induction training, completed in the first month",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of gathering information from records and summarising it for other professionals",
            "E",
            "A / I",
        ),
        (
            "Experience",
            "Experience of working with children or families in a health, social care, police or education setting",
            "E",
            "A / I",
        ),
        (
            "Experience",
            "Experience of working in a Multi-Agency Safeguarding Hub or a children's social care front door",
            "D",
            "A / I",
        ),
        ("Skills", "Able to write short, factual summaries under time pressure", "E", "T"),
        ("Skills", "Confident user of Microsoft Office and secure email (nhs.net)", "E", "A"),
        ("Skills", "Experience of using SystmOne", "D", "A / I"),
        (
            "Skills",
            "Must complete the health check on each MASH referral within the agreed 24-hour timescale",
            "E",
            "N/A",
        ),
        ("Knowledge", "Knowledge of the signs of abuse and neglect in children", "E", "I"),
        (
            "Other",
            "Able to work from the MASH office at Hammersmith Town Hall at least three days a week",
            "E",
            "I",
        ),
        ("Other", "Right to work in the UK; this post is not eligible for sponsorship", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_paragraph("How assessed: A = application, I = interview, T = written summary exercise at interview.")
    document.add_paragraph(
        f"You do not need to have worked in safeguarding before {DASH} the Specialist Nurse will train you. The post "
        "needs an enhanced DBS check with a check of the children's barred list. We offer 27 days' annual leave "
        "rising with service, the NHS Pension, hybrid working for up to two days a week and a free employee "
        "assistance service. For a conversation about the post, email mash.health@example.com."
    )
    save(document, "v2_mash_health_information_officer.docx")


def v3_interpreting_services_receptionist() -> None:
    """Everything about the post in a details table with two label-value pairs a row; a "You must ..." duty in
    About the role; Essential and Desirable side by side per category, with a "no experience needed" line in an
    Essential cell, "N/A" and an empty Desirable cell, and a benefit alone in the last Desirable cell."""
    document = blank_docx("Calibri")
    document.add_heading("Vacancy information", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Interpreting Services Receptionist", "Band", "Band 2"),
            ("Employer", "Imperial College Healthcare NHS Trust", "Closing date", "Thursday 8 March 2029"),
            ("Service", "Interpreting and Translation Service", "Base", "Charing Cross Hospital, Fulham Palace Road"),
            ("Hours", "37.5 a week on a rota, Monday to Friday", "Reference", "290-CSS-8841"),
        ],
    )
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "Our service books face-to-face, telephone and video interpreters in more than 120 languages for patients at "
        "Charing Cross, Hammersmith, St Mary's, Queen Charlotte's and the Western Eye hospitals. You will staff the "
        "service's front desk and phone line, take requests from wards and clinics, find an interpreter from our "
        "in-house team or our agencies, and welcome patients and interpreters when they arrive. You must confirm "
        "every interpreter booking with the ward or clinic by email before the end of the same day."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English at grade 4 (C) or above, or equivalent",
            "Level 3 Certificate in Community Interpreting or another interpreting qualification",
        ),
        (
            "Experience",
            "Experience of working on a reception desk or in a customer service role\n"
            f"No hospital experience needed {DASH} we will train you on our interpreter booking system",
            "Experience of booking appointments or shifts for other people",
        ),
        (
            "Communication",
            "Polite and patient with people who are anxious or speak little English",
            "Speaks a second language used by our patients, such as Arabic, Farsi, Portuguese or Somali",
        ),
        ("Skills", "Able to use email and a computer booking system accurately", "N/A"),
        ("Knowledge", "Understanding of why relatives and children should not be used as interpreters", ""),
        (
            "Other",
            "Able to work a rota of early (7.30am) and late (until 8pm) shifts, Monday to Friday",
            "Free English and language classes at our staff learning centre",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave plus bank holidays, the NHS Pension, Inner London High Cost Area "
        "Supplement and an interest-free season ticket loan. You must have the right to work in the UK, as we cannot "
        "sponsor a visa for this post, and the offer will depend on references and a basic DBS check."
    )
    save(document, "v3_interpreting_services_receptionist.docx")


def v4_complaints_case_handler() -> None:
    """The employer only in the page header; the title and band in the heading; the closing date in a bold line
    under the address; Essential and Desirable as two rows per area, the area merged down, one or two requirements
    a cell, with a "not required" line and a DBS line in Essential cells and "N/A" in one Desirable cell."""
    document = blank_docx("Arial")
    document.sections[0].header.paragraphs[0].text = "Chelsea and Westminster Hospital NHS Foundation Trust"
    document.add_heading("Complaints Case Handler (Band 4)", level=1)
    document.add_paragraph(
        "Patient Experience Team, West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF"
    )
    paragraph = document.add_paragraph()
    paragraph.add_run("Closing date: 19 March 2029 at midnight. Interviews: 28 March 2029.").bold = True
    document.add_heading("About the team", level=2)
    document.add_paragraph(
        "The Patient Experience Team handles around 900 formal complaints a year across our two main hospitals and "
        "our clinics. Each case handler looks after their own caseload, from the first phone call to the final "
        "response letter, working with the doctors, nurses and managers involved."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Acknowledge every new complaint within three working days and agree a plan with the complainant",
        "Ask the services involved for statements and records, and chase them when they are late",
        "Draft response letters and arrange meetings between complainants and clinicians",
        "Record every step of each case on the complaints database",
        "Prepare files for the Ombudsman when a complainant asks for a review",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        (
            "Education",
            "Essential",
            "Good general education, including English language at GCSE grade C / 4 or equivalent",
        ),
        ("Education", "Desirable", "A qualification in complaints handling, customer service or mediation"),
        (
            "Experience",
            "Essential",
            "Experience of investigating complaints and replying to them in writing\n"
            "Previous NHS experience is not required",
        ),
        ("Experience", "Desirable", "Experience of working in an NHS complaints or PALS team"),
        (
            "Skills",
            "Essential",
            "Excellent written English, with the ability to draft clear response letters for a director to sign\n"
            "Able to talk with upset or angry callers calmly and with empathy",
        ),
        ("Skills", "Desirable", "Experience of using Datix or another complaints database"),
        (
            "Knowledge",
            "Essential",
            "Understanding of the NHS complaints regulations (2009), including the timescales for acknowledging "
            "complaints",
        ),
        ("Knowledge", "Desirable", "Awareness of the role of the Parliamentary and Health Service Ombudsman"),
        (
            "Other",
            "Essential",
            "Able to manage a caseload of 25 to 30 open complaints and keep to deadlines\n"
            "Satisfactory basic DBS check and the right to work in the UK",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer flexible working, 27 days' annual leave plus bank holidays, the NHS Pension, a free shuttle bus "
        "between our hospitals and a staff wellbeing programme. We are unable to offer visa sponsorship for this "
        "role. Questions: patient.experience.jobs@example.com or 020 7946 0462."
    )
    save(document, "v4_complaints_case_handler.docx")


# ---------------------------------------------------------------------------------------------------- PDF adverts

V5_ITEMS = [
    ("title", "Bilingual Health Advocate"),
    ("bold", f"Ealing GP Federation {DASH} Community Health Advocacy Service"),
    ("bold", "Closing date: Monday 26 March 2029"),
    ("gap", ""),
    (
        "body",
        "Band 3 (Agenda for Change equivalent)  |  \u00a329,640 to \u00a331,180 a year pro rata, "
        "with Outer London weighting",
    ),
    ("body", "Fixed term for 18 months  |  30 hours a week, including some evenings and Saturdays"),
    ("body", "Based at a Southall health centre, working across GP practices in Southall, Acton, Hanwell and Northolt"),
    ("heading", "About the service"),
    (
        "body",
        "Many of the people who most need their GP are the least likely to reach one. Our health advocates speak "
        "the languages of Ealing's Somali and Arabic-speaking communities, and help people register with a practice, "
        "understand their care and take up screening and vaccinations. You will join a team of five advocates and a "
        "coordinator.",
    ),
    ("heading", "What you'll do"),
    ("body", "\u2022 Meet patients before and after GP and nurse appointments to explain what happens next"),
    ("body", "\u2022 Help families register with a GP practice and with a dentist"),
    (
        "body",
        "\u2022 You must record every contact on the practice clinical system before the end of the working day, so "
        "that the GP can see what was discussed",
    ),
    ("body", "\u2022 Run information stalls at mosques, community centres and markets"),
    ("body", "\u2022 Tell the coordinator about any safeguarding worry the same day"),
    ("heading", "Who we're looking for"),
    ("bold", "You'll need"),
    ("body", "\u2022 Fluent spoken English and Somali or Arabic"),
    ("body", "\u2022 Experience of supporting people from refugee or migrant communities, paid or voluntary"),
    ("body", "\u2022 Able to explain health information in plain words and check that it has been understood"),
    ("body", "\u2022 Able to keep accurate notes of every contact"),
    ("body", "\u2022 Willing to work some evenings and Saturdays at community events"),
    ("body", "\u2022 Able to travel between GP practices across Ealing"),
    (
        "body",
        f"\u2022 You don't need a health background {DASH} our six-week induction covers everything from GP "
        "registration to cancer screening",
    ),
    ("bold", "Nice to have, but not essential"),
    ("body", "\u2022 A Level 3 qualification in community interpreting or health advocacy"),
    ("body", "\u2022 Experience of working in a GP surgery"),
    ("body", "\u2022 Knowledge of how to register with a GP and what NHS care is free"),
    ("heading", "Good to know"),
    (
        "body",
        "You must have the right to work in the UK; we are not able to offer visa sponsorship. The post needs an "
        "enhanced DBS check and two references, one from your most recent employer or volunteering role.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 A funded Level 3 Certificate in Community Interpreting in your first year"),
    ("body", "\u2022 NHS Pension, 27 days' annual leave pro rata plus bank holidays"),
    ("body", "\u2022 Time off in lieu for evening and Saturday work, and a travel card for work journeys"),
    ("body", "To talk about the role, call the advocacy coordinator on 020 7946 0577."),
]

V6_ITEMS = [
    ("title", "Emergency Department Safeguarding Liaison Assistant"),
    ("bold", "Safeguarding Team, The Hillingdon Hospitals NHS Foundation Trust"),
    ("body", "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Every day our emergency department sees children, young people and adults whose visit raises a question "
        "about their safety at home. The liaison assistant makes sure none of those questions is lost. This is a "
        "Band 3 post, 37.5 hours a week, Monday to Friday, with one late day until 7pm on a rota. Applications close "
        "on Thursday 22 March 2029, and interviews will be held on Monday 2 April 2029.",
    ),
    (
        "body",
        "Each morning you will go through the previous day's attendance records, check them against local "
        "child protection plans and send notifications to health visitors, school nurses and GPs. You must send "
        "every safeguarding referral raised in the department to the right team within one working day. You will "
        "also keep the team's database up to date and produce a monthly summary for the Named Nurse.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have GCSE English and maths at grade 4 or above, or Functional Skills at Level 2. "
        "You must have at least a year's experience of office or administrative work. Accurate data entry and good "
        "IT skills are essential, because you will move between several systems every day. You must be able to "
        "read clinical notes carefully and pick out information that may point to a safeguarding concern. You do "
        "not need any safeguarding experience, as full training is given. It is essential that you can stay calm "
        "and professional when the cases you read are upsetting. You must be able to work on your own and plan your "
        "day without close supervision.",
    ),
    (
        "body",
        "Experience of working in a hospital or alongside clinical staff would be beneficial. Knowledge of the Child "
        f"Protection {DASH} Information Sharing (CP-IS) system would be an advantage. Safeguarding training at Level "
        "2 or above would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as we cannot sponsor a visa for this "
        "post. The successful applicant will need an enhanced DBS check with both barred lists. Regular "
        "safeguarding supervision is part of the job, and we will fund Level 3 safeguarding training after your "
        "first six months. You will benefit from 27 days' annual leave plus bank holidays, the NHS Pension, "
        "on-site parking at a reduced rate and our staff health and wellbeing service.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply online through our careers page. For an informal conversation, contact the Named Nurse for "
        "Safeguarding on 020 7946 0641 or safeguarding.ed@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_safeguarding_adults_team_administrator()
    v2_mash_health_information_officer()
    v3_interpreting_services_receptionist()
    v4_complaints_case_handler()
    (ADVERTS / "v5_bilingual_health_advocate.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_emergency_department_safeguarding_liaison_assistant.pdf").write_bytes(
        pdf_bytes(V6_ITEMS, title=(14, 64), bullet_indent="  ")
    )


if __name__ == "__main__":
    main()
