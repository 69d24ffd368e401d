"""Build the Word and PDF adverts of the sixteenth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback16/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts; each Word file
is saved with fixed core-property dates and fixed zip time stamps, so a rebuild is byte for byte the same. The
pasted-text adverts (h6 to h8) are plain files and are not built here.
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
    header_table,
    label_value_table,
    pdf_bytes,
    save_docx,
)

ADVERTS = HERE / "adverts"

# A light check mark (U+2713) in the Essential or the Desirable column; the other column is left empty.
TICK = "\u2713"
DASH = "\u2013"
FIXED_TIME = dt.datetime(2028, 1, 10, 8, 30, 0, tzinfo=dt.UTC)
STAMP = (2028, 1, 10, 8, 30, 0)  # every Word file's zip entries


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


# --------------------------------------------------------------------------------------------------------- Adverts

H1_ROWS = [
    ("Qualifications and training",),
    ("GCSEs (or equivalent) in English and maths at grade 4 / C or above", TICK, "", "Application"),
    (
        "A community interpreting qualification, such as the Level 3 Certificate in Community Interpreting",
        "",
        TICK,
        "Application",
    ),
    ("Completion of training on the Trust's interpreter booking portal during induction", TICK, "", "N/A"),
    ("Experience",),
    ("Experience of booking appointments, shifts or resources for a busy service", TICK, "", "Application / Interview"),
    ("Previous interpreting experience is not required for this post", TICK, "", "N/A"),
    ("Experience of dealing with the public or with patients on the telephone", TICK, "", "Application / Interview"),
    ("Experience of working with freelance workers, agencies or contractors", "", TICK, "Application"),
    ("Skills and abilities",),
    ("Good working knowledge of Microsoft Outlook and Excel", TICK, "", "Application / Test"),
    (
        "Speaks one or more of the languages most requested at the Trust (e.g. Romanian, Polish, Arabic, "
        "Gujarati, Tamil, Somali or Panjabi)",
        "",
        TICK,
        "Application",
    ),
    (
        "Able to prioritise urgent requests, for example same-day interpreters for A&E or maternity",
        TICK,
        "",
        "Interview",
    ),
    (
        "Must confirm every face-to-face booking with the interpreter and the clinic by 3pm on the day before",
        TICK,
        "",
        "Interview",
    ),
    ("Knowledge",),
    (
        "Understanding of why professional interpreters, rather than family members, should be used in "
        "clinical conversations",
        TICK,
        "",
        "Interview",
    ),
    ("Awareness of the Accessible Information Standard", "", TICK, "Interview"),
    ("Personal qualities",),
    ("Able to stay calm and polite when a booking falls through at short notice", TICK, "", "Interview"),
    ("Eligible to work in the UK; the Trust cannot offer Skilled Worker sponsorship for this post", TICK, "", "N/A"),
]


def h1_interpreting_booking_coordinator() -> None:
    """A details table laid out across the page (labels in a header row, values in the row below) with no
    employer in it; the employer only in the About us paragraph; numbered duties with a passive "must";
    tick columns with an empty other column and a "How assessed" column, category rows merged across, E and D
    rows mixed within categories, and four ticked-Essential rows that are not criteria."""
    document = blank_docx("Arial")
    document.add_heading("Interpreting and Translation Service", level=1)
    table = header_table(document, ["Post", "Pay", "Hours", "Closing date", "Reference"])
    values = [
        "Interpreting Services Booking Coordinator",
        "AfC Band 3",
        "37.5 per week, Mon to Fri, 8am to 6pm rota",
        "07/03/2028",
        "362-PS-1187-B",
    ]
    for cell, text in zip(table.add_row().cells, values, strict=True):
        cell.text = text
    document.add_heading("About us", level=2)
    document.add_paragraph(
        "London North West University Healthcare NHS Trust arranges more than 70,000 interpreting sessions a "
        "year for patients at Northwick Park, Ealing and Central Middlesex hospitals, in over 120 languages and "
        "in British Sign Language. The bookings team of six sits in the Patient Services Hub at Northwick Park "
        "and works with our own staff interpreters, two agencies and a pool of freelance interpreters."
    )
    document.add_heading("What you will do", level=2)
    for duty in [
        "Take requests for face-to-face, video and telephone interpreters from clinics, wards and the "
        "Emergency Department by phone, email and the online request form.",
        "Match each request to a staff, freelance or agency interpreter and send confirmations to both sides.",
        "Every cancelled appointment must be passed to the interpreter agency within one hour so that the "
        "Trust is not charged for the session.",
        "Check interpreters' timesheets against bookings before they are sent to Finance each Friday.",
        "Keep the monthly activity spreadsheet up to date for the Patient Experience Manager.",
    ]:
        document.add_paragraph(duty, style="List Number")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable", "How assessed"])
    add_rows_with_category_rows(table, H1_ROWS)
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave plus bank holidays, rising with service; the NHS Pension Scheme; free language "
        "taster sessions run by our staff interpreters; and on-site parking at a reduced staff rate. The post "
        "is subject to a basic DBS check and two satisfactory references."
    )
    save(document, "h1_interpreting_booking_coordinator.docx")


H2_ROWS = [
    ("Qualifications and training",),
    (
        "Good general education, including GCSE English at grade 4 / C or equivalent\n"
        "Full training in the NHS complaints regulations and the Datix complaints module will be given",
        "Customer service or business administration qualification at NVQ Level 2 or above",
    ),
    ("Experience",),
    (
        "Experience of handling enquiries or complaints from members of the public\n"
        "Experience of keeping accurate written records, such as case notes or logs",
        "Experience of working in a hospital, GP surgery or other healthcare setting",
    ),
    ("Skills",),
    (
        "Writes clear, plain-English letters and emails\n"
        "Able to take notes at meetings and type them up accurately\n"
        "Must log every new complaint on the system on the day it arrives",
        "Experience of using a case management system such as Datix",
    ),
    ("Personal qualities",),
    (
        "Able to listen with empathy to people who are upset or angry\nAble to keep information confidential",
        "\u2014",
    ),
    ("Other",),
    (
        "Right to work in the UK (we cannot offer sponsorship)",
        "Able to work at both the Chelsea and West Middlesex sites",
    ),
]


def h2_complaints_assistant() -> None:
    """Job title, band, reference and closing date as one "|" line in the page header, the employer only in
    the first paragraph; an Essential | Desirable table with no category column, each category a row merged
    across, several lines per cell, and three Essential lines that are not criteria (training given, a
    "Must log ..." duty, right to work); an em dash in an empty Desirable cell."""
    document = blank_docx("Calibri")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Complaints Assistant | Band 3 | Ref 333-CW-28-0117 | Closing date: 12.03.2028"
    document.add_heading("Job description", level=1)
    document.add_paragraph(
        "The Patient Experience and Complaints team at Chelsea and Westminster Hospital NHS Foundation Trust "
        "looks after around 1,400 formal complaints and 6,000 enquiries a year across Chelsea and Westminster "
        "Hospital on Fulham Road and West Middlesex University Hospital in Isleworth. We are looking for a "
        "Complaints Assistant to join a team of nine on a permanent, full-time basis."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Acknowledge new complaints by letter or email and open a case for each one",
        "Request statements and records from clinical teams and chase them when they are overdue",
        "Arrange local resolution meetings between complainants and senior staff, and take notes",
        "Prepare draft response letters for the Complaints Manager to check",
        "Keep the weekly complaints tracker and the monthly report to divisions up to date",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Essential", "Desirable"])
    add_rows_with_category_rows(table, H2_ROWS)
    document.add_heading("Benefits", level=2)
    document.add_paragraph(
        "Annual leave of 27 days rising to 33, the NHS Pension, a free shuttle bus between our two hospitals, "
        "staff networks and a range of wellbeing services. Offers are conditional on references and a basic "
        "DBS check."
    )
    save(document, "h2_complaints_assistant.docx")


H3_ROWS = [
    ("Education", "Educated to A-level standard or equivalent experience", "Essential", "Application form"),
    (
        "Education",
        "Completion of the Trust's Equality, Diversity and Human Rights e-learning within four weeks of starting",
        "Essential",
        "Post-appointment",
    ),
    ("Education", "A qualification in equality, diversity and inclusion or HR", "Desirable", "Application form"),
    (
        "Experience",
        "Experience of providing administrative support to a group, committee or network",
        "Essential",
        "Application form / Interview",
    ),
    ("Experience", "Experience of supporting a staff network or voluntary group", "Desirable", "Application form"),
    (
        "Experience",
        "Experience of organising events, meetings or awareness days",
        "Essential",
        "Application form / Interview",
    ),
    ("Experience", "You do not need to have worked in equality and inclusion before", "Essential", "N/A"),
    ("Skills", "Good Microsoft Office skills, including Word, Excel and Teams", "Essential", "Application form"),
    ("Skills", "Able to take accurate minutes", "Essential", "Interview"),
    (
        "Knowledge",
        "Understanding of the protected characteristics in the Equality Act 2010",
        "Essential",
        "Interview",
    ),
    ("Knowledge", "Awareness of the NHS Workforce Race Equality Standard (WRES)", "Desirable", "Interview"),
    ("Values", "Commitment to treating everyone with dignity and respect", "Essential", "Interview"),
    ("Values", "Right to work in the UK", "Essential", "Pre-employment checks"),
]


def h3_edi_administrator() -> None:
    """Title as the only heading at the top, then purpose and a duties paragraph with a "must"; rows with a
    category merged down (not bold), the level as a word and an Assessment column, E and D mixed within
    categories, three rows marked Essential that are not criteria; the band, closing date and employer only in
    a Post details table at the end."""
    document = blank_docx("Arial")
    document.add_heading("Equality, Diversity and Inclusion Administrator", level=1)
    document.add_paragraph(
        "The Equality, Diversity and Inclusion team supports the Trust's seven staff networks, runs our "
        "calendar of awareness events and gathers the data behind our equality reports. This administrator "
        "post is the first point of contact for the team and keeps the networks running smoothly."
    )
    document.add_heading("Key duties", level=2)
    document.add_paragraph(
        "You will book rooms and video calls for network meetings, take and circulate minutes, keep the "
        "networks' membership lists and budgets, help to plan events such as Black History Month, Pride and "
        "Disability History Month, and pull together figures for the annual equality reports. Network "
        "membership lists are confidential and must only be shared with the network chairs. You will also "
        "answer the team inbox and keep the intranet pages current."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Criterion", "Level", "Assessment"])
    add_rows_merging_categories_down(table, H3_ROWS, bold=False)
    document.add_paragraph(
        "We particularly welcome applications from disabled people and from Black, Asian and minority ethnic "
        "candidates, who are under-represented at this level. Flexible working will be considered from day one."
    )
    document.add_heading("Post details", level=2)
    label_value_table(
        document,
        [
            ("Employer", "Central and North West London NHS Foundation Trust"),
            ("Department", "People and Culture \u2013 Equality, Diversity and Inclusion"),
            ("Pay band", "AfC Band 3"),
            ("Hours", "37.5 per week; hybrid, with two days a week at 350 Euston Road, London NW1 3AX"),
            ("Contract", "Fixed term for 12 months (secondment considered)"),
            ("Closing date", "16 March 2028"),
        ],
    )
    save(document, "h3_edi_administrator.docx")


H4_ITEMS = [
    ("title", "Communications Assistant"),
    ("bold", f"London Ambulance Service NHS Trust {DASH} Communications and Engagement"),
    (
        "body",
        "Band 4 | \u00a333,094 to \u00a336,195 a year including Inner London HCAS | Permanent | 37.5 hours | "
        "220 Waterloo Road, London SE1 8SD, with hybrid working",
    ),
    ("heading", "About the role"),
    (
        "body",
        "Our communications team tells Londoners what their ambulance service is doing, from winter pressure "
        "messages to stories about the crews who save lives every day. As Communications Assistant you will "
        "write and schedule posts for our social media channels, update the public website and the staff "
        "intranet, put together the weekly staff bulletin and help the press officers during busy periods. "
        "Previous NHS experience is not required.",
    ),
    ("heading", "Main responsibilities"),
    ("body", "\u2022 Draft, proofread and schedule social media posts and respond to public comments"),
    ("body", "\u2022 Update web and intranet pages and check links and images each week"),
    ("body", "\u2022 Compile the weekly staff bulletin from items sent in by teams across London"),
    ("body", "\u2022 Keep the media log and the photo library in order, including consent forms"),
    (
        "body",
        "\u2022 All press statements must be approved by the on-call communications manager before they are "
        "issued, including out of hours",
    ),
    ("heading", "Person specification"),
    ("body", "Criteria marked E are essential; criteria marked D are desirable."),
    ("gap", ""),
    ("body", "E1   Educated to A-level standard or equivalent, or relevant experience"),
    ("body", "E2   Experience of writing content for a website, newsletter or social media"),
    ("body", "E3   Excellent written English with strong proofreading skills"),
    ("body", "E4   Confident using Microsoft Office and basic image-editing or design tools such as Canva"),
    ("body", "E5   Able to work calmly to tight deadlines, including during major incidents"),
    (
        "body",
        "E6   Must be willing to complete the Trust's media and social media policy training in the first month",
    ),
    ("body", "E7   Able to explain information in plain English for the public"),
    ("body", "E8   Right to work in the UK without sponsorship"),
    ("gap", ""),
    ("body", "D1   Degree or qualification in communications, journalism, marketing or English"),
    ("body", "D2   Experience of working in a press office or in the NHS or emergency services"),
    ("body", "D3   Experience of photography or filming short videos for social media"),
    ("body", "D4   Knowledge of a web content management system (e.g. WordPress, Drupal)"),
    ("heading", "Why the LAS?"),
    ("body", "\u2022 27 days' annual leave rising to 33, plus bank holidays"),
    ("body", "\u2022 NHS Pension and a season ticket loan"),
    ("body", "\u2022 A funded CIPR Foundation Certificate for staff who want to build a career in communications"),
    ("heading", "How to apply"),
    (
        "body",
        "Apply through NHS Jobs by 23:59 on Sunday 5 March 2028; we will be shortlisting the following week. "
        "The successful applicant will need a standard DBS check because the role involves access to patient "
        "stories.",
    ),
]

H5_ITEMS = [
    ("title", "Charity Fundraising Assistant"),
    ("bold", "Hillingdon Hospitals Charity, part of The Hillingdon Hospitals NHS Foundation Trust"),
    ("gap", ""),
    ("heading", "The job"),
    (
        "body",
        "Hillingdon Hospitals Charity raises money for the things the NHS cannot fund on its own: garden spaces "
        "for patients, equipment for the children's ward and extra training for staff. This is a Band 3 post, "
        "30 hours a week over four days, fixed term for 18 months and based at Hillingdon Hospital, Pield Heath "
        "Road, Uxbridge. Closing date: midday on Wednesday 1 March 2028.",
    ),
    (
        "body",
        "You will look after donors who give in memory of a loved one, run stalls and collections in the main "
        "entrance, help to organise our summer fun run and the Christmas raffle, and record every gift on our "
        "supporter database. All cash must be counted by two people and banked on the same day.",
    ),
    ("heading", "Who we are looking for"),
    (
        "body",
        "You will need experience of working with the public in a customer-facing role, whether paid or "
        "voluntary. You will need to be comfortable handling cash and keeping accurate records of donations. "
        "You will need to complete our induction, including a day on data protection for supporter records, in "
        "your first two weeks. It is essential that you are confident talking to people you have never met, "
        "from patients' families to local businesses. You will need good IT skills, including Excel and email. "
        "Flexibility to work some evenings and weekends for events is essential. You will need the right to "
        "work in the UK; unfortunately we cannot sponsor visas.",
    ),
    (
        "body",
        "Experience of fundraising or running events for a charity, school or community group would be an "
        "advantage. A driving licence would be an advantage, as you will sometimes collect donation tins from "
        "local shops. Knowledge of Gift Aid and the Fundraising Regulator's Code of Fundraising Practice would "
        "also help. Experience of using a supporter database such as Raiser's Edge or Beacon would be welcome.",
    ),
    (
        "body",
        f"You do not need to have worked for a charity before {DASH} many of our best fundraisers started out "
        "as volunteers.",
    ),
    ("heading", "What you get"),
    (
        "body",
        "27 days' annual leave pro rata plus bank holidays, the NHS Pension, staff parking and discounts, and "
        "a place on the Chartered Institute of Fundraising's introductory course in your first year. "
        "Appointment is subject to two references and a basic DBS check.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    h1_interpreting_booking_coordinator()
    h2_complaints_assistant()
    h3_edi_administrator()
    (ADVERTS / "h4_communications_assistant.pdf").write_bytes(pdf_bytes(H4_ITEMS, title=(17, 52)))
    (ADVERTS / "h5_charity_fundraising_assistant.pdf").write_bytes(
        pdf_bytes(H5_ITEMS, title=(16, 56), bullet_indent="  ")
    )


if __name__ == "__main__":
    main()
