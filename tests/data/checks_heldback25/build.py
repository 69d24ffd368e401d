"""Build the Word and PDF adverts of the twenty-fifth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback25/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; every Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (e6 to e8) are plain files and are not built here.

e5's PDF is not laid out by `pdf_bytes`: its person specification is a ruled table whose cells are drawn column
by column (every area, then every criterion, then every level, then every "assessed by" cell), as some PDF
writers do, so a reader that takes the text in drawing order gets the criteria and their levels far apart.
"""

from __future__ import annotations

import datetime as dt
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import RGBColor  # noqa: E402

from tests.data.advert_files import (  # noqa: E402
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    add_rows_merging_categories_down,
    blank_docx,
    bold_cell,
    fill_cell,
    header_table,
    label_value_table,
    pdf_bytes,
    pdf_file,
    pdf_text,
    save_docx,
)

ADVERTS = HERE / "adverts"

TICK = "\u2713"
DASH = "\u2013"
POUND = "\u00a3"
FIXED_TIME = dt.datetime(2028, 2, 14, 9, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 2, 14, 9, 30, 0)  # every Word file's zip entries


def shade(cell, fill: str) -> None:
    """Give a table cell a solid background colour (hex RGB), as Word's Shading button does."""
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def e1_community_nursing_hcsw() -> None:
    """Details table; duties with a "must"; a person specification whose tick columns run Desirable, then
    Essential, then "In post*" (things the team will train the post holder to do in the first six months), with
    the area merged down the first column. Two rows are ticked only under In post, one is ticked under both
    Desirable and In post, and a right-to-work row is ticked Essential."""
    document = blank_docx("Arial")
    document.add_paragraph("Central and North West London NHS Foundation Trust")
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", "Community Nursing Healthcare Support Worker"),
            ("Band", "3"),
            ("Service", f"Hillingdon Community Nursing {DASH} South Locality (Hayes, Yiewsley and West Drayton)"),
            ("Hours", "37.5 hours per week, 8am to 4pm or 12 noon to 8pm, including weekends on a rota"),
            ("Reports to", "Community Nursing Team Leader"),
            ("Closing date", "12.03.2028"),
            ("Interview date", "23.03.2028"),
        ],
    )
    document.add_heading("About the team", level=2)
    document.add_paragraph(
        "Our community nurses care for around 600 housebound adults in the south of Hillingdon, many of them "
        "living with diabetes, heart failure, leg ulcers or frailty. As a healthcare support worker you will make "
        "your own visits from a list agreed each morning with the registered nurse in charge, and you will be "
        "part of a team of 22 nurses, nursing associates and support workers."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Visit patients at home to take blood samples, check blood sugar, record blood pressure, pulse and "
        "weight, and apply simple dressings and compression as delegated by a registered nurse.",
        "Give insulin to patients with stable diabetes once you have been assessed as competent.",
        "Notice changes in a patient's skin, mood, eating or mobility and report them the same day.",
        "You must record every visit on SystmOne before the end of your shift, including visits where the "
        "patient was not at home.",
        "Collect and deliver equipment and specimens between patients' homes, the health centre and "
        "Hillingdon Hospital.",
        "Take part in the team's huddle each morning and the weekly caseload review.",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Requirement", "Desirable", "Essential", "In post*"])
    rows = [
        (
            "Education and training",
            "GCSE (grade 4/C or above) in English and maths, or Functional Skills Level 2",
            "",
            TICK,
            "",
        ),
        ("Education and training", "Care Certificate", TICK, "", TICK),
        ("Education and training", "NVQ or Diploma Level 3 in Health and Social Care", TICK, "", ""),
        (
            "Education and training",
            "Competence in venepuncture, blood glucose monitoring and simple wound dressings",
            "",
            "",
            TICK,
        ),
        (
            "Experience",
            "Experience of giving personal or clinical care in a health or social care setting",
            "",
            TICK,
            "",
        ),
        ("Experience", "Experience of working in the community or in people's own homes", TICK, "", ""),
        ("Skills", "Able to keep clear and accurate written and electronic records", "", TICK, ""),
        ("Skills", "Good communication skills with patients, carers and the wider team", "", TICK, ""),
        ("Skills", "Able to work alone in patients' homes and know when to ask for help", "", TICK, ""),
        ("Skills", "Use of SystmOne to record visits and care plans", "", "", TICK),
        ("Other", "Full UK driving licence and access to a car for work", "", TICK, ""),
        ("Other", "Able to work weekends and bank holidays on a rota", "", TICK, ""),
        ("Other", "Right to work in the UK (this post is not eligible for visa sponsorship)", "", TICK, ""),
        (
            "Other",
            "Speaks a language used in Hillingdon's communities, e.g. Punjabi, Polish or Somali",
            TICK,
            "",
            "",
        ),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "* In post: to be achieved within the first six months, with training and supervision from the team."
    )
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "You do not need to have worked in community nursing before: every new support worker spends four weeks "
        "shadowing experienced colleagues and attends the Trust's clinical skills days. We pay business mileage "
        "at the NHS rate and offer 27 days' annual leave rising to 33, the NHS Pension, an Outer London High Cost "
        "Area Supplement, a free flu vaccination and a funded route to the Nursing Associate apprenticeship "
        "after two years."
    )
    document.add_paragraph(
        "This post requires an enhanced DBS check, including the adult barred list. For an informal chat about "
        "the role, please contact the Community Nursing Team Leader through the details on NHS Jobs."
    )
    save(document, "e1_community_nursing_hcsw.docx")


