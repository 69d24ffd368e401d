"""Build the Word and PDF adverts of the twenty-sixth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback26/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts. Each Word file
is saved with fixed core-property dates and fixed zip time stamps, and the Word comments in f2 are given a fixed
date (python-docx stamps them with the time of saving), so a rebuild is byte for byte the same. The pasted-text
adverts (f6 to f8) are plain files and are not built here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

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
BULLET = "\u2022"
FIXED_TIME = dt.datetime(2028, 2, 1, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 2, 1, 9, 0, 0)  # every Word file's zip entries


def _save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


def _merge_runs(table, first_row: int, keys: list[str], column: int, labels: list[str], *, bold: bool = False) -> None:
    """Merge the cells of `column` down the table over each run of equal keys, and write the run's label in
    the merged cell (written after merging, so the label is not repeated)."""
    index = 0
    while index < len(keys):
        end = index
        while end + 1 < len(keys) and keys[end + 1] == keys[index]:
            end += 1
        top = table.cell(first_row + index, column)
        if end > index:
            top = top.merge(table.cell(first_row + end, column))
        if bold:
            bold_cell(top, labels[index])
        else:
            top.text = labels[index]
        index = end + 1


# --------------------------------------------------------------------------------------------------------- Adverts


def f1_therapeutic_activity_coordinator() -> None:
    """Person specification table whose Level column is merged down over each run of Essential or Desirable rows
    (so "Essential" is written once beside several criteria), with the Area column merged down too; one long
    criterion runs on into a second table row (the author typed the rest of the sentence into a new row instead
    of letting the text wrap), whose other cells are blank or part of the merges; three rows inside merged level
    runs that are not criteria (induction training given, "Previous NHS experience is not needed", the DBS
    check)."""
    document = blank_docx("Arial")
    document.add_heading(f"Therapeutic Activity Coordinator {DASH} Acute Adult Inpatient Wards", level=1)
    document.add_paragraph("West London NHS Trust")
    document.add_paragraph(
        "Lakeside Mental Health Unit, West Middlesex University Hospital site, Twickenham Road, Isleworth TW7 6AF"
    )
    document.add_paragraph(
        "Band 4  |  37.5 hours a week, including one weekend day in four  |  Permanent\n"
        "Job reference: WLT-LMH-0419\n"
        "Closing date: 05/03/2028    Interview date: 20/03/2028"
    )
    document.add_heading("About the role", level=2)
    document.add_paragraph(
        "Days on an acute mental health ward can be long, and time with nothing to do makes recovery harder. "
        "Our activity coordinators plan and run a programme of groups seven days a week across Avonmore, "
        "Kestrel and Finch wards, from cooking and gardening to music, art, walks and quiz nights, and help "
        "each person find something that gives shape to their day. You will be part of the occupational "
        "therapy team and work closely with nurses, peer support workers and the Recovery College."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Plan a weekly timetable of group and one-to-one activities for each ward with the occupational "
        "therapist, and post it on the ward noticeboards every Monday.",
        "Run groups on the wards, in the garden and in the therapy kitchen, and take small groups on escorted "
        "walks when leave allows.",
        "Every group must be risk assessed with the nurse in charge before it starts, and you must record who "
        "took part in each person's Rio notes on the same day.",
        "Manage the activity budget and order materials through the occupational therapy department.",
        "Chair the fortnightly patients' community meeting on each ward and act on what people ask for.",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Criteria", "Level", "How tested"])
    rows = [
        (
            "Qualifications",
            "Good standard of literacy and numeracy (GCSE grade 4/C or equivalent)",
            "E",
            "Application form",
        ),
        (
            "Qualifications",
            "Trust induction, Breakaway and Prevention and Management of Violence and Aggression (PMVA) training, "
            "provided in your first month",
            "E",
            f"{DASH}",
        ),
        (
            "Qualifications",
            "A qualification in art, sport, music, horticulture, fitness or a related activity",
            "D",
            "Application form",
        ),
        (
            "Experience",
            "Experience of planning and running group activities for adults, in a paid or voluntary",
            "E",
            "Application form and interview",
        ),
        ("Experience", "role, for example in a day centre, school, gym or community group", "E", ""),
        ("Experience", "Experience of supporting people who are unwell or distressed", "E", "Interview"),
        ("Experience", "Experience of working on a mental health ward", "D", "Application form"),
        (
            "Experience",
            "Lived experience of mental health difficulties, your own or as a carer, that you are willing to draw "
            "on in your work",
            "D",
            "Interview",
        ),
        (
            "Experience",
            f"Previous NHS experience is not needed {DASH} you will shadow an experienced coordinator for your "
            "first two weeks",
            "D",
            f"{DASH}",
        ),
        ("Skills and abilities", "Able to encourage people who have little motivation to take part", "E", "Interview"),
        (
            "Skills and abilities",
            "Able to adapt an activity for different abilities, languages and cultures",
            "E",
            "Interview and practical task",
        ),
        (
            "Skills and abilities",
            "Basic IT skills to keep activity records and plan the weekly timetable on the computer",
            "E",
            "Application form",
        ),
        (
            "Skills and abilities",
            "Able to play a musical instrument, cook with groups or lead exercise sessions",
            "D",
            "Interview",
        ),
        ("Other requirements", "Able to work one weekend day in four and some evenings", "E", "Interview"),
        ("Other requirements", "Enhanced DBS check with barred lists", "E", "Pre-employment check"),
    ]
    for _area, criterion, _level, tested in rows:
        cells = table.add_row().cells
        fill_cell(cells[1], criterion)
        fill_cell(cells[3], tested)
    areas = [row[0] for row in rows]
    _merge_runs(table, 1, areas, 0, areas, bold=True)
    level_keys = [f"{row[0]}|{row[2]}" for row in rows]
    level_words = ["Essential" if row[2] == "E" else "Desirable" for row in rows]
    _merge_runs(table, 1, level_keys, 2, level_words)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, rising to 33 days with service; the NHS Pension Scheme; Outer "
        "London High Cost Area Supplement; free parking on site; a staff wellbeing service and regular clinical "
        "supervision. We particularly welcome applications from people who have used mental health services."
    )
    _save(document, "f1_therapeutic_activity_coordinator.docx")


def _leader_line(document, text: str, level: str):
    """One criterion as a paragraph: the text, then a tab to a right-aligned stop with a dotted leader, then the
    level letter. Returns the criterion's run, for anchoring a comment."""
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    paragraph.paragraph_format.space_after = Pt(3)
    run = paragraph.add_run(text)
    paragraph.add_run("\t" + level)
    return run


