"""Build the Word and PDF adverts of the eleventh held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback11/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. Its Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts. The
pasted-text adverts (l6 to l8) are plain files and are not built here.

python-docx stamps every zip member with the time of saving, so the Word files are written through
`save_docx`, which fixes the core properties' dates and rewrites the zip with a fixed timestamp: running the
script twice gives the same bytes.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.advert_files import (  # noqa: E402
    add_rows_merging_categories_down,
    add_rows_side_by_side,
    add_rows_with_category_rows,
    blank_docx,
    bold_cell,
    fill_cell,
    header_table,
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

TICK = "\u2714"  # heavy check mark
NO = "X"
DASH = "\u2013"
FIXED = datetime(2027, 12, 1, 9, 0, 0)
STAMP = (2027, 12, 1, 9, 0, 0)  # every Word file's zip entries


# --------------------------------------------------------------------------------------------------------- Adverts


def l1_childrens_community_nursing_support_worker() -> None:
    """Title and band only in the page header, the employer only in the footer and the benefits paragraph;
    heavy check mark and capital X columns with category rows merged across; a training row, a "no NHS
    experience" row, a "must" duty row and a DBS row all ticked Essential; the closing date inside the last
    sentence."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Children's Community Nursing Support Worker  |  Band 3  |  Ref 367-CCN-0418"
    section.footer.paragraphs[0].text = (
        "Hounslow and Richmond Community Healthcare NHS Trust \u00b7 Children's Community Nursing, "
        "Heart of Hounslow Centre for Health"
    )
    document.add_heading("Job description and person specification", level=1)
    document.add_paragraph(
        "Hours: 37.5 a week, Monday to Friday 8.00 am to 6.00 pm, with some Saturday clinics by arrangement. "
        "Accountable to: Children's Community Nursing Team Leader."
    )
    document.add_heading("About the team", level=2)
    document.add_paragraph(
        "Our fourteen children's nurses look after babies, children and young people up to their 19th birthday "
        "at home, at school and in clinic: children who go home from hospital on oxygen, who are fed through a "
        "tube, who need wound care, blood tests or end of life care. As a support worker you will have your own "
        "list of planned visits, delegated and supervised by a registered children's nurse."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Visit children at home and at school to carry out delegated care, such as observations, weighing, "
        "checking feeding pumps and simple dressings",
        "Teach parents and school staff the routines set out in each child's care plan",
        "Order feeding and continence supplies and keep the clinic stock room in order",
        "Record every visit on SystmOne before the end of the working day",
        "Take part in team meetings, supervision and annual appraisal",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Requirement", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("English and maths at Level 2 (GCSE grade 4/C or Functional Skills Level 2)", TICK, NO),
        (
            "Level 3 Diploma in Clinical Healthcare Support or in the Children and Young People's Workforce",
            NO,
            TICK,
        ),
        (
            "The Care Certificate and the team's children's clinical skills workbook, completed with your "
            "practice educator in your first 12 weeks",
            TICK,
            NO,
        ),
        ("Experience",),
        (
            "Experience of caring for babies, children or young people in a health, education or childcare setting",
            TICK,
            NO,
        ),
        (
            "Experience of supporting children with complex health needs or disabilities at home or at school",
            NO,
            TICK,
        ),
        ("Previous NHS experience is not required", TICK, NO),
        ("Skills and abilities",),
        (
            "Able to take and record temperature, pulse, breathing rate and oxygen saturation accurately",
            TICK,
            NO,
        ),
        ("Able to explain things simply to children and reassure anxious parents", TICK, NO),
        ("Able to keep clear, accurate records on an electronic system such as SystmOne", TICK, NO),
        ("Must carry the team mobile and text each family the time of the next day's visit", TICK, NO),
        ("Trained in moving and handling, including the use of hoists", NO, TICK),
        ("Knowledge",),
        ("Awareness of safeguarding children and when to raise a concern", TICK, NO),
        ("Knowledge of enteral feeding (gastrostomy or nasogastric tubes)", NO, TICK),
        ("Other requirements",),
        ("Able to travel independently between visits across the borough of Hounslow", TICK, NO),
        ("Enhanced DBS check with children's barred list, cleared before your start date", TICK, NO),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "Hounslow and Richmond Community Healthcare NHS Trust pays business mileage at NHS rates and offers a "
        "cycle to work scheme, 27 days' annual leave plus bank holidays, the NHS Pension Scheme and free "
        "counselling through our employee assistance programme. We are a Disability Confident employer. We are "
        "unable to offer Skilled Worker sponsorship for this post."
    )
    document.add_paragraph(
        "Please make sure your application reaches us by 23:59 on Sunday 16 January 2028; interviews will be "
        "held at the Heart of Hounslow in the week beginning 31 January."
    )
    save_docx(
        document,
        ADVERTS / "l1_childrens_community_nursing_support_worker.docx",
        stamp=STAMP,
        written=FIXED,
        external_attr=0o600 << 16,
    )


