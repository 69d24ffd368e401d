"""Build the Word and PDF adverts of the eighty-second held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback82/build.py`. The generated files are
committed, so nothing needs this script at test time; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts. Each Word file is
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

TICK = "\u221a"  # a square-root sign, as some person specification templates use for a tick
DASH = "\u2013"
BULLET = "\u2022"
FIXED_TIME = dt.datetime(2028, 12, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 1, 9, 0, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_trainee_anatomical_pathology_technologist() -> None:
    """The title as the heading and the band on a details line, the employer and closing date only in the page
    footer; duties as Word bullets; a square-root tick in one level column under `Criteria | Essential |
    Desirable`, bold category rows merged across, and four ticked-Essential rows that are not criteria (a funded
    diploma, "No previous mortuary experience is required", a "Must record ..." duty and a DBS and occupational
    health row)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Cellular Pathology and Mortuary Services"
    section.footer.paragraphs[0].text = (
        "London North West University Healthcare NHS Trust \u00b7 Ref 331-MBS-2907 \u00b7 "
        "Closing date: Monday 15 January 2029"
    )
    document.add_heading("Trainee Anatomical Pathology Technologist", level=1)
    document.add_paragraph("Mortuary, Northwick Park Hospital, Watford Road, Harrow HA1 3UJ")
    document.add_paragraph(
        "Band 3  |  \u00a329,970 to \u00a331,880 a year including Outer London High Cost Area Supplement  |  "
        "37.5 hours a week plus on-call"
    )
    document.add_heading("About the post", level=2)
    document.add_paragraph(
        "The mortuary at Northwick Park looks after around 1,900 people a year who have died in our hospitals or "
        "in the community, and carries out post-mortem examinations for the coroner. As a trainee you will learn "
        "every part of the technologist's work under the supervision of our senior technologists, from "
        "admissions and releases to assisting at post-mortem examinations and caring for families who come to "
        "see the person who has died."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Receive deceased patients into the mortuary, confirm their identity and enter them in the mortuary register",
        "Release deceased patients to funeral directors once every form has been checked",
        "Assist the pathologist during post-mortem examinations and carry out reconstruction afterwards",
        "Prepare the viewing room and stay with families during viewings when they wish",
        "Clean and decontaminate the post-mortem room, body stores and equipment",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("GCSEs at grade 4 or above in English, maths and a science, or equivalent", TICK, ""),
        (
            "A Level 3 qualification in a science subject, such as A level Biology or a BTEC National in "
            "Applied Science",
            "",
            TICK,
        ),
        (
            "Enrolment on the RSPH Level 3 Diploma in Anatomical Pathology Technology, funded by the Trust in "
            "your first year",
            TICK,
            "",
        ),
        ("Experience",),
        ("Experience of dealing with members of the public who are upset or distressed", TICK, ""),
        ("No previous mortuary experience is required", TICK, ""),
        ("Experience of working in a mortuary, a funeral service or a healthcare setting", "", TICK),
        ("Skills and abilities",),
        ("Physically able to move and handle deceased patients using hoists and trolleys", TICK, ""),
        ("Accurate record keeping, including checking identification details against documents", TICK, ""),
        ("Must record the fridge and freezer temperatures at the start and end of every shift", TICK, ""),
        ("Basic IT skills, including email and entering data on a computer system", TICK, ""),
        ("Knowledge",),
        ("Awareness of the needs of different faiths and cultures after a death", "", TICK),
        ("Other",),
        ("Able to take part in an on-call rota covering evenings, weekends and bank holidays", TICK, ""),
        (
            "Satisfactory enhanced DBS check and occupational health clearance, including hepatitis B vaccination",
            TICK,
            "",
        ),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "A structured two-year training programme with day release, 27 days' annual leave rising to 33 with "
        "service, the NHS Pension Scheme, an on-call allowance and free, confidential counselling through our "
        "staff support service. For an informal visit, call the mortuary manager on 020 7946 0312 or email "
        "mortuary.nwp@example.com."
    )
    save(document, "v1_trainee_anatomical_pathology_technologist.docx")


