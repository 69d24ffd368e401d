"""Build the Word and PDF adverts of the ninetieth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback90/build.py`. The generated files are
committed, so nothing needs this script to score them; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`. Every Word file is saved with fixed core-property dates and fixed zip
time stamps, so a rebuild is byte for byte the same. The pasted-text adverts (h7 and h8) are plain files and are not
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
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2029, 2, 12, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 12, 10, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def h1_point_of_care_testing_assistant() -> None:
    """The employer only in the page header; the title as the heading and the band in a "|" line under it; the
    closing date in a bold line before About the team; duties as Word bullets; then a check-mark column for each level
    with category rows merged across the table, and four ticked-Essential rows that are not criteria (training the job
    gives, "No laboratory experience is necessary", a "Must complete ..." duty and an enhanced DBS line)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[
        0
    ].text = f"The Hillingdon Hospitals NHS Foundation Trust {DASH} North West London Pathology"
    document.add_heading("Point of Care Testing Assistant", level=1)
    document.add_paragraph(
        f"Blood Sciences {DASH} Point of Care Testing team  |  Band 3  |  {POUND}29,970 to {POUND}31,760 a year "
        "including Outer London High Cost Area Supplement  |  37.5 hours, Monday to Friday"
    )
    closing = document.add_paragraph()
    closing.add_run(
        "Applications must reach us by 23:59 on Thursday 1 March 2029. Interviews: Tuesday 13 March 2029."
    ).bold = True
    document.add_heading("About the team", level=2)
    document.add_paragraph(
        "Outside the laboratory, hundreds of blood tests a day are done at the bedside: glucose meters on every ward, "
        "blood gas analysers in the Emergency Department, theatres and critical care, and urine and pregnancy tests "
        "in clinics. The Point of Care Testing team of three makes sure every one of those devices gives a result "
        "that can be trusted, at Hillingdon Hospital in Uxbridge and at Mount Vernon Hospital in Northwood."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Visit every analyser and meter on a weekly round, running and recording quality control checks and taking "
        "faulty devices out of use",
        "Register ward staff as device users, run their training and remove users whose competency has lapsed",
        "Order and rotate stock of test strips, cartridges and control solutions so that nothing runs out or "
        "goes out of date",
        "Look into results flagged by the laboratory as not matching a bedside reading, and report what you find",
        "Help the Point of Care Testing Lead prepare for audits and accreditation visits",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("GCSE (or equivalent) in English and maths at grade 4 / C or above", TICK, ""),
        ("Level 3 qualification in a science subject, e.g. A-level Biology or BTEC Applied Science", "", TICK),
        ("Completion of the Trust's device operator and trainer courses within three months of starting", TICK, ""),
        ("Experience",),
        ("Experience of working alongside clinical staff on wards or in clinics", TICK, ""),
        ("No laboratory experience is necessary", TICK, ""),
        ("Experience of using blood glucose or blood gas analysers", "", TICK),
        ("Skills and abilities",),
        ("Able to deliver short practical training sessions to nurses and healthcare assistants", TICK, ""),
        ("Careful record keeping, including logging quality control results", TICK, ""),
        ("Confident using spreadsheets and email", TICK, ""),
        (
            "Must complete the weekly analyser round and replace any out-of-date strips or cartridges on the same day",
            TICK,
            "",
        ),
        ("Knowledge",),
        ("Understanding of why quality control matters for patient results", TICK, ""),
        ("Knowledge of infection prevention when handling blood samples", "", TICK),
        ("Other",),
        ("Enhanced DBS clearance", TICK, ""),
        ("Able to move between Hillingdon and Mount Vernon hospitals during the working day", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; a free staff "
        "shuttle bus between Hillingdon and Mount Vernon; and support to study towards a healthcare science "
        "qualification. Appointment is subject to two references, occupational health clearance and proof of your "
        "right to work in the UK."
    )
    save(document, "h1_point_of_care_testing_assistant.docx")


def h2_radiation_protection_support_officer() -> None:
    """The title and band together in the heading; the employer, a job reference and the closing date only in the
    page footer; numbered duties; then "Category | Requirement | E/D | How assessed" with the category merged down the
    first column (plain, not bold), three rows marked E that are not criteria (an induction the job gives, a "Must
    issue ..." duty and the right to work), the key and a "you do not need to have worked in a hospital" line after
    the table."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[
        0
    ].text = "Imperial College Healthcare NHS Trust  |  Job reference 290-MPH-2281  |  Closing date 05/03/2029"
    document.add_heading("Radiation Protection Support Officer (Band 4)", level=1)
    document.add_paragraph(
        f"Medical Physics {DASH} Radiation Safety Service, based at Charing Cross Hospital and working across "
        "St Mary's and Hammersmith hospitals. Full time, 37.5 hours a week; permanent."
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our X-ray rooms, CT scanners, fluoroscopy theatres, nuclear medicine department and radiotherapy unit all "
        "depend on a small team of physicists to keep patients and staff safe from radiation. This post takes the "
        "day-to-day organisation off their hands, so that every piece of equipment is tested on time, every worker "
        "who needs a dose badge has one, and every result is filed where an inspector can find it. Nobody in the "
        "team may enter a controlled area without first reading and signing its local rules."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Keep the register of every X-ray set, fluoroscopy unit, sealed source and lead apron across the three sites "
        "up to date, and book each item in for its routine test.",
        "Issue, collect and post back personal dose badges, and chase anyone whose badge has not come back.",
        "Run the yearly X-ray check of lead aprons and record which pass and which are withdrawn.",
        "Prepare routine test reports and letters for the physicists to check and sign.",
        "Arrange and take the minutes of the Radiation Protection Committee and its site groups.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Requirement", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "A-levels or equivalent, including a science or maths subject", "E", "AF"),
        ("Qualifications", "Degree in physics, engineering or another physical science", "D", "AF"),
        ("Qualifications", "Radiation safety induction, completed in your first month", "E", "\u2014"),
        ("Experience", "Experience of keeping an equipment inventory or asset register", "E", "AF / IV"),
        ("Experience", "Experience in a hospital imaging or laboratory department", "D", "AF / IV"),
        ("Skills and abilities", "Good IT skills, including building tables and charts in Excel", "E", "AF / T"),
        ("Skills and abilities", "Able to write clear, accurate reports and letters", "E", "T"),
        (
            "Skills and abilities",
            "Able to talk confidently with consultants, radiographers and managers",
            "E",
            "IV",
        ),
        (
            "Skills and abilities",
            "Must issue and collect personal dosemeters on the monthly changeover dates",
            "E",
            "\u2014",
        ),
        (
            "Knowledge",
            "Basic understanding of ionising radiation and why doses must be kept low",
            "E",
            "IV",
        ),
        (
            "Knowledge",
            "Knowledge of the Ionising Radiation (Medical Exposure) Regulations (IR(ME)R)",
            "D",
            "IV",
        ),
        ("Other", "Able to travel between St Mary's, Hammersmith and Charing Cross hospitals", "E", "IV"),
        ("Other", "Right to work in the UK (visa sponsorship is not available for this post)", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_paragraph("AF = application form; IV = interview; T = written exercise on the interview day.")
    document.add_paragraph(
        "You do not need to have worked in a hospital before: the physicists will teach you what you need to know "
        "about the equipment and the law. We offer 27 days' annual leave plus bank holidays, the NHS Pension, "
        "flexible start and finish times and a season ticket loan. Interviews will be held at Charing Cross Hospital "
        "on Thursday 15 March 2029."
    )
    save(document, "h2_radiation_protection_support_officer.docx")


def h3_blood_sciences_sample_reception_assistant() -> None:
    """The employer only in the page footer, with the laboratory's address; the title as the heading; the band and
    the closing date in a details table with two label-value pairs a row; a "You must label ..." duty inside About
    the job; then Essential and Desirable side by side per category, with a "not needed" line in an Essential cell,
    "N/A" in one Desirable cell and an apprenticeship offer alone in another; Working for us."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[0].text = (
        f"Chelsea and Westminster Hospital NHS Foundation Trust {DASH} Pathology, West Middlesex University "
        "Hospital, Twickenham Road, Isleworth TW7 6AF"
    )
    document.add_heading("Blood Sciences Sample Reception Assistant", level=1)
    label_value_table(
        document,
        [
            ("Pay band", "Band 2", "Hours", "37.5 a week on a rota, including weekends"),
            ("Salary", f"{POUND}26,980 to {POUND}27,870 a year including HCAS", "Contract", "Permanent"),
            ("Closing date", "9 March 2029", "Interviews", "19 and 20 March 2029"),
            ("Base", "Blood Sciences laboratory, West Middlesex", "Reference", "C9-BS-0417"),
        ],
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Every day our reception bench books in around 3,000 blood and urine samples from wards, the Emergency "
        "Department, GP surgeries and community clinics. You will unpack and sort samples, check each request against "
        "the tube, book it on to the laboratory computer, spin samples in the centrifuge where needed and get urgent "
        "work to the analysers within minutes. You must label each rack with its run number before it leaves the "
        "bench."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good general education, including GCSE maths and English or equivalent",
            "Level 2 qualification in a science subject",
        ),
        (
            "Experience",
            "Experience of accurate data entry in any setting\n"
            f"Laboratory experience is not needed {DASH} we train you at the reception bench",
            "Previous work in a laboratory, pharmacy or GP surgery",
        ),
        (
            "Skills and abilities",
            "Able to spot and query request forms that are incomplete or do not match the sample\n"
            "Able to stay accurate when specimens arrive in large batches",
            "Experience of using a laboratory information system such as WinPath",
        ),
        ("Knowledge", "Awareness of the need to handle blood and urine samples safely", "N/A"),
        (
            "Other",
            "Able to work a rota of early, late and weekend shifts",
            "An apprenticeship route to Healthcare Science Assistant (Level 2) is open after probation",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "Enhancements are paid for weekend and late shifts on top of your salary. You will also get 27 days' "
        "annual leave plus bank holidays, the NHS Pension and free parking at West Middlesex. You will need the right "
        "to work in the UK (we cannot offer visa sponsorship), two references and a standard DBS check."
    )
    save(document, "h3_blood_sciences_sample_reception_assistant.docx")


