"""Build the Word and PDF adverts of the twenty-second held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback22/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; this script
also fixes the time stamps that python-docx would otherwise write into each Word file's zip entries, so a rebuild
is byte for byte the same. The pasted-text adverts (a6 to a8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.advert_files import (  # noqa: E402
    add_rows_with_category_rows,
    blank_docx,
    bold_cell,
    fill_cell,
    header_table,
    label_value_table,
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

DASH = "\u2013"
FULL = "\u25cf"  # black circle: essential in a2's key
OPEN = "\u25cb"  # white circle: desirable in a2's key
FIXED_TIME = dt.datetime(2027, 12, 6, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2027, 12, 6, 10, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts

A1_SPEC = [
    ("", "Qualifications", "Experience", "Skills and knowledge", "Personal qualities"),
    (
        "Essential",
        "GCSE English and maths at grade 4/C or above, or equivalent",
        "Experience of working with the public in a sensitive or emotionally demanding setting\n"
        "Experience of accurate administration and record keeping",
        "Able to communicate calmly and compassionately with grieving relatives, face to face and by phone\n"
        "Good IT skills, including Microsoft Word, Outlook and Excel",
        "Able to stay composed when dealing with distressing information\n"
        "Eligible to work in the UK (this post does not attract visa sponsorship)",
    ),
    (
        "Desirable",
        "Bereavement care or counselling skills training, for example with Cruse Bereavement Support\n"
        "We will support the successful candidate to complete the Level 3 Award in Supporting Bereaved People",
        "Experience in a hospital bereavement office, register office, funeral directors or coroner's office",
        "Knowledge of the death certification process and the role of the Medical Examiner",
        "Able to speak a community language used in Hounslow or Ealing",
    ),
    ("How assessed", "Application form and certificates", "Application form and interview", "Interview", "Interview"),
]


def a1_bereavement_support_officer() -> None:
    """Details in a two-pairs-a-row table (the band as a bare "4", the closing date as 13.03.2028, the site's
    hospital beside the legal employer); a "must" duty and an "essential" training day in the duties; the person
    specification transposed, with the categories as columns and Essential, Desirable and How assessed as rows,
    a right-to-work line in an Essential cell and a training offer in a Desirable cell."""
    document = blank_docx("Arial")
    document.add_heading("Bereavement Support Officer", level=1)
    document.add_paragraph("Chelsea and Westminster Hospital NHS Foundation Trust")
    label_value_table(
        document,
        [
            ("Band", "4", "Hours", "37.5 per week, Monday to Friday, 8.30am to 4.30pm"),
            ("Department", "Bereavement and Medical Examiner Office", "Reporting to", "Bereavement Services Lead"),
            ("Site", "West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF", "Closing", "13.03.2028"),
        ],
    )
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "Our bereavement office supports around 1,100 families a year after a death at West Middlesex University "
        "Hospital. You will be the first person many of them speak to: arranging for them to collect the Medical "
        "Certificate of Cause of Death and their relative's belongings, explaining what happens next, and working "
        "with the Medical Examiners, doctors, the mortuary, funeral directors and the Register Office in Hounslow."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Book and hold appointments with bereaved relatives, in person and by phone, in a private room.",
        "Keep the bereavement register and the deceased patients' property log up to date.",
        "Prepare the paperwork for the Medical Examiner's scrutiny and chase doctors for completed certificates.",
        "You must send each completed certificate to the Register Office electronically on the day it is signed, "
        "so that families can register the death within five days.",
        "Attend the Trust's essential bereavement awareness training day in your first month and help deliver it "
        "to ward staff afterwards.",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, list(A1_SPEC[0]))
    for row in A1_SPEC[1:]:
        cells = table.add_row().cells
        bold_cell(cells[0], row[0])
        for cell, text in zip(cells[1:], row[1:], strict=True):
            fill_cell(cell, text)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, the NHS Pension, free counselling through our staff "
        "psychology service, a Blue Light Card and on-site parking at a reduced staff rate. Appointment is subject "
        "to two references and a standard DBS check."
    )
    save(document, "a1_bereavement_support_officer.docx")


A2_SPEC = [
    ("Qualifications",),
    (f"{FULL} GCSE grade 4/C or above in English, or equivalent", "A"),
    (f"{OPEN} Level 2 qualification in text processing or business administration", "A"),
    ("Experience",),
    (f"{FULL} Experience of office administration, including taking minutes and managing diaries", "A/I"),
    (f"{OPEN} Experience of working or volunteering with a faith community or charity", "A/I"),
    (f"{OPEN} Experience of organising volunteers or a volunteer rota", "A/I"),
    ("Skills and abilities",),
    (f"{FULL} Good working knowledge of Microsoft Outlook, Word and Excel", "A/T"),
    (f"{FULL} Able to speak sensitively with patients and relatives who are distressed", "I"),
    (f"{FULL} Able to keep information confidential", "I"),
    (f"{OPEN} Able to design simple posters and leaflets, for example in Canva or Publisher", "A"),
    ("Other",),
    (f"{FULL} Respect for people of all faiths and beliefs, and for those with none", "I"),
    (f"{FULL} Able to work one Saturday morning a month on a rota", "I"),
    (f"{FULL} Enhanced DBS check (the Trust will apply for this and pay for it)", "Pre-employment"),
]


def a2_chaplaincy_and_spiritual_care_administrator() -> None:
    """The band in brackets after the title; duties with a "must" and an "It is not necessary" line before the
    table; a two-column table (criterion, assessed by) with category rows merged across, where the level is only a
    filled or open circle at the start of each criterion and the key comes after the table; an enhanced DBS row
    marked with the filled circle."""
    document = blank_docx("Calibri")
    document.add_heading("Chaplaincy and Spiritual Care Administrator (Band 3)", level=1)
    document.add_paragraph(
        "Employer: Imperial College Healthcare NHS Trust\n"
        "Team: Chaplaincy and Spiritual Care, St Mary's Hospital, Praed Street, London W2 1NY, with some work at "
        "Charing Cross and Hammersmith Hospitals\n"
        "Contract: permanent, 30 hours a week over four days\n"
        "Closing date: Thursday 17 February 2028 (interviews Monday 28 February 2028)"
    )
    document.add_heading("About the team", level=2)
    document.add_paragraph(
        "Our chaplains and more than 60 volunteers from many faith and belief communities visit patients on the "
        "wards, support families after a death and lead prayers and services in our multi-faith rooms. As the "
        "team's administrator you keep everything running behind the scenes."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Take referrals for a chaplain by phone, bleep and email and log them on the referrals spreadsheet.",
        "Keep the on-call chaplains' rota and the volunteer visiting rota.",
        "Book the multi-faith rooms and the chapel, and take minutes at the monthly team meeting.",
        "You must confirm tomorrow's on-call chaplain with switchboard before 5pm every working day.",
        "Order candles, prayer mats, service sheets and other supplies within the team's budget.",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_paragraph(
        "It is not necessary to belong to a faith community to apply for this post, and chaplaincy knowledge is "
        "not expected: the Head of Chaplaincy will take you through everything in your first weeks."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Assessed by"])
    add_rows_with_category_rows(table, A2_SPEC)
    document.add_paragraph(
        f"Key: {FULL} essential   {OPEN} desirable.   A = application form, I = interview, T = test at interview."
    )
    document.add_paragraph(
        "We offer flexible working, 27 days' annual leave plus bank holidays, the NHS Pension and a season ticket "
        "loan. Imperial College Healthcare is a London Living Wage employer."
    )
    save(document, "a2_chaplaincy_and_spiritual_care_administrator.docx")


A3_ROWS = [
    (
        "Greet patients in the studio and in outpatient clinics, check their identity and record their consent "
        "before any photograph is taken",
        f"Essential {DASH} Experience of dealing with members of the public in person\n"
        f"Essential {DASH} Understanding of why consent and dignity matter when a patient is photographed",
    ),
    (
        "Set up studio lighting, backdrops and cameras for each session, and charge and clean the equipment",
        f"Desirable {DASH} Own photography experience with a digital SLR or mirrorless camera, including manual "
        "settings\n"
        f"Training given {DASH} cleaning cameras and the ward kit bag to infection control standards",
    ),
    (
        "Download, name and upload images to the image archive, checking the hospital number on every image",
        f"Essential {DASH} Good computer skills, including file management\n"
        f"Essential {DASH} Very careful attention to detail\n"
        f"Desirable {DASH} Experience with Adobe Photoshop or Lightroom",
    ),
    (
        "Answer the department phone and inbox, book appointments and keep the ward request log",
        f"Essential {DASH} Clear telephone and email manner\nEssential {DASH} Able to organise your own workload",
    ),
    (
        "Assist the clinical photographers on wards, in theatres and in the wound imaging clinic",
        f"Desirable {DASH} A photography qualification at Level 3 (e.g. BTEC, A-level or City & Guilds)\n"
        f"Not needed {DASH} previous hospital experience: you will shadow a photographer for your first six weeks",
    ),
    (
        "Other",
        f"Essential {DASH} Able to move camera equipment (up to 10 kg) between sites on a trolley\n"
        f"Required of all staff {DASH} the right to work in the UK and a satisfactory standard DBS check",
    ),
]


def a3_clinical_photography_assistant() -> None:
    """The employer and department only in the page footer; the band as "AfC 3" on one "|" line with a reference
    and "Applications close at midnight on Sunday 9 April 2028"; duties and requirements paired in one two-column
    table, each requirement prefixed by its level as a word, with "Training given", "Not needed" and "Required of
    all staff" lines in the same cells; an "essential car user" near miss in the closing paragraph."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.footer.paragraphs[0].text = (
        "London North West University Healthcare NHS Trust \u00b7 Medical Illustration Department \u00b7 "
        "Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"
    )
    document.add_heading("Clinical Photography Assistant", level=1)
    document.add_paragraph(
        "Pay band: AfC 3 | Ref: 362-MI-0288 | Permanent, 37.5 hours | "
        "Applications close at midnight on Sunday 9 April 2028"
    )
    document.add_paragraph(
        "Medical Illustration photographs skin conditions, wounds, injuries and operations so that doctors can "
        "track healing and plan treatment. We are a team of seven working across Northwick Park, Central "
        "Middlesex and Ealing hospitals, and we are looking for an assistant to help our clinical photographers "
        "run a busy studio and ward service. The table below sets out what the job involves and what you will "
        "need for each part of it."
    )
    table = header_table(document, ["What you will do", "What you will need to do it"])
    for duty, needs in A3_ROWS:
        cells = table.add_row().cells
        fill_cell(cells[0], duty)
        fill_cell(cells[1], needs)
    document.add_paragraph(
        "This is not an essential car user post: you will travel between our hospitals on the free staff shuttle "
        "bus. Benefits include 27 days' annual leave plus bank holidays, the NHS Pension, a cycle-to-work scheme "
        "and discounts through NHS Fit. For an informal chat, ask switchboard for the Head of Medical "
        "Illustration on extension 5412."
    )
    save(document, "a3_clinical_photography_assistant.docx")


