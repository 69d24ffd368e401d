"""Build the Word and PDF adverts of the fortieth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback40/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (u6 and u7) are plain files and are not built here.
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

TICK = "\u2713"  # CHECK MARK, in the column of the level; the other level cell is left empty
DASH = "\u2013"
FIXED_TIME = dt.datetime(2028, 1, 10, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 1, 10, 9, 0, 0)  # every Word file's zip entries


def bold_line(document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def u1_patient_pathway_coordinator() -> None:
    """Shape 1: a details table with no header row, duties as Word bullets (one with "must"), then tick columns
    with category rows merged across the table and E and D rows mixed within a category; three ticked rows are
    not criteria (training the Trust gives, "not required", the right to work)."""
    document = blank_docx("Arial")
    document.sections[0].footer.paragraphs[
        0
    ].text = "Imperial College Healthcare NHS Trust \u00b7 Trauma and Orthopaedics \u00b7 JD ref 290-SCC-1187"
    bold_line(document, "Imperial College Healthcare NHS Trust")
    document.add_heading(f"Patient Pathway Coordinator {DASH} Trauma and Orthopaedics", level=1)
    label_value_table(
        document,
        [
            ("Pay band", "Band 4"),
            ("Division", f"Surgery, Cancer and Cardiovascular {DASH} Trauma and Orthopaedics"),
            ("Base", "Charing Cross Hospital, Fulham Palace Road, London W6 8RF"),
            ("Hours", "37.5 hours a week, Monday to Friday, with a late rota"),
            ("Salary", "\u00a333,094 to \u00a336,195 a year, including High Cost Area Supplement"),
            ("Reference", "290-SCC-1187"),
            ("Closing date", "18 February 2028"),
            ("Interviews", "3 March 2028"),
        ],
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our orthopaedic surgeons at Charing Cross, Hammersmith and St Mary's see around 1,400 new patients a "
        "month, for everything from bunions to hip and knee replacements. The patient pathway team keeps track of "
        "every one of them from the day the GP's letter arrives to the day of surgery, so that nobody is lost and "
        "nobody waits longer than they need to. You will join a team of nine and look after the pathways of two "
        "consultant teams."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Track patients on the outpatient and inpatient waiting lists and book them in date order, taking "
        "clinical priority into account",
        "Check waiting list entries each week and correct each pathway's status on the patient administration system",
        "You must validate every pathway on your lists that has passed 40 weeks before the Friday waiting list "
        "meeting, and flag any patient who is at risk of waiting more than 52 weeks",
        "Answer calls, emails and letters from patients and GP practices about waiting times",
        "Prepare weekly lists in Excel for the service manager and the consultants",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Educated to A-level standard or equivalent", TICK, ""),
        ("ECDL, ICDL or another recognised IT qualification", "", TICK),
        ("RTT pathway validation training, given by the Trust in your first two months", TICK, ""),
        ("Experience",),
        ("Experience of administrative work in a hospital, GP practice or other healthcare setting", TICK, ""),
        ("Experience of managing a waiting list or booking appointments", "", TICK),
        ("Previous orthopaedic experience is not required", "", TICK),
        ("Skills and abilities",),
        ("Confident using Microsoft Excel to sort, filter and check long lists", TICK, ""),
        ("Able to explain delays to patients clearly and kindly, by phone and in writing", TICK, ""),
        ("Able to prioritise a large caseload and work to weekly targets", TICK, ""),
        ("Working knowledge of Cerner Millennium", "", TICK),
        ("Knowledge",),
        ("Understanding of the 18-week referral to treatment (RTT) rules", "", TICK),
        ("Understanding of patient confidentiality and data protection", TICK, ""),
        ("Other",),
        ("Able to work until 6pm on a rota to cover the booking office", TICK, ""),
        ("Right to work in the UK (this post cannot be sponsored)", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; an "
        "interest-free season ticket loan; and a clear route to Band 5 waiting list roles. Appointment is "
        "subject to two satisfactory references and a basic DBS check. We welcome applications from people who "
        "have never worked in the NHS."
    )
    save(document, "u1_patient_pathway_coordinator.docx")


def u2_single_point_of_access_administrator() -> None:
    """Shape 2: a details table with two label-value pairs a row, numbered duties (one with "must"), then
    Factor | Criteria | E/D | How assessed with the factor merged down and E and D rows mixed; a training row
    (E, "N/A") and a right-to-work row (E, "Pre-employment checks") are not criteria; the key under the table."""
    document = blank_docx("Calibri")
    document.add_heading(f"Single Point of Access Administrator {DASH} Community Services", level=1)
    document.add_paragraph(
        "Central London Community Healthcare NHS Trust | Hammersmith and Fulham adult community services"
    )
    label_value_table(
        document,
        [
            ("Band", "Band 3", "Hours", "37.5 a week on a rota between 8am and 8pm"),
            ("Reference", "CLCH-HF-0512", "Closing date", "25 February 2028"),
            ("Base", "Parsons Green Health Centre, London SW6", "Interviews", "8 March 2028"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The Single Point of Access (SPA) is the front door to our adult community services in Hammersmith and "
        "Fulham: district nursing, community therapies, podiatry, continence, tissue viability and the rapid "
        "response team. We receive around 350 referrals a day from GP practices, hospital wards, social workers "
        "and patients themselves, by phone, email and online form. The SPA administrator makes sure each one "
        "reaches the right team, complete and on time."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Answer calls from patients, carers, GP practices and hospital wards, and take down the details of each "
        "referral while the caller is on the line.",
        "Register new referrals on SystmOne and pass them to the right team's triage list.",
        "You must check that every referral has an NHS number, a GP practice and a contact number before it is "
        "passed to a team, and you must send back any that do not within two working hours.",
        "Book first visits and clinic appointments once a clinician has triaged the referral.",
        "Keep the SPA's shared mailbox clear by the end of each shift.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade 4 (C) or above, or Functional Skills Level 2",
            "E",
            "A",
        ),
        ("Qualifications", "NVQ Level 3 in Business Administration or equivalent", "D", "A"),
        ("Qualifications", "SystmOne referral and triage training, completed during induction", "E", "N/A"),
        (
            "Experience",
            "Experience of processing referrals, applications or requests in a busy office or contact centre",
            "E",
            "A / I",
        ),
        ("Experience", "Experience of working in a community health or social care setting", "D", "A / I"),
        ("Skills and abilities", "Able to type accurately at speed while talking to callers", "E", "T"),
        ("Skills and abilities", "Able to handle upset or frustrated callers calmly", "E", "I"),
        (
            "Skills and abilities",
            "Able to follow a written procedure and ask for advice when a case does not fit it",
            "E",
            "I",
        ),
        ("Skills and abilities", "Experience of using SystmOne", "D", "A"),
        (
            "Knowledge",
            "Awareness of community health services such as district nursing, podiatry and therapies",
            "D",
            "I",
        ),
        ("Knowledge", "Understanding of why referrals must be logged accurately and on time", "E", "I"),
        ("Other", "Able to work on a rota between 8am and 8pm, including one Saturday a month", "E", "I"),
        ("Other", "Eligible to work in the UK", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "Key: E = essential, D = desirable. A = application form, I = interview, T = typing test on the day, "
        "N/A = not assessed."
    )
    document.add_paragraph(
        f"You do not need to have worked in the NHS before {DASH} many of our team joined us from call centres, "
        "shops and busy offices. We offer 27 days' annual leave plus bank holidays, the NHS Pension, a Blue Light "
        "Card and flexible working once you are trained. The successful candidate will need a basic DBS check, "
        "and we are not able to offer visa sponsorship for this post."
    )
    save(document, "u2_single_point_of_access_administrator.docx")


def u3_clinic_preparation_clerk() -> None:
    """Shape 3: the title, a "|" line with the employer and service, a "|" line with the base, band, pay and
    hours, dates on one line, a "must" sentence inside the About the job paragraph, then Category | Essential |
    Desirable with one to two lines a cell; a "not essential" line and a right-to-work line in Essential cells,
    "N/A" and an empty Desirable cell."""
    document = blank_docx("Arial")
    document.add_heading("Clinic Preparation Clerk", level=1)
    document.add_paragraph(
        f"London North West University Healthcare NHS Trust | Outpatients and Health Records {DASH} Northwick Park "
        "and Central Middlesex hospitals"
    )
    document.add_paragraph(
        "Northwick Park Hospital, Watford Road, Harrow HA1 3UJ | Band 2 | \u00a324,937 to \u00a326,255 a year "
        "including Outer London High Cost Area Supplement | 37.5 hours a week"
    )
    document.add_paragraph("Closing date: 10/03/2028    Interview date: 24/03/2028")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Every morning our outpatient clinics need the right case notes, forms and labels ready before the first "
        "patient arrives. Clinic preparation clerks pull notes from the health records library, check that the "
        "latest letters and results are filed in them, print labels and clinic lists, and take the trolleys to "
        "each clinic by 8.30am. You must scan each set of notes out of the library on the tracking system before "
        "it leaves the room, so that it can always be found. The team of fourteen works Monday to Friday, "
        "7.30am to 3.30pm or 10am to 6pm."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good standard of English and maths, such as GCSE or equivalent",
            "A qualification in administration or customer service",
        ),
        (
            "Experience",
            "Experience of filing, sorting or checking paperwork in any setting\n"
            f"Hospital experience is not essential {DASH} full training will be given",
            "Experience of working with health records or case notes",
        ),
        (
            "Skills",
            "Able to check names, dates and numbers accurately\nAble to use a computer for email and simple data entry",
            "Experience of using a hospital patient administration system",
        ),
        ("Personal qualities", "Works well as part of a small team\nReliable and punctual", "N/A"),
        (
            "Other",
            "Able to push trolleys of case notes between clinics and lift boxes of up to 10kg\n"
            f"Right to work in the UK {DASH} we are unable to offer sponsorship for this post",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension, free staff shuttle buses between our "
        "hospitals and access to funded apprenticeships after your first year. The successful candidate will "
        "need a basic DBS check. We welcome people returning to work and people looking for their first job."
    )
    save(document, "u3_clinic_preparation_clerk.docx")


def u8_home_oxygen_service_administrator() -> None:
    """Shape 8: What we're looking for | Essential or desirable | How you might show this, category rows merged
    across the table; the third column gives examples of evidence for each criterion (not criteria); one row's
    level cell says "Training we give" and one "Checked before an offer"."""
    document = blank_docx("Arial")
    bold_line(document, "Central and North West London NHS Foundation Trust")
    document.add_heading("Home Oxygen Service Administrator", level=1)
    document.add_paragraph("Hillingdon Community Respiratory Service | Band 3 | 37.5 hours a week | Permanent")
    document.add_paragraph(
        "Pay: \u00a326,530 to \u00a329,114 a year including Outer London High Cost Area Supplement. "
        "Reference: 333-HIL-RESP-0214. Base: the community respiratory office in Uxbridge, with one day a week "
        "at home once you are trained."
    )
    document.add_paragraph("Closing date: Monday 21 February 2028. Interviews: Tuesday 7 March 2028.")
    document.add_heading("About the service", level=2)
    document.add_paragraph(
        "Around 900 people in Hillingdon use oxygen at home, most of them older people with lung or heart "
        "conditions. Our nurses and physiotherapists assess them and review them every year, and the oxygen "
        "itself is delivered and serviced by a national supplier. The administrator is the link between the "
        "patients, the clinicians and the supplier."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Book assessments and yearly reviews, at home or in clinic, and send appointment letters",
        "Place new, changed and cancelled oxygen orders with the supplier and check that they were delivered",
        "You must place every urgent oxygen order with the supplier before 3pm so that it arrives the same day, "
        "and you must tell the clinician on duty if it cannot be",
        "Send a home fire safety visit request to London Fire Brigade for each new patient, with their consent",
        "Answer the service's phone line and pass clinical questions to the duty clinician",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    document.add_paragraph(
        "We know many people applying have not worked in the NHS before. The right-hand column gives examples "
        "of the kind of thing you could tell us about in your supporting information. They are examples only, "
        "not extra requirements, and you can draw on paid work, volunteering or study."
    )
    table = header_table(document, ["What we're looking for", "Essential or desirable", "How you might show this"])
    rows = [
        ("Qualifications",),
        (
            "Good standard of literacy and numeracy",
            "Essential",
            "GCSEs, Functional Skills, an ESOL Level 2 certificate or school qualifications from another "
            "country, or the writing and number work you do in a job",
        ),
        (
            "Level 2 or 3 qualification in business administration or customer service",
            "Desirable",
            "An NVQ, BTEC, diploma or apprenticeship certificate",
        ),
        (
            "Oxygen safety and equipment ordering training, given in your first month",
            "Training we give",
            f"Nothing {DASH} we will teach you this",
        ),
        ("Experience",),
        (
            "Experience of ordering, booking or arranging deliveries for customers",
            "Essential",
            "Booking deliveries for a shop or warehouse, arranging repairs for tenants, or taking orders in a "
            "call centre",
        ),
        (
            "Experience of working with older people or people with long-term illnesses",
            "Desirable",
            "Paid or voluntary work in a care home, a day centre, a pharmacy or home care",
        ),
        ("Skills",),
        (
            "Able to talk clearly and patiently on the phone with patients who may be breathless or hard of hearing",
            "Essential",
            "Calls with customers who are older or unwell, or who do not speak much English",
        ),
        (
            "Able to keep accurate records on a computer",
            "Essential",
            "Updating a database, a booking system or a spreadsheet at work",
        ),
        (
            "Able to sort out problems when a delivery or visit goes wrong",
            "Essential",
            "A time you put right a missed delivery, a double booking or a wrong order",
        ),
        ("Knowledge",),
        (
            "Understanding of how to keep personal information confidential",
            "Essential",
            "How you looked after customers' addresses, bank details or health information in a past job",
        ),
        (
            "Awareness of the risks of oxygen at home, such as smoking and naked flames",
            "Desirable",
            "You may know this from a relative or neighbour who uses oxygen, or from a fire safety course",
        ),
        ("Other",),
        (
            "Able to work Monday to Friday, 9am to 5pm, with one late shift until 7pm each week",
            "Essential",
            f"Tell us if you need a different pattern {DASH} we are happy to talk about it",
        ),
        ("Right to work in the UK", "Checked before an offer", "Your passport, share code or visa"),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension, free parking at our Uxbridge office and "
        "support to study for a Level 3 qualification in business administration after your first year. The "
        "post needs a basic DBS check. We are a Disability Confident Leader and guarantee an interview to "
        "disabled applicants who meet the essential criteria."
    )
    save(document, "u8_home_oxygen_service_administrator.docx")


U4_ITEMS = [
    ("title", "Childhood Immunisations Recall Administrator"),
    ("bold", f"Hillingdon GP Confederation {DASH} working for Hillingdon's primary care networks"),
    (
        "body",
        "Based at a GP practice in Hayes, with some home working  |  30 hours a week  |  Fixed term for 18 months",
    ),
    (
        "body",
        "Band 3 (Agenda for Change)  |  \u00a326,530 to \u00a329,114 a year pro rata, including Outer London "
        "High Cost Area Supplement",
    ),
    ("body", "Applications close: Thursday 2 March 2028 at 11:59pm. Interviews: Thursday 16 March 2028."),
    ("heading", "About the role"),
    (
        "body",
        "Too many young children in Hillingdon miss one or more of their routine vaccinations, often because a "
        "letter went to an old address or a busy parent forgot. Our recall team works for all 45 practices in the "
        "borough, contacting families whose children are overdue and making it as easy as possible for them to "
        "book.",
    ),
    ("heading", "What you'll be doing"),
    (
        "body",
        "\u2022 Work through weekly lists of children who are overdue for their vaccinations, practice by practice",
    ),
    (
        "body",
        "\u2022 Phone and text parents and carers, answer their everyday questions and book appointments in the "
        "practice nurses' clinics",
    ),
    (
        "body",
        "\u2022 You must check who has parental responsibility before you discuss a child's vaccinations, and you "
        "must never leave details of a child's care in a voicemail",
    ),
    ("body", "\u2022 Record every call, text and letter on the child's practice record"),
    ("body", "\u2022 Send weekly figures to the primary care network clinical leads"),
    ("heading", "Essential criteria"),
    ("body", "\u2022 Experience of making outbound calls to customers, patients or the public"),
    ("body", "\u2022 A warm and clear telephone manner, including with parents who are worried or unsure"),
    ("body", "\u2022 Able to keep an accurate record of every contact"),
    ("body", "\u2022 Confident using a computer, including email and spreadsheets"),
    ("body", "\u2022 Able to work on your own through a call list and meet weekly targets"),
    ("body", "\u2022 Understanding of why consent and confidentiality matter when discussing a child's care"),
    (
        "body",
        f"\u2022 You don't need to know the childhood vaccination schedule before you start {DASH} we will teach "
        "it to you in your first two weeks",
    ),
    ("heading", "Desirable criteria"),
    ("body", "\u2022 Experience of using EMIS Web or SystmOne"),
    (
        "body",
        "\u2022 Able to speak a community language used in Hillingdon, such as Punjabi, Somali, Polish or Tamil",
    ),
    ("body", "\u2022 Experience of working with children and families"),
    ("heading", "Training and support"),
    (
        "body",
        "You will be trained in EMIS Web and in the NHS routine vaccination schedule, and a practice nurse will "
        "be your mentor for your first three months. You will also complete the confederation's mandatory "
        "training, including safeguarding children level 1.",
    ),
    ("heading", "Before you apply"),
    (
        "body",
        "You must already have the right to work in the UK; we cannot sponsor a visa for this post. The post "
        "needs a basic DBS check and two references, one from your most recent employer.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave pro rata, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme"),
    ("body", "\u2022 Flexible start and finish times between 8am and 6.30pm"),
    ("body", "\u2022 A laptop and phone for your home working days"),
]

U5_ITEMS = [
    ("title", "Private Patients Administrator"),
    ("body", "Private Patients Unit, Chelsea and Westminster Hospital NHS Foundation Trust"),
    ("body", "Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our Private Patients Unit cares for self-paying and insured patients from London and overseas, and "
        "every pound it earns goes back into NHS care at the Trust. We are looking for a Private Patients "
        "Administrator to join us at Band 3, working 37.5 hours a week, Monday to Friday. The closing date is "
        "29 February 2028 and interviews will be held on 14 March 2028.",
    ),
    (
        "body",
        "You will register new patients, prepare quotes for treatment, raise invoices, chase payments and keep "
        "consultants' private clinic and theatre lists up to date. You must confirm that every self-paying "
        "patient has paid a deposit, or that their insurer has authorised the treatment, before a booking is "
        "confirmed. You do not need to have worked in private healthcare before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a customer-facing administrative role where you handled "
        "payments or invoices. You must be able to explain costs and payment terms clearly and politely to "
        "patients and their families. Good Excel and Outlook skills are essential, because you will track "
        "invoices and insurer authorisations every day. It is essential that you can keep financial and medical "
        "information confidential. You must be able to stay calm and organised when several consultants' lists "
        "change at once.",
    ),
    (
        "body",
        "Experience of dealing with health insurers such as Bupa or AXA Health would be beneficial. Knowledge of "
        "medical terminology would be an advantage. A second language spoken by our international patients, "
        "such as Arabic, is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for "
        "visa sponsorship, and the successful candidate will need a basic DBS check. You will be trained on the "
        "Trust's patient record and finance systems in your first month. You will benefit from 27 days' annual "
        "leave plus bank holidays, the NHS Pension, a season ticket loan and discounts at local shops. We would "
        "like to hear from you even if you do not meet every point above.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    u1_patient_pathway_coordinator()
    u2_single_point_of_access_administrator()
    u3_clinic_preparation_clerk()
    (ADVERTS / "u4_childhood_immunisations_recall_administrator.pdf").write_bytes(pdf_bytes(U4_ITEMS, title=(16, 56)))
    (ADVERTS / "u5_private_patients_administrator.pdf").write_bytes(pdf_bytes(U5_ITEMS, title=(16, 56)))
    u8_home_oxygen_service_administrator()


if __name__ == "__main__":
    main()
