"""Build the Word and PDF adverts of the ninety-fifth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback95/build.py`. The generated files are
committed, so nothing else needs this script; it is kept so the files can be read and rebuilt. The Word and PDF
helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts. Each Word file is saved
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

TICK = "\u2713"  # a plain check mark in the level column; the other level cell is left empty
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2029, 2, 12, 10, 30, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 12, 10, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o644 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def v1_neonatal_unit_housekeeper() -> None:
    """Employer and job title only in the page header, the band in a line under the heading, the closing date only
    in the page footer; duties as Word bullets; tick columns with category rows merged across and four ticked
    Essential rows that are not criteria (e-learning the job gives, "No previous hospital experience is needed", a
    "Must ..." duty and an enhanced DBS check); benefits and eligibility in a closing paragraph."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Imperial College Healthcare NHS Trust  |  Neonatal Unit Housekeeper"
    section.footer.paragraphs[0].text = "Job reference 290-WCH-6118  \u00b7  Closing date 05/03/2029"
    document.add_heading("Job description and person specification", level=1)
    document.add_paragraph(
        "Pay band: Agenda for Change Band 2 (" + POUND + "27,190 a year including Inner London HCAS)"
    )
    document.add_paragraph(
        "Neonatal Intensive Care Unit, St Mary's Hospital, Praed Street, London W2 1NY. 37.5 hours a week, "
        "worked over five days out of seven. Permanent."
    )
    document.add_heading("About the unit", level=2)
    document.add_paragraph(
        "Our neonatal unit cares for around 600 babies a year, many born early or unwell, and for their families, "
        "who may spend weeks or months with us. Parents can stay in our six family rooms, and mothers who are "
        "expressing milk are given meals on the unit. The housekeeper keeps these spaces clean, safe and stocked, "
        "so that nurses can spend their time with the babies."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Clean and check the family rooms, parents' kitchen, expressing room and sitting room every day",
        "Order, receive and put away linen, nappies, feeding equipment and general ward stock",
        "Serve meals and drinks to mothers staying on the unit, following the menu and allergy sheets",
        "Report repairs to the estates helpdesk and follow them up until they are done",
        "Take part in the unit's weekly cleanliness audit with the nurse in charge",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Specification", "Essential", "Desirable"])
    rows = [
        ("Education and training",),
        ("Able to read and follow written cleaning schedules and stock lists", TICK, ""),
        ("Completion of the Trust's infection prevention e-learning within your first two weeks", TICK, ""),
        ("Level 2 Food Hygiene Certificate", "", TICK),
        ("Experience",),
        ("Experience of cleaning, catering or housekeeping work", TICK, ""),
        ("No previous hospital experience is needed", TICK, ""),
        ("Experience of working in a hospital ward or clinical area", "", TICK),
        ("Skills and abilities",),
        ("Able to keep accurate stock records and order supplies", TICK, ""),
        ("Polite and welcoming manner with parents who may be anxious or upset", TICK, ""),
        ("Must clean and restock the parents' kitchen and expressing room before the 10am ward round", TICK, ""),
        ("Knowledge",),
        ("Understanding of infection prevention, including hand hygiene", TICK, ""),
        ("Knowledge of COSHH rules for storing and using cleaning chemicals", "", TICK),
        ("Other",),
        ("Satisfactory enhanced DBS check for work with children", TICK, ""),
        ("Able to work early shifts from 7am and one weekend in three", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, rising with service; the NHS Pension Scheme; an interest-free "
        "season ticket loan; and a free uniform and laundry service. We are a London Living Wage employer. You must "
        "have the right to work in the UK; we are not able to sponsor a visa for this post. Informal enquiries to "
        "the unit's housekeeping supervisor on 020 7946 0381 or nnu.housekeeping@example.com."
    )
    save(document, "v1_neonatal_unit_housekeeper.docx")


def v2_neonatal_outreach_support_worker() -> None:
    """The title as the heading and the employer in bold on the line under it; the band in a "·" line with the
    hours and reference; numbered duties; rows marked E or D under "Area | Requirement | E/D | How assessed" with
    the area merged down and E and D mixed within an area, three rows marked E that are not criteria (a competency
    booklet the job gives, a "Must ..." duty and the right to work); the key; the closing date only in the last
    paragraph, with "No previous community experience is needed"."""
    document = blank_docx("Calibri")
    document.add_heading("Neonatal Outreach Support Worker", level=1)
    intro = document.add_paragraph()
    intro.add_run("Chelsea and Westminster Hospital NHS Foundation Trust").bold = True
    document.add_paragraph(
        "Neonatal Outreach Team, West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF"
    )
    document.add_paragraph(
        "Agenda for Change Band 4  \u00b7  37.5 hours a week, Monday to Friday with one Saturday in four  \u00b7  "
        "Permanent  \u00b7  Reference 333-NOT-2904"
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our outreach team helps babies go home from the neonatal unit sooner and safer, by visiting them and their "
        "families at home across Hounslow, Richmond and Ealing until they are ready to be discharged from our care. "
        "The support worker visits on their own under the direction of the outreach nurses, and is the person many "
        "families see most often in the first weeks at home."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Visit babies at home to check their feeding, weight and general wellbeing, and report back to the nurse",
        "Support parents who are still giving some feeds by tube, and help them move on to breast or bottle",
        "Check home oxygen equipment and keep a record of the oxygen supplier's deliveries",
        "Run the fortnightly weighing and feeding drop-in at the hospital with a nurse",
        "Keep the team's visit diary and electronic records up to date",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Requirement", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "Level 3 qualification in health, childcare or early years (such as an NVQ, BTEC or CACHE diploma)",
            "E",
            "Certificate",
        ),
        ("Qualifications", "Newborn Life Support certificate", "D", "Certificate"),
        (
            "Qualifications",
            "Completion of the Trust's neonatal outreach competency booklet within six months of starting",
            "E",
            "N/A",
        ),
        (
            "Experience",
            "Experience of caring for sick or premature babies in a neonatal unit or children's ward",
            "E",
            "Application / Interview",
        ),
        ("Experience", "Experience of visiting families in their own homes", "D", "Application"),
        (
            "Skills",
            "Able to take and record a baby's temperature, heart rate and breathing rate",
            "E",
            "Interview",
        ),
        ("Skills", "Able to weigh babies and plot the weights on a growth chart", "E", "Interview"),
        ("Skills", "Able to show parents how to give feeds by nasogastric tube", "E", "Interview"),
        ("Skills", "Must phone the unit's outreach line at the end of every home visit", "E", "N/A"),
        ("Knowledge", "Knowledge of safe sleep advice for babies", "D", "Interview"),
        ("Knowledge", "Understanding of how to raise a safeguarding concern about a child", "E", "Interview"),
        (
            "Other",
            "Full UK driving licence and use of a car for home visits",
            "E",
            "Application / Pre-employment",
        ),
        ("Other", f"Right to work in the UK {DASH} sponsorship is not available for this post", "E", "Pre-employment"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph("E = essential, D = desirable. Interviews include a short practical station.")
    document.add_paragraph(
        f"No previous community experience is needed {DASH} you will shadow the outreach nurses for your first "
        "month. We pay a mileage allowance for home visits, and offer 27 days' annual leave plus bank holidays, the "
        "NHS Pension and on-site nursery places. An enhanced DBS check is needed for this post. Applications close "
        "on Wednesday 14 March 2029, and interviews will be held at West Middlesex on Monday 26 March 2029. For an "
        "informal chat, call the outreach team lead on 020 7946 0528."
    )
    save(document, "v2_neonatal_outreach_support_worker.docx")


def v3_maternity_assessment_unit_receptionist() -> None:
    """The title as the heading, a "|" line with the band, the closing date in a label-value table with the
    interview date, and the employer only in the page footer; a "You must ..." duty in a paragraph; Essential and
    Desirable side by side per category, with a no-experience line and a right-to-work line as second lines of
    Essential cells, "N/A" in one Desirable cell and an empty one."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    footer = (
        "London North West University Healthcare NHS Trust  \u00b7  "
        "Northwick Park Hospital, Watford Road, Harrow HA1 3UJ"
    )
    section.footer.paragraphs[0].text = footer
    document.add_heading("Maternity Assessment Unit Receptionist", level=1)
    document.add_paragraph(
        f"Band 2  |  {POUND}26,310 a year including Outer London HCAS  |  37.5 hours a week on a 24/7 rota"
    )
    label_value_table(
        document,
        [
            ("Apply by", "Friday 9 March 2029"),
            ("Interviews", "Wednesday 21 March 2029"),
            ("Job reference", "C9-MAU-0713"),
        ],
    )
    document.add_heading("The job", level=2)
    document.add_paragraph(
        "The Maternity Assessment Unit is open day and night for pregnant women and people who are worried about "
        "themselves or their baby, from bleeding or pain to their waters breaking. Our receptionists are the first "
        "face they see. You will welcome everyone who arrives, book them in, answer the unit's phones and let the "
        "midwife in charge know straight away about anyone who looks unwell. You must book every arrival onto "
        "Cerner within 15 minutes, so that the midwives can see who is waiting and for how long."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "GCSE English and maths at grade 4 (C) or above, or equivalent",
            "Level 2 qualification in customer service or business administration",
        ),
        (
            "Experience",
            "Experience of working on a reception desk or front counter\n"
            f"No NHS experience needed {DASH} full training on Cerner is given",
            "Experience of working in a hospital or GP surgery reception",
        ),
        (
            "Skills",
            "Able to stay calm and kind with women and birthing people who are in pain or frightened\n"
            "Accurate typing and computer skills",
            "Speaks a community language used in Brent or Harrow, such as Gujarati, Tamil or Romanian",
        ),
        ("Knowledge", "Understanding of why patient information must be kept confidential", "N/A"),
        (
            "Other",
            "Able to work shifts on a rota, including nights and weekends\n"
            "Proof of identity and the right to work in the UK",
            "",
        ),
    ]
    add_rows_side_by_side(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "Unsocial hours are paid on top of basic salary. You will also get 27 days' annual leave plus bank "
        "holidays, the NHS Pension, discounted staff parking and our staff wellbeing service. References and a "
        "standard DBS check are needed before you start. We cannot offer visa sponsorship for this role."
    )
    save(document, "v3_maternity_assessment_unit_receptionist.docx")


def v4_antenatal_education_assistant() -> None:
    """The employer, job title and band only inside the first sentence (the title also as the heading), the
    closing date only in the page footer; a details table; key duties as bullets; an Essential row and a Desirable
    row per area under "Area | Level | Requirements" with the area merged down, a no-experience line, a training
    line and a DBS line as extra lines in requirement cells, and "N/A"."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.footer.paragraphs[0].text = "Closing date: 23/03/2029  |  Job reference 361-WCS-1180"
    document.add_heading("Antenatal Education Assistant", level=1)
    document.add_paragraph(
        "The Hillingdon Hospitals NHS Foundation Trust is looking for an Antenatal Education Assistant (Band 3) to "
        "join the midwifery team that runs our parent education programme at Hillingdon Hospital, Pield Heath Road, "
        "Uxbridge UB8 3NN, and online."
    )
    label_value_table(
        document,
        [
            ("Hours", "30 hours a week, including evenings and Saturdays"),
            ("Contract", "Permanent"),
            ("Salary", f"{POUND}29,480 to {POUND}31,390 a year pro rata, including Outer London HCAS"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "Around 4,000 babies are born at Hillingdon each year. Our free classes help parents get ready for labour, "
        "feeding and the first weeks at home. You will work alongside the parent education midwives, setting up "
        "and helping to lead classes in the hospital and on video calls, and running the bookings."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Set up the classroom and equipment, and open and host the online classes",
        "Take bookings by phone and email and keep class lists and attendance up to date",
        "Lead parts of classes, such as the hospital tour and practical baby care, once trained",
        "Send out reminders and course materials, including in other languages",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Qualifications", "Essential", "Good standard of written and spoken English"),
        ("Qualifications", "Desirable", "Level 3 Award in Education and Training"),
        (
            "Experience",
            "Essential",
            "Experience of helping to run groups or classes for adults or parents\n"
            "Previous hospital experience is not required",
        ),
        ("Experience", "Desirable", "Experience of working with pregnant women, new parents or young families"),
        (
            "Skills",
            "Essential",
            "Confident speaking in front of a group of up to 20 people\n"
            "Able to set up and use a laptop, projector and video calls for online classes",
        ),
        ("Skills", "Desirable", "Able to keep attendance records on a spreadsheet such as Excel"),
        ("Knowledge", "Essential", "Basic knowledge of pregnancy, labour and caring for a newborn"),
        (
            "Knowledge",
            "Desirable",
            "Knowledge of the UNICEF Baby Friendly Initiative standards\n"
            "You will be trained to deliver the Trust's Preparing for Birth and Parenthood course",
        ),
        (
            "Other",
            "Essential",
            "Able to work two evenings a week and one Saturday a month\nSatisfactory enhanced DBS check",
        ),
        ("Other", "Desirable", "N/A"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "You will get 27 days' annual leave plus bank holidays, the NHS Pension, free eye tests and a cycle-to-work "
        "scheme. Applicants must have the right to work in the UK; this post is not eligible for sponsorship. For "
        "more information, contact the parent education lead midwife on 020 7946 0614."
    )
    save(document, "v4_antenatal_education_assistant.docx")


V5_ITEMS = [
    ("title", "Neonatal Family Support Worker"),
    ("bold", "Closing date: Friday 16 March 2029 (interviews Tuesday 27 March 2029)"),
    ("body", f"Band 3  |  {POUND}30,640 to {POUND}32,560 a year, including Inner London High Cost Area Supplement"),
    ("body", "Neonatal Unit, Queen Charlotte's and Chelsea Hospital, Du Cane Road, London W12 0HS"),
    ("body", "37.5 hours a week, including one late shift a week  |  Fixed term for 2 years"),
    ("heading", "Who we are"),
    (
        "body",
        "Imperial College Healthcare NHS Trust runs two of London's busiest neonatal units, at Queen Charlotte's "
        "and Chelsea and at St Mary's. Having a baby in neonatal care is frightening and exhausting, and parents "
        "tell us that practical and emotional support matters as much as the medical care. This new post is "
        "funded for two years by our hospital charity.",
    ),
    ("heading", "What you'll do"),
    ("body", "\u2022 Spend time with parents at the cot side and in the family room, listening and helping them cope"),
    ("body", "\u2022 Run the weekly parents' coffee morning with the unit's psychologist"),
    (
        "body",
        "\u2022 Help families apply for help with travel, parking and food while their baby is in hospital",
    ),
    (
        "body",
        "\u2022 You must record every conversation with a family on the unit's family support log before you go "
        "home, so the nurses know what has been discussed",
    ),
    ("body", "\u2022 Point families to the chaplaincy, social work team and local charities when they need more help"),
    ("heading", "What we're looking for"),
    ("bold", "You'll need"),
    ("body", "\u2022 Experience of supporting families through a difficult time, paid or voluntary"),
    ("body", "\u2022 Good listening skills and the ability to stay calm with parents who are upset"),
    ("body", "\u2022 Able to keep clear and accurate notes of your contact with families"),
    ("body", "\u2022 Confident using email and Microsoft Word"),
    ("body", "\u2022 Understanding of what confidentiality means when working with families"),
    ("body", "\u2022 Able to work one weekend in four and one late shift (until 8pm) a week"),
    (
        "body",
        f"\u2022 You don't need to have worked in a hospital before {DASH} we'll give you six weeks' training "
        "alongside our family care nurses",
    ),
    ("bold", "It would help if you also have"),
    ("body", "\u2022 Lived experience of having a baby in neonatal care"),
    ("body", "\u2022 Knowledge of benefits and grants available to families, such as help with travel costs"),
    ("body", "\u2022 Counselling skills certificate (Level 2 or above)"),
    ("heading", "Before you apply"),
    (
        "body",
        "You must have the right to work in the UK, as we cannot sponsor a visa for this post. The job needs an "
        "enhanced DBS check, and we will ask for two references. If you have had a baby in neonatal care "
        "yourself, you are welcome to talk to us about whether the timing is right for you.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave plus bank holidays, and the NHS Pension"),
    ("body", "\u2022 Monthly supervision with the unit's psychologist"),
    ("body", "\u2022 A funded counselling skills course after your first six months"),
    ("body", "\u2022 Contact: family care lead nurse, 020 7946 0277, neonatal.families@example.com"),
]

V6_ITEMS = [
    ("title", "Family Nurse Partnership Administrator"),
    ("bold", "Central London Community Healthcare NHS Trust"),
    ("body", "Family Nurse Partnership, based at a health centre in White City, London W12"),
    ("gap", ""),
    ("heading", "About the job"),
    (
        "body",
        "The Family Nurse Partnership (FNP) is a home visiting programme for young parents expecting their first "
        "baby. A family nurse visits each parent from early pregnancy until the child is two. Our team of eight "
        "family nurses and a supervisor works with young parents across Hammersmith and Fulham, Kensington and "
        "Chelsea and Westminster. We are looking for an administrator to join us at Band 3, working 30 hours a week "
        "over four days. The closing date is Wednesday 28 March 2029, and interviews will take place on Thursday 5 "
        "April 2029.",
    ),
    (
        "body",
        "You will be the team's first point of contact, answering calls from young parents and professionals, "
        "keeping the nurses' diaries, booking rooms and interpreters, and taking minutes at team meetings. You must "
        "enter every visit record onto the FNP information system by the end of the next working day, so that the "
        "national data returns are complete. You do not need to know anything about the programme before you start.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have worked in an office or administrative role for at least a year. You must be "
        "able to type accurately and take minutes of team meetings. Good working knowledge of Microsoft Outlook, "
        "Word and Excel is essential. It is essential that you can keep information about young parents "
        "confidential and know when to ask for advice. You must be able to manage the team's diaries and book rooms "
        "for meetings and supervision. A friendly, non-judgemental telephone manner with young parents is essential.",
    ),
    (
        "body",
        "Experience of using SystmOne would be beneficial. An NVQ Level 3 in Business Administration would be an "
        "advantage. Experience of working with young people or in a children's service would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "This post is not eligible for Skilled Worker sponsorship, so you must already have the right to work in "
        "the UK. Because the team works with children and young people, the post needs an enhanced DBS check. We "
        "see regular supervision as an essential part of this work, and you will have it every month. You will "
        "benefit from 27 days' annual leave plus bank holidays, the NHS Pension, flexible working and a season "
        "ticket loan.",
    ),
    ("heading", "How to apply"),
    (
        "body",
        "Please apply online. For an informal conversation, call the FNP supervisor on 020 7946 0455 or email "
        "fnp.team@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    v1_neonatal_unit_housekeeper()
    v2_neonatal_outreach_support_worker()
    v3_maternity_assessment_unit_receptionist()
    v4_antenatal_education_assistant()
    (ADVERTS / "v5_neonatal_family_support_worker.pdf").write_bytes(pdf_bytes(V5_ITEMS, title=(16, 56)))
    (ADVERTS / "v6_family_nurse_partnership_administrator.pdf").write_bytes(pdf_bytes(V6_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
