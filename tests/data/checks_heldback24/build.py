"""Build the Word and PDF adverts of the twenty-fourth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback24/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (d6 to d8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from docx.enum.text import WD_UNDERLINE  # noqa: E402
from docx.shared import Pt, RGBColor  # noqa: E402

from tests.data.advert_files import (  # noqa: E402
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
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2028, 4, 3, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 4, 3, 9, 30, 0)  # every Word file's zip entries
RED = RGBColor(0xC0, 0x00, 0x00)
BLUE = RGBColor(0x1F, 0x4E, 0x9A)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def d1_health_records_scanning_assistant() -> None:
    """Two criteria to a table row ("Requirement | E/D | Requirement | E/D"), read across and then down, with no
    categories; a right-to-work pair marked E among them, a training line marked with a dash, and an empty last
    pair. A "You must check two patient identifiers ..." duty, "no experience needed" and a DBS line after."""
    document = blank_docx("Arial")
    document.add_heading("Health Records Scanning Assistant", level=1)
    document.add_paragraph(f"Central and North West London NHS Foundation Trust {DASH} Records Digitisation Service")
    label_value_table(
        document,
        [
            ("Band", "2", "Salary", f"{POUND}28,120 to {POUND}29,010 a year including Outer London HCAS"),
            ("Hours", "37.5 a week, Monday to Friday", "Contract", "Fixed term, 18 months"),
            (
                "Base",
                "Park Royal Centre for Mental Health, Central Way, London NW10 7NS",
                "Closing date",
                "17 April 2028",
            ),
        ],
    )
    document.add_heading("About the service", level=2)
    document.add_paragraph(
        "Our community and mental health teams in Brent, Harrow and Hillingdon are moving from paper case notes to "
        "the electronic patient record. The Records Digitisation Service receives the paper files, scans them page "
        "by page and attaches each document to the right patient, so that a clinician anywhere in the Trust can "
        "open it within seconds. We scan around 40,000 pages a week and work to a quality standard of fewer than "
        "one indexing error in every 2,000 documents."
    )
    document.add_heading("What you will be doing", level=2)
    for duty in [
        "Preparing files for scanning: taking out staples, treasury tags and sticky notes, mending torn pages and "
        "putting loose papers back in date order",
        "Feeding prepared documents through high-volume scanners and checking every image can be read",
        "Indexing each document to the correct patient and document type on the scanning software",
        "Booking boxes in and out on the tracking log and keeping the scanning room tidy and locked",
        "Moving boxes of files between the loading bay, the preparation benches and the scanners",
        "You must check two patient identifiers on every file before it is scanned, and set aside any file where "
        "they do not match",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Requirement", "E/D", "Requirement", "E/D"])
    pairs = [
        (
            "Good standard of English and maths, such as GCSE or Functional Skills Level 1",
            "E",
            "NVQ or other qualification in business administration",
            "D",
        ),
        (
            "Experience of working in an office, warehouse or production line",
            "E",
            "Experience of scanning or handling health or council records",
            "D",
        ),
        ("Able to do repetitive work accurately for long periods", "E", "Right to work in the UK", "E"),
        (
            "Basic keyboard and computer skills",
            "E",
            "Understanding of why patient information must be kept confidential",
            "E",
        ),
        (
            "Able to lift and carry boxes of files weighing up to 12 kg",
            "E",
            "Experience of using a document management system",
            "D",
        ),
        (
            "Full training in scanning and indexing will be given",
            DASH,
            "Able to work to daily targets as part of a small team",
            "E",
        ),
        ("Knowledge of medical terminology", "D", "", ""),
    ]
    for pair in pairs:
        cells = table.add_row().cells
        for cell, text in zip(cells, pair, strict=True):
            fill_cell(cell, text)
    document.add_paragraph("E = essential    D = desirable")
    document.add_heading("Good to know", level=2)
    document.add_paragraph(
        "No experience of health records is needed: you will spend your first two weeks with a trainer and "
        "complete the Trust's information governance e-learning before you handle any files. The post is "
        "subject to a standard DBS check and two references, and we are not able to offer visa sponsorship."
    )
    document.add_paragraph(
        "In return we offer 27 days' annual leave plus bank holidays, the NHS Pension Scheme, a subsidised staff "
        "canteen, a cycle-to-work scheme and free parking on site."
    )
    save(document, "d1_health_records_scanning_assistant.docx")


D2_CRITERIA: list[tuple[str, bool | None]] = [
    # (text, bold); None is a category line. A bold bullet is essential; the last bold bullet is a promise, not
    # a criterion.
    ("Qualifications", None),
    ("Good standard of literacy and numeracy (GCSE grade 4/C or equivalent)", True),
    ("SIA Public Space Surveillance (CCTV) licence", False),
    ("Emergency First Aid at Work certificate", False),
    ("Experience", None),
    ("Experience of monitoring CCTV, alarms or radios in a security, retail or transport setting", True),
    ("Experience of working in a hospital or other 24-hour public building", False),
    ("Skills", None),
    ("Clear, calm radio and telephone manner, including in emergencies", True),
    ("Able to write accurate incident logs and statements that could be used in court", True),
    ("Comfortable using several computer screens and systems at once", True),
    ("Understanding of data protection rules when viewing and sharing CCTV footage", True),
    ("Working pattern", None),
    ("Able to work a 24/7 rota of 12-hour day and night shifts", True),
    (
        "If you do not yet hold the CCTV licence, the Trust will pay for your course within your first three months",
        True,
    ),
]


def d2_security_control_room_operator() -> None:
    """One list of criteria under category lines, with the level shown only by bold type (bold = essential, plain
    = desirable) and the key after the list; the category lines are bold paragraphs, the duties have bold
    lead-ins, and one bold bullet in the list is the Trust's offer to pay for the CCTV licence course."""
    document = blank_docx("Calibri")
    heading = document.add_paragraph()
    run = heading.add_run("Chelsea and Westminster Hospital NHS Foundation Trust")
    run.bold = True
    run.font.size = Pt(14)
    document.add_heading("Security Control Room Operator", level=1)
    for line in [
        "AfC Band 3",
        "Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH",
        "Permanent, 37.5 hours a week on a 24/7 rota",
        "Closing date: 9 May 2028 at 23:59",
    ]:
        document.add_paragraph(line)
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "Our control room is the centre of security for the Chelsea site. It watches over 180 cameras, the "
        "intruder and panic alarms, the door access system for the wards and the radio network used by our "
        "patrol officers. It is staffed around the clock, every day of the year, and it is often the first place "
        "to hear about an incident in the Emergency Department, a missing patient or a fire alarm."
    )
    document.add_heading("Main duties", level=2)
    for lead, rest in [
        ("Monitor", " cameras, alarms and door access, and send patrol officers to incidents by radio"),
        ("Answer", " the security emergency line and the 2222 calls passed on by switchboard"),
        ("Record", " every incident on the security incident log before the end of the shift"),
        ("Handle", " requests for CCTV recordings from the police and patients in line with Trust procedure"),
        ("Issue", " and cancel staff ID badges and door access rights"),
    ]:
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(lead).bold = True
        paragraph.add_run(rest)
    document.add_heading("What we are looking for", level=2)
    for text, bold in D2_CRITERIA:
        if bold is None:
            document.add_paragraph().add_run(text).bold = True
            continue
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(text).bold = bold
    key = document.add_paragraph()
    key_run = key.add_run("Key: requirements shown in bold are essential. All other requirements are desirable.")
    key_run.italic = True
    key_run.font.size = Pt(9)
    document.add_heading("Before you apply", level=2)
    document.add_paragraph(
        "All security staff are screened to BS 7858, which needs a full five-year history of your employment and "
        "addresses, and the post is subject to an enhanced DBS check. You must have the right to work in the UK; "
        "this post is not eligible for visa sponsorship."
    )
    document.add_heading("What we offer", level=2)
    for benefit in [
        "27 days' annual leave plus bank holidays, rising with service",
        "NHS Pension Scheme",
        "Unsocial hours payments for nights, weekends and bank holidays",
        "Conflict resolution and physical intervention training in your first month",
        "Staff gym, Blue Light Card and NHS discounts",
    ]:
        document.add_paragraph(benefit, style="List Bullet")
    save(document, "d2_security_control_room_operator.docx")


