"""Build the Word and PDF adverts of the fourteenth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback14/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; every Word
file is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same.
The pasted-text adverts (h6 to h8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.advert_files import (  # noqa: E402
    add_rows_merging_categories_down,
    add_rows_with_category_rows,
    blank_docx,
    fill_cell,
    header_table,
    label_value_table,
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

TICK = "\u2713"  # a plain check mark; the other column is left empty
DASH = "\u2013"
BULLET = "\u2022"
FIXED_TIME = dt.datetime(2028, 1, 10, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 1, 10, 9, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts

H1_ROWS = [
    ("Qualifications", "GCSEs (or equivalent) in English and maths at grade 4 / C or above", TICK, "", "AF"),
    ("Qualifications", "Level 3 qualification in library, information or archive work", "", TICK, "AF"),
    (
        "Qualifications",
        "Will complete the Trust's library induction and customer care e-learning in the first three months",
        TICK,
        "",
        "N/A",
    ),
    ("Experience", "Experience of working with the public in a customer service role", TICK, "", "AF/I"),
    ("Experience", "Experience of working in a library, learning centre or bookshop", "", TICK, "AF/I"),
    ("Experience", f"Previous library experience is not needed {DASH} full training is given", TICK, "", "N/A"),
    ("Skills and abilities", "Confident using email, the internet and Microsoft Word", TICK, "", "AF/I"),
    (
        "Skills and abilities",
        "Friendly, patient manner with library users of all ages and levels of IT confidence",
        TICK,
        "",
        "I",
    ),
    (
        "Skills and abilities",
        "Able to show library users how to search online catalogues and databases",
        "",
        TICK,
        "I",
    ),
    (
        "Skills and abilities",
        "Must shelve all returned books and journals before the library opens each morning",
        TICK,
        "",
        "I",
    ),
    (
        "Knowledge",
        "Understanding of why library users' personal details and loan records must be kept confidential",
        TICK,
        "",
        "I",
    ),
    (
        "Knowledge",
        "Awareness of NHS library services such as the NHS Knowledge and Library Hub",
        "",
        TICK,
        "AF/I",
    ),
    (
        "Other",
        "Able to work one evening until 8pm each week and one Saturday morning a month",
        TICK,
        "",
        "AF/I",
    ),
    ("Other", "Right to work in the UK", TICK, "", "Pre-employment checks"),
]


def h1_library_and_knowledge_services_assistant() -> None:
    """Job details in a four-column grid at the top; duties as Word bullets with one "must" duty; ticks in E or
    D under "Area | Criteria | E | D | Assessed" with the area cell merged down, and four ticked-E rows that are
    not criteria (induction e-learning, "not needed", a "Must shelve ..." duty, right to work)."""
    document = blank_docx("Arial")
    document.add_heading("Job Description and Person Specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Library and Knowledge Services Assistant", "Pay band", "2"),
            ("Employer", "London North West University Healthcare NHS Trust", "Vacancy ref", "382-EDU-7716"),
            (
                "Department",
                "Library and Knowledge Services, Education Centre",
                "Hours",
                "22.5 hours a week (part time)",
            ),
            ("Base", "Northwick Park Hospital, Watford Road, Harrow", "Closing date", "18 February 2028"),
        ],
    )
    document.add_heading("About the service", level=2)
    document.add_paragraph(
        "Our library is used by about 4,000 doctors, nurses, therapists, students and support staff a year. We "
        "lend books, find journal articles, run literature searches and teach people to find good evidence "
        "for their work and study. The library is open from 8am to 8pm on weekdays and from 9am to 1pm on one "
        "Saturday a month, and the team of six covers these hours on a rota."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Staff the library enquiry desk: issue and return loans, register new members and answer questions "
        "in person, by phone and by email",
        "Request articles and books from other NHS libraries and post or scan them to the people who asked",
        "Keep the study rooms, computers and printers in working order and report faults to IT",
        "Every overdue loan must be chased by email on the Monday after it falls due",
        "Help the librarians with induction tours for new doctors and students",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Criteria", "E", "D", "Assessed"])
    add_rows_merging_categories_down(table, H1_ROWS)
    document.add_paragraph("E = essential, D = desirable. AF = application form, I = interview.")
    document.add_paragraph(
        "In return we offer 27 days' annual leave (pro rata) plus bank holidays, the NHS Pension Scheme, free "
        "membership of the library, and support to study for a library qualification through the "
        "apprenticeship levy. Offers are made subject to references and occupational health clearance."
    )
    save(document, "h1_library_and_knowledge_services_assistant.docx")


H2_ESSENTIAL = [
    "A-levels or an NVQ Level 3 in Business Administration, or equivalent experience",
    "Experience of organising courses, events or meetings, including booking rooms and speakers",
    "Experience of keeping accurate records on a database or spreadsheet",
    "Good Microsoft Office skills, including Excel formulas and Outlook calendars",
    "Able to communicate clearly with paramedics, trainers and senior managers",
    "Able to prioritise a varied workload and meet tight deadlines",
    "Full training will be given on our course booking and learning management systems",
    "Must upload course attendance to the learning management system within two working days of each course",
    "Must be willing to undergo an enhanced DBS check and provide proof of the right to work in the UK",
]
H2_DESIRABLE = [
    "Experience of working in an NHS education or training department",
    "Experience of using a learning management system such as Totara or Moodle",
    "Knowledge of how clinical staff keep their CPD and mandatory training up to date",
    "Minute-taking experience",
    "A driving licence is not needed for this role",
]


def h2_education_and_training_administrator() -> None:
    """The employer only in the page header, the title with the band in brackets as the heading, numbered duties
    with a "must"; the person specification one row of two cells, Essential and Desirable, each a list with
    "•" (three lines in the Essential cell and one in the Desirable cell are not criteria); the closing date
    only in the How to apply paragraph at the end."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = "London Ambulance Service NHS Trust  |  Clinical Education and Standards"
    document.add_heading("Education and Training Administrator (Band 4)", level=1)
    document.add_paragraph(
        "Full time, 37.5 hours a week, permanent. Based at our headquarters, 220 Waterloo Road, with regular "
        "work at our education centres in Fulham and Chadwell Heath."
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our clinical education team runs more than 600 courses a year for emergency medical technicians, "
        "paramedics, call handlers and new recruits, from driving assessments to annual clinical updates. "
        "The Education and Training Administrator keeps this programme running: booking venues, trainers "
        "and equipment, enrolling learners, keeping training records and answering queries from staff and "
        "managers across London."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Set up course dates, book rooms, trainers and equipment, and send joining instructions to learners",
        "Keep training records up to date and produce monthly compliance reports for each sector",
        "Answer the education mailbox and phone line, and chase staff whose training is overdue",
        "Joining instructions must be sent to every learner at least ten working days before a course",
        "Take notes at the monthly education planning meeting and track the actions agreed",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Essential", "Desirable"])
    cells = table.add_row().cells
    fill_cell(cells[0], "\n".join(f"{BULLET} {line}" for line in H2_ESSENTIAL))
    fill_cell(cells[1], "\n".join(f"{BULLET} {line}" for line in H2_DESIRABLE))
    document.add_heading("How to apply", level=2)
    document.add_paragraph(
        "We offer 27 days' annual leave rising to 33, the NHS Pension, free travel on the Tube for staff who "
        "live inside the M25 and a generous High Cost Area Supplement. Please apply through Trac; applications "
        "must reach us by 23:59 on Thursday 9 March 2028, and interviews will be held at Waterloo on 20 March."
    )
    save(document, "h2_education_and_training_administrator.docx")


H3_ROWS = [
    ("Qualifications and training",),
    ("Level 2 qualification in health and social care, or the Care Certificate", "Essential", "A"),
    (
        "Level 3 qualification in health and social care, sport and exercise, or a related subject",
        "Desirable",
        "A",
    ),
    ("Experience",),
    (
        "Experience of working with older or disabled adults in a care, health or community setting",
        "Essential",
        "A/I",
    ),
    (
        f"No previous NHS experience is needed {DASH} we welcome care workers, fitness instructors and people "
        "returning to work",
        "Essential",
        "A",
    ),
    ("Experience of supporting people with exercise programmes or rehabilitation", "Desirable", "A/I"),
    ("Skills and abilities",),
    ("Able to encourage people to do things for themselves rather than doing things for them", "Essential", "I"),
    ("Able to write clear, accurate notes", "Essential", "A/I"),
    (
        "Must record every visit on the electronic patient record before the end of the same shift",
        "Essential",
        "I",
    ),
    ("Knowledge",),
    ("Understanding of safeguarding adults and how to raise a concern", "Essential", "I"),
    ("Knowledge of falls prevention or safe moving and handling", "Desirable", "I"),
    ("Other",),
    ("Full UK driving licence and access to a car for work", "Essential", "A"),
    ("Able to work weekends and bank holidays on a rota", "Essential", "A/I"),
    ("Speaks a language used locally, such as Arabic, Polish or Somali", "Desirable", "A/I"),
    ("Enhanced DBS check and occupational health clearance", "Essential", "Pre-employment"),
]


def h3_community_rehabilitation_support_worker() -> None:
    """Job title, band, team and reference as one "|" line in the page header, the employer only in the footer
    and in an About us paragraph, the closing date in a sentence at the end; the level as a word in a Level
    column with category rows merged across, and three "Essential" rows that are not criteria."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[
        0
    ].text = "Community Rehabilitation Support Worker | Band 3 | Community Independence Service | Ref 270-CS-5518"
    section.footer.paragraphs[0].text = "Central London Community Healthcare NHS Trust \u00b7 JD version 3"
    document.add_heading("About us", level=2)
    document.add_paragraph(
        "Central London Community Healthcare NHS Trust provides community health services to around two "
        "million people. Our Community Independence Service in Hammersmith and Fulham helps adults get back "
        "on their feet at home after a fall, an illness or a stay in hospital, so that they can stay out of "
        "hospital and live as independently as possible. The team includes physiotherapists, occupational "
        "therapists, nurses and rehabilitation support workers, and works seven days a week from 8am to 8pm."
    )
    document.add_heading("What you will do", level=2)
    document.add_paragraph(
        "You will visit people in their own homes across the borough to carry out the exercise and daily "
        "living programmes set by the therapists, such as practising stairs, getting in and out of bed or "
        "making a hot drink safely. You will report changes in a person's condition to the registered staff, "
        "deliver and fit small pieces of equipment, and take part in team meetings. Each visit lasts around "
        "45 minutes and you will usually see six to eight people a day."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Level", "How assessed"])
    add_rows_with_category_rows(table, H3_ROWS)
    document.add_paragraph("A = application, I = interview.")
    document.add_paragraph(
        "We offer 27 days' annual leave plus bank holidays, the NHS Pension, mileage paid at the Agenda for "
        "Change rate, and a paid place on our Level 3 rehabilitation course after your first year. This "
        "advert will close at midnight on 2 March 2028, or earlier if we receive a large number of "
        "applications, so please apply early."
    )
    save(document, "h3_community_rehabilitation_support_worker.docx")


H4_ITEMS = [
    ("title", "Tobacco Dependence Advisor"),
    ("bold", "Tobacco Dependence Treatment Service, St Mary's Hospital and Charing Cross Hospital"),
    ("gap", ""),
    ("heading", "About us"),
    (
        "body",
        "Imperial College Healthcare NHS Trust runs Charing Cross, Hammersmith, Queen Charlotte's & Chelsea, St "
        "Mary's and the Western Eye hospitals. Every adult who smokes and is admitted to one of our hospitals is "
        "offered treatment for their tobacco dependence while they are with us, and support to stay smokefree "
        "after they go home. We are growing the team and need two more advisors.",
    ),
    ("heading", "The role"),
    (
        "body",
        "You will visit patients on the wards, talk with them about their smoking, offer nicotine replacement "
        "and behavioural support, and arrange follow-up calls after discharge. You will also see pregnant "
        "women who smoke in our antenatal clinics, working alongside the maternity team.",
    ),
    ("heading", "Person specification"),
    ("body", "E = essential   D = desirable"),
    ("bold", "Qualifications"),
    ("body", "E   Good general education, including GCSE English and maths at grade 4 (C) or equivalent"),
    ("body", "D   National Centre for Smoking Cessation and Training (NCSCT) Practitioner certificate"),
    ("body", "E   You will be trained to the NCSCT standard in your first eight weeks"),
    ("bold", "Experience"),
    (
        "body",
        "E   Experience of talking with members of the public about their health or lifestyle, for example in "
        "a pharmacy, gym or health service",
    ),
    ("body", "D   Experience of delivering a stop smoking or other behaviour change service"),
    ("body", "E   No previous stop smoking experience is needed"),
    ("bold", "Skills and abilities"),
    (
        "body",
        "E   Able to build rapport quickly with people who may not want to be seen, including patients who are "
        "unwell or upset",
    ),
    ("body", "E   Confident recording consultations and outcomes accurately on computer systems"),
    (
        "body",
        "D   Speaks a community language used in North West London, for example Arabic, Bengali or Portuguese",
    ),
    ("body", "E   You must see every smoker admitted to your wards within 24 hours of admission"),
    ("bold", "Knowledge"),
    ("body", "E   Understanding of the harm caused by smoking and second-hand smoke"),
    ("body", "D   Knowledge of nicotine replacement products and vapes"),
    ("bold", "Personal qualities"),
    ("body", "E   A non-judgemental attitude towards people who smoke"),
    ("bold", "Other"),
    ("body", "E   Able to work at both St Mary's and Charing Cross hospitals"),
    ("body", "E   Right to work in the UK (we are unable to offer sponsorship)"),
    ("heading", "Key facts"),
    ("body", "Band: 4"),
    ("body", "Salary: \u00a333,596 to \u00a336,913 a year including Inner London High Cost Area Supplement"),
    ("body", "Contract: fixed term for 24 months, 37.5 hours a week, Monday to Friday"),
    ("body", "Closing date: 24/02/2028"),
    ("body", "Interviews: 8 March 2028 at St Mary's Hospital, Praed Street, London"),
    (
        "body",
        "Benefits: 27 days' annual leave plus bank holidays, the NHS Pension Scheme, a season ticket loan and "
        "staff discounts. Appointment is subject to references and a standard DBS check.",
    ),
]

H5_ITEMS = [
    ("title", "Health Trainer"),
    ("bold", "Band 3  |  Hillingdon Health Improvement Team  |  Central and North West London NHS Foundation Trust"),
    ("body", "Permanent, 37.5 hours a week, based at Uxbridge with work across the borough"),
    ("heading", "The job"),
    (
        "body",
        "Health trainers work one to one with adults in Hillingdon who want to eat more healthily, move more, "
        "drink less or lose weight, most of them referred by their GP practice. Over six sessions you will help "
        "each client set their own goals, work out what gets in the way and find support in their community. "
        "You must offer every new client a first appointment within ten working days of their referral.",
    ),
    ("heading", "Who we are looking for"),
    (
        "body",
        "It is essential that you have experience of supporting people to make changes to their lifestyle, "
        "whether in a paid job or as a volunteer. Experience of running groups, such as exercise classes or "
        "cooking sessions, would be an advantage. You must be able to talk with people from all backgrounds "
        "without judging them, and to put them at ease. Good IT skills are essential, as you will keep client "
        "records on SystmOne and send text reminders. A Level 3 qualification in health improvement or as a "
        "health trainer would be an advantage.",
    ),
    (
        "body",
        "It is essential that you understand how things such as housing, debt and loneliness affect people's "
        "health. It is essential that you can organise your own diary, as you will look after up to 40 clients "
        "at a time in GP surgeries, libraries and community centres. Speaking a second language used in "
        "Hillingdon, such as Punjabi, Somali or Polish, is desirable.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that you complete our two-week induction, including Making Every Contact Count "
        "training, before you see clients on your own. You do not need a qualification to apply. Applicants "
        "must be eligible to work in the UK, and we cannot sponsor a visa for this post. An enhanced DBS check "
        "is required.",
    ),
    (
        "body",
        "We offer flexible working, 27 days' annual leave plus bank holidays, the NHS Pension and a free "
        "health and wellbeing service for staff. Please send your application by 6 March 2028; we will "
        "interview in the week of 20 March 2028.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    h1_library_and_knowledge_services_assistant()
    h2_education_and_training_administrator()
    h3_community_rehabilitation_support_worker()
    (ADVERTS / "h4_tobacco_dependence_advisor.pdf").write_bytes(pdf_bytes(H4_ITEMS, title=(16, 56)))
    (ADVERTS / "h5_health_trainer.pdf").write_bytes(pdf_bytes(H5_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
