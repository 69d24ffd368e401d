"""Build the Word and PDF adverts of the sixty-third held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback63/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and PDF
helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts. Each Word file is saved
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

# A square-root sign, as many Word person specifications use for a tick; the other level cell is left empty.
TICK = "\u221a"
DASH = "\u2013"
BULLET = "\u2022 "
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2028, 12, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 1, 9, 0, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_rheumatology_clinic_healthcare_assistant() -> None:
    """A reference in the page header and the closing date only in the page footer; the employer on the first line
    and the band on a line of its own; duties as Word bullets; a tick (U+221A) in the Essential or Desirable column
    with bold category rows merged across the table, and four ticked-Essential rows that are not criteria."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Job description and person specification  |  Ref 290-RHM-0925"
    section.footer.paragraphs[
        0
    ].text = "Closing date: Monday 8 January 2029  |  Interviews: Thursday 18 January 2029 at Charing Cross Hospital"
    intro = document.add_paragraph()
    intro.add_run("Imperial College Healthcare NHS Trust").bold = True
    document.add_paragraph("Rheumatology Department, Charing Cross Hospital, Fulham Palace Road, London W6 8RF")
    document.add_heading("Rheumatology Clinic Healthcare Assistant", level=1)
    document.add_paragraph("Agenda for Change Band 3  \u00b7  37.5 hours a week, Monday to Friday  \u00b7  Permanent")
    document.add_heading("About the clinic", level=2)
    document.add_paragraph(
        "Our rheumatology outpatient clinics see around 600 people a week with conditions such as rheumatoid "
        "arthritis, lupus, gout and vasculitis. Many of our patients live with pain and stiffness every day, and "
        "some come to us for regular injections and infusions of biologic medicines. You will work alongside "
        "consultants, specialist nurses and physiotherapists to make each visit run smoothly."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Call patients from the waiting area, check who they are and take them to the right room",
        "Take and record patients' observations, height and weight before they see the doctor",
        "Test urine samples and perform ECGs when the clinician asks for them",
        "Act as a chaperone during examinations and help patients to undress and dress when needed",
        "Support the specialist nurses in the biologics injection clinic",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        (
            "Good standard of literacy and numeracy, such as GCSE English and maths at grade 4/C or Functional "
            "Skills Level 2",
            TICK,
            "",
        ),
        ("Level 3 Diploma in Healthcare Support or equivalent", "", TICK),
        (
            "Completion of the Trust's venepuncture and clinical observations training in your first three months",
            TICK,
            "",
        ),
        ("Experience",),
        (
            "Experience of giving hands-on care to patients or service users in a health or care setting",
            TICK,
            "",
        ),
        ("Previous rheumatology experience is not required", TICK, ""),
        ("Experience of working in an outpatient or day-case clinic", "", TICK),
        ("Skills and abilities",),
        (
            "Able to measure and record blood pressure, pulse, temperature, height and weight accurately",
            TICK,
            "",
        ),
        ("Able to explain a procedure in simple words to patients who are anxious or in pain", TICK, ""),
        ("Able to take blood samples (venepuncture)", "", TICK),
        (
            "Must restock and clean each clinic room before the first patient of every session is called",
            TICK,
            "",
        ),
        ("Knowledge",),
        (
            "Understanding of infection prevention, including hand hygiene and cleaning equipment between patients",
            TICK,
            "",
        ),
        ("Other",),
        ("Able to work one late clinic a week, finishing at 7pm", TICK, ""),
        ("Satisfactory enhanced DBS check", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; an "
        "interest-free season ticket loan; and the chance to apply for our Trainee Nursing Associate programme "
        "after a year in post. Appointment is subject to two satisfactory references and occupational health "
        "clearance."
    )
    save(document, "v1_rheumatology_clinic_healthcare_assistant.docx")


def v2_ophthalmology_appointments_coordinator() -> None:
    """The employer and band only in the page header; the title as the heading; numbered duties; rows marked E or D
    with the attribute merged down and a "How assessed" column, three E rows that are not criteria; the closing date
    only inside a sentence of the last paragraph."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = "London North West University Healthcare NHS Trust  |  Band 4"
    document.add_heading("Ophthalmology Appointments Coordinator", level=1)
    document.add_paragraph(
        "Eye Services, Central Middlesex Hospital, Acton Lane, London NW10 7NS, with occasional cover at Northwick "
        "Park Hospital. Full time, 37.5 hours a week. Reference 282-EYE-6113."
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our eye clinics see more than 1,200 patients a week, many of them on long-term treatment that cannot be "
        "delayed. The Appointments Coordinator looks after the booking of the glaucoma, medical retina and "
        "cataract clinics: filling every slot, moving patients when a clinic changes, and making sure the people "
        "who need to be seen soonest are not lost among those who can wait."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Book new and follow-up appointments from referrals, clinic outcome forms and the partial booking list.",
        "Rearrange clinics at short notice when a consultant is away and contact every patient affected.",
        "Keep the follow-up list for glaucoma and medical retina patients up to date and report overdue patients "
        "to the service manager each week.",
        "Answer the eye clinic appointments line and the shared inbox.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Attribute", "Requirement", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "GCSE English and maths at grade 4 or above, or equivalent", "E", "A"),
        ("Qualifications", "NVQ Level 3 in Business Administration or equivalent", "D", "A"),
        (
            "Qualifications",
            "Completion of the Trust's Cerner scheduling e-learning within four weeks of starting",
            "E",
            "N/A",
        ),
        ("Experience", "Experience of booking and rescheduling patient appointments", "E", "A / I"),
        ("Experience", "Experience of managing a waiting list or recall list", "D", "A / I"),
        ("Skills", "Able to use Microsoft Excel to sort and filter lists", "E", "A / T"),
        ("Skills", "Able to handle a high volume of telephone calls politely and accurately", "E", "I"),
        ("Skills", "Accurate typing with good attention to detail", "E", "T"),
        (
            "Skills",
            "Must make sure every cancelled clinic is rebooked and the patients told before the end of the same week",
            "E",
            "N/A",
        ),
        (
            "Knowledge",
            "Understanding of why some eye patients, such as those with glaucoma or wet macular degeneration, must "
            "be seen by a set date",
            "D",
            "I",
        ),
        ("Other", "Able to work Saturday morning injection clinics on a rota", "E", "I"),
        ("Other", "Speaks a language other than English that is widely used in Brent", "D", "I"),
        (
            "Other",
            f"Right to work in the UK {DASH} sponsorship is not available for this post",
            "E",
            "Pre-employment checks",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, T = typing and Excel test on the day.")
    document.add_heading("How to apply", level=2)
    document.add_paragraph(
        "You do not need to have worked in an eye department before; the clinic leads will teach you the "
        "different clinic types in your first month. Applications must reach us by midnight on Sunday 21 January "
        "2029, and interviews will be held at Central Middlesex Hospital on Wednesday 31 January 2029. We offer 27 "
        "days' annual leave plus bank holidays, the NHS Pension, free staff parking at Central Middlesex and "
        "access to our staff wellbeing service."
    )
    save(document, "v2_ophthalmology_appointments_coordinator.docx")


def v3_ent_outpatients_receptionist() -> None:
    """Everything about the post in a details table with two label-value pairs a row (the band as "Grade | Band 2",
    the closing date as 15.01.2029 beside an interview date); a "You must ..." duty in a paragraph; Essential and
    Desirable side by side per category, with a no-experience line and a right-to-work line in Essential cells, "N/A"
    and a benefit in Desirable cells."""
    document = blank_docx("Calibri")
    document.add_heading("Job Description and Person Specification", level=1)
    label_value_table(
        document,
        [
            ("Post", "ENT Outpatients Receptionist", "Grade", "Band 2"),
            (
                "Employer",
                "The Hillingdon Hospitals NHS Foundation Trust",
                "Department",
                "ENT and Audiology Outpatients",
            ),
            ("Base", "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN", "Hours", "37.5 hours a week on a rota"),
            ("Closing", "15.01.2029", "Interviews", "26.01.2029"),
        ],
    )
    document.add_heading("About the department", level=2)
    document.add_paragraph(
        "The ear, nose and throat outpatient department shares its reception with audiology and sees adults and "
        "children for hearing tests, balance problems, sinus and throat conditions and hearing aid fittings. Our "
        "receptionists are the first people patients meet. You will greet and check in patients, update their "
        "details, answer the department's phones and keep the waiting area calm and tidy. You must check in every "
        "patient on the system as they arrive, and you must make sure every clinic has an outcome recorded for each "
        "patient before the reception closes."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good standard of English and maths (GCSE grade C/4 or equivalent)",
            "A customer service qualification, for example NVQ Level 2 in Customer Service",
        ),
        (
            "Experience",
            "Experience in a customer-facing role, such as reception, retail or hospitality\n"
            f"No NHS experience needed {DASH} full training on the Trust's patient administration system is given",
            "Previous work on a hospital or GP surgery reception desk",
        ),
        (
            "Skills",
            "Able to register patients and check their details on a computer accurately\n"
            "Clear speaking voice, including with patients who have hearing loss",
            "British Sign Language Level 1 or above",
        ),
        ("Knowledge", "Awareness of patient confidentiality at the reception desk", "N/A"),
        (
            "Other",
            "Able to work shifts between 7.30am and 7pm, Monday to Friday\n"
            "You must have the right to work in the UK; the Trust cannot offer visa sponsorship",
            "Free staff parking at Hillingdon Hospital and a staff restaurant discount",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave plus bank holidays, the NHS Pension, a cycle-to-work scheme and free "
        "health checks through our occupational health team. All offers are subject to references and a basic "
        "DBS check."
    )
    save(document, "v3_ent_outpatients_receptionist.docx")


def v4_pre_operative_assessment_clinic_administrator() -> None:
    """The title and band together in the heading, the closing date with an ordinal on a line of the opening block,
    the employer only in the page footer; duties as bullets (one "You must ..."); an Essential row and a Desirable
    row per area with the area merged down, a no-experience line and a DBS line in Essential rows, an apprenticeship
    offer and "N/A" as Desirable rows."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.footer.paragraphs[
        0
    ].text = f"Chelsea and Westminster Hospital NHS Foundation Trust {DASH} Job reference 338-PAC-2291"
    document.add_heading("Pre-operative Assessment Clinic Administrator (Band 3)", level=1)
    document.add_paragraph(
        "Pre-operative Assessment Unit, West Middlesex University Hospital, Twickenham Road, Isleworth"
    )
    document.add_paragraph("37.5 hours a week, Monday to Friday between 8am and 6pm")
    document.add_paragraph("Closing date for applications: 25th January 2029")
    document.add_heading("Summary", level=2)
    document.add_paragraph(
        "Before a planned operation, every patient comes to our pre-operative assessment clinic to be checked by "
        "a nurse and, when needed, an anaesthetist. The administrator books these clinics, makes sure the notes and "
        "test results are ready, and keeps the surgical teams told about who is fit for their lists."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Book patients into nurse-led and anaesthetic pre-assessment clinics in date order of their surgery",
        "Send appointment letters, fasting instruction leaflets and health questionnaires",
        "You must confirm each patient's pre-assessment appointment by phone or text at least 48 hours before it",
        "Keep the tracker of patients awaiting blood results or a second review up to date",
        "Cover the clinic reception and check patients in on arrival",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "GCSE English and maths at grade 4/C or above, or Functional Skills Level 2"),
        ("Qualifications", "Desirable", "A recognised keyboard or word processing qualification"),
        (
            "Experience",
            "Essential",
            "Experience of office administration, including filing, letters and diary management\n"
            f"Previous hospital experience is not necessary {DASH} we will train you in pre-operative pathways",
        ),
        (
            "Experience",
            "Desirable",
            "Experience of working with a hospital patient administration system such as Cerner",
        ),
        (
            "Skills",
            "Essential",
            "Able to talk patients through the instructions they need before surgery, such as when to stop eating\n"
            "Good organisational skills, able to juggle several clinic lists at once",
        ),
        ("Skills", "Desirable", "Use of Excel to keep trackers up to date"),
        (
            "Knowledge",
            "Essential",
            "Understanding of the need to check a patient's identity with two identifiers before sharing information",
        ),
        ("Knowledge", "Desirable", "Funded Level 3 Business Administration apprenticeship available after probation"),
        (
            "Other",
            "Essential",
            "Able to cover the clinic reception from 8am on two mornings a week\nSatisfactory basic DBS check",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension Scheme, a free shuttle bus between West "
        "Middlesex and Chelsea and Westminster hospitals and discounted gym membership. Please note that we cannot "
        "offer visa sponsorship for this post."
    )
    save(document, "v4_pre_operative_assessment_clinic_administrator.docx")


