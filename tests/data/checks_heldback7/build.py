"""Build the Word and PDF adverts of the seventh held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback7/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. Its Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts. The
pasted-text adverts (v6 to v8) are plain files and are not built here.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.advert_files import (  # noqa: E402
    add_rows_merging_categories_down,
    add_rows_with_category_rows,
    blank_docx,
    header_table,
    label_value_table,
    pdf_bytes,
)

ADVERTS = HERE / "adverts"

# A heavy check mark for "yes" and a ballot X for "no", as some trusts' templates print them.
TICK = "\u2714"
CROSS = "\u2717"


# ------------------------------------------------------------------------------------- Word helpers of its own


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_endoscopy_support_worker() -> None:
    """Job details in a two-column box; tick and cross columns with category rows merged across; a training
    row, a DBS row and a uniform row ticked Essential."""
    document = blank_docx()
    document.add_heading("Vacancy details", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Endoscopy Support Worker"),
            ("Organisation", "London North West University Healthcare NHS Trust"),
            ("Department", "Endoscopy Unit, St Mark's Hospital, Northwick Park, Harrow"),
            ("Pay band", "AfC Band 2"),
            ("Hours", "37.5 per week, rota including late lists"),
            ("Closing date", "12 Oct 2027"),
        ],
    )
    document.add_heading("Job summary", level=2)
    document.add_paragraph(
        "The endoscopy unit carries out around 150 camera tests a week, from gastroscopies to colonoscopies. As a "
        "support worker you will welcome patients, help them change and settle on a trolley, stay with them in "
        "recovery, and take used scopes to the decontamination room where they are washed and tracked. You will "
        "keep the rooms stocked and clean between patients, under the direction of the nurse in charge."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("Good standard of literacy and numeracy (GCSE or equivalent)", TICK, CROSS),
        ("Care Certificate, or NVQ / Diploma Level 2 in Health and Social Care", CROSS, TICK),
        (
            "Completion of the Trust's endoscope decontamination training within three months of starting",
            TICK,
            CROSS,
        ),
        ("Experience",),
        ("Experience of caring for patients in a hospital, care home or community setting", TICK, CROSS),
        ("Experience of working in an endoscopy, day surgery or theatre recovery unit", CROSS, TICK),
        ("Skills and abilities",),
        ("Able to reassure patients who are anxious before or after a procedure", TICK, CROSS),
        ("Able to follow written cleaning and decontamination procedures step by step", TICK, CROSS),
        ("Able to measure and record pulse, blood pressure and oxygen levels accurately", CROSS, TICK),
        ("Basic computer skills for entering data on the scope tracking system", TICK, CROSS),
        ("Knowledge",),
        ("Understanding of infection prevention and hand hygiene", TICK, CROSS),
        ("Other",),
        ("Able to work late lists until 8 pm and one Saturday in four", TICK, CROSS),
        ("Enhanced DBS clearance", TICK, CROSS),
        ("Will wear the scrubs and closed theatre shoes provided by the unit", TICK, CROSS),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_paragraph(
        "We offer 27 days of annual leave plus bank holidays, the NHS Pension Scheme, on-site staff parking and a "
        "free staff gym. Informal visits are welcome: please contact the unit manager."
    )
    document.save(ADVERTS / "v1_endoscopy_support_worker.docx")


def v2_dental_receptionist() -> None:
    """Employer in the page footer and the About us paragraph; Essential and Desirable side by side per
    category, several lines in a cell, a "no dental experience" line and a DBS line in the Essential column,
    and a benefit in a Desirable cell."""
    document = blank_docx()
    document.sections[0].footer.paragraphs[
        0
    ].text = "Central London Community Healthcare NHS Trust \u2013 Community Dental Service"
    document.add_heading("Dental Receptionist \u2013 Community Dental Service", level=1)
    document.add_paragraph(
        "Salary: \u00a329,970 \u2013 \u00a332,980 per annum pro rata, including High Cost Area Supplement "
        "(Agenda for Change Band 3)"
    )
    document.add_paragraph("Part time, 30 hours a week over four days")
    document.add_paragraph("Apply by 11.59 pm on Friday 8 October 2027")
    document.add_heading("About us", level=2)
    document.add_paragraph(
        "Central London Community Healthcare NHS Trust runs a community dental service for people who find it "
        "hard to use an ordinary dental practice: children and adults with learning disabilities, people living "
        "with dementia, people who are housebound and people who are very anxious about dental treatment. Our "
        "clinics are in Soho and Kentish Town."
    )
    document.add_heading("The role", level=2)
    document.add_paragraph(
        "You will greet patients and their carers, book and change appointments, answer the phone, take payments "
        "for patients who pay NHS charges and keep the waiting room calm and welcoming. You will send reminder "
        "texts the day before each appointment and scan referral letters into the patient record."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade C / 4 or above, or equivalent",
            "Customer care or reception qualification, e.g. NVQ Level 2",
        ),
        (
            "Experience",
            "Experience of working on a reception desk or in a customer-facing role\n"
            "Dental experience is not required \u2013 full training on our systems will be given",
            "Experience of working in a dental practice or other healthcare setting",
        ),
        (
            "Skills",
            "Able to handle telephone calls from anxious or upset patients calmly\n"
            "Able to take and record card and cash payments accurately",
            "Able to use a dental records system such as R4 or Dentally",
        ),
        (
            "Personal qualities",
            "Patience and respect when supporting patients with learning disabilities, dementia or a fear of "
            "the dentist",
            "British Sign Language Level 1 or above",
        ),
        (
            "Other",
            "Able to work at either of our two clinics on different days\nThe post is subject to a standard DBS check",
            "Start and finish times can be arranged around school hours",
        ),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_paragraph(
        "We are committed to equality, diversity and inclusion and welcome applications from all sections of the "
        "community."
    )
    document.save(ADVERTS / "v2_dental_receptionist.docx")


def v3_discharge_lounge_assistant() -> None:
    """Band in the title line; rows marked E or D with the category cell merged down and a How assessed
    column; duties as bullets above; a training row, a right to work row and an occupational health row
    marked E; the closing date as the last line."""
    document = blank_docx()
    document.add_heading("Discharge Lounge Assistant (Band 2)", level=1)
    document.add_paragraph(
        "West Middlesex University Hospital, Isleworth \u2013 part of Chelsea and Westminster Hospital NHS "
        "Foundation Trust"
    )
    document.add_paragraph("Full time, 37.5 hours a week. Permanent.")
    document.add_heading("What the job involves", level=2)
    for duty in [
        "Welcome patients who are ready to go home and settle them in the discharge lounge",
        "Offer drinks, snacks and meals and help patients to the toilet",
        "Collect medicines to take home from the pharmacy and check that they match the discharge letter",
        "Book hospital transport and keep patients and relatives informed about waiting times",
        "Keep the lounge clean and tidy and restock linen and supplies",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Requirement", "E / D", "How assessed"])
    rows = [
        ("Qualifications", "Good standard of English and maths (GCSE or Functional Skills Level 2)", "E", "A"),
        ("Qualifications", "Care Certificate or Level 2 in Health and Social Care", "D", "A"),
        (
            "Qualifications",
            "Will complete the Trust's Care Certificate programme in the first 12 weeks",
            "E",
            "\u2013",
        ),
        ("Experience", "Experience of caring for adults, paid or unpaid", "E", "A/I"),
        ("Experience", "Experience of working on a hospital ward or in a discharge team", "D", "A/I"),
        ("Skills", "Able to help patients move safely using walking aids and wheelchairs", "E", "I"),
        (
            "Skills",
            "Able to explain clearly to patients and relatives what happens next, including transport and medicines",
            "E",
            "I",
        ),
        ("Skills", "Able to use a computer to book transport and update patient records", "E", "A/T"),
        ("Skills", "Able to take and record temperature, pulse and blood pressure", "D", "I/T"),
        ("Knowledge", "Awareness of the needs of older people, including people living with dementia", "E", "I"),
        ("Working pattern", "Able to work shifts between 8 am and 8 pm, including weekends", "E", "I"),
        ("Working pattern", "Must have the right to work in the UK", "E", "A"),
        ("Working pattern", "Satisfactory occupational health clearance before starting", "E", "\u2013"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("A = application form, I = interview, T = test on the day.")
    document.add_paragraph("Closing date for applications: 30/09/2027")
    document.save(ADVERTS / "v3_discharge_lounge_assistant.docx")


V4_ITEMS = [
    ("body", "Pharmacy Department | Hillingdon Hospital, Pield Heath Road, Uxbridge"),
    ("title", "Pharmacy Delivery Driver"),
    ("bold", "The Hillingdon Hospitals NHS Foundation Trust"),
    ("body", "Agenda for Change: Band 2   |   37.5 hours, Monday to Friday 9 am to 5.30 pm   |   Permanent"),
    ("body", "Applications close on Thursday 7 October 2027."),
    ("heading", "About the job"),
    (
        "body",
        "Our pharmacy supplies medicines to the wards at Hillingdon and Mount Vernon hospitals and sends urgent "
        "medicines to patients at home. The driver runs three timed rounds a day between the two sites and "
        "makes home deliveries in the afternoon.",
    ),
    ("heading", "What you'll do"),
    ("body", "\u2022 Load, drive and unload the pharmacy van on the daily rounds"),
    ("body", "\u2022 Deliver medicines to patients' homes and get a signature for each parcel"),
    ("body", "\u2022 Keep cool boxes at the right temperature and log the readings"),
    ("body", "\u2022 You must check the van every morning and report any defects to the transport office"),
    ("heading", "What we're looking for"),
    ("bold", "Essential"),
    ("body", "\u2022 Full UK driving licence held for at least two years, with no more than three penalty points"),
    ("body", "\u2022 Able to plan a delivery route and use a satnav"),
    ("body", "\u2022 Able to lift and carry boxes of up to 20 kg"),
    ("body", "\u2022 Good timekeeping and able to keep to a delivery schedule"),
    ("body", "\u2022 Polite and discreet when delivering to patients' homes"),
    ("body", "\u2022 Able to keep accurate delivery records, including signatures"),
    ("body", "\u2022 No pharmacy experience is needed \u2013 we will train you in handling medicines"),
    ("body", "\u2022 You will drive a Trust van, so you do not need a vehicle of your own"),
    ("body", "\u2022 Enhanced DBS check required"),
    ("bold", "Desirable"),
    ("body", "\u2022 Experience as a delivery or courier driver"),
    ("body", "\u2022 Experience of driving a van of up to 3.5 tonnes"),
    ("body", "\u2022 Basic understanding of keeping medicines at the correct temperature"),
    ("heading", "Can I apply?"),
    (
        "body",
        "You must have the right to work in the UK. This role is not eligible for a Skilled Worker visa and we "
        "cannot offer sponsorship.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days of annual leave plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme"),
    ("body", "\u2022 Free parking for pharmacy staff and a staff restaurant on site"),
]

V5_ITEMS = [
    ("title", "Occupational Health Administrator"),
    ("body", "Staff Health and Wellbeing Service, West London NHS Trust, Southall"),
    ("gap", ""),
    (
        "body",
        "This Band 3 post is permanent and full time (37.5 hours). The closing date is 15 October 2027, and we "
        "expect to hold interviews the week after.",
    ),
    ("heading", "About the service"),
    (
        "body",
        "Our occupational health nurses and doctors look after the health of the Trust's 4,000 staff: health "
        "checks for new starters, vaccinations, referrals from managers and support for people returning to work "
        "after illness. The administrator is the first person staff speak to when they call us. You will book "
        "clinics, send out health questionnaires, type letters from the clinicians' dictation and keep our "
        "records up to date. You must send every pre-employment questionnaire out within two working days of "
        "receiving the request. Medical knowledge is not essential \u2013 the team will explain the terms you "
        "come across.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in an office or administrative role before. You must be able to "
        "handle confidential health information with complete discretion. Good typing skills and confident use "
        "of Microsoft Word, Outlook and Excel are essential. It is also essential that you can manage a busy "
        "appointments diary, booking and rearranging clinics for several nurses and doctors. Clear and polite "
        "communication on the telephone is essential, as many of the people who call us are unwell or worried "
        "about their job.",
    ),
    (
        "body",
        "Experience of working in occupational health or a GP surgery would be beneficial. Knowledge of an "
        "occupational health records system such as Cohort would be an advantage. An administration "
        "qualification, such as an NVQ Level 3 in Business Administration, would also be beneficial.",
    ),
    ("heading", "Working for us"),
    (
        "body",
        "All new starters complete the Trust's mandatory training in their first month, which is essential for "
        "every role. We offer hybrid working once you are settled in, and staff tell us they find the "
        "Employee Assistance Programme and the cycle-to-work scheme beneficial. West London NHS Trust is a "
        "Disability Confident Employer.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_endoscopy_support_worker()
    v2_dental_receptionist()
    v3_discharge_lounge_assistant()
    (ADVERTS / "v4_pharmacy_delivery_driver.pdf").write_bytes(pdf_bytes(V4_ITEMS))
    (ADVERTS / "v5_occupational_health_administrator.pdf").write_bytes(pdf_bytes(V5_ITEMS))


if __name__ == "__main__":
    main()
