"""Build the Word and PDF adverts of held-back set 108 from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback108/build.py`. The built files are
committed, so nothing needs this script to score them; it is kept so that they can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`; each Word file is saved with fixed core-property dates and fixed zip
time stamps, so a rebuild is byte for byte the same. The pasted-text adverts (v7 and v8) are plain files and are not
built here.
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

DOT = "\u25cf"  # the mark in the level column of v1's table; the other level cell is left empty
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2029, 2, 5, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 5, 10, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_video_telemetry() -> None:
    """Shape 1: the employer only in the page header, the band and closing date only in the page footer; duties as
    Word bullets; a filled circle in the Essential or the Desirable column, with category rows merged across the
    table, and four marked-Essential rows that are not criteria (training the unit gives, "... is not required", a
    "Must ..." duty and proof of the right to work)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Imperial College Healthcare NHS Trust {DASH} Neurosciences Directorate"
    section.footer.paragraphs[0].text = (
        f"Band 3  \u00b7  Vacancy reference 290-NEU-2207  \u00b7  Closing date: 5 March 2029 {DASH} we may close "
        "this advert early if we receive a high number of applications"
    )
    document.add_heading("Epilepsy Video Telemetry Healthcare Assistant", level=1)
    document.add_paragraph("Video Telemetry Unit, Charing Cross Hospital, Fulham Palace Road, London W6 8RF")
    document.add_paragraph(
        f"Permanent  |  37.5 hours a week on long days and nights  |  {POUND}28,840 to {POUND}31,120 a year, "
        "including Inner London High Cost Area Supplement"
    )
    document.add_heading("About the unit", level=2)
    document.add_paragraph(
        "Our four-bed video telemetry unit records people's brain activity and films them around the clock, "
        "usually for five to seven days, so that the epilepsy team can see exactly what happens during their "
        "seizures or attacks. Some patients have their medicines reduced while they are with us, so seizures can "
        "come at any hour. The healthcare assistant is the person in the observation bay, alongside the nurse in "
        "charge and the clinical physiologists."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Keep watch over the patients on the monitors and in their rooms throughout the shift",
        "Press the event button and go to the patient when a seizure starts, and support the nurse during it",
        "Help patients with washing, meals and getting to the bathroom while they are attached to the recording",
        "Carry out and chart observations, and tell the nurse in charge about any result outside the normal range",
        "Restock the bays and clean equipment between patients",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Requirement", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("GCSE English and maths at grade 4 (C) or above, or Functional Skills Level 2", DOT, ""),
        ("Level 3 Diploma in Healthcare Support or equivalent", "", DOT),
        ("Completion of the unit's seizure first aid and telemetry safety training in your first six weeks", DOT, ""),
        ("Experience",),
        ("Experience of giving personal care to adults in a hospital, care home or community setting", DOT, ""),
        ("Previous experience with EEG equipment is not required", DOT, ""),
        ("Experience of working on a neurology or epilepsy ward", "", DOT),
        ("Skills and abilities",),
        ("Able to watch patients closely for long periods and report any change straight away", DOT, ""),
        ("Able to recognise a seizure and keep the patient safe until help arrives", DOT, ""),
        ("Able to take and record pulse, blood pressure, temperature and oxygen levels accurately", DOT, ""),
        ("Confident using a computer to enter information and read emails", DOT, ""),
        ("Must write up every seizure on the unit's event sheet before handing over", DOT, ""),
        ("Other",),
        ("Able to work long days and nights on a rota, including weekends", DOT, ""),
        ("Speaks a second language used by patients in West London", "", DOT),
        ("Proof of the right to work in the UK", DOT, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; a season "
        "ticket loan; and a place on our healthcare support worker development programme. We welcome people who "
        "have their own experience of epilepsy. The post is subject to an enhanced DBS check and two references."
    )
    save(document, "v1_epilepsy_video_telemetry_healthcare_assistant.docx")


def v2_hyper_acute_rehabilitation() -> None:
    """Shape 2: the employer only in the page footer; the title as the heading; a details table with one label and
    value a row, holding the band and the closing date; a "You must ..." sentence in Job purpose; numbered
    responsibilities; rows marked E or D with the category merged down the first column (not bold) and a "How
    assessed" column, two rows marked E that are not criteria; the key, then "not needed" and benefits."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[
        0
    ].text = (
        "London North West University Healthcare NHS Trust  |  Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"
    )
    document.add_heading("Hyper-Acute Rehabilitation Unit Healthcare Assistant", level=1)
    label_value_table(
        document,
        [
            ("Unit", "Regional Hyper-Acute Rehabilitation Unit, Northwick Park Hospital"),
            ("Band", "Band 3"),
            ("Hours", "37.5 hours a week, mostly 12.5-hour shifts"),
            ("Contract", "Permanent"),
            ("Reference", "368-MED-0931"),
            ("Closing date", "Friday 9 March 2029"),
            ("Interviews", "Tuesday 20 March 2029, on the unit"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our unit takes adults in the first weeks and months after a severe brain injury, a stroke or a sudden "
        "neurological illness, many of them with tracheostomies, feeding tubes and very little movement. "
        "Healthcare assistants give much of the day-to-day care and help patients practise, every day, what the "
        "therapists are working on with them. You must turn and reposition each patient in your bay at the times "
        "set on their positioning chart, and sign the chart each time."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Give personal care, including washing, dressing, mouth care, continence care and help at mealtimes.",
        "Sit patients out in specialist chairs and help them into standing frames, with a trained colleague.",
        "Practise the stretches, sitting balance and daily tasks the therapy team sets for each patient.",
        "Use communication aids with patients who cannot speak, and tell the nurse about any change you notice.",
        "Keep the bay clean, stocked and safe, and record the care you give.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Education and training",
            "Good standard of literacy and numeracy, such as GCSE or Functional Skills",
            "E",
            "Application",
        ),
        ("Education and training", "NVQ or Diploma in Health and Social Care at Level 3", "D", "Application"),
        (
            "Education and training",
            "Moving and handling and safe swallowing training, given in your first month",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of helping adults with washing, dressing, eating and using the toilet",
            "E",
            "Application / Interview",
        ),
        (
            "Experience",
            "Experience of caring for people with a brain injury, stroke or other neurological condition",
            "D",
            "Application / Interview",
        ),
        (
            "Skills and abilities",
            "Able to move and position patients safely using hoists, slide sheets and standing aids",
            "E",
            "Interview",
        ),
        (
            "Skills and abilities",
            "Able to communicate with patients who have speech, hearing or memory difficulties",
            "E",
            "Interview",
        ),
        (
            "Skills and abilities",
            "Able to write clear and accurate entries in patient records",
            "E",
            "Application / Interview",
        ),
        (
            "Skills and abilities",
            "Able to carry on exercises and daily-living practice set by the therapists",
            "E",
            "Interview",
        ),
        (
            "Knowledge",
            "Awareness of the Mental Capacity Act and Deprivation of Liberty Safeguards",
            "D",
            "Interview",
        ),
        (
            "Other",
            "Able to work 12.5-hour day and night shifts, including weekends and bank holidays",
            "E",
            "Interview",
        ),
        (
            "Other",
            f"Right to work in the UK {DASH} sponsorship is not available for this post",
            "E",
            "Pre-employment checks",
        ),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_paragraph("E = essential, D = desirable.")
    document.add_paragraph(
        "You do not need to have worked in a hospital before: every new healthcare assistant has two weeks of "
        "supernumerary shifts with a named buddy. The post needs an enhanced DBS check. We offer 27 days' annual "
        "leave plus bank holidays, the NHS Pension, on-site staff parking and a staff physiotherapy service."
    )
    save(document, "v2_hyper_acute_rehabilitation_unit_healthcare_assistant.docx")


def v3_eeg_receptionist() -> None:
    """Shape 3: the department and hospital in the page header; the title as the heading; the employer in bold
    on its own line; the band and the closing date inside sentences of About the job; a "You must ..." duty;
    Essential and Desirable side by side per category, a "not needed" line in one Essential cell and the right to
    work in another, "N/A", a training offer alone in a Desirable cell and an empty Desirable cell."""
    document = blank_docx("Verdana")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Clinical Neurophysiology  \u00b7  Hillingdon Hospital, Uxbridge"
    document.add_heading("EEG Department Receptionist", level=1)
    document.add_paragraph().add_run("The Hillingdon Hospitals NHS Foundation Trust").bold = True
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our small clinical neurophysiology department carries out around 60 EEGs and nerve conduction studies "
        "a week for adults and children from across Hillingdon and beyond. We are looking for a receptionist to "
        "be the first voice and face our patients meet. This is a Band 2 post, 37.5 hours a week between 8am and "
        "6.30pm, on a permanent contract. Applications close on Wednesday 14 March 2029, and interviews will be "
        "held on Thursday 22 March."
    )
    document.add_paragraph(
        "You will greet patients and book them in, answer the department's phone line, send appointment letters "
        "with the right preparation leaflet, and keep the waiting list in order for the physiologists. You must "
        "check each patient's name, date of birth and address against their record before booking them in."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade 4 / C or above, or equivalent",
            "A keyboarding or text processing certificate, such as OCR Text Processing",
        ),
        (
            "Experience",
            "Experience of working on a reception desk, switchboard or help desk\n"
            f"No hospital experience needed {DASH} full training on the patient administration system is given",
            "Experience of booking appointments on a hospital or GP patient administration system",
        ),
        (
            "Skills",
            "Friendly, calm telephone manner with anxious or confused callers\n"
            "Accurate keyboard skills and confident with Microsoft Outlook and Word",
            "Able to speak Punjabi, Polish, Somali or another language used in Hillingdon",
        ),
        ("Knowledge", "Understanding of why patient information must be kept confidential", "N/A"),
        (
            "Personal qualities",
            "Able to explain how to prepare for a test clearly, for example washing hair the night before an EEG",
            "Funded Level 2 Customer Service apprenticeship after your probation period",
        ),
        (
            "Other",
            "Able to work until 6.30pm on two evenings a week on a rota\n"
            "Right to work in the UK; we cannot offer visa sponsorship",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave plus bank holidays, the NHS Pension, reduced-rate parking on site "
        "and access to our staff health and wellbeing service. Appointment is subject to references and a basic "
        "DBS check."
    )
    save(document, "v3_eeg_department_receptionist.docx")


def v4_ms_clinic() -> None:
    """Shape 4: the employer and the band only in the page header; the title as the heading; the base, then the
    closing date in bold on its own line; Role summary; duties as bullets; Essential and Desirable as two rows per
    area under "Area | Level | Requirements", the area merged down (bold), with "... is not required" and an
    enhanced DBS line as second lines of Essential cells and "N/A" in one Desirable row."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Chelsea and Westminster Hospital NHS Foundation Trust {DASH} Band 3"
    document.add_heading("Multiple Sclerosis Clinic Healthcare Assistant", level=1)
    document.add_paragraph("Neurology Outpatients and MS Day Service, Chelsea and Westminster Hospital, Fulham Road")
    document.add_paragraph().add_run("Closing date: 16 March 2029 (midnight)").bold = True
    document.add_paragraph("Permanent, 37.5 hours a week, Monday to Friday. Reference 312-NEU-4470.")
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Our MS service sees about 1,800 people with multiple sclerosis a year, in nurse-led and consultant "
        "clinics and on the day unit where people come for their infusion treatments. You will get patients "
        "ready for their appointments, carry out the checks the nurses need and help keep clinics running on time."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Welcome patients, take their observations, weight and urine samples, and record the results",
        "Help patients who use wheelchairs or walking aids on and off couches, scales and chairs",
        "Prepare infusion bays and stay with patients during their treatment, calling the nurse if needed",
        "Clean and restock clinic rooms and equipment between patients",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "NVQ Level 2 in Health and Social Care or the Care Certificate"),
        ("Qualifications", "Desirable", "Phlebotomy certificate"),
        (
            "Experience",
            "Essential",
            "Experience as a healthcare assistant or carer in a hospital, clinic or care home\n"
            "Previous MS experience is not required",
        ),
        (
            "Experience",
            "Desirable",
            "Experience of supporting people with a long-term neurological condition such as MS",
        ),
        (
            "Skills",
            "Essential",
            "Able to take and record blood pressure, pulse, weight and urine tests accurately\n"
            "Able to help patients with limited mobility to move safely, including wheelchair users",
        ),
        ("Skills", "Desirable", "Experience of preparing or monitoring patients during infusions"),
        (
            "Knowledge",
            "Essential",
            "Understanding of infection prevention, including hand hygiene and cleaning equipment between patients",
        ),
        ("Knowledge", "Desirable", "Understanding of how fatigue and bladder problems affect people with MS"),
        (
            "Other",
            "Essential",
            "Able to work Monday to Friday, 8am to 6pm, and the Tuesday evening clinic until 8pm\nEnhanced DBS check",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension, a free staff shuttle between our "
        "hospitals and a funded place on the Trust's Level 3 healthcare support programme after a year in post. "
        "You must have the right to work in the UK; this post does not attract visa sponsorship."
    )
    save(document, "v4_multiple_sclerosis_clinic_healthcare_assistant.docx")


