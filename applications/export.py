"""The resident's statement as files to send: an accessible Word document, plain text, and one box per criterion.

The files go to an NHS recruiter who reads them in English, so the few words we add (the heading) are English
whatever language the coach is shown in; everything else is the resident's own text.
"""

import io
import re
from dataclasses import dataclass

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from . import services
from .models import Application

FONT = "Arial"
BODY_SIZE = Pt(12)
HEADING_SIZES = {"Heading 1": Pt(18), "Heading 2": Pt(14)}
_MIN_HALF_POINTS = 24  # 12 pt: Word stores sizes in half-points
# Control characters pasted from other programs that XML (and so Word) cannot hold.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_THEME_FONT_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def _xml_safe(text: str) -> str:
    return _NOT_XML.sub(" ", text)


@dataclass
class Section:
    """A criterion (None for text before the first one) and what the resident wrote under it."""

    heading: str | None
    text: str = ""

    @property
    def paragraphs(self) -> list[str]:
        return [line.strip() for line in _xml_safe(self.text).splitlines() if line.strip()]


def statement_sections(*, application: Application) -> list[Section]:
    """The statement split under its criteria, leaving out criteria with nothing written under them.

    Until the resident edits the whole statement, each answered criterion is one section. After that, the
    edited text is the truth: a line that is exactly a criterion's text starts that criterion's section.
    """
    criteria = list(application.criteria.all())
    if not application.statement_edited:
        return [
            Section(criterion.text.strip(), answer) for criterion in criteria if (answer := criterion.answer_text())
        ]
    headings = {heading for criterion in criteria if (heading := criterion.text.strip())}
    written: list[tuple[str | None, list[str]]] = [(None, [])]
    for line in services.statement_text(application=application).splitlines():
        if line.strip() in headings:
            written.append((line.strip(), []))
        else:
            written[-1][1].append(line)
    sections = [Section(heading, "\n".join(lines).strip()) for heading, lines in written]
    return [section for section in sections if section.heading or section.text]


def statement_boxes(*, application: Application) -> list[tuple[str, str]]:
    """(criterion text, answer text) per box, for pasting into NHS Jobs or Trac one criterion at a time.

    Text the resident wrote before their first criterion comes first, with an empty criterion.
    """
    return [
        (section.heading or "", section.text) for section in statement_sections(application=application) if section.text
    ]


def statement_plain_text(*, application: Application) -> str:
    return services.statement_text(application=application).replace("\r\n", "\n").strip() + "\n"


def document_title(application: Application) -> str:
    return _xml_safe(application.job_title).strip() or "Supporting statement"


def _plain_styles(document) -> None:
    """One plain sans font everywhere and nothing smaller than 12 pt, in every style Word could pick."""
    styles = document.styles.element
    for fonts in styles.iter(qn("w:rFonts")):
        for attribute in _THEME_FONT_ATTRIBUTES:
            fonts.attrib.pop(qn(attribute), None)
        for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attribute), FONT)
    for size in (*styles.iter(qn("w:sz")), *styles.iter(qn("w:szCs"))):
        if int(size.get(qn("w:val"), 0)) < _MIN_HALF_POINTS:
            size.set(qn("w:val"), str(_MIN_HALF_POINTS))
    for language in styles.iter(qn("w:lang")):
        language.set(qn("w:val"), "en-GB")

    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = BODY_SIZE
    for name, size in HEADING_SIZES.items():
        heading = document.styles[name]
        heading.font.name = FONT
        heading.font.size = size
        heading.font.bold = True
        # The template's light blue headings fail contrast; black passes everywhere.
        heading.font.color.rgb = RGBColor(0, 0, 0)


def _anonymous_properties(document, title: str) -> None:
    """A title for screen readers and file lists, and nothing that identifies the resident or the tool."""
    properties = document.core_properties
    properties.title = title
    properties.author = ""
    properties.last_modified_by = ""
    properties.comments = ""
    properties.keywords = ""
    properties.subject = ""
    properties.category = ""
    properties.language = "en-GB"


def statement_docx(*, application: Application) -> bytes:
    """The statement as a Word file: a Heading 1, a Heading 2 per criterion and the resident's paragraphs."""
    document = Document()
    _plain_styles(document)
    title = document_title(application)
    _anonymous_properties(document, title)

    job = _xml_safe(application.job_title).strip()
    document.add_heading(f"Supporting statement for {job}" if job else "Supporting statement", level=1)
    for section in statement_sections(application=application):
        if section.heading:
            document.add_heading(_xml_safe(section.heading), level=2)
        for paragraph in section.paragraphs:
            document.add_paragraph(paragraph)

    output = io.BytesIO()
    document.save(output)
    return output.getvalue()
