"""Build the Word and PDF adverts of the seventy-first held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback71/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and PDF
helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts. Each Word file is saved
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

# A square-root sign, which many Word person specifications use as a tick.
TICK = "\u221a"
DASH = "\u2013"
BULLET = "\u2022"
FIXED_TIME = dt.datetime(2028, 12, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 1, 9, 0, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_dermatology_phototherapy_assistant() -> None:
    """Employer only in the page header, closing date only in the page footer, band in a line under the title;
    duties as bullets; tick columns with bold category rows merged across, and four ticked-Essential rows that are
    not criteria (training the job gives, "No previous dermatology experience needed", a "Must ... before ..." duty
    and an enhanced DBS check); benefits at the end."""
    document = blank_docx("Arial")
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Chelsea and Westminster Hospital NHS Foundation Trust"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    section.footer.paragraphs[0].text = (
        "Dermatology Directorate \u00b7 Job ref 291-DER-0118 \u00b7 Closing date: 16/01/2029 \u00b7 "
        "Interviews: 25/01/2029"
    )
    document.add_heading("Dermatology Phototherapy Assistant", level=1)
    document.add_paragraph(
        "Agenda for Change Band 3 \u00b7 37.5 hours a week, Monday to Saturday rota \u00b7 Phototherapy Unit, "
        "Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our phototherapy unit treats around 90 patients a week with narrowband UVB and PUVA for psoriasis, eczema, "
        "vitiligo and other skin conditions. Most patients come two or three times a week for several months, so "
        "you will get to know them well. You will work with two specialist dermatology nurses, getting patients "
        "ready for treatment, running the cabinets under the nurses' supervision and keeping the unit clean, safe "
        "and on time."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Welcome patients, check their identity and treatment plan and make sure they have their eye protection",
        "Deliver each prescribed UV dose under the supervision of the phototherapy nurse and record it straight away",
        "Measure and record skin reactions on the treatment card and report any burning to the nurse in charge",
        "Clean the cabinets, goggles and couches between patients and keep the unit stocked",
        "Book the next course of treatments and ring patients who miss two sessions in a row",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, ""),
        ("Level 3 Diploma in Healthcare Support, or equivalent", "", TICK),
        ("Completion of the unit's phototherapy safety competencies within your first eight weeks", TICK, ""),
        ("Experience",),
        ("Experience of working directly with patients or the public in a health or care setting", TICK, ""),
        ("No previous dermatology experience needed", TICK, ""),
        ("Experience of working in a dermatology or skin clinic", "", TICK),
        ("Skills and abilities",),
        ("Able to keep accurate written and electronic treatment records", TICK, ""),
        (
            "Able to explain treatment routines clearly to patients who are nervous or self-conscious about their skin",
            TICK,
            "",
        ),
        ("Must check and clean every treatment cabinet before the first patient of the day", TICK, ""),
        ("Confident using Cerner or another electronic patient record", "", TICK),
        ("Knowledge",),
        ("Understanding of infection prevention and control, including hand hygiene", TICK, ""),
        ("Other",),
        ("Able to work early starts from 7.30am on a rota, including one Saturday morning in four", TICK, ""),
        ("Satisfactory enhanced DBS check", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; Inner London "
        "High Cost Area Supplement; free flu vaccination and access to our staff health and wellbeing service. "
        "Appointment is subject to two satisfactory references and occupational health clearance."
    )
    save(document, "v1_dermatology_phototherapy_assistant.docx")


def v2_tinnitus_and_balance_clinic_support_worker() -> None:
    """The employer on a plain first line; a details table with two label-value pairs a row (the closing date
    beside the interview date); a "You must make sure ... before ..." sentence in Job purpose; numbered duties;
    rows marked E or D with the factor merged down and a "How assessed" column; three rows marked E that are not
    criteria (e-learning in the first week, a duty, right to work); the key and a closing paragraph."""
    document = blank_docx("Calibri")
    document.add_paragraph("London North West University Healthcare NHS Trust")
    document.add_heading("Tinnitus and Balance Clinic Support Worker", level=1)
    label_value_table(
        document,
        [
            ("Pay band", "Band 3", "Hours", "37.5 a week, Monday to Friday"),
            ("Service", f"Audiology {DASH} Adult Hearing and Balance", "Reference", "C9-AUD-3318"),
            ("Base", "Central Middlesex Hospital, Acton Lane, NW10 7NS", "Contract", "Permanent"),
            ("Closing date", "23/01/2029", "Interview date", "01/02/2029"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The tinnitus and balance clinics see adults with ringing in the ears, dizziness and unsteadiness, many of "
        "whom are anxious, hard of hearing or at risk of falling. The support worker keeps each clinic running: "
        "greeting patients, taking them between the waiting area and the test rooms, helping the audiologists "
        "during balance tests and looking after the clinic paperwork. You must make sure that every patient's "
        "questionnaire has been scored and scanned into the record before they see the audiologist."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Prepare the test rooms, couches and equipment for each session.",
        "Stay with patients during caloric and positional tests and help them to sit up and stand safely.",
        "Give out and score the tinnitus and dizziness questionnaires.",
        "Book follow-up appointments and rearrange them when clinics change.",
        "Order stock and keep the clinic supply room tidy.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    quals, exp, skills, know, other = (
        "Qualifications",
        "Experience",
        "Skills and abilities",
        "Knowledge",
        "Other",
    )
    rows = [
        (quals, "Good standard of education, including GCSE English at grade 4 (C) or above", "E", "A"),
        (quals, "Level 2 or 3 qualification in health care or customer care", "D", "A"),
        (quals, "NHS Data Security Awareness e-learning, to be completed in your first week", "E", "N/A"),
        (exp, "Experience of supporting adults with a disability, including hearing or sight loss", "E", "A / I"),
        (exp, "Experience of working in an audiology or ENT department", "D", "A / I"),
        (
            skills,
            "Able to communicate clearly with people who are deaf or hard of hearing, face to face and in writing",
            "E",
            "I",
        ),
        (
            skills,
            "Able to keep patients safe as they move between test rooms, including people who are unsteady on "
            "their feet",
            "E",
            "I",
        ),
        (skills, "Accurate keyboard skills and confident use of Microsoft Outlook and Excel", "E", "A / T"),
        (skills, "British Sign Language Level 1 or above", "D", "A"),
        (
            skills,
            "Must check the test booths and restock otoscope tips before the first clinic each morning",
            "E",
            "N/A",
        ),
        (know, "Awareness of confidentiality and of how to handle patient information safely", "E", "I"),
        (know, "Basic knowledge of how the inner ear affects hearing and balance", "D", "I"),
        (
            other,
            f"Right to work in the UK {DASH} this post is not eligible for visa sponsorship",
            "E",
            "Pre-employment checks",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("Key: E = essential, D = desirable. A = application form, I = interview, T = test.")
    document.add_paragraph(
        "We do not expect you to have worked in audiology before: the audiologists will teach you everything you "
        "need in your first month. The post is subject to a standard DBS check. Staff benefits include the NHS "
        "Pension, 27 days' leave plus bank holidays and free parking at Central Middlesex."
    )
    save(document, "v2_tinnitus_and_balance_clinic_support_worker.docx")


def v3_eye_casualty_receptionist() -> None:
    """Employer, title, band and closing date only inside one opening sentence; Essential and Desirable side by
    side per category, with a training line and a right-to-work line as second lines of Essential cells, "N/A" in
    one Desirable cell and a benefit alone in another."""
    document = blank_docx("Arial")
    document.add_heading("Job advert and person specification", level=1)
    document.add_paragraph(
        "Imperial College Healthcare NHS Trust is looking for an Eye Casualty Receptionist at Band 2 to join the "
        "front-of-house team at the Western Eye Hospital, 153-173 Marylebone Road, on a permanent rota of 37.5 hours "
        "a week; applications close on Friday 19 January 2029 and interviews will be held on Monday 29 January."
    )
    document.add_heading("About eye casualty", level=2)
    document.add_paragraph(
        "Our eye casualty is open every day of the year from 8am to 8pm and sees up to 160 walk-in patients a day, "
        "from scratched corneas and chemical splashes to sudden loss of sight. The receptionist is the first person "
        "every patient meets: you will register them on the patient record, check their details with their GP, "
        "answer the department phone and keep the waiting room informed when waits are long."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSEs or equivalent, including English and maths",
            "NVQ Level 2 in Customer Service, or equivalent",
        ),
        (
            "Experience",
            "Experience of working on a busy front desk, reception or switchboard\n"
            f"No hospital experience needed {DASH} we will train you on the Cerner registration screens",
            "Experience of working on an A&E or urgent care reception",
        ),
        (
            "Skills",
            "Able to take down names, addresses and GP details accurately and at speed\n"
            "Able to stay calm and polite with patients who are in pain or upset",
            "Speaks Arabic, Bengali, Somali or another language used by our patients",
        ),
        ("Knowledge", "Understanding of why patient information must be kept confidential", "N/A"),
        (
            "Working pattern",
            "Able to work a rota of early, late and weekend shifts, including some bank holidays\n"
            "Right to work in the UK is required; sponsorship is not available for this post",
            "Free 24/7 Employee Assistance Programme, staff discounts and a cycle-to-work scheme",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working with us", level=2)
    document.add_paragraph(
        "You will receive 27 days' annual leave plus bank holidays, the NHS Pension and Inner London High Cost Area "
        "Supplement. Offers are subject to references and a basic DBS check. We welcome applications from people "
        "who want to work part time; please tell us the hours you can do."
    )
    save(document, "v3_eye_casualty_receptionist.docx")


def v4_ent_clinic_healthcare_support_worker() -> None:
    """The shape that replaces "two rows per category": each requirement has its own reference (E1, E2 ... D1,
    D2) in the first column, and the level can only be read from that reference (the key is under the table).
    Bold category rows are merged across; a training note is also merged across, in italics; a "–" row says ENT
    experience is not required; E8 (DBS and occupational health) is not a criterion. The title only in the page
    header and the employer only in the page footer; band and closing date in a line under the heading."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = "ENT Clinic Healthcare Support Worker"
    section.footer.paragraphs[
        0
    ].text = (
        "The Hillingdon Hospitals NHS Foundation Trust \u00b7 Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"
    )
    document.add_heading("Job description", level=1)
    document.add_paragraph("Band 3  |  Closing date 26 January 2029  |  Ref 349-ENT-2207  |  37.5 hours")
    document.add_heading("The role", level=2)
    document.add_paragraph(
        "The ear, nose and throat outpatient clinic at Hillingdon Hospital runs adult and children's clinics every "
        "weekday, with evening clinics on Tuesdays and Thursdays. As a healthcare support worker you will prepare "
        "the rooms, take observations, chaperone and support patients during examinations, and look after the "
        "flexible scopes between clinics."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Set up each clinic room with the headlights, suction and instruments the doctors need.",
        "Record observations and weigh children before their appointment.",
        "Chaperone patients and help children and their parents through examinations.",
        "Take used scopes to the decontamination room and collect clean ones.",
        "You must make sure that every scope used in clinic is logged on the tracking system before the clinic closes.",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Ref", "Requirement", "Assessed by"])
    rows = [
        ("Qualifications and training",),
        ("E1", "NVQ Level 2 in Health and Social Care, or equivalent", "Application form"),
        ("D1", "Phlebotomy training or certificate", "Application form"),
        ("Experience",),
        ("E2", "Experience of working as a healthcare assistant in a hospital or clinic", "AF / Interview"),
        ("D2", "Experience of working in an ENT, audiology or head and neck clinic", "AF / Interview"),
        (DASH, "Previous ENT experience is not required; full training is given", DASH),
        ("Skills",),
        ("E3", "Able to record temperature, pulse and blood pressure accurately", "AF / Interview"),
        (
            "E4",
            "Able to support and reassure patients, including children, during examinations of the ear, nose and "
            "throat",
            "Interview",
        ),
        ("E5", "Able to set up and clear a clinic room to the required standard of cleanliness", "Interview"),
        ("D3", "Experience of preparing and tracking nasendoscopes for decontamination", "AF / Interview"),
        ("Knowledge",),
        ("E6", "Understanding of the role of a chaperone during clinical examinations", "Interview"),
        ("Other",),
        ("E7", "Able to work until 7pm on the Tuesday and Thursday evening clinics", "Interview"),
        ("E8", "Satisfactory enhanced DBS check and occupational health clearance", "Pre-employment"),
    ]
    add_rows_with_category_rows(table, rows[:3])
    note = table.add_row().cells
    merged = note[0].merge(note[-1])
    merged.text = ""
    merged.paragraphs[0].add_run(
        "All new starters complete the Trust's ENT clinic competency workbook within their first three months."
    ).italic = True
    add_rows_with_category_rows(table, rows[3:])
    document.add_paragraph("Key: E = essential, D = desirable. AF = application form.")
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension, free staff parking after three months "
        "and a Nursing Associate apprenticeship for support workers who want to progress."
    )
    save(document, "v4_ent_clinic_healthcare_support_worker.docx")


