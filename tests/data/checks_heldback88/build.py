"""Build the Word and PDF adverts of the eighty-eighth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback88/build.py`. The generated files are
committed, so nothing needs this script to score them; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts. Every Word file is
saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The two
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

TICK = "\u2713"  # a plain check mark in the level column; the other level cell is left empty
DASH = "\u2013"
POUND = "\u00a3"
BULLET = "\u2022"
WRITTEN = dt.datetime(2029, 1, 8, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 1, 8, 9, 30, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=WRITTEN, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_clinical_waste_porter() -> None:
    """Employer in the page header, the closing date only in the page footer; the title as the heading and the band
    in a "|" line under it; duties as Word bullets; a check-mark column for each level under "Requirement |
    Essential | Desirable" with category rows merged across the table and four checked-Essential rows that are not
    criteria (training the job gives, "No previous NHS experience is needed", a duty with "Must" and DBS with the
    right to work); benefits at the end."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Imperial College Healthcare NHS Trust {DASH} Estates and Facilities"
    section.footer.paragraphs[
        0
    ].text = (
        "Job reference 196-EF-5531  |  St Mary's Hospital, Praed Street, London W2 1NY  |  Closing date: 5 March 2029"
    )
    document.add_heading("Clinical Waste Porter", level=1)
    document.add_paragraph(
        f"Agenda for Change Band 2  |  {POUND}27,485 a year including Inner London High Cost Area Supplement  |  "
        "37.5 hours a week  |  Permanent"
    )
    document.add_heading("The waste team", level=2)
    document.add_paragraph(
        "St Mary's produces around nine tonnes of waste every week, from sharps and anatomical waste to cardboard "
        "and food. Our waste team of fourteen collects it from every ward and department, keeps each stream apart "
        "and gets it safely into the waste compound at the back of the hospital, where our contractors take it "
        "away for treatment, recycling or incineration."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Collect bagged waste and sealed sharps bins from wards, theatres and clinics on a set round",
        "Tow loaded carts between the main hospital, the Paterson Centre and the compound with the electric tug",
        "Weigh each cart on the compound scales and record the weight against the ward it came from",
        "Return wrongly bagged waste to the ward with a short report for the ward manager",
        "Wash and disinfect the carts and bins at the end of every shift",
        "Keep the compound locked, tidy and free from loose bags",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Requirement", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Able to read and follow labels, consignment notes and written procedures in English", TICK, ""),
        ("Waste management or COSHH awareness certificate", "", TICK),
        ("Completion of the Trust's waste segregation and spill kit training in your first fortnight", TICK, ""),
        ("Experience",),
        ("No previous NHS experience is needed", TICK, ""),
        ("Experience of physical work in a hospital, warehouse, recycling yard or similar setting", TICK, ""),
        ("Experience of handling hazardous or clinical waste", "", TICK),
        ("Skills and abilities",),
        ("Able to move heavy wheeled bins and cages safely for most of an 8-hour shift", TICK, ""),
        ("Able to tell the colour-coded waste streams apart and spot wrongly bagged waste", TICK, ""),
        ("Must wear the gloves, apron and visor provided whenever waste is handled", TICK, ""),
        ("Able to keep simple written records such as collection logs and weight tickets", TICK, ""),
        ("Able to drive a tug or electric tow tractor", "", TICK),
        ("Other",),
        ("Satisfactory basic DBS check and the right to work in the UK", TICK, ""),
        ("Willing to work early shifts from 6am and one weekend in three", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; uniform, "
        "safety boots and protective equipment provided; free hepatitis B vaccination through Occupational Health; "
        "and a staff canteen with subsidised hot meals. We welcome applications from people who have been out of "
        "work for a while."
    )
    save(document, "v1_clinical_waste_porter.docx")


