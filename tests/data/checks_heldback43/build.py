"""Build the Word and PDF adverts of the forty-third held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback43/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (m6 to m8) are plain files and are not built here.
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
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2028, 4, 3, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 4, 3, 9, 30, 0)  # every Word file's zip entries


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def m1_msk_physiotherapy_support_worker() -> None:
    """Tick columns: the employer in bold as the first line, the title as the heading, a details table with no
    header row, duties as Word bullets (one a "You must ..." duty), then `Criteria | Essential | Desirable` with a
    check mark in one level column, category rows merged across the table, E and D rows mixed; three ticked
    Essential rows that are not criteria (a workbook the job gives, "No previous NHS experience is required", the
    right to work); benefits; the employer, department and reference in the page footer."""
    document = blank_docx("Arial")
    document.sections[0].footer.paragraphs[
        0
    ].text = f"The Hillingdon Hospitals NHS Foundation Trust {DASH} Therapies Directorate {DASH} Ref 364-THR-1187"
    first = document.add_paragraph()
    first.add_run("The Hillingdon Hospitals NHS Foundation Trust").bold = True
    document.add_heading("MSK Physiotherapy Support Worker", level=1)
    label_value_table(
        document,
        [
            ("Pay band", "Band 3"),
            ("Salary", f"{POUND}29,970 to {POUND}31,950 a year, including Outer London High Cost Area Supplement"),
            ("Service", "Musculoskeletal Outpatient Physiotherapy"),
            ("Base", "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN, and Mount Vernon Hospital, Northwood"),
            ("Hours", "37.5 hours a week, Monday to Friday"),
            ("Closing date", "10 May 2028"),
            ("Interviews", "24 May 2028"),
        ],
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our outpatient physiotherapy team sees around 600 patients a week with back, neck, shoulder and knee "
        "problems, most of them referred by their GP. As a support worker you will work alongside our "
        "physiotherapists in the gym and the clinic rooms, helping patients with the exercise programmes their "
        "physiotherapist has set and running some of our rehabilitation classes yourself once you are trained."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Supervise patients working through their exercise programmes in the outpatient gym",
        "Run the back care, knee and shoulder classes with a physiotherapist, and on your own once signed off",
        "Book follow-up appointments and record each contact on the patient administration system",
        "You must check every piece of gym equipment before the first patient of the day and sign the daily "
        "safety checklist",
        "Order stock such as resistance bands and walking aids, and keep the gym clean and tidy",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, ""),
        (
            "Level 3 qualification in sport, exercise or health, such as a BTEC or a personal training diploma",
            "",
            TICK,
        ),
        (
            "Physiotherapy support worker competency workbook, completed with your supervisor in your first six months",
            TICK,
            "",
        ),
        ("Experience",),
        ("Experience of working with people in a health, care, fitness or rehabilitation setting", TICK, ""),
        ("No previous NHS experience is required", TICK, ""),
        ("Experience of leading or helping to run exercise classes for groups", "", TICK),
        ("Skills and abilities",),
        ("Able to demonstrate exercises clearly and adapt them to each patient's ability", TICK, ""),
        ("Good spoken and written English, including keeping accurate notes", TICK, ""),
        ("Confident using a computer to book appointments and record activity", TICK, ""),
        ("Speaks a community language used in Hillingdon", "", TICK),
        ("Knowledge",),
        ("Understanding of safe manual handling", TICK, ""),
        ("Basic knowledge of common muscle and joint problems, such as back pain or knee arthritis", "", TICK),
        ("Other",),
        (
            "Able to work at both Hillingdon Hospital and Mount Vernon Hospital, including one late clinic a week "
            "until 8pm",
            TICK,
            "",
        ),
        ("Right to work in the UK (we are unable to offer sponsorship for this post)", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; a funded "
        "place on the Level 3 Certificate in Exercise and Fitness Instruction after your first year; free "
        "staff parking at Mount Vernon and a cycle-to-work scheme. Appointment is subject to two references, "
        "occupational health clearance and a standard DBS check. We welcome applications from people who have "
        "never worked in a hospital before."
    )
    _save(document, "m1_msk_physiotherapy_support_worker.docx")


def m2_dysphagia_support_worker() -> None:
    """E/D column with "How assessed": the employer on a plain first line, the title as the heading, a details
    table with two label-value pairs a row, Job purpose, numbered duties (one "You must ..."), then `Factor |
    Criteria | E/D | How assessed` with the factor merged down and E and D rows mixed; a competency-framework row
    marked E and assessed "N/A" and a right-to-work row marked E and assessed "Pre-employment checks"; the key and
    a closing paragraph."""
    document = blank_docx("Calibri")
    document.add_paragraph("Central London Community Healthcare NHS Trust")
    document.add_heading("Dysphagia Support Worker", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 4", "Hours", "37.5 a week"),
            ("Service", "Adult Speech and Language Therapy", "Contract", "Permanent"),
            ("Base", "Alexandra Avenue Health and Social Care Centre, South Harrow", "Travel", "Across Harrow"),
            ("Reference", "CLCH-SLT-4471", "Closing date", "17 May 2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our adult speech and language therapy team assesses and treats people in Harrow who have trouble "
        "swallowing, most of them older people living at home or in one of the borough's 40 care homes. The "
        "Dysphagia Support Worker carries out visits delegated by a speech and language therapist, reviews "
        "people on the caseload between therapy appointments, and helps families and care staff follow each "
        "person's eating and drinking plan."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Carry out mealtime reviews at home and in care homes, and report any change to the therapist the same day.",
        "Show families and carers how to make drinks and meals to the texture set in the person's plan.",
        "You must take the caseload diary and the visit log back to the office by 4pm each Friday, and you must "
        "never change a person's plan without a therapist's agreement.",
        "Help the therapists prepare and deliver the training sessions the team runs for care homes.",
        "Keep stocks of thickener samples, spoons, cups and leaflets in the team's cars.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    education = "Education and qualifications"
    rows = [
        (education, "NVQ Level 3 in Health and Social Care, or an equivalent level of experience", "E", "A"),
        (
            education,
            "Dysphagia competency framework (IDDSI levels and mealtime observation), completed within six months "
            "of starting",
            "E",
            "N/A",
        ),
        (education, "Care Certificate", "D", "A"),
        (
            "Experience",
            "Experience of supporting adults to eat and drink in a hospital, care home or home care setting",
            "E",
            "A / I",
        ),
        (
            "Experience",
            "Experience of working with people who have dementia, a stroke or a learning disability",
            "E",
            "A / I",
        ),
        ("Experience", "Experience of working in a speech and language therapy team", "D", "A"),
        ("Skills", "Able to prepare food and drinks to a prescribed texture and thickness", "E", "I / T"),
        ("Skills", "Able to communicate with people who have difficulty speaking or understanding", "E", "I"),
        ("Skills", "Able to write clear, accurate records of each visit", "E", "A / T"),
        ("Skills", "Able to deliver training to care home staff", "D", "I"),
        ("Knowledge", "Knowledge of the signs that a person is not swallowing safely", "E", "I"),
        (
            "Other",
            "Able to travel independently between patients' homes and care homes across Harrow",
            "E",
            "A / I",
        ),
        ("Other", "Eligible to work in the UK", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "Key: E = essential, D = desirable. A = application form, I = interview, T = practical task at interview."
    )
    document.add_paragraph(
        "You do not need to have worked in speech and language therapy before: the team will teach you the "
        "IDDSI framework and how to observe a meal. We offer 27 days' annual leave plus bank holidays, the NHS "
        "Pension, a pool car or mileage for visits, and a quiet base with parking. The post needs an enhanced "
        "DBS check, paid for by the Trust."
    )
    _save(document, "m2_dysphagia_support_worker.docx")


def m3_interventional_radiology_healthcare_assistant() -> None:
    """Essential and Desirable side by side by category: the title as the heading, the employer and service on a
    "|" line, the base, band, pay and hours on another, the closing and interview dates on one line, About the job
    with a "You must ..." duty, then `Category | Essential | Desirable` with one or two lines a cell: a "not
    essential" training line and a right-to-work line in Essential cells and "N/A" in the Other Desirable cell."""
    document = blank_docx("Arial")
    document.add_heading("Interventional Radiology Healthcare Assistant", level=1)
    document.add_paragraph(f"Imperial College Healthcare NHS Trust  |  Imaging {DASH} Interventional Radiology")
    document.add_paragraph(
        f"Hammersmith Hospital, Du Cane Road, London W12 0HS  |  Band 3  |  {POUND}30,950 to {POUND}32,890 a year "
        "including Inner London HCAS  |  37.5 hours a week"
    )
    document.add_paragraph("Closing date: 12/05/2028    Interview date: 26/05/2028")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our interventional radiology suite at Hammersmith carries out around 3,000 image-guided procedures a "
        "year, from biopsies and drain insertions to line placements and angioplasty. You will look after "
        "patients before, during and after their procedure: collecting them from the ward or the day unit, "
        "helping them onto the table, staying with them during the procedure and caring for them in the "
        "recovery bay. You must check every patient's identity, allergies and consent form with the "
        "radiographer before they go into the procedure room. You will also restock the suite and clean "
        "equipment between patients."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good standard of English and maths, e.g. GCSE grade 4 / C or above",
            "NVQ or Diploma Level 3 in Healthcare Support",
        ),
        (
            "Experience",
            "Experience of giving personal care to patients in a hospital or care setting\n"
            f"Previous imaging experience is not essential {DASH} full training will be given on the unit",
            "Experience of working in theatres, day surgery or an imaging department",
        ),
        (
            "Skills",
            "Able to take and record patient observations (blood pressure, pulse, oxygen saturation)\n"
            "Able to reassure anxious patients before and during procedures",
            "Venepuncture or cannulation training",
        ),
        (
            "Knowledge",
            "Understanding of infection prevention and control, including aseptic technique",
            "Awareness of radiation safety in an imaging department",
        ),
        (
            "Other",
            "Able to join an on-call rota for evenings and weekends once trained\n"
            f"Right to work in the UK {DASH} we are unable to offer sponsorship for this post",
            "N/A",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "Paid training in venepuncture and cannulation in your first three months, and radiation protection "
        "training on your first day in the suite. 27 days' annual leave plus bank holidays, the NHS Pension, "
        "an on-call payment, a season ticket loan and our staff wellbeing centre. All offers depend on "
        "references, occupational health clearance and an enhanced DBS check."
    )
    _save(document, "m3_interventional_radiology_healthcare_assistant.docx")