# d3's rows: (area, [(text, mark)], level parts [(text, mark)], assessed). A mark is "" for plain text, "del" for
# struck-through text the editor deleted, "ins" for underlined text the editor added, and "note" for a
# reviewer's comment in square brackets.
D3_ROWS = [
    ("Qualifications", [("Educated to A level standard or equivalent experience", "")], [("E", "")], "AF"),
    ("Qualifications", [("NVQ Level 3 in Business Administration", "del")], [("D", "del")], "AF"),
    (
        "Qualifications",
        [("Level 3 qualification in business administration or facilities management", "ins")],
        [("D", "ins")],
        "AF",
    ),
    (
        "Experience",
        [("Experience of keeping compliance, maintenance or health and safety records", "")],
        [("E", "")],
        "AF/I",
    ),
    (
        "Experience",
        [("Experience of working in an estates or facilities department", "")],
        [("E", "del"), (" D", "ins")],
        "AF/I",
    ),
    ("Experience", [("Experience of using a CAFM or planned maintenance system", "")], [("D", "")], "AF/I"),
    (
        "Skills",
        [
            ("Intermediate", "del"),
            (" Advanced", "ins"),
            (" Excel skills, including pivot tables", ""),
            (" and VLOOKUP", "del"),
            (" and conditional formatting", ""),
        ],
        [("E", "")],
        "AF/T",
    ),
    ("Skills", [("Able to take accurate minutes at meetings", "")], [("E", "")], "AF/I"),
    (
        "Skills",
        [("Confident chasing contractors for certificates and reports", "")],
        [("E / D", ""), (" [RK: E or D? Discuss with Sarah before this goes out]", "note")],
        "I",
    ),
    (
        "Knowledge",
        [("Awareness of statutory compliance areas such as water safety, fire safety and lifting equipment", "")],
        [("E", "")],
        "AF/I",
    ),
    (
        "Knowledge",
        [("Knowledge of HTM 04-01 (Safe water in healthcare premises)", "del")],
        [("D", "del")],
        "I",
    ),
    (
        "Other",
        [("Completion of the Trust's permit-to-work administrator training within three months of starting", "")],
        [("E", "")],
        "N/A",
    ),
    ("Other", [("Able to travel to Mount Vernon Hospital when needed", "")], [("E", "")], "I"),
]


