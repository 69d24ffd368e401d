"""Build the Word and PDF adverts of held-back set 116 from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback116/build.py`. The built files are
committed, so nothing needs this script to score them; it is kept so they can be read and rebuilt. The Word and PDF
helpers come from `tests/data/advert_files.py`; every Word file is saved with fixed core-property dates and fixed zip
time stamps, so a rebuild is byte for byte the same. The two pasted-text adverts (v7 and v8) are plain files and are
not built here.
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

TICK = "\u2713"  # a plain check mark for "yes"
NO = "\u2013"  # an en dash for "no"
DASH = "\u2013"
BULLET = "\u2022 "
WRITTEN = dt.datetime(2029, 1, 8, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 1, 8, 10, 30, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=WRITTEN, external_attr=0o644 << 16)


# ---------------------------------------------------------------------------------------------------------- Word


def v1_clinical_research_facility_support_worker() -> None:
    """Tick columns with category rows merged across. The employer and the facility only in the page header, the
    closing date only in the page footer, the band in a "|" line under the title. Four ticked-Essential rows are
    not criteria: training the job gives, "No previous research experience is needed", a fridge-checking duty and
    the DBS disclosure (the first Other row)."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[
        0
    ].text = "Imperial College Healthcare NHS Trust \u00b7 NIHR Imperial Clinical Research Facility"
    section.footer.paragraphs[
        0
    ].text = "Job ref 290-CRF-1147 \u00b7 Closing date 05.03.2029 \u00b7 Interviews in the week of 12 March 2029"
    document.add_heading("Clinical Research Facility Support Worker", level=1)
    document.add_paragraph(
        "Agenda for Change Band 3 | \u00a331,120 to \u00a332,860 a year including High Cost Area Supplement | "
        "37.5 hours a week | Permanent"
    )
    document.add_paragraph("Hammersmith Hospital, Du Cane Road, London W12 0HS")
    document.add_heading("About the facility", level=2)
    document.add_paragraph(
        "Our clinical research facility is a dedicated unit of twelve beds and six clinic rooms where volunteers "
        "and patients take part in early-phase drug studies, vaccine trials and studies of new devices. Study "
        "days often begin before the main hospital wakes up, because many studies need a blood sample at exactly "
        "the same time after a dose. You will work alongside research nurses, doctors and laboratory staff, and "
        "you will often be the person a volunteer spends most time with during a long study day."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Welcome participants, show them to their bay and help them feel at ease before and during study visits",
        "Take and record blood pressure, pulse, temperature and oxygen levels at the times each protocol sets",
        "Spin, split and freeze blood samples in the facility's laboratory and log where each one is stored",
        "Prepare clinic rooms, restock supplies and make sure equipment has been cleaned between participants",
        "Keep source documents, sample logs and visit checklists complete so that monitors can check them",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Attributes", "Essential", "Desirable"])
    add_rows_with_category_rows(
        table,
        [
            ("Qualifications and training",),
            ("GCSE English and maths at grade 4 (C) or above, or equivalent", TICK, NO),
            ("Good Clinical Practice (GCP) training certificate", NO, TICK),
            (
                "Completion of the facility's venepuncture and ECG training within your first six weeks",
                TICK,
                NO,
            ),
            ("Experience",),
            (
                "Experience of caring for patients or supporting the public in a health or care setting",
                TICK,
                NO,
            ),
            ("No previous research experience is needed", TICK, NO),
            ("Experience of taking blood or processing samples in a laboratory", NO, TICK),
            ("Skills and abilities",),
            ("Able to take and record observations such as blood pressure, pulse and temperature", TICK, NO),
            ("Accurate when completing study paperwork, logs and checklists", TICK, NO),
            ("Confident using a computer, including email and spreadsheets", TICK, NO),
            (
                "Must check and record the sample fridge and freezer temperatures at the start of every shift",
                TICK,
                NO,
            ),
            ("Knowledge",),
            ("Understanding of why research participants must give informed consent", TICK, NO),
            ("Other",),
            ("Enhanced disclosure from the Disclosure and Barring Service", TICK, NO),
            ("Able to start at 7am for studies with early timed samples", TICK, NO),
        ],
    )
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension; an interest-free "
        "season ticket loan; and a protected half day each month for learning. Early starts finish early: a 7am "
        "start ends at 3.30pm. You will need to show that you have the right to work in the UK; we are unable to "
        "sponsor a visa for this role. Two references will be taken up before you start."
    )
    save(document, "v1_clinical_research_facility_support_worker.docx")


