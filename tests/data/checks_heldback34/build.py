"""Build the Word and PDF adverts of the thirty-fourth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback34/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; every Word file
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

TICK = "\u2714"  # heavy check mark
DASH = "\u2013"
FIXED_TIME = dt.datetime(2027, 12, 6, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2027, 12, 6, 10, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_trainee_assistant_technical_officer() -> None:
    """An Annex 21 trainee post: the person specification has two level columns, "On appointment" (Essential,
    Desirable or a dash) and "By the end of training" (Required or a dash), with the area merged down. Rows with a
    dash on appointment and "Required" by the end are what the training gives, not criteria; one desirable
    criterion is also required by the end; a "must" duty, a right-to-work row marked Essential, pay and DBS after."""
    document = blank_docx("Arial")
    document.add_paragraph().add_run("Chelsea and Westminster Hospital NHS Foundation Trust").bold = True
    document.add_heading(f"Trainee Assistant Technical Officer {DASH} Aseptic Services", level=1)
    for line in [
        "Pharmacy Aseptic Services Unit, Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH",
        "Pay band: Band 3, appointed under Annex 21 of Agenda for Change (see Pay during training below)",
        "Hours: 37.5 a week, Monday to Friday 8am to 4pm, plus weekend sessions on a rota",
        "Contract: permanent, starting with an 18-month training programme",
        "Closing date: Wednesday 9 February 2028    Interviews: Thursday 24 February 2028",
    ]:
        document.add_paragraph(line)
    document.add_heading("About the unit", level=2)
    document.add_paragraph(
        "Our aseptic unit makes around 200 ready-to-give items on a normal day: chemotherapy for the cancer day "
        "unit, intravenous feeds for babies on the neonatal unit and prefilled syringes for theatres and intensive "
        "care. Everything is made inside isolators in a cleanroom suite by a team of pharmacists, technicians and "
        "assistant technical officers, and every item is checked twice before it leaves us."
    )
    document.add_heading("The training post", level=2)
    document.add_paragraph(
        "This is a trainee post: you will be paid while you learn, and once you have passed every competency you "
        "will work as a fully trained assistant technical officer. You do not need any pharmacy experience to "
        "apply. Most of the team joined us from shops, kitchens, factories and warehouses."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Clean and disinfect the isolators, transfer hatches and cleanroom surfaces to the unit's schedule",
        "Assemble and label trays of components for each worksheet and pass them into the cleanroom",
        "Prepare products in the isolators under supervision, and on your own once you are signed off",
        "Take settle plates, finger dabs and other environmental samples and send them to the laboratory",
        "You must record every fridge temperature and room pressure reading on the monitoring log before the "
        "first session of the day starts",
        "Receive and put away deliveries and rotate stock by expiry date",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Requirement", "On appointment", "By the end of training"])
    rows = [
        (
            "Qualifications",
            "GCSEs at grade 4 (C) or above in English and maths, or Functional Skills Level 2 in both",
            "Essential",
            DASH,
        ),
        (
            "Qualifications",
            "A pharmacy services qualification at Level 2 (certificate, diploma or apprenticeship)",
            "Desirable",
            "Required",
        ),
        ("Qualifications", "The unit's gowning assessment and broth transfer validation, passed", DASH, "Required"),
        (
            "Experience",
            "Experience of working to written procedures where accuracy matters, for example in a laboratory, "
            "food production or manufacturing",
            "Essential",
            DASH,
        ),
        ("Experience", "Work in a pharmacy, cleanroom or other controlled environment", "Desirable", DASH),
        (
            "Experience",
            "Preparing products on your own, with a final check by an accredited technician",
            DASH,
            "Required",
        ),
        (
            "Knowledge",
            "Understanding of why cleanliness matters when medicines are prepared for patients",
            "Essential",
            DASH,
        ),
        ("Knowledge", "Awareness of Good Manufacturing Practice (GMP)", "Desirable", DASH),
        (
            "Knowledge",
            "Working knowledge of the unit's standard operating procedures and of the MHRA Orange Guide",
            DASH,
            "Required",
        ),
        ("Skills", "Able to concentrate on detailed, repetitive tasks for long periods", "Essential", DASH),
        ("Skills", "Good manual dexterity for handling small items while wearing gloves", "Essential", DASH),
        ("Skills", "Able to record information accurately on paper and on a computer", "Essential", DASH),
        (
            "Personal qualities",
            "Able to work as part of a small team and follow instructions from pharmacists and technicians",
            "Essential",
            DASH,
        ),
        (
            "Personal qualities",
            "Willing to wear full cleanroom clothing, including hood, mask and sterile gloves, for sessions of up "
            "to two hours",
            "Essential",
            DASH,
        ),
        ("Other", "Able to work one weekend morning in four on a rota", "Essential", DASH),
        (
            "Other",
            "Right to work in the UK (this post is not eligible for Skilled Worker sponsorship)",
            "Essential",
            DASH,
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "How to read this table. On appointment: Essential means you need it to be shortlisted, and Desirable "
        "means it would help. By the end of training: Required means you will gain it during the 18-month "
        "programme, so you do not need it to apply."
    )
    document.add_heading("Pay during training", level=2)
    document.add_paragraph(
        "As an Annex 21 trainee you will be paid a set percentage of the full salary for the post, rising after "
        "6 and 12 months, and you will move onto the full salary when you pass your final competency assessment. "
        "Weekend sessions attract unsocial hours payments. You will also get 27 days' annual leave plus bank "
        "holidays, the NHS Pension and an interest-free season ticket loan. Appointment depends on two "
        "satisfactory references, occupational health clearance and a basic DBS check."
    )
    save(document, "v1_trainee_assistant_technical_officer.docx")


def v2_nuclear_medicine_assistant() -> None:
    """Every job detail in a two-column label table with no header row (job title, band and employer there
    only); numbered duties, one with "must"; rows marked E or D with the area merged down and a "How assessed"
    column in words, a training row and a DBS-and-right-to-work row marked E; "not needed" and benefits after."""
    document = blank_docx("Calibri")
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Nuclear Medicine Assistant"),
            ("Band", "Band 3"),
            ("Department", "Nuclear Medicine, Imaging Directorate"),
            ("Base", "Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
            ("Employer", "London North West University Healthcare NHS Trust"),
            ("Hours", "37.5 a week, Monday to Friday, on shifts between 8am and 6pm"),
            ("Reference", "LNW-IMG-2604"),
            ("Closing date", "23/02/2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        f"Nuclear medicine uses very small amounts of a radioactive tracer to show how organs are working {DASH} "
        "bone scans, heart scans, kidney studies and thyroid scans. You will look after patients from the moment "
        "they arrive until they leave: welcoming them, explaining what will happen and how long it will take, "
        "helping them on and off the scanning couch and making sure they go home with the right advice."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Greet patients, check their identity and explain the timings of their scan, which can include a wait of "
        "up to four hours after the injection",
        "Measure and record each patient's height and weight before the dose is drawn up",
        "Help radiographers and technologists to position patients on the scanning couch",
        "Keep the waiting areas, scanning rooms and equipment clean, and restock linen and consumables",
        "Every patient who has had an injection must be given the written radiation advice leaflet before "
        "leaving the department, and you must record that it was given",
        "Book follow-up appointments and update the radiology information system",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Requirement", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "Good general education, including English and maths at GCSE level or equivalent",
            "E",
            "Application",
        ),
        (
            "Qualifications",
            "Care Certificate or a Level 2 qualification in health and social care",
            "D",
            "Application",
        ),
        (
            "Qualifications",
            "Radiation protection and local rules training, given in your first two weeks",
            "E",
            f"Not assessed {DASH} provided in post",
        ),
        (
            "Experience",
            "Experience of helping members of the public in a caring or customer service role, paid or voluntary",
            "E",
            "Application and interview",
        ),
        ("Experience", "Experience of working in a hospital imaging or outpatient department", "D", "Application"),
        (
            "Experience",
            "Experience of helping people with limited mobility to move safely",
            "D",
            "Application and interview",
        ),
        (
            "Skills",
            "Able to explain simple instructions clearly and kindly to patients who are anxious",
            "E",
            "Interview",
        ),
        (
            "Skills",
            "Accurate when recording patient weights, heights and appointment times",
            "E",
            "Application and interview",
        ),
        ("Skills", "Able to use a computer to book and update appointments", "E", "Application"),
        ("Knowledge", "Understanding of the need to keep patient information confidential", "E", "Interview"),
        (
            "Knowledge",
            "Awareness of how staff keep their own radiation exposure as low as possible",
            "D",
            "Interview",
        ),
        (
            "Physical and other",
            "Able to stand and walk for most of the day and push patients in wheelchairs and on trolleys",
            "E",
            "Interview",
        ),
        (
            "Physical and other",
            "Enhanced DBS check and proof of the right to work in the UK",
            "E",
            "Pre-employment checks",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("E = essential, D = desirable.")
    document.add_paragraph(
        "Previous imaging experience is not needed: you will work alongside an experienced assistant for your "
        "first month. We offer 27 days' annual leave plus bank holidays, the NHS Pension, a free shuttle bus "
        "between Northwick Park and Central Middlesex hospitals and discounted staff parking."
    )
    save(document, "v2_nuclear_medicine_assistant.docx")


def v3_critical_care_rehabilitation_assistant() -> None:
    """Employer in bold first, then the team and site, the title as the heading, band and closing date on
    "|" lines; a "must" inside the About the role paragraph; Essential and Desirable side by side by category,
    with a training line and a "not needed" line as second lines of Essential cells, a right-to-work line as the
    second line of the last Essential cell, "N/A" in one Desirable cell and the last Desirable cell empty."""
    document = blank_docx("Arial")
    document.add_paragraph().add_run("Guy's and St Thomas' NHS Foundation Trust").bold = True
    document.add_paragraph(
        f"Royal Brompton and Harefield hospitals {DASH} Adult Intensive Care, Harefield Hospital, Hill End Road, "
        "Harefield UB9 6JH"
    )
    document.add_heading("Critical Care Rehabilitation Assistant", level=1)
    document.add_paragraph(
        "Band 3  |  \u00a329,970 to \u00a331,640 a year including Outer London High Cost Area Supplement"
    )
    document.add_paragraph("37.5 hours a week over five days, including some weekends  |  Permanent")
    document.add_paragraph("Closing date: 2 March 2028  |  Interviews: 15 March 2028")
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "Patients who spend weeks on a ventilator lose strength very quickly, and getting them moving early "
        "shortens their recovery. You will join the critical care physiotherapy and occupational therapy team, "
        "helping patients sit on the edge of the bed, stand, take their first steps and rebuild their strength, "
        "first on the unit and then on the ward. You will also help to run the weekly recovery class for patients "
        "who have left intensive care. You must record every session in the electronic patient record before the "
        "end of your shift."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths, or equivalent\n"
            f"Care Certificate {DASH} we will support you to complete it in your first 12 weeks",
            "Level 3 qualification in health, sport or exercise, such as a BTEC or a personal trainer diploma",
        ),
        (
            "Experience",
            "Experience of helping people with exercise, mobility or personal care, paid or voluntary\n"
            "No previous hospital experience is needed",
            "Experience of working with people who are very unwell or recovering from a long illness",
        ),
        (
            "Skills",
            "Able to encourage patients who are tired, low in mood or in pain\n"
            "Able to write clear, accurate notes of each session",
            "Experience of leading a group exercise class",
        ),
        (
            "Knowledge",
            "Understanding of why infection control matters in intensive care",
            "Basic knowledge of how the heart and lungs work",
        ),
        ("Personal qualities", "Calm in a busy, high-pressure clinical environment", "N/A"),
        (
            "Physical and other",
            "Able to help move patients safely using equipment such as hoists and walking frames\n"
            f"Right to work in the UK {DASH} we cannot sponsor this post",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension; a free staff "
        "shuttle between Harefield and Royal Brompton; and on-site staff accommodation when rooms are free. The "
        "successful candidate will need an enhanced DBS check and two satisfactory references."
    )
    save(document, "v3_critical_care_rehabilitation_assistant.docx")


def v4_microbiology_media_preparation_assistant() -> None:
    """Title heading, the network and site, a sentence naming the host trust as the employer, band and closing
    date on "|" lines; a "must" in About the job; bulleted duties; a check mark in one of Essential and Desirable
    (the other cell empty) with category rows merged across, and four ticked-Essential rows that are not criteria
    (training given, "No previous laboratory experience is required", a "Must label ..." duty, eligibility)."""
    document = blank_docx("Calibri")
    document.add_heading("Microbiology Media Preparation Assistant", level=1)
    document.add_paragraph(
        "North West London Pathology, Microbiology Department, Charing Cross Hospital, Fulham Palace Road, "
        "London W6 8RF"
    )
    document.add_paragraph(
        "North West London Pathology is hosted by Imperial College Healthcare NHS Trust, which will be your employer."
    )
    document.add_paragraph("Band 2  |  \u00a327,190 a year including Inner London High Cost Area Supplement")
    document.add_paragraph("37.5 hours, Monday to Friday  |  Ref 290-NWLP-0731  |  Closing date 16 February 2028")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our media room makes the agar plates, broths and transport tubes that the microbiology laboratory uses to "
        "grow and identify bacteria from about 4,000 patient samples a day. You will weigh out powders, mix and "
        "sterilise them in the autoclave, pour and pack plates, and run the quality checks on each batch. You must "
        "never release a batch until its sterility check plates have been read and signed off."
    )
    document.add_heading("Duties", level=2)
    for duty in [
        "Prepare media to written recipes, using balances, measuring cylinders and pH meters",
        "Load, run and unload autoclaves and record each cycle",
        "Pour, label and store plates and broths, and rotate stock in the cold room",
        "Keep the media room, dishwashers and equipment clean and tidy",
        "Order and receive supplies, and help with stock checks",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Two or more GCSEs at grade 4 (C) or above, including a science subject, or equivalent", TICK, ""),
        ("A-level or BTEC Level 3 in a science subject", "", TICK),
        (
            "Laboratory induction, including autoclave and media preparation training, completed in the first six "
            "weeks",
            TICK,
            "",
        ),
        ("Experience",),
        (
            "Experience of following step-by-step methods in a kitchen, laboratory, factory or similar workplace",
            TICK,
            "",
        ),
        ("No previous laboratory experience is required", TICK, ""),
        ("Experience of working in a laboratory", "", TICK),
        ("Skills and abilities",),
        ("Able to weigh and measure accurately in grams and millilitres", TICK, ""),
        ("Able to keep neat, accurate written records such as batch sheets and temperature logs", TICK, ""),
        ("Able to use Microsoft Excel to enter and check data", "", TICK),
        ("Must label and date every batch of media before it leaves the preparation room", TICK, ""),
        ("Knowledge",),
        ("Understanding of basic hygiene and why contamination must be avoided", TICK, ""),
        ("Knowledge of health and safety rules for handling chemicals (COSHH)", "", TICK),
        ("Physical and other",),
        ("Able to lift boxes of up to 15 kg and stand for long periods", TICK, ""),
        ("Willing to work an early shift starting at 07:00 on weekdays", TICK, ""),
        ("Eligible to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We welcome applications from school leavers and from people changing career. You will get 27 days' "
        "annual leave plus bank holidays, the NHS Pension, a season ticket loan and the chance to train as a "
        "medical laboratory assistant later on. The post is subject to a basic DBS check and references."
    )
    save(document, "v4_microbiology_media_preparation_assistant.docx")


V5_ITEMS = [
    ("title", "Portering Team Leader"),
    ("bold", f"Chelsea and Westminster Hospital NHS Foundation Trust {DASH} Facilities"),
    ("body", "West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF"),
    ("gap", ""),
    ("body", "Band 3  |  \u00a329,880 to \u00a331,560 a year, including Outer London High Cost Area Supplement"),
    ("body", "37.5 hours a week on a rotating 24/7 rota  |  Permanent"),
    ("body", "Closing date: 8 March 2028. Interviews will be held on 20 March 2028."),
    ("heading", "About the role"),
    (
        "body",
        "Our porters move about 900 patients, samples, meals, beds and pieces of equipment around West Middlesex "
        "every day. As the team leader on a shift you will run a team of up to twelve porters from the portering "
        "office, hand out the jobs that come in, step in when the department gets busy and be the person that "
        "wards, theatres and the emergency department call when something goes wrong.",
    ),
    ("heading", "What you'll be doing"),
    ("body", "\u2022 Allocating jobs on the electronic task system and making sure urgent requests go first"),
    (
        "body",
        "\u2022 The team leader on duty must attend every cardiac arrest and major haemorrhage call and log the "
        "response time on the task system",
    ),
    ("body", "\u2022 Checking and restocking the medical gas cylinder store at the start of each shift"),
    ("body", "\u2022 Helping the Portering Manager to prepare the four-weekly rota and cover sickness"),
    ("body", "\u2022 Showing new porters the routes, the equipment and the hospital's safety rules"),
    ("heading", "Essential"),
    ("body", "\u2022 Good spoken and written English"),
    ("body", "\u2022 Experience as a porter, or in warehouse, delivery or security work"),
    ("body", "\u2022 Experience of leading or supervising a team, formally or informally"),
    ("body", "\u2022 Able to organise the team's jobs and change plans quickly when priorities change"),
    ("body", "\u2022 Confident using a computer or handheld device to allocate and track jobs"),
    ("body", "\u2022 Able to deal calmly and politely with complaints from staff and visitors"),
    ("body", "\u2022 Understanding of safe moving and handling"),
    ("body", "\u2022 Able to walk, push and pull heavy equipment for long periods"),
    ("body", "\u2022 Able to work a rotating shift pattern including nights, weekends and bank holidays"),
    (
        "body",
        f"\u2022 No previous NHS experience? That's fine {DASH} you will shadow an experienced team leader for your "
        "first four weeks",
    ),
    ("heading", "Desirable"),
    ("body", "\u2022 Supervisory or team leader qualification, such as ILM Level 2 or 3"),
    ("body", "\u2022 Experience of working in a hospital portering service"),
    ("body", "\u2022 Experience of writing staff rotas"),
    ("body", "\u2022 Knowledge of how to move and store medical gas cylinders safely"),
    ("heading", "Training"),
    (
        "body",
        "In your first three months you will complete medical gases, moving and handling and conflict resolution "
        "training. After a year in post we will fund an ILM Level 3 Certificate in Leadership and Management for "
        "team leaders who want one.",
    ),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; this post is not eligible for visa sponsorship. Offers are "
        "subject to two references and a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave, rising to 33 days with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme, unsocial hours payments, NHS discounts and a staff gym on site"),
]

V6_ITEMS = [
    ("title", "Patient Experience Assistant"),
    ("bold", "Imperial College Healthcare NHS Trust \u00b7 Patient Experience Team"),
    ("body", "St Mary's Hospital, Praed Street, London W2 1NY, with regular work at Charing Cross and Hammersmith"),
    ("gap", ""),
    ("body", "Band 3  |  \u00a330,140 to \u00a331,900 a year including Inner London High Cost Area Supplement"),
    ("body", "37.5 hours, Monday to Friday  |  Permanent  |  Closing date: Thursday 27 January 2028"),
    ("heading", "About the team"),
    (
        "body",
        "The patient experience team makes sure that what patients and families tell us changes the way we work. "
        "We run the Friends and Family Test, the bedside feedback tablets and the listening events in our "
        "outpatient clinics, and we work closely with the Patient Advice and Liaison Service and our volunteers.",
    ),
    ("heading", "What you will do"),
    ("body", "\u2022 Visit wards and waiting areas with a tablet to hear how patients feel about their care"),
    ("body", "\u2022 Enter comment cards and survey answers on the feedback system"),
    (
        "body",
        "\u2022 Every comment that names a member of staff or raises a safety concern must be passed to the ward "
        "manager on the same day",
    ),
    ("body", "\u2022 Prepare monthly summaries of feedback for each ward and clinic"),
    ("body", "\u2022 Support the volunteers who help patients to fill in surveys"),
    ("heading", "Our values"),
    (
        "body",
        "Everything we do is shaped by our four values. Kind: we are considerate and thoughtful, so that everyone "
        "we meet feels respected and included. Collaborative: we work with others, inside and outside the Trust, "
        "to get the best for patients. Expert: we use what we know, keep learning and hold ourselves to high "
        "standards. Aspirational: we are curious and always looking for better ways to do things.",
    ),
    ("heading", "What we are looking for"),
    (
        "body",
        "We recruit for our values as well as for skills, so the person specification is set out under them.",
    ),
    ("bold", "Kind"),
    (
        "body",
        "It is essential that you have dealt with members of the public face to face, in a shop, caf\u00e9, "
        "reception or similar role. You must be able to stay patient and warm when someone is upset or angry "
        "about their care.",
    ),
    ("bold", "Collaborative"),
    (
        "body",
        "It is essential that you can plan and share out work with colleagues and volunteers. Experience of "
        "supporting or organising volunteers would be an advantage.",
    ),
    ("bold", "Expert"),
    (
        "body",
        "Good written English is essential, as you will summarise comments for ward managers. It is essential "
        "that you can use Word, Excel and Outlook confidently. Knowledge of how the NHS complaints process works "
        "is desirable.",
    ),
    ("bold", "Aspirational"),
    (
        "body",
        "You must be keen to suggest and try out better ways of hearing from patients. Experience of running "
        "surveys or focus groups would be beneficial. Speaking a language used by local communities, such as "
        "Arabic, Portuguese or Somali, would also help.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that you have the right to work in the UK, as we cannot offer visa sponsorship for this "
        "role. The post needs a standard DBS check and two references. You do not need to have worked in the NHS "
        "before, and full training on the feedback system is given in your first two weeks.",
    ),
    ("heading", "What we offer"),
    (
        "body",
        "27 days' annual leave plus bank holidays, the NHS Pension, hybrid working for report writing after "
        "induction, a season ticket loan and free counselling through our staff support service.",
    ),
]


def v5_portering_team_leader() -> None:
    (ADVERTS / "v5_portering_team_leader.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))


def v6_patient_experience_assistant() -> None:
    (ADVERTS / "v6_patient_experience_assistant.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_trainee_assistant_technical_officer()
    v2_nuclear_medicine_assistant()
    v3_critical_care_rehabilitation_assistant()
    v4_microbiology_media_preparation_assistant()
    v5_portering_team_leader()
    v6_patient_experience_assistant()


if __name__ == "__main__":
    main()
