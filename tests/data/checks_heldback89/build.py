"""Build the Word and PDF adverts of the eighty-ninth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback89/build.py`. The generated files are
committed, so nothing needs this script to score them; it is kept so they can be read and rebuilt. The Word and PDF
helpers are shared with the other sets in `tests/data/advert_files.py`; every Word file is saved with fixed
core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The pasted-text adverts (v7
and v8) are plain files and are not built here.
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
BULLET = "\u2022"
WRITTEN = dt.datetime(2029, 2, 12, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 12, 9, 30, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=WRITTEN, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_health_records_retrieval_clerk() -> None:
    """Employer only in the page header; the title as the heading; band, hours and closing date in a key facts
    list; duties as bullets; a tick column for each level with category rows merged across the table; four
    ticked-Essential rows and one ticked-Desirable row that are not criteria."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = f"West London NHS Trust {DASH} Health Records Service"
    section.footer.paragraphs[0].text = "Job reference 368-HRS-2904  \u00b7  Job description and person specification"
    document.add_heading("Health Records Retrieval Clerk", level=1)
    document.add_paragraph("Health Records Library, St Bernard's Hospital, Uxbridge Road, Southall")
    document.add_heading("Key facts", level=2)
    for fact in [
        "Pay: Band 2, \u00a327,480 to \u00a328,110 a year including Outer London High Cost Area Supplement",
        "Hours: 37.5 a week, early shifts from 7am to 3pm, with a Saturday morning rota",
        "Contract: permanent",
        "Closing date: Monday 5 March 2029 (interviews on Tuesday 13 March 2029)",
    ]:
        document.add_paragraph(fact, style="List Bullet")
    document.add_heading("About the library", level=2)
    document.add_paragraph(
        "Although most of our clinical teams now record on the electronic patient record, the Trust still holds "
        "more than 180,000 sets of paper notes for people who have used our mental health, forensic and community "
        "services over the years. Clinicians, the Mental Health Act office and the legal team ask for them every "
        "day, and a team of six clerks makes sure each set reaches the right desk and comes back again."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Pull the notes requested for the next day's clinics and tribunals and send them out on the morning run",
        "Find missing notes by checking the tracking history and calling the last team that had them",
        "Re-file returned notes in terminal-digit order and box up older volumes for off-site storage",
        "Prepare volumes for scanning by removing staples and loose paper, and log every box sent",
        "Answer the library phone and the shared inbox, and keep the request log up to date",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Good standard of literacy and numeracy, such as GCSE English and maths", TICK, ""),
        ("NVQ Level 2 in Business Administration or similar", "", TICK),
        ("Completion of the Trust's records management e-learning within your first two weeks", TICK, ""),
        ("Experience",),
        ("Experience of filing, sorting or retrieving items in an office, library or warehouse", TICK, ""),
        ("No previous NHS or health records experience is needed", TICK, ""),
        ("Experience of handling paper or electronic patient records", "", TICK),
        ("Skills and abilities",),
        ("Able to follow a numerical or alphabetical filing system accurately", TICK, ""),
        ("Able to use a computer system to track the movement of records", TICK, ""),
        ("Physically able to lift boxes of notes and push loaded trolleys for much of the shift", TICK, ""),
        ("Must log the new location of every set of notes before it leaves the library", TICK, ""),
        ("Knowledge",),
        ("Understanding of why patient information must be kept confidential and secure", TICK, ""),
        ("Awareness of the mental health and community services the Trust provides", "", TICK),
        ("Other",),
        ("Able to start at 7am and work one Saturday morning in four", TICK, ""),
        ("Satisfactory standard DBS check", TICK, ""),
        ("A funded Level 2 apprenticeship in Business Administration after probation", "", TICK),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, rising with service; the NHS Pension Scheme; free parking at "
        "St Bernard's; a staff counselling service; and NHS discounts. You will need to show that you have the "
        "right to work in the UK; this post does not qualify for visa sponsorship. For an informal chat, call the "
        "Health Records Manager on 020 7946 0731."
    )
    save(document, "v1_health_records_retrieval_clerk.docx")


