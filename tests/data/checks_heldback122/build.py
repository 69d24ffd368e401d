"""Build the Word and PDF adverts of held-back set 122 from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback122/build.py`. The generated files are
committed, so nothing needs this script at test time; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`. Every Word file is saved with fixed core-property dates and fixed zip
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

TICK = "\u2713"  # a plain check mark in the level column; the other level cell is left empty
DASH = "\u2013"
MIDDOT = "\u00b7"
POUND = "\u00a3"
BULLET = "\u2022"
FIXED_TIME = dt.datetime(2029, 2, 5, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 5, 10, 30, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# ------------------------------------------------------------------------------------------------------- Word adverts


def v1_coagulation_laboratory_assistant() -> None:
    """Employer only in the page header and the closing date only in the page footer; the title as the heading and
    the band on the line under it; duties as Word bullets; a tick in the Essential or the Desirable column, with
    category rows merged across the table and four ticked-Essential rows that are not criteria."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Chelsea and Westminster Hospital NHS Foundation Trust"
    section.footer.paragraphs[0].text = (
        f"Job reference 341-BS-2207 {MIDDOT} Closing date: 05/03/2029 {MIDDOT} "
        "Interviews will take place in the week beginning 19 March 2029"
    )
    document.add_heading("Coagulation Laboratory Assistant", level=1)
    document.add_paragraph(
        f"Agenda for Change Band 2 {MIDDOT} Blood Sciences, West Middlesex University Hospital, Twickenham Road, "
        "Isleworth TW7 6AF"
    )
    document.add_paragraph(
        f"Permanent {MIDDOT} 37.5 hours a week, worked on a rota between 7am and 10pm, seven days a week"
    )
    document.add_heading("About the department", level=2)
    document.add_paragraph(
        "Our coagulation bench tests around 900 samples a day for the wards, the emergency department, the "
        "anticoagulation clinic and local GP surgeries, so that doctors can see how well a patient's blood clots "
        "and set the right dose of warfarin or heparin. You will join a team of four laboratory assistants who "
        "support the biomedical scientists, keeping samples moving from the moment they arrive until they are "
        "stored after testing."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Unpack samples from the pneumatic tube system and the courier boxes, and sort them by urgency",
        "Book samples in on the laboratory computer system and scan each barcode against its request form",
        "Spin samples in the centrifuge and load them onto the coagulation analysers",
        "Restock reagents and consumables, and keep the fridge and freezer temperature logs",
        "Store tested samples in the racks by date and dispose of old samples and clinical waste safely",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Person specification", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("GCSEs in English and maths at grade 4 / C or above, or equivalent", TICK, ""),
        ("Level 2 Certificate in Laboratory Skills or a similar science qualification", "", TICK),
        (
            "Completion of the department's COSHH and sample handling induction within two weeks of starting",
            TICK,
            "",
        ),
        ("Experience",),
        ("Experience in a laboratory, pharmacy or other setting where accuracy is critical", TICK, ""),
        ("No previous laboratory experience required", TICK, ""),
        ("Experience of handling or booking in clinical specimens", "", TICK),
        ("Skills and abilities",),
        ("Able to enter data accurately onto a computer system", TICK, ""),
        ("Good manual dexterity for handling small tubes and pipettes", TICK, ""),
        ("Able to follow written procedures step by step", TICK, ""),
        ("Must centrifuge and load every urgent coagulation sample within 30 minutes of arrival", TICK, ""),
        ("Knowledge",),
        ("Understanding of why patient samples must be correctly labelled", TICK, ""),
        ("Awareness of the hazards of handling blood and how to work safely with it", "", TICK),
        ("Other",),
        ("Occupational health clearance, including hepatitis B vaccination", TICK, ""),
        ("Willing to work a rota including late shifts until 10pm and weekends", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; enhanced pay "
        "for evening and weekend shifts; a season ticket loan; and a funded Level 3 apprenticeship for laboratory "
        "assistants who want to train towards a scientific career. You will need the right to work in the UK, and "
        "offers are subject to two references."
    )
    save(document, "v1_coagulation_laboratory_assistant.docx")


def v2_transplant_coordination_administrator() -> None:
    """Employer only in the page footer; the title and band together in a bold first line; a details table of
    one label and value a row holding the closing date; numbered duties, one with "must"; rows marked E or D with
    the domain merged down and an Assessment column, three rows marked E that are not criteria."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[
        0
    ].text = "Imperial College Healthcare NHS Trust, Hammersmith Hospital, Du Cane Road, London W12 0HS"
    first = document.add_paragraph()
    run = first.add_run("Transplant Coordination Administrator (Band 3)")
    run.bold = True
    label_value_table(
        document,
        [
            ("Service", "Renal and Transplant Centre, Hammersmith Hospital"),
            ("Hours", "37.5 hours a week, Monday to Friday, 8.30am to 5pm"),
            ("Contract", "Permanent"),
            ("Salary", f"{POUND}31,049 to {POUND}32,795 a year, including High Cost Area Supplement"),
            ("Closing date", "Wednesday 7 March 2029"),
            ("Interview date", "Tuesday 20 March 2029"),
            ("Job reference", "290-RT-1184"),
        ],
    )
    document.add_heading("Purpose of the post", level=2)
    document.add_paragraph(
        "When a kidney or pancreas is offered for one of our patients, the on-call transplant coordinators have a "
        "few hours to bring the patient in, confirm the tissue typing and get theatre ready. The administrator "
        "keeps everything behind them running: the waiting list paperwork, the clinic letters, the travel and "
        "accommodation for patients who live far away, and the calls from patients and families who want to know "
        "what happens next."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Keep the transplant waiting list records up to date and send the monthly blood samples reminders to "
        "patients on the list.",
        "Book assessment clinics, tests and reviews, and type clinic letters from dictation.",
        "Arrange hospital transport, taxis and overnight accommodation for patients and their carers.",
        "Answer the coordinators' office telephone and take clear messages for the on-call team.",
        "Every day you must check the shared transplant inbox at 9am and 2pm and pass on anything urgent.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Domain", "Criterion", "E / D", "Assessment"])
    rows = [
        (
            "Qualifications",
            "Good general education, including GCSE English at grade 4 / C or equivalent",
            "E",
            "AF",
        ),
        ("Qualifications", "Level 2 or 3 qualification in business administration", "D", "AF"),
        (
            "Qualifications",
            "Information governance e-learning, completed before access to patient systems is given",
            "E",
            "N/A",
        ),
        ("Experience", "Experience of working in a busy office or administrative role", "E", "AF / IV"),
        (
            "Experience",
            "Experience of arranging appointments, transport or travel for other people",
            "E",
            "AF / IV",
        ),
        ("Experience", "Experience of working in a hospital or other healthcare setting", "D", "AF"),
        (
            "Skills",
            "Accurate typing and a good working knowledge of Microsoft Word and Excel",
            "E",
            "T",
        ),
        (
            "Skills",
            "Able to speak kindly and clearly with patients and families at a difficult time",
            "E",
            "IV",
        ),
        ("Skills", "Able to reprioritise work quickly when plans change at short notice", "E", "IV"),
        ("Skills", "Must update the on-call coordinator's handover sheet by 5pm every day", "E", "N/A"),
        (
            "Knowledge",
            "Awareness of the importance of confidentiality when handling patient information",
            "E",
            "IV",
        ),
        ("Knowledge", "Knowledge of medical terminology", "D", "T"),
        (
            "Other",
            f"Right to work in the UK {DASH} sponsorship is not available for this post",
            "E",
            "Pre-employment",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "Assessment: AF = application form, IV = interview, T = typing and spelling test on the interview day."
    )
    document.add_paragraph(
        "Previous NHS experience is not needed: you will be trained in our transplant database and in Cerner. We "
        "offer 27 days' annual leave plus bank holidays, the NHS Pension, a season ticket loan and staff "
        "networks at every site. Appointment is subject to references and a basic DBS check."
    )
    save(document, "v2_transplant_coordination_administrator.docx")


def v3_haematology_day_unit_receptionist() -> None:
    """Employer only in the page header; the band inside a sentence of The role, with a "You must" duty; Essential
    and Desirable side by side per category, with a training line and a right-to-work line in Essential cells, "N/A"
    and an apprenticeship offer in Desirable cells; the closing date in a bold last line."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = (
        f"London North West University Healthcare NHS Trust {DASH} Haematology and Oncology Day Unit, "
        "Northwick Park Hospital"
    )
    document.add_heading("Haematology Day Unit Receptionist", level=1)
    document.add_heading("The role", level=2)
    document.add_paragraph(
        "Our day unit sees around 60 patients a day for blood and platelet transfusions, iron infusions, "
        "venesection and treatment for blood cancers. This is a Band 2 post, working 37.5 hours a week on a rota "
        "between 7.30am and 6pm, Monday to Friday, and it pays from " + POUND + "27,485 a year including Outer "
        "London weighting. You will be the first face patients see: booking them in, answering the phone, "
        "moving appointments when treatment plans change and keeping the waiting area calm. You must confirm each "
        "patient's details and next appointment before they leave the unit."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade 4 / C, or equivalent",
            "NVQ Level 2 in Customer Service or similar",
        ),
        (
            "Experience",
            "Experience of working on a reception desk or in a customer-facing role\n"
            f"No NHS experience needed {DASH} full training on Cerner and the unit's booking rules will be given",
            "Experience of working in a hospital outpatient or day unit setting",
        ),
        (
            "Skills",
            "Confident using a computer to book and change appointments\n"
            "Able to stay calm and polite with patients who are unwell or anxious",
            "Speaks a second language used by local patients, such as Gujarati, Tamil or Polish",
        ),
        (
            "Knowledge",
            "Understanding of the need to keep patient information confidential",
            "N/A",
        ),
        (
            "Other",
            "Able to start at 7.30am on a rota\n"
            f"Right to work in the UK {DASH} we cannot offer visa sponsorship for this post",
            "A funded Level 2 Customer Service apprenticeship is available after probation",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave plus bank holidays, the NHS Pension, free eye tests, a staff "
        "wellbeing service and discounted parking on site. Offers are subject to references and a basic DBS check."
    )
    last = document.add_paragraph()
    last.add_run("Closing date: Friday 9 March 2029. Interviews: Thursday 22 March 2029.").bold = True
    save(document, "v3_haematology_day_unit_receptionist.docx")


