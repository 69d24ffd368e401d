"""Build the Word and PDF adverts of the thirty-seventh held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback37/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts. Two things are
built here rather than there: l4's ticks, which are the capital letter P in the Wingdings 2 font (a tick on the
page, a plain "P" in the text), and l6's PDF, whose fonts map two byte codes to the fi and fl ligature glyphs, so
that its text layer gives "ﬁ" (U+FB01) and "ﬂ" (U+FB02) wherever those letter pairs are printed. Every Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (l7 and l8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.advert_files import (  # noqa: E402
    PAGE_HEIGHT,
    PAGE_WIDTH,
    _page_lines,
    add_rows_merging_categories_down,
    add_rows_side_by_side,
    add_rows_with_category_rows,
    blank_docx,
    bold_cell,
    header_table,
    label_value_table,
    pdf_bytes,
    pdf_file,
    save_docx,
)

ADVERTS = HERE / "adverts"

TICK = "\u2713"
DASH = "\u2013"
FIXED_TIME = dt.datetime(2027, 12, 6, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2027, 12, 6, 10, 30, 0)  # every Word file's zip entries
ATTR = 0o600 << 16


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=ATTR)


def labelled(document, label: str, value: str) -> None:
    """A paragraph with a bold label and a plain value: "Band: Band 3"."""
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{label}: ").bold = True
    paragraph.add_run(value)


# --------------------------------------------------------------------------------------------------------- Adverts


def l1_pharmacy_homecare_administrator() -> None:
    """Details as bold-label paragraphs; numbered duties with a "must" in one; rows marked E or D with the factor
    merged down and a "How assessed" column, with a training row and a right-to-work row marked E; the key, then
    "No previous pharmacy experience is required", benefits, DBS and sponsorship in a closing paragraph."""
    document = blank_docx("Arial")
    document.add_heading("Pharmacy Homecare Administrator", level=1)
    labelled(document, "Employer", "Imperial College Healthcare NHS Trust")
    labelled(document, "Department", f"Pharmacy {DASH} Homecare Medicines Team")
    labelled(document, "Base", "Pharmacy Department, Hammersmith Hospital, Du Cane Road, London W12 0HS")
    labelled(document, "Band", "Band 3")
    labelled(document, "Hours", "37.5 hours a week, Monday to Friday")
    labelled(document, "Reference", "290-PHA-2231")
    labelled(document, "Closing date", "Sunday 16 January 2028")
    document.add_heading("Job summary", level=2)
    document.add_paragraph(
        "More than 3,000 of our patients receive their medicines at home through homecare companies, from "
        "injections for arthritis and skin conditions to feeds and treatments for rare diseases. The homecare "
        "team registers each patient with the right company, sends their prescriptions on, tracks every "
        "delivery and checks the companies' bills. You will be one of four administrators working with two "
        "pharmacy technicians and a lead pharmacist."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Register new patients with their homecare provider and keep the homecare tracker up to date.",
        "Send prescriptions to providers once a pharmacist has checked them; every homecare prescription must be "
        "logged on the tracker on the day it is signed, so that no delivery is missed.",
        "Answer calls from patients, providers and clinic teams about delivery dates, and pass any clinical "
        "question to a pharmacist.",
        "Match providers' bills to the deliveries made and send them to finance for payment.",
        "Produce the monthly homecare activity report for the pharmacy procurement lead.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Factor", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "GCSE English and maths at grade 4 (C) or above, or equivalent", "E", "A"),
        ("Qualifications", "NVQ Level 2 or 3 in Business Administration", "D", "A"),
        (
            "Qualifications",
            "Completion of the Trust's homecare procedures training during induction",
            "E",
            f"Not assessed {DASH} given in post",
        ),
        ("Experience", "Experience of administrative work in a busy office", "E", "A/I"),
        ("Experience", "Experience of processing invoices or purchase orders", "D", "A/I"),
        ("Experience", "Experience of working in a pharmacy or other healthcare setting", "D", "A"),
        ("Skills and abilities", "Confident user of Microsoft Excel and Outlook", "E", "A/T"),
        ("Skills and abilities", "Accurate data entry with strong attention to detail", "E", "A/T"),
        ("Skills and abilities", "Able to speak to patients on the telephone with tact and patience", "E", "I"),
        ("Skills and abilities", "Able to prioritise a varied workload and meet deadlines", "E", "A/I"),
        ("Knowledge", "Understanding of the need to keep patient information confidential", "E", "I"),
        ("Knowledge", "Knowledge of medicine names and common abbreviations used in prescriptions", "D", "A/I"),
        (
            "Other",
            "Able to work flexibly to cover colleagues' leave within core hours of 8am to 6pm",
            "E",
            "I",
        ),
        ("Other", "Eligibility to work in the UK", "E", "Pre-employment checks"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "E = essential, D = desirable. A = application form, I = interview, T = short data entry test on the day "
        "of interview. We shortlist on the essential criteria, so please show how you meet each of them."
    )
    document.add_paragraph(
        "No previous pharmacy experience is required: every new administrator shadows an experienced colleague "
        "for the first four weeks. We offer 27 days' annual leave plus bank holidays, the NHS Pension Scheme, an "
        "interest-free season ticket loan and access to staff wellbeing services. Appointment is subject to two "
        "references and a basic DBS check. This post is not eligible for Skilled Worker visa sponsorship."
    )
    save(document, "l1_pharmacy_homecare_administrator.docx")


def l2_pathology_laboratory_support_worker() -> None:
    """A two-column details table with no header row; duties as Word bullets with a "must" in one; a check mark
    (U+2713) in one of the Essential and Desirable columns with the other cell empty, category rows merged across
    the table; three ticked-Essential rows that are not criteria (training given in post, "No previous laboratory
    experience is needed" and proof of the right to work); benefits and DBS in a closing paragraph."""
    document = blank_docx("Calibri")
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Pathology Laboratory Support Worker"),
            ("Employer", "Imperial College Healthcare NHS Trust"),
            ("Service", f"North West London Pathology {DASH} Blood Sciences hub laboratory"),
            ("Band", "Band 2"),
            ("Hours", "37.5 hours a week on a rota that covers the laboratory 24 hours a day, 7 days a week"),
            ("Location", "Charing Cross Hospital, Fulham Palace Road, London W6 8RF"),
            ("Reference", "290-NWLP-0876"),
            ("Closing date", "23 January 2028"),
        ],
    )
    document.add_heading("About the laboratory", level=2)
    document.add_paragraph(
        "Our hub laboratory at Charing Cross tests blood and urine samples from hospitals and GP surgeries across "
        "north west London: more than 20,000 tubes arrive on an ordinary weekday, by van, by porter and through "
        "the air tube system. Laboratory support workers make sure each sample reaches the right analyser quickly "
        "and in a fit state to be tested."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Unpack sample bags in the reception area, match each request form to its samples and sort them by "
        "department and urgency",
        "Book samples into the laboratory computer system and put them in the centrifuges and on the automated track",
        "You must scan every sample into the laboratory computer system before it goes onto a rack, so that none "
        "can be lost",
        "Restock analysers and benches with reagents and consumables, and remove clinical waste",
        "Store and retrieve samples in the cold rooms and freezers when a scientist asks for a repeat test",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Good standard of education, including GCSE English and maths or equivalent", TICK, ""),
        ("Level 2 or 3 qualification in a science subject", "", TICK),
        ("Completion of the laboratory's competency-based training in the first three months", TICK, ""),
        ("Experience",),
        (
            "Previous experience in a laboratory, warehouse or other role that involves sorting and tracking items",
            TICK,
            "",
        ),
        ("No previous laboratory experience is needed", TICK, ""),
        ("Experience of working in a hospital or healthcare setting", "", TICK),
        ("Skills and abilities",),
        ("Able to carry out repetitive tasks accurately over a full shift", TICK, ""),
        ("Good manual dexterity for handling small sample tubes", TICK, ""),
        ("Basic computer skills for entering and checking data", TICK, ""),
        ("Able to follow written procedures exactly", TICK, ""),
        ("Knowledge",),
        ("Awareness of health and safety when handling body fluids", TICK, ""),
        ("Knowledge of infection prevention practice, such as hand hygiene", "", TICK),
        ("Other",),
        ("Able to work early, late and night shifts, including weekends", TICK, ""),
        ("Proof of right to work in the UK", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "Unsocial hours payments for nights and weekends, 27 days' annual leave plus bank holidays, the NHS "
        "Pension Scheme and a route into a Level 3 laboratory apprenticeship for support workers who want to "
        "progress. Offers are subject to references and a basic DBS check, and to occupational health clearance, "
        "including hepatitis B vaccination."
    )
    save(document, "l2_pathology_laboratory_support_worker.docx")


def l3_radiology_bookings_coordinator() -> None:
    """The title and band in the heading; the employer and department on one "|" line; pay and hours in a
    paragraph; a "You must ..." duty inside the About the job paragraph; Essential and Desirable side by side by
    category, with a training line and a right-to-work line in Essential cells, "N/A" and an empty Desirable
    cell."""
    document = blank_docx("Arial")
    document.add_heading(f"Radiology Bookings Coordinator {DASH} Band 3", level=1)
    document.add_paragraph(
        "London North West University Healthcare NHS Trust  |  Imaging Department, Northwick Park Hospital, "
        "Watford Road, Harrow HA1 3UJ"
    )
    document.add_paragraph(
        "£29,690 to £31,470 a year, including Outer London High Cost Area Supplement. 37.5 hours a week, worked "
        "between 8am and 8pm on weekdays with some Saturday mornings."
    )
    document.add_paragraph("Closing date: 30/01/2028     Interview date: 10/02/2028")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our imaging department carries out more than 400,000 scans and X-rays a year for patients from Brent, "
        "Harrow and Ealing. The bookings team turns each request into an appointment: checking that a radiographer "
        "has approved it, offering the patient a date, sending the letter and rebooking when people cannot come. "
        "You must book every urgent suspected cancer scan within the time the radiologist has set, and record the "
        "reason on the same day if a patient asks for a later date."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade C/4 or above",
            "A recognised customer service qualification",
        ),
        (
            "Experience",
            "Experience of booking appointments or managing a diary for a busy service\n"
            f"Previous NHS experience is not required {DASH} full training on the radiology booking system is given",
            "Experience of working in an imaging or outpatient department",
        ),
        (
            "Skills",
            "Good keyboard skills and accuracy when entering patient details\n"
            "Clear and polite telephone manner, including with patients who are anxious or confused\n"
            "Able to work calmly to tight deadlines",
            "Able to speak a language other than English that is widely used in Brent or Harrow",
        ),
        ("Knowledge", "Understanding of patient confidentiality and data protection", "N/A"),
        (
            "Other",
            f"Right to work in the UK {DASH} we cannot offer visa sponsorship for this role\n"
            "Able to work a late shift until 8pm on a rota and occasional Saturday mornings",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; on-site "
        "staff parking; and a staff wellbeing service. The successful applicant will need a basic DBS check."
    )
    save(document, "l3_radiology_bookings_coordinator.docx")