def v2_medical_examiner_office_administrator() -> None:
    """The employer on a plain first line, the title as the heading, the band on the line below it; numbered
    duties; `Category | Criteria | E/D | How assessed` with the category merged down and codes A, I, T and A/I
    on every row, including three rows marked E that are not criteria (induction e-learning, a "Must complete
    ..." duty, right to work and DBS); the closing date only in the last paragraph."""
    document = blank_docx("Calibri")
    document.add_paragraph("Chelsea and Westminster Hospital NHS Foundation Trust")
    document.add_heading("Medical Examiner Office Administrator", level=1)
    document.add_paragraph(
        "Agenda for Change Band 3 \u00b7 Medical Examiner Office \u00b7 West Middlesex University Hospital, "
        "Twickenham Road, Isleworth TW7 6AF \u00b7 Permanent, 37.5 hours a week"
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our medical examiners are senior doctors who independently review every death at West Middlesex "
        "University Hospital, and in the GP practices we support, that is not referred straight to the coroner. "
        "They read the notes, talk to the doctor who cared for the patient and speak to the family, so that the "
        "cause of death is recorded accurately and any concern about care is heard. The administrator keeps "
        "this work moving, knowing that each day a family is waiting to register a death and arrange a funeral."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Log each new death on the office's case management system and request the medical records",
        "Book calls between the medical examiners and bereaved families, and type up notes of those calls",
        "Send each completed medical certificate to the register office and let the family know they can "
        "book to register",
        "Keep in touch with the bereavement office, the mortuary and the coroner's officers about urgent "
        "cases, including faith burials",
        "Produce the weekly activity figures for the lead medical examiner",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "Good general education, including GCSE English and maths at grade 4 (C) or above, or equivalent",
            "E",
            "A",
        ),
        ("Qualifications", "Level 2 qualification in business administration or medical terminology", "D", "A"),
        (
            "Qualifications",
            "Medical examiner office induction and national e-learning modules, completed in your first month",
            "E",
            "A/I",
        ),
        (
            "Experience",
            "Experience of administrative work in a busy office, including managing a shared inbox and diary",
            "E",
            "A/I",
        ),
        (
            "Experience",
            "Experience of speaking with people who are distressed or grieving, in person or by telephone",
            "E",
            "A/I",
        ),
        (
            "Experience",
            "Experience of working in a hospital bereavement, mortuary or registration office",
            "D",
            "A",
        ),
        ("Skills", "Typing speed of at least 45 words per minute with a high level of accuracy", "E", "T"),
        ("Skills", "Able to write clear, accurate notes of telephone conversations", "E", "T"),
        (
            "Skills",
            "Must complete the scrutiny record for every death referred to the office on the same working day",
            "E",
            "I",
        ),
        ("Knowledge", "Knowledge of medical terminology", "D", "I"),
        ("Knowledge", "Understanding of the process for registering a death in England", "D", "I"),
        ("Other", "Able to work to tight deadlines so that deaths can be registered within five days", "E", "I"),
        ("Other", "Right to work in the UK and a satisfactory basic DBS check", "E", "A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, T = test on the day of interview.")
    document.add_paragraph(
        "You do not need to have worked in a bereavement service before: our medical examiner officers will "
        "teach you everything you need. We offer 27 days' annual leave plus bank holidays, the NHS Pension, "
        "flexible start times and a free shuttle bus between our two main hospitals."
    )
    document.add_paragraph(
        "Closing date: Friday 19 January 2029. Interviews will be held on Tuesday 30 January 2029 at West "
        "Middlesex University Hospital. For an informal chat, ring the medical examiner officer on 020 7946 0547 "
        "or email meoffice.wmuh@example.com."
    )
    save(document, "v2_medical_examiner_office_administrator.docx")


