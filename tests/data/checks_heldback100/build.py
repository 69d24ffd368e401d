"""Build the Word and PDF adverts of the hundredth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback100/build.py`. The generated files are
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
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2029, 1, 22, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2029, 1, 22, 9, 0, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_orthotic_footwear_clinic_assistant() -> None:
    """Shape 1: the employer only in the page header and the closing date only in the page footer; the band inside a
    pay line; duties as Word bullets; tick columns under "Criteria | Essential | Desirable" with category rows merged
    across the table, and four ticked-Essential rows that are not criteria."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Royal National Orthopaedic Hospital NHS Trust"
    section.footer.paragraphs[
        0
    ].text = "Job reference 282-ORT-1147 \u00b7 Applications close 05/03/2029 \u00b7 Interviews Thursday 15 March 2029"
    document.add_heading("Orthotic Footwear Clinic Assistant", level=1)
    document.add_paragraph("Orthotics Department, Brockley Hill, Stanmore HA7 4LP")
    document.add_paragraph(
        f"Pay: Agenda for Change Band 3, {POUND}27,640 to {POUND}30,310 a year plus Outer London High Cost Area "
        "Supplement. 37.5 hours a week, permanent."
    )
    document.add_heading("About the clinic", level=2)
    document.add_paragraph(
        "Our footwear clinic sees around 60 patients a week who need made-to-measure or specially adapted shoes: "
        "people with diabetes, rheumatoid arthritis, a shortened leg or feet that have changed shape after surgery. "
        "The orthotists assess and prescribe; you will be the person who helps the clinic run, from the patient's "
        "first phone call to the day they walk out in shoes that fit."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Welcome patients, book and rebook appointments and keep the clinic running to time",
        "Take foot outlines, length and width sizes and photographs for the orthotist, under their direction",
        "Order stock footwear from suppliers and chase made-to-measure pairs that are running late",
        "Make small adjustments to footwear in the workshop, such as fitting a raise or changing a fastening",
        "Clean and tidy the clinic rooms and keep the sizing stock in order",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("GCSEs (or equivalent) in English and maths at grade 4 / C or above", TICK, ""),
        ("A Level 3 qualification in health, science or a technical subject", "", TICK),
        ("Completion of the department's footwear fitting competency workbook within six months", TICK, ""),
        ("Experience",),
        ("Experience of serving members of the public face to face", TICK, ""),
        ("No previous NHS experience is necessary", TICK, ""),
        ("Experience of working in an orthotics, podiatry or physiotherapy department", "", TICK),
        ("Skills and abilities",),
        ("Able to take accurate measurements and record them clearly", TICK, ""),
        ("Good manual dexterity and able to use simple hand tools", TICK, ""),
        ("Able to use Microsoft Outlook and an electronic appointment booking system", TICK, ""),
        ("Must check every pair of shoes against the prescription before it is handed to the patient", TICK, ""),
        ("Knowledge",),
        ("Understanding of why people with diabetes need to take extra care of their feet", TICK, ""),
        ("Other",),
        ("Satisfactory enhanced DBS check", TICK, ""),
        ("Able to work one late clinic until 7pm each week", TICK, ""),
        ("Speaks a second language used by patients in Harrow or Barnet", "", TICK),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; free parking on "
        "site and a free shuttle bus from Stanmore station; and a funded Level 3 qualification for staff who want to "
        "go on to train as orthotic technicians. You will need to show that you have the right to work in the UK, and "
        "we will ask for two references covering the last three years."
    )
    save(document, "v1_orthotic_footwear_clinic_assistant.docx")


