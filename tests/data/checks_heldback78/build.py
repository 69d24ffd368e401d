"""Build the Word and PDF adverts of the seventy-eighth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback78/build.py`. The generated files are
committed, so nothing needs this script to score them; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is saved
with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The pasted-text
adverts (v7 and v8) are plain files and are not built here.
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

# A square-root sign, as some Word templates use for a tick, in one level column; the other cell is left empty.
TICK = "\u221a"
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2028, 12, 4, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 12, 4, 9, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_research_and_development_administrator() -> None:
    """Title and band together in the heading, the employer only in the page footer, the closing date only in the
    last paragraph; a square-root tick in one of the Essential and Desirable columns, with bold category rows merged
    across the table and four ticked-Essential rows that are not criteria (training the job gives, "No previous
    research experience is required", a "Must log ..." duty and proof of the right to work)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.footer.paragraphs[0].text = (
        "The Hillingdon Hospitals NHS Foundation Trust \u00b7 Research and Innovation Office \u00b7 "
        "Job reference 371-RIO-0412"
    )
    document.add_heading("Research and Development Administrator (Band 4)", level=1)
    document.add_paragraph(
        f"Research and Innovation Office, Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN {DASH} "
        f"permanent, 37.5 hours a week {DASH} {POUND}31,650 to {POUND}34,590 a year including Outer London High "
        "Cost Area Supplement"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our small Research and Innovation Office looks after around 60 open studies, from drug trials in "
        "haematology to questionnaire studies in maternity. We are the first point of contact for researchers who "
        "want to run a study at Hillingdon or Mount Vernon, and we keep track of every study from the first "
        "enquiry to the day it closes. You will be the office's administrator, working closely with the Research "
        "Manager and the two Research Facilitators."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Set up and maintain the study files and the office's study tracker, and chase missing documents",
        "Book rooms, send papers and take the minutes of the monthly Research Review Group",
        "Answer the research inbox and the office phone, passing clinical questions to the facilitators",
        "Collect the monthly recruitment figures from each study team and send them to the Research Manager",
        "Raise purchase orders and invoices for research income and costs, with the finance team",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Education and qualifications",),
        ("Educated to A level standard or equivalent", TICK, ""),
        ("Good Clinical Practice (GCP) certificate", "", TICK),
        ("Completion of the NIHR Good Clinical Practice e-learning in your first month", TICK, ""),
        ("Experience",),
        ("Experience of general office administration, including taking minutes at meetings", TICK, ""),
        ("No previous research experience is required", TICK, ""),
        ("Experience of keeping a database or tracking spreadsheet accurate and up to date", TICK, ""),
        ("Experience of working in an NHS research office or on clinical studies", "", TICK),
        ("Skills and abilities",),
        ("Competent user of Microsoft Word, Excel and Outlook", TICK, ""),
        ("Able to prioritise own workload and meet deadlines set by others", TICK, ""),
        ("Must log every new study enquiry on EDGE within two working days", TICK, ""),
        ("Knowledge",),
        ("Understanding of the need to keep patient and study information confidential", TICK, ""),
        ("Awareness of the approvals a study needs before it can start in the NHS, such as HRA approval", "", TICK),
        ("Other",),
        ("Proof of the right to work in the UK", TICK, ""),
        ("Able to work on site at Hillingdon Hospital at least four days a week", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; a season "
        "ticket loan; reduced-rate staff parking; and a funded place on a research management short course after "
        "your first year. The post is subject to two satisfactory references and a basic DBS check."
    )
    document.add_heading("How to apply", level=2)
    document.add_paragraph(
        "Applications close on Tuesday 16 January 2029, and interviews will be held at Hillingdon Hospital on "
        "Tuesday 30 January 2029. For an informal chat about the post, call the Research Manager on 020 7946 0318 "
        "or email hillingdon.research@example.com."
    )
    save(document, "v1_research_and_development_administrator.docx")


def v2_clinical_trials_data_assistant() -> None:
    """The employer only in the page header, the title as the heading, the band on a "|" line, the closing date only
    in the last paragraph; numbered duties with a "must"; rows marked E or D under "Category | Criteria | E/D | How
    assessed" with the category cell merged down and E and D mixed within a category, and three rows marked E that
    are not criteria (system training during induction, a "Must complete ..." duty, the right to work)."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Imperial College Healthcare NHS Trust"
    document.add_heading("Clinical Trials Data Assistant", level=1)
    document.add_paragraph("Haematology Clinical Trials Team, Hammersmith Hospital, Du Cane Road, London W12 0HS")
    document.add_paragraph(
        f"Band 3  |  {POUND}28,410 to {POUND}30,630 a year including High Cost Area Supplement  |  "
        "37.5 hours a week  |  Fixed term for 24 months"
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our team runs more than 40 trials in blood cancers and blood disorders, from early trials of new drugs to "
        "large national studies. Every visit a trial patient makes produces data that must reach the sponsor "
        "complete and correct. The Clinical Trials Data Assistant takes information from the patient's notes, "
        "letters and results and enters it on each trial's case report forms, then answers the sponsor's questions "
        "about it."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Enter visit data from medical notes, clinic letters and laboratory results into paper and electronic "
        "case report forms.",
        "Answer data queries from sponsors and trials units, checking the source documents and asking the research "
        "nurses where needed.",
        "Keep each trial's patient log and screening log up to date.",
        "Prepare notes and files for monitoring visits and audits.",
        "You must make sure that serious adverse event forms are passed to a research nurse on the day they are found.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "GCSE English and maths at grade 4 (C) or above, or equivalent", "E", "A"),
        ("Qualifications", "A level or equivalent in a science subject", "D", "A"),
        ("Qualifications", "Completion of the InForm and Medidata Rave user training during induction", "E", "N/A"),
        ("Experience", "Experience of accurate data entry from paper or electronic records", "E", "A/I"),
        ("Experience", "Experience of completing case report forms for a clinical trial", "D", "A/I"),
        ("Experience", "Experience of using an electronic patient record such as Cerner", "D", "A/I"),
        ("Skills", "High level of accuracy and attention to detail", "E", "T"),
        ("Skills", "Good keyboard skills and a working knowledge of Excel", "E", "A/T"),
        ("Skills", "Must complete every case report form within five working days of the patient's visit", "E", "N/A"),
        ("Skills", "Able to find information in medical notes and clinic letters", "E", "I"),
        ("Knowledge", "Understanding of data protection and the confidentiality of patient records", "E", "I"),
        ("Other", f"Right to work in the UK {DASH} sponsorship is not available for this post", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("How assessed: A = application form, I = interview, T = data entry test on the day.")
    document.add_paragraph(
        "You do not need to have worked on a trial before. We offer 27 days' annual leave plus bank holidays, the "
        "NHS Pension, a season ticket loan and access to the Trust's research training programme. Appointment is "
        "subject to references and a basic DBS check."
    )
    document.add_paragraph(
        "Please apply by Wednesday 24 January 2029. Interviews will be held on Wednesday 7 February 2029. "
        "Enquiries to the Trials Manager, haem.trials@example.com, 020 7946 0452."
    )
    save(document, "v2_clinical_trials_data_assistant.docx")


def v3_research_phlebotomist() -> None:
    """Title as the heading, "employer | team" and "Band 3 | pay | hours" lines, the closing date in How to apply
    after the table; Essential and Desirable side by side per category, with a "No research experience needed" line
    and a DBS line in Essential cells, a training offer as the second line of a Desirable cell and a benefit alone in
    the last Desirable cell."""
    document = blank_docx("Calibri")
    document.add_heading("Research Phlebotomist", level=1)
    document.add_paragraph("Chelsea and Westminster Hospital NHS Foundation Trust  |  Research Delivery Team")
    document.add_paragraph("Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH")
    document.add_paragraph(
        f"Band 3  |  {POUND}28,410 to {POUND}30,630 a year including High Cost Area Supplement  |  37.5 hours, "
        "Monday to Friday"
    )
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "The Research Delivery Team runs study clinics for trials in HIV, sexual health, diabetes and dermatology. "
        "Many study visits need blood samples taken at set times, some after an overnight fast, then spun, split "
        "and frozen or sent to central laboratories the same day. You will take blood from study participants in "
        "our research clinic rooms, prepare the samples to each study's laboratory manual and keep the sample logs "
        "and freezer records."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Phlebotomy competency certificate or another recognised venepuncture qualification",
            "Care Certificate\nFunded place on the Trust's Level 3 healthcare science apprenticeship after probation",
        ),
        (
            "Experience",
            "Experience of taking blood from adults in a healthcare setting\n"
            f"No research experience needed {DASH} full training in study procedures is given",
            "Experience of processing samples: centrifuging, separating and labelling",
        ),
        (
            "Skills",
            "Able to put nervous or needle-phobic patients at ease\nAccurate labelling and record keeping",
            "Able to use Excel to keep sample logs",
        ),
        (
            "Knowledge",
            "Understanding of infection prevention and the safe disposal of sharps",
            "Knowledge of how research samples are packed and shipped under UN3373 rules",
        ),
        (
            "Other",
            "Able to start at 7.30am on study days when fasting samples are needed\nSatisfactory enhanced DBS check",
            "Free hepatitis B vaccination from Occupational Health",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave rising to 33 with service, the NHS Pension, a cycle-to-work scheme and "
        "discounts in the hospital shops. You must have the right to work in the UK; we are not able to sponsor a "
        "visa for this post."
    )
    document.add_heading("How to apply", level=2)
    document.add_paragraph(
        "The closing date is Monday 29 January 2029. For a visit to the research clinic, contact the Research "
        "Delivery Manager at cw.research.delivery@example.com or on 020 7946 0627."
    )
    save(document, "v3_research_phlebotomist.docx")


def v4_biobank_sample_logistics_assistant() -> None:
    """The employer only in the page header; the title, band and closing date only in a details table with two
    label-value pairs a row; duties as bullets with a "You must ..." in one; Essential and Desirable as two rows per
    area, the area merged down over both, with a "not required" line and a duty in Essential rows, "N/A" in one
    Desirable row and training the job gives alone in another."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "London North West University Healthcare NHS Trust"
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Post", "Biobank Sample Logistics Assistant", "Band", "Band 2"),
            ("Team", "Research Sample Store, Research and Development", "Hours", "37.5 hours a week, Monday to Friday"),
            ("Base", "Northwick Park Hospital, Watford Road, Harrow HA1 3UJ", "Reference", "342-RD-1187"),
            ("Closing date", "05/02/2029", "Interviews", "14/02/2029"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "The Research Sample Store holds more than 80,000 samples given by patients who have agreed to their blood "
        "and tissue being used for research. We receive samples from clinics and wards, store them in freezers and "
        "liquid nitrogen, and send them to universities and trial laboratories across the UK and abroad. You will "
        "make sure every sample arrives, is stored and leaves in the right condition, and that we always know where "
        "it is."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Collect samples from clinics and wards at Northwick Park, Central Middlesex and Ealing hospitals",
        "Book samples in and out of the store, and move them between freezers as space is managed",
        "Pack shipments on dry ice and arrange couriers with the receiving laboratories",
        "Order and receive consumables, dry ice and packaging, and keep stock levels up",
        "You must check and sign the freezer alarm log at the start of every shift",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria type", "Level", "What we are looking for"])
    rows = [
        ("Education", "Essential", "Good standard of literacy and numeracy, e.g. GCSE English and maths"),
        (
            "Education",
            "Desirable",
            "Certificate in packing and transporting Category B biological substances (UN3373)",
        ),
        (
            "Experience",
            "Essential",
            "Experience of stock control, storeroom or warehouse work\nPrevious laboratory experience is not required",
        ),
        ("Experience", "Desirable", "Experience of working in a laboratory or sample reception"),
        (
            "Skills",
            "Essential",
            "Able to keep accurate logs on a computer, including spreadsheets\n"
            "Careful and methodical, able to follow written procedures exactly",
        ),
        ("Skills", "Desirable", "N/A"),
        (
            "Knowledge",
            "Essential",
            "Understanding of why samples must be kept at the right temperature and be traceable",
        ),
        (
            "Knowledge",
            "Desirable",
            "Full training in the Trust's sample tracking system and in handling dry ice will be given",
        ),
        (
            "Physical and other",
            "Essential",
            "Able to lift boxes of up to 15 kg and to work in cold rooms wearing protective gloves\n"
            "You must check the liquid nitrogen levels with a colleague every Friday",
        ),
        ("Physical and other", "Desirable", "Full UK driving licence, for runs between our hospitals"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "Protective clothing and freezer gloves are provided. You will get 27 days' annual leave plus bank "
        "holidays, the NHS Pension and free parking at Northwick Park. Offers are subject to references, "
        "occupational health clearance and a basic DBS check. Questions about the post: biobank.store@example.com "
        "or 020 7946 0784."
    )
    save(document, "v4_biobank_sample_logistics_assistant.docx")


V5_ITEMS = [
    ("title", "Research Participant Recruitment Officer"),
    ("bold", f"Central and North West London NHS Foundation Trust {DASH} Research and Development"),
    (
        "body",
        "Park Royal Centre for Mental Health, Central Way, London NW10 7NS, and clinics across Brent, Harrow and "
        "Hillingdon",
    ),
    ("gap", ""),
    ("body", f"Band 4  |  {POUND}31,650 to {POUND}34,590 a year, including High Cost Area Supplement"),
    ("body", "Fixed term for 18 months  |  37.5 hours a week  |  Some early evenings"),
    ("body", "Closing date: Sunday 4 February 2029 at 23:59. Interviews: Thursday 15 February 2029."),
    ("heading", "About the role"),
    (
        "body",
        "People who use our mental health services are too often left out of research, and studies fail when they "
        "cannot find enough people willing to take part. You will join a team of four who go out to community "
        "mental health teams, memory clinics and psychology services to tell patients and carers about the studies "
        "open to them, check whether they might be eligible, and pass those who are interested to the research "
        "teams.",
    ),
    ("heading", "What you'll be doing"),
    ("body", "\u2022 Spending time in clinic waiting areas and team bases, talking with patients about our studies"),
    ("body", "\u2022 Phoning people who have agreed to be contacted about research, and booking screening visits"),
    (
        "body",
        "\u2022 You must record every approach on the study screening log on the same day, including people who say no",
    ),
    ("body", "\u2022 Running stalls at service user groups, carers' events and community festivals"),
    ("body", "\u2022 Producing a monthly summary of approaches and referrals for each study"),
    ("heading", "Who we're looking for"),
    ("bold", "The things you will need"),
    ("body", "\u2022 Educated to A level standard, or a Level 3 qualification in health or social care"),
    (
        "body",
        "\u2022 Experience of talking with members of the public about sensitive subjects, face to face and by phone",
    ),
    ("body", "\u2022 Experience of keeping accurate records of contacts on a database or spreadsheet"),
    (
        "body",
        "\u2022 Able to explain what taking part in a study involves in plain language, without putting pressure on "
        "anyone",
    ),
    ("body", "\u2022 Comfortable approaching people with mental health conditions in clinics and waiting areas"),
    (
        "body",
        "\u2022 Able to travel to clinics across Brent, Harrow and Hillingdon, including some early evenings",
    ),
    (
        "body",
        f"\u2022 You don't need a research background {DASH} we will teach you how consent works and put you "
        "through Good Clinical Practice training in your first month",
    ),
    ("bold", "Things that would give you a head start"),
    ("body", "\u2022 Experience of recruiting people to research studies, surveys or trials"),
    (
        "body",
        "\u2022 Speaks a language widely used in North West London, such as Gujarati, Tamil, Somali or Polish",
    ),
    ("body", "\u2022 Experience of using an electronic patient record such as SystmOne or Rio"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK, as we cannot offer visa sponsorship for this post. The post "
        "needs an enhanced DBS check, because you will meet adults at risk. We will ask for two references covering "
        "the last three years.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave, rising to 33 days with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme and a travel allowance for journeys between clinics"),
    ("body", "\u2022 A funded Level 4 certificate in clinical research practice after your first year"),
    ("body", "\u2022 Questions? Email cnwl.research.recruit@example.com or call 020 7946 0935"),
]

V6_ITEMS = [
    ("title", "Primary Care Research Administrator"),
    ("body", "Research Team, Hammersmith and Fulham GP Federation"),
    ("body", "Federation office in Hammersmith, with regular visits to member practices across the borough"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Hammersmith and Fulham GP Federation brings together the borough's GP practices, and our research team "
        "helps them take part in studies of new treatments, tests and ways of working. We are looking for a Primary "
        "Care Research Administrator to support our two research nurses. The post is paid at Agenda for Change "
        "Band 3, for 30 hours a week over four days, and the closing date is Friday 9 February 2029; interviews "
        "will be held in the week beginning 19 February.",
    ),
    (
        "body",
        "Day to day you will find patients who might be suitable for a study, send them invitations from their own "
        "practice, book their study appointments and keep the study files and recruitment figures up to date. You "
        "must send each practice its study figures by the fifth working day of every month, so that the practice "
        "can claim for the work it has done. You do not need any research experience to apply.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a GP practice or another healthcare setting where you dealt "
        "directly with patients. You must be confident using EMIS Web or SystmOne to search for patients and book "
        "appointments. It is essential that you can write clear letters and text messages to patients in plain "
        "English. Good Excel skills are essential, because you will keep the recruitment figures for every study "
        "across our practices. You must be able to plan your own week and work without close supervision. It is "
        "essential that you understand why patient data can only be shared for research with the right consent.",
    ),
    (
        "body",
        "Experience of running searches or recalls on a GP clinical system would be beneficial. A Good Clinical "
        "Practice certificate would be an advantage. Knowledge of the NIHR research portfolio and how practices are "
        "paid for research activity would be beneficial.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as the federation cannot sponsor visas "
        "for this post, and the successful candidate will need a standard DBS check. We will pay for your Good "
        "Clinical Practice training in your first month. You will benefit from 25 days' annual leave plus bank "
        "holidays, the NHS Pension, and a laptop and phone for working between practices. For an informal "
        "conversation, email hf.research@example.com or call 020 7946 0263.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_research_and_development_administrator()
    v2_clinical_trials_data_assistant()
    v3_research_phlebotomist()
    v4_biobank_sample_logistics_assistant()
    (ADVERTS / "v5_research_participant_recruitment_officer.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_primary_care_research_administrator.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
