"""Build the Word and PDF adverts of the thirty-eighth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback38/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts. Each Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. q3's
criterion codes are Word automatic numbering, added to the numbering part here. The pasted-text adverts (q7 and
q8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.advert_files import (  # noqa: E402
    add_rows_merging_categories_down,
    add_rows_side_by_side,
    add_rows_with_category_rows,
    blank_docx,
    bold_cell,
    header_table,
    label_value_table,
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

TICK = "\u2713"
DASH = "\u2013"
POUND = "\u00a3"
WRITTEN = dt.datetime(2028, 1, 10, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 1, 10, 9, 30, 0)  # every Word file's zip entries


# ------------------------------------------------------------------------------------------------------------ q1


def q1_clozapine_clinic_support_worker() -> None:
    """Employer in bold, a details table with no header row, duties as Word bullets, then tick columns with
    category rows merged across. Not criteria: a training row ticked Essential, "Previous clinic experience is not
    required" ticked Desirable, and the right to work ticked Essential; the closing paragraph (training, benefits,
    DBS)."""
    document = blank_docx("Arial")
    document.sections[0].footer.paragraphs[0].text = "CNWL Brent community mental health services \u00b7 JD ref 3317"
    first = document.add_paragraph()
    first.add_run("Central and North West London NHS Foundation Trust").bold = True
    document.add_heading("Clozapine Clinic Support Worker", level=1)
    label_value_table(
        document,
        [
            ("Service", f"Brent community mental health services {DASH} clozapine clinic"),
            ("Base", "Park Royal Centre for Mental Health, Central Way, London NW10 7NS"),
            ("Pay band", "Band 3"),
            ("Salary", f"{POUND}29,284 to {POUND}31,468 a year, including High Cost Area Supplement"),
            ("Hours", "37.5 hours a week, Monday to Friday, 8am to 4pm"),
            ("Reference", "CNWL-BRT-3317"),
            ("Closing date", "16 February 2028"),
            ("Interviews", "1 March 2028"),
        ],
    )
    document.add_heading("About the clinic", level=2)
    document.add_paragraph(
        "Clozapine is the one medicine that helps many people whose schizophrenia has not got better with other "
        "treatment, but it can lower the white blood cell count, so everyone who takes it has a blood test every "
        "week for the first 18 weeks, every fortnight until they have taken it for a year and every four weeks "
        "after that. Our clinic looks after about 170 people from across the borough. You will join two nurses "
        "and a pharmacy technician, and you will often be the person our patients see most."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Take finger-prick and venous blood samples and run full blood counts on the clinic's point-of-care analyser",
        "Upload each result to the manufacturer's monitoring service and tell the pharmacy it is ready",
        "You must see a green result on the monitoring service before any clozapine is handed over, and you "
        "must tell the nurse in charge at once about any amber or red result",
        "Carry out yearly physical health checks, including weight, waist, blood pressure, pulse and an ECG, "
        "and record them on SystmOne",
        "Phone people who miss a test, and arrange home visits with their care coordinator",
        "Run the analyser's daily quality checks and keep the clinic stocked",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    add_rows_with_category_rows(
        table,
        [
            ("Qualifications and training",),
            (
                "Good standard of literacy and numeracy, such as GCSE grade 4 in English and maths or "
                "Functional Skills Level 2",
                TICK,
                "",
            ),
            ("Phlebotomy and point-of-care testing training, given by the Trust in your first month", TICK, ""),
            ("Level 3 Diploma in Healthcare Support, or an equivalent qualification", "", TICK),
            ("Experience",),
            (
                "Experience of working with adults with severe mental illness, in a paid or voluntary role",
                TICK,
                "",
            ),
            ("Experience of taking blood samples in any setting", "", TICK),
            ("Previous clinic experience is not required", "", TICK),
            ("Experience of recording physical health checks such as blood pressure, weight and pulse", "", TICK),
            ("Skills and abilities",),
            ("Able to build trusting relationships with people who may be reluctant to attend", TICK, ""),
            ("Accurate record keeping, on paper and on computer", TICK, ""),
            ("Able to explain clearly and simply why regular blood tests matter", TICK, ""),
            (
                "Able to speak a language commonly used in Brent, such as Gujarati, Somali, Polish or Arabic",
                "",
                TICK,
            ),
            ("Knowledge",),
            (
                "Understanding of confidentiality and when information must be shared to keep someone safe",
                TICK,
                "",
            ),
            ("Awareness of the main side effects of antipsychotic medicines", "", TICK),
            ("Other",),
            ("Able to travel between the Park Royal clinic and community bases across Brent", TICK, ""),
            ("Right to work in the UK (this post cannot be sponsored)", TICK, ""),
        ],
    )
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "We will train you to take blood and to use the analyser, and you will shadow an experienced colleague "
        "until you are signed off. You will have 27 days' annual leave plus bank holidays, rising with service, "
        "the NHS Pension, a Blue Light Card and access to our staff wellbeing service. The post is subject to an "
        "enhanced DBS check with the adults' barred list, occupational health clearance and two references."
    )
    save_docx(document, ADVERTS / "q1_clozapine_clinic_support_worker.docx", stamp=STAMP, written=WRITTEN)


# ------------------------------------------------------------------------------------------------------------ q2


def q2_secure_services_support_worker() -> None:
    """The title as the heading, the employer and service on one "|" line, a four-column details table with two
    label and value pairs a row, numbered duties (one "You must ..."), then Factor | Criteria | E/D | How
    assessed with the factor merged down. Not criteria: PMVA training marked E and assessed "N/A", and
    "Eligible to work in the UK" marked E and assessed "Pre-employment checks"; the key; the closing paragraph."""
    document = blank_docx("Calibri")
    document.add_heading("Secure Services Support Worker", level=1)
    document.add_paragraph(
        f"West London NHS Trust  |  Forensic Services  |  Three Bridges medium secure unit {DASH} men's wards"
    )
    label_value_table(
        document,
        [
            ("Band", "Band 3", "Hours", "37.5 a week on 12-hour shifts"),
            ("Base", "St Bernard's Hospital, Uxbridge Road, Southall UB1 3EU", "Contract", "Permanent"),
            ("Reference", "WLT-FS-2084", "Closing date", "24 February 2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Three Bridges cares for men who have a mental illness and have been through the courts or prison. They "
        "often stay with us for two years or more, and the support workers on each ward are the people who help "
        "them settle, keep to their routines and get ready to move on safely. You will work alongside nurses, "
        "occupational therapists and psychologists as part of the ward team."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Carry out observations at the level set by the nurse in charge, and record each one",
        "Help patients with daily living, meals, activities and escorted leave in the grounds",
        "You must complete the ward's security checks, counting keys, cutlery and sharps, at the start and end "
        "of every shift, and report any discrepancy to the nurse in charge straight away",
        "Respond to personal alarms on your own ward and neighbouring wards",
        "Write up incidents on Datix before the end of your shift",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    add_rows_merging_categories_down(
        table,
        [
            (
                "Qualifications",
                "Good written and spoken English, enough to write clear and factual incident reports",
                "E",
                "A / I",
            ),
            (
                "Qualifications",
                "Prevention and management of violence and aggression (PMVA) training, completed during induction",
                "E",
                "N/A",
            ),
            ("Qualifications", "Level 2 or Level 3 qualification in health and social care", "D", "A"),
            (
                "Experience",
                "Experience of supporting people whose behaviour can challenge, in any setting",
                "E",
                "A / I",
            ),
            (
                "Experience",
                "Experience of working in a secure hospital, prison or inpatient mental health ward",
                "D",
                "A",
            ),
            (
                "Skills and abilities",
                "Able to stay calm and use words to reduce tension when someone is angry",
                "E",
                "I",
            ),
            ("Skills and abilities", "Able to set clear, fair boundaries and keep to them consistently", "E", "I"),
            (
                "Skills and abilities",
                "Physically able to take part in restraint once trained, and to respond quickly to alarms",
                "E",
                "I / OH",
            ),
            (
                "Skills and abilities",
                "Able to plan and run activities such as cooking, sport or gardening groups",
                "D",
                "A / I",
            ),
            (
                "Knowledge",
                "Understanding of why security procedures such as key and sharps checks matter on a secure ward",
                "E",
                "I",
            ),
            ("Knowledge", "Basic knowledge of the Mental Health Act 1983", "D", "I"),
            (
                "Other",
                "Able to work 12-hour day and night shifts, including weekends and bank holidays",
                "E",
                "A / I",
            ),
            ("Other", "Eligible to work in the UK", "E", "Pre-employment checks"),
        ],
    )
    document.add_paragraph(
        "E = essential, D = desirable. A = application form, I = interview, OH = occupational health assessment."
    )
    document.add_paragraph(
        "You do not need to have worked in a secure hospital before: every new starter spends four weeks on "
        "induction before joining the ward rota. We offer 27 days' annual leave plus bank holidays, enhanced pay "
        "for nights, weekends and bank holidays, free parking on site and the NHS Pension. Appointment is subject "
        "to an enhanced DBS check and satisfactory references. We are unable to offer visa sponsorship for this "
        "post."
    )
    save_docx(document, ADVERTS / "q2_secure_services_support_worker.docx", stamp=STAMP, written=WRITTEN)


# ------------------------------------------------------------------------------------------------------------ q3

# Each code list is a single-level Word numbering definition whose number text is the prefix followed by the
# number ("E%1" shows E1, E2 ...). The codes are drawn by Word from numbering.xml; they are not in the text.
CODE_PREFIXES = {"E": 90, "D": 91, "T": 92, "P": 93}


def add_code_lists(document) -> None:
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    for prefix, number in CODE_PREFIXES.items():
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{number}">'
            f'<w:nsid w:val="5A3C00{number:02X}"/><w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:lvlText w:val="{prefix}%1"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl></w:abstractNum>'
        )
        first_num.addprevious(abstract)
        numbering.append(
            parse_xml(f'<w:num {nsdecls("w")} w:numId="{number}"><w:abstractNumId w:val="{number}"/></w:num>')
        )


def add_coded_rows(table, rows: list[tuple[str, ...]]) -> None:
    """A one-item row is a category merged across the table; otherwise (code list, criterion, how assessed), with
    the criterion's paragraph numbered from that code list."""
    for row in rows:
        cells = table.add_row().cells
        if len(row) == 1:
            bold_cell(cells[0].merge(cells[-1]), row[0])
            continue
        prefix, criterion, assessed = row
        paragraph = cells[0].paragraphs[0]
        paragraph.text = criterion
        paragraph._p.get_or_add_pPr().append(
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{CODE_PREFIXES[prefix]}"/></w:numPr>'
            )
        )
        cells[1].text = assessed