M4_ITEMS = [
    ("title", f"Occupational Therapy Support Worker {DASH} Acute Mental Health Wards"),
    ("bold", f"West London NHS Trust {DASH} Occupational Therapy, Lakeside Mental Health Unit"),
    ("body", "West Middlesex University Hospital site, Twickenham Road, Isleworth TW7 6AF"),
    ("body", "Permanent, 37.5 hours a week, including one weekend in four"),
    ("gap", ""),
    ("body", f"Band 3 (Agenda for Change)  |  {POUND}29,970 to {POUND}31,950 a year including Outer London HCAS"),
    ("body", "Closing date: Monday 22 May 2028. Interviews: Thursday 1 June 2028."),
    ("heading", "About the role"),
    (
        "body",
        "Lakeside has four acute wards for adults who are too unwell to be cared for at home. Our occupational "
        "therapists help people keep to a daily routine while they are in hospital and get ready for life after "
        "discharge. As a support worker you will run the ward activity programme with them and work one to one "
        "with patients on the goals in their care plan.",
    ),
    ("heading", "What you'll be doing"),
    ("body", "\u2022 Running the morning and afternoon groups on two wards: breakfast club, art, gardening and gym"),
    ("body", "\u2022 Taking patients to the shops, the bank or the community centre to practise everyday tasks"),
    ("body", "\u2022 Writing up each group and one-to-one session in the electronic patient record"),
    (
        "body",
        "\u2022 You must count knives, scissors and other sharp items back in after every kitchen or craft "
        "session and record the count in the ward's sharps book",
    ),
    ("body", "\u2022 Ordering materials and keeping the therapy kitchen and activity room safe and tidy"),
    ("heading", "Essential criteria"),
    ("body", "\u2022 A good standard of literacy and numeracy (GCSE grade 4 / C or equivalent)"),
    ("body", "\u2022 Experience of working with people with mental health needs, paid or voluntary"),
    ("body", "\u2022 Able to plan and run group activities such as cooking, art, gardening or exercise"),
    ("body", "\u2022 Good listening skills and a calm manner when people are distressed"),
    ("body", "\u2022 Able to record notes of sessions clearly on an electronic system"),
    ("body", "\u2022 Able to work one weekend in four and occasional evenings"),
    (
        "body",
        f"\u2022 You don't need an occupational therapy qualification {DASH} you will complete our OT support "
        "worker skills programme in your first six months",
    ),
    ("heading", "Desirable criteria"),
    (
        "body",
        "\u2022 Experience of using everyday activities, such as shopping, budgeting or cooking, to help people "
        "become more independent",
    ),
    ("body", "\u2022 Level 3 Diploma in Health and Social Care"),
    ("body", "\u2022 Able to speak a second language used in West London"),
    ("heading", "Training and support"),
    (
        "body",
        "Every new starter has two weeks of induction, including breakaway training and the Trust's food "
        "hygiene course. After probation the Trust will fund a Level 3 health and social care diploma for anyone "
        "who wants one, and support workers who want to qualify can apply for our occupational therapy "
        "apprenticeship.",
    ),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK; this post is not eligible for visa sponsorship. The post "
        "needs an enhanced DBS check and two references, one from your most recent employer or place of study.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave plus bank holidays, rising with service"),
    ("body", "\u2022 NHS Pension Scheme, NHS discounts and a free staff shuttle from Hounslow East station"),
    ("body", "\u2022 Weekend and evening enhancements under Agenda for Change"),
]

