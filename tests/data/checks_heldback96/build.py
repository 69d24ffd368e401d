"""Build the Word and PDF adverts of the ninety-sixth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback96/build.py`. The generated files are
committed, so nothing needs this script to score them; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`. Each Word file is saved with fixed core-property dates and fixed zip
time stamps, so a rebuild is byte for byte the same. The pasted-text adverts (k7 and k8) are plain files and are not
built here.
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
BULLET = "\u2022 "
WRITTEN = dt.datetime(2029, 1, 15, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 1, 15, 9, 30, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=WRITTEN, external_attr=0o644 << 16)


# ------------------------------------------------------------------------------------------------------- Word adverts


def k1_emergency_ambulance_crew() -> None:
    """Tick columns with category rows merged across the table. The employer only in the page header; the band in a
    "|" line under the title; the closing date in a bold line near the top. Four ticked-Essential rows are not
    criteria: training the job gives, "No previous NHS or ambulance experience required", a duty with "Must" and the
    DBS line."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"London Ambulance Service NHS Trust {DASH} West Area Recruitment"
    section.footer.paragraphs[0].text = "Vacancy reference LAS-EOW-2291 \u00b7 Hanwell and Southall stations"
    document.add_heading("Emergency Ambulance Crew", level=1)
    document.add_paragraph(
        "Band 4 | \u00a331,300 to \u00a334,600 a year plus Outer London High Cost Area Supplement | 37.5 hours a "
        "week, 24/7 rota | Hanwell and Southall ambulance stations"
    )
    closing = document.add_paragraph()
    closing.add_run(
        "Applications close Monday 5 March 2029. Assessment days are on Thursday 15 March and Friday 16 March 2029."
    ).bold = True
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "Our Emergency Ambulance Crews answer 999 calls across Ealing, Hounslow and Hillingdon, working alongside "
        "paramedics and on their own crew of two. You will drive under blue lights, assess and treat patients "
        "within your scope of practice and take them to the right place, whether that is an emergency department, "
        "an urgent treatment centre or home with advice. Full training is given in your first sixteen weeks, and "
        "after a year on the road you can apply for our paramedic apprenticeship."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Respond to emergency and urgent calls as part of a double-crewed ambulance",
        "Take observations, give first treatment and hand patients over clearly at hospital",
        "Keep your vehicle clean, stocked and ready, and report any defect before you drive it",
        "Support patients and relatives at some of the hardest moments of their lives",
        "Take part in station life: training days, team briefings and mentoring newer colleagues",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Full UK manual driving licence with category C1, with no more than 3 penalty points", TICK, ""),
        ("GCSE English and maths at grade 4 (C) or above, or Functional Skills Level 2", TICK, ""),
        ("Completion of the Trust's blue light driving and clinical course in your first 16 weeks", TICK, ""),
        ("First Response Emergency Care (FREC) Level 3 certificate", "", TICK),
        ("Experience",),
        ("Experience of caring for people in a health, social care or first aid setting", TICK, ""),
        ("No previous NHS or ambulance experience required", TICK, ""),
        ("Experience of regularly driving a large van or minibus", "", TICK),
        ("Skills and abilities",),
        ("Able to stay calm and make clear decisions in distressing situations", TICK, ""),
        ("Able to move patients safely using carry chairs and stretchers as part of a crew of two", TICK, ""),
        ("Able to complete accurate and legible patient care records", TICK, ""),
        ("Must check the vehicle and restock equipment at the start of every shift", TICK, ""),
        ("Other",),
        ("Enhanced DBS check and occupational health clearance", TICK, ""),
        ("Willing to work a 24/7 rota including nights, weekends and bank holidays", TICK, ""),
        ("Speaks a community language used in West London, such as Polish, Punjabi or Somali", "", TICK),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; unsocial hours "
        "payments; free travel on London Underground and buses within the TfL zones with your staff pass; and "
        "round-the-clock wellbeing support. You must have the right to work in the UK, as this post is not eligible "
        "for visa sponsorship. We welcome applications from people of every background and from people who have "
        "never worked in healthcare."
    )
    save(document, "k1_emergency_ambulance_crew.docx")


