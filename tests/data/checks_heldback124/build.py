"""Build the Word and PDF adverts of the hundred-and-twenty-fourth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback124/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and PDF
helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; every Word file is saved
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

TICK = "\u2713"  # a plain check mark in the level column that applies; the other cell is left empty
DASH = "\u2013"
POUND = "\u00a3"
BULLET = "\u2022 "
WRITTEN = dt.datetime(2029, 2, 19, 10, 15, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 19, 10, 15, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=WRITTEN, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_stoma_care_support_worker() -> None:
    """The employer and service only in the page header and the closing date only in the page footer; the title as
    the heading and the band in a "|" line; duties as Word bullets; then check-mark columns under "Person
    specification | Essential | Desirable" with category rows merged across the table and E and D rows mixed within a
    category, including four rows ticked Essential that are not criteria (a workbook the job gives, "Previous
    experience of stoma care is not required", a "Must restock ..." duty and the DBS check)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[
        0
    ].text = f"Central London Community Healthcare NHS Trust {DASH} Community Stoma Care Service"
    section.footer.paragraphs[0].text = "Job reference 398-CS-2291  |  Closing date: Tuesday 6 March 2029"
    document.add_heading("Stoma Care Support Worker", level=1)
    document.add_paragraph(
        f"Band 3  |  {POUND}30,880 to {POUND}32,640 a year including Inner London High Cost Area Supplement  |  "
        "37.5 hours a week, Monday to Friday  |  Permanent"
    )
    document.add_paragraph(
        "Based at Parsons Green Health Centre, Fulham, with clinics at Charing Cross and home visits across "
        "Hammersmith and Fulham."
    )
    document.add_heading("About the service", level=2)
    document.add_paragraph(
        "Our three specialist stoma nurses look after around 900 people in the community who live with a "
        "colostomy, ileostomy or urostomy, from the first weeks at home after surgery to many years later. You "
        "will join them as the team's first support worker, seeing patients at home and in our nurse-led "
        "clinics, so that the nurses can spend their time on the most complex cases."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Visit patients at home in the weeks after they leave hospital, check how they are managing and report "
        "any skin or output problems to the nurse",
        "Show patients and their families how to empty, change and dispose of their appliance, and leave them "
        "with written steps",
        "Measure stomas and help patients find an appliance that fits, following the nurse's plan",
        "Record every visit on the same day and keep the clinic's sample and order records up to date",
        "Run the weekly drop-in with a stoma nurse and help with the patient support group each quarter",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Person specification", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("Good standard of literacy and numeracy, such as GCSE English and maths at grade 4 or above", TICK, ""),
        ("Level 3 Diploma in Health and Social Care or equivalent", "", TICK),
        (
            "Completion of the Trust's stoma appliance competency workbook within three months of starting",
            TICK,
            "",
        ),
        ("Experience",),
        (
            "Experience of providing personal care to adults in a hospital, community or care home setting",
            TICK,
            "",
        ),
        ("Previous experience of stoma care is not required", TICK, ""),
        ("Experience of supporting patients after bowel or bladder surgery", "", TICK),
        ("Skills and abilities",),
        ("Able to teach patients and carers a practical skill step by step", TICK, ""),
        ("Sensitive approach when discussing body image and intimate care", TICK, ""),
        ("Able to keep accurate written and electronic records", TICK, ""),
        ("Must restock the clinic's appliance sample cupboard every Friday", TICK, ""),
        ("Experience of using SystmOne", "", TICK),
        ("Other",),
        ("Satisfactory enhanced DBS check", TICK, ""),
        ("Able to travel independently to patients' homes across Hammersmith and Fulham", TICK, ""),
        ("Speaks a second language used locally, such as Arabic, Polish or Somali", "", TICK),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; a work phone "
        "and a travel card for visits; a funded place on the Level 3 Diploma in Health and Social Care after your "
        "first year. You must be able to show that you have the right to work in the UK; we cannot offer visa "
        "sponsorship for this post. Appointment depends on two satisfactory references."
    )
    save(document, "v1_stoma_care_support_worker.docx")


