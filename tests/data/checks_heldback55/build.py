"""Build the Word and PDF adverts of the fifty-fifth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback55/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is
saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (k7 and k8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH

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

TICK = "\u2714"  # heavy check mark in the level column that applies; the other cell is left empty
DASH = "\u2013"
FIXED_TIME = dt.datetime(2028, 12, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 1, 9, 0, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def k1_sleep_service_healthcare_assistant() -> None:
    """The employer only in the page header (right-aligned), the title as the heading, band and base on one "|"
    line and hours and the closing date on the next; duties as Word bullets; tick columns under "Attributes |
    Essential | Desirable" with category rows merged across the table, and four ticked-Essential rows that are not
    criteria (a competency package the job gives, "No previous sleep service experience is required", a "Must
    decontaminate ..." duty, an enhanced DBS check placed before the real evening criterion)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "The Hillingdon Hospitals NHS Foundation Trust"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    section.footer.paragraphs[
        0
    ].text = f"Respiratory Medicine {DASH} Sleep and Ventilation Service \u00b7 Job reference 334-RSP-5120"
    document.add_heading("Sleep Service Healthcare Assistant", level=1)
    document.add_paragraph(
        "Band 3  |  Sleep and Ventilation Service  |  Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"
    )
    document.add_paragraph(
        "37.5 hours a week, Monday to Friday, with one evening clinic a week  |  Closing date: Thursday 11 January 2029"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our sleep service sees around 3,000 new patients a year, most of them referred by their GP with loud "
        "snoring, pauses in their breathing at night or sleepiness in the day. We test them at home with "
        "overnight oximetry or a small respiratory polygraphy kit, and many go on to use CPAP. You will be the "
        "person patients meet most: you issue and collect the kits, start people on their machines and keep "
        "the equipment moving, working alongside two respiratory physiologists and a clinical nurse specialist."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Issue home sleep study kits, show patients how to put them on at bedtime and download the recordings "
        "when the kits come back",
        "Run CPAP set-up clinics with the physiologists: choose and fit masks, start machines and book the "
        "first review",
        "Answer the CPAP helpline and pass clinical questions to the nurse specialist",
        "Clean and decontaminate returned kits and machines and keep the equipment tracking log up to date",
        "Book patients into clinics and record each kit issued on the patient administration system",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Attributes", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("GCSE English and maths at grade 4 (C) or above, or Functional Skills Level 2", TICK, ""),
        (
            "Level 3 qualification in healthcare support, such as the Diploma in Clinical Healthcare Support",
            "",
            TICK,
        ),
        ("Completion of the Trust's CPAP fitting competency package within six months of starting", TICK, ""),
        ("Experience",),
        ("Experience of working with patients or the public in a health or care setting", TICK, ""),
        ("No previous sleep service experience is required", TICK, ""),
        ("Experience of setting up, cleaning or looking after medical equipment", "", TICK),
        ("Skills and abilities",),
        ("Able to explain how to use equipment clearly, including to patients with limited English", TICK, ""),
        ("Good IT skills, including email and entering data on a computer system", TICK, ""),
        ("Good manual dexterity for fitting masks and attaching sensors", TICK, ""),
        ("Must decontaminate every returned CPAP machine before it is logged back into stock", TICK, ""),
        ("Knowledge",),
        ("Awareness of obstructive sleep apnoea and how CPAP treats it", "", TICK),
        ("Other",),
        ("Satisfactory enhanced DBS check", TICK, ""),
        ("Able to work one evening a week until 8pm on a rota", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; unsocial "
        "hours pay for the evening clinic; free eye tests and staff wellbeing sessions; and discounted parking "
        "on site. Appointment is subject to two satisfactory references and occupational health clearance."
    )
    save(document, "k1_sleep_service_healthcare_assistant.docx")


def k2_pulmonary_rehabilitation_support_worker() -> None:
    """The employer on a plain first line, the title as the heading, a details table with two label-value pairs
    a row (closing date beside an interview date); a "You must make sure ..." sentence in Job purpose; numbered
    responsibilities; rows marked E or D under "Factor | Criteria | E/D | How assessed" with the factor merged down,
    and three rows marked E that are not criteria (a competency workbook assessed "N/A", a "Must set up ..." duty
    assessed "N/A", right to work assessed "Pre-employment checks"); the key, then "No previous respiratory
    experience is needed" with benefits."""
    document = blank_docx("Calibri")
    document.add_paragraph("Central London Community Healthcare NHS Trust")
    document.add_heading("Pulmonary Rehabilitation Support Worker", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 3", "Hours", "37.5 hours per week"),
            ("Service", "Community Respiratory Service", "Borough", "Hammersmith and Fulham"),
            ("Base", "Parsons Green Health Centre, 5-7 Parsons Green, London SW6 4UL", "Contract", "Permanent"),
            ("Reference", "C9172-RSP-0233", "Closing date", "17/01/2029"),
            ("Interviews", "30/01/2029", "Enquiries", "Pulmonary Rehabilitation Lead, via the Trust switchboard"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our pulmonary rehabilitation programme helps people with long-term lung conditions to exercise safely, "
        "manage their breathlessness and get more out of each day. Each six-week programme runs twice a week in "
        "community venues, with up to twelve people in a class, led by a physiotherapist and supported by you. You "
        "must make sure that no patient starts the exercise part of a class until their pre-exercise checks have "
        "been recorded and seen by the physiotherapist."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Help run exercise classes, demonstrating exercises and watching for anyone who is struggling.",
        "Carry out the six-minute walk test and other assessments at the start and end of each programme.",
        "Lead parts of the education sessions, such as the talk on pacing and energy saving.",
        "Phone patients who miss a class to find out why and encourage them back.",
        "Record attendance and observations on SystmOne.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications and training",
            "Good standard of literacy and numeracy, such as GCSE English and maths at grade 4 (C)",
            "E",
            "A",
        ),
        (
            "Qualifications and training",
            "Level 3 Certificate in Exercise Referral or another Level 3 fitness instructing qualification",
            "D",
            "A",
        ),
        (
            "Qualifications and training",
            "Completion of the service's pulmonary rehabilitation competency workbook during induction",
            "E",
            "N/A",
        ),
        ("Experience", "Experience of supporting adults who live with long-term health conditions", "E", "A / I"),
        (
            "Experience",
            "Experience of leading or helping to run group exercise or activity sessions",
            "D",
            "A / I",
        ),
        (
            "Skills and abilities",
            "Able to encourage and motivate people who are breathless or anxious about exercise",
            "E",
            "I",
        ),
        (
            "Skills and abilities",
            "Able to measure and record pulse, oxygen saturation and breathlessness scores accurately",
            "E",
            "A / T",
        ),
        ("Skills and abilities", "Confident speaking to a group of up to 12 people", "E", "I"),
        (
            "Skills and abilities",
            "Must set up the exercise circuit and check the oxygen cylinders before every class",
            "E",
            "N/A",
        ),
        ("Knowledge", "Understanding of COPD and how it affects everyday life", "D", "I"),
        (
            "Other",
            "Able to travel between community venues across Hammersmith and Fulham carrying class equipment",
            "E",
            "I",
        ),
        (
            "Other",
            f"Right to work in the UK {DASH} we are unable to offer visa sponsorship for this post",
            "E",
            "Pre-employment checks",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, T = practical test at interview.")
    document.add_paragraph(
        "No previous respiratory experience is needed: you will shadow our physiotherapists for your first month "
        "and complete the workbook with them. We offer 27 days' annual leave plus bank holidays, the NHS Pension, "
        "a Blue Light Card, cycle-to-work and season ticket loans. Appointment is subject to references and a "
        "standard DBS check."
    )
    save(document, "k2_pulmonary_rehabilitation_support_worker.docx")


def k3_orthodontic_clinic_administrator() -> None:
    """The title as the heading, then "employer | department", the base, "Band | pay | hours" and the closing date
    with the interview date on one line; Essential and Desirable side by side per category, with a "No dental
    background needed" line and a "Must close every clinic ..." duty as second lines of Essential cells and a
    parking benefit alone in the Other Desirable cell; Working for us with right to work and DBS."""
    document = blank_docx("Calibri")
    document.add_heading("Orthodontic Clinic Administrator", level=1)
    document.add_paragraph(
        "London North West University Healthcare NHS Trust  |  Maxillofacial, Orthodontic and Restorative Dentistry"
    )
    document.add_paragraph("Northwick Park Hospital, Watford Road, Harrow HA1 3UJ")
    document.add_paragraph(
        "Band 3  |  \u00a329,646 to \u00a331,342 a year, including Outer London High Cost Area Supplement  |  "
        "37.5 hours a week"
    )
    document.add_paragraph("Closing date: Friday 19 January 2029      Interviews: Wednesday 31 January 2029")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our orthodontic department treats around 1,800 children and young people a year, most of them for two "
        "years or more, from the first assessment to the day their brace comes off. You will book and reschedule "
        "their appointments, type clinic letters to families and GPs and dentists, and make sure the consultants "
        "have what they need for each clinic. Many of our patients come straight from school, so our busiest "
        "clinics are late in the afternoon."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade 4 (C) or above, or equivalent",
            "AMSPAR Certificate in Medical Terminology or a similar course",
        ),
        (
            "Experience",
            "Experience of booking appointments or managing a diary in a busy office\n"
            f"No dental background needed {DASH} full training on the orthodontic clinic templates is given",
            "Experience of working in a dental practice or hospital dental department",
        ),
        (
            "Skills",
            "Accurate typing of clinic letters from notes or dictation\n"
            "Confident on the telephone with children, parents and carers",
            "Speaks a second language used locally, such as Gujarati, Tamil or Arabic",
        ),
        (
            "Knowledge",
            "Understanding of confidentiality when handling information about children",
            "Familiar with Cerner or another patient administration system",
        ),
        (
            "Other",
            "Able to work the Thursday late clinic until 7pm\n"
            "Must close every clinic on Cerner with an outcome by the end of the next working day",
            "Free staff parking permit at Northwick Park after six months",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave rising to 33 with service, the NHS Pension, a staff discount scheme "
        "and access to our wellbeing hub. Applicants must have the right to work in the UK; we cannot sponsor a "
        "visa for this post. Appointment is subject to references and an enhanced DBS check, because the post "
        "involves regular contact with children."
    )
    save(document, "k3_orthodontic_clinic_administrator.docx")


def k4_foot_protection_support_worker() -> None:
    """A "Job description" heading, then everything about the post in a two-column details table with no header
    row; Role summary and Key duties as bullets (one "You must check and sign ..." duty); Essential and Desirable as
    two rows per area under "Area | Level | Requirements", the area cell merged down over both, with "Previous
    podiatry experience is not required" and an enhanced DBS line as second lines of Essential rows, "N/A" in one
    Desirable row and a benefit alone in the Other Desirable row."""
    document = blank_docx("Arial")
    document.add_heading("Job description", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Foot Protection Support Worker"),
            ("Band", "Band 3"),
            ("Organisation", "Central and North West London NHS Foundation Trust"),
            ("Service", f"Hillingdon Podiatry {DASH} Foot Protection Team"),
            ("Base", "Podiatry clinics in Hayes, Uxbridge and Northwood, and patients' own homes"),
            ("Hours", "37.5 hours per week, Monday to Friday"),
            ("Closing date", "24/01/2029"),
            ("Reference", "333-HIL-PD-7781"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "The foot protection team looks after people in Hillingdon whose feet are at risk, most of them because "
        "of diabetes. Working under the direction of registered podiatrists, you will give routine foot care, "
        "check feet for early signs of trouble and help people understand how to look after their own feet, in "
        "clinic and on home visits."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Cut and file nails, reduce hard skin and apply simple dressings as delegated by a podiatrist",
        "Check feet for colour, swelling, breaks in the skin and loss of feeling, and report concerns the same day",
        "Give patients and carers advice on footwear, washing and moisturising and checking their own feet",
        "You must check and sign the instrument tray log at the start and end of every clinic",
        "Book follow-up appointments and order stock for the clinic rooms",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "Functional Skills Level 2 in English and maths, or equivalent"),
        (
            "Qualifications",
            "Desirable",
            "Level 3 Diploma in Clinical Healthcare Support or an equivalent health or care qualification",
        ),
        (
            "Experience",
            "Essential",
            "Experience of giving personal care or foot care to adults\nPrevious podiatry experience is not required",
        ),
        ("Experience", "Desirable", "Experience of working with people who have diabetes"),
        (
            "Skills",
            "Essential",
            "Good manual dexterity for nail care and applying dressings\n"
            "Able to record patient information accurately on SystmOne",
        ),
        ("Skills", "Desirable", "N/A"),
        (
            "Knowledge",
            "Essential",
            "Understanding of infection control, including cleaning instruments between patients",
        ),
        ("Knowledge", "Desirable", "Knowledge of why people with diabetes are at risk of foot ulcers"),
        (
            "Other",
            "Essential",
            "Able to travel to clinics across Hillingdon and to patients' homes\nSatisfactory enhanced DBS check",
        ),
        (
            "Other",
            "Desirable",
            "Uniform provided, with NHS staff discounts and free parking at Hillingdon clinics",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will be trained in nail care and foot checks by our podiatrists and supported to complete the Care "
        "Certificate if you do not already hold it. We offer 27 days' annual leave plus bank holidays, the NHS "
        "Pension, mileage for home visits and flexible working requests from day one."
    )
    save(document, "k4_foot_protection_support_worker.docx")


K5_ITEMS = [
    ("title", "Nutrition and Dietetics Administrator"),
    ("bold", f"Chelsea and Westminster Hospital NHS Foundation Trust {DASH} Nutrition and Dietetics"),
    ("body", "West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF"),
    ("gap", ""),
    ("body", "Band 2  |  \u00a326,530 to \u00a327,596 a year, including Outer London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Monday to Friday, 8.30am to 5pm"),
    ("body", "Closing date: Sunday 28 January 2029 at 23:59. Interviews: Wednesday 7 February 2029."),
    ("heading", "About the role"),
    (
        "body",
        "Our dietitians see adults and children on the wards, in outpatient clinics and in group sessions for "
        "people with diabetes, coeliac disease and kidney disease. The department's administrator keeps all of "
        "this running: booking clinics, answering the phone, typing letters and keeping the team's records in "
        "order. You will be the first voice most patients hear when they ring us.",
    ),
    ("heading", "What you'll do"),
    ("body", "\u2022 Book and reschedule outpatient and group appointments for eight dietitians"),
    ("body", "\u2022 Answer the department phone and inbox, and take messages for the dietitians"),
    ("body", "\u2022 Type letters and clinic outcomes from the dietitians' notes"),
    (
        "body",
        "\u2022 You must send every outpatient clinic letter within five working days of the appointment, and "
        "tell the team leader if any letter is going to be late",
    ),
    ("body", "\u2022 Order leaflets, food models and stationery, and keep the supplies cupboard stocked"),
    ("heading", "What we're looking for"),
    ("bold", "What you need to have"),
    ("body", "\u2022 Experience of working in an office or on a reception desk"),
    ("body", "\u2022 Good keyboard skills and accurate data entry"),
    ("body", "\u2022 Able to use Microsoft Outlook, Word and Excel for everyday tasks"),
    ("body", "\u2022 A friendly, clear telephone manner, including with patients who are unwell or upset"),
    ("body", "\u2022 Able to prioritise your own work when several clinics need booking at once"),
    (
        "body",
        f"\u2022 You don't need to know anything about diets or nutrition {DASH} the dietitians will explain what "
        "you need to know as you go",
    ),
    ("bold", "What would be nice to have"),
    ("body", "\u2022 Experience of booking appointments on a hospital patient administration system"),
    ("body", "\u2022 Some knowledge of medical terms, especially those used in nutrition and diabetes"),
    ("body", "\u2022 NVQ Level 2 or above in Business Administration"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; this post does not meet the requirements for visa "
        "sponsorship. Any offer will depend on two satisfactory references and a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave, rising to 33 with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme and NHS staff discounts"),
    ("body", "\u2022 A funded Level 3 Business Administration apprenticeship after your first year"),
    ("body", "\u2022 Subsidised staff restaurant and free use of the West Middlesex staff gym"),
]

K6_ITEMS = [
    ("title", f"Dietetic Assistant Practitioner {DASH} Mental Health"),
    ("body", "Nutrition and Dietetics, West London NHS Trust"),
    ("body", "Trust Headquarters, 1 Armstrong Way, Southall UB2 4SD"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "West London NHS Trust provides mental health services for people in Ealing, Hammersmith and Fulham and "
        "Hounslow. People who are unwell with their mental health often eat poorly, gain or lose a lot of weight "
        "or develop diabetes, and our small dietetic team works on the wards and in the community to help them. "
        "We are looking for a Dietetic Assistant Practitioner at Band 4, working 37.5 hours a week across St "
        "Bernard's Hospital in Southall and the Lakeside unit in Isleworth. The closing date is Friday 2 February "
        "2029 and interviews will be held in the week beginning 12 February.",
    ),
    (
        "body",
        "Working to care plans written by the dietitians, you will see patients on the wards, weigh and measure "
        "them, help them choose from the menu, run cooking and healthy eating groups and follow up people who "
        "have gone home. You must record every patient's weight on Rio within 24 hours of taking it, and tell the "
        "dietitian the same day if anyone has lost more than two kilograms in a week. You do not need to have "
        "worked in an NHS dietetic service before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you hold a Level 3 qualification in health, nutrition or a related subject. You "
        "must have experience of supporting adults with mental health problems, in a paid or voluntary role. It "
        "is essential that you can weigh and measure patients accurately and record the results. Clear written "
        "English is essential, as you will write in patients' records after every contact. It is essential that "
        "you are able to plan and run a small cooking or healthy eating group.",
    ),
    (
        "body",
        "Experience of working with menus, food service or special diets would be beneficial. A foundation "
        "degree or Level 4 certificate in nutrition would be an advantage. Knowledge of how antipsychotic "
        "medication can affect weight and appetite is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need an enhanced DBS check. We will give you the Trust's "
        "breakaway and de-escalation training before you work on the wards, and after your first year we will "
        "support you to apply for a nutrition foundation degree. You will benefit from 27 days' annual leave plus "
        "bank holidays, the NHS Pension, free parking at St Bernard's and a cycle-to-work scheme. We welcome "
        "applications from people with their own experience of mental illness.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    k1_sleep_service_healthcare_assistant()
    k2_pulmonary_rehabilitation_support_worker()
    k3_orthodontic_clinic_administrator()
    k4_foot_protection_support_worker()
    (ADVERTS / "k5_nutrition_and_dietetics_administrator.pdf").write_bytes(pdf_bytes(K5_ITEMS, title=(16, 56)))
    (ADVERTS / "k6_dietetic_assistant_practitioner.pdf").write_bytes(pdf_bytes(K6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