def v2_clinical_coding_assistant() -> None:
    """Job title, band and closing date in a details table with two label-value pairs a row; employer only in the
    page footer; a "You must never ..." sentence in the job purpose; numbered duties; an E/D column with an
    "Assessed by" column and the category merged down, three rows marked E that are not criteria."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[
        0
    ].text = f"Chelsea and Westminster Hospital NHS Foundation Trust {DASH} Job description and person specification"
    label_value_table(
        document,
        [
            ("Job title", "Clinical Coding Assistant", "Pay band", "Band 3"),
            ("Department", "Clinical Coding, Information Services", "Contract", "Permanent"),
            ("Base", "West Middlesex University Hospital, Isleworth", "Hours", "37.5 a week"),
            ("Closing date", "9 March 2029", "Reference", "C9-CC-0417"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Every day the coding team turns the care written in our patients' notes into the national codes that "
        "pay for that care and tell the NHS what is happening in our hospitals. As a Clinical Coding Assistant "
        "you will code straightforward day cases and outpatient procedures under supervision, prepare notes for "
        "the coders and keep our work queues in order. You must never take a set of notes out of the coding "
        "office without booking it out on the tracking system."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Code simple day-case and outpatient procedure episodes, with every episode checked by a senior coder "
        "until you are signed off",
        "Track and request notes for uncoded episodes, and chase missing discharge summaries with ward clerks",
        "Keep the uncoded episodes log and the queries log up to date so the team can see what is outstanding",
        "Key coding outcomes into the patient administration system accurately and on time",
        "Help with preparing notes for internal and external coding audits",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "Assessed by"])
    rows = [
        ("Education and qualifications", "GCSE English and maths at grade 4 (C) or above, or equivalent", "E", "AF"),
        ("Education and qualifications", "Data security awareness training, completed during induction", "E", "N/A"),
        ("Education and qualifications", "Certificate in medical terminology", "D", "AF"),
        ("Experience", "Experience of accurate data entry in a busy office", "E", "AF / INT"),
        (
            "Experience",
            f"Previous clinical coding experience is not required {DASH} you will join our trainee programme",
            "E",
            "N/A",
        ),
        ("Experience", "Experience of working in a hospital or other healthcare setting", "D", "AF"),
        ("Skills and abilities", "Fast and accurate keyboard skills", "E", "T"),
        ("Skills and abilities", "Able to concentrate on detailed work for long periods", "E", "INT"),
        ("Skills and abilities", "Able to use Microsoft Excel to keep simple logs and lists", "E", "AF / T"),
        ("Knowledge", "Basic knowledge of human anatomy", "E", "INT / T"),
        ("Knowledge", "Awareness of the ICD-10 and OPCS-4 classifications", "D", "INT"),
        (
            "Other",
            "Able to work some evenings and Saturday mornings in the last week of each month to meet the coding "
            "deadline",
            "E",
            "INT",
        ),
        (
            "Other",
            f"Right to work in the UK {DASH} this post is not eligible for visa sponsorship",
            "E",
            "Pre-employment",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "AF = application form   INT = interview   T = keyboard and anatomy test on the interview day"
    )
    document.add_paragraph(
        "Interviews will be held at West Middlesex on Monday 19 March 2029. We offer 27 days' annual leave plus "
        "bank holidays, the NHS Pension, a fully funded route to the Clinical Coding Standards Course once you "
        "have passed probation, and on-site staff parking. Offers are subject to references and a basic DBS check."
    )
    save(document, "v2_clinical_coding_assistant.docx")


def v3_respiratory_outpatients_receptionist() -> None:
    """Employer only in the page header; the title as the heading; the band inside a sentence; Essential and
    Desirable side by side per category, a "no hospital experience" line and a right-to-work line in Essential
    cells, "N/A" and an empty Desirable cell; the closing date only under How to apply."""
    document = blank_docx("Arial")
    document.sections[0].header.paragraphs[0].text = "The Hillingdon Hospitals NHS Foundation Trust"
    document.add_heading("Respiratory Outpatients Receptionist", level=1)
    document.add_paragraph("Chest Clinic, Hillingdon Hospital, Pield Heath Road, Uxbridge")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our chest clinic sees around 350 patients a week with asthma, COPD, sleep apnoea and lung cancer, and "
        "many of them are breathless and anxious by the time they reach us. We are looking for a receptionist on "
        "Agenda for Change Band 2 to be the first person they meet: checking them in, answering the phone, booking "
        "follow-ups and keeping the clinic running to time. The post is permanent, 37.5 hours a week, and pays "
        "\u00a327,480 to \u00a328,110 including High Cost Area Supplement."
    )
    document.add_paragraph(
        "You must check every patient's details against the system when they arrive and update any change of "
        "address or GP before they are seen. You will also print clinic lists, prepare the lung function lists "
        "for the physiologists and send outcome forms back to the booking team at the end of each session."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good general education, including English and maths at GCSE or equivalent",
            "A customer care or reception qualification, such as NVQ Level 2",
        ),
        (
            "Experience",
            "Experience of working on a reception desk or in another customer-facing role\n"
            f"No hospital experience needed {DASH} full training on our booking system is given",
            "Experience of using a hospital patient administration system",
        ),
        (
            "Skills",
            "Able to greet patients warmly and stay calm when clinics run late\n"
            "Confident using a keyboard, email and online forms",
            "Speaks a language used by local patients, such as Punjabi, Polish or Somali",
        ),
        ("Knowledge", "Understanding of patient confidentiality at a busy front desk", "N/A"),
        (
            "Other",
            "Able to work 8am to 6pm sessions on a rota, including a Thursday evening clinic until 8pm\n"
            f"Right to work in the UK {DASH} we cannot offer visa sponsorship",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave plus bank holidays, the NHS Pension, a subsidised staff restaurant "
        "and free flu jabs. The successful applicant will need satisfactory references and a basic DBS check."
    )
    document.add_heading("How to apply", level=2)
    document.add_paragraph(
        "Applications close at midnight on Monday 12 March 2029, and interviews will take place on Wednesday 21 "
        "March 2029. Questions about the role can go to the Outpatients Manager on 020 7946 0452."
    )
    save(document, "v3_respiratory_outpatients_receptionist.docx")


def v4_outpatient_partial_booking_administrator() -> None:
    """Title and band together in the heading; the employer and closing date in a two-column details table with no
    header row; duties as bullets; an Essential row and a Desirable row per area with the area merged down, a "not
    required" line and a DBS line inside Essential cells and "None" in the last Desirable cell."""
    document = blank_docx("Calibri")
    document.add_heading(f"Outpatient Partial Booking Administrator {DASH} Band 3", level=1)
    label_value_table(
        document,
        [
            ("Employer", "Imperial College Healthcare NHS Trust"),
            ("Team", "Outpatient Booking Centre, Charing Cross Hospital, Fulham Palace Road"),
            ("Hours", "37.5 a week on a rota of early and late shifts"),
            ("Salary", "\u00a329,870 to \u00a331,540 a year including Inner London High Cost Area Supplement"),
            ("Closes", "Wednesday 14 March 2029 at 23:59"),
            ("Reference", "290-OPB-1187"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "When a consultant wants to see a patient again in six months, the patient is added to our partial booking "
        "list rather than given a date straight away. About six weeks before they are due, we contact them to "
        "agree a date and time that suits them. The team looks after the follow-up lists for more than forty "
        "specialties across Charing Cross, Hammersmith and St Mary's, and you will own a group of them."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Work through your specialties' partial booking lists each week and invite patients by phone, text and letter",
        "Book agreed appointments on the patient administration system and send confirmation letters",
        "Flag patients who are overdue for follow-up to the service manager and the clinician",
        "Move patients when clinics are cancelled, starting with those whose follow-up is most urgent",
        "Answer the booking line in turn with the rest of the team",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Education", "Essential", "Educated to GCSE level or equivalent, including English"),
        ("Education", "Desirable", "ECDL or an equivalent IT qualification"),
        (
            "Experience",
            "Essential",
            "Experience of an administrative role using the telephone and email every day\n"
            "Experience of NHS outpatient booking is not required",
        ),
        ("Experience", "Desirable", "Experience of booking appointments in an NHS hospital"),
        (
            "Skills",
            "Essential",
            "Able to handle a high volume of calls, speaking clearly and politely\n"
            "Competent in Microsoft Word and Outlook",
        ),
        ("Skills", "Desirable", "Able to use Excel to sort and filter a waiting list"),
        (
            "Knowledge",
            "Essential",
            "Understanding of why follow-up appointments must be booked within the time the clinician asks for",
        ),
        ("Knowledge", "Desirable", "Knowledge of the 18-week referral to treatment rules"),
        (
            "Other",
            "Essential",
            "Able to work early (8am to 4pm) and late (10am to 6pm) shifts on a rota, Monday to Friday\n"
            "Satisfactory basic DBS check",
        ),
        ("Other", "Desirable", "None"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get full training on our systems and the national waiting time rules in your first month, "
        "27 days' annual leave plus bank holidays, the NHS Pension and an interest-free season ticket loan. "
        "Applicants must have the right to work in the UK; we are unable to sponsor visas for this role."
    )
    save(document, "v4_outpatient_partial_booking_administrator.docx")


V5_ITEMS = [
    ("title", "Virtual Clinics Coordinator"),
    ("bold", f"Band 4  {BULLET}  Community Outpatients and Digital Care"),
    ("body", "Closing date: Sunday 18 March 2029  |  Interviews: Tuesday 27 March 2029"),
    ("body", "Permanent  |  37.5 hours a week  |  Hybrid: two days a week at our Hammersmith office"),
    ("body", "\u00a332,600 to \u00a335,290 a year including Inner London High Cost Area Supplement"),
    ("heading", "About the role"),
    (
        "body",
        "Our community outpatient services, from musculoskeletal physiotherapy to diabetes education and "
        "continence, now run around a third of their appointments by video. The Virtual Clinics Coordinator "
        "makes that work: building the clinic templates, sending out links, helping patients get connected and "
        "making sure every clinician has what they need before the session starts.",
    ),
    ("heading", "What you'll be doing"),
    ("body", f"{BULLET} Set up and maintain video clinic templates for about 25 clinicians across six services"),
    (
        "body",
        f"{BULLET} Book and rearrange video appointments and keep clinic lists in step with the clinicians' diaries",
    ),
    (
        "body",
        f"{BULLET} You must send every patient their video link and our plain-English joining guide at least two "
        "working days before the appointment",
    ),
    ("body", f"{BULLET} Run a short test call with any patient who has not used video before"),
    ("body", f"{BULLET} Report each month on video appointments, missed appointments and technical problems"),
    ("heading", "Who we're looking for"),
    ("bold", "The essentials"),
    ("body", f"{BULLET} A levels, a Level 3 qualification or equivalent"),
    ("body", f"{BULLET} Experience of coordinating diaries or appointments for several people"),
    ("body", f"{BULLET} Confident setting up and running video calls on Microsoft Teams or Zoom"),
    ("body", f"{BULLET} Able to talk patients and carers through joining a video call over the phone"),
    ("body", f"{BULLET} Able to keep accurate clinic lists and booking records"),
    ("body", f"{BULLET} Able to prioritise when several clinics need setting up at once"),
    (
        "body",
        f"{BULLET} No NHS experience? That's fine {DASH} you'll be trained on SystmOne and our video consultation "
        "platform during your first month",
    ),
    ("bold", "Extras that would help"),
    ("body", f"{BULLET} Experience of working in the NHS or another healthcare organisation"),
    ("body", f"{BULLET} Experience of using SystmOne"),
    ("body", f"{BULLET} Experience of producing simple reports on clinic activity"),
    ("heading", "Things to know"),
    (
        "body",
        "You must be eligible to work in the UK; we cannot sponsor a visa for this post. The role needs a basic "
        "DBS check and two references covering the last three years.",
    ),
    ("heading", "About us"),
    (
        "body",
        "Central London Community Healthcare NHS Trust provides community health services to around two million "
        "people across London and Hertfordshire. We offer 27 days' annual leave plus bank holidays, the NHS "
        "Pension, a laptop and headset for home working and a paid volunteering day each year. Questions? Email "
        "virtualclinics.recruitment@example.com or call 020 7946 0618.",
    ),
]

V6_ITEMS = [
    ("title", f"Clinical Coder {DASH} Outpatient Procedures"),
    ("bold", "Applications close on Wednesday 21 March 2029"),
    ("gap", ""),
    ("heading", "About the role"),
    (
        "body",
        "London North West University Healthcare NHS Trust is looking for a Clinical Coder at Band 4 to join the "
        "coding team at Ealing Hospital, Uxbridge Road, Southall. You will work 37.5 hours a week, with up to two "
        "days a week at home once you are signed off, on a salary of \u00a332,600 to \u00a335,290 including High "
        "Cost Area Supplement. Interviews will be held on Thursday 29 March 2029.",
    ),
    (
        "body",
        "The outpatient procedures team codes everything from skin lesion removals and joint injections to "
        "cystoscopies and cataract operations done outside the main theatres. You must code every procedure "
        "within five working days of the attendance, and you will send queries to clinicians through the coding "
        "query log. You do not need to have coded outpatient work before; your first month is spent alongside an "
        "experienced coder.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have completed the NHS England Clinical Coding Standards Course. You must have at "
        "least one year's experience of coding hospital activity using ICD-10 and OPCS-4. A good working "
        "knowledge of medical terminology and anatomy is essential. You must be able to read clinical notes and "
        "query unclear entries politely with doctors. It is essential that you can meet monthly deadlines without "
        "losing accuracy. Confident use of an encoder such as Medicode is essential.",
    ),
    (
        "body",
        "Experience of coding outpatient procedures or day surgery would be beneficial. The National Clinical "
        "Coding Qualification (ACC) would be an advantage. Experience of taking part in a clinical coding audit "
        "would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that you have the right to work in the UK, as we are not able to sponsor visas for this "
        "post, and the appointment is subject to references and a basic DBS check. We will pay for the ACC exam and "
        "give you study time before it, and every coder has protected time each month for refresher training. You "
        "will benefit from 27 days' annual leave plus bank holidays, the NHS Pension, a cycle-to-work scheme and "
        "discounted gym membership.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through our careers site quoting reference 367-CC-5521. For an informal conversation, contact the "
        "Clinical Coding Manager at coding.recruitment@example.com or on 020 7946 0295.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_health_records_retrieval_clerk()
    v2_clinical_coding_assistant()
    v3_respiratory_outpatients_receptionist()
    v4_outpatient_partial_booking_administrator()
    (ADVERTS / "v5_virtual_clinics_coordinator.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_clinical_coder_outpatient_procedures.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
