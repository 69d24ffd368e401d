"""Build the Word and PDF adverts of the twenty-third held-back corpus from the definitions below.

Run from the repository root: `.venv/bin/python tests/data/checks_heldback23/build.py`. The generated files are
committed, so the benchmark never needs this script; it is kept so the files can be read and rebuilt. The Word
helpers and the PDF writer are in `tests/data/advert_files.py`, shared with the other held-back sets' scripts. Each
Word file is saved with fixed core-property dates and fixed zip time stamps, and the PDFs hold no dates, so a
rebuild is byte for byte the same. The pasted-text adverts (c6 to c8) are plain files and are not built here.

Three Word shapes here need raw WordprocessingML that python-docx has no API for, written with `parse_xml`:
ticks inserted as Word symbols (`w:sym` in the Wingdings font, as Insert > Symbol writes them) and a floating
text box (c1); tracked changes that were never accepted, with deleted and inserted text, rows and a changed level
(c2); and a trust template whose fields and person specification sit inside content controls (c3). c4 is a PDF
whose person specification table is written column by column rather than row by row.
"""

from __future__ import annotations

import datetime as dt
import sys
import textwrap
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402

from tests.data.advert_files import (  # noqa: E402
    PAGE_HEIGHT,
    PAGE_WIDTH,
    blank_docx,
    bold_cell,
    fill_cell,
    header_table,
    pdf_bytes,
    pdf_file,
    pdf_text,
    save_docx,
)

ADVERTS = HERE / "adverts"

DASH = "\u2013"
FIXED_TIME = dt.datetime(2028, 2, 6, 9, 0, 0, tzinfo=dt.UTC)
STAMP = (2028, 2, 6, 9, 0, 0)  # every Word file's zip entries
W = nsdecls("w")
VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


def save(document, name: str) -> None:
    save_docx(document, ADVERTS / name, stamp=STAMP, written=FIXED_TIME, external_attr=0o600 << 16)


def text_run(text: str, *, tag: str = "t", bold: bool = False, declare: bool = False) -> str:
    """A run's XML; ``declare`` puts the w namespace on it, for a run parsed on its own."""
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    opening = f"<w:r {W}>" if declare else "<w:r>"
    return f'{opening}{props}<w:{tag} xml:space="preserve">{escape(text)}</w:{tag}></w:r>'


# ------------------------------------------------------------------------------------ c1: symbol ticks, text box


def wingdings_tick():
    """A tick as Word's Insert > Symbol writes it: no text, only a symbol character in the Wingdings font."""
    return parse_xml(
        f'<w:r {W}><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>'
        '<w:sym w:font="Wingdings" w:char="F0FC"/></w:r>'
    )


def text_box_run(lines: list[str]):
    """A floating VML text box (a rectangle with a blue border) holding one paragraph per line, the first bold."""
    paragraphs = "".join(f"<w:p>{text_run(line, bold=index == 0)}</w:p>" for index, line in enumerate(lines))
    return parse_xml(
        f"<w:r {W} {VML}><w:pict>"
        '<v:rect id="JobDetailsBox" o:spid="_x0000_s1026" strokecolor="#005EB8" strokeweight="1.5pt" '
        'style="position:absolute;margin-left:312pt;margin-top:-4pt;width:160pt;height:96pt;z-index:251659264;'
        'mso-position-horizontal-relative:margin;mso-position-vertical-relative:text">'
        f"<v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:rect></w:pict></w:r>"
    )


C1_SPEC = [
    (
        "Qualifications",
        [
            ("GCSE grade 4 (C) or above in English and maths, or equivalent", "E"),
            ("NVQ Level 2 or above in a health or care subject", "D"),
            ("Orthotic casting and measuring training with the Trust (given in your first three months)", "E"),
        ],
    ),
    (
        "Experience",
        [
            ("Experience of working with patients or customers face to face", "E"),
            ("Experience in an orthotics, podiatry, physiotherapy or surgical appliance setting", "D"),
            ("Experience of stock control or ordering", "ED"),
        ],
    ),
    (
        "Skills and abilities",
        [
            ("Able to use a computer to book appointments and keep records", "E"),
            ("Good manual dexterity for handling small tools and fittings", "E"),
            ("Able to explain simple instructions about wearing and caring for an orthosis", "E"),
        ],
    ),
    (
        "Personal qualities",
        [
            ("Comfortable working closely with patients who may be in pain or distressed", "E"),
            ("Reliable, and willing to cover the Wednesday late clinic until 7.30pm", "E"),
        ],
    ),
    (
        "Other",
        [
            ("Right to work in the UK", "E"),
            ("Enhanced DBS clearance (applied for by the Trust after an offer is made)", "E"),
        ],
    ),
]


