"""Build the Word and PDF adverts of the ninety-third held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback93/build.py`. The generated files are
committed, so nothing else needs this script; it is kept so that the files can be read and rebuilt. The Word and PDF
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

TICK = "\u2713"  # a plain check mark in the level column that applies; the other cell is left empty
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2029, 2, 5, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 5, 10, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_glaucoma_monitoring_clinic_healthcare_assistant() -> None:
    """Tick columns with category rows merged across the table. The employer only in the page header, the closing
    date only in the page footer; the title as the heading and the band on the line under it. Four ticked-Essential
    rows are not criteria: a competency workbook the job gives, "not required", a "Must ..." duty and the right to
    work."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Imperial College Healthcare NHS Trust {DASH} Western Eye Hospital"
    section.footer.paragraphs[
        0
    ].text = "Job reference 196-OPH-2291  |  Applications close 05/03/2029  |  Interviews in the week of 19/03/2029"
    document.add_heading("Glaucoma Monitoring Clinic Healthcare Assistant", level=1)
    document.add_paragraph(
        f"Agenda for Change Band 3  |  37.5 hours a week, Monday to Friday with one late clinic  |  Permanent  |  "
        f"{POUND}29,870 to {POUND}31,720 a year including Inner London High Cost Area Supplement"
    )
    document.add_heading("About the clinic", level=2)
    document.add_paragraph(
        "Our glaucoma monitoring clinic on Marylebone Road sees around 260 patients a week whose eye pressure and "
        "field of vision need checking every few months. Most are over 65, many come on their own, and some have "
        "very little sight left. A small team of healthcare assistants carries out the tests before each patient "
        "sees the optometrist or doctor, so that the clinician has up-to-date results in front of them."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Carry out visual field tests and measure eye pressure with a handheld rebound tonometer, once trained",
        "Check each patient's vision with the letter chart and record it against their appointment",
        "Enter every result into the electronic patient record before the patient is called through",
        "Walk patients between the waiting area, the test rooms and the consulting rooms",
        "Restock test rooms and report any fault with the equipment to the senior nurse",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("GCSE English and maths at grade 4 (C) or above, or Functional Skills Level 2", TICK, ""),
        ("Care Certificate", "", TICK),
        (
            "Completion of the Trust's visual field and eye pressure competency workbook within three months of "
            "starting",
            TICK,
            "",
        ),
        ("Experience",),
        ("Experience of working with patients or the public in a health or care setting", TICK, ""),
        (f"Previous experience in ophthalmology is not required {DASH} full training is given", TICK, ""),
        ("Experience of working in an eye clinic or optician's practice", "", TICK),
        ("Skills and abilities",),
        ("Able to explain tests clearly to patients who are anxious, elderly or have poor sight", TICK, ""),
        ("Good keyboard skills, entering results accurately on a computer system", TICK, ""),
        ("Able to guide patients with sight loss safely around the department", TICK, ""),
        ("Must wipe down the chin rest and head bar of every machine between patients", TICK, ""),
        ("Knowledge",),
        ("Basic understanding of glaucoma and why regular monitoring matters", "", TICK),
        ("Other",),
        ("Able to work one late clinic a week until 8pm", TICK, ""),
        ("Right to work in the UK (this post is not eligible for visa sponsorship)", TICK, ""),
        ("Speaks a community language used by our patients, such as Arabic, Bengali or Portuguese", "", TICK),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; an "
        "interest-free season ticket loan; and a free eye examination at the hospital each year. The post is "
        "subject to two satisfactory references and an enhanced DBS check. For an informal chat, call the clinic "
        "lead on 020 7946 0381."
    )
    save(document, "v1_glaucoma_monitoring_clinic_healthcare_assistant.docx")