def wingdings_tick(cell) -> None:
    """A tick as many trust templates type it: the capital letter P in the Wingdings 2 font, which draws a check
    mark on the page but is the letter "P" in the document's text."""
    cell.text = ""
    run = cell.paragraphs[0].add_run("P")
    run.font.name = "Wingdings 2"


def l4_clozapine_clinic_support_worker() -> None:
    """An old template: the employer in bold as the first line, a label table with colons, duties as bullets, then
    `Criteria | Essential | Desirable | Assessed by` with category rows merged across and the tick typed as "P" in
    Wingdings 2 (the other level cell empty); three ticked-Essential rows that are not criteria (training the
    Trust gives, a "Must enter ..." duty and an enhanced DBS check); the key and a general paragraph after."""
    document = blank_docx("Arial")
    document.add_paragraph().add_run("West London NHS Trust").bold = True
    document.add_heading("JOB DESCRIPTION AND PERSON SPECIFICATION", level=1)
    label_value_table(
        document,
        [
            ("Job title:", "Clozapine Clinic Support Worker"),
            ("Band:", "Band 3"),
            ("Service:", f"Ealing Community Mental Health Services {DASH} Clozapine Clinic"),
            (
                "Base:",
                "St Bernard's Hospital, Uxbridge Road, Southall UB1 3EU, with satellite clinics in Hammersmith "
                "and Hounslow",
            ),
            ("Hours:", "37.5 hours a week, Monday to Friday"),
            ("Closing date:", "6 February 2028"),
        ],
    )
    document.add_heading("1. Job purpose", level=2)
    document.add_paragraph(
        "Clozapine is prescribed for schizophrenia when other medicines have not helped. Everyone who takes it "
        "needs regular blood tests, and the clinic makes sure those tests happen on time so that people can keep "
        "taking their medicine safely. The support worker runs clinic sessions with the clinic nurse, takes "
        "finger-prick and venous samples, records physical health checks and keeps in touch with patients, "
        "their carers and their care coordinators."
    )
    document.add_heading("2. Main duties", level=2)
    for duty in [
        "Welcome patients to clinic, take finger-prick samples for the point-of-care analyser and venous samples "
        "when the laboratory needs them",
        "Measure and record blood pressure, pulse, weight and waist size at each visit",
        "Send each result to the clozapine monitoring service and tell the nurse straight away about any result "
        "that is not green",
        "Contact patients who miss an appointment the same day, and tell their care coordinator if they cannot "
        "be reached",
        "Keep the clinic diary, order supplies and check the analyser's quality control each morning",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("3. Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable", "Assessed by"])
    e, d = "E", "D"
    rows = [
        ("Qualifications and training",),
        ("Care Certificate, or willing to complete it in the first 12 weeks", e, "A"),
        ("Phlebotomy training certificate", d, "A"),
        (
            "Training in point-of-care blood testing for clozapine monitoring, given by the Trust",
            e,
            "N/A",
        ),
        ("Experience",),
        ("Experience of working with people with mental health problems, paid or unpaid", e, "A/I"),
        ("Experience of taking blood samples", d, "A/I"),
        ("Experience of recording physical observations such as blood pressure, pulse and weight", d, "A"),
        ("Skills and abilities",),
        ("Able to build trust with patients who may be anxious or unwell", e, "I"),
        ("Accurate record keeping, on paper and on computer", e, "A/I"),
        ("Able to follow up missed appointments by phone and letter", e, "I"),
        ("Must enter every blood result onto the monitoring service before 2pm on the day of the clinic", e, "N/A"),
        ("Knowledge",),
        ("Understanding of why people taking clozapine need regular blood tests", d, "I"),
        ("Awareness of safeguarding adults", e, "I"),
        ("Other",),
        ("Able to travel to clinics in Ealing, Hammersmith and Fulham, and Hounslow", e, "A/I"),
        ("Satisfactory enhanced DBS check", e, "R"),
    ]
    for row in rows:
        cells = table.add_row().cells
        if len(row) == 1:
            bold_cell(cells[0].merge(cells[-1]), row[0])
            continue
        text, level, assessed = row
        cells[0].text = text
        wingdings_tick(cells[1] if level == e else cells[2])
        cells[3].text = assessed
    document.add_paragraph("Assessed by: A = application form, I = interview, R = references and checks.")
    document.add_heading("4. General", level=2)
    document.add_paragraph(
        "All staff must follow the Trust's policies on confidentiality, health and safety and infection control. "
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension Scheme, a travel allowance between "
        "clinic sites and an employee assistance programme."
    )
    save(document, "l4_clozapine_clinic_support_worker.docx")