A4_TOP = [
    ("title", "Transfusion Traceability Administrator"),
    ("bold", "The Hillingdon Hospitals NHS Foundation Trust"),
    ("body", "Blood Transfusion Laboratory, Pathology Directorate"),
    ("body", "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN"),
    ("gap", ""),
    ("body", "Grade: Band 3  |  Hours: 37.5 per week  |  Contract: Permanent"),
    ("body", "Closing date: 27/01/2028  |  Job reference: 375-PATH-2291"),
    ("heading", "Job summary"),
    (
        "body",
        "Every unit of blood, platelets and plasma that leaves our laboratory must be traced to the patient who "
        "received it or to its safe disposal. The Transfusion Traceability Administrator makes sure that happens. "
        "You will work with the biomedical scientists in the transfusion laboratory and with the Hospital "
        "Transfusion Team, chasing the wards and theatres for every missing record.",
    ),
    ("heading", "Main duties and responsibilities"),
]

A4_DUTIES = [
    "Run the daily report of blood components issued without a confirmed fate and follow each one up.",
    "Contact wards, theatres and the emergency department by phone and email to complete missing records.",
    "Record returned, wasted and transferred components on the laboratory information system.",
    "You must complete the fate of every component within 14 days of issue, so that the Trust meets the 100% "
    "traceability requirement.",
    "Prepare the monthly traceability and wastage figures for the Hospital Transfusion Committee.",
    "Keep the blood fridge temperature charts and alarm test records filed and ready for inspection.",
    "Help with the annual traceability audit and with the MHRA compliance report.",
    "Scan and file transfusion request forms and signed prescription charts.",
    "Order stationery and the blood sample labels used by the wards.",
    "Take part in the Pathology Directorate's team meetings and training.",
    "Cover the laboratory reception desk at lunchtimes when needed.",
]