def _marked_runs(paragraph, parts: list[tuple[str, str]]) -> None:
    for text, mark in parts:
        run = paragraph.add_run(text)
        if mark == "del":
            run.font.strike = True
            run.font.color.rgb = RED
        elif mark == "ins":
            run.font.underline = WD_UNDERLINE.SINGLE
            run.font.color.rgb = BLUE
        elif mark == "note":
            run.italic = True
            run.font.color.rgb = RED


def d3_estates_compliance_administrator() -> None:
    """A draft sent out with the editor's marks still showing: deleted rows and words struck through, new ones
    underlined, one level changed from E to D by striking the E, one level left as "E / D" with an unanswered
    reviewer's note (gold level check); a training row marked E and assessed N/A; three dates in the timetable."""
    document = blank_docx("Arial")
    note = document.add_paragraph()
    _marked_runs(
        note,
        [
            (
                "DRAFT v3 \u2013 changes since v2 are shown: deleted text struck through, new text underlined. "
                "HR: please remove the markup before this goes live.",
                "note",
            )
        ],
    )
    document.add_heading("Job Description and Person Specification", level=1)
    label_value_table(
        document,
        [
            ("Organisation", "The Hillingdon Hospitals NHS Foundation Trust"),
            ("Directorate", "Estates and Facilities"),
            ("Job title", "Estates Compliance Administrator"),
            ("Band", "4"),
            ("Reports to", "Estates Compliance Manager"),
            ("Base", "Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN, with visits to Mount Vernon Hospital"),
        ],
    )
    document.add_paragraph()
    timetable = header_table(document, ["Advert live", "Closing date", "Shortlisting", "Interviews"])
    fill_cells = timetable.add_row().cells
    for cell, text in zip(fill_cells, ["18/04/2028", "02/05/2028", "05/05/2028", "15/05/2028"], strict=True):
        fill_cell(cell, text)
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The Estates Compliance Administrator keeps the records that show our buildings are safe and meet the law: "
        "water hygiene, fire alarms and emergency lighting, lifts and hoists, gas, pressure systems and electrical "
        "testing. You will make sure every planned check is booked, carried out and evidenced, chase missing "
        "certificates and give the Estates Compliance Manager an accurate picture of where we stand each month."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Keep the planned preventive maintenance schedule on the CAFM system up to date and close jobs when "
        "evidence is received",
        "Log contractor certificates and reports and follow up any remedial actions with the estates officers",
        "Run the permit-to-work and contractor sign-in records for both hospitals",
        "Produce the monthly compliance dashboard for the Estates Compliance Manager",
        "Take minutes at the Water Safety Group, the Fire Safety Group and the Lifts and Lifting Equipment Group",
        "Prepare evidence packs for insurer, authorising engineer and Care Quality Commission visits",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Criteria", "E / D", "Assessed"])
    start = len(table.rows)
    for _area, text_parts, level_parts, assessed in D3_ROWS:
        cells = table.add_row().cells
        cells[1].text = ""
        _marked_runs(cells[1].paragraphs[0], text_parts)
        cells[2].text = ""
        _marked_runs(cells[2].paragraphs[0], level_parts)
        fill_cell(cells[3], assessed)
    index = 0
    while index < len(D3_ROWS):
        end = index
        while end + 1 < len(D3_ROWS) and D3_ROWS[end + 1][0] == D3_ROWS[index][0]:
            end += 1
        top = table.cell(start + index, 0)
        if end > index:
            top = top.merge(table.cell(start + end, 0))
        bold_cell(top, D3_ROWS[index][0])
        index = end + 1
    document.add_paragraph("AF = application form, I = interview, T = test on the day")
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You do not need to have worked in the NHS before. We offer 27 days' annual leave plus bank holidays, the "
        "NHS Pension, free staff parking, and support to study for an IWFM qualification once you are settled in "
        "post. The successful candidate will need a basic DBS check and two satisfactory references."
    )
    save(document, "d3_estates_compliance_administrator.docx")