def c1_orthotics_assistant() -> None:
    """Band, pay and closing date only in a floating text box; duties as Word bullets; one small table per
    category with Essential and Desirable columns whose ticks are Wingdings symbols (no text), one row ticked in
    both columns; a training row, a right-to-work row and a DBS row ticked Essential; benefits after."""
    document = blank_docx("Arial")
    box = document.add_paragraph()
    box._p.append(
        text_box_run(
            [
                "Band 3",
                "\u00a328,870 \u2013 \u00a330,610 a year including Outer London HCAS",
                "Permanent, 37.5 hours a week",
                "Closes 9 March 2028",
                "Interviews 22 March 2028",
            ]
        )
    )
    document.add_heading("Orthotics Assistant", level=1)
    document.add_paragraph("London North West University Healthcare NHS Trust")
    document.add_paragraph("Orthotics Department, Northwick Park Hospital, Watford Road, Harrow HA1 3UJ")
    document.add_heading("About the department", level=2)
    document.add_paragraph(
        "Our orthotists see around 9,000 appointments a year for adults and children who need insoles, splints, "
        "braces, collars and specialist footwear. The Orthotics Assistant is the person who keeps the clinics "
        "moving: getting patients and their orthoses ready, looking after stock and helping the orthotists in "
        "clinic. No orthotics experience is needed; we will train you in everything you need to know."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        "Prepare patients' footwear and orthoses for fitting, and book patients into the orthotists' clinics.",
        "Take foot outlines and foam-box impressions under the direction of an orthotist, once trained.",
        "Order insoles, braces, collars and other stock items from our contracted suppliers, and chase late "
        "deliveries.",
        "Keep the clinic rooms and casting area clean, and check and record stock levels every week.",
        "You must record every item issued on the patient's electronic record before the patient leaves the "
        "department.",
    ]:
        document.add_paragraph(duty, style="List Bullet")
    document.add_heading("Person specification", level=2)
    document.add_paragraph("A tick shows whether each requirement is essential or desirable for the post.")
    for category, rows in C1_SPEC:
        table = header_table(document, [category, "Essential", "Desirable"])
        for text, level in rows:
            cells = table.add_row().cells
            fill_cell(cells[0], text)
            for cell, wanted in ((cells[1], "E"), (cells[2], "D")):
                paragraph = cell.paragraphs[0]
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if wanted in level:
                    paragraph._p.append(wingdings_tick())
        document.add_paragraph()
    document.add_heading("What we offer", level=2)
    for benefit in [
        "27 days' annual leave, rising to 33 days with service, plus bank holidays",
        "NHS Pension Scheme",
        "On-site nursery and free staff shuttle bus between Northwick Park and Central Middlesex",
        "Season ticket loan and cycle-to-work scheme",
    ]:
        document.add_paragraph(benefit, style="List Bullet")
    document.add_paragraph(
        "We welcome applications from people who are new to the NHS. Please note that we are unable to offer "
        "visa sponsorship for this post."
    )
    save(document, "c1_orthotics_assistant.docx")


# ----------------------------------------------------------------------------------- c2: unaccepted tracked changes

AUTHOR, CHANGED = "Jo Mensah", "2028-02-01T10:15:00Z"


class Revisions:
    """Tracked-change markup with the same author and date and a running id."""

    def __init__(self) -> None:
        self.next_id = 100

    def _attrs(self) -> str:
        self.next_id += 1
        return f'w:id="{self.next_id}" w:author={quoteattr(AUTHOR)} w:date="{CHANGED}"'

    def runs(self, segments: list[tuple[str, str]]) -> list:
        """segments: ("t", text) unchanged, ("i", text) inserted, ("d", text) deleted."""
        out = []
        for kind, text in segments:
            if kind == "t":
                out.append(parse_xml(text_run(text, declare=True)))
            elif kind == "i":
                out.append(parse_xml(f"<w:ins {W} {self._attrs()}>{text_run(text)}</w:ins>"))
            else:
                out.append(parse_xml(f"<w:del {W} {self._attrs()}>{text_run(text, tag='delText')}</w:del>"))
        return out

    def paragraph(self, paragraph, segments: list[tuple[str, str]]) -> None:
        for element in self.runs(segments):
            paragraph._p.append(element)

    def mark_row(self, row, kind: str) -> None:
        """Mark a whole table row as inserted ("i") or deleted ("d")."""
        tag = "ins" if kind == "i" else "del"
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:{tag} {W} {self._attrs()}/>"))