def v4_transfusion_team_support_officer() -> None:
    """Title, band, employer and closing date in a details table at the top, two label-value pairs a row; duties as
    bullets; Essential and Desirable as two rows per area, the area merged down over both, with a training line and
    a DBS line in Essential rows, "N/A" and an empty Desirable row."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Pathology Services | Job description and person specification"
    label_value_table(
        document,
        [
            ("Post", "Transfusion Team Support Officer", "Grade", "Band 4"),
            ("Employer", "The Hillingdon Hospitals NHS Foundation Trust", "Reference", "358-PATH-0061"),
            ("Base", "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN", "Hours", "37.5 a week"),
            ("Closing date", "12 March 2029", "Interviews", "26 March 2029"),
        ],
    )
    document.add_heading("About the hospital transfusion team", level=2)
    document.add_paragraph(
        "The hospital transfusion team (a lead nurse, a transfusion practitioner and the blood bank manager) makes "
        "sure blood is given safely and only when it is needed at Hillingdon and Mount Vernon. The support officer "
        "runs the team's audits, keeps its training records and prepares the figures the team reports to the "
        "hospital transfusion committee each quarter."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Collect audit data from patient notes, prescription charts and the blood tracking system",
        "Enter audit results into spreadsheets and turn them into charts and short reports",
        "Book staff onto transfusion training and keep the competency records up to date",
        "Follow up every unit of blood whose final fate has not been recorded",
        "Prepare the committee papers and take notes at its meetings",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        (
            "Qualifications",
            "Essential",
            "Educated to A level standard or equivalent, or a Level 3 vocational qualification",
        ),
        ("Qualifications", "Desirable", "A qualification in a science or health subject"),
        (
            "Experience",
            "Essential",
            "Experience of collecting data from records and entering it into spreadsheets\n"
            "Experience of working in a healthcare or laboratory setting",
        ),
        ("Experience", "Desirable", "Experience of organising training sessions or keeping training records"),
        (
            "Skills",
            "Essential",
            "Good Excel skills, including charts and simple formulas\n"
            "Able to explain findings clearly to doctors, nurses and laboratory staff",
        ),
        ("Skills", "Desirable", "Able to produce posters, leaflets or newsletters"),
        (
            "Knowledge",
            "Essential",
            "Understanding of why every unit of blood must be traceable from donor to patient\n"
            "Full training on the Trust's blood tracking system and on haemovigilance reporting is given in your "
            "first month",
        ),
        ("Knowledge", "Desirable", "N/A"),
        (
            "Other",
            "Essential",
            "Able to travel between Hillingdon Hospital and Mount Vernon Hospital\nSatisfactory basic DBS check",
        ),
        ("Other", "Desirable", ""),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave rising to 33 with service, the NHS Pension, flexible start and finish "
        "times, free shuttle buses between our two hospitals and reduced-rate staff parking. Applicants must have "
        "the right to work in the UK; we are not able to offer visa sponsorship for this post."
    )
    save(document, "v4_transfusion_team_support_officer.docx")


# -------------------------------------------------------------------------------------------------------- PDF adverts

V5_ITEMS = [
    ("title", f"Haematology Day Unit Venesection Assistant {DASH} Band 3"),
    ("bold", "Chelsea and Westminster Hospital NHS Foundation Trust"),
    ("body", "Haematology Day Unit, Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH"),
    (
        "body",
        "Closing date: 14 March 2029 (we may close this advert early if we receive a high number of applications)",
    ),
    ("gap", ""),
    ("body", f"{POUND}29,970 to {POUND}31,677 a year  |  Permanent  |  37.5 hours a week"),
    ("heading", "About the unit"),
    (
        "body",
        "Every week around 70 people come to our day unit to have blood taken off to treat haemochromatosis "
        "(too much iron) and polycythaemia (too many red cells). Venesection is a simple procedure, but many of "
        "our patients come for years, and a friendly, steady assistant makes all the difference to them.",
    ),
    ("heading", "Your day"),
    ("body", f"{BULLET} Welcome patients, check their details and take their observations before venesection"),
    ("body", f"{BULLET} Carry out venesection once you have been trained and signed off as competent"),
    ("body", f"{BULLET} Watch patients for faintness afterwards and offer drinks and snacks"),
    (
        "body",
        f"{BULLET} You must weigh every bag of blood removed and record the volume before the patient leaves the chair",
    ),
    ("body", f"{BULLET} Restock the clinic rooms and book patients' next appointments"),
    ("heading", "You'll need"),
    ("body", f"{BULLET} NVQ Level 2 in Health and Social Care, the Care Certificate or equivalent"),
    ("body", f"{BULLET} Experience of giving personal care or clinical support to patients"),
    ("body", f"{BULLET} Able to take and record blood pressure, pulse and temperature accurately"),
    ("body", f"{BULLET} Able to reassure patients who are anxious about needles"),
    ("body", f"{BULLET} Able to keep clear and accurate records"),
    ("body", f"{BULLET} Able to work Monday to Friday between 8am and 6pm, with one late finish a week"),
    (
        "body",
        f"{BULLET} You don't need to have done venesection before {DASH} our nurse specialists will train you "
        "and sign you off over your first six weeks",
    ),
    ("heading", "Nice to have"),
    ("body", f"{BULLET} A phlebotomy certificate or experience of taking blood"),
    (
        "body",
        f"{BULLET} Experience of working with people who have blood disorders such as haemochromatosis or "
        "polycythaemia",
    ),
    ("body", f"{BULLET} Experience of using an electronic patient record such as Cerner"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; this post is not eligible for visa sponsorship. Offers "
        "depend on satisfactory references, occupational health clearance and an enhanced DBS check. Interviews: "
        "Tuesday 27 March 2029.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET} 27 days' annual leave, rising to 33 with service, plus bank holidays"),
    ("body", f"{BULLET} No night shifts and no weekend working"),
    ("body", f"{BULLET} NHS Pension, a cycle-to-work scheme and a staff gym"),
    ("body", f"{BULLET} Support to complete the Level 3 Diploma in Clinical Healthcare Support after probation"),
]

V6_ITEMS = [
    ("title", "Living Donor Transplant Support Officer"),
    ("bold", "Renal and Transplant Centre, Hammersmith Hospital"),
    ("body", f"Band 4  {MIDDOT}  {POUND}33,094 to {POUND}36,195 a year including High Cost Area Supplement"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Imperial College Healthcare NHS Trust carries out more than 150 kidney transplants a year at Hammersmith "
        "Hospital, and around a third of the kidneys come from living donors: a partner, a brother, a friend, or "
        "sometimes a stranger who has chosen to give. Before anyone can donate, they go through months of tests, "
        "scans and appointments. As Living Donor Transplant Support Officer you will work alongside our two "
        "living donor coordinators, working full time, 37.5 hours a week.",
    ),
    (
        "body",
        "You will book each donor's work-up, send out and track their tests, keep their records complete and be "
        "their first point of contact. You must make sure that no donor is given an operation date until every "
        "result on their checklist has been seen by a coordinator. You do not need a medical background before "
        "you start.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in an administrative or patient-facing role in health or social "
        "care. You must be able to organise a series of appointments and tests for one person across several "
        "departments. An excellent telephone manner is essential, as you will often be the first person a donor "
        "speaks to. It is essential that you can keep accurate records on a computer system and chase results "
        "until they arrive. You must be able to handle sensitive conversations with tact and respect for "
        "people's privacy. It is essential that you can manage your own caseload and work on your own initiative.",
    ),
    (
        "body",
        "Knowledge of the UK Living Kidney Sharing Scheme would be beneficial. Experience of using Cerner or "
        "another electronic patient record would be an advantage. A Level 3 qualification in business "
        "administration or health and social care would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship. The successful applicant will need a basic DBS check and two references. Some early "
        "evening clinics are held once a month, with time off in lieu. We offer 27 days' annual leave plus bank "
        "holidays, the NHS Pension, a season ticket loan and funded training in medical terminology in your "
        "first year.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Applications close at midnight on Friday 16 March 2029, and we plan to interview on Wednesday 28 March "
        "2029. For an informal chat, call the living donor team on 020 7946 0817 or email "
        "livingdonor.team@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_coagulation_laboratory_assistant()
    v2_transplant_coordination_administrator()
    v3_haematology_day_unit_receptionist()
    v4_transfusion_team_support_officer()
    (ADVERTS / "v5_haematology_day_unit_venesection_assistant.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 60)))
    (ADVERTS / "v6_living_donor_transplant_support_officer.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 60)))


if __name__ == "__main__":
    main()
