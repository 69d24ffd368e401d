"""Build the Word and PDF adverts of the sixty-eighth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback68/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; every Word file is
saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
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

TICK = "\u2713"
DASH = "\u2013"
BULLET = "\u2022 "
FIXED_TIME = dt.datetime(2028, 12, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 1, 9, 0, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_chemotherapy_day_unit_healthcare_assistant() -> None:
    """The hospital in the page header, the employer and closing date only in the page footer, the band inside a
    sentence; duties as Word bullets; tick columns with category rows merged across the table and four ticked rows
    that are not criteria (training the job gives, "No previous cancer care experience is required", a "Must
    check ..." duty and the DBS check)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Charing Cross Hospital \u00b7 Fulham Palace Road, London W6 8RF"
    section.footer.paragraphs[
        0
    ].text = "Imperial College Healthcare NHS Trust  |  Job reference 290-CS-4417  |  Closing date 10/01/2029"
    document.add_heading("Chemotherapy Day Unit Healthcare Assistant", level=1)
    document.add_paragraph(
        "Cancer Services Division. This is a permanent Band 3 post of 37.5 hours a week on our chemotherapy day "
        "unit, which is open from 8am to 8pm, Monday to Friday."
    )
    document.add_heading("About the unit", level=2)
    document.add_paragraph(
        "Our day unit has 28 treatment chairs and four beds, and around 70 people come to us each day for "
        "chemotherapy, immunotherapy and supportive treatments such as blood transfusions. Many of them come every "
        "few weeks for months at a time, so you will get to know patients and their families well. You will work "
        "alongside chemotherapy nurses, pharmacists and the unit's reception team."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Welcome patients, help them into their treatment chair and make sure they are comfortable and warm",
        "Take and record observations and weights before treatment, and tell the nurse about anything unusual",
        "Keep the chairs, infusion pumps and clinical areas clean, and restock the treatment bays each afternoon",
        "Make drinks and light meals for patients during long treatments",
        "Help patients to the toilet and with personal care, including patients who are very tired or unwell",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        (
            "Level 2 qualification in health and social care, such as an NVQ, a Diploma or the Care Certificate",
            TICK,
            "",
        ),
        ("Level 3 Diploma in Clinical Healthcare Support", "", TICK),
        ("Completion of the unit's chemotherapy awareness and spillage e-learning in your first month", TICK, ""),
        ("Experience",),
        ("Experience of giving personal care to adults in a hospital, hospice or care home", TICK, ""),
        ("No previous cancer care experience is required", TICK, ""),
        ("Experience of caring for people living with cancer or another long-term illness", "", TICK),
        ("Skills and abilities",),
        ("Able to take and record temperature, pulse, blood pressure and oxygen saturation", TICK, ""),
        ("Able to talk kindly and calmly with patients who are anxious or upset about their treatment", TICK, ""),
        (
            "Must check and sign the fridge temperature and resuscitation trolley log before the first patient arrives",
            TICK,
            "",
        ),
        ("Trained to take blood samples (venepuncture)", "", TICK),
        ("Knowledge",),
        (
            "Understanding of infection prevention, including why patients having chemotherapy are more likely to "
            "get infections",
            TICK,
            "",
        ),
        ("Other",),
        ("Able to work 8am to 6pm on any weekday, with one late shift until 8pm each week", TICK, ""),
        ("Satisfactory enhanced DBS check", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension Scheme, free flu vaccinations and a season "
        "ticket loan. After your first year we can fund a clinical apprenticeship for healthcare assistants who "
        "want to go further. Appointment is subject to two satisfactory references."
    )
    save(document, "v1_chemotherapy_day_unit_healthcare_assistant.docx")


def v2_haematology_day_unit_booking_coordinator() -> None:
    """The employer only in the page header; the band on a "|" line under the title; a "You must ..." duty in the
    job purpose; numbered duties; rows marked E or D with the area merged down and a "How assessed" column, with a
    training row, a duty row and a right-to-work row marked E; the closing date only in the last paragraph."""
    document = blank_docx("Calibri")
    document.sections[0].header.paragraphs[0].text = "London North West University Healthcare NHS Trust"
    document.add_heading("Haematology Day Unit Booking Coordinator", level=1)
    document.add_paragraph(
        "Band 4  |  Haematology Day Unit, Northwick Park Hospital, Watford Road, Harrow HA1 3UJ  |  37.5 hours a week"
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The haematology day unit gives blood and platelet transfusions, iron infusions and treatment for blood "
        "cancers such as lymphoma and myeloma to around 45 patients a day. The booking coordinator keeps the unit's "
        "diary running, so that every patient is booked on the right day, in the right chair, with the right tests "
        "done beforehand. You must make sure that every patient booked for a transfusion has had their "
        "cross-match sample taken and logged the day before."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Book and rebook treatment, transfusion and clinic appointments from the consultants' and nurses' requests.",
        "Build the next day's chair plan and share it with the nurse in charge and the pharmacy team.",
        "Phone patients to confirm or change their appointments, and send confirmation letters.",
        "Keep the waiting list and the weekly activity report up to date.",
        "Cover the day unit reception desk at lunchtimes and when the receptionist is away.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Requirement area", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "Good general education, including English and maths at GCSE grade 4 (C) or equivalent",
            "E",
            "A",
        ),
        ("Qualifications", "Level 3 qualification in business administration", "D", "A"),
        (
            "Qualifications",
            "Completion of the Trust's Cerner scheduling training before working alone on the booking desk",
            "E",
            "N/A",
        ),
        ("Experience", "Experience of booking appointments or managing a diary in a busy office", "E", "A / I"),
        (
            "Experience",
            "Experience of using a hospital patient administration system such as Cerner",
            "D",
            "A / I",
        ),
        ("Skills", "Able to juggle changing priorities when treatment dates move at short notice", "E", "I"),
        ("Skills", "Competent user of Microsoft Outlook and Excel", "E", "A / T"),
        (
            "Skills",
            "Must confirm the next day's treatment list with the nurse in charge by 3pm every working day",
            "E",
            "N/A",
        ),
        (
            "Skills",
            "Confident explaining appointment changes to patients and their families by telephone",
            "E",
            "I",
        ),
        (
            "Knowledge",
            "Understanding of why some haematology treatments must be given on a fixed day of the cycle",
            "D",
            "I",
        ),
        ("Knowledge", "Understanding of the need to keep patient information confidential", "E", "I"),
        ("Other", "Able to work one Saturday morning a month for the weekend transfusion clinic", "E", "I"),
        ("Other", "Right to work in the UK", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, T = short test at interview.")
    document.add_paragraph(
        "We do not expect you to know anything about blood disorders before you start: the unit's nurses will "
        "explain the treatments you book. We offer 27 days' annual leave rising to 33 with service, the NHS "
        "Pension, free staff parking after six months and a cycle-to-work scheme. Please apply by 23:59 on "
        "Tuesday 16 January 2029; interviews will be held on Tuesday 30 January 2029."
    )
    save(document, "v2_haematology_day_unit_booking_coordinator.docx")


def v3_acute_oncology_administrator() -> None:
    """A details table with two label-value pairs a row (title, reference, band, hours, employer, site, closing
    date and interview date); Essential and Desirable side by side per category, with a "No previous hospital
    experience needed ..." line and a "Must log ..." duty as second lines of Essential cells, "N/A" in one
    Desirable cell, an apprenticeship offer alone in another and an empty one."""
    document = blank_docx("Calibri")
    document.add_heading("Vacancy details", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Acute Oncology Administrator", "Reference", "C-AO-0319"),
            ("Band", "Band 3", "Hours", "37.5 hours per week"),
            (
                "Employer",
                "Chelsea and Westminster Hospital NHS Foundation Trust",
                "Site",
                "West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF",
            ),
            ("Closing date", "Monday 22 January 2029", "Interviews", "Thursday 1 February 2029"),
        ],
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our acute oncology service looks after people who become unwell during or after cancer treatment. "
        "Patients and their families ring our advice line, a nurse assesses them, and many are seen on the same "
        "day in our assessment area rather than waiting in the emergency department. As the team's "
        "administrator you will answer the line, take details and pass calls to the nurse, book follow-up "
        "appointments, type the minutes of the weekly acute oncology meeting and keep the team's records in order."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good written and spoken English, with GCSE English at grade 4 (C) or equivalent",
            "RSA, OCR or similar typing qualification",
        ),
        (
            "Experience",
            "Experience of office work that involved answering a high volume of telephone calls\n"
            f"No previous hospital experience needed {DASH} full training on the acute oncology referral log is "
            "given",
            "Experience of working in a hospital or GP surgery",
        ),
        (
            "Skills",
            "Accurate typing, including taking minutes at meetings\nAble to use Word, Outlook and Excel",
            "N/A",
        ),
        (
            "Knowledge",
            "Awareness of how personal information must be handled under data protection law",
            "Some knowledge of the medical terms used in cancer care",
        ),
        (
            "Personal qualities",
            "Able to stay calm and polite when a caller is very worried or unwell",
            "We will fund a Level 3 Business Administration apprenticeship for the right person",
        ),
        (
            "Other",
            "Able to work a rota between 8am and 6pm, Monday to Friday\n"
            "Must log every call to the acute oncology line on the referral log before the end of the shift",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave plus bank holidays, the NHS Pension, a free shuttle bus between our two "
        "main hospitals and access to our staff wellbeing service. You must have the right to work in the UK, as "
        "we cannot offer visa sponsorship for this post. Offers are subject to two references and a basic DBS check."
    )
    save(document, "v3_acute_oncology_administrator.docx")


def v4_community_palliative_care_support_worker() -> None:
    """Title and band only in the page header; the employer inside the first sentence; the closing date in a
    small table labelled "Closes"; duty bullets with a "You must ..." one; Essential and Desirable as two rows per
    area with the area merged down, "Previous palliative care experience is not required" and the DBS check as
    extra lines of Essential rows, "N/A" in one Desirable row and a benefit alone in another."""
    document = blank_docx("Arial")
    document.sections[0].header.paragraphs[0].text = f"Community Palliative Care Support Worker {DASH} Band 3"
    document.add_heading("Job description", level=1)
    document.add_paragraph(
        "Central London Community Healthcare NHS Trust's community specialist palliative care team supports people "
        "in North Kensington, Chelsea and Westminster who are in the last months of their lives, so that they can "
        "stay at home if that is what they want. The team is based at the St Charles Centre for Health and "
        "Wellbeing, Exmoor Street, London W10 6DZ."
    )
    label_value_table(
        document,
        [
            ("Reference", "326-CP-5120", "Hours", "37.5 hours a week, on a rota"),
            ("Closes", "26 January 2029", "Interviews", "6 February 2029"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "You will visit patients in their own homes and in care homes, working under the direction of our "
        "palliative care nurses. You will give personal care, help families to care for the person they love, and "
        "let the nurses know quickly when something changes."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Give personal care, including washing, mouth care and changing position, at the patient's pace",
        "Sit with patients so that their families can rest or go out",
        "Record each visit in the patient's electronic record before the end of your shift",
        "You must tell the nurse on call about any new pain or distress before you leave the home",
        "Collect and deliver equipment and medicines between the team base, pharmacies and patients' homes",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "Care Certificate or NVQ Level 2 in Health and Social Care"),
        ("Qualifications", "Desirable", "Qualification or short course in end of life care"),
        (
            "Experience",
            "Essential",
            "Experience of giving personal care to adults in their own homes or in a care home\n"
            "Previous palliative care experience is not required",
        ),
        (
            "Experience",
            "Desirable",
            "Experience of supporting a dying person and their family in a paid or voluntary role",
        ),
        (
            "Skills",
            "Essential",
            "Able to notice and report changes in a patient's condition, such as pain, breathlessness or agitation\n"
            "Able to write clear, factual notes in the patient's record",
        ),
        ("Skills", "Desirable", "Able to update an electronic patient record such as SystmOne on a tablet or phone"),
        ("Knowledge", "Essential", "Understanding of how to respect a dying person's wishes and dignity"),
        ("Knowledge", "Desirable", "N/A"),
        (
            "Other",
            "Essential",
            "Full UK driving licence and access to a car for home visits\n"
            "Able to work a rota that includes weekends and bank holidays\n"
            "Satisfactory enhanced DBS check",
        ),
        ("Other", "Desirable", "Mileage paid at NHS rates, and a lease car scheme after probation"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "Every new support worker has a four-week induction with our nurses, including end of life care training "
        "and time with the hospice team. We offer 27 days' annual leave plus bank holidays, the NHS Pension, "
        "unsocial hours payments and a tablet and phone for work."
    )
    save(document, "v4_community_palliative_care_support_worker.docx")


V5_ITEMS = [
    ("title", "Chemotherapy Scheduler"),
    ("bold", f"The Hillingdon Hospitals NHS Foundation Trust {DASH} Oncology and Haematology Day Unit"),
    ("body", "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"),
    ("gap", ""),
    ("body", "Band 3  |  \u00a327,485 to \u00a330,162 a year, including Outer London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Monday to Friday, with one Saturday a month"),
    ("heading", "About the role"),
    (
        "body",
        "Chemotherapy is given in cycles, and each cycle depends on the last: blood tests, a review with the "
        "doctor or nurse, the pharmacy making the drugs and a chair on the unit all have to line up. Our "
        "schedulers make that happen for around 400 patients at a time, and move things quickly when plans change.",
    ),
    ("heading", "What you'll do"),
    (
        "body",
        BULLET + "Book each patient's treatment cycles, blood tests and pre-treatment reviews in the right order",
    ),
    ("body", BULLET + "Move bookings when blood results, weight or a new prescription mean a treatment has to wait"),
    (
        "body",
        BULLET + "You must book every patient's next cycle before they leave the unit, and check it against the "
        "date pharmacy will release the drugs",
    ),
    ("body", BULLET + "Phone patients about changes and answer the unit's booking line"),
    ("body", BULLET + "Keep the chair plan for the next fortnight up to date for the nurse in charge"),
    ("heading", "What we're looking for"),
    ("bold", "What you'll need to bring"),
    ("body", BULLET + "Experience of scheduling, bookings or rota work where one date depends on another"),
    ("body", BULLET + "Confident with spreadsheets and quick to learn new computer systems"),
    (
        "body",
        BULLET + "Able to spot and question something that does not look right, such as a treatment booked too early",
    ),
    ("body", BULLET + "A clear, friendly telephone manner with patients who may be feeling unwell"),
    (
        "body",
        BULLET + "Available Monday to Friday, 8.30am to 5pm, and to cover the Saturday treatment list once a month",
    ),
    (
        "body",
        BULLET + f"You don't need to know anything about cancer drugs {DASH} our pharmacists and nurses will teach "
        "you how treatment cycles work",
    ),
    ("bold", "What would give you a head start"),
    ("body", BULLET + "Experience of using an oncology scheduling system such as ARIA or ChemoCare"),
    ("body", BULLET + "Experience of working in a hospital outpatient department or day unit"),
    ("body", BULLET + "A customer service or business administration qualification at Level 2 or above"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need to show that you have the right to work in the UK; we are not able to sponsor a visa for "
        "this post. Offers are subject to two references and a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", BULLET + "27 days' annual leave, rising to 33 days with service, plus bank holidays"),
    ("body", BULLET + "NHS Pension Scheme, NHS discounts and a cycle-to-work scheme"),
    ("body", BULLET + "Reduced-rate staff parking at Hillingdon Hospital"),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through NHS Jobs. Applications close at midnight on Sunday 28 January 2029, and interviews will be "
        "held at Hillingdon Hospital on Wednesday 7 February 2029.",
    ),
]

V6_ITEMS = [
    ("title", "Cancer Survivorship Support Worker"),
    ("body", "Cancer Services, Imperial College Healthcare NHS Trust"),
    ("body", "Hammersmith Hospital, Du Cane Road, London W12 0HS"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "When cancer treatment ends, many people find that the hardest part is only beginning: getting back to "
        "work, worrying about every ache, and living with the effects of treatment. Our survivorship team helps "
        "people through that time. We are looking for a Cancer Survivorship Support Worker to join us at Band 4 "
        "on an 18-month fixed-term contract, working 30 hours a week over four days. The advert closes on Thursday "
        "1 February 2029, and interviews will be held on Tuesday 13 February 2029.",
    ),
    (
        "body",
        "You will run end of treatment appointments alongside our clinical nurse specialists, help people write "
        "their own care plans, point them to the right support and organise our health and wellbeing events. You "
        "must make sure that every patient who finishes treatment is offered a needs assessment within six weeks, "
        "and that their care plan is on their record. You do not need a clinical background.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have at least two years' experience of supporting people with health or social "
        "care needs, in a paid or voluntary role. You must be able to lead a small group session, such as a health "
        "and wellbeing event, with confidence. Good IT skills are essential, because you will keep the "
        "survivorship register up to date in Excel and book patients through Cerner. It is essential that you can "
        "listen to people talk about their fears without rushing them, and know when to pass a concern to a nurse. "
        "A Level 3 qualification in health, social care or a related subject is essential.",
    ),
    (
        "body",
        "Experience of working with people affected by cancer would be beneficial. Knowledge of local services that "
        "help with money, work and benefits after a cancer diagnosis would be an advantage. Speaking a community "
        "language used in west London, such as Arabic, Somali or Polish, is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need a standard DBS check. After probation we will fund a "
        "Level 4 certificate in cancer care for support workers. You will benefit from 27 days' annual leave plus "
        "bank holidays, the NHS Pension and free, confidential counselling through our staff support service. We "
        "welcome applications from people who have been through cancer themselves.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_chemotherapy_day_unit_healthcare_assistant()
    v2_haematology_day_unit_booking_coordinator()
    v3_acute_oncology_administrator()
    v4_community_palliative_care_support_worker()
    (ADVERTS / "v5_chemotherapy_scheduler.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_cancer_survivorship_support_worker.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
