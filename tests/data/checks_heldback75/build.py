"""Build the Word and PDF adverts of the seventy-fifth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback75/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is
saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (v7 and v8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH

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

TICK = "\u221a"  # a square-root sign, as many person specifications use for a tick
DASH = "\u2013"
DOT = "\u00b7"
POUND = "\u00a3"
BULLET = "\u2022 "
FIXED_TIME = dt.datetime(2028, 12, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 1, 9, 0, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_patient_transport_control_room_administrator() -> None:
    """The employer only in the page header (right-aligned); the title as the heading; the band and the closing date
    only in a last "key facts" line after the benefits; duties as Word bullets (one close to the eligibility
    criterion); a square-root tick in one level column under "Criteria | Essential | Desirable", the other cell
    empty, with bold category rows merged across, and four ticked-Essential rows that are not criteria."""
    document = blank_docx("Arial")
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Imperial College Healthcare NHS Trust"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    section.footer.paragraphs[0].text = f"Patient Transport Service {DOT} Job reference 290-PTS-1147"
    document.add_heading("Patient Transport Control Room Administrator", level=1)
    document.add_paragraph("Patient Transport Service, St Mary's Hospital, Praed Street, London W2 1NY")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our patient transport control room at St Mary's books and tracks around 600 non-emergency journeys a week "
        "for patients of St Mary's, Charing Cross and Hammersmith hospitals who cannot get to their appointments "
        "safely any other way. Working alongside our transport provider's crews, the control room makes sure each "
        "patient is collected at the right time, in the right vehicle and with the right help, and that wards know "
        "when a discharge will leave."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Take transport requests from clinics, wards and patients by phone and through the online booking form",
        "Check each request against the national eligibility rules, with the control room supervisor's help "
        "while you are learning them",
        "Allocate journeys to crews and keep the day's journey board up to date",
        "Tell patients and wards about delays and rebook any journey that is missed",
        "Record journeys, cancellations and complaints for the monthly contract report",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications",),
        ("GCSEs at grade 4 / C or above in English language and mathematics, or equivalent", TICK, ""),
        ("NVQ Level 2 or above in Customer Service or Business Administration", "", TICK),
        ("Completion of the Trust's transport booking system training during your first month", TICK, ""),
        ("Experience",),
        ("Experience of working in a control room, call centre or busy booking office", TICK, ""),
        ("No previous NHS experience required", TICK, ""),
        ("Experience of booking or planning transport, deliveries or staff shifts", "", TICK),
        ("Skills and abilities",),
        ("Able to type accurately while talking to callers on the telephone", TICK, ""),
        ("Confident using Microsoft Outlook and Excel to keep booking lists up to date", TICK, ""),
        ("Must confirm every next-day journey with the crews by 6pm", TICK, ""),
        ("Able to stay calm and polite with upset or frustrated callers", TICK, ""),
        ("Knowledge",),
        ("Knowledge of the eligibility criteria for NHS non-emergency patient transport", "", TICK),
        ("Other",),
        (f"Right to work in the UK {DASH} sponsorship is not available for this post", TICK, ""),
        ("Able to work early shifts from 6am and one weekend in four on a rota", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; an "
        "interest-free season ticket loan; and a free flu vaccination every autumn. Appointment is subject to two "
        "satisfactory references and a basic DBS check."
    )
    document.add_paragraph(
        f"Band 3 {DOT} {POUND}30,120 to {POUND}32,980 a year including Inner London High Cost Area Supplement "
        f"{DOT} 37.5 hours a week {DOT} Closing date: Monday 15 January 2029 {DOT} Interviews: Thursday 25 "
        "January 2029"
    )
    save(document, "v1_patient_transport_control_room_administrator.docx")


def v2_nhs_111_call_handler() -> None:
    """Title, band, employer and closing date in a details table with two label-value pairs a row (the closing date
    as 22/01/2029, beside the employer); a job purpose with "No previous NHS or healthcare experience is needed";
    numbered duties; then `Category | Criteria | E/D | How assessed` with the category merged down the first
    column, and three rows marked E that are not criteria (the training course the job gives, a "Must log in ..."
    duty and the right to work); the key and benefits after the table."""
    document = blank_docx("Calibri")
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "NHS 111 Call Handler", "Agenda for Change band", "Band 3"),
            ("Organisation", "London Ambulance Service NHS Trust", "Closing date", "22/01/2029"),
            ("Service", f"Integrated Urgent Care {DASH} NHS 111 North West London", "Interviews", "05/02/2029"),
            ("Base", "NHS 111 contact centre, Wembley", "Reference", "LAS-IUC-2291"),
            (
                "Hours",
                "37.5 hours a week on a 24/7 rota",
                "Salary",
                f"{POUND}29,050 to {POUND}31,700 a year including High Cost Area Supplement",
            ),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "NHS 111 is the number people in North West London ring when they need medical help quickly but it is not a "
        "999 emergency. As a call handler you will answer those calls, take the caller's details and work through "
        "NHS Pathways, the clinical assessment system, to get each caller to the right care: an ambulance, a call "
        "back from a clinician, an urgent treatment centre, a GP or a pharmacy. No previous NHS or healthcare "
        "experience is needed: every new call handler is trained in the classroom and then supported on live "
        "calls by a coach."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Answer incoming NHS 111 calls, confirming the caller's identity, location and call-back number.",
        "Assess each call using NHS Pathways and arrange the outcome it gives, including passing calls to a clinician.",
        "Send an ambulance request straight to the 999 control room whenever an assessment reaches an emergency "
        "outcome.",
        "Book appointments at urgent treatment centres, GP hubs and pharmacies through the Directory of Services.",
        "Take part in monthly call audits and act on the feedback from your coach.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "Good standard of education, with English and maths to GCSE level or equivalent",
            "E",
            "A",
        ),
        ("Qualifications", "RSA or OCR text processing or keyboarding certificate", "D", "A"),
        (
            "Qualifications",
            "Completion of the eight-week NHS Pathways call handler course before taking live calls",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of handling a high volume of telephone calls in a customer-facing role",
            "E",
            "A/I",
        ),
        ("Experience", "Experience of working in a health or social care setting", "D", "A/I"),
        ("Skills", "Typing speed of at least 30 words per minute", "E", "T"),
        ("Skills", "Able to follow a structured set of questions exactly, without skipping any", "E", "I"),
        ("Skills", "Must log in to the telephone system ten minutes before the start of every shift", "E", "N/A"),
        ("Skills", "Able to keep control of a call when the caller is distressed or angry", "E", "I"),
        (
            "Knowledge",
            "Understanding of when a caller needs a 999 ambulance rather than NHS 111 advice",
            "E",
            "I",
        ),
        ("Other", "Evidence of the right to work in the UK", "E", "Pre-employment"),
        ("Other", "Able to work a 24/7 rota including nights, weekends and bank holidays", "E", "A/I"),
        ("Other", "Speaks a second language used in North West London", "D", "I"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "How assessed: A = application form, I = interview, T = typing test on the day, A/I = application and "
        "interview."
    )
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, unsocial hours payments, the NHS Pension Scheme, free "
        "counselling through our staff wellbeing service and a Blue Light Card. Appointment is subject to a "
        "standard DBS check and two references."
    )
    save(document, "v2_nhs_111_call_handler.docx")


def v3_ambulance_station_support_assistant() -> None:
    """The title as the heading, then "employer | sector", the base, "Band 2 | pay | hours" and a closing date and
    interview line; Essential and Desirable side by side per category under `Category | Essential | Desirable`,
    with a "no experience needed" line and a "Must restock ..." duty as second lines of Essential cells and a
    benefit alone in the Knowledge Desirable cell."""
    document = blank_docx("Arial")
    document.add_heading("Ambulance Station Support Assistant", level=1)
    document.add_paragraph("London Ambulance Service NHS Trust | North West Sector Operations")
    document.add_paragraph("Based at one of our stations in Brent, Ealing or Hillingdon, covering the others as needed")
    document.add_paragraph(
        f"Band 2 | {POUND}26,210 a year including Outer London High Cost Area Supplement | 37.5 hours a week"
    )
    document.add_paragraph("Closing date: Friday 19 January 2029      Interviews: Tuesday 30 January 2029")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Every ambulance crew in the sector starts and finishes its shift at a station. Station support assistants "
        "keep those stations ready: cleaning the crew rooms and kit rooms, booking in and putting away deliveries, "
        "restocking the consumables cupboards, swapping empty oxygen cylinders for full ones and reporting "
        "anything broken. You will work mainly on your own, with a sector supervisor you can call at any time."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Functional Skills Level 1 in English and maths, or equivalent",
            "COSHH awareness certificate",
        ),
        (
            "Experience",
            "Experience of cleaning, stock keeping or maintenance work\n"
            f"No ambulance or NHS experience needed {DASH} a full induction is given",
            "Experience of receiving and checking deliveries in a warehouse or stores",
        ),
        (
            "Skills",
            "Able to keep simple written records such as stock counts and cleaning logs\n"
            "Able to lift and carry boxes of stock and oxygen cylinders safely",
            "Able to use a tablet or smartphone app to log completed tasks",
        ),
        (
            "Knowledge",
            "Awareness of infection control when cleaning shared areas and equipment",
            "Free parking at your base station",
        ),
        (
            "Other",
            "Willing to travel between stations in Brent, Ealing and Hillingdon\n"
            "Must restock each station's consumables cupboard before the 7am handover",
            "Full UK manual driving licence",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave plus bank holidays, the NHS Pension, uniform and safety boots, and "
        "access to our staff support services. You must have the right to work in the UK; we cannot offer visa "
        "sponsorship for this post. Offers are subject to references and a basic DBS check."
    )
    save(document, "v3_ambulance_station_support_assistant.docx")


def v4_fleet_vehicle_preparation_assistant() -> None:
    """The title as the heading; the band only inside a sentence of the role summary; the employer only in the page
    footer with the hospital's address; duties as Word bullets with a "You must sign ..." duty; `Area | Level |
    Requirements` with an Essential row and a Desirable row per area, the area merged down over both, "not needed"
    and DBS lines inside Essential rows, "N/A" and a benefit in Desirable rows; the closing date in the last
    paragraph."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[
        0
    ].text = "The Hillingdon Hospitals NHS Foundation Trust, Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"
    document.add_heading("Fleet Vehicle Preparation Assistant", level=1)
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Our patient transport fleet of fourteen ambulances and wheelchair vehicles takes Hillingdon patients to "
        "and from clinics, dialysis and discharge every day. As part of the make-ready team you will clean, "
        "restock and check each vehicle between shifts, so that crews can go straight out. This is a permanent "
        f"Band 2 post of 37.5 hours a week, paid {POUND}25,840 a year including Outer London High Cost Area "
        "Supplement."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Deep clean each vehicle's saloon, stretcher and seats to the Trust's cleaning schedule",
        "Restock dressings, oxygen masks, linen and sick bowls from the fleet stores",
        "Check tyres, lights, screen wash and oil, and report any defect to the fleet supervisor",
        "Drive vehicles between the wash bay, the fuel pumps and the workshop on the hospital site",
        "You must sign the make-ready log for every vehicle before it goes back into service",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "Full UK driving licence held for at least two years"),
        ("Qualifications", "Desirable", "City & Guilds Level 2 in light vehicle maintenance, or similar"),
        (
            "Experience",
            "Essential",
            "Experience of cleaning or valeting vehicles\nPrevious patient transport experience is not needed",
        ),
        (
            "Experience",
            "Desirable",
            "Experience of carrying out daily vehicle safety checks such as tyres, lights and fluid levels",
        ),
        (
            "Skills",
            "Essential",
            "Able to follow a deep-clean procedure step by step without missing stages\n"
            "Able to record vehicle and stock checks on a handheld device or paper form",
        ),
        ("Skills", "Desirable", "N/A"),
        (
            "Knowledge",
            "Essential",
            "Understanding of why equipment must be cleaned between patients to stop infection spreading",
        ),
        ("Knowledge", "Desirable", "Awareness of COSHH rules for storing and using cleaning chemicals"),
        ("Other", "Essential", "Able to start at 6am and work alternate weekends\nSatisfactory basic DBS check"),
        ("Other", "Desirable", "Uniform and safety boots provided"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "In your first week you will be trained in infection prevention, manual handling and the make-ready "
        "procedure. We offer 27 days' annual leave plus bank holidays, the NHS Pension, free parking at Hillingdon "
        "Hospital and a cycle-to-work scheme."
    )
    document.add_paragraph(
        "Please apply by 23:59 on Sunday 28 January 2029. Interviews will be held at Hillingdon Hospital on "
        "Wednesday 7 February 2029."
    )
    save(document, "v4_fleet_vehicle_preparation_assistant.docx")


V5_ITEMS = [
    ("title", "Patient Transport Driver's Assistant"),
    ("bold", f"Central and North West London NHS Foundation Trust {DASH} Community Patient Transport"),
    ("body", "St Charles Centre for Health and Wellbeing, Exmoor Street, London W10 6DZ"),
    ("gap", ""),
    ("body", f"Band 2  |  {POUND}26,480 a year, including Inner London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Shifts between 7am and 7pm, Monday to Friday"),
    ("heading", "About the team"),
    (
        "body",
        "Our community patient transport team takes people to and from our day hospitals, memory clinics and "
        "community rehabilitation sessions in Kensington, Westminster and Brent. Each of our eight vehicles has a "
        "driver and a driver's assistant, and many of the people we carry are older, frail or living with "
        "dementia.",
    ),
    ("heading", "Your day"),
    ("body", f"{BULLET}Travel with the driver on every journey and help each patient on and off the vehicle"),
    ("body", f"{BULLET}Secure wheelchairs with the vehicle's clamps and belts before the vehicle moves off"),
    ("body", f"{BULLET}Phone ahead when a journey is running late, and let the control room know of any problem"),
    (
        "body",
        f"{BULLET}You must hand each patient over to a named member of staff at the clinic or to someone at home "
        f"{DASH} never leave a patient at an empty door",
    ),
    ("body", f"{BULLET}Wipe down seats, handrails and belts after every patient"),
    ("heading", "What we ask of every applicant"),
    ("body", f"{BULLET}Experience of helping older or disabled people in a care, transport or community setting"),
    (
        "body",
        f"{BULLET}Able to help patients in and out of vehicles and wheelchairs using safe moving and handling methods",
    ),
    (
        "body",
        f"{BULLET}Good spoken English, so you can explain to patients and carers what is happening on the journey",
    ),
    ("body", f"{BULLET}Patient and kind with people who are confused, anxious or in pain"),
    ("body", f"{BULLET}Willing to work any weekday shift between 7am and 7pm"),
    ("body", f"{BULLET}Able to write a short, accurate note about each patient's journey"),
    ("body", f"{BULLET}You don't need a driving licence {DASH} you will always travel with one of our drivers"),
    (
        "body",
        f"{BULLET}Full training in wheelchair clamping and safe moving and handling during your first two weeks",
    ),
    ("heading", "Things that would give you a head start"),
    ("body", f"{BULLET}Emergency First Aid at Work certificate"),
    ("body", f"{BULLET}Experience of using a wheelchair tail lift or ramp"),
    ("body", f"{BULLET}Able to speak a community language such as Arabic, Portuguese, Gujarati or Punjabi"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK, as we cannot sponsor a visa for this post. Because you will be "
        "alone with vulnerable adults, the post needs an enhanced DBS check with a check of the adults' barred "
        "list, and two satisfactory references.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET}27 days' annual leave, rising to 33 with service, plus bank holidays"),
    ("body", f"{BULLET}NHS Pension Scheme, NHS discounts and a Blue Light Card"),
    ("body", f"{BULLET}Uniform, and a free Emergency First Aid at Work course after probation"),
    ("gap", ""),
    ("bold", "Closing date: Wednesday 31 January 2029. Interviews: Friday 9 February 2029."),
]

V6_ITEMS = [
    ("title", "Urgent Care Telephone Navigator"),
    ("body", "Urgent and Emergency Care Division, London North West University Healthcare NHS Trust"),
    ("body", "Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our urgent treatment centres at Northwick Park and Central Middlesex take several hundred phone calls a "
        "day from patients, carers, care homes and other services. The Telephone Navigator is the first voice "
        "they hear. We are recruiting four navigators at Band 3, each working 37.5 hours a week on a rota that "
        "covers 8am to 10pm, seven days a week. The closing date is Friday 9 February 2029, and interviews will "
        "be held on Tuesday 20 February 2029.",
    ),
    (
        "body",
        "You will answer calls, book patients into timed arrival slots at the centres, and point callers to a "
        "pharmacy, a GP hub or NHS 111 when that is the better place for them. Every call must be logged on the "
        "urgent care record before you hang up, and you must pass any caller who mentions chest pain or "
        "difficulty breathing straight to the nurse in charge. You do not need any clinical knowledge: our nurses "
        "and GPs make every clinical decision.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a role where most of your day was spent on the telephone with the "
        "public. You must be able to type notes into a computer system accurately while a caller is still "
        "talking. A calm and reassuring telephone manner is essential, because many callers are worried about a "
        "child or an older relative. It is essential that you can follow a written protocol and direct each "
        "caller to the service it points to. You must be willing to work late shifts until 10pm and at least one "
        "weekend day in three. Good written English is essential, as you will send callers text messages and "
        "emails with their booking details.",
    ),
    (
        "body",
        "Experience of using SystmOne or EMIS would be beneficial. A customer service qualification at Level 2 or "
        "above would be an advantage. Knowledge of the urgent care services available in Brent, Ealing and "
        "Harrow is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship. You must complete the Trust's call-handling and safeguarding training in your first "
        "fortnight, and the successful applicant will need a standard DBS check. You will benefit from 27 days' "
        "annual leave plus bank holidays, unsocial hours payments, the NHS Pension and free staff parking at "
        "Northwick Park after probation. We would like to hear from you even if you have never worked in the NHS.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_patient_transport_control_room_administrator()
    v2_nhs_111_call_handler()
    v3_ambulance_station_support_assistant()
    v4_fleet_vehicle_preparation_assistant()
    (ADVERTS / "v5_patient_transport_drivers_assistant.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_urgent_care_telephone_navigator.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