C2_SPEC: list[tuple[str, str, list[tuple[str, str]], list[tuple[str, str]], str]] = [
    # (row change, area, requirement, level, how tested); "" = unchanged row, "i" inserted, "d" deleted
    (
        "",
        "Qualifications",
        [("t", "Good standard of spoken and written English")],
        [("t", "E")],
        "Application / interview",
    ),
    (
        "",
        "Qualifications",
        [("d", "Bronze Medallion or other life saving award"), ("i", "Pool lifeguard qualification (NPLQ)")],
        [("t", "D")],
        "Certificate",
    ),
    (
        "",
        "Qualifications",
        [("t", "Confident in water and able to swim 50 metres")],
        [("t", "E")],
        "Pool check at interview",
    ),
    (
        "",
        "Experience",
        [("t", "Experience of caring for or helping people with mobility problems, paid or unpaid")],
        [("t", "E")],
        "Application / interview",
    ),
    (
        "",
        "Experience",
        [("t", "Experience of working in a hospital, care home or leisure centre")],
        [("d", "E"), ("i", "D")],
        "Application",
    ),
    ("d", "Experience", [("d", "Experience of working with children")], [("d", "D")], "Application"),
    (
        "",
        "Skills",
        [("t", "Able to follow infection control and pool safety procedures")],
        [("t", "E")],
        "Interview",
    ),
    (
        "",
        "Skills",
        [("t", "Able to reassure patients who are anxious about going into the water")],
        [("t", "E")],
        "Interview",
    ),
    (
        "",
        "Skills",
        [("t", "Able to record readings accurately (water temperature, chlorine and pH)")],
        [("t", "E")],
        "Interview / short test",
    ),
    (
        "",
        "Other",
        [("t", "Moving and handling training, including use of the pool hoist (given during induction)")],
        [("t", "E")],
        "Induction",
    ),
    (
        "i",
        "Other",
        [("i", "Able to work one evening a week until 8pm for the aquatic therapy classes")],
        [("i", "E")],
        "Interview",
    ),
    ("", "Other", [("t", "Willing to work in a hot and humid environment")], [("t", "E")], "Interview"),
    ("", "Other", [("t", "Occupational health clearance")], [("t", "E")], "Pre-employment"),
]


def c2_hydrotherapy_pool_assistant() -> None:
    """A job description sent out with its tracked changes never accepted (track changes still on): the closing
    date changed from 3 to 10 March, a sentence inserted in the duties, one requirement's wording replaced, one
    level changed from E to D, a row deleted and a row inserted; an induction-training row and an occupational
    health row marked E; "You don't need to have worked in hydrotherapy before" and benefits after the table."""
    revisions = Revisions()
    document = blank_docx("Arial")
    settings = document.settings.element
    settings.find(qn("w:defaultTabStop")).addprevious(parse_xml(f"<w:trackRevisions {W}/>"))
    document.add_heading("Hydrotherapy Pool Assistant", level=1)
    document.add_paragraph(f"Physiotherapy Department {DASH} The Hillingdon Hospitals NHS Foundation Trust")
    document.add_paragraph("Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN")
    document.add_paragraph(
        "Band 2  |  30 hours a week, Monday to Friday, with one late evening  |  Fixed term for 12 months"
    )
    revisions.paragraph(
        document.add_paragraph(),
        [
            ("t", "Closing date: "),
            ("d", "Friday 3 March 2028"),
            ("i", "Friday 10 March 2028"),
            ("t", ". Interviews will be held on Thursday 23 March 2028."),
        ],
    )
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "Our hydrotherapy pool is kept at 34\u00b0C and is used every weekday by physiotherapists treating "
        "patients after joint replacements, with back pain, arthritis and neurological conditions. The Pool "
        "Assistant gets the pool and the patients ready, helps patients in and out of the water and supports the "
        "physiotherapist during each session."
    )
    document.add_heading("Main duties", level=2)
    for duty in [
        [("t", "Prepare the pool hall, changing rooms and equipment before the first session at 8.30am.")],
        [("t", "Test the water temperature, chlorine and pH every two hours and record the readings in the pool log.")],
        [("t", "Help patients to change and to get in and out of the pool, using the hoist where needed.")],
        [("t", "Go into the water with patients when the physiotherapist asks you to.")],
        [
            ("t", "Launder towels and clean the changing rooms between sessions."),
            ("i", " The pool is also used for the adult aquatic therapy classes on Tuesday evenings."),
        ],
        [("t", "You must never leave the poolside while a patient is in the water.")],
    ]:
        revisions.paragraph(document.add_paragraph(style="List Bullet"), duty)
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["Area", "Requirement", "E or D", "How tested"])
    for change, area, requirement, level, tested in C2_SPEC:
        row = table.add_row()
        cells = row.cells
        marked = "d" if change == "d" else "i" if change == "i" else "t"
        revisions.paragraph(cells[0].paragraphs[0], [(marked, area)])
        revisions.paragraph(cells[1].paragraphs[0], requirement)
        revisions.paragraph(cells[2].paragraphs[0], level)
        revisions.paragraph(cells[3].paragraphs[0], [(marked, tested)])
        if change:
            revisions.mark_row(row, change)
    document.add_paragraph("E = essential, D = desirable.")
    document.add_paragraph(
        "You don't need to have worked in hydrotherapy before: our physiotherapists will train you in the water "
        "and on the poolside. All offers depend on proof of your right to work in the UK, two satisfactory "
        "references and a basic DBS check."
    )
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "27 days' annual leave rising to 33 days with service, plus bank holidays; the NHS Pension Scheme; free "
        "use of the pool for staff on Friday evenings; reduced-rate staff parking; and access to our staff "
        "health and wellbeing service."
    )
    save(document, "c2_hydrotherapy_pool_assistant.docx")


