"""Build the Word and PDF adverts of the eighty-fourth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback84/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and PDF
helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is saved
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

# A square-root sign, as some trusts' templates use for a tick; the other level cell is left empty.
TICK = "\u221a"
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2028, 12, 4, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 4, 9, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_virtual_ward_monitoring_support_worker() -> None:
    """The employer only in the page header; the title and band in the first heading; the closing date only in
    the last paragraph. Tick columns under "Criteria | Essential | Desirable" with bold category rows merged
    across the table, and four ticked-Essential rows that are not criteria (a competency pack the job gives,
    "No previous virtual ward experience needed", a "Must phone ..." duty and the right to work)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "London North West University Healthcare NHS Trust"
    section.footer.paragraphs[0].text = f"Integrated Medicine Division {DASH} Virtual Ward Hub {DASH} Ref 313-VW-0629"
    document.add_heading(f"Virtual Ward Monitoring Support Worker {DASH} Band 3", level=1)
    document.add_paragraph(
        "Virtual Ward Hub, Northwick Park Hospital, Harrow  |  37.5 hours a week on a rota between 8am and 8pm, "
        "seven days a week  |  Permanent"
    )
    document.add_heading("About the virtual ward", level=2)
    document.add_paragraph(
        "Our virtual ward looks after up to 60 patients at a time in their own homes across Brent, Harrow and "
        "Ealing: people with heart failure or chest infections, and people who have come out of hospital early "
        "with a pulse oximeter, a blood pressure cuff and a tablet that sends their readings to the hub. The "
        "support workers watch those readings through the day, talk to patients and their families, and make sure "
        "the nurses and doctors know straight away when something changes."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Watch the monitoring dashboard and follow up on every alert in line with the patient's escalation plan",
        "Phone or video-call patients at agreed times to check how they are and that their kit is working",
        "Talk new patients and their carers through the equipment on the day they join the ward",
        "Record every contact and every reading you act on in the patient's electronic record",
        "Arrange the return of kit when a patient is discharged from the virtual ward",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Functional Skills Level 2 in English and maths, or GCSE equivalent", TICK, ""),
        ("Level 3 Diploma in Healthcare Support", "", TICK),
        (
            "Completion of the virtual ward's remote monitoring competency pack within your first eight weeks",
            TICK,
            "",
        ),
        ("Experience",),
        ("Experience of caring for adults in a hospital, care home or community setting", TICK, ""),
        ("No previous virtual ward experience needed", TICK, ""),
        ("Experience of taking and recording pulse, blood pressure, temperature and oxygen saturation", TICK, ""),
        ("Experience of helping patients to use health monitoring equipment at home", "", TICK),
        ("Skills and abilities",),
        ("Confident speaking with patients and carers by telephone and by video call", TICK, ""),
        (
            "Able to recognise when a patient's readings are outside their agreed range and escalate to the "
            "clinician on duty",
            TICK,
            "",
        ),
        ("Must phone every patient whose readings have not arrived by 11am", TICK, ""),
        ("Competent in using a computer, email and an electronic patient record", TICK, ""),
        ("Speaks a community language used in Brent or Harrow", "", TICK),
        ("Other",),
        ("Right to work in the UK (we cannot offer visa sponsorship)", TICK, ""),
        ("Able to work early and late shifts on a rota, including weekends and bank holidays", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; unsocial "
        "hours payments for evening and weekend shifts; and a funded place on the Level 3 Diploma in Healthcare "
        "Support after your first year. Offers are subject to references, occupational health clearance and an "
        "enhanced DBS check."
    )
    document.add_heading("How to apply", level=2)
    document.add_paragraph(
        "Apply online by 23:59 on Wednesday 10 January 2029. Interviews will be held at Northwick Park on "
        "Thursday 25 January 2029. For an informal chat, ring the hub's team leader on 020 7946 0183 or email "
        "virtualward.hub@example.com."
    )
    save(document, "v1_virtual_ward_monitoring_support_worker.docx")


def v2_discharge_to_assess_coordinator() -> None:
    """The employer and service on a plain first line; the band in a details table with two label-value pairs a
    row; a "You must ..." sentence in Job purpose; numbered duties; rows marked E or D under "Category | Criteria
    | E/D | How assessed" with the category merged down, and three rows marked E that are not criteria (training
    given at induction, a "Must update ..." duty and an enhanced DBS check); the closing date only in the last
    paragraph."""
    document = blank_docx("Calibri")
    document.add_paragraph(f"Imperial College Healthcare NHS Trust {DASH} Integrated Discharge Service")
    document.add_heading("Discharge to Assess Coordinator", level=1)
    label_value_table(
        document,
        [
            ("Pay band", "Band 4", "Hours", "37.5 a week, Monday to Friday, 8am to 4pm or 10am to 6pm"),
            (
                "Base",
                "Charing Cross Hospital, with regular work at Hammersmith and St Mary's",
                "Reference",
                "290-IDS-3317",
            ),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "When a patient no longer needs a hospital bed but will need some support afterwards, we send them home "
        "or to a short-stay placement first and work out their longer-term care there. The Discharge to Assess "
        "Coordinator keeps that process moving for patients from our three acute hospitals: you will hold a "
        "caseload of people on the discharge to assess pathways, link the wards with the local councils' "
        "brokerage teams and make sure nobody waits in hospital longer than they need to. You must make sure "
        "that every patient on your list has a named contact and a planned discharge date recorded by the end "
        "of each day."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Take referrals from ward teams and check that each one has the information the councils need",
        "Chase care package starts, interim placements and equipment deliveries, and escalate delays",
        "Join the twice-daily system calls with community health services and the local authorities",
        "Keep patients and families informed about what is happening and when",
        "Produce the weekly figures on discharges, delays and reasons for delay",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Educated to A level or equivalent (Level 3)", "E", "A"),
        ("Qualifications", "Qualification in health and social care at Level 3 or above", "D", "A"),
        ("Qualifications", "Trust discharge and Care Act awareness training, completed during induction", "E", "N/A"),
        ("Experience", "Experience of arranging hospital discharges, care packages or placements", "E", "A/I"),
        (
            "Experience",
            "Experience of working with adult social care, home care agencies or care homes",
            "D",
            "A/I",
        ),
        (
            "Skills",
            "Able to prioritise a caseload of patients awaiting discharge and keep track of each one",
            "E",
            "I",
        ),
        (
            "Skills",
            "Clear and tactful communication with patients, families, ward staff and care providers",
            "E",
            "I",
        ),
        ("Skills", "Good IT skills, including Excel for keeping trackers and weekly reports", "E", "A/T"),
        ("Skills", "Must update the discharge tracker before the 10am and 3pm system calls each day", "E", "N/A"),
        ("Skills", "Working knowledge of Cerner or another electronic patient record", "D", "A"),
        (
            "Knowledge",
            "Understanding of the discharge to assess model and why assessments of longer-term need are best "
            "done once the patient is home",
            "E",
            "I",
        ),
        ("Other", "Able to travel between Charing Cross, Hammersmith and St Mary's hospitals", "E", "I"),
        ("Other", "Satisfactory enhanced DBS check", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, T = short test on the day.")
    document.add_paragraph(
        "You do not need to have worked in the NHS before; we will teach you the pathways and our systems. We "
        "offer 27 days' annual leave plus bank holidays, the NHS Pension, an interest-free season ticket loan and "
        "free use of the staff gyms."
    )
    document.add_paragraph(
        "Applications must reach us by 23:59 on Tuesday 16 January 2029. Interviews: Thursday 25 January 2029 at "
        "Charing Cross Hospital."
    )
    save(document, "v2_discharge_to_assess_coordinator.docx")


def v3_remote_monitoring_administrator() -> None:
    """The closing date and reference only in the page header; the employer and hub under the title; the band
    in a "|" line; Essential and Desirable side by side per category, with training the job gives as the second
    line of a Desirable cell, "N/A" in one Desirable cell, the right to work as the second line of an Essential
    cell and a benefit alone in the last Desirable cell."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Closing date: 19/01/2029    Ref: 391-RMH-2207"
    document.add_heading("Remote Monitoring Administrator", level=1)
    document.add_paragraph(
        f"Central London Community Healthcare NHS Trust {DASH} Virtual Ward and Remote Monitoring Hub"
    )
    document.add_paragraph(
        f"Band 3  |  {POUND}30,860 to {POUND}32,690 a year including Inner London High Cost Area Supplement  |  "
        "37.5 hours, Monday to Friday"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our hub supports several hundred people living with long-term conditions in Hammersmith and Fulham, "
        "Westminster and Kensington and Chelsea who send us readings from home. The administrators are the "
        "first voice patients hear when they ring the hub: you will register new patients, arrange for kit to be "
        "delivered and collected, book video reviews with the nurses, chase missing readings and keep the hub's "
        "records straight. You will work closely with the community nurses, the virtual ward and GP practices."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade 4 (C) or above, or equivalent",
            "Business administration qualification at Level 2 or above",
        ),
        (
            "Experience",
            "Administrative experience in a busy office, including answering a shared phone line\n"
            "Experience of keeping accurate records on a database or spreadsheet",
            "Experience in a healthcare or community health setting\n"
            "Full training on our remote monitoring platform is given in your first month",
        ),
        (
            "Skills",
            "Able to use Microsoft Outlook, Word and Excel\n"
            "Polite, clear telephone manner, including with callers who are hard of hearing or anxious",
            "Experience of using SystmOne or EMIS",
        ),
        ("Knowledge", "Understanding of patient confidentiality and how to share information safely", "N/A"),
        (
            "Other",
            "Able to work one late shift (until 8pm) each week on a rota\n"
            f"Right to work in the UK {DASH} this post is not eligible for visa sponsorship",
            "Hybrid working after probation, with one home-working day a week",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "27 days' annual leave rising with service, the NHS Pension, a cycle-to-work scheme and staff networks "
        "for carers, parents and Black, Asian and minority ethnic colleagues. Appointment is subject to "
        "references and a basic DBS check. Interviews will be held on Wednesday 31 January 2029."
    )
    save(document, "v3_remote_monitoring_administrator.docx")


def v4_hospital_at_home_healthcare_assistant() -> None:
    """Job title, band, employer and closing date as the one row of a four-column table with a header row; key
    duties as bullets; Essential and Desirable as two rows per heading, the heading merged down over both, with
    training the job gives as the second line of an Essential cell and a benefit as the only line of the last
    Desirable row."""
    document = blank_docx("Calibri")
    document.add_heading("Job description and person specification", level=1)
    details = header_table(document, ["Job title", "Band", "Employer", "Closing date"])
    cells = details.add_row().cells
    for cell, text in zip(
        cells,
        [
            "Hospital at Home Healthcare Assistant",
            "Band 3",
            "Chelsea and Westminster Hospital NHS Foundation Trust",
            "24/01/2029",
        ],
        strict=True,
    ):
        cell.text = text
    document.add_paragraph(
        "Hospital at Home service, West Middlesex University Hospital, Isleworth. 37.5 hours a week on shifts "
        "between 8am and 10pm, seven days a week."
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Hospital at Home gives hospital-level care to older people in their own homes in Hounslow and Richmond, "
        "so that they can avoid an admission or leave hospital sooner. You will visit patients with the nurses "
        "and on your own, check how they are, carry out the care the clinical team plans and tell the team "
        "about any change."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Visit patients at home, sometimes up to three times a day, following each patient's care plan",
        "Take observations, blood samples and ECGs once you have been signed off as competent",
        "Help patients with personal care, eating and drinking, and getting up and about",
        "Deliver and collect equipment and medicines between the hospital and patients' homes",
        "Write up every visit on the same day",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Heading", "Level", "What we are looking for"])
    rows = [
        (
            "Education and training",
            "Essential",
            "Care Certificate or NVQ Level 2 in Health and Social Care\n"
            "Clinical skills training in venepuncture and ECG recording, given by the team in your first three "
            "months",
        ),
        ("Education and training", "Desirable", "Level 3 Diploma in Adult Care or Healthcare Support"),
        (
            "Experience",
            "Essential",
            "At least one year's experience as a healthcare assistant or care worker\n"
            "Experience of caring for older people who are frail or acutely unwell",
        ),
        ("Experience", "Desirable", "Experience of working in people's own homes"),
        (
            "Skills",
            "Essential",
            "Able to take and record a full set of observations, including NEWS2 scoring\n"
            "Able to write clear, accurate notes in the patient record",
        ),
        ("Skills", "Desirable", "Venepuncture competency"),
        (
            "Other",
            "Essential",
            "Full UK driving licence and access to a car for work\n"
            "Able to work shifts between 8am and 10pm, including weekends",
        ),
        ("Other", "Desirable", "Lease car scheme and mileage paid at NHS rates"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will join a friendly team of nurses, therapists, doctors and healthcare assistants. We offer 27 "
        "days' annual leave plus bank holidays, the NHS Pension, unsocial hours pay and free parking at West "
        "Middlesex. The post needs an enhanced DBS check and proof of your right to work in the UK."
    )
    save(document, "v4_hospital_at_home_healthcare_assistant.docx")


V5_ITEMS = [
    ("title", "Rapid Response Support Worker"),
    ("bold", f"Hounslow and Richmond Community Healthcare NHS Trust {DASH} Rapid Response Team"),
    ("body", "Based at the Heart of Hounslow Centre for Health and working across the London Borough of Hounslow"),
    ("gap", ""),
    ("body", f"Band 3  |  {POUND}29,470 to {POUND}31,280 a year, including Outer London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week, worked as three 12-hour shifts and one shorter shift"),
    ("body", "Applications close at midnight on Sunday 28 January 2029. Interviews: Wednesday 7 February 2029."),
    ("heading", "About the team"),
    (
        "body",
        "When an older person falls at home, or becomes unwell and might otherwise go to A&E, our rapid response "
        "team aims to be with them within two hours. Nurses, therapists and support workers assess the person "
        "at home and put in short-term care and equipment so that they can stay there safely.",
    ),
    ("heading", "What you'll do"),
    ("body", "\u2022 Visit people at home, often straight after a referral from the London Ambulance Service"),
    ("body", "\u2022 Help people get up safely after a fall, using lifting cushions where needed"),
    ("body", "\u2022 Provide personal care and short-term support until other services are in place"),
    ("body", "\u2022 You must write up every visit on the electronic record before the end of your shift"),
    ("body", "\u2022 Order equipment and check that it has arrived and is being used safely"),
    ("heading", "Who we're looking for"),
    ("bold", "You'll definitely need"),
    ("body", "\u2022 The Care Certificate or a Level 2 qualification in health and social care"),
    ("body", "\u2022 Experience of helping adults with washing, dressing, eating and getting about"),
    (
        "body",
        "\u2022 Able to stay calm and act quickly when someone has fallen or become suddenly unwell at home",
    ),
    (
        "body",
        "\u2022 Able to take blood pressure, pulse, temperature and oxygen levels and write them down accurately",
    ),
    ("body", "\u2022 A full UK driving licence, held for at least one year"),
    ("body", "\u2022 Able to work 12-hour shifts, 8am to 8pm, on a rota covering seven days a week"),
    (
        "body",
        f"\u2022 No NHS experience needed {DASH} we will teach you everything about how the service works",
    ),
    ("bold", "It would be a bonus if you have"),
    ("body", "\u2022 Used hoists, stand aids or other moving and handling equipment"),
    ("body", "\u2022 Falls prevention or first aid training"),
    ("body", "\u2022 Speaks Punjabi, Hindi or Urdu"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK; we cannot sponsor a visa for this post. Offers depend on an "
        "enhanced DBS check, two references and occupational health clearance.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 A pool car or mileage paid at NHS rates for every work journey"),
    ("body", "\u2022 27 days' annual leave rising to 33, plus bank holidays, and the NHS Pension"),
    ("body", "\u2022 A two-week induction with the team's nurses and therapists"),
]

V6_ITEMS = [
    ("title", "Remote Monitoring Equipment Assistant"),
    ("body", "Virtual Ward, Medicine Division"),
    ("body", "Hillingdon Hospital, Pield Heath Road, Uxbridge"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "The Hillingdon Hospitals NHS Foundation Trust is looking for a Remote Monitoring Equipment Assistant "
        "to join its virtual ward at Band 2, working 37.5 hours a week, Monday to Friday. The closing date for "
        "applications is Friday 2 February 2029, and interviews will take place in the week beginning 12 "
        "February 2029.",
    ),
    (
        "body",
        "Patients on our virtual ward are looked after at home with kits of pulse oximeters, blood pressure "
        "monitors, thermometers and tablets that send readings to the ward. You will get each kit ready, deliver "
        "it, collect it when the patient is discharged and look after our stock. It is essential that every "
        "returned kit is wiped, checked and logged before it goes back on the shelf. You do not need any medical "
        "knowledge: full training on the kit and on the tracking system is given.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a stores, warehouse, delivery or stock control job. You must be "
        "able to keep an accurate log of each device as it goes out, comes back and is cleaned. It is essential "
        "that you can explain simple equipment to patients and their families in plain English, face to face "
        "and over the phone. Basic IT skills, including email and entering data on a spreadsheet, are "
        "essential. You must hold a full UK driving licence, as you will deliver kits to patients' homes across "
        "Hillingdon. It is essential that you can lift and carry boxes weighing up to 10kg.",
    ),
    (
        "body",
        "Experience of cleaning or decontaminating medical equipment would be beneficial. Knowledge of setting "
        "up tablets, smartphones or Bluetooth devices would be an advantage. Some experience of working in a "
        "hospital or community health service is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as we cannot offer visa sponsorship "
        "for this post, and the successful candidate must complete a basic DBS check. A pool van is provided for "
        "deliveries. You will benefit from 27 days' annual leave plus bank holidays, the NHS Pension, staff "
        "parking and a cycle-to-work scheme. If you would like to talk about the job, call the virtual ward "
        "office on 020 7946 0752.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_virtual_ward_monitoring_support_worker()
    v2_discharge_to_assess_coordinator()
    v3_remote_monitoring_administrator()
    v4_hospital_at_home_healthcare_assistant()
    (ADVERTS / "v5_rapid_response_support_worker.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_remote_monitoring_equipment_assistant.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
