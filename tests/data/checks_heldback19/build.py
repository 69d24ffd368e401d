"""Build the Word and PDF adverts of the nineteenth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback19/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file
is saved with fixed core-property dates and zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (s6 to s8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.advert_files import (  # noqa: E402
    add_rows_with_category_rows,
    blank_docx,
    bold_cell,
    fill_cell,
    header_table,
    label_value_table,
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

DASH = "\u2013"
BULLET = "\u2022"
FIXED_TIME = dt.datetime(2027, 12, 6, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2027, 12, 6, 10, 30, 0)  # every Word file's zip entries


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# ------------------------------------------------------------------------------------------ s1: transposed table

S1_CATEGORIES = ["Qualifications", "Experience", "Skills and knowledge", "Personal qualities"]
S1_LEVELS = [
    (
        "Essential",
        [
            "Care Certificate, or NVQ / Diploma Level 2 in Health and Social Care\n"
            "Good standard of literacy and numeracy\n"
            "Stroke competency workbook, completed with the practice educator in your first six months",
            "Experience of providing personal care to adults in a hospital, care home or community setting\n"
            "Previous NHS experience is not needed",
            "Able to record observations (temperature, pulse, blood pressure, oxygen saturation) accurately\n"
            "Able to communicate patiently with people who have speech or language difficulties",
            "Able to work a 24/7 rota including nights and weekends\n"
            "Able to move and handle patients safely using hoists and slide sheets\n"
            "Enhanced DBS check will be carried out",
        ],
    ),
    (
        "Desirable",
        [
            "Level 3 Diploma in Health and Social Care",
            "Experience of caring for people after a stroke or other neurological condition",
            "Experience of using an electronic patient record",
            "Speaks a community language used in Brent or Harrow",
        ],
    ),
]


def s1_stroke_unit_healthcare_support_worker() -> None:
    """Details in short paragraphs; duties with a "must"; the person specification transposed: the categories are
    the columns and Essential and Desirable are the two rows, with a training line, a "not needed" line and a DBS
    line inside Essential cells."""
    document = blank_docx("Arial")
    document.add_heading("Stroke Unit Healthcare Support Worker", level=1)
    document.add_paragraph("London North West University Healthcare NHS Trust")
    document.add_paragraph(
        "Hyper Acute Stroke Unit (HASU) and Stroke Rehabilitation Ward, Northwick Park Hospital, Watford Road, "
        "Harrow HA1 3UJ"
    )
    document.add_paragraph(f"Agenda for Change Band 3  {DASH}  37.5 hours  {DASH}  Permanent")
    document.add_paragraph("Closing date: 9 March 2028. Interviews: 22 and 23 March 2028.")
    document.add_heading("About the unit", level=2)
    document.add_paragraph(
        "Northwick Park is one of London's eight hyper acute stroke units. We take patients from across North "
        "West London within hours of their stroke, give clot-busting treatment around the clock and move them "
        "on to our 28-bed rehabilitation ward when they are stable. Healthcare support workers are at the heart "
        "of the team, working alongside nurses, therapists and doctors."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Help patients to wash, dress, eat and drink, and to use the toilet, respecting their dignity",
        "Take and record observations and report any change to the nurse in charge straight away",
        "You must make sure that no food or drink is given to a patient marked nil by mouth until their "
        "swallow has been assessed",
        "Reposition patients at risk of pressure damage and complete the turning charts",
        "Support therapists with exercise programmes and practise daily activities with patients",
        "Keep bed spaces clean and stocked",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["", *S1_CATEGORIES])
    for level, cells_text in S1_LEVELS:
        cells = table.add_row().cells
        bold_cell(cells[0], level)
        for cell, text in zip(cells[1:], cells_text, strict=True):
            fill_cell(cell, text)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33, the NHS Pension, Outer London High Cost Area Supplement, a "
        "funded Level 3 apprenticeship for support workers after one year, and on-site nursery places. We "
        "are not able to offer visa sponsorship for Band 3 posts."
    )
    _save(document, "s1_stroke_unit_healthcare_support_worker.docx")


# ------------------------------------------------------------------------ s2: level only in the reference code

S2_ROWS = [
    ("Qualifications",),
    ("E1", "GCSE grade 4 (C) or above in English and maths, or Functional Skills Level 2", "Application"),
    ("D1", "Level 3 qualification in health and social care or a healthcare science subject", "Application"),
    (
        "T1",
        "Critical care support worker competency package, signed off within six months of starting",
        "In post",
    ),
    ("Experience",),
    ("E2", "Experience as a healthcare assistant or support worker in a hospital setting", "Application"),
    ("D2", "Experience of working in intensive care, high dependency or theatres", "Application / interview"),
    ("Skills and abilities",),
    ("E3", "Able to keep accurate stock levels and restock bed spaces to a set list", "Interview"),
    ("E4", "Able to clean and prepare specialist equipment following infection control procedures", "Interview"),
    ("E5", "Calm and compassionate when supporting anxious families", "Interview"),
    ("D3", "Able to use an electronic stock ordering system", "Application"),
    ("Other",),
    ("E6", "Flexible to work 12.5-hour day and night shifts, including weekends", "Interview"),
    ("P1", "Satisfactory occupational health clearance, including hepatitis B immunity", "Pre-employment"),
    ("P2", "Enhanced DBS check", "Pre-employment"),
    ("P3", "Right to work in the UK", "Pre-employment"),
]


def s2_critical_care_support_worker() -> None:
    """The hospitals' brand line in the page header and the legal employer only in the footer; a details table;
    then a person specification whose level is only in each row's reference code (E1, D1) with a key above the
    table, and rows coded T (training in post) and P (pre-employment checks) that are not criteria; "essential
    worker" housing in the benefits."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Royal Brompton and Harefield hospitals"
    section.footer.paragraphs[0].text = (
        "Royal Brompton and Harefield hospitals are part of Guy's and St Thomas' NHS Foundation Trust. "
        "Ref 196-HH-CC-2231"
    )
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Post", "Critical Care Support Worker"),
            ("Grade", "Band 3 (AfC)"),
            ("Department", "Adult Intensive Care Unit, Harefield Hospital, Hill End Road, Harefield UB9 6JH"),
            ("Hours", "37.5 per week (internal rotation, days and nights)"),
            ("Closing", "17/02/2028"),
        ],
    )
    document.add_heading("Job summary", level=2)
    document.add_paragraph(
        "Harefield's 26-bed intensive care unit looks after patients after heart and lung surgery and "
        "transplantation, and patients on ECMO. Critical care support workers keep every bed space ready for "
        "the next patient: they restock, clean and check equipment, fetch urgent supplies and samples, and "
        "help the nurses turn and wash patients. Each shift you must complete the daily bed-space checklist and "
        "sign it before handover. You will not be responsible for any patient on your own."
    )
    document.add_heading("Person specification", level=2)
    document.add_paragraph(
        "Criteria marked E are essential and those marked D are desirable. T is training the post provides and "
        "P marks pre-employment checks made by the Trust; neither is scored at shortlisting."
    )
    table = header_table(document, ["Ref", "Criteria", "Assessment"])
    add_rows_with_category_rows(table, S2_ROWS)
    document.add_heading("Benefits", level=2)
    document.add_paragraph(
        "Essential worker accommodation is available in Harefield village for new starters. We also offer a "
        "free staff shuttle to Hillingdon and Uxbridge, 27 days' annual leave rising with service, the NHS "
        "Pension and a structured critical care education programme."
    )
    _save(document, "s2_critical_care_support_worker.docx")