def _comment(document, run, text: str, author: str, initials: str) -> None:
    comment = document.add_comment(run, text=text, author=author, initials=initials)
    comment._comment_elm.date = FIXED_TIME  # noqa: SLF001 - python-docx stamps the time of saving otherwise


def f2_mental_health_act_administrator() -> None:
    """No table: each criterion is a paragraph with a dotted tab leader running to "E" or "D" at the right margin,
    under bold category lines; the key comes only after the list. Reviewers' Word comments were left in the
    published file: one suggests a criterion that was never added, one discusses a criterion's level and one
    questions the DBS line, which also carries an "E" leader but is not a criterion."""
    document = blank_docx("Calibri")
    document.add_heading("Mental Health Act Administrator", level=1)
    document.add_paragraph("Central and North West London NHS Foundation Trust").runs[0].bold = True
    document.add_paragraph(
        "Mental Health Law Office, Park Royal Centre for Mental Health, Central Way, London NW10 7NS"
    )
    document.add_paragraph("Band 4  |  Full time, 37.5 hours per week  |  Permanent\nClosing date: 12th March 2028")
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The Mental Health Law Office makes sure that every patient detained or treated under the Mental Health "
        "Act at Park Royal is held lawfully and knows their rights. You will receive and check the legal papers "
        "when someone is detained, keep track of every deadline that follows, and arrange the tribunals and "
        "hospital managers' hearings where patients can challenge their detention."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Receive and scrutinise detention papers, and arrange for any errors that can be put right to be "
        "corrected within the 14 days the Act allows.",
        "Keep the Mental Health Act records on Rio accurate and up to date, and send consultants reminders before "
        "each section is due to expire.",
        "You must make sure that every detained patient has been told their rights, and that this is recorded, "
        "within the timescales in the Trust's policy.",
        "Book First-tier Tribunal (Mental Health) and hospital managers' hearings, prepare the bundles of reports "
        "and take the minutes of managers' hearings.",
        "Answer queries from patients, families, ward staff and solicitors by phone and email.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person Specification", level=2)
    sections = [
        (
            "Education and qualifications",
            [
                ("Educated to A level standard or equivalent experience", "E", None),
                (
                    "Recognised administration or business qualification, such as NVQ Level 3 in Business "
                    "Administration",
                    "D",
                    None,
                ),
            ],
        ),
        (
            "Experience",
            [
                (
                    "Experience of administrative work where accuracy and deadlines matter",
                    "E",
                    (
                        "Suggest adding: Experience of using an electronic patient record such as Rio or SystmOne (D)",
                        "Kiran Mistry",
                        "KM",
                    ),
                ),
                ("Experience of taking minutes at formal meetings", "E", None),
                ("Experience of working in a legal, court or tribunal setting", "D", None),
            ],
        ),
        (
            "Knowledge",
            [
                ("Understanding of confidentiality and the safe handling of sensitive information", "E", None),
                (
                    "Knowledge of the Mental Health Act 1983 (as amended in 2007)",
                    "D",
                    (
                        f"Kept as desirable {DASH} we train every new starter on the Act. Please don't change "
                        "this to E.",
                        "Hannah Osei",
                        "HO",
                    ),
                ),
            ],
        ),
        (
            "Skills and abilities",
            [
                (
                    "Excellent attention to detail, including checking legal forms for errors and missing signatures",
                    "E",
                    None,
                ),
                ("Confident with Microsoft Word, Outlook and Excel", "E", None),
                (
                    "Able to speak clearly and calmly with patients, nurses, doctors and solicitors, including "
                    "on the phone",
                    "E",
                    None,
                ),
            ],
        ),
        (
            "Other",
            [
                (
                    "Able to work flexibly to meet legal deadlines, occasionally covering our other inpatient sites",
                    "E",
                    None,
                ),
                (
                    "Satisfactory enhanced DBS check",
                    "E",
                    (
                        f"HR {DASH} this is a pre-employment check, not a shortlisting criterion. OK to leave it in?",
                        "Recruitment Team",
                        "RT",
                    ),
                ),
            ],
        ),
    ]
    for heading, lines in sections:
        document.add_paragraph().add_run(heading).bold = True
        for text, level, comment in lines:
            run = _leader_line(document, text, level)
            if comment is not None:
                _comment(document, run, *comment)
    document.add_paragraph(
        "Key: E = essential, D = desirable. Applicants who show in their supporting statement that they meet "
        "all of the essential criteria will be shortlisted."
    )
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "Full training in Mental Health Act administration with a named mentor, 27 days' annual leave rising to "
        "33 with service, the NHS Pension, a season ticket loan and access to our staff networks. We welcome "
        "applications from people with lived experience of mental health services. This post is exempt from "
        "the Rehabilitation of Offenders Act 1974."
    )
    _save(document, "f2_mental_health_act_administrator.docx")


