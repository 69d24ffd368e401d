"""Build the Word and PDF adverts of the eighty-fifth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback85/build.py`. The generated files are
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

# A square-root sign, as many people type a tick in Word; the other level cell is left empty.
TICK = "\u221a"
DASH = "\u2013"
DOT = "\u00b7"
BULLET = "\u2022"
FIXED_TIME = dt.datetime(2028, 12, 4, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 4, 10, 30, 0)  # every Word file's zip entries


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_simulation_suite_technician() -> None:
    """The employer and the centre only in the page header; the band inside a sentence of The role; the closing date
    only in the page footer, with the reference and the interview date. Duties as Word bullets, then a square-root
    tick in one of the columns under "Criteria | Essential | Desirable", bold category rows merged across the table,
    and four ticked-Essential rows that are not criteria (training the job gives, "No previous healthcare experience is
    needed", a "Must reset ..." duty, and the DBS and right-to-work row)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Imperial College Healthcare NHS Trust  |  Simulation and Clinical Skills Centre, St Mary's Hospital"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    section.footer.paragraphs[0].text = (
        f"Ref 290-SIM-0931  {DOT}  Closing date: Wednesday 10 January 2029  {DOT}  "
        "Interviews at St Mary's on Monday 22 January 2029"
    )
    document.add_heading("Simulation Suite Technician", level=1)
    document.add_paragraph(
        f"St Mary's Hospital, Praed Street, Paddington W2 1NY  {DOT}  37.5 hours a week, Monday to Friday, with "
        "some evening courses"
    )
    document.add_heading("The role", level=2)
    document.add_paragraph(
        "Our simulation suite runs more than 300 courses a year for doctors, nurses, midwives and students, from "
        "emergency team training on a mock ward to a full theatre scenario with the lights down and the monitors "
        "alarming. As the Simulation Suite Technician you will look after the manikins, the camera and sound system "
        "and the four simulation rooms, run the recording and playback in debriefs and help the faculty to turn "
        "their ideas into working scenarios. This is a Band 4 post on Agenda for Change terms, reporting to the "
        "Simulation Centre Manager."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Prepare each room before a course with the manikins, monitors, drugs trolleys and consumables on the "
        "course plan",
        "Operate the cameras and microphones during scenarios and play the recordings back in the debrief",
        "Carry out first-line checks and minor repairs on manikins, and return faulty parts to the manufacturer",
        "Clean, restock and put away equipment after every session and keep the equipment log up to date",
        "Load and test new scenarios on the simulator software with the course faculty",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        (
            "Level 3 qualification in a science, engineering or technical subject, such as a BTEC or A levels",
            TICK,
            "",
        ),
        ("Qualification in audio-visual or multimedia technology", "", TICK),
        ("Completion of the centre's manikin maintenance training in the first three months", TICK, ""),
        ("Experience",),
        ("Experience of setting up, testing and fault-finding technical equipment", TICK, ""),
        ("No previous healthcare experience is needed", TICK, ""),
        ("Experience of working in a healthcare, laboratory or education setting", "", TICK),
        ("Skills and abilities",),
        ("Competent with Windows computers and audio-visual recording equipment", TICK, ""),
        ("Able to move heavy manikins and equipment safely using correct manual handling", TICK, ""),
        ("Must reset and clean every simulation room before the next session begins", TICK, ""),
        ("Able to explain how equipment works to clinical staff who are not technical", TICK, ""),
        ("Knowledge",),
        ("Understanding of infection control when cleaning and storing clinical equipment", TICK, ""),
        ("Knowledge of how a patient simulator such as SimMan or Apollo is programmed", "", TICK),
        ("Other",),
        ("Enhanced DBS check and proof of the right to work in the UK", TICK, ""),
        ("Able to work occasional evenings until 8pm for night-shift training courses", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising with service, plus bank holidays; the NHS Pension Scheme; an interest-free "
        "season ticket loan; and a place on the centre's own simulation faculty course once you have settled in. "
        "Appointment depends on satisfactory references and occupational health clearance."
    )
    _save(document, "v1_simulation_suite_technician.docx")


def v2_postgraduate_medical_education_administrator() -> None:
    """The employer on a plain first line, the title as the heading, then a details table with two label-value
    pairs a row (the closing date beside the interview date); a "You must make sure ..." sentence in Job purpose;
    numbered responsibilities; rows marked E or D under "Category | Criteria | E/D | How assessed" with the category
    merged down, and three rows marked E that are not criteria (induction training, a "Must update ..." duty and the
    right to work)."""
    document = blank_docx("Calibri")
    document.add_paragraph("London North West University Healthcare NHS Trust")
    document.add_heading("Postgraduate Medical Education Administrator", level=1)
    label_value_table(
        document,
        [
            ("Pay band", "Band 3", "Hours", "37.5 a week, Monday to Friday"),
            (
                "Base",
                "Education Centre, Northwick Park Hospital, Watford Road, Harrow HA1 3UJ",
                "Contract",
                "Permanent",
            ),
            ("Closing date", "16/01/2029", "Interviews", "29/01/2029"),
            ("Reference", "338-PGME-0415", "Enquiries", "Education Centre Manager, 020 7946 0382"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The postgraduate medical education team looks after around 450 resident doctors in training at Northwick "
        "Park, Ealing and Central Middlesex hospitals, from their induction to the end of each rotation. The "
        "administrator runs the weekly teaching programme, books rooms and speakers, and keeps each doctor's "
        "education record complete for the deanery. You must make sure that every speaker has a confirmed room and "
        "a tested projector by noon on the Tuesday before their session."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Book rooms, speakers and refreshments for the Thursday teaching programme and the monthly grand round.",
        "Take attendance at every teaching session and send each doctor a summary at the end of the month.",
        "Organise the induction days for new doctors at each changeover.",
        "Prepare candidate lists, room plans and timings for the practice clinical exams held in the centre.",
        "Answer the education centre inbox and take notes at the local faculty group.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "GCSEs at grade 4 / C or above in English and maths, or an equivalent qualification",
            "E",
            "A",
        ),
        ("Qualifications", "Level 3 qualification in Business Administration", "D", "A"),
        (
            "Qualifications",
            "Completion of the Trust's ESR and e-learning administrator training during induction",
            "E",
            "Induction",
        ),
        (
            "Experience",
            "Experience of office administration, including managing diaries and booking rooms",
            "E",
            "A/I",
        ),
        ("Experience", "Experience of supporting training courses, exams or education events", "D", "A/I"),
        (
            "Experience",
            "Experience of working with doctors in training or in a medical education department",
            "D",
            "A",
        ),
        ("Skills", "Good working knowledge of Microsoft Excel, Word and Outlook", "E", "T"),
        (
            "Skills",
            "Able to deal tactfully with doctors, consultants and visiting speakers by phone and email",
            "E",
            "I",
        ),
        (
            "Skills",
            "Must update each trainee's attendance record within two working days of every teaching session",
            "E",
            "A/I",
        ),
        ("Knowledge", "Understanding of data protection when handling trainees' personal information", "E", "I"),
        ("Other", "Able to start at 7.30am on Thursdays to set up the weekly teaching programme", "E", "I"),
        ("Other", "Right to work in the UK; this post is not eligible for visa sponsorship", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "How assessed: A = application form, I = interview, T = short computer test on the day, A/I = application "
        "form and interview."
    )
    document.add_paragraph(
        "No previous NHS experience is necessary: you will spend your first two weeks alongside the administrator "
        "who is leaving. We offer 27 days' annual leave plus bank holidays, the NHS Pension, staff parking at "
        "Northwick Park and free use of the Trust's library and courses."
    )
    _save(document, "v2_postgraduate_medical_education_administrator.docx")


def v3_weekend_library_assistant() -> None:
    """The title as the heading, then "employer | service", the hospital's address, "Band 2 | pay | hours" and a
    "Closes ... | Interviews ..." line; a "You must lock ..." duty in About the job; Essential and Desirable side by
    side per category, with a training line and a right-to-work line as second lines of Essential cells, "N/A" in
    one Desirable cell and a benefit alone in another."""
    document = blank_docx("Arial")
    document.add_heading("Weekend Library Assistant", level=1)
    document.add_paragraph(
        "Chelsea and Westminster Hospital NHS Foundation Trust  |  Library and Knowledge Service, West Middlesex "
        "University Hospital"
    )
    document.add_paragraph("Twickenham Road, Isleworth TW7 6AF")
    document.add_paragraph("Band 2  |  \u00a324,950 a year pro rata  |  15 hours: Saturday and Sunday")
    document.add_paragraph("Closes Friday 19 January 2029  |  Interviews Saturday 27 January 2029")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "The library at West Middlesex is open every day of the year to staff and students, and at weekends the "
        "health information corner is open to patients and visitors too. At weekends one assistant runs the "
        "library, with a librarian on call by phone. You will issue and return books, help people with the "
        "computers, printers and catalogue, keep the study rooms tidy and answer enquiries that arrive by email and "
        "phone. You must lock the study rooms and log the day's visitor and loan counts before the library closes "
        "each day."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Education",
            "Good general education, including GCSE English and maths or equivalent",
            "Level 2 Certificate in Customer Service",
        ),
        (
            "Experience",
            "Experience of working with the public in a customer service role\n"
            f"No library experience needed {DASH} full training on the library system will be given",
            "Experience of working in a library, archive or bookshop",
        ),
        (
            "Skills",
            "Confident using a computer, email and the internet to find information\n"
            "Able to explain clearly and patiently how to use the catalogue, printers and PCs",
            "Able to use social media to promote library services",
        ),
        (
            "Knowledge",
            "Understanding of the need to keep library users' records and enquiries confidential",
            "N/A",
        ),
        (
            "Other",
            "Able to work every Saturday and Sunday from 9am to 5pm\n"
            f"Right to work in the UK {DASH} we cannot sponsor visas for this post",
            "Free weekend parking in the staff car park",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "Weekend hours are paid with Agenda for Change unsocial hours enhancements. You will also get annual leave "
        "pro rata, the NHS Pension and the library's own e-learning and reading lists. Appointment is subject to "
        "two references and a basic DBS check."
    )
    _save(document, "v3_weekend_library_assistant.docx")


def v4_healthcare_apprenticeship_coordinator() -> None:
    """The title and band only in the page header; the team and employer as the first line; the closing date only
    in the last paragraph. Key duties as bullets (one "You must report ..."), then an Essential row and a Desirable
    row per attribute under "Attribute | Level | Requirements", the attribute merged down over both, with a "not
    required" line and a DBS line as second lines of Essential rows, training the job gives alone in the Knowledge
    Desirable row and "N/A" in the Other Desirable row."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Healthcare Apprenticeship Coordinator | Band 4"
    intro = document.add_paragraph()
    intro.add_run("Learning and Development, Central and North West London NHS Foundation Trust").bold = True
    document.add_paragraph(
        "Based at Trust Headquarters, 350 Euston Road, London NW1 3AX, with regular travel to our services"
    )
    document.add_heading("Role summary", level=1)
    document.add_paragraph(
        "CNWL has more than 300 apprentices at any one time, from healthcare support workers and nursing associates "
        "to pharmacy technicians. The coordinator looks after our clinical apprenticeships from recruitment to "
        "end-point assessment: matching each apprentice with a training provider, keeping the Trust's apprenticeship "
        "records up to date, and making sure that apprentices and their managers get the support they need."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Recruit and enrol clinical apprentices with their managers and training providers",
        "Hold progress reviews every twelve weeks with each apprentice, their manager and the provider",
        "Keep the apprenticeship tracker and funding records ready for the monthly levy reconciliation",
        "You must report any apprentice who has been away from their programme for more than four weeks to the "
        "Apprenticeship Lead within one working day",
        "Run drop-in sessions for staff who are thinking about an apprenticeship",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Attribute", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "Educated to A level or equivalent, including English"),
        (
            "Qualifications",
            "Desirable",
            "Qualification in teaching, assessing or training, such as the Level 3 Award in Education and Training",
        ),
        (
            "Experience",
            "Essential",
            "Experience of coordinating a programme, course or caseload of learners or clients\n"
            "Previous NHS experience is not required",
        ),
        ("Experience", "Desirable", "Experience of working with apprenticeship training providers or colleges"),
        (
            "Skills",
            "Essential",
            "Able to keep accurate records and trackers in Excel\n"
            "Confident speaking to groups, including running information sessions for staff",
        ),
        ("Skills", "Desirable", "Able to use an e-portfolio system such as OneFile or Aptem"),
        ("Knowledge", "Essential", "Knowledge of how apprenticeships are funded through the apprenticeship levy"),
        (
            "Knowledge",
            "Desirable",
            "We will train you in the end-point assessment process and the apprenticeship funding rules",
        ),
        (
            "Other",
            "Essential",
            "Able to travel to CNWL sites across Brent, Harrow, Hillingdon and Kensington and Chelsea\n"
            "Enhanced DBS check, as you will support apprentices aged 16 and 17",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, the NHS Pension, flexible and hybrid working, and an "
        "interest-free travel loan. Closing date: Tuesday 23 January 2029. Interviews will be held at 350 Euston "
        "Road on Thursday 1 February 2029."
    )
    _save(document, "v4_healthcare_apprenticeship_coordinator.docx")


V5_ITEMS = [
    ("title", "Mandatory Training Administrator"),
    ("bold", f"Learning and Development {DASH} The Hillingdon Hospitals NHS Foundation Trust"),
    ("body", "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"),
    ("gap", ""),
    ("body", "Band 3  |  \u00a329,870 to \u00a331,940 a year, including Outer London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Monday to Friday, 8.30am to 4.30pm"),
    (
        "body",
        "Applications close at midnight on Sunday 28 January 2029; interviews will be held on Wednesday 7 "
        "February 2029.",
    ),
    ("heading", "About the role"),
    (
        "body",
        "Everyone who works at Hillingdon and Mount Vernon has to keep their statutory and mandatory training up to "
        "date, from fire safety and resuscitation to information governance. Our team of four books, records and "
        "reports on around 40,000 training completions a year. You will be the first point of contact for staff "
        "and managers with questions about their training, and you will keep our records right.",
    ),
    ("heading", "What you'll do"),
    ("body", f"{BULLET} Book staff onto face-to-face sessions, and move them when a session is cancelled or full"),
    ("body", f"{BULLET} Record attendance and upload completions to the learning system"),
    ("body", f"{BULLET} Answer the team's phone line and shared inbox"),
    (
        "body",
        f"{BULLET} You must chase every member of staff whose fire safety or resuscitation training has lapsed, and "
        "copy in their manager if it is still out of date two weeks later",
    ),
    ("body", f"{BULLET} Prepare the monthly compliance report for the divisional managers"),
    ("body", f"{BULLET} Get the training rooms ready with chairs, laptops and manikins before each session"),
    ("heading", "What we're looking for"),
    ("bold", "What you'll bring on day one"),
    ("body", f"{BULLET} GCSE English and maths at grade 4 / C or above, or Functional Skills Level 2 in both"),
    (
        "body",
        f"{BULLET} Administrative experience in a busy office, including booking and rebooking appointments or courses",
    ),
    ("body", f"{BULLET} Good working knowledge of Excel, including sorting, filtering and simple formulas"),
    ("body", f"{BULLET} Accurate data entry, checking names and dates against the original record"),
    ("body", f"{BULLET} Able to answer staff queries about their training politely and clearly, by phone and email"),
    ("body", f"{BULLET} Able to work to fixed deadlines, such as the monthly compliance report"),
    (
        "body",
        f"{BULLET} You don't need to know anything about statutory and mandatory training yet {DASH} we'll teach you "
        "the Core Skills Training Framework in your first week",
    ),
    ("bold", "What would give you an edge"),
    ("body", f"{BULLET} Experience of using a learning management system or ESR"),
    ("body", f"{BULLET} Knowledge of the subjects in the Core Skills Training Framework"),
    ("body", f"{BULLET} Experience of setting up rooms and equipment for face-to-face training"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; we are not able to offer visa sponsorship for this role. "
        "Offers depend on two satisfactory references and a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET} 27 days' annual leave, rising to 33 days with service, plus bank holidays"),
    ("body", f"{BULLET} The NHS Pension Scheme and NHS staff discounts"),
    ("body", f"{BULLET} Support to study for a Level 3 qualification in learning and development after six months"),
    ("body", f"{BULLET} Reduced-rate staff parking and an on-site nursery"),
]

V6_ITEMS = [
    ("title", "Primary Care Education Administrator"),
    ("body", "Training Hub Team, Hammersmith and Fulham GP Federation"),
    ("body", "Our office in White City, with hybrid working"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "The federation brings together the GP practices of Hammersmith and Fulham, and our training hub runs "
        "courses, protected learning afternoons and placements for practice staff across the borough. We are "
        "looking for a Primary Care Education Administrator at Band 3 on Agenda for Change terms, working 30 hours "
        "a week over four days. The closing date is Thursday 1 February 2029, and interviews will take place on "
        "Monday 12 February 2029 at our White City office.",
    ),
    (
        "body",
        "You will build the termly course calendar, book trainers and rooms, publish each session and manage the "
        "bookings, and keep the hub's records of who has attended what. You must send the joining link for every "
        "online session no later than 48 hours before it starts. You do not need a clinical background, and nobody "
        "expects you to know how a GP practice works on your first day.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in an administrative role where you organised meetings, events or "
        "training sessions. You must be confident with Microsoft Teams and Zoom and able to set up online sessions "
        "for large groups. Good written English is essential, as you will write the newsletters and course "
        "information that go to every practice. You must be able to keep accurate attendance records and send out "
        "certificates promptly. It is essential that you can plan your own week and keep several courses on track "
        "at the same time.",
    ),
    (
        "body",
        "Experience of working in a GP practice would be beneficial. Knowledge of the roles in a primary care team, "
        "such as practice nurses, clinical pharmacists and physician associates, would be an advantage. Experience "
        "of using Eventbrite or a similar booking platform is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants are eligible to work in the UK, as we cannot offer visa sponsorship for "
        "this post. The successful candidate will need a basic DBS check and two references. In your first year "
        "you will be supported to complete a Level 3 Certificate in Business Administration, paid for by the "
        "federation. You will benefit from 27 days' annual leave plus bank holidays, the NHS Pension Scheme, a "
        "laptop for home working and a yearly wellbeing day. We welcome applications from people returning to work "
        "after a career break.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_simulation_suite_technician()
    v2_postgraduate_medical_education_administrator()
    v3_weekend_library_assistant()
    v4_healthcare_apprenticeship_coordinator()
    (ADVERTS / "v5_mandatory_training_administrator.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_primary_care_education_administrator.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
