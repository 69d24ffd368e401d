"""The quarterly report for the Race Equality Steering Group: one Word document, ``build_report(period)``.

It reads the same stored values as the dashboard through the same selectors, and publishes every number
through ``dashboard`` and ``suppression``, so the report never shows more than the dashboard would. It
uses the coach's Word helpers (``applications.export``): A4, UK margins, Arial, nothing under 12 pt, black
headings. Each programme is a Heading 1 and each indicator a Heading 2; tables have a header row that
repeats on every page; charts are PNG pictures with alt text. The number of queries is the same whatever
the number of stored values (a few per programme).
"""

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from applications.export import (
    LANGUAGE_TAGS,
    WrittenIn,
    a4_with_uk_margins,
    add_paragraph,
    anonymous_properties,
    plain_styles,
    xml_safe,
)

from .breakdowns import Breakdown
from .charts import chart_png, chart_text_alternative
from .dashboard import IndicatorSummary, period_label, summarise
from .figures import change_in_words
from .methods import disclosure_paragraphs, indicator_method
from .models import Period, Workstream
from .selectors import indicator_periods, indicators_for_dashboard

TREND_QUARTERS = 4
CHART_WIDTH = Cm(15)
# The report splits each indicator by ethnic group: the comparison the Steering Group exists to make.
REPORT_SPLIT = Breakdown.ETHNIC_GROUP
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_AFTER_UPDATE_FIELDS = ("w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids")

Progress = Callable[[int, int], None]


def parse_quarter(text: str) -> date:
    """ "2026-Q3" -> 1 July 2026; ValueError for anything else."""
    match = _QUARTER.match(text.strip())
    if not match:
        raise ValueError(f"A period looks like 2026-Q3, not {text!r}.")
    return date(int(match[1]), (int(match[2]) - 1) * 3 + 1, 1)


def quarter_name(start: date) -> str:
    return f"{start.year}-Q{(start.month - 1) // 3 + 1}"


@dataclass(frozen=True)
class ProgrammeSection:
    workstream: Workstream
    summaries: list[IndicatorSummary]


def report_sections(quarter: date, progress: Progress | None = None) -> list[ProgrammeSection]:
    """Each programme's indicators for ``quarter`` and the quarters before it, split by ethnic group."""
    sections = []
    for done, workstream in enumerate(Workstream, start=1):
        earlier = [start for start in indicator_periods(workstream=workstream) if start < quarter]
        periods = [quarter, *earlier][:TREND_QUARTERS]
        indicators = indicators_for_dashboard(workstream=workstream, periods=periods, breakdown=REPORT_SPLIT)
        sections.append(ProgrammeSection(workstream, [summarise(indicator, quarter) for indicator in indicators]))
        if progress:
            progress(done, len(Workstream) + 1)
    return sections


def _style_report(document, language: WrittenIn) -> None:
    plain_styles(document, language)
    for name, size in (("Title", Pt(26)), ("Heading 3", Pt(12))):
        style = document.styles[name]
        style.font.name = "Arial"
        style.font.size = size
        style.font.bold = True
        style.font.color.rgb = RGBColor(0, 0, 0)


def _field_char(paragraph, kind: str) -> None:
    character = OxmlElement("w:fldChar")
    character.set(qn("w:fldCharType"), kind)
    paragraph.add_run()._r.append(character)