D4_ITEMS = [
    ("title", "Access to Health Records Officer (Subject Access Requests)"),
    ("bold", "Imperial College Healthcare NHS Trust"),
    ("body", "Health Records Department, Charing Cross Hospital, Fulham Palace Road, London W6 8RF"),
    ("body", f"Band 4  {DASH}  {POUND}33,720 to {POUND}36,650 a year inclusive of Inner London HCAS"),
    ("body", "Full time, 37.5 hours  |  Permanent  |  Ref: 290-HR-1187"),
    ("body", "Closing date: 28.04.2028"),
    ("heading", "About the team"),
    (
        "body",
        "Patients, their representatives, solicitors, the police, insurers and the coroner can all ask to see "
        "hospital records. Our Access to Records team of six handles more than 900 requests a month for St Mary's, "
        "Charing Cross, Hammersmith, Queen Charlotte's and the Western Eye, and must release each one within the "
        "legal time limit.",
    ),
    ("heading", "Duties"),
    ("body", "1. Log every request on the request-tracking database on the day it arrives."),
    ("body", "2. Check the identity of the person asking and their right to see the records, and get consent."),
    ("body", "3. Collect records from the electronic patient record, radiology and the paper archive."),
    ("body", "4. Send records to the responsible clinician for review and remove third-party information."),
    ("body", "5. Release records securely and within one calendar month of a valid request."),
    ("body", "6. Answer telephone and email enquiries from patients, families and solicitors."),
    (
        "body",
        "7. You must keep the request log up to date at all times, as it is used for the monthly compliance figure "
        "reported to the Trust board.",
    ),
    ("heading", "Person specification"),
    ("body", "1. Educated to A level standard, or equivalent experience"),
    ("body", "2. Experience of working in health records, legal or other confidential administration"),
    (
        "body",
        "3. Good working knowledge of the UK GDPR and the Data Protection Act 2018, including the right of access",
    ),
    ("body", "4. Excellent written English, for letters to patients and solicitors"),
    ("body", "5. Able to explain tactfully to a patient why some information has been withheld"),
    ("body", "6. Well organised, able to track many cases against deadlines"),
    ("body", "7. Experience of redacting documents using software such as Adobe Acrobat Pro"),
    ("body", "8. Experience of using Cerner Millennium or another electronic patient record"),
    ("body", "9. Knowledge of the Access to Health Records Act 1990 (records of deceased patients)"),
    ("body", "10. Good computer skills, including Microsoft Word, Excel and Outlook"),
    ("body", "11. A recognised qualification in data protection or information governance"),
    ("heading", "How we shortlist"),
    (
        "body",
        "Criteria 1 to 6 and 10 are essential: please show in your supporting information how you meet each of "
        "them. Criteria 7, 8, 9 and 11 are desirable and will be used to choose between applicants who meet all "
        "the essential criteria. Please refer to the criteria by number in your supporting information.",
    ),
    ("heading", "Also good to know"),
    (
        "body",
        "Previous NHS experience is not required. You will need to show your right to work in the UK, and offers "
        "are subject to a basic DBS check and references. After your first year we will fund the BCS Foundation "
        "Certificate in Data Protection for officers who want to develop in information governance.",
    ),
    ("heading", "Benefits"),
    ("body", "\u2022 27 days' annual leave plus bank holidays, rising to 33 with service"),
    ("body", "\u2022 NHS Pension Scheme"),
    ("body", "\u2022 Hybrid working of up to two days a week at home after your probation"),
    ("body", "\u2022 Interest-free season ticket loan"),
]


