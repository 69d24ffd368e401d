"""Build the Word and PDF adverts of held-back set 123 from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback123/build.py`. The built files are
committed, so nothing needs this script to score the set; it is kept so that the files can be read and rebuilt. The
Word and PDF helpers come from `tests/data/advert_files.py`. Every Word file is saved with fixed core-property dates
and fixed zip time stamps, so a rebuild is byte for byte the same. The two pasted-text adverts (v7 and v8) are plain
files and are not built here.
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

TICK = "\u2713"  # a plain check mark in the level column; the other level cell is left empty
DASH = "\u2013"
BULLET = "\u2022 "
POUND = "\u00a3"
WRITTEN = dt.datetime(2029, 2, 6, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 6, 10, 30, 0)


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=WRITTEN, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_burns_unit_healthcare_assistant() -> None:
    """Shape 1, tick columns with category rows merged across the table. The employer only in the page header, the
    title and band together in the heading, the closing date only in the page footer. Four ticked-Essential rows are
    not criteria: a competency workbook the job gives, "not required", a "Must record ..." duty and a DBS row."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Chelsea and Westminster Hospital NHS Foundation Trust"
    section.footer.paragraphs[0].text = f"Vacancy reference 291-BRN-0517 {DASH} Closing date 05/03/2029 (midnight)"
    document.add_heading(f"Burns Unit Healthcare Assistant {DASH} Band 3", level=1)
    document.add_paragraph(
        "Burns Unit, Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH. Permanent, 37.5 hours a "
        f"week on a rota of long days and nights. {POUND}28,940 to {POUND}30,860 a year including Inner London High "
        "Cost Area Supplement."
    )
    document.add_heading("About the unit", level=2)
    document.add_paragraph(
        "Our burns unit looks after adults and children from across London and the South East, from scalds that "
        "need a few weeks of dressings to major burns that need skin grafts and months in hospital. We have twelve "
        "beds, a high dependency area and a busy dressing clinic, and we work side by side with the plastic "
        "surgeons, physiotherapists, occupational therapists and psychologists."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Help patients to wash, dress, eat and move about, often when their hands or faces are bandaged",
        "Take and chart observations, and tell the nurse in charge straight away about any change",
        "Lay up dressing trolleys and help the nurses with bathing and dressing changes in the treatment room",
        "Keep fluid balance, food and turning charts up to date through the shift",
        "Restock the bays and make sure the side rooms are cleaned and ready for the next admission",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Care Certificate, or NVQ or Diploma at Level 2 in Health and Social Care", TICK, ""),
        ("Level 3 Diploma in Healthcare Support, or equivalent", "", TICK),
        ("Completion of the unit's burns care competency workbook within your first three months", TICK, ""),
        ("Experience",),
        (
            "Experience of giving personal care to adults or children in a hospital, nursing home or community setting",
            TICK,
            "",
        ),
        ("Previous experience of burns care is not required", TICK, ""),
        ("Experience of caring for patients with wounds, skin grafts or burns", "", TICK),
        ("Skills and abilities",),
        ("Able to take and record temperature, pulse, blood pressure and oxygen saturation accurately", TICK, ""),
        ("Able to support frightened or distressed patients and relatives with kindness", TICK, ""),
        ("Good written English for keeping fluid balance and food charts accurately", TICK, ""),
        ("Must record every patient's fluid intake and output on the bedside chart before handover", TICK, ""),
        ("Knowledge",),
        (
            "Understanding of infection prevention, including hand hygiene and the use of protective clothing",
            TICK,
            "",
        ),
        ("Other",),
        ("Satisfactory enhanced DBS check and occupational health clearance", TICK, ""),
        ("Willing to work day and night shifts, including weekends and bank holidays", TICK, ""),
        ("Speaks a second language used by patients in West London, such as Arabic, Portuguese or Polish", "", TICK),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; extra pay for "
        "nights, weekends and bank holidays; two protected study days a year on burns care; and a season ticket "
        "loan. We cannot offer visa sponsorship for this post, so you will need your own right to work in the UK. "
        "For an informal chat, ring the unit's practice educator on 020 7946 0381."
    )
    _save(document, "v1_burns_unit_healthcare_assistant.docx")


