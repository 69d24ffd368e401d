"""Build the Word and PDF adverts of the seventy-second held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback72/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is
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
FIXED_TIME = dt.datetime(2028, 12, 4, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 4, 9, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_urology_medical_secretary() -> None:
    """The employer and division only in the page header, the band inside the opening sentence, the closing date
    only in the page footer; duties as bullets; tick columns under "Criteria | Essential | Desirable" with bold
    category rows merged across, and four ticked-Essential rows that are not criteria (training the job gives,
    "No previous hospital experience is needed", a "Must ... before ..." duty and the right to work)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[
        0
    ].text = f"Imperial College Healthcare NHS Trust {DASH} Surgery, Cancer and Cardiovascular Division"
    section.footer.paragraphs[
        0
    ].text = "Closing date: 16 January 2029 \u00b7 Job reference 290-SCC-1187 \u00b7 Urology Secretarial Team"
    document.add_heading("Urology Medical Secretary", level=1)
    document.add_paragraph(
        "This is a permanent, full-time Band 4 post in the urology secretarial team at Charing Cross Hospital, "
        "Fulham Palace Road, London W6 8RF. You will work 37.5 hours a week, Monday to Friday, as secretary to "
        "two consultant urologists and their junior doctors."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Type clinic letters, discharge summaries and operation notes from digital dictation",
        "Keep the consultants' diaries and book patients onto clinic and theatre lists",
        "Answer calls from patients, GPs and other hospitals, and deal with queries or pass them on",
        "Track results and chase outstanding investigations before each patient's next appointment",
        "Cover the other urology secretaries during leave and sickness",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and qualifications",),
        (
            "Level 3 qualification in text processing or audio transcription (such as OCR or RSA), or equivalent "
            "experience",
            TICK,
            "",
        ),
        ("AMSPAR Level 3 Diploma for Medical Secretaries", "", TICK),
        ("Completion of the Trust's Cerner and digital dictation training during your first month", TICK, ""),
        ("Experience",),
        (
            "Experience of working as a secretary or personal assistant, typing letters from audio dictation",
            TICK,
            "",
        ),
        ("No previous hospital experience is needed", TICK, ""),
        ("Experience of working in an NHS outpatient or surgical department", "", TICK),
        ("Skills and abilities",),
        ("Audio typing at 50 words per minute or more with a high level of accuracy", TICK, ""),
        ("Sound knowledge of medical terminology", TICK, ""),
        ("Able to manage a consultant's diary, clinic lists and theatre lists", TICK, ""),
        (
            "Must have every clinic letter typed and sent before the end of the fifth working day after the clinic",
            TICK,
            "",
        ),
        ("Knowledge",),
        ("Understanding of patient confidentiality and the Caldicott principles", TICK, ""),
        (
            "Awareness of urgent suspected cancer (two-week-wait) referrals and why they are prioritised",
            "",
            TICK,
        ),
        ("Other",),
        ("Able to work flexibly to cover colleagues' leave, including 8am starts on theatre days", TICK, ""),
        ("Evidence of the right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; an "
        "interest-free season ticket loan; and discounted membership of the staff gym at Charing Cross. The post "
        "is offered subject to two satisfactory references and a standard DBS check."
    )
    save(document, "v1_urology_medical_secretary.docx")


def v2_acute_medical_unit_ward_clerk() -> None:
    """The title as the heading, the employer on the next line, a one-pair-a-row details table ("Grade | Agenda for
    Change Band 2", "Closing date | 22/01/2029"); a "You must ..." duty among numbered responsibilities; rows marked
    E or D under "Factor | Requirement | E/D | How assessed" with the factor merged down, and three rows marked E
    that are not criteria (induction training, a duty, a DBS check); the key, then "no experience needed"."""
    document = blank_docx("Calibri")
    document.add_heading("Acute Medical Unit Ward Clerk", level=1)
    document.add_paragraph("London North West University Healthcare NHS Trust")
    label_value_table(
        document,
        [
            ("Grade", "Agenda for Change Band 2"),
            ("Hours", "37.5 hours a week on a rota of early (7am to 3pm) and late (1pm to 9pm) shifts"),
            ("Base", "Acute Medical Unit, Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
            ("Contract", "Permanent"),
            ("Closing date", "22/01/2029"),
            ("Reference", "362-MED-4410"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The Acute Medical Unit admits up to 60 patients a day from the Emergency Department and from GPs. The ward "
        "clerk is the first person that patients, relatives and visiting staff meet at the desk, and keeps the "
        "unit's paperwork and patient records moving so that doctors and nurses can get on with caring for people."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Admit, transfer and discharge patients on the patient administration system as they arrive and leave.",
        "Answer the ward telephone and the door, and take messages for the nursing and medical teams.",
        "You must update the bed state and the expected discharge list before the 8.30am board round every day.",
        "Order stationery and keep the ward's notes trolley, forms and leaflets stocked.",
        "Book hospital transport and follow-up appointments for patients going home.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Requirement", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "Good general education, including GCSE English and maths at grade 4 (C) or equivalent",
            "E",
            "A",
        ),
        ("Qualifications", "NVQ Level 2 or above in Business Administration or Customer Service", "D", "A"),
        (
            "Qualifications",
            "Trust induction and Cerner ward clerk training, completed in your first two weeks",
            "E",
            "N/A",
        ),
        ("Experience", "Experience of reception or front-desk work in a busy setting", "E", "A / I"),
        ("Experience", "Experience of working on a hospital ward or in another healthcare setting", "D", "A / I"),
        ("Skills", "Accurate keyboard skills for entering patient information", "E", "A / T"),
        ("Skills", "Able to stay calm and polite with relatives who are upset or angry", "E", "I"),
        (
            "Skills",
            "Must finish the discharge paperwork for each patient before their bed is handed over",
            "E",
            "N/A",
        ),
        ("Knowledge", "Understanding of the need to keep patient information confidential", "E", "I"),
        ("Knowledge", "Familiarity with Cerner or another patient administration system", "D", "A / I"),
        (
            "Other",
            "Able to work a rota of early and late shifts, including weekends and bank holidays",
            "E",
            "A / I",
        ),
        ("Other", "Satisfactory standard DBS check", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("Key: A = application form, I = interview, T = test on the day.")
    document.add_paragraph(
        "No experience of hospital work is needed: you will shadow an experienced ward clerk for your first two "
        "weeks. We offer 27 days' annual leave plus bank holidays, unsocial hours payments, the NHS Pension and "
        "free use of the staff gym at Northwick Park."
    )
    save(document, "v2_acute_medical_unit_ward_clerk.docx")


def v3_gynaecology_patient_access_administrator() -> None:
    """The employer only in the page header; the title as the heading, then "directorate | hospital and address"
    and "Band 3 | pay | hours"; the closing date only in a How to apply sentence after the table; Essential and
    Desirable side by side per category, with "no NHS experience required" and a "Must book ... before ..." duty as
    second lines of Essential cells and "N/A" in the Other Desirable cell."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "The Hillingdon Hospitals NHS Foundation Trust"
    document.add_heading("Gynaecology Patient Access Administrator", level=1)
    document.add_paragraph("Women's Health Directorate | Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN")
    document.add_paragraph("Band 3 | \u00a327,950 to \u00a330,680 a year plus outer London allowance | 37.5 hours")
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "Our patient access team books every gynaecology outpatient appointment, procedure and scan, from first "
        "referral to discharge. You will manage your own share of the referrals, book patients in date order and "
        "by clinical priority, answer the booking line and help patients who need to change their appointment. "
        "Many of our patients are worried about what their appointment will find, and a kind, clear voice on "
        "the phone makes a real difference."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSEs (or equivalent) in English and maths at grade 4/C or above",
            "European Computer Driving Licence (ECDL) or a similar IT qualification",
        ),
        (
            "Experience",
            "Experience of booking appointments or managing a diary in a busy office\n"
            f"No previous NHS experience required {DASH} full training on the Trust's booking systems will be given",
            "Experience of working in a hospital outpatient or booking team",
        ),
        (
            "Skills",
            "Confident and clear telephone manner, including with patients who are anxious or upset\n"
            "Good working knowledge of Microsoft Outlook and Excel",
            "Able to speak a language used by local patients, such as Punjabi, Polish or Somali",
        ),
        (
            "Knowledge",
            "Understanding of why patient information must be kept confidential",
            "Awareness of NHS waiting time standards, such as the 18-week referral to treatment target",
        ),
        (
            "Other",
            "Able to work one late shift a week until 7pm\n"
            "Must book every new referral before the end of the second working day after it arrives",
            "N/A",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("How to apply", level=2)
    document.add_paragraph(
        "Please apply through NHS Jobs by Friday 26 January 2029; interviews will be held on Tuesday 6 February "
        "2029. We cannot offer visa sponsorship for this post, and the successful candidate will need two "
        "satisfactory references and a basic DBS check. In return you will get 27 days' annual leave plus bank "
        "holidays, the NHS Pension, free staff parking and access to our staff wellbeing service."
    )
    save(document, "v3_gynaecology_patient_access_administrator.docx")


def v4_childrens_outpatients_clinic_preparation_assistant() -> None:
    """The employer on a plain first line, the title and band together in the heading ("... Assistant - Band 2"),
    the closing date only in the last paragraph; Essential and Desirable as two rows per area under "Requirement
    area | Essential or desirable | Criteria" with the area merged down over both, a "no experience" line and a
    "Must ... before 2pm" duty inside Essential rows, a training line as the only line of one Desirable row and
    "N/A" in another."""
    document = blank_docx("Calibri")
    document.add_paragraph("Chelsea and Westminster Hospital NHS Foundation Trust")
    document.add_heading(f"Children's Outpatients Clinic Preparation Assistant {DASH} Band 2", level=1)
    document.add_paragraph(
        "Chelsea Children's Hospital outpatients, Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 "
        "9NH. 37.5 hours a week, Monday to Friday, with an occasional Saturday morning clinic."
    )
    document.add_heading("The role", level=2)
    document.add_paragraph(
        "Every day our children's outpatient department runs up to 30 clinics, from asthma and allergy to "
        "surgery follow-up. Before each clinic the notes for every child must be found, put in order, checked "
        "and tracked to the right room. You will prepare the notes and clinic packs for the following day, print "
        "the clinic lists and labels, and return notes to health records after each clinic."
    )
    for duty in [
        "Pull and prepare notes for the next day's clinics from the list on the patient record system",
        "Add the latest letters and results to each child's notes in date order",
        "Track every set of notes to its clinic room and back to the library",
        "Make up clinic packs of forms, growth charts and leaflets",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Requirement area", "Essential or desirable", "Criteria"])
    rows = [
        ("Education", "Essential", "Good standard of literacy and numeracy"),
        (
            "Education",
            "Desirable",
            "Level 2 qualification in Business Administration or Health and Social Care",
        ),
        (
            "Experience",
            "Essential",
            "Experience of sorting, filing or preparing paperwork in an office, shop or warehouse\n"
            "No experience of working with children or in a hospital is required",
        ),
        ("Experience", "Desirable", "Experience of working in a hospital outpatient department"),
        (
            "Skills",
            "Essential",
            "Able to use a computer to print clinic lists and look up patient details\n"
            "Careful and methodical, with good attention to detail\n"
            "Must have the notes for the next day's clinics prepared and tracked before 2pm",
        ),
        ("Skills", "Desirable", "Experience of using Cerner or another electronic patient record"),
        (
            "Knowledge",
            "Essential",
            "Understanding of the importance of confidentiality when handling patient notes",
        ),
        (
            "Knowledge",
            "Desirable",
            "Training in the Trust's health records tracking procedures will be given during induction",
        ),
        (
            "Other",
            "Essential",
            "Able to lift and carry boxes of case notes weighing up to 10 kg\n"
            "Able to start at 7.30am Monday to Friday, with occasional Saturday clinics",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will have 27 days' annual leave plus bank holidays, the NHS Pension, Blue Light Card discounts and "
        "a cycle-to-work scheme. Applicants must have the right to work in the UK, and the post needs an enhanced "
        "DBS check because you will work in a children's service. The closing date for this vacancy is 30 January "
        "2029 at midnight, and interviews will take place on Thursday 8 February 2029."
    )
    save(document, "v4_childrens_outpatients_clinic_preparation_assistant.docx")


V5_ITEMS = [
    ("title", "Health Records Archive Assistant"),
    ("bold", "Central and North West London NHS Foundation Trust | Health Records Service"),
    ("body", "St Charles Centre for Health and Wellbeing, Exmoor Street, London W10 6DZ"),
    ("gap", ""),
    ("heading", "At a glance"),
    ("body", "Pay: Agenda for Change Band 2, \u00a325,120 to \u00a326,004 a year including Inner London allowance"),
    ("body", "Hours: 37.5 a week, Monday to Friday, 8am to 4pm"),
    ("body", "Contract: Permanent"),
    ("body", "Applications close at 11.59pm on Sunday 4 February 2029. Interviews: Tuesday 13 February 2029."),
    ("heading", "About the role"),
    (
        "body",
        "Our archive holds more than 200,000 sets of paper records for people who have used our mental health and "
        "community services across Kensington, Chelsea and Westminster. Clinicians still need many of them, and "
        "every request has to be found, tracked and sent the same day. You will join a small team of four who "
        "keep the archive in order, retrieve and return records, and prepare old records for scanning or for "
        "secure destruction when their retention period ends.",
    ),
    ("heading", "Your day"),
    ("body", "\u2022 Find and retrieve records requested by clinical teams, and send them out by internal post or van"),
    (
        "body",
        "\u2022 Return records to the shelves in the right order and update their location on the tracking system",
    ),
    (
        "body",
        "\u2022 You must log every box that leaves the store on the tracking system before it is loaded onto the van",
    ),
    ("body", "\u2022 Prepare boxes of old records for the scanning contractor and check them back in"),
    ("body", "\u2022 Help with the yearly count of the archive and the review of records due for destruction"),
    ("heading", "Who we're looking for"),
    ("bold", "What you'll bring"),
    ("body", "\u2022 A good standard of reading, writing and basic maths"),
    ("body", "\u2022 Experience of filing, stock control or any work that involves keeping items in order"),
    ("body", "\u2022 Able to stand, bend, climb a step ladder and push trolleys of records for much of the day"),
    ("body", "\u2022 Able to follow a written procedure step by step without cutting corners"),
    ("body", "\u2022 Basic computer skills, such as searching a database and entering data"),
    ("body", "\u2022 A careful approach to confidential information"),
    (
        "body",
        f"\u2022 No previous health records experience needed {DASH} we will train you on the tracking system and "
        "our retention rules in your first fortnight",
    ),
    ("bold", "It would be great if you also have"),
    ("body", "\u2022 Experience of working in a health records library, archive or scanning bureau"),
    ("body", "\u2022 Knowledge of the NHS Records Management Code of Practice"),
    ("body", "\u2022 A full UK driving licence, for occasional trips to our off-site store in Park Royal"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need to show that you have the right to work in the UK; we are not able to offer visa "
        "sponsorship for this post. Offers are made subject to two references and a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave, rising to 33 with service, plus bank holidays"),
    ("body", "\u2022 The NHS Pension Scheme and NHS discounts"),
    ("body", "\u2022 Safety shoes and a fleece provided"),
    ("body", "\u2022 The chance to study for a Level 3 health records qualification after your first year"),
]

V6_ITEMS = [
    ("title", "Forensic Psychiatry Medical Secretary"),
    ("bold", "Forensic Services, West London NHS Trust"),
    ("body", "Three Bridges Regional Secure Unit, Uxbridge Road, Southall UB1 3EU"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Our forensic services care for adults who have been in contact with the criminal justice system and need "
        "treatment in a secure hospital. We are looking for a Forensic Psychiatry Medical Secretary to support "
        "three consultant forensic psychiatrists and their teams. The post is Band 4 and full time, at 37.5 hours "
        "a week. The closing date is Friday 9 February 2029, and interviews will be held on Wednesday 21 February.",
    ),
    (
        "body",
        "You will type clinic letters, ward round summaries and reports for Mental Health Tribunals, the Crown "
        "Court and the Ministry of Justice, keep the consultants' diaries and organise the weekly care programme "
        "approach meetings. You must make sure that every tribunal report reaches the Mental Health Act office at "
        "least three weeks before the hearing. You do not need to have worked in a secure hospital before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked as a secretary or administrator, producing letters and reports for a "
        "manager or professional. Fast and accurate audio typing is essential, as our consultants dictate long "
        "reports for tribunals and courts. You must be able to keep strict confidentiality about sensitive and "
        "often distressing information. It is essential that you can organise meetings, take clear minutes and "
        "send them out promptly. Good working knowledge of Microsoft Word, including formatting long documents, is "
        "essential.",
    ),
    (
        "body",
        "Experience of working in a mental health or forensic service would be beneficial. Knowledge of the Mental "
        "Health Act 1983 would be an advantage. A Level 3 qualification in business administration is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as we cannot offer visa sponsorship for "
        "this post, and the successful candidate will need an enhanced DBS check. In your first week you will "
        "complete the Trust's security induction and keys training. You will benefit from 27 days' annual leave "
        "plus bank holidays, the NHS Pension, free parking on the St Bernard's site and a cycle-to-work scheme.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_urology_medical_secretary()
    v2_acute_medical_unit_ward_clerk()
    v3_gynaecology_patient_access_administrator()
    v4_childrens_outpatients_clinic_preparation_assistant()
    (ADVERTS / "v5_health_records_archive_assistant.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_forensic_psychiatry_medical_secretary.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