def v2_associate_audiologist() -> None:
    """Rows marked E or D with a "How assessed" column and the category merged down the first column (not bold).
    The title as the heading; the band and the closing date in a details table of two label-value pairs a row; the
    employer only in the last paragraph. Three rows marked E are not criteria: an apprenticeship the job gives, a
    "Must ..." duty and the right to work."""
    document = blank_docx("Calibri")
    document.sections[0].header.paragraphs[0].text = "Adult Audiology Service, Northwick Park Hospital"
    document.add_heading("Associate Audiologist", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 4", "Hours", "37.5 a week, Monday to Friday"),
            ("Contract", "Permanent", "Base", "Northwick Park Hospital, Harrow, with community clinics"),
            ("Closing date", "Wednesday 7 March 2029", "Interviews", "Friday 16 March 2029"),
            ("Reference", "362-AUD-0718", "Contact", "Adult Audiology Service Lead, 020 7946 0552"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Associate audiologists run the hearing aid repair and follow-up clinics that keep about 14,000 adults in "
        "Harrow and Brent hearing well between their full reassessments. You will see patients on your own once "
        "trained, with a registered audiologist always on site or at the end of the phone."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Run drop-in and booked repair clinics: retubing, replacing domes and batteries, cleaning ear moulds and "
        "checking hearing aids in the test box",
        "Take ear impressions and carry out simple hearing checks under the direction of an audiologist",
        "Explain to patients and carers how to look after and use their hearing aids",
        "Record every appointment on the audiology patient management system the same day",
        "Post out batteries and spare parts and keep the clinic stock list up to date",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Requirement", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "GCSEs at grade 4 (C) or above in English, maths and a science, or equivalent",
            "E",
            "Application",
        ),
        ("Qualifications", "A level or BTEC Level 3 in a science subject", "D", "Application"),
        (
            "Qualifications",
            "Will complete the Level 4 Healthcare Science Associate apprenticeship in post",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of working face to face with adults in a health, care or customer service role",
            "E",
            "Application / Interview",
        ),
        ("Experience", "Experience of repairing or maintaining hearing aids", "D", "Application / Interview"),
        (
            "Experience",
            "Experience of supporting people living with dementia or a learning disability",
            "D",
            "Interview",
        ),
        (
            "Skills",
            "Good manual dexterity for fine, fiddly work such as retubing hearing aids",
            "E",
            "Practical task",
        ),
        ("Skills", "Able to adapt the way you speak for people who are deaf or hard of hearing", "E", "Interview"),
        ("Skills", "Confident using a computer for email and for entering patient records", "E", "Application"),
        (
            "Skills",
            "Must check and log the calibration of the sound booth equipment every Monday before clinics start",
            "E",
            "N/A",
        ),
        ("Knowledge", "British Sign Language Level 1 or above", "D", "Application"),
        ("Other", "Able to travel to community clinics in Harrow and Brent", "E", "Interview"),
        (
            "Other",
            "Right to work in the UK \u2013 we cannot offer visa sponsorship for this post",
            "E",
            "Pre-employment checks",
        ),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_paragraph("E = essential, D = desirable. The practical task is a ten-minute retubing exercise.")
    document.add_heading("About us", level=2)
    document.add_paragraph(
        "London North West University Healthcare NHS Trust runs Northwick Park, Ealing and Central Middlesex "
        "hospitals and community services across Brent, Ealing and Harrow. You do not need to have worked in "
        "audiology before: the apprenticeship, paid for by the Trust, teaches you the theory while you learn in "
        "clinic. We offer 27 days' annual leave plus bank holidays, the NHS Pension, a cycle-to-work scheme and "
        "staff parking at Northwick Park. Appointment is subject to references and a standard DBS check."
    )
    save(document, "v2_associate_audiologist.docx")


def v3_ent_and_audiology_outpatients_booking_clerk() -> None:
    """Essential and Desirable side by side per category. The employer and the job title only in the page header;
    the band and the closing date inside the opening sentence; a "You must ..." duty in a paragraph; a training line
    and a right-to-work line as second lines of Essential cells and "N/A" in one Desirable cell."""
    document = blank_docx("Verdana")
    document.sections[0].header.paragraphs[
        0
    ].text = f"The Hillingdon Hospitals NHS Foundation Trust {DASH} ENT and Audiology Outpatients Booking Clerk"
    document.add_heading("Job advert and person specification", level=1)
    document.add_paragraph(
        "This is a full-time Band 2 post in the outpatient booking team at Hillingdon Hospital, Pield Heath Road, "
        "Uxbridge; applications must reach us by Friday 9 March 2029, and interviews will be held on Thursday 22 "
        "March 2029."
    )
    document.add_heading("The job", level=2)
    document.add_paragraph(
        "Our ENT and audiology clinics see more than 1,800 patients a month, from children with glue ear to adults "
        "waiting for hearing aids. The booking team answers the patient line, books and rebooks appointments, "
        "sends appointment letters and fills cancelled slots from the waiting list. You must send every patient "
        "whose appointment has been moved a new letter on the same day. Many of our callers are hard of hearing, "
        "so patience on the phone matters a great deal."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good standard of English and maths, such as GCSE grade 4 / C",
            "RSA or OCR typing certificate, or a Level 2 IT qualification",
        ),
        (
            "Experience",
            "Experience of answering a busy telephone line and booking appointments\n"
            f"No hospital experience needed {DASH} full training on the Trust's booking system is given",
            "Experience of working in an NHS hospital or GP surgery",
        ),
        (
            "Skills",
            "Accurate typing and data entry\nAble to stay polite and calm with callers who are frustrated or upset",
            "Able to use text relay or BSL video relay to take calls from deaf patients",
        ),
        ("Knowledge", "Understanding of why patient information must be kept confidential", "N/A"),
        (
            "Other",
            "Able to work on a rota covering the phone lines from 8am to 6pm, Monday to Friday\n"
            "Must be eligible to work in the UK (sponsorship is not available for this post)",
            "Speaks Punjabi, Hindi, Tamil or Polish",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave plus bank holidays, the NHS Pension, free staff parking, an on-site "
        "nursery and access to our staff health and wellbeing service. Offers are subject to two references and a "
        "basic DBS check. We welcome applications from people returning to work after caring for family."
    )
    save(document, "v3_ent_and_audiology_outpatients_booking_clerk.docx")


def v4_medical_retina_injection_clinic_support_worker() -> None:
    """Essential and Desirable as two rows per area under "Area | Level | Requirements", the area merged down (bold).
    The title, employer, band and closing date in a two-column details table with no header row. Not criteria: a
    "no eye care experience is needed" line in the Experience Essential row, an enhanced DBS line in the Other
    Essential row and a funded diploma (training the job gives) alone in the Other Desirable row."""
    document = blank_docx("Arial")
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Medical Retina Injection Clinic Support Worker"),
            ("Employer", "Chelsea and Westminster Hospital NHS Foundation Trust"),
            ("Pay band", "Band 3"),
            ("Department", "Eye clinic, West Middlesex University Hospital, Twickenham Road, Isleworth"),
            ("Hours", "30 hours a week over four days, including a Saturday about once a month"),
            ("Closing date", "12 March 2029"),
            ("Reference", "C9-EYE-0447"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "The medical retina service gives injections into the eye to people with wet macular degeneration, "
        "diabetic eye disease and blocked veins, some of them every four weeks for years. Our support workers "
        "look after each patient from arrival to departure so that the nurses and doctors can keep the lists "
        "moving safely."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Check vision and blood pressure before each injection and record them",
        "Put in dilating drops under the direction of the nurse, once signed off as competent",
        "Prepare the injection room and trays at the start of each list and between patients",
        "Stay with patients who are anxious and help them to and from the chair",
        "Go through the aftercare leaflet with each patient and book their next injection before they leave",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        (
            "Education and training",
            "Essential",
            "NVQ Level 2 in Health and Social Care, or the Care Certificate",
        ),
        ("Education and training", "Desirable", "First aid certificate"),
        (
            "Experience",
            "Essential",
            "Experience of giving personal or clinical care to adults\n"
            f"No eye care experience is needed {DASH} we will train you to check vision and put in eye drops",
        ),
        ("Experience", "Desirable", "Experience of setting up a clinic room or trolley for procedures"),
        (
            "Skills",
            "Essential",
            "Able to take and record blood pressure and pulse accurately\n"
            "Able to reassure patients who are nervous about an injection in the eye",
        ),
        ("Skills", "Desirable", "Experience of using the Medisoft electronic eye record"),
        (
            "Communication",
            "Essential",
            "Able to explain aftercare clearly and check the patient has understood",
        ),
        ("Communication", "Desirable", "Speaks Punjabi, Gujarati or Somali"),
        (
            "Other",
            "Essential",
            "Able to work a Saturday clinic about once a month\nSatisfactory enhanced DBS check",
        ),
        (
            "Other",
            "Desirable",
            "A funded Level 3 Diploma in Healthcare Support is offered after your first year",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "Benefits include 27 days' annual leave plus bank holidays, the NHS Pension, on-site staff parking, a "
        "staff restaurant and our employee assistance programme. You must have the right to work in the UK; this "
        "post cannot be sponsored. Questions to the eye clinic sister on 020 7946 0713."
    )
    save(document, "v4_medical_retina_injection_clinic_support_worker.docx")


V5_ITEMS = [
    ("title", "Low Vision Clinic Support Worker"),
    ("bold", f"Central London Community Healthcare NHS Trust {DASH} Community Eye and Low Vision Service"),
    ("body", "Parsons Green Health Centre, Fulham, with home visits across Hammersmith and Fulham"),
    ("gap", ""),
    ("body", f"Band 4  |  {POUND}32,140 to {POUND}35,080 a year including Inner London High Cost Area Supplement"),
    ("body", "Permanent  |  30 hours a week  |  Tuesday to Friday, 9am to 5pm"),
    ("heading", "About the service"),
    (
        "body",
        "Our low vision clinic helps people whose sight cannot be corrected with glasses to keep reading, "
        "cooking and getting about. After the optometrist's assessment, a support worker visits the person at "
        "home, sets up the aids they have been lent and makes sure they can use them day to day.",
    ),
    ("heading", "What you'll do"),
    ("body", "\u2022 Run the loan store of magnifiers, lamps, talking clocks and other aids, and keep it stocked"),
    ("body", "\u2022 Visit people at home after their clinic appointment, set up their aids and review them later"),
    (
        "body",
        "\u2022 You must return every loaned magnifier to the store for cleaning and a safety check before it is "
        "lent again",
    ),
    ("body", "\u2022 Refer people on to the council's sensory team, befriending schemes and other local support"),
    ("body", "\u2022 Write up each visit in the patient's record on the day"),
    ("heading", "What we need from you"),
    ("bold", "Must-haves"),
    ("body", "\u2022 Experience of supporting older or disabled people, paid or voluntary"),
    (
        "body",
        "\u2022 Able to show people how to use magnifiers, lamps and other simple aids, and check they can manage "
        "them at home",
    ),
    ("body", "\u2022 Good spoken and written English, to explain things simply and write clear notes"),
    ("body", "\u2022 Confident using a tablet or laptop to record visits"),
    ("body", "\u2022 Able to travel to patients' homes across the borough by public transport or car"),
    (
        "body",
        f"\u2022 You don't need to know about eye conditions before you start {DASH} we'll train you alongside our "
        "optometrists over your first six weeks",
    ),
    ("bold", "Nice to have"),
    (
        "body",
        "\u2022 Experience of working with blind or partially sighted people, for example through a sight loss charity",
    ),
    ("body", "\u2022 Sighted guide training"),
    ("body", "\u2022 A full UK driving licence"),
    (
        "body",
        "\u2022 Knowledge of the help people with sight loss can get, such as registration as sight impaired and "
        "the Blue Badge",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "You must have the right to work in the UK, and we are unable to sponsor a visa for this post. The "
        "successful applicant will need an enhanced DBS check and two references. Mileage is paid for visits by "
        "car, and you will have a work phone and an Oyster card for visits by bus or Tube.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave rising to 33 with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme, NHS discounts and a cycle-to-work scheme"),
    ("body", "\u2022 Funded sighted guide and deafblind awareness training in your first year"),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through NHS Jobs with reference 371-CEL-0209. Applications close at 23:59 on Wednesday 14 March "
        "2029, and interviews will be held at Parsons Green on Tuesday 27 March 2029.",
    ),
]

V6_ITEMS = [
    ("title", "Children's Hearing Assessment Assistant"),
    ("bold", "Closing date: 19 March 2029"),
    ("body", "Children's Hearing Service, Hillingdon community children's services"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Central and North West London NHS Foundation Trust runs the children's hearing service for Hillingdon, "
        "seeing babies referred from newborn screening, toddlers whose speech is slow to come and school children "
        "who have failed a hearing check. We are looking for a Children's Hearing Assessment Assistant at Band 3, "
        "working 37.5 hours a week across our three clinics.",
    ),
    (
        "body",
        "You will help our audiologists with play-based hearing tests, get the clinic rooms and toys ready, type "
        "up results and letters, and look after families while they wait. You must clean every toy, headphone set "
        "and ear tip between children and sign the cleaning record for each room. You do not need to have worked "
        "in audiology before; we will teach you how each test works.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have experience of looking after or working with babies or young children. "
        "You must be able to keep a small child interested and settled through a hearing test that is run as a "
        "game. Good written English is essential, as you will type up results and letters to families. It is "
        "essential that you can talk to worried parents calmly and kindly. Care with numbers is essential, "
        "because you will record hearing levels and timings. You must be able to work at our clinics in "
        "Uxbridge, Hayes and Ruislip.",
    ),
    (
        "body",
        "An NVQ or other Level 3 qualification in childcare or early years would be beneficial. Experience of "
        "working with deaf children or children with additional needs would be an advantage. Some British Sign "
        "Language would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship. Because you will work with children, the post needs an enhanced DBS check with a check of "
        "the children's barred list. We will fund British Sign Language Level 1 for anyone who wants it after "
        "probation. You will benefit from 27 days' annual leave plus bank holidays, the NHS Pension, free parking "
        "at all three clinics and a cycle-to-work scheme.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply online quoting reference 333-CHS-0164. Interviews will be held in Uxbridge on Thursday 29 March "
        "2029. For an informal talk about the job, call the service lead on 020 7946 0826.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_glaucoma_monitoring_clinic_healthcare_assistant()
    v2_associate_audiologist()
    v3_ent_and_audiology_outpatients_booking_clerk()
    v4_medical_retina_injection_clinic_support_worker()
    (ADVERTS / "v5_low_vision_clinic_support_worker.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_childrens_hearing_assessment_assistant.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
