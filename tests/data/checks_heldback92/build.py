"""Build the Word and PDF adverts of the ninety-second held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback92/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word and PDF
helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file is saved with
fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The pasted-text adverts
(k7 and k8) are plain files and are not built here.
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

TICK = "\u2713"  # a plain check mark; the other level cell is left empty
DASH = "\u2013"
BULLET = "\u2022"
FIXED_TIME = dt.datetime(2029, 2, 5, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2029, 2, 5, 9, 0, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts


def k1_acute_stroke_therapy_assistant() -> None:
    """The employer only in the page header and the closing date only in the page footer; the band on a "|" line
    under the title; duties as Word bullets; a tick column and an empty column under "Criteria | Essential |
    Desirable", category rows merged across, and four ticked-Essential rows that are not criteria."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.header.paragraphs[0].text = "London North West University Healthcare NHS Trust"
    section.footer.paragraphs[
        0
    ].text = "Closing date: Monday 5 March 2029  \u00b7  Interviews: Thursday 15 March 2029  \u00b7  Ref 321-NWP-7714"
    document.add_heading("Acute Stroke Therapy Assistant", level=1)
    document.add_paragraph(
        "Stroke Unit, Northwick Park Hospital, Watford Road, Harrow  |  Band 3  |  37.5 hours a week  |  Permanent"
    )
    document.add_heading("About the unit", level=2)
    document.add_paragraph(
        "Our hyper-acute and acute stroke unit admits around 1,400 people a year from across North West London. "
        "The therapy team of physiotherapists, occupational therapists and speech and language therapists starts "
        "rehabilitation within a day of admission, seven days a week. You will work under the direction of the "
        "registered therapists, carrying out the treatment they plan with up to eight patients a day."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Help patients practise sitting balance, standing and walking as set out in their therapy plan",
        "Run the unit's breakfast group with the occupational therapist, practising washing, dressing and "
        "making a hot drink",
        "Record every session you carry out on Cerner before the end of your shift",
        "Order, clean and repair walking aids and wheelchairs, and keep the therapy store tidy",
        "Take part in the weekend and bank holiday therapy service on a rota",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("GCSE English and maths at grade 4 (C) or above, or Functional Skills Level 2 in both", TICK, ""),
        ("Level 3 Diploma in Health and Social Care or equivalent", "", TICK),
        (
            "Completion of the Trust's moving and handling and dysphagia screening training in your first month",
            TICK,
            "",
        ),
        ("Experience",),
        (
            "Experience of working as a healthcare or therapy assistant in a hospital, care home or community setting",
            TICK,
            "",
        ),
        (f"Previous stroke experience is not required {DASH} full training is given", TICK, ""),
        ("Experience of working with people after a stroke or with another neurological condition", "", TICK),
        ("Skills and abilities",),
        ("Able to help patients transfer and walk safely using hoists, rotundas, frames and sticks", TICK, ""),
        ("Able to communicate with patients who have difficulty speaking or understanding", TICK, ""),
        ("Able to write accurate notes of each therapy session in the patient record", TICK, ""),
        ("Must set up the therapy gym and check the equipment before the 8.30 handover", TICK, ""),
        ("Knowledge",),
        ("Understanding of how a stroke can affect movement, swallowing, sight and mood", TICK, ""),
        ("Awareness of modified diets and thickened fluids for patients with swallowing difficulties", "", TICK),
        ("Other",),
        ("Satisfactory enhanced DBS check and the right to work in the UK", TICK, ""),
        ("Able to work weekends on a one-in-four rota and bank holidays when rostered", TICK, ""),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 with service, plus bank holidays; the NHS Pension Scheme; a funded "
        "Level 3 apprenticeship for assistants who want to progress; staff car parking at Northwick Park and an "
        "on-site nursery. We are unable to offer visa sponsorship for this post. For an informal chat, call the "
        "stroke therapy lead on 020 7946 0381."
    )
    save(document, "k1_acute_stroke_therapy_assistant.docx")