E2_HEADER_FILL = "1F3864"  # dark blue header row
E2_CATEGORY_FILL = "DEEAF6"  # pale blue category rows
E2_DESIRABLE_FILL = "D9D9D9"  # grey: desirable


def e2_diabetic_eye_screening_failsafe_officer() -> None:
    """Key facts list and duties; a person specification table "Criteria | How assessed" with pale blue category
    rows merged across, in which the level is shown only by the grey shading of a row (the key is below the
    table). Two unshaded rows are not criteria: an induction the job gives, and the right to work."""
    document = blank_docx("Calibri")
    document.add_heading("Diabetic Eye Screening Failsafe Officer", level=1)
    document.add_paragraph("North West London Diabetic Eye Screening Programme")
    document.add_paragraph("The Hillingdon Hospitals NHS Foundation Trust")
    document.add_heading("Key facts", level=2)
    for fact in [
        "Band 4, " + POUND + "30,420 to " + POUND + "33,190 a year including Outer London High Cost Area Supplement",
        "Permanent, full time (37.5 hours), Monday to Friday",
        "Based at Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN, with some days at screening clinics",
        "Closing date: Friday 3 March 2028",
        "Interviews: Wednesday 15 March 2028",
    ]:
        document.add_paragraph(fact, style="List Bullet")
    document.add_heading("The role", level=2)
    document.add_paragraph(
        "People with diabetes aged 12 and over are invited every one or two years to have photographs taken of "
        "the back of their eyes. Failsafe is the part of the programme that makes sure nobody is lost along the "
        "way: that every person who should be invited is invited, that every result is sent, and that everyone "
        "referred to a hospital eye service is seen in time. You will join a failsafe team of three."
    )
    for duty in [
        "Run the daily and weekly failsafe reports and follow up every person who has not moved on to the next "
        "step of the pathway within the national timescales.",
        "Chase GP practices for registers of people with diabetes and check them against the programme's list.",
        "Contact hospital eye services to confirm that referred people have been seen, and record the outcome.",
        "Prepare the quarterly data for the national quality standards and help with audits.",
        "Annual leave cannot be taken in the two weeks before each quarterly submission.",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["Criteria", "How assessed"], strict=True):
        bold_cell(cell, text)
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(cell, E2_HEADER_FILL)
    rows: list[tuple[str, ...]] = [
        ("Qualifications",),
        ("Educated to A level standard or equivalent experience", "Application", ""),
        ("Level 3 Diploma in Diabetic Retinopathy Screening", "Application", "D"),
        ("Experience",),
        (
            "Experience of working in a screening programme, call and recall service or similar patient "
            "administration role",
            "Application / interview",
            "",
        ),
        ("Experience of using OptoMize or another screening management system", "Application", "D"),
        ("Experience of checking data against agreed standards or audit criteria", "Application / interview", "D"),
        ("Skills and abilities",),
        ("Advanced Excel skills, including filters, lookups and pivot tables", "Test on the day", ""),
        ("Able to follow a failsafe procedure exactly and escalate overdue results", "Interview", ""),
        ("Confident telephone manner with patients, GP practices and hospital eye clinics", "Interview", ""),
        ("Knowledge",),
        ("Understanding of the NHS Diabetic Eye Screening Programme pathway", "Interview", "D"),
        ("Awareness of information governance and the Data Protection Act 2018", "Interview", ""),
        (
            "Induction in the programme's failsafe procedures and software, given in the first month",
            "Not assessed",
            "",
        ),
        ("Other",),
        (
            "Able to work at Hillingdon Hospital and at community screening clinics across the borough",
            "Interview",
            "",
        ),
        ("Evidence of the right to work in the UK", "Pre-employment checks", ""),
    ]
    for row in rows:
        cells = table.add_row().cells
        if len(row) == 1:
            merged = cells[0].merge(cells[1])
            bold_cell(merged, row[0])
            shade(merged, E2_CATEGORY_FILL)
            continue
        fill_cell(cells[0], row[0])
        fill_cell(cells[1], row[1])
        if row[2] == "D":
            shade(cells[0], E2_DESIRABLE_FILL)
            shade(cells[1], E2_DESIRABLE_FILL)
    key = document.add_paragraph("Key: criteria in grey-shaded rows are desirable. All other criteria are essential.")
    key.runs[0].italic = True
    document.add_heading("Working here", level=2)
    document.add_paragraph(
        "Full training in the programme's software is given, and there is no need to have worked in screening "
        "before if you have strong administrative and data skills. We offer 27 days' annual leave plus bank "
        "holidays, the NHS Pension, staff parking, a staff gym and flexible start times between 8am and 10am. "
        "Appointment is subject to a basic DBS check and two satisfactory references."
    )
    save(document, "e2_diabetic_eye_screening_failsafe_officer.docx")


