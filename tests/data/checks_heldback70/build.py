"""Build the Word and PDF adverts of the seventieth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback70/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is
saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (v7 and v8) are plain files and are not built here.
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

# The square-root sign that many Word person specifications use as a tick.
TICK = "\u221a"
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2028, 12, 4, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 4, 9, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_ear_care_healthcare_assistant() -> None:
    """Job title and band only in the right-aligned page header, the employer only in the page footer, the closing
    date inside a sentence of the opening paragraph; duties as Word bullets; tick columns (a square-root sign) with
    bold category rows merged across the table, and four ticked-Essential rows that are not criteria (training the
    job gives, "not required", a "Must ..." duty and a DBS check)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = f"Ear Care Healthcare Assistant {DASH} Band 3"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    section.footer.paragraphs[
        0
    ].text = "Hillingdon Health Care Partners  |  The GP federation for Hillingdon  |  Vacancy ref HHCP-ECS-0115"
    document.add_heading("Job description and person specification", level=1)
    document.add_paragraph(
        "Our ear care service runs clinics in twelve member practices across Hillingdon, seeing adults and "
        "children whose GP or practice nurse has referred them for wax removal and advice. We are looking for a "
        "healthcare assistant to join our two ear care practitioners, preparing patients, assisting in clinics "
        "and, once trained, removing wax under their supervision. Applications close at midnight on Monday 15 "
        "January 2029, and interviews will be held at our Uxbridge office in the week beginning 29 January."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Set up the clinic room, check the suction unit and irrigator, and greet patients",
        "Take a short history using the clinic template and look in the patient's ears with the practitioner",
        "Carry out ear irrigation and microsuction once you have been signed off as competent",
        "Give patients spoken and written advice on caring for their ears at home",
        "You must send each clinic's outcome list to the referring practices by 5pm on the day of the clinic",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("GCSE English and maths at grade 4 or above, or Functional Skills Level 2 in both", TICK, ""),
        ("Completed Care Certificate", TICK, ""),
        ("Accredited training in ear irrigation or microsuction", "", TICK),
        ("Completion of the federation's microsuction competency programme within three months of starting", TICK, ""),
        ("Experience",),
        ("At least one year's experience as a healthcare assistant in a GP practice or clinic", TICK, ""),
        ("Previous ear care experience is not required", TICK, ""),
        ("Experience of supporting people who are deaf or hard of hearing", "", TICK),
        ("Skills and abilities",),
        ("Able to explain a procedure to a patient and check they have understood before starting", TICK, ""),
        ("Able to write clear clinical notes on SystmOne", TICK, ""),
        ("Must clean and log every otoscope and suction tip before the next patient is called", TICK, ""),
        ("British Sign Language Level 1 or above", "", TICK),
        ("Other",),
        ("Satisfactory enhanced DBS check", TICK, ""),
        ("Able to work at practices across Hillingdon, including one Saturday morning clinic a month", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "Pay and conditions in line with Agenda for Change, 27 days' annual leave plus bank holidays, the NHS "
        "Pension, free parking at every practice and, after probation, a funded ear care course with a recognised "
        "training provider. Offers are subject to two satisfactory references and occupational health clearance."
    )
    save(document, "v1_ear_care_healthcare_assistant.docx")


def v2_oral_health_promotion_support_worker() -> None:
    """Employer on a plain first line, the title as the heading, the band in a pay line; rows marked E or D with the
    factor merged down the first column and a "How assessed" column (A, I, T), three rows marked E that are not
    criteria (induction training, a "Must ..." duty, right to work); the closing date only in a small table at the
    very end."""
    document = blank_docx("Calibri")
    document.add_paragraph("Central London Community Healthcare NHS Trust")
    document.add_heading("Oral Health Promotion Support Worker", level=1)
    document.add_paragraph(f"Community Dental Service {DASH} Oral Health Promotion Team")
    document.add_paragraph(
        f"Pay: Band 3, {POUND}30,640 to {POUND}32,720 a year pro rata, including Inner London High Cost Area "
        "Supplement  |  30 hours a week, term time plus two weeks"
    )
    document.add_paragraph("Team base: Parsons Green Health Centre, 5-7 Parsons Green, London SW6 4UL")
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Tooth decay is the most common reason for young children to be admitted to hospital. Our small team "
        "works with nurseries, children's centres, primary schools and care homes to help people look after their "
        "teeth: we train staff to run supervised toothbrushing, talk to parents and carers, and hand out "
        "toothbrushes and toothpaste to families who need them. You will work alongside our two oral health "
        "educators and report to the Oral Health Promotion Lead."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Visit nurseries and schools to set up and check supervised toothbrushing, and restock their kits.",
        "Run short sessions for parents at children's centres on brushing, sugar and first dental visits.",
        "Support care home staff with mouth care for residents, using the team's training pack.",
        "Record every visit, session and kit delivered so that the team can report to commissioners.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Level 3 qualification in childcare, health or education", "E", "A"),
        ("Qualifications", "Certificate in Oral Health Education", "D", "A"),
        (
            "Qualifications",
            "Completion of the service's supervised toothbrushing training during induction",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of working with children under five in a nursery, school or health setting",
            "E",
            "A/I",
        ),
        ("Experience", "Experience of leading sessions for groups of parents or carers", "E", "A/I"),
        ("Experience", "Experience of working with older adults in care homes", "D", "A"),
        ("Skills", "Able to keep accurate records of visits on a spreadsheet", "E", "A/T"),
        ("Skills", "Speaks a community language used in our boroughs", "D", "A/I"),
        (
            "Skills",
            "Must return the toothbrushing kit log to the team base by the last Friday of each month",
            "E",
            "N/A",
        ),
        ("Knowledge", "Understanding of how sugar in food and drink leads to tooth decay", "E", "I/T"),
        (
            "Other",
            "Able to travel to schools, nurseries and care homes across Westminster, Kensington and Chelsea, and "
            "Hammersmith and Fulham",
            "E",
            "I",
        ),
        (
            "Other",
            f"Right to work in the UK {DASH} we cannot offer visa sponsorship for this post",
            "E",
            "Pre-employment",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, T = short written task on the day.")
    document.add_paragraph(
        "You do not need to have worked in dentistry: we will teach you everything you need about teeth and gums. "
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension, a travel card for work journeys and "
        "a standard DBS check paid for by the Trust."
    )
    document.add_heading("Key dates", level=2)
    label_value_table(
        document,
        [
            ("Closing date", "22/01/2029"),
            ("Interviews", "01/02/2029"),
            ("Informal enquiries", "Oral Health Promotion Lead, 020 7946 0731"),
        ],
    )
    save(document, "v2_oral_health_promotion_support_worker.docx")


def v3_community_optometry_clinic_assistant() -> None:
    """Title heading, "service | employer" line, the closing date inside a sentence of About the job, the band only
    in the page footer; Essential and Desirable side by side per category, with a "not needed" line and a "Must ..."
    duty as second lines of Essential cells, "N/A" in one Desirable cell and a benefit alone in another."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.footer.paragraphs[0].text = "Band 3  |  37.5 hours a week  |  Permanent  |  Job reference ICHT-CES-0126"
    document.add_heading("Community Optometry Clinic Assistant", level=1)
    document.add_paragraph("Community Eye Service  |  Imperial College Healthcare NHS Trust")
    document.add_paragraph(
        "Clinics in health centres across Westminster and Hammersmith and Fulham, supported by the Western Eye "
        "Hospital, 153-173 Marylebone Road, London NW1 5QH"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our community eye service sees people referred by their GP or their high street optometrist for "
        "problems that do not need a hospital visit, such as raised eye pressure, dry eyes and minor eye "
        "infections. Each clinic is run by a specialist optometrist with a clinic assistant, who welcomes "
        "patients, carries out the first tests and keeps the clinic running to time. Please apply by Friday 26 "
        "January 2029; interviews will be held on Wednesday 7 February."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade C / 4 or above, or equivalent",
            "A recognised optical assistant qualification",
        ),
        (
            "Experience",
            "Experience in a customer-facing role\n"
            f"No optometry experience needed {DASH} full training on the pre-test equipment is given",
            "Experience of using pre-test equipment such as an autorefractor or non-contact tonometer",
        ),
        (
            "Skills",
            "Able to guide a patient with sight loss safely around the clinic\n"
            "Clear spoken English, including with patients who are anxious or hard of hearing",
            "Able to use Medisoft or OpenEyes",
        ),
        ("Knowledge", "Understanding of patient confidentiality", "N/A"),
        (
            "Other",
            "Able to work a late clinic until 7pm on Wednesdays\n"
            "Must clean and calibrate the pre-test equipment at the start of each session",
            "Free eye examination and 25% off glasses at our partner opticians",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave rising to 33 with service, the NHS Pension and a season ticket loan. "
        "You must have the right to work in the UK; we are unable to offer visa sponsorship for this post. "
        "Offers are subject to satisfactory references and a standard DBS check."
    )
    save(document, "v3_community_optometry_clinic_assistant.docx")


def v4_new_patient_registrations_clerk() -> None:
    """Everything about the post in a details table with two label-value pairs a row; a "You must ..." duty in the
    role summary; Essential and Desirable as two rows per area with the area merged down over both, a "not needed"
    line and a DBS line as second lines of Essential rows and "N/A" in one Desirable row."""
    document = blank_docx("Calibri")
    document.add_heading("Job description", level=1)
    label_value_table(
        document,
        [
            ("Job title", "New Patient Registrations Clerk", "Band", "Band 2"),
            ("Employer", "Hammersmith and Fulham GP Federation", "Hours", "37.5 a week"),
            ("Team", "Central Registrations Team", "Base", "Hammersmith, near the Broadway"),
            ("Closing date", "31/01/2029", "Reference", "HFGPF-REG-0131"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Our central registrations team registers new patients for the member practices of the federation, "
        "from online forms, paper forms handed in at reception and people who come to our registration clinics. "
        "Each new patient must be matched to the right national record so that their notes and results follow "
        "them. You must process every registration received by 12 noon on the same working day."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Check each registration form and add the patient to the practice's clinical system",
        "Trace patients on the national spine and resolve records that do not match",
        "Answer the registrations phone line and inbox, and call patients whose forms are incomplete",
        "Post out welcome packs and book new patient health checks",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        (
            "Qualifications",
            "Essential",
            "Good standard of education, including English and maths to GCSE level or equivalent",
        ),
        ("Qualifications", "Desirable", "AMSPAR qualification in medical reception or administration"),
        (
            "Experience",
            "Essential",
            "Experience of data entry or office administration\n"
            f"No GP practice experience needed {DASH} we will train you on EMIS Web and SystmOne",
        ),
        ("Experience", "Desirable", "Experience of working in a GP practice or health centre"),
        (
            "Skills",
            "Essential",
            "Keyboard skills of at least 30 words per minute\n"
            "Able to explain registration rules politely to patients, including people without a fixed address",
        ),
        ("Skills", "Desirable", "Speaks Arabic, Somali, Polish or Tigrinya"),
        ("Knowledge", "Essential", "Understanding of why a patient's details must match their NHS number"),
        ("Knowledge", "Desirable", "N/A"),
        (
            "Other",
            "Essential",
            "Able to work Monday to Friday, 9am to 5pm, from our Hammersmith office\nSatisfactory basic DBS check",
        ),
        ("Other", "Desirable", "Able to cover an evening registration clinic once a month"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 25 days' annual leave plus bank holidays, the NHS Pension, a free eye test and flu vaccination, "
        "and an AMSPAR course funded by the federation after your first year. We welcome applications from "
        "people returning to work and from people who speak the languages of our patients."
    )
    save(document, "v4_new_patient_registrations_clerk.docx")


V5_ITEMS = [
    ("title", "Pharmacy First Referral Support Officer"),
    ("bold", f"NHS North West London Integrated Care Board {DASH} Primary Care Team"),
    ("body", "15 Marylebone Road, London NW1 5JD, with visits to practices and pharmacies in all eight boroughs"),
    ("gap", ""),
    ("body", f"Band 4  |  {POUND}33,480 to {POUND}36,610 a year, including Inner London High Cost Area Supplement"),
    ("body", "Fixed term for 18 months  |  37.5 hours a week  |  Hybrid: two days a week in the office"),
    ("heading", "About the role"),
    (
        "body",
        "Under Pharmacy First, people can get advice and, where needed, medicine from a community pharmacist for a "
        "number of common conditions without seeing a GP. Many practices still send few patients this way. You "
        "will help practices and pharmacies make referrals work: visiting reception teams, answering their "
        "questions, sorting out referrals that go wrong and keeping our figures up to date.",
    ),
    ("heading", "What you'll be doing"),
    ("body", "\u2022 Visit GP practices to show reception and care navigation teams how to refer patients"),
    ("body", "\u2022 Keep in touch with community pharmacies about capacity, opening hours and returned referrals"),
    (
        "body",
        "\u2022 You must update the referral tracker for every practice you visit by the Friday of the same week, so "
        "that the weekly report to the primary care board is accurate",
    ),
    ("body", "\u2022 Produce simple monthly summaries of referrals by practice, pharmacy and condition"),
    ("heading", "What we're looking for"),
    ("bold", "You will need"),
    ("body", "\u2022 Experience of working in a community pharmacy or GP practice"),
    ("body", "\u2022 Confident using Excel to keep trackers up to date"),
    ("body", "\u2022 Able to explain a new referral process clearly to busy practice and pharmacy staff"),
    ("body", "\u2022 Experience of planning your own diary of visits or calls"),
    ("body", "\u2022 Understanding of which common conditions a pharmacist can treat without a GP appointment"),
    (
        "body",
        f"\u2022 You don't need to be a pharmacist or pharmacy technician {DASH} this is a non-clinical role and we "
        "will teach you the clinical pathways",
    ),
    ("bold", "It would help if you have"),
    ("body", "\u2022 NVQ Level 2 in Pharmacy Services or a medicines counter assistant qualification"),
    ("body", "\u2022 Experience of using PharmOutcomes or another referral platform"),
    ("body", "\u2022 A full UK driving licence and access to a car"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK, and we are not able to offer visa sponsorship for this post. "
        "The successful candidate will need a basic DBS check and two satisfactory references.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave, rising to 33 days with service, plus bank holidays"),
    ("body", "\u2022 The NHS Pension Scheme, a season ticket loan and a cycle-to-work scheme"),
    ("body", "\u2022 A funded Level 3 apprenticeship in business administration after your probation"),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through NHS Jobs by 23:59 on Sunday 4 February 2029, quoting reference ICB-PC-0204. Interviews "
        "will be held by video on Wednesday 14 February 2029.",
    ),
]

V6_ITEMS = [
    ("title", "Urgent Dental Care Triage Call Handler"),
    ("body", "Community Dental Services, Central and North West London NHS Foundation Trust"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our urgent dental care line takes calls from people across North West London who are in dental pain and "
        "have no regular dentist. Central and North West London NHS Foundation Trust is recruiting an Urgent "
        "Dental Care Triage Call Handler at Band 3, working 37.5 hours a week on a rota between 8am and 8pm, "
        "seven days a week. The closing date is Friday 9 February 2029, and interviews will take place in the "
        "week beginning 19 February.",
    ),
    (
        "body",
        "You will answer calls, take each caller through the triage questions on screen, book urgent "
        "appointments in our community dental clinics and pass clinical questions to the dental nurse on shift. "
        "You must record the outcome of every call on the system before you take the next one. You do not need "
        "any dental knowledge before you start.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a call centre or on a busy telephone helpline. You must be able "
        "to type quickly while you listen and keep an accurate note of every call. A calm and reassuring manner "
        "with callers who are in pain or distressed is essential. It is essential that you can follow a set "
        "script of questions exactly while still listening to what the caller tells you. You must be able to "
        "work one weekend in three and some bank holidays on a rota.",
    ),
    (
        "body",
        "Experience of working in a dental practice would be beneficial. A qualification in dental nursing would "
        "be an advantage. Speaking a second language used in North West London is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need a basic DBS check. Every new call handler completes "
        "four weeks of paid training in dental triage and in our booking system before taking calls alone. You "
        "will benefit from 27 days' annual leave plus bank holidays, unsocial hours payments, the NHS Pension and "
        "free parking at our call centre in Harrow.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_ear_care_healthcare_assistant()
    v2_oral_health_promotion_support_worker()
    v3_community_optometry_clinic_assistant()
    v4_new_patient_registrations_clerk()
    (ADVERTS / "v5_pharmacy_first_referral_support_officer.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_urgent_dental_care_triage_call_handler.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