L5_ITEMS = [
    ("title", "Point of Care Testing Support Officer"),
    ("bold", "Point of Care Testing team, Chelsea and Westminster Hospital NHS Foundation Trust"),
    ("body", "West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Around 40 wards and departments at West Middlesex use blood gas analysers, glucose and ketone meters, "
        "urine analysers and pregnancy tests at the bedside. Our small team makes sure every device is safe to use "
        "and every user is trained. We would like you to join us at Band 4, on a permanent contract of 37.5 hours a "
        "week, Monday to Friday. Applications close on 13 February 2028 and interviews will be held on 24 "
        "February.",
    ),
    (
        "body",
        "You will run the daily and weekly quality control checks, train and register new users, look into results "
        "that do not look right, order stock, arrange repairs and keep our records ready for inspection. You must "
        "take any analyser that fails its quality control out of use and tell the ward straight away. You do not "
        "need to have worked with blood gas analysers before: the lead scientist will train you on every device we "
        "use.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have two A-levels, one of them in a science subject, or an equivalent "
        "qualification. You must have experience of training or teaching adults, in any setting. Good IT skills "
        "are essential, as you will keep device records and results on several computer systems. It is essential "
        "that you can explain quality control results clearly and tactfully to busy ward staff. You must keep "
        "careful and accurate records of every check, fault and repair. It is essential that you can organise "
        "your own day and work without close supervision.",
    ),
    (
        "body",
        "Experience of using blood glucose meters or other bedside testing devices would be beneficial. Knowledge "
        "of laboratory quality standards such as ISO 15189 would be an advantage. Experience of working in a "
        "hospital laboratory is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that applicants have the right to work in the UK, as this post cannot be sponsored under "
        "the Skilled Worker route. The successful applicant will need a basic DBS check and two satisfactory "
        "references. After your first year we will support you through a Level 4 healthcare science "
        "apprenticeship if you would like to progress. You will have 27 days' annual leave plus bank holidays, the "
        "NHS Pension Scheme, free staff parking and a cycle to work scheme. We would like to hear from you even if "
        "you do not meet every point above.",
    ),
]