def nested_spec(cell, rows: list[tuple[str, str, str]]) -> None:
    """A small table inside a table cell: Criterion | E/D | Assessed, with its own header row."""
    cell.text = ""
    inner = cell.add_table(rows=1, cols=3)
    inner.style = "Table Grid"
    for inner_cell, text in zip(inner.rows[0].cells, ["Criterion", "E/D", "Assessed"], strict=True):
        bold_cell(inner_cell, text)
    for row in rows:
        cells = inner.add_row().cells
        for inner_cell, text in zip(cells, row, strict=True):
            fill_cell(inner_cell, text)


def e3_child_health_information_clerk() -> None:
    """Opening paragraph with title, band and employer; closing date in a "How to apply" line; a person
    specification table "Area | What we are looking for" whose second column holds, in every row, a table of
    its own (Criterion | E/D | Assessed). One nested row is training the job gives (E/D "N/A"), another is the
    right to work (E, "Pre-employment"). The Trust's values and "no NHS experience needed" follow."""
    document = blank_docx("Arial")
    document.add_heading("Child Health Information Services (CHIS) Clerk", level=1)
    document.add_paragraph(
        "Central and North West London NHS Foundation Trust  |  Band 2  |  Child Health Information Service, "
        "Harrow and Hillingdon  |  Permanent, 37.5 hours"
    )
    document.add_heading("About the service", level=2)
    document.add_paragraph(
        "The Child Health Information Service keeps the health record of every child living in Harrow and "
        "Hillingdon from birth to 19: new birth notifications, blood spot and hearing screening results, "
        "immunisations given by GP practices and the school team, and movements in and out of the area. Health "
        "visitors, school nurses and GP practices rely on us to tell them which children are due or overdue."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Register new births and children moving into the area, and transfer records when children move away.",
        "Enter immunisation and screening results from GP practices, school sessions and hospitals.",
        "Answer the service telephone line and shared inbox.",
        "Send out the monthly lists of children due for immunisations to GP practices.",
        "Every record you enter must be checked against the source document on the same day.",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "What we are looking for"])
    areas = [
        (
            "Education and qualifications",
            [
                ("Good standard of literacy and numeracy, e.g. GCSE English and maths", "E", "Application"),
                ("RSA/OCR text processing or keyboarding qualification", "D", "Application"),
            ],
        ),
        (
            "Experience",
            [
                ("Experience of data entry with a high level of accuracy", "E", "Application / test"),
                (
                    "Experience of working with children's or family records in a health, school or council setting",
                    "D",
                    "Application",
                ),
            ],
        ),
        (
            "Skills and abilities",
            [
                (
                    "Accurate keyboard skills and confident with Microsoft Outlook, Word and Excel",
                    "E",
                    "Test",
                ),
                (
                    "Able to deal politely and clearly with telephone calls from parents and GP surgeries",
                    "E",
                    "Interview",
                ),
                ("Able to concentrate on repetitive tasks for long periods", "E", "Interview"),
                ("Training on the Child Health Information System will be given", "N/A", "N/A"),
            ],
        ),
        (
            "Knowledge",
            [
                ("Knowledge of the UK routine childhood immunisation schedule", "D", "Interview"),
                (
                    "Understanding of confidentiality when handling information about children",
                    "E",
                    "Interview",
                ),
            ],
        ),
        (
            "Other",
            [
                ("Able to work flexibly between 8am and 6pm on a rota, Monday to Friday", "E", "Interview"),
                ("Eligibility to work in the UK", "E", "Pre-employment"),
            ],
        ),
    ]
    for area, rows in areas:
        cells = table.add_row().cells
        bold_cell(cells[0], area)
        nested_spec(cells[1], rows)
    document.add_heading("Our values", level=2)
    document.add_paragraph(
        "Everyone at CNWL is expected to show our values of compassion, respect, empowerment and partnership in "
        "the way they work with children, families and colleagues."
    )
    document.add_heading("Good to know", level=2)
    document.add_paragraph(
        "No NHS experience is needed: you will have two weeks of induction and on-the-job training with our "
        "senior clerks. We offer 27 days' annual leave plus bank holidays, the NHS Pension, an Outer London "
        "High Cost Area Supplement and a season ticket loan. A basic DBS check will be carried out."
    )
    document.add_paragraph(
        "How to apply: apply online through NHS Jobs by 11.59pm on Wednesday 8 March 2028. Interviews will be "
        "held at Bentley House, Uxbridge Road, Stanmore in the week of 20 March 2028."
    )
    save(document, "e3_child_health_information_clerk.docx")