A4_SPEC = [
    ("heading", "PERSON SPECIFICATION"),
    ("body", "Key: (E) = Essential, (D) = Desirable"),
    ("bold", "1. Qualifications"),
    ("body", "1.1 GCSE (or equivalent) in English and maths at grade 4/C or above (E)"),
    ("body", "1.2 NVQ Level 3 or equivalent in business administration or customer service (D)"),
    ("body", "1.3 Completion of the Trust's blood traceability and cold chain e-learning within the first month (E)"),
    ("bold", "2. Experience"),
    ("body", "2.1 Experience of administrative work involving data entry and checking records (E)"),
    ("body", "2.2 Experience of working in a hospital laboratory or clinical area (D)"),
    ("body", "2.3 Experience of chasing missing information from several teams by phone and email (E)"),
    ("bold", "3. Skills and abilities"),
    ("body", "3.1 Accurate keyboard and data-entry skills (E)"),
    ("body", "3.2 Competent in Excel, including sorting and filtering lists (E)"),
    ("body", "3.3 Able to explain politely and firmly to ward staff why a traceability record is needed (E)"),
    ("body", "3.4 Familiarity with a laboratory information system or a blood tracking system such as BloodTrack (D)"),
    ("bold", "4. Knowledge"),
    ("body", "4.1 Awareness of the Blood Safety and Quality Regulations 2005 (BSQR) (D)"),
    ("body", "4.2 Understanding of confidentiality and data protection (E)"),
    ("bold", "5. Other"),
    ("body", "5.1 Able to work flexibly, including occasional late shifts until 8pm (E)"),
    ("body", "5.2 Occupational health clearance, including hepatitis B immunisation (E)"),
    ("gap", ""),
    (
        "body",
        "No previous NHS or laboratory experience is required. We offer 27 days' annual leave plus bank "
        "holidays, the NHS Pension, on-site staff parking and a nursery at Hillingdon Hospital. Offers are subject "
        "to references, a basic DBS check and proof of the right to work in the UK.",
    ),
]