L6_ITEMS = [
    ("title", "CT Imaging Assistant"),
    ("bold", f"The Hillingdon Hospitals NHS Foundation Trust {DASH} Imaging Department"),
    ("body", "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"),
    ("gap", ""),
    ("body", "Band 2  |  £28,200 a year, including Outer London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week on a rota of early, late and weekend shifts"),
    ("body", "Applications close on Sunday 20 February 2028. Interviews will be held on Thursday 2 March 2028."),
    ("heading", "About the role"),
    (
        "body",
        "Our two CT scanners at Hillingdon run from 8am to 8pm every day and see around 150 patients between them, "
        "from people having planned scans for cancer to patients brought straight from the emergency department. "
        "You will be the first person many of them meet in CT, and you will help the radiographers keep the lists "
        "moving safely.",
    ),
    ("heading", "What you'll be doing"),
    ("body", "\u2022 Welcome patients, check their details against the scan request and explain what will happen"),
    (
        "body",
        "\u2022 Help patients to change, to move on and off the table and to get comfortable, using slide sheets "
        "where needed",
    ),
    ("body", "\u2022 Clean the scanner, trolleys and room between patients and restock consumables"),
    (
        "body",
        "\u2022 You must confirm that the safety questionnaire has been completed and signed before any patient goes "
        "into the scan room",
    ),
    ("body", "\u2022 Take patients to and from the wards and the emergency department with a porter when needed"),
    ("heading", "Essential criteria"),
    ("body", "\u2022 English and maths qualifications at GCSE grade 4 or Functional Skills Level 2"),
    ("body", "\u2022 Experience of working with the public in a care, customer service or hospitality role"),
    ("body", "\u2022 Physically fit enough to help patients move on and off the scanner table"),
    ("body", "\u2022 Able to stay calm and reassuring with patients who are frightened or in pain"),
    ("body", "\u2022 Willing to work flexibly across early, late and weekend shifts"),
    ("body", "\u2022 Careful attention to detail when checking patient identification"),
    ("body", "\u2022 Understanding of patient confidentiality"),
    (
        "body",
        f"\u2022 No hospital experience is needed {DASH} every new assistant has a full induction and a buddy for "
        "the first month",
    ),
    ("heading", "Desirable criteria"),
    ("body", "\u2022 Care Certificate or another health and social care qualification"),
    ("body", "\u2022 Experience of working in a hospital imaging department"),
    ("body", "\u2022 Basic knowledge of radiation safety in a scanning department"),
    ("heading", "Training and support"),
    (
        "body",
        "If you do not already hold it, you will complete the Care Certificate with us in your first 12 weeks. "
        "Assistants who want to progress can apply for our assistant practitioner apprenticeship in imaging after "
        "their first year.",
    ),
    ("heading", "Before you apply"),
    (
        "body",
        "You will need to show that you have the right to work in the UK; we are unable to sponsor visas for this "
        "post. Offers depend on an enhanced DBS check and two satisfactory references.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave, rising to 33 days with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme, NHS discounts and a free flu vaccination every autumn"),
    ("body", "\u2022 Staff parking on site and a cycle to work scheme"),
]