def q3_positive_behaviour_support_assistant() -> None:
    """Employer in bold, title, a "|" line with team, band, hours and reference, dates, About the team, duties as
    Word bullets (one "You must ..."), a key sentence, then Criteria | How assessed with category rows merged
    across, every criterion numbered by Word's automatic numbering from one of four code lists (E1..., D1...,
    T1, P1...), so the codes and with them the levels are not in the text. Not criteria: T1 (training given)
    and P1, P2 (pre-employment checks)."""
    document = blank_docx("Arial")
    add_code_lists(document)
    document.sections[0].footer.paragraphs[
        0
    ].text = "Job description and person specification \u00b7 learning disability services \u00b7 January 2028"
    first = document.add_paragraph()
    first.add_run("Central and North West London NHS Foundation Trust").bold = True
    document.add_heading(f"Positive Behaviour Support Assistant {DASH} Learning Disabilities", level=1)
    document.add_paragraph("Hillingdon Intensive Support Team  |  Band 4  |  37.5 hours a week  |  Permanent")
    document.add_paragraph(
        f"Salary {POUND}32,118 to {POUND}35,226 a year including High Cost Area Supplement. Reference CNWL-LD-4471."
    )
    document.add_paragraph("Closing date: 9 February 2028. Interviews: 22 February 2028.")
    document.add_heading("About the team", level=2)
    document.add_paragraph(
        "The intensive support team works with adults with a learning disability, and autistic adults, whose "
        "behaviour puts them at risk of losing their home or their day service, or of being admitted to "
        "hospital. We work with the person, their family and the staff who support them, so that life gets "
        "better for the person and the behaviour is needed less. The team has a clinical psychologist, "
        "learning disability nurses, a speech and language therapist and two assistants."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Visit people at home and at their day service to watch, listen and collect information about what "
        "happens before, during and after incidents",
        "Turn the information into graphs and summaries for the team's fortnightly review meeting",
        "Help the psychologist to write support plans, and show support staff how to follow them",
        "You must upload every observation record to the person's electronic record within 24 hours of the visit",
        "Make easy read versions of plans and letters with the speech and language therapist",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    document.add_paragraph(
        "Every line in the table has a code. Codes starting with E are essential and codes starting with D are "
        "desirable: please show how you meet each of them in your supporting information. T is training we give "
        "you in your first three months, and P is a check we make before confirming an offer; T and P lines are "
        "not used for shortlisting."
    )
    table = header_table(document, ["Criteria", "How assessed"])
    add_coded_rows(
        table,
        [
            ("Qualifications and training",),
            (
                "E",
                "Level 3 qualification in health, social care or psychology, or equivalent experience",
                "Application",
            ),
            (
                "D",
                "Recognised training in Positive Behaviour Support, such as a BILD-accredited course",
                "Application",
            ),
            (
                "T",
                "The Care Certificate and the team's PBS foundation course, completed in your first three months",
                "Not assessed",
            ),
            ("Experience",),
            (
                "E",
                "Experience of supporting people with a learning disability or autistic people, in a paid or "
                "voluntary role",
                "Application and interview",
            ),
            (
                "E",
                "Experience of recording behaviour accurately, for example on ABC charts",
                "Application and interview",
            ),
            ("D", "Experience of helping to write or carry out a behaviour support plan", "Application and interview"),
            ("Skills and abilities",),
            (
                "E",
                "Able to communicate with people who use few or no words, for example through pictures, objects of "
                "reference or Makaton",
                "Interview",
            ),
            ("E", "Able to stay calm and supportive when someone is distressed or harming themselves", "Interview"),
            (
                "E",
                "Confident using spreadsheets to enter observation data and draw simple graphs",
                "Application and test",
            ),
            ("D", "Able to teach family carers or support staff in small groups", "Interview"),
            ("Knowledge",),
            ("E", "Understanding of the main principles of the Mental Capacity Act 2005", "Interview"),
            (
                "D",
                "Knowledge of STOMP (stopping the over-medication of people with a learning disability, autism or "
                "both)",
                "Interview",
            ),
            ("Other",),
            (
                "E",
                "Able to travel across Hillingdon to see people at home, in day services and in supported living",
                "Application",
            ),
            ("P", "Enhanced DBS check, including the adults' and children's barred lists", "Pre-employment"),
            ("P", "Right to work in the UK", "Pre-employment"),
        ],
    )
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "Previous NHS experience is not needed. You will have regular supervision with the team psychologist, "
        "27 days' annual leave plus bank holidays, the NHS Pension, a Trust laptop and phone, and mileage for "
        "visits in your own car. We are a Disability Confident employer and guarantee an interview to disabled "
        "applicants who meet the essential criteria."
    )
    save_docx(document, ADVERTS / "q3_positive_behaviour_support_assistant.docx", stamp=STAMP, written=WRITTEN)


