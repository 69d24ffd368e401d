"""Build the Word and PDF adverts of the seventy-fourth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback74/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and PDF
helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is saved
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
    label_value_table,
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

# A square-root sign, as many Word person specifications use for a tick, and nothing in the other column.
TICK = "\u221a"
DASH = "\u2013"
BULLET = "\u2022 "
FIXED_TIME = dt.datetime(2028, 12, 4, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 4, 9, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_cardiology_outpatients_healthcare_assistant() -> None:
    """The employer only in the page header; the band inside a sentence under the title; the closing date only in
    the page footer. Duties as Word bullets, one a "You must ... before ..." duty; then square-root ticks under
    "Criteria | Essential | Desirable" with bold category rows merged across, and four ticked-Essential rows that
    are not criteria (training the job gives, "No previous cardiology experience is required", a "Must ... before
    ..." duty and the right to work); benefits and checks after the table."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "The Hillingdon Hospitals NHS Foundation Trust"
    section.footer.paragraphs[
        0
    ].text = (
        "Cardiology Directorate \u00b7 Ref 353-CARD-0112 \u00b7 Closing date: 12/01/2029 \u00b7 Interviews: 24/01/2029"
    )
    document.add_heading("Cardiology Outpatients Healthcare Assistant", level=1)
    document.add_paragraph("Cardiology Outpatients, Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN")
    document.add_paragraph(
        "This is a permanent Band 2 post of 37.5 hours a week, worked Monday to Friday on a rota between 8am and "
        "7.30pm."
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our cardiology outpatient department runs about 60 clinics a week, from rapid access chest pain and heart "
        "failure clinics to rhythm and valve follow-ups. Working with two other healthcare assistants, the clinic "
        "nurses and the consultants, you will get patients ready for their appointments, take the measurements the "
        "doctors need and keep the clinic rooms stocked, clean and safe."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Welcome patients, confirm their details and show them to the right clinic room",
        "Take blood pressure, pulse, height and weight, and record 12-lead ECGs when the consultant asks for one",
        "Act as a chaperone during examinations",
        "Restock the clinic rooms and clean the couches and equipment between patients",
        "You must upload every ECG you record to the patient's electronic record before the clinic closes",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        (
            "Good standard of literacy and numeracy, for example GCSE English and maths or Functional Skills Level 2",
            TICK,
            "",
        ),
        ("Care Certificate, or willing to complete it within 12 weeks of starting", TICK, ""),
        ("Completion of the Trust's ECG recording competency within three months of starting", TICK, ""),
        ("NVQ Level 3 or Level 3 Diploma in Health and Social Care", "", TICK),
        ("Experience",),
        ("Experience of caring for people in a hospital, care home or community setting", TICK, ""),
        ("No previous cardiology experience is required", TICK, ""),
        ("Experience of recording 12-lead ECGs", "", TICK),
        ("Skills and abilities",),
        ("Able to explain procedures calmly to patients who may be anxious", TICK, ""),
        ("Able to record blood pressure, pulse and weight accurately", TICK, ""),
        ("Must check and sign the clinic room fridge temperature log before the first clinic each morning", TICK, ""),
        ("Able to use a computer to look up and update patient records", "", TICK),
        ("Other",),
        (f"Right to work in the UK {DASH} we are unable to offer visa sponsorship for this post", TICK, ""),
        ("Able to work one late clinic a week, finishing at 7.30pm", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; enhanced pay "
        "for hours worked after 8pm; free health checks and a staff physiotherapy service; and reduced-rate parking "
        "on site. Offers are made subject to two references, occupational health clearance and an enhanced DBS check."
    )
    save(document, "v1_cardiology_outpatients_healthcare_assistant.docx")


def v2_pacemaker_clinic_administrator() -> None:
    """Job title, grade, employer and the closing date in a two-column details table with no header row ("Grade |
    Band 3", "Applications close | ..."); a "You must ... before ..." sentence in Job purpose; numbered duties; rows
    marked E or D under "Area | Criteria | E/D | How assessed" with the area merged down, and two rows marked E that
    are not criteria (e-learning in the first week, assessed "N/A", and a DBS check, assessed "Pre-employment"); the
    key, then "no NHS experience needed", training and benefits."""
    document = blank_docx("Calibri")
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Pacemaker Clinic Administrator"),
            ("Grade", "Band 3"),
            ("Employer", "Imperial College Healthcare NHS Trust"),
            ("Department", "Cardiac Devices Service, Hammersmith Hospital"),
            ("Address", "Du Cane Road, London W12 0HS"),
            ("Hours", "37.5 a week, Monday to Friday, 8.30am to 4.30pm"),
            ("Reference", "290-DEV-4417"),
            ("Applications close", "Tuesday 16 January 2029 at midnight"),
            ("Interviews", "Thursday 25 January 2029"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "About 9,000 people with pacemakers and implantable defibrillators are followed up by our devices team, some "
        "in clinic and most through home monitors that send readings overnight. The administrator keeps the clinics "
        "and the remote follow-up lists running so that no check is missed. You must make sure that every patient "
        "whose device check falls due is booked before the last working day of the month in which it is due."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Book, move and cancel device clinic appointments and send the appointment letters.",
        "Download the overnight list of home monitor transmissions each morning and pass alerts to the cardiac "
        "physiologist on duty.",
        "Answer the service's phone line and inbox, and take messages for the physiologists.",
        "Register newly implanted devices and keep the patient details on the device register up to date.",
        "Type clinic letters from the physiologists' notes.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "GCSEs at grade 4 (C) or above in English and maths, or equivalent", "E", "A"),
        (
            "Qualifications",
            "Level 2 qualification in business administration or medical secretarial work",
            "D",
            "A",
        ),
        ("Qualifications", "Information governance e-learning, completed in your first week", "E", "N/A"),
        ("Experience", "Experience of an administrative role that involves booking appointments", "E", "A/I"),
        ("Experience", "Experience of working in a hospital outpatient or cardiology department", "D", "A/I"),
        ("Experience", "Experience of using Cerner or another patient administration system", "D", "A/I"),
        ("Skills", "Accurate typing of at least 40 words per minute", "E", "T"),
        ("Skills", "Good working knowledge of Microsoft Word, Outlook and Excel", "E", "A/T"),
        ("Skills", "Able to deal politely with telephone calls from worried patients and relatives", "E", "I"),
        (
            "Knowledge",
            "Understanding of patient confidentiality and the safe handling of personal information",
            "E",
            "I",
        ),
        ("Knowledge", "Knowledge of medical terms used in cardiology", "D", "I"),
        ("Other", "Satisfactory basic DBS check", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, T = typing test on the day.")
    document.add_paragraph(
        "You do not need to have worked in the NHS before: we will train you on Cerner, the device register and the "
        "home monitoring websites. We offer 27 days' annual leave plus bank holidays, the NHS Pension, an "
        "interest-free season ticket loan and a free staff gym at Hammersmith Hospital."
    )
    save(document, "v2_pacemaker_clinic_administrator.docx")


def v3_asthma_clinic_healthcare_assistant() -> None:
    """The title as the heading, the band in a pay line, the employer and the closing date only in the last
    paragraph; Essential and Desirable side by side per category, with a training line and a right-to-work line as
    second lines of Essential cells, "N/A" in one Desirable cell and a benefit alone in another."""
    document = blank_docx("Calibri")
    document.add_heading("Asthma Clinic Healthcare Assistant", level=1)
    document.add_paragraph("Respiratory Medicine | Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH")
    document.add_paragraph(
        "Agenda for Change Band 3 | \u00a331,092 to \u00a333,447 a year including Inner London High Cost Area "
        "Supplement | 37.5 hours a week"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our asthma service sees adults and teenagers with difficult asthma in a weekly multidisciplinary clinic, and "
        "children from the paediatric team on Wednesday mornings. As the clinic's healthcare assistant you will take "
        "the breathing tests and observations that patients need before their consultation, get the clinic rooms "
        "ready and help the asthma nurses with their education sessions."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Care Certificate or NVQ Level 2 in Health and Social Care\n"
            "Full training in spirometry and inhaler technique is given",
            "Level 3 Diploma in Clinical Healthcare Support",
        ),
        (
            "Experience",
            "Experience of working with patients in a healthcare setting",
            "Experience of working with people who have asthma or other breathing conditions",
        ),
        (
            "Skills",
            "Able to record peak flow, pulse and oxygen saturation accurately\n"
            "Good communication skills with both adults and children",
            "Experience of performing spirometry",
        ),
        ("Knowledge", "Understanding of infection prevention and control", "N/A"),
        (
            "Other",
            "Able to work Saturday morning clinics on a one-in-three rota\nEvidence of the right to work in the UK",
            "Cycle-to-work scheme and discounted membership of the staff gym",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("How to apply", level=2)
    document.add_paragraph(
        "Chelsea and Westminster Hospital NHS Foundation Trust welcomes applications from people of every background, "
        "and from people returning to work after a break. The post is subject to references and an enhanced DBS "
        "check. The closing date for applications is 19 January 2029, and interviews will be held on 1 February 2029."
    )
    save(document, "v3_asthma_clinic_healthcare_assistant.docx")


def v4_hypertension_clinic_health_care_assistant() -> None:
    """The employer only in the page header; the title inside the heading ("Job description: ..."); the band in a
    details table as "Band 3 equivalent"; Essential and Desirable as two rows per area under "Area | Level |
    Requirements", the area merged down over both, with a training line and a "You must ... by ..." duty as second
    lines of Essential rows and "N/A" in one Desirable row; the closing date in How to apply."""
    document = blank_docx("Arial")
    document.sections[0].header.paragraphs[0].text = "Hammersmith and Fulham GP Federation"
    document.add_heading("Job description: Hypertension Clinic Health Care Assistant", level=1)
    label_value_table(
        document,
        [
            ("Responsible to", "Lead Nurse, Hypertension Programme"),
            ("Base", "Member practices across Hammersmith and Fulham, working from one or two each day"),
            ("Hours", "30 hours a week over four days"),
            ("Pay", "Band 3 equivalent, \u00a330,300 a year pro rata"),
            ("Contract", "Fixed term for 18 months"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "One adult in four in our borough has high blood pressure, and many do not know it. Our hypertension "
        "programme runs drop-in and booked clinics in GP practices, finds people whose blood pressure has not been "
        "checked for five years, and helps those already diagnosed to bring their readings down."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Take blood pressure readings and set up patients with home monitors, showing them how to use them",
        "Measure height, weight and waist, and take blood samples once trained",
        "Give brief advice on diet, activity and smoking, and refer people to local services",
        "Record every reading and any advice given in the patient's GP record",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        (
            "Qualifications",
            "Essential",
            "GCSE English and maths at grade 4 or above, or Functional Skills Level 2\n"
            "Care Certificate, or willing to complete it in your first three months",
        ),
        ("Qualifications", "Desirable", "Phlebotomy training certificate"),
        (
            "Experience",
            "Essential",
            "Experience of working in a patient-facing role in health or social care\n"
            f"Previous GP practice experience is not required {DASH} we will train you to use SystmOne",
        ),
        ("Experience", "Desirable", "Experience of taking blood pressure with a manual or automatic machine"),
        (
            "Skills",
            "Essential",
            "Able to talk to patients about lifestyle changes such as salt, alcohol and exercise in a supportive way\n"
            "Confident using a computer to enter clinical readings",
        ),
        ("Skills", "Desirable", "Speaks Arabic, Polish or Somali"),
        (
            "Other",
            "Essential",
            "Able to travel between member practices across Hammersmith and Fulham\n"
            "You must return the home blood pressure monitor log to the hub by 5pm each Friday",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("How to apply", level=2)
    document.add_paragraph(
        "Apply through NHS Jobs with a supporting statement. The closing date is Tuesday 23 January 2029 and we plan "
        "to interview on 31 January. You must have the right to work in the UK; we cannot sponsor a visa for this "
        "post. We offer 27 days' leave plus bank holidays, the NHS Pension and a paid day each year for learning."
    )
    save(document, "v4_hypertension_clinic_health_care_assistant.docx")


V5_ITEMS = [
    ("title", "Chest Clinic Healthcare Assistant"),
    ("bold", f"London North West University Healthcare NHS Trust {DASH} Respiratory Medicine"),
    ("body", "Chest Clinic, Central Middlesex Hospital, Acton Lane, Park Royal, London NW10 7NS"),
    ("gap", ""),
    ("body", "Band 3  |  \u00a329,640 to \u00a331,950 a year, including Outer London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Monday to Friday, 8am to 4pm"),
    ("heading", "About the clinic"),
    (
        "body",
        "Our chest clinic sees people with asthma, COPD, bronchiectasis, lung nodules and tuberculosis from across "
        "Brent. The healthcare assistant makes sure every patient has had the tests and measurements the doctor or "
        "nurse needs, and that the clinic runs safely and on time.",
    ),
    ("heading", "What you'll do"),
    ("body", BULLET + "Take and record observations, height and weight for every patient before they are seen"),
    ("body", BULLET + "Carry out breathing tests once trained, and keep the spirometers clean and calibrated"),
    ("body", BULLET + "Give patients sputum pots and explain how to produce a good sample"),
    (
        "body",
        BULLET + "You must label every sputum sample and send it to the laboratory before the 3pm collection, so "
        "that TB results are not delayed",
    ),
    ("body", BULLET + "Keep the negative-pressure room ready and restocked"),
    ("heading", "You will need"),
    ("body", BULLET + "Good spoken and written English and everyday maths, such as GCSEs at grade 4 or above"),
    ("body", BULLET + "At least six months' experience as a healthcare assistant or care worker"),
    ("body", BULLET + "The ability to take and record observations, including oxygen saturation"),
    (
        "body",
        BULLET + "A calm and reassuring manner with patients who are breathless or worried about their test results",
    ),
    (
        "body",
        BULLET + "An understanding of why infection control matters in a clinic where some patients may have TB",
    ),
    (
        "body",
        BULLET + f"No chest clinic experience? That's fine {DASH} for your first four weeks you will work alongside "
        "our respiratory nurses",
    ),
    ("heading", "It would be great if you also had"),
    ("body", BULLET + "Experience of carrying out spirometry or peak flow readings"),
    ("body", BULLET + "Experience of collecting sputum samples"),
    ("body", BULLET + "A second language spoken in Brent, such as Gujarati, Somali or Portuguese"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK, as we cannot offer visa sponsorship for this post. The post is "
        "subject to an enhanced DBS check, two references and occupational health screening, which includes a check "
        "of your TB immunity.",
    ),
    ("heading", "What we offer"),
    ("body", BULLET + "27 days' annual leave, rising with service, plus bank holidays"),
    ("body", BULLET + "The NHS Pension Scheme and a free flu vaccination every autumn"),
    ("body", BULLET + "A funded Level 3 apprenticeship for healthcare assistants after your first year"),
    ("heading", "How to apply"),
    (
        "body",
        "Apply online with a supporting statement. Closing date: Sunday 28 January 2029. Interviews: Wednesday 7 "
        "February 2029.",
    ),
]

V6_ITEMS = [
    ("title", "Diabetes Structured Education Coordinator"),
    ("body", "Diabetes Service, Hammersmith and Fulham"),
    ("body", "Parsons Green Health Centre, 5-7 Parsons Green, London SW6 4UL"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Central London Community Healthcare NHS Trust is looking for a Diabetes Structured Education Coordinator "
        "to organise the group courses that we offer to every adult in the borough who is newly diagnosed with "
        "type 2 diabetes. The post is at Band 4 and is 37.5 hours a week, including one evening and one Saturday "
        "course a month. Applications must reach us by midnight on Friday 2 February 2029.",
    ),
    (
        "body",
        "You will book people onto courses, find and book community venues, send reminders, greet people on the day "
        "and keep the course records. You must send each GP practice a list of its patients who attended, and of "
        "those who did not, before the tenth working day of the following month. You do not need to have worked "
        "in diabetes before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have experience of organising events, courses or group bookings. You must be "
        "confident speaking to groups and on the telephone. Good Excel skills are essential, as you will keep the "
        "attendance and outcome records for every course. It is essential that you can explain health information "
        "in plain English to people with different levels of reading. Experience of supporting or supervising "
        "volunteers or a small team is essential.",
    ),
    (
        "body",
        "Experience of working in a diabetes or other long-term condition service would be beneficial. A "
        "qualification in teaching, training or health promotion would be an advantage. Knowledge of the DESMOND or "
        "X-PERT education programmes is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that you complete the DESMOND educator training, which we fund, within six months of "
        "starting. Applicants must have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the post needs a basic DBS check. You will benefit from 27 days' annual leave plus bank "
        "holidays, the NHS Pension, time off in lieu for evening and Saturday courses and a cycle-to-work scheme. If "
        "you meet most of what we ask, we would still like to hear from you.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_cardiology_outpatients_healthcare_assistant()
    v2_pacemaker_clinic_administrator()
    v3_asthma_clinic_healthcare_assistant()
    v4_hypertension_clinic_health_care_assistant()
    (ADVERTS / "v5_chest_clinic_healthcare_assistant.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_diabetes_structured_education_coordinator.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