M5_ITEMS = [
    ("title", "Patient Initiated Follow-Up Administrator"),
    ("body", f"Outpatients {DASH} Patient Access, Chelsea and Westminster Hospital NHS Foundation Trust"),
    ("body", "Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Patient initiated follow-up, or PIFU, lets patients with long-term conditions such as arthritis, "
        "inflammatory bowel disease or a skin condition book a follow-up appointment when they need one, "
        "instead of coming back at fixed times. Our PIFU team of four looks after about 9,000 patients across "
        "twelve specialties. We are looking for an administrator to join us at Band 3, working 37.5 hours a "
        "week, Monday to Friday. The closing date is Friday 26 May 2028, and interviews will be held on "
        "Tuesday 6 June.",
    ),
    (
        "body",
        "You will answer the PIFU phone line and inbox, book appointments within the time the clinical team has "
        "set, send letters explaining how PIFU works and move patients back to routine follow-up when their "
        "time on PIFU ends. You must book every patient who asks for an appointment within the number of days "
        "set by their consultant, and tell the specialty's service manager the same day if you cannot. You do "
        "not need to know anything about medical conditions before you start.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in an office or customer service role where you dealt with the "
        "public by phone. Good keyboard skills are essential, because you will update patient records while "
        "the caller is on the line. You must be able to use Microsoft Outlook, Word and Excel. It is essential "
        "that you can explain a process simply to patients who may be worried or confused. Accuracy and "
        "attention to detail are essential. You must be able to work to deadlines without close supervision.",
    ),
    (
        "body",
        "Experience of using a hospital patient administration system such as Cerner would be beneficial. An "
        "understanding of NHS waiting time rules, such as the 18-week referral to treatment standard, would be "
        "an advantage. A qualification in customer service or business administration is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need a basic DBS check. You will be trained on Cerner "
        "and on the Trust's access policy during a three-week induction, and after probation we will support "
        "you through a Level 3 apprenticeship in business administration if you would like one. You will "
        "benefit from 27 days' annual leave plus bank holidays, the NHS Pension, a hybrid pattern of one day a "
        "week at home after six months and a season ticket loan. Please apply even if you do not meet every "
        "point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    m1_msk_physiotherapy_support_worker()
    m2_dysphagia_support_worker()
    m3_interventional_radiology_healthcare_assistant()
    (ADVERTS / "m4_occupational_therapy_support_worker.pdf").write_bytes(pdf_bytes(M4_ITEMS, title=(13, 70)))
    (ADVERTS / "m5_patient_initiated_follow_up_administrator.pdf").write_bytes(pdf_bytes(M5_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