E4_ITEMS = [
    ("title", "Sexual Health Outreach Worker (Portuguese-speaking)"),
    ("bold", "Agente de Sa\u00fade Sexual Comunit\u00e1rio (fala portugu\u00eas)"),
    ("gap", ""),
    ("body", "Chelsea and Westminster Hospital NHS Foundation Trust  |  Sexual Health Outreach Team"),
    ("body", f"Band 4  |  {POUND}32,617 to {POUND}36,194 a year including Inner London High Cost Area Supplement"),
    ("body", "Faixa salarial 4  |  " + POUND + "32.617 a " + POUND + "36.194 por ano"),
    ("body", "Closing date / Data de encerramento: 20/03/2028"),
    ("body", "Based at 56 Dean Street, Soho, with outreach across Brent, Ealing and Westminster"),
    ("heading", "About the role / Sobre a vaga"),
    (
        "body",
        "Our outreach team takes free HIV and sexual health testing, condoms and advice to people who rarely come "
        "to a clinic. We want a Portuguese speaker to build links with Brazilian and Portuguese communities in "
        "North West London.",
    ),
    (
        "body",
        "Nossa equipe leva testes gratuitos de HIV e de sa\u00fade sexual, preservativos e orienta\u00e7\u00e3o a "
        "pessoas que quase nunca v\u00e3o a uma cl\u00ednica. Procuramos algu\u00e9m que fale portugu\u00eas para "
        "criar la\u00e7os com as comunidades brasileira e portuguesa do noroeste de Londres.",
    ),
    ("heading", "What you will do / O que voc\u00ea vai fazer"),
    ("body", "\u2022 Run outreach sessions in bars, saunas, community centres, churches and at events"),
    ("body", "   Fazer a\u00e7\u00f5es em bares, saunas, centros comunit\u00e1rios, igrejas e eventos"),
    ("body", "\u2022 Offer rapid HIV and syphilis tests and explain the results"),
    ("body", "   Oferecer testes r\u00e1pidos de HIV e s\u00edfilis e explicar os resultados"),
    ("body", "\u2022 Help people register with a GP and book clinic appointments"),
    ("body", "   Ajudar as pessoas a se registrar num GP e a marcar consultas na cl\u00ednica"),
    (
        "body",
        "\u2022 You must return all testing kits and the session log to the clinic by 10am the next working day",
    ),
    (
        "body",
        "   Devolver todos os kits de teste e o registro da a\u00e7\u00e3o \u00e0 cl\u00ednica at\u00e9 as 10h "
        "do dia \u00fatil seguinte",
    ),
    ("heading", "Essential / Essencial"),
    ("body", "\u2022 Fluent spoken Portuguese and good spoken and written English"),
    ("body", "   Portugu\u00eas fluente e bom ingl\u00eas falado e escrito"),
    ("body", "\u2022 Experience of outreach, youth, community or peer support work"),
    ("body", "   Experi\u00eancia em trabalho de rua, com jovens, comunit\u00e1rio ou de apoio entre pares"),
    ("body", "\u2022 Able to talk about sex, sexuality and drug use openly and without judgement"),
    ("body", "   Saber falar de sexo, sexualidade e uso de drogas com naturalidade e sem julgamento"),
    ("body", "\u2022 Understanding of the barriers migrant communities face when using NHS services"),
    ("body", "   Compreender as dificuldades que as comunidades migrantes enfrentam para usar o NHS"),
    ("body", "\u2022 Able to work some evenings and weekends, including at bars, saunas and community events"),
    ("body", "   Disponibilidade para trabalhar algumas noites e fins de semana, inclusive em bares, saunas e eventos"),
    ("body", "\u2022 Basic IT skills for recording contacts and booking appointments"),
    ("body", "   Conhecimentos b\u00e1sicos de inform\u00e1tica para registrar atendimentos e marcar consultas"),
    ("body", "\u2022 Right to work in the UK " + DASH + " we are unable to offer visa sponsorship for this post"),
    ("body", "   Direito de trabalhar no Reino Unido " + DASH + " n\u00e3o podemos patrocinar visto para esta vaga"),
    ("heading", "Desirable / Desej\u00e1vel"),
    ("body", "\u2022 Level 2 or 3 qualification in health promotion, youth work or counselling skills"),
    (
        "body",
        "   Qualifica\u00e7\u00e3o de n\u00edvel 2 ou 3 em promo\u00e7\u00e3o da sa\u00fade, trabalho com jovens "
        "ou aconselhamento",
    ),
    ("body", "\u2022 Experience of HIV testing or other point-of-care testing"),
    ("body", "   Experi\u00eancia com testagem de HIV ou outros testes r\u00e1pidos"),
    ("body", "\u2022 Knowledge of PrEP and how to get it in London"),
    ("body", "   Conhecer a PrEP e saber como consegui-la em Londres"),
    ("body", "\u2022 Spoken Spanish"),
    ("body", "   Falar espanhol"),
    ("body", "\u2022 No previous NHS experience is needed"),
    ("body", "   N\u00e3o \u00e9 preciso ter trabalhado no NHS"),
    ("heading", "What we offer / O que oferecemos"),
    (
        "body",
        "Full training in rapid testing and in giving results, 27 days' annual leave plus bank holidays, the NHS "
        "Pension, time off in lieu for evening and weekend sessions and a free Oyster top-up for outreach travel. "
        "The post needs an enhanced DBS check.",
    ),
    (
        "body",
        "Treinamento completo em testes r\u00e1pidos e entrega de resultados, 27 dias de f\u00e9rias mais feriados, "
        "previd\u00eancia do NHS, folga compensat\u00f3ria pelas a\u00e7\u00f5es \u00e0 noite e nos fins de "
        "semana e recarga do Oyster para as viagens. A vaga exige verifica\u00e7\u00e3o de antecedentes (DBS) "
        "completa.",
    ),
    ("body", "Questions? Contact the outreach team through NHS Jobs. / D\u00favidas? Fale com a equipe pelo NHS Jobs."),
]