# Blank 8-point gaps that push the "Page 1 of 2" line to the foot of the first page (found by laying the page out).
A4_FILL_GAPS = 10


def a4_items() -> list[tuple[str, str]]:
    """The job summary and a long duties list fill the first page, so the numbered person specification breaks
    across the page; a running line "Page 1 of 2" closes the first page and a continuation heading opens the
    second, between two criteria."""
    items = [*A4_TOP, *[("body", f"\u2022 {duty}") for duty in A4_DUTIES], ("gap", "")]
    footer = ("body", "Transfusion Traceability Administrator \u00b7 JD/PS v3 \u00b7 Page 1 of 2")
    header = ("bold", "Transfusion Traceability Administrator \u00b7 Person specification (continued)")
    split = A4_SPEC.index(("bold", "3. Skills and abilities")) + 2
    first, rest = A4_SPEC[:split], A4_SPEC[split:]
    gaps = [("gap", "")] * A4_FILL_GAPS
    last = ("body", "Transfusion Traceability Administrator \u00b7 JD/PS v3 \u00b7 Page 2 of 2")
    return [*items, *first, *gaps, footer, header, *rest, ("gap", ""), last]


A5_ITEMS = [
    ("title", "WE'RE HIRING"),
    ("title", "Endoscopy Decontamination Technician"),
    ("bold", "Band 2  \u2022  \u00a327,485 a year including High Cost Area Supplement"),
    ("body", "Charing Cross Hospital, Fulham Palace Road, London W6 8RF"),
    ("body", "Full time, 37.5 hours: early (7am to 3pm) and late (12 noon to 8pm) shifts and 1 Saturday in 4"),
    ("heading", "Keep our scopes safe"),
    (
        "body",
        "Every endoscope used in our endoscopy unit goes through our decontamination room before it is used on "
        "the next patient. You will clean scopes by hand, run the automated washer disinfectors, test the water "
        "and scan every scope so that it can be traced to the patient it was used on.",
    ),
    ("heading", "No experience? No problem."),
    (
        "body",
        "Full training is given. You will complete our 12-week competency programme, signed off by the "
        "Decontamination Lead, before you work on your own.",
    ),
    ("heading", "You'll need"),
    ("body", "\u2022 To be able to follow a written procedure step by step, every time"),
    ("body", "\u2022 Good spoken and written English, to complete tracking records"),
    ("body", "\u2022 To be comfortable standing for most of a shift and wearing PPE for long periods"),
    ("body", "\u2022 Basic numeracy for reading test results and timings"),
    ("body", "\u2022 To be happy working early and late shifts and one Saturday in four"),
    ("heading", "Bonus if you have"),
    ("body", "\u2022 Experience in a decontamination unit, sterile services, a laboratory or a food factory"),
    ("body", "\u2022 A Level 2 certificate in decontamination or infection prevention"),
    ("body", "\u2022 Experience of using a computer tracking system for stock or equipment"),
    ("heading", "Essential kit"),
    ("body", "We provide everything: scrubs, visors, safety shoes and all the PPE the unit needs."),
    ("heading", "What you get"),
    ("body", "\u2022 27 days' annual leave plus bank holidays, rising with service"),
    ("body", "\u2022 NHS Pension and free hepatitis B vaccination"),
    ("body", "\u2022 A funded Level 2 decontamination qualification once you are signed off"),
    ("heading", "How to apply"),
    (
        "body",
        "Come to our open day on Saturday 4 March 2028, 10am to 1pm, in the Endoscopy Unit on the 2nd floor, or "
        "apply on NHS Jobs by Monday 20 March 2028 (job reference 290-SS-7104). You must be eligible to work in "
        "the UK; we cannot offer visa sponsorship for this post. Offers are subject to occupational health "
        "clearance and two references.",
    ),
    ("gap", ""),
    (
        "body",
        "Imperial College Healthcare NHS Trust \u00b7 Charing Cross, Hammersmith, Queen Charlotte's & Chelsea, "
        "St Mary's and Western Eye hospitals \u00b7 An equal opportunities employer",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    a1_bereavement_support_officer()
    a2_chaplaincy_and_spiritual_care_administrator()
    a3_clinical_photography_assistant()
    (ADVERTS / "a4_transfusion_traceability_administrator.pdf").write_bytes(pdf_bytes(a4_items(), title=(16, 56)))
    (ADVERTS / "a5_endoscopy_decontamination_technician.pdf").write_bytes(pdf_bytes(A5_ITEMS, title=(22, 40)))


if __name__ == "__main__":
    main()
