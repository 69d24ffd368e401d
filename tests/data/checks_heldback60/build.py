"""Build the Word and PDF adverts of the sixtieth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback60/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (v7 and v8) are plain files and are not built here.
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

TICK = "\u2713"  # a check mark in one level column; the other cell is left empty
DASH = "\u2013"
POUND = "\u00a3"
BULLET = "\u2022 "
FIXED_TIME = dt.datetime(2029, 2, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 1, 9, 0, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_radiopharmacy_assistant() -> None:
    """Title and band in the page header, the employer only in the page footer, the closing date in a line under
    the heading; duties as Word bullets; tick columns with bold category rows merged across the table, and four
    ticked-Essential rows that are not criteria (training the job gives, "not required", a "Must ..." duty and the
    right to work)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Radiopharmacy Assistant {DASH} Band 3"
    section.footer.paragraphs[0].text = (
        "Imperial College Healthcare NHS Trust \u00b7 Pharmacy Department, Hammersmith Hospital, Du Cane Road, "
        "London W12 0HS \u00b7 Job reference 290-PHA-3317"
    )
    document.add_heading("Job description and person specification", level=1)
    document.add_paragraph(
        "Radiopharmacy unit, Hammersmith Hospital  |  37.5 hours a week, Monday to Friday with a weekend rota  |  "
        "Closing date: Tuesday 6 March 2029"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our radiopharmacy prepares the radioactive medicines used for scans in nuclear medicine departments across "
        "West London, around 60 doses each morning. You will join a team of nine in a purpose-built unit, helping "
        "the technicians and pharmacists prepare, check and send out every dose safely and on time."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Clean and prepare the clean rooms and isolators before production starts each morning",
        "Pack finished doses into shielded containers, label them and hand them to the courier",
        "Book in deliveries of generators and kits, and rotate stock so the shortest dated is used first",
        "Record room temperatures, pressures and particle counts on the daily worksheets",
        "Return empty lead containers and waste to the decay store and keep its log up to date",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("GCSE grade 4 (C) or above in English, maths and a science", TICK, ""),
        ("BTEC Level 3 in Applied Science or an equivalent qualification", "", TICK),
        ("Completion of the Trust's radiation protection induction in your first two weeks", TICK, ""),
        ("Experience",),
        ("Experience of working in a laboratory, clean room or controlled production area", TICK, ""),
        ("Previous experience of handling radioactive materials is not required", TICK, ""),
        ("Experience of working to written standard operating procedures", "", TICK),
        ("Skills and abilities",),
        ("Able to carry out careful, repetitive tasks with a high level of accuracy", TICK, ""),
        ("Able to record results clearly on paper worksheets and on a computer system", TICK, ""),
        ("Must complete the daily contamination monitoring log before the first dose is dispensed", TICK, ""),
        ("Able to lift and move lead-shielded containers weighing up to 15 kg", TICK, ""),
        ("Knowledge",),
        ("Understanding of why infection control and aseptic technique matter", "", TICK),
        ("Other",),
        ("Able to start at 7am on a rota that includes one Saturday in four", TICK, ""),
        ("Evidence of the right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension Scheme, a season ticket loan and free use of the "
        "staff gym at Hammersmith. After probation we will support you onto the Level 3 Pharmaceutical Science "
        "Technician apprenticeship. Appointment is subject to two references, an occupational health check and a "
        "basic DBS check."
    )
    save(document, "v1_radiopharmacy_assistant.docx")


def v2_paediatric_phlebotomist() -> None:
    """Employer on a plain first line, the title as the heading, a details table with two label-value pairs a row
    (the interview date before the closing date), a job purpose ending in a "You must ..." sentence, numbered
    duties, then Factor | Criteria | E/D | How assessed with the factor merged down the first column, and three
    rows marked E that are not criteria (training, a duty, a DBS check); the key and benefits after the table."""
    document = blank_docx("Calibri")
    document.add_paragraph("London North West University Healthcare NHS Trust")
    document.add_heading("Paediatric Phlebotomist", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 3", "Hours", "37.5 a week, Monday to Friday"),
            ("Department", "Children's Outpatients", "Site", "Northwick Park Hospital, Harrow HA1 3UJ"),
            ("Salary", f"{POUND}27,485 to {POUND}30,162 a year including HCAS", "Reference", "LNW-29-0841"),
            ("Interviews", "22/03/2029", "Closing date", "09/03/2029"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The children's blood test clinic sees around 45 babies, children and young people a day, many of them "
        "anxious or with long-term conditions that mean regular tests. You will take blood samples from children of "
        "all ages, working alongside our play specialists, and make sure every sample reaches the laboratory "
        "correctly labelled. You must make sure that a parent, carer or play specialist is with every child under "
        "16 while a sample is taken."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Take venous and capillary blood samples from children and young people in the clinic and on the wards",
        "Apply numbing cream at the right time and prepare the room with the play specialist before each child",
        "Check each child's identity with the parent and the wristband or clinic letter before every test",
        "Print request forms and labels and send samples to the laboratory in the right containers",
        "Keep the clinic rooms stocked, clean and tidy, and report any equipment faults",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "Good general education, including GCSE English and maths or equivalent",
            "E",
            "A",
        ),
        ("Qualifications", "A recognised phlebotomy qualification or certificate of competence", "E", "A / I"),
        (
            "Qualifications",
            "Trust paediatric venepuncture competencies, signed off within three months of starting",
            "E",
            "N/A",
        ),
        ("Experience", "At least one year's experience of taking blood from adults", "E", "A / I"),
        ("Experience", "Experience of working with children or young people in any setting", "E", "A / I"),
        (
            "Experience",
            "Experience of taking capillary (heel or finger-prick) samples from babies",
            "D",
            "A / I",
        ),
        (
            "Skills and abilities",
            "Able to calm and distract a frightened child and reassure their parent",
            "E",
            "I",
        ),
        ("Skills and abilities", "Able to label samples and match them to request forms without errors", "E", "I / T"),
        (
            "Skills and abilities",
            "Must return every sample to the pathology reception hatch within 30 minutes of collection",
            "E",
            "N/A",
        ),
        ("Skills and abilities", "Able to use an electronic requesting system such as ICE or Cerner", "D", "A"),
        ("Knowledge", "Knowledge of safeguarding children at Level 2", "D", "A / I"),
        ("Other", "Able to work one late clinic until 7pm each week", "E", "I"),
        ("Other", "Satisfactory enhanced DBS check for work with children", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, T = labelling test on the day.")
    document.add_paragraph(
        "We do not expect you to have taken blood from children before: our senior paediatric phlebotomist will "
        "train you over your first three months. We offer 27 days' annual leave plus bank holidays, the NHS "
        "Pension, on-site nursery places and free flu vaccinations."
    )
    save(document, "v2_paediatric_phlebotomist.docx")


def v3_clinical_trials_pharmacy_assistant() -> None:
    """The title as the heading, then "employer | service", the base, the band and hours, the closing and
    interview dates on one line; Essential and Desirable side by side per category, with "not needed" and the
    right to work as second lines of Essential cells, "N/A" in one Desirable cell and a benefit in another."""
    document = blank_docx("Arial")
    document.add_heading("Clinical Trials Pharmacy Assistant", level=1)
    document.add_paragraph("Chelsea and Westminster Hospital NHS Foundation Trust | Pharmacy Clinical Trials Unit")
    document.add_paragraph("Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH")
    document.add_paragraph(f"Band 3 | {POUND}27,485 to {POUND}30,162 a year | 37.5 hours a week")
    document.add_paragraph("Closing date: Friday 16 March 2029      Interviews: Wednesday 4 April 2029")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our clinical trials pharmacy looks after the medicines for more than 120 studies, from HIV and dermatology "
        "to cancer. You will receive and store trial medicines, keep the temperature and stock logs for each study, "
        "prepare returns and help the technicians get ready for monitoring visits from trial sponsors."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    add_rows_side_by_side(
        table,
        [
            (
                "Qualifications",
                "GCSE English and maths at grade 4 or above",
                "NVQ Level 2 Certificate in Pharmacy Service Skills",
            ),
            (
                "Experience",
                "Experience of working in a pharmacy, hospital or laboratory\n"
                f"No clinical trials experience needed {DASH} full training in Good Clinical Practice is given",
                "Experience of stock control or stock rotation",
            ),
            (
                "Skills",
                "Careful checking of labels, batch numbers and expiry dates\n"
                "Confident using Excel to keep logs and simple spreadsheets",
                "N/A",
            ),
            (
                "Knowledge",
                "Understanding of why patient information must be kept confidential",
                "Awareness of what a clinical trial is and why trial medicines are kept separate",
            ),
            (
                "Other",
                "Able to work 9am to 5pm Monday to Friday and stay late once a month for trial deliveries\n"
                f"Right to work in the UK {DASH} we cannot offer sponsorship for this post",
                "Season ticket loan and free membership of the staff gym",
            ),
        ],
    )
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave plus bank holidays, the NHS Pension and access to the Trust's "
        "pharmacy apprenticeship programme. Offers are subject to references and a basic DBS check."
    )
    save(document, "v3_clinical_trials_pharmacy_assistant.docx")


def v4_radiography_assistant() -> None:
    """A "Job description" heading, then everything about the post in a two-column details table with no header row;
    role summary, duties as bullets (one "You must ..."), then Area | Level | Requirements with an Essential and a
    Desirable row per area, the area cell merged down over both; "not needed", a DBS check and training the job gives
    in cells where criteria would be."""
    document = blank_docx("Calibri")
    document.add_heading("Job description", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Radiography Assistant \u2013 Emergency Imaging"),
            ("Band", "Band 3"),
            ("Organisation", "The Hillingdon Hospitals NHS Foundation Trust"),
            ("Department", "Imaging, Emergency Department X-ray and CT"),
            ("Base", "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"),
            ("Hours", "37.5 a week on a 24-hour rota"),
            ("Closing date", "20/03/2029"),
            ("Reference", "THH-IMG-0592"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Emergency imaging at Hillingdon carries out around 250 X-rays and 60 CT scans every day and night. As a "
        "radiography assistant you will look after patients before and after their scans, help radiographers move "
        "and position them, and keep the rooms ready, so that patients from the emergency department are seen quickly."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Collect and return patients from the emergency department, wards and resuscitation bays",
        "Help radiographers transfer and position patients on the X-ray table and CT scanner",
        "Check patients' identity and prepare them for their examination, including gowns and removing jewellery",
        "You must clean and check every trolley, wheelchair and pat slide in the department at the start of each shift",
        "Enter patient arrivals and completed examinations on the radiology system",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "Level 3 Diploma in Clinical Healthcare Support or equivalent"),
        ("Qualifications", "Desirable", "Care Certificate"),
        (
            "Experience",
            "Essential",
            "Experience of caring for patients in a hospital, care home or community setting\n"
            "Previous experience in an X-ray department is not needed",
        ),
        ("Experience", "Desirable", "Experience of working in an imaging department"),
        (
            "Skills",
            "Essential",
            "Able to move and position patients safely using hoists, slide sheets and boards\n"
            "Able to explain procedures to patients who are in pain or distressed",
        ),
        (
            "Skills",
            "Desirable",
            "Able to book and track patients on a radiology information system such as CRIS",
        ),
        (
            "Knowledge",
            "Essential",
            "Understanding of infection prevention, including cleaning equipment between patients",
        ),
        ("Knowledge", "Desirable", "Basic knowledge of radiation safety rules for staff and visitors"),
        (
            "Other",
            "Essential",
            "Able to work long days, nights and weekends on a 24-hour rota\nSatisfactory enhanced DBS check",
        ),
        ("Other", "Desirable", "We will support you to complete the Trust's imaging assistant competencies"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, unsocial hours payments, the NHS Pension, free parking at "
        "Hillingdon and a cycle-to-work scheme. You must have the right to work in the UK; we cannot offer visa "
        "sponsorship for this post."
    )
    save(document, "v4_radiography_assistant_emergency_imaging.docx")


V5_ITEMS = [
    ("title", "Pathology Results Administrator"),
    ("bold", f"North West London Pathology {DASH} Results and Enquiries Team"),
    ("body", "Charing Cross Hospital, Fulham Palace Road, London W6 8RF"),
    ("gap", ""),
    ("body", f"Band 3  |  {POUND}27,485 to {POUND}30,162 a year including High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Shifts between 8am and 8pm, Monday to Friday"),
    ("body", "Closing date: Sunday 25 March 2029 at 23:59. Interviews: Friday 6 April 2029."),
    ("heading", "About the role"),
    (
        "body",
        "North West London Pathology runs the laboratories for the hospitals and GP practices across the area. Our "
        "results team answers around 900 calls a week from GP practices, wards, care homes and patients, and makes "
        "sure every result goes to the right person, quickly and safely.",
    ),
    ("heading", "What you'll do"),
    ("body", BULLET + "Answer the results line and give results to clinical staff"),
    ("body", BULLET + "Look up samples on the laboratory system and chase missing or delayed results"),
    ("body", BULLET + "Register incoming requests and correct missing details on request forms"),
    (
        "body",
        BULLET + "You must log every call to the results line on the call log before the end of your shift, with the "
        "caller's name, role and the sample number",
    ),
    ("body", BULLET + "Scan and file paper reports, and send copies to GP practices when asked"),
    ("heading", "What we're looking for"),
    ("bold", "The must-haves"),
    ("body", BULLET + "Experience of working in a busy office, reception or call centre"),
    ("body", BULLET + "Fast, accurate typing and a good working knowledge of Word, Outlook and Excel"),
    ("body", BULLET + "A clear, polite telephone manner, including with upset or frustrated callers"),
    ("body", BULLET + "Able to follow strict procedures on who may be given a result"),
    ("body", BULLET + "Good attention to detail when matching names, dates of birth and hospital numbers"),
    (
        "body",
        BULLET + f"You don't need a science background {DASH} we will teach you the common tests and what they are for "
        "in your first month",
    ),
    ("bold", "The nice-to-haves"),
    ("body", BULLET + "Experience of using a laboratory system such as WinPath or LIMS"),
    ("body", BULLET + "Some knowledge of medical terminology"),
    ("body", BULLET + "Experience of working in the NHS"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK; we are unable to offer visa sponsorship for this post. Offers are "
        "subject to two references and a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", BULLET + "27 days' annual leave, rising to 33 with service, plus bank holidays"),
    ("body", BULLET + "NHS Pension Scheme and NHS discounts"),
    ("body", BULLET + "Training on WinPath and the results line from your first day"),
    ("body", BULLET + "A season ticket loan and a cycle-to-work scheme"),
]

V6_ITEMS = [
    ("title", "Phlebotomy Team Leader"),
    ("body", "Community Phlebotomy Service, Central London Community Healthcare NHS Trust"),
    ("body", "Wembley Centre for Health and Care, 116 Chaplin Road, Wembley HA0 4UZ"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our community phlebotomy service takes around 1,400 blood samples a week at six clinics across Brent and "
        "Harrow, and visits patients at home who cannot get to a clinic. We are looking for a Phlebotomy Team Leader "
        "at Band 4, working 37.5 hours a week, to lead a team of twelve phlebotomists. The closing date is Thursday "
        "29 March 2029 and interviews will be held in the week beginning 16 April.",
    ),
    (
        "body",
        "You will take blood in clinic every day, plan where each phlebotomist works, train new starters and deal "
        "with concerns from patients and GP practices. You must check the sharps bins and sample fridge temperatures "
        "at each clinic you visit and report any problem to the service manager on the same day. You do not need to "
        "have managed a team before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have at least two years' experience of taking blood from adults, including people "
        "whose veins are hard to find. You must be able to plan a daily rota and move staff between clinics when "
        "someone is off sick. Experience of showing new phlebotomists how to take blood safely is essential, as you "
        "will sign off their competencies. Good computer skills are essential, because you will run the clinic "
        "booking system and send the monthly figures in Excel. It is essential that you stay calm and deal fairly "
        "with complaints from patients who have waited a long time.",
    ),
    (
        "body",
        "A Level 3 qualification in healthcare or a team leader qualification would be beneficial. Experience of "
        "taking blood in people's homes would be an advantage. Knowledge of the ICE requesting system is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need an enhanced DBS check. In your first month you will "
        "complete ICE training and the Trust's leadership induction. You will benefit from 27 days' annual leave "
        "plus bank holidays, the NHS Pension, a car lease scheme and paid mileage between clinics. We would like to "
        "hear from you even if you do not meet every point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_radiopharmacy_assistant()
    v2_paediatric_phlebotomist()
    v3_clinical_trials_pharmacy_assistant()
    v4_radiography_assistant()
    (ADVERTS / "v5_pathology_results_administrator.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_phlebotomy_team_leader.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