V5_ITEMS = [
    ("title", f"Community Epilepsy Support Worker {DASH} Learning Disabilities"),
    ("bold", "Central and North West London NHS Foundation Trust"),
    ("body", "Learning Disability Epilepsy Team, working from Harrow with visits across Brent, Harrow and Hillingdon"),
    ("body", "Closing date: Wednesday 21 March 2029    Interviews: Tuesday 3 April 2029"),
    ("gap", ""),
    ("body", f"Band 4  |  {POUND}31,690 to {POUND}34,980 a year including Outer London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week, Monday to Friday  |  Ref. 333-LD-0815"),
    ("heading", "About the team"),
    (
        "body",
        "People with a learning disability are far more likely than others to have epilepsy, and far more likely "
        "to die from it. Our team of two epilepsy nurses, a consultant psychiatrist and support workers helps "
        "people, their families and the staff who support them to live safely with seizures.",
    ),
    ("heading", "What you will be doing"),
    ("body", "\u2022 Visiting people at home and at day services to check how their seizures and medicines are going"),
    ("body", "\u2022 Helping to write and review epilepsy care plans and rescue medication plans with the nurses"),
    ("body", "\u2022 Running seizure awareness sessions for carers, families and support staff"),
    (
        "body",
        "\u2022 You must send the GP and the epilepsy nurse a written summary within five working days of every "
        "home visit",
    ),
    ("body", "\u2022 Making accessible information with people, using pictures and plain words"),
    ("heading", "You will need"),
    ("body", "\u2022 A Level 3 Diploma in Health and Social Care or equivalent"),
    ("body", "\u2022 At least two years' experience supporting adults with a learning disability"),
    ("body", "\u2022 Knowledge of the main types of seizure and what to do when someone has one"),
    ("body", "\u2022 Able to train family carers and support staff in small groups"),
    (
        "body",
        "\u2022 Able to use easy read, pictures or signing to explain things to people with a learning disability",
    ),
    ("body", "\u2022 Good IT skills, including writing reports and keeping electronic records up to date"),
    ("body", "\u2022 Able to travel across Brent, Harrow and Hillingdon to people's homes and day services"),
    (
        "body",
        f"\u2022 You don't need to be trained to give rescue medication yet {DASH} we will train you and sign you "
        "off within your first two months",
    ),
    ("heading", "It would help if you have"),
    ("body", "\u2022 Training in giving buccal midazolam"),
    ("body", "\u2022 Experience of keeping seizure diaries or helping to write epilepsy care plans"),
    ("body", "\u2022 A full UK driving licence and use of a car"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK; we cannot sponsor a visa for this role. The post is subject "
        "to an enhanced DBS check with a check of the adults' barred list, and to two references.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave rising to 33 with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme, and a work laptop and mobile phone"),
    ("body", "\u2022 Mileage paid at NHS rates, or an Oyster card for visits if you do not drive"),
    ("body", "\u2022 Monthly supervision with one of the epilepsy nurses"),
]

