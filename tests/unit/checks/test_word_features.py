"""Word features trust templates and drafts use, read as a person sees the page: content controls, symbol
ticks, text boxes, tracked and struck-through changes."""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from applications import checks

W = nsdecls("w")


def _word(*xml: str) -> bytes:
    """A Word file whose body holds these raw elements (and a title paragraph before them)."""
    document = docx.Document()
    document.add_heading("Stores Assistant", level=1)
    body = document.element.body
    for element in xml:
        body.insert(len(body) - 1, parse_xml(element))  # before the section properties
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _p(*runs: str) -> str:
    return f"<w:p {W}>{''.join(runs)}</w:p>"


def _r(text: str, properties: str = "") -> str:
    return f'<w:r><w:rPr>{properties}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def _control(inner: str, *, placeholder: bool = False) -> str:
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    return f"<w:sdt {W}><w:sdtPr>{shown}</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>"


def _row(*cells: str) -> str:
    return "<w:tr>" + "".join(f"<w:tc><w:p>{cell}</w:p></w:tc>" for cell in cells) + "</w:tr>"


def _tick(font: str = "Wingdings", char: str = "F0FC") -> str:
    return f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'


def _spec(*rows: str) -> str:
    header = _row(_r("Criteria"), _r("Essential"), _r("Desirable"))
    return f"<w:tbl {W}>{header}{''.join(rows)}</w:tbl>"


def test_a_template_filled_in_through_content_controls_is_read_and_its_empty_placeholders_are_not():
    spec = _spec(
        _row(_r("Experience of stock control in a warehouse"), _tick(), ""),
        _row(_r("Forklift truck licence"), "", _tick()),
    )
    data = _word(
        _control(_p(_r("Closing date: 12 March 2028"))),
        _control(_p(_r("Click or tap here to enter text.")), placeholder=True),
        _control(spec),
    )
    vacancy = checks.extract_criteria(checks.read_document(data))
    assert vacancy.closing_date == "2028-03-12"
    assert vacancy.essential == ["Experience of stock control in a warehouse"]
    assert vacancy.desirable == ["Forklift truck licence"]
    assert "Click or tap" not in checks.read_document(data).text


def test_a_row_or_cell_inside_a_content_control_is_read():
    row = _row(_r("Able to lift boxes of up to 15 kg"), _tick("Wingdings 2", "F050"), "")
    spec = f"<w:tbl {W}>{_row(_r('Criteria'), _r('Essential'), _r('Desirable'))}{_control(row)}</w:tbl>"
    assert checks.extract_criteria(checks.read_document(_word(spec))).essential == ["Able to lift boxes of up to 15 kg"]


def test_ticks_put_in_as_symbols_give_the_level_and_a_row_ticked_twice_is_left_to_check():
    spec = _spec(
        _row(_r("GCSE maths at grade 4 or above"), _tick(), ""),
        _row(_r("Experience of using a stock system"), "", _tick()),
        _row(_r("Experience of ordering from suppliers"), _tick(), _tick()),
    )
    vacancy = checks.extract_criteria(checks.read_document(_word(spec)))
    assert vacancy.essential == ["GCSE maths at grade 4 or above"]
    assert vacancy.desirable == ["Experience of using a stock system"]
    assert vacancy.unclear == ["Experience of ordering from suppliers"]