def v2_cook_chill_production_assistant() -> None:
    """The title and band together in the heading; the employer only in the page footer; the closing date in a
    details table with no header row; duties as numbered paragraphs; rows marked E or D under "Area | Requirement |
    E/D | How tested" with the area merged down the first column (not bold), E and D mixed within an area, and two
    rows marked E that are not criteria (e-learning during induction, assessed "N/A", and the right to work,
    assessed "Pre-employment"), plus a duty with "Must" marked E; the key, a "don't need" line and benefits after
    the table."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[
        0
    ].text = "The Hillingdon Hospitals NHS Foundation Trust, Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"
    document.add_heading("Cook Chill Production Assistant (Band 2)", level=1)
    label_value_table(
        document,
        [
            ("Department", f"Catering {DASH} Central Production Unit"),
            ("Hours", "37.5 hours a week, early shifts, on a rota"),
            ("Salary", f"{POUND}25,950 to {POUND}26,870 a year including Outer London High Cost Area Supplement"),
            ("Closing date", "8 March 2029"),
            ("Interviews and practical test", "Monday 19 March 2029"),
            ("Reference", "354-FAC-0917"),
        ],
    )
    document.add_heading("About the unit", level=2)
    document.add_paragraph(
        "Our production unit cooks around 1,400 patient meals a day for Hillingdon and Mount Vernon hospitals. "
        "Meals are cooked in batches, chilled within ninety minutes and sent to the wards, where they are "
        "reheated and served. You will be part of a team of nine working under the Production Chef."
    )
    document.add_heading("Main duties", level=2)
    for number, duty in enumerate(
        [
            "Prepare vegetables, meat and fish and cook batches from standard recipes on the daily production plan.",
            "Portion cooked food into labelled trays for the blast chillers and the cold store.",
            "Prepare meals for special diets, including allergen-free and soft or pureed meals, in the separate "
            "diet kitchen.",
            "Clean equipment and surfaces to the cleaning schedule and sign for each task.",
            "Check deliveries against the order and put stock away in date order.",
        ],
        start=1,
    ):
        document.add_paragraph(f"{number}. {duty}")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Requirement", "E/D", "How tested"])
    rows = [
        ("Education and training", "Level 2 Food Safety and Hygiene certificate", "E", "AF / certificate"),
        ("Education and training", "NVQ or City & Guilds Level 2 in Professional Cookery", "D", "AF"),
        ("Education and training", "Allergen awareness e-learning, completed during induction", "E", "N/A"),
        (
            "Experience",
            "Experience of preparing food in large quantities in a commercial kitchen",
            "E",
            "AF / IV",
        ),
        ("Experience", "Experience of working in a cook-chill or cook-freeze production unit", "D", "AF / IV"),
        ("Skills", "Able to weigh and measure ingredients accurately from a written recipe", "E", "PT"),
        (
            "Skills",
            "Must probe and record the core temperature of every batch before it goes into the blast chiller",
            "E",
            "N/A",
        ),
        ("Skills", "Able to record food temperatures and complete HACCP paperwork", "E", "PT / IV"),
        ("Skills", "Able to work at pace while keeping the work area clean and tidy", "E", "PT"),
        ("Knowledge", "Understanding of the 14 allergens and how to prevent cross-contamination", "E", "IV"),
        ("Knowledge", "Knowledge of texture-modified diets (IDDSI levels)", "D", "IV"),
        ("Working arrangements", "Able to work 6am to 2pm shifts, including alternate weekends", "E", "IV"),
        (
            "Working arrangements",
            "Right to work in the UK (we cannot offer sponsorship for this role)",
            "E",
            "Pre-employment",
        ),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_paragraph("AF = application form, IV = interview, PT = practical test in the production kitchen.")
    document.add_paragraph(
        "You don't need to have worked in a hospital kitchen before: the Production Chef will take you through "
        "our recipes and safety checks in your first weeks. The post needs a basic DBS check and two references. "
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension, free chef's whites and safety shoes, "
        "and a staff meal on every shift."
    )
    save(document, "v2_cook_chill_production_assistant.docx")


def v3_estates_plumber() -> None:
    """The employer only in the page header; the title in the heading after "Job advert:"; band, hours and contract
    on one "|" line; Essential and Desirable side by side per category, with a "not required" line in the
    Experience Essential cell, a DBS line in the Other Essential cell and "N/A" in one Desirable cell; the closing
    date in bold only after the table."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[
        0
    ].text = f"Central and North West London NHS Foundation Trust {DASH} Estates and Facilities"
    document.add_heading("Job advert: Estates Plumber", level=1)
    document.add_paragraph("Band 4  |  37.5 hours a week plus an on-call rota  |  Permanent")
    document.add_paragraph(
        "Base: St Charles Centre for Health and Wellbeing, Exmoor Street, London W10 6DZ, with regular work at our "
        "other sites in Kensington and Chelsea and Westminster"
    )
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "Our in-house maintenance team keeps mental health wards, community bases and clinics running. As the "
        "plumber on the team you will take reactive jobs from the estates helpdesk, carry out planned maintenance "
        "of water systems and work with our Authorised Person (Water) to keep every site safe from Legionella. You "
        "must flush little-used outlets on the weekly schedule and record each flush before you leave site. "
        "Work on inpatient wards is done with a member of ward staff present, and tools must be signed in and "
        "out of every ward."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "NVQ Level 3 in Plumbing and Heating or equivalent",
            "Legionella awareness or water hygiene certificate",
        ),
        (
            "Experience",
            "Time-served plumber with at least three years' post-apprenticeship experience\n"
            f"Experience of working in healthcare is not required {DASH} full training on the Trust's water safety "
            "plan will be given",
            "Experience of maintaining thermostatic mixing valves",
        ),
        (
            "Skills",
            "Able to find and fix faults in hot and cold water systems, drainage and sanitaryware\n"
            "Able to complete job sheets and use a handheld device to close jobs",
            "Able to carry out basic tiling and boxing-in after repairs",
        ),
        ("Knowledge", "Knowledge of safe isolation and working at height", "N/A"),
        (
            "Other",
            "Willing to join the on-call rota for out-of-hours emergencies\n"
            "An enhanced DBS check is needed, as the post involves work on inpatient wards",
            "Full UK driving licence",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_paragraph()
    document.add_paragraph().add_run("Closing date: Tuesday 13 March 2029").bold = True
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "On-call is paid on top of your salary, and a van and tools are provided. You will also get 27 days' "
        "annual leave plus bank holidays, the NHS Pension and access to our staff wellbeing service. Applicants "
        "must have the right to work in the UK; we are unable to sponsor a visa for this post."
    )
    save(document, "v3_estates_plumber.docx")