# ------------------------------------------------------------------------------------------------------------ q4


def q4_renal_transport_coordinator() -> None:
    """Title and band in the heading, the employer and directorate on one "|" line, the site, pay and dates as
    paragraphs, a "You must log ..." duty inside About the job, then Category | Essential | Desirable side by
    side. Not criteria: "Previous hospital experience is not essential ..." (second line of the Experience
    Essential cell), "Right to work in the UK ..." (second line of the Other Essential cell) and "N/A"."""
    document = blank_docx("Arial")
    document.add_heading(f"Renal Transport Coordinator {DASH} Band 3", level=1)
    document.add_paragraph("Imperial College Healthcare NHS Trust  |  Renal and Transplant Directorate")
    document.add_paragraph("Hammersmith Hospital, Du Cane Road, London W12 0HS")
    document.add_paragraph(
        f"{POUND}30,712 to {POUND}32,895 a year including Inner London High Cost Area Supplement  |  37.5 hours a "
        "week, Monday to Saturday rota"
    )
    document.add_paragraph("Closing date: 23/02/2028    Interview date: 07/03/2028")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "About 420 people have haemodialysis with us three times a week, at Hammersmith and at our satellite "
        "units across North West London, and many of them cannot get to the unit on their own. You will book "
        "their journeys with our contracted non-emergency transport provider, check each patient's eligibility, "
        "sort out problems on the day with the provider's control room and the dialysis nurses, and keep "
        "patients and their families informed. You must log every late or missed journey on the transport "
        "tracker on the same day and report it to the provider before the end of your shift. You will work in "
        "a team of three coordinators and cover for each other's leave."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    add_rows_side_by_side(
        table,
        [
            (
                "Education and qualifications",
                "GCSE English and maths at grade 4 (C) or above, or equivalent",
                "A Level 2 qualification in customer service or business administration",
            ),
            (
                "Experience",
                "Experience of planning bookings, rotas or schedules\n"
                f"Previous hospital experience is not essential {DASH} full training will be given",
                "Experience of working in a dialysis unit or another outpatient service",
            ),
            (
                "Skills",
                "Able to handle a high volume of telephone calls politely and accurately\n"
                "Confident using Microsoft Outlook and Excel\n"
                "Able to deal calmly with complaints about late or missed journeys",
                "Speaks a second language used by local patients",
            ),
            (
                "Knowledge",
                "Understanding of why dialysis patients need to arrive on time for treatment",
                "Knowledge of the national eligibility criteria for non-emergency patient transport",
            ),
            (
                "Other",
                "Able to work one Saturday in four on a rota\n"
                f"Right to work in the UK {DASH} sponsorship is not available for this role",
                "N/A",
            ),
        ],
    )
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension, season ticket loans, on-site staff gym and "
        "a cycle-to-work scheme. This post needs a basic DBS check and two references. We would particularly "
        "welcome applications from people who have had dialysis themselves or have cared for someone who has."
    )
    save_docx(document, ADVERTS / "q4_renal_transport_coordinator.docx", stamp=STAMP, written=WRITTEN)