def k2_patient_transport_ambulance_care_assistant() -> None:
    """Category | Criteria | E/D | How assessed, the category merged down the first column. The job title and band
    only in the page header; the employer in a details table; the closing date only in the last paragraph. Three
    rows marked E are not criteria: training given during induction, a "Must ..." duty and the right to work."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Patient Transport Ambulance Care Assistant | Band 3"
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Employer", "London North West University Healthcare NHS Trust"),
            ("Service", f"Patient Transport Service {DASH} Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
            ("Hours", "37.5 hours a week on a rota between 7am and 9pm, Monday to Saturday"),
            ("Contract", "Permanent"),
            ("Reference", "361-PTS-0917"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our patient transport crews take people who cannot travel any other way to and from their appointments, "
        "dialysis sessions and discharges at Northwick Park, Ealing and Central Middlesex hospitals. You will work "
        "with a crew mate, driving one of our wheelchair-accessible vehicles and looking after patients from their "
        "front door to the clinic and back."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Collect patients from home, wards and clinics at the times given on the day's run sheet",
        "Help patients to walk, transfer or travel in their own wheelchair, using the tail lift and restraints",
        "Report any change in a patient's condition to the control room and the receiving ward",
        "Carry out the daily vehicle check and report faults to the fleet team",
        "Treat every patient with kindness, privacy and respect",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Full UK driving licence held for at least two years", "E", "A / I"),
        ("Qualifications", "Basic Life Support or First Aid at Work certificate", "D", "A"),
        (
            "Qualifications",
            "Patient transport driving assessment and moving and handling training, given during induction",
            "E",
            "N/A",
        ),
        ("Experience", "Experience of caring for or supporting older, frail or disabled people", "E", "A / I"),
        ("Experience", "Experience of driving as part of a job, such as deliveries or a minibus", "D", "A / I"),
        ("Skills and abilities", "Good spoken English, to reassure patients and talk to ward staff", "E", "I"),
        (
            "Skills and abilities",
            "Able to use a handheld device to receive jobs and record journey times",
            "E",
            "I / T",
        ),
        (
            "Skills and abilities",
            "Able to help patients on and off the vehicle safely, including wheelchair users",
            "E",
            "I / T",
        ),
        ("Skills and abilities", "Must clean the vehicle and change linen after every patient", "E", "N/A"),
        (
            "Other",
            "Able to work early starts and late finishes on a rota between 7am and 9pm, Monday to Saturday",
            "E",
            "I",
        ),
        ("Other", "Good knowledge of the local area (Brent, Harrow and Ealing)", "D", "I"),
        (
            "Other",
            f"Right to work in the UK {DASH} this post cannot be sponsored",
            "E",
            "Pre-employment checks",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "Key: E = essential, D = desirable. A = application form, I = interview, T = practical test on the "
        "assessment day."
    )
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You do not need to have worked in a hospital before. We offer 27 days' annual leave plus bank holidays, "
        "the NHS Pension Scheme, uniform and boots, unsocial hours payments and free staff parking at Northwick "
        "Park. Offers depend on two references, an enhanced DBS check and an occupational health check. "
        "Applications close at midnight on Thursday 8 March 2029, and interviews and a driving assessment will be "
        "held at Northwick Park on Tuesday 20 March 2029."
    )
    save(document, "k2_patient_transport_ambulance_care_assistant.docx")


def k3_healthcare_travel_costs_administrator() -> None:
    """Essential and Desirable side by side per category. The employer, job title, band and closing date only in
    the first sentence; a "You must ..." duty in a paragraph; a "no NHS experience needed" line under a real
    Experience criterion, a right-to-work line under a real Other criterion, and "N/A" in one Desirable cell."""
    document = blank_docx("Arial")
    document.add_heading("Cashier's Office, St Mary's Hospital", level=1)
    document.add_paragraph(
        "Imperial College Healthcare NHS Trust is looking for a Healthcare Travel Costs Administrator to join the "
        "cashier's office at St Mary's Hospital, Praed Street, London W2 1NY, on Agenda for Change Band 2, working "
        "37.5 hours a week, and the closing date for applications is Tuesday 13 March 2029."
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Patients on certain benefits or a low income can claim back what they spend travelling to hospital "
        "appointments. Our office pays around 120 of these claims a week, in cash at the counter or by bank "
        "transfer, and answers questions from patients, wards and clinics about who can claim. You must check "
        "every claim against the patient's appointment record before any money is paid, and you will send any "
        "claim over \u00a3100 to the Cashier Supervisor for approval."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    add_rows_side_by_side(
        table,
        [
            (
                "Qualifications",
                "Good standard of literacy and numeracy, such as GCSE English and maths",
                "Level 2 qualification in customer service",
            ),
            (
                "Experience",
                "Experience of handling cash or card payments accurately\n"
                f"No NHS experience needed {DASH} full training on the scheme is given",
                "Experience of checking documents such as benefit letters or receipts",
            ),
            (
                "Skills",
                "Able to explain rules politely to patients who may be upset or unwell\n"
                "Able to keep a daily log of claims in Excel",
                "Experience of using an electronic till or cash management system",
            ),
            (
                "Knowledge",
                "Understanding of the need to keep patients' personal and financial information confidential",
                "N/A",
            ),
            (
                "Other",
                "Able to work on a rota covering the cashier's office from 8am to 6pm, Monday to Friday\n"
                "Right to work in the UK (we are unable to offer visa sponsorship)",
                "Speaks a language other than English that many of our patients use, such as Arabic, Farsi or "
                "Portuguese",
            ),
        ],
    )
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension Scheme, Inner London High Cost Area "
        "Supplement, an interest-free season ticket loan and a staff discount scheme. Appointment is subject to "
        "two references and a basic DBS check. Interviews will be held on Monday 26 March 2029."
    )
    save(document, "k3_healthcare_travel_costs_administrator.docx")


def k4_patient_transport_team_leader() -> None:
    """Area | Level | Requirements, with an Essential row and a Desirable row per area and the area merged down
    over both. The title as the heading; the employer and band in a details table with no header row; the closing
    date only in the page footer. A "not required" line and a DBS line sit in Essential cells as second lines."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[0].text = "Closing date 16/03/2029 \u00b7 Reference 289-PTT-4410"
    document.add_heading("Patient Transport Team Leader", level=1)
    label_value_table(
        document,
        [
            ("Organisation", "The Hillingdon Hospitals NHS Foundation Trust"),
            ("Department", "Patient Transport and Travel, Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"),
            ("Pay", "Band 4, \u00a331,300 to \u00a334,600 a year plus Outer London High Cost Area Supplement"),
            ("Hours", "37.5 hours a week on a rota between 6am and 10pm, seven days a week"),
            ("Interviews", "Thursday 29 March 2029"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Our in-house patient transport service makes around 250 journeys a day for Hillingdon and Mount Vernon "
        "hospitals. As Team Leader you will run a shift of up to twelve crews, plan the day's work with the "
        "transport office, step in when things go wrong and be the first point of contact for wards, clinics and "
        "patients. You will also drive and crew a vehicle when the service needs it."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Allocate crews and vehicles at the start of each shift and keep the plan moving through the day",
        "Check new bookings against the eligibility rules and explain decisions to patients and staff",
        "Carry out spot checks on vehicle cleanliness and equipment, and keep the records up to date",
        "Investigate and reply to complaints and incidents, and share what we learn with the team",
        "Hold monthly one-to-ones with the crews on your shift",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    add_rows_merging_categories_down(
        table,
        [
            ("Qualifications", "Essential", "Full UK driving licence with category D1 or C1"),
            (
                "Qualifications",
                "Desirable",
                "Level 3 Award in Education and Training or a similar teaching award",
            ),
            (
                "Experience",
                "Essential",
                "Experience of working in patient transport or an ambulance service\n"
                f"Previous management experience is not required {DASH} we fund a first-line leadership course",
            ),
            ("Experience", "Desirable", "Experience of supervising a small team"),
            (
                "Skills",
                "Essential",
                "Able to re-plan a day's journeys when crews are delayed or off sick\n"
                "Able to handle complaints from patients and wards calmly, in person and in writing",
            ),
            ("Skills", "Desirable", "Experience of using a patient transport planning system such as Cleric"),
            (
                "Knowledge",
                "Essential",
                "Understanding of the national eligibility criteria for non-emergency patient transport",
            ),
            ("Knowledge", "Desirable", "Knowledge of infection control standards for cleaning vehicles"),
            (
                "Other",
                "Essential",
                "Able to work one weekend in four and early shifts starting at 6am\n"
                "Enhanced DBS check and occupational health clearance",
            ),
            ("Other", "Desirable", "None"),
        ],
    )
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension Scheme, unsocial hours payments, reduced-rate "
        "staff parking and a free staff gym at Hillingdon Hospital. Applicants must have the right to work in the "
        "UK; we cannot offer sponsorship for this post."
    )
    save(document, "k4_patient_transport_team_leader.docx")


# -------------------------------------------------------------------------------------------------------- PDF adverts

K5_ITEMS = [
    ("title", "Out-of-Hours Home Visiting Driver"),
    ("bold", f"Central London Healthcare {DASH} GP Out-of-Hours Home Visiting Service"),
    ("body", "Based at our out-of-hours hub near Paddington, with visits across Westminster"),
    ("body", "Band 2 (Agenda for Change equivalent) | \u00a325,100 a year pro rata, plus unsocial hours"),
    ("body", "Full or part time | evenings, nights, weekends and bank holidays"),
    ("gap", ""),
    ("heading", "About the service"),
    (
        "body",
        "When GP surgeries are closed, NHS 111 refers people who are too unwell to travel to our home visiting "
        "doctors. Our drivers get the doctor safely and quickly to each patient's door, whether that is a mansion "
        "block in Maida Vale, a care home in Pimlico or a houseboat on the canal, and then on to the next visit.",
    ),
    ("heading", "What you'll do"),
    ("body", f"{BULLET}Drive one of our marked cars with a GP to four to eight home visits a shift"),
    ("body", f"{BULLET}Plan the route between visits with the shift coordinator at the hub"),
    (
        "body",
        f"{BULLET}You must check the car, the seal on the medicines box and the fuel level at the start of every "
        "shift and sign the shift sheet before you leave the hub",
    ),
    ("body", f"{BULLET}Wait with the car, or go in with the doctor when asked, and keep in touch with the hub"),
    ("body", f"{BULLET}Collect and deliver prescriptions and samples when the shift coordinator asks"),
    ("heading", "What you need"),
    (
        "body",
        f"{BULLET}A full UK driving licence held for at least three years, with no more than three penalty points",
    ),
    ("body", f"{BULLET}Experience of driving for work, for example as a taxi, courier or delivery driver"),
    ("body", f"{BULLET}Able to find addresses quickly using satnav and local knowledge"),
    ("body", f"{BULLET}Able to work evening, overnight and weekend shifts, including bank holidays"),
    ("body", f"{BULLET}A polite and discreet manner with patients and their families"),
    ("body", f"{BULLET}Able to carry the doctor's bags and equipment up stairs"),
    (
        "body",
        f"{BULLET}No medical knowledge needed {DASH} you will never be asked to help with a patient's care or "
        "treatment",
    ),
    ("heading", "Nice to have"),
    ("body", f"{BULLET}Experience of working in a healthcare or care setting"),
    ("body", f"{BULLET}An advanced driving qualification, such as IAM RoadSmart"),
    ("body", f"{BULLET}A basic first aid certificate"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; we are not able to sponsor visas. The post needs an enhanced "
        "DBS check and two references, and we will check your licence with the DVLA.",
    ),
    (
        "body",
        "Closing date: Sunday 18 March 2029 at 11.59pm. Interviews and a short accompanied drive: Wednesday 28 "
        "March 2029.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET}Paid breaks and a hot drink at the hub between visits"),
    ("body", f"{BULLET}27 days' annual leave pro rata, plus bank holidays"),
    ("body", f"{BULLET}A workplace pension and free parking at the hub"),
]

K6_ITEMS = [
    ("title", "NHS 111 Senior Health Advisor"),
    ("bold", "Integrated Urgent Care, North West London"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "London Ambulance Service NHS Trust runs NHS 111 for the people of North West London, answering more than "
        "2,000 calls on a busy day from our contact centre in West London. We are looking for experienced health "
        "advisors to step up into a Senior Health Advisor post at Band 4, working 37.5 hours a week on a rota "
        "that covers the whole week, day and night.",
    ),
    (
        "body",
        "As a senior you will take calls yourself, support the health advisors on your shift, help the shift "
        "manager keep calls moving when the queue builds and step in on the hardest calls. You must complete a "
        "wellbeing check-in with your team leader after any call that has affected you. You do not need any "
        "clinical qualification for this role.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked for at least a year as a health advisor or call handler in NHS 111 "
        "or 999. You must be able to type accurately while you listen and talk to a caller. Experience of "
        "supporting or coaching less experienced colleagues is essential. It is essential that you can stay calm "
        "and in control on calls from distressed or angry people. You must be able to work a rota that includes "
        "nights, weekends and bank holidays. GCSE English and maths at grade 4 (C) or above, or an equivalent, is "
        "essential.",
    ),
    (
        "body",
        "Experience of auditing calls would be beneficial. A coaching or mentoring qualification would be an "
        "advantage. Knowledge of local services in North West London, such as urgent treatment centres and "
        "late-opening pharmacies, would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as we cannot offer sponsorship for "
        "this post, and the successful applicant will need a standard DBS check. If your NHS Pathways licence has "
        "lapsed, we will retrain you before your first shift. You will benefit from 27 days' annual leave plus "
        "bank holidays, unsocial hours payments, the NHS Pension, free TfL travel with your staff pass and a "
        "quiet room on every floor.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "The closing date is Wednesday 21 March 2029, and interviews will take place on Tuesday 3 April 2029. For an "
        "informal chat, ring the recruitment team on 020 7946 0512 or email 111recruitment@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    k1_emergency_ambulance_crew()
    k2_patient_transport_ambulance_care_assistant()
    k3_healthcare_travel_costs_administrator()
    k4_patient_transport_team_leader()
    (ADVERTS / "k5_out_of_hours_home_visiting_driver.pdf").write_bytes(pdf_bytes(K5_ITEMS, title=(17, 52)))
    (ADVERTS / "k6_nhs_111_senior_health_advisor.pdf").write_bytes(pdf_bytes(K6_ITEMS, title=(17, 52)))


if __name__ == "__main__":
    main()