# e5: a PDF drawn by hand so that the person specification's cells come out column by column.

E5_PAGE1 = [
    ("title", "TB Support Worker (Outreach)"),
    ("bold", "Imperial College Healthcare NHS Trust " + DASH + " North West London TB Service"),
    ("body", "St Mary's Hospital, Praed Street, London W2 1NY, and patients' homes and hostels"),
    ("gap", ""),
    ("body", "Band 3   " + POUND + "29,196 to " + POUND + "30,910 a year plus High Cost Area Supplement"),
    ("body", "Fixed term for 18 months   37.5 hours a week, Monday to Friday with one Saturday in four"),
    ("body", "Closing date: 15th March 2028   Interviews: 29th March 2028"),
    ("heading", "About the job"),
    (
        "body",
        "Tuberculosis is curable, but only if people take their tablets every day for six months or more. Our TB "
        "support workers help patients who find that hard: people who sleep rough or move between hostels, people "
        "who are afraid of the Home Office, and people who are simply very unwell and alone. You will work with "
        "the TB nurses to make sure treatment is taken and appointments are kept.",
    ),
    ("heading", "Main duties"),
    ("body", "\u2022 Watch patients take their medication, in person or by video call (video observed therapy)"),
    ("body", "\u2022 Visit patients at home, in hostels and on the street, and go with them to appointments"),
    ("body", "\u2022 Help patients with housing, benefits, food and travel so that they can stay on treatment"),
    ("body", "\u2022 Take sputum samples to the laboratory and collect medication from the pharmacy"),
    (
        "body",
        "\u2022 A missed dose must be reported to the TB nurse on the same day, and recorded on Cerner before you "
        "go home",
    ),
    ("heading", "What we offer"),
    (
        "body",
        "You do not need to know anything about TB before you start: we will train you in TB, infection control, "
        "video observed therapy and safe lone working. We offer 27 days' annual leave plus bank holidays, the "
        "NHS Pension, a work mobile phone, travel costs for all visits and access to the Trust's staff "
        "networks, including the Race Equality and Migrant Staff networks.",
    ),
    ("heading", "Person specification"),
    ("body", "Please turn over."),
]

