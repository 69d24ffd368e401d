"""Build the Word and PDF adverts of the hundred-and-fourteenth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback114/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and
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

TICK = "\u2713"  # a plain check mark in the level column that applies; the other cell is left empty
DASH = "\u2013"
MIDDOT = "\u00b7"
POUND = "\u00a3"
WRITTEN = dt.datetime(2029, 2, 12, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 12, 10, 30, 0)


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=WRITTEN, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_clinical_coding_validation_assistant() -> None:
    """Employer and department only in the page header; title as the heading; band in a "|" line; closing date
    and interview date only in the page footer. Tick columns with category rows merged across the table, and four
    ticked-Essential rows that are not criteria (a workbook the job gives, "No previous clinical coding experience
    is required", a "Must ..." duty and a DBS row)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[
        0
    ].text = f"Chelsea and Westminster Hospital NHS Foundation Trust {MIDDOT} Clinical Coding and Information Services"
    section.footer.paragraphs[0].text = (
        f"Job reference 291-CC-0877 {MIDDOT} Closing date: Thursday 8 March 2029 {MIDDOT} "
        "Interviews: Tuesday 20 March 2029"
    )
    document.add_heading("Clinical Coding Validation Assistant", level=1)
    document.add_paragraph(
        f"Band 3  |  {POUND}28,640 to {POUND}30,370 a year plus Outer London High Cost Area Supplement  |  "
        "37.5 hours a week  |  Permanent"
    )
    document.add_paragraph(
        "Based at West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF, with one day a week at "
        "Chelsea and Westminster Hospital, 369 Fulham Road, SW10 9NH."
    )
    document.add_heading("About the team", level=2)
    document.add_paragraph(
        "Our twenty-two coders turn every inpatient and day case stay into the national classifications, ICD-10 "
        "and OPCS-4, within a few days of the patient going home. Before the coded data leaves the Trust, the "
        "validation team checks it against the case notes and the discharge summary, finds the gaps and the "
        "mismatches, and sends queries back to the coders and the clinical teams. You will join that team of "
        "three."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Run the daily and weekly validation reports and work through the exceptions they list",
        "Check that the patient's ward, consultant and dates on the coded record match the hospital record",
        "Pull case notes from the library, or open the electronic record, so that coders can answer queries",
        "Keep the validation log up to date and chase outstanding queries before the monthly freeze date",
        "Help with the annual Data Security and Protection Toolkit coding audit",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, ""),
        ("Completion of the national Clinical Coding Standards Course", "", TICK),
        ("Completion of the Trust's coding validation workbook within your first three months", TICK, ""),
        ("Experience",),
        ("Experience of checking data for accuracy and correcting errors", TICK, ""),
        ("No previous clinical coding experience is required", TICK, ""),
        ("Experience of working with patient case notes or in a hospital records department", "", TICK),
        ("Skills and abilities",),
        ("Accurate keyboard skills", TICK, ""),
        ("Able to concentrate on detailed work for long periods", TICK, ""),
        ("Working knowledge of Microsoft Excel, including filters and sorting", TICK, ""),
        ("Must complete the daily uncoded episodes check before 10am", TICK, ""),
        ("Knowledge",),
        ("Knowledge of medical terminology and anatomy", "", TICK),
        ("Understanding of patient confidentiality and the Caldicott principles", TICK, ""),
        ("Other",),
        ("Satisfactory basic DBS check", TICK, ""),
        ("Able to travel between the West Middlesex and Chelsea and Westminster sites", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; a free "
        "shuttle bus between our two hospitals; and, after a year in post, a funded place on the national "
        "clinical coding qualification for anyone who wants to become a coder. You must be able to show that you "
        "have the right to work in the UK; we are unable to offer visa sponsorship for this post."
    )
    _save(document, "v1_clinical_coding_validation_assistant.docx")


