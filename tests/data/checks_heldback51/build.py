"""Build the Word and PDF adverts of the fifty-first held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback51/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is
saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (h7 and h8) are plain files and are not built here.
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

# A check mark (U+2713) in the level that applies; the other level's cell is left empty.
TICK = "\u2713"
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2028, 7, 3, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 7, 3, 9, 0, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def h1_senior_ward_housekeeper() -> None:
    """Employer in bold, title as the heading and one "Band | site | hours | closing date" line; duties as Word
    bullets; tick columns with bold category rows merged across the table, and four ticked-Essential rows that are
    not criteria (training the job gives, "No previous hospital experience is needed", a "Must ..." duty and the
    right to work); benefits and checks after the table; the service and a reference in the page footer."""
    document = blank_docx("Arial")
    document.sections[0].footer.paragraphs[0].text = (
        f"Imperial College Healthcare NHS Trust {DASH} Hotel Services, Hammersmith Hospital {DASH} "
        "Job reference 290-HS-5128"
    )
    first = document.add_paragraph()
    first.add_run("Imperial College Healthcare NHS Trust").bold = True
    document.add_heading("Senior Ward Housekeeper", level=1)
    document.add_paragraph(
        "Band 3  |  Hammersmith Hospital, Du Cane Road, London W12  |  37.5 hours a week  |  "
        "Closing date: 4 August 2028"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our ward housekeepers make sure every patient on our surgical and cardiac wards gets the right meal, at "
        "the right time, in a clean and welcoming bay. As Senior Ward Housekeeper you will lead the housekeepers "
        "on four wards, cover their breaks and absences, and be the first person the nurse in charge turns to "
        "about meals, drinks, linen and ward stores."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Serve breakfast, lunch and supper from the ward kitchen, following each patient's meal plan",
        "Take patients' menu choices on the electronic ordering tablet the day before",
        "Record the ward fridge, freezer and food probe temperatures and report anything out of range",
        "Order and rotate ward provisions and keep the kitchen clean to the Trust's standards",
        "Show new housekeepers how the ward kitchen runs and check their work during their first weeks",
        "Help patients who need encouragement or assistance to eat and drink, under the direction of the nurse "
        "in charge",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and qualifications",),
        (
            "Good standard of literacy and numeracy, e.g. GCSE English and maths or Functional Skills Level 1",
            TICK,
            "",
        ),
        ("Level 2 Award in Food Safety in Catering", "", TICK),
        (
            "Completion of the Trust's ward housekeeping induction and food safety e-learning in your first month",
            TICK,
            "",
        ),
        ("Experience",),
        ("Experience of serving food or drinks to customers, patients or residents", TICK, ""),
        ("No previous hospital experience is needed", TICK, ""),
        ("Experience of supervising or training other staff, even informally", "", TICK),
        ("Skills and abilities",),
        ("Able to keep accurate fridge temperature and stock records", TICK, ""),
        ("Able to communicate kindly with patients who are unwell or confused", TICK, ""),
        ("Must check every patient's menu choice against the ward's diet board before serving", TICK, ""),
        ("Knowledge",),
        ("Understanding of infection prevention, including hand hygiene", TICK, ""),
        ("Knowledge of the 14 allergens and texture-modified diets", "", TICK),
        ("Other",),
        ("Able to work early and late shifts, including weekends and bank holidays", TICK, ""),
        ("Right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; free meals "
        "on shift from the ward kitchen; an interest-free season ticket loan; and a funded Level 3 supervisory "
        "course after your first year. Appointment is subject to two satisfactory references and a basic DBS check."
    )
    save(document, "h1_senior_ward_housekeeper.docx")


def h2_theatre_recovery_support_worker() -> None:
    """Employer on a plain first line, title as the heading, a details table with two label-value pairs a row;
    Job purpose with a "must" duty, numbered responsibilities, then an E/D column with a "How assessed" column and
    the factor merged down the first column; three rows marked E that are not criteria (training the job gives, a
    duty, an enhanced DBS check); the key, then "not needed" and benefits."""
    document = blank_docx("Calibri")
    document.add_paragraph("Royal National Orthopaedic Hospital NHS Trust")
    document.add_heading("Theatre Recovery Support Worker", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 3", "Hours", "37.5 hours a week (three long days)"),
            ("Department", "Theatres and Recovery", "Contract", "Permanent"),
            ("Reference", "337-THR-0842", "Closing date", "09/08/2028"),
            ("Base", "Brockley Hill, Stanmore, Middlesex HA7 4LP", "Salary", f"{POUND}26,610 to {POUND}28,480 a year"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our eleven theatres carry out around 9,000 bone and joint operations a year, from day-case hand surgery "
        "to spinal and complex joint revision surgery. The recovery support worker works under the direction of "
        "the registered practitioners in our twelve-bay recovery unit, caring for patients from the moment they "
        "leave theatre until they are ready to go back to the ward. You must never leave a patient alone in a "
        "recovery bay until a registered practitioner has taken over their care."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Help to receive patients from theatre, settle them in the bay and keep them warm and comfortable.",
        "Take and record observations as delegated, and report any change at once to the practitioner.",
        "Give mouth care, help with pain scores and offer drinks when the anaesthetist allows.",
        "Clean and restock bays, trolleys and equipment, and check the emergency trolley each morning.",
        "Escort patients back to the wards with a registered practitioner and hand over their belongings.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "GCSEs in English and maths at grade C/4, or equivalent", "E", "A"),
        ("Qualifications", "Level 3 Diploma in Healthcare Support or equivalent", "D", "A"),
        (
            "Qualifications",
            "Trust theatre induction and Immediate Life Support course, completed in the first six weeks",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of giving personal care in a hospital, care home or the community",
            "E",
            "A / I",
        ),
        ("Experience", "Experience of working in theatres, recovery or a day surgery unit", "D", "A / I"),
        (
            "Skills and abilities",
            "Able to take and record blood pressure, pulse, temperature and oxygen saturation",
            "E",
            "A / T",
        ),
        ("Skills and abilities", "Able to reassure patients who are anxious or drowsy after an anaesthetic", "E", "I"),
        ("Skills and abilities", "Able to prioritise when several patients come out of theatre at once", "E", "I"),
        ("Skills and abilities", "Experience of recording care on an electronic patient record", "D", "A / I"),
        ("Skills and abilities", "Must restock each recovery bay before the first patient of the list", "E", "N/A"),
        (
            "Knowledge",
            "Knowledge of common orthopaedic operations such as hip and knee replacements",
            "D",
            "I",
        ),
        ("Other", "Able to work long days (7.30am to 8pm), including one weekend in four", "E", "I"),
        ("Other", "Enhanced DBS check", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, T = practical test on the day.")
    document.add_paragraph(
        "Previous theatre experience is not needed: every new starter has a supernumerary period with a named "
        "mentor. We offer 27 days' annual leave plus bank holidays, the NHS Pension, free staff parking, a free "
        "shuttle bus from Stanmore station and on-site staff accommodation for the first year."
    )
    save(document, "h2_theatre_recovery_support_worker.docx")


def h3_discharge_lounge_healthcare_assistant() -> None:
    """Title as the heading, "employer | service", the site, "Band | pay | hours" and one closing date and interview
    line; Essential and Desirable side by side per category, with a line that is not a criterion in three
    Essential cells (no experience needed, a "You must ..." duty, the right to work) and a benefit alone in the
    last Desirable cell; Working for us."""
    document = blank_docx("Arial")
    document.add_heading("Discharge Lounge Healthcare Assistant", level=1)
    document.add_paragraph("London North West University Healthcare NHS Trust  |  Discharge Lounge")
    document.add_paragraph("Ealing Hospital, Uxbridge Road, Southall UB1 3HW")
    document.add_paragraph(f"Band 3  |  {POUND}26,610 to {POUND}28,480 a year pro rata  |  37.5 hours a week")
    document.add_paragraph("Closing date: Wednesday 16 August 2028      Interviews: Thursday 31 August 2028")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our discharge lounge looks after up to 18 patients a day who are well enough to leave a ward but are "
        "waiting for their medicines, their letters or their transport home. You will welcome patients from the "
        "wards, keep them comfortable with meals and drinks, help them to the toilet, take observations when the "
        "nurse asks, and make sure every patient leaves with their belongings, their medicines and a clear "
        "understanding of what happens next."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Care Certificate or NVQ Level 2 in Health and Social Care",
            "Level 3 Diploma in Adult Care",
        ),
        (
            "Experience",
            "Experience of caring for older or frail adults\n"
            f"Experience of discharge lounges is not needed {DASH} full training will be given",
            "Experience of booking patient transport or completing discharge paperwork",
        ),
        (
            "Skills",
            "Able to explain discharge letters and medicines information to patients and families in plain "
            "language\n"
            "You must complete the discharge checklist with the nurse before any patient leaves the lounge",
            "Speaks a community language used in Ealing, such as Punjabi, Polish or Somali",
        ),
        (
            "Knowledge",
            "Awareness of safeguarding adults and when to raise a concern",
            "Knowledge of community services that support people after discharge, such as district nurses or "
            "reablement",
        ),
        (
            "Other",
            "Able to work until 9pm on a weekday rota\n"
            f"Right to work in the UK {DASH} we cannot offer visa sponsorship for this post",
            "Free staff car parking at Ealing Hospital",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "The lounge is open from 8am to 9pm, Monday to Friday, and is closed at weekends and on bank holidays. You "
        "will get 27 days' annual leave rising to 33 with service, the NHS Pension, a Blue Light Card and access to "
        "our staff wellbeing service. The successful candidate will need an enhanced DBS check and two references."
    )
    save(document, "h3_discharge_lounge_healthcare_assistant.docx")


def h4_ward_administration_team_leader() -> None:
    """Everything about the post in a two-column details table with no header row; Role summary and Key duties
    as bullets, one a "You must ..." duty; an Essential row and a Desirable row per area with the area merged down
    over both, with "Previous NHS experience is not required" in an Essential cell, training the job gives alone in
    a Desirable cell, a DBS line after a real criterion and "N/A"; Working for us."""
    document = blank_docx("Calibri")
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Ward Administration Team Leader"),
            ("Band", "Band 4"),
            ("Organisation", "Chelsea and Westminster Hospital NHS Foundation Trust"),
            ("Service", f"Ward Administration {DASH} Surgery, Cancer and Cardiovascular Division"),
            ("Base", "Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH"),
            ("Hours", "37.5 hours per week, worked flexibly between 8am and 8pm, Monday to Friday"),
            ("Closing date", "21/08/2028"),
            ("Reference", "C9-WA-41177"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "You will lead a team of nine ward receptionists and clerks across the surgical and cancer wards, making "
        "sure every ward reception is covered, every admission, transfer and discharge is recorded on Cerner "
        "Millennium as it happens, and visitors and callers get a kind and accurate answer."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Plan the team's rota and cover sickness and leave so that no ward reception is left empty",
        "Carry out return-to-work meetings, appraisals and inductions for the team",
        "You must check each ward's admissions list against the bed board by 9am every day",
        "Deal with calls and complaints that a ward clerk cannot resolve",
        "Produce the weekly report of records not updated within the hour, and follow them up with the wards",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "Educated to A-level standard or equivalent"),
        ("Qualifications", "Desirable", "NVQ Level 3 in Business Administration or equivalent"),
        (
            "Experience",
            "Essential",
            "Experience of working in a busy office or reception\n"
            "Experience of supervising staff, including rotas and sickness absence\n"
            "Previous NHS experience is not required",
        ),
        (
            "Experience",
            "Desirable",
            "Experience of using Cerner Millennium or another patient administration system",
        ),
        (
            "Skills",
            "Essential",
            "Confident with Microsoft Excel and Outlook\n"
            "Able to handle telephone calls from worried relatives calmly and tactfully",
        ),
        ("Skills", "Desirable", "Training in Cerner Millennium will be given in your first two weeks"),
        ("Knowledge", "Essential", "Understanding of patient confidentiality and information governance"),
        ("Knowledge", "Desirable", "Knowledge of how admissions, transfers and discharges are recorded"),
        (
            "Other",
            "Essential",
            "Able to work flexibly between 8am and 8pm to cover the ward receptions\nSatisfactory basic DBS check",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave rising to 33 with service plus bank holidays, the NHS Pension, Inner London "
        "High Cost Area Supplement, a season ticket loan, a cycle-to-work scheme and a free staff gym. Applicants "
        "must have the right to work in the UK; this post is not eligible for visa sponsorship."
    )
    save(document, "h4_ward_administration_team_leader.docx")


H5_ITEMS = [
    ("title", "Senior Phlebotomist"),
    ("bold", f"The Hillingdon Hospitals NHS Foundation Trust {DASH} Phlebotomy Service, Pathology Directorate"),
    ("body", "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"),
    ("gap", ""),
    ("body", f"Band 3  |  {POUND}26,610 to {POUND}28,480 a year, including Outer London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Monday to Friday, 7am to 3pm or 8am to 4pm"),
    ("body", "Closing date: Sunday 27 August 2028 at 23:59. Interviews: Wednesday 6 September 2028."),
    ("heading", "About the role"),
    (
        "body",
        "Our team of fourteen phlebotomists takes around 600 blood samples a day in the outpatient blood test "
        "clinic, on the wards and in the children's clinic. As Senior Phlebotomist you will run the service day to "
        "day with the Phlebotomy Manager: planning where everyone works, training new starters and stepping in "
        "when a sample is difficult.",
    ),
    ("heading", "What you'll do"),
    ("body", "\u2022 Take blood in the outpatient clinic and on the 7am ward round"),
    ("body", "\u2022 Allocate phlebotomists to the clinic, the wards and the children's clinic each morning"),
    (
        "body",
        "\u2022 You must label every sample at the patient's side, never at the desk, and check the label against "
        "the patient's wristband or their spoken name and date of birth",
    ),
    ("body", "\u2022 Train and assess new phlebotomists and keep the team's competency records up to date"),
    ("body", "\u2022 Deal with complaints and incidents in the clinic and report them on Datix"),
    ("heading", "What we're looking for"),
    ("bold", "Essential"),
    ("body", "\u2022 At least one year's experience of taking blood from adults"),
    ("body", "\u2022 A recognised phlebotomy qualification or a signed-off competency record"),
    ("body", "\u2022 Able to teach new phlebotomists and check their technique"),
    ("body", "\u2022 Calm and reassuring with patients who are frightened of needles"),
    ("body", "\u2022 Able to plan the daily rota for the outpatient clinic and the ward rounds"),
    ("body", "\u2022 Good IT skills, including printing sample labels and looking up requests on ICE"),
    (
        "body",
        f"\u2022 You don't need to have led a team before {DASH} we will send you on the Trust's First Line "
        "Leadership course in your first six months",
    ),
    ("bold", "Desirable"),
    ("body", "\u2022 Experience of paediatric blood tests, including children under 12"),
    ("body", "\u2022 Level 3 Award in Education and Training or another teaching qualification"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need to show that you have the right to work in the UK, and we are not able to sponsor a visa "
        "for this post. Offers depend on an enhanced DBS check, two references and occupational health clearance, "
        "including proof of hepatitis B immunity.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave rising to 33 with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme and NHS discounts"),
    ("body", "\u2022 A funded place on the Level 3 Award in Education and Training in your first year"),
    ("body", "\u2022 Reduced-rate staff parking at Hillingdon Hospital"),
]

H6_ITEMS = [
    ("title", "Blood Transfusion Laboratory Assistant"),
    ("body", f"North West London Pathology {DASH} Blood Transfusion, Imperial College Healthcare NHS Trust"),
    ("body", "Blood Transfusion Laboratory, Charing Cross Hospital, Fulham Palace Road, London W6 8RF"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "North West London Pathology provides laboratory services to hospitals and GP practices across North West "
        "London, and our blood transfusion laboratory at Charing Cross Hospital issues blood, platelets and plasma "
        "to patients in theatres, intensive care and the wards around the clock. We are looking for a Blood "
        "Transfusion Laboratory Assistant at Agenda for Change Band 2, working 37.5 hours a week on a shift rota. "
        "The closing date is Friday 1 September 2028, and interviews will be held on Thursday 14 September.",
    ),
    (
        "body",
        "You will receive and book in samples, unpack and store deliveries of blood components from NHS Blood and "
        "Transplant, load the analysers, and pack blood for porters to take to the wards and theatres. You must "
        "record the temperature of every blood fridge and freezer at the start of each shift. You do not need to "
        "have worked in a hospital laboratory before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have GCSEs, or equivalent, in English, maths and a science. You must be able to "
        "follow written procedures exactly, step by step. It is essential that you can check patient details on "
        "samples and request forms accurately. Experience of work where accuracy matters, such as in a laboratory, "
        "pharmacy or warehouse, is essential. It is essential that you can work a shift rota that includes nights "
        "and weekends.",
    ),
    (
        "body",
        "Experience of receiving, booking in or storing blood components would be beneficial. Knowledge of cold "
        "chain storage would be an advantage. A BTEC or NVQ Level 3 in laboratory science is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need a basic DBS check. We will train you in the Blood "
        "Safety and Quality Regulations and in our laboratory computer system in your first month, and after a "
        "year you can apply for our funded Level 3 Laboratory Technician apprenticeship. You will benefit from 27 "
        "days' annual leave plus bank holidays, the NHS Pension, Inner London High Cost Area Supplement and "
        "enhanced pay for nights and weekends. We would like to hear from you even if you do not meet every point "
        "above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    h1_senior_ward_housekeeper()
    h2_theatre_recovery_support_worker()
    h3_discharge_lounge_healthcare_assistant()
    h4_ward_administration_team_leader()
    (ADVERTS / "h5_senior_phlebotomist.pdf").write_bytes(pdf_bytes(H5_ITEMS, title=(16, 56)))
    (ADVERTS / "h6_blood_transfusion_laboratory_assistant.pdf").write_bytes(pdf_bytes(H6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