# ------------------------------------------------------------------------------------- c3: template content controls


class Controls:
    """Content controls (structured document tags) with a running id."""

    def __init__(self) -> None:
        self.next_id = 4000

    def _properties(self, alias: str, placeholder: bool) -> str:
        self.next_id += 1
        tag = alias.replace(" ", "")
        shown = "<w:showingPlcHdr/>" if placeholder else ""
        return (
            f'<w:alias w:val={quoteattr(alias)}/><w:tag w:val={quoteattr(tag)}/><w:id w:val="{self.next_id}"/>{shown}'
        )

    def inline(self, paragraph, alias: str, text: str, *, kind: str = "text", placeholder: bool = False) -> None:
        if kind == "text":
            choice = "<w:text/>"
        elif kind == "level":
            items = [("Choose an item.", ""), ("E", "E"), ("D", "D")]
            choice = (
                "<w:dropDownList>"
                + "".join(
                    f"<w:listItem w:displayText={quoteattr(shown)} w:value={quoteattr(value)}/>"
                    for shown, value in items
                )
                + "</w:dropDownList>"
            )
        elif kind == "when":
            items = [
                ("Choose an item.", ""),
                ("On appointment", "1"),
                ("Within 3 months", "3"),
                ("Within 6 months", "6"),
            ]
            choice = (
                "<w:dropDownList>"
                + "".join(
                    f"<w:listItem w:displayText={quoteattr(shown)} w:value={quoteattr(value)}/>"
                    for shown, value in items
                )
                + "</w:dropDownList>"
            )
        else:  # a date, kind = "2028-03-17"
            choice = (
                f'<w:date w:fullDate="{kind}T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="en-GB"/>'
                '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
            )
        grey = '<w:rPr><w:color w:val="808080"/></w:rPr>' if placeholder else ""
        paragraph._p.append(
            parse_xml(
                f"<w:sdt {W}><w:sdtPr>{self._properties(alias, placeholder)}{choice}</w:sdtPr><w:sdtContent>"
                f'<w:r>{grey}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:sdtContent></w:sdt>'
            )
        )

    def wrap_block(self, elements: list, alias: str) -> None:
        """Move body-level elements (paragraphs, tables) into one block-level rich-text content control."""
        sdt = parse_xml(f"<w:sdt {W}><w:sdtPr>{self._properties(alias, False)}</w:sdtPr><w:sdtContent/></w:sdt>")
        elements[0].addprevious(sdt)
        content = sdt.find(qn("w:sdtContent"))
        for element in elements:
            content.append(element)


C3_DETAILS = [
    ("Job title", "Wheelchair Service Referral Coordinator", "text"),
    ("Band", "4", "text"),
    ("Organisation", "Central and North West London NHS Foundation Trust", "text"),
    ("Service", "Wheelchair and Posture Service, Hillingdon Community Health", "text"),
    ("Base", "Uxbridge, with clinics in Hayes and Ruislip", "text"),
    ("Hours", "37.5 hours a week", "text"),
    ("Contract", "Permanent", "text"),
    ("Accountable to", "Wheelchair Service Manager", "text"),
    ("Closing date", "17/03/2028", "2028-03-17"),
]

