"""Build the Word and PDF adverts of the ninety-eighth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback98/build.py`. The generated files are
committed, so nothing needs this script to read them; it is kept so the files can be read and rebuilt. The Word and
PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts, and every Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (v7 and v8) are plain files and are not built here.
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

TICK = "\u2713"  # a plain check mark in the level column; the other level cell is left empty
DASH = "\u2013"
POUND = "\u00a3"
WRITTEN = dt.datetime(2029, 2, 12, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 12, 10, 30, 0)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=WRITTEN, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_podiatry_instrument_decontamination_assistant() -> None:
    """Employer and service only in the page header; reference, closing date and interview date only in the page
    footer; the title as the heading and the band inside a "|" pay line; duties as Word bullets; a tick column per
    level with category rows merged across the table, and four ticked-Essential rows that are not criteria."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = (
        f"Central London Community Healthcare NHS Trust  |  Adult Podiatry Service {DASH} Hammersmith, Fulham and "
        "North Kensington"
    )
    section.footer.paragraphs[0].text = (
        "Vacancy ref 352-CLCH-POD-0219  \u00b7  Closing date: Monday 5 March 2029  \u00b7  Interviews: Wednesday "
        "14 March 2029 at White City"
    )
    document.add_heading("Podiatry Instrument Decontamination Assistant", level=1)
    document.add_paragraph(
        f"Band 2  |  {POUND}27,180 to {POUND}28,050 a year, including Inner London High Cost Area Supplement  |  "
        "37.5 hours a week, Monday to Friday, 7.30am to 3.30pm  |  Permanent"
    )
    document.add_heading("About the service", level=2)
    document.add_paragraph(
        "Our podiatrists see around 1,400 patients a month in clinics at White City Health Centre, Parsons Green "
        "Health Centre and the St Charles Centre for Health and Wellbeing, and every nail and scalpel set they use "
        "comes back to our small decontamination room at White City to be cleaned, checked, sterilised and packed. "
        "You will run that room with one other assistant, under the guidance of the service's decontamination lead."
    )
    document.add_heading("What the job involves", level=2)
    for duty in [
        "Collect used instrument trays from the three clinics in the sealed transport boxes",
        "Wash, inspect and dry instruments, and replace any that are blunt, bent or rusty",
        "Load and run the bench-top sterilisers and label each finished pack with its batch number",
        "Keep stock of packs, pouches and single-use items so that no clinic runs short",
        "Report faults to the maintenance contractor and take part in the yearly decontamination audit",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Person specification", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("Good standard of literacy and numeracy, such as GCSE English and maths at grade 4 (C) or above", TICK, ""),
        ("A Level 2 qualification in a health, care, science or engineering subject", "", TICK),
        ("Completion of the service's sterilisation competency workbook within 12 weeks of starting", TICK, ""),
        ("Experience",),
        (
            "Experience of working to written procedures in a clinical, laboratory, catering or manufacturing setting",
            TICK,
            "",
        ),
        ("Previous podiatry or sterile services experience is not needed", TICK, ""),
        ("Experience of cleaning and sterilising instruments in a healthcare or dental setting", "", TICK),
        ("Skills and abilities",),
        ("Able to keep accurate records of every cycle and batch, on paper and on a computer", TICK, ""),
        ("Good hand-eye co-ordination and able to carry out repetitive tasks with care", TICK, ""),
        ("Able to plan and prioritise work so that instrument packs are ready before each clinic", TICK, ""),
        ("Must run and record the steriliser's daily test cycle before the first load of the day", TICK, ""),
        ("Knowledge",),
        (
            "Understanding of infection prevention and control, including hand hygiene and the safe handling of sharps",
            TICK,
            "",
        ),
        ("Knowledge of how a bench-top steam steriliser works", "", TICK),
        ("Other",),
        ("Satisfactory standard DBS check", TICK, ""),
        ("Able to travel by public transport between our three clinic sites", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, rising with service; the NHS Pension Scheme; early finishes "
        "with no evening or weekend work; an interest-free season ticket loan; and full training in "
        "decontamination, with the chance to work towards a Level 3 qualification in sterile services. Offers are "
        "subject to two references and proof of your right to work in the UK."
    )
    save(document, "v1_podiatry_instrument_decontamination_assistant.docx")


def v2_district_nursing_wound_care_support_worker() -> None:
    """The title as the heading, the closing and interview dates in the first paragraph, and the employer and band
    in a details table with two label-value pairs a row; numbered duties; rows marked E or D with the domain merged
    down the first column (not bold) and a "How assessed" column, with three rows marked E that are not criteria."""
    document = blank_docx("Calibri")
    document.add_heading("District Nursing Wound Care Support Worker", level=1)
    document.add_paragraph(
        "Applications close at 23:59 on Thursday 8 March 2029. Interviews will be held on Tuesday 20 March 2029 "
        "at Featherstone Road Health Centre, Southall."
    )
    label_value_table(
        document,
        [
            ("Employer", "London North West University Healthcare NHS Trust", "Pay band", "Band 3"),
            (
                "Service",
                f"Ealing District Nursing {DASH} Southall and Norwood Green",
                "Hours",
                "37.5 a week, 8am to 4pm, including one weekend in four",
            ),
            ("Contract", "Permanent", "Reference", "C9-LNW-DN-0877"),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our district nurses care for about 600 housebound adults in Southall and Norwood Green, and a third of "
        "every day's visits are for wounds: leg ulcers, pressure damage, skin tears and surgical wounds healing at "
        "home. As a wound care support worker you will carry a caseload of stable wounds delegated by the "
        "registered nurses, so that the nurses can spend their time on the patients who need them most."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Visit patients at home to carry out the wound care set out in their care plan",
        "Take Doppler readings and apply compression bandaging once signed off as competent",
        "Report any wound that is getting worse, or any new pressure damage, to the nurse in charge the same day",
        "Order dressings and keep the team's dressing room stocked and tidy",
        "Teach patients and carers how to look after their skin and when to call us",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Domain", "Requirement", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "Level 3 qualification in health and social care (NVQ, diploma or equivalent)",
            "E",
            "AF",
        ),
        (
            "Qualifications",
            "Wound care or tissue viability short course, such as a study day or e-learning",
            "D",
            "AF",
        ),
        (
            "Qualifications",
            "Trust clinical skills passport for Doppler readings and compression bandaging, completed in the "
            "first three months",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of giving personal or clinical care to adults in a hospital, care home or community setting",
            "E",
            "AF/I",
        ),
        ("Experience", "Experience of working in patients' own homes", "D", "AF/I"),
        ("Skills", "Able to carry out clean dressings and record how the wound looks", "E", "I/T"),
        ("Skills", "Able to take and record pulse, blood pressure, temperature and oxygen levels", "E", "I/T"),
        (
            "Skills",
            "Able to use a tablet or laptop to update electronic patient records (e.g. SystmOne)",
            "E",
            "I",
        ),
        ("Skills", "Able to measure legs for compression hosiery", "D", "I"),
        ("Skills", "Must photograph every wound with the Trust camera app at each dressing change", "E", "N/A"),
        (
            "Knowledge",
            "Understanding of pressure ulcer prevention, including repositioning and checking skin",
            "E",
            "I",
        ),
        ("Other", "Full UK driving licence and access to a car for work", "E", "AF"),
        ("Other", "Enhanced DBS check and evidence of the right to work in the UK", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_paragraph("AF = application form; I = interview; T = practical task at interview.")
    document.add_paragraph(
        "You do not need to have worked in community nursing before. We pay mileage for every visit, give you a "
        "Trust tablet and phone, and offer 27 days' annual leave plus bank holidays, the NHS Pension and a funded "
        "place on the Trainee Nursing Associate programme after two years for anyone who wants to go on to "
        "nursing. For an informal chat, ring the team leader on 020 7946 0583 or email "
        "ealing.dn.recruitment@example.com."
    )
    save(document, "v2_district_nursing_wound_care_support_worker.docx")


def v3_community_therapy_assistant_housebound_rehabilitation() -> None:
    """The employer and base only in the page footer; the title as the heading; the band in a "·" line; a "You
    must ..." duty in a paragraph; Essential and Desirable side by side per category, with a "no experience" line
    and a DBS line in Essential cells and "N/A" in one Desirable cell; the closing date in bold after the table."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.footer.paragraphs[0].text = (
        "Hounslow and Richmond Community Healthcare NHS Trust \u00b7 Community Therapies, Heart of Hounslow Centre "
        "for Health, Bath Road, Hounslow"
    )
    document.add_heading(f"Community Therapy Assistant {DASH} Housebound Rehabilitation", level=1)
    document.add_paragraph(
        f"Agenda for Change Band 3  \u00b7  {POUND}28,640 to {POUND}30,320 a year including Outer London High "
        "Cost Area Supplement  \u00b7  37.5 hours a week  \u00b7  Permanent  \u00b7  Ref 361-HRCH-CT-1043"
    )
    document.add_heading("About the team", level=2)
    document.add_paragraph(
        "The housebound rehabilitation team is made up of physiotherapists, occupational therapists and therapy "
        "assistants who help people in Hounslow get back on their feet at home after a fall, an illness or a "
        "stay in hospital. Most of our patients are over 75, and many are frightened of falling again."
    )
    document.add_heading("What you will do", level=2)
    document.add_paragraph(
        "Once a therapist has assessed a patient, you will visit them at home two or three times a week to carry "
        "on with their exercise and walking programme, practise getting in and out of bed, chairs and the bath, "
        "and deliver and fit small pieces of equipment such as perching stools and grab rails. You must record "
        "every visit on SystmOne before you finish for the day, and tell the therapist straight away about any "
        "fall or change in how a patient is managing."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Good general education, including English and maths at GCSE or equivalent",
            "Level 3 qualification in a health, care or sports subject",
        ),
        (
            "Experience",
            "Experience of working with older or disabled people, paid or voluntary\n"
            f"No therapy experience is needed {DASH} we will train you in our exercise programmes",
            "Experience of helping people to practise exercises or walking",
        ),
        (
            "Skills",
            "Able to motivate people who are anxious about moving or falling\n"
            "Writes clear, simple notes after each visit",
            "Able to use SystmOne or another electronic patient record",
        ),
        ("Knowledge", "Awareness of safe moving and handling", "N/A"),
        (
            "Other",
            "Able to work one weekend day in four on a rota\nEnhanced DBS clearance",
            "Speaks a language used by local patients, such as Punjabi, Urdu, Dari or Somali",
        ),
    ]
    add_rows_side_by_side(table, rows)
    closing = document.add_paragraph()
    closing.add_run(
        "Closing date for applications: 14 March 2029. Interviews: 22 and 23 March 2029 at Heart of Hounslow."
    ).bold = True
    document.add_heading("Working here", level=2)
    document.add_paragraph(
        "We give you a Trust phone, an Oyster card for visits or mileage if you drive, 27 days' annual leave plus "
        "bank holidays and the NHS Pension. Applicants must have the right to work in the UK; we are not able to "
        "sponsor visas for this post. We welcome applications from people who speak the languages of our "
        "communities and from people who have been carers for their own family."
    )
    save(document, "v3_community_therapy_assistant_housebound_rehabilitation.docx")


def v4_apprentice_district_nursing_support_worker() -> None:
    """The employer only in the page footer; the title as the heading; the band inside the Pay value of a
    two-column details table with no header row; bullets; Essential and Desirable as two rows per area with the
    area merged down over both; the closing date only in the last paragraph."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.footer.paragraphs[0].text = (
        "Central and North West London NHS Foundation Trust  |  Hillingdon Community Health Services  |  "
        "Ref 333-HIL-APP-0412"
    )
    document.add_heading("Apprentice District Nursing Support Worker", level=1)
    document.add_paragraph(
        "Start a career in nursing while you earn. Our two-year apprenticeship puts you in a Hillingdon district "
        "nursing team from day one, visiting patients at home alongside nurses and senior support workers, with a "
        "college day each week towards a recognised qualification."
    )
    label_value_table(
        document,
        [
            ("Pay", f"Band 2 ({POUND}25,390 a year), moving to Band 3 when you complete the apprenticeship"),
            ("Team", "Hillingdon District Nursing, north and south localities"),
            ("Hours", "37.5 hours a week, 8.30am to 4.30pm, with one weekend in five once you are trained"),
            ("Contract", "Fixed term for 24 months, with a permanent Band 3 post for those who qualify"),
        ],
    )
    document.add_heading("What you'll be doing", level=2)
    for duty in [
        "Helping patients with washing, dressing and eating when a nurse asks you to",
        "Learning to take observations, test blood sugar and care for skin and simple wounds",
        "Keeping the team base tidy and the visit bags stocked",
        "Studying at Uxbridge College one day a week and keeping up your apprenticeship portfolio",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        (
            "Education and training",
            "Essential",
            "English and maths at GCSE grade 3 (D) or above, or Functional Skills Level 1\n"
            "Willing to complete the Level 3 Senior Healthcare Support Worker apprenticeship, including college "
            "one day a week",
        ),
        ("Education and training", "Desirable", "Care Certificate"),
        (
            "Experience",
            "Essential",
            "Some experience of caring for people, for example looking after a relative, volunteering or paid "
            "care work\nNo previous NHS or clinical experience is required",
        ),
        ("Experience", "Desirable", "Experience of working in a health or care job"),
        (
            "Skills and personal qualities",
            "Essential",
            "Able to talk kindly and clearly with patients and their families at home\n"
            "Able to follow instructions and to ask for help when unsure",
        ),
        ("Skills and personal qualities", "Desirable", "Basic computer skills, including email"),
        (
            "Other",
            "Essential",
            "Able to travel between patients' homes across Hillingdon by car, bike or public transport\n"
            "Enhanced DBS check",
        ),
        ("Other", "Desirable", "Full UK driving licence"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("How to apply", level=2)
    document.add_paragraph(
        "We give apprentices 27 days' annual leave plus bank holidays, the NHS Pension, a mentor for the whole two "
        "years and free travel between visits. You must have the right to work in the UK, as apprenticeships "
        "cannot be sponsored. The closing date is Monday 19 March 2029, and assessment days will be held at "
        "Hillingdon Hospital on 28 and 29 March 2029."
    )
    save(document, "v4_apprentice_district_nursing_support_worker.docx")


V5_ITEMS = [
    ("bold", "London North West University Healthcare NHS Trust"),
    ("title", "Housebound Podiatry Support Worker"),
    ("body", "Closing date: Tuesday 27 March 2029 (midnight)   |   Interviews: Thursday 5 April 2029"),
    ("body", "Brent Community Podiatry, Willesden Centre for Health and Care, Robson Avenue, London NW10"),
    ("gap", ""),
    ("heading", "About the role"),
    (
        "body",
        "Many people in Brent cannot get to a foot clinic: they are frail, bed-bound or living with dementia. Our "
        "housebound podiatry team goes to them. This is a Band 3 post, 37.5 hours a week, Monday to Friday, paying "
        f"{POUND}28,640 to {POUND}30,320 a year including Outer London High Cost Area Supplement. Once trained, you "
        "will see your own list of low-risk patients at home and in care homes, with a podiatrist always on the "
        "end of the phone.",
    ),
    ("heading", "What you'll do"),
    ("body", "\u2022 Cut and file toenails and smooth hard skin for low-risk patients in their own homes"),
    ("body", "\u2022 Check feet for new problems and refer anything worrying to a podiatrist the same day"),
    ("body", "\u2022 Give simple advice on footwear, skin care and keeping feet healthy"),
    (
        "body",
        "\u2022 You must clean and bag each instrument set straight after every visit and log its tray number "
        "before you leave the house",
    ),
    ("body", "\u2022 Plan your own round of around eight visits a day with the team coordinator"),
    ("heading", "What we're looking for"),
    ("bold", "You will need"),
    ("body", "\u2022 Care Certificate, or a Level 2 qualification in health and social care"),
    ("body", "\u2022 Experience of personal care with adults, in a care home, hospital or people's own homes"),
    ("body", "\u2022 Steady hands and good close-up vision for fine work (glasses are fine)"),
    (
        "body",
        "\u2022 Able to recognise when a foot problem needs a podiatrist, such as redness, broken skin or a "
        "change in colour",
    ),
    ("body", "\u2022 Confident explaining foot care to patients and carers, including people with memory problems"),
    ("body", "\u2022 Able to keep notes on the electronic patient record after each visit"),
    (
        "body",
        f"\u2022 You don't need any podiatry experience {DASH} you'll spend your first six weeks working alongside "
        "our podiatrists",
    ),
    ("bold", "We'd also welcome"),
    ("body", "\u2022 Experience of working with people who have diabetes"),
    ("body", "\u2022 Speaks Gujarati, Tamil or another language spoken in Brent"),
    ("body", "\u2022 Experience of working alone in people's homes"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must already have the right to work in the UK; this post is not eligible for sponsorship. The "
        "successful applicant will need an enhanced DBS check and two references, one from your most recent "
        "employer.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave plus bank holidays, rising to 33 days with service"),
    ("body", "\u2022 NHS Pension Scheme, and a laptop, phone and Oyster card for your visits"),
    ("body", "\u2022 A funded Level 3 Diploma in Healthcare Support after your first year"),
]


V6_ITEMS = [
    ("title", "Housebound Vaccination Healthcare Assistant"),
    (
        "bold",
        f"Band 3  {DASH}  {POUND}28,640 a year pro rata  {DASH}  30 hours a week  {DASH}  fixed term for 12 months",
    ),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "Ealing GP Federation runs the housebound vaccination service for the GP practices of Ealing, taking flu, "
        "COVID-19, pneumococcal and shingles vaccines to people who cannot leave home and to residents of the "
        "borough's care homes. We are looking for a healthcare assistant to join our small team of nurses and "
        "healthcare assistants, based at our clinical hub in Southall and out on visits most days.",
    ),
    (
        "body",
        "You will plan each day's round with the nurse in charge, phone patients and carers to arrange visits, "
        "carry the vaccine cool boxes and give vaccines under a patient specific direction once trained. You must "
        "check every patient's consent and record it before any vaccine is given. You do not need to have given a "
        "vaccine before you start.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have at least one year's experience as a healthcare assistant or care worker "
        "with adults. You must hold the Care Certificate or a Level 2 or 3 qualification in health and social "
        "care. A good understanding of dementia and how it affects communication is essential. You must be "
        "confident talking to patients, carers and care home staff, face to face and by phone. It is essential "
        "that you are comfortable using a laptop to write records and send emails. You must hold a full UK driving "
        "licence and be able to use your own car for work.",
    ),
    (
        "body",
        "Experience of giving injections, such as flu or B12 injections, would be beneficial. Knowledge of how "
        "vaccines must be stored and kept cold would be an advantage. A second language spoken in Ealing, such as "
        "Punjabi, Polish or Somali, would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "An enhanced DBS check is essential for this role, and we are not able to offer Skilled Worker "
        "sponsorship, so you must already have the right to work in the UK. The closing date is Tuesday 3 April "
        "2029, and interviews will take place in Southall on Thursday 12 April 2029. All training is given, "
        "including the national immunisation training, anaphylaxis and basic life support. You will benefit from "
        "mileage at the NHS rate, 27 days' annual leave plus bank holidays, the NHS Pension and a paid day each "
        "year for your own learning. For a chat about the role, email vaccinations.recruitment@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_podiatry_instrument_decontamination_assistant()
    v2_district_nursing_wound_care_support_worker()
    v3_community_therapy_assistant_housebound_rehabilitation()
    v4_apprentice_district_nursing_support_worker()
    (ADVERTS / "v5_housebound_podiatry_support_worker.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_housebound_vaccination_healthcare_assistant.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