def v3_bereavement_office_coordinator() -> None:
    """The title as the heading, then a details table with two label-value pairs a row (employer and band first,
    closing date and interview date last, both as dd/mm/yyyy); Essential and Desirable side by side per
    category, with a "not essential" training line and a right-to-work line in Essential cells, "N/A", a
    benefit alone in a Desirable cell and an empty Desirable cell."""
    document = blank_docx("Arial")
    document.add_heading("Bereavement Office Coordinator", level=1)
    label_value_table(
        document,
        [
            ("Employer", "Imperial College Healthcare NHS Trust", "Band", "Band 3"),
            (
                "Service",
                "Bereavement Office, St Mary's Hospital, Praed Street, London W2 1NY",
                "Salary",
                "\u00a331,020 to \u00a332,940 a year including Inner London High Cost Area Supplement",
            ),
            ("Hours", "37.5 hours a week, Monday to Friday, with Saturday cover", "Reference", "290-BER-5518"),
            ("Closing date", "23/01/2029", "Interviews", "06/02/2029"),
        ],
    )
    document.add_heading("About the office", level=2)
    document.add_paragraph(
        "The bereavement office at St Mary's is often the first place a family comes after someone has died in "
        "our care. We arrange the medical certificate and the medical examiner's review, book viewings with the "
        "mortuary, return belongings, and explain to families how to register the death and what to do next. "
        "The coordinator runs the office day to day with two bereavement officers and is the link with the "
        "medical examiners, the mortuary, the chaplaincy and the coroner's officers."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Educated to GCSE level or equivalent, including English",
            "Level 2 or 3 certificate in bereavement care or counselling skills",
        ),
        (
            "Experience",
            "Customer service experience, dealing with people face to face\n"
            f"Previous bereavement work is not essential {DASH} full training in our procedures is given",
            "Experience of working with funeral directors, a register office or a hospital bereavement service",
        ),
        (
            "Skills",
            "Able to explain practical procedures to families simply and sensitively\n"
            "Good IT skills, including Microsoft Word, Outlook and Excel",
            "Speaks a second language used locally, such as Arabic, Bengali or Somali",
        ),
        ("Knowledge", "Understanding of why patient information stays confidential after a death", "N/A"),
        (
            "Personal qualities",
            "Able to stay calm and keep to procedures when families are upset or angry",
            "Access to free counselling through the Trust's staff wellbeing service",
        ),
        (
            "Other",
            "Able to work one Saturday morning in four to support urgent releases for faith burials\n"
            f"Right to work in the UK {DASH} we are unable to offer visa sponsorship for this post",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave rising to 33 with service, the NHS Pension, an interest-free season "
        "ticket loan and time off in lieu for Saturday mornings. Appointment is subject to two satisfactory "
        "references and a standard DBS check. Informal enquiries to the bereavement services manager on "
        "020 7946 0185 or bereavement.stmarys@example.com."
    )
    save(document, "v3_bereavement_office_coordinator.docx")