def v2_switchboard_shift_supervisor() -> None:
    """Title as the heading with the closing and interview dates in bold straight under it; the band only inside
    a sentence of the job purpose; the employer only in the page footer. Rows marked E or D under "Area |
    Requirement | E/D | How assessed" with the area merged down, and three rows marked E that are not criteria
    (training given at induction, a "Must ..." duty and the right to work); the key after the table."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[0].text = (
        f"Imperial College Healthcare NHS Trust {DASH} Telecommunications {DASH} St Mary's Hospital, Praed Street, "
        "London W2 1NY"
    )
    document.add_heading("Switchboard Shift Supervisor", level=1)
    paragraph = document.add_paragraph()
    paragraph.add_run(
        "Closing date: Friday 16 March 2029 (23:59)      Interviews and call exercise: Tuesday 27 March 2029"
    ).bold = True
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our switchboard answers around 6,000 calls a day for Charing Cross, Hammersmith, Queen Charlotte's and "
        "Chelsea, St Mary's and the Western Eye hospitals, and it is the Trust's first line for cardiac arrest, "
        "trauma, fire and major incident calls, 24 hours a day. This is an Agenda for Change Band 3 post: as a "
        "Shift Supervisor you will lead a team of up to nine operators on your shift, make sure every emergency "
        "call is put out in seconds, and keep the switchboard directory and on-call rotas accurate."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Allocate operators to the consoles, the bleep desk and the emergency line at the start of each shift",
        "Take over difficult or distressing calls and calls from the Trust's senior managers on call",
        "Check the daily on-call rotas received from the wards and departments and chase any that are missing",
        "Log faults with the telephony supplier and test the emergency call lines each week",
        "Cover the consoles yourself at busy times and during breaks",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Requirement", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "GCSE English at grade 4 (C) or above, or equivalent", "E", "A"),
        (
            "Qualifications",
            "Fire safety and major incident cascade training, completed during induction",
            "E",
            "N/A",
        ),
        ("Qualifications", "ILM Level 2 Award in Leadership and Team Skills, or similar", "D", "A"),
        (
            "Experience",
            "Experience of working on a busy switchboard or in a telephone contact centre",
            "E",
            "A / I",
        ),
        ("Experience", "Experience of supervising a team or leading a shift", "E", "A / I"),
        ("Experience", "Experience of drawing up staff rotas", "D", "A / I"),
        ("Skills", "Clear speaking voice and calm telephone manner", "E", "I / T"),
        ("Skills", "Able to follow emergency call procedures accurately under pressure", "E", "T"),
        ("Skills", "Must test the crash call line at the start of every shift", "E", "N/A"),
        ("Skills", "Experience of using a switchboard console such as Mitel or Avaya", "D", "A"),
        (
            "Knowledge",
            "Understanding of confidentiality when giving out information by telephone",
            "E",
            "I",
        ),
        (
            "Other",
            "Able to work a rotating shift pattern including nights, weekends and bank holidays",
            "E",
            "I",
        ),
        ("Other", f"Right to work in the UK {DASH} this post cannot be sponsored", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "How assessed: A = application form, I = interview, T = live call exercise on the training console."
    )
    document.add_paragraph(
        "The shift pattern is four on, four off, days and nights, with an unsocial hours payment. We offer 27 "
        "days' annual leave plus bank holidays, the NHS Pension, an interest-free season ticket loan and staff "
        "rest rooms on site. Appointment is subject to references and a basic DBS check. For an informal chat, "
        "ring the Switchboard Manager on 020 7946 0318."
    )
    _save(document, "v2_switchboard_shift_supervisor.docx")


def v3_health_records_evening_clerk() -> None:
    """Title, band, employer and closing date all in a details table with two label-value pairs a row; a "You
    must ..." duty in a paragraph; Essential and Desirable side by side per category, with a "no hospital
    experience needed" line and a DBS line in Essential cells, training the job gives and a benefit in Desirable
    cells, and "N/A" in one."""
    document = blank_docx("Calibri")
    document.add_heading("Job advert and person specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Health Records Evening Clerk", "Band", "Band 2"),
            (
                "Employer",
                "London North West University Healthcare NHS Trust",
                "Department",
                "Health Records Library, Northwick Park Hospital, Watford Road, Harrow HA1 3UJ",
            ),
            (
                "Hours",
                "30 hours a week: 4pm to 10pm, Monday to Friday, and one Saturday in four",
                "Contract",
                "Permanent",
            ),
            (
                "Salary",
                f"{POUND}25,980 to {POUND}26,870 pro rata, plus High Cost Area Supplement and unsocial hours pay",
                "Reference",
                "290-HR-5512",
            ),
            ("Closing date", "12 March 2029", "Interviews", "Thursday 22 March 2029"),
        ],
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Every evening our team gets the next day's outpatient clinics ready: more than 1,400 sets of case notes "
        "are pulled from the shelves, checked, tracked out and delivered to clinics across the hospital before "
        "the morning. You will also file returned notes, prepare new volumes when a folder is full, and answer "
        "urgent requests for notes from the Emergency Department and the wards. You must track every set of notes "
        "on the computer the moment it leaves or comes back to the library, so that nobody ever has to search for "
        "a missing record."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good standard of literacy and numeracy",
            "NVQ Level 2 in Business Administration or equivalent",
        ),
        (
            "Experience",
            "Experience of working in a filing, stores or administrative role\n"
            f"No hospital experience is needed {DASH} we will train you",
            "Experience of working in a hospital health records library",
        ),
        (
            "Skills",
            "Able to sort and file accurately in number order\nAble to use a computer to search for and update records",
            "Experience of a patient administration system such as Cerner Millennium",
        ),
        (
            "Knowledge",
            "Understanding of why patient records must be kept confidential",
            "Information governance e-learning will be completed in your first week",
        ),
        ("Physical", "Able to lift boxes of case notes and push loaded trolleys", "N/A"),
        (
            "Other",
            "Able to work evenings, 4pm to 10pm Monday to Friday, and one Saturday in four\n"
            "Satisfactory references and a basic DBS check",
            "Free evening parking on site",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave plus bank holidays, pro rata, the NHS Pension, a Blue Light Card and "
        "our staff wellbeing service. Applicants must have the right to work in the UK; this post is not eligible "
        "for sponsorship. We welcome people returning to work and students looking for evening hours."
    )
    _save(document, "v3_health_records_evening_clerk.docx")


def v4_electronic_patient_record_floorwalker() -> None:
    """Employer in bold on the first line; title as the heading; band, contract and closing date together on one
    "At a glance" line; duties as bullets; "Area | Level | Requirements" with an Essential row and a Desirable row
    per area and the area merged down, with a "No previous NHS experience" line and a "Must log ..." duty as
    second lines of Essential cells and a benefit alone in the last Desirable cell."""
    document = blank_docx("Arial")
    document.add_paragraph().add_run("Central and North West London NHS Foundation Trust").bold = True
    document.add_paragraph(f"Digital Services {DASH} Electronic Patient Record Programme")
    document.add_heading("Electronic Patient Record Floorwalker", level=1)
    document.add_paragraph(
        f"At a glance: Band 3 {MIDDOT} fixed term for 12 months {MIDDOT} 37.5 hours a week {MIDDOT} based at "
        f"Trust Headquarters, 350 Euston Road, NW1 3AX, and on our sites {MIDDOT} Closing date: Monday 26 March "
        "2029"
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Over the next year our community and mental health teams in Brent, Harrow and Hillingdon will move to a "
        "new electronic patient record. Floorwalkers are the friendly faces on the ward and in the clinic during "
        "each go-live: you will be there in a bright lanyard when nurses, doctors, therapists and admin staff first "
        "log in, helping them find their way around the new screens, fixing what you can on the spot and passing "
        "everything else to the right team."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Be on the floor from the first shift of each go-live, on wards, in clinics and in community team bases",
        "Show staff how to find a patient, write a note, book an appointment and complete the forms they use",
        "Help with smartcard and log-in problems and pass access requests to the Registration Authority team",
        "Run short drop-in sessions before each go-live and help staff practise in the training system",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Education", "Essential", "Good standard of education, including English"),
        ("Education", "Desirable", "ECDL, ICDL or another IT qualification"),
        (
            "Experience",
            "Essential",
            "Experience of helping people to use computer systems or new technology\n"
            "No previous NHS experience is required",
        ),
        ("Experience", "Desirable", "Experience of working in a clinical setting such as a ward or clinic"),
        (
            "Skills",
            "Essential",
            "Able to explain technical steps simply to busy clinical staff\n"
            "Must log every issue raised on the floor in the go-live tracker before the end of each shift",
        ),
        (
            "Skills",
            "Desirable",
            "Experience of using an electronic patient record such as Rio, SystmOne or Epic",
        ),
        ("Knowledge", "Essential", "Understanding of the importance of accurate clinical records"),
        ("Knowledge", "Desirable", "Awareness of how NHS smartcards control access to records"),
        (
            "Other",
            "Essential",
            "Able to work flexible shifts during go-live, including early mornings, late evenings and weekends\n"
            "Able to travel to sites across Brent, Harrow and Hillingdon",
        ),
        ("Other", "Desirable", "Travel between sites is paid for by the Trust"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "Full training on the new record is given before the first go-live. We offer 27 days' annual leave plus "
        "bank holidays, pro rata, the NHS Pension, time off in lieu for weekend go-lives and a laptop and phone. "
        "Offers are subject to references, a basic DBS check and proof of your right to work in the UK; we cannot "
        "sponsor a visa for this post."
    )
    _save(document, "v4_electronic_patient_record_floorwalker.docx")


V5_ITEMS = [
    ("title", "Digital Inclusion Support Officer"),
    ("bold", f"NHS North West London Integrated Care Board {DASH} Digital Transformation Team"),
    ("body", f"Band 4  |  {POUND}32,150 to {POUND}34,980 a year, including Inner London High Cost Area Supplement"),
    ("body", "Fixed term to 31 March 2030  |  37.5 hours a week  |  Some Saturday mornings"),
    ("bold", "Closing date: Wednesday 21 March 2029    Interviews: Thursday 5 April 2029"),
    (
        "body",
        "Based at 15 Marylebone Road, London NW1 5JD, with community sessions across Brent, Ealing and Hounslow",
    ),
    ("heading", "About the role"),
    (
        "body",
        "More and more of the NHS is online: booking and cancelling appointments, ordering repeat prescriptions, "
        "seeing test results and asking the GP practice for help. Tens of thousands of people in North West London "
        "are left out because they have no device, no data, or no one to show them how. Our small team works with "
        "libraries, community centres, faith groups and GP practices to change that.",
    ),
    ("heading", "What you'll do"),
    ("body", "\u2022 Run drop-in help sessions and short courses in libraries, community centres and GP practices"),
    ("body", "\u2022 Help people set up NHS login, the NHS App and their practice's online services, one to one"),
    ("body", "\u2022 Lend out tablets and data SIM cards through our device loan scheme"),
    (
        "body",
        "\u2022 You must record every session, and every person you help, on the team's monitoring form by 5pm each "
        "Friday, so that our funders can see where the programme is working",
    ),
    ("body", "\u2022 Train volunteers and practice staff to become digital helpers themselves"),
    ("heading", "What we're looking for"),
    ("bold", "You will need"),
    ("body", "\u2022 Experience of helping members of the public to use websites, apps or smartphones"),
    ("body", "\u2022 Experience of working with community groups, charities or voluntary organisations"),
    ("body", "\u2022 Able to run small group sessions for people with little confidence using technology"),
    ("body", "\u2022 Good working knowledge of the NHS App and other online health services"),
    ("body", "\u2022 Able to keep accurate records of sessions and produce simple monthly reports"),
    (
        "body",
        "\u2022 Able to travel across North West London to libraries, community centres and GP practices",
    ),
    (
        "body",
        f"\u2022 You don't need a technical background {DASH} we'll train you on the NHS App, NHS login and the "
        "online services our practices use",
    ),
    ("bold", "It would help if you also have"),
    (
        "body",
        "\u2022 Speaks a community language used in North West London, such as Somali, Arabic, Gujarati, Polish or "
        "Tamil",
    ),
    ("body", "\u2022 Digital Champion training or a similar qualification"),
    ("body", "\u2022 Experience of working in general practice or another NHS setting"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; this post is not eligible for visa sponsorship. The successful "
        "candidate will need a basic DBS check and two references.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave plus bank holidays, and the NHS Pension Scheme"),
    ("body", "\u2022 Hybrid working, with a laptop, a work phone and an Oyster card for community sessions"),
    ("body", "\u2022 Time off in lieu for Saturday sessions"),
]


V6_ITEMS = [
    ("title", "Apprentice Clinical Coder"),
    ("bold", "Clinical Coding Department, The Hillingdon Hospitals NHS Foundation Trust"),
    ("body", "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"),
    ("bold", "Closing date: Sunday 25 March 2029"),
    ("gap", ""),
    ("heading", "About the apprenticeship"),
    (
        "body",
        "Clinical coders read the records of every patient who stays in our hospitals and turn what happened to "
        "them into the national codes that the NHS uses to plan services, to pay hospitals and to study disease. "
        "This is a two-year apprenticeship in which you will learn the job alongside our experienced coders while "
        "you study for a recognised qualification. You will be paid at Band 2 while you train, moving to Band 3 "
        "when you pass your end-point assessment, and you will work 37.5 hours a week, Monday to Friday.",
    ),
    (
        "body",
        "At first you will code simple day cases under supervision, then move on to longer and more complex stays. "
        "You must never assign a code from a discharge letter alone: every stay has to be checked against the full "
        "case notes or the electronic record. You do not need any coding or medical knowledge before you start.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have GCSE English and maths at grade 4 (C) or above. You must be able to type "
        "accurately and use a computer with confidence. You must be willing to study for a Level 3 clinical coding "
        "apprenticeship, including a day at college each week. A genuine interest in medicine and the human body is "
        "essential. It is essential that you can work quietly on your own for long stretches while meeting daily "
        "targets. Good written English is essential, because coders query unclear notes with doctors in writing.",
    ),
    (
        "body",
        "Experience of working with medical records or in a hospital would be beneficial. Knowledge of Microsoft "
        "Excel would be an advantage. A first aid, biology or health and social care qualification would be an "
        "advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK and meet the apprenticeship funding "
        "rules; this post cannot be sponsored. The successful applicant will need a basic DBS check. Regular "
        "coding audit is an essential part of our work, and you will take part in it from your first year. You "
        "will benefit from 27 days' annual leave plus bank holidays, the NHS Pension, a subsidised staff "
        "restaurant and all your course fees paid.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply online through our careers site, quoting reference 335-CODE-APP. Interviews will be held on "
        "Wednesday 4 April 2029. For an informal chat, ring the Clinical Coding Manager on 020 7946 0744 or email "
        "coding.apprenticeships@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_clinical_coding_validation_assistant()
    v2_switchboard_shift_supervisor()
    v3_health_records_evening_clerk()
    v4_electronic_patient_record_floorwalker()
    (ADVERTS / "v5_digital_inclusion_support_officer.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_apprentice_clinical_coder.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