def v4_infection_control_deep_clean_operative() -> None:
    """Title, band, employer, site, hours and closing date in a details table with two label-value pairs a row; an
    Essential row and a Desirable row per area under "Area | Level | Requirements" with the area merged down over
    both (bold) and one or two requirements a cell; a "No hospital experience needed" line, a training line in a
    Desirable cell and a DBS and right-to-work line in an Essential cell; the Other Desirable cell says "None"."""
    document = blank_docx("Calibri")
    document.add_heading("Job summary", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Infection Control Deep Clean Operative", "Grade", "Band 2"),
            (
                "Organisation",
                "Chelsea and Westminster Hospital NHS Foundation Trust",
                "Site",
                "West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF",
            ),
            ("Hours", "37.5 a week on a rota", "Contract", "Permanent"),
            ("Closing date", "Friday 16 March 2029", "Reference", "C9-0448-DC"),
        ],
    )
    document.add_heading("About the team", level=2)
    document.add_paragraph(
        "The deep clean team is called in whenever a patient with an infection such as C. difficile, norovirus or "
        "MRSA leaves a side room or a bay has to be closed. We clean the whole area from top to bottom, change the "
        "curtains and, where infection prevention asks us to, decontaminate the room with vapour or ultraviolet "
        "light before it is used again."
    )
    document.add_heading("Duties", level=2)
    for duty in [
        "Respond to deep clean requests from the Facilities helpdesk within the agreed times",
        "Clean rooms, bays and equipment to the Trust's method statement, using the correct colour-coded materials",
        "Change curtains and dispose of waste and linen in the correct bags",
        "Set up and run decontamination machines once trained, keeping people out of the room while they run",
        "Complete the record for every clean so the room can be signed off and reopened",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Education", "Essential", "Able to read and understand safety data sheets and cleaning schedules"),
        (
            "Education",
            "Desirable",
            "British Institute of Cleaning Science (BICSc) Cleaning Operator's Proficiency Certificate",
        ),
        (
            "Experience",
            "Essential",
            "Experience of cleaning in a commercial, hotel or healthcare setting\n"
            f"No hospital experience needed {DASH} we will train you in the Trust's cleaning methods",
        ),
        ("Experience", "Desirable", "Experience of terminal or barrier cleans in an isolation room"),
        (
            "Skills",
            "Essential",
            "Able to use scrubber dryers, steam cleaners and other powered equipment\n"
            "Able to follow a set cleaning method step by step without cutting corners",
        ),
        (
            "Skills",
            "Desirable",
            "Experience of using hydrogen peroxide vapour or UV decontamination equipment\n"
            "Full training on the vapour and UV machines is given in your first month",
        ),
        ("Knowledge", "Essential", "Understanding of how infections spread and why hand hygiene matters"),
        ("Knowledge", "Desirable", "Awareness of the National Standards of Healthcare Cleanliness 2021"),
        (
            "Other",
            "Essential",
            "Able to work a rota of early, late and night shifts\n"
            "Satisfactory basic DBS check and proof of your right to work in the UK",
        ),
        ("Other", "Desirable", "None"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Why work with us", level=2)
    document.add_paragraph(
        "Unsocial hours are paid at Agenda for Change rates. You will have 27 days' annual leave plus bank holidays, "
        "the NHS Pension, free flu and COVID vaccinations and a discounted gym at the hospital. For an informal "
        "chat, call the Domestic Services Manager on 020 7946 0583."
    )
    save(document, "v4_infection_control_deep_clean_operative.docx")


V5_ITEMS = [
    ("title", "Linen Services Team Leader"),
    ("bold", "London North West University Healthcare NHS Trust"),
    ("body", f"Linen Services, Facilities Directorate {DASH} Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
    ("gap", ""),
    ("body", "Closing date: Tuesday 20 March 2029 (midnight)"),
    ("body", f"Band 3  |  {POUND}28,710 to {POUND}30,380 a year including Outer London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours  |  Monday to Friday 6am to 2pm, with one Saturday morning in four"),
    ("heading", "About the linen room"),
    (
        "body",
        "Every bed, theatre and clinic at Northwick Park and Central Middlesex depends on clean linen arriving on "
        "time. Our linen room receives around 11,000 items a day from the laundry contractor and sends them out to "
        "more than 60 wards and departments. You will lead a team of seven linen assistants on the early shift.",
    ),
    ("heading", "Your week"),
    ("body", f"{BULLET} Plan the day's deliveries and give each assistant their rounds"),
    (
        "body",
        f"{BULLET} You must check every cage from the laundry against its delivery note and report any shortage to "
        "the contractor before 8am",
    ),
    ("body", f"{BULLET} Keep the top-up levels for each ward and change them when a ward's needs change"),
    ("body", f"{BULLET} Count the stock each Friday and raise the weekly order"),
    ("body", f"{BULLET} Deal with calls from wards and make sure urgent requests are sent up straight away"),
    ("body", f"{BULLET} Keep the rota, sickness and annual leave records for the team"),
    ("heading", "What we are looking for"),
    ("bold", "You will need"),
    ("body", f"{BULLET} Experience of supervising a small team of staff"),
    ("body", f"{BULLET} Experience of stock control, including counting stock and placing orders"),
    ("body", f"{BULLET} Good spoken and written English for rotas, stock sheets and emails"),
    ("body", f"{BULLET} Basic computer skills, including email and simple spreadsheets"),
    ("body", f"{BULLET} Able to lift and move linen cages and trolleys safely"),
    ("body", f"{BULLET} Able to sort out problems calmly when wards run short of linen"),
    (
        "body",
        f"{BULLET} Previous hospital experience is not required: you will work alongside our Linen Services "
        "Supervisor for your first two weeks",
    ),
    ("bold", "Nice to have"),
    ("body", f"{BULLET} Experience of working in a hospital linen room or commercial laundry"),
    ("body", f"{BULLET} Level 2 qualification in team leading"),
    ("body", f"{BULLET} Knowledge of how infected and foul linen must be bagged and handled (HTM 01-04)"),
    ("heading", "Pre-employment checks"),
    (
        "body",
        "You must have the right to work in the UK; this post does not meet the requirements for visa "
        "sponsorship. Offers depend on two satisfactory references and a basic DBS check.",
    ),
    ("heading", "Benefits"),
    ("body", f"{BULLET} 27 days' annual leave plus bank holidays, rising with service"),
    ("body", f"{BULLET} NHS Pension Scheme, Blue Light Card and staff discounts"),
    ("body", f"{BULLET} A funded team leading apprenticeship once you have passed probation"),
    ("body", f"{BULLET} Free uniform and safety shoes"),
]

V6_ITEMS = [
    ("title", "Retail Catering Team Leader"),
    ("bold", "Retail Catering, Hotel Services"),
    ("body", "Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Chelsea and Westminster Hospital NHS Foundation Trust runs its own café and shop in the hospital atrium, "
        "open from 7am to 8pm every day of the year and serving around 1,800 staff, patients and visitors a day. "
        "We are looking for a Retail Catering Team Leader at Band 3 to run shifts alongside the Retail Catering "
        "Manager, working 37.5 hours a week on a four-week rota.",
    ),
    (
        "body",
        "On your shifts you will lead a team of four to six, open or close the café, make sure the counters are "
        "full and the food is safe, cash up and take care of any complaints. You must count the float with a second "
        "person and sign the banking book before the café opens each morning. You do not need to have worked in a "
        "hospital before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a café, coffee shop, restaurant or similar food outlet. You "
        "must have experience of cashing up tills and checking the takings against the till report. A Level 3 "
        "Award in Supervising Food Safety in Catering is essential. It is essential that you can give clear "
        "instructions to a small team and keep them motivated during busy periods. Friendly, patient customer "
        "service is essential, including when a customer is unhappy. You must be able to work early starts, late "
        "finishes and weekends on a four-week rota.",
    ),
    (
        "body",
        "Experience of using an electronic point of sale system to run stock and sales reports would be "
        "beneficial. Barista training or experience of making espresso-based drinks would be an advantage. It "
        "would be helpful if you had experience of placing orders with food suppliers.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and a basic DBS check will be carried out. After probation you can join our Level 3 team "
        "leading apprenticeship. You will benefit from 27 days' annual leave plus bank holidays, the NHS Pension, "
        "a free hot drink and meal on each shift, and discounts in our shop.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through NHS Jobs, quoting reference 282-HS-7710. The closing date is Thursday 22 March 2029, and "
        "interviews will be held on Tuesday 3 April 2029. For an informal chat, email "
        "retail.catering@example.com or call 020 7946 0716.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_clinical_waste_porter()
    v2_cook_chill_production_assistant()
    v3_estates_plumber()
    v4_infection_control_deep_clean_operative()
    (ADVERTS / "v5_linen_services_team_leader.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_retail_catering_team_leader.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
