"""Build the Word and PDF adverts of held-back set 117 from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback117/build.py`. The generated files are
committed, so nothing needs this script; it is kept so the files can be read and rebuilt. The Word and PDF helpers
are in `tests/data/advert_files.py`. Each Word file is saved with fixed core-property dates and fixed zip time stamps,
so a rebuild is byte for byte the same. The pasted-text adverts (v7 and v8) are plain files and are not built here.
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

TICK = "\u2713"  # a plain check mark in the level column, the other cell left empty
DASH = "\u2013"
BULLET = "\u2022"
FIXED_TIME = dt.datetime(2029, 2, 19, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 19, 10, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_clinical_skills_lab_assistant() -> None:
    """The employer and the centre only in the page header; the reference, closing date and interview week only in
    the page footer; the title as the heading and the band in a "|" line. Duties as Word bullets, then tick columns
    with category rows merged across the table, with four ticked-Essential rows that are not criteria."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[
        0
    ].text = "Imperial College Healthcare NHS Trust  |  Clinical Skills and Simulation Centre, St Mary's Hospital"
    section.footer.paragraphs[0].text = (
        "Job reference 290-EDU-2417  \u00b7  Closing date: Friday 2 March 2029  \u00b7  "
        "Interviews in the week commencing 12 March 2029"
    )
    document.add_heading("Clinical Skills Lab Assistant", level=1)
    document.add_paragraph(
        "Band 2  |  \u00a326,120 to \u00a327,480 a year including Inner London High Cost Area Supplement  |  "
        "Permanent  |  37.5 hours, Monday to Friday"
    )
    document.add_heading("About the centre", level=2)
    document.add_paragraph(
        "Our centre at St Mary's Hospital in Paddington runs more than 900 sessions a year for doctors, nurses, "
        "midwives, medical students and healthcare assistants, from cannulation and catheter workshops to whole "
        "ward scenarios with high-fidelity manikins that breathe, bleed and talk back. A team of two technicians "
        "and one lab assistant keeps the rooms ready, the kit working and the cupboards stocked, so that the "
        "faculty can concentrate on teaching."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Lay out and clear the skills rooms for each session from the booking sheet: couches, manikins, task "
        "trainers, drip stands, trolleys and consumables",
        "Clean, check and put away equipment after every session, and report faults to the Simulation Technician",
        "Count stock each week and order cannulas, syringes, dressings and gloves through the Trust's ordering system",
        "Book rooms in the centre's shared calendar and answer the centre's inbox and phone",
        "Help the technicians with the cameras and playback screens during simulation debriefs",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Requirements", "Essential", "Desirable"])
    rows = [
        ("Education and qualifications",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, ""),
        ("BTEC or NVQ at Level 2 in a science, health or technical subject", "", TICK),
        ("Completion of the Trust's statutory and mandatory e-learning within your first month", TICK, ""),
        ("Experience",),
        ("Experience of setting up rooms or equipment for classes, events or practical sessions", TICK, ""),
        ("No previous healthcare experience is required", TICK, ""),
        ("Previous work in a laboratory, workshop or stores environment", "", TICK),
        ("Skills and abilities",),
        ("Able to carry and move manikins, couches and equipment safely", TICK, ""),
        ("Able to keep accurate stock records and reorder consumables", TICK, ""),
        ("Basic IT skills, including email and booking rooms on a shared calendar", TICK, ""),
        ("Must reset every skills room by 8am for the first session of the day", TICK, ""),
        ("Knowledge",),
        ("Understanding of infection prevention when cleaning and storing equipment", TICK, ""),
        ("Awareness of how simulation is used to train clinical staff", "", TICK),
        ("Other",),
        ("Satisfactory basic DBS check", TICK, ""),
        ("Able to start at 7.30am two days a week", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; a free place "
        "on any of the centre's own courses; an interest-free season ticket loan; and staff discounts across "
        "London. Appointment is subject to two references and proof of your right to work in the UK."
    )
    save(document, "v1_clinical_skills_lab_assistant.docx")


def v2_resuscitation_training_assistant() -> None:
    """The title and band only in the page header; the closing and interview dates in a bold line under the
    heading; the employer in a one-pair-a-row details table; a "must" sentence in Job purpose; numbered duties;
    then rows marked E or D with the domain merged down and a "How assessed" column, three rows marked E that are
    not criteria."""
    document = blank_docx("Calibri")
    document.sections[0].header.paragraphs[0].text = "Resuscitation Training Assistant  |  Band 3"
    document.add_heading("Job description and person specification", level=1)
    paragraph = document.add_paragraph()
    paragraph.add_run(
        "Closing date: Wednesday 7 March 2029 (interviews on Tuesday 20 March 2029 at Northwick Park)"
    ).bold = True
    label_value_table(
        document,
        [
            ("Employer", "London North West University Healthcare NHS Trust"),
            ("Department", "Resuscitation Service, Medical Education Directorate"),
            ("Base", "Northwick Park Hospital, Watford Road, Harrow, with regular work at Central Middlesex Hospital"),
            ("Pay", "\u00a329,340 to \u00a331,020 a year, including Outer London High Cost Area Supplement"),
            ("Hours", "37.5 hours a week, Monday to Friday, with an occasional evening"),
            ("Contract", "Permanent"),
            ("Reference", "362-MED-5580"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our resuscitation officers teach around 6,000 staff a year to recognise a deteriorating patient and to "
        "act when someone's heart stops. The assistant keeps those courses running: booking staff on, getting "
        "the rooms and kit ready at both hospitals, keeping the records, and being a second pair of hands on the "
        "day. Every manikin must be cleaned and have its airway and lungs changed after each course, following "
        "the manufacturer's instructions."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Book staff onto life support courses, send joining instructions and manage the waiting lists",
        "Prepare the training rooms and take the kit between the two hospitals in the service's pool car",
        "Check, clean and repair manikins, defibrillator trainers and airway models, and keep the maintenance log",
        "Record attendance and results on the same day and send monthly compliance figures to ward managers",
        "Help the officers at courses and, once trained, run short refresher sessions on the wards for night staff",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Domain", "Requirement", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Good general education, including GCSE English and maths or equivalent", "E", "A"),
        ("Qualifications", "First Aid at Work or Basic Life Support certificate", "D", "A"),
        (
            "Qualifications",
            "Resuscitation Council UK Immediate Life Support course, provided by the service in your first three "
            "months",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of administrative work, including booking people onto courses or appointments",
            "E",
            "A / I",
        ),
        ("Experience", "Experience of supporting face-to-face training sessions or events", "D", "A / I"),
        (
            "Skills",
            "Able to check, clean and maintain training equipment such as manikins and defibrillator trainers",
            "E",
            "I",
        ),
        ("Skills", "Confident using Excel to keep training records and attendance lists", "E", "A / T"),
        ("Skills", "Able to speak confidently to groups of staff, including doctors and senior nurses", "E", "I"),
        (
            "Skills",
            "Must update the learning management system within two working days of every course",
            "E",
            "N/A",
        ),
        (
            "Knowledge",
            "Understanding of why accurate training records matter for audit and patient safety",
            "E",
            "I",
        ),
        ("Other", "Able to move training kit between Northwick Park and Central Middlesex hospitals", "E", "I"),
        ("Other", "Able to work occasional evening sessions for night staff", "D", "I"),
        (
            "Other",
            f"Right to work in the UK {DASH} visa sponsorship is not available for this post",
            "E",
            "Pre-employment",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, T = a short Excel task at interview.")
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You do not need a clinical background: our assistants have come to us from hotels, gyms, schools and "
        "offices. We offer 27 days' annual leave plus bank holidays, the NHS Pension, the free staff shuttle "
        "between Northwick Park and Central Middlesex, and a place on every course we run. The post needs a basic "
        "DBS check and two satisfactory references."
    )
    save(document, "v2_resuscitation_training_assistant.docx")


def v3_learning_and_development_administrator() -> None:
    """The employer and directorate in bold on the first line; the title as the heading; the band in a details
    table with two pairs a row; a "must" sentence at the end of About the team; Essential and Desirable side by
    side per category, with a no-experience line and a DBS line in Essential cells, "N/A" in one Desirable cell and
    an apprenticeship offer in another; the closing date only in the last paragraph."""
    document = blank_docx("Calibri")
    paragraph = document.add_paragraph()
    paragraph.add_run(f"West London NHS Trust {DASH} Learning and Organisational Development").bold = True
    document.add_heading("Learning and Development Administrator", level=1)
    label_value_table(
        document,
        [
            ("Band", "3", "Salary", "\u00a328,980 to \u00a330,760 a year including Outer London HCAS"),
            ("Base", "Trust Headquarters, 1 Armstrong Way, Southall", "Hours", "37.5 a week, with some home working"),
            ("Contract", "Permanent", "Reference", "368-LOD-0923"),
        ],
    )
    document.add_heading("About the team", level=2)
    document.add_paragraph(
        "We organise induction, mandatory training and development courses for around 4,000 staff across our "
        "mental health, forensic and community services in Ealing, Hammersmith and Fulham and Hounslow, and at "
        "Broadmoor Hospital. As one of three administrators you will run course bookings from start to finish: "
        "publishing dates, enrolling staff, booking rooms and trainers, sending joining instructions and "
        "recording who attended. Any change to a course must be emailed to the trainer and to everyone booked on "
        "the same day."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Educated to GCSE standard in English and maths, or equivalent",
            "RSA, OCR or City & Guilds qualification in text processing or business administration",
        ),
        (
            "Experience",
            "Experience of working in a busy office, handling bookings and enquiries\n"
            f"No experience of the NHS or of training is needed {DASH} full training is given",
            "Experience of using a learning management system, such as ESR OLM or Totara",
        ),
        (
            "Skills",
            "Good working knowledge of Microsoft Word, Excel and Outlook\n"
            "Able to write clear emails and letters to staff and managers",
            "Able to use Microsoft Forms or a similar tool to collect course feedback",
        ),
        ("Personal qualities", "Able to prioritise a varied workload and meet deadlines", "N/A"),
        (
            "Other",
            "Able to work at different Trust sites, including Broadmoor Hospital in Crowthorne when needed\n"
            "Enhanced DBS check, because of work at our secure hospitals",
            "Access to a funded Level 3 Business Administration apprenticeship after probation",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave rising to 33 with service, the NHS Pension, free parking at most of "
        "our sites and a Blue Light Card. Applicants need the right to work in the UK, as we cannot sponsor visas "
        "for this role. The closing date for applications is Friday 9 March 2029, and interviews will be held in "
        "Southall on Monday 19 March 2029."
    )
    save(document, "v3_learning_and_development_administrator.docx")


def v4_undergraduate_medical_education_coordinator() -> None:
    """The employer, title and band only inside the first sentence; duties as bullets with a "must" in one; then
    an Essential row and a Desirable row per area with the area merged down, a no-experience line and a DBS line in
    Essential cells and a training line alone in the last Desirable cell; the closing date only under How to
    apply."""
    document = blank_docx("Arial")
    document.add_heading("Undergraduate Medical Education", level=1)
    document.add_paragraph(
        "The undergraduate team at Chelsea and Westminster Hospital NHS Foundation Trust is looking for an "
        "Undergraduate Medical Education Coordinator (Agenda for Change Band 4, full time, permanent) to organise "
        "the clinical placements of Imperial College medical students at Chelsea and Westminster Hospital on "
        "Fulham Road and at West Middlesex University Hospital in Isleworth."
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Each year around 350 medical students spend blocks of four to eight weeks with us on wards, in clinics "
        "and in theatres. The coordinator builds their timetables, organises their teaching and their bedside "
        "examinations, and is the first person students, consultants and the medical school turn to when "
        "something needs sorting out."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Build and publish each student group's placement timetable, and rearrange it when clinics are cancelled",
        "Book rooms, patients and examiners for the end-of-placement assessments",
        "Keep records of attendance and sign-offs, and pass any concerns to the Undergraduate Tutor",
        "Every student's attendance must be uploaded to the medical school's portal by the Friday of each week",
        "Answer the team's inbox and phone and keep the students' handbook up to date",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "A-levels or equivalent, such as a Level 3 diploma"),
        (
            "Qualifications",
            "Desirable",
            "A degree, or a qualification in education such as the Level 3 Award in Education and Training",
        ),
        (
            "Experience",
            "Essential",
            "Experience of organising timetables, rotas or schedules for groups of people\n"
            "Previous experience in a medical school or hospital is not needed",
        ),
        ("Experience", "Desirable", "Experience of working with students in a university, college or school"),
        (
            "Skills and abilities",
            "Essential",
            "Confident with Excel, including sorting, filtering and simple formulas\n"
            "Able to deal tactfully with students, consultants and university staff",
        ),
        (
            "Skills and abilities",
            "Desirable",
            "Experience of an online assessment or timetabling system such as Moodle or CMIS",
        ),
        ("Knowledge", "Essential", "Understanding of the need to keep student records confidential"),
        ("Knowledge", "Desirable", "Knowledge of how medical students are taught and assessed, for example OSCEs"),
        (
            "Other",
            "Essential",
            "Able to work at both the Chelsea and West Middlesex sites\nSatisfactory basic DBS check",
        ),
        ("Other", "Desirable", "Training on the medical school's placement portal is given in your first month"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("How to apply", level=2)
    document.add_paragraph(
        "Applications close on Monday 12 March 2029, and interviews will be held on Thursday 22 March 2029 at West "
        "Middlesex University Hospital. You will need the right to work in the UK; this post is not eligible for "
        "visa sponsorship. We offer 27 days' annual leave plus bank holidays, the NHS Pension, the free shuttle "
        "bus between our two hospitals and a yearly study budget."
    )
    save(document, "v4_undergraduate_medical_education_coordinator.docx")


V5_ITEMS = [
    ("title", "Library Outreach Assistant"),
    (
        "body",
        "Band 2  |  \u00a325,980 to \u00a327,310 a year pro rata, including Outer London High Cost Area Supplement",
    ),
    ("bold", "Healthcare Library, The Hillingdon Hospitals NHS Foundation Trust"),
    ("body", "Hillingdon Hospital, Pield Heath Road, Uxbridge, with weekly visits to Mount Vernon Hospital"),
    ("body", "Closes: Wednesday 14 March 2029  |  Interviews: Monday 26 March 2029"),
    ("body", "Permanent  |  30 hours a week over four days"),
    ("heading", "About the library"),
    (
        "body",
        "Our library is open to everyone who works for the Trust: books, journals, e-books, a quiet study room and "
        "a librarian who searches the evidence for clinical teams. Most of our visitors are doctors and nurses. We "
        "want to reach the porters, domestics, healthcare assistants, receptionists and night staff who never come "
        "through our door, and this new post takes the library to them.",
    ),
    ("heading", "What you'll do"),
    (
        "body",
        f"{BULLET} Take the book and leaflet trolley round wards, staff rooms and the Mount Vernon site to a weekly "
        "timetable",
    ),
    (
        "body",
        f"{BULLET} Help staff get into our e-books, the NHS Knowledge and Library Hub and the learning apps they "
        "need, one to one or at small drop-ins",
    ),
    ("body", f"{BULLET} Issue, return and shelve books and chase overdue loans"),
    (
        "body",
        f"{BULLET} You must record every item that goes out on the trolley on the library system before you "
        "leave the library",
    ),
    ("body", f"{BULLET} Make posters, screen slides and social media posts about what the library can do"),
    ("heading", "What you need"),
    ("body", f"{BULLET} Good standard of English and maths, e.g. GCSE grade 4 or Functional Skills Level 2"),
    (
        "body",
        f"{BULLET} Customer service experience in a library, shop, reception or similar public-facing role",
    ),
    ("body", f"{BULLET} Comfortable searching the internet and online databases for information"),
    (
        "body",
        f"{BULLET} Able to show people how to use apps and websites on phones, tablets and laptops, at their own pace",
    ),
    ("body", f"{BULLET} Tidy and accurate with shelving, loans and returns"),
    ("body", f"{BULLET} Happy to take a trolley of books and leaflets round wards and staff rooms"),
    (
        "body",
        f"{BULLET} You don't need a library qualification {DASH} we'll train you on the job and through the "
        "national induction modules for health library staff",
    ),
    ("heading", "What would help (but isn't essential)"),
    ("body", f"{BULLET} Experience of working in a library or information service"),
    ("body", f"{BULLET} Experience of using a library management system such as Koha or Alma"),
    ("body", f"{BULLET} Able to design simple posters or social media posts, for example in Canva"),
    ("heading", "Good to know"),
    (
        "body",
        "Applicants must have the right to work in the UK; we cannot offer visa sponsorship for this post. The "
        "post needs a basic DBS check and two references, one from your most recent employer or place of study.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET} 27 days' annual leave pro rata, rising with service, plus bank holidays"),
    ("body", f"{BULLET} NHS Pension Scheme and NHS discounts"),
    ("body", f"{BULLET} A funded Level 3 qualification in library and information work after your first year"),
    ("body", f"{BULLET} Reduced-rate staff parking and the hospital's staff gym"),
]

V6_ITEMS = [
    ("title", "E-Learning Support Officer"),
    ("bold", "Learning and Development, Central and North West London NHS Foundation Trust"),
    ("body", "350 Euston Road, London, with hybrid working"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our digital learning team builds and looks after the online courses our staff use, from mandatory "
        "training to short guides on new clinical systems. We are looking for an E-Learning Support Officer, on "
        "Band 4 and working 37.5 hours a week, to turn trainers' slides and notes into short online modules, keep "
        "our learning pages up to date and help staff who get stuck.",
    ),
    (
        "body",
        "Day to day you will build and update modules, publish them to the learning management system, answer "
        "the e-learning helpdesk and add captions and alternative text. You must check every module on a phone "
        "as well as on a laptop before it goes live. You do not need to have worked in the NHS or in education "
        "before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you hold a qualification at Level 3 or above, such as A-levels or a BTEC Extended "
        "Diploma. You must have experience of building or updating online learning, web pages or other digital "
        "content. It is essential that you are confident with Microsoft Office, especially PowerPoint and Excel. "
        "Clear written English, with a good eye for spelling and layout, is essential. You must be able to "
        "explain technical problems in plain language to staff who are not confident with computers. It is "
        "essential that you can plan your own work and keep several small projects moving at once.",
    ),
    (
        "body",
        "Experience of an e-learning authoring tool such as Articulate Rise or Storyline would be beneficial. "
        "Knowledge of web accessibility standards (WCAG) would be an advantage. Experience of editing short "
        "videos would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK; this post does not attract visa "
        "sponsorship. Offers are subject to references and a basic DBS check. Protected time for your own "
        "learning is essential to how our team works, and after probation we will fund a Level 4 apprenticeship "
        "in learning and development. You will benefit from 27 days' annual leave plus bank holidays, the NHS "
        "Pension, a Trust laptop and two days a week at home.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "The advert closes at midnight at the end of Friday 16 March 2029. Interviews, with a short practical "
        "task, will be held on Wednesday 28 March 2029. For an informal chat, ring the Digital Learning Lead on "
        "020 7946 0381 or email digital.learning@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_clinical_skills_lab_assistant()
    v2_resuscitation_training_assistant()
    v3_learning_and_development_administrator()
    v4_undergraduate_medical_education_coordinator()
    (ADVERTS / "v5_library_outreach_assistant.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_e_learning_support_officer.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