E5_SPEC = [
    ("Qualifications", "GCSE English and maths at grade C/4 or equivalent", "E", "A"),
    ("", "Care Certificate or NVQ Level 2 in Health and Social Care", "D", "A"),
    ("Experience", "Experience of working with vulnerable adults in a paid or voluntary role", "E", "A/I"),
    ("", "Experience of working with people who are homeless or have no recourse to public funds", "D", "A/I"),
    ("Skills", "Able to build trust with patients who are reluctant to engage with services", "E", "I"),
    ("", "Well organised, able to keep track of daily observed therapy and appointments", "E", "A/I"),
    ("", "Able to use a smartphone and video calling apps to support patients", "E", "I"),
    ("Knowledge", "Basic understanding of TB and how it is spread", "D", "I"),
    ("Other", "Able to travel across North West London by public transport", "E", "I"),
    ("", "Speaks a language used by our patients, such as Romanian, Somali, Tigrinya or Bengali", "D", "A"),
    ("", "Occupational health clearance, including TB screening", "E", "P"),
    ("", "Right to work in the UK", "E", "P"),
]

E5_AFTER = [
    "Key: E = essential, D = desirable. A = application form, I = interview, P = pre-employment checks.",
    "Imperial College Healthcare NHS Trust  |  TB Support Worker (Outreach)  |  Page 2 of 2",
]


def flow_lines(items: list[tuple[str, str]], y: float) -> tuple[list[str], float]:
    """Lay items out down one page as text-drawing operators (the same fonts and wrapping as pdf_bytes)."""
    fonts = {"title": ("F2", 16, 22), "bold": ("F2", 10, 14), "body": ("F1", 10, 14), "heading": ("F2", 12, 18)}
    wrap = {"title": 56, "bold": 90, "body": 96, "heading": 80}
    ops = []
    for style, text in items:
        if style == "gap":
            y -= 8
            continue
        font, size, leading = fonts[style]
        if style == "heading":
            y -= 6
        indent = "   " if text.startswith("\u2022 ") else ""
        for line in textwrap.wrap(text, wrap[style], subsequent_indent=indent):
            y -= leading
            ops.append(f"BT /{font} {size} Tf {MARGIN} {y} Td ({pdf_text(line)}) Tj ET")
    assert y > MARGIN, "page 1 overflows"
    return ops, y


