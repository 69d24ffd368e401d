"""Build the Word and PDF adverts of the sixth held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback6/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. Its Word
and PDF helpers are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts. The
pasted-text adverts (k6 to k8) are plain files and are not built here.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.advert_files import (  # noqa: E402
    add_rows_merging_categories_down,
    add_rows_with_category_rows,
    blank_docx,
    header_table,
    pdf_bytes,
)

ADVERTS = HERE / "adverts"

# A plain tick for "yes" and a heavy ballot X for "no", as some trusts' templates print them.
TICK = "\u2713"
CROSS = "\u2718"


# ------------------------------------------------------------------------------------- Word helpers of its own


def bold_paragraph(document: Document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


# --------------------------------------------------------------------------------------------------------- Adverts


def k1_ld_support_worker() -> None:
    """Tick and cross columns, category rows merged across, a duty and a DBS row ticked Essential."""
    document = blank_docx()
    bold_paragraph(document, "Central and North West London NHS Foundation Trust")
    document.add_heading("Healthcare Support Worker \u2013 Learning Disability Services", level=1)
    document.add_paragraph("Brent Community Learning Disabilities Team, Wembley")
    document.add_paragraph("Agenda for Change Band 3 \u00b7 37.5 hours a week \u00b7 Permanent")
    document.add_paragraph(
        "Closing date: Sunday 5 September 2027 (we may close the advert early if we receive a large number of "
        "applications)"
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "You will work with adults who have a learning disability and live in their own homes or in supported "
        "housing across Brent, carrying out care plans written by the team's nurses and therapists. The "
        "postholder must complete a visit log for every person seen that day and will take part in annual health "
        "check reviews with families and GPs."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "Essential", "Desirable"])
    rows = [
        ("Qualifications and training",),
        ("NVQ or Diploma Level 2 in Health and Social Care, or the Care Certificate", TICK, CROSS),
        ("Training in positive behaviour support", CROSS, TICK),
        ("Experience",),
        ("Paid experience of supporting adults with a learning disability or autism", TICK, CROSS),
        ("Experience of using Makaton, pictures or objects of reference to communicate", CROSS, TICK),
        ("Skills and abilities",),
        ("Able to write clear, factual notes and incident reports", TICK, CROSS),
        ("Able to help a person with washing, dressing and eating while protecting their dignity", TICK, CROSS),
        (
            "Able to notice when someone who cannot explain in words is in pain or upset, and act on it",
            TICK,
            CROSS,
        ),
        ("Basic IT skills, including email and an electronic patient record", CROSS, TICK),
        ("Knowledge",),
        ("Understanding of safeguarding adults and when to raise a concern", TICK, CROSS),
        ("Other requirements",),
        ("Able to work early, late and weekend shifts on a rota", TICK, CROSS),
        ("Full UK driving licence", CROSS, TICK),
        (
            "The postholder will give prescribed medication once signed off as competent by the Trust",
            TICK,
            CROSS,
        ),
        ("Enhanced DBS check including the adults' barred list", TICK, CROSS),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_paragraph(
        "We welcome applications from people with lived experience of learning disability, including family "
        "carers. Benefits include 27 days of annual leave rising with service, the NHS Pension Scheme and "
        "Blue Light Card discounts."
    )
    document.save(ADVERTS / "k1_ld_support_worker.docx")


def k2_play_assistant() -> None:
    """Employer in the page header and a closing line; Essential and Desirable side by side per area, several
    lines in a cell, a "no hospital experience" line, a duty and a DBS line in the Essential column, and an
    interview date next to the closing date."""
    document = blank_docx()
    document.sections[0].header.paragraphs[0].text = "Chelsea and Westminster Hospital NHS Foundation Trust"
    document.add_heading("Play Assistant \u2013 Children's Ward", level=1)
    document.add_paragraph("Children's Services, Chelsea and Westminster Hospital, Fulham Road, London")
    document.add_paragraph("Grade: AfC Band 3 (plus Inner London High Cost Area Supplement)")
    document.add_paragraph("Closing: 10/09/2027        Interviews: w/c 20/09/2027")
    document.add_heading("About the job", level=2)
    document.add_paragraph(
        "Our play team helps babies, children and teenagers cope with a stay in hospital. You will run the ward "
        "playroom, take activities to children at the bedside and help the play specialists get children ready "
        "for procedures such as blood tests and scans."
    )
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Essential", "Desirable"])
    rows = [
        (
            "Qualifications",
            "Level 3 qualification in childcare or early years education, or equivalent",
            "Paediatric first aid certificate",
        ),
        (
            "Experience",
            "Experience of planning and leading play or craft activities for groups of children\n"
            "No hospital experience is necessary \u2013 we will teach you about working on a ward",
            "Experience of working with children with additional needs or disabilities",
        ),
        (
            "Skills",
            "Able to adapt play for a child who has to stay in bed or in a side room\n"
            "Good written English for keeping activity records",
            "Speaks a second language used by local families",
        ),
        (
            "Personal qualities",
            "Able to stay calm and cheerful with a child who is frightened or in pain\n"
            "Understanding of infection control when cleaning toys and equipment",
            "",
        ),
        (
            "Other",
            "You will cover the playroom on one Saturday in four\n"
            "Satisfactory enhanced DBS check for work with children",
            "",
        ),
    ]
    add_rows_with_category_rows(table, rows)
    document.add_paragraph(
        "Chelsea and Westminster Hospital NHS Foundation Trust is an equal opportunities employer and welcomes "
        "applications from all parts of the community. Staff enjoy free flu vaccination and discounts in the "
        "hospital shops."
    )
    document.save(ADVERTS / "k2_play_assistant.docx")


def k3_painter_decorator() -> None:
    """Rows marked E or D with the category cell merged down and a How assessed column; duties as bullets
    above; an induction duty and a right to work row marked E."""
    document = blank_docx()
    document.add_heading("Painter and Decorator", level=1)
    document.add_paragraph("The Hillingdon Hospitals NHS Foundation Trust \u2013 Estates and Facilities")
    document.add_paragraph("Hillingdon Hospital, Pield Heath Road, Uxbridge")
    document.add_paragraph(
        "Pay: Band 4 of Agenda for Change, 37.5 hours, Monday to Friday with some evening and weekend work"
    )
    document.add_paragraph("Closing date 03.09.2027")
    document.add_heading("Main responsibilities", level=2)
    for duty in [
        "Decorate wards, clinics, offices and corridors to the Trust's colour and finish specification",
        "Carry out small plaster and joinery repairs before decorating",
        "Keep the paint store tidy and record the materials used on each job sheet",
        "Put up barriers and signs so that patients and visitors stay safe while work is under way",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Category", "Criteria", "Essential / Desirable", "How assessed"])
    rows = [
        ("Qualifications", "City & Guilds or NVQ Level 2 in Painting and Decorating", "E", "A"),
        ("Qualifications", "CSCS card", "D", "A"),
        ("Qualifications", "Asbestos awareness certificate", "D", "A"),
        (
            "Experience",
            "Experience of painting and decorating in occupied buildings such as offices, schools or hospitals",
            "E",
            "A/I",
        ),
        ("Experience", "Experience of applying anti-bacterial or wipe-clean coatings", "D", "A/I"),
        ("Skills", "Able to prepare surfaces, including filling, sanding and stripping", "E", "I/T"),
        ("Skills", "Able to work out the quantity of materials needed for a job", "E", "I/T"),
        ("Skills", "Able to hang wallpaper and vinyl wall coverings", "D", "T"),
        ("Knowledge", "Knowledge of COSHH when using paints and solvents", "E", "I"),
        ("Knowledge", "Aware of how to work safely at height on ladders and towers", "E", "I"),
        (
            "Working arrangements",
            "Able to work some evenings and weekends when wards are closed for decoration",
            "E",
            "I",
        ),
        (
            "Working arrangements",
            "Will attend the Trust's corporate induction and fire training in the first week",
            "E",
            "\u2013",
        ),
        (
            "Working arrangements",
            "Must have the right to work in the UK; this post does not meet the requirements for sponsorship",
            "E",
            "A",
        ),
    ]
    add_rows_merging_categories_down(table, rows, bold=False)
    document.add_paragraph("Key: E essential, D desirable. A application form, I interview, T practical trade test.")
    document.add_paragraph("Uniform, safety boots and all tools are provided. Free on-site parking for estates staff.")
    document.save(ADVERTS / "k3_painter_decorator.docx")


K4_ITEMS = [
    ("bold", "London North West University Healthcare NHS Trust"),
    ("title", "Post Room Assistant"),
    ("body", "Mail and Courier Services, Northwick Park Hospital, Harrow"),
    ("body", "Pay: Agenda for Change Band 2, full time (37.5 hours, Monday to Friday)"),
    ("body", "Closing date: Tuesday 14 September 2027"),
    ("heading", "Job overview"),
    (
        "body",
        "Our post room receives and sends more than 6,000 items a day for the hospital's wards, clinics and "
        "offices, and runs a van service to St Mark's and Central Middlesex hospitals.",
    ),
    ("heading", "Main duties"),
    ("body", "\u2022 Collect, sort and deliver internal and external mail to wards and departments on set rounds"),
    ("body", "\u2022 Sign for recorded, special delivery and pathology items and keep the register up to date"),
    ("body", "\u2022 Run the franking machine and have outgoing mail ready for the Royal Mail collection at 4.30 pm"),
    ("body", "\u2022 Help colleagues load the courier van at busy times"),
    ("heading", "Person specification"),
    ("bold", "Essential"),
    ("body", "\u2022 Able to lift and carry parcels and mail sacks of up to 15 kg"),
    ("body", "\u2022 Good reading and number skills for sorting post by ward and department code"),
    ("body", "\u2022 Able to keep to a tight daily collection and delivery timetable"),
    ("body", "\u2022 Polite and helpful when dealing with staff, patients and visitors"),
    ("body", "\u2022 Able to keep confidential and signed-for items secure"),
    ("body", "\u2022 No previous post room experience is needed \u2013 full training will be given"),
    ("body", "\u2022 You will wear the Trust uniform and ID badge at all times on duty"),
    ("body", "\u2022 The successful candidate will need a basic DBS check"),
    ("bold", "Desirable"),
    ("body", "\u2022 Experience of working in a post room, warehouse or courier company"),
    ("body", "\u2022 Experience of using a franking machine or a parcel tracking system"),
    ("body", "\u2022 Familiar with the layout of a large hospital or similar site"),
    ("heading", "Eligibility"),
    (
        "body",
        "Applicants must have the right to work in the UK. We are unable to offer visa sponsorship for this role.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days of annual leave plus bank holidays, rising to 33 days with service"),
    ("body", "\u2022 NHS Pension Scheme and a cycle-to-work scheme"),
    ("body", "\u2022 Subsidised staff restaurant and free flu vaccination"),
]

K5_ITEMS = [
    ("bold", "Central London Community Healthcare NHS Trust"),
    ("title", "Speech and Language Therapy Assistant"),
    ("body", "Children's Speech and Language Therapy Service, Westminster and Kensington & Chelsea"),
    ("gap", ""),
    (
        "body",
        "This is a Band 3 post, fixed term for 12 months, for 37.5 hours a week. Please send your application by "
        "midnight on Friday 17 September 2027. Interviews will be held on 29 September.",
    ),
    ("heading", "The role"),
    (
        "body",
        "Our therapists see children from nursery age to the end of primary school in clinics, children's centres "
        "and schools across two boroughs. As an assistant you will run the therapy programmes that a therapist "
        "has planned for a child, make resources such as picture cards and sound games, and keep the therapist "
        "informed about progress. You must follow each child's programme as written and check with the "
        "therapist before changing it. Full training is given, and no previous NHS experience is essential.",
    ),
    ("heading", "About you"),
    (
        "body",
        "It is essential that you have experience of working with children under the age of 11, for example in a "
        "school, nursery or youth group. You must be able to use toys, pictures and games to hold a young "
        "child's attention for a short session. Good spoken and written English is essential, because you will "
        "write a short note after each session and talk with parents at the end. It is also essential that you "
        "can travel on your own between clinics and schools across both boroughs. A driving licence is not "
        "essential, as most of our sites are close to bus and Tube routes. We need someone who notices small "
        "changes in how a child speaks or listens and reports them accurately to the therapist, and this is "
        "essential.",
    ),
    (
        "body",
        "Experience of supporting children with speech, language or communication needs would be beneficial. A "
        "qualification in childcare, teaching support or a related subject would be an advantage, and "
        "experience of using an electronic record system such as SystmOne would be beneficial.",
    ),
    ("heading", "Working for us"),
    (
        "body",
        "We are a Disability Confident Leader and will offer an interview to disabled applicants who meet the "
        "essential criteria for the post. The post is subject to an enhanced DBS check, which the Trust pays for. "
        "Many of our staff find the free counselling service, flexible working and the cycle-to-work scheme "
        "beneficial.",
    ),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    k1_ld_support_worker()
    k2_play_assistant()
    k3_painter_decorator()
    (ADVERTS / "k4_post_room_assistant.pdf").write_bytes(pdf_bytes(K4_ITEMS, bullet_indent="  "))
    (ADVERTS / "k5_slt_assistant.pdf").write_bytes(pdf_bytes(K5_ITEMS, bullet_indent="  "))


if __name__ == "__main__":
    main()