# ------------------------------------------------------------------------------------------------------------ q5

Q5_ITEMS = [
    ("title", "Apprentice Assistant Ambulance Practitioner"),
    ("bold", f"London Ambulance Service NHS Trust {DASH} North West area"),
    ("body", "Based at Kenton Ambulance Station, with shifts from other stations in the area"),
    (
        "body",
        f"Band 3  |  {POUND}29,110 to {POUND}31,290 a year plus unsocial hours payments  |  37.5 hours a week on "
        "a rota covering 24 hours a day, 7 days a week",
    ),
    ("body", "Applications close at 23:59 on 2 March 2028. Assessment days will be held in April 2028."),
    ("heading", "About the role"),
    (
        "body",
        "Assistant ambulance practitioners work on emergency ambulances with a paramedic or technician. You will "
        "drive the ambulance, help assess and treat patients, move them safely and look after them on the way to "
        "hospital. You will learn on the job while you study for a Level 3 apprenticeship, with a clinical "
        "mentor on the road and tutors at our education centre.",
    ),
    ("heading", "What you'll be doing"),
    ("body", "\u2022 Responding to 999 calls with a paramedic or technician"),
    ("body", "\u2022 Taking observations, giving first aid and basic treatments under clinical supervision"),
    ("body", "\u2022 Moving patients safely with chairs, stretchers and lifting equipment"),
    (
        "body",
        "\u2022 You must complete the vehicle and equipment checklist before every shift, and take the vehicle "
        "off the road if anything on it is missing or faulty",
    ),
    ("body", "\u2022 Keeping accurate electronic patient care records"),
    ("heading", "Essential criteria"),
    ("body", "\u2022 A full manual UK driving licence with no more than three penalty points"),
    ("body", "\u2022 GCSE English and maths at grade 4 (C) or above, or Functional Skills Level 2 in both"),
    (
        "body",
        "\u2022 Experience of caring for or helping people, paid or voluntary, for example in care work, first aid "
        "or customer service",
    ),
    ("body", "\u2022 Able to stay calm and think clearly in upsetting or frightening situations"),
    ("body", "\u2022 Able to talk with people from every walk of life with kindness and respect"),
    ("body", "\u2022 Fit enough to lift and carry patients and heavy equipment as one of a two-person crew"),
    ("body", "\u2022 Able to work shifts at any time of the day or night, including weekends and bank holidays"),
    (
        "body",
        f"\u2022 You don't need any medical or ambulance experience {DASH} we teach you everything on our "
        "13-month programme",
    ),
    ("heading", "Desirable criteria"),
    ("body", "\u2022 A first aid at work certificate or similar"),
    (
        "body",
        "\u2022 Experience of working in a team that responds to emergencies, such as event first aid, security "
        "or the fire service",
    ),
    ("body", "\u2022 Knowledge of London's roads and boroughs"),
    ("body", "\u2022 Experience of driving a larger vehicle such as a van or minibus"),
    ("heading", "Training and support"),
    (
        "body",
        "The programme lasts 13 months and leads to the Level 3 Ambulance Support Worker apprenticeship. We pay "
        "for the C1 category to be added to your licence and for your emergency driving course, and once you "
        "qualify you can apply to train as an emergency medical technician and later as a paramedic.",
    ),
    ("heading", "Before you apply"),
    (
        "body",
        "You must be 18 or over when the course starts. You will need the right to work in the UK; we cannot "
        "sponsor a visa for this post. Offers depend on an enhanced DBS check, a check of your licence with the "
        "DVLA, an occupational health assessment, a fitness test and references covering the last three years.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave plus bank holidays, rising with service"),
    ("body", "\u2022 NHS Pension Scheme, Blue Light Card and free travel on the Tube and buses in uniform"),
    ("body", "\u2022 Staff support from our wellbeing hub and peer support workers"),
]