def _field(paragraph, instruction: str, placeholder: str) -> None:
    """A Word field (such as a table of contents) that Word fills in when the document is opened."""
    _field_char(paragraph, "begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = instruction
    paragraph.add_run()._r.append(code)
    _field_char(paragraph, "separate")
    paragraph.add_run(placeholder)
    _field_char(paragraph, "end")


def _update_fields_on_open(document) -> None:
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.insert_element_before(update, *_AFTER_UPDATE_FIELDS)


def _title_page(document, quarter: date, language: WrittenIn) -> None:
    add_paragraph(document, _("Race Equality Steering Group: programme report"), language, style="Title")
    add_paragraph(
        document,
        _("%(period)s (%(quarter)s)")
        % {"period": period_label(Period.QUARTER, quarter), "quarter": quarter_name(quarter)},
        language,
    )
    add_paragraph(document, _("Produced on %(date)s.") % {"date": date_format(timezone.localdate(), "j F Y")}, language)
    add_paragraph(
        document,
        _("Small numbers are hidden or rounded so that nobody can be recognised: see Methods at the end."),
        language,
    )
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    add_paragraph(document, _("Contents"), language, style="Heading 1")
    _field(
        document.add_paragraph(),
        'TOC \\o "1-2" \\h \\z \\u',
        _("The contents list appears when the document is opened in Word (choose Update field if it does not)."),
    )
    _update_fields_on_open(document)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _table(document, caption: str, headings: list[str], rows: list[list[str]], language: WrittenIn) -> None:
    """A table with a caption, a header row that repeats on each page, and a row header in each line."""
    add_paragraph(document, caption, language).runs[0].bold = True
    table = document.add_table(rows=1, cols=len(headings))
    table.style = "Table Grid"
    header = table.rows[0]
    header._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for cell, text in zip(header.cells, headings, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
    described = OxmlElement("w:tblCaption")
    described.set(qn("w:val"), caption)
    table._tbl.tblPr.append(described)
    document.add_paragraph()


def _picture(document, png: bytes, alt: str) -> None:
    shape = document.add_paragraph().add_run().add_picture(io.BytesIO(png), width=CHART_WIDTH)
    shape._inline.docPr.set("descr", alt)


def _indicator(document, item: IndicatorSummary, language: WrittenIn) -> None:
    name = xml_safe(item.indicator.display_name())
    add_paragraph(document, name, language, style="Heading 2")
    if change := change_in_words(item):
        add_paragraph(document, change, language)
    add_paragraph(document, item.summary, language)
    if any(point.shown.value is not None for point in item.trend):
        _picture(document, chart_png(item), chart_text_alternative(item))
    if item.trend:
        rows = [[point.label, point.shown.text] for point in item.trend]
        _table(document, _("%(name)s: recent quarters") % {"name": name}, [_("Quarter"), _("Value")], rows, language)
    if item.groups:
        rows = [[point.label, point.shown.text] for point in item.groups]
        if item.groups_total is not None:
            rows.append([_("Total"), item.groups_total.text])
        caption = _("%(name)s by ethnic group, %(period)s") % {"name": name, "period": item.latest_label}
        _table(document, caption, [_("Ethnic group"), _("Value")], rows, language)


def _methods(document, sections: list[ProgrammeSection], language: WrittenIn) -> None:
    add_paragraph(document, _("Methods"), language, style="Heading 1")
    add_paragraph(document, _("Disclosure control"), language, style="Heading 2")
    for text in disclosure_paragraphs():
        add_paragraph(document, text, language)
    add_paragraph(document, _("How each indicator is worked out"), language, style="Heading 2")
    for section in sections:
        add_paragraph(document, section.workstream.label, language, style="Heading 3")
        for item in section.summaries:
            add_paragraph(document, xml_safe(indicator_method(item.indicator)), language)


def build_report(period: str, *, progress: Progress | None = None, language: str = "en") -> bytes:
    """The quarterly report for ``period`` ("2026-Q3") as a Word file, in ``language``."""
    quarter = parse_quarter(period)
    with translation.override(language):
        written_in = WrittenIn(LANGUAGE_TAGS.get(language, LANGUAGE_TAGS["en"]), get_language_info(language)["bidi"])
        sections = report_sections(quarter, progress)
        document = Document()
        a4_with_uk_margins(document)
        _style_report(document, written_in)
        anonymous_properties(document, _("Programme report %(quarter)s") % {"quarter": period}, written_in)
        _title_page(document, quarter, written_in)
        for section in sections:
            add_paragraph(document, section.workstream.label, written_in, style="Heading 1")
            for item in section.summaries:
                _indicator(document, item, written_in)
        _methods(document, sections, written_in)
        output = io.BytesIO()
        document.save(output)
    if progress:
        progress(len(Workstream) + 1, len(Workstream) + 1)
    return output.getvalue()