def v4_pals_and_complaints_coordinator() -> None:
    """The employer only in the page header; the band first on a "|" line and the closing date inside the next
    "|" line; a "You must acknowledge ..." duty bullet; Essential and Desirable as two rows per area with the
    area merged down over both, a "No NHS experience is needed" line and a DBS line as second lines of Essential
    rows, and a benefit as the only line of the Other Desirable row."""
    document = blank_docx("Calibri")
    document.sections[0].header.paragraphs[0].text = "The Hillingdon Hospitals NHS Foundation Trust"
    document.add_heading("PALS and Complaints Coordinator", level=1)
    document.add_paragraph(
        "Band 4  |  Patient Experience Team  |  Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN, and "
        "Mount Vernon Hospital, Northwood"
    )
    document.add_paragraph(
        "Permanent  |  37.5 hours a week  |  Closing date: 26 January 2029  |  Interviews: 7 February 2029"
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Our Patient Advice and Liaison Service (PALS) and complaints team helps patients, families and carers "
        "who are worried or unhappy about their care at Hillingdon and Mount Vernon. Most concerns can be put "
        "right quickly by talking to the right people; others become formal complaints that need a full "
        "investigation and a written response from the Chief Executive. As coordinator you will handle a "
        "caseload of both and support the two PALS officers."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Take concerns in person, by phone, by email and through the website, and agree with each person what "
        "they want to happen",
        "Work with ward managers, matrons and consultants to find answers and put things right",
        "You must acknowledge every formal complaint in writing within three working days of receiving it",
        "Draft response letters for the Chief Executive and keep every case record up to date",
        "Run the PALS desk at Mount Vernon on a set day each week",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "What we are looking for"])
    rows = [
        ("Qualifications", "Essential", "Educated to A level standard or equivalent experience"),
        ("Qualifications", "Desirable", "Qualification in customer care, advice work or complaints handling"),
        (
            "Experience",
            "Essential",
            "Experience of resolving complaints or queries from members of the public\n"
            f"No NHS experience is needed {DASH} full training in the complaints procedure is given",
        ),
        (
            "Experience",
            "Desirable",
            "Experience of working in a PALS or complaints team in the NHS or local government",
        ),
        (
            "Skills",
            "Essential",
            "Able to negotiate with staff at all levels to find a solution for a patient or relative\n"
            "Able to write clear formal letters summarising the outcome of a concern",
        ),
        ("Skills", "Desirable", "Experience of using the Datix risk management system"),
        (
            "Knowledge",
            "Essential",
            "Understanding of consent and confidentiality when acting on behalf of a patient's family",
        ),
        ("Knowledge", "Desirable", "Awareness of the role of the Parliamentary and Health Service Ombudsman"),
        (
            "Other",
            "Essential",
            "Able to cover the PALS desk at Mount Vernon Hospital one day a week\nSatisfactory standard DBS check",
        ),
        ("Other", "Desirable", "Free staff shuttle bus between Hillingdon and Mount Vernon hospitals"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave rising to 33 with service, the NHS Pension, flexible working, staff "
        "parking at both hospitals and a funded place on our complaints investigation course after probation. "
        "For an informal discussion, call the Patient Experience Manager on 020 7946 0734 or email "
        "pals.hillingdon@example.com."
    )
    save(document, "v4_pals_and_complaints_coordinator.docx")


V5_ITEMS = [
    ("title", "Patient Feedback Volunteers Coordinator"),
    ("bold", f"Central London Community Healthcare NHS Trust {DASH} Patient Experience Team"),
    (
        "body",
        "Based at Parsons Green Health Centre, Fulham, with travel across Hammersmith and Fulham, Kensington and "
        "Chelsea and Westminster",
    ),
    ("gap", ""),
    ("body", "Band 4  |  \u00a333,410 to \u00a336,790 a year including Inner London High Cost Area Supplement"),
    ("body", "Fixed term for 18 months  |  37.5 hours a week  |  Monday to Friday, with some early evenings"),
    ("body", "Closing date: Sunday 4 February 2029 at 23:59. Interviews: Thursday 15 February 2029."),
    ("heading", "About the role"),
    (
        "body",
        "Our community nurses, therapists and clinics care for thousands of people every week, many of them in "
        "their own homes. We want to hear from far more of them about what it is like to be cared for by us, "
        "especially from people whose voices we hear least. You will build and lead a team of patient feedback "
        "volunteers who sit in clinics, telephone patients and, with consent, visit people at home, and you "
        "will turn what they hear into reports that our services act on.",
    ),
    ("heading", "What you'll do"),
    (
        "body",
        f"{BULLET} Recruit, train and support a team of around 30 volunteers with the Trust's voluntary services team",
    ),
    ("body", f"{BULLET} Plan where volunteers go each week so that every service is visited at least once a quarter"),
    (
        "body",
        f"{BULLET} You must make sure every volunteer has completed their induction and safeguarding training "
        "before they speak to a patient",
    ),
    ("body", f"{BULLET} Enter survey results on our feedback system and send monthly summaries to service managers"),
    ("body", f"{BULLET} Hold listening events with community groups and Healthwatch"),
    ("heading", "What we're looking for"),
    ("bold", "You'll definitely need"),
    ("body", f"{BULLET} Experience of recruiting, training or supervising volunteers or staff"),
    (
        "body",
        f"{BULLET} Confidence to approach patients and carers and ask about their care, including people who "
        "are frail or unwell",
    ),
    ("body", f"{BULLET} Good Excel skills, including entering survey results and producing simple charts"),
    ("body", f"{BULLET} Able to write short, clear reports of what patients have told us"),
    ("body", f"{BULLET} Able to organise a rota of volunteers and fill gaps at short notice"),
    (
        "body",
        f"{BULLET} Able to travel between clinics and patients' homes across Hammersmith and Fulham, Kensington "
        "and Chelsea and Westminster",
    ),
    (
        "body",
        f"{BULLET} You don't need to have managed volunteers in the NHS before {DASH} you'll complete our "
        "volunteer management course in your first three months",
    ),
    ("body", f"{BULLET} An enhanced DBS check, which we will arrange and pay for"),
    ("bold", "It would be a bonus if you have"),
    ("body", f"{BULLET} Experience of the NHS Friends and Family Test or another patient survey"),
    (
        "body",
        f"{BULLET} Knowledge of how to make surveys accessible, for example easy read versions or interpreters",
    ),
    ("body", f"{BULLET} A second language spoken in our local communities"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK; we are unable to offer visa sponsorship for this post. "
        "Please give us two referees who have known you for at least two years.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET} 27 days' annual leave rising to 33 with service, plus bank holidays"),
    ("body", f"{BULLET} NHS Pension Scheme and NHS discounts"),
    ("body", f"{BULLET} Travel between sites paid, and a cycle-to-work scheme"),
    ("body", f"{BULLET} A funded ILM Level 3 Award in Leadership and Management after probation"),
    (
        "body",
        "Questions? Call the Patient Experience Lead on 020 7946 0268 or email patientexperience.clch@example.com.",
    ),
]

V6_ITEMS = [
    ("title", "Spiritual and Pastoral Care Administrator"),
    ("body", "Spiritual, Pastoral and Religious Care Team, West London NHS Trust"),
    ("body", "St Bernard's Hospital, Uxbridge Road, Southall UB1 3EU"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "West London NHS Trust provides mental health, forensic and community services for people in Ealing, "
        "Hammersmith and Fulham and Hounslow. Our chaplains and faith visitors support patients of every faith "
        "and of none on our inpatient wards at St Bernard's, the Lakeside Mental Health Unit in Isleworth and "
        "the Hammersmith and Fulham Mental Health Unit. We are looking for a Spiritual and Pastoral Care "
        "Administrator to join us at Band 3 on a permanent contract of 37.5 hours a week. Applications close on "
        "Thursday 8 February 2029, and interviews will take place on Thursday 22 February 2029.",
    ),
    (
        "body",
        "You will be the team's first point of contact: answering the phone and the shared inbox, taking "
        "referrals from ward staff, keeping the chaplains' diaries and the faith visitors' rota, booking rooms "
        "for prayer and worship, and preparing for festivals and memorial services. You must log every "
        "referral for a chaplain's visit on Rio on the day it arrives. You do not need to belong to a faith "
        "community to apply.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in an administrative role where you kept records, diaries and a "
        "shared inbox in order. You must be able to use Microsoft Word, Outlook and Excel with confidence. "
        "Respect for people of all faiths and none is essential, as our team serves patients from many "
        "different backgrounds. You must be able to speak calmly and kindly with patients who are unwell or "
        "distressed, on the phone and in person. It is essential that you can work on your own for much of "
        "the week, as the chaplains spend most of their time on the wards.",
    ),
    (
        "body",
        "Experience of organising events or meetings with volunteers or community groups would be beneficial. "
        "Knowledge of the main festivals and practices of the faiths represented in West London would be an "
        "advantage. A business administration qualification at Level 2 or above would also be beneficial.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post is not eligible for visa "
        "sponsorship, and the successful candidate will need an enhanced DBS check because the role involves "
        "contact with patients. We will train you to use Rio, our electronic patient record, in your first two "
        "weeks. You will benefit from 27 days' annual leave plus bank holidays, the NHS Pension, a quiet room at "
        "every site and free parking at St Bernard's. For an informal conversation, call the Lead Chaplain on "
        "020 7946 0683 or email spiritualcare.wlt@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_trainee_anatomical_pathology_technologist()
    v2_medical_examiner_office_administrator()
    v3_bereavement_office_coordinator()
    v4_pals_and_complaints_coordinator()
    (ADVERTS / "v5_patient_feedback_volunteers_coordinator.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_spiritual_and_pastoral_care_administrator.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
