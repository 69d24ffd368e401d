"""Build the Word and PDF adverts of the one hundred and third held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback103/build.py`. The generated files are
committed, so nothing needs this script to score them; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts. Each Word file is saved
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

TICK = "\u2713"  # a plain check mark in the level column that applies; the other cell is left empty
DASH = "\u2013"
BULLET = "\u2022"
FIXED_TIME = dt.datetime(2029, 2, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 1, 9, 0, 0)  # every Word file's zip entries


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_hospice_at_home_care_support_worker() -> None:
    """Shape 1: tick columns with category rows merged across the table. The employer only in the page header, the
    closing date only in the page footer, the band in a bold line under the title; four ticked-Essential rows that are
    not criteria (training the job gives, "not required", a "Must ..." duty and a DBS check)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"London North West University Healthcare NHS Trust {DASH} Meadow House Hospice"
    section.footer.paragraphs[
        0
    ].text = (
        "Job reference 362-HAH-0315  \u00b7  Closing date: 5 March 2029  \u00b7  Interviews: Thursday 15 March 2029"
    )
    document.add_heading("Hospice at Home Care Support Worker", level=1)
    document.add_paragraph().add_run(
        "Band 3  \u00b7  Hospice at Home team, Meadow House Hospice, Ealing Hospital, Uxbridge Road, Southall UB1 3HW"
    ).bold = True
    document.add_paragraph(
        "Permanent  |  37.5 hours a week on a rota between 8am and 10pm, seven days a week  |  "
        "\u00a329,970 to \u00a332,400 a year including Outer London High Cost Area Supplement"
    )
    document.add_heading("About the team", level=2)
    document.add_paragraph(
        "Most people tell us they would like to die at home, with the people they love around them. Our Hospice at "
        "Home team of nurses and care support workers makes that possible for around 40 patients at a time across "
        "Ealing, Southall, Acton and Hanwell. We visit up to four times a day in the last weeks of life, alongside "
        "the district nurses, GPs and the specialist palliative care nurses at Meadow House."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Give personal care in patients' homes: washing, dressing, continence care and help to eat and drink",
        "Help patients to change position and keep their skin healthy, using the equipment in the home",
        "Tell the nurse in charge straight away about any new pain, restlessness or change in a patient's breathing",
        "Support families and carers, including in the hours after a death",
        "Write up each visit in the patient's home record and on SystmOne before the end of your shift",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Care Certificate, or NVQ / QCF Level 2 in Health and Social Care", TICK, ""),
        ("Level 3 Diploma in Health and Social Care (Adults)", "", TICK),
        ("Completion of the Trust's syringe driver awareness e-learning within your first month", TICK, ""),
        ("Experience",),
        ("Experience of giving personal care to adults in their own homes or in a care setting", TICK, ""),
        ("Previous hospice experience is not required", TICK, ""),
        ("Experience of caring for people in the last weeks or days of life", "", TICK),
        ("Skills and abilities",),
        ("Able to talk with patients and families who are distressed, with sensitivity and compassion", TICK, ""),
        ("Able to write clear and accurate notes after each visit", TICK, ""),
        ("Able to recognise and report signs of pain, agitation or changes in breathing", TICK, ""),
        ("Must hand the visit log back to the coordinator at the end of every shift", TICK, ""),
        ("Knowledge",),
        ("Understanding of pressure area care and safe moving and handling", TICK, ""),
        ("Other",),
        ("Enhanced DBS check, including the adult barred list", TICK, ""),
        ("Full UK driving licence and use of a car for work", TICK, ""),
        ("Able to work a rota that includes evenings, weekends and bank holidays", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension; mileage paid at NHS "
        "rates for every visit; monthly group supervision and a quiet room at the hospice after difficult shifts. "
        "You must have the right to work in the UK; we are unable to offer visa sponsorship for this post. "
        "Informal enquiries to the Hospice at Home team leader on 020 7946 0318."
    )
    _save(document, "v1_hospice_at_home_care_support_worker.docx")


def v2_specialist_palliative_care_team_support_worker() -> None:
    """Shape 2: rows marked E or D with a "How assessed" column and the category merged down the first column (not
    bold). The title and band in one bold line, the closing date in the next, the employer only in a details table
    with two label-value pairs a row; a training row and a right-to-work row marked E; a "You must ..." duty."""
    document = blank_docx("Calibri")
    document.add_heading("Job description and person specification", level=1)
    document.add_paragraph().add_run("Specialist Palliative Care Team Support Worker, Band 3").bold = True
    document.add_paragraph("Closing date for applications: Friday 9 March 2029. Interviews: Tuesday 20 March 2029.")
    label_value_table(
        document,
        [
            ("Employer", "The Hillingdon Hospitals NHS Foundation Trust", "Division", "Medicine and Integrated Care"),
            ("Base", "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN", "Hours", "37.5, Monday to Friday"),
            ("Contract", "Permanent", "Reference", "348-SPC-2291"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The hospital specialist palliative care team (two consultants, five clinical nurse specialists and an "
        "administrator) sees around 900 new patients a year on the wards at Hillingdon Hospital. The support "
        "worker keeps the team's referrals moving, helps the nurses with families and follow-up, and is often the "
        "first person a worried relative speaks to. You must check the team's referral inbox at 8am and 1pm every "
        "day and log every new referral before the nurses' huddle."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Log new referrals, book first visits with the nurse specialists and keep the team's caseload list up to date.",
        "Arrange family meetings and follow up actions agreed with ward teams.",
        "Spend time with patients and relatives on the wards, and point them to the chaplaincy, bereavement and "
        "welfare services.",
        "Collect the team's activity figures each month.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Heading", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Education", "GCSE English and maths at grade 4 / C or above, or equivalent", "E", "A"),
        ("Education", "Level 3 qualification in health and social care or a related subject", "D", "A"),
        (
            "Education",
            "Trust palliative care competency workbook, completed within six months of starting",
            "E",
            "N/A",
        ),
        ("Experience", "Experience of working with patients in a hospital or community health setting", "E", "A / I"),
        ("Experience", "Experience of supporting people with advanced illness, or their families", "D", "A / I"),
        ("Skills", "Able to organise own workload and prioritise new referrals", "E", "I"),
        ("Skills", "Good IT skills, including Microsoft Outlook and Excel", "E", "A / T"),
        ("Skills", "Able to listen to patients and relatives who are upset and respond calmly", "E", "I"),
        ("Skills", "Experience of using an electronic patient record such as Cerner", "D", "A"),
        ("Knowledge", "Understanding of the role of a hospital specialist palliative care team", "E", "I"),
        (
            "Knowledge",
            "Awareness of the customs of different faiths and cultures around death and dying",
            "D",
            "I",
        ),
        (
            "Other",
            f"Right to work in the UK {DASH} sponsorship is not available for this post",
            "E",
            "Pre-employment checks",
        ),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_paragraph(
        "E = essential, D = desirable. A = application form, I = interview, T = short computer exercise on the "
        "interview day."
    )
    document.add_paragraph(
        "You do not need to have worked in palliative care before: you will spend your first two weeks with the "
        "nurse specialists. We offer 27 days' annual leave plus bank holidays, the NHS Pension, staff parking and "
        "free counselling through our staff wellbeing service. The post is subject to an enhanced DBS check."
    )
    _save(document, "v2_specialist_palliative_care_team_support_worker.docx")


def v3_palliative_care_unit_ward_housekeeper() -> None:
    """Shape 3: Essential and Desirable side by side per category. The employer and closing date only in the page
    footer, the band in a details table; a "No care experience needed" line in an Essential cell, "N/A" in one
    Desirable cell and training the job gives in another."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.footer.paragraphs[
        0
    ].text = (
        f"Central London Community Healthcare NHS Trust {DASH} applications close 12/03/2029 {DASH} ref 611-PCU-0402"
    )
    document.add_heading("Palliative Care Unit Ward Housekeeper", level=1)
    label_value_table(
        document,
        [
            ("Pay band", "2"),
            ("Salary", "\u00a327,640 a year including Inner London High Cost Area Supplement"),
            ("Hours", "37.5 a week: early shifts 7am to 3pm and late shifts 12pm to 8pm"),
            (
                "Unit",
                "Pembridge Palliative Care Unit, St Charles Centre for Health and Wellbeing, Exmoor Street, "
                "London W10 6DZ",
            ),
        ],
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Pembridge is a 12-bed inpatient unit for people with advanced illness, many of them in their last days. "
        "Food matters here: a favourite breakfast, a cup of tea made just right, or a drink for a visitor who has "
        "sat by a bed all night. As ward housekeeper you will order, prepare and serve meals and drinks, keep the "
        "kitchen and day room clean and stocked, and make relatives welcome. You must record the kitchen fridge "
        "and freezer temperatures every morning before breakfast is served."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Essential", "Desirable"])
    rows = [
        ("Qualifications", "Good basic English and maths", "Level 2 Food Safety and Hygiene certificate"),
        (
            "Experience",
            "Experience of serving food, or of housekeeping, catering or cleaning work\n"
            f"No care experience needed {DASH} full induction given",
            "Experience of working in a hospital, hospice or care home",
        ),
        (
            "Skills",
            "Able to speak kindly and patiently with patients who are very unwell and with their visitors\n"
            "Able to plan and keep to a daily routine of meals, drinks and ward stock",
            "Speaks a language used in the local community, such as Arabic, Portuguese or Spanish",
        ),
        ("Knowledge", "Understanding of infection prevention, including hand hygiene", "N/A"),
        (
            "Other",
            "Able to work early and late shifts, including alternate weekends",
            "Allergen awareness training provided in your first week",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working with us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave plus bank holidays, the NHS Pension, a free meal on every shift and "
        "access to our staff support line. Applicants need the right to work in the UK (we cannot sponsor visas "
        "for this role) and the successful candidate will need a standard DBS check."
    )
    _save(document, "v3_palliative_care_unit_ward_housekeeper.docx")


def v4_palliative_care_fast_track_coordinator() -> None:
    """Shape 4: Essential and Desirable as two rows per area under "Area | Level | Requirements", the area merged down.
    The band and closing date in a details table with two pairs a row, the employer only in the first sentence of
    About the role; a training line alone in a Desirable row, a "Must ..." duty in an Essential row, "N/A"."""
    document = blank_docx("Calibri")
    document.add_heading("Palliative Care Fast Track Coordinator", level=1)
    label_value_table(
        document,
        [
            ("Band", "4", "Closing date", "Friday 16 March 2029"),
            (
                "Hours",
                "37.5 a week, Monday to Friday, and a Saturday morning rota",
                "Contract",
                "Fixed term, 18 months",
            ),
            ("Base", "15 Marylebone Road, London NW1 5JD, and home", "Reference", "QWL-0931-FT"),
        ],
    )
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "NHS North West London Integrated Care Board arranges and funds care for people who are rapidly "
        "approaching the end of their life and want to be cared for at home, in a care home or in a hospice. When "
        "a fast track referral arrives, often on the day a patient is due to leave hospital, our coordinators "
        "check the paperwork, find a care provider with the nurses and set the package up, usually within 48 hours."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Check each fast track referral for completeness and chase missing information with wards and GPs",
        "Contact care providers, agree start dates and record each package on the case management system",
        "Keep families informed by phone while care is being arranged",
        "Send weekly activity reports to the team manager",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "Educated to A-level standard, or equivalent experience"),
        ("Qualifications", "Desirable", "NVQ Level 3 in Business Administration or similar"),
        (
            "Experience",
            "Essential",
            "Experience of administration in a health or social care setting\n"
            "Experience of handling urgent requests to tight deadlines",
        ),
        ("Experience", "Desirable", "Experience of NHS Continuing Healthcare or care brokerage"),
        (
            "Skills",
            "Essential",
            "Confident with Microsoft Excel, Word and Outlook\n"
            "Able to speak with anxious or bereaved families on the phone with tact",
        ),
        ("Skills", "Desirable", "Experience of a case management system such as Broadcare"),
        ("Knowledge", "Essential", "Understanding of confidentiality and information governance"),
        ("Knowledge", "Desirable", "Training on the Fast Track Pathway Tool is given in your first month"),
        (
            "Other",
            "Essential",
            "Able to cover the Saturday morning rota one week in four\n"
            "Must confirm every care package start date with the provider in writing on the same day",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "Hybrid working (two days a week in the office), 27 days' annual leave plus bank holidays, the NHS "
        "Pension and a season ticket loan. Previous NHS experience is not necessary. Offers are subject to the "
        "right to work in the UK and a basic DBS check."
    )
    _save(document, "v4_palliative_care_fast_track_coordinator.docx")


V5_ITEMS = [
    ("title", "Hospice at Home Night Sitter"),
    ("bold", f"Central and North West London NHS Foundation Trust {DASH} Hillingdon Community Palliative Care"),
    ("body", "Based in Uxbridge, working in patients' own homes across the London Borough of Hillingdon"),
    ("gap", ""),
    ("body", "Band 2  |  \u00a326,530 a year pro rata, plus unsocial hours payments"),
    ("body", "Permanent, part time  |  15 to 30 hours a week  |  night shifts, 10pm to 7am"),
    ("body", "Apply by Sunday 18 March 2029. Interviews will be held in Uxbridge on Tuesday 27 March 2029."),
    ("heading", "About the service"),
    (
        "body",
        "Our night sitters stay overnight with people who are in the last days or weeks of life, so that their "
        "families can sleep and the person can stay at home as they wished. You will work alone in the home, with a "
        "community nurse on call all night and a nurse who can visit within the hour.",
    ),
    ("heading", "What a night looks like"),
    ("body", f"{BULLET} Arrive at 10pm, read the care plan and the notes from the day, and talk with the family"),
    ("body", f"{BULLET} Sit with the patient, offer drinks, keep them comfortable and help them to change position"),
    (
        "body",
        f"{BULLET} You must phone the on-call nurse straight away if a syringe driver alarms or stops, and never try "
        "to reset it yourself",
    ),
    ("body", f"{BULLET} Wake the family if there is a change they have asked to be told about"),
    ("body", f"{BULLET} Write up the night in the home record before you hand over at 7am"),
    ("heading", "Who we're looking for"),
    ("bold", "You will need"),
    ("body", f"{BULLET} Experience of caring for adults, whether paid, as a volunteer or for a family member"),
    ("body", f"{BULLET} Able to stay alert and calm through a whole night on your own in a patient's home"),
    ("body", f"{BULLET} A kind, unhurried manner with people who are dying and with those close to them"),
    ("body", f"{BULLET} Able to read and follow a care plan, and write clear notes in English"),
    ("body", f"{BULLET} Available for at least two nights a week, 10pm to 7am, including some weekends"),
    ("body", f"{BULLET} Able to get to patients' homes anywhere in Hillingdon at night"),
    (
        "body",
        f"{BULLET} You don't need to have worked in a hospice before {DASH} your first three nights are shadow "
        "shifts with an experienced sitter",
    ),
    ("bold", "Nice to have"),
    ("body", f"{BULLET} The Care Certificate"),
    ("body", f"{BULLET} Experience of mouth care and of helping to reposition someone in bed"),
    ("body", f"{BULLET} Speaks Punjabi, Hindi, Urdu or Somali"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; this post is not eligible for visa sponsorship. Offers depend "
        "on an enhanced DBS check and two references, one from your most recent employer if you have one.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET} Mileage at NHS rates, or taxi fares paid when there is no other way to reach a patient"),
    ("body", f"{BULLET} Time to complete the Care Certificate in paid hours if you have not done it yet"),
    ("body", f"{BULLET} 27 days' annual leave pro rata, the NHS Pension and a debrief after every death on shift"),
]

V6_ITEMS = [
    ("title", "End of Life Rapid Discharge Coordinator"),
    ("bold", "Palliative and End of Life Care Team, Chelsea and Westminster Hospital NHS Foundation Trust"),
    ("body", "West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "When someone in hospital is dying and wants to spend their last days at home or in a hospice, every hour "
        "counts. We are looking for a coordinator to join our palliative and end of life care team at Band 4, "
        "working 37.5 hours a week from Monday to Friday, to make those discharges happen safely and quickly, "
        "usually within 24 hours of the decision.",
    ),
    (
        "body",
        "You will take referrals from the wards, book transport, order equipment, arrange fast track funding and "
        "care, and keep the patient's family and community team up to date. You must confirm that the patient's "
        "medicines, including any syringe driver and its chart, have gone with them before the ambulance leaves. "
        "You do not need a clinical background for this role.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a hospital or community health setting where you arranged "
        "discharges, transfers or packages of care. You must be able to keep several urgent cases moving at once, "
        "often against a deadline of the same day. Clear and compassionate telephone skills are essential, "
        "because you will often be speaking with families who know that their relative is dying. It is essential "
        "that you are confident with Microsoft Outlook and Excel. Accurate and timely record keeping is essential. "
        "You must be able to work closely with ward nurses, district nurses, hospices and equipment services to get "
        "everything in place.",
    ),
    (
        "body",
        "Experience of ordering community equipment, such as hospital beds, would be beneficial. Knowledge of the "
        "Universal Care Plan would be an advantage. A Level 3 qualification in health and social care would be "
        "beneficial.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship. The successful candidate will need a standard DBS check. Time to talk things through after "
        "a hard day, which we see as essential in this work, is built into every week. You will benefit from 27 "
        "days' annual leave plus bank holidays, the NHS Pension and free staff parking at West Middlesex.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Please apply through Trac by midnight on Wednesday 21 March 2029 (reference 290-EOL-7741). Interviews will "
        "be held on Wednesday 28 March 2029. For an informal chat, email palliative.team@example.com or call "
        "020 7946 0571.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_hospice_at_home_care_support_worker()
    v2_specialist_palliative_care_team_support_worker()
    v3_palliative_care_unit_ward_housekeeper()
    v4_palliative_care_fast_track_coordinator()
    (ADVERTS / "v5_hospice_at_home_night_sitter.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_end_of_life_rapid_discharge_coordinator.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