def v2_hand_therapy_technical_instructor() -> None:
    """Shape 2, rows marked E or D with the area merged down the first column and a "How assessed" column. The title
    as the heading, the band alone in a bold line under it, the closing date in the next paragraph and the employer
    only in the page footer. Two rows marked E are not criteria (training the job gives, a "Must check ..." duty) and
    a third is the right to work."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[
        0
    ].text = "London North West University Healthcare NHS Trust \u00b7 Therapies Division \u00b7 Job ref 363-THR-2209"
    document.add_heading(f"Hand Therapy Technical Instructor {DASH} Splinting", level=1)
    paragraph = document.add_paragraph()
    paragraph.add_run(f"Band 4  \u00b7  {POUND}30,980 to {POUND}33,940 a year pro rata, including HCAS").bold = True
    document.add_paragraph(
        "Closing date: Friday 9 March 2029. Interviews, with a short practical task, will be held on Wednesday 21 "
        "March 2029."
    )
    document.add_paragraph(
        "Base: Hand Therapy Department, Central Middlesex Hospital, Acton Lane, Park Royal, London NW10 7NS. "
        "37.5 hours a week, Monday to Friday, with one Saturday morning in four."
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our hand therapists see around 250 patients a week after hand and wrist fractures, tendon repairs, nerve "
        "injuries and planned surgery. The technical instructor makes the custom thermoplastic splints the "
        "therapists prescribe, fits and adjusts them as the swelling goes down, and keeps the splinting room "
        "running. You will be supervised by a senior hand therapist and will never be asked to work outside "
        "your training."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Make, fit and adjust thermoplastic splints to the therapists' prescriptions, and check their fit at "
        "follow-up visits.",
        "Teach patients how to put on, take off and look after their splints, and what to do if one rubs.",
        "Run the splinting room: order materials, keep the stock list up to date and report faulty equipment.",
        "Support the therapists in the hand trauma clinic and in group exercise classes.",
        "Record every splint made and every adjustment in the patient's electronic record on the same day.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Requirement", "E / D", "How assessed"])
    rows = [
        ("Qualifications", "GCSE English and maths at grade 4 (C) or above, or equivalent", "E", "AF"),
        (
            "Qualifications",
            "Completion of the department's thermoplastic splinting competency programme during the first six months",
            "E",
            "N/A",
        ),
        (
            "Qualifications",
            "A recognised qualification in a craft or technical trade, such as carpentry, dressmaking or engineering",
            "D",
            "AF",
        ),
        ("Experience", "Experience of working with patients in a health or social care setting", "E", "AF / I"),
        ("Experience", "Experience of making or adapting items by hand to precise measurements", "E", "AF / I / P"),
        (
            "Experience",
            "Experience of working in a hand therapy, occupational therapy or physiotherapy department",
            "D",
            "AF / I",
        ),
        ("Skills", "Good manual dexterity and hand-eye coordination", "E", "P"),
        (
            "Skills",
            "Able to explain a home exercise programme clearly to patients, using demonstration where needed",
            "E",
            "I",
        ),
        ("Skills", "Able to keep accurate records of stock and equipment orders", "D", "AF / I"),
        (
            "Skills",
            "Must check and record the temperature of the splinting water baths at 8.30am and 1pm every day",
            "E",
            "N/A",
        ),
        ("Knowledge", "Knowledge of the anatomy of the hand and wrist", "D", "I"),
        ("Other", "Able to work on a rota covering the Saturday morning hand trauma clinic", "E", "I"),
        (
            "Other",
            f"Right to work in the UK {DASH} sponsorship cannot be offered for this post",
            "E",
            "Pre-employment check",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "AF = application form, I = interview, P = practical task on the interview day (cutting and shaping a "
        "simple splint from a pattern)."
    )
    document.add_paragraph(
        "You do not need to have worked in the NHS before. The post is subject to an enhanced DBS check and "
        "satisfactory references. We offer 27 days' annual leave plus bank holidays, the NHS Pension, free "
        "parking at Central Middlesex and a cycle-to-work scheme. Questions about the role: hand therapy office, "
        "020 7946 0642 or handtherapy.cmh@example.com."
    )
    _save(document, "v2_hand_therapy_technical_instructor.docx")


def v3_omfs_outpatients_receptionist() -> None:
    """Shape 3, Essential and Desirable side by side per category. The title and band only in the page header, the
    employer only inside the first sentence of About us, and the closing date only in the last paragraph. A "You
    must check ..." duty in a paragraph; a "No hospital experience needed" line in an Essential cell, "N/A" in one
    Desirable cell and a benefit alone in another."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Oral and Maxillofacial Surgery Outpatients Receptionist  |  Band 2"
    document.add_heading("Job description", level=1)
    document.add_heading("About us", level=2)
    document.add_paragraph(
        "The Hillingdon Hospitals NHS Foundation Trust runs an oral and maxillofacial surgery (OMFS) outpatient "
        "department at Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN, where our surgeons and dental "
        "nurses see people with facial fractures, wisdom teeth that need removing, jaw problems, mouth cancers and "
        "lumps of the face and neck. About 160 patients come through our doors on a busy day."
    )
    document.add_heading("The role", level=2)
    document.add_paragraph(
        f"You will be the first person our patients meet. Working 37.5 hours a week, Monday to Friday (8am to "
        f"4pm, or 11am to 7pm on your late clinic), you will book patients in, answer the phones, arrange "
        f"follow-up appointments and prepare the clinic lists. Pay is {POUND}25,990 to {POUND}26,870 a year, "
        "including the Outer London High Cost Area Supplement. You must check every patient's address, GP and "
        "telephone number at each visit and update the system before they leave the desk. Many of our patients "
        "have swollen faces, wired jaws or stitches in their mouths, so they may write rather than speak."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good standard of English and maths, such as GCSE or Functional Skills Level 2",
            "NVQ Level 2 in Customer Service or Business Administration",
        ),
        (
            "Experience",
            "Experience of working on a reception desk or in another customer-facing role\n"
            f"No hospital experience needed {DASH} full training on the Trust's patient administration system is "
            "given",
            "Experience of booking appointments in a hospital or dental practice",
        ),
        (
            "Skills and abilities",
            "Able to stay calm and polite with patients who are in pain, anxious or unable to speak clearly\n"
            "Confident using a computer, email and Microsoft Word",
            "Speaks a community language of Hillingdon, such as Punjabi, Urdu or Polish",
        ),
        (
            "Knowledge",
            "Understanding of why patients' personal information must be kept confidential",
            "N/A",
        ),
        (
            "Other",
            "Able to work one late clinic until 7pm each week on a rota",
            "Free staff parking at Hillingdon Hospital",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave plus bank holidays, rising with service, the NHS Pension, an "
        "on-site nursery and access to staff wellbeing services. Offers depend on your right to work in the UK "
        "(we cannot sponsor visas for this post), two references and a basic DBS check."
    )
    document.add_paragraph(
        "The closing date for this vacancy is Tuesday 13 March 2029, and interviews will be held at Hillingdon "
        "Hospital on Tuesday 27 March 2029."
    )
    _save(document, "v3_omfs_outpatients_receptionist.docx")