def v2_amputee_rehabilitation_support_worker() -> None:
    """Shape 2: the title as the heading and the band inside the first sentence; the closing date in a details
    table; the employer only in the page footer; rows marked E or D under "Category | Criteria | E/D | How assessed"
    with the category merged down the first column (not bold), and three rows marked E that are not criteria."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[
        0
    ].text = "Imperial College Healthcare NHS Trust \u00b7 Charing Cross Hospital, Fulham Palace Road, London W6 8RF"
    document.add_heading("Amputee Rehabilitation Support Worker", level=1)
    document.add_paragraph(
        "This is a Band 3 post in the inpatient amputee rehabilitation beds on the eighth floor, where people who have "
        "lost a leg or an arm stay for two to six weeks to get strong enough to go home and, for many, to walk again "
        "with a prosthetic limb."
    )
    label_value_table(
        document,
        [
            ("Hours", "37.5 a week on a rota of early, late and weekend shifts"),
            ("Contract", "Permanent"),
            ("Closing date", "Friday 9 March 2029"),
            ("Interviews", "Tuesday 20 March 2029"),
            ("Reference", "196-RHB-3081"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "You will work alongside nurses, physiotherapists and occupational therapists to give patients the personal "
        "care they need and to help them practise, every day, what the therapists have taught them. No previous "
        "rehabilitation experience is needed: every new starter spends their first two weeks working beside a "
        "senior support worker."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Help patients to wash, dress, eat and use the toilet, encouraging them to do as much as they can for "
        "themselves",
        "Take and chart temperature, pulse, blood pressure and weight, and tell the nurse in charge about any change",
        "Carry on the exercise, transfer and walking practice that the physiotherapists have set",
        "Help patients to put on and take off their prosthetic limb and liner once they have been shown how",
        "Keep bays, equipment and wheelchairs clean and ready for use",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "Level 2 qualification in health and social care (such as an NVQ or QCF diploma) or the Care Certificate",
            "E",
            "Application",
        ),
        ("Qualifications", "Level 3 Diploma in Clinical Healthcare Support", "D", "Application"),
        (
            "Qualifications",
            "Trust moving and handling and falls prevention training, completed during induction",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of giving personal care to adults in a hospital, care home or community setting",
            "E",
            "Application / Interview",
        ),
        ("Experience", "Experience of working in a rehabilitation or therapy team", "D", "Application"),
        (
            "Experience",
            "Experience of helping patients to walk with frames, crutches or sticks",
            "D",
            "Application / Interview",
        ),
        (
            "Skills and abilities",
            "Able to encourage and motivate patients who are low in mood or frustrated",
            "E",
            "Interview",
        ),
        ("Skills and abilities", "Able to record observations and patient progress accurately", "E", "Interview"),
        (
            "Skills and abilities",
            "Must report any red or broken skin on a residual limb to the nurse in charge during the same shift",
            "E",
            "N/A",
        ),
        (
            "Knowledge",
            "Understanding of how losing a limb can affect a person's independence and emotional wellbeing",
            "E",
            "Interview",
        ),
        (
            "Other",
            "Able to work early (7.30am) and late (until 8pm) shifts, including alternate weekends",
            "E",
            "Application / Interview",
        ),
        (
            "Other",
            f"Right to work in the UK {DASH} we are unable to sponsor a visa for this role",
            "E",
            "Pre-employment checks",
        ),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_paragraph("E = essential, D = desirable.")
    document.add_heading("Working with us", level=2)
    document.add_paragraph(
        "We offer the NHS Pension Scheme, 27 days' annual leave plus bank holidays, an interest-free season ticket "
        "loan and access to our staff wellbeing service. This post is subject to an enhanced DBS check. For an "
        "informal chat, please call the ward manager on 020 7946 0381 or email amputee.rehab@example.com."
    )
    save(document, "v2_amputee_rehabilitation_support_worker.docx")


def v3_wheelchair_handover_and_delivery_assistant() -> None:
    """Shape 3: the employer only in the page header; band, hours and closing date on one line under the title;
    Essential and Desirable side by side per category, with a "no experience needed" line and a duty as second
    lines of Essential cells and "N/A" in one Desirable cell; eligibility and benefits after the table."""
    document = blank_docx("Verdana")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Central London Community Healthcare NHS Trust {DASH} Wheelchair Service"
    document.add_heading("Wheelchair Handover and Delivery Assistant", level=1)
    document.add_paragraph(
        "Band 2 \u00b7 Full time, Monday to Friday, 8am to 4pm \u00b7 Closes Wednesday 7 March 2029 \u00b7 "
        "Interviews in the week beginning 19 March"
    )
    document.add_heading("About the service", level=2)
    document.add_paragraph(
        "Our wheelchair service provides manual and powered wheelchairs and special seating to children and adults "
        "across Hammersmith and Fulham, Kensington and Chelsea and Westminster. Our depot is on an industrial estate "
        "in Park Royal, and most days you will be out in one of our two vans with a colleague."
    )
    document.add_paragraph(
        "You will load the day's chairs, deliver them to people's homes, schools and care homes, show each person "
        "and their family how their chair works and collect chairs that are no longer needed. Back at the depot you "
        "will clean returned chairs, label them and put them away in the stores."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        ("Qualifications", "Basic literacy and numeracy", "Level 2 certificate in customer service"),
        (
            "Experience",
            "Experience of delivery driving or of working in a warehouse, stores or workshop\n"
            f"No wheelchair experience needed {DASH} full training is given",
            "Experience of working with disabled people or their carers",
        ),
        (
            "Skills and abilities",
            "Able to explain practical things clearly to patients and carers\n"
            "Able to lift and load equipment weighing up to 25kg safely",
            "Able to carry out basic safety checks on tyres and brakes",
        ),
        (
            "Knowledge",
            "Understanding of why privacy and dignity matter when visiting people in their own homes",
            "N/A",
        ),
        (
            "Other",
            "Full UK driving licence held for at least 12 months\n"
            "Must complete the vehicle check sheet before leaving the depot each morning",
            "Speaks Arabic, Somali, Polish or another language used in our boroughs",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Good to know", level=2)
    document.add_paragraph(
        "You must have the right to work in the UK; we cannot offer visa sponsorship for this post. Because you will "
        "visit children and adults at home, the post needs an enhanced DBS check. We provide a uniform and safety "
        "shoes, and you will get 27 days' annual leave plus bank holidays, the NHS Pension and a cycle-to-work scheme."
    )
    save(document, "v3_wheelchair_handover_and_delivery_assistant.docx")


def v4_vestibular_clinic_support_worker() -> None:
    """Shape 4: the closing date only in the page header and the employer only in the page footer; the title and
    band together as the heading; an Essential row and a Desirable row per area under "Area | Level |
    Requirements", the area merged down over both (bold), with an experience line and a DBS line that are not
    criteria and "N/A" in one Desirable row."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Closing date: 14 March 2029"
    section.footer.paragraphs[0].text = "Chelsea and Westminster Hospital NHS Foundation Trust \u00b7 Ref 331-AUD-0577"
    document.add_heading("Vestibular Clinic Support Worker (Band 3)", level=1)
    document.add_paragraph(
        "Audiology Department, Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH. 30 hours a week "
        "over four days, permanent. Interviews will be held on Tuesday 27 March 2029."
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Our balance clinic tests adults and children who have dizziness, vertigo or unsteadiness. You will prepare "
        "patients for their tests, help the audiologists during eye-movement and positional testing, and look after "
        "patients who feel unwell afterwards."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Greet patients, check their details and explain what will happen during their appointment",
        "Set up the test room and the video goggles, and clean all equipment between patients",
        "Support patients as they lie down and turn during positional tests",
        "Enter results and appointment outcomes on the department's systems",
        "Order and restock clinic supplies",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Education", "Essential", "GCSE English and maths at grade 4 (C) or above, or equivalent"),
        ("Education", "Desirable", "A Level 3 qualification in a science subject"),
        (
            "Experience",
            "Essential",
            "Experience of supporting patients or the public in a health or care setting\n"
            f"Audiology experience is not required {DASH} full training is given",
        ),
        ("Experience", "Desirable", "Experience of working in an audiology or ENT department"),
        (
            "Skills",
            "Essential",
            "Able to stay calm and reassure patients who feel dizzy, sick or anxious\n"
            "Good keyboard skills and able to enter data accurately",
        ),
        ("Skills", "Desirable", "Experience of using Auditbase or a similar audiology system"),
        (
            "Knowledge",
            "Essential",
            "Understanding of infection control, including cleaning equipment between patients",
        ),
        ("Knowledge", "Desirable", "Basic knowledge of how the inner ear helps to control balance"),
        (
            "Physical and other",
            "Essential",
            "Able to help patients move on and off an examination couch safely\nSatisfactory enhanced DBS check",
        ),
        ("Physical and other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will receive 27 days' annual leave plus bank holidays, the NHS Pension, Inner London High Cost Area "
        "Supplement and staff discounts. Applicants must have the right to work in the UK; sponsorship is not "
        "available for this role."
    )
    save(document, "v4_vestibular_clinic_support_worker.docx")


V5_ITEMS = [
    ("title", "Community Hearing Aid Aftercare Assistant"),
    ("bold", "Applications close Friday 16 March 2029"),
    ("gap", ""),
    ("bold", f"The Hillingdon Hospitals NHS Foundation Trust {DASH} Audiology"),
    ("body", "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN, with community clinics and care home visits"),
    ("body", f"Band 2 | {POUND}24,930 to {POUND}25,870 a year | 37.5 hours | Permanent"),
    ("heading", "About the role"),
    (
        "body",
        "Thousands of people in Hillingdon wear NHS hearing aids, and a small fault can leave someone cut off for "
        "weeks. Our aftercare assistants run drop-in repair sessions in Hayes, Ruislip and Uxbridge and visit care "
        "homes, so that people get their hearing back the same day.",
    ),
    ("heading", "What you'll do"),
    ("body", "\u2022 Retube hearing aids, change domes, wax filters and batteries, and clean ear moulds"),
    ("body", "\u2022 Check that each aid is working with the listening tube and the test box"),
    ("body", "\u2022 Show patients and care home staff how to clean, fit and look after their aids"),
    (
        "body",
        "\u2022 You must log every repair on Auditbase before the end of the session, and pass any aid you cannot fix "
        "to an audiologist the same day",
    ),
    ("body", "\u2022 Carry the clinic kit between sites and keep stock topped up"),
    ("heading", "What we're looking for"),
    ("bold", "Must-haves"),
    ("body", "\u2022 A good standard of English and maths, such as GCSE or Functional Skills Level 2"),
    ("body", "\u2022 Experience of helping older people, in a paid or voluntary role"),
    (
        "body",
        "\u2022 Steady hands and good eyesight for small, fiddly tasks such as changing tubing and filters",
    ),
    ("body", "\u2022 Patient and clear when explaining things to people with hearing loss"),
    (
        "body",
        "\u2022 Able to travel between clinics in Hayes, Ruislip and Uxbridge and to care homes across Hillingdon",
    ),
    (
        "body",
        f"\u2022 You don't need to know anything about hearing aids yet {DASH} we'll teach you everything in your "
        "first six weeks",
    ),
    ("bold", "Good to have"),
    ("body", "\u2022 British Sign Language Level 1 or above"),
    ("body", "\u2022 Experience of working in an optician's, pharmacy or other high street health service"),
    ("body", "\u2022 Speaks Punjabi, Hindi, Urdu or Tamil"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK, as we cannot sponsor a visa for this post. Because you will "
        "visit care homes, the successful applicant will need an enhanced DBS check. Interviews will be held on "
        "Wednesday 28 March 2029.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave plus bank holidays, and the NHS Pension Scheme"),
    ("body", "\u2022 A travel pass for journeys between clinics and care homes"),
    ("body", "\u2022 Free hearing aid care training and the chance to train as an associate audiologist"),
]

V6_ITEMS = [
    ("title", "Trainee Orthotic Technician"),
    ("bold", f"London North West University Healthcare NHS Trust {DASH} Orthotics Workshop"),
    ("body", "Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our orthotics workshop makes and repairs the insoles, splints, braces and callipers that help people stand, "
        "walk and use their hands. We are looking for a Trainee Orthotic Technician to learn the trade alongside our "
        "four technicians. Applications close on Monday 19 March 2029, and interviews will be held on Thursday 29 "
        "March 2029.",
    ),
    (
        "body",
        "You will cut, heat and shape plastics, grind and finish insoles, rivet straps and fit leather linings, "
        "starting with simple jobs and taking on more as you pass each stage of training. You must sign off every "
        "device against the orthotist's prescription before it leaves the workshop. You do not need any experience "
        "of orthotics before you start.",
    ),
    ("heading", "Pay and hours"),
    (
        "body",
        f"This is a Band 3 post, paid at {POUND}27,640 to {POUND}30,310 a year plus Outer London High Cost Area "
        "Supplement, for 37.5 hours a week, Monday to Friday.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you hold GCSEs in English, maths and a science at grade 4 (C) or above, or "
        "equivalent. You must have experience of practical work with your hands, such as joinery, engineering, "
        "dressmaking or vehicle repair. It is essential that you can use hand and power tools safely and follow "
        "health and safety rules in a workshop. Accurate measuring and close attention to detail are essential. You "
        "must be able to work to deadlines so that patients receive their devices on the day they were promised. It "
        "is essential that you work well in a small team and ask for help when you are unsure.",
    ),
    (
        "body",
        "Experience of working with thermoplastics, resin or leather would be beneficial. A Level 3 qualification in "
        "engineering or a related technical subject would be an advantage. Some knowledge of common foot, ankle and "
        "knee conditions is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as sponsorship is not available for this "
        "post. Safety boots and overalls are provided, and wearing them in the workshop is essential. After your first "
        "year we will fund the Level 3 orthotic technician apprenticeship. You will benefit from 27 days' annual leave "
        "plus bank holidays, the NHS Pension, free on-site parking and a staff gym.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply online quoting reference 305-ORT-2290. For a visit to the workshop before you apply, call the workshop "
        "manager on 020 7946 0722.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_orthotic_footwear_clinic_assistant()
    v2_amputee_rehabilitation_support_worker()
    v3_wheelchair_handover_and_delivery_assistant()
    v4_vestibular_clinic_support_worker()
    (ADVERTS / "v5_community_hearing_aid_aftercare_assistant.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_trainee_orthotic_technician.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
