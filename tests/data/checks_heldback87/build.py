"""Build the Word and PDF adverts of the eighty-seventh held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback87/build.py`. The generated files are
committed, so nothing needs this script; it is kept so the files can be read and rebuilt. The Word and PDF helpers
are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts. Each Word file is saved with fixed
core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The pasted-text adverts (h7 and
h8) are plain files and are not built here.
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
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

# A ballot box with a tick for the level that applies and an empty ballot box for the other.
TICKED = "\u2611"
EMPTY = "\u2610"
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2029, 1, 22, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 1, 22, 10, 30, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def h1_pharmacy_distribution_assistant() -> None:
    """The employer only in the page header; the band inside a "|" line under the title; the closing date in a bold
    sentence just before the person specification; ballot-box tick columns with category rows merged across the
    table, and four ticked-Essential rows that are not criteria (induction training, "Previous hospital experience is
    not required", a "Must finish ..." duty and proof of the right to work)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[
        0
    ].text = f"London North West University Healthcare NHS Trust {DASH} Pharmacy Department, Northwick Park Hospital"
    section.footer.paragraphs[0].text = "Job reference 343-PHA-2291 \u00b7 Page 1 of 1"
    document.add_heading("Pharmacy Distribution Assistant", level=1)
    document.add_paragraph(
        f"Agenda for Change Band 2 | {POUND}26,530 to {POUND}27,898 a year including High Cost Area Supplement | "
        "37.5 hours a week on a rota | Permanent"
    )
    document.add_heading("About the post", level=2)
    document.add_paragraph(
        "Our distribution team moves medicines from the pharmacy stores at Northwick Park to more than 40 wards, "
        "theatres and clinics every day, and runs the twice-daily van to Central Middlesex Hospital. We are a team of "
        "nine assistants and two supervisors, and we keep the wards stocked so that nurses never have to go looking "
        "for a medicine at 3am."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Pick ward top-up orders from the stores and the dispensary robot's output, and pack them into sealed totes",
        "Deliver totes, fridge items and controlled drug boxes to wards and get a signature for each one",
        "Unpack wholesaler deliveries, check them against the delivery note and put stock away, oldest at the front",
        "Check the temperatures of the stores fridges (2 to 8 \u00b0C) each morning and report anything out of range",
        "Bring back unwanted medicines from wards for return to stock or safe disposal",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    closing = document.add_paragraph()
    closing.add_run(
        "Applications close on Monday 26 February 2029. Interviews will be held on 7 March 2029."
    ).bold = True
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Attributes", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICKED, EMPTY),
        ("NVQ Level 2 Certificate in Pharmacy Service Skills", EMPTY, TICKED),
        ("Trust manual handling and cage safety training, completed in your induction week", TICKED, EMPTY),
        ("Experience",),
        ("Experience of picking, packing or delivering stock in a warehouse, shop or stores", TICKED, EMPTY),
        ("Previous hospital experience is not required", TICKED, EMPTY),
        ("Experience of working in a hospital or community pharmacy", EMPTY, TICKED),
        ("Skills and abilities",),
        ("Able to check product names, strengths and expiry dates accurately", TICKED, EMPTY),
        ("Basic IT skills to use a handheld scanner and a stock system", TICKED, EMPTY),
        ("Must finish the morning ward top-up round by 11am", TICKED, EMPTY),
        ("Experience of a pharmacy stock control system such as JAC or Ascribe", EMPTY, TICKED),
        ("Physical and other requirements",),
        ("Able to push loaded delivery trolleys and lift boxes of up to 15 kg", TICKED, EMPTY),
        ("Able to work one late shift until 8pm each week and one weekend in five", TICKED, EMPTY),
        ("Proof of the right to work in the UK", TICKED, EMPTY),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave plus bank holidays, the NHS Pension Scheme, a free staff shuttle bus "
        "between Northwick Park and Central Middlesex, and access to our staff wellbeing hub. The post is subject to "
        "two satisfactory references and a basic DBS check. For an informal chat, call the Distribution Supervisor "
        "on 020 7946 0418."
    )
    save(document, "h1_pharmacy_distribution_assistant.docx")


