"""Build the Word and PDF adverts of the hundred-and-twenty-sixth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback126/build.py`. The generated files are
committed, so nothing needs this script to score the set; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`; every Word file is saved with fixed core-property dates and fixed
zip time stamps, so a rebuild is byte for byte the same. The pasted-text adverts (v7 and v8) are plain files and are
not built here.
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

TICK = "\u2713"  # a plain check mark; the other level cell is left empty
DASH = "\u2013"
POUND = "\u00a3"
DOT = "\u00b7"
BULLET = "\u2022"
WRITTEN = dt.datetime(2029, 2, 6, 10, 15, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 6, 10, 15, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=WRITTEN, external_attr=0o644 << 16)


# ----------------------------------------------------------------------------------------------------- Word adverts


def v1_gypsy_roma_and_traveller_health_liaison_worker() -> None:
    """The employer only in the page header; the band and the closing date only in the page footer; the title as the
    heading; duties as Word bullets; a tick column for each level with category rows merged across the table, and
    four ticked-Essential rows that are not criteria."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Hillingdon GP Confederation"
    section.footer.paragraphs[
        0
    ].text = f"Band 4 {DOT} Ref HGPC-0417-GRT {DOT} Closing date Monday 5 March 2029, 12 noon"
    document.add_heading("Gypsy, Roma and Traveller Health Liaison Worker", level=1)
    document.add_paragraph(
        "Inclusion Health Team, working from the Confederation's office in Uxbridge and out on Traveller sites, "
        "roadside camps and in Roma households across Hillingdon and Harrow. 30 hours a week over four days; "
        "fixed term for two years in the first instance."
    )
    document.add_heading("About the team", level=2)
    document.add_paragraph(
        "People from Gypsy, Roma and Traveller communities live shorter lives than almost any other group in the "
        "country, and many families have been turned away from surgeries or treated with suspicion. Our small team "
        "of a nurse, a health visitor and two liaison workers goes to families where they live, helps them into GP "
        "and hospital care, and works with practices so that the next visit goes better than the last one."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Visit families on the Hillingdon and Harrow sites and in Roma households every week, by appointment or "
        "on the day",
        "Help people to register with a practice, book and keep appointments, and understand letters from the NHS",
        "Run a monthly health morning with the team's nurse, with blood pressure checks, vaccinations and "
        "screening kits",
        "Go with patients to appointments when they ask you to, and speak up for them if something goes wrong",
        "Tell practices and hospital staff what families have told us, so that services can change",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications",),
        (
            "Good standard of literacy and numeracy, such as GCSE English and maths or Functional Skills Level 2",
            TICK,
            "",
        ),
        ("Level 3 qualification in health and social care, community development or youth work", "", TICK),
        (
            "Completion of the Confederation's cultural awareness and safeguarding training within six weeks of "
            "starting",
            TICK,
            "",
        ),
        ("Experience",),
        ("Experience of working with Gypsy, Roma or Traveller communities, paid or voluntary", TICK, ""),
        ("You do not need previous NHS experience", TICK, ""),
        ("Experience of helping people to register with a GP or book health appointments", TICK, ""),
        ("Experience of running health promotion sessions or drop-ins in community settings", "", TICK),
        ("Skills and abilities",),
        ("Able to build trust with families who have had poor experiences of health services", TICK, ""),
        ("Able to explain health information to people with limited reading skills", TICK, ""),
        ("Must log every family contact on EMIS Web by the end of the next working day", TICK, ""),
        ("Speaks Romani, Romanian or Slovak", "", TICK),
        ("Other",),
        ("Enhanced DBS check for work with children and adults", TICK, ""),
        ("Full UK driving licence and access to a car for visits to sites in Hillingdon and Harrow", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays (pro rata), the NHS Pension Scheme, mileage paid at the NHS rate, "
        "a work mobile and monthly supervision. We particularly welcome applications from members of Gypsy, Roma "
        "and Traveller communities. You must have the right to work in the UK; we are not able to sponsor visas. "
        "Interviews will be held on Tuesday 20 March 2029."
    )
    save(document, "v1_gypsy_roma_and_traveller_health_liaison_worker.docx")


def v2_asylum_hotel_health_support_worker() -> None:
    """Title, employer, band and closing date as bold "Label:" lines at the top; a "You must ..." duty in the job
    purpose; numbered duties; rows marked E or D with the category merged down (not bold) and a "How assessed"
    column, with three rows marked E that are not criteria; the key and the closing paragraph after the table."""
    document = blank_docx("Calibri")
    document.add_heading("Job description and person specification", level=1)
    for label, value in [
        ("Job title", "Asylum Hotel Health Support Worker"),
        ("Employer", "Central and North West London NHS Foundation Trust"),
        ("Service", "Hillingdon Community Health Services, Asylum Seeker Health Team"),
        ("Pay band", f"Band 3 ({POUND}27,898 to {POUND}30,615 a year, including outer London weighting)"),
        ("Hours", "37.5 hours a week, Monday to Friday, with one late day"),
        ("Closing date", "8 March 2029"),
    ]:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(value)
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "About 1,400 people seeking asylum are housed in hotels near Heathrow while they wait for a decision. Many "
        "arrive with untreated health problems, after journeys that have harmed them in body and mind. The health "
        "support worker is the team's first face in the hotels: welcoming new arrivals, running the health "
        "questionnaire, booking them in with the team's nurses and GPs, and following up those who miss care. You "
        "must never give medical advice yourself; anything clinical goes to the nurse on duty."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Hold new-arrival sessions in each hotel, with an interpreter, and complete the health questionnaire with "
        "every new resident within a week of arrival.",
        "Take height, weight and basic observations at the clinics and pass any abnormal reading to the nurse.",
        "Book GP and nurse appointments, remind people of them and follow up anyone who does not attend.",
        "Work with hotel managers, Home Office contractors and charities so that residents know where to get help.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "GCSE English and maths at grade 4 (C) or above, or equivalent", "E", "Application"),
        ("Qualifications", "Level 2 qualification in health and social care", "D", "Application"),
        (
            "Qualifications",
            "Safeguarding adults and children Level 2 training, completed during induction",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of working with refugees, asylum seekers or other migrants, paid or voluntary",
            "E",
            "Application / interview",
        ),
        (
            "Experience",
            "Experience of taking basic observations such as blood pressure, pulse and temperature",
            "D",
            "Application / interview",
        ),
        ("Experience", "Experience of working in a hostel, hotel or other temporary accommodation", "D", "Application"),
        (
            "Skills and abilities",
            "Able to work effectively through interpreters, face to face or by telephone",
            "E",
            "Interview",
        ),
        (
            "Skills and abilities",
            "Able to remain calm and compassionate with people who are distressed or have experienced trauma",
            "E",
            "Interview",
        ),
        (
            "Skills and abilities",
            "Able to keep accurate records on an electronic patient record such as SystmOne",
            "E",
            "Application / short exercise",
        ),
        (
            "Skills and abilities",
            "Must report any safeguarding concern to the duty nurse before leaving the hotel",
            "E",
            "N/A",
        ),
        ("Skills and abilities", "Speaks Farsi, Dari, Pashto, Arabic, Kurdish or Tigrinya", "D", "Application"),
        (
            "Other",
            "Able to work across three hotels near Heathrow, including one evening a week until 8pm",
            "E",
            "Interview",
        ),
        ("Other", f"Right to work in the UK {DASH} this post cannot be sponsored", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_paragraph("E = essential, D = desirable. The short exercise is a set of notes written on the day.")
    document.add_paragraph(
        "You do not need to have worked in the NHS before: full training is given, and you will shadow an "
        "experienced colleague for your first three weeks. The post needs an enhanced DBS check. We offer 27 "
        "days' annual leave plus bank holidays, the NHS Pension, free parking at the team base in Hayes and an "
        "employee assistance line open day and night. Interviews are planned for Thursday 22 March 2029."
    )
    save(document, "v2_asylum_hotel_health_support_worker.docx")


def v3_armed_forces_veterans_support_worker() -> None:
    """Title and employer only in the page header; the reference, closing date, base and interview date in a table
    with two label-value pairs a row; the band inside a sentence; Essential and Desirable side by side per
    category, with a not-a-criterion second line in one Essential cell, "Not applicable" in one Desirable cell and
    one Desirable cell empty."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[
        0
    ].text = f"Armed Forces Veterans Support Worker {DASH} London North West University Healthcare NHS Trust"
    document.add_heading("Job advert", level=1)
    label_value_table(
        document,
        [
            ("Reference", "362-LNW-2291", "Closing date", "Monday 12 March 2029"),
            ("Base", "Northwick Park Hospital, Harrow", "Interviews", "Tuesday 27 March 2029"),
        ],
    )
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "As a Veteran Aware trust we want everyone who has served, and their families, to get the care the Armed "
        "Forces Covenant promises them. This is a Band 3 post, 37.5 hours a week, working across Northwick Park, "
        "Central Middlesex and Ealing hospitals. You will find veterans among our inpatients and outpatients, help "
        "them with the practical worries that come with an illness, and link them to the charities, council teams "
        "and veterans' services that can help."
    )
    document.add_paragraph(
        "You will also train ward staff to ask patients whether they have served, keep our veterans' register up to "
        "date and join Armed Forces Day and Remembrance events in the community."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["", "Essential", "Desirable"])
    rows = [
        (
            "Education and training",
            "Good general education, including English and maths to GCSE level or equivalent",
            "Level 3 qualification in health, social care or advice and guidance",
        ),
        (
            "Experience",
            "Experience of supporting veterans, serving personnel or their families\n"
            "You do not need to have served in the Armed Forces yourself",
            "Experience of working in a hospital or other healthcare setting",
        ),
        (
            "Skills",
            "Able to listen well and build rapport with people who may be reluctant to ask for help\n"
            "Competent in using email and Microsoft Word",
            "Experience of making referrals to military charities or local council services",
        ),
        (
            "Knowledge",
            "Knowledge of the Armed Forces Covenant and the support it offers veterans in the NHS",
            "Not applicable",
        ),
        ("Other", "Able to work flexibly, including some Saturdays and Sundays for community events", ""),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Why work with us", level=2)
    document.add_paragraph(
        "Time off in lieu for weekend events, 27 days' annual leave plus bank holidays, the NHS Pension, a "
        "staff bus between our hospitals and a guaranteed interview for veterans who meet the essential "
        "criteria. The successful applicant will need a standard DBS check and proof of the right to work in "
        "the UK. We are unable to sponsor a visa for this role."
    )
    save(document, "v3_armed_forces_veterans_support_worker.docx")


def v4_street_outreach_healthcare_assistant() -> None:
    """The employer in bold on the first line, the title as the heading, the band only in the page footer and the
    closing date in a bold line after the duties; an Essential row and a Desirable row per area, the area merged
    down over both, with a training line and a DBS line inside two Essential cells."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[0].text = f"Agenda for Change Band 3 {DOT} Fixed term, 18 months {DOT} Ref 427-HHS-0915"
    document.add_paragraph().add_run("Central London Community Healthcare NHS Trust").bold = True
    document.add_heading("Street Outreach Healthcare Assistant", level=1)
    document.add_paragraph("Homeless Health Service, Westminster: street and day centre team")
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Westminster has more people sleeping rough than anywhere else in the country. Our nurses go out before "
        "the streets get busy to find people who will not come to a surgery, dress wounds, check on people who are "
        "unwell and bring them into care. The healthcare assistant goes with them, does basic health checks and "
        "keeps in touch with the people we meet until they are seen."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Go out with a nurse on early morning walks around the West End, Victoria and Paddington",
        "Take and record observations, blood glucose and simple wound measurements",
        "Give out hygiene packs, socks and sleeping bags, and book people into the day centre clinic",
        "Walk with people to appointments, pharmacies and hospital departments",
        "You must never approach anyone on the street on your own: outreach is always done in pairs",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    closing = document.add_paragraph()
    closing.add_run(
        "Closing date: Thursday 15 March 2029. Interviews will be held on Thursday 29 March 2029."
    ).bold = True
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "Care Certificate or NVQ Level 2 in Health and Social Care"),
        ("Qualifications", "Desirable", "Training in phlebotomy or wound care"),
        (
            "Experience",
            "Essential",
            "Experience of giving personal care or health support to adults\n"
            "Experience of working with people who sleep rough or who use drugs or alcohol\n"
            f"No outreach experience is needed {DASH} you will shadow the nurses for your first four weeks",
        ),
        ("Experience", "Desirable", "Experience of working in a GP practice or community nursing team"),
        (
            "Skills",
            "Essential",
            "Able to take and record observations, including blood pressure and blood glucose\n"
            "Able to keep yourself safe and stay calm when working on the street in the early morning",
        ),
        ("Skills", "Desirable", "Able to use SystmOne"),
        (
            "Other",
            "Essential",
            "Able to start at 6am on weekdays and work one weekend in four\nSatisfactory enhanced DBS check",
        ),
        (
            "Other",
            "Desirable",
            "Speaks a language used by people sleeping rough in Westminster, such as Polish, Romanian or Tigrinya",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "Early start enhancements, 27 days' annual leave plus bank holidays, the NHS Pension, waterproof uniform "
        "and boots, and a Travelcard for the zones you work in. The right to work in the UK is required; this "
        "post is not eligible for sponsorship."
    )
    save(document, "v4_street_outreach_healthcare_assistant.docx")


# ------------------------------------------------------------------------------------------------------ PDF adverts

V5_ITEMS = [
    ("title", "Homeless Health Centre Receptionist"),
    ("body", f"Closes 18/03/2029 at 23:59  {DOT}  Interviews Tuesday 3 April 2029"),
    ("bold", f"Band 2  {DOT}  Ealing GP Federation"),
    ("body", "The Homeless Health Centre, Ealing, a short walk from Ealing Broadway station"),
    (
        "body",
        f"{POUND}25,674 a year including outer London weighting  |  Permanent  |  37.5 hours, Monday to Friday, on "
        "a rota of 8am to 4pm and 11.30am to 7.30pm",
    ),
    ("heading", "About us"),
    (
        "body",
        "We are a small GP practice for people who are homeless, sofa surfing or living in hostels across Ealing. "
        "Anyone can walk in, and many of our patients have been turned away elsewhere. Our reception is often the "
        "first place someone has been treated kindly in a long time.",
    ),
    ("heading", "Your day"),
    ("body", f"{BULLET} Welcome patients at the desk and on the phone, and book them in with the GPs and nurses"),
    (
        "body",
        f"{BULLET} Register new patients, including people with no address, and scan letters into their records",
    ),
    ("body", f"{BULLET} Keep the waiting room calm and safe, and call for help when it is needed"),
    (
        "body",
        f"{BULLET} You must ask every new patient for a way to reach them, such as a hostel, a day centre or a "
        "friend's phone, and record it the same day",
    ),
    ("heading", "Who we're looking for"),
    ("bold", "The essentials"),
    ("body", f"{BULLET} Experience of customer service, on the phone or face to face"),
    ("body", f"{BULLET} Confident using a computer for email and online booking systems"),
    (
        "body",
        f"{BULLET} A patient, non-judgemental manner with people who may be angry, unwell or intoxicated",
    ),
    ("body", f"{BULLET} Good spoken and written English"),
    ("body", f"{BULLET} Able to work until 7.30pm on two evenings a week"),
    (
        "body",
        f"{BULLET} You don't need to have worked on a GP reception before {DASH} every new receptionist spends "
        "their first two weeks working alongside one of our team",
    ),
    ("bold", "Even better if you have"),
    ("body", f"{BULLET} Experience of using EMIS Web or another GP clinical system"),
    ("body", f"{BULLET} Knowledge of how people with no fixed address or ID can register with a GP"),
    ("body", f"{BULLET} Speaks Polish, Portuguese, Somali or Arabic"),
    ("heading", "The small print"),
    (
        "body",
        "You will need the right to work in the UK, as we cannot offer visa sponsorship. Offers depend on two "
        "references and a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET} 25 days' annual leave plus bank holidays, rising with service"),
    ("body", f"{BULLET} NHS Pension Scheme"),
    ("body", f"{BULLET} Paid training, including conflict resolution and customer care"),
    ("body", f"{BULLET} A free hot lunch on the days the centre's kitchen is open"),
]

V6_ITEMS = [
    ("title", "Job advert: Refugee Health Service"),
    ("bold", "Hillingdon Hospital, Pield Heath Road, Uxbridge, and community clinics near Heathrow"),
    ("gap", ""),
    ("heading", "Who we are"),
    (
        "body",
        "The Hillingdon Hospitals NHS Foundation Trust is looking for a Refugee Health Assessment Support Worker "
        "to join its Refugee Health Service at Band 4, on a permanent contract of 37.5 hours a week. Applications "
        "close on Wednesday 21 March 2029 and interviews will be held on Thursday 5 April 2029.",
    ),
    ("heading", "About the job"),
    (
        "body",
        "Every family resettled in Hillingdon, and everyone newly housed here while their asylum claim is decided, "
        "is offered a first health assessment with one of our nurses. You will prepare each person for that "
        "assessment, take their measurements, help the nurse through the questions in the person's own language "
        "where you can, and book the follow-up care they need. You must check each patient's name, date of birth "
        "and Home Office reference against the referral before the assessment begins. You do not need to have "
        "worked in a hospital before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have experience of supporting refugees, asylum seekers or other people new to "
        "the UK, whether paid or voluntary. You must be able to speak Dari, Pashto, Farsi, Urdu or Arabic as well "
        "as English. Experience of taking measurements such as height, weight and blood pressure is essential. It "
        "is essential that you can explain to patients, in plain words, what a health assessment involves and why "
        "we ask for their consent. You must be able to keep clear and accurate records on a computer system. It "
        "is essential that you can support people who have lived through trauma without pressing them to talk "
        "about it.",
    ),
    (
        "body",
        "A Level 3 qualification in health and social care or in community interpreting would be beneficial. "
        "Knowledge of NHS charging rules for overseas visitors, and of who is exempt, would be an advantage. "
        "Experience of working in a GP practice would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, because this post cannot be "
        "sponsored, and the successful applicant will need an enhanced DBS check. After your first year we will "
        "fund the Level 3 Certificate in Community Interpreting for anyone who would like to take it. You will "
        "have 27 days' annual leave plus bank holidays, the NHS Pension, free staff parking and regular "
        "clinical supervision.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply online through NHS Jobs. For an informal talk, call the service lead on 020 7946 0583 or email "
        "refugee.health@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_gypsy_roma_and_traveller_health_liaison_worker()
    v2_asylum_hotel_health_support_worker()
    v3_armed_forces_veterans_support_worker()
    v4_street_outreach_healthcare_assistant()
    (ADVERTS / "v5_homeless_health_centre_receptionist.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_refugee_health_assessment_support_worker.pdf").write_bytes(
        pdf_bytes(V6_ITEMS, title=(15, 60), bullet_indent="  ")
    )


if __name__ == "__main__":
    main()