def v4_plastic_surgery_trauma_clinic_healthcare_assistant() -> None:
    """Shape 4, an Essential row and a Desirable row per area with the area merged down over both. The title as the
    heading, then a details table with two label-value pairs a row holding the employer, band and closing date. Not
    criteria: "No plastic surgery experience required" (second line of the Experience Essential cell), a training
    line alone in the Knowledge Desirable cell, an enhanced DBS line after the rota criterion and "N/A"."""
    document = blank_docx("Calibri")
    document.add_heading("Plastic Surgery Trauma Clinic Healthcare Assistant", level=1)
    label_value_table(
        document,
        [
            ("Employer", "Imperial College Healthcare NHS Trust", "Band", "Band 3"),
            ("Department", "Plastic Surgery Trauma Clinic", "Hours", "37.5 a week"),
            ("Base", "Charing Cross Hospital, Fulham Palace Road, London W6 8RF", "Contract", "Permanent"),
            ("Closing date", "16 March 2029", "Reference", "290-PLS-4471"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "The plastic surgery trauma clinic sees people of all ages the day after an injury: cut tendons and "
        "nerves, crushed fingertips, dog bites, facial cuts and burns to the hands. Many go to theatre the same "
        "day and come back to us for wound checks. As a healthcare assistant you will prepare patients for the "
        "surgeons, help the nurses with dressings, chaperone, and keep the clinic moving."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Greet and prepare patients, taking their observations and checking their details",
        "Set up clean dressing trolleys and help the nurses with wound care and dressing changes",
        "Stay with children and nervous adults during examinations and procedures",
        "Record the care you give in the clinic notes and on Cerner",
        "Restock the clinic rooms and clean equipment between patients",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        (
            "Education and training",
            "Essential",
            "Level 2 qualification in health and social care, or the Care Certificate",
        ),
        (
            "Education and training",
            "Desirable",
            "Level 3 qualification in health and social care or clinical healthcare support",
        ),
        (
            "Experience",
            "Essential",
            "At least six months' experience as a healthcare assistant or care worker\n"
            "No plastic surgery experience required",
        ),
        ("Experience", "Desirable", "Experience of helping with dressings, wound care or suture removal"),
        (
            "Skills",
            "Essential",
            "Able to reassure anxious patients, including children, during clinic procedures\n"
            "Accurate record keeping on paper and electronic systems",
        ),
        ("Skills", "Desirable", "Experience of using Cerner or another electronic patient record"),
        ("Knowledge", "Essential", "Understanding of safeguarding children and adults at risk"),
        (
            "Knowledge",
            "Desirable",
            "Full training in chaperoning and in consent for clinical photographs is given in your first month",
        ),
        (
            "Other",
            "Essential",
            "Able to work a seven-day rota, including early starts at 7.30am\nEnhanced DBS check",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        f"Salary {POUND}28,940 to {POUND}30,860 a year including Inner London High Cost Area Supplement. 27 days' "
        "annual leave plus bank holidays, the NHS Pension, interest-free season ticket loans and a staff "
        "physiotherapy service. You must have the right to work in the UK; this post is not eligible for "
        "sponsorship. To talk about the role, email plastics.trauma@example.com."
    )
    _save(document, "v4_plastic_surgery_trauma_clinic_healthcare_assistant.docx")


V5_ITEMS = [
    ("title", "Scar and Laser Clinic Assistant"),
    ("bold", "Scar and Laser Clinic, Burns and Plastic Surgery Outpatients"),
    ("body", "Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH"),
    ("gap", ""),
    ("body", f"Band 3  |  {POUND}28,940 to {POUND}30,860 a year including Inner London High Cost Area Supplement"),
    ("body", "Closing date: Tuesday 20 March 2029  |  Interviews: Tuesday 3 April 2029"),
    ("heading", "About the role"),
    (
        "body",
        "Our clinic treats people with scars from burns, surgery and injuries, and with birthmarks and other skin "
        "marks, using lasers, silicone and pressure treatments. Most of our patients have waited a long time to be "
        "seen, and many find it hard to talk about how they look. You will be the person who books them in, "
        "helps them feel at ease and supports the laser nurses and doctors through each session.",
    ),
    ("heading", "What you'll do"),
    ("body", f"{BULLET}Book and confirm appointments and courses of treatment, and manage the waiting list"),
    ("body", f"{BULLET}Welcome patients, check their details and take them through to the treatment rooms"),
    (
        "body",
        f"{BULLET}You must switch on, test and log the laser room's safety checks before every session, and keep "
        "the door key with you while a laser is in use",
    ),
    ("body", f"{BULLET}Take standard photographs of scars before treatment, with the patient's consent"),
    ("body", f"{BULLET}Order and restock creams, silicone gels, goggles and single-use items"),
    ("heading", "What we're looking for"),
    ("bold", "You will need"),
    ("body", f"{BULLET}Experience of working with the public in a health, beauty or care setting"),
    ("body", f"{BULLET}Good IT skills, including booking appointments on a computer system"),
    ("body", f"{BULLET}A calm and sensitive manner with people who feel self-conscious about their skin"),
    ("body", f"{BULLET}Able to follow safety procedures carefully and consistently"),
    ("body", f"{BULLET}Able to work until 8pm on Tuesdays and Thursdays"),
    (
        "body",
        f"{BULLET}You don't need to have worked with lasers {DASH} you will complete the Trust's laser safety "
        "course in your first month and be signed off by our laser protection supervisor",
    ),
    ("bold", "We would also value"),
    ("body", f"{BULLET}Experience of taking clinical photographs or medical images"),
    ("body", f"{BULLET}Knowledge of how scars heal and change over time"),
    ("body", f"{BULLET}A Level 2 or Level 3 qualification in beauty therapy"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK, as we are not able to offer visa sponsorship for this post. "
        "Offers depend on two references and an enhanced DBS check.",
    ),
    ("heading", "About us"),
    (
        "body",
        "Chelsea and Westminster Hospital NHS Foundation Trust runs Chelsea and Westminster and West Middlesex "
        "University hospitals and is home to one of the country's specialist burns services.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET}27 days' annual leave, rising to 33 with service, plus bank holidays"),
    ("body", f"{BULLET}NHS Pension Scheme and a season ticket loan"),
    ("body", f"{BULLET}A funded clinical photography short course after your first year"),
    ("body", f"{BULLET}Free eye tests for staff who work in the laser room"),
]

V6_ITEMS = [
    ("title", "Community Burns Aftercare Support Worker"),
    ("bold", "Community Burns Aftercare Team, Central London Community Healthcare NHS Trust"),
    ("body", "A community clinic in Hammersmith, with home visits"),
    ("body", "Closing date 23/03/2029"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "When people go home from the burns unit, their healing has only begun. Our small team of nurses and "
        "support workers visits them at home and sees them in clinic for the year or more that it takes a burn "
        "scar to settle. This is a Band 3 post, working 37.5 hours a week from Monday to Friday, with pay of "
        f"{POUND}28,940 to {POUND}30,860 a year including Inner London High Cost Area Supplement.",
    ),
    (
        "body",
        "You will check how patients' skin is healing, help them with creams, silicone and pressure garments, "
        "encourage them with their stretches, and let the nurses know when something needs their attention. You "
        "must check the fit of every pressure garment at each visit and record any rubbing or broken skin the "
        "same day. You do not need to have worked with burns before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked as a care worker or healthcare assistant for at least a year. You "
        "must be able to travel to patients' homes across Hammersmith and Fulham, Kensington and Chelsea, and "
        "Westminster. Good spoken English is essential, because you will be showing patients and parents how to "
        "care for their skin at home. You must be comfortable working with children and young people as well as "
        "adults. It is essential that you can work on your own and know when to ask a nurse for advice. Clear and "
        "accurate notes of every visit are essential.",
    ),
    (
        "body",
        "Experience of measuring or fitting compression or pressure garments would be beneficial. A full UK "
        "driving licence would be an advantage. An understanding of how a burn scar can affect a person's "
        "confidence and mental health would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, because this post cannot be sponsored, "
        "and the successful applicant will need an enhanced DBS check for work with children and adults. Regular "
        "clinical supervision with the team's nurses is essential to how we work and is built into every week. "
        "After your first year we will fund a Level 3 Diploma in Healthcare Support. You will benefit from 27 "
        "days' annual leave plus bank holidays, the NHS Pension, an Oyster card for visits and a work phone.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply online, telling us in your supporting statement how you meet each point under About you. "
        "Interviews will be held on Thursday 5 April 2029. For a chat about the job, ring the team lead on "
        "020 7946 0915 or email burns.aftercare@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_burns_unit_healthcare_assistant()
    v2_hand_therapy_technical_instructor()
    v3_omfs_outpatients_receptionist()
    v4_plastic_surgery_trauma_clinic_healthcare_assistant()
    (ADVERTS / "v5_scar_and_laser_clinic_assistant.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(17, 52)))
    (ADVERTS / "v6_community_burns_aftercare_support_worker.pdf").write_bytes(
        pdf_bytes(V6_ITEMS, title=(16, 56), bullet_indent="  ")
    )


if __name__ == "__main__":
    main()