D5_ITEMS = [
    ("title", "Job: Sewing Room Assistant"),
    ("body", "This is an easy read job advert. There is a full job description on our website."),
    ("gap", ""),
    ("heading", "Who we are"),
    ("body", "[Picture: a hospital building with trees]"),
    ("body", "We are West London NHS Trust."),
    ("body", "We look after people's mental health."),
    ("heading", "Where you will work"),
    ("body", "[Picture: a map pin]"),
    ("body", "St Bernard's Hospital, Uxbridge Road, Southall, UB1 3EU."),
    ("body", "You will work in the sewing room next to the laundry."),
    ("heading", "Pay and hours"),
    ("body", "[Picture: money and a clock]"),
    ("body", f"This job is Band 2. You will get {POUND}28,400 a year."),
    ("body", "You will work 37 and a half hours a week, Monday to Friday, 8am to 4pm."),
    ("heading", "When to apply"),
    ("body", "[Picture: a calendar]"),
    ("body", "Please send your form by 5 May 2028."),
    ("body", "We will tell you about the interview by 12 May 2028."),
    ("heading", "What you will do"),
    ("body", "[Picture: a sewing machine]"),
    ("body", "\u2022 Mend sheets, blankets and patients' clothes."),
    ("body", "\u2022 Make and mend safe curtains for the wards."),
    ("body", "\u2022 Change staff uniforms so they fit."),
    ("body", "\u2022 Sew name labels into patients' clothes."),
    ("body", "\u2022 Keep the sewing room clean and safe."),
    ("heading", "What you need to have"),
    ("body", "[Picture: a person with a tick]"),
    ("body", "\u2022 You need to be able to sew by hand and with a sewing machine."),
    ("body", "\u2022 You need to be able to measure and cut fabric carefully."),
    ("body", "\u2022 You need to be able to read simple work tickets in English."),
    ("body", "\u2022 You need to work safely with scissors, pins and needles."),
    ("body", "\u2022 You need to be able to stand for a long time and lift bags of linen."),
    ("body", "\u2022 You need to be able to work on your own and as part of a small team."),
    ("heading", "It is good if you have these too"),
    ("body", "[Picture: a person with a star]"),
    ("body", "\u2022 It is good if you have made or altered clothes or curtains for a job."),
    ("body", "\u2022 It is good if you have worked in a laundry or a hospital."),
    ("body", "\u2022 It is good if you can use an industrial sewing machine or an overlocker."),
    ("body", "\u2022 It is good if you have a qualification in sewing or textiles."),
    ("heading", "We will teach you"),
    ("body", "[Picture: two people at a table]"),
    ("body", "\u2022 How to make the special safe curtains that tear away if someone pulls them."),
    ("body", "\u2022 How to use our big industrial sewing machines."),
    ("body", "\u2022 How to keep people's information private."),
    ("body", "You do not need to have worked in the NHS before."),
    ("heading", "Things we will check"),
    ("body", "[Picture: a magnifying glass]"),
    ("body", "\u2022 You need to be allowed to work in the UK."),
    ("body", "\u2022 We will do a police check called a DBS check."),
    ("body", "\u2022 We will ask two people who know you for a reference."),
    ("heading", "What you get"),
    ("body", "[Picture: a present]"),
    ("body", "\u2022 27 days' holiday and bank holidays."),
    ("body", "\u2022 A pension."),
    ("body", "\u2022 Free lunch in the staff canteen on your first day, and cheap meals after that."),
    ("heading", "Help to apply"),
    ("body", "If you want help to fill in the form, call the recruitment team on 020 8354 8354 or ask a friend."),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    d1_health_records_scanning_assistant()
    d2_security_control_room_operator()
    d3_estates_compliance_administrator()
    (ADVERTS / "d4_access_to_health_records_officer.pdf").write_bytes(pdf_bytes(D4_ITEMS, title=(15, 62)))
    (ADVERTS / "d5_sewing_room_assistant.pdf").write_bytes(pdf_bytes(D5_ITEMS, title=(20, 45)))


if __name__ == "__main__":
    main()
