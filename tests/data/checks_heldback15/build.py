"""Build the Word and PDF adverts of the fifteenth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback15/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (h6 to h8) are plain files and are not built here.
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
    fill_cell,
    header_table,
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

# A plain check mark (U+2713) for "yes"; "no" is an empty cell.
TICK = "\u2713"
DASH = "\u2013"
BULLET = "\u2022 "
FIXED_TIME = dt.datetime(2028, 1, 10, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 1, 10, 9, 30, 0)  # every Word file's zip entries


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts

H1_ROWS = [
    ("QUALIFICATIONS",),
    (
        "GCSEs (or equivalent) in English, maths and a science subject at grade 4/C or above",
        TICK,
        "",
        "Application form / certificates",
    ),
    ("BTEC or A-level in a science subject", "", TICK, "Application form"),
    (
        "Completion of the IBMS Certificate of Achievement (Part 1) within 18 months of appointment, with "
        "protected study time",
        TICK,
        "",
        "Training record",
    ),
    ("EXPERIENCE",),
    (
        "Experience of working in a laboratory, healthcare or other setting where accuracy is critical",
        TICK,
        "",
        "Application form / interview",
    ),
    ("No previous laboratory experience is required \u2013 full training is provided", TICK, "", "\u2013"),
    ("Experience of using a laboratory information management system (LIMS)", "", TICK, "Application form"),
    ("SKILLS AND ABILITIES",),
    ("Good keyboard skills and accurate data entry", TICK, "", "Test on the day"),
    ("Able to follow written standard operating procedures exactly", TICK, "", "Interview"),
    ("Good manual dexterity for handling sample tubes, racks and small equipment", TICK, "", "Interview"),
    (
        "Must load reagents and run the analysers' daily quality control before the 8.30am sample delivery",
        TICK,
        "",
        "\u2013",
    ),
    ("KNOWLEDGE",),
    ("Understanding of the importance of patient confidentiality", TICK, "", "Interview"),
    ("Awareness of COSHH and the safe handling of biological hazards", "", TICK, "Interview"),
    ("OTHER",),
    (
        "Willing to work a rotating shift pattern including nights, weekends and bank holidays",
        TICK,
        "",
        "Application form / interview",
    ),
    ("Occupational health clearance, including evidence of hepatitis B immunity", TICK, "", "Pre-employment"),
]


def h1_medical_laboratory_assistant() -> None:
    """Job details in a four-column table with a header row and one row of values ("AfC 2" for the band);
    numbered duties; check marks and empty cells under "Criteria | Essential | Desirable | Method of
    assessment" with capitalised category rows merged across, and four ticked-Essential rows that are not
    criteria (a certificate the job supports, "No previous laboratory experience is required", a "Must load
    ..." duty and occupational health clearance)."""
    document = blank_docx("Arial")
    document.add_heading("Chelsea and Westminster Hospital NHS Foundation Trust", level=1)
    document.add_paragraph("Blood Sciences Laboratory, West Middlesex University Hospital, Twickenham Road, Isleworth")
    details = header_table(document, ["Job title", "Pay band", "Hours", "Closing date"])
    values = [
        f"Medical Laboratory Assistant {DASH} Blood Sciences",
        "AfC 2",
        "37.5 a week on a 24/7 shift rota",
        "Thursday 17 February 2028",
    ]
    for cell, text in zip(details.add_row().cells, values, strict=True):
        fill_cell(cell, text)
    document.add_heading("About the laboratory", level=2)
    document.add_paragraph(
        "Our blood sciences laboratory runs around the clock and processes about 4,000 samples a day for the "
        "wards, the emergency department and 60 GP practices in Hounslow and Richmond. Medical laboratory "
        "assistants keep the samples moving: from the moment a bag arrives at reception to the moment the tube "
        "is loaded onto an analyser and, after testing, stored or disposed of."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Receive, sort and centrifuge blood and urine samples, checking each request form against the sample label",
        "Book samples in on the laboratory computer system and refer unlabelled or leaking samples to a "
        "biomedical scientist",
        "Load and unload the automated track and keep the analysers stocked with consumables",
        "Archive and dispose of samples following the retention schedule",
        "Answer telephone enquiries from wards and GP surgeries about whether a sample has been received",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable", "Method of assessment"])
    add_rows_with_category_rows(table, H1_ROWS)
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, unsocial hours payments, the NHS Pension Scheme, "
        "on-site staff parking and a free staff shuttle to Chelsea. Appointment is subject to references and a "
        "standard DBS check."
    )
    _save(document, "h1_medical_laboratory_assistant_blood_sciences.docx")


H2_ROWS = [
    (
        "Qualifications",
        "Essential",
        "Good general education, including GCSE English and maths at grade 4/C or above, or equivalent",
        "A",
    ),
    (
        "Qualifications",
        "Essential",
        "Completion of the Trust's ECG competency workbook within six months of starting",
        "N/A",
    ),
    ("Qualifications", "Desirable", "Level 3 qualification in a science or health subject", "A"),
    (
        "Experience",
        "Essential",
        "Experience of working directly with patients or the public in a care or customer-facing role",
        "A/I",
    ),
    ("Experience", "Desirable", "Experience of recording 12-lead ECGs", "A/I"),
    ("Experience", "Desirable", "Experience of fitting ambulatory heart rhythm or blood pressure monitors", "A/I"),
    (
        "Skills and abilities",
        "Essential",
        "Able to put anxious patients at ease and explain a test in simple terms",
        "I",
    ),
    ("Skills and abilities", "Essential", "Good IT skills, including booking appointments on a computer system", "A/T"),
    (
        "Skills and abilities",
        "Essential",
        "Must upload every ECG to the cardiology system and pass urgent tracings to the physiologist on duty "
        "straight away",
        "N/A",
    ),
    (
        "Knowledge",
        "Essential",
        "Understanding of the need to protect patients' privacy and dignity, particularly when they undress for a test",
        "I",
    ),
    ("Knowledge", "Desirable", "Basic knowledge of how the heart works", "I"),
    ("Other", "Essential", "Able to work flexibly, including one late clinic until 8pm each week", "A/I"),
    ("Other", "Essential", "Proof of identity and the right to work in the UK", "Pre-employment checks"),
]


def h2_cardiac_physiology_assistant() -> None:
    """The employer only in the page header; the reference, job title, band, department and closing date on
    one "|" line as the first paragraph ("Closes 10.02.2028"); duties as a paragraph with a "must"; rows
    under "Area | Level | Requirement | How assessed" with the area cell merged down (not bold), the level
    spelled out, Essential and Desirable rows mixed within an area, and two Essential rows that are not
    criteria (a competency workbook the job gives, proof of identity and right to work)."""
    document = blank_docx("Calibri")
    document.sections[0].header.paragraphs[0].text = "London North West University Healthcare NHS Trust"
    document.sections[0].footer.paragraphs[0].text = "JD/PS version 2, reviewed December 2027"
    document.add_paragraph(
        "Ref 362-CARD-0188 | Cardiac Physiology Assistant | AfC Band 3 | Cardiology, Northwick Park Hospital "
        "| Closes 10.02.2028"
    )
    document.add_heading("Job summary", level=2)
    document.add_paragraph(
        "The cardiac investigations unit at Northwick Park carries out more than 30,000 tests a year. As a "
        "Cardiac Physiology Assistant you will record resting ECGs in the unit and on the wards, fit and "
        "remove 24-hour heart rhythm and blood pressure monitors, prepare patients for exercise tests and "
        "keep the clinic running to time. You must check each patient's identity and the request before "
        "every test, and any tracing that looks abnormal must be shown to a physiologist before the patient "
        "leaves."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirement", "How assessed"])
    add_rows_merging_categories_down(table, H2_ROWS, bold=False)
    document.add_paragraph("How assessed: A = application, I = interview, T = test.")
    document.add_paragraph(
        "Why work with us: 27 days' annual leave rising with service, the NHS Pension, a season ticket loan, "
        "on-site nursery places at Northwick Park and discounts through the Blue Light Card."
    )
    _save(document, "h2_cardiac_physiology_assistant.docx")


def _bullets(*lines: str) -> str:
    return "\n".join(BULLET + line for line in lines)


H3_ROWS = [
    (
        "Qualifications",
        _bullets("GCSE grade 4/C or above in English, maths and science, or equivalent"),
        _bullets(
            "Level 3 qualification in a health or science subject, such as A-levels or a BTEC",
            "Support to complete the ARTP Foundation Spirometry certificate in your first year",
        ),
    ),
    (
        "Experience",
        _bullets(
            "Experience of helping people in a health, care or customer service setting",
            f"No experience of lung function testing is needed {DASH} full training will be given",
        ),
        _bullets("Experience of working in a hospital outpatient or diagnostic department"),
    ),
    (
        "Skills",
        _bullets(
            "Able to give clear instructions and encourage patients to keep trying during breathing tests",
            "Accurate when recording measurements such as height and weight",
            "Computer literate, able to enter results and book appointments",
        ),
        _bullets("Speaks a language used in the local community, such as Punjabi, Polish or Somali"),
    ),
    (
        "Knowledge",
        _bullets("Understanding of infection prevention and control, including cleaning equipment between patients"),
        _bullets("Awareness of common lung conditions such as asthma and COPD"),
    ),
    (
        "Other",
        _bullets("Able to work at both Hillingdon and Mount Vernon hospitals", "Satisfactory enhanced DBS disclosure"),
        "N/A",
    ),
]


def h3_respiratory_physiology_assistant() -> None:
    """The employer, department and band as a "|" line in the page header; the title after "Job description:";
    a "You must calibrate ..." duty in a paragraph; Essential and Desirable side by side per category with "•"
    bullets in the cells, a "No experience ... is needed" line and an enhanced DBS line in Essential cells and
    a certificate the job supports in a Desirable cell; the closing date only in the last sentence."""
    document = blank_docx("Arial")
    document.sections[0].header.paragraphs[
        0
    ].text = "The Hillingdon Hospitals NHS Foundation Trust  |  Respiratory Physiology  |  Band 3"
    document.add_heading("Job description: Respiratory Physiology Assistant", level=1)
    document.add_paragraph(
        "Location: Lung Function Unit, Hillingdon Hospital, Pield Heath Road, Uxbridge, with weekly clinics at "
        "Mount Vernon Hospital, Northwood. Hours: 37.5 a week, Monday to Friday."
    )
    document.add_heading("The role", level=2)
    document.add_paragraph(
        "Our lung function unit sees about 60 patients a week for breathing tests, from children with asthma "
        "to adults waiting for surgery. You will measure and weigh patients, take them through simple "
        "spirometry under supervision, set up the equipment, book follow-up appointments and keep the clinic "
        "rooms ready. You must calibrate the spirometers and the body box each morning before the first "
        "patient, and record the calibration in the equipment log."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    add_rows_side_by_side(table, H3_ROWS)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension, an Outer London High Cost Area supplement, "
        "reduced-rate parking and a staff physiotherapy self-referral service. Please apply by midnight on "
        "Thursday 24 February 2028; interviews will be held on Tuesday 7 March."
    )
    _save(document, "h3_respiratory_physiology_assistant.docx")


H4_ITEMS = [
    ("title", f"Imaging Support Worker {DASH} MRI"),
    ("bold", f"Imaging Directorate {DASH} Hammersmith Hospital and Charing Cross Hospital"),
    ("body", "Pay: Band 3, \u00a329,954 to \u00a331,731 a year including Inner London High Cost Area Supplement"),
    ("body", "Contract: permanent, 37.5 hours a week over five shifts (earlies, lates and some weekends)"),
    ("body", "Key dates: advert closes Sunday 13 February 2028; interviews Thursday 24 February 2028"),
    ("heading", "The job"),
    (
        "body",
        "Our MRI scanners run from 7.30am to 10pm, seven days a week. You will be the first person most "
        "patients meet: you will welcome them, help them change, go through the safety checklist, and help "
        "the radiographers position and move patients on the scanner table.",
    ),
    ("body", "\u2022 Prepare scanning rooms and restock coils, pads, linen and consumables"),
    (
        "body",
        "\u2022 You must complete the MR safety screening checklist with every patient and escort before "
        "they pass into the controlled area",
    ),
    ("body", "\u2022 Help patients who use wheelchairs, trolleys or beds to transfer safely"),
    ("body", "\u2022 Clean the scanner table and equipment between patients and keep stock records"),
    ("heading", "ESSENTIAL"),
    ("bold", "Qualifications"),
    ("body", "\u2022 GCSEs in English and maths at grade 4/C or above, or equivalent"),
    ("bold", "Experience"),
    (
        "body",
        "\u2022 Experience of giving personal care or helping patients to move, in a hospital, care home or "
        "community setting",
    ),
    ("bold", "Skills"),
    (
        "body",
        "\u2022 Able to help patients on and off the scanner table safely, using slide sheets and other moving "
        "and handling aids",
    ),
    ("body", "\u2022 Calm and reassuring with patients who are anxious or claustrophobic"),
    ("body", "\u2022 Good written and spoken English, to go through safety questionnaires with patients"),
    ("bold", "Knowledge"),
    ("body", "\u2022 Understanding of patient confidentiality and data protection"),
    ("bold", "Other"),
    ("body", "\u2022 Able to work late shifts until 10pm and one weekend in four"),
    ("body", "\u2022 Completion of MR safety training in your first month (provided by the department)"),
    (
        "body",
        "\u2022 You must be willing to remove all metal items, including jewellery, hair clips and cards, "
        "before entering the scanner room",
    ),
    ("heading", "DESIRABLE"),
    ("body", "\u2022 Care Certificate or a Level 2 Diploma in Health and Social Care"),
    ("body", "\u2022 Experience of working in a radiology or imaging department"),
    ("body", "\u2022 Trained in taking blood (phlebotomy)"),
    ("heading", "Before you apply"),
    (
        "body",
        "This post is not eligible for Skilled Worker visa sponsorship. The successful applicant will need "
        "occupational health clearance and a standard DBS check.",
    ),
    ("heading", "About us"),
    (
        "body",
        "Imperial College Healthcare NHS Trust runs five hospitals in north west London and carries out more "
        "than 40,000 MRI scans a year. We offer 27 days' annual leave plus bank holidays, the NHS Pension, "
        "unsocial hours payments, and a funded route to the Level 3 Diploma in Healthcare Support for "
        "support workers who want to progress.",
    ),
]

H5_ITEMS = [
    ("title", "Breast Screening Assistant"),
    ("bold", "West of London Breast Screening Service, Imperial College Healthcare NHS Trust"),
    (
        "body",
        "Band 3 | 37.5 hours, Monday to Friday | Charing Cross Hospital and mobile screening units | "
        "Closing date 20 February 2028",
    ),
    ("heading", "About the service"),
    (
        "body",
        "We invite more than 90,000 women a year for breast screening, at Charing Cross Hospital and on "
        "mobile units parked at supermarkets, health centres and leisure centres across west London. Our "
        "screening assistants make sure every woman is welcomed, booked correctly and looked after from the "
        "moment she arrives until she leaves.",
    ),
    ("heading", "What you will do"),
    (
        "body",
        "You will greet women, check their details, answer questions about the appointment, prepare the "
        "changing areas and keep the clinic to time. It is essential that every woman's identity is checked "
        "against three identifiers before her images are taken, and you must record any woman who declines "
        "screening on the same day. You do not need any previous experience of breast screening, because we "
        "will train you to the national programme's standards.",
    ),
    ("heading", "Who we are looking for"),
    (
        "body",
        "It is essential that you have at least two years' experience of working with the public in a busy "
        "reception, clinic or customer service role. You must have GCSEs at grade 4 (C) or above in English "
        "and maths, or an equivalent qualification. Accurate computer skills are essential, because every "
        "appointment is booked and recorded on the national screening computer system. It is essential that "
        "you can talk sensitively with women who may be anxious, embarrassed or upset. You must be willing to "
        "work on the mobile screening units at sites across Hammersmith and Fulham, Ealing and Hounslow, which "
        "sometimes means starting at 7.30am.",
    ),
    (
        "body",
        "Experience of working in a screening programme or an outpatient clinic would be an advantage. A "
        "customer care or health and social care qualification at Level 2 or above would be an advantage. It "
        "would also help if you speak a second language used by women in West London.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants are eligible to work in the UK; we cannot offer visa sponsorship for "
        "this role. The post is subject to an enhanced DBS check. You would have the advantage of a settled "
        "Monday to Friday pattern with no nights, Sundays or bank holidays, and after your first year we will "
        "support you to complete the Level 3 Certificate in Healthcare Support. We offer 27 days' annual "
        "leave plus bank holidays, the NHS Pension and free travel between our sites on the staff shuttle.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    h1_medical_laboratory_assistant()
    h2_cardiac_physiology_assistant()
    h3_respiratory_physiology_assistant()
    (ADVERTS / "h4_imaging_support_worker_mri.pdf").write_bytes(pdf_bytes(H4_ITEMS, title=(16, 56)))
    (ADVERTS / "h5_breast_screening_assistant.pdf").write_bytes(pdf_bytes(H5_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
