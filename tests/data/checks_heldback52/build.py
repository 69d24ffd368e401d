"""Build the Word and PDF adverts of the fifty-second held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback52/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is
saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (g7 and g8) are plain files and are not built here.
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

TICK = "\u2713"  # a check mark in the level column; the other level cell is left empty
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2028, 8, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 8, 1, 9, 0, 0)  # every Word file's zip entries


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def g1_community_nursing_scheduler() -> None:
    """The employer in the page header, the title as the heading, one "Band 3 | ... | Closing date" line; duties as
    Word bullets; a check-mark table with category rows merged across and four ticked-Essential rows that are not
    criteria (training the job gives, "Previous NHS experience is not required", a "Must allocate ..." duty and the
    right to work); benefits and checks in a closing paragraph; a reference in the page footer."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Central and North West London NHS Foundation Trust"
    section.footer.paragraphs[
        0
    ].text = f"CNWL {DASH} Hillingdon Community Health Services {DASH} Job reference 333-HCH-2871"
    document.add_heading("Community Nursing Scheduler", level=1)
    document.add_paragraph(
        "Band 3  |  Hillingdon Community Nursing  |  Mead House, Hayes  |  37.5 hours a week  |  "
        "Closing date: Thursday 7 September 2028"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our six community nursing teams make around 1,400 home visits a week to housebound patients across "
        "Hillingdon, from insulin and wound care to end of life care. The scheduling hub makes sure every one of "
        "those visits is given to a nurse or healthcare assistant with the right skills, in an order that makes "
        "sense on the road. You will join a hub of five schedulers working closely with the team leaders."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Allocate each day's visits to the right clinician, taking account of skills, location and time-critical "
        "medicines such as insulin",
        "Answer the scheduling phone line from patients, families, GP practices and hospital discharge teams",
        "Move visits when staff are absent and tell the team leader about any visit that cannot be covered",
        "Record referrals and visit changes on the patient record and the scheduling system",
        "Produce a weekly report of missed and late visits for the service manager",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and qualifications",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, ""),
        ("Level 3 qualification in business administration", "", TICK),
        ("Completion of the Trust's Malinko scheduling training in your first month", TICK, ""),
        ("Experience",),
        ("Experience of planning rotas, routes or appointments for a team", TICK, ""),
        ("Previous NHS experience is not required", TICK, ""),
        ("Experience of working in a community health or social care setting", "", TICK),
        ("Skills and abilities",),
        ("Confident using a computer, including email and spreadsheets", TICK, ""),
        ("Able to stay calm and polite with callers who are worried or upset", TICK, ""),
        ("Able to reorganise a day's visits quickly when staff are off sick", TICK, ""),
        ("Must allocate every visit for the next day by 3pm", TICK, ""),
        ("Knowledge",),
        ("Understanding of the need to keep patient information confidential", TICK, ""),
        ("Knowledge of SystmOne", "", TICK),
        ("Other",),
        ("Right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; free parking "
        "at Mead House; and a hybrid pattern of one day a week at home once you are trained. Appointment is subject "
        "to two satisfactory references and a standard DBS check."
    )
    _save(document, "g1_community_nursing_scheduler.docx")


def g2_school_age_immunisation_assistant() -> None:
    """The employer on a plain first line, the title as the heading, a details table with two label-value pairs a
    row; Job purpose with a "You must ..." sentence; numbered responsibilities; rows marked E or D with the factor
    merged down and a "How assessed" column, three rows marked E that are not criteria (induction training, a cool
    box duty, the DBS check); the key, "No previous vaccination experience is needed" and benefits."""
    document = blank_docx("Calibri")
    document.add_paragraph("Central London Community Healthcare NHS Trust")
    document.add_heading("School Age Immunisation Assistant", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 3", "Hours", "37.5 hours a week, term time plus four weeks"),
            ("Service", "School Age Immunisation Service", "Base", "Parsons Green Health Centre, SW6"),
            ("Reference", "351-CYP-4408", "Closing date", "12/09/2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The School Age Immunisation Service gives the flu, HPV, teenage booster and MenACWY vaccines in more than "
        "200 primary and secondary schools in Westminster, Kensington and Chelsea and Hammersmith and Fulham. The "
        "assistant supports the immunisation nurses on clinic days and keeps the consent and vaccination records "
        "up to date. You must make sure that no child is vaccinated without a consent form that has been checked "
        "against the school list."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Set up and clear away the clinic in the school hall, and pack and unpack the vaccine cool boxes.",
        "Check children's names and dates of birth against the consent list as they arrive.",
        "Record each vaccination on the electronic record during the session, on a laptop or tablet.",
        "Keep children calm while they wait and help the nurse look after anyone who feels faint afterwards.",
        "Phone parents whose consent forms are missing or unclear, and book catch-up clinics.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "Level 2 Functional Skills in English and maths, or GCSEs at grade 4 (C) or above",
            "E",
            "A",
        ),
        ("Qualifications", "Care Certificate", "D", "A"),
        (
            "Qualifications",
            "Anaphylaxis, basic life support and vaccine storage training, completed during induction",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of working with children or young people, for example in a school, nursery, youth club or "
            "health setting",
            "E",
            "A / I",
        ),
        ("Experience", "Experience of working in a vaccination or immunisation clinic", "D", "A / I"),
        ("Skills and abilities", "Accurate data entry on a laptop or tablet", "E", "A / T"),
        ("Skills and abilities", "Able to reassure children who are frightened of needles", "E", "I"),
        (
            "Skills and abilities",
            "Able to lift and carry cool boxes and clinic equipment into schools",
            "E",
            "I",
        ),
        (
            "Skills and abilities",
            "Must check and record the cool box temperature at the start and end of every session",
            "E",
            "N/A",
        ),
        (
            "Other",
            "Able to travel independently to schools across Westminster, Kensington and Chelsea and Hammersmith and "
            "Fulham",
            "E",
            "I",
        ),
        ("Other", "Full UK driving licence", "D", "A"),
        ("Other", "Enhanced DBS check with children's barred list", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, T = short test at interview.")
    document.add_paragraph(
        "No previous vaccination experience is needed: our nurses will train you in everything you need to know "
        "about the programme. We offer term-time working, 27 days' annual leave plus bank holidays pro rata, the NHS "
        "Pension and an interest-free season ticket loan."
    )
    _save(document, "g2_school_age_immunisation_assistant.docx")


def g3_social_prescribing_assistant() -> None:
    """The title as the heading, "employer | service", "Band 3 | pay | hours", the closing and interview dates on
    one line; a "You must ..." duty in About the job; Essential and Desirable side by side per category, with a
    training line alone in the Qualifications Essential cell, a right-to-work line in the Other Essential cell, a
    benefit alone in the Other Desirable cell and "N/A" in one; Working for us."""
    document = blank_docx("Arial")
    document.add_heading("Social Prescribing Assistant", level=1)
    document.add_paragraph("West London NHS Trust  |  Hounslow Primary Care Mental Health and Wellbeing Service")
    document.add_paragraph("Based at Lakeside Centre, Hounslow, working in GP practices across the borough")
    document.add_paragraph(
        f"Band 3  |  {POUND}28,407 to {POUND}30,639 a year including Outer London High Cost Area Supplement  |  "
        "37.5 hours a week"
    )
    document.add_paragraph("Closing date: Friday 15 September 2028      Interviews: Thursday 28 September 2028")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "GPs in Hounslow see many people whose health is affected by money worries, poor housing or loneliness. "
        "Our social prescribing link workers help them find support in the community, and the assistant takes on "
        "the first contact and the follow-up: phoning people who have been referred, booking their first meeting "
        "with a link worker, keeping the directory of local groups up to date and checking in with people after "
        "they have started an activity. You must return every new referral's call within two working days."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            f"No social prescribing qualification is needed {DASH} you will complete the Personalised Care "
            "Institute's online training in your first month",
            "Qualification in health and social care, youth work or community development",
        ),
        (
            "Experience",
            "Experience of supporting people in the community, paid or voluntary",
            "Experience of working with local charities, community groups or faith groups",
        ),
        (
            "Skills",
            "Able to listen to people and help them set their own goals\nAble to keep clear notes on a computer system",
            "Speaks a community language used in Hounslow, such as Punjabi, Urdu or Somali",
        ),
        (
            "Knowledge",
            "Awareness of local services that help with money, housing and loneliness",
            "N/A",
        ),
        (
            "Other",
            "Able to travel between GP practices across Hounslow\n"
            f"Right to work in the UK {DASH} we are unable to offer sponsorship for this post",
            "Free membership of Hounslow leisure centres through our staff wellbeing offer",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave plus bank holidays, the NHS Pension, a cycle-to-work scheme and regular "
        "supervision with a senior link worker. Offers are subject to references and an enhanced DBS check. We "
        "welcome applications from people with lived experience of the issues our service supports."
    )
    _save(document, "g3_social_prescribing_assistant.docx")


def g4_bowel_screening_hub_administrator() -> None:
    """Everything about the post in a two-column details table with no header row; Role summary; Key duties as
    bullets with a "You must ..." duty; an Essential row and a Desirable row per area with the area merged down,
    "Previous screening experience is not required" and a basic DBS line as second lines of Essential cells, "N/A"
    in one Desirable row and an invitation to returners alone in another; Working for us."""
    document = blank_docx("Calibri")
    label_value_table(
        document,
        [
            ("Job title", "Bowel Screening Hub Administrator"),
            ("Band", "Band 2"),
            ("Organisation", "London North West University Healthcare NHS Trust"),
            ("Service", "London Bowel Cancer Screening Hub, St Mark's Hospital"),
            ("Base", "Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
            ("Hours", "37.5 hours a week, Monday to Friday, between 8am and 8pm"),
            ("Closing date", "21/09/2028"),
            ("Reference", "281-STM-5093"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "The hub sends home testing kits to people aged 50 to 74 across London and reads the kits they send back. "
        "Our helpline team answers the questions people have before and after they do the test, sends out "
        "replacement kits and makes sure results letters reach the right person."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Answer the free helpline, about 60 calls a day across the team",
        "Update people's details and preferences on the national screening system",
        "You must send a replacement kit on the same day it is requested",
        "Deal with returned post and kits that cannot be read, and write to the person concerned",
        "Help with the monthly audit of letters and calls",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Education", "Essential", "GCSE English at grade 4 (C) or above, or equivalent"),
        ("Education", "Desirable", "Qualification in customer service, e.g. NVQ Level 2"),
        (
            "Experience",
            "Essential",
            "Experience of working in a call centre or another busy telephone role\n"
            "Previous screening experience is not required",
        ),
        ("Experience", "Desirable", "Experience of working in a healthcare setting"),
        (
            "Skills",
            "Essential",
            "Fast and accurate keyboard skills\n"
            "Able to explain how to use the home test kit to callers who may feel embarrassed",
        ),
        ("Skills", "Desirable", "N/A"),
        ("Knowledge", "Essential", "Understanding of confidentiality and data protection"),
        ("Knowledge", "Desirable", "Knowledge of the NHS Bowel Cancer Screening Programme"),
        (
            "Other",
            "Essential",
            "Able to work one late shift a week, until 8pm, on a rota\nSatisfactory basic DBS check",
        ),
        ("Other", "Desirable", "We welcome applications from people returning to work after a career break"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave plus bank holidays, the NHS Pension, free staff parking at Northwick "
        "Park and full training on the national Bowel Cancer Screening System. Applicants must have the right to "
        "work in the UK; this post is not eligible for visa sponsorship."
    )
    _save(document, "g4_bowel_screening_hub_administrator.docx")


G5_ITEMS = [
    ("title", "Weight Management Support Worker"),
    ("bold", f"Imperial College Healthcare NHS Trust {DASH} Imperial Weight Centre, St Mary's Hospital"),
    ("body", "Praed Street, Paddington, London W2 1NY, with evening groups at community venues in Westminster"),
    ("gap", ""),
    ("body", f"Band 3  |  {POUND}29,970 to {POUND}32,231 a year, including Inner London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Monday to Friday, with one late evening"),
    ("body", "Closing date: Sunday 24 September 2028 at 23:59. Interviews: Thursday 5 October 2028."),
    ("heading", "About the role"),
    (
        "body",
        "Our specialist weight management service helps adults living with obesity to make changes that last, "
        "through twelve-week group programmes, one-to-one reviews and support before and after surgery. The "
        "support worker runs group sessions with our dietitians and psychologists and keeps in touch with people "
        "between appointments.",
    ),
    ("heading", "What you'll do"),
    ("body", "\u2022 Co-run weekly group sessions on eating, activity, sleep and mood, in person and online"),
    ("body", "\u2022 Phone people between sessions to talk through their goals and any setbacks"),
    (
        "body",
        "\u2022 You must weigh every patient at each visit and record the result on Cerner on the same day, so the "
        "team can see progress before the next review",
    ),
    ("body", "\u2022 Book rooms and equipment for community groups and send reminders"),
    ("heading", "What we're looking for"),
    ("bold", "Must have"),
    ("body", "\u2022 Experience of coaching, teaching or supporting adults to change a habit, paid or voluntary"),
    ("body", "\u2022 Able to lead group sessions of up to 12 people"),
    ("body", "\u2022 Able to talk about weight sensitively and without judgement"),
    ("body", "\u2022 Good IT skills, including video calls and entering data on a patient record"),
    ("body", "\u2022 Able to work one evening a week, until 8pm, for the after-work group"),
    (
        "body",
        f"\u2022 You don't need to have worked in the NHS before {DASH} full training in motivational interviewing "
        "is given in your first six weeks",
    ),
    ("bold", "Nice to have"),
    ("body", "\u2022 Level 3 qualification in nutrition, exercise or health improvement"),
    ("body", "\u2022 Experience of working with people with diabetes or another long-term condition"),
    ("body", "\u2022 Knowledge of the Eatwell Guide and current healthy eating advice"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK; we cannot sponsor a visa for this post. Offers are subject to "
        "two references and a standard DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave, rising to 33 with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme and an interest-free season ticket loan"),
    ("body", "\u2022 A funded Level 3 certificate in nutrition and health after your first year"),
    ("body", "\u2022 Time off in lieu for the evening group"),
]

G6_ITEMS = [
    ("title", "Cancer Screening Engagement Assistant"),
    ("body", "Population Health and Inequalities Team, NHS North West London Integrated Care Board"),
    ("body", "15 Marylebone Road, London NW1 5JD, and community venues across the eight boroughs"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Fewer people take up bowel, breast and cervical screening in some of our communities than in others, and "
        "cancers are found later as a result. NHS North West London Integrated Care Board is looking for a Cancer "
        "Screening Engagement Assistant at Band 4, working 37.5 hours a week on a fixed-term contract to 31 March "
        "2030, to help change that. The closing date is Friday 29 September 2028, and interviews will be held in "
        "the week beginning 9 October.",
    ),
    (
        "body",
        "You will visit community groups, places of worship, markets and libraries to talk about screening, work "
        "with GP practices to contact people who have not taken part, and help to run stalls and events with our "
        "community partners. You must log every event, and the number of people you spoke to, on the team tracker "
        "within two working days. You do not need a health or medical background.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have experience of talking to groups of people in community settings, such as "
        "events, places of worship or schools. You must be confident explaining health information in plain "
        "English to people who may be worried or unsure. It is essential that you can plan your own diary and work "
        "without close supervision. Good computer skills are essential, including Microsoft Excel, Teams and "
        "social media. You must be able to work some evenings and Saturdays when community events take place.",
    ),
    (
        "body",
        "Experience of working in public health, health promotion or the voluntary sector would be beneficial. "
        "Knowledge of the three national cancer screening programmes for bowel, breast and cervical cancer would "
        "be an advantage. The ability to speak Tamil, Gujarati, Polish or another community language spoken in "
        "North West London is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need a standard DBS check. We will fund the Royal Society "
        "for Public Health Level 2 Award in Understanding Health Improvement in your first six months. You will "
        "benefit from 27 days' annual leave plus bank holidays, the NHS Pension, hybrid working and time off in "
        "lieu for weekend events. We would like to hear from you even if you do not meet every point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    g1_community_nursing_scheduler()
    g2_school_age_immunisation_assistant()
    g3_social_prescribing_assistant()
    g4_bowel_screening_hub_administrator()
    (ADVERTS / "g5_weight_management_support_worker.pdf").write_bytes(pdf_bytes(G5_ITEMS, title=(16, 56)))
    (ADVERTS / "g6_cancer_screening_engagement_assistant.pdf").write_bytes(pdf_bytes(G6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
