"""The resident's statement as files to send: an accessible Word document, plain text, and one box per criterion.

The files go to an NHS recruiter who reads them in English, so the few words we add (the heading) are English
whatever language the coach is shown in; everything else is the resident's own text. The Word file is A4 with
UK margins, and its language is the language the statement is written in: a statement in Arabic, Urdu or
Farsi reads right to left, and screen readers and spelling checks use the right language.
"""

import io
import re
from dataclasses import dataclass

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

from django.utils.translation import get_language_info

from . import services
from .checks.language import detect_language
from .models import Application

FONT = "Arial"
BODY_SIZE = Pt(12)
HEADING_SIZES = {"Heading 1": Pt(18), "Heading 2": Pt(14)}
_MIN_HALF_POINTS = 24  # 12 pt: Word stores sizes in half-points
# Control characters pasted from other programs that XML (and so Word) cannot hold.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_THEME_FONT_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
A4 = (Mm(210), Mm(297))
UK_MARGIN = Cm(2.54)
# The language tags Word uses for each language of the site.
LANGUAGE_TAGS = {
    "en": "en-GB", "ro": "ro-RO", "gu": "gu-IN", "pa": "pa-IN", "pl": "pl-PL", "ar": "ar-SA",
    "ta": "ta-IN", "pt": "pt-PT", "so": "so-SO", "ur": "ur-PK", "fa": "fa-IR",
}  # fmt: skip
HEADING_LANGUAGE = "en"
# Where w:bidi and w:lang go among their siblings (WordprocessingML fixes the order of child elements).
_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
               "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
               "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")  # fmt: skip
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub(" ", text)


@dataclass
class Section:
    """A criterion (None for text before the first one) and what the resident wrote under it."""

    heading: str | None
    text: str = ""

    @property
    def paragraphs(self) -> list[str]:
        return [line.strip() for line in xml_safe(self.text).splitlines() if line.strip()]


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
    return xml_safe(application.job_title).strip() or "Supporting statement"


@dataclass(frozen=True)
class WrittenIn:
    """A language as the Word file needs it: the tag Word uses and whether it reads right to left."""

    tag: str
    right_to_left: bool

    @classmethod
    def of(cls, text: str) -> "WrittenIn":
        """The language ``text`` is written in (English when it is too short to tell)."""
        code = detect_language(text, fallback=HEADING_LANGUAGE)
        return cls(LANGUAGE_TAGS.get(code, LANGUAGE_TAGS[HEADING_LANGUAGE]), get_language_info(code)["bidi"])


def _set_language(element, tag: str) -> None:
    """Latin and complex-script text in this run or style are in ``tag`` (w:val and w:bidi of w:lang)."""
    language = element.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        element.insert_element_before(language, *_AFTER_LANG)
    language.set(qn("w:val"), tag)
    language.set(qn("w:bidi"), tag)


def add_paragraph(document, text: str, language: WrittenIn, style: str | None = None):
    """A paragraph in ``language``: right to left (w:bidi, w:rtl) for Arabic, Urdu and Farsi."""
    paragraph = document.add_paragraph(style=style)
    run = paragraph.add_run(text)
    _set_language(run._r.get_or_add_rPr(), language.tag)
    if language.right_to_left:
        paragraph._p.get_or_add_pPr().insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)
        run.font.rtl = True
    return paragraph


def a4_with_uk_margins(document) -> None:
    for section in document.sections:
        section.page_width, section.page_height = A4
        section.top_margin = section.bottom_margin = UK_MARGIN
        section.left_margin = section.right_margin = UK_MARGIN


def plain_styles(document, language: WrittenIn) -> None:
    """One plain sans font everywhere and nothing smaller than 12 pt, in every style Word could pick, all in
    the statement's language."""
    styles = document.styles.element
    for fonts in styles.iter(qn("w:rFonts")):
        for attribute in _THEME_FONT_ATTRIBUTES:
            fonts.attrib.pop(qn(attribute), None)
        for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attribute), FONT)
    for size in (*styles.iter(qn("w:sz")), *styles.iter(qn("w:szCs"))):
        if int(size.get(qn("w:val"), 0)) < _MIN_HALF_POINTS:
            size.set(qn("w:val"), str(_MIN_HALF_POINTS))
    for run_properties in styles.iter(qn("w:rPr")):
        if run_properties.find(qn("w:lang")) is not None:
            _set_language(run_properties, language.tag)

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


def anonymous_properties(document, title: str, language: WrittenIn) -> None:
    """A title for screen readers and file lists, and nothing that identifies the resident or the tool."""
    properties = document.core_properties
    properties.title = title
    properties.author = ""
    properties.last_modified_by = ""
    properties.comments = ""
    properties.keywords = ""
    properties.subject = ""
    properties.category = ""
    properties.language = language.tag


def statement_docx(*, application: Application) -> bytes:
    """The statement as a Word file: a Heading 1, a Heading 2 per criterion and the resident's paragraphs.

    The heading we add is English; the criteria are in the advert's language and the paragraphs in the
    statement's, each marked with its own language and direction.
    """
    sections = statement_sections(application=application)
    statement = WrittenIn.of("\n".join(section.text for section in sections))
    criteria = WrittenIn.of("\n".join(section.heading for section in sections if section.heading))
    document = Document()
    a4_with_uk_margins(document)
    plain_styles(document, statement)
    title = document_title(application)
    anonymous_properties(document, title, statement)

    job = xml_safe(application.job_title).strip()
    heading = f"Supporting statement for {job}" if job else "Supporting statement"
    add_paragraph(document, heading, WrittenIn(LANGUAGE_TAGS[HEADING_LANGUAGE], False), style="Heading 1")
    for section in sections:
        if section.heading:
            add_paragraph(document, xml_safe(section.heading), criteria, style="Heading 2")
        for paragraph in section.paragraphs:
            add_paragraph(document, paragraph, statement)

    output = io.BytesIO()
    document.save(output)
    return output.getvalue()