V5_ITEMS = [
    ("title", "Community Podiatry Appointments Administrator"),
    ("bold", f"Central London Community Healthcare NHS Trust {DASH} Podiatry Service"),
    ("body", "St Charles Centre for Health and Wellbeing, Exmoor Street, North Kensington"),
    ("gap", ""),
    ("body", f"Band 3  |  {POUND}29,350 to {POUND}31,120 a year, including High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Monday to Friday, on a rota between 8am and 6pm"),
    ("heading", "About the service"),
    (
        "body",
        "Our podiatrists run foot health clinics across Westminster, Kensington and Chelsea and Hammersmith and "
        "Fulham, from routine nail care to nail surgery and specialist diabetic foot clinics. The appointments team "
        "of six books around 2,500 appointments a month and is the first voice most of our patients hear.",
    ),
    ("heading", "What you'll be doing"),
    ("body", f"{BULLET}Book, change and cancel appointments from referrals, phone calls and the online form"),
    ("body", f"{BULLET}Answer the podiatry phone line and the shared inbox"),
    ("body", f"{BULLET}Check and update patients' addresses, phone numbers and GP details on every call"),
    (
        "body",
        f"{BULLET}You must send every patient a confirmation text and letter before 5pm on the day you book them, "
        "so that nobody misses a first appointment",
    ),
    ("body", f"{BULLET}Cover the reception desk at other clinics when colleagues are away"),
    ("heading", "Who we're looking for"),
    ("bold", "Things you will need"),
    ("body", f"{BULLET}A good general education, including English and maths at GCSE grade 4 or equivalent"),
    ("body", f"{BULLET}At least a year's experience in an office, reception or contact centre job"),
    ("body", f"{BULLET}Confident using a computer for booking, email and simple spreadsheets"),
    ("body", f"{BULLET}Calm and polite on the phone, including with callers who are frustrated or hard of hearing"),
    ("body", f"{BULLET}Able to spot and correct mistakes in patient details before they cause problems"),
    (
        "body",
        f"{BULLET}You don't need to know anything about feet {DASH} our podiatrists will teach you the clinic types "
        "in your first fortnight",
    ),
    ("bold", "Things that would help you stand out"),
    ("body", f"{BULLET}Experience of using SystmOne or EMIS"),
    ("body", f"{BULLET}Some understanding of why people with diabetes need regular foot checks"),
    (
        "body",
        f"{BULLET}Able to travel to our other clinic sites in Westminster and in Kensington and Chelsea to cover "
        "reception when needed",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "You will need the right to work in the UK, as we are unable to sponsor a visa for this post. Offers are "
        "subject to two references and a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET}27 days' annual leave, rising to 33 days with service, plus bank holidays"),
    ("body", f"{BULLET}NHS Pension Scheme, NHS discounts and an interest-free season ticket loan"),
    ("body", f"{BULLET}A funded Level 3 Customer Service apprenticeship after your probation"),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through NHS Jobs by 11.59pm on Wednesday 31 January 2029. Interviews will take place at St Charles "
        "on Thursday 8 February 2029.",
    ),
]

