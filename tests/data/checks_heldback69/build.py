"""Build the Word and PDF adverts of the sixty-ninth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback69/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is saved
with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The pasted-text
adverts (v7 and v8) are plain files and are not built here.
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
BULLET = "\u2022 "
FIXED_TIME = dt.datetime(2028, 12, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 1, 9, 0, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_crisis_sanctuary_support_worker() -> None:
    """Tick columns under "Criteria | Essential | Desirable" with bold category rows merged across the table; the
    employer only in the page footer, the band and closing date only in a sentence of the opening paragraph; four
    ticked-Essential rows that are not criteria (training the job gives, "No previous NHS experience is needed", a
    "Must record ..." duty and an enhanced DBS check)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.footer.paragraphs[0].text = (
        "Central and North West London NHS Foundation Trust \u00b7 Brent Crisis Sanctuary, Wembley \u00b7 "
        "Job reference 333-BMH-2291"
    )
    document.add_heading("Crisis Sanctuary Support Worker", level=1)
    document.add_paragraph(
        "The Brent Crisis Sanctuary is a calm and welcoming place in Wembley where adults in a mental health "
        "crisis can come in the evening instead of going to A&E. It is open from 5pm to 1am every day of the year "
        "and is run by our Brent mental health services together with a local charity. This is a permanent Band 3 "
        "post of 37.5 hours a week, worked on a rota of evening and weekend shifts. Applications close on Thursday "
        "18 January 2029, and interviews will be held on Tuesday 30 January 2029."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Welcome visitors, many of them sent by NHS 111, the police or their GP, and offer a quiet space, a hot "
        "drink and someone to talk to",
        "Sit with visitors one to one and help them think through what would keep them safe tonight",
        "Help visitors make a plan for the next few days and put them in touch with their GP, housing, debt or "
        "drug and alcohol services",
        "You must complete a safety check of every room before the sanctuary opens at 5pm",
        "Call the crisis team or the emergency services when a visitor's risk cannot be managed in the sanctuary",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Good standard of English and maths, such as GCSE grade 4 (C) or Functional Skills Level 2", TICK, ""),
        ("Mental Health First Aid certificate or other suicide prevention training", "", TICK),
        (
            "Completion of the Trust's de-escalation and breakaway training before working a shift on your own",
            TICK,
            "",
        ),
        ("Experience",),
        ("Experience of supporting people in emotional distress, paid or voluntary", TICK, ""),
        ("No previous NHS experience is needed", TICK, ""),
        ("Experience of working in a mental health, homelessness or substance misuse service", "", TICK),
        ("Skills and abilities",),
        ("Able to listen without judging to people who are distressed or angry", TICK, ""),
        ("Able to write clear, factual notes of each visit on an electronic record", TICK, ""),
        ("Must record every visitor's safety plan before they leave the sanctuary", TICK, ""),
        ("Lived experience",),
        ("Lived experience of mental health difficulties that you are willing to draw on in your work", "", TICK),
        ("Knowledge",),
        (
            "Awareness of how to respond to someone at risk of suicide or self-harm, including when to call for help",
            TICK,
            "",
        ),
        ("Knowledge of local services for housing, debt and drug and alcohol problems", "", TICK),
        ("Other requirements",),
        ("Satisfactory enhanced DBS check", TICK, ""),
        ("Able to work evening and weekend shifts until 1am on a rota", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 days with service, plus bank holidays; unsocial hours payments for "
        "evening and weekend work; the NHS Pension Scheme; free counselling through our staff wellbeing service; "
        "and a taxi home after every shift that ends at 1am. We welcome applications from people with their own "
        "experience of mental health crisis."
    )
    save(document, "v1_crisis_sanctuary_support_worker.docx")


def v2_talking_therapies_assistant_practitioner() -> None:
    """The employer only in the page header (right-aligned), the title as the heading, a details table with two
    label-value pairs a row (the band beside the service, the closing date beside the interview date); rows marked
    E/D with the factor merged down and a "How assessed" column (A, I, T), two E rows assessed "N/A" that are not
    criteria (training the job gives and a "Must enter ..." duty) and a right-to-work row."""
    document = blank_docx("Calibri")
    header = document.sections[0].header.paragraphs[0]
    header.text = "West London NHS Trust"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_heading("Talking Therapies Assistant Practitioner", level=1)
    label_value_table(
        document,
        [
            ("Service", "Ealing Talking Therapies", "Band", "Band 4"),
            ("Base", "Southall, with clinics in GP surgeries across Ealing", "Hours", "37.5 a week, one evening"),
            ("Closing date", "24/01/2029", "Interviews", "07/02/2029"),
            ("Reference", "368-ETT-0741", "Enquiries", "Service Manager, 020 7946 0318"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Ealing Talking Therapies offers NHS psychological therapies to adults with depression and anxiety "
        "disorders. Assistant practitioners help our Psychological Wellbeing Practitioners and therapists to keep "
        "people engaged while they wait and during their treatment: phoning people on the waiting list, helping "
        "to run our wellbeing workshops and collecting the measures people complete at each session. You must "
        "make sure that every person on the waiting list is contacted at least once every four weeks, and you "
        "must pass on any risk you hear about to the duty practitioner before the end of the same day."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Make regular welfare calls to people on the waiting list and complete brief risk checks using the "
        "service's script",
        "Co-facilitate the six-week Managing Stress course and the Wellbeing for Sleep workshop",
        "Collect the questionnaires people complete before each appointment and enter the scores",
        "Book and rearrange appointments and send reminders by text and letter",
        "Help people find community groups, employment advice and other local support",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Educated to A level standard, or an equivalent Level 3 qualification", "E", "A"),
        ("Qualifications", "Certificate in counselling skills at Level 2 or above", "D", "A"),
        (
            "Qualifications",
            "Completion of the service's low-intensity CBT skills programme in your first six months",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of working with people with anxiety or depression, paid or voluntary",
            "E",
            "A / I",
        ),
        ("Experience", "Experience of helping to run groups or workshops", "D", "A / I"),
        (
            "Skills and abilities",
            "Confident speaking to members of the public by telephone, including people who are upset",
            "E",
            "I",
        ),
        (
            "Skills and abilities",
            "Good IT skills, including entering data accurately into a patient record system",
            "E",
            "A / T",
        ),
        (
            "Skills and abilities",
            "Must enter each person's questionnaire scores on the record before their next appointment",
            "E",
            "N/A",
        ),
        ("Skills and abilities", "Able to organise your own diary and keep to time-limited appointments", "E", "I"),
        ("Knowledge", "Understanding of common mental health problems such as anxiety and depression", "E", "I"),
        (
            "Knowledge",
            "Knowledge of the questionnaires used in talking therapies, such as the PHQ-9 and GAD-7",
            "D",
            "I / T",
        ),
        ("Other", "Able to offer one evening clinic a week until 8pm", "E", "I"),
        (
            "Other",
            f"Right to work in the UK {DASH} we are unable to offer visa sponsorship for this post",
            "E",
            "Pre-employment checks",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("Key: E = essential, D = desirable. A = application form, I = interview, T = test.")
    document.add_paragraph(
        "No previous NHS experience is needed. We offer 27 days' annual leave plus bank holidays, the NHS Pension "
        "Scheme, hybrid working once you are trained and the chance to apply for a funded place on the "
        "Psychological Wellbeing Practitioner training programme after your first year. Appointment is subject to "
        "two satisfactory references and an enhanced DBS check."
    )
    save(document, "v2_talking_therapies_assistant_practitioner.docx")


def v3_perinatal_mental_health_team_administrator() -> None:
    """The title and band only in the page header, the employer in bold on the first line, the closing date only
    in a sentence at the very end; Essential and Desirable side by side per category, with a "no experience
    needed" line and a "Must book ..." duty in Essential cells, "N/A" in one Desirable cell and a benefit as the
    second line of another."""
    document = blank_docx("Arial")
    document.sections[0].header.paragraphs[0].text = f"Perinatal Mental Health Team Administrator {DASH} Band 2"
    document.add_paragraph().add_run("Chelsea and Westminster Hospital NHS Foundation Trust").bold = True
    document.add_paragraph(
        "Perinatal Mental Health Team, Maternity Services, West Middlesex University Hospital, Twickenham Road, "
        "Isleworth TW7 6AF"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our perinatal mental health team of specialist midwives, a psychologist and a psychiatrist cares for "
        "women who are pregnant or have had a baby in the last year and are struggling with their mental health. "
        "As the team administrator you will be the first voice many of them hear. You will answer the team phone "
        "and inbox, book clinic and home visit appointments, type letters and take the minutes of the weekly team "
        "meeting. The post is 37.5 hours a week, Monday to Friday, with one later finish each week."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    add_rows_side_by_side(
        table,
        [
            (
                "Qualifications",
                "GCSE English and maths at grade 4 (C) or above, or equivalent",
                "NVQ Level 2 in Business Administration",
            ),
            (
                "Experience",
                "Experience of working in an office or on a reception desk\n"
                f"No experience of maternity or mental health services is needed {DASH} we will train you",
                "Experience of working in a maternity, health visiting or children's service",
            ),
            (
                "Skills",
                "Accurate typing for letters and minutes\n"
                "Able to speak kindly and patiently to parents who are anxious or upset on the phone",
                "Able to take minutes in a multidisciplinary meeting",
            ),
            ("Knowledge", "Understanding of why patient information must be kept confidential", "N/A"),
            (
                "Other",
                "Able to work one late shift until 6pm each week\n"
                "Must book every new referral into a first appointment within two working days of it arriving",
                "Able to speak a language other than English used by families in Hounslow\n"
                "Free use of the staff gym at West Middlesex",
            ),
        ],
    )
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave plus bank holidays, the NHS Pension Scheme, NHS discounts and, after "
        "your first year, a funded NVQ Level 3 in Business Administration. You must have the right to work in the "
        "UK; we cannot offer visa sponsorship for this post. Offers are subject to two references and a basic DBS "
        "check."
    )
    document.add_paragraph(
        "The closing date for applications is Wednesday 31 January 2029, and interviews will be held at West "
        "Middlesex on Monday 12 February 2029."
    )
    save(document, "v3_perinatal_mental_health_team_administrator.docx")


def v4_support_time_and_recovery_worker() -> None:
    """Everything about the post in a two-column details table with no header row; Essential and Desirable as two
    rows per area under "Area | Level | Requirements", the area merged down over both, with "Previous NHS
    experience is not required" and an enhanced DBS line as second lines of Essential rows and "N/A" in one
    Desirable row; a "You must record ..." duty bullet."""
    document = blank_docx("Calibri")
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Community Mental Health Support Time and Recovery Worker"),
            ("Band", "Band 3"),
            ("Employer", "Central and North West London NHS Foundation Trust"),
            ("Team", "Brent Community Mental Health Hub"),
            ("Base", "Wembley and Willesden, with visits across the borough of Brent"),
            ("Hours", "37.5 hours a week, Monday to Friday, 9am to 5pm"),
            ("Salary", "\u00a329,970 to \u00a332,133 a year including outer London allowance"),
            ("Closing date", "09/02/2029"),
            ("Reference", "333-BRT-5108"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Support, time and recovery workers spend time with adults who live with serious mental illness, helping "
        "them to do the things that matter to them: keeping their home, managing money, getting out, seeing "
        "friends and going back to learning or work. You will work alongside care coordinators, nurses and peer "
        "support workers in our community mental health hub, visiting people at home and meeting them in cafes, "
        "libraries, job centres and parks."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Visit people at home and in the community, usually five or six visits a day",
        "Help people with everyday tasks such as shopping, budgeting, paying bills and getting to appointments",
        "Work with each person on their recovery plan and tell their care coordinator about any change",
        "You must record every home visit on Rio before the end of the same working day",
        "Help people join groups, courses and activities in their area",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        (
            "Qualifications",
            "Essential",
            "GCSE English and maths at grade 4 (C) or above, or Functional Skills Level 2",
        ),
        ("Qualifications", "Desirable", "Level 3 qualification in mental health or health and social care"),
        (
            "Experience",
            "Essential",
            "Experience of supporting adults with mental health problems in the community, paid or voluntary\n"
            "Previous NHS experience is not required",
        ),
        ("Experience", "Desirable", "Experience of helping people with benefits, housing or debt problems"),
        (
            "Skills and abilities",
            "Essential",
            "Able to build trusting relationships with people who find it hard to engage with services\n"
            "Able to help people set their own recovery goals and review progress with them",
        ),
        ("Skills and abilities", "Desirable", "Able to speak a community language used in Brent"),
        (
            "Knowledge",
            "Essential",
            "Understanding of the early signs that a person's mental health may be getting worse",
        ),
        ("Knowledge", "Desirable", "N/A"),
        (
            "Other",
            "Essential",
            "Able to travel across Brent to visit people at home and in the community\nSatisfactory enhanced DBS check",
        ),
        ("Other", "Desirable", "Full UK driving licence"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "Full training is given, including the Care Certificate if you do not already hold it, and after your "
        "first year you can apply for a funded Level 3 Diploma in Health and Social Care. We offer 27 days' annual "
        "leave plus bank holidays, the NHS Pension Scheme, an interest-free season ticket loan and a staff bike "
        "scheme. You must have the right to work in the UK; we are not able to offer sponsorship."
    )
    save(document, "v4_support_time_and_recovery_worker.docx")


V5_ITEMS = [
    ("title", "Emergency Department Mental Health Support Worker"),
    ("bold", f"London North West University Healthcare NHS Trust {DASH} Emergency Department"),
    ("body", "Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
    ("body", "Band 3 | \u00a329,970 to \u00a332,133 a year including outer London allowance"),
    ("body", "Permanent | 37.5 hours a week | 12-hour shifts, days and nights, on a rota"),
    ("gap", ""),
    ("heading", "About the role"),
    (
        "body",
        "Every day people come to our emergency department in a mental health crisis. Many of them wait for "
        "hours for an assessment, a bed or transport, and a busy department can be a frightening place to wait. "
        "You will be one of a small team of support workers who stay with these patients, keep them safe and make "
        "the wait easier, working closely with the department's nurses and the mental health liaison team.",
    ),
    ("heading", "What you'll do"),
    ("body", BULLET + "Stay with patients who need close observation, in the department and in our quiet room"),
    ("body", BULLET + "Offer drinks, food, a phone charger and someone to talk to"),
    ("body", BULLET + "Tell the nurse in charge straight away about any change in a patient's mood or behaviour"),
    (
        "body",
        BULLET + "You must hand over each patient you are observing, face to face, to the next member of staff "
        "before you leave at the end of your shift",
    ),
    ("body", BULLET + "Help patients get in touch with family or carers if they wish"),
    ("heading", "What we're looking for"),
    ("bold", "What we need from you"),
    (
        "body",
        BULLET + "Experience of caring for or supporting people in a health, social care or mental health setting",
    ),
    ("body", BULLET + "Able to stay with a distressed patient for long periods, offering calm and steady company"),
    ("body", BULLET + "Able to notice changes in a patient's behaviour or risk and report them straight away"),
    ("body", BULLET + "Good written English for recording clear notes after each period of observation"),
    ("body", BULLET + "Willing to work 12-hour day and night shifts, including weekends and bank holidays"),
    ("body", BULLET + "Able to work as part of a busy team with nurses, doctors and the mental health liaison team"),
    (
        "body",
        BULLET + f"You don't need to have worked in an emergency department before {DASH} you will shadow an "
        "experienced support worker for your first two weeks",
    ),
    ("bold", "Extras that would help"),
    ("body", BULLET + "Care Certificate or NVQ Level 2 in Health and Social Care"),
    ("body", BULLET + "Training in de-escalation or conflict resolution"),
    ("body", BULLET + "Able to speak one of the community languages used in Harrow and Brent"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; we cannot sponsor a visa for this post. Offers are subject "
        "to references, an occupational health check and an enhanced DBS check.",
    ),
    ("body", "Closing date: Sunday 18 February 2029 at midnight. Interviews: Wednesday 28 February 2029."),
    ("heading", "What we offer"),
    ("body", BULLET + "The Care Certificate, completed with our practice educators in your first twelve weeks"),
    ("body", BULLET + "Conflict resolution and breakaway training before your first shift"),
    ("body", BULLET + "27 days' annual leave plus bank holidays, rising with service"),
    ("body", BULLET + "NHS Pension Scheme, free staff counselling and free parking on night shifts"),
]

V6_ITEMS = [
    ("title", "Maternal Mental Health Service Peer Support Worker"),
    ("body", "Maternity and Perinatal Services, Queen Charlotte's and Chelsea Hospital, Du Cane Road, London W12 0HS"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Imperial College Healthcare NHS Trust is looking for a Maternal Mental Health Service Peer Support "
        "Worker to join the team that cares for parents whose mental health has been affected by pregnancy, birth "
        "or loss, across the three boroughs of Westminster, Kensington and Chelsea, and Hammersmith and Fulham. "
        "The post is at Band 3, for 30 hours a week over four days, and is fixed term for two years. The closing "
        "date is Tuesday 20 February 2029, and we plan to hold interviews on Tuesday 6 March 2029.",
    ),
    (
        "body",
        "You will meet parents at home, in our clinics and at community venues, and you will help to run our "
        "parents' group. You must write up every contact on the electronic patient record before you finish for "
        "the day, and you must tell the duty clinician straight away about any worry for a parent's or a baby's "
        "safety. No previous NHS experience is needed.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have your own lived experience of mental health difficulties in pregnancy or "
        "after having a baby, and that you feel ready to use it to help others. You must be able to listen to a "
        "parent's story without judging them or rushing to fix things. Good spoken and written English is "
        "essential, as you will keep short notes after every visit. It is essential that you can travel to "
        "parents' homes and community venues across the three boroughs. You must be able to work on Tuesday "
        "evenings, when our parents' group meets. It is essential that you have supported people one to one or "
        "in groups, in a paid or voluntary role.",
    ),
    (
        "body",
        "Completion of a recognised peer support training course would be beneficial. Experience of volunteering "
        "with a parent and baby group, such as a breastfeeding group or a baby bank, would be an advantage. "
        "Speaking a language used by local families, as well as English, is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that all applicants have the right to work in the UK, as this post is not eligible for "
        "visa sponsorship, and the successful applicant will need an enhanced DBS check. In your first three "
        "months you will complete the Trust's peer support worker training and supervision programme. You will "
        "benefit from 27 days' annual leave plus bank holidays, the NHS Pension Scheme, flexible working and "
        "monthly reflective supervision. We would like to hear from you even if you do not meet every point "
        "above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_crisis_sanctuary_support_worker()
    v2_talking_therapies_assistant_practitioner()
    v3_perinatal_mental_health_team_administrator()
    v4_support_time_and_recovery_worker()
    (ADVERTS / "v5_emergency_department_mental_health_support_worker.pdf").write_bytes(
        pdf_bytes(V5_ITEMS, title=(16, 56))
    )
    (ADVERTS / "v6_maternal_mental_health_peer_support_worker.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
