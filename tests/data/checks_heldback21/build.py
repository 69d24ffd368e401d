"""Build the Word and PDF adverts of the twenty-first held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback21/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; every Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (x6 to x8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.advert_files import (  # noqa: E402
    add_rows_merging_categories_down,
    blank_docx,
    bold_cell,
    fill_cell,
    header_table,
    label_value_table,
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

STAR = "\u2605"  # black star: essential in x1's key
HOLLOW = "\u2606"  # white star: desirable in x1's key
DASH = "\u2013"
DOT = "\u00b7"
FIXED_TIME = dt.datetime(2028, 1, 10, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 1, 10, 9, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# ------------------------------------------------------------------------------------------------------------ x1

X1_ROWS = [
    ("Qualifications", "Care Certificate, or NVQ/QCF Level 2 in Health and Social Care", STAR, "A"),
    ("Qualifications", "NVQ/QCF Level 3 in Health and Social Care or equivalent", HOLLOW, "A"),
    (
        "Qualifications",
        "Prison security induction, key and radio training (completed in the first two weeks)",
        STAR,
        "N/A",
    ),
    (
        "Experience",
        "Experience of working as a healthcare assistant or care worker in any health or care setting",
        STAR,
        "A/I",
    ),
    ("Experience", "Experience of working in a prison, secure hospital or police custody", HOLLOW, "A/I"),
    (
        "Skills and abilities",
        "Able to take and record physical observations (blood pressure, pulse, temperature, oxygen levels)",
        STAR,
        "A/T",
    ),
    (
        "Skills and abilities",
        "Able to stay calm and set clear boundaries with patients who may be hostile or manipulative",
        STAR,
        "I",
    ),
    ("Skills and abilities", "Phlebotomy or ECG competency", HOLLOW, "A"),
    (
        "Knowledge",
        "Understanding of confidentiality and of when information must be shared to keep people safe",
        STAR,
        "I",
    ),
    (
        "Knowledge",
        "Awareness of the mental health and substance misuse needs of people in prison",
        HOLLOW,
        "I",
    ),
    ("Other", "Able to work a 12-hour shift pattern including weekends and bank holidays", STAR, "I"),
    (
        "Other",
        "Able to pass prison security vetting (enhanced DBS and Counter Terrorist Check)",
        STAR,
        "Pre-employment",
    ),
]


def x1_prison_healthcare_support_worker() -> None:
    """Job details in a label table (closing and interview dates as dd/mm/yyyy); duties with a "must" and an
    "essential"; rating column of black and white stars whose key comes only at the very end, after the benefits;
    a training row and a vetting row with a black star."""
    document = blank_docx("Arial")
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Prison Healthcare Support Worker"),
            ("Pay band", "Band 3"),
            ("Service", f"Health and Justice {DASH} HMP Wormwood Scrubs Healthcare, Du Cane Road, London W12 0AN"),
            ("Employer", "Central and North West London NHS Foundation Trust"),
            ("Hours", "37.5 hours a week, 12-hour shifts (7.30am to 8pm) including weekends"),
            ("Closing date", "09/03/2028"),
            ("Interview date", "23/03/2028"),
        ],
    )
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "Our healthcare team looks after around 1,200 men, many of whom have not seen a GP for years. No prison "
        "experience? That is fine: many of our best support workers came to us from care homes and home care. "
        "You will work alongside nurses, paramedics and GPs in the healthcare centre, on the wings and in "
        "reception, where every new arrival has a health screen on their first night."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Support nurses with first-night and second-day health screening of new arrivals",
        "Take and record observations, ECGs and blood samples once you have been signed off as competent",
        "Escort patients to clinics inside the prison with an officer, and to hospital appointments when needed",
        "Restock clinic rooms and emergency bags; checking the emergency bags every day is essential",
        "You must follow the key and radio procedures at all times: a lost key closes the whole prison",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Criteria", "Rating", "Assessed"])
    add_rows_merging_categories_down(table, X1_ROWS)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, the NHS Pension, free on-site parking, Blue Light Card "
        "discounts for essential workers and a funded NVQ Level 3 after your first year."
    )
    document.add_paragraph(
        f"Key to the person specification: {STAR} = essential, {HOLLOW} = desirable. "
        "A = application form, I = interview, T = practical test on the day."
    )
    save(document, "x1_prison_healthcare_support_worker.docx")


# ------------------------------------------------------------------------------------------------------------ x2

X2_CATEGORIES = ["", "Qualifications", "Experience", "Skills and abilities", "Knowledge", "Other"]
X2_ESSENTIAL = [
    "Essential",
    "Good standard of English and maths (GCSE grade 4/C or equivalent)",
    "Experience of working with the public in a health, care or customer service role",
    "Able to talk about sex, sexuality and drug use without judgement\n"
    "Able to use a computer to book appointments and record results",
    "Understanding of confidentiality, including for young people under 16",
    "Able to work one late clinic until 8pm each week and Saturdays on a rota\n"
    "Enhanced DBS check (arranged by the Trust)",
]
X2_DESIRABLE = [
    "Desirable",
    "Phlebotomy certificate",
    "Experience in a sexual health, HIV or LGBTQ+ community service",
    "Speaks a second language used by our patients, such as Spanish, Portuguese or Polish",
    "Awareness of PrEP and PEP",
    "None",
]


def x2_sexual_health_support_worker() -> None:
    """A transposed person specification: the categories run across the top and the levels down the side, so
    each level is one row of cells; a duty with "essential"; the training the job gives in its own paragraph;
    the closing date with an ordinal in the last paragraph, after an advert date."""
    document = blank_docx("Calibri")
    document.add_heading("Sexual Health Support Worker", level=0)
    document.add_paragraph(f"AfC Band 3 {DASH} 10 Hammersmith Broadway and 56 Dean Street {DASH} permanent, full time")
    document.add_paragraph(
        "Chelsea and Westminster Hospital NHS Foundation Trust runs some of the busiest sexual health clinics "
        "in Europe. Our support workers are often the first person a patient talks to, and we want people who "
        "can put someone at ease in a few seconds."
    )
    document.add_heading("What you will do", level=2)
    document.add_paragraph(
        "You will greet patients and take them through self-sampling, chaperone examinations, carry out "
        "point-of-care HIV and syphilis tests, give out results that a clinician has cleared, and keep clinic "
        "rooms ready. It is essential that clinic rooms are cleaned and restocked between patients, so you "
        "will share this with the healthcare assistants on each session."
    )
    document.add_paragraph(
        "Training: you will complete the Trust's phlebotomy course and the point-of-care testing competencies "
        "in your first three months, and the Sexual Health Support Worker e-learning after that."
    )
    document.add_heading("Person specification", level=2)
    table = document.add_table(rows=3, cols=len(X2_CATEGORIES))
    table.style = "Table Grid"
    for column, text in enumerate(X2_CATEGORIES):
        bold_cell(table.cell(0, column), text)
    for row, values in ((1, X2_ESSENTIAL), (2, X2_DESIRABLE)):
        bold_cell(table.cell(row, 0), values[0])
        for column, text in enumerate(values[1:], start=1):
            fill_cell(table.cell(row, column), text)
    document.add_heading("How to apply", level=2)
    document.add_paragraph(
        "Advert posted 20 January 2028. Please apply through NHS Jobs (reference 358-SH-7741) by the closing "
        "date, 17th February 2028. We offer 27 days' leave, the NHS Pension and free PrEP and sexual health "
        "care for staff. We particularly welcome applications from LGBTQ+ and Black, Asian and minority ethnic "
        "candidates."
    )
    save(document, "x2_sexual_health_support_worker.docx")


# ------------------------------------------------------------------------------------------------------------ x3

X3_DETAILS = [
    ("Job title", "Substance Misuse Recovery Worker"),
    ("Band", "Agenda for Change Band 4"),
    ("Service", "Ealing Community Drug and Alcohol Team, 1 Mattock Lane, Ealing W5 5BG"),
    ("Employer", "West London NHS Trust"),
    ("Reports to", "Team Leader (Band 6)"),
    ("Closing date", "26 April 2028, 23:59"),
    (
        "Job purpose",
        "To hold a caseload of adults who use drugs or alcohol, helping each person to set and work towards "
        "their own recovery goals and reducing the harm that drug and alcohol use causes them and others.",
    ),
    (
        "Key duties",
        "Hold a caseload of 35 to 40 people and write a recovery plan with each of them\n"
        "Give harm reduction advice and hand out naloxone kits\n"
        "Run and co-facilitate recovery groups, including the Tuesday evening group\n"
        "Work with probation, housing, the GP and the mental health team around each person\n"
        "You must complete a risk assessment at every review and record it the same day",
    ),
]

X3_ROWS = [
    (
        "Education",
        "Level 3 qualification in health, social care or counselling, or equivalent experience",
        "Must have",
    ),
    (
        "Education",
        "Substance misuse qualification (e.g. an FDAP-accredited course or the Level 3 Certificate in "
        "Understanding Substance Misuse)",
        "Nice to have",
    ),
    ("Education", "Naloxone and harm reduction training (provided in your first month)", "Must have"),
    (
        "Experience",
        "Experience of supporting people with drug or alcohol problems, paid or voluntary",
        "Must have",
    ),
    ("Experience", "Lived experience of recovery from drug or alcohol use", "Nice to have"),
    ("Experience", "Experience of running group sessions", "Nice to have"),
    ("Skills", "Able to use motivational interviewing or similar person-centred approaches", "Must have"),
    ("Skills", "Able to assess and record risk, including overdose and safeguarding risk", "Must have"),
    ("Skills", "Good IT skills for keeping case notes up to date on an electronic record", "Must have"),
    ("Knowledge", "Knowledge of local services for housing, benefits and mental health", "Nice to have"),
    ("Other", "Able to travel across the borough to home visits and partner sites", "Must have"),
    ("Other", "Enhanced DBS clearance", "Must have"),
]


def x3_substance_misuse_recovery_worker() -> None:
    """Job description and person specification run together in one three-column table: details rows with the
    value merged across two cells, a merged heading row, then "Must have" / "Nice to have" in the last column
    with the area cell merged down; a training row and a DBS row marked "Must have"; after the table, lived
    experience "welcomed but never required" and an "Essential car user allowance" line."""
    document = blank_docx("Arial")
    document.add_heading("West London NHS Trust", level=1)
    table = document.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for label, value in X3_DETAILS:
        cells = table.add_row().cells
        bold_cell(cells[0], label)
        fill_cell(cells[1].merge(cells[2]), value)
    cells = table.add_row().cells
    bold_cell(cells[0].merge(cells[2]), f"PERSON SPECIFICATION {DASH} what we are looking for")
    cells = table.add_row().cells
    for cell, text in zip(cells, ["Area", "Criteria", "Must have / Nice to have"], strict=True):
        bold_cell(cell, text)
    add_rows_merging_categories_down(table, X3_ROWS, bold=False)
    document.add_paragraph("")
    document.add_paragraph(
        "Lived experience is welcomed but never required: please only tell us what you are comfortable "
        "sharing. Essential car user allowance is not paid for this post; travel between sites is reimbursed "
        "and we provide an Oyster card for home visits. 27 days' leave, NHS Pension, clinical supervision every "
        "month and a funded FDAP-accredited course after probation."
    )
    save(document, "x3_substance_misuse_recovery_worker.docx")


# ------------------------------------------------------------------------------------------------------------ x4

X4_ITEMS = [
    ("title", "WE'RE HIRING!"),
    ("heading", "Homeless Health Outreach Support Worker"),
    ("bold", f"Band 3  {DOT}  \u00a329,970 to \u00a331,569 incl. Inner London HCAS  {DOT}  37.5 hrs  {DOT}  18 months"),
    ("body", "Street, hostel and day centre outreach across Westminster with the Homeless Health Team"),
    ("gap", ""),
    ("heading", "Could this be you?"),
    ("body", "You must be able to say YES to all of these:"),
    (
        "body",
        "\u2022 Have you supported people who are homeless, in a hostel, a day centre, a food bank or on the street?",
    ),
    ("body", "\u2022 Can you build trust with someone who has been let down by services before?"),
    (
        "body",
        "\u2022 Are you happy to work outdoors in all weathers, and to start at 6am twice a week for the early "
        "street shift?",
    ),
    ("body", "\u2022 Could you fill in simple health records and referral forms on a tablet?"),
    (
        "body",
        "\u2022 Do you know how to keep yourself and others safe when someone is aggressive or very unwell?",
    ),
    ("heading", "Even better if..."),
    ("body", "\u2022 You have a first aid certificate"),
    ("body", "\u2022 You have worked with people who use drugs or alcohol"),
    ("body", "\u2022 You speak Polish, Romanian, Tigrinya or Amharic"),
    ("heading", "Don't worry if..."),
    (
        "body",
        f"\u2022 You've never worked in the NHS {DASH} we'll train you in everything from wound checks to naloxone",
    ),
    ("body", f"\u2022 You don't drive {DASH} we get around by bike, bus and on foot"),
    ("heading", "What we offer"),
    ("body", "\u2022 Blue Light Card and NHS discounts for essential workers"),
    ("body", "\u2022 27 days' leave plus bank holidays, NHS Pension, Cycle to Work scheme"),
    ("body", "\u2022 Weekly team debrief and monthly clinical supervision"),
    ("heading", "Interested?"),
    (
        "body",
        "Apply on NHS Jobs by Wednesday 5th April 2028 (ref 365-HHT-0322). Interviews on 19th April. "
        "For an informal chat call the team on 020 3317 4400. Offers are subject to an enhanced DBS check "
        "and proof of your right to work in the UK.",
    ),
    ("gap", ""),
    ("bold", f"Central London Community Healthcare NHS Trust {DASH} working in partnership with St Mungo's"),
]


# ------------------------------------------------------------------------------------------------------------ x5

X5_TOP = [
    ("title", "Job pack: Refugee and Asylum Seeker Health Navigator"),
    ("bold", "Hounslow Health CIC"),
    ("body", "Salary: \u00a329,970 pro rata (Agenda for Change Band 3 equivalent, including Outer London HCAS)"),
    ("body", "Hours: 37.5 per week, Monday to Friday. Contract: fixed term to 31 March 2030."),
    ("body", "Base: Hounslow Health Hub, 92 Bath Road, Hounslow, with visits to hotels across Hounslow and Hillingdon"),
    ("body", "Closing date: Wednesday 14 June 2028 at 5pm. Interviews: Wednesday 28 June 2028."),
    ("heading", "About us"),
    (
        "body",
        "Hounslow Health CIC is the GP federation for the 40 practices in the London Borough of Hounslow. Since "
        "2023 we have run the health service for people seeking asylum who are housed in hotels near Heathrow, "
        "with GP sessions, nurse clinics, health assessments and a mental health worker. Many of the people we "
        "see arrived in the UK a few weeks before, some with untreated injuries or long-term conditions, and "
        "almost all of them need help to understand how the NHS works.",
    ),
    ("heading", "The role"),
    (
        "body",
        "As a Health Navigator you will be the link between residents, the clinical team, hotel staff and the "
        "Home Office accommodation provider. You will book and remind people about appointments, arrange "
        "interpreters, help people register with a GP when they move on, and make sure nobody misses their "
        "TB screening or vaccinations. Every week you will run a drop-in at two hotels.",
    ),
]

X5_DUTIES = [
    "Register new arrivals with the practice and book their initial health assessment within 10 days",
    "Book face-to-face and telephone interpreters for every clinic",
    "Explain how to use the NHS, NHS 111, pharmacies and A&E, in person and through leaflets in 12 languages",
    "Help people who are moving to dispersal accommodation register with a GP in their new area",
    "Keep the hotel caseload spreadsheet up to date and report numbers to the clinical lead each Friday",
    "You must never give immigration advice; refer people to the legal aid list instead",
    "Refer safeguarding concerns to the duty clinician on the same day",
]

X5_CRITERIA = [
    ("Education and qualifications", ""),
    ("", f"Good spoken and written English {DASH} Essential"),
    (
        "",
        "A qualification in health and social care, community work or advice work at Level 2 or above "
        f"{DASH} Desirable",
    ),
    ("Experience", ""),
    (
        "",
        "Experience of helping people to use services such as GP registration, housing or benefits, in a paid or "
        f"voluntary role {DASH} Essential",
    ),
    ("", f"Experience of working with refugees, asylum seekers or other migrants {DASH} Desirable"),
    ("", f"Experience of working with interpreters, face to face or by phone {DASH} Desirable"),
    ("Skills and abilities", ""),
    (
        "",
        "Able to explain how the NHS works in simple words to people who are new to the UK and to its health "
        f"system {DASH} Essential",
    ),
    ("", f"Speaks Arabic, Dari, Pashto, Kurdish Sorani, Tigrinya or Farsi {DASH} Desirable"),
    ("", f"Able to use email, spreadsheets and an appointment system {DASH} Essential"),
    ("Knowledge", ""),
    (
        "",
        "Understanding of the effects of trauma and of how to avoid re-traumatising people when asking about "
        f"their history {DASH} Essential",
    ),
    (
        "",
        "Knowledge of entitlement to NHS care for people seeking asylum and for refused asylum seekers "
        f"{DASH} Desirable",
    ),
    ("Other", ""),
    (
        "",
        "Completion of our three-day cultural competence and interpreting induction in your first week "
        f"{DASH} Essential",
    ),
    ("", f"Able to travel between hotels in Hounslow and Hillingdon by public transport {DASH} Essential"),
    ("", f"Right to work in the UK (we are unable to offer visa sponsorship) {DASH} Essential"),
]

X5_END = [
    ("heading", "How to apply"),
    (
        "body",
        "Send your CV and a supporting statement of no more than two pages to our recruitment inbox, quoting "
        "HH-NAV-0628. Tell us how you meet each point in the person specification. We pay the London Living "
        "Wage or above to all staff, and offer 25 days' leave rising to 30, a workplace pension and an employee "
        "assistance programme. This post is subject to an enhanced DBS check.",
    ),
]


def x5_items() -> list[tuple[str, str]]:
    """The job pack laid out long enough that the person specification list breaks across the page."""
    items = list(X5_TOP)
    items.append(("heading", "Main duties"))
    items += [("body", f"\u2022 {duty}") for duty in X5_DUTIES]
    items.append(("heading", "Working conditions"))
    items.append(
        (
            "body",
            "Much of the work is in hotel meeting rooms that are busy and noisy. You will hear distressing "
            "stories, and we make sure everyone has monthly reflective practice and can talk to the team's "
            "psychologist. It is essential that you look after yourself as well as the people we see, and we will "
            "help you to do that.",
        )
    )
    items.append(("heading", "Person specification"))
    items.append(("body", "Each line below says whether it is essential or desirable for the post."))
    for category, line in X5_CRITERIA:
        items.append(("bold", category) if category else ("body", f"\u2022 {line}"))
    return items + X5_END


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    x1_prison_healthcare_support_worker()
    x2_sexual_health_support_worker()
    x3_substance_misuse_recovery_worker()
    (ADVERTS / "x4_homeless_health_outreach_support_worker.pdf").write_bytes(pdf_bytes(X4_ITEMS, title=(26, 30)))
    (ADVERTS / "x5_refugee_and_asylum_seeker_health_navigator.pdf").write_bytes(pdf_bytes(x5_items(), title=(15, 60)))


if __name__ == "__main__":
    main()