# (criteria, E/D, when, assessed by); a one-item row is a category merged across the table; None = empty control
C3_SPEC: list[tuple[str | None, ...]] = [
    ("Qualifications and training",),
    ("Educated to A-level standard or equivalent experience", "E", "On appointment", "Application"),
    (
        "Business administration qualification at Level 3 (NVQ, apprenticeship or similar)",
        "D",
        "On appointment",
        "Application",
    ),
    ("Wheelchair Service database and prescription system training", "E", "Within 6 months", "Training record"),
    (None, None, None, ""),
    ("Experience",),
    (
        "Experience of administration in a health, social care or housing setting",
        "E",
        "On appointment",
        "Application / interview",
    ),
    (
        "Experience of handling referrals and prioritising them against agreed criteria",
        "E",
        "On appointment",
        "Application / interview",
    ),
    ("Experience of working with disabled people, their families or carers", "D", "On appointment", "Application"),
    ("Knowledge",),
    (
        "Awareness of the range of equipment a wheelchair service provides (manual and powered chairs, cushions, "
        "buggies)",
        "D",
        "On appointment",
        "Interview",
    ),
    ("Understanding of confidentiality and information governance", "E", "On appointment", "Interview"),
    ("Skills",),
    (
        "Able to take calls from distressed or frustrated service users and resolve them calmly",
        "E",
        "On appointment",
        "Interview",
    ),
    ("Good IT skills, including Outlook, Word and Excel", "E", "On appointment", "Application / test"),
    (
        "Able to plan clinic lists and van deliveries for a team of therapists and technicians",
        "E",
        "On appointment",
        "Interview",
    ),
    ("Other",),
    ("Willing to attend home visits with a therapist occasionally", "D", "On appointment", "Interview"),
    ("Completion of the Trust's statutory and mandatory training", "E", "Within 3 months", "Training record"),
    ("Evidence of eligibility to work in the UK", "E", "On appointment", "Pre-employment checks"),
]


def c3_wheelchair_service_referral_coordinator() -> None:
    """A trust template filled in through content controls: every job detail (title, band, employer, closing
    date as a date picker) is a control in a label table, the person specification (heading, table and key) is
    one block-level control, and each E/D and "When" cell is a drop-down; two rows marked E are needed only
    "Within 3/6 months" (training the job gives), one is a pre-employment check, and one template row was never
    filled in (placeholder text "Click or tap here to enter text." and "Choose an item.")."""
    controls = Controls()
    document = blank_docx("Arial")
    document.sections[0].header.paragraphs[0].text = "Central and North West London NHS Foundation Trust"
    document.add_heading("Job Description and Person Specification", level=1)
    details = document.add_table(rows=0, cols=2)
    details.style = "Table Grid"
    for label, value, kind in C3_DETAILS:
        cells = details.add_row().cells
        bold_cell(cells[0], label)
        controls.inline(cells[1].paragraphs[0], label, value, kind=kind)
    document.add_heading("Job purpose", level=2)
    document.add_paragraph(
        "The Referral Coordinator is the first point of contact for the Wheelchair and Posture Service, which "
        "provides and maintains wheelchairs, seating and pressure cushions for around 4,000 children and adults "
        "registered with a Hillingdon GP. You will receive and check every new referral, keep service users and "
        "referrers informed, and plan the clinics and equipment deliveries that our therapists and technicians "
        "need."
    )
    document.add_heading("Key duties", level=2)
    for duty in [
        "Check new referrals from GPs, therapists and hospitals, ask referrers for missing information, and "
        "register each referral on the service's database.",
        "Sort referrals into the service's priority groups and pass them to the right clinician. The post "
        "holder must make sure every urgent referral (end of life, or high risk of pressure ulcers) reaches the "
        "duty therapist on the day it arrives.",
        "Plan and book assessment clinics, home visits and the approved repairer's delivery and collection runs.",
        "Answer the service's helpline and shared inbox, and keep service users, carers and referrers updated.",
        "Produce the monthly waiting time report for the Service Manager.",
    ]:
        document.add_paragraph(duty, style="List Number")
    heading = document.add_heading("Person specification", level=2)
    table = header_table(document, ["Criteria", "E/D", "When", "Assessed by"])
    for row in C3_SPEC:
        cells = table.add_row().cells
        if len(row) == 1:
            bold_cell(cells[0].merge(cells[-1]), row[0])
            continue
        criteria, level, when, assessed = row
        if criteria is None:
            controls.inline(cells[0].paragraphs[0], "Criteria", "Click or tap here to enter text.", placeholder=True)
            controls.inline(cells[1].paragraphs[0], "E or D", "Choose an item.", kind="level", placeholder=True)
            controls.inline(cells[2].paragraphs[0], "When", "Choose an item.", kind="when", placeholder=True)
            continue
        fill_cell(cells[0], criteria)
        controls.inline(cells[1].paragraphs[0], "E or D", level, kind="level")
        controls.inline(cells[2].paragraphs[0], "When", when, kind="when")
        fill_cell(cells[3], assessed)
    key = document.add_paragraph(
        'E = essential, D = desirable. "When" shows whether a requirement must be met on appointment or within '
        "a set time after starting."
    )
    controls.wrap_block([heading._p, table._tbl, key._p], "Person specification")
    document.add_heading("What we offer", level=2)
    document.add_paragraph(
        "You don't need to know about wheelchairs or seating before you start: the therapists and technicians "
        "will teach you. We offer 27 days' annual leave rising to 33 with service, plus bank holidays, the NHS "
        "Pension Scheme, flexible working after your probation period, and a free staff wellbeing service. CNWL "
        "is a Disability Confident Leader and we guarantee an interview to disabled applicants who meet the "
        "essential criteria."
    )
    document.add_paragraph("We are unable to offer Skilled Worker visa sponsorship for this role.")
    save(document, "c3_wheelchair_service_referral_coordinator.docx")


