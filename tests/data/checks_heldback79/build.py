"""Build the Word and PDF adverts of the seventy-ninth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback79/build.py`. The generated files are
committed, so nothing needs this script to score them; it is kept so that the files can be read and rebuilt. The
Word and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts. Each Word
file is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (v7 and v8) are plain files and are not built here.
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
    bold_cell,
    fill_cell,
    header_table,
    label_value_table,
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

TICK = "\u221a"  # a square-root sign, as some Word templates use for a tick
DASH = "\u2013"
BULLET = "\u2022"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2028, 12, 4, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 4, 10, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_medium_secure_ward_healthcare_assistant() -> None:
    """The closing date and reference only in the page header and the employer only in the page footer; the title
    as the heading with the band on the line below; duties as Word bullets; a square-root tick in one level column
    under "Criteria | Essential | Desirable", bold category rows merged across the table, and four ticked-Essential
    rows that are not criteria (training the job gives, "no previous ... experience is needed", a "Must ..." duty and
    a DBS and vetting line)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Closing date: Tuesday 16 January 2029  |  Job reference 338-FS-4471-HCA"
    section.footer.paragraphs[
        0
    ].text = (
        f"West London NHS Trust {DASH} Forensic Services {DASH} Recruitment enquiries: forensic.recruitment@example.com"
    )
    document.add_heading("Medium Secure Ward Healthcare Assistant", level=1)
    document.add_paragraph(
        "Band 3  |  Forensic Services, St Bernard's Hospital, Uxbridge Road, Southall UB1 3EU  |  37.5 hours a week "
        "on a 24-hour rota"
    )
    document.add_heading("About the wards", level=2)
    document.add_paragraph(
        "Our three medium secure wards care for men who have come to us from prison or the courts, or who need more "
        "security than an ordinary mental health ward can give. Most stay with us for two to three years. Healthcare "
        "assistants are the people patients see most: you will spend your shifts on the ward with them, supporting "
        "their daily routine, their activities and their recovery, as part of a team of nurses, psychologists, "
        "occupational therapists and doctors."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Carry out general and enhanced observation of patients, including one-to-one observation when a patient "
        "is at risk",
        "Help patients with personal care, meals, activities and escorted time in the hospital grounds",
        "Take part in searches of rooms and communal areas, and the daily count of keys, cutlery and sharps",
        "Record what you see and do on Rio, the Trust's electronic patient record",
        "Take physical health readings and tell the nurse in charge about any change",
        "Take part in the safe management of incidents, using the techniques taught on your PMVA course",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        (
            "Good standard of literacy and numeracy, such as GCSE English and maths at grade 4 or above",
            TICK,
            "",
        ),
        (
            "PMVA (Prevention and Management of Violence and Aggression) training, given in your first month",
            TICK,
            "",
        ),
        ("Care Certificate, or a Level 2 Diploma in Health and Social Care", "", TICK),
        ("Experience",),
        ("Experience of supporting people with mental health needs, in paid or voluntary work", TICK, ""),
        ("No previous forensic or secure ward experience is needed", TICK, ""),
        ("Experience of working in a secure, custodial or forensic setting", "", TICK),
        ("Skills and abilities",),
        ("Able to stay calm and set clear limits when a patient is hostile or distressed", TICK, ""),
        ("Able to write clear, factual entries in patient records", TICK, ""),
        (
            "Confident in taking and recording physical observations such as pulse and blood pressure",
            "",
            TICK,
        ),
        ("Must complete each hourly observation round and sign the ward observation record", TICK, ""),
        ("Knowledge",),
        (
            "Understanding of why security procedures such as key and item checks matter on a secure ward",
            TICK,
            "",
        ),
        ("Other",),
        ("Enhanced DBS clearance and vetting for secure services", TICK, ""),
        ("Able to work a 24-hour rota of long days and nights, including weekends", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        f"{POUND}29,940 to {POUND}31,615 a year including Outer London High Cost Area Supplement, with extra pay for "
        "nights, weekends and bank holidays. 27 days' annual leave rising to 33, the NHS Pension, free parking on "
        "the St Bernard's site and a staff restaurant open until 8pm. Every new healthcare assistant completes the "
        "Care Certificate with our practice educators during the first twelve weeks. We are happy to talk about "
        "the job before you apply: ring the ward manager on 020 7946 0318."
    )
    save(document, "v1_medium_secure_ward_healthcare_assistant.docx")


def v2_immigration_removal_centre_healthcare_administrator() -> None:
    """The employer and band in a details table with no header row; the closing date only in the last paragraph,
    after the key; numbered duties with a "must"; rows marked E or D under "Category | Criteria | E/D | How
    assessed" with the category merged down, and three rows marked E that are not criteria (security induction,
    a "Must scan ..." duty and Home Office clearance)."""
    document = blank_docx("Calibri")
    document.add_heading("Immigration Removal Centre Healthcare Administrator", level=1)
    label_value_table(
        document,
        [
            ("Employer", "Central and North West London NHS Foundation Trust"),
            ("Service", f"Health and Justice {DASH} Heathrow Immigration Removal Centre healthcare"),
            ("Base", "Harmondsworth, West Drayton, with some cover at the Colnbrook clinic"),
            ("Grade", f"Band 2 ({POUND}26,150 a year including Outer London High Cost Area Supplement)"),
            ("Hours", "37.5 hours a week on a rota"),
            ("Reference", "333-HJ-2290-A"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our healthcare team looks after the health of up to 1,000 men held in the two removal centres near "
        "Heathrow, from the health screen on the night they arrive to the day they leave. The administrator keeps "
        "the clinic running: booking GP, nurse, dental and mental health appointments, arranging interpreters, "
        "keeping records complete and dealing with requests from detained people, their solicitors and other "
        "services. All work is done on site."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Book and change clinic appointments on SystmOne and print each wing's daily appointment list.",
        "Arrange telephone and face-to-face interpreters for clinics and health screens.",
        "Process requests for medical records from patients and solicitors within the legal time limits.",
        "Answer the healthcare phone line and the shared inbox; every urgent message must be passed to the nurse in "
        "charge within fifteen minutes.",
        "Keep the outside hospital appointments diary and tell the escort team in good time.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Education and training", "GCSE English and maths at grade C / 4, or equivalent", "E", "A"),
        (
            "Education and training",
            "RSA or OCR text processing qualification, or a similar keyboard qualification",
            "D",
            "A",
        ),
        (
            "Education and training",
            "Completion of the centre's security induction and key training within the first two weeks",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of general office work, including filing and answering the telephone",
            "E",
            "A/I",
        ),
        ("Experience", "Experience of working with people from a wide range of cultures and countries", "E", "A/I"),
        ("Experience", "Experience of using SystmOne or another GP clinical system", "D", "A/I"),
        ("Skills", "Accurate typing and data entry", "E", "T"),
        (
            "Skills",
            "Speaks a second language used by people in detention, such as Arabic, Farsi, Albanian or Punjabi",
            "D",
            "I",
        ),
        (
            "Skills",
            "Must scan each new arrival's reception health screen into SystmOne before the end of the shift",
            "E",
            "N/A",
        ),
        (
            "Knowledge",
            "Understanding of why health information about a detained person must not be shared with Home Office "
            "staff without the person's consent",
            "E",
            "I",
        ),
        (
            "Other",
            "Able to work a rota of early and late shifts between 7am and 9pm, including one weekend in three",
            "E",
            "I",
        ),
        ("Other", "Home Office counter-terrorist check (CTC) clearance before starting", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, T = typing test on the day.")
    document.add_paragraph(
        "You do not need to have worked in healthcare before. We offer 27 days' annual leave plus bank holidays, the "
        "NHS Pension, free parking at the centre and a free staff minibus from Hayes & Harlington station for the "
        "early shift. Please apply by Monday 22 January 2029; interviews will be held at Harmondsworth on Thursday "
        "1 February 2029. For an informal chat, email irc.healthcare.admin@example.com."
    )
    save(document, "v2_immigration_removal_centre_healthcare_administrator.docx")


def v3_prison_reception_health_screening_assistant() -> None:
    """The title as the heading, the employer and the band on lines of their own below it, the closing date in the
    last line of the advert; Essential and Desirable side by side per category, with a training line, a "no prison
    experience needed" line and a DBS line as extra lines in Essential cells and a benefit alone in the last
    Desirable cell."""
    document = blank_docx("Arial")
    document.add_heading("Prison Reception Health Screening Assistant", level=1)
    document.add_paragraph(f"Central London Community Healthcare NHS Trust {DASH} Health and Justice Services")
    document.add_paragraph("Healthcare Centre, HMP Wormwood Scrubs, Du Cane Road, London W12 0AE")
    document.add_paragraph(
        f"Agenda for Change Band 3  |  {POUND}29,180 to {POUND}30,860 a year including High Cost Area Supplement  |  "
        "37.5 hours a week, Monday to Friday, 12 noon to 9pm"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Every man who comes into the prison from court is seen by healthcare on his first night. In the reception "
        "health screen we ask about his physical and mental health, his medicines, drug and alcohol use and any "
        "thoughts of harming himself, so that nobody who needs urgent care or a safe cell is missed. You will work "
        "alongside the reception nurse, carrying out the first part of the screen, taking readings and booking "
        "the follow-up appointments each man needs in his first week."
    )
    document.add_paragraph(
        "You must make sure that every screen is finished and saved on SystmOne before the man leaves reception, "
        "however late the van arrives."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Level 2 qualification in health or social care, or the Care Certificate\n"
            "Completion of the Trust's prison healthcare induction, including key and radio training",
            "Level 3 Diploma in Clinical Healthcare Support",
        ),
        (
            "Experience",
            "Experience of working in a healthcare or care role with adults\n"
            f"No prison experience needed {DASH} we will show you how the healthcare unit works",
            "Experience in a prison, police custody or substance misuse service",
        ),
        (
            "Skills",
            "Able to take and record blood pressure, pulse, temperature, weight and height\n"
            "Able to ask sensitive questions about drug and alcohol use and self-harm in a calm, non-judgemental way",
            "Competent in phlebotomy",
        ),
        (
            "Knowledge",
            "Awareness of the signs that someone may be at risk of suicide or self-harm",
            "Knowledge of the symptoms of alcohol and opiate withdrawal",
        ),
        (
            "Other",
            "Able to work evenings until 9pm when new arrivals come in late from court\n"
            "Enhanced DBS check and prison security vetting",
            "Free on-site staff parking",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33, the NHS Pension, a 10% unsocial hours payment for the evening part of "
        "each shift, and funded phlebotomy training after probation. The Health and Justice team is happy to "
        "answer questions on 020 7946 0744."
    )
    document.add_paragraph("Closing date: Friday 26 January 2029. Interviews: Wednesday 7 February 2029.")
    save(document, "v3_prison_reception_health_screening_assistant.docx")


def add_two_row_areas(table, areas: list[tuple[str, str, str]]) -> None:
    """An Essential row and a Desirable row for each area, the area cell merged down over both (bold)."""
    for area, essential, desirable in areas:
        first = table.add_row().cells
        second = table.add_row().cells
        fill_cell(first[1], "Essential")
        fill_cell(first[2], essential)
        fill_cell(second[1], "Desirable")
        fill_cell(second[2], desirable)
        bold_cell(first[0].merge(second[0]), area)


def v4_custody_patient_appointments_coordinator() -> None:
    """The employer only in the page header, the title and band together in the heading, the closing date only in
    the page footer; Essential and Desirable as two rows per area with the area merged down over both, a "not
    required" line and a "Must confirm ..." duty as second lines of Essential cells, "N/A" in one Desirable row and
    a DBS and vetting line alone in the last Desirable row."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = "The Hillingdon Hospitals NHS Foundation Trust"
    section.footer.paragraphs[0].text = (
        "Outpatients and Patient Access  \u00b7  Ref 297-OP-0205  \u00b7  Closing date 05/02/2029  \u00b7  Interviews "
        "15/02/2029"
    )
    document.add_heading("Custody Patient Appointments Coordinator, Band 4", level=1)
    document.add_paragraph(
        "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN. Permanent, 37.5 hours a week, Monday to Friday."
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Hillingdon Hospital is the nearest hospital to the two immigration removal centres at Heathrow, and we "
        "also see patients from several London prisons. Every one of these patients comes to us under escort, so "
        "each outpatient appointment, scan or operation has to be planned with the clinical team, the escort "
        "contractor and the prison or centre. You will be the single point of contact for all of them, keeping a "
        "secure diary of custody appointments and making sure nobody is turned away or kept waiting in a public "
        "area."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Receive referrals for custody patients and book them into clinics, scans and theatre lists on Cerner",
        "Agree dates and times with consultants' secretaries, escort contractors and healthcare teams in the prisons "
        "and centres",
        "Keep the custody appointments diary up to date and produce a weekly report of missed and cancelled "
        "appointments",
        "Arrange a private waiting area with the department before each visit",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Domain", "Essential or desirable", "Requirement"])
    add_two_row_areas(
        table,
        [
            (
                "Qualifications",
                "Educated to A level standard, or equivalent experience in administration",
                "ECDL, ITQ or another recognised IT qualification",
            ),
            (
                "Experience",
                "Experience of booking or coordinating appointments in a hospital or clinic\n"
                f"Previous experience with custody patients is not required {DASH} full training is given",
                "Experience of working with prisons, the police or the immigration service",
            ),
            (
                "Skills",
                "Able to negotiate dates and times with several parties at once, such as clinicians, escort "
                "contractors and prison staff\nGood working knowledge of Excel and Outlook",
                "Familiar with the Cerner Millennium patient administration system",
            ),
            (
                "Knowledge",
                "Understanding of why a custody patient's appointment date and time must never be shared with the "
                "patient or their family",
                "N/A",
            ),
            (
                "Other",
                "Able to work Monday to Friday, 8am to 4pm, with some cover until 6pm\n"
                "Must confirm every escorted appointment with the prison or centre by 3pm on the working day before",
                "Subject to a standard DBS check and police vetting",
            ),
        ],
    )
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        f"{POUND}31,920 to {POUND}34,480 a year including Outer London High Cost Area Supplement. 27 days' annual "
        "leave plus bank holidays, the NHS Pension, reduced-rate staff parking and a cycle-to-work scheme. For more "
        "about the job, email custody.appointments@example.com."
    )
    save(document, "v4_custody_patient_appointments_coordinator.docx")


V5_ITEMS = [
    ("title", "Immigration Removal Centre Clinic Healthcare Assistant"),
    ("bold", f"Central and North West London NHS Foundation Trust {DASH} Heathrow IRC Healthcare"),
    ("body", "Healthcare Centre, Colnbrook and Harmondsworth sites, West Drayton"),
    ("gap", ""),
    ("heading", "About the role"),
    (
        "body",
        "Our healthcare centres run around the clock for the men held at Heathrow while the Home Office decides "
        "their cases. Many have come a long way, some have been held before, and many speak little English. As a "
        "healthcare assistant you will work in the clinics and on the wings with nurses, GPs and the mental health "
        "team, doing the practical care that keeps people safe and well.",
    ),
    ("heading", "What you'll do"),
    ("body", f"{BULLET} Help the nurse with new arrivals' health screens, taking readings and a urine test"),
    ("body", f"{BULLET} Run the daily clinic lists and take patients' observations before their appointments"),
    ("body", f"{BULLET} Stock and check the clinic rooms and the emergency bags at the start of every shift"),
    (
        "body",
        f"{BULLET} You must respond to every emergency radio call with the emergency bag and stay until the nurse "
        "sends you back",
    ),
    ("body", f"{BULLET} Support people on constant watch and record each observation on SystmOne"),
    ("heading", "What you'll bring with you"),
    ("body", f"{BULLET} An NVQ Level 2 or Level 2 Diploma in Health and Social Care"),
    ("body", f"{BULLET} At least six months' experience as a healthcare assistant or care worker"),
    (
        "body",
        f"{BULLET} Able to check and record observations, including blood pressure, pulse, oxygen saturation and "
        "blood glucose",
    ),
    (
        "body",
        f"{BULLET} Able to work through interpreters, face to face and by telephone, so that patients understand "
        "their care",
    ),
    ("body", f"{BULLET} An understanding of how being detained can affect a person's mental health"),
    ("body", f"{BULLET} Able to work 12-hour day and night shifts on a rota, including weekends and bank holidays"),
    (
        "body",
        f"{BULLET} You don't need to have worked in an immigration removal centre before {DASH} our clinical "
        "educator will work alongside you for your first three weeks",
    ),
    (
        "body",
        f"{BULLET} You must be able to pass the Home Office counter-terrorist check and an enhanced DBS check",
    ),
    ("heading", "Bonus points if you have"),
    ("body", f"{BULLET} Phlebotomy training"),
    ("body", f"{BULLET} Experience of supporting people who have lived through trauma, torture or trafficking"),
    ("body", f"{BULLET} Experience in an emergency department, urgent treatment centre or minor injuries unit"),
    ("heading", "What we offer"),
    (
        "body",
        f"This is a Band 3 post paying {POUND}29,180 to {POUND}30,860 a year including Outer London High Cost Area "
        "Supplement, plus enhancements for nights, weekends and bank holidays. You will have 27 days' annual leave "
        "rising to 33, the NHS Pension, free parking and a paid place on the Trust's Level 3 Diploma programme "
        "after your first year.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through NHS Jobs by 11:59pm on Friday 9 February 2029. Interviews will be on Wednesday 21 February "
        "2029 at the Harmondsworth healthcare centre. Questions: irc.hca.recruitment@example.com or 020 7946 0562.",
    ),
]


V6_ITEMS = [
    ("title", "Secure Services Leave and Escort Coordinator"),
    ("body", "Forensic Services, West London NHS Trust"),
    ("body", "Broadmoor Hospital, Crowthorne, Berkshire RG45 7EG"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Patients in our secure hospitals need to leave the building from time to time: for a hospital "
        "appointment, a court hearing, a visit to a lower-security unit before a move, or, later in their "
        "recovery, escorted time in the community. Each of these trips has to be agreed by the clinical team and, "
        "for many patients, by the Ministry of Justice, and then planned with the escorting staff and sometimes the "
        "police. We are looking for a Secure Services Leave and Escort Coordinator to run this work at Band 4 "
        f"({POUND}31,120 to {POUND}33,860 a year), working 37.5 hours a week, Monday to Friday. The closing date is "
        "Wednesday 14 February 2029 and interviews will be held on Monday 26 February 2029.",
    ),
    (
        "body",
        "You will keep the leave register, prepare the paperwork for each request, book escorting staff and "
        "vehicles, and send the weekly leave plan to the security department. It is essential that every escorted "
        "leave is entered on the leave register before the 2pm security meeting on the day before it takes place. "
        "You must also check that each escort team has the signed leave form before a patient leaves the secure "
        "perimeter.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in an administrative role where accuracy really mattered, such as a "
        "legal, health or records office. You must be able to keep a busy diary with many moving parts and "
        "rearrange it quickly when plans fall through. It is essential that you can write clear, accurate letters "
        "and short reports. Good working knowledge of Word, Excel and Outlook is essential. It is essential that "
        "you understand why the details of a patient's leave must be kept confidential and shared only with "
        "people who need them. You must be able to speak confidently to senior clinicians, the Ministry of Justice "
        "and the police when a request is urgent.",
    ),
    (
        "body",
        "Knowledge of the Mental Health Act 1983, particularly section 17 leave and restriction orders, would be "
        "beneficial. Experience of taking minutes at formal meetings would be an advantage. A Level 3 qualification "
        "in business administration would be beneficial.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "No previous mental health experience is necessary. It is essential that applicants have the right to work "
        "in the UK, as we cannot offer visa sponsorship for this post, and the successful candidate must pass an "
        "enhanced DBS check and Broadmoor's security vetting. You must complete our five-day security and key "
        "training before you start work on site; we will book it for you. After probation you can join our Level 3 "
        "business administration apprenticeship. You will benefit from 27 days' annual leave plus bank holidays, "
        "the NHS Pension, a free staff bus from Wokingham and Bracknell stations and a subsidised staff restaurant. "
        "For an informal conversation, contact the Forensic Services admin manager on 020 7946 0895.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_medium_secure_ward_healthcare_assistant()
    v2_immigration_removal_centre_healthcare_administrator()
    v3_prison_reception_health_screening_assistant()
    v4_custody_patient_appointments_coordinator()
    (ADVERTS / "v5_immigration_removal_centre_clinic_healthcare_assistant.pdf").write_bytes(
        pdf_bytes(V5_ITEMS, title=(15, 60), bullet_indent="  ")
    )
    (ADVERTS / "v6_secure_services_leave_and_escort_coordinator.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
