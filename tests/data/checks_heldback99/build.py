"""Build the Word and PDF adverts of the ninety-ninth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback99/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and PDF
helpers are in `tests/data/advert_files.py`; each Word file is saved with fixed core-property dates and fixed zip time
stamps, so a rebuild is byte for byte the same. The pasted-text adverts (v7 and v8) are plain files and are not built
here.
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

TICK = "\u2713"  # a plain check mark in the level column; the other column is left empty
DASH = "\u2013"
DOT = "\u00b7"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2028, 12, 11, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 11, 10, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_nutrition_screening_assistant() -> None:
    """The employer only in the page header; the closing date only in the page footer, before the reference and the
    hospital's address; the title as the heading and the band on a "·" line under it; duties as Word bullets; tick
    columns under "Attributes | Essential | Desirable" with category rows merged across the table, and four rows ticked
    Essential that are not criteria (training the job gives, "No previous NHS experience required", a "Must ..." duty
    and the right to work)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "The Hillingdon Hospitals NHS Foundation Trust  |  Nutrition and Dietetics"
    section.footer.paragraphs[0].text = (
        f"Closing date: 19/02/2029  {DOT}  Vacancy reference 346-NUT-2219  {DOT}  "
        "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"
    )
    document.add_heading("Nutrition Screening Assistant", level=1)
    document.add_paragraph(
        f"Agenda for Change Band 2  {DOT}  37.5 hours a week  {DOT}  Permanent  {DOT}  {POUND}26,530 to "
        f"{POUND}27,898 a year, including Outer London High Cost Area Supplement"
    )
    document.add_heading("About the post", level=2)
    document.add_paragraph(
        "Around one in three older people admitted to Hillingdon Hospital is already at risk of malnutrition, and a "
        "stay in hospital can make it worse. Our dietitians cannot see every patient on every ward, so our two "
        "Nutrition Screening Assistants make sure that no one slips through: they screen new patients on the medical "
        "and older people's wards, pick out those who need a dietitian, and help ward teams at mealtimes."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Screen newly admitted adults for risk of malnutrition within 48 hours, under the supervision of a dietitian",
        "Weigh patients on chair and hoist scales and estimate height from forearm length when a patient cannot stand",
        "Go through the menu with patients at risk and help them choose high-energy dishes and snacks",
        "Check that food and fluid charts are started for patients at risk, and refer patients who score highly to "
        "the dietitians",
        "Help at protected mealtimes on two older people's wards, including setting up trays and opening packets",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Attributes", "Essential", "Desirable"])
    rows = [
        ("Qualifications",),
        (
            "Good standard of literacy and numeracy, such as GCSE English and maths or Functional Skills Level 2",
            TICK,
            "",
        ),
        ("Level 2 Certificate in Nutrition and Health or a similar qualification", "", TICK),
        ("Completion of the Trust's nutrition screening e-learning during your first fortnight", TICK, ""),
        ("Experience",),
        ("Experience of caring for adults in a hospital, care home or home care setting", TICK, ""),
        ("No previous NHS experience required", TICK, ""),
        ("Experience of weighing and measuring patients", "", TICK),
        ("Skills and abilities",),
        ("Able to record information accurately on paper charts and on a computer", TICK, ""),
        ("Able to encourage patients who are reluctant or too unwell to eat", TICK, ""),
        ("Able to speak a community language used in Hillingdon, such as Punjabi, Polish or Somali", "", TICK),
        ("Must complete the ward's food record charts before the end of every shift", TICK, ""),
        ("Knowledge",),
        ("Understanding of why poor nutrition and dehydration slow patients' recovery", TICK, ""),
        ("Other",),
        ("Able to work early shifts from 7.30am, including alternate weekends", TICK, ""),
        ("Right to work in the UK; sponsorship is not available for this post", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, rising with service; the NHS Pension Scheme; free hot drinks in "
        "the staff room at every break; reduced-rate parking; and a place on our healthcare support worker "
        "development programme after your first year. Offers are subject to two references and a standard DBS check."
    )
    save(document, "v1_nutrition_screening_assistant.docx")


def v2_paediatric_dietetic_assistant_food_allergy() -> None:
    """The employer only in the page footer, with the service and a reference; the closing date in bold straight under
    the title; the band inside the first sentence of Job purpose; numbered duties; rows marked E or D under "Area |
    Criteria | E / D | Assessment method" with the area merged down the first column (not bold), and three rows marked
    E that are not criteria (training given at induction, a "Must ..." duty and the right to work, the first row of
    Other); the key under the table, then "no NHS experience is needed" and benefits."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[0].text = (
        f"Chelsea and Westminster Hospital NHS Foundation Trust {DASH} Women's, Children's and Sexual Health "
        f"Division {DASH} Ref 290-CW-P0417"
    )
    document.add_heading(f"Paediatric Dietetic Assistant {DASH} Food Allergy", level=1)
    document.add_paragraph().add_run("Closing date: Friday 23 February 2029").bold = True
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "This Band 3 post sits in the paediatric dietetic team at Chelsea Children's Hospital, with one or two days "
        "a week in the children's outpatient clinic at West Middlesex University Hospital in Isleworth. Children "
        "with food allergies and their families see our dietitians many times in the first year after diagnosis. "
        "You will make those visits go further: preparing families before clinic, measuring children, producing "
        "written advice and following families up by phone."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Weigh and measure children at every allergy clinic and plot the results on the right growth chart.",
        "Prepare diet sheets, shopping lists and translated leaflets from the dietitians' templates.",
        "Help the dietitians run the monthly milk ladder workshop for parents, and set up the room and the food "
        "samples.",
        "Phone families a week after clinic to check how changes to their child's diet are going, and pass any "
        "problems to the dietitian.",
        "Keep the clinic's stock of formula samples and leaflets in date.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Criteria", "E / D", "Assessment method"])
    rows = [
        ("Qualifications", "GCSE English and maths at grade 4 (C) or above, or equivalent", "E", "AF"),
        ("Qualifications", "Level 3 qualification in a health, science or childcare subject", "D", "AF"),
        (
            "Qualifications",
            "Food allergy and anaphylaxis awareness training, completed during induction",
            "E",
            "Induction",
        ),
        (
            "Experience",
            "Experience of working with babies, children or young people and their families",
            "E",
            "AF / I",
        ),
        ("Experience", "Experience of supporting families to make changes to their child's diet", "D", "AF / I"),
        ("Skills", "Able to explain food labels to parents, including how allergens are shown", "E", "I / T"),
        ("Skills", "Confident using Microsoft Word and Outlook to produce letters and diet sheets", "E", "AF"),
        ("Skills", "Accurate when weighing, measuring and recording children's growth", "E", "T"),
        (
            "Skills",
            "Must check each child's allergy management plan against the clinic list before every clinic",
            "E",
            DASH,
        ),
        (
            "Skills",
            "Speaks Arabic, Portuguese, Tagalog or another language used by families in the borough",
            "D",
            "AF",
        ),
        ("Knowledge", "Knowledge of the 14 allergens that must be declared on food labels in the UK", "E", "I"),
        ("Other", f"Right to work in the UK {DASH} this post cannot be sponsored", "E", "Pre-employment"),
        ("Other", "Able to work at both Chelsea and West Middlesex on set days each week", "E", "I"),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_paragraph("AF = application form    I = interview    T = practical task on the interview day")
    document.add_paragraph(
        "No NHS experience is needed: full training in growth measurement and in our allergy pathways is given. "
        "The post is subject to an enhanced DBS check, including the children's barred list. We offer 27 days' "
        "annual leave plus bank holidays, the NHS Pension, a season ticket loan and on-site nursery places at a "
        "staff rate."
    )
    save(document, "v2_paediatric_dietetic_assistant_food_allergy.docx")


def v3_communication_aids_assistant() -> None:
    """The employer only in the page header, with the service and the hospital; the band inside the first sentence of
    About the role; a "You must ..." duty inside a paragraph; Essential and Desirable side by side per area, with
    two lines in two Essential cells ("No experience of speech and language therapy is needed ...", the right to
    work) and "N/A" in one Desirable cell; the closing and interview dates in bold as the last line."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = (
        "London North West University Healthcare NHS Trust  |  Adult Speech and Language Therapy  |  Northwick Park "
        "Hospital"
    )
    document.add_heading("Communication Aids Assistant", level=1)
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "This is a Band 3 post, 37.5 hours a week from Monday to Friday, in the adult speech and language therapy "
        "team at Northwick Park Hospital, Watford Road, Harrow HA1 3UJ. Many of the adults we see after a stroke, a "
        "head injury or with a progressive illness need something to help them communicate, from a simple letter "
        "board to a tablet that speaks for them. We lend out more than 200 devices and communication books a year, "
        "and we need someone to look after them and the people who use them."
    )
    document.add_paragraph(
        "You will set up devices to the therapist's plan, teach patients and their families how to use them, visit "
        "people at home when something goes wrong and keep track of every item we lend. You must test and charge every "
        "returned device and wipe its data before it is lent to anyone else. You will also make communication books "
        "and charts for patients on the wards."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Essential", "Desirable"])
    rows = [
        (
            "Education",
            "Good general education, including English to GCSE grade 4 or equivalent",
            "Qualification in IT, electronics or assistive technology",
        ),
        (
            "Experience",
            "Experience of setting up, charging or fixing tablets, phones or other electronic devices for other "
            "people\n"
            f"No experience of speech and language therapy is needed {DASH} we will train you",
            "Experience of supporting adults with a disability or long-term condition",
        ),
        (
            "Skills and abilities",
            "Able to show people how to use equipment patiently, at their own pace\n"
            "Able to keep an accurate equipment loan register",
            "Able to make simple symbol or picture charts using Boardmaker or similar software",
        ),
        (
            "Knowledge",
            "Awareness of how a stroke or a progressive illness such as motor neurone disease can affect speech",
            "N/A",
        ),
        (
            "Other",
            "Able to travel to patients' homes across Brent, Harrow and Ealing\n"
            "Right to work in the UK (we cannot offer visa sponsorship)",
            "Full UK driving licence",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working with us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave rising to 33 with service, the NHS Pension, an Oyster card for home "
        "visits, and time each month to learn from the therapists. The post needs an enhanced DBS check and two "
        "satisfactory references."
    )
    document.add_paragraph().add_run(
        "Closing date: Tuesday 27 February 2029.  Interviews: Thursday 8 March 2029."
    ).bold = True
    save(document, "v3_communication_aids_assistant.docx")


def v4_early_years_speech_and_language_therapy_assistant() -> None:
    """The title as the heading, the employer in bold under it and the service below; the band and the closing date
    only in the page footer, with a reference; Role summary and Key duties as bullets; then "Heading | Level | What we
    are looking for" with an Essential and a Desirable row per heading, the heading merged down over both (bold), one
    or two lines a cell, "You do not need to have worked in speech and language therapy before" and an enhanced DBS
    line as second lines of Essential cells, and "None" in the Other Desirable row."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[0].text = f"Band 3  {DOT}  Closing date 02/03/2029  {DOT}  Job reference 333-CHS-5170"
    document.add_heading("Early Years Speech and Language Therapy Assistant", level=1)
    document.add_paragraph().add_run("Central and North West London NHS Foundation Trust").bold = True
    document.add_paragraph(
        "Hillingdon Children's Speech and Language Therapy, working from children's centres and nurseries across the "
        "borough, with a team base in Uxbridge. 37.5 hours a week, permanent."
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Most children who are slow to start talking catch up with the right help at the right time, and that help "
        "works best in the places where children already spend their days. You will join our early years team to "
        "run small language groups, coach parents and nursery staff, and see children for short blocks of therapy "
        "planned by a speech and language therapist."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Run our six-week early language groups for parents and toddlers in children's centres",
        "See children one to one in nurseries, following the targets set by the therapist",
        "Show nursery staff simple ways to build talking into everyday play and routines",
        "Record every contact on SystmOne on the day it happens",
        "Prepare picture materials and take-home activity packs for families",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Heading", "Level", "What we are looking for"])
    rows = [
        ("Qualifications", "Essential", "GCSE English at grade 4 (C) or above, or equivalent"),
        ("Qualifications", "Desirable", "Level 3 qualification in early years or childcare"),
        (
            "Experience",
            "Essential",
            "Experience of working with children under five, paid or voluntary\n"
            "You do not need to have worked in speech and language therapy before",
        ),
        ("Experience", "Desirable", "Experience of running or helping at groups for parents and young children"),
        (
            "Skills",
            "Essential",
            "Able to use play to encourage a young child to talk\nAble to write clear notes of each session",
        ),
        ("Skills", "Desirable", "Makaton training at Level 1 or above"),
        (
            "Knowledge",
            "Essential",
            "Understanding of how children's talking and understanding usually develop in the first five years",
        ),
        ("Knowledge", "Desirable", "Awareness of how children who are learning more than one language develop"),
        (
            "Other",
            "Essential",
            "Able to travel between children's centres and nurseries across Hillingdon\n"
            "Enhanced DBS check for work with children",
        ),
        ("Other", "Desirable", "None"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension, flexible start and finish times around "
        "the groups you run, mileage for travel between sites and a funded Makaton Foundation course in your first "
        "year. Applicants need the right to work in the UK; this post is not eligible for visa sponsorship."
    )
    save(document, "v4_early_years_speech_and_language_therapy_assistant.docx")


V5_ITEMS = [
    ("title", "Care Home Nutrition Support Worker"),
    ("bold", "Closing date: Monday 5 March 2029, 12 noon"),
    ("body", "Community Nutrition and Dietetics Service  |  Westminster, and Kensington and Chelsea"),
    ("gap", ""),
    ("heading", "About the role"),
    (
        "body",
        "Our service supports more than forty care homes in two boroughs. Residents who lose weight are at risk of "
        "falls, infections and pressure sores, and a lot of that risk can be turned around with better screening, "
        "fortified food and well-run mealtimes. You will visit homes every week, work alongside care staff and be "
        "the link between the homes and our dietitians.",
    ),
    ("heading", "What you'll do"),
    ("body", "\u2022 Visit care homes to check that every resident has been screened for malnutrition"),
    ("body", "\u2022 Teach care staff about fortified food, snacks and drinks in short sessions on site"),
    (
        "body",
        "\u2022 You must enter every screening result on SystmOne within two working days of the visit, so that the "
        "dietitians can see who needs them first",
    ),
    ("body", "\u2022 Observe mealtimes and give feedback to the home manager"),
    ("body", "\u2022 Order and deliver oral nutritional supplement starter packs agreed by the dietitian"),
    ("heading", "Must haves"),
    ("body", "\u2022 Level 3 qualification in health and social care or in nutrition"),
    ("body", "\u2022 Experience of working in a care home, on a hospital ward or in home care"),
    ("body", "\u2022 Confident leading short training sessions for groups of care staff"),
    ("body", "\u2022 Able to screen residents for malnutrition using MUST"),
    ("body", "\u2022 Good computer skills, including entering data in spreadsheets"),
    ("body", "\u2022 Able to explain food fortification and nourishing snacks in simple terms"),
    (
        "body",
        f"\u2022 No previous dietetic experience? That's fine {DASH} you'll spend your first month alongside our "
        "dietitians and visit homes with them before going on your own",
    ),
    ("heading", "Nice to haves"),
    ("body", "\u2022 Knowledge of the IDDSI framework for texture-modified food and thickened drinks"),
    ("body", "\u2022 Experience of auditing mealtimes or food and fluid charts"),
    ("body", "\u2022 Experience of working with people living with dementia"),
    ("heading", "Pay and hours"),
    (
        "body",
        f"Band 4, {POUND}33,094 to {POUND}36,195 a year including Inner London High Cost Area Supplement. 37.5 hours "
        "a week, Monday to Friday, 9am to 5pm. Permanent.",
    ),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK; we cannot sponsor a visa for this post. Offers depend on an "
        "enhanced DBS check and two references, one from your current or most recent employer.",
    ),
    ("heading", "About us"),
    (
        "body",
        "Central London Community Healthcare NHS Trust provides community health services to more than two million "
        "people across London and Hertfordshire. You will get 27 days' annual leave plus bank holidays, the NHS "
        "Pension, an Oyster card for work travel, a laptop and phone, and a funded place on a Level 4 nutrition "
        "course after your first year.",
    ),
]

V6_ITEMS = [
    ("title", f"Accessible Communication Assistant {DASH} Learning Disabilities"),
    ("bold", f"Band 4 {DASH} Community Learning Disability Speech and Language Therapy, Ealing"),
    ("gap", ""),
    ("heading", "The job"),
    (
        "body",
        "Applications close on Thursday 8 March 2029, and interviews will be held in Southall on Tuesday 20 March "
        "2029. This is a full-time, permanent post of 37.5 hours a week, based with the speech and language "
        "therapists of the community learning disability team, who see adults at home, at day services and in "
        "supported living across the borough.",
    ),
    (
        "body",
        "Many adults with a learning disability cannot follow the letters, leaflets and forms the NHS sends them. You "
        "will turn them into easy read, make appointment cards and hospital passports with people, and help our "
        "therapists build communication passports for people who do not speak. You must send every easy read draft "
        "to our checking group of people with a learning disability before it is published. You do not need to have "
        "worked for the NHS before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have a good standard of written English, at least GCSE grade 4 or equivalent. You "
        "must have experience of supporting adults with a learning disability, paid or unpaid. It is essential that "
        "you can turn written information into short sentences with pictures that people with a learning disability "
        "can follow. Good skills in Microsoft Word and PowerPoint are essential. You must be able to adapt the way "
        "you talk to suit each person, including people who do not use speech. It is essential that you can work on "
        "your own for part of the week and organise your own diary.",
    ),
    (
        "body",
        "Experience of using Widgit, Photosymbols or another symbol system would be beneficial. A Makaton or British "
        "Sign Language qualification would be an advantage. Knowledge of the Accessible Information Standard is "
        "desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK; we cannot offer visa sponsorship for this "
        "post. The successful applicant will need an enhanced DBS check. Monthly supervision with a speech and "
        "language therapist is an essential part of the job and is built into your week, and we will fund Makaton "
        "Foundation training after your probation. We welcome applications from people with a learning disability "
        "and from family carers.",
    ),
    ("heading", "Who we are"),
    (
        "body",
        "West London NHS Trust provides mental health, learning disability and community services in Ealing, "
        "Hammersmith and Fulham and Hounslow, with its headquarters at 1 Armstrong Way, Southall UB2 4SD. You will "
        "benefit from 27 days' annual leave plus bank holidays, the NHS Pension, free parking at our Southall sites "
        "and a cycle-to-work scheme.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_nutrition_screening_assistant()
    v2_paediatric_dietetic_assistant_food_allergy()
    v3_communication_aids_assistant()
    v4_early_years_speech_and_language_therapy_assistant()
    (ADVERTS / "v5_care_home_nutrition_support_worker.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_accessible_communication_assistant_learning_disabilities.pdf").write_bytes(
        pdf_bytes(V6_ITEMS, title=(13, 64))
    )


if __name__ == "__main__":
    main()