# --------------------------------------------------------------------------- c4: a PDF table stored column by column

C4_MARGIN, C4_BODY, C4_CELL = 50, (10, 14, 98), (9, 11)
C4_COLUMNS = [(50, 262, 56), (312, 64, 0), (376, 64, 0), (440, 105, 22)]  # x, width, wrap (0: no wrap)

C4_BEFORE = [
    ("title", "Newborn Hearing Screener"),
    ("bold", "Chelsea and Westminster Hospital NHS Foundation Trust"),
    ("body", f"NHS Newborn Hearing Screening Programme {DASH} Maternity Services"),
    ("gap", ""),
    ("body", "Band 3  |  \u00a329,480 to \u00a331,130 a year pro rata, including High Cost Area Supplement"),
    ("body", "Two permanent posts:"),
    ("body", "Post A: Chelsea and Westminster Hospital, 369 Fulham Road, London SW10 9NH (37.5 hours a week)"),
    (
        "body",
        "Post B: West Middlesex University Hospital, Twickenham Road, Isleworth TW7 6AF, and community clinics "
        "in Hounslow (22.5 hours a week)",
    ),
    ("body", "Closing date: Sunday 5 March 2028 (we may close early if we receive a high number of applications)"),
    ("body", "Interviews: Wednesday 15 March 2028 at West Middlesex University Hospital"),
    ("heading", "About the role"),
    (
        "body",
        "Every baby born in England is offered a hearing screen in the first weeks of life, so that babies with "
        "a hearing loss are found early. Our screeners test around 10,000 babies a year on the postnatal wards "
        "at both hospitals and, for babies who have gone home, in our community clinics. No previous screening "
        "experience is needed: you will complete the national screener qualification with us.",
    ),
    ("heading", "What you will do"),
    ("body", "\u2022 Screen babies on the postnatal wards with hand-held screening equipment before they go home"),
    ("body", "\u2022 Explain the screen to parents and give them their baby's result and what happens next"),
    ("body", "\u2022 You must obtain and record a parent's consent before every screen"),
    ("body", "\u2022 Enter every result on the national screening IT system on the day of the screen"),
    ("body", "\u2022 Book babies who need a repeat screen into clinic and send out appointment letters"),
    ("body", "\u2022 Clean and check the equipment at the start and end of each shift"),
]

C4_SPEC: list[tuple[str, ...]] = [
    ("Education and training",),
    ("GCSE (or equivalent) in English and maths at grade 4/C or above", "E", "E", "Application"),
    (
        "Level 3 Certificate for Newborn Hearing Screeners (completed in post, within 12 months)",
        "E",
        "E",
        "Training record",
    ),
    ("Experience",),
    ("Experience of working with babies, young children or new parents", "E", "E", "Application / interview"),
    ("Experience in a hospital or other healthcare setting", "D", "D", "Application"),
    ("Experience of working alone and managing your own workload", "D", "E", "Interview"),
    ("Skills and abilities",),
    ("Able to talk sensitively to parents who may be tired, anxious or upset", "E", "E", "Interview"),
    ("Accurate data entry and record keeping", "E", "E", "Test on the day"),
    ("Speaks a second language used locally (e.g. Punjabi, Polish, Somali, Arabic)", "D", "D", "Application"),
    ("Able to use a laptop and tablet-based screening software", "E", "E", "Interview"),
    ("Other",),
    ("Full UK driving licence and access to a car", "D", "E", "Application"),
    ("Flexible to work weekends and bank holidays on a rota", "E", "E", "Interview"),
    ("Right to work in the UK (we cannot offer sponsorship)", "E", "E", "Pre-employment"),
]