def test_a_text_box_is_read_as_its_own_lines_once():
    box = (
        '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>'
        + _p(_r("Band 2"))
        + _p(_r("Closes 3 April 2028"))
        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    data = _word(_p(box, _r("Stores, Charing Cross Hospital")))
    document = checks.read_document(data)
    lines = document.text.split("\n")
    assert "Band 2" in lines and "Closes 3 April 2028" in lines
    assert "Stores, Charing Cross Hospital" in lines
    assert document.text.count("Closes 3 April 2028") == 1
    assert checks.extract_criteria(document).closing_date == "2028-04-03"


def test_struck_through_and_deleted_words_are_gone_and_inserted_words_are_read():
    strike = "<w:strike/>"
    inserted = f'<w:ins {W} w:id="1" w:author="HR">{_r("Experience of handling deliveries")}</w:ins>'
    deleted = f'<w:del {W} w:id="2" w:author="HR"><w:r><w:delText>Experience of retail</w:delText></w:r></w:del>'
    spec = _spec(
        _row(inserted + deleted, _r("✓"), ""),
        _row(_r("Level 1 in English", strike) + _r("Level 2 in English"), _r("✓"), ""),
        _row(_r("Able to drive a van", strike), _r("✓", strike), ""),
    )
    vacancy = checks.extract_criteria(checks.read_document(_word(spec)))
    assert vacancy.essential == ["Experience of handling deliveries", "Level 2 in English"]


def test_a_draft_note_in_one_level_cell_leaves_that_row_to_check_and_the_others_standing():
    header = _row(_r("Criteria"), _r("E / D"), _r("Assessed"))
    rows = [
        _row(_r("Experience of stock control"), _r("E"), _r("AF")),
        _row(_r("Able to use Excel"), _r("D"), _r("AF")),
        _row(_r("Able to work on a ladder"), _r("E"), _r("I")),
        _row(_r("Confident with suppliers"), _r("E or D? Ask Sam"), _r("I")),
        _row(_r("Good written English"), _r("E"), _r("AF")),
    ]
    vacancy = checks.extract_criteria(checks.read_document(_word(f"<w:tbl {W}>{header}{''.join(rows)}</w:tbl>")))
    assert vacancy.essential == ["Experience of stock control", "Able to work on a ladder", "Good written English"]
    assert vacancy.desirable == ["Able to use Excel"]
    assert vacancy.unclear == ["Confident with suppliers"]


def test_a_timeline_table_gives_the_closing_date_and_a_pay_line_or_interview_date_is_no_title():
    timeline = (
        f"<w:tbl {W}>{_row(_r('Advert live'), _r('Closing date'), _r('Interviews'))}"
        f"{_row(_r('18/04/2028'), _r('02/05/2028'), _r('15/05/2028'))}</w:tbl>"
    )
    document = docx.Document()
    for line in ("£24,071 a year", "Interviews 15 May 2028", "Stores Assistant"):
        document.add_paragraph(line)
    document.element.body.insert(3, parse_xml(timeline))
    out = io.BytesIO()
    document.save(out)
    vacancy = checks.extract_criteria(checks.read_document(out.getvalue()))
    assert vacancy.closing_date == "2028-05-02"
    assert vacancy.job_title == "Stores Assistant"


def test_a_table_nested_in_each_categorys_cell_is_read_as_its_own_table():
    def inner(*rows: str) -> str:
        return f"<w:tbl>{_row(_r('Criterion'), _r('E/D'))}{''.join(rows)}</w:tbl>"

    warehouse = _row(_r("Experience of working in a warehouse"), _r("E"))
    experience = inner(warehouse, _row(_r("Experience of ordering"), _r("D")))
    outer = (
        f"<w:tbl {W}>{_row(_r('Area'), _r('What we look for'))}"
        f"<w:tr><w:tc><w:p>{_r('Experience')}</w:p></w:tc><w:tc>{experience}<w:p/></w:tc></w:tr>"
        f"<w:tr><w:tc><w:p>{_r('Skills')}</w:p></w:tc><w:tc>"
        f"{inner(_row(_r('Able to lift boxes of up to 15 kg'), _r('E')))}<w:p/></w:tc></w:tr></w:tbl>"
    )
    vacancy = checks.extract_criteria(checks.read_document(_word(outer)))
    assert vacancy.essential == ["Experience of working in a warehouse", "Able to lift boxes of up to 15 kg"]
    assert vacancy.desirable == ["Experience of ordering"]
