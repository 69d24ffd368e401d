"""Build the Word and PDF adverts of the sixty-fourth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback64/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and PDF
helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is saved with
fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The pasted-text adverts
(v7, v8) and the statements are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402

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
BULLET = "\u2022"
FIXED_TIME = dt.datetime(2028, 12, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 1, 9, 0, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_anaesthetic_support_worker() -> None:
    """The employer only in the page header, the closing date only in the page footer; the title as the heading and
    the band on a "|" line; duties as Word bullets (one "You must ... before ..."); tick columns under "Criteria |
    Essential | Desirable" with bold category rows merged across the table, and four ticked-Essential rows that are not
    criteria (a competency workbook the job gives, "No previous theatre experience is required ...", a "Must check ..."
    duty and evidence of the right to work)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Imperial College Healthcare NHS Trust"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    section.footer.paragraphs[0].text = (
        f"Theatres and Anaesthesia {DASH} Charing Cross Hospital \u00b7 Job reference 290-SCC-7714 \u00b7 "
        "Closing date 09/01/2029"
    )
    document.add_heading("Anaesthetic Support Worker", level=1)
    document.add_paragraph(
        "Band 3 | Main theatres, Charing Cross Hospital, Fulham Palace Road, London W6 8RF | 37.5 hours a week"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our eleven main theatres at Charing Cross carry out around 9,000 operations a year, from neurosurgery to "
        "vascular and emergency surgery. Anaesthetic support workers are part of the anaesthetic team: you will get "
        "each anaesthetic room ready, help the anaesthetist and the anaesthetic practitioner with each patient, and "
        "make sure that every piece of equipment is clean, checked and where it should be."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Prepare anaesthetic rooms at the start of each session and restock them between patients",
        "Help to move and position patients safely on the operating table, under the direction of the team",
        "Take used equipment to the dirty utility and return reusable items for decontamination",
        "You must have each anaesthetic room checked and stocked before the first patient is sent for",
        "Fetch blood, drugs and equipment from other departments when asked",
        "Attend the team brief at the start of each list",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("GCSE English and maths at grade 4 or above, or equivalent", TICK, ""),
        ("Level 3 Diploma in Clinical Healthcare Support or equivalent", "", TICK),
        (
            "Completion of the Trust's anaesthetic support competency workbook within six months of starting",
            TICK,
            "",
        ),
        ("Experience",),
        ("Experience of giving hands-on care to patients in a hospital, clinic or care home", TICK, ""),
        (f"No previous theatre experience is required {DASH} full training is given", TICK, ""),
        ("Experience of working in an operating theatre or anaesthetic room", "", TICK),
        ("Skills and abilities",),
        ("Able to check, clean and restock equipment trolleys against a checklist", TICK, ""),
        ("Able to keep calm and act quickly on instructions in an emergency", TICK, ""),
        ("Able to move and position patients safely using slide sheets and hoists", TICK, ""),
        ("Must check the difficult airway trolley at the start of every shift and sign the log", TICK, ""),
        ("Knowledge",),
        (
            "Understanding of infection prevention, including hand hygiene and the safe handling of used equipment",
            TICK,
            "",
        ),
        ("Knowledge of the WHO Surgical Safety Checklist", "", TICK),
        ("Other",),
        ("Evidence of the right to work in the UK", TICK, ""),
        ("Willing to work early, late and weekend shifts on a rota", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; unsocial hours "
        "payments for lates and weekends; and a route onto the Trust's assistant practitioner programme after two "
        "years. Appointment is subject to satisfactory references, occupational health clearance and an enhanced DBS "
        "check."
    )
    save(document, "v1_anaesthetic_support_worker.docx")


def v2_day_surgery_unit_receptionist() -> None:
    """The title as the heading, then the employer, unit and address on one line; the band inside a sentence; rows
    marked E or D under "Area | Requirement | E/D | How assessed" with the area merged down (bold), E and D mixed in an
    area, and four rows marked E that are not criteria (e-learning the job gives, "No previous NHS experience is needed
    ...", a "Must have ... by 7.15am" duty, a DBS check); the key; the closing date only in the last paragraph."""
    document = blank_docx("Calibri")
    document.add_heading("Day Surgery Unit Receptionist", level=1)
    document.add_paragraph(
        f"The Hillingdon Hospitals NHS Foundation Trust {DASH} Day Surgery Unit, Mount Vernon Hospital, Rickmansworth "
        "Road, Northwood HA6 2RN"
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The Day Surgery Unit at Mount Vernon treats up to 60 patients a day who come in, have their operation and go "
        "home the same evening. As the first person they meet, you will welcome patients and their escorts, book them "
        "in, answer the unit's phones and keep the waiting area calm and running to time. The post is Agenda for "
        "Change Band 2, 37.5 hours a week, Monday to Friday, on a pattern that starts at 7am."
    )
    document.add_heading("Main responsibilities", level=2)
    for number, duty in enumerate(
        [
            "Greet patients and their escorts and confirm each patient's details before booking them in",
            "Answer the unit's telephones and take clear messages for the nurses and surgeons",
            "Keep the patient administration system up to date as patients arrive, go to theatre and leave",
            "Tell the nurse in charge about late arrivals and cancellations straight away",
            "Order stationery and keep the waiting area tidy",
        ],
        start=1,
    ):
        document.add_paragraph(f"{number}. {duty}")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Requirement", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications and training",
            "Good standard of literacy and numeracy, e.g. GCSE English and maths (grade 4/C) or Functional Skills "
            "Level 2",
            "E",
            "A",
        ),
        (
            "Qualifications and training",
            "RSA / OCR Level 2 text processing or another keyboard qualification",
            "D",
            "A",
        ),
        (
            "Qualifications and training",
            "Completion of the Trust's information governance e-learning in your first week",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of working on a reception desk or front counter, dealing with members of the public",
            "E",
            "A / I",
        ),
        (
            "Experience",
            "Experience of using a patient administration system in a hospital or GP practice",
            "D",
            "A / I",
        ),
        (
            "Experience",
            f"No previous NHS experience is needed {DASH} full training will be given",
            "E",
            "N/A",
        ),
        ("Skills and abilities", "Accurate keyboard skills for entering patient details", "E", "T"),
        ("Skills and abilities", "Able to deal politely and calmly with people who are anxious or upset", "E", "I"),
        (
            "Skills and abilities",
            "Able to check a patient's identity details carefully before admitting them",
            "E",
            "I / T",
        ),
        (
            "Skills and abilities",
            "Must have the day's admission list printed and the wristbands ready by 7.15am",
            "E",
            "N/A",
        ),
        ("Other", "Able to start at 7am, Monday to Friday", "E", "A / I"),
        (
            "Other",
            "Speaks a second language used by local patients, such as Punjabi, Polish or Tamil",
            "D",
            "A / I",
        ),
        ("Other", "Satisfactory basic DBS check", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "Key: E = essential, D = desirable. A = application form, I = interview, T = a short keyboard test on the day "
        "of the interview."
    )
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension Scheme, free parking at Mount Vernon and "
        "an NVQ Level 3 in Business Administration for staff who want to progress. Closing date for applications: "
        "Tuesday 16 January 2029. Interviews will be held at Mount Vernon on Thursday 25 January 2029."
    )
    save(document, "v2_day_surgery_unit_receptionist.docx")


