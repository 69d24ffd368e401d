"""Build the Word and PDF adverts of the hundred-and-twenty-fifth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback125/build.py`. The generated files are
committed, so nothing needs this script to read them; it is kept so they can be read and rebuilt. The Word and PDF
helpers are in `tests/data/advert_files.py`. Every Word file is saved with fixed core-property dates and fixed zip
time stamps, so a rebuild is byte for byte the same. The pasted-text adverts (m7 and m8) are plain files and are not
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

CHECK = "\u2713"  # a plain check mark in the level column that applies; the other cell is left empty
DASH = "\u2013"
POUND = "\u00a3"
WRITTEN = dt.datetime(2029, 1, 22, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 1, 22, 10, 30, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=WRITTEN, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def m1_obstetric_ultrasound_clinic_assistant() -> None:
    """Shape 1: the employer and directorate only in the page header, the closing and interview dates only in the
    page footer; the title as the heading and the band in a "|" line; duties as Word bullets; a check mark in the
    Essential or Desirable column with bold category rows merged across the table; four checked-Essential rows
    that are not criteria (training given at induction, "No previous NHS experience needed", a "Must restock ..."
    duty and a basic DBS check); benefits at the end."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[
        0
    ].text = f"Chelsea and Westminster Hospital NHS Foundation Trust {DASH} Women's and Children's Directorate"
    section.footer.paragraphs[
        0
    ].text = "Ref 333-WCD-2291  \u00b7  Closing date: Monday 5 March 2029  \u00b7  Interviews: Thursday 15 March 2029"
    document.add_heading("Obstetric Ultrasound Clinic Assistant", level=1)
    document.add_paragraph(
        f"Band 2  |  {POUND}25,870 a year plus {POUND}4,430 Inner London allowance  |  37.5 hours, Monday to Friday "
        "with a late clinic and a Saturday on a rota  |  Permanent"
    )
    document.add_heading("The pregnancy scanning unit", level=2)
    document.add_paragraph(
        "Our antenatal ultrasound unit on the second floor of Chelsea and Westminster Hospital, 369 Fulham Road, "
        "carries out around 22,000 pregnancy scans a year, from dating and nuchal scans to growth scans late in "
        "pregnancy. For most families a scan is a happy day, but some come to us worried, and a few leave with "
        "news they were not expecting. The clinic assistant is the first person they meet."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Welcome women and their birth partners at the unit's front desk and check them in for their scan",
        "Confirm each woman's details against her booking before she goes into the scan room",
        "Book follow-up and growth scans and move appointments when a clinic overruns",
        "Act as a chaperone in the scan room when the sonographer asks",
        "Print scan photos for families and take payment for extra prints",
        "Keep the waiting area calm and tidy, and let the coordinator know when a clinic is running late",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Requirements", "Essential", "Desirable"])
    add_rows_with_category_rows(
        table,
        [
            ("Qualifications and training",),
            (
                "Good standard of literacy and numeracy, such as GCSE English and maths at grade 4 or above",
                CHECK,
                "",
            ),
            ("Level 2 qualification in customer service or healthcare support", "", CHECK),
            ("Chaperone and scan-room safety training, completed during your induction", CHECK, ""),
            ("Experience",),
            ("Experience of dealing with the public in a busy shop, reception or clinic", CHECK, ""),
            ("No previous NHS experience needed", CHECK, ""),
            ("Experience in a maternity, antenatal or women's health service", "", CHECK),
            ("Skills and abilities",),
            ("Able to welcome and reassure anxious pregnant women and their partners", CHECK, ""),
            ("Accurate data entry, including checking each patient's identity before their scan", CHECK, ""),
            ("Able to book and change appointments on a computer system", CHECK, ""),
            ("Speaks a language used by local families, such as Arabic, Polish, Somali or Punjabi", "", CHECK),
            ("Must restock gel, couch roll and wipes in every scan room at the end of each list", CHECK, ""),
            ("Other",),
            ("Satisfactory basic DBS check", CHECK, ""),
            ("Able to work one late clinic until 8pm each week and one Saturday in four", CHECK, ""),
        ],
    )
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension Scheme, a season ticket loan, and a free staff "
        "scan-photo print for anyone expecting a baby of their own. You will need the right to work in the UK and "
        "two references. For an informal chat, call the unit coordinator on 020 7946 0731."
    )
    save(document, "m1_obstetric_ultrasound_clinic_assistant.docx")