# ------------------------------------------------------------------------------------------------------------ q6

Q6_ITEMS = [
    ("title", "Mental Health Crisis Line Call Handler"),
    ("body", "Single Point of Access, West London NHS Trust"),
    ("body", "Trust Headquarters, 1 Armstrong Way, Southall UB2 4SD"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our crisis line answers calls 24 hours a day from people in Ealing, Hammersmith and Fulham and Hounslow "
        "who are worried about their own mental health or someone else's, including calls that reach us through "
        "NHS 111 when people choose the mental health option. We are looking for call handlers to join us at "
        "Band 3, working 37.5 hours a week. The closing date is 28 February 2028, and interviews will be held "
        "in the week beginning 13 March.",
    ),
    (
        "body",
        "You will be the first voice our callers hear. You will take their details, find out what help they "
        "need, book them in with the right team and give information about services nearby. You must put any "
        "caller who says they might harm themselves or someone else straight through to the duty clinician, and "
        "stay on the line until the clinician has taken over. You do not need a mental health qualification, "
        "because every clinical decision is made by a clinician.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a job where you spoke with the public by phone for most of the "
        "day. You must be able to listen carefully and stay calm when a caller is very distressed or angry. "
        "Fast, accurate typing while you talk is essential, because every call is written up on the patient "
        "record as it happens. It is essential that you understand why callers' information is kept "
        "confidential and when it has to be shared. You must be able to work 12-hour day and night shifts on a "
        "rota that includes weekends.",
    ),
    (
        "body",
        "Experience of working in a mental health service, paid or voluntary, would be beneficial. Knowledge of "
        "local mental health and voluntary services in Ealing, Hammersmith and Fulham or Hounslow would be an "
        "advantage. A customer service qualification is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as we cannot offer visa sponsorship "
        "for this post, and the successful applicant will need an enhanced DBS check. Every new call handler "
        "completes our six-week training programme, including suicide prevention and safe listening, before "
        "taking calls alone. You will benefit from 27 days' annual leave plus bank holidays, extra pay for "
        "nights and weekends, the NHS Pension and free counselling through our staff wellbeing service. We would "
        "welcome applications from people with their own experience of mental health problems.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    q1_clozapine_clinic_support_worker()
    q2_secure_services_support_worker()
    q3_positive_behaviour_support_assistant()
    q4_renal_transport_coordinator()
    (ADVERTS / "q5_apprentice_assistant_ambulance_practitioner.pdf").write_bytes(pdf_bytes(Q5_ITEMS, title=(16, 56)))
    (ADVERTS / "q6_mental_health_crisis_line_call_handler.pdf").write_bytes(pdf_bytes(Q6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