def v3_pre_operative_assessment_healthcare_assistant() -> None:
    """Everything about the post in a details table with two label-value pairs a row (no header row); About the job
    with a "You must ... before ..." duty; Essential and Desirable side by side per category under "Category |
    Essential | Desirable", with "Pre-assessment experience is not essential ..." as the second line of an Essential
    cell, "N/A" in one Desirable cell, a right-to-work line after a real criterion and a training offer alone in the
    last Desirable cell."""
    document = blank_docx("Arial")
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Post", "Pre-operative Assessment Healthcare Assistant", "Band", "Band 3"),
            (
                "Employer",
                "Chelsea and Westminster Hospital NHS Foundation Trust",
                "Base",
                "Pre-operative Assessment Clinic, West Middlesex University Hospital, Twickenham Road, "
                "Isleworth TW7 6AF",
            ),
            ("Hours", "37.5 hours a week, including one late clinic", "Reference", "C9014-SUR-0119"),
            ("Closing date", "19 January 2029", "Interviews", "1 February 2029"),
        ],
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Every adult booked for planned surgery at West Middlesex comes to our clinic a few weeks before their "
        "operation. You will take their measurements and tests, go through the health questionnaire with them and "
        "make sure that the nurse has everything needed to decide whether they are fit for surgery. You must make "
        "sure that every swab and blood sample is labelled and sent before the patient leaves the clinic."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    add_rows_side_by_side(
        table,
        [
            (
                "Qualifications",
                "GCSE English and maths at grade 4 (C) or above, or equivalent",
                "Level 3 Diploma in Clinical Healthcare Support or NVQ Level 3 in Health and Social Care",
            ),
            (
                "Experience",
                "Experience of caring for patients in a hospital, GP practice or care home\n"
                f"Pre-assessment experience is not essential {DASH} every new starter is trained on the clinic's "
                "checklists",
                "Experience of taking blood (venepuncture)",
            ),
            (
                "Clinical skills",
                "Able to measure and record blood pressure, pulse, oxygen saturation, temperature, height and weight "
                "accurately",
                "Able to record a 12-lead ECG",
            ),
            (
                "Communication",
                "Able to explain clearly to patients how to prepare for their operation, such as when to stop eating "
                "and drinking\nGood written English for recording patients' answers in their notes",
                "N/A",
            ),
            (
                "Other",
                "Able to work one late clinic a week, until 8pm\n"
                f"Right to work in the UK {DASH} we are unable to offer visa sponsorship for this post",
                "A funded phlebotomy course is offered to every new starter after probation",
            ),
        ],
    )
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave plus bank holidays, the NHS Pension Scheme, a season ticket loan and "
        "access to our staff health and wellbeing service. The post needs an enhanced DBS check and two references."
    )
    save(document, "v3_pre_operative_assessment_healthcare_assistant.docx")