def l2_dental_nurse_special_care() -> None:
    """A recruitment heading, then the details in a two-column label table with no header row (job title, pay
    band, employing organisation, applications close); a "must" duty in the bullets; Essential and Desirable
    side by side per category, with a "not needed ... mentored" line and a right to work and DBS line in
    Essential cells and a funded course in a Desirable cell."""
    document = blank_docx("Calibri")
    document.add_heading("Join our Special Care Dental Service", level=1)
    details = document.add_table(rows=0, cols=2)
    details.style = "Table Grid"
    for label, value in [
        ("Job title", f"Dental Nurse {DASH} Special Care Dental Service"),
        ("Pay band", "Band 4 (\u00a333,414 \u2013 \u00a336,172 a year including Inner London HCAS, pro rata)"),
        ("Employing organisation", "Central London Community Healthcare NHS Trust"),
        ("Base", "Community dental clinics in Hammersmith & Fulham, Kensington & Chelsea and Westminster"),
        ("Hours", "37.5 hours a week, Monday to Friday (part time considered)"),
        ("Applications close", "9 January 2028 at midnight"),
    ]:
        cells = details.add_row().cells
        bold_cell(cells[0], label)
        fill_cell(cells[1], value)
    document.add_heading("About the service", level=2)
    document.add_paragraph(
        "We treat adults and children who cannot easily be seen by a high-street dentist: people with a "
        "learning disability, autism, dementia, a physical disability, a complex medical history or a severe "
        "fear of dental care. Some are treated with inhalation or intravenous sedation in our clinics and some "
        "under general anaesthetic on day-surgery lists at Chelsea and Westminster Hospital."
    )
    document.add_heading("Key responsibilities", level=2)
    for duty in [
        "Assist dentists and dental therapists at the chair, including on sedation and general anaesthetic lists",
        "Clean, sterilise and store instruments in the clinic's decontamination room",
        "Welcome patients and their carers, and help them before, during and after treatment",
        "Book hospital transport and interpreters for the patients who need them",
        "You must complete the daily autoclave and washer-disinfector tests and record the results before the "
        "first patient of the day is seen",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Registered with the General Dental Council as a dental nurse\n"
            "Recognised dental nursing qualification (NEBDN National Diploma or Level 3 Diploma in Dental Nursing)",
            "Post-registration certificate in special care dental nursing or in dental sedation nursing",
        ),
        (
            "Experience",
            "Experience of chairside assisting in NHS or private general dental practice\n"
            f"No experience of special care dentistry is needed {DASH} you will be mentored by a senior dental "
            "nurse for your first three months",
            "Experience of working with patients who have learning disabilities, autism or dementia\n"
            "Experience of assisting with treatment under general anaesthetic or inhalation sedation",
        ),
        (
            "Skills",
            "Able to decontaminate and sterilise instruments following HTM 01-05\n"
            "Able to keep accurate, contemporaneous dental charts and clinical notes\n"
            "Able to calm and reassure patients who are frightened of dental treatment",
            "Able to take and process dental radiographs",
        ),
        (
            "Other",
            "Willing to work across our clinics in Hammersmith, Kensington and Westminster\n"
            "Proof of the right to work in the UK and a satisfactory enhanced DBS check",
            "The service funds the sedation nursing certificate for dental nurses after a year in post",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("In return", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, rising with service; the NHS Pension Scheme; an interest-free "
        "season ticket loan; and paid time for your GDC continuing professional development. This post does not "
        "qualify for visa sponsorship."
    )
    save_docx(
        document, ADVERTS / "l2_dental_nurse_special_care.docx", stamp=STAMP, written=FIXED, external_attr=0o600 << 16
    )


def l3_infant_feeding_support_worker() -> None:
    """Title as the only heading at the top, band and employer inside one sentence, the closing date only in
    the page footer (with dd/mm/yyyy dates); numbered duties with a "must" one; rows marked E or D with the
    category cell merged down and a How assessed column, with a training row, a "not required" row and a right
    to work row marked E and assessed with a dash."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Women's and Children's Directorate \u2013 Maternity Services"
    section.footer.paragraphs[0].text = "Closing date for applications: 12/01/2028  \u00b7  Interviews: w/c 24/01/2028"
    document.add_heading("Infant Feeding Support Worker", level=1)
    document.add_paragraph(
        "This is a Band 3 post in the Infant Feeding Team of the maternity service at Imperial College "
        "Healthcare NHS Trust, working across St Mary's Hospital and Queen Charlotte's & Chelsea Hospital, "
        "37.5 hours a week including weekends."
    )
    document.add_heading("Main purpose of the job", level=2)
    document.add_paragraph(
        "About 9,000 babies are born in our two maternity units every year. The infant feeding team of three "
        "midwives and two support workers helps every family to feed their baby in the way they have chosen, "
        "on the postnatal wards, in our drop-in clinic and by phone after they go home."
    )
    document.add_heading("Duties", level=2)
    for duty in [
        "Visit the postnatal wards each morning and offer feeding support to every mother who gave birth in the "
        "last 24 hours",
        "Run the weekly drop-in feeding clinic with the infant feeding midwife",
        "Phone families at home after discharge when a midwife asks you to",
        "You must hand over any baby who has lost more than 10% of their birth weight to the midwife in charge "
        "before the end of your shift",
        "Clean, log and lend out the team's hospital-grade breast pumps",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        ("Qualifications", "Good standard of literacy and numeracy (English and maths at Level 2)", "E", "A"),
        (
            "Qualifications",
            "Accredited breastfeeding peer supporter training, for example with the Breastfeeding Network, "
            "La Leche League or NCT",
            "D",
            "A",
        ),
        (
            "Qualifications",
            f"UNICEF Baby Friendly Initiative breastfeeding training {DASH} provided in the first three months",
            "E",
            DASH,
        ),
        ("Experience", "Experience of supporting parents with babies or young children, paid or voluntary", "E", "A/I"),
        ("Experience", "Experience of working in a maternity, neonatal or health visiting service", "D", "A"),
        ("Experience", "Personal experience of breastfeeding is not required", "E", DASH),
        (
            "Skills",
            "Able to talk with new parents in a warm, non-judgemental way, including when they are tired or upset",
            "E",
            "I",
        ),
        ("Skills", "Able to use a computer to record contacts in the maternity electronic record", "E", "A/T"),
        ("Skills", "Able to work as part of a team and to know when to pass a concern to a midwife", "E", "I"),
        (
            "Skills",
            "Able to speak a language widely spoken by families in North West London, such as Arabic, Somali, "
            "Polish or Bengali",
            "D",
            "A/I",
        ),
        ("Knowledge", "Understanding of why breastfeeding matters for the health of mother and baby", "E", "I"),
        ("Knowledge", "Knowledge of how to make up infant formula safely and sterilise bottles", "D", "I"),
        (
            "Working pattern",
            "Able to work weekends and bank holidays on a rota across both hospital sites",
            "E",
            "A/I",
        ),
        (
            "Working pattern",
            f"Right to work in the UK {DASH} this post is not eligible for Skilled Worker sponsorship",
            "E",
            DASH,
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("A = application form, I = interview, T = short practical test on the day.")
    document.add_paragraph(
        "We offer the NHS Pension Scheme, 27 days' leave plus bank holidays, a place on the waiting list for the "
        "staff nursery at Queen Charlotte's and discounted gym membership."
    )
    save_docx(
        document,
        ADVERTS / "l3_infant_feeding_support_worker.docx",
        stamp=STAMP,
        written=FIXED,
        external_attr=0o600 << 16,
    )


L4_ITEMS = [
    ("body", "Vacancy reference EGF-0112-MOA"),
    ("title", "Medicines Optimisation Assistant"),
    ("bold", "South Central Ealing Primary Care Network"),
    ("body", "Employed by Ealing GP Federation on behalf of the network's member practices"),
    ("gap", ""),
    (
        "body",
        "Salary: \u00a329,550 to \u00a331,211 a year (equivalent to Agenda for Change Band 3, including the "
        "outer London weighting)",
    ),
    ("body", "Hours: 37.5 a week, Monday to Friday, split between the network's practices"),
    ("body", "Closing date: 19 January 2028 at 23:59 (interviews from 31 January)"),
    ("heading", "Why this role exists"),
    (
        "body",
        "Around half of our patients take at least one regular medicine. Our clinical pharmacists and pharmacy "
        "technician cannot keep up with the paperwork that comes with that: hospital discharge letters, repeat "
        "requests, care home orders and queries from the community pharmacies on our high streets. You will take "
        "that work on so that they can spend more of their time with patients.",
    ),
    ("heading", "What the job involves"),
    (
        "body",
        "\u2022 Update patients' medication records from hospital discharge letters, ready for a pharmacist to check",
    ),
    ("body", "\u2022 Process repeat prescription requests and tidy up out-of-date repeat templates"),
    (
        "body",
        "\u2022 Take the monthly medicine orders from our eleven care homes and sort out missing items with the "
        "local community pharmacies",
    ),
    ("body", "\u2022 Call patients who are due a medication review and book them in with a pharmacist"),
    ("body", "\u2022 You must log every discharge letter you work on in the network tracker by 4 pm on the same day"),
    ("heading", "What you must bring"),
    ("body", "\u2022 Experience of working in a community pharmacy, hospital pharmacy or GP surgery"),
    ("body", "\u2022 Good working knowledge of Microsoft Outlook, Word and Excel"),
    ("body", "\u2022 A careful eye for detail when checking medicine names, strengths and doses"),
    ("body", "\u2022 Confident talking to patients, carers and care home staff on the phone"),
    ("body", "\u2022 Able to organise your own work across several GP practices and meet deadlines"),
    ("body", "\u2022 An understanding of why patient information must be kept confidential"),
    (
        "body",
        "\u2022 Never worked in a GP surgery? That's fine \u2013 you will be trained on EMIS Web and SystmOne in "
        "your first fortnight",
    ),
    ("heading", "What would set you apart"),
    (
        "body",
        "\u2022 A Level 2 qualification in pharmacy services, such as a dispensing assistant or medicines counter "
        "assistant course",
    ),
    ("body", "\u2022 Experience of using EMIS Web or SystmOne"),
    (
        "body",
        "\u2022 Knowledge of common medicines used for long-term conditions such as diabetes, asthma and high "
        "blood pressure",
    ),
    ("body", "\u2022 Experience of working with care homes"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must already have the right to work in the UK, as the Federation is not a licensed visa sponsor. "
        "The successful applicant will need a basic DBS check, which we pay for. We shortlist on your supporting "
        "statement, so please show us how you meet each point under What you must bring.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 NHS Pension Scheme and 25 days' annual leave plus bank holidays"),
    ("body", "\u2022 A funded place on an accredited Level 2 pharmacy support course once you pass probation"),
    ("body", "\u2022 Monthly supervision with one of our senior clinical pharmacists"),
]

L5_ITEMS = [
    ("title", "Assistant Practitioner"),
    ("bold", "Hillingdon Community Learning Disability Team"),
    ("body", "Central and North West London NHS Foundation Trust"),
    ("gap", ""),
    ("heading", "About the post"),
    (
        "body",
        "We are a team of nurses, psychologists, speech and language therapists, occupational therapists, "
        "physiotherapists and psychiatrists working with adults with a learning disability who live in "
        "Hillingdon, most of them in their own homes, with their families or in supported living. We are looking "
        "for an Assistant Practitioner to join us on a permanent, full-time basis. The post is graded at Band 4 "
        "and is based in Uxbridge, and the closing date for applications is Sunday 23 January 2028.",
    ),
    (
        "body",
        "You will hold a small caseload under the supervision of a registered learning disability nurse: writing "
        "and reviewing health action plans, going with people to GP and hospital appointments, helping them to "
        "understand their medicines and running health groups. You must write up every contact on SystmOne "
        "within 24 hours. Previous NHS experience is not needed for this role; we would much rather meet someone "
        "who knows how to get alongside people.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have at least a year's experience of supporting adults with a learning "
        "disability, whether in supported living, day services, residential care or hospital. You will need a "
        "Level 3 Diploma in Health and Social Care or an equivalent qualification. It is essential that you can "
        "change the way you communicate to suit the person, for example by using Makaton, photographs or easy "
        "read. You must be able to write clear, factual notes and short reports. A good understanding of the "
        "Mental Capacity Act, and of how to support people to make their own decisions, is essential. A full UK "
        "driving licence and the use of a car for work are essential, as most of our work happens in people's "
        "homes.",
    ),
    (
        "body",
        "Experience of supporting people whose behaviour can challenge, using Positive Behaviour Support, would "
        "be beneficial. We would like someone who has helped people with a learning disability to get to and "
        "through health appointments such as annual health checks or screening. Knowledge of dysphagia and of "
        "supporting people who need modified diets would be beneficial. Experience of running groups or "
        "activity sessions is desirable.",
    ),
    ("heading", "Training, checks and benefits"),
    (
        "body",
        "Every new starter completes the Oliver McGowan Mandatory Training on Learning Disability and Autism and "
        "our Positive Behaviour Support foundation course in their first three months, and it is essential that "
        "you are able to attend both; we arrange and pay for them. The post needs an enhanced DBS check with the "
        "adult barred list, and we are sorry that we cannot sponsor visas for Band 4 posts. In return we offer "
        "the NHS Pension, 27 days' annual leave rising with service, a lease car scheme and paid mileage.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    l1_childrens_community_nursing_support_worker()
    l2_dental_nurse_special_care()
    l3_infant_feeding_support_worker()
    (ADVERTS / "l4_medicines_optimisation_assistant.pdf").write_bytes(pdf_bytes(L4_ITEMS, title=(17, 52)))
    (ADVERTS / "l5_learning_disability_assistant_practitioner.pdf").write_bytes(
        pdf_bytes(L5_ITEMS, title=(18, 50), bullet_indent="  ")
    )


if __name__ == "__main__":
    main()