C4_AFTER = [
    (
        "body",
        "E = essential, D = desirable. Where the two posts differ, please tell us in your supporting statement "
        "which post you are applying for. You may apply for both.",
    ),
    ("heading", "What you get"),
    ("body", "\u2022 27 days' annual leave, rising to 33 days with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme and NHS discounts"),
    ("body", "\u2022 Mileage paid at NHS rates for community clinics (Post B)"),
    ("body", "\u2022 Free staff wellbeing service and an on-site gym at Chelsea and Westminster"),
    ("heading", "Please note"),
    (
        "body",
        "This post involves work with babies and families, so the successful applicants will need an enhanced "
        "DBS check. You will also need to show that you have the right to work in the UK.",
    ),
]


class Pages:
    """A small page layout for c4: flowing text lines like advert_files.pdf_bytes, plus one drawn table."""

    def __init__(self) -> None:
        self.pages: list[list[str]] = [[]]
        self.y = PAGE_HEIGHT - C4_MARGIN

    def new_page(self) -> None:
        self.pages.append([])
        self.y = PAGE_HEIGHT - C4_MARGIN

    def text(self, font: str, size: int, x: float, y: float, line: str) -> str:
        return f"BT /{font} {size} Tf {x} {y} Td ({pdf_text(line)}) Tj ET"

    def flow(self, items: list[tuple[str, str]]) -> None:
        styles = {"title": ("F2", 16, 22, 60), "bold": ("F2", 10, 14, 90), "heading": ("F2", 12, 18, 80)}
        for style, content in items:
            if style == "gap":
                self.y -= 8
                continue
            font, size, leading, wrap = styles.get(style, ("F1", *C4_BODY))
            if style == "heading":
                self.y -= 6
            indent = "   " if content.startswith("\u2022 ") else ""
            for line in textwrap.wrap(content, wrap, subsequent_indent=indent) or [""]:
                if self.y < C4_MARGIN + leading:
                    self.new_page()
                self.y -= leading
                self.pages[-1].append(self.text(font, size, C4_MARGIN, self.y, line))

    def table(self, header: list[str], rows: list[tuple[str, ...]]) -> None:
        """Grid lines first, then the header row, then each column top to bottom (all of column 1, then all of
        column 2, ...), so the text of one row is not together in the file."""
        size, leading = C4_CELL
        width = sum(column[1] for column in C4_COLUMNS)
        laid = []  # (top, height, cells as lists of lines, is_category)
        heights = []
        for row in [tuple(header), *rows]:
            if len(row) == 1:
                cells = [[row[0]]]
            else:
                cells = [
                    textwrap.wrap(text, wrap) if wrap else [text]
                    for text, (_, _, wrap) in zip(row, C4_COLUMNS, strict=True)
                ]
            heights.append(max(len(cell) for cell in cells) * leading + 6)
            laid.append(cells)
        if self.y - sum(heights) - 10 < C4_MARGIN:
            self.new_page()
        self.y -= 10
        ops = self.pages[-1]
        top = self.y
        boxes = []
        for cells, height in zip(laid, heights, strict=True):
            boxes.append((top, height, cells))
            ops.append(f"0.6 w {C4_MARGIN} {top - height:.1f} {width} {height} re S")
            if len(cells) > 1:
                for x, _, _ in C4_COLUMNS[1:]:
                    ops.append(f"{x} {top - height:.1f} m {x} {top:.1f} l S")
            top -= height
        for column_index, (x, _, _) in enumerate(C4_COLUMNS):
            for row_index, (row_top, _, cells) in enumerate(boxes):
                if column_index >= len(cells):
                    continue
                bold = row_index == 0 or len(cells) == 1
                for line_index, line in enumerate(cells[column_index]):
                    y = row_top - 3 - leading * (line_index + 1) + 2
                    ops.append(self.text("F2" if bold else "F1", size, x + 4, round(y, 1), line))
        self.y = top - 6

    def pdf(self) -> bytes:
        objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
        objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        kids = []
        for page in self.pages:
            stream = "\n".join(page).encode("latin-1")
            objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
            objects.append(
                (
                    f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
                    f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {len(objects)} 0 R >>"
                ).encode()
            )
            kids.append(len(objects))
        objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
        return pdf_file(objects)