def e5_tb_support_worker_pdf() -> bytes:
    """Page 1: details, duties and benefits. Page 2: a ruled four-column table whose cells are drawn column by
    column, then the key and a page footer."""
    page1, _ = flow_lines(E5_PAGE1, PAGE_HEIGHT - MARGIN)

    columns = [
        ("Area", MARGIN, 96, 18),
        ("Criteria", MARGIN + 96, 290, 58),
        ("E/D", MARGIN + 386, 45, 6),
        ("Assessed", MARGIN + 431, 52, 9),
    ]
    size, leading, pad = 9, 12, 4
    right = MARGIN + 483
    top = PAGE_HEIGHT - MARGIN - 40
    heights = []
    for row in E5_SPEC:
        pairs = zip(row, columns, strict=True)
        lines = max(len(textwrap.wrap(text, width) or [""]) for text, (_, _, _, width) in pairs)
        heights.append(lines * leading + 2 * pad)
    header_height = leading + 2 * pad
    row_tops = [top - header_height]
    for height in heights:
        row_tops.append(row_tops[-1] - height)

    page2 = [f"BT /F2 12 Tf {MARGIN} {PAGE_HEIGHT - MARGIN - 18} Td ({pdf_text('Person specification')}) Tj ET"]
    # Cells, one column at a time (header first, then the column's cells top to bottom).
    for index, (header, x, _, width) in enumerate(columns):
        page2.append(f"BT /F2 {size} Tf {x + pad} {top - pad - size} Td ({pdf_text(header)}) Tj ET")
        for row, row_top in zip(E5_SPEC, row_tops, strict=False):
            font = "F2" if index == 0 else "F1"
            for number, line in enumerate(textwrap.wrap(row[index], width)):
                y = row_top - pad - size - number * leading
                page2.append(f"BT /{font} {size} Tf {x + pad} {y} Td ({pdf_text(line)}) Tj ET")
    # Rules: the outer box, the header line, one line under every row, and the column lines.
    bottom = row_tops[-1]
    rules = ["0.5 w"]
    for y in [top, *row_tops]:
        rules.append(f"{MARGIN} {y} m {right} {y} l S")
    for _, x, _, _ in columns:
        rules.append(f"{x} {top} m {x} {bottom} l S")
    rules.append(f"{right} {top} m {right} {bottom} l S")
    page2.extend(rules)
    y = bottom - 20
    for line in E5_AFTER[:1]:
        page2.append(f"BT /F1 9 Tf {MARGIN} {y} Td ({pdf_text(line)}) Tj ET")
        y -= 14
    page2.append(f"BT /F1 8 Tf {MARGIN} {MARGIN - 20} Td ({pdf_text(E5_AFTER[1])}) Tj ET")
    page1.append(
        f"BT /F1 8 Tf {MARGIN} {MARGIN - 20} Td "
        f"({pdf_text('Imperial College Healthcare NHS Trust  |  TB Support Worker (Outreach)  |  Page 1 of 2')}) Tj ET"
    )

    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for page in (page1, page2):
        stream = "\n".join(page).encode("latin-1")
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
        content = len(objects)
        objects.append(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
                f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {content} 0 R >>"
            ).encode()
        )
        kids.append(len(objects))
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    return pdf_file(objects)


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    e1_community_nursing_hcsw()
    e2_diabetic_eye_screening_failsafe_officer()
    e3_child_health_information_clerk()
    (ADVERTS / "e4_sexual_health_outreach_worker.pdf").write_bytes(pdf_bytes(E4_ITEMS, title=(16, 56)))
    (ADVERTS / "e5_tb_support_worker.pdf").write_bytes(e5_tb_support_worker_pdf())


if __name__ == "__main__":
    main()