V6_ITEMS = [
    ("title", "Functional Neurological Disorder Therapy Assistant"),
    ("bold", "Community Neuro-Rehabilitation Team, Central London Community Healthcare NHS Trust"),
    ("body", "Based at a health centre in Fulham, with home visits across Hammersmith and Fulham"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "People with functional neurological disorder (FND) can have weakness, tremor, blackouts, walking "
        "problems or attacks that look like epileptic seizures, even though their scans and tests come back "
        "normal. Our team of physiotherapists, occupational therapists and a psychologist helps them get back "
        "to the life they want. We are looking for a therapy assistant to join us at Band 4, working 37.5 "
        "hours a week, Monday to Friday, on a two-year fixed-term contract.",
    ),
    (
        "body",
        "Once a therapist has assessed someone and agreed their goals, you will visit them at home, usually two or "
        "three times a week, to practise movement, daily activities and ways of managing symptoms, and you will "
        "help run the team's eight-week group programme. You must write up every home visit on SystmOne before "
        "you finish for the day. You do not need to have worked with FND before, as the team will train you.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have at least a year's experience as a therapy assistant or rehabilitation "
        "assistant in the NHS or social care. You must be able to lead exercise and activity sessions on your own "
        "once a therapist has set the programme. It is essential that you can build people's confidence when "
        "their symptoms leave them anxious or low, using encouragement rather than pressure. Clear, accurate "
        "note-taking is essential. You must be able to travel on your own between patients' homes across the "
        "borough. It is essential that you can explain to patients and families, in plain words, that symptoms "
        "can be real and disabling even when scans are normal.",
    ),
    (
        "body",
        "A Level 3 qualification in exercise or fitness instruction would be beneficial. Experience of running "
        "groups, such as a falls prevention or exercise class, would be an advantage. Being able to speak Arabic, "
        "Polish or Somali would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as we are unable to sponsor visas for "
        "this post. The successful applicant will need an enhanced DBS check. We offer 27 days' annual leave plus "
        "bank holidays, the NHS Pension, an Oyster card for work travel and protected time for training, and we "
        "will pay for an accredited course in FND rehabilitation in your first year.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Applications close at midnight on Monday 26 March 2029. Interviews will be held at the health centre on "
        "Thursday 5 April 2029. For an informal chat, ring the team lead on 020 7946 0583 or write to "
        "neurorehab.team@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_video_telemetry()
    v2_hyper_acute_rehabilitation()
    v3_eeg_receptionist()
    v4_ms_clinic()
    (ADVERTS / "v5_community_epilepsy_support_worker_learning_disabilities.pdf").write_bytes(
        pdf_bytes(V5_ITEMS, title=(15, 58))
    )
    (ADVERTS / "v6_functional_neurological_disorder_therapy_assistant.pdf").write_bytes(
        pdf_bytes(V6_ITEMS, title=(16, 56), bullet_indent="  ")
    )


if __name__ == "__main__":
    main()