def f3_enhanced_care_support_worker() -> None:
    """The Trust's template with its "Essential / Desirable (delete as appropriate)" column: most rows were cut
    down to one word, but two criteria still say "Essential / Desirable", so their level cannot be told; the
    template's guidance line above the table and its "[Insert any further criteria ...]" row were left in; a
    Care Certificate row marked Essential is training the job gives, and the last row is pre-employment checks."""
    document = blank_docx("Arial")
    document.add_heading("Job Description and Person Specification", level=1)
    label_value_table(
        document,
        [
            ("Job title", f"Enhanced Care Support Worker {DASH} Mental Health"),
            ("Band", "3"),
            ("Organisation", "Imperial College Healthcare NHS Trust"),
            ("Department", "Enhanced Care Team, Division of Medicine and Integrated Care"),
            (
                "Base",
                "St Mary's Hospital, Praed Street, London W2 1NY, working across Charing Cross and Hammersmith "
                "hospitals when needed",
            ),
            ("Hours", "37.5 hours a week on a 24/7 rota of 12.5-hour shifts"),
            ("Closing date", "27 Feb 2028"),
        ],
    )
    document.add_heading("Job summary", level=2)
    document.add_paragraph(
        "Some patients on our medical and surgical wards are also very unwell in their mind: confused, frightened, "
        "at risk of harming themselves or of leaving before it is safe. Enhanced care support workers spend their "
        "whole shift with one patient or a small bay, keeping them safe with conversation, activity and calm "
        "reassurance rather than restraint. You will be trained and supported by our mental health nurses and "
        "the psychiatric liaison team. No mental health qualification is needed to apply."
    )
    document.add_heading("Key responsibilities", level=2)
    for duty in [
        "Provide one-to-one or bay-based enhanced observation as set out in each patient's care plan.",
        "Help patients with washing, eating, drinking and moving, and take observations when trained to do so.",
        "Record what you see at least every hour on Cerner; any change in a patient's risk must be reported to "
        "the nurse in charge straight away.",
        "Use talking, distraction and meaningful activity to reduce distress.",
        "Join the team's weekly reflective practice session.",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    document.add_paragraph(
        "[Guidance: list no more than 12 criteria. Mark each one Essential or Desirable and delete the other. "
        "Remove this guidance before the advert is published.]"
    )
    table = header_table(
        document, ["Heading", "Criteria", "Essential / Desirable (delete as appropriate)", "Assessed by (A/I/T)"]
    )
    rows = [
        (
            "Qualifications",
            "Literacy and numeracy at Level 1 or above, or able to show this in a short test",
            "Essential",
            "A/T",
        ),
        ("Qualifications", "NVQ or Diploma Level 2 or 3 in Health and Social Care", "Essential / Desirable", "A"),
        (
            "Qualifications",
            f"Care Certificate {DASH} completed during your first 12 weeks with our Clinical Education team",
            "Essential",
            "N/A",
        ),
        (
            "Experience",
            "Experience of caring for adults in a hospital, care home, supported housing or home care setting",
            "Essential",
            "A/I",
        ),
        (
            "Experience",
            "Experience of supporting people with mental health conditions, dementia, learning disabilities or autism",
            "Desirable",
            "A/I",
        ),
        (
            "Experience",
            "Experience of working one to one with a person who may harm themselves",
            "Essential / Desirable",
            "I",
        ),
        ("Skills and knowledge", "Able to stay calm and keep others safe when a patient is agitated", "Essential", "I"),
        ("Skills and knowledge", "Able to write clear, factual notes of what you observe", "Essential", "A/T"),
        (
            "Skills and knowledge",
            "Understanding of why we use the least restrictive option and avoid restraint wherever possible",
            "Desirable",
            "I",
        ),
        (
            "Skills and knowledge",
            "Speaks a second language used by patients in North West London",
            "Desirable",
            "A",
        ),
        (
            "Other",
            "Able to work 12.5-hour day and night shifts, including weekends and bank holidays",
            "Essential",
            "I",
        ),
        ("Other", "[Insert any further criteria here or delete this row]", "Essential / Desirable", ""),
        ("Other", "Occupational health clearance and enhanced DBS check", "Essential", "Pre-employment"),
    ]
    for heading, criterion, level, assessed in rows:
        cells = table.add_row().cells
        bold_cell(cells[0], heading)
        fill_cell(cells[1], criterion)
        fill_cell(cells[2], level)
        fill_cell(cells[3], assessed)
    document.add_paragraph("A = application form, I = interview, T = test on the assessment day")
    document.add_heading("Why join us", level=2)
    document.add_paragraph(
        "You will get a full two-week induction, the Care Certificate, Breakaway training and a mental health "
        "skills course run by our own nurses. We offer 27 days' annual leave plus bank holidays, the NHS Pension, "
        "Inner London High Cost Area Supplement, interest-free season ticket loans and access to staff "
        "accommodation. This post is not eligible for visa sponsorship."
    )
    _save(document, "f3_enhanced_care_support_worker.docx")


F4_ITEMS = [
    ("title", "Employment Specialist (Individual Placement and Support)"),
    ("bold", f"Central and North West London NHS Foundation Trust {DASH} Hillingdon IPS Service"),
    ("body", "Based with the community mental health teams at the Riverside Centre, Pield Heath Road, Uxbridge"),
    ("heading", "At a glance"),
    ("body", "Band 5  |  \u00a337,930 to \u00a345,140 a year including Outer London HCAS  |  37.5 hours  |  Permanent"),
    ("body", "Closing date: Sunday 19 March 2028  |  Interviews: Tuesday 28 March 2028"),
    ("body", "What we're looking for, in short:"),
    ("body", f"{BULLET} Someone who has helped people into work"),
    ("body", f"{BULLET} Confident picking up the phone to employers"),
    ("body", f"{BULLET} Happy to be out and about in Hillingdon most days"),
    ("body", f"{BULLET} Lived experience of mental health problems? We'd love to hear from you"),
    ("heading", "About the service"),
    (
        "body",
        "Individual Placement and Support helps people who use secondary mental health services to find and keep "
        "paid work. We do not ask people to be 'work ready' first: if someone wants a job, we start looking with "
        "them straight away, and we keep supporting them and their employer once they start. Our team of six "
        "works inside the community mental health teams, so work is part of every care plan conversation.",
    ),
    ("heading", "What you'll do"),
    ("body", f"{BULLET} Hold a caseload of up to 20 people and help each of them find work that suits them"),
    (
        "body",
        f"{BULLET} You must see each person on your caseload at least once a week, and every contact must be "
        "recorded on SystmOne within 24 hours",
    ),
    ("body", f"{BULLET} Meet at least six employers face to face every week to find out what they need"),
    ("body", f"{BULLET} Work out with each person how starting work will change their benefits"),
    ("body", f"{BULLET} Give in-work support to people and their managers for as long as it is wanted"),
    ("body", f"{BULLET} Attend the weekly community mental health team meeting"),
    ("heading", "Person specification"),
    ("bold", "Essential criteria"),
    (
        "body",
        f"{BULLET} Degree or equivalent experience in a relevant area such as employment, social care or health",
    ),
    ("body", f"{BULLET} Experience of helping people who face barriers to work, in one of the following roles:"),
    ("body", f"      {DASH} employment or careers adviser"),
    ("body", f"      {DASH} job coach or recruitment consultant"),
    ("body", f"      {DASH} support worker in mental health, housing or probation services"),
    (
        "body",
        f"{BULLET} Experience of approaching employers and building relationships with them, for example in "
        "sales, business development or recruitment",
    ),
    ("body", f"{BULLET} Knowledge of welfare benefits and how starting work affects them"),
    ("body", f"{BULLET} Able to keep accurate records and work towards targets for job starts"),
    ("body", f"{BULLET} Able to travel across Hillingdon to meet people and employers, often at short notice"),
    ("bold", "Desirable criteria"),
    ("body", f"{BULLET} Trained in the IPS model, or experience of working in an IPS service"),
    ("body", f"{BULLET} Lived experience of mental health difficulties"),
    ("body", f"{BULLET} Knowledge of local employers and colleges in Hillingdon"),
    (
        "body",
        f"{BULLET} Speaks a language used in Hillingdon's communities, such as Punjabi, Polish, Somali or Tamil",
    ),
    ("heading", "What you'll get"),
    (
        "body",
        f"{BULLET} Full IPS training in your first month, including the IPS Grow online modules and shadowing "
        "an experienced employment specialist",
    ),
    ("body", f"{BULLET} Monthly supervision with the IPS team leader and fidelity reviews that help you grow"),
    ("body", f"{BULLET} 27 days' annual leave plus bank holidays, rising with service, and the NHS Pension"),
    ("heading", "Good to know"),
    (
        "body",
        "You do not need a driving licence: most of the employers we work with are on good bus routes, and we pay "
        "travel costs. This post needs an enhanced DBS check, and we cannot offer visa sponsorship for it.",
    ),
]

F5_ITEMS = [
    ("title", f"Physical Health Check Assistant {DASH} Severe Mental Illness"),
    ("bold", "Hillingdon GP Confederation"),
    ("body", "Working across GP practices in Hillingdon's primary care networks, with a base in Uxbridge"),
    ("gap", ""),
    (
        "body",
        "Agenda for Change Band 3 equivalent  |  \u00a327,480 to \u00a329,100 pro rata  |  30 hours a week over "
        "four days  |  Fixed term for 18 months",
    ),
    (
        "body",
        "Closing date: Thursday 9 March 2028 at 5pm. Interviews will be held in Uxbridge on 16 and 17 March.",
    ),
    ("heading", "Why this job exists"),
    (
        "body",
        "People living with schizophrenia, bipolar disorder and other severe mental illnesses die on average 15 to "
        "20 years earlier than the rest of the population, mostly from conditions that can be found early and "
        "treated. Every one of them should be offered a full physical health check each year, but many are never "
        "seen. You will change that in Hillingdon, one patient at a time.",
    ),
    ("heading", "What you'll be doing"),
    (
        "body",
        f"{BULLET} Contact patients on each practice's severe mental illness register by phone, letter and text, "
        "often more than once, and book them in",
    ),
    (
        "body",
        f"{BULLET} Carry out the checks: weight and waist, blood pressure, pulse, smoking and alcohol, and take "
        "bloods for HbA1c and cholesterol once signed off",
    ),
    (
        "body",
        f"{BULLET} You must offer every patient a follow-up with their GP or practice nurse when any result is "
        "outside the normal range",
    ),
    ("body", f"{BULLET} Refer people to stop smoking, weight management and alcohol services when they want it"),
    ("body", f"{BULLET} Record every check in the practice's clinical system using the right codes"),
    ("heading", "You'll need this from day one"),
    ("body", f"{BULLET} Experience of working with the public in a caring, health or customer-facing role"),
    ("body", f"{BULLET} Good spoken and written English, with patience to explain things simply"),
    (
        "body",
        f"{BULLET} Confident using a computer, including entering information into a database or clinical system",
    ),
    (
        "body",
        f"{BULLET} Comfortable talking with people about sensitive subjects such as smoking, weight and alcohol",
    ),
    ("body", f"{BULLET} Able to travel between GP practices across Hillingdon"),
    ("heading", "Useful, and we can help you build it"),
    ("body", f"{BULLET} Experience of taking blood pressure, weight or other basic health measurements"),
    ("body", f"{BULLET} Experience of using EMIS Web or SystmOne"),
    ("body", f"{BULLET} Understanding of severe mental illnesses such as schizophrenia and bipolar disorder"),
    ("body", f"{BULLET} Phlebotomy training or experience"),
    ("heading", "You'll achieve this with us in your first year"),
    ("body", f"{BULLET} The Care Certificate"),
    ("body", f"{BULLET} Phlebotomy and ECG competency sign-off with our practice nurse educator"),
    ("body", f"{BULLET} Mental health awareness and suicide prevention training"),
    ("heading", "You don't need"),
    ("body", "A clinical qualification, a degree or any previous NHS experience."),
    ("heading", "The small print"),
    (
        "body",
        "This post is subject to an enhanced DBS check, two satisfactory references and proof of your right to "
        "work in the UK. We are not a licensed sponsor, so we cannot sponsor a visa. We offer a workplace pension, "
        "25 days' annual leave plus bank holidays (pro rata), mileage or bus fares between practices, and "
        "protected time for training every month.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    f1_therapeutic_activity_coordinator()
    f2_mental_health_act_administrator()
    f3_enhanced_care_support_worker()
    (ADVERTS / "f4_employment_specialist.pdf").write_bytes(pdf_bytes(F4_ITEMS, title=(15, 60)))
    (ADVERTS / "f5_physical_health_check_assistant.pdf").write_bytes(pdf_bytes(F5_ITEMS, title=(15, 60)))


if __name__ == "__main__":
    main()
