"""Build the Word and PDF adverts of the forty-eighth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback48/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`; each Word file is saved with fixed core-property dates and
fixed zip time stamps, so a rebuild is byte for byte the same. The pasted-text adverts (p7, p8) are plain files
and are not built here.
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

TICK = "\u2713"
DASH = "\u2013"
FIXED_TIME = dt.datetime(2028, 3, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 3, 1, 9, 0, 0)  # every Word file's zip entries


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def p1_ophthalmic_healthcare_assistant() -> None:
    """Shape 1: the employer in bold, the title as the heading, a "|" line with the band and closing date, duties
    as bullets, then tick columns with category rows merged across the table. Four ticked-Essential rows are not
    criteria: a competency workbook the job gives, "No previous experience of eye clinics is needed", a "Must check
    and restock ..." duty and the right to work."""
    document = blank_docx("Arial")
    document.add_paragraph().add_run("Imperial College Healthcare NHS Trust").bold = True
    document.add_heading("Ophthalmic Healthcare Assistant", level=1)
    document.add_paragraph(
        "Band 3 | Western Eye Hospital, 153-173 Marylebone Road, London NW1 5QH | 37.5 hours a week | "
        "Closing date: 6 April 2028"
    )
    section = document.sections[0]
    section.footer.paragraphs[
        0
    ].text = f"Imperial College Healthcare NHS Trust {DASH} Ophthalmology Outpatients {DASH} Ref 290-OPH-4471-A"
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "The Western Eye Hospital sees more than 150,000 outpatient appointments a year, from glaucoma and "
        "cataract clinics to medical retina and children's eye clinics. Our healthcare assistants get each "
        "clinic ready, carry out the first checks before patients see the doctor or nurse, and look after "
        "patients as they move around a busy department, many of whom cannot see well."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Test and record visual acuity with letter charts, and carry out pressure checks and scans once signed "
        "off as competent",
        "Guide patients with poor sight between waiting areas, clinic rooms and imaging",
        "Prepare clinic rooms, keep stock levels up and clean equipment between patients",
        "Update the electronic patient record with each result as it is taken",
        "Cover the evening glaucoma clinics on the department rota",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications",),
        (
            "Good standard of literacy and numeracy (GCSE grade 4/C in English and maths or equivalent)",
            TICK,
            "",
        ),
        ("Care Certificate or NVQ Level 2 in a health care subject", "", TICK),
        ("Completion of the Trust's eye clinic competency workbook within the first three months", TICK, ""),
        ("Experience",),
        (
            "Experience of working with patients or the public in a health, care or customer service setting",
            TICK,
            "",
        ),
        ("No previous experience of eye clinics is needed", TICK, ""),
        ("Previous experience in a hospital eye clinic or an optician's practice", "", TICK),
        ("Skills and abilities",),
        ("Accurate when taking and recording measurements", TICK, ""),
        ("Able to reassure anxious patients, including people with sight loss", TICK, ""),
        ("Able to enter information onto a computer system accurately", TICK, ""),
        ("Experience of using Medisoft or another ophthalmic electronic patient record", "", TICK),
        ("Must check and restock clinic rooms before the first patient of each session", TICK, ""),
        ("Other",),
        ("Able to work late clinics until 8pm on a rota basis", TICK, ""),
        ("Right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "If you do not yet hold the Care Certificate, you will complete it with us in your first 12 weeks. We "
        "offer 27 days' annual leave plus bank holidays, the NHS Pension Scheme, an interest-free season ticket "
        "loan and access to our staff wellbeing service. The post is subject to an enhanced DBS check and two "
        "satisfactory references."
    )
    _save(document, "p1_ophthalmic_healthcare_assistant.docx")