# l6's two ligatures: each letter pair is written as one byte code that the font's encoding maps to the glyph
# named fi or fl. The codes are those of "¹" and "²" in WinAnsiEncoding, which the advert does not otherwise use.
LIGATURES = {"fi": ("\u00b9", 185), "fl": ("\u00b2", 178)}


def ligature_pdf(items: list[tuple[str, str]]) -> bytes:
    """A PDF laid out as `advert_files.pdf_bytes` lays it out, except that every "fi" and "fl" is printed with
    the font's ligature glyph, as desktop publishing software does, so the text layer holds U+FB01 and U+FB02."""
    coded = []
    for style, text in items:
        for pair, (stand_in, _code) in LIGATURES.items():
            assert stand_in not in text
            text = text.replace(pair, stand_in)
        coded.append((style, text))
    differences = " ".join(f"{code} /{pair}" for pair, (_stand_in, code) in sorted(LIGATURES.items()))
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    objects.append(f"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [{differences}] >>".encode())
    encoding = len(objects)
    objects.append(f"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding {encoding} 0 R >>".encode())
    f1 = len(objects)
    objects.append(f"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding {encoding} 0 R >>".encode())
    f2 = len(objects)
    kids = []
    for page in _page_lines(coded, (16, 56), "   "):
        stream = "\n".join(page).encode("latin-1")
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
        content = len(objects)
        objects.append(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
                f"/Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> >> /Contents {content} 0 R >>"
            ).encode()
        )
        kids.append(len(objects))
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    return pdf_file(objects)


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    l1_pharmacy_homecare_administrator()
    l2_pathology_laboratory_support_worker()
    l3_radiology_bookings_coordinator()
    l4_clozapine_clinic_support_worker()
    (ADVERTS / "l5_point_of_care_testing_support_officer.pdf").write_bytes(pdf_bytes(L5_ITEMS, title=(16, 56)))
    (ADVERTS / "l6_ct_imaging_assistant.pdf").write_bytes(ligature_pdf(L6_ITEMS))


if __name__ == "__main__":
    main()