# ------------------------------------------------------------------ s3: the whole post in one label/value table

S3_DUTIES = (
    "Prepare clinic rooms and check that slit lamps, lenses and drops are ready before each clinic\n"
    "Call patients in, check their details and guide them between the waiting area and the rooms\n"
    "Test and record visual acuity once you have been signed off as competent\n"
    "You must clean each slit lamp chin rest and lens between patients\n"
    "Book follow-up appointments and keep the clinic running to time"
)
S3_ESSENTIAL = (
    "Good basic literacy and numeracy\n"
    "Experience of working with the public, face to face\n"
    "Able to follow instructions and procedures exactly\n"
    "Clear, kind communication with people who cannot see well, including guiding a patient safely\n"
    "Basic computer skills for booking patients in and out\n"
    "Able to stand and walk for most of a clinic session\n"
    "A full induction and eye clinic competency training will be provided"
)
S3_DESIRABLE = (
    "Care Certificate\n"
    "Experience of testing visual acuity or other eye checks\n"
    "Experience in a hospital outpatient clinic\n"
    "Speaks another language commonly spoken by our patients, e.g. Arabic, Bengali or Portuguese"
)


def s3_eye_clinic_assistant() -> None:
    """The employer only in the page header; the whole post (title, band, duties, training, Essential and
    Desirable lists, pre-employment checks, closing date) in one two-column label/value table with no headings,
    with a training line as the last Essential line."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Imperial College Healthcare NHS Trust"
    document.add_paragraph("JOB DESCRIPTION AND PERSON SPECIFICATION").runs[0].bold = True
    label_value_table(
        document,
        [
            ("Job title", "Eye Clinic Assistant"),
            ("Pay band", "AfC 2"),
            ("Site", "Western Eye Hospital, 153-173 Marylebone Road, London NW1 5QH"),
            ("Division", "Surgery, Cancer and Cardiovascular \u2013 Ophthalmology outpatients"),
            ("Reports to", "Outpatient Sister"),
            (
                "Main purpose",
                "To help the nurses, optometrists and doctors run busy eye clinics of up to 60 patients a "
                "session, many of whom have very little sight.",
            ),
            ("Key duties", S3_DUTIES),
            (
                "Training and development",
                "We will teach you to test vision with a letter chart, measure eye pressure with the puff "
                "machine and put in eye drops as prescribed.",
            ),
            ("Essential", S3_ESSENTIAL),
            ("Desirable", S3_DESIRABLE),
            ("Pre-employment", "Right to work in the UK; standard DBS check; two references"),
            ("Closing date", "5 April 2028 (we may close early if we receive a high number of applications)"),
        ],
    )
    document.add_paragraph(
        "Imperial offers 27 days' annual leave, the NHS Pension, season ticket loans and staff discounts. "
        "Monday to Friday, 8am to 6pm, no weekends."
    )
    _save(document, "s3_eye_clinic_assistant.docx")


# ------------------------------------------------------------------------ s4: level word at the end of each line

S4_ITEMS = [
    ("title", "WE'RE HIRING"),
    ("title", "Day Surgery Healthcare Assistant"),
    ("bold", "Band 2  |  Mount Vernon Hospital, Rickmansworth Road, Northwood HA6 2RN  |  Closes 27 January 2028"),
    ("body", "Monday to Friday, 7.30am to 8pm on a rota  |  Permanent, full or part time"),
    ("gap", ""),
    (
        "body",
        "Our day surgery unit treats around 40 patients a day, from cataracts and hernias to hand and breast "
        "surgery, and almost everyone goes home the same day. Come and help us make that day calm and safe.",
    ),
    ("heading", "Your day"),
    (
        "body",
        f"{BULLET} Check each patient's fasting times and allergies with the nurse before they go to theatre "
        f"{DASH} essential for patient safety",
    ),
    ("body", f"{BULLET} Escort patients to and from theatre and help them dress and settle afterwards"),
    ("body", f"{BULLET} Serve tea and toast in recovery and record who has eaten and passed urine"),
    ("body", f"{BULLET} Clean and restock the bays between patients {DASH} essential, every time"),
    ("heading", "What we're looking for"),
    ("body", f"{BULLET} Experience of caring for adults in a health or social care setting {DASH} essential"),
    ("body", f"{BULLET} Able to measure and record blood pressure, pulse and temperature {DASH} Essential"),
    ("body", f"{BULLET} Understanding of why patients must not eat before an anaesthetic {DASH} desirable"),
    ("body", f"{BULLET} Good communication with patients who are anxious before surgery {DASH} essential"),
    ("body", f"{BULLET} Care Certificate (desirable)"),
    ("body", f"{BULLET} Able to work until 8pm on late list days {DASH} essential"),
    ("body", f"{BULLET} Experience of using a hospital patient administration system {DASH} desirable"),
    (
        "body",
        f"{BULLET} Able to keep the unit clean and safe, following infection control rules {DASH} essential",
    ),
    ("heading", "What you won't need"),
    ("body", f"{BULLET} Theatre experience {DASH} not essential, we will train you"),
    ("body", f"{BULLET} A car {DASH} the U9 and 282 buses stop outside"),
    ("heading", "Your first month"),
    (
        "body",
        "Two weeks of induction, the Care Certificate if you don't already have one, and shadowing on every "
        "part of the unit.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "Posts are subject to a DBS check and proof of your right to work in the UK. Free parking, 27 days' "
        "leave plus bank holidays and the NHS Pension. Apply on NHS Jobs, reference 348-DSU-2028-07.",
    ),
    ("bold", "The Hillingdon Hospitals NHS Foundation Trust"),
]


# --------------------------------------------------------- s5: numbered document, brackets, list across two pages

S5_HEAD = [
    ("title", "Job Description and Person Specification"),
    ("heading", "1. Job details"),
    ("body", "1.1  Job title: Fracture Clinic Support Worker"),
    ("body", "1.2  Band: 3"),
    ("body", "1.3  Department: Trauma and Orthopaedic Outpatients, West Middlesex University Hospital"),
    ("body", "1.4  Employer: Chelsea and Westminster Hospital NHS Foundation Trust"),
    ("body", "1.5  Accountable to: Outpatient Sister, Trauma and Orthopaedics"),
    ("body", "1.6  Hours: 37.5 per week, Monday to Friday, with one Saturday clinic a month"),
    ("body", "1.7  Closing date: 11 May 2028"),
    ("heading", "2. Job purpose"),
    (
        "body",
        "2.1  To support the orthopaedic surgeons, nurses and plaster technicians in the fracture clinic, "
        "which sees more than 120 adults and children a day with new and healing fractures, so that every "
        "patient is seen safely and on time.",
    ),
    ("heading", "3. Main duties"),
    ("body", "3.1  Prepare clinic rooms and the plaster room before each session and restock during clinics."),
    ("body", "3.2  Bring patients through, check their identity and help them onto couches and chairs."),
    ("body", "3.3  Help the plaster technicians apply, split and remove casts, holding limbs in position."),
    (
        "body",
        "3.4  You must check every new cast for tightness and circulation before the patient leaves the room, "
        "and report any concern to the nurse in charge.",
    ),
    ("body", "3.5  Give patients the written cast care leaflet and explain it in plain words."),
    ("body", "3.6  Fit slings, walking boots and crutches, and teach patients to use crutches safely."),
    ("body", "3.7  Clean equipment and dispose of plaster waste following the infection control policy."),
    ("body", "3.8  Record activity on Cerner and book follow-up appointments when the clerks are busy."),
    ("body", "3.9  Escort patients to X-ray and back and keep the clinic flowing."),
    ("body", "3.10  Take part in the clinic's monthly audit of cast complications."),
    ("heading", "4. Training and development"),
    (
        "body",
        "4.1  You will attend the Trust's two-day casting course in your first three months and work towards "
        "the casting competencies with the plaster technicians.",
    ),
    ("body", "4.2  All staff complete statutory and mandatory training, including safeguarding children level 2."),
    (
        "body",
        "4.3  After a year in post you may apply for a funded place on an accredited casting course "
        "(subject to funding).",
    ),
    ("heading", "5. Working conditions"),
    (
        "body",
        "5.1  The work involves standing for long periods, frequent moderate effort (holding limbs, moving "
        "patients in wheelchairs) and exposure to plaster dust and noise from cast saws.",
    ),
]

S5_SPEC = [
    ("heading", "6. Person specification"),
    ("bold", "6.1  Qualifications"),
    ("body", "6.1.1  Good general education including English and maths GCSE or equivalent [E]  AF"),
    ("body", "6.1.2  Care Certificate or an equivalent health and social care qualification [E]  AF"),
    ("body", "6.1.3  British Orthopaedic Association casting certificate or a similar casting qualification [D]  AF"),
    ("bold", "6.2  Experience"),
    ("body", "6.2.1  Experience of working as a healthcare assistant or support worker with patients [E]  AF/I"),
    ("body", "6.2.2  Experience of helping to apply or remove plaster or synthetic casts [D]  AF/I"),
    ("bold", "6.3  Skills and abilities"),
    ("body", "6.3.1  Good manual dexterity and a steady pair of hands [E]  I"),
    ("body", "6.3.2  Able to reassure children and adults who are in pain or frightened [E]  I"),
    ("body", "6.3.3  Able to keep clinic areas tidy and stocked while clinics are busy [E]  I"),
    ("bold", "6.4  Knowledge"),
    ("body", "6.4.1  Knowledge of the signs that a cast is too tight or is rubbing [D]  I"),
    ("bold", "6.5  Other"),
    ("body", "6.5.1  Able to work one Saturday morning clinic a month [E]  I"),
    ("body", "6.5.2  Eligible to work in the UK [E]  Pre-employment"),
    ("gap", ""),
    ("body", "Key: [E] essential, [D] desirable. AF application form, I interview."),
    ("gap", ""),
    (
        "body",
        "The Trust offers 27 days' annual leave plus bank holidays, the NHS Pension, an on-site nursery at West "
        "Middlesex and free physiotherapy for staff. This post is subject to a standard DBS check.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    s1_stroke_unit_healthcare_support_worker()
    s2_critical_care_support_worker()
    s3_eye_clinic_assistant()
    (ADVERTS / "s4_day_surgery_healthcare_assistant.pdf").write_bytes(pdf_bytes(S4_ITEMS, title=(18, 50)))
    (ADVERTS / "s5_fracture_clinic_support_worker.pdf").write_bytes(
        pdf_bytes(S5_HEAD + S5_SPEC, title=(15, 60), bullet_indent="      ")
    )


if __name__ == "__main__":
    main()