def k2_aphasia_group_support_worker() -> None:
    """Everything about the post in a details table with no header row, two label-value pairs to a row, the closing
    date among them; a "must" duty in the purpose paragraph; rows marked E or D with "How assessed" and the category
    merged down, with a training row, a duty row and a right-to-work row marked E."""
    document = blank_docx("Calibri")
    document.add_heading("Job description and person specification", level=1)
    label_value_table(
        document,
        [
            ("Post", "Aphasia Group Support Worker", "Grade", "AfC Band 3"),
            ("Service", "Adult Community Speech and Language Therapy", "Borough", "Hammersmith and Fulham"),
            ("Employer", "Central London Community Healthcare NHS Trust", "Hours", "30 hours a week"),
            ("Closing date", "Thursday 8 March 2029", "Interviews", "Tuesday 20 March 2029"),
            ("Reference", "CLCH-SLT-0932", "Contract", "Fixed term for two years"),
        ],
    )
    document.add_heading("Purpose of the post", level=2)
    document.add_paragraph(
        "Aphasia is a loss of language, most often after a stroke, that can make speaking, understanding, reading and "
        "writing hard. Our therapists run six conversation groups a week in libraries, community centres and online, "
        "where people with aphasia practise talking, rebuild confidence and meet others in the same position. You will "
        "set up and help to run these groups and support members between sessions. You must phone any member who "
        "misses two groups in a row and let their therapist know what they said."
    )
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Set up rooms and online sessions, greet members and help them to join in",
        "Prepare picture boards, written choices and simple handouts with the therapists",
        "Lead parts of a session, such as a quiz or a news discussion, following the therapist's plan",
        "Keep attendance and outcome sheets and enter them on SystmOne",
        "Run the Wednesday evening group for members who work",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "E/D", "How assessed"])
    rows = [
        (
            "Qualifications",
            "Good standard of literacy and numeracy, such as GCSE English and maths at grade 4 (C) or equivalent",
            "E",
            "A",
        ),
        ("Qualifications", "Level 3 qualification in health, social care or education", "D", "A"),
        (
            "Qualifications",
            "Supported conversation training (Connect or similar), given during induction",
            "E",
            "N/A",
        ),
        ("Experience", "Experience of running or helping to run group activities for adults", "E", "A / I"),
        (
            "Experience",
            "Experience of supporting people with communication difficulties, such as aphasia, dementia or a "
            "learning disability",
            "E",
            "A / I",
        ),
        ("Experience", "Experience of working in a speech and language therapy service", "D", "A / I"),
        (
            "Skills",
            "Able to make written and spoken information easier to understand, using short sentences, pictures and "
            "key words",
            "E",
            "I / T",
        ),
        ("Skills", "Good IT skills, including video calls and making simple resources on a computer", "E", "A / T"),
        (
            "Skills",
            "Must return each group's attendance and outcome sheet to the admin team by Friday noon",
            "E",
            "N/A",
        ),
        (
            "Skills",
            "Speaks a second language used in the borough, such as Arabic, Polish, Portuguese or Somali",
            "D",
            "A / I",
        ),
        (
            "Other",
            "Able to travel independently between community venues across Hammersmith and Fulham",
            "E",
            "I",
        ),
        (
            "Other",
            f"Right to work in the UK {DASH} we are unable to offer visa sponsorship for this post",
            "E",
            "Pre-employment checks",
        ),
        ("Other", "Able to work until 8pm one evening a week for the evening group", "E", "I"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_paragraph(
        "A = application form, I = interview, T = a short task on the day (rewriting a clinic letter in plain words)."
    )
    document.add_paragraph(
        "You do not need to have worked in speech and language therapy before: you will shadow our therapists for "
        "your first month. We offer 27 days' annual leave plus bank holidays, the NHS Pension, time off in lieu for "
        "the evening group and a laptop and phone for work. The post is subject to an enhanced DBS check."
    )
    save(document, "k2_aphasia_group_support_worker.docx")


def k3_videofluoroscopy_clinic_assistant() -> None:
    """The employer only in the page footer; the band on a line with the pay; the closing date in a sentence at the
    top; Essential and Desirable side by side per category, with a "no clinical experience" line and a right-to-work
    line in Essential cells and "N/A" in one Desirable cell."""
    document = blank_docx("Arial")
    section = document.sections[0]
    section.footer.paragraphs[0].text = (
        "Chelsea and Westminster Hospital NHS Foundation Trust \u00b7 West Middlesex University Hospital, Twickenham "
        "Road, Isleworth"
    )
    document.add_heading("Videofluoroscopy Clinic Assistant", level=1)
    document.add_paragraph(
        "Applications close on Monday 12 March 2029, and interviews will be held on Thursday 22 March 2029."
    )
    document.add_paragraph(f"Band 2  {DASH}  \u00a326,950 a year pro rata  {DASH}  22.5 hours over three days")
    document.add_heading("About the clinic", level=2)
    document.add_paragraph(
        "A videofluoroscopy is a moving X-ray of a person swallowing. Patients who cough or choke when they eat, many "
        "of them after a stroke, sit in a special chair in the X-ray room while a speech and language therapist "
        "gives them small amounts of food and drink mixed with barium, so that the radiologist and therapist can see "
        "where it goes. You will prepare the food and drink, look after patients before, during and after the test, "
        "and keep the room ready. Every test must be prepared to the written recipe for that patient, and you must "
        "label each cup and spoon before the patient comes in."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Essential", "Desirable"])
    add_rows_side_by_side(
        table,
        [
            ("Qualifications", "Good standard of English and maths (GCSE or equivalent)", "Care Certificate"),
            (
                "Experience",
                "Experience of dealing with the public in a health, care or customer service role\n"
                f"No clinical experience needed {DASH} full training in the X-ray department is given",
                "Experience of working in a hospital outpatient or X-ray department",
            ),
            (
                "Skills",
                "Able to follow a recipe exactly when mixing barium into food and drinks\n"
                "Able to reassure patients who are anxious or confused",
                "Able to use a hospital booking system such as Cerner",
            ),
            (
                "Knowledge",
                "Understanding of infection prevention, including cleaning equipment between patients",
                "Awareness of the IDDSI food and drink levels",
            ),
            (
                "Other",
                "Able to stand for long periods wearing a lead apron\n"
                "Right to work in the UK (we cannot sponsor a visa for this post)",
                "N/A",
            ),
        ],
    )
    document.add_heading("Working with us", level=2)
    document.add_paragraph(
        "Clinics run on Monday, Tuesday and Thursday mornings. You will get 27 days' annual leave pro rata plus bank "
        "holidays, the NHS Pension, free flu vaccination and a staff shuttle to Chelsea. The post is subject to a "
        "standard DBS check and two references."
    )
    save(document, "k3_videofluoroscopy_clinic_assistant.docx")


def k4_acquired_brain_injury_rehabilitation_assistant() -> None:
    """The band in brackets in the heading; a two-column details table with no header row holding the closing date;
    the employer only in the last paragraph; Essential and Desirable as two rows per area under "Area | Level |
    Requirements", the area merged down over both, with a "not required" line, a DBS line and a mileage line."""
    document = blank_docx("Calibri")
    document.add_heading("Acquired Brain Injury Rehabilitation Assistant (Band 3)", level=1)
    label_value_table(
        document,
        [
            ("Team", "Hillingdon Community Neuro-Rehabilitation Team"),
            ("Base", "Mount Vernon Hospital, Northwood, with visits to people's homes across Hillingdon"),
            ("Hours", "37.5 hours a week, Monday to Friday, 8.30am to 4.30pm"),
            ("Contract", "Permanent"),
            ("Closing date", "15/03/2029"),
            ("Job reference", "333-CS-ABI-118"),
        ],
    )
    document.add_heading("Role summary", level=2)
    document.add_paragraph(
        "We help adults to rebuild their lives at home after a brain injury, whether from a fall, an assault, a road "
        "accident, a stroke or an infection. As part of a team of occupational therapists, physiotherapists, a "
        "psychologist and a speech and language therapist, you will carry out the goals the therapists set: going "
        "to the shops, catching a bus, cooking a meal, getting back to a hobby or to college."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Visit people at home and in the community to practise the goals in their rehabilitation plan",
        "Write up every visit on the electronic patient record the same day",
        "Use the team's pool car or your own car to travel between visits",
        "Bring back to the therapists any change in a person's mood, behaviour or safety",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Level", "Requirements"])
    rows = [
        ("Education", "Essential", "GCSE English and maths at grade 4 (C) or above, or equivalent"),
        ("Education", "Desirable", "Level 3 qualification in health, social care, sport or exercise"),
        (
            "Experience",
            "Essential",
            "Experience of supporting adults with a disability, in paid or voluntary work\n"
            f"Experience of brain injury is not required {DASH} we provide a full induction",
        ),
        (
            "Experience",
            "Desirable",
            "Experience of working with people with a brain injury or behaviour that challenges",
        ),
        (
            "Skills",
            "Essential",
            "Able to support people to practise everyday tasks such as cooking, shopping and using public "
            "transport\nAble to keep clear and accurate notes on an electronic record",
        ),
        ("Skills", "Desirable", "Experience of using SystmOne"),
        ("Knowledge", "Essential", "Understanding of how a brain injury can change memory, behaviour and mood"),
        ("Knowledge", "Desirable", "Knowledge of the Mental Capacity Act 2005"),
        (
            "Other",
            "Essential",
            "Full UK driving licence and use of a car for work\nEnhanced DBS check, paid for by the Trust",
        ),
        ("Other", "Desirable", "Mileage is paid at the NHS rate for every work journey"),
    ]
    add_rows_merging_categories_down(table, rows)
    document.add_heading("Working for us", level=2)
    document.add_paragraph(
        "Central and North West London NHS Foundation Trust offers 27 days' annual leave rising with service, the "
        "NHS Pension, flexible working and a wellbeing service. Applicants must have the right to work in the UK; "
        "this post does not meet the requirements for visa sponsorship. Questions: abi.team@example.com or 020 7946 "
        "0527."
    )
    save(document, "k4_acquired_brain_injury_rehabilitation_assistant.docx")


K5_ITEMS = [
    ("title", "Parkinson's Therapy Assistant"),
    ("bold", f"Therapies {DASH} Parkinson's and Movement Disorders Service"),
    ("body", "Closing date: 19 March 2029  |  Interviews: Wednesday 28 March 2029"),
    ("gap", ""),
    ("body", "Pay: Band 3, \u00a328,870 to \u00a331,210 a year including Outer London High Cost Area Supplement"),
    ("body", "Hours: 37.5 a week, Monday to Friday  |  Permanent  |  Ref 292-THE-0416"),
    ("heading", "About the service"),
    (
        "body",
        "Our Parkinson's service sees around 600 people in clinic, at home and in groups. The physiotherapists and "
        "occupational therapists plan each person's exercise and daily-living programme, and our therapy assistants "
        "help people to keep it going: in the hospital gym, in people's own homes and by video.",
    ),
    ("heading", "What you'll do"),
    (
        "body",
        f"{BULLET} Run the twice-weekly PD Move group in the hospital gym and the online group on Thursdays, following "
        "the programme the physiotherapist has written",
    ),
    ("body", f"{BULLET} Visit people at home to practise walking, turning, getting up from the floor and using cues"),
    (
        "body",
        f"{BULLET} You must check each group member's blood pressure sitting and standing before the class starts, "
        "and stop and call the physiotherapist if it drops",
    ),
    ("body", f"{BULLET} Write up every contact in the patient record and report changes to the therapist"),
    ("heading", "What we're looking for"),
    ("bold", "You will need"),
    (
        "body",
        f"{BULLET} Experience of caring for or supporting older people or people with long-term conditions, paid or "
        "voluntary",
    ),
    (
        "body",
        f"{BULLET} Able to lead simple exercise sessions for small groups, following a programme set by a "
        "physiotherapist",
    ),
    ("body", f"{BULLET} Patient with people who speak quietly or slowly, giving them time to answer"),
    ("body", f"{BULLET} Good written English for keeping accurate notes"),
    ("body", f"{BULLET} Able to work Monday to Friday across Hillingdon Hospital and patients' homes"),
    (
        "body",
        f"{BULLET} You don't need to have worked in the NHS before {DASH} we will train you in the service's "
        "exercise programme and in cueing techniques",
    ),
    ("bold", "It would help if you also have"),
    ("body", f"{BULLET} A fitness instructing qualification, such as the Level 2 Certificate in Gym Instructing"),
    ("body", f"{BULLET} Knowledge of how Parkinson's affects movement, including freezing and falls"),
    ("body", f"{BULLET} Experience of running sessions by video call"),
    ("heading", "About us"),
    (
        "body",
        "The Hillingdon Hospitals NHS Foundation Trust runs Hillingdon Hospital in Uxbridge and Mount Vernon Hospital "
        "in Northwood. You will need the right to work in the UK, as we cannot sponsor a visa for this post, and a "
        "satisfactory enhanced DBS check. We offer 27 days' annual leave plus bank holidays, the NHS Pension, staff "
        "parking and a cycle-to-work scheme, and a travel card or mileage for home visits.",
    ),
]

K6_ITEMS = [
    ("title", "Stroke Vocational Rehabilitation Support Worker"),
    ("bold", "Community Stroke Team, Charing Cross Hospital, Fulham Palace Road, London W6"),
    (
        "body",
        "Band 4 (\u00a332,590 to \u00a335,940 a year including Inner London High Cost Area Supplement). 37.5 hours a "
        "week. Fixed term for 18 months. Closing date Thursday 22 March 2029; interviews Tuesday 3 April 2029.",
    ),
    ("heading", "About the job"),
    (
        "body",
        "One in four strokes happens to someone of working age, and many of them want to get back to their job or "
        "find a new one. Working with our occupational therapists, you will help stroke survivors plan a return to "
        "work: meeting employers, arranging phased returns and adjustments, finding volunteering or training as a "
        "first step, and helping people with the forms that go with it.",
    ),
    (
        "body",
        "You will hold a caseload of around 20 people at a time and see them at home, at their workplace and at the "
        "hospital. You must record every contact with an employer in the patient record on the same day. You do not "
        "need to have worked in health before.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have experience of helping people into work, training or volunteering, for example "
        "in employment support, a jobcentre or a charity. You must be confident speaking to employers on the phone "
        "and in person on a client's behalf. It is essential that you can write clear reports and letters. A good "
        "understanding of the hidden effects of stroke, such as fatigue, memory problems and low mood, is essential. "
        "You must be able to use Microsoft Word, Outlook and Teams. It is essential that you can travel across North "
        "West London to clients' homes and workplaces.",
    ),
    (
        "body",
        "A Level 3 qualification in information, advice and guidance or employment support would be beneficial. "
        "Knowledge of Access to Work and the benefits system would be an advantage. Experience of working alongside "
        "occupational therapists would be an advantage.",
    ),
    ("heading", "Good to know"),
    (
        "body",
        "It is essential that you hold the right to work in the UK; we cannot sponsor visas for this role. The post "
        "needs an enhanced DBS check. Monthly supervision from a senior occupational therapist is essential to the "
        "role and is built into your week. We particularly welcome applications from stroke survivors. You will "
        "benefit from 27 days' annual leave plus bank holidays, the NHS Pension and an interest-free season ticket "
        "loan.",
    ),
    ("heading", "About us"),
    (
        "body",
        "Imperial College Healthcare NHS Trust runs Charing Cross, Hammersmith, St Mary's, Queen Charlotte's and "
        "Chelsea and the Western Eye hospitals, and the Hyper-Acute Stroke Unit at Charing Cross. For an informal "
        "conversation, email stroke.vr@example.com.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    k1_acute_stroke_therapy_assistant()
    k2_aphasia_group_support_worker()
    k3_videofluoroscopy_clinic_assistant()
    k4_acquired_brain_injury_rehabilitation_assistant()
    (ADVERTS / "k5_parkinsons_therapy_assistant.pdf").write_bytes(pdf_bytes(K5_ITEMS, title=(16, 56)))
    (ADVERTS / "k6_stroke_vocational_rehabilitation_support_worker.pdf").write_bytes(
        pdf_bytes(K6_ITEMS, title=(15, 60))
    )


if __name__ == "__main__":
    main()