def c4_newborn_hearing_screener() -> bytes:
    """One advert for two posts with a level column for each post (three criteria differ, one way or the
    other); the table's text is stored column by column; a training row and a right-to-work row marked E for both
    posts; "No previous screening experience is needed" in the role paragraph; enhanced DBS after benefits."""
    pages = Pages()
    pages.flow(C4_BEFORE)
    pages.new_page()
    pages.flow([("heading", "Person specification")])
    pages.table(["Criteria", "Post A", "Post B", "Assessed by"], C4_SPEC)
    pages.flow(C4_AFTER)
    return pages.pdf()


# --------------------------------------------------------------------- c5: one level rule for a list, with exceptions

C5_ITEMS = [
    ("title", "Home Enteral Feeding Coordinator"),
    ("bold", f"Nutrition and Dietetics {DASH} Imperial College Healthcare NHS Trust"),
    ("body", "Charing Cross Hospital, Fulham Palace Road, London W6 8RF, with some work from home"),
    ("gap", ""),
    ("body", "Band 4  |  \u00a334,560 to \u00a337,590 a year, including Inner London High Cost Area Supplement"),
    ("body", "Permanent  |  37.5 hours a week, Monday to Friday, plus one Saturday morning in six"),
    ("body", "Closing date: 14 March 2028  |  Interviews: 28 March 2028"),
    ("heading", "About the service"),
    (
        "body",
        "Our home enteral feeding team looks after around 900 adults in Hammersmith and Fulham, Westminster and "
        "Kensington and Chelsea who are fed through a tube at home or in a care home. The dietitians and nurses "
        "plan each person's feed; the Coordinator makes sure that the feed, the pump and the equipment arrive on "
        "time, that appointments are booked and that patients and carers always have someone to talk to.",
    ),
    ("heading", "What you'll do"),
    (
        "body",
        "\u2022 Register new patients with the home feeding company when they leave hospital, and set up their "
        "first delivery",
    ),
    ("body", "\u2022 Take calls from patients, carers and care homes about deliveries, pumps and appointments"),
    ("body", "\u2022 Book dietitian reviews and nurse home visits for tube changes"),
    ("body", "\u2022 Keep the patient register and the monthly activity report up to date"),
    ("body", "\u2022 You must check every first delivery with the patient or carer the day before it arrives"),
    ("heading", "What you'll need"),
    ("body", "Everything in this list is essential unless it is marked (D), which means desirable."),
    ("body", "\u2022 Good standard of education, with GCSE English and maths (grade 4/C) or equivalent"),
    ("body", "\u2022 NVQ Level 3 in Business Administration or a similar qualification (D)"),
    ("body", "\u2022 Experience of working in a busy office, answering phones and emails"),
    ("body", "\u2022 Experience of arranging deliveries, appointments or home visits for patients or customers"),
    ("body", "\u2022 Experience of working in the NHS or a community health team (D)"),
    ("body", "\u2022 Confident with Excel, Outlook and at least one database or patient record system"),
    ("body", "\u2022 Able to spot when a caller needs to be passed to a dietitian or nurse, and to do it quickly"),
    (
        "body",
        "\u2022 A good standard of written English is essential, and a second language spoken in North West "
        "London would be useful (D)",
    ),
    ("body", "\u2022 Ideally, some knowledge of feeding tubes, pumps and feed prescriptions"),
    ("body", "\u2022 Able to work calmly to deadlines, for example the feed company's 2pm order cut-off"),
    ("body", "\u2022 Happy to join the rota for the Saturday morning delivery line (one Saturday in six)"),
    (
        "body",
        "\u2022 You do not need any clinical training: we will teach you about tubes, pumps and feeds in your "
        "first month",
    ),
    ("heading", "Before you apply"),
    (
        "body",
        "It is essential that you read the attached job description before you apply. You must have the right "
        "to work in the UK, as we cannot sponsor a visa for this post. Offers are subject to two references and "
        "a basic DBS check.",
    ),
    ("heading", "What we offer"),
    ("body", "\u2022 27 days' annual leave, rising to 33 days with service, plus bank holidays"),
    ("body", "\u2022 NHS Pension Scheme, season ticket loan and cycle-to-work scheme"),
    ("body", "\u2022 Working from home up to two days a week after induction"),
    ("body", "\u2022 Funded NVQ Level 3 in Business Administration for staff who want it"),
]


def main() -> None:
    ADVERTS.mkdir(exist_ok=True)
    c1_orthotics_assistant()
    c2_hydrotherapy_pool_assistant()
    c3_wheelchair_service_referral_coordinator()
    (ADVERTS / "c4_newborn_hearing_screener.pdf").write_bytes(c4_newborn_hearing_screener())
    (ADVERTS / "c5_home_enteral_feeding_coordinator.pdf").write_bytes(pdf_bytes(C5_ITEMS, title=(16, 56)))


if __name__ == "__main__":
    main()