def h2_controlled_drugs_pharmacy_assistant() -> None:
    """The service and a reference only in the page header; the employer and band inside the first sentence; the
    closing date in a bold line just above the table; numbered duties; rows marked E or D with the category merged down
    and a "How assessed" column, E and D mixed within a category, and three rows marked E that are not criteria
    (e-learning in the first two weeks, a "Must never ..." duty and an enhanced DBS check)."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Pharmacy {DASH} Charing Cross Hospital | Vacancy ref 290-PH-3318"
    document.add_heading("Controlled Drugs Pharmacy Assistant", level=1)
    document.add_paragraph(
        "Imperial College Healthcare NHS Trust is looking for a Controlled Drugs Pharmacy Assistant, on Agenda for "
        "Change Band 3, to join the pharmacy team at Charing Cross Hospital, Fulham Palace Road, London W6 8RF. The "
        "post is full time (37.5 hours a week) and permanent."
    )
    document.add_heading("The role", level=2)
    document.add_paragraph(
        "Controlled drugs are the medicines the law watches most closely: strong painkillers such as morphine and "
        "oxycodone, and some sedatives. You will look after their journey through the hospital, from the locked room "
        "in the dispensary to the ward cabinet, working alongside two pharmacy technicians and the lead pharmacist "
        "for medicines safety."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Receive controlled drug deliveries, check them against the order and put them away in the CD room",
        "Prepare and pack controlled drug orders for wards and theatres, and deliver them in sealed bags",
        "Make entries in the pharmacy's controlled drugs registers and take part in the weekly stock check",
        "Collect out-of-date and unwanted controlled drugs from wards for destruction under supervision",
        "Help the technicians with the three-monthly audit of every ward's CD cabinet and register",
    ]:
        document.add_paragraph(duty, style="List Number")
    closing = document.add_paragraph()
    closing.add_run("Closing date: Friday 2 March 2029 (interviews on Tuesday 13 March 2029)").bold = True
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "NVQ Level 2 in Pharmacy Service Skills or an equivalent pharmacy qualification",
            "E",
            "AF",
        ),
        ("Qualifications", "BTEC Level 3 National Diploma in Pharmaceutical Science", "D", "AF"),
        ("Qualifications", "Controlled drugs e-learning, completed in your first two weeks", "E", "N/A"),
        ("Experience", "At least one year's experience in a hospital or community pharmacy dispensary", "E", "AF / I"),
        ("Experience", "Experience of handling controlled drugs and keeping a CD register", "D", "AF / I"),
        ("Skills", "Able to count and record quantities accurately when checking stock balances", "E", "T"),
        ("Skills", "Clear, legible handwriting for entries in paper registers", "E", "T"),
        ("Skills", "Able to challenge others politely but firmly when a procedure is not followed", "E", "I"),
        ("Skills", "Must never make a register entry without a second person signing as witness", "E", "N/A"),
        ("Knowledge", "Awareness of the Misuse of Drugs Regulations 2001", "D", "I"),
        ("Knowledge", "Understanding of why controlled drugs need extra safekeeping", "E", "I"),
        ("Other", "Able to work on a rota that includes Saturdays and bank holidays", "E", "I"),
        ("Other", "Enhanced DBS check", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "Key: E = essential, D = desirable, AF = application form, I = interview, T = a short counting and "
        "register-entry exercise on the interview day."
    )
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "No previous hospital experience is needed: you will have a named buddy for your first six weeks. We offer 27 "
        "days' annual leave plus bank holidays, the NHS Pension Scheme, season ticket loans and staff discounts. For "
        "more about the post, email pharmacy.recruitment@example.com or call 020 7946 0733."
    )
    save(document, "h2_controlled_drugs_pharmacy_assistant.docx")


def h3_dispensary_robot_operator() -> None:
    """The band inside the title heading ("(Band 2)"); the employer only in the page footer; Essential and Desirable
    side by side per category with one or two lines a cell, a "no robot experience needed" line and a right-to-work
    line in Essential cells, "N/A" in one Desirable cell and a training offer alone in another; the closing date in a
    paragraph after the table."""
    document = blank_docx("Verdana")
    section = document.sections[0]
    section.footer.paragraphs[
        0
    ].text = "The Hillingdon Hospitals NHS Foundation Trust \u00b7 Pield Heath Road, Uxbridge UB8 3NN"
    document.add_heading("Dispensary Robot Operator (Band 2)", level=1)
    document.add_paragraph("Pharmacy Department, Hillingdon Hospital")
    document.add_paragraph(
        f"37.5 hours a week, Monday to Friday | Permanent | {POUND}26,530 to {POUND}27,898 a year including High "
        "Cost Area Supplement"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our dispensary robot stores around 18,000 packs and picks most of the boxes that leave the pharmacy. It "
        "works best when someone who knows it well is looking after it. You will load new stock into it, keep its "
        "records straight, sort out the packs it rejects, and work with the manufacturer's engineers when it needs "
        "a repair. You will also help the dispensary team at busy times. You must scan every pack into the robot "
        "before the 9am outpatient clinics open, so that nothing runs short in the morning."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    add_rows_side_by_side(
        table,
        [
            (
                "Education and training",
                "Good standard of literacy and numeracy",
                "Level 2 qualification in a pharmacy or healthcare subject",
            ),
            (
                "Experience",
                "Experience of accurate, repetitive work at speed, for example packing, picking or a production line\n"
                f"No robot experience needed {DASH} full training is given by the manufacturer",
                "Experience of working in a pharmacy",
            ),
            (
                "Skills",
                "Confident using a computer and a touchscreen\nAble to follow written procedures step by step",
                "Able to clear simple machine faults and jams safely",
            ),
            (
                "Personal qualities",
                "Able to concentrate for long periods and notice small mistakes",
                "N/A",
            ),
            (
                "Working pattern and eligibility",
                "Able to start work at 7.30am, Monday to Friday\n"
                "Right to work in the UK (this post cannot offer visa sponsorship)",
                "Opportunity to train as a Pharmacy Assistant after your first year",
            ),
        ],
    )
    document.add_paragraph(
        "Closing date: 9 March 2029. We expect to interview in the week beginning 19 March 2029, and shortlisted "
        "applicants will be asked to try a short pack-loading exercise."
    )
    document.add_heading("Why Hillingdon?", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension Scheme, on-site staff parking, a nursery on site, "
        "and an employee assistance programme. Offers depend on two references and a basic DBS check."
    )
    save(document, "h3_dispensary_robot_operator.docx")


def h4_discharge_medicines_pharmacy_assistant() -> None:
    """The employer only in the page header; the title as the heading with the band in a "|" line under it; the closing
    date only in the page footer; Essential and Desirable rows per area under "Area | Level | Requirements" with the
    area merged down, a "Hospital experience is not needed" line in an Essential cell, a training line as the only line
    of the Knowledge Essential row, and a "Must get ..." duty as the second line of the Other Essential row."""
    document = blank_docx("Tahoma")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Chelsea and Westminster Hospital NHS Foundation Trust"
    section.footer.paragraphs[
        0
    ].text = "Closing date 14/03/2029 \u00b7 Interviews 26/03/2029 \u00b7 Reference C9-PH-0142"
    document.add_heading("Discharge Medicines Pharmacy Assistant", level=1)
    document.add_paragraph(
        f"Band 3 | {POUND}29,196 to {POUND}30,910 a year including High Cost Area Supplement | 37.5 hours a week, "
        "including one weekend in four | West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF"
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "When a patient is ready to go home, the medicines they take with them are often the last thing holding them "
        "up. Our discharge team gets those medicines made up, checked and to the ward as quickly as safely possible. "
        "You will work between the dispensary and the wards, and you will often be the person who goes through a "
        "patient's bag of medicines with them before they leave."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Dispense discharge prescriptions for checking by a pharmacist or accredited checking technician",
        "Check patients' own medicines on the wards and order anything that is missing",
        "Fill compliance aids and print reminder charts for patients who need them",
        "Talk patients and carers through their bag of medicines and answer simple questions",
        "Keep the discharge tracker on the ward whiteboards and the pharmacy screen up to date",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        (
            "Qualifications",
            "Essential",
            "NVQ Level 2 in Pharmacy Service Skills or the Level 2 Pharmacy Services Assistant apprenticeship",
        ),
        ("Qualifications", "Desirable", "Level 3 qualification in pharmaceutical science"),
        (
            "Experience",
            "Essential",
            "Experience of dispensing medicines in a hospital or community pharmacy\nHospital experience is not needed",
        ),
        ("Experience", "Desirable", "Experience of working with patients on a hospital ward"),
        (
            "Skills",
            "Essential",
            "Able to explain to patients and carers, in plain words, how and when to take their medicines\n"
            "Able to decide which discharge to deal with first when several are waiting",
        ),
        ("Skills", "Desirable", "Experience of using an electronic prescribing system"),
        ("Knowledge", "Essential", "Training on the Trust's discharge process is given in your first month"),
        (
            "Knowledge",
            "Desirable",
            "Knowledge of aids that help patients take their medicines, such as dosette boxes and reminder charts",
        ),
        (
            "Other",
            "Essential",
            "Able to walk between wards across the hospital site for much of the day\n"
            "Must get every discharge prescription to the ward within two hours of it reaching pharmacy",
        ),
        (
            "Other",
            "Desirable",
            "Speaks a language used by our local patients, such as Punjabi, Polish, Arabic or Somali",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension Scheme, a staff restaurant, free "
        "flu vaccinations and a cycle-to-work scheme. You must have the right to work in the UK; we cannot offer "
        "visa sponsorship for this post. Offers are subject to references and an enhanced DBS check. Questions to "
        "wmuh.pharmacy.jobs@example.com or 020 7946 0356."
    )
    save(document, "h4_discharge_medicines_pharmacy_assistant.docx")


# ------------------------------------------------------------------------------------------------------------ PDFs

H5_ITEMS = [
    ("bold", "NHS North West London Integrated Care Board"),
    ("title", "Care Home Medicines Support Officer"),
    ("body", f"Medicines Optimisation Team {DASH} Care Homes | Band 4 | {POUND}32,915 to {POUND}36,483 a year"),
    ("body", "Hybrid: 15 Marylebone Road, London NW1 5JD, home, and care homes across the eight boroughs"),
    ("body", "Closes: Tuesday 20 March 2029 at 23:59 | Interviews: Thursday 29 March 2029"),
    ("gap", ""),
    ("heading", "About the team"),
    (
        "body",
        "More than 9,000 people live in care homes in North West London, and most of them take five or more "
        "medicines a day. Our team of pharmacists and pharmacy technicians visits homes to review residents' "
        "medicines and to help staff give them safely. This new post will support the team and the homes "
        "between our visits.",
    ),
    ("heading", "What the job involves"),
    ("body", "\u2022 Visit care homes to look at how medicines are ordered, stored, given and recorded"),
    ("body", "\u2022 Carry out audits of medicine charts, fridges and storage, and feed back to home managers"),
    (
        "body",
        "\u2022 You must upload every visit report to the team's shared drive within three working days of the "
        "visit, so that the pharmacist can follow up anything urgent",
    ),
    ("body", "\u2022 Run short sessions for care staff on topics such as when-required medicines and eye drops"),
    ("body", "\u2022 Answer queries from homes, GP practices and community pharmacies on the team's phone line"),
    ("heading", "You will need"),
    ("body", "\u2022 Experience of working in a care home, home care agency or community health service"),
    ("body", "\u2022 Knowledge of how care homes order, store and give medicines"),
    ("body", "\u2022 Good attention to detail when checking medicine charts against prescriptions"),
    (
        "body",
        "\u2022 Confident speaking with care home managers, GPs and community pharmacists by phone and in person",
    ),
    ("body", "\u2022 Able to carry out simple audits and record the results accurately in Excel"),
    ("body", "\u2022 Able to travel between care homes across North West London"),
    (
        "body",
        f"\u2022 You don't need a pharmacy qualification {DASH} we will support you through the CPPE care homes "
        "training in your first three months",
    ),
    ("heading", "It would help if you also have"),
    ("body", "\u2022 A Level 3 qualification in health and social care or in pharmacy"),
    ("body", "\u2022 Experience of delivering training to care staff"),
    ("body", "\u2022 Knowledge of the NICE guidance on managing medicines in care homes"),
    ("heading", "Good to know"),
    (
        "body",
        "You will need the right to work in the UK; this post is not eligible for visa sponsorship. The post "
        "needs an enhanced DBS check, which we pay for. You do not need a car: travel between homes is by public "
        "transport, and we pay your fares.",
    ),
    ("heading", "Benefits"),
    ("body", "\u2022 27 days' annual leave, rising with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme and flexible working hours"),
    ("body", "\u2022 A laptop, a work mobile and a Travelcard loan"),
]

H6_ITEMS = [
    ("title", "West London NHS Trust"),
    ("bold", f"Mental Health Pharmacy Administrator {DASH} Band 3"),
    ("body", "Pharmacy Department, St Bernard's Hospital, Uxbridge Road, Southall UB1 3EU"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our pharmacy supplies medicines to the Trust's mental health wards at St Bernard's and Lakeside and to "
        "community teams across Ealing, Hammersmith and Fulham and Hounslow. We are looking for an administrator "
        "to keep the department's orders, invoices and figures in good order, working 37.5 hours a week, Monday to "
        "Friday. Applications close on Friday 23 March 2029, and interviews will take place on Tuesday 3 April 2029.",
    ),
    (
        "body",
        "You will raise orders with our wholesalers, match invoices to deliveries, answer the department's phone "
        "and shared inbox, and produce the monthly drug spending figures for each ward. You must send each ward "
        "manager their spending report by the fifth working day of the month. You do not need any knowledge of "
        "medicines before you start.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a busy office where you handled invoices, orders or data. You "
        "must be confident with Microsoft Excel and Outlook. Accurate data entry is essential. A single wrong "
        "figure can make a ward's budget look overspent for months. It is essential that you can speak and write "
        "clearly and politely to pharmacists, ward managers and suppliers. You must be able to stay patient and "
        "respectful with callers who are distressed or unwell. It is essential that you can plan your own work to "
        "meet monthly deadlines.",
    ),
    (
        "body",
        "Experience of working in the NHS or in a pharmacy would be beneficial. Knowledge of a pharmacy stock or "
        "finance system, such as JAC or Oracle, would be an advantage. An understanding of the stigma that people "
        "with mental illness can face is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "Proof of your right to work in the UK is essential, as this post does not meet the rules for visa "
        "sponsorship. The successful applicant will need a basic DBS check. After probation you can study for a "
        "Level 3 Business Administration apprenticeship in work time. You will benefit from 27 days' annual "
        "leave plus bank holidays, the NHS Pension, free parking at St Bernard's and a cycle-to-work scheme.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through our careers site with reference 333-WLT-1409. For an informal conversation, contact the "
        "Pharmacy Business Manager at pharmacy.business@example.com or on 020 7946 0591.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    h1_pharmacy_distribution_assistant()
    h2_controlled_drugs_pharmacy_assistant()
    h3_dispensary_robot_operator()
    h4_discharge_medicines_pharmacy_assistant()
    (ADVERTS / "h5_care_home_medicines_support_officer.pdf").write_bytes(pdf_bytes(H5_ITEMS, title=(17, 52)))
    (ADVERTS / "h6_mental_health_pharmacy_administrator.pdf").write_bytes(pdf_bytes(H6_ITEMS, title=(15, 60)))


if __name__ == "__main__":
    main()
