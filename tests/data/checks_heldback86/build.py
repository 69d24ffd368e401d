"""Build the Word and PDF adverts of the eighty-sixth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback86/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is
saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (v7 and v8) and the statements are plain files and are not built here.
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

# A square-root sign as the tick, as some trusts' templates print it; the other level cell is left empty.
TICK = "\u221a"
DASH = "\u2013"
FIXED_TIME = dt.datetime(2028, 12, 4, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 4, 9, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_needle_and_syringe_programme_support_worker() -> None:
    """The service and band only in the page header and the employer only in the page footer; the closing date on
    a line under the title; duties as Word bullets; then a square-root tick in one of two level columns under
    "Criteria | Essential | Desirable", with bold category rows merged across the table and four ticked-Essential
    rows that are not criteria (training the job gives, "No previous NHS experience is needed", a "Must check and
    restock ..." duty and an enhanced DBS check placed before the real late-session criterion)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Hillingdon Drug and Alcohol Service {DASH} Harm Reduction Hub | Band 3"
    section.footer.paragraphs[
        0
    ].text = "Central and North West London NHS Foundation Trust \u00b7 Job reference 333-HDA-0115 \u00b7 Uxbridge"
    document.add_heading("Needle and Syringe Programme Support Worker", level=1)
    document.add_paragraph(
        "Harm Reduction Hub, Uxbridge town centre | 37.5 hours a week, Monday to Friday, with one late session | "
        "Permanent | \u00a329,970 to \u00a331,892 a year including Outer London High Cost Area Supplement"
    )
    closing = document.add_paragraph()
    closing.add_run("Closing date: Monday 15 January 2029").bold = True
    closing.add_run("    Interviews: Monday 29 January 2029")
    document.add_heading("About the hub", level=2)
    document.add_paragraph(
        "Our needle and syringe programme sees around 140 people a week who inject drugs, from people who have "
        "used heroin and crack for twenty years to young men injecting steroids bought at the gym. Nobody has to "
        "give their real name, nobody has to be in treatment and everyone is welcome. Alongside clean equipment "
        "we give out naloxone kits, offer dried blood spot tests and open the door to our treatment and recovery "
        "teams for anyone who asks."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Run the exchange counter with a harm reduction nurse, handing out injecting packs, foil and sharps bins",
        "Log every visit on the programme's anonymous system, using a client code instead of a name",
        "Take back used equipment and see that it is stored and collected safely",
        "Offer hepatitis C and HIV testing and book people in with the nurse the same day",
        "Join the monthly sweep for discarded needles in car parks and stairwells with the council's street team",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Level 2 English and maths, such as GCSE grade 4 (C) or Functional Skills Level 2", TICK, ""),
        (
            "A recognised substance misuse qualification, such as the Level 2 Certificate in Understanding "
            "Substance Misuse",
            "",
            TICK,
        ),
        ("Completion of the hub's harm reduction and naloxone training within your first month", TICK, ""),
        ("Experience",),
        ("Experience of working with people who use drugs or alcohol, in a paid or voluntary role", TICK, ""),
        ("No previous NHS experience is needed", TICK, ""),
        ("Experience of working in a community pharmacy or needle exchange", "", TICK),
        ("Skills and abilities",),
        (
            "Able to give clear, non-judgemental advice on safer injecting and on getting rid of used equipment safely",
            TICK,
            "",
        ),
        ("Able to keep accurate records of the equipment given out and returned, using a database", TICK, ""),
        ("Must check and restock the sharps bins and packs at the start of every session", TICK, ""),
        ("Knowledge",),
        ("Understanding of how blood-borne viruses such as hepatitis C and HIV are passed on", TICK, ""),
        ("Knowledge of how naloxone is used to reverse an opioid overdose", "", TICK),
        ("Other",),
        ("Satisfactory enhanced DBS check", TICK, ""),
        ("Able to work one late session a week, finishing at 8pm", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; regular "
        "supervision and free, confidential staff counselling; and a cycle-to-work scheme. We warmly welcome "
        "applications from people with their own experience of drug or alcohol use and recovery. Offers are "
        "subject to two references and proof of your right to work in the UK."
    )
    save(document, "v1_needle_and_syringe_programme_support_worker.docx")


def v2_harm_reduction_outreach_worker() -> None:
    """The employer only in the page header; the band in a details table with two label-value pairs a row; a "You
    must never ..." duty in Job purpose; numbered duties; rows marked E or D under "Category | Criteria | E/D | How
    assessed" with the category merged down, codes A, I, A / I, A / T, N/A and Pre-employment checks, and three rows
    marked E that are not criteria (induction training, a "Must record ..." duty, right to work); the closing date
    only in the last paragraph, after the key."""
    document = blank_docx("Calibri")
    document.sections[0].header.paragraphs[0].text = "West London NHS Trust"
    document.add_heading("Harm Reduction Outreach Worker", level=1)
    label_value_table(
        document,
        [
            ("Team", "Ealing Harm Reduction Outreach Team", "Band", "Band 4"),
            ("Base", "Southall, with outreach across Ealing", "Hours", "37.5 a week on a rota, shifts from 6am"),
            ("Contract", "Permanent", "Reference", "376-EHR-0124"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The outreach team goes out early, before people have packed up their bedding, to reach those who are "
        "sleeping out, using drugs or drinking heavily and who do not come to us. You will carry naloxone and "
        "harm reduction supplies, offer a quick health check, and help people take the next step when they are "
        "ready, whether that is a hostel bed, a script or a GP. You must never go out alone: every shift is worked "
        "in pairs, with a check-in call to the office every two hours."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Carry out early morning walks of parks, car parks, doorways and stairwells with the council's street team",
        "Give out foil, clean injecting equipment, condoms and naloxone, and collect discarded needles",
        "Make referrals to drug and alcohol treatment, primary care, hostels and the council's housing service",
        "Go with people to appointments when they would not manage alone",
        "Share information with partner agencies within the team's information-sharing agreement",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "Good standard of literacy and numeracy, such as GCSE grade 4 (C) or equivalent",
            "E",
            "A / T",
        ),
        ("Qualifications", "NVQ Level 3 in Health and Social Care or equivalent", "D", "A"),
        ("Qualifications", "Overdose awareness and naloxone training, given during induction", "E", "N/A"),
        (
            "Experience",
            "Experience of outreach or street-based work with people who are homeless or use drugs",
            "E",
            "A / I",
        ),
        ("Experience", "Experience of supporting people involved in sex work", "D", "A / I"),
        ("Skills and abilities", "Able to build trust with people who are wary of services", "E", "I"),
        (
            "Skills and abilities",
            "Able to judge risk and keep yourself and others safe when working on the street",
            "E",
            "I",
        ),
        (
            "Skills and abilities",
            "Speaks Polish, Romanian or another language used by people sleeping rough in Ealing",
            "D",
            "I",
        ),
        (
            "Skills and abilities",
            "Must record every contact on the outreach app before the end of each shift",
            "E",
            "N/A",
        ),
        (
            "Knowledge",
            "Understanding of harm reduction and why it matters for people who are not ready to stop using",
            "E",
            "I",
        ),
        (
            "Knowledge",
            "Knowledge of local housing, benefits and day centre services for people sleeping rough",
            "D",
            "I",
        ),
        ("Other", "Able to start at 6am on early outreach shifts, including one weekend in four", "E", "I"),
        (
            "Other",
            f"Right to work in the UK {DASH} this post is not eligible for visa sponsorship",
            "E",
            "Pre-employment checks",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "Key: E = essential, D = desirable. A = application form, I = interview, T = short written exercise on the "
        "interview day."
    )
    document.add_paragraph(
        "You do not need to have worked in the NHS before. The post is subject to an enhanced DBS check, and we "
        "offer 27 days' annual leave plus bank holidays, the NHS Pension, monthly reflective practice and a "
        "waterproof kit allowance. The closing date is Wednesday 24 January 2029, and interviews will be held in "
        "Southall on Monday 5 February 2029. For an informal chat, email ealing.outreach@example.com or call 020 "
        "7946 0124."
    )
    save(document, "v2_harm_reduction_outreach_worker.docx")


def v3_health_inclusion_clinic_assistant() -> None:
    """The employer only inside the first sentence of About the job; the band in a "|" line; "Apply by: ..." for
    the closing date; Essential and Desirable side by side per category, with a "No clinical experience needed"
    line in an Essential cell, two criteria in one Essential cell, "N/A" in one Desirable cell and a benefit
    alone in another; eligibility and DBS after the table."""
    document = blank_docx("Arial")
    document.add_heading("Health Inclusion Clinic Assistant", level=1)
    document.add_paragraph(
        "Band 2 | \u00a326,448 a year pro rata, including Inner London High Cost Area Supplement | 30 hours a week"
    )
    document.add_paragraph("Apply by: Friday 26 January 2029      Interviews: Wednesday 7 February 2029")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Central London Community Healthcare NHS Trust runs the Health Inclusion Clinic in Hammersmith, a GP and "
        "nursing clinic for people who are sleeping rough, living in hostels or newly arrived in the country, "
        "including families seeking asylum who are housed in local hotels. Many of our patients have been turned "
        "away elsewhere, and the welcome they get at our front desk decides whether they come back."
    )
    document.add_paragraph(
        "You will greet and register patients, book appointments and interpreters, take basic observations once "
        "trained, keep the waiting room and clinic rooms stocked, and help the nurses at the weekly vaccination "
        "session. You must check every new patient's details against the clinic register before they are seen, "
        "so that no one is registered twice."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    add_rows_side_by_side(
        table,
        [
            ("Education and training", "Good spoken and written English", "Care Certificate"),
            (
                "Experience",
                "Experience of dealing with the public in a busy reception, shop or care setting\n"
                f"No clinical experience needed {DASH} we will train you to take basic observations",
                "Experience of working with people who are homeless, refugees or asylum seekers",
            ),
            (
                "Skills and abilities",
                "Able to welcome patients warmly and stay calm when someone is upset or angry\n"
                "Confident using a computer to book appointments and update records",
                "Speaks a language used by our patients, such as Portuguese, Arabic, Tigrinya or Romanian",
            ),
            (
                "Knowledge",
                "Understanding of why people with no fixed address or no immigration papers can struggle to "
                "register with a GP",
                "N/A",
            ),
            (
                "Other",
                "Able to work at the Saturday drop-in twice a month",
                "Free flu vaccination and a confidential Employee Assistance Programme",
            ),
        ],
    )
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave plus bank holidays, the NHS Pension and time off in lieu for Saturday "
        "sessions. You must have the right to work in the UK; we cannot sponsor a visa for this post. Offers are "
        "subject to references and an enhanced DBS check."
    )
    save(document, "v3_health_inclusion_clinic_assistant.docx")


def v4_homeless_hospital_discharge_support_worker() -> None:
    """The job title and band only in the page header; the employer in a bold first line; the closing date in a
    two-column details table with no header row; Essential and Desirable as two rows per area under "Area | Level
    | Requirements", the area merged down over both, with "Previous hospital experience is not required" and an
    enhanced DBS line as second lines of Essential rows, training the job gives as the only Desirable line of
    Knowledge, and "N/A" as the Desirable line of Other."""
    document = blank_docx("Calibri")
    document.sections[0].header.paragraphs[0].text = f"Homeless Hospital Discharge Support Worker {DASH} Band 3"
    employer = document.add_paragraph()
    employer.add_run("Chelsea and Westminster Hospital NHS Foundation Trust").bold = True
    document.add_paragraph(
        "Hospital Inclusion and Discharge Team, West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF"
    )
    label_value_table(
        document,
        [
            ("Hours", "37.5 a week, Monday to Friday 8am to 4pm, and one Saturday a month"),
            ("Contract", "Fixed term for 18 months"),
            ("Salary", "\u00a329,970 to \u00a331,892 a year including High Cost Area Supplement"),
            ("Closing date", "31/01/2029"),
            ("Reference", "290-WM-HID-31"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Every week patients come through our emergency department and wards with nowhere safe to go when they "
        "are well enough to leave. The Hospital Inclusion and Discharge Team makes sure nobody is discharged to the "
        "street. You will meet patients on the wards, find out where they have been staying, and work with the "
        "council, hostels and community teams so that each person leaves with a plan."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "See every patient referred to the team within one working day and record what they tell you",
        "Make referrals to councils, hostels, drug and alcohol services and GP practices",
        "Go with patients to council appointments and hostel viewings after discharge",
        "Keep the team's tracker of open cases up to date for the daily discharge meeting",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    add_rows_merging_categories_down(
        table,
        [
            ("Qualifications", "Essential", "GCSE English and maths at grade 4 (C) or above, or equivalent"),
            ("Qualifications", "Desirable", "NVQ Level 3 in Advice and Guidance or in Health and Social Care"),
            (
                "Experience",
                "Essential",
                "Experience of supporting people who are homeless or at risk of losing their home\n"
                "Previous hospital experience is not required",
            ),
            ("Experience", "Desirable", "Experience of making homelessness referrals to a local council"),
            (
                "Skills",
                "Essential",
                "Able to write clear case notes and referral forms\n"
                "Able to stay calm and respectful with patients who are drunk or withdrawing from alcohol or drugs",
            ),
            ("Skills", "Desirable", "Experience of using Cerner or another electronic patient record"),
            (
                "Knowledge",
                "Essential",
                "Basic knowledge of the Homelessness Reduction Act 2017 and the duty to refer",
            ),
            (
                "Knowledge",
                "Desirable",
                "Full training on the duty to refer and on Cerner is given in your first month",
            ),
            (
                "Other",
                "Essential",
                "Able to travel to council offices, hostels and day centres in Hounslow, Ealing and Richmond\n"
                "Satisfactory enhanced DBS check",
            ),
            ("Other", "Desirable", "N/A"),
        ],
    )
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension, staff discounts and free travel "
        "between sites on the team's Oyster cards. You must have the right to work in the UK, as we cannot offer "
        "sponsorship for this post. For an informal conversation, contact the team lead at "
        "inclusion.discharge@example.com or on 020 7946 0731."
    )
    save(document, "v4_homeless_hospital_discharge_support_worker.docx")


V5_ITEMS = [
    ("title", "Community Alcohol Detox Support Worker"),
    ("bold", f"London North West University Healthcare NHS Trust {DASH} Brent Community Alcohol Detox Team"),
    ("body", "Based in Wembley, with home visits across Brent"),
    ("body", "Band 3 | \u00a329,970 to \u00a331,892 a year including Outer London High Cost Area Supplement"),
    ("body", "Permanent | 37.5 hours a week | Monday to Friday, 8.30am to 5pm"),
    ("gap", ""),
    ("heading", "About the role"),
    (
        "body",
        "Our small team of nurses and support workers helps people in Brent come off alcohol safely at home, "
        "over seven to ten days, instead of in a hospital bed. You will visit people every day of their detox, "
        "check how they are doing, and stay in touch afterwards so that the change lasts.",
    ),
    ("heading", "What you'll do"),
    ("body", "\u2022 Visit people at home each morning of their detox with or without a nurse"),
    ("body", "\u2022 Check vital signs and record them on the detox chart and in the patient's record"),
    (
        "body",
        "\u2022 You must breathalyse every client and phone the reading through to the nurse before that day's "
        "detox medication is given",
    ),
    ("body", "\u2022 Help people plan their days, their meals and who they will call when cravings hit"),
    ("body", "\u2022 Link people with recovery groups, their GP and the treatment service after the detox"),
    ("heading", "What we're looking for"),
    ("bold", "What you'll bring"),
    ("body", "\u2022 NVQ Level 2 in Health and Social Care or the Care Certificate"),
    ("body", "\u2022 Experience of caring for adults in a health, social care or supported housing setting"),
    ("body", "\u2022 Able to take and record pulse, blood pressure and temperature accurately"),
    ("body", "\u2022 Able to talk with people about their drinking without judging or lecturing them"),
    ("body", "\u2022 Able to get to people's homes across Brent by public transport or on foot"),
    (
        "body",
        f"\u2022 You don't need to have worked in alcohol services before {DASH} you'll shadow our nurses for "
        "your first four weeks",
    ),
    ("bold", "It would be a bonus if you have"),
    ("body", "\u2022 Experience of using an alcohol withdrawal scale such as CIWA-Ar"),
    ("body", "\u2022 Knowledge of mutual aid groups in Brent, such as Alcoholics Anonymous or SMART Recovery"),
    ("body", "\u2022 Speaks Gujarati, Polish, Somali or Tamil"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; this post is not eligible for visa sponsorship. Offers are "
        "subject to two references and an enhanced DBS check. Closing date: Sunday 4 February 2029 at midnight. "
        "Interviews: Thursday 15 February 2029.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave, rising to 33 days with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme, NHS discounts and a cycle-to-work scheme"),
    ("body", "\u2022 A funded Level 3 Diploma in Adult Care after your first year"),
    ("body", "\u2022 A work mobile phone and an Oyster card for visits"),
]

V6_ITEMS = [
    ("title", "Criminal Justice Drug and Alcohol Recovery Worker"),
    ("bold", "Westminster Criminal Justice Recovery Team, Central and North West London NHS Foundation Trust"),
    ("body", "Community hub near Edgware Road, with sessions at court and in police custody"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "We are looking for a Criminal Justice Drug and Alcohol Recovery Worker to join a team of nine at Band 4, "
        "working 37.5 hours a week, Monday to Friday. The team meets people at the point of arrest, in court and "
        "on release from prison, and helps them into treatment and out of the cycle of offending.",
    ),
    (
        "body",
        "You will carry a caseload of around 30 people, assess new referrals from the police and courts, write "
        "care plans and reports for probation, and run groups at the hub. You must see every new referral from "
        "the courts within five working days and record the outcome on the same day. You do not need a "
        "qualification in substance misuse before you start.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have experience of key working adults with drug or alcohol problems. You must "
        "be able to write clear, accurate case notes and risk assessments. It is essential that you understand "
        "how the criminal justice system works, from arrest through court to probation. You must be able to set "
        "boundaries and stay calm with clients who are angry or under the influence. A Level 3 qualification in "
        "health, social care or criminal justice is essential. It is essential that you can work in police "
        "custody suites and at Westminster Magistrates' Court as well as at our community hub.",
    ),
    (
        "body",
        "Experience of running group sessions would be beneficial. Knowledge of Drug Rehabilitation Requirements "
        "and Alcohol Treatment Requirements would be an advantage. A full UK driving licence would be an "
        "advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship. The post needs an enhanced DBS check and police vetting for custody work; a criminal record "
        "will not automatically rule you out, and we welcome applicants with their own experience of the justice "
        "system or of recovery. Monthly clinical supervision, which we see as essential in this work, is built "
        "into your week. After probation we will fund a Level 4 certificate in counselling skills for anyone who "
        "wants it. You will benefit from 27 days' annual leave plus bank holidays, the NHS Pension and an "
        "interest-free season ticket loan.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Please apply by 23:59 on Tuesday 6 February 2029. Interviews will be held at the hub on Friday 16 "
        "February 2029. For an informal chat, email cj.recovery@example.com or call 020 7946 0206.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_needle_and_syringe_programme_support_worker()
    v2_harm_reduction_outreach_worker()
    v3_health_inclusion_clinic_assistant()
    v4_homeless_hospital_discharge_support_worker()
    (ADVERTS / "v5_community_alcohol_detox_support_worker.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_criminal_justice_drug_and_alcohol_recovery_worker.pdf").write_bytes(
        pdf_bytes(V6_ITEMS, title=(16, 56))
    )


if __name__ == "__main__":
    main()