def v2_liver_clinic_healthcare_assistant() -> None:
    """The title as the heading; the employer and band only in the opening sentence; a details table with two
    label-value pairs a row, the closing date beside the interview date; numbered duties; then rows marked E or D
    with the heading merged down the first column and a "How tested" column, three rows marked E that are not
    criteria (training the job gives, a "Must check and log ..." duty and the right to work); the key, a "must"
    sentence and benefits after the table."""
    document = blank_docx("Calibri")
    document.add_heading("Liver Clinic Healthcare Assistant", level=1)
    document.add_paragraph(
        "The Hillingdon Hospitals NHS Foundation Trust is looking for a healthcare assistant at Band 3 to join the "
        "hepatology outpatient team at Hillingdon Hospital, where our consultants and specialist nurses see more "
        "than 6,000 appointments a year for people with fatty liver disease, alcohol-related liver disease, viral "
        "hepatitis and cirrhosis."
    )
    label_value_table(
        document,
        [
            ("Department", "Hepatology Outpatients", "Base", "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"),
            ("Hours", "37.5 a week, including one late clinic", "Contract", "Permanent"),
            ("Closing date", "Friday 9 March 2029", "Interviews", "Tuesday 20 March 2029"),
            ("Reference", "291-MED-7744", "Contact", "Hepatology Clinic Manager, 020 7946 0381"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "You will prepare patients for their consultation, take and record their observations and weight, support "
        "the nurses with liver stiffness scans and blood tests, and make sure every patient leaves with their next "
        "appointment booked."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Greet patients, check their details and take height, weight, blood pressure, pulse and temperature",
        "Take blood samples once trained and signed off, and label and send them to the laboratory",
        "Chaperone patients and set up rooms for the liver stiffness scan clinic",
        "Book follow-up appointments and scans before patients leave the clinic",
        "Restock clinic rooms and keep the clinic clean and safe between patients",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Heading", "Requirement", "E / D", "How tested"])
    rows = [
        ("Qualifications", "NVQ Level 2 in Health and Social Care or the Care Certificate", "E", "AF"),
        ("Qualifications", "Phlebotomy training certificate", "D", "AF"),
        ("Qualifications", "Venepuncture and FibroScan training, given during the first month", "E", "N/A"),
        (
            "Experience",
            "Experience of working as a healthcare assistant in a hospital or clinic",
            "E",
            "AF / IV",
        ),
        (
            "Experience",
            "Experience of supporting patients with long-term conditions or alcohol-related illness",
            "D",
            "AF / IV",
        ),
        (
            "Skills and abilities",
            "Able to take and record blood pressure, pulse, temperature and weight accurately",
            "E",
            "AF / T",
        ),
        ("Skills and abilities", "Able to explain a procedure calmly to anxious patients", "E", "IV"),
        (
            "Skills and abilities",
            "Able to use a computer to book appointments and record observations",
            "E",
            "AF / T",
        ),
        (
            "Skills and abilities",
            "Must check and log the clinic fridge temperature before the first patient arrives",
            "E",
            "N/A",
        ),
        (
            "Knowledge",
            "Understanding of infection prevention and control, including the safe disposal of sharps",
            "E",
            "IV",
        ),
        ("Knowledge", "Awareness of how stigma can affect people with liver disease", "D", "IV"),
        ("Other", "Willing to work one evening clinic a week, finishing at 8pm", "E", "IV"),
        (
            "Other",
            "Right to work in the UK (visa sponsorship is not available for this post)",
            "E",
            "Pre-employment checks",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("AF = application form, IV = interview, T = practical task on the interview day.")
    document.add_paragraph(
        "You must have an enhanced DBS check before you start. No previous experience of liver disease is needed; "
        "our specialist nurses will teach you. We offer 27 days' annual leave plus bank holidays, the NHS Pension, "
        "free staff parking at Hillingdon and a cycle-to-work scheme."
    )
    save(document, "v2_liver_clinic_healthcare_assistant.docx")


def v3_gastroenterology_outpatients_receptionist() -> None:
    """The band and closing date only in the page header and the employer only in the page footer; the title as the
    heading; Essential and Desirable side by side per category under "Area | Essential | Desirable", with a "No NHS
    experience needed" line in the Experience Essential cell, training the job gives alone in the Knowledge
    Desirable cell, a right-to-work line in the Other Essential cell and "N/A" in the Other Desirable cell."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Band 2  \u00b7  Closing date 12/03/2029  \u00b7  Ref 286-SUR-5503"
    section.footer.paragraphs[
        0
    ].text = (
        "London North West University Healthcare NHS Trust, Central Middlesex Hospital, Acton Lane, London NW10 7NS"
    )
    document.add_heading("Gastroenterology Outpatients Receptionist", level=1)
    document.add_paragraph(
        f"{POUND}27,690 to {POUND}28,860 a year including Outer London High Cost Area Supplement. Full time, 37.5 "
        "hours a week between 8am and 7pm, Monday to Friday. Permanent."
    )
    document.add_heading("About the clinic", level=2)
    document.add_paragraph(
        "Our gastroenterology outpatient clinics at Central Middlesex see people with indigestion, coeliac disease, "
        "inflammatory bowel disease and liver problems, as well as patients coming back after bowel surgery. Many "
        "of them are nervous or in discomfort, and the reception desk is the first face they see."
    )
    document.add_heading("What you will do", level=2)
    document.add_paragraph(
        "You will book patients in as they arrive, update their contact details, answer the clinic phone, make "
        "follow-up appointments, pull together the clinic lists for the next day and pass messages to the "
        "consultants' secretaries. You will work on a rota with three other receptionists, covering the early desk "
        "from 8am or the late desk until 7pm."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade C / 4 or equivalent",
            "NVQ Level 2 in Business Administration or Customer Service",
        ),
        (
            "Experience",
            "Experience of working on a reception desk or in another customer-facing role\n"
            f"No NHS experience needed {DASH} full training on Cerner is given",
            "Experience of working in a hospital outpatient department",
        ),
        (
            "Skills",
            "Accurate and quick keyboard skills\nCalm and polite with patients who are unwell, embarrassed or upset",
            "Experience of using Cerner or another patient administration system",
        ),
        (
            "Knowledge",
            "Understanding of why patient information must be kept confidential",
            "Medical terminology training is given in your first month",
        ),
        (
            "Other",
            f"Able to work a late shift until 7pm on a rota\nMust be eligible to work in the UK {DASH} sponsorship is "
            "not available",
            "N/A",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Why work with us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave plus bank holidays, the NHS Pension, a free staff shuttle bus between "
        "Central Middlesex and Northwick Park, and access to our staff wellbeing service. Offers are made subject "
        "to references and a basic DBS check."
    )
    save(document, "v3_gastroenterology_outpatients_receptionist.docx")


def v4_bariatric_surgery_pathway_coordinator() -> None:
    """The title, band and employer only in a two-column details table with no header row; the closing date only in
    the last paragraph; Essential and Desirable as two rows per area under "Criteria area | Level | Requirement", the
    area merged down over both rows, with "Previous NHS experience is not required" and a DBS line as second lines of
    Essential cells and training the job gives as the only line of the Knowledge Desirable row."""
    document = blank_docx("Calibri")
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Post", "Bariatric Surgery Pathway Coordinator"),
            ("Grade", "Band 4"),
            ("Employer", "Chelsea and Westminster Hospital NHS Foundation Trust"),
            ("Service", "Bariatric and Metabolic Surgery, Chelsea and Westminster Hospital, 369 Fulham Road, SW10"),
            ("Hours", "37.5 a week, with one weekday evening a month"),
            ("Salary", f"{POUND}34,210 to {POUND}37,480 a year including Inner London High Cost Area Supplement"),
            ("Reference", "C9-BAR-0517"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "People referred for weight-loss surgery go through many steps before an operation: assessment by a "
        "dietitian and a psychologist, blood tests, a sleep study, group education and a multidisciplinary meeting. "
        "The coordinator keeps each patient moving along that path, makes sure nobody is lost between steps and "
        "keeps the team's tracking list accurate, so that we meet national waiting time standards."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Book and chase each pre-operative appointment and test, and update the tracking list daily",
        "Prepare the list of patients for the weekly multidisciplinary meeting and record its decisions",
        "Be the first point of contact for patients and GPs by phone and email",
        "Set up the room and the sign-in sheet for the monthly patient support group, 6pm to 8pm",
        "Send a weekly waiting list report to the service manager",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria area", "Level", "Requirement"])
    rows = [
        ("Qualifications", "Essential", "Educated to A-level standard or equivalent"),
        (
            "Qualifications",
            "Desirable",
            "A recognised business administration qualification, such as a Level 3 Diploma",
        ),
        (
            "Experience",
            "Essential",
            "Experience of tracking patients or cases through a process with several stages and deadlines\n"
            "Previous NHS experience is not required",
        ),
        (
            "Experience",
            "Desirable",
            "Experience of working with patients referred for weight-loss surgery or specialist weight management",
        ),
        (
            "Skills",
            "Essential",
            "Excellent telephone manner, including with patients who may feel judged about their weight\n"
            "Intermediate Excel skills, including sorting, filtering and simple formulas",
        ),
        ("Skills", "Desirable", "Experience of using Cerner Millennium"),
        ("Knowledge", "Essential", "Understanding of the 18-week referral to treatment rules"),
        ("Knowledge", "Desirable", "Full training on the bariatric multidisciplinary pathway will be given"),
        (
            "Other",
            "Essential",
            "Able to attend the monthly patient support group, held on a weekday evening\n"
            "Satisfactory standard DBS check",
        ),
        ("Other", "Desirable", "Speaks Arabic, Bengali or another language common among our patients"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave rising to 33, the NHS Pension, an interest-free season ticket loan and "
        "hybrid working after your first three months. Applicants must have the right to work in the UK; this post "
        "is not eligible for visa sponsorship. Applications close at midnight on Thursday 15 March 2029, and we "
        "expect to interview on Monday 26 March 2029."
    )
    save(document, "v4_bariatric_surgery_pathway_coordinator.docx")


V5_ITEMS = [
    ("title", "Home Parenteral Nutrition Administrator"),
    ("bold", f"London North West University Healthcare NHS Trust {DASH} Intestinal Failure Unit"),
    ("body", "St Mark's Hospital, Northwick Park, Watford Road, Harrow HA1 3UJ"),
    ("body", "Closing date: Sunday 18 March 2029  |  Interviews: Wednesday 28 March 2029"),
    ("gap", ""),
    ("heading", "About the role"),
    (
        "body",
        "More than 300 adults whose gut cannot absorb enough food are fed through a line into a vein every night at "
        "home. Their feeds, pumps and supplies are delivered by homecare companies on prescriptions written by our "
        "team. As the unit's administrator you will keep those prescriptions, deliveries and clinic appointments "
        "running smoothly, and be the person patients ring when something has not arrived.",
    ),
    ("heading", "Pay and hours"),
    ("body", f"Band 3  |  {POUND}29,970 to {POUND}31,760 a year including Outer London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week, Monday to Friday, 8.30am to 4.30pm"),
    ("heading", "What the job involves"),
    (
        "body",
        f"{BULLET}Log new and changed prescriptions and send them to the right homecare company, then confirm the "
        "first delivery date with the patient",
    ),
    (
        "body",
        f"{BULLET}You must send every signed prescription to the homecare company by 2pm on a Wednesday so that it "
        "reaches the next week's delivery round",
    ),
    ("body", f"{BULLET}Keep the unit's patient register and delivery tracker up to date"),
    ("body", f"{BULLET}Book clinic and telephone reviews and type letters to GPs from the nurses' notes"),
    ("body", f"{BULLET}Answer the patient line and pass clinical questions to the nutrition nurse on call"),
    ("heading", "What you will need"),
    ("body", f"{BULLET}Experience of working in a busy office, handling phone calls and emails"),
    ("body", f"{BULLET}Able to keep a spreadsheet or database accurate and up to date"),
    ("body", f"{BULLET}Good written English for letters and emails to patients, homecare companies and GPs"),
    ("body", f"{BULLET}Able to stay calm and helpful when a patient rings worried about a missed delivery"),
    ("body", f"{BULLET}Able to work to fixed deadlines, such as the weekly prescription cut-off"),
    ("body", f"{BULLET}Able to handle sensitive patient information in confidence"),
    (
        "body",
        f"{BULLET}You don't need to know anything about intravenous feeding {DASH} our nurses and pharmacists will "
        "teach you everything you need in your first weeks",
    ),
    ("heading", "Nice to have, though not essential"),
    ("body", f"{BULLET}Experience of working for a homecare or home delivery company"),
    ("body", f"{BULLET}Knowledge of medical terminology"),
    ("body", f"{BULLET}ECDL or a similar IT qualification"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK, and we are unable to sponsor a visa for this role. The post is "
        "subject to a basic DBS check and two references covering the last three years.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET}27 days' annual leave plus bank holidays, rising with service"),
    ("body", f"{BULLET}NHS Pension Scheme, Blue Light Card and staff discounts"),
    ("body", f"{BULLET}A funded Level 3 Business Administration apprenticeship after probation, if you want it"),
    ("body", f"{BULLET}Reduced-rate parking at Northwick Park and a cycle-to-work scheme"),
]

V6_ITEMS = [
    ("title", "IBD Advice Line Coordinator"),
    ("bold", "Inflammatory Bowel Disease Service, St Mary's Hospital, Praed Street, London W2 1NY"),
    ("body", "Closing date: Wednesday 21 March 2029. Interviews: Tuesday 3 April 2029."),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Imperial College Healthcare NHS Trust cares for more than 5,000 people with Crohn's disease and ulcerative "
        "colitis, and our advice line takes around 120 calls and emails a week from patients who are having a "
        "flare, have questions about their medicines or need a test result. We are looking for a coordinator to run "
        "the line day to day so that our four specialist nurses can spend their time on the calls that need them.",
    ),
    (
        "body",
        "The post is at Band 4, full time (37.5 hours a week, Monday to Friday) and permanent. You will listen to "
        "each voicemail and read each email, take the details, book urgent calls into the nurses' diary, arrange "
        "blood and stool tests, and send out the information patients ask for. You must call back every message "
        "left on the line within one working day, even if only to say when a nurse will ring. You do not need any "
        "clinical training before you start.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in a role where you answered calls from the public and decided how "
        "urgent each one was. You must be able to write short, accurate summaries of calls for the nurses to act "
        "on. A good working knowledge of Microsoft Outlook and Word is essential. It is essential that you can talk "
        "about bowel symptoms openly and without embarrassment. You must be able to plan and prioritise your own "
        "work while the nurses are in clinic. Education to A-level standard, or an equivalent Level 3 "
        "qualification, is essential.",
    ),
    (
        "body",
        "Experience of working in a gastroenterology or IBD service would be beneficial. Some knowledge of Crohn's "
        "disease and ulcerative colitis would be an advantage. Familiarity with the Cerner patient record would be "
        "beneficial.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post cannot be sponsored for a "
        "visa, and the successful applicant will need a basic DBS check. Weekly supervision with one of the IBD "
        "nurse specialists is essential for everyone who works on the line and is built into your timetable. You "
        "will benefit from 27 days' annual leave plus bank holidays, the NHS Pension, an interest-free season "
        "ticket loan and a funded course in medical terminology in your first year.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through NHS Jobs with reference 290-MED-6112. For an informal chat, ring the IBD Nurse Consultant on "
        "020 7946 0527 or write to ibd.advice.recruitment@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_stoma_care_support_worker()
    v2_liver_clinic_healthcare_assistant()
    v3_gastroenterology_outpatients_receptionist()
    v4_bariatric_surgery_pathway_coordinator()
    (ADVERTS / "v5_home_parenteral_nutrition_administrator.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_ibd_advice_line_coordinator.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
