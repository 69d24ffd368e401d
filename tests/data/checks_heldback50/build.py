"""Build the Word and PDF adverts of the fiftieth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback50/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is
saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (j7 and j8) are plain files and are not built here.
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

TICK = "\u2713"
DASH = "\u2013"
BULLET = "\u2022"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2028, 5, 2, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 5, 2, 9, 0, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def j1_paediatric_physiotherapy_assistant() -> None:
    """Employer in bold on the first line and again in the footer, the title as the heading, one "Band 3 | ... |
    Closing date" line; duties as bullets (two close to criteria: the hydrotherapy session and the late clinic);
    tick columns under "Criteria | Essential | Desirable" with category rows merged across, and four ticked-Essential
    rows that are not criteria (training the job gives, "No previous hospital experience is needed", a "Must ..."
    duty and the right to work); benefits and an enhanced DBS line at the end."""
    document = blank_docx("Arial")
    document.sections[0].footer.paragraphs[0].text = (
        f"Imperial College Healthcare NHS Trust {DASH} Children's Physiotherapy, St Mary's Hospital "
        f"{DASH} Job reference 290-WCH-3381"
    )
    first = document.add_paragraph()
    first.add_run("Imperial College Healthcare NHS Trust").bold = True
    document.add_heading("Paediatric Physiotherapy Assistant", level=1)
    document.add_paragraph(
        "Band 3  |  St Mary's Hospital, Paddington  |  37.5 hours a week  |  Closing date: 5 June 2028"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our children's physiotherapy team sees babies, children and teenagers from Westminster, Brent and beyond, on "
        "the children's wards, in our outpatient gym and in the hydrotherapy pool. You will work alongside "
        "physiotherapists, carrying out the exercise and play sessions they plan and helping families to keep going "
        "with them at home."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Run exercise, balance and strengthening sessions planned by a physiotherapist, on your own or in a group",
        "Set up the gym and make the sessions fun, using toys, games and music",
        "Write up each session in the electronic patient record on the same day",
        "Help the physiotherapist in the water during the weekly children's hydrotherapy session",
        "Book follow-up appointments and cover the Tuesday late clinic on the team rota",
        "Order and look after the team's walking aids, splints and standing frames",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and qualifications",),
        ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, ""),
        ("NVQ Level 3 in Health and Social Care or a therapy support qualification", "", TICK),
        ("Completion of the Trust's paediatric moving and handling course in your first month", TICK, ""),
        ("Experience",),
        ("Experience of working with babies, children or young people in a paid or voluntary role", TICK, ""),
        ("No previous hospital experience is needed", TICK, ""),
        ("Experience of helping people with exercise or rehabilitation programmes", "", TICK),
        ("Skills and abilities",),
        ("Able to use play to encourage a reluctant child to join in", TICK, ""),
        ("Good written English for recording treatment notes", TICK, ""),
        ("Must clean and check the gym equipment at the end of every session", TICK, ""),
        ("Knowledge",),
        ("Awareness of safeguarding children and what to do if you are worried about a child", TICK, ""),
        ("Other",),
        ("Able to work the Tuesday late clinic until 7pm", TICK, ""),
        ("Confident swimmer, to support sessions in the hydrotherapy pool", "", TICK),
        ("Right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension; a season ticket loan; "
        "and a paid day each year for your own learning. This post works with children, so the successful applicant "
        "will need an enhanced DBS check with the children's barred list, and two satisfactory references."
    )
    save(document, "j1_paediatric_physiotherapy_assistant.docx")


def j2_learning_disability_day_opportunities_support_worker() -> None:
    """The employer on a plain first line, the title as the heading, a details table with two label-value pairs a
    row (the band and the closing date in it); Job purpose with a "You must ..." duty; numbered duties; then
    "Factor | Criteria | E/D | How assessed" with the factor merged down the first column and three rows marked E
    that are not criteria (training the job gives, a "Must ..." duty and the enhanced DBS check); the key and a
    closing paragraph with "No previous experience ... is needed" and benefits."""
    document = blank_docx("Calibri")
    document.add_paragraph("West London NHS Trust")
    document.add_heading("Learning Disability Day Opportunities Support Worker", level=1)
    label_value_table(
        document,
        [
            ("Band", "Band 2", "Hours", "37.5 hours a week, Monday to Friday, 8.45am to 4.45pm"),
            ("Service", "Ealing Learning Disability Day Opportunities", "Base", "Southall, with outings across Ealing"),
            ("Reference", "317-LD-0611", "Closing date", "12/06/2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our day opportunities service supports around 30 adults with learning disabilities and autism each day, "
        "many of whom also have physical health needs or use little speech. Support workers help people to take "
        "part in the activities they choose, at our base and out in the community, and give the personal care "
        "they need. You must make sure each person's medicines and care plan travel with them whenever they leave "
        "the building."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Support people with eating and drinking, mobility and personal care, following each person's care plan.",
        "Plan and lead small-group and one-to-one activities, such as gardening, baking, art and music.",
        "Go with people to shops, cafes, colleges and leisure centres, using public transport or the service minibus.",
        "Write a daily record for each person and share important news with families and residential carers.",
        "Report any concern about a person's safety or wellbeing to the shift lead straight away.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Good standard of literacy and numeracy", "E", "A"),
        ("Qualifications", "Care Certificate", "D", "A"),
        (
            "Qualifications",
            "Trust induction and Makaton foundation training, completed in the first eight weeks",
            "E",
            "N/A",
        ),
        ("Experience", "Experience of supporting adults in a care, community or education setting", "E", "A / I"),
        ("Experience", "Experience of running group activities such as art, cooking or music", "D", "A / I"),
        (
            "Skills and abilities",
            "Able to help with personal care, including continence care, in a way that respects dignity",
            "E",
            "I",
        ),
        ("Skills and abilities", "Able to communicate using signs, symbols or pictures", "D", "I"),
        ("Skills and abilities", "Able to write clear and factual daily records", "E", "A / T"),
        ("Skills and abilities", "Must complete the building fire checks at the start of each day", "E", "N/A"),
        ("Knowledge", "Understanding of how to keep adults at risk safe from abuse and neglect", "E", "I"),
        (
            "Other",
            "Able to go with people on outings in the community, including on buses and trains",
            "E",
            "I",
        ),
        ("Other", "Full UK driving licence and willing to drive the service minibus", "D", "A / I"),
        ("Other", "Enhanced DBS check with adults' barred list", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "How assessed: A = application form, I = interview, T = short written exercise on the day. "
        "E = essential, D = desirable."
    )
    document.add_paragraph(
        "No previous experience of learning disability services is needed: we will train you in Makaton, positive "
        "behaviour support and safe moving and handling. We offer 27 days' annual leave plus bank holidays, the NHS "
        "Pension, free parking at the Southall base and access to our staff wellbeing service."
    )
    save(document, "j2_learning_disability_day_opportunities_support_worker.docx")


def j3_childrens_occupational_therapy_assistant() -> None:
    """The title as the heading, "employer | service", the sites, "Band 4 | pay | hours", a closing date and
    interview line; About the job; Essential and Desirable side by side per category with one or two lines a cell:
    "... is not needed - full training will be given" and a right-to-work line as second lines of Essential cells,
    "N/A" in one Desirable cell and paid overtime (a benefit) alone in another; Working for us."""
    document = blank_docx("Calibri")
    document.add_heading("Children's Occupational Therapy Assistant", level=1)
    document.add_paragraph("Chelsea and Westminster Hospital NHS Foundation Trust  |  Children's Therapies")
    document.add_paragraph(
        "Chelsea Children's Hospital, Fulham Road, and community clinics and schools in Kensington and Chelsea and "
        "Westminster"
    )
    document.add_paragraph(
        f"Band 4  |  {POUND}32,810 to {POUND}35,720 a year including Inner London High Cost Area "
        "Supplement  |  37.5 hours a week"
    )
    document.add_paragraph("Closing date: Friday 16 June 2028      Interviews: Wednesday 28 June 2028")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our children's occupational therapists help children with physical, developmental and sensory needs to "
        "manage everyday life: dressing, eating, writing, playing and getting about at school and at home. As an "
        "assistant you will see children on your own and in small groups, working to programmes set by the "
        "therapists, and you will help to fit and check the equipment families borrow from us. You will spend most "
        "of the week out in schools and family homes."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Educated to A-level standard or equivalent, such as a Level 3 diploma",
            "Introductory certificate in sensory processing or sensory integration",
        ),
        (
            "Experience",
            "Experience of working with children with additional needs, such as autism or cerebral palsy\n"
            f"Experience in an NHS therapy team is not needed {DASH} full training will be given",
            "Experience of making or adapting everyday equipment, such as cutlery, pencil grips or seating inserts",
        ),
        (
            "Skills",
            "Able to carry out a treatment plan set by an occupational therapist and report back on progress\n"
            "Able to show exercises and activities to parents and teachers in plain language",
            "Speaks a community language used in Kensington and Chelsea or Westminster, such as Arabic",
        ),
        (
            "Knowledge",
            "Understanding of child development, including play and fine motor skills",
            "N/A",
        ),
        (
            "Other",
            "Able to travel between schools, family homes and clinics across the area\n"
            f"Right to work in the UK {DASH} we are unable to offer sponsorship for this post",
            "Paid overtime for the Thursday evening parent workshops",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave rising to 33 with service, the NHS Pension, an Oyster card loan and "
        "protected time each month for supervision and training. An enhanced DBS check with the children's barred "
        "list and two references are needed before you start."
    )
    save(document, "j3_childrens_occupational_therapy_assistant.docx")


def j4_posture_and_mobility_service_assistant() -> None:
    """Everything about the post in a two-column details table with no header row (title, band, organisation,
    service, base, hours, closing date, reference); Role summary; Key duties as bullets with a "You must ..." duty;
    then "Area | Level | Requirements" with an Essential row and a Desirable row per area and the area cell merged
    down over both; "... is not required" and an enhanced DBS line as second lines of Essential rows, and a training
    line as the only line of the Other Desirable row; Working for us."""
    document = blank_docx("Arial")
    document.add_heading("Vacancy details", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Posture and Mobility Service Assistant"),
            ("Band", "Band 2"),
            ("Organisation", "London North West University Healthcare NHS Trust"),
            ("Service", "Posture and Mobility (Wheelchair) Service, Integrated Medicine"),
            ("Base", "Central Middlesex Hospital, Acton Lane, Park Royal, with home visits across Brent and Harrow"),
            ("Hours", "37.5 hours a week, Monday to Friday, 8am to 4pm"),
            ("Closing date", "22/06/2028"),
            ("Reference", "LNW-PMS-2206"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "The Posture and Mobility Service provides wheelchairs, cushions and seating to around 6,000 adults and "
        "children. Assistants keep our stock of chairs ready to go out, deliver and collect them, carry out simple "
        "repairs and safety checks, and are often the person a wheelchair user sees and speaks to most."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Deliver, set up and collect wheelchairs and cushions in the service van",
        "Carry out planned safety checks, tyre changes and simple repairs in the workshop",
        "You must clean and tag every returned wheelchair before it goes back on the store shelf",
        "Keep the record of each chair's location and repairs up to date",
        "Answer calls from wheelchair users and carers about deliveries and repairs",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "Basic literacy and numeracy"),
        (
            "Qualifications",
            "Desirable",
            "Level 2 qualification in engineering, motor vehicle maintenance or a similar trade",
        ),
        (
            "Experience",
            "Essential",
            "Experience of dealing with customers face to face or by phone\n"
            "Previous experience of wheelchairs is not required",
        ),
        ("Experience", "Desirable", "Experience of repairing bicycles, mobility scooters or similar equipment"),
        (
            "Skills",
            "Essential",
            "Able to use hand tools safely\nAble to lift and move equipment weighing up to 20 kg",
        ),
        ("Skills", "Desirable", "Able to use a stock or asset database"),
        (
            "Other",
            "Essential",
            "Full UK manual driving licence held for at least one year\nSatisfactory enhanced DBS check",
        ),
        (
            "Other",
            "Desirable",
            "Training in wheelchair decontamination and safety checks will be given in your first month",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension, free staff parking at Central Middlesex "
        "and uniform and safety boots. Applicants must have the right to work in the UK; this post is not eligible "
        "for visa sponsorship."
    )
    save(document, "j4_posture_and_mobility_service_assistant.docx")


J5_ITEMS = [
    ("title", "Children's Centre Health Support Worker"),
    ("bold", f"Central and North West London NHS Foundation Trust {DASH} Hillingdon 0-19 Service"),
    ("body", "Based at Hillingdon children's centres, with a team office at Uxbridge"),
    ("gap", ""),
    ("body", f"Band 3  |  {POUND}27,485 to {POUND}30,162 a year including Outer London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Monday to Friday, with one Saturday morning clinic a month"),
    ("body", "Closing date: Sunday 25 June 2028 at 23:59. Interviews: Wednesday 5 July 2028."),
    ("heading", "About the role"),
    (
        "body",
        "Our health visiting teams run baby clinics, groups and drop-ins in children's centres across Hillingdon. "
        "As a health support worker you will be the friendly face at these sessions, helping parents with the "
        "everyday questions that come with a new baby and making sure families who need more help are seen by a "
        "health visitor.",
    ),
    ("heading", "What you'll do"),
    ("body", f"{BULLET} Weigh and measure babies and young children and plot their growth"),
    (
        "body",
        f"{BULLET} You must weigh every baby on the clinic's calibrated scales and record the weight in the red book "
        "and on SystmOne on the same day",
    ),
    ("body", f"{BULLET} Help the health visitors run the infant feeding drop-in and the introducing solids group"),
    ("body", f"{BULLET} Carry out follow-up home visits agreed with a health visitor"),
    ("body", f"{BULLET} Signpost parents to children's centre activities and local services"),
    ("heading", "What we're looking for"),
    ("bold", "Essential"),
    ("body", f"{BULLET} Experience of working with babies, young children and their families"),
    ("body", f"{BULLET} Level 3 qualification in early years, childcare or health and social care"),
    ("body", f"{BULLET} Able to explain feeding and weaning advice to parents in plain words"),
    ("body", f"{BULLET} Good record keeping, including on an electronic record such as SystmOne"),
    ("body", f"{BULLET} Able to travel between children's centres across Hillingdon"),
    (
        "body",
        f"{BULLET} You don't need to have worked in the NHS before {DASH} we will train you to weigh and measure "
        "babies during your first six weeks",
    ),
    ("bold", "Desirable"),
    ("body", f"{BULLET} Speaks a community language used in Hillingdon, such as Punjabi, Somali or Polish"),
    ("body", f"{BULLET} Experience of running a group for parents, such as stay and play or baby massage"),
    ("body", f"{BULLET} Breastfeeding peer supporter training"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK; we cannot sponsor a visa for this post. Offers depend on two "
        "references and an enhanced DBS check with the children's barred list.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET} 27 days' annual leave rising to 33 with service, plus bank holidays"),
    ("body", f"{BULLET} NHS Pension and NHS discounts"),
    ("body", f"{BULLET} A funded place on the UNICEF Baby Friendly breastfeeding course in your first year"),
    ("body", f"{BULLET} Mileage paid for travel between centres"),
]

J6_ITEMS = [
    ("title", "Special School Nursing Assistant"),
    ("body", "Children's Community Nursing, Central London Community Healthcare NHS Trust"),
    ("body", "Special schools in Hammersmith and Fulham, managed from Parkview Centre for Health and Wellbeing"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Central London Community Healthcare NHS Trust provides a nursing team in each of the borough's special "
        "schools, caring for pupils aged 2 to 19 with complex health needs. We are looking for a Special School "
        "Nursing Assistant to join us at Band 3, working 34.5 hours a week in term time only. The closing date is "
        "Friday 30 June 2028 and interviews will be held on Tuesday 11 July 2028.",
    ),
    (
        "body",
        "You will work with the school nurse to give each child the care set out in their health care plan: feeds, "
        "medicines, continence care, suction and help with moving. You must record every feed and every medicine "
        "you give in the child's care plan before the end of the school day. You do not need to have worked in a "
        "school before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked as a healthcare assistant or support worker in a health or care "
        "setting. You must be confident helping children with personal care, including changing and toileting, in "
        "a way that protects their dignity. It is essential that you can communicate with children who use little "
        "or no speech, for example through Makaton, symbols or objects of reference. Good written English is "
        "essential, because you will record the care you give in each child's notes. It is essential that you can "
        "work term time only, from 8.30am to 4pm, Monday to Friday.",
    ),
    (
        "body",
        "Experience of gastrostomy feeding would be beneficial. A Level 3 qualification in health and social care "
        "would be an advantage. Training in epilepsy awareness or in giving rescue medication is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need an enhanced DBS check with the children's barred "
        "list. In your first term we will train you in gastrostomy feeding, oral suction and the school's epilepsy "
        "plans, and sign you off as competent. You will benefit from school holidays at home, the NHS Pension and "
        "a cycle-to-work scheme. We would like to hear from you even if you do not meet every point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    j1_paediatric_physiotherapy_assistant()
    j2_learning_disability_day_opportunities_support_worker()
    j3_childrens_occupational_therapy_assistant()
    j4_posture_and_mobility_service_assistant()
    (ADVERTS / "j5_childrens_centre_health_support_worker.pdf").write_bytes(pdf_bytes(J5_ITEMS, title=(16, 56)))
    (ADVERTS / "j6_special_school_nursing_assistant.pdf").write_bytes(pdf_bytes(J6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