def v4_endoscopy_recovery_healthcare_assistant() -> None:
    """The title and band only in the page header, the employer and closing date only in the page footer; Key duties
    as Word bullets with a "You must ... before ..." duty; Essential and Desirable as two rows per area under "Area |
    Level | Requirements", the area merged down over both (bold), one or two requirements a cell, "Previous endoscopy
    experience is not required" and an enhanced DBS line as second lines of Essential cells and "N/A" in one Desirable
    row; Working for us offers the Care Certificate, which is also a desirable criterion."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Endoscopy Recovery Healthcare Assistant {DASH} Band 3"
    section.footer.paragraphs[0].text = (
        "London North West University Healthcare NHS Trust | St Mark's Endoscopy Unit, Northwick Park Hospital, "
        "Watford Road, Harrow HA1 3UJ | Closing date: 24 January 2029"
    )
    document.add_heading("Job summary", level=1)
    document.add_paragraph(
        "St Mark's Endoscopy Unit carries out about 180 camera tests a week: gastroscopies, colonoscopies and "
        "flexible sigmoidoscopies, most of them with sedation. You will look after patients in our eight-bay "
        "recovery area from the moment they leave the procedure room until they go home, working with the recovery "
        "nurses."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Welcome each patient into recovery, settle them and keep them comfortable",
        "Record observations and tell the nurse at once about any change",
        "Offer drinks and snacks once a patient is allowed to eat, and help them to dress",
        "You must clean each recovery trolley and change its linen before the next patient is brought through",
        "Restock the recovery bays from the unit's store room at the end of each list",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Education", "Essential", "GCSE English and maths at grade 4 or above, or Functional Skills Level 2"),
        ("Education", "Desirable", "Care Certificate"),
        (
            "Experience",
            "Essential",
            "Experience of caring for adults in a hospital, nursing home or similar setting\n"
            "Previous endoscopy experience is not required",
        ),
        ("Experience", "Desirable", "Experience of looking after patients waking up from sedation or an anaesthetic"),
        (
            "Skills",
            "Essential",
            "Able to take and record blood pressure, pulse and oxygen levels, and report any change\n"
            "Able to give patients clear discharge advice from a written leaflet",
        ),
        (
            "Skills",
            "Desirable",
            "Basic computer skills, including email and entering results on a patient record system",
        ),
        (
            "Knowledge",
            "Essential",
            "Understands how to protect patients' privacy and dignity during and after intimate procedures",
        ),
        ("Knowledge", "Desirable", "Knowledge of bowel preparation before a colonoscopy"),
        ("Other", "Essential", "Able to work until 7pm on two weekdays a week\nSatisfactory enhanced DBS check"),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "Every new healthcare assistant completes the Care Certificate in their first twelve weeks with the support "
        "of our practice educator. We offer 27 days' annual leave plus bank holidays, the NHS Pension Scheme and "
        "staff parking at Northwick Park. You must have the right to work in the UK; we are unable to sponsor a visa "
        "for this post."
    )
    save(document, "v4_endoscopy_recovery_healthcare_assistant.docx")


V5_ITEMS = [
    ("title", "Ward Supplies Top-Up Assistant"),
    ("bold", f"Imperial College Healthcare NHS Trust {DASH} Procurement and Supply Chain"),
    ("body", "St Mary's Hospital, Praed Street, London W2 1NY"),
    ("body", "Band 2 | \u00a326,530 to \u00a328,460 a year including High Cost Area Supplement"),
    ("body", "Permanent | 37.5 hours a week | Monday to Friday, 7am to 3pm"),
    ("gap", ""),
    ("heading", "About the role"),
    (
        "body",
        "Our top-up team keeps 26 wards, four theatre suites and the day surgery unit at St Mary's stocked with "
        "everything from gloves and syringes to sterile dressing packs. Each morning you will work through a round "
        "of wards, count what is on the shelves, top each item up to its agreed level and order what is running low.",
    ),
    ("heading", "What you'll do"),
    ("body", f"{BULLET} Count and top up stock on your wards and theatres to the agreed levels"),
    ("body", f"{BULLET} Rotate stock so that the shortest-dated items are used first, and remove anything out of date"),
    ("body", f"{BULLET} Deliver sterile packs from the Sterile Services department to theatres and wards"),
    (
        "body",
        f"{BULLET} You must scan every top-up into the handheld device before you leave a ward, so that the "
        "night's order is placed in time",
    ),
    ("body", f"{BULLET} Keep the store rooms clean, tidy and clearly labelled"),
    ("heading", "What we ask of you"),
    ("body", f"{BULLET} Able to read and count accurately, for example when checking quantities against a list"),
    ("body", f"{BULLET} Experience of a physical job such as warehouse, stockroom or delivery work"),
    ("body", f"{BULLET} Able to push loaded cages and lift boxes of up to 15 kg safely for much of the shift"),
    ("body", f"{BULLET} Able to work on your own and plan your round so that every ward is finished on time"),
    ("body", f"{BULLET} Understanding of why sterile items must be kept sealed, dry and in date"),
    (
        "body",
        f"{BULLET} No hospital experience needed {DASH} you will shadow one of the team for your first two weeks",
    ),
    ("heading", "Things that would give you a head start"),
    ("body", f"{BULLET} Experience of using a handheld scanner or a computer stock system"),
    ("body", f"{BULLET} A manual handling certificate"),
    ("body", f"{BULLET} Experience of working in a hospital, clinic or care home"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK, as we cannot offer visa sponsorship for this post. Offers are "
        "subject to two references and a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET} 27 days' annual leave, rising with service, plus bank holidays"),
    ("body", f"{BULLET} NHS Pension Scheme and NHS staff discounts"),
    ("body", f"{BULLET} Manual handling and infection prevention training in your first week"),
    ("body", f"{BULLET} A Level 2 apprenticeship in supply chain operations after probation"),
    ("heading", "How to apply"),
    (
        "body",
        "Apply online through NHS Jobs. Applications close at 23:59 on Wednesday 31 January 2029 and interviews "
        "will be held at St Mary's on Thursday 8 February 2029.",
    ),
]

V6_ITEMS = [
    ("title", "Theatre Admissions Coordinator"),
    ("body", "Elective Surgery and Theatres, Chelsea and Westminster Hospital NHS Foundation Trust"),
    ("body", "Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Chelsea and Westminster Hospital NHS Foundation Trust runs six main theatres and a day surgery unit at its "
        "Fulham Road site. The theatre admissions team turns each surgeon's waiting list into operating lists, books "
        "patients in and makes sure that everyone knows who is coming, when and for what. We are looking for a "
        "Theatre Admissions Coordinator to join the team at Band 4, working 37.5 hours a week, Monday to Friday. The "
        "closing date is Monday 5 February 2029, and interviews will be held on Thursday 15 February 2029.",
    ),
    (
        "body",
        "Each day you will offer dates to patients, build next week's lists with the surgeons' secretaries, send "
        "admission letters and move patients when a list is cancelled. You must make sure that every patient on the "
        "next day's lists has been called and has confirmed that they are coming by 2pm the day before. You do not "
        "need to have worked in theatres before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a busy office where you booked appointments or kept a diary for "
        "several people. You must be confident using Microsoft Excel and Outlook every day. A good telephone manner "
        "is essential, because you will speak to patients who are anxious about their surgery. It is essential that "
        "you can plan your work to deadlines and rearrange it quickly when a list is cancelled. An understanding of "
        "NHS waiting time rules, including the 18-week referral to treatment standard, is essential. It is essential "
        "that you hold GCSEs in English and maths at grade 4 (C) or above, or equivalent qualifications.",
    ),
    (
        "body",
        "Experience of a hospital patient administration system such as Cerner would be beneficial. An NVQ Level 3 "
        "in Business Administration would be an advantage. Knowledge of the medical terms used in surgery is "
        "desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need a basic DBS check. In your first month we will train "
        "you on Cerner's theatre scheduling screens and on the waiting list rules. You will benefit from 27 days' "
        "annual leave plus bank holidays, the NHS Pension Scheme, hybrid working for one day a week after training "
        "and a season ticket loan. We would like to hear from you even if you do not meet every point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_anaesthetic_support_worker()
    v2_day_surgery_unit_receptionist()
    v3_pre_operative_assessment_healthcare_assistant()
    v4_endoscopy_recovery_healthcare_assistant()
    (ADVERTS / "v5_ward_supplies_top_up_assistant.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_theatre_admissions_coordinator.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
