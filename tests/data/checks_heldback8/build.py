"""Build the Word and PDF adverts of the eighth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback8/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. Its Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts. The
pasted-text adverts (x6 to x8) are plain files and are not built here.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document

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
)

ADVERTS = HERE / "adverts"

# A plain check mark for "yes" and a ballot X for "no".
TICK = "\u2713"
CROSS = "\u2717"
DASH = "\u2013"


# ------------------------------------------------------------------------------------- Word helpers of its own


def labelled_line(document: Document, label: str, value: str) -> None:
    """A paragraph with a bold label and a plain value, such as "Grade: Band 3"."""
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{label}: ").bold = True
    paragraph.add_run(value)


# --------------------------------------------------------------------------------------------------------- Adverts


def x1_infection_prevention_administrator() -> None:
    """Employer only in the page header and the benefits paragraph; job details as bold-label lines; duties as
    bullets; check-mark and cross columns with category rows merged across, and a training row, a "must" duty
    row and a DBS row ticked Essential; the closing date as the last line."""
    document = blank_docx("Calibri")
    document.sections[0].header.paragraphs[0].text = "The Hillingdon Hospitals NHS Foundation Trust"
    document.add_heading("Job Description and Person Specification", level=1)
    labelled_line(document, "Post", "Infection Prevention and Control Administrator")
    labelled_line(document, "Grade", "Band 3")
    labelled_line(document, "Hours", "37.5 per week, Monday to Friday")
    labelled_line(document, "Department", "Infection Prevention and Control, Hillingdon Hospital, Uxbridge")
    labelled_line(document, "Reports to", "Lead Nurse, Infection Prevention and Control")
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The infection prevention and control team of six nurses and a consultant microbiologist works across "
        "Hillingdon and Mount Vernon hospitals. The administrator keeps the team's figures, diary and paperwork "
        "in order so that the nurses can spend their time on the wards."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Collate the weekly surveillance figures for MRSA, C. difficile and E. coli from the laboratory system "
        "and enter them in ICNet",
        "Book rooms, circulate papers and take the minutes of the monthly Infection Control Committee",
        "Answer the team's phone line and pass urgent laboratory results to the nurse on call",
        "Order hand hygiene audit supplies and keep the team's stock cupboard tidy",
        "Keep the team's training records and send reminders when staff are due to update",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications",),
        ("GCSE grade 4 / C or above in English and maths, or equivalent", TICK, CROSS),
        ("RSA / OCR Level 2 in text processing, or similar keyboard qualification", CROSS, TICK),
        ("Will attend the Trust's Datix and ICNet systems training during induction", TICK, CROSS),
        ("Experience",),
        ("At least one year's experience in an office administration role", TICK, CROSS),
        ("Experience of working in a hospital or other NHS setting", CROSS, TICK),
        ("Experience of taking and typing up minutes of meetings", CROSS, TICK),
        ("Skills",),
        ("Able to produce accurate spreadsheets and charts in Microsoft Excel", TICK, CROSS),
        ("Able to prioritise a varied workload and meet weekly reporting deadlines", TICK, CROSS),
        ("Good telephone manner when taking messages for busy clinical staff", TICK, CROSS),
        ("Must send the daily alert organism list to ward managers by 10 am", TICK, CROSS),
        ("Knowledge",),
        ("Understanding of the need to keep patient information confidential", TICK, CROSS),
        ("Awareness of how infections such as MRSA and C. difficile spread in hospitals", CROSS, TICK),
        ("Other",),
        ("Satisfactory standard DBS check", TICK, CROSS),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "The Hillingdon Hospitals NHS Foundation Trust offers 27 days of annual leave plus bank holidays, the NHS "
        "Pension Scheme, a salary sacrifice car scheme and discounted staff parking. We welcome requests for "
        "flexible working."
    )
    closing = document.add_paragraph()
    closing.add_run("Please submit your application by midnight on Sunday 14th November 2027.").bold = True
    document.save(ADVERTS / "x1_infection_prevention_administrator.docx")


def x2_medical_illustration_assistant() -> None:
    """Employer as the first heading; the job details in a one-row table across the page ("AfC 3",
    "19.11.2027"); a "must" duty; Essential and Desirable side by side per category, with a "not needed" line
    and an occupational health line in Essential cells, a dash in one Desirable cell and a benefit in another."""
    document = blank_docx("Calibri")
    document.add_heading("The Royal Marsden NHS Foundation Trust", level=1)
    document.add_paragraph("Medical Illustration Department, Fulham Road, Chelsea")
    details = header_table(document, ["Job title", "Pay", "Location", "Closing date"])
    for cell, text in zip(
        details.add_row().cells,
        [
            "Medical Illustration Assistant",
            "AfC 3, \u00a329,970 \u2013 \u00a332,980 a year including Inner London HCAS",
            "Chelsea, with some sessions at Sutton",
            "19.11.2027",
        ],
        strict=True,
    ):
        fill_cell(cell, text)
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "Our department photographs skin conditions, wounds, surgical results and specimens for patients' "
        "records, for teaching and for research. As the assistant you will set up the studio and clinic rooms, "
        "photograph straightforward cases under the supervision of a registered clinical photographer, label "
        "and upload images to the image library and answer requests from the wards. You must check that the "
        "patient's signed consent form is in place before every photograph is taken."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "A-level, BTEC Level 3 or equivalent in photography, art or media",
            "Degree in photography or clinical photography",
        ),
        (
            "Experience",
            "Experience of taking photographs with a digital SLR camera, in any setting\n"
            f"Clinical photography experience is not needed {DASH} you will be trained alongside our registered "
            "photographers",
            "Experience of working with patients or the public in a health or care setting",
        ),
        (
            "Skills",
            "Able to edit and crop images in Adobe Photoshop or Lightroom\n"
            "Careful and accurate when recording patient details against each image",
            "Able to design simple posters and leaflets using InDesign or Canva",
        ),
        (
            "Personal qualities",
            "Sensitive and respectful when working with patients who may be embarrassed about how they look",
            DASH,
        ),
        (
            "Physical and other",
            "Able to carry camera equipment of up to 10 kg between wards\n"
            "Occupational health clearance, including hepatitis B vaccination",
            "Free membership of the Institute of Medical Illustrators after six months in post",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_paragraph(
        "The Royal Marsden is a Disability Confident Leader. We are happy to talk about flexible working and "
        "part-time hours."
    )
    document.save(ADVERTS / "x2_medical_illustration_assistant.docx")


def x3_renal_dialysis_assistant() -> None:
    """Band and closing date in one line with other details; the employer inside an About the unit sentence;
    numbered duties, one with "must"; rows marked E or D with the category cell merged down and a How assessed
    column; a training row and a hepatitis B row marked E."""
    document = blank_docx("Calibri")
    document.add_heading("Renal Dialysis Assistant", level=1)
    document.add_paragraph(
        "Band 3 \u00b7 Fixed term for 12 months \u00b7 37.5 hours on a six-day rota \u00b7 Closes 2 December 2027"
    )
    document.add_heading("About the unit", level=2)
    document.add_paragraph(
        "Our 24-station satellite dialysis unit in Hayes is run by the West London Renal and Transplant Centre, "
        "part of Imperial College Healthcare NHS Trust. Most of our patients come to us three times a week for "
        "sessions of about four hours, so the team gets to know them and their families well."
    )
    document.add_heading("Duties", level=2)
    for duty in [
        "Prepare dialysis machines and chairs before each session, following the unit's cleaning checklist.",
        "Weigh patients before and after treatment. You must record every weight in the renal patient system "
        "before the nurse starts the machine.",
        "Serve tea and toast during sessions and keep patients company.",
        "Restock supplies and pack blood samples for the laboratory courier.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "Literacy and numeracy to GCSE grade C/4 or Functional Skills Level 2",
            "E",
            "A",
        ),
        ("Qualifications", "Level 3 Diploma in Clinical Healthcare Support", "D", "A"),
        (
            "Qualifications",
            "Completion of the unit's dialysis competency workbook within six months of starting",
            "E",
            DASH,
        ),
        (
            "Experience",
            "Experience of delivering personal care to adults in a hospital, care home or community setting",
            "E",
            "A/I",
        ),
        (
            "Experience",
            "Experience of working with people who have long-term conditions such as kidney disease or diabetes",
            "D",
            "A/I",
        ),
        ("Skills", "Able to take and record blood pressure, pulse and weight accurately", "E", "I/T"),
        ("Skills", "Able to follow strict cleaning procedures when preparing machines and chairs", "E", "I"),
        ("Skills", "Able to build trusting relationships with patients who come in three times every week", "E", "I"),
        ("Skills", "Able to check blood sugar with a glucose meter", "D", "T"),
        (
            "Knowledge",
            "Understanding of why hand hygiene and aseptic technique matter for patients with a line or fistula",
            "E",
            "I",
        ),
        (
            "Working pattern",
            "Able to work early shifts starting at 6.45 am and late shifts finishing at 11 pm, Monday to Saturday",
            "E",
            "I",
        ),
        ("Working pattern", "Hepatitis B immunity confirmed by occupational health before starting", "E", DASH),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(f"How assessed: A {DASH} application, I {DASH} interview, T {DASH} practical test.")
    document.add_paragraph("Free parking is available at the unit. No previous dialysis experience is needed.")
    document.save(ADVERTS / "x3_renal_dialysis_assistant.docx")


X4_ITEMS = [
    ("body", "Job reference 291-EF-4456-27"),
    ("title", "Car Park Attendant"),
    ("bold", "Parking Services, Northwick Park Hospital, Harrow"),
    ("body", "London North West University Healthcare NHS Trust"),
    ("gap", ""),
    ("body", "Pay: Band 2 (\u00a324,465 to \u00a325,674 a year, plus Outer London High Cost Area Supplement)"),
    ("body", "Contract: Permanent, 37.5 hours a week, worked as 11-hour shifts on a rota covering seven days"),
    (
        "body",
        "Closing date: 26 Nov 2027 (we may close the advert early if we receive a large number of applications)",
    ),
    ("heading", "About the job"),
    (
        "body",
        "Northwick Park has more than 1,900 parking spaces for patients, visitors and staff across two "
        "multi-storey car parks and six surface car parks. Our attendants keep traffic moving, keep the "
        "ambulance routes clear and help people who are often arriving late, lost or worried.",
    ),
    ("heading", "Your day-to-day"),
    ("body", "\u2022 Patrol the car parks on foot and report faults with barriers, lighting and pay machines"),
    ("body", "\u2022 Help visitors use the pay machines and the parking app, and issue blue badge permits"),
    ("body", "\u2022 Record vehicles parked without a valid permit and issue penalty charge notices"),
    ("body", "\u2022 Empty the pay machines with a colleague and prepare the takings for banking"),
    ("body", "\u2022 You must wear the high-visibility jacket and safety boots provided whenever you are on patrol"),
    ("heading", "What you need (essential)"),
    ("body", "\u2022 Good spoken English for explaining parking rules to patients, visitors and staff"),
    ("body", "\u2022 Able to stay calm and polite when people are angry or upset"),
    ("body", "\u2022 Able to walk and stand outdoors for most of an 11-hour shift in all weathers"),
    ("body", "\u2022 Able to count cash and balance the pay machine takings"),
    ("body", "\u2022 Able to use a handheld device to record vehicles and issue notices"),
    (
        "body",
        "\u2022 No previous parking experience is needed \u2013 full training, including a Level 2 award in "
        "conflict management, is given in your first month",
    ),
    ("body", "\u2022 A driving licence is not required for this role"),
    ("heading", "What would help (desirable)"),
    ("body", "\u2022 Experience in a security, parking or customer service role"),
    ("body", "\u2022 SIA licence (door supervisor or CCTV)"),
    ("body", "\u2022 Basic first aid certificate"),
    ("heading", "Eligibility"),
    (
        "body",
        "Applicants must have the right to work in the UK. This post does not meet the salary threshold for "
        "Skilled Worker sponsorship. A basic DBS check will be carried out on the successful applicant.",
    ),
    ("heading", "Benefits"),
    ("body", "\u2022 27 days of annual leave plus bank holidays, rising with service"),
    ("body", "\u2022 NHS Pension Scheme and Blue Light Card discounts"),
    ("body", "\u2022 Uniform, waterproofs and safety boots provided"),
]

X5_ITEMS = [
    ("title", "Chaplaincy Assistant"),
    ("body", "Spiritual, Pastoral and Religious Care Team | Central and North West London NHS Foundation Trust"),
    ("gap", ""),
    ("heading", "The role"),
    (
        "body",
        "Our chaplaincy team of eleven chaplains and about forty volunteers supports patients, carers and staff "
        "of all faiths and none on our mental health wards at Park Royal, Hillingdon and St Charles. We are "
        "looking for a Chaplaincy Assistant to help run the ward visiting rota, the multi-faith rooms and the "
        "team office. The post is at Band 3, for 22.5 hours a week over three days, and applications close at "
        "23:59 on 10 December 2027.",
    ),
    (
        "body",
        "You will keep the ward lists and referrals up to date, book volunteers onto the visiting rota, set up "
        "the multi-faith rooms for Friday prayers and Sunday worship, and sit with patients who ask for someone "
        "to talk to. You must carry the team's bleep on the days you work and answer it within five minutes. "
        "You do not need to belong to a faith community or hold any religious role to apply.",
    ),
    ("heading", "Who we are looking for"),
    (
        "body",
        "You must have experience of supporting people through illness, loss or other hard times, whether in "
        "paid work or as a volunteer. It is essential that you respect, and can work alongside, people of every "
        "faith and of none. Basic computer skills for recording visits and updating the ward lists are "
        "essential. You must be able to listen without judging and keep what people tell you confidential. An "
        "understanding of how mental illness can affect a person's beliefs and sense of hope is essential.",
    ),
    (
        "body",
        "A recognised qualification in pastoral care or listening skills would be an advantage. It would be "
        "helpful if you had experience of organising events such as memorial services or faith festivals. "
        "Speaking a second language used by our patients would also be desirable.",
    ),
    ("heading", "What happens next"),
    (
        "body",
        "It is essential that every new member of the team completes the Trust's safeguarding and breakaway "
        "training in the first month, and we provide this. An enhanced DBS check is required for this post, "
        "and we are unable to offer visa sponsorship for it. In return we offer the NHS Pension, 27 days' "
        "annual leave rising with service, and free access to our staff counselling service.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    x1_infection_prevention_administrator()
    x2_medical_illustration_assistant()
    x3_renal_dialysis_assistant()
    (ADVERTS / "x4_car_park_attendant.pdf").write_bytes(pdf_bytes(X4_ITEMS, title=(16, 56)))
    (ADVERTS / "x5_chaplaincy_assistant.pdf").write_bytes(pdf_bytes(X5_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