def v2_sexual_health_research_administrator() -> None:
    """E/D and How assessed columns with the category merged down. The employer as a bold first line, the band in a
    details table, the closing date only in the page header. Rows marked E that are not criteria: GCP training given
    in the first month, a consent-form filing duty and proof of the right to work (assessed before appointment)."""
    document = blank_docx("Calibri")
    document.sections[0].header.paragraphs[0].text = f"Ref 369-SHR-0482 {DASH} Closes 12 March 2029 at 23:59"
    document.add_heading("Sexual Health Research Administrator", level=1)
    first = document.add_paragraph()
    first.add_run("Chelsea and Westminster Hospital NHS Foundation Trust").bold = True
    label_value_table(
        document,
        [
            ("Department", "Sexual Health and HIV Research"),
            ("Site", "Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH"),
            ("Pay band", "Band 3, \u00a331,120 to \u00a332,860 per annum including HCAS"),
            ("Hours", "37.5 hours a week, including one late clinic each week"),
            ("Contract", "Fixed term for 24 months, funded by research grants"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our research team runs around twenty studies at any one time, from trials of new HIV treatments to "
        "studies of how people use home testing kits. You will keep the administration of these studies running "
        "smoothly: booking participants' visits, preparing study packs, keeping site files in order and being a "
        "friendly first contact for participants who phone or email the team."
    )
    document.add_heading("Main tasks", level=2)
    for task in [
        "Book and confirm study visits, and send reminders by text, email or letter",
        "Prepare visit packs, questionnaires and sample kits before each clinic",
        "Keep the team's study trackers and participant payment records up to date",
        "Take minutes at monthly study meetings and circulate actions",
        "Answer the research inbox and phone line, passing clinical questions to the research nurses",
    ]:
        document.add_paragraph(task, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    add_rows_merging_categories_down(
        table,
        [
            (
                "Qualifications",
                "Good standard of education, including GCSE English at grade 4 (C) or above",
                "E",
                "Application form",
            ),
            ("Qualifications", "Business administration qualification at Level 2 or above", "D", "Application form"),
            (
                "Qualifications",
                "Good Clinical Practice training, which you will complete in your first month",
                "E",
                "N/A",
            ),
            ("Experience", "Experience of administrative work in an office", "E", "Application form / interview"),
            (
                "Experience",
                "Experience of working in a research or clinical trials setting",
                "D",
                "Application form / interview",
            ),
            ("Skills and abilities", "Able to type accurately and keep spreadsheets up to date", "E", "Typing test"),
            ("Skills and abilities", "Able to talk with patients about sensitive subjects tactfully", "E", "Interview"),
            ("Skills and abilities", "Able to organise own workload and meet deadlines", "E", "Interview"),
            (
                "Skills and abilities",
                "Must file every signed consent form in the study's site file on the day it is received",
                "E",
                "N/A",
            ),
            ("Knowledge", "Understanding of confidentiality and data protection (GDPR)", "E", "Interview"),
            ("Knowledge", "Knowledge of sexual health or HIV services", "D", "Application form / interview"),
            ("Other", "Able to work one late clinic a week until 8pm", "E", "Interview"),
            (
                "Other",
                "Proof that you may work in the UK (we cannot sponsor a visa for this role)",
                "E",
                "Before appointment",
            ),
        ],
    )
    document.add_paragraph(
        "Key: E = essential, D = desirable. Typing test = ten minutes at the start of the interview."
    )
    document.add_paragraph(
        "You do not need to have worked in the NHS or in sexual health before. We offer 27 days' annual leave plus "
        "bank holidays, the NHS Pension, Blue Light Card discounts and a cycle-to-work scheme. The post is subject "
        "to a standard DBS check and two references. Informal enquiries to the research manager on 020 7946 0618 "
        "or shresearch@example.com."
    )
    save(document, "v2_sexual_health_research_administrator.docx")


def v3_clinical_genetics_clerical_assistant() -> None:
    """Essential and Desirable side by side per category. The employer and band in one bold line under the title,
    the closing date in a line of its own after the opening paragraph. Not criteria: a "You must ..." duty, "No NHS
    experience needed ..." in an Essential cell, "N/A" and a welcome line in Desirable cells."""
    document = blank_docx("Arial")
    document.add_heading("Clinical Genetics Clerical Assistant", level=1)
    line = document.add_paragraph()
    line.add_run("London North West University Healthcare NHS Trust \u00b7 Band 2").bold = True
    document.add_paragraph("Clinical Genetics Service, Northwick Park Hospital, Watford Road, Harrow HA1 3UJ")
    document.add_paragraph(
        "Our clinical genetics service sees families from across North West London who may carry an inherited "
        "condition, from inherited heart conditions to family histories of breast and bowel cancer. The clerical "
        "team is the first voice many families hear, and we are looking for someone warm and organised to join it "
        "on 37.5 hours a week, Monday to Friday."
    )
    document.add_paragraph(f"Closing date: Friday 16 March 2029    {DASH}    Interviews: Tuesday 27 March 2029")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "You will book appointments for genetic counsellors and consultants, type clinic letters from digital "
        "dictation, register new referrals and send out family history questionnaires. You must check every "
        "referral against the patient's hospital record before it is registered, so that no family receives a "
        "letter meant for someone else. Some weeks you will help run our outreach clinic at Ealing Hospital."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    add_rows_side_by_side(
        table,
        [
            (
                "Qualifications",
                "GCSE English and maths at grade 4 (C) or above, or Functional Skills Level 2",
                "ECDL or another IT qualification",
            ),
            (
                "Experience",
                "Experience of working in an office, reception or customer service role\n"
                f"No NHS experience needed {DASH} we give full training on our systems",
                "Experience of booking appointments in a hospital or GP surgery",
            ),
            (
                "Skills and abilities",
                "Accurate keyboard skills for typing letters and entering data\n"
                "Able to answer calls from worried families calmly and kindly",
                "Speaks a community language used in Brent or Harrow",
            ),
            (
                "Knowledge",
                "Understanding of the need to keep family and medical information private",
                "N/A",
            ),
            (
                "Other",
                "Willing to work at Northwick Park and at the outreach clinic in Ealing",
                "We welcome applicants returning to work after a career break",
            ),
        ],
    )
    document.add_heading("Working here", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension, on-site staff restaurant discounts and "
        "a free shuttle bus between our hospitals. Applicants must have the right to work in the UK, as we cannot "
        "offer sponsorship for this post. Appointment depends on two satisfactory references and a basic DBS check."
    )
    save(document, "v3_clinical_genetics_clerical_assistant.docx")


def v4_research_healthcare_assistant() -> None:
    """Essential and Desirable as two rows per area, the area merged down. The employer only in the page footer,
    the band in a "|" line, the closing date only in the last paragraph. Not criteria: "Previous research
    experience is not required" and an enhanced DBS line, each the second line of an Essential cell."""
    document = blank_docx("Verdana")
    document.sections[0].footer.paragraphs[
        0
    ].text = f"The Hillingdon Hospitals NHS Foundation Trust {DASH} Research and Innovation Department"
    document.add_heading("Research Healthcare Assistant", level=1)
    document.add_paragraph(
        "Band 3 | \u00a328,950 to \u00a330,740 a year plus Outer London High Cost Area Supplement | 37.5 hours"
    )
    document.add_paragraph("Research Office, Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN")
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Our research team runs studies in heart failure, diabetes, stroke and cancer at Hillingdon Hospital and "
        "at Mount Vernon Hospital in Northwood. As a Research Healthcare Assistant you will support research "
        "nurses with participants' study visits, collect and process samples, and help keep every visit on time "
        "and by the book."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Take observations, height and weight, and record ECGs as each study's protocol requires",
        "Take blood samples once trained, then spin, label and package them for the laboratory or courier",
        "Greet participants, explain what will happen at their visit, and keep them comfortable",
        "Record what was done at each visit clearly in the study notes",
        "Carry samples and equipment between our two hospital sites",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    add_rows_merging_categories_down(
        table,
        [
            (
                "Qualifications",
                "Essential",
                "Care Certificate, or an NVQ or Diploma at Level 2 in Health and Social Care",
            ),
            ("Qualifications", "Desirable", "Phlebotomy certificate\nGood Clinical Practice (GCP) certificate"),
            (
                "Experience",
                "Essential",
                "At least one year's experience as a healthcare assistant or care worker\n"
                "Previous research experience is not required",
            ),
            ("Experience", "Desirable", "Experience of recording ECGs"),
            (
                "Skills",
                "Essential",
                "Able to explain a study visit simply to patients and their families\n"
                "Good written English for keeping clear notes",
            ),
            ("Skills", "Desirable", "Able to use Microsoft Excel"),
            (
                "Other",
                "Essential",
                "Able to travel between Hillingdon Hospital and Mount Vernon Hospital\n"
                "Enhanced DBS clearance before you start",
            ),
            ("Other", "Desirable", "Full UK driving licence"),
        ],
    )
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave plus bank holidays, the NHS Pension, free flu vaccination and access "
        "to our staff health and wellbeing service. Travel between sites is paid for. You need the right to work in "
        "the UK: this post does not qualify for sponsorship. Applications close on Monday 19 March 2029, and "
        "interviews will be on Thursday 29 March 2029 at Hillingdon Hospital."
    )
    save(document, "v4_research_healthcare_assistant.docx")


# ----------------------------------------------------------------------------------------------------------- PDF

V5_ITEMS = [
    ("title", "Mental Health Research Recruitment Assistant"),
    ("bold", f"Central and North West London NHS Foundation Trust {DASH} Research and Development"),
    ("bold", "Closing date: Wednesday 21 March 2029 (interviews on Tuesday 3 April 2029)"),
    ("body", "Band 3 | \u00a331,120 to \u00a332,860 a year including High Cost Area Supplement"),
    ("body", "Based at St Charles Centre for Health and Wellbeing, Exmoor Street, London W10 6DZ, with travel"),
    ("gap", ""),
    ("heading", "About the team"),
    (
        "body",
        "Our research and development team helps people who use our mental health services take part in "
        "studies, from trials of new talking therapies to large surveys of physical health in people with "
        "psychosis. Many people are never told that research is open to them. Your job is to change that.",
    ),
    ("heading", "What the job involves"),
    (
        "body",
        f"{BULLET}Spending clinic days in community mental health team waiting rooms, talking to people about studies",
    ),
    ("body", f"{BULLET}Checking with care coordinators which of their patients could be approached"),
    (
        "body",
        f"{BULLET}You must record every approach, whether the person says yes or no, on the recruitment log before "
        "you leave the clinic",
    ),
    ("body", f"{BULLET}Running stalls and talks at service user groups and community events"),
    ("body", f"{BULLET}Keeping the team's recruitment figures and contact lists up to date"),
    ("heading", "You will need"),
    ("body", f"{BULLET}Experience of talking with people who have mental health problems, paid or voluntary"),
    ("body", f"{BULLET}Able to approach people in waiting rooms and explain a study in plain words"),
    ("body", f"{BULLET}Confident entering information into databases and spreadsheets accurately"),
    ("body", f"{BULLET}Able to stay calm and kind when someone is upset or says no"),
    ("body", f"{BULLET}Able to travel to community mental health teams in Brent, Harrow and Hillingdon"),
    ("body", f"{BULLET}Willing to work one evening a week for service user groups"),
    (
        "body",
        f"{BULLET}You don't need a science degree or any research background {DASH} we will teach you about each "
        "study and how consent works",
    ),
    ("heading", "It would help if you have"),
    ("body", f"{BULLET}Speaks a language used in our boroughs, such as Gujarati, Tamil, Somali or Polish"),
    ("body", f"{BULLET}Experience of taking consent or working on a research study"),
    ("body", f"{BULLET}Understanding of how community mental health teams work"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK; we are not able to sponsor a visa for this job. An enhanced "
        "DBS check and two references will be needed before you start.",
    ),
    ("heading", "What we offer"),
    ("body", f"{BULLET}27 days' annual leave, rising with service, plus bank holidays"),
    ("body", f"{BULLET}NHS Pension and a travelcard loan"),
    ("body", f"{BULLET}Time off in lieu for evening work"),
    ("body", f"{BULLET}A mentor from our lived experience research group"),
]

V6_ITEMS = [
    ("title", "Cancer Genomic Testing Coordinator"),
    ("bold", "Band 4 | Closing date 23 March 2029"),
    ("body", "Cancer Genomics Office, Charing Cross Hospital, Fulham Palace Road, London W6 8RF"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "At Imperial College Healthcare NHS Trust, more and more people with cancer have a genomic test on their "
        "tumour or their blood, and the results can change which treatment they are offered. We are looking for "
        "a coordinator to follow every test request from the clinic to the laboratory and back, working 37.5 "
        "hours a week, Monday to Friday.",
    ),
    (
        "body",
        "You will check that requests are complete, arrange for samples to be sent to the genomic laboratory, "
        "chase results that are running late and make sure each result reaches the right clinician in time for "
        "the patient's next appointment. You must log every sample on the tracker on the day it arrives, and you "
        "will escalate any request older than 21 days to the lead nurse. You do not need a background in "
        "genetics before you start.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have at least two years' experience of administration in a healthcare or "
        "laboratory setting. You must be confident tracking samples and test requests on a computer system, such "
        "as a laboratory or patient record system. Excellent written English is essential, because you will write "
        "to patients, clinicians and laboratories every day. You must be able to chase results by phone in a way "
        "that is polite but firm. It is essential that you can manage a caseload of requests that each have their "
        "own deadline. A good understanding of confidentiality is essential, as genetic results can affect whole "
        "families.",
    ),
    (
        "body",
        "A qualification at Level 3 or above in a science subject or in business administration would be "
        "beneficial. Knowledge of the National Genomic Test Directory would be an advantage. Experience of "
        "building reports in Excel, for example with pivot tables, would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, because this post is not eligible for "
        "visa sponsorship. A basic DBS check and two references are needed. After your first year we will fund "
        "a Level 4 certificate in genomics for healthcare staff if you would like one. You will have 27 days' "
        "annual leave plus bank holidays, the NHS Pension, a season ticket loan and discounts at local shops.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through NHS Jobs by midnight on the closing date. Interviews will be held at Charing Cross "
        "Hospital on Monday 2 April 2029. For an informal chat, call the team on 020 7946 0274.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_clinical_research_facility_support_worker()
    v2_sexual_health_research_administrator()
    v3_clinical_genetics_clerical_assistant()
    v4_research_healthcare_assistant()
    (ADVERTS / "v5_mental_health_research_recruitment_assistant.pdf").write_bytes(
        pdf_bytes(V5_ITEMS, title=(16, 52), bullet_indent="  ")
    )
    (ADVERTS / "v6_cancer_genomic_testing_coordinator.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(17, 50)))


if __name__ == "__main__":
    main()