V6_ITEMS = [
    ("title", "Depot Clinic Appointments Administrator"),
    ("body", "Hounslow Community Mental Health Services"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "West London NHS Trust is looking for a Depot Clinic Appointments Administrator to join its community "
        "mental health team in Hounslow on Band 3, working 30 hours a week over four days. The closing date is "
        "Friday 9 February 2029, and interviews will be held in the week beginning Monday 19 February 2029.",
    ),
    (
        "body",
        "Many of the people we support receive their medicine as a long-acting injection every two, four or six "
        "weeks. You will book these appointments in our depot clinics and in people's homes, send reminders, and "
        "rebook anyone who cannot come. You must make sure every missed depot appointment is reported to the duty "
        "nurse before 2pm the same day. You do not need a clinical background, and we will explain everything you "
        "need to know about depot medicines.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a job where you booked, moved or cancelled appointments for other "
        "people. You must be able to keep an accurate electronic diary of clinic appointments. A good telephone "
        "manner is essential, because many of the people we call are unwell or worried. It is essential that you "
        "can stay calm and kind with people who are distressed or angry. Basic Microsoft Word and Outlook skills "
        "are essential for this role.",
    ),
    (
        "body",
        "Experience of working in a mental health service would be beneficial. Knowledge of the Rio electronic "
        "patient record would be an advantage. A Level 2 qualification in mental health awareness is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that all new starters complete our two-day corporate induction in their first week. This "
        "post is not eligible for sponsorship under the Skilled Worker route, and you will need an enhanced DBS "
        "check. We will train you on Rio in your first fortnight and fund the Level 2 Certificate in Mental Health "
        "Awareness for anyone who does not already hold it. You will benefit from 27 days' annual leave pro rata, "
        "the NHS Pension, free parking at our Hounslow base and a cycle-to-work scheme. People with their own "
        "experience of mental health services are warmly encouraged to apply.",
    ),
    ("gap", ""),
    ("body", "West London NHS Trust, Trust Headquarters, 1 Armstrong Way, Southall UB2 4SD"),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_rheumatology_clinic_healthcare_assistant()
    v2_ophthalmology_appointments_coordinator()
    v3_ent_outpatients_receptionist()
    v4_pre_operative_assessment_clinic_administrator()
    (ADVERTS / "v5_community_podiatry_appointments_administrator.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_depot_clinic_appointments_administrator.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
