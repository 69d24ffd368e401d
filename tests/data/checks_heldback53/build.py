"""Build the Word and PDF adverts of the fifty-third held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback53/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (p7 and p8) are plain files and are not built here.
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
FIXED_TIME = dt.datetime(2028, 10, 2, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 10, 2, 9, 0, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def p1_stroke_rehabilitation_assistant() -> None:
    """The employer only in the page header and footer; a band, service, hours and closing date line under the
    title; duties as bullets; a check mark in one of two level columns with bold category rows merged across the
    table, and four ticked-Essential rows that are not criteria (a workbook the job gives, "No previous experience
    of stroke care is needed", a "Must set up ..." duty and the right to work); benefits and checks at the end."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Imperial College Healthcare NHS Trust"
    section.footer.paragraphs[
        0
    ].text = f"Imperial College Healthcare NHS Trust {DASH} Stroke Services {DASH} Job reference 290-STR-5521"
    document.add_heading("Stroke Rehabilitation Assistant", level=1)
    document.add_paragraph(
        "Band 3  |  Stroke Therapy Team, Charing Cross Hospital, Fulham Palace Road, W6  |  37.5 hours a week  |  "
        "Closing date: Thursday 2 November 2028"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our stroke unit at Charing Cross looks after people from across North West London in the first weeks "
        "after a stroke. The therapy team of physiotherapists, occupational therapists and speech and language "
        "therapists works seven days a week, and our rehabilitation assistants carry out much of the daily "
        "practice that helps patients to sit, stand, walk, wash, dress and talk again before they go home."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Carry out exercise, walking and activity sessions planned by the therapists, alone or alongside them",
        "Help patients to practise washing, dressing and kitchen tasks as part of their rehabilitation",
        "Use communication charts and picture boards agreed with the speech and language therapists",
        "Write up each session in the patient's Cerner record before the end of the shift",
        "Order and clean therapy equipment and keep the gym tidy and safe",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        (
            "Good standard of literacy and numeracy, e.g. GCSE English and maths at grade 4 (C) or above",
            TICK,
            "",
        ),
        ("NVQ Level 3 or Diploma in Health and Social Care, or equivalent", "", TICK),
        (
            "Completion of the Trust's stroke rehabilitation competency workbook within six months of starting",
            TICK,
            "",
        ),
        ("Experience",),
        (
            "Experience of supporting adults with personal care or mobility in a health or social care setting",
            TICK,
            "",
        ),
        ("No previous experience of stroke care is needed", TICK, ""),
        ("Experience of working with people who have had a stroke or another neurological condition", "", TICK),
        ("Skills and abilities",),
        ("Able to follow an exercise or activity programme set by a therapist and report on progress", TICK, ""),
        ("Able to communicate with patients who have difficulty speaking or understanding", TICK, ""),
        ("Able to write clear and accurate notes in the patient record", TICK, ""),
        (
            "Must set up the therapy gym and check the standing frame and tilt table before the 8.30 handover",
            TICK,
            "",
        ),
        ("Able to use a hoist and other moving and handling equipment safely", "", TICK),
        ("Other",),
        ("Able to work 8am to 8pm shifts, including alternate weekends", TICK, ""),
        ("Right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; a season "
        "ticket loan; and a place on our rehabilitation assistants' study days. This post is subject to two "
        "satisfactory references and an enhanced DBS check."
    )
    save(document, "p1_stroke_rehabilitation_assistant.docx")


def p2_care_home_liaison_administrator() -> None:
    """The employer on a plain first line, a details table with two label-value pairs a row (the closing date as
    "09/11/2028"), a "You must ..." sentence in the job purpose, numbered responsibilities, then rows marked
    E or D with the factor merged down and a "How assessed" column; a training row, a duty row and a DBS row are
    marked E; the key and "No previous NHS experience is needed ..." with benefits after the table."""
    document = blank_docx("Calibri")
    document.add_paragraph("Central and North West London NHS Foundation Trust")
    document.add_heading("Care Home Liaison Administrator", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 3", "Hours", "37.5 hours a week, Monday to Friday"),
            ("Service", "Hillingdon Care Home Support Team", "Base", "Uxbridge, with visits to care homes"),
            ("Reference", "333-HIL-7742", "Closing date", "09/11/2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The Care Home Support Team of nurses, therapists and a consultant geriatrician supports the 64 care homes "
        "in Hillingdon, with weekly ward rounds and a multidisciplinary meeting for each home. The administrator "
        "is the team's link with the homes: booking the rounds, preparing the meeting lists, taking the notes and "
        "making sure that every agreed action reaches the right home, GP or family member. You must make sure "
        "that no patient information leaves the team except by secure NHS email."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Book the weekly ward rounds and keep the team's shared calendar of care home visits.",
        "Prepare the multidisciplinary meeting lists and take the notes and actions at each meeting.",
        "Answer the team's phone line and inbox, and pass clinical questions to the duty nurse.",
        "Enter referrals, appointments and outcomes on SystmOne.",
        "Send letters and newsletters to the homes, and keep the contact list of every home up to date.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "GCSE English and maths at grade 4 / C or above, or equivalent", "E", "A"),
        ("Qualifications", "Level 3 business administration qualification or ECDL / ICDL", "D", "A"),
        (
            "Qualifications",
            "Completion of CNWL's SystmOne and information governance training during induction",
            "E",
            "N/A",
        ),
        ("Experience", "Experience of administrative work, including taking minutes at meetings", "E", "A / I"),
        ("Experience", "Experience of working with care homes, home care or adult social care", "D", "A / I"),
        (
            "Skills and abilities",
            "Able to use Microsoft Word, Excel and Outlook, including mail merge and shared calendars",
            "E",
            "A / T",
        ),
        (
            "Skills and abilities",
            "Able to handle calls from care home staff and relatives calmly and courteously",
            "E",
            "I",
        ),
        (
            "Skills and abilities",
            "Experience of keeping records on an electronic patient record such as SystmOne",
            "D",
            "A",
        ),
        (
            "Skills and abilities",
            "Must send the weekly meeting list to every care home by 12 noon each Monday",
            "E",
            "N/A",
        ),
        ("Knowledge", "Understanding of confidentiality and how to share information safely", "E", "I"),
        ("Other", "Able to travel independently to care homes across Hillingdon", "E", "I"),
        ("Other", "Enhanced DBS check", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, T = test on the day.")
    document.add_paragraph(
        "No previous NHS experience is needed: we will teach you SystmOne and how the team works. We offer 27 "
        "days' annual leave plus bank holidays, the NHS Pension, flexible working after probation and mileage "
        "for visits to the homes."
    )
    save(document, "p2_care_home_liaison_administrator.docx")


def p3_dementia_care_activity_coordinator() -> None:
    """Title, "employer | service", the base, "Band 4 | pay | hours", closing and interview dates on one line;
    a "You must ..." duty in the job paragraph; Essential and Desirable side by side per category, with "not
    essential" and right-to-work lines as second lines of Essential cells, "N/A" in one Desirable cell and
    training the job gives alone in another; benefits after the table."""
    document = blank_docx("Arial")
    document.add_heading("Dementia Care Activity Coordinator", level=1)
    document.add_paragraph("The Hillingdon Hospitals NHS Foundation Trust  |  Care of Older People")
    document.add_paragraph("Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN")
    document.add_paragraph(
        "Band 4  |  \u00a331,050 to \u00a334,120 a year including Outer London High Cost Area Supplement  |  "
        "37.5 hours a week"
    )
    document.add_paragraph("Closing date: Friday 17 November 2028      Interviews: Thursday 30 November 2028")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "About a third of the patients on our four care of older people wards are living with dementia, and a "
        "long stay in hospital can leave them bored, frightened and less able than when they came in. You will "
        "plan and run a daily programme of group and one-to-one activities on the wards and in our day room, "
        "train ward staff and volunteers to use our activity boxes, and work with families on each patient's "
        "life story. You must record every session on the ward's activity log before you leave the ward."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Level 3 qualification in health, social care or activity provision, or equivalent experience",
            "Dementia training at Tier 2 of the Dementia Training Standards Framework",
        ),
        (
            "Experience",
            "Experience of planning and running group activities for older adults or people with dementia\n"
            f"Previous hospital experience is not essential {DASH} you will shadow the team for your first month",
            "Experience of working on a hospital ward",
        ),
        (
            "Skills",
            "Able to adapt an activity for someone with sight, hearing or memory loss\n"
            "Able to engage one to one with a person who is withdrawn or distressed",
            "Able to play a musical instrument or lead group singing",
        ),
        (
            "Knowledge",
            "Understanding of person-centred care, including life story work such as This is me",
            "N/A",
        ),
        (
            "Other",
            "Able to work until 7pm one evening a week and one weekend in four\n"
            f"Right to work in the UK {DASH} we are unable to offer sponsorship for this post",
            "Funded place on the Namaste Care training programme after probation",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will have a budget for activity materials, 27 days' annual leave rising to 33 with service, the NHS "
        "Pension and free use of the staff gym. Appointment is subject to references and an enhanced DBS check."
    )
    save(document, "p3_dementia_care_activity_coordinator.docx")


def p4_hospice_inpatient_support_worker() -> None:
    """Everything about the post in a two-column details table with no header row; role summary; duties as
    bullets with one "You must ..." duty; then Area | Level | Requirements, an Essential row and a Desirable row
    per area with the area merged down over both, a "not required" line and a DBS line as second lines of
    Essential cells and a welcome line as the only line of the Other Desirable row; benefits at the end."""
    document = blank_docx("Calibri")
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Hospice Inpatient Support Worker"),
            ("Band", "Band 3"),
            ("Organisation", "Central London Community Healthcare NHS Trust"),
            ("Service", f"Pembridge Palliative Care Centre {DASH} inpatient unit"),
            ("Base", "St Charles Centre for Health and Wellbeing, Exmoor Street, London W10 6DZ"),
            ("Hours", "37.5 hours a week on a rota of early, late and night shifts"),
            ("Closing date", "23/11/2028"),
            ("Reference", "391-PAL-2087"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Our inpatient unit cares for people with advanced illness from Kensington and Chelsea, Westminster and "
        "Hammersmith and Fulham, for control of their symptoms or care in the last days of life. Support workers "
        "are part of a nursing team that gives each patient time, comfort and dignity, and supports the people "
        "who love them."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Give personal care, including washing, mouth care and help with eating and drinking",
        "Take and record patients' observations and tell the nurse in charge about any change",
        "You must complete each patient's mouth care and pressure area chart at every two-hourly turn",
        "Welcome visitors, make drinks for families and help keep the unit calm and homely",
        "Help with the care of patients after death and with the respectful transfer of the body",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "Care Certificate, or NVQ Level 2 in Health and Social Care"),
        ("Qualifications", "Desirable", "Level 3 Diploma in Health and Social Care"),
        (
            "Experience",
            "Essential",
            "Experience of giving personal care to adults in a hospital, hospice, care home or their own home\n"
            "Previous palliative care experience is not required",
        ),
        ("Experience", "Desirable", "Experience of caring for people in the last weeks or days of life"),
        (
            "Skills",
            "Essential",
            "Able to talk with patients and families who are upset or grieving, with warmth and tact\n"
            "Able to take and record pulse, temperature and blood pressure accurately",
        ),
        ("Skills", "Desirable", "Able to use an electronic patient record such as SystmOne"),
        (
            "Other",
            "Essential",
            "Able to work a rota of early, late and night shifts, including weekends\nSatisfactory enhanced DBS check",
        ),
        ("Other", "Desirable", "We welcome applications from people returning to care after a break"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer unsocial hours payments, 27 days' annual leave plus bank holidays, the NHS Pension, a "
        "palliative care induction programme and regular reflective practice sessions with our chaplain and "
        "psychologist."
    )
    save(document, "p4_hospice_inpatient_support_worker.docx")


P5_ITEMS = [
    ("title", "Older People's Day Unit Support Worker"),
    ("bold", f"Chelsea and Westminster Hospital NHS Foundation Trust {DASH} Elderly Care Day Unit"),
    ("body", "West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF"),
    ("gap", ""),
    ("body", "Band 2  |  \u00a326,280 to \u00a327,510 a year including Outer London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Monday to Friday, daytime only"),
    (
        "body",
        "Closing date: Sunday 26 November 2028 at 23:59. Interviews: Tuesday 5 December 2028.",
    ),
    ("heading", "About the role"),
    (
        "body",
        "Our day unit sees around 25 older people a day for falls assessments, blood transfusions, wound care "
        "and reviews by the frailty team, so that they can be treated without a stay in hospital. Many arrive "
        "by hospital transport, some are living with dementia, and most spend most of the day with us.",
    ),
    ("heading", "What you'll do"),
    ("body", "\u2022 Welcome patients, help them settle and take them to and from their tests and appointments"),
    ("body", "\u2022 Help patients to the toilet, to change position and to move between chair, couch and wheelchair"),
    (
        "body",
        "\u2022 You must make sure every patient is offered a drink on arrival and at lunchtime, and record it on "
        "their fluid chart",
    ),
    ("body", "\u2022 Serve lunches and snacks, and help patients to eat where needed"),
    ("body", "\u2022 Keep the unit clean, stocked and tidy, and book return transport with the transport desk"),
    ("heading", "What we're looking for"),
    ("bold", "You will need"),
    ("body", "\u2022 A good standard of spoken and written English"),
    ("body", "\u2022 Experience of caring for older people, paid or voluntary"),
    ("body", "\u2022 Able to help patients to stand, walk and transfer safely using frames and wheelchairs"),
    ("body", "\u2022 Patient and kind with people who are frail, slow or confused"),
    ("body", "\u2022 Able to work Monday to Friday, 8am to 4.30pm"),
    (
        "body",
        f"\u2022 You don't need a care qualification {DASH} we will support you through the Care Certificate in "
        "your first 12 weeks",
    ),
    ("bold", "It would be great if you also have"),
    ("body", "\u2022 Experience of taking basic observations such as blood pressure and weight"),
    ("body", "\u2022 Level 2 Food Hygiene certificate"),
    ("body", "\u2022 Speaks a language used by older people in Hounslow, such as Punjabi or Urdu"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; we are not able to offer visa sponsorship for this post. "
        "Offers are subject to two references and an enhanced DBS check with the adults' barred list.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 No evenings, nights or weekends"),
    ("body", "\u2022 27 days' annual leave, rising to 33 with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme, Blue Light Card and a cycle-to-work scheme"),
    ("body", "\u2022 Support to go on to the Level 3 Diploma and our trainee nursing associate programme"),
]

P6_ITEMS = [
    ("title", "End of Life Care Coordinator"),
    ("body", "Specialist Palliative Care Team, London North West University Healthcare NHS Trust"),
    ("body", "Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Every year several hundred people die at Northwick Park Hospital, and many more leave us in the last "
        "months of their lives. Our Specialist Palliative Care Team of nurses, doctors and a social worker wants "
        "each of them to be cared for, and to die, where they choose. We are looking for an End of Life Care "
        "Coordinator to join us at Band 4, working 37.5 hours a week from Monday to Friday. The closing date is "
        "Friday 1 December 2028, and interviews will be held on Monday 11 December.",
    ),
    (
        "body",
        "You will coordinate rapid discharges for patients who wish to die at home or in a hospice, working with "
        "ward teams, community nurses, hospices and families; book equipment and care; and keep the team's "
        "register and activity figures. You must update the Trust's end of life register every afternoon before "
        "4pm. You do not need to have worked in palliative care before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a health or social care setting where you supported patients or "
        "their families directly. You must be able to organise your own workload and keep track of many tasks at "
        "once, because patients' plans can change within hours. It is essential that you can speak with dying "
        "patients and their families sensitively, including when they are angry or upset. Good IT skills are "
        "essential, including Word, Excel and entering information on an electronic patient record. It is "
        "essential that you hold a Level 3 qualification in health and social care or in business administration.",
    ),
    (
        "body",
        "Knowledge of fast-track funding for NHS Continuing Healthcare would be beneficial. Experience of "
        "arranging care packages, equipment or transport for patients leaving hospital would be an advantage. "
        "Completion of a bereavement or end of life care course is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need an enhanced DBS check. In your first month you will "
        "be trained to use the Universal Care Plan and the hospital's Cerner record. You will benefit from 27 "
        "days' annual leave plus bank holidays, the NHS Pension, regular clinical supervision and our staff "
        "support service. We would like to hear from you even if you do not meet every point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    p1_stroke_rehabilitation_assistant()
    p2_care_home_liaison_administrator()
    p3_dementia_care_activity_coordinator()
    p4_hospice_inpatient_support_worker()
    (ADVERTS / "p5_older_peoples_day_unit_support_worker.pdf").write_bytes(pdf_bytes(P5_ITEMS, title=(16, 56)))
    (ADVERTS / "p6_end_of_life_care_coordinator.pdf").write_bytes(pdf_bytes(P6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