def m2_mri_safety_screening_assistant() -> None:
    """Shape 2: the directorate and hospital only in the page header; the title as the heading; a two-column details
    table with no header row holding the employer, "Band 3" and the closing date; a duty with "must" in the job
    purpose; numbered duties; rows marked E or D with the category merged down the first column and a "How assessed"
    column; three E rows that are not criteria (training given in the first four weeks, a "Must confirm ..." duty
    and the right to work); the key, then "You do not need to have worked in MRI before", DBS and benefits."""
    document = blank_docx("Calibri")
    document.sections[0].header.paragraphs[0].text = f"Radiology Directorate {DASH} Northwick Park Hospital"
    document.add_heading("MRI Safety Screening Assistant", level=1)
    label_value_table(
        document,
        [
            ("Employer", "London North West University Healthcare NHS Trust"),
            ("Department", "Magnetic Resonance Imaging, Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"),
            ("Pay band", "Band 3"),
            ("Hours", "37.5 a week on a rota between 7.30am and 10pm, seven days"),
            ("Contract", "Permanent"),
            ("Closing date", "14 March 2029"),
            ("Job reference", "362-RAD-5810"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our three MRI scanners run from early morning until late evening, every day of the week. Before anyone goes "
        "near a scanner, a member of the team goes through a safety questionnaire with them, because an MRI magnet "
        "is always on. You will be that person for most of our outpatients. Every questionnaire must be signed by "
        "a radiographer before the patient is scanned."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Go through the MRI safety questionnaire with each outpatient and pass any query to the radiographer.",
        "Help patients to change into gowns, lock away their belongings and walk them to the scanner room.",
        "Explain to patients what the scan will feel like, including the noise and how long it lasts.",
        "Book and rebook patients on the radiology system and ring patients who have not confirmed.",
        "Clean the changing rooms and scanner accessories between patients.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    add_rows_merging_categories_down(
        table,
        [
            (
                "Qualifications",
                "GCSE English and maths at grade C / 4 or above, or equivalent",
                "E",
                "AF",
            ),
            ("Qualifications", "Level 3 qualification in a health or science subject", "D", "AF"),
            (
                "Qualifications",
                "MRI Safety Level 1 and Level 2 training, completed during your first four weeks",
                "E",
                "N/A",
            ),
            ("Experience", "Experience of working directly with patients in a hospital or clinic", "E", "AF / INT"),
            ("Experience", "Experience of working in an MRI, CT or other imaging department", "D", "AF / INT"),
            (
                "Skills and abilities",
                "Able to take patients through a detailed safety checklist and pick out answers that need a second "
                "look",
                "E",
                "Screening exercise",
            ),
            (
                "Skills and abilities",
                "Good spoken English, with the ability to explain a procedure in plain words",
                "E",
                "INT",
            ),
            (
                "Skills and abilities",
                "Able to keep calm and reassure patients who are claustrophobic or frightened",
                "E",
                "INT",
            ),
            ("Skills and abilities", "Experience of using a radiology information system such as CRIS", "D", "AF"),
            (
                "Skills and abilities",
                "Must confirm every patient has changed and removed all metal before they pass into Zone 3",
                "E",
                "N/A",
            ),
            (
                "Knowledge",
                "Understanding of why metal objects and implants can be dangerous near a strong magnet",
                "E",
                "INT",
            ),
            ("Other", "Able to work evenings until 10pm and weekends on a rota", "E", "INT"),
            (
                "Other",
                f"Right to work in the UK {DASH} this post cannot be offered with visa sponsorship",
                "E",
                "Pre-employment",
            ),
        ],
    )
    document.add_paragraph(
        "How assessed: AF = application form; INT = interview; Screening exercise = a short role-play with a mock "
        "patient on the interview day."
    )
    document.add_paragraph(
        "You do not need to have worked in MRI before: we will teach you everything about the magnet. The post is "
        "subject to an enhanced DBS check. We offer 27 days' annual leave rising with service, the NHS Pension, "
        "unsocial hours payments for evening and weekend work and free use of the Northwick Park staff gym. "
        "Interviews will be held on Monday 26 March 2029."
    )
    save(document, "m2_mri_safety_screening_assistant.docx")


def m3_ct_cannulation_support_worker() -> None:
    """Shape 3: the employer only in the page footer; the title as the heading; the band only inside the first
    sentence of About the job; the closing date and interview date in one bold line; Essential and Desirable side
    by side per area, with "No experience of CT is needed ..." as a second line of an Essential cell, "N/A" in one
    Desirable cell and a benefit alone in another; Working for us with eligibility and DBS."""
    document = blank_docx("Calibri")
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "The Hillingdon Hospitals NHS Foundation Trust \u00b7 Pield Heath Road, Uxbridge UB8 3NN"
    footer.add_run(" \u00b7 Ref 291-IMG-0736")
    document.add_heading("CT Cannulation Support Worker", level=1)
    closing = document.add_paragraph()
    closing.add_run("Closing date: Friday 9 March 2029  \u2022  Interviews: Wednesday 21 March 2029").bold = True
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "We are looking for a support worker at Band 3 to join the CT team at Hillingdon Hospital, where two "
        "scanners run from 8am to 8pm every day and more than half of our patients need a contrast injection. "
        "You will put in the cannula for the contrast, check the patient's kidney blood results and allergy "
        "questions against the contrast checklist, and take the cannula out and observe the patient afterwards. "
        f"The post is 37.5 hours a week on 12-hour shifts, paid at {POUND}28,410 to {POUND}30,220 a year with "
        "Outer London weighting."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Essential", "Desirable"])
    add_rows_side_by_side(
        table,
        [
            (
                "Qualifications",
                "NVQ Level 2 in Health and Social Care, the Care Certificate or equivalent",
                "Certificate of competence in cannulation",
            ),
            (
                "Experience",
                "Experience as a healthcare assistant or support worker in a hospital\n"
                f"No experience of CT is needed {DASH} we will teach you to cannulate and to run the contrast "
                "checklist",
                "Experience of taking blood (venepuncture)",
            ),
            (
                "Skills",
                "Able to record pulse, blood pressure and oxygen saturation accurately\n"
                "Able to move and position patients safely using slide sheets and hoists",
                "Basic Life Support certificate that is in date",
            ),
            (
                "Knowledge",
                "Understanding of infection prevention, including aseptic non-touch technique",
                "N/A",
            ),
            (
                "Other",
                "Able to work 12-hour shifts from 8am to 8pm, including one weekend in three",
                "Free on-site parking for staff who finish at 8pm",
            ),
        ],
    )
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave plus bank holidays, the NHS Pension, a subsidised staff restaurant and "
        "paid time to complete your cannulation competencies. Applicants must have the right to work in the UK; we "
        "are not able to sponsor visas for this role. An enhanced DBS check and two references are needed before "
        "you start."
    )
    save(document, "m3_ct_cannulation_support_worker.docx")


def m4_gamma_camera_assistant() -> None:
    """Shape 4: the employer only in the page header and the closing date only in the page footer; the title and
    band in one bold line; a details table with no header row; Essential and Desirable as two rows per area with
    the area merged down (not bold); "Previous experience of nuclear medicine is not required" and a DBS line as
    second lines of Essential rows, a training line alone in the Knowledge Desirable row and "N/A" in the last."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "London North West University Healthcare NHS Trust"
    section.footer.paragraphs[0].text = f"Closing date 19/03/2029 {DASH} Vacancy ref 362-NM-0418"
    title = document.add_paragraph()
    title.add_run(f"Gamma Camera Assistant {DASH} Nuclear Medicine  (Band 3)").bold = True
    label_value_table(
        document,
        [
            ("Department", "Nuclear Medicine, Northwick Park Hospital, Harrow"),
            ("Hours", "37.5 a week, Monday to Friday, starting at 7.30am"),
            ("Salary", f"{POUND}28,410 to {POUND}30,220 a year including Outer London weighting"),
            ("Contract", "Permanent, full time"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Nuclear medicine uses a small injection of a radioactive tracer and a gamma camera to show how organs such "
        "as the bones, heart, kidneys and thyroid are working. Our department carries out around 6,000 scans a year. "
        "As gamma camera assistant you will look after patients from the moment they arrive until they leave, and "
        "keep the camera rooms and injection area ready for the technologists."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Greet patients, explain the waiting time between injection and scan, and show them to the injected "
        "patients' waiting area",
        "Help patients on and off the camera bed and into position for the technologist",
        "Record arrival, injection and scan times on the department log",
        "Order and put away stock, and keep the consumables list up to date",
        "Clean camera beds and headrests between patients",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    add_rows_merging_categories_down(
        table,
        [
            (
                "Education",
                "Essential",
                "Good general education, including English and maths at GCSE level or equivalent",
            ),
            (
                "Education",
                "Desirable",
                "Level 3 qualification in a science subject, such as A-level biology or chemistry",
            ),
            (
                "Experience",
                "Essential",
                "Experience of caring for patients or clients, including older or frail people\n"
                "Previous experience of nuclear medicine is not required",
            ),
            ("Experience", "Desirable", "Experience of working in a hospital imaging department or laboratory"),
            (
                "Skills",
                "Essential",
                "Able to help patients on and off the scanning couch safely\nAccurate and tidy record keeping",
            ),
            ("Skills", "Desirable", "Able to use Microsoft Excel to keep logs and stock lists"),
            (
                "Knowledge",
                "Essential",
                "Understanding of basic radiation safety, including why patients who have had an injection should "
                "keep away from pregnant women and young children",
            ),
            (
                "Knowledge",
                "Desirable",
                "Training in the department's local rules for radiation is given on appointment",
            ),
            (
                "Other",
                "Essential",
                "Able to start at 7.30am for the early injection list\nSatisfactory enhanced DBS check",
            ),
            ("Other", "Desirable", "N/A"),
        ],
        bold=False,
    )
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension Scheme, flexible retirement options and "
        "an onsite nursery. You must have the right to work in the UK; this post is not eligible for sponsorship. "
        "Questions? Email nuclearmedicine.jobs@example.com."
    )
    save(document, "m4_gamma_camera_assistant.docx")


M5_ITEMS = [
    ("bold", "Imperial College Healthcare NHS Trust"),
    ("title", "Imaging Physics Technical Assistant"),
    ("body", "Radiological Sciences Unit, Charing Cross Hospital, Fulham Palace Road, London W6 8RF"),
    ("body", "with regular work at Hammersmith Hospital and St Mary's Hospital"),
    ("gap", ""),
    ("body", f"Band 4  |  {POUND}31,960 to {POUND}34,580 a year, including High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week  |  Monday to Friday, 8.30am to 4.30pm"),
    ("heading", "About the unit"),
    (
        "body",
        "The Radiological Sciences Unit is the medical physics team for our imaging departments. We test every "
        "X-ray room, CT scanner, mammography unit and gamma camera in the Trust at least once a year, and after "
        "every repair, to make sure patients get the image they need from the smallest dose we can give.",
    ),
    ("heading", "What you'll be doing"),
    ("body", "\u2022 Setting up test objects and meters and taking readings alongside our clinical scientists"),
    ("body", "\u2022 Entering results into the unit's spreadsheets and drafting short test reports for checking"),
    ("body", "\u2022 Booking test visits with imaging departments across our three hospitals"),
    ("body", "\u2022 Looking after the unit's test equipment, calibration records and loan log"),
    (
        "body",
        "\u2022 You must wear your personal dosimeter at all times in controlled areas and hand it in on the first "
        "Monday of each month",
    ),
    ("heading", "What you'll need"),
    ("body", "\u2022 A-levels or a BTEC Level 3 in physics, engineering or another science subject"),
    ("body", "\u2022 Experience of carrying out technical tests or measurements and writing up the results"),
    ("body", "\u2022 Confident with Excel, including formulas and charts"),
    ("body", "\u2022 Careful and methodical, able to follow a written test procedure step by step"),
    ("body", "\u2022 Able to carry test equipment weighing up to 15 kg between our hospitals"),
    ("body", "\u2022 Good written English for short technical reports"),
    (
        "body",
        f"\u2022 You don't need to have worked in a hospital before {DASH} for your first three months you will "
        "work alongside a clinical scientist on every visit",
    ),
    ("heading", "Also welcome"),
    ("body", "\u2022 Experience of working with X-ray, CT or MRI equipment in a hospital or industrial setting"),
    ("body", "\u2022 Knowledge of the Ionising Radiations Regulations 2017 (IRR17)"),
    ("body", "\u2022 A full UK driving licence"),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need the right to work in the UK; we cannot sponsor a visa for this post. Offers depend on two "
        "references and a basic DBS check.",
    ),
    ("body", "Closing date: Sunday 25 March 2029 at midnight. Interviews: Thursday 5 April 2029."),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave plus bank holidays, rising with service"),
    ("body", "\u2022 NHS Pension and a season ticket loan"),
    ("body", "\u2022 A funded Level 4 apprenticeship in healthcare science after your first year"),
    ("body", "\u2022 Use of the unit's pool car for visits, with a unit driver when you are new"),
]

M6_ITEMS = [
    ("title", "Teledermatology Photography Assistant"),
    ("bold", "Community Teledermatology Service, Hammersmith and Fulham GP Federation"),
    ("body", f"Agenda for Change Band 4  |  {POUND}29,140 pro rata  |  30 hours a week over four days"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "When a GP in Hammersmith and Fulham is worried about a mole, a rash or a skin lesion, the patient can now "
        "be seen in one of our photography clinics instead of waiting weeks for a hospital appointment. Our "
        "photography assistants take close-up and wide pictures with a dermatoscope and a camera, and a consultant "
        "dermatologist reviews them within days. Applications close at 23:59 on Thursday 22 March 2029.",
    ),
    (
        "body",
        "Each clinic sees up to eighteen patients. You will check each patient in, explain what will happen, take "
        "the photographs and send them to the dermatologist with the GP's referral. You must photograph every lesion "
        "with a paper ruler in view and save the images to the patient's record before they leave the room. You do "
        "not need to have worked in healthcare before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have taken photographs with a digital camera, whether at work, at college or as "
        "a serious hobby. You must be able to put patients at ease when they are asked to show a mole or rash on "
        "their body. It is essential that you can upload, name and file images accurately on a computer. Good "
        "spoken and written English is essential. You must be able to work at our three clinic sites in "
        "Hammersmith, Fulham and White City on different days of the week. It is essential that you understand "
        "why patients' images must be kept confidential and never stored on a personal phone.",
    ),
    (
        "body",
        "A qualification in photography, such as a BTEC or A-level, would be beneficial. Experience of working in "
        "a GP surgery or another healthcare setting would be an advantage. Experience of using EMIS or SystmOne "
        "would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as we cannot sponsor a visa for this "
        "post. An enhanced DBS check is required. After probation we will fund a short course in clinical "
        "photography run by the Institute of Medical Illustrators. You will benefit from 27 days' annual leave "
        "pro rata, the NHS Pension and a travel card for journeys between sites.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through NHS Jobs with reference HFGPF-0291. Interviews will be held on Wednesday 4 April 2029 at "
        "our White City office. For a chat about the role, email teledermatology.team@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    m1_obstetric_ultrasound_clinic_assistant()
    m2_mri_safety_screening_assistant()
    m3_ct_cannulation_support_worker()
    m4_gamma_camera_assistant()
    (ADVERTS / "m5_imaging_physics_technical_assistant.pdf").write_bytes(pdf_bytes(M5_ITEMS, title=(16, 56)))
    (ADVERTS / "m6_teledermatology_photography_assistant.pdf").write_bytes(pdf_bytes(M6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