def h4_plain_film_x_ray_assistant() -> None:
    """The title and band only in the page header; the employer in bold on the first line, then the directorate and
    the diagnostic centre's address; bulleted duties; then "Area | Level | Requirements" with an Essential and a
    Desirable row per area, the area merged down over both (bold), with three lines in Essential cells that are not
    criteria (a "not required" line, a "Must ask ..." duty and a DBS and references line) and "N/A"; the closing date
    only in the last paragraph."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Plain Film X-ray Assistant {DASH} Band 2"
    first = document.add_paragraph()
    first.add_run("London North West University Healthcare NHS Trust").bold = True
    document.add_paragraph(
        f"Imaging Directorate {DASH} Community Diagnostic Centre, Central Middlesex Hospital, Acton Lane, "
        "London NW10 7NS"
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Our community diagnostic centre sees around 250 people a day for X-rays, scans and tests, most of them sent "
        "by their GP. As part of the plain film X-ray team you will be the person patients meet first and last: "
        "calling them from the waiting area, helping them change, keeping the rooms stocked and clean, and making sure "
        "the radiographers can keep the lists moving."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Greet and book in patients at the X-ray reception and check their details",
        "Show patients to the changing cubicles and help those who need it to undress and dress",
        "Clean rooms and equipment between patients and restock gowns, linen and lead protection",
        "Help radiographers move patients from wheelchairs on to the X-ray table",
        "Take phone calls from patients and GP surgeries and pass on messages",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Education", "Essential", "Good standard of literacy and numeracy"),
        ("Education", "Desirable", "Care Certificate"),
        (
            "Experience",
            "Essential",
            "Experience of working with the public in a caring or customer service role\n"
            "Previous hospital experience is not required",
        ),
        ("Experience", "Desirable", "Experience of working in an X-ray, CT or MRI department"),
        (
            "Skills",
            "Essential",
            "Able to reassure patients who are anxious or in pain\n"
            "Able to use a computer to book patients in and update their records\n"
            "Must ask every patient aged 12 to 55 the pregnancy questions and record the answer before they go into "
            "the X-ray room",
        ),
        ("Skills", "Desirable", "Speaks a second language used locally, such as Gujarati, Somali or Polish"),
        ("Knowledge", "Essential", "Understanding of how to protect patients' privacy and dignity"),
        ("Knowledge", "Desirable", "Basic understanding of radiation safety in an X-ray room"),
        (
            "Other",
            "Essential",
            "Able to work evenings until 8pm and one Saturday in four\n"
            "Enhanced DBS check and two satisfactory references",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension, unsocial hours payments for evenings and "
        "Saturdays, and a free Care Certificate programme for new starters who do not already hold one. You must have "
        "the right to work in the UK; we are unable to sponsor visas for this post. The closing date is Monday 12 "
        "March 2029, and interviews will be held at Central Middlesex Hospital in the week beginning 26 March."
    )
    save(document, "h4_plain_film_x_ray_assistant.docx")


H5_ITEMS = [
    ("title", "Medical Devices Technical Assistant"),
    ("bold", "Imperial College Healthcare NHS Trust"),
    (
        "body",
        f"Clinical Engineering {DASH} St Mary's Hospital, Praed Street, London W2 1NY, with regular work at Charing "
        "Cross and Hammersmith hospitals",
    ),
    ("gap", ""),
    ("body", "Closing date: Wednesday 14 March 2029  |  Interviews: Monday 26 March 2029"),
    ("body", f"Band 3  |  {POUND}31,050 to {POUND}33,120 a year including Inner London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours  |  Monday to Friday, 8am to 4pm"),
    ("heading", "The role"),
    (
        "body",
        "Clinical Engineering looks after more than 40,000 medical devices, from infusion pumps and patient monitors "
        "to beds, suction units and blood pressure machines. You will join the workshop team at St Mary's, carrying "
        "out planned maintenance and first-line repairs, and making sure that every device on a ward is safe, tested "
        "and recorded.",
    ),
    ("heading", "Day to day"),
    ("body", "\u2022 Carry out scheduled safety checks and servicing on infusion pumps, monitors and other devices"),
    ("body", "\u2022 Receive new equipment, check it against the order and carry out acceptance tests"),
    (
        "body",
        "\u2022 You must decontaminate and tag every device returned from a ward before it is brought into the "
        "workshop",
    ),
    ("body", "\u2022 Deliver and collect loan equipment, and keep each device's record up to date"),
    ("body", "\u2022 Pass faults you cannot fix to the senior technologists, with a clear note of what you found"),
    ("heading", "What we are looking for"),
    ("bold", "You will need"),
    (
        "body",
        "\u2022 A BTEC, NVQ or City & Guilds Level 2 in electrical or electronic engineering, or equivalent",
    ),
    ("body", "\u2022 Practical experience of testing, repairing or maintaining electrical equipment"),
    ("body", "\u2022 Able to follow written procedures and record each job accurately on a database"),
    (
        "body",
        "\u2022 Able to explain to ward staff, clearly and politely, why a device has been taken out of use",
    ),
    ("body", "\u2022 Able to plan your own day around a list of planned maintenance jobs"),
    ("body", "\u2022 Comfortable using hand tools and a multimeter"),
    (
        "body",
        f"\u2022 You don't need to have worked on medical equipment before {DASH} manufacturers' courses and our own "
        "training are provided in your first six months",
    ),
    ("bold", "Nice to have"),
    ("body", "\u2022 PAT testing certificate (City & Guilds 2377)"),
    ("body", "\u2022 Experience of using an asset management system such as e-Quip"),
    ("body", "\u2022 Knowledge of infection control when handling equipment returned from wards"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must be able to show that you have the right to work in the UK, as we cannot sponsor a visa for this "
        "post. Offers are made subject to two references and a standard DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave, rising to 33 days with service, plus bank holidays"),
    ("body", "\u2022 The NHS Pension Scheme and a season ticket loan"),
    ("body", "\u2022 A funded City & Guilds 2377 course in your first year if you do not already hold it"),
    ("body", "\u2022 A cycle-to-work scheme and secure bike storage at St Mary's"),
]

H6_ITEMS = [
    ("title", "Blood Sciences Associate Practitioner"),
    ("bold", f"Pathology {DASH} Blood Sciences Laboratory"),
    ("body", "Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "London North West University Healthcare NHS Trust is looking for an Associate Practitioner to join the "
        "Blood Sciences laboratory at Northwick Park, which tests blood for the hospital, for Central Middlesex and "
        "Ealing, and for GP surgeries across Brent and Harrow. The post is on Agenda for Change Band 4, full time at "
        "37.5 hours a week, and permanent.",
    ),
    (
        "body",
        "You will work alongside biomedical scientists in the core automated laboratory, running the chemistry and "
        "haematology analysers, dealing with samples that need to be repeated or diluted, and looking after stock and "
        "maintenance. You must sign off each analyser's daily maintenance before the first patient sample is run. "
        "You do not need to have worked in the NHS before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you hold a Level 3 qualification in a science subject, such as A-level Biology or "
        "Chemistry. You must have at least one year's experience of working in a clinical or research laboratory. "
        "Experience of loading, calibrating or maintaining automated analysers is essential. You must be able to "
        "follow standard operating procedures exactly and record what you did. It is essential that you can "
        "supervise and train laboratory assistants. Good IT skills are essential, because results and quality "
        "records are kept on the laboratory information system. You must be willing to work night shifts and "
        "weekends on a rota once trained.",
    ),
    (
        "body",
        "The IBMS Certificate of Achievement Part 1 would be beneficial. Experience of haematology or coagulation work "
        "would be an advantage. Knowledge of UKAS accreditation to ISO 15189 would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful applicant will need a basic DBS check. Once you have completed a year in "
        "post we will support you through the IBMS Certificate of Achievement Part 2. Night and weekend work is paid "
        "at unsocial hours rates, and you will benefit from 27 days' annual leave plus bank holidays, the NHS Pension "
        "and on-site staff parking.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Please apply by 23:59 on Monday 19 March 2029. Interviews will take place at Northwick Park on Thursday 29 "
        "March 2029 and will include a short tour of the laboratory.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    h1_point_of_care_testing_assistant()
    h2_radiation_protection_support_officer()
    h3_blood_sciences_sample_reception_assistant()
    h4_plain_film_x_ray_assistant()
    (ADVERTS / "h5_medical_devices_technical_assistant.pdf").write_bytes(pdf_bytes(H5_ITEMS, title=(16, 56)))
    (ADVERTS / "h6_blood_sciences_associate_practitioner.pdf").write_bytes(pdf_bytes(H6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