V5_ITEMS = [
    ("title", "School Vision Screener"),
    ("bold", f"Central and North West London NHS Foundation Trust {DASH} Hillingdon Children's Community Services"),
    ("body", "Band 4 | \u00a329,970 to \u00a332,324 a year pro rata, plus Outer London High Cost Area Supplement"),
    ("body", "Fixed term to 31 July 2030 | 30 hours a week | Monday to Thursday, school terms only"),
    ("body", "Applications close on Sunday 4 February 2029 at 23:59. Interviews: Wednesday 14 February 2029."),
    ("heading", "About the role"),
    (
        "body",
        "Every child starting school in Hillingdon has a vision check in their Reception year, so that a lazy eye "
        "or poor sight can be treated while it still makes a difference. Our screeners visit about 70 primary "
        "schools a year, testing each child's sight with a simple letter-matching test and referring those who "
        "need a full assessment to our orthoptists.",
    ),
    ("heading", "What you'll do"),
    ("body", f"{BULLET} Agree screening dates with schools and send out the parent letters in good time"),
    ("body", f"{BULLET} Test children's sight one at a time in a quiet room, following the national protocol"),
    ("body", f"{BULLET} Write to parents with each result and phone those whose child needs to be seen"),
    (
        "body",
        f"{BULLET} You must upload every school's results to the children's records within five working days of "
        "the visit",
    ),
    ("body", f"{BULLET} Carry the screening kit between schools and keep it clean and checked"),
    ("heading", "What we're looking for"),
    ("bold", "What you must bring"),
    ("body", f"{BULLET} GCSE English and maths at grade 4 or above, or equivalent"),
    (
        "body",
        f"{BULLET} Experience of working with children aged 4 to 5, for example in a school, nursery or "
        "children's clinic",
    ),
    (
        "body",
        f"{BULLET} Able to carry out a simple test the same careful way every time and record the results accurately",
    ),
    (
        "body",
        f"{BULLET} Confident talking with parents and school staff by phone and email, including about results "
        "that need follow-up",
    ),
    ("body", f"{BULLET} A full UK driving licence and use of a car to travel between schools"),
    (
        "body",
        f"{BULLET} You don't need any eye care background {DASH} you will shadow our orthoptists for your first "
        "four weeks",
    ),
    ("bold", "Bonus points if you have"),
    ("body", f"{BULLET} Experience of vision or hearing screening"),
    ("body", f"{BULLET} Knowledge of safeguarding children procedures"),
    ("body", f"{BULLET} Experience of using SystmOne"),
    ("heading", "Before you apply"),
    (
        "body",
        "This post involves working with children, so the successful candidate will need an enhanced DBS check "
        "with a check of the children's barred list. You must have the right to work in the UK; we are unable to "
        "offer visa sponsorship for this role.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET} Term-time working, with school holidays off"),
    ("body", f"{BULLET} Mileage paid at NHS rates for travel between schools"),
    ("body", f"{BULLET} NHS Pension, annual leave pro rata and NHS discounts"),
]