def p2_endoscopy_booking_coordinator() -> None:
    """Shape 2: the employer on a plain first line, the title as the heading, a details table with two label-value
    pairs a row, a "You must ..." duty in Job purpose, numbered responsibilities, then rows marked E or D with the
    factor cell merged down and a "How assessed" column. Three rows marked E are not criteria (induction training,
    a "Must fill every list ..." duty and the right to work); "No previous endoscopy experience is necessary" and
    benefits follow the key."""
    document = blank_docx("Calibri")
    document.add_paragraph("London North West University Healthcare NHS Trust")
    document.add_heading("Endoscopy Booking Coordinator", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 4", "Hours", "37.5 hours a week, Monday to Friday"),
            ("Department", "Endoscopy Unit", "Base", "Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
            ("Reference", "362-MED-ENDO-0518", "Closing date", "10/04/2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The Endoscopy Unit at Northwick Park carries out around 14,000 gastroscopies, colonoscopies and other "
        "procedures a year, with further lists at Central Middlesex Hospital. The Booking Coordinator leads a "
        "team of four booking clerks, turns referrals into appointments and keeps every list full. You must "
        "make sure that bowel preparation and written instructions are posted to every colonoscopy patient at "
        "least seven days before the procedure."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Book patients onto endoscopy lists in line with clinical priority and the national waiting time standards.",
        "Telephone patients to agree dates, and explain fasting, bowel preparation and transport arrangements.",
        "Track urgent suspected cancer referrals daily and escalate any that cannot be dated in time.",
        "Produce a weekly report of list use and cancellations for the unit manager.",
        "Supervise and train the booking clerks and arrange cover for leave.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Educated to A-level standard or an equivalent Level 3 qualification", "E", "A"),
        ("Qualifications", "NVQ Level 3 in Business Administration or equivalent", "D", "A"),
        ("Qualifications", "Trust information governance training, completed during induction", "E", "N/A"),
        ("Experience", "Experience of booking appointments or managing a waiting list", "E", "A / I"),
        ("Experience", "Experience of working in a hospital endoscopy or day surgery unit", "D", "A / I"),
        ("Knowledge", "Understanding of the need to keep patient information confidential", "E", "I"),
        ("Knowledge", "Understanding of the 18-week referral to treatment rules", "D", "I"),
        (
            "Skills and abilities",
            "Able to explain appointment and preparation instructions clearly to patients by telephone",
            "E",
            "I",
        ),
        ("Skills and abilities", "Competent in Microsoft Excel, Word and Outlook", "E", "A / T"),
        (
            "Skills and abilities",
            "Able to prioritise urgent referrals, such as two-week-wait cases, over routine work",
            "E",
            "I / T",
        ),
        ("Skills and abilities", "Must fill every list at least 72 hours before the session", "E", "N/A"),
        ("Other", "Evidence of the right to work in the UK", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("Key: A = application form, I = interview, T = test on the day.")
    document.add_paragraph(
        "No previous endoscopy experience is necessary: you will be trained on the Trust's patient "
        "administration system and the unit's booking rules. We offer 27 days' annual leave plus bank holidays, "
        "the NHS Pension, free parking at Northwick Park and a cycle-to-work scheme."
    )
    _save(document, "p2_endoscopy_booking_coordinator.docx")


def p3_audiology_administrator() -> None:
    """Shape 3: the title as the heading, the employer and service on a "|" line, sites, band and closing date
    lines, a "You must ..." duty in About the job, then Essential and Desirable side by side per category. Not
    criteria: "No audiology experience is needed ..." and a right-to-work line as second lines of Essential cells,
    Deaf awareness training the job gives in a Desirable cell, "N/A" and an empty cell."""
    document = blank_docx("Arial")
    document.add_heading("Audiology Administrator", level=1)
    document.add_paragraph(f"The Hillingdon Hospitals NHS Foundation Trust | Audiology {DASH} Adult Hearing Services")
    document.add_paragraph(
        "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN and Mount Vernon Hospital, Rickmansworth Road, "
        "Northwood HA6 2RN"
    )
    document.add_paragraph("Band 3 | \u00a328,114 to \u00a329,870 a year including Outer London HCAS | 37.5 hours")
    document.add_paragraph("Closing date: 19 April 2028    Interviews: 3 May 2028")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our audiology service fits and reviews hearing aids for about 9,000 adults a year. The administrator "
        "books hearing tests and fittings, answers the department's phone line and text service, and keeps "
        "patient records up to date. You must scan every hearing aid repair form onto the patient's record on "
        "the day it arrives. Many of our patients are deaf or have a hearing loss, so much of your contact with "
        "them will be by text message, email or at the desk."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade C/4 or above, or equivalent",
            "RSA or OCR Level 2 text processing, or a similar typing qualification",
        ),
        (
            "Experience",
            "Experience of working in an office or reception role\n"
            f"No audiology experience is needed {DASH} we will train you on Auditbase",
            "Experience of working in an NHS outpatient department",
        ),
        (
            "Skills",
            "Typing speed of at least 40 words per minute\n"
            "Able to communicate clearly with patients who are deaf or hard of hearing, face to face and in writing",
            "British Sign Language Level 1 or above",
        ),
        ("Knowledge", "Understanding of patient confidentiality and data protection", "N/A"),
        ("Personal qualities", "Calm and polite when dealing with frustrated or upset callers", ""),
        (
            "Other",
            "Able to work at both Hillingdon and Mount Vernon hospitals\n"
            f"Right to work in the UK {DASH} we are unable to offer sponsorship for this post",
            "Deaf awareness training, which every new starter completes in the first month",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will receive 27 days' annual leave rising to 33 with service, the NHS Pension, free shuttle buses "
        "between our two hospitals and discounted staff parking. The successful candidate will need a basic DBS "
        "check and two references."
    )
    _save(document, "p3_audiology_administrator.docx")


def p4_antenatal_clinic_receptionist() -> None:
    """Shape 4: everything about the post in a two-column details table with no header row, duties as bullets
    (one "You must check ..." with "date of birth" in it), then Area | Level | Requirements with an Essential
    row and a Desirable row per area and the area cell merged down over both. Not criteria: "Previous NHS
    experience is not required" and "Satisfactory enhanced DBS check" as second lines of Essential rows, and
    training on Cerner as the only line of the Other Desirable row."""
    document = blank_docx("Calibri")
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Antenatal Clinic Receptionist"),
            ("Band", "Band 2"),
            ("Organisation", "Chelsea and Westminster Hospital NHS Foundation Trust"),
            ("Service", f"Maternity {DASH} Antenatal Clinic"),
            ("Base", "West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF"),
            ("Hours", "37.5 hours a week, Monday to Friday 8am to 4pm, plus a Saturday morning clinic on a rota"),
            ("Closing date", "24/04/2028"),
            ("Reference", "C9338-28-0611"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "The antenatal clinic at West Middlesex sees around 120 women a day for scans, midwife and consultant "
        "appointments and glucose tests. As the first person women meet, you will welcome them and their "
        "partners, check them in, book their next visits and keep the clinics running to time."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Check patients in on Cerner Millennium and let the midwives know who has arrived",
        "You must check each woman's name, date of birth and address against her notes at every visit",
        "Book follow-up appointments, scans and glucose tolerance tests before women leave",
        "Book interpreters for the following visit when a woman needs one",
        "Answer the clinic phone and pass urgent calls to the maternity triage line",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Education", "Essential", "Good basic standard of English and maths"),
        ("Education", "Desirable", "NVQ Level 2 in Customer Service or Business Administration"),
        (
            "Experience",
            "Essential",
            "Experience of a reception, front desk or customer service role\nPrevious NHS experience is not required",
        ),
        ("Experience", "Desirable", "Experience of working in a maternity or women's health service"),
        (
            "Skills",
            "Essential",
            "Able to use a computer to book and check in appointments\n"
            "Warm and welcoming manner with pregnant women and their families",
        ),
        ("Skills", "Desirable", "Speaks a language used locally, such as Punjabi, Somali, Polish or Arabic"),
        ("Other", "Essential", "Able to work one Saturday morning clinic a month\nSatisfactory enhanced DBS check"),
        ("Other", "Desirable", "Training on Cerner Millennium will be given in your first two weeks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension, a staff restaurant with discounted "
        "meals and free shuttle buses to Chelsea. This post is not eligible for visa sponsorship."
    )
    _save(document, "p4_antenatal_clinic_receptionist.docx")


P5_ITEMS = [
    ("title", "Imaging Appointments Clerk"),
    ("bold", f"Imperial College Healthcare NHS Trust {DASH} Imaging Department, Charing Cross Hospital"),
    ("body", "Fulham Palace Road, London W6 8RF"),
    ("gap", ""),
    ("body", "Band 3  |  \u00a330,876 to \u00a332,964 a year, including High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Shifts between 8am and 8pm, Monday to Friday"),
    ("body", "Closing date: Tuesday 2 May 2028. Interviews: Thursday 11 May 2028."),
    ("heading", "About the role"),
    (
        "body",
        "Our imaging appointments team books X-ray, ultrasound, CT and MRI scans for Charing Cross, Hammersmith "
        "and St Mary's hospitals. We answer around 300 calls a day between us, and every scan we book has to be "
        "right first time: the right test, at the right site, with the right preparation.",
    ),
    ("heading", "What you'll do"),
    ("body", "\u2022 Book, change and cancel imaging appointments by phone, letter and the patient portal"),
    ("body", "\u2022 Send preparation instructions, such as fasting before an abdominal ultrasound"),
    (
        "body",
        "\u2022 You must check that every MRI booking has a completed safety questionnaire before you confirm the "
        "appointment",
    ),
    ("body", "\u2022 Offer short-notice slots to patients waiting longest and record why any slot is refused"),
    ("heading", "What we're looking for"),
    ("bold", "Essential"),
    ("body", "\u2022 Experience of booking or scheduling appointments in any setting"),
    ("body", "\u2022 Confident telephone manner, including with callers who are upset or confused"),
    ("body", "\u2022 Good keyboard skills and experience of using a computer booking system"),
    ("body", "\u2022 Able to follow written procedures exactly and check your own work"),
    ("body", "\u2022 Good spoken and written English"),
    (
        "body",
        f"\u2022 You don't need to know anything about X-rays or scans before you start {DASH} full training is "
        "given in your first month",
    ),
    ("bold", "Desirable"),
    ("body", "\u2022 Experience of using a radiology information system (RIS) such as CRIS"),
    ("body", "\u2022 Knowledge of medical terminology"),
    ("body", "\u2022 Experience of working to NHS waiting time targets"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need to show that you have the right to work in the UK; we cannot sponsor a visa for this "
        "post. Offers are subject to two references and a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave, rising to 33 days with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme, NHS discounts and an interest-free season ticket loan"),
    ("body", "\u2022 A funded Level 3 Business Administration apprenticeship after your probation"),
]

P6_ITEMS = [
    ("title", "Outpatient Clinic Outcomes Clerk"),
    ("body", "Outpatients Department, Royal National Orthopaedic Hospital NHS Trust"),
    ("body", "Brockley Hill, Stanmore, Middlesex HA7 4LP"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "The Royal National Orthopaedic Hospital is the UK's largest specialist orthopaedic hospital, and our "
        "outpatient clinics see more than 140,000 patients a year, from children with scoliosis to adults with "
        "bone tumours and sports injuries. We are looking for an Outpatient Clinic Outcomes Clerk to join the "
        "outpatients administration team at Band 2, working 37.5 hours a week, Monday to Friday. The closing date "
        "is Sunday 7 May 2028 and interviews will be held on 17 and 18 May.",
    ),
    (
        "body",
        "After every clinic the doctors and physiotherapists complete an outcome form for each patient: a "
        "follow-up in six weeks, an X-ray before the next visit, a listing for surgery or discharge back to the "
        "GP. You will turn those forms into bookings, requests and letters, and ring patients when a plan changes. "
        "You must record the outcome of every clinic on the patient administration system by the end of the next "
        "working day. You do not need to have worked in a hospital before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in an office or administrative role. Accurate data entry is "
        "essential, because every outcome you record decides what happens next for a patient. You must be able "
        "to work steadily through a large amount of paperwork and meet daily deadlines. It is essential that "
        "you are confident using Microsoft Excel and Outlook. It is essential that you can speak to patients on "
        "the telephone politely and clearly.",
    ),
    (
        "body",
        "Experience of working in a hospital outpatient department would be beneficial. Knowledge of "
        "orthopaedic or medical terms would be an advantage. A qualification in business administration is "
        "desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need a basic DBS check. Full training on the patient "
        "administration system and a short course on orthopaedic terms are given in your first month. You will "
        "benefit from 27 days' annual leave plus bank holidays, the NHS Pension, free on-site parking and a free "
        "shuttle bus from Stanmore station. We would like to hear from you even if you do not meet every point "
        "above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    p1_ophthalmic_healthcare_assistant()
    p2_endoscopy_booking_coordinator()
    p3_audiology_administrator()
    p4_antenatal_clinic_receptionist()
    (ADVERTS / "p5_imaging_appointments_clerk.pdf").write_bytes(pdf_bytes(P5_ITEMS, title=(16, 56)))
    (ADVERTS / "p6_outpatient_clinic_outcomes_clerk.pdf").write_bytes(pdf_bytes(P6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
