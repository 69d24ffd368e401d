"""Build the Word and PDF adverts of the twenty-eighth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback28/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (p6 and p7) are plain files written by hand and are not built here.
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

TICK = "\u2713"  # a plain check mark; the other column is left empty
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2027, 12, 6, 10, 0, 0, tzinfo=dt.UTC)
STAMP = (2027, 12, 6, 10, 0, 0)  # every Word file's zip entries


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


def _bold_label(document, label: str, value: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(label).bold = True
    paragraph.add_run(value)


# --------------------------------------------------------------------------------------------------------- Adverts


def p1_neurophysiology_assistant() -> None:
    """Job details as plain lines under the title; duties as Word bullets with one "must" duty; a tick-column
    person specification (check mark or empty cell) with category rows merged across, and three ticked-Essential
    rows that are not criteria (competencies the job trains, "No previous neurophysiology experience is needed",
    an enhanced DBS check); benefits, right to work and no sponsorship in a closing paragraph."""
    document = blank_docx("Arial")
    document.add_heading("Neurophysiology Assistant", level=1)
    document.add_paragraph(
        f"Imperial College Healthcare NHS Trust {DASH} Department of Clinical Neurophysiology, Charing Cross "
        "Hospital, Fulham Palace Road, London W6 8RF"
    )
    document.add_paragraph(
        f"Band 3  |  {POUND}30,870 to {POUND}33,460 a year including Inner London High Cost Area Supplement"
    )
    document.add_paragraph("37.5 hours a week, Monday to Friday, worked between 7.30am and 6pm on a rota")
    document.add_paragraph("Closing date: 18 January 2028  |  Job reference: 290-CSS-7315")
    document.add_heading("About the department", level=2)
    document.add_paragraph(
        "Our department records the electrical activity of the brain, nerves and muscles for patients of all "
        "ages, from babies on the neonatal unit to adults with epilepsy, stroke or nerve damage. We carry out "
        "around 6,000 EEG, nerve conduction and evoked potential tests a year. As a Neurophysiology Assistant you "
        "will support our clinical physiologists in clinic and on the wards, so that every patient's test "
        "starts on time and goes smoothly."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Welcome patients and their families, explain what will happen and help them to get comfortable",
        "Measure and mark the head and attach EEG electrodes under the supervision of a clinical physiologist",
        "You must confirm every patient's identity with two identifiers before a recording is started",
        "Clean and disinfect electrodes, caps and equipment between patients and keep clinic rooms stocked",
        "Book appointments, send letters and update the department's records",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and qualifications",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, ""),
        ("Level 2 Diploma in Health and Social Care, or equivalent", "", TICK),
        ("Completion of the department's electrode application competencies within six months of starting", TICK, ""),
        ("Experience",),
        ("Experience of working with patients or the public in a health or care setting", TICK, ""),
        (f"No previous neurophysiology experience is needed {DASH} full training is given", TICK, ""),
        ("Experience of working with children or adults with learning disabilities", "", TICK),
        ("Skills and abilities",),
        ("Good manual dexterity for fine, careful work", TICK, ""),
        ("Able to keep calm and reassure anxious patients, including children", TICK, ""),
        ("Accurate record keeping and data entry", TICK, ""),
        ("Confident using a computer, including email and Microsoft Word", TICK, ""),
        ("Able to use Cerner or another electronic patient record system", "", TICK),
        ("Knowledge",),
        ("Understanding of infection prevention and control, including hand hygiene", TICK, ""),
        ("Basic knowledge of medical terminology", "", TICK),
        ("Other",),
        ("Able to work flexibly across a rota, including occasional early starts", TICK, ""),
        ("Satisfactory enhanced DBS check", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; an "
        "interest-free season ticket loan; and support to train as a clinical physiologist through the "
        "Healthcare Science apprenticeship after two years. Applicants must have the right to work in the UK; "
        "we are unable to offer visa sponsorship for this post."
    )
    _save(document, "p1_neurophysiology_assistant.docx")


def p2_assistant_theatre_practitioner() -> None:
    """Every job detail in a two-column label table with no header row; numbered duties with a "must" in one;
    rows marked E or D with the factor merged down and a "How assessed" column, one row whose E/D cell was left
    empty (gold `check`), a life support course the Trust provides and an occupational health row marked E that
    are not criteria; the key, a "not required" line, no sponsorship and benefits after the table."""
    document = blank_docx("Calibri")
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Assistant Theatre Practitioner"),
            ("Band", "Band 4"),
            ("Employer", "London North West University Healthcare NHS Trust"),
            ("Department", f"Theatres {DASH} Elective Orthopaedic Centre"),
            ("Base", "Central Middlesex Hospital, Acton Lane, Park Royal, London NW10 7NS"),
            ("Hours", "37.5 hours a week, long days (7.30am to 8pm) on a rota, including some weekends"),
            ("Salary", f"{POUND}33,150 {DASH} {POUND}36,020 a year including HCAS"),
            ("Closing date", "23/01/2028"),
            ("Reference", "362-SUR-4418"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The Elective Orthopaedic Centre at Central Middlesex carries out planned hip, knee, shoulder and foot "
        "operations in six theatres. The Assistant Theatre Practitioner works under the direction of a "
        "registered practitioner, scrubbing for routine cases, preparing patients and equipment, and helping "
        "to keep every list running safely and on time."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Check and prepare the theatre, equipment and instrument sets before each list.",
        "Act as second scrub or scrub for routine cases within your agreed competencies.",
        "Count swabs, needles and instruments with the registered practitioner; every count must be recorded "
        "on the count board and in the patient's theatre record.",
        "Help to position patients safely and support the anaesthetic team when asked.",
        "Take part in teaching theatre support workers and students.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Level 3 Diploma in Clinical Perioperative Support or equivalent", "E", "AF/C"),
        (
            "Qualifications",
            "Foundation degree or Level 5 qualification as an Assistant Practitioner (perioperative)",
            "D",
            "AF/C",
        ),
        (
            "Qualifications",
            f"Immediate Life Support (ILS) {DASH} provided by the Trust's resuscitation team in the first three months",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "At least one year's experience as a theatre support worker or healthcare assistant in an operating "
            "theatre",
            "E",
            "AF/I",
        ),
        ("Experience", "Experience of scrubbing for minor or routine procedures under supervision", "E", "AF/I"),
        ("Experience", "Experience in trauma and orthopaedic theatres", "D", "AF/I"),
        ("Experience", "Experience of working in the post-anaesthetic care unit (recovery)", "D", "AF/I"),
        ("Skills", "Able to prepare instrument trays and check them against the tray list", "E", "I"),
        ("Skills", "Good communication skills with patients, surgeons and the wider theatre team", "E", "I"),
        (
            "Skills",
            "Able to take and record vital signs (blood pressure, pulse, temperature, oxygen saturation)",
            "E",
            "I",
        ),
        ("Skills", "Experience of recording theatre activity on an electronic system", "", "AF"),
        ("Knowledge", "Understanding of the WHO Surgical Safety Checklist", "E", "I"),
        ("Knowledge", "Knowledge of infection control and aseptic technique", "E", "I"),
        ("Other", "Able to work long days and weekends on a rota", "E", "I"),
        ("Other", "Occupational health clearance, including hepatitis B immunity", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "Key: E = essential, D = desirable. AF = application form, I = interview, C = certificate seen at interview."
    )
    document.add_paragraph(
        "Previous experience at Band 4 is not required: we will support an experienced theatre support worker "
        "to take the next step. This post is not eligible for Skilled Worker visa sponsorship. We offer 27 days' "
        "annual leave plus bank holidays, the NHS Pension, free parking at Central Middlesex and funded places "
        "on the Level 5 Assistant Practitioner apprenticeship."
    )
    _save(document, "p2_assistant_theatre_practitioner.docx")


def p3_antenatal_screening_support_worker() -> None:
    """Job details as bold-label paragraphs; bulleted duties with a "must"; Essential and Desirable side by side
    per category, with a training promise in a Desirable cell, a DBS and right-to-work line in an Essential cell,
    "N/A" and an empty Desirable cell; "Previous maternity experience is not needed" and benefits after."""
    document = blank_docx("Arial")
    document.add_heading("Job Description", level=1)
    _bold_label(document, "Job title: ", "Antenatal Screening Support Worker")
    _bold_label(document, "Band: ", "Band 3")
    _bold_label(document, "Organisation: ", "Chelsea and Westminster Hospital NHS Foundation Trust")
    _bold_label(document, "Department: ", "Maternity \u2013 Antenatal and Newborn Screening Team")
    _bold_label(document, "Base: ", "West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF")
    _bold_label(document, "Hours: ", "37.5 hours a week, Monday to Friday")
    _bold_label(document, "Salary: ", f"{POUND}29,740 {DASH} {POUND}32,290 per annum including Outer London HCAS")
    _bold_label(document, "Closing date: ", "Sunday 6 February 2028")
    document.add_heading("Job summary", level=2)
    document.add_paragraph(
        "Every pregnant woman booked at West Middlesex is offered screening for infectious diseases, sickle cell "
        "and thalassaemia, and conditions in the baby such as Down's syndrome. The screening support worker "
        "helps the screening midwives make sure that no result is missed: tracking samples, chasing results, "
        "booking follow-up appointments and contacting women who need to come back."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Keep the screening database up to date and run the daily failsafe lists",
        "Every screening result must be entered on the screening database on the day it is received",
        "Book repeat blood tests and appointments with the screening midwives and send letters",
        "Telephone women who have not attended, using an interpreter when needed",
        "Restock the screening clinic room and take part in team audits",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade C/4 or above\n"
            "Care Certificate, or willing to complete it within 12 weeks of starting",
            "Level 3 qualification in maternity or health care support\nThe Trust will provide venepuncture training",
        ),
        (
            "Experience",
            "Experience of working with women, families or the public in a health, care or community setting",
            "Experience of taking blood samples\nExperience of working in a maternity or screening service",
        ),
        (
            "Skills",
            "Good keyboard skills and able to enter data accurately onto databases\n"
            "Able to explain simple information clearly, including by phone",
            "Able to speak a language commonly used in Hounslow, such as Punjabi, Urdu, Polish or Somali",
        ),
        (
            "Knowledge",
            "Understanding of confidentiality and why results must only be shared with the right person",
            "Awareness of the NHS antenatal and newborn screening programmes",
        ),
        (
            "Personal qualities",
            "Well organised, able to follow up outstanding results without reminders\n"
            "Sensitive and non-judgemental manner",
            "N/A",
        ),
        (
            "Other",
            "Able to travel between the hospital and community clinics in Hounslow\n"
            "Enhanced DBS check and right to work in the UK (checked before appointment)",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "Previous maternity experience is not needed. You will have 27 days' annual leave plus bank holidays, "
        "the NHS Pension, a free shuttle bus to Chelsea and Westminster Hospital and access to our staff "
        "wellbeing service. We welcome applications from people who speak the languages of our local "
        "communities."
    )
    _save(document, "p3_antenatal_screening_support_worker.docx")


P4_ITEMS = [
    ("title", "Anticoagulation Clinic Support Worker"),
    ("bold", "The Hillingdon Hospitals NHS Foundation Trust"),
    ("body", "Anticoagulation Clinic, Outpatients Department, Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"),
    ("gap", ""),
    (
        "body",
        f"Band 3  |  {POUND}29,650 to {POUND}32,180 a year pro rata, including Outer London High Cost Area Supplement",
    ),
    ("body", "Part time: 30 hours a week over four days  |  Permanent"),
    ("body", "Closing date: 13 February 2028 at 23:59"),
    ("heading", "About the role"),
    (
        "body",
        "Our nurse-led anticoagulation clinic sees around 250 patients a week who take warfarin or other "
        "blood-thinning medicines. You will be the first person patients meet: you will check them in, do their "
        "finger-prick INR test on the point-of-care machine, enter the result and make sure they leave with the "
        "right dosing plan and their next appointment. You don't need to have worked in a hospital before "
        f"{DASH} we will train you to use the testing machines and the dosing software.",
    ),
    ("heading", "What you'll be doing"),
    ("body", "\u2022 Checking patients in and confirming their details and current medicines"),
    ("body", "\u2022 Carrying out finger-prick INR tests and quality control checks on the machines"),
    (
        "body",
        "\u2022 You must record every INR result in the dosing software before the patient leaves the clinic, "
        "so that a nurse can confirm the dose",
    ),
    ("body", "\u2022 Booking follow-up appointments and phoning patients who miss them"),
    ("body", "\u2022 Ordering clinic stock and keeping the clinic room clean and tidy"),
    ("heading", "Essential criteria"),
    ("body", "\u2022 Experience of working in a customer-facing role, in health care or elsewhere"),
    (
        "body",
        "\u2022 Good standard of literacy and numeracy (GCSE grade 4/C or equivalent in English and maths)",
    ),
    ("body", "\u2022 Able to work carefully with blood samples and sharps, following infection control procedures"),
    ("body", "\u2022 Confident using computers and learning new software"),
    (
        "body",
        "\u2022 Clear, friendly communication with patients, many of whom are older or hard of hearing",
    ),
    ("body", "\u2022 Able to work in a busy clinic and keep to appointment times"),
    (
        "body",
        "\u2022 Able to follow written procedures and know when to ask a nurse or pharmacist for advice",
    ),
    ("heading", "Desirable criteria"),
    ("body", "\u2022 Phlebotomy or point-of-care testing experience"),
    ("body", "\u2022 Experience of working in an outpatient clinic"),
    ("body", "\u2022 Basic knowledge of anticoagulant medicines such as warfarin"),
    ("body", "\u2022 Care Certificate"),
    ("heading", "Before you apply"),
    (
        "body",
        "Applicants must have the right to work in the UK. This post is not eligible for visa sponsorship. "
        "Any offer will depend on two references, occupational health clearance and a standard DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 Annual leave of 27 days plus bank holidays, pro rata"),
    ("body", "\u2022 NHS Pension Scheme and NHS discounts"),
    ("body", "\u2022 A funded Level 3 Certificate in Healthcare Support after your probation period"),
    ("body", "\u2022 On-site staff car parking and a staff nursery"),
]


P5_ITEMS = [
    ("title", "JOB DESCRIPTION AND PERSON SPECIFICATION"),
    ("bold", "Job title: Therapy Technical Instructor \u2013 Acute Medicine"),
    ("body", "Band: Band 4"),
    ("body", "Organisation: Imperial College Healthcare NHS Trust"),
    (
        "body",
        "Directorate: Medicine and Integrated Care \u2013 Therapy Services (Physiotherapy and Occupational Therapy)",
    ),
    ("body", "Location: St Mary's Hospital, Praed Street, London W2 1NY"),
    ("body", "Hours: 37.5 hours a week, including one weekend in five"),
    ("body", f"Salary: {POUND}34,310 to {POUND}37,440 per annum including Inner London High Cost Area Supplement"),
    ("body", "Closing date: 31 January 2028"),
    ("heading", "Job summary"),
    (
        "body",
        "The acute medicine therapy team helps patients on the medical wards at St Mary's to get moving again "
        "and to get home safely. The Technical Instructor carries out treatment plans set by physiotherapists "
        "and occupational therapists, runs ward exercise groups, trains and supervises therapy assistants, and "
        "makes sure patients have the equipment they need before they leave hospital.",
    ),
    ("heading", "Key responsibilities"),
    ("body", "\u2022 Treat a caseload of patients under the direction of a registered therapist"),
    ("body", "\u2022 Assess and issue walking aids and small equipment, and order larger items for home"),
    (
        "body",
        "\u2022 You must document every patient contact in the electronic record on the same day",
    ),
    ("body", "\u2022 Run the daily seated exercise group on the acute medical unit"),
    ("body", "\u2022 Supervise Band 2 and Band 3 therapy assistants and help with student induction"),
    ("heading", "PERSON SPECIFICATION"),
    ("bold", "Qualifications"),
    ("body", "Essential:"),
    ("body", "\u2022 Level 3 qualification in health or social care, or equivalent experience"),
    (
        "body",
        "\u2022 To complete the Trust's therapy support worker competency programme in the first six months "
        f"{DASH} this is provided in post",
    ),
    ("body", "Desirable:"),
    ("body", "\u2022 Foundation degree in health and social care, or working towards one"),
    ("bold", "Experience"),
    ("body", "Essential:"),
    (
        "body",
        "\u2022 Experience as a therapy assistant or rehabilitation support worker in an NHS or private "
        "healthcare setting",
    ),
    (
        "body",
        "\u2022 Experience of helping patients to move safely using walking aids, hoists or transfer equipment",
    ),
    ("body", "Desirable:"),
    ("body", "\u2022 Experience of running exercise or activity groups"),
    ("body", "\u2022 Experience of working with older people with frailty or dementia"),
    ("bold", "Skills and abilities"),
    ("body", "Essential:"),
    ("body", "\u2022 Able to supervise and show tasks to Band 2 and 3 therapy assistants"),
    ("body", "\u2022 Good written English for clear entries in patients' notes"),
    ("body", "\u2022 Able to manage own caseload of routine patients within agreed plans"),
    ("body", "Desirable:"),
    ("body", "\u2022 Confident with the electronic patient record (Cerner) and Microsoft Outlook"),
    ("bold", "Knowledge"),
    ("body", "Essential:"),
    (
        "body",
        "\u2022 Understanding of the roles of physiotherapy and occupational therapy in getting patients home "
        "from hospital",
    ),
    ("body", "Desirable:"),
    ("body", "\u2022 Knowledge of equipment and community services available to patients after discharge"),
    ("bold", "Other"),
    ("body", "Essential:"),
    (
        "body",
        "\u2022 Able to meet the physical demands of the role, including kneeling, bending and moving equipment",
    ),
    ("body", "\u2022 Enhanced DBS check"),
    ("body", "Desirable:"),
    ("body", "\u2022 None"),
    ("gap", ""),
    (
        "body",
        "You do not need to have worked in an acute hospital before. We offer 27 days' annual leave plus bank "
        "holidays, the NHS Pension, in-service training every week and a protected study day each year. "
        "Imperial College Healthcare NHS Trust cannot offer visa sponsorship for this role.",
    ),
]


def p8_ultrasound_healthcare_assistant() -> None:
    """Job details as plain lines under the title; duties as Word bullets with a "must"; the person
    specification as two headed bulleted lists ("Essential" and "Desirable") with a "You do not need any
    qualifications" bullet last under Essential; right to work, DBS and benefits in a closing section."""
    document = blank_docx("Arial")
    document.add_heading("Ultrasound Healthcare Assistant", level=1)
    document.add_paragraph("London North West University Healthcare NHS Trust")
    document.add_paragraph("Imaging Department, Northwick Park Hospital, Watford Road, Harrow HA1 3UJ")
    document.add_paragraph(
        f"Band 2  |  {POUND}27,480 a year including Outer London High Cost Area Supplement  |  Permanent, "
        "37.5 hours a week"
    )
    document.add_paragraph("Closing date: Friday 11 February 2028")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our ultrasound department scans more than 400 patients a week, from pregnancy scans to checks on the "
        "liver, kidneys and blood vessels. Healthcare assistants keep each of our nine scanning rooms running: "
        "they bring patients through, help them get ready, stay in the room as a chaperone when needed and get "
        "the room ready for the next person."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Greet patients, check them in and explain how long they are likely to wait",
        "All patients must be checked in on the radiology system within five minutes of arriving",
        "Help patients on and off the scanning couch and with dressing and undressing",
        "Act as a chaperone for intimate scans",
        "Clean probes and couches between patients and restock gel, covers and linen",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    document.add_heading("Essential", level=3)
    for line in [
        "Experience of helping people, paid or unpaid, for example as a carer or volunteer",
        "Good spoken and written English",
        "Able to help patients onto and off the couch safely",
        "Able to keep rooms clean and stocked between scans",
        "Able to act as a chaperone with tact and respect",
        "Basic computer skills",
        "Able to work on a rota between 8am and 8pm, including some Saturdays",
        "You do not need any qualifications for this job",
    ]:
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("Desirable", level=3)
    for line in [
        "Experience of working in a hospital or GP surgery",
        "Moving and handling training certificate",
        "Experience of using a patient booking system",
    ]:
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("Good to know", level=2)
    document.add_paragraph(
        "You will need to show that you have the right to work in the UK, and the post is subject to an "
        "enhanced DBS check. We offer 27 days' annual leave plus bank holidays, the NHS Pension, the Care "
        "Certificate in your first 12 weeks, and free English and maths courses for staff through our "
        "learning centre."
    )
    _save(document, "p8_ultrasound_healthcare_assistant.docx")


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    p1_neurophysiology_assistant()
    p2_assistant_theatre_practitioner()
    p3_antenatal_screening_support_worker()
    (ADVERTS / "p4_anticoagulation_clinic_support_worker.pdf").write_bytes(pdf_bytes(P4_ITEMS, title=(16, 56)))
    (ADVERTS / "p5_therapy_technical_instructor.pdf").write_bytes(pdf_bytes(P5_ITEMS, title=(14, 64)))
    p8_ultrasound_healthcare_assistant()


if __name__ == "__main__":
    main()