V6_ITEMS = [
    ("title", "Adult Hearing Clinic Assistant"),
    ("body", "Community Adult Hearing Service, Central London Community Healthcare NHS Trust"),
    ("body", "Edgware Community Hospital, Burnt Oak Broadway, Edgware"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our community adult hearing service fits and looks after NHS hearing aids for over 6,000 people in "
        "Barnet, Harrow and Brent. We are looking for an Adult Hearing Clinic Assistant at Band 2 to join our drop-in "
        "repair clinic, working 30 hours a week over four days. The closing date is Friday 9 February 2029, and "
        "interviews will be held in the week beginning 19 February.",
    ),
    (
        "body",
        "Day to day you will run the drop-in repair clinic, replacing tubing, domes and batteries, cleaning aids and "
        "checking that they work, and you will answer the service's phone line and book patients in with the "
        "audiologists. You must log every repaired hearing aid on the patient's record before it is posted back. "
        "You do not need any audiology knowledge to apply.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked with members of the public, either face to face or on the phone. You "
        "must be able to carry out small, fiddly tasks with your hands, such as changing the tubing on a hearing "
        "aid.",
    ),
    (
        "body",
        "Clear spoken English is essential, as many of our patients rely on lip-reading. It is essential that you "
        "can use a computer to book appointments and keep records. Reliability and good timekeeping are essential, "
        "because our first clinic starts at 8.30am.",
    ),
    (
        "body",
        "Experience of working in a healthcare setting would be beneficial. Knowledge of the different types of "
        "hearing aid would be an advantage. A Level 2 certificate in customer service is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, because this post does not qualify for "
        "visa sponsorship, and the successful candidate will need a basic DBS check. In your first month you will "
        "complete our in-house hearing aid care course, and after a year you can apply for the service's assistant "
        "practitioner training. You will benefit from 27 days' annual leave plus bank holidays, the NHS Pension and "
        "free parking at Edgware. We would love to hear from you even if you do not tick every box.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_dermatology_phototherapy_assistant()
    v2_tinnitus_and_balance_clinic_support_worker()
    v3_eye_casualty_receptionist()
    v4_ent_clinic_healthcare_support_worker()
    (ADVERTS / "v5_school_vision_screener.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_adult_hearing_clinic_assistant.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
