"""Build the Word and PDF adverts of the hundred-and-sixth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback106/build.py`. The generated files are
committed, so nothing needs this script; it is kept so the files can be read and rebuilt. The Word and PDF helpers are
in `tests/data/advert_files.py`; each Word file is saved with fixed core-property dates and fixed zip time stamps, so a
rebuild is byte for byte the same. The pasted-text adverts (v7, v8) are plain files and are not built here.
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

TICK = "\u2713"  # a plain check mark in the level column; the other level cell is left empty
DASH = "\u2013"
BULLET = "\u2022"
FIXED_TIME = dt.datetime(2029, 1, 15, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 1, 15, 10, 30, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_fracture_clinic_healthcare_assistant() -> None:
    """The employer only in the page header, the reference, closing date and interview date only in the footer; the
    title as the heading and the band inside a "|" line; duties as Word bullets; then tick columns with category rows
    merged across the table and four ticked-Essential rows that are not criteria."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Imperial College Healthcare NHS Trust"
    section.footer.paragraphs[
        0
    ].text = "Ref 290-SUR-3317 \u00b7 Closing date: 05/03/2029 \u00b7 Interviews: Monday 19 March 2029"
    document.add_heading("Fracture Clinic Healthcare Assistant", level=1)
    document.add_paragraph(
        "Trauma and Orthopaedics, Division of Surgery | St Mary's Hospital, Praed Street, London W2 1NY | Band 3 | "
        "37.5 hours a week"
    )
    document.add_heading("About the fracture clinic", level=2)
    document.add_paragraph(
        "Our fracture clinic sees around 260 patients a week, most of them referred from the emergency department "
        "at St Mary's after a fall, a sports injury or a road traffic collision. Each session is run by a consultant "
        "or registrar with two plaster technicians, a nurse and two healthcare assistants, and patients usually go "
        "from the waiting room to X-ray, to the doctor and then to the plaster room in one visit."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Welcome patients, check their wristband details and take them to X-ray and to the clinic rooms",
        "Take and record patients' observations before they see the doctor",
        "Help patients in and out of wheelchairs and onto the examination couch",
        "Fit slings, collar and cuffs and walking boots under the direction of the plaster technicians",
        "Keep the clinic rooms clean, stocked and ready for the next patient",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Requirements", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, ""),
        ("Care Certificate, or a Level 2 qualification in health and social care", "", TICK),
        ("Completion of the Trust's plaster and splint awareness module within six weeks of starting", TICK, ""),
        ("Experience",),
        (
            "Experience of working as a healthcare assistant or carer in a hospital, clinic or care setting",
            TICK,
            "",
        ),
        ("No previous fracture clinic experience is required", TICK, ""),
        ("Experience of working in an orthopaedic, trauma or emergency department setting", "", TICK),
        ("Skills and abilities",),
        ("Able to take and record basic observations such as blood pressure, pulse and temperature", TICK, ""),
        (
            "Able to help patients with limited mobility move safely, including using wheelchairs and walking aids",
            TICK,
            "",
        ),
        ("Good communication skills, including with patients who are anxious or in pain", TICK, ""),
        ("Must clean and restock each clinic room between the morning and afternoon lists", TICK, ""),
        ("Knowledge",),
        ("Understanding of infection prevention and control, including hand hygiene", TICK, ""),
        ("Basic knowledge of common fractures and how they are treated", "", TICK),
        ("Other",),
        ("Evidence of the right to work in the UK", TICK, ""),
        ("Able to work one late clinic (until 8pm) each week and one Saturday morning in four", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, rising with service; the NHS Pension Scheme; Inner London High "
        "Cost Area Supplement; an interest-free season ticket loan; and a paid place on the Level 3 Diploma in Adult "
        "Care for healthcare assistants who want to progress. Appointment is subject to an enhanced DBS check and "
        "two satisfactory references. If you have cared for people before, in any setting, we would like to hear "
        "from you."
    )
    save(document, "v1_fracture_clinic_healthcare_assistant.docx")


def v2_trainee_plaster_technician() -> None:
    """The reference and closing date only in the page header; the employer in bold above the title; the band on a
    "Pay band" line that also names the band after qualifying; an E/D table with a "How assessed" column, the area
    merged down the first column (not bold), and three rows marked E that are not criteria; the key under the table,
    then a "no experience needed" line with benefits."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Vacancy 349-TO-2291 | Closes 14 March 2029"
    document.add_paragraph().add_run("The Hillingdon Hospitals NHS Foundation Trust").bold = True
    document.add_heading("Trainee Plaster Technician", level=1)
    document.add_paragraph(
        "Pay band: Band 3 (moving to Band 4 once you hold the British Casting Certificate)\n"
        "Base: Plaster Room, Fracture Clinic, Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN\n"
        "Hours: 37.5 a week, including a weekend rota\n"
        "Contract: Permanent"
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The plaster room applies, changes and removes casts, splints and braces for about 120 patients a week "
        "from the fracture clinic, the emergency department and the children's ward. As a trainee you will work "
        "alongside our three qualified plaster technicians, learning to apply and remove plaster of Paris and "
        "synthetic casts, and will be supported to gain the British Casting Certificate within two years. You must "
        "never remove or split a cast without a written instruction from the treating clinician."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Prepare the plaster room, materials and equipment before each session",
        "Apply, change and remove casts and splints under supervision, and later on your own",
        "Give patients written and verbal advice on caring for their cast and when to come back",
        "Help patients on and off the couch and position injured limbs safely",
        "Keep the stock of casting materials and the plaster room records up to date",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Education and qualifications",
            "Good general education, including English and maths at GCSE grade 4 / C or equivalent",
            "E",
            "AF",
        ),
        (
            "Education and qualifications",
            "Level 2 qualification in health and social care, or the Care Certificate",
            "D",
            "AF",
        ),
        (
            "Education and qualifications",
            "Casting and splinting foundation training, given in your first three months",
            "E",
            "N/A",
        ),
        ("Experience", "Experience of direct patient care in a hospital, clinic or care setting", "E", "AF / IV"),
        ("Experience", "Experience of working in a plaster room or fracture clinic", "D", "AF / IV"),
        (
            "Skills and abilities",
            "Good manual dexterity and the ability to do careful, practical work with your hands",
            "E",
            "Practical task",
        ),
        (
            "Skills and abilities",
            "Able to explain to patients, clearly and simply, how to look after their cast at home",
            "E",
            "IV",
        ),
        (
            "Skills and abilities",
            "Able to stand for long periods and to help move patients with injured limbs",
            "E",
            "IV",
        ),
        (
            "Skills and abilities",
            "Must check the plaster saw and its blade guard before every clinic and sign the check sheet",
            "E",
            "N/A",
        ),
        (
            "Knowledge",
            "Awareness of the signs that a cast is too tight, such as swelling, numbness or colour change",
            "D",
            "IV",
        ),
        (
            "Other",
            f"Right to work in the UK {DASH} we are unable to sponsor a visa for this post",
            "E",
            "Pre-employment",
        ),
        ("Other", "Able to work one weekend in three on the plaster room rota", "E", "IV"),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_paragraph(
        "Key: AF = application form; IV = interview; Practical task = a short hands-on exercise with bandage and "
        "padding on the interview day."
    )
    document.add_paragraph(
        "No previous plaster room experience is needed: all training is given on the job. We offer 27 days' annual "
        "leave plus bank holidays, the NHS Pension, free staff parking at Hillingdon and a weekend enhancement. The "
        "post is subject to an enhanced DBS check. For an informal visit to the plaster room, call the Lead Plaster "
        "Technician on 020 7946 0382."
    )
    save(document, "v2_trainee_plaster_technician.docx")


def v3_fracture_clinic_receptionist() -> None:
    """Everything about the post in a details table with two label-value pairs a row (the title as "Post", the band,
    the employer, the closing date beside the interview date); a paragraph with two "You must ..." duties; then
    Essential and Desirable side by side per category, with a "no hospital experience" line in an Essential cell,
    "N/A" in one Desirable cell and a benefit alone in another."""
    document = blank_docx("Calibri")
    document.add_heading("Job details", level=1)
    label_value_table(
        document,
        [
            ("Post", "Fracture Clinic Receptionist", "Band", "Band 2"),
            ("Employer", "London North West University Healthcare NHS Trust", "Reference", "333-NP-8104"),
            (
                "Site",
                "Fracture Clinic, Northwick Park Hospital, Watford Road, Harrow HA1 3UJ",
                "Hours",
                "37.5 a week, Monday to Friday",
            ),
            ("Closing date", "Friday 16 March 2029", "Interviews", "Tuesday 27 March 2029"),
        ],
    )
    document.add_heading("About the fracture clinic", level=2)
    document.add_paragraph(
        "The fracture clinic reception is the first face that around 300 patients a week see, many of them on "
        "crutches, in a wheelchair or in pain. You will check patients in on Cerner, answer the clinic phone line, "
        "send patients to X-ray and keep the doctors' lists moving. You must book every patient's next appointment "
        "before they leave the desk, and you must check each patient's address and GP at every visit."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good standard of literacy and numeracy, such as GCSE English and maths",
            "NVQ or Certificate in Customer Service at Level 2",
        ),
        (
            "Experience",
            "Experience of working on a reception desk or in a customer service role\n"
            f"No hospital experience is needed {DASH} full training on Cerner is given",
            "Experience of using a hospital patient administration system such as Cerner",
        ),
        (
            "Skills",
            "Able to use a computer keyboard accurately and quickly\n"
            "Calm and polite manner with patients who are in pain or upset",
            "Speaks a second language used by patients in Brent or Harrow, such as Gujarati, Tamil or Polish",
        ),
        ("Knowledge", "Understanding of the need to keep patient information confidential", "N/A"),
        (
            "Other",
            "Able to start at 8am and to cover the Monday evening clinic until 7pm",
            "Free staff shuttle bus between Northwick Park and Central Middlesex hospitals",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave plus bank holidays, the NHS Pension, a Blue Light Card and access to "
        "our staff wellbeing service. You must have the right to work in the UK; we cannot offer visa sponsorship "
        "for this post. The successful applicant will need a basic DBS check and two references."
    )
    save(document, "v3_fracture_clinic_receptionist.docx")


def v4_orthopaedic_pre_assessment_healthcare_support_worker() -> None:
    """The title and the employer only in the page header; the closing date in bold at the top; the band inside a
    sentence of About the role; duties as bullets; then Essential and Desirable as two rows per domain, the domain
    merged down (bold), with a training line in the Qualifications Essential cell, a "not required" line first in
    the Experience Desirable cell, a DBS line first in the Other Essential cell, "None" and "-" in Desirable cells."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[
        0
    ].text = "Orthopaedic Pre-assessment Healthcare Support Worker | London North West University Healthcare NHS Trust"
    document.add_paragraph().add_run("Closing date: 21 March 2029").bold = True
    document.add_heading("Elective Orthopaedic Centre, Central Middlesex Hospital", level=1)
    document.add_paragraph("Acton Lane, Park Royal, London NW10 7NS")
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "The Elective Orthopaedic Centre carries out planned hip, knee, shoulder and foot operations for patients "
        "from across North West London. Every patient comes to our pre-assessment clinic a few weeks before surgery "
        "so that we can make sure they are fit for their operation. This is a Band 3 post, 37.5 hours a week, "
        "Monday to Friday with one evening clinic, working with pre-assessment nurses and anaesthetists."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Greet patients and take their baseline observations, height and weight",
        "Take MRSA screening swabs and blood samples and send them to the laboratory",
        "Record ECGs for the nurses and anaesthetists to review",
        "Enter results and questionnaire answers on Cerner",
        "Give patients their joint school invitation and pre-operative leaflets",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Domain", "Requirement type", "Details"])
    rows = [
        (
            "Qualifications",
            "Essential",
            "Level 3 qualification in health and social care, such as an NVQ or diploma\n"
            "Full training on the pre-assessment questionnaire is given in your first month",
        ),
        ("Qualifications", "Desirable", "Phlebotomy certificate or completed venepuncture training"),
        ("Experience", "Essential", "Experience as a healthcare assistant in an NHS hospital or clinic"),
        (
            "Experience",
            "Desirable",
            f"Pre-assessment experience is not required {DASH} we will train you\n"
            "Experience of pre-operative assessment or preparing patients for surgery",
        ),
        (
            "Skills",
            "Essential",
            "Able to record height, weight and BMI, blood pressure and pulse accurately\n"
            "Able to take MRSA screening swabs and label samples correctly\n"
            "Confident using a computer, including entering results on an electronic patient record",
        ),
        ("Skills", "Desirable", "Able to record a 12-lead ECG"),
        ("Knowledge", "Essential", "Awareness of safeguarding adults and when to raise a concern"),
        ("Knowledge", "Desirable", "None"),
        (
            "Other",
            "Essential",
            "Satisfactory enhanced DBS check\nAble to work one evening clinic a week until 7.30pm",
        ),
        ("Other", "Desirable", "-"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension, free parking on site and a funded "
        "Level 3 Diploma in Adult Care for staff who do not yet hold one. Applicants need the right to work in the "
        "UK; this post is not eligible for sponsorship. Informal enquiries to the Pre-assessment Sister on "
        "020 7946 0519 or eoc.preassessment@example.com."
    )
    save(document, "v4_orthopaedic_pre_assessment_healthcare_support_worker.docx")


V5_ITEMS = [
    ("title", "Virtual Fracture Clinic Administrator"),
    ("bold", "Apply by Sunday 25 March 2029"),
    ("bold", f"Trauma and Orthopaedics {DASH} Chelsea and Westminster Hospital NHS Foundation Trust"),
    ("body", "Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH"),
    ("body", "Band 3 | \u00a329,970 to \u00a331,904 a year including High Cost Area Supplement"),
    ("body", "Permanent | 37.5 hours | Monday to Friday, 8.30am to 4.30pm"),
    ("gap", ""),
    ("heading", "About the virtual fracture clinic"),
    (
        "body",
        "Many patients with simple injuries, such as a broken toe or a stable wrist fracture, do not need to come "
        "back to hospital. Each morning a consultant and a physiotherapist review the notes and X-rays of "
        "everyone referred from our emergency department and urgent treatment centre the day before, and decide "
        "what happens next. Our small admin team turns those decisions into phone calls, letters and bookings.",
    ),
    ("heading", "What you'll do"),
    ("body", f"{BULLET} Prepare the daily virtual clinic list from emergency department and urgent care referrals"),
    ("body", f"{BULLET} Type outcome letters from the consultant's review notes"),
    ("body", f"{BULLET} Phone patients to explain the plan and answer their questions, passing clinical ones on"),
    (
        "body",
        f"{BULLET} You must send every patient their outcome letter within 72 hours of the review and copy it to "
        "their GP",
    ),
    ("body", f"{BULLET} Book face-to-face fracture clinic appointments when the review asks for one"),
    ("body", f"{BULLET} Look after the virtual clinic's shared inbox and phone line"),
    ("heading", "What we're looking for"),
    ("bold", "What you must have"),
    ("body", f"{BULLET} Experience of working in a busy office, answering phones and managing a shared inbox"),
    ("body", f"{BULLET} Confident using Microsoft Outlook, Word and Excel"),
    ("body", f"{BULLET} Accurate typing, with the ability to type letters from dictation or clinical notes"),
    (
        "body",
        f"{BULLET} Clear, friendly telephone manner, including with patients who are worried about their injury",
    ),
    ("body", f"{BULLET} Able to prioritise your work so that urgent referrals are dealt with the same day"),
    (
        "body",
        f"{BULLET} You don't need to know medical terms before you start {DASH} we'll give you a glossary and a "
        "buddy for your first month",
    ),
    ("bold", "What would help"),
    ("body", f"{BULLET} Knowledge of medical terminology, especially for bones and joints"),
    ("body", f"{BULLET} Experience of using Cerner or another electronic patient record"),
    ("body", f"{BULLET} A qualification in business administration, such as an NVQ Level 2 or 3"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK, and we cannot sponsor a visa for this role. Offers are "
        "subject to a basic DBS check and two references. Interviews will be held on Thursday 5 April 2029.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET} 27 days' annual leave, rising to 33 with service, plus bank holidays"),
    ("body", f"{BULLET} NHS Pension Scheme and a season ticket loan"),
    ("body", f"{BULLET} A funded Level 3 Diploma in Business Administration after probation"),
    ("body", f"{BULLET} One day a week working from home once you are fully trained"),
]

V6_ITEMS = [
    ("title", "Orthopaedic Outpatients Clinic Coordinator"),
    ("bold", "Closing date: 30 March 2029 | Interviews: week beginning 9 April 2029"),
    ("body", "Charing Cross Hospital, Fulham Palace Road, London W6 8RF"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Imperial College Healthcare NHS Trust runs one of the busiest orthopaedic outpatient services in London, "
        "with clinics at Charing Cross, St Mary's and Hammersmith hospitals. We are looking for an Orthopaedic "
        "Outpatients Clinic Coordinator at Agenda for Change Band 4 to keep our clinics full, fair and running to "
        "time. The post is full time and permanent, based at Charing Cross.",
    ),
    (
        "body",
        "You will build and manage the clinic templates of twelve consultants and their teams, move patients when "
        "clinics change, track patients who are close to their waiting time limit and lead a team of four clinic "
        "clerks day to day. You must release any unused clinic slots no later than six weeks ahead, so that they "
        "can be offered to patients on the waiting list. You do not need to have worked in orthopaedics before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have at least two years' experience of working in a busy administrative or "
        "coordinating role. You must be confident using Microsoft Excel to keep and update lists and trackers. "
        "Good written English is essential, as you will draft letters and emails to patients and consultants. You "
        "must be able to stay calm and solve problems when clinics are overbooked or a consultant is off sick at "
        "short notice. It is essential that you can organise your own workload and meet deadlines. Experience of "
        "supervising or training other staff is essential.",
    ),
    (
        "body",
        "Knowledge of NHS waiting time rules, such as the 18-week referral to treatment standard, would be "
        "beneficial. Experience of working in an NHS outpatient department would be an advantage. A qualification "
        "in business administration at Level 3 or above would be beneficial.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship. The successful candidate will need a basic DBS check. Attending the Tuesday morning "
        "outpatient huddle is essential for everyone in the team, and it is built into your week. After your first "
        "year we will support you to take a Level 4 qualification in team leadership. You will benefit from 27 "
        "days' annual leave plus bank holidays, the NHS Pension and a cycle-to-work scheme.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply online with a supporting statement that shows how you meet the points above. For an informal chat, "
        "call the Outpatient Services Manager on 020 7946 0847 or email ortho.outpatients@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_fracture_clinic_healthcare_assistant()
    v2_trainee_plaster_technician()
    v3_fracture_clinic_receptionist()
    v4_orthopaedic_pre_assessment_healthcare_support_worker()
    (ADVERTS / "v5_virtual_fracture_clinic_administrator.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_orthopaedic_outpatients_clinic_coordinator.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
