"""Reading untrusted files safely into a ``Document``.

Every check runs before a parser sees the bytes: size, type by content (magic bytes), zip limits for
Word files, no DTDs or entities in any XML part, no macros, no encryption, and a time budget. Anything
wrong raises ``DocumentError`` with a plain-English reason.
"""

from __future__ import annotations

import html
import io
import itertools
import logging
import os
import signal
import threading
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from xml.parsers import expat

import regex
from charset_normalizer import from_bytes

from .errors import TOO_SLOW, DocumentError
from .i18n import _
from .models import Block, Document, DocxFacts
from .text import LIGATURES, strip_bullet

if TYPE_CHECKING:
    from pypdf import PageObject

logging.getLogger("pypdf").setLevel(logging.ERROR)


@dataclass(frozen=True)
class ReadLimits:
    """Limits applied to every file before and while it is read. ``DEFAULT_LIMITS.max_bytes`` is the one
    size limit for files residents upload anywhere on the site."""

    max_bytes: int = 5 * 1024 * 1024
    max_zip_members: int = 300
    max_unzipped_bytes: int = 60 * 1024 * 1024
    max_member_ratio: int = 100
    max_pdf_pages: int = 60
    max_text_chars: int = 400_000
    seconds: float = 8.0

    @property
    def max_megabytes(self) -> int:
        return self.max_bytes // (1024 * 1024)


DEFAULT_LIMITS = ReadLimits()

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_EXECUTABLES = (b"MZ", b"\x7fELF", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"#!")
_OTHER_BINARY = {
    b"\x89PNG": "image",
    b"\xff\xd8\xff": "image",
    b"GIF8": "image",
    b"{\\rtf": "rtf",
    b"\x1f\x8b": "archive",
    b"Rar!": "archive",
    b"7z\xbc\xaf": "archive",
}
_XML_DANGER = regex.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", regex.IGNORECASE)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WP_DOCPR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Ticks and crosses put in with Word's Insert > Symbol: a w:sym with a font and a character code, no text.
_SYMBOLS = {
    ("wingdings", "F0FC"): "✓",
    ("wingdings", "F0FE"): "☑",
    ("wingdings", "F0FB"): "✗",
    ("wingdings", "F0FD"): "☒",
    ("wingdings", "F0A8"): "☐",
    ("wingdings 2", "F050"): "✓",
    ("wingdings 2", "F052"): "☑",
    ("wingdings 2", "F04F"): "✗",
    ("wingdings 2", "F054"): "☒",
    ("wingdings 2", "F0A3"): "☐",
    ("symbol", "F0D6"): "√",
}
# Where a run is not read as part of its paragraph: deleted (tracked), in a text box (read as its own
# paragraphs), in the older drawing a text box repeats itself in, or in a content control's placeholder.
_NOT_IN_PARAGRAPH = frozenset([f"{_W}del", f"{_W}txbxContent", _MC_FALLBACK])
_GENERIC_AUTHORS = {"", "python-docx", "user", "windows user", "microsoft office user", "admin", "author", "owner"}


def read_document(source: str | os.PathLike[str] | bytes, limits: ReadLimits = DEFAULT_LIMITS) -> Document:
    """Read a plain-text, Word (.docx) or PDF file (a path or its bytes) into a ``Document``.

    Raises ``DocumentError`` with a plain-English reason for any file that is empty, too big, of an
    unsupported type, damaged, unsafe, macro-enabled, encrypted or too slow to read.
    """
    data = _load(source, limits)
    with _time_budget(limits.seconds):
        started = time.monotonic()
        kind = sniff(data)
        if kind == "docx":
            document = _read_docx(data, limits, started)
        elif kind == "pdf":
            document = _read_pdf(data, limits, started)
        else:
            document = text_document(from_markup(_decode(data)))
    if not document.text.strip():
        raise DocumentError(_("We could not find any words in this file. If it is a scan, type the text instead."))
    if len(document.text) > limits.max_text_chars:
        raise DocumentError(_("This file has too much text to check. Check one document at a time."))
    return document


def _load(source: str | os.PathLike[str] | bytes, limits: ReadLimits) -> bytes:
    if isinstance(source, bytes | bytearray):
        data = bytes(source)
    else:
        path = Path(source)
        try:
            size = path.stat().st_size
            if not path.is_file():
                raise DocumentError(_("This is not a file we can open."))
            if size > limits.max_bytes:
                raise _too_big(limits)
            with path.open("rb") as handle:
                data = handle.read(limits.max_bytes + 1)
        except OSError as error:
            raise DocumentError(_("We could not open this file. Check the name and try again.")) from error
    if not data:
        raise DocumentError(_("This file is empty."))
    if len(data) > limits.max_bytes:
        raise _too_big(limits)
    return data


def _too_big(limits: ReadLimits) -> DocumentError:
    return DocumentError(
        _("This file is too big. The largest file we can check is %(megabytes)s MB."),
        {"megabytes": limits.max_megabytes},
    )


def sniff(data: bytes) -> str:
    """Name the file type from its first bytes: ``docx``, ``pdf`` or ``text``; refuse anything else."""
    head = data[:8]
    if head.startswith(_OLE):
        raise DocumentError(
            _(
                "This file is locked with a password, or saved in the old Word format (.doc). "
                "Save it as a Word document (.docx) with no password and try again."
            )
        )
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "docx"
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(_EXECUTABLES):
        raise DocumentError(_("This file is a program, not a document. We cannot check it."))
    for magic in _OTHER_BINARY:
        if head.startswith(magic):
            raise DocumentError(
                _("We cannot check this type of file. Use a Word document (.docx), a PDF or plain text.")
            )
    return "text"


def _decode(data: bytes) -> str:
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _clean_text(data.decode(encoding))
            except UnicodeDecodeError as error:
                raise _not_text() from error
    if b"\x00" in data[:4096]:
        raise _not_text()
    try:
        return _clean_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise _not_text()
    return _clean_text(data.decode(best.encoding, errors="replace"))


# HTML or XML pasted or saved as text (a careers page's source, a job feed): its words, a line a block, a table's
# cells apart by tabs, a list item as a bullet, and a feed's own fields as labels ("<closingdate>" is "Closing date:").
_MARKUP_START = regex.compile(r"^\s*(?:<\?xml\b|<!doctype\s+html\b|<html\b)", regex.IGNORECASE)
_TAG = regex.compile(r"<[^<>]{1,500}>")
_CELL_BREAK = regex.compile(r"</t[dh]>\s*<t[dh]\b[^>]*>", regex.IGNORECASE)
_LIST_ITEM_TAG = regex.compile(r"<li\b[^>]*>", regex.IGNORECASE)
_BLOCK_TAG = regex.compile(
    r"</?(?:p|div|h[1-6]|ul|ol|li|tr|table|thead|tbody|section|article|header|footer|br|dt|dd|dl|blockquote)\b[^>]*>",
    regex.IGNORECASE,
)
_FEED_FIELDS = {
    "title": "Job title",
    "jobtitle": "Job title",
    "employer": "Employer",
    "company": "Employer",
    "organisation": "Employer",
    "band": "Band",
    "grade": "Band",
    "closingdate": "Closing date",
    "closing_date": "Closing date",
    "closedate": "Closing date",
}
_FEED_FIELD = regex.compile(r"<(\w+)>([^<>\n]{1,200})</\1>")


def from_markup(text: str) -> str:
    """The words of an HTML page or XML feed, laid out as text; any other text as it is."""
    if not _MARKUP_START.match(text):
        return text
    text = _between(text, "<![CDATA[", "]]>", keep=True)
    for opening, closing in (("<!--", "-->"), ("<script", "</script>"), ("<style", "</style>")):
        text = _between(text, opening, closing, keep=False)  # a commented-out row was taken out of the advert
    text = _FEED_FIELD.sub(_feed_field, text)
    text = _CELL_BREAK.sub("\t", text)
    text = _LIST_ITEM_TAG.sub("\n- ", text)
    text = _TAG.sub("", _BLOCK_TAG.sub("\n", text))
    lines = ("\t".join(" ".join(cell.split()) for cell in html.unescape(line).split("\t")) for line in text.split("\n"))
    return "\n".join(line.strip() for line in lines if line.strip())


def _between(text: str, opening: str, closing: str, *, keep: bool) -> str:
    """``text`` with each stretch from ``opening`` to ``closing`` left out, or only its marks (``keep``); one
    never closed runs to the end. Found with ``str.find``, so a hostile file full of openings costs one pass."""
    pieces: list[str] = []
    cursor = 0
    lowered = text.lower()
    while (start := lowered.find(opening, cursor)) >= 0:
        end = lowered.find(closing, start + len(opening))
        end = len(text) if end < 0 else end
        pieces.append(text[cursor:start])
        if keep:
            pieces.append(text[start + len(opening) : end])
        cursor = min(end + len(closing), len(text))
    pieces.append(text[cursor:])
    return "".join(pieces)


def _feed_field(match: regex.Match) -> str:
    label = _FEED_FIELDS.get(match[1].lower())
    return f"\n{label}: {match[2]}\n" if label else match[0]


def _not_text() -> DocumentError:
    return DocumentError(_("We cannot read this file. Use a Word document (.docx), a PDF or plain text."))


def _clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(LIGATURES)
    control = sum(1 for char in text[:4000] if ord(char) < 32 and char not in "\n\t\f")
    if control > 20:
        raise _not_text()
    return text


# A web page's icons copied as their names (an icon font draws "expand_more" as an arrow): "check Experience of
# ...", "location_on Southall", "Show 3 more expand_more". Names with an underscore go wherever they are; a plain
# word only before a capital or a figure at the start of a line.
_ICON_ANYWHERE = regex.compile(
    r"(?<!\S)(?:expand_(?:more|less)|chevron_(?:left|right)|location_on|bookmark_border|account_circle|open_in_new|"
    r"arrow_(?:forward|back)|calendar_today|access_time|check_circle|currency_pound|keyboard_arrow_(?:down|up))(?!\S)"
)
_ICON_LEAD = regex.compile(
    r"^(?:check|done|close|work|payments|event|schedule|place|share|search|menu|mail|email|link|call|phone|star|info|"
    r"home|person|language|download|badge|business|bookmark)\s+(?=[\p{Lu}\d£])"
)
# The marks before each line of an email's quoted message: "> ", "> > ".
_QUOTED = regex.compile(r"^(?:>[ \t]?)+")
# Emoji opening a line, as a chat message's bullets and headings use them: "✅ ", "⭐ ", "👉 ".
LEADING_SYMBOLS = regex.compile(r"^(?![©®℗™])[\p{So}\p{Sk}\uFE0F\u200D]+\s*(?=\S)")  # not "© 2028 ..."
# A whole line in a chat app's bold or italics, with any emoji after it.
_EMPHASIS = regex.compile(r"^([*_]{1,2})([^*_\n]+?)\1[\s\p{So}\p{Sk}\uFE0F\u200D]*$")
_HEADING_LINE = regex.compile(r"^[\p{Lu}\p{N}][^.!?]{0,70}:?$")


def _web_line(line: str) -> tuple[str, bool]:
    """A line as a person reads it, and whether it is a Markdown heading: no email quote marks ("> "), no icon
    names ("expand_more"), no Markdown bold or backslashes, a horizontal rule as nothing."""
    line = _QUOTED.sub("", line).strip()  # an email's quoted lines: "> Must-haves:"
    line = _ICON_LEAD.sub("", _ICON_ANYWHERE.sub(" ", line)).strip()
    if _MD_RULE.match(line):
        return "", False
    # Markdown, as a chat assistant writes it: "## Person specification", "**must**", "co\-production".
    return plain_markdown(line), bool(_MD_HEADING.match(line))


def _hangs_under(previous: Block, raw: str, line: str) -> bool:
    """Whether a short line indented under the full-width list item just above it carries it on ("• ... outside the
    normal range using" / "   NEWS2"): no bullet of its own, a few words only (a longer indented line is more often
    the item's translation), and the item's sentence not ended."""
    return (
        previous.kind == "list_item"
        and raw[:2] == "  "
        and len(line.split()) <= 3  # noqa: PLR2004
        and strip_bullet(line) == line
        and not previous.text.rstrip().endswith((".", "!", "?", ":", ";"))
    )


def text_document(text: str, *, wrapped: bool = False) -> Document:
    """Make a ``Document`` from plain text, guessing headings and list items line by line.

    ``wrapped``: the lines were wrapped at a page's width (a PDF's text), so a line that follows a full-width
    line ending mid-sentence carries on that sentence even when it starts with a capital ("...used in west" /
    "London would also be beneficial.").
    """
    blocks: list[Block] = []
    raw_lines = text.split("\n")
    lines = [raw.strip(" \r\f\v") for raw in raw_lines]
    spans = {start: (table, len(table.rows)) for start, table in _pasted_tables(lines).items()}
    spans.update(_markdown_tables(lines))
    tables = {start: table for start, (table, _) in spans.items()}
    in_tables = {row for start, (_, span) in spans.items() for row in range(start, start + span)}
    full_width = 0.75 * max(map(len, lines), default=0) if wrapped else float("inf")
    above = ""  # the line above, as printed
    for index, line in enumerate(lines):
        if index in tables:
            blocks.append(tables[index])
        if index in in_tables:
            above = ""
            continue
        line, markdown_heading = _web_line(line)
        if not line or markdown_heading:
            blocks.extend([Block("heading", line.rstrip(":"))] if line else [])
            above = ""
            continue
        symbol = LEADING_SYMBOLS.match(line)
        if symbol and not _EMPHASIS.match(line[symbol.end() :]):
            blocks.append(Block("list_item", line[symbol.end() :]))  # "✅ Happy to lift boxes": an emoji for a bullet
            above = ""
            continue
        # a chat's "*What you need* ✅" or "⭐ *NICE TO HAVE*" is the heading "What you need" or "NICE TO HAVE"
        line = _EMPHASIS.sub(r"\2", line[symbol.end() :] if symbol else line)
        if not line:
            above = ""
            continue
        previous = blocks[-1] if blocks else None
        if previous and (
            _continues(previous, line)
            # a PDF's short line wrapped at a narrow column: "A friendly, welcoming manner" / "with every customer"
            or (wrapped and previous.kind == "heading" and _continues(Block("paragraph", previous.text), line))
            or (len(above) >= full_width and _wraps_on(previous, line))
            or (wrapped and _LEVEL_TAIL.match(line))
            # a line ending on a spaced dash goes on below, even across a page: "... or a university –" / "Desirable"
            or (wrapped and previous.kind != "table" and previous.text.endswith((" –", " -", " —")))
            or (len(above) >= full_width and _hangs_under(previous, raw_lines[index], line))
        ):
            # A line wrapped by a PDF or a narrow window: it goes on from the bullet or sentence above it.
            blocks[-1] = Block(previous.kind, f"{previous.text} {line}")
            above = line
            continue
        above = line
        if strip_bullet(line) != line:
            blocks.append(Block("list_item", strip_bullet(line)))
        elif _HEADING_LINE.match(line) and len(line.split()) <= 8:
            blocks.append(Block("heading", line.rstrip(":").strip()))
        else:
            blocks.append(Block("paragraph", line))
    return Document(text=text, blocks=blocks, source="text")


# Markdown: a pipe table's line under its header ("|---|:-:|"), a heading ("## Skills"), a horizontal rule, bold
# ("**must**"), a backslash before a mark ("co\-production") and a line break inside a cell ("<br>").
_MD_SEPARATOR = regex.compile(r"^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?$")
_MD_HEADING = regex.compile(r"^#{1,6}\s+(?=\S)")
_MD_RULE = regex.compile(r"^(?:-{3,}|\*{3,}|_{3,})$")
_MD_STRONG = regex.compile(r"\*\*(?=\S)([^*\n]{1,200}?)(?<=\S)\*\*|__(?=\S)([^_\n]{1,200}?)(?<=\S)__")  # one pass
_MD_ESCAPE = regex.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_MD_BREAK = regex.compile(r"<br\s*/?>", regex.IGNORECASE)


def plain_markdown(line: str) -> str:
    """A line without Markdown's heading marks, bold and backslashes: "**Band:** 4" is "Band: 4"."""
    return _MD_STRONG.sub(r"\1\2", _MD_ESCAPE.sub(r"\1", _MD_HEADING.sub("", line))).strip()


def _markdown_tables(lines: list[str]) -> dict[int, tuple[Block, int]]:
    """Markdown pipe tables, as a chat assistant writes them: {first line's index: (table block, lines taken)}.
    A cell's "<br>" is a line break inside the cell."""
    tables: dict[int, tuple[Block, int]] = {}
    for index in range(1, len(lines)):
        if not _MD_SEPARATOR.match(lines[index]) or "|" not in lines[index - 1]:
            continue
        end = index + 1
        while end < len(lines) and lines[end].startswith("|"):
            end += 1
        rows = tuple(_markdown_cells(lines[row]) for row in (index - 1, *range(index + 1, end)))
        tables[index - 1] = (Block("table", "\n".join("\t".join(row) for row in rows), rows), end - index + 1)
    return tables


def _markdown_cells(line: str) -> tuple[str, ...]:
    cells = regex.split(r"(?<!\\)\|", line.strip().removeprefix("|").removesuffix("|"))
    return tuple("\n".join(part.strip() for part in _MD_BREAK.split(plain_markdown(cell))) for cell in cells)


def _pasted_tables(lines: list[str]) -> dict[int, Block]:
    """Tables pasted as text, one row a line with tabs between the cells: {first line's index: table block}.

    A table is two or more lines with tabs (a bullet and a tab starts a list item, not a row); a line without a
    tab between two rows is a row of one cell, such as a category ("EXPERIENCE") spanning the table.
    """
    # A row whose first or last cell is empty has its tab at an end ("\tExperience on a children's ward"); a
    # table needs two rows with a tab between cells, so lines merely indented with a tab are no table.
    rowed = [("\t" in line) and bool(line.strip()) and strip_bullet(line.strip()) == line.strip() for line in lines]
    inner = [rowed[index] and "\t" in line.strip() for index, line in enumerate(lines)]
    tables: dict[int, Block] = {}
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and (rowed[end] or (lines[end].strip() and end + 1 < len(lines) and rowed[end + 1])):
            end += 1
        if sum(inner[index:end]) >= 2:  # noqa: PLR2004
            rows = tuple(tuple(cell.strip() for cell in lines[i].strip(" ").split("\t")) for i in range(index, end))
            tables[index] = Block("table", "\n".join("\t".join(row) for row in rows), rows)
        index = max(end, index + 1)
    return tables


_LABEL_LINE = regex.compile(r"^[\p{Lu}][\p{L}\s()/&'’-]{1,30}:\s")  # "Salary: ...", "Closing date: ..."


# A line that starts a row of its own in a PDF's person specification: its level code first ("E1  ...", "D   ..."),
# or the level of the line above with how it is assessed ("Essential · application").
_LEVEL_CODE_LINE = regex.compile(r"^(?:[ED](?:\d{1,2}[.:)]?\s|\s{2,}|\t)|(?i:essential|desirable)\s*[·•|])")
# A criterion's level mark wrapped onto the next line of a PDF, with any "how assessed" codes: "[D]  AF/I".
_LEVEL_TAIL = regex.compile(r"^[(\[]\s*(?i:e|d|essential|desirable)\s*[)\]](?:\s+[\w/ -]{1,20})?$")
# A paragraph that cannot stop here ("... Arabic, Bengali or" / "Portuguese"): one word alone on the next line
# carries it on; after any other word, a lone word is a heading ("... on the day it is taken" / "Knowledge").
ENDS_OPEN = regex.compile(r"(?:[,&]|\b(?:and|or|of|in|on|for|to|the|a|an|with|at|by|from|as|such))\s*$", regex.I)


# A level heading, alone or with its translation: "Desirable", "Essential criteria", "Desirable / Desejável".
_LEVEL_WORD_LINE = regex.compile(r"^(?:essential|desirable)\b(?:\s*criteria)?(?:\s*/\s*\S+)?\s*:?$", regex.I)


def _wraps_on(previous: Block, line: str) -> bool:
    """Whether ``line`` can carry on the paragraph above it: not a bullet, a label, a level code or a lone
    heading word ("Knowledge"), and the paragraph ends mid-sentence."""
    # A list item carries on only where its line stops mid-phrase: "... a blood tracking system such as" / "BloodTrack".
    return (
        (previous.kind == "paragraph" or (previous.kind == "list_item" and ENDS_OPEN.search(previous.text) is not None))
        and strip_bullet(line) == line
        and not _LABEL_LINE.match(line)
        and not _LEVEL_CODE_LINE.match(line)
        and not _LEVEL_WORD_LINE.match(line)
        and (len(line.split()) > 1 or ENDS_OPEN.search(previous.text) is not None)
        and not previous.text.rstrip().endswith((".", "!", "?", ":", ";", ")"))
    )


def _continues(previous: Block, line: str) -> bool:
    """Whether ``line`` carries on the list item or paragraph above it: it starts in lower case and the
    block above ends mid-sentence (a paragraph's list of items may run on after a semicolon)."""
    ends = (".", "!", "?", ":") if previous.kind == "paragraph" else (".", "!", "?", ":", ";")
    return (
        previous.kind in ("list_item", "paragraph")
        and line[0].islower()
        and strip_bullet(line) == line
        and not previous.text.rstrip().endswith(ends)
    )


class _Timeout(Exception):
    pass


@contextmanager
def _time_budget(seconds: float) -> Iterator[None]:
    """Stop a parser that runs too long, where the platform allows an interrupting timer."""
    use_alarm = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not use_alarm:
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, on_alarm)
    try:
        # Started inside the try: a budget shorter than the next line still ends in a DocumentError.
        signal.setitimer(signal.ITIMER_REAL, seconds)
        yield
    except _Timeout as error:
        raise DocumentError(TOO_SLOW) from error
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _check_clock(started: float, limits: ReadLimits) -> None:
    if time.monotonic() - started > limits.seconds:
        raise DocumentError(TOO_SLOW)


def _damaged() -> DocumentError:
    return DocumentError(_("This file is damaged or not finished saving. Save it again and try again."))


def _safe_zip(data: bytes, limits: ReadLimits) -> zipfile.ZipFile:
    """Open a Word file's zip and refuse bombs, macros, encryption and XML with DTDs or entities."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise _damaged() from error
    if len(members) > limits.max_zip_members:
        raise DocumentError(_("This Word file has too many parts inside it. We cannot check it safely."))
    names = {member.filename for member in members}
    if "word/document.xml" not in names or "[Content_Types].xml" not in names:
        raise DocumentError(_("This is a zip file, not a Word document. Use a Word document (.docx)."))
    if any(member.flag_bits & 0x1 for member in members) or "EncryptedPackage" in names:
        raise DocumentError(_("This file is locked with a password. Remove the password and try again."))
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        raise _macros()
    declared = sum(member.file_size for member in members)
    if declared > limits.max_unzipped_bytes:
        raise _bomb()
    total = 0
    for member in members:
        if member.is_dir():
            continue
        ratio_limit = max(member.compress_size, 1) * limits.max_member_ratio
        allowed = min(limits.max_unzipped_bytes - total, max(ratio_limit, 64 * 1024))
        try:
            with archive.open(member) as handle:
                content = handle.read(allowed + 1)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
            raise _damaged() from error
        if len(content) > allowed:
            raise _bomb()
        total += len(content)
        name = member.filename.lower()
        if name.endswith((".xml", ".rels")) and not _xml_is_safe(content):
            raise DocumentError(_("This Word file has unsafe settings inside it. We cannot check it."))
        if name == "[content_types].xml" and b"macroEnabled" in content:
            raise _macros()
    return archive


class _Declaration(Exception):
    """A part declares a DTD or an entity."""


def _refuse(*_args) -> None:
    raise _Declaration


def _xml_is_safe(content: bytes) -> bool:
    """True when the whole part (in whatever encoding it declares) has no DTD and no entity declarations.

    Expat reads the whole part and stops at the first DOCTYPE or ENTITY anywhere in it, as defusedxml does,
    but with no Python called for the elements and text in between (defusedxml's ElementTree parser called
    back for every run of text and made reading a Word file three times as slow as python-docx's own). A part
    that is not well-formed XML is left for python-docx to refuse or ignore, as before."""
    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    try:
        parser.Parse(content, True)
    except _Declaration:
        return False
    except expat.ExpatError:
        return not _XML_DANGER.search(content)
    return True


def _bomb() -> DocumentError:
    return DocumentError(_("This Word file opens up far too big. We cannot check it safely."))


def _macros() -> DocumentError:
    return DocumentError(
        _("This Word file has macros in it. Save it as an ordinary Word document (.docx) and try again.")
    )


def _read_docx(data: bytes, limits: ReadLimits, started: float) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    _safe_zip(data, limits)
    _check_clock(started, limits)
    try:
        word = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, OSError) as error:
        raise _damaged() from error
    except Exception as error:  # python-docx and lxml raise many types for broken files.
        raise _damaged() from error
    _number_codes(word)
    body = word.element.body
    facts = DocxFacts()
    style_sizes = _style_sizes(word)
    default_size = style_sizes.get("__default__", 11.0)
    blocks: list[Block] = []
    lines: list[str] = []
    for child in _children(body):
        tag = child.tag
        if tag == f"{_W}p":
            for paragraph in [*_text_boxes(child), child]:
                block = _paragraph_block(paragraph, facts, style_sizes, default_size)
                if block is not None:
                    blocks.append(block)
                    lines.append(block.text)
        elif tag == f"{_W}tbl":
            for rows in _tables(child):
                blocks.append(Block("table", "\n".join("\t".join(row) for row in rows), tuple(rows)))
                lines.extend("\t".join(row) for row in rows)
        _check_clock(started, limits)
    # The page header and footer: an advert may give its title, band, employer or closing date only there.
    top, bottom = _header_footer_lines(word)
    blocks = [Block("paragraph", line) for line in top] + blocks + [Block("paragraph", line) for line in bottom]
    lines = top + lines + bottom
    facts.tracked_changes = len(body.findall(f".//{_W}ins")) + len(body.findall(f".//{_W}del"))
    facts.comments = len(body.findall(f".//{_W}commentReference"))
    facts.images_without_alt = sum(
        1 for pr in body.iter(_WP_DOCPR) if not (pr.get("descr") or "").strip() and not (pr.get("title") or "").strip()
    )
    properties = word.core_properties
    for name in (properties.author, properties.last_modified_by):
        if name and name.strip().lower() not in _GENERIC_AUTHORS and name.strip() not in facts.authors:
            facts.authors.append(name.strip())
    return Document(text="\n".join(lines), blocks=blocks, source="docx", docx=facts)


def _lettered_formats(numbering) -> dict[str, tuple[str, int]]:  # noqa: ANN001
    """Numbering instances whose first level shows a letter with its number ("E%1": E1, E2 ...): {numId: (level
    text, start)}."""
    abstract = {item.get(f"{_W}abstractNumId"): item for item in numbering.findall(f"{_W}abstractNum")}
    formats: dict[str, tuple[str, int]] = {}
    for instance in numbering.findall(f"{_W}num"):
        reference = instance.find(f"{_W}abstractNumId")
        definition = abstract.get(reference.get(f"{_W}val")) if reference is not None else None
        levels = definition.findall(f"{_W}lvl") if definition is not None else []
        level = next((item for item in levels if item.get(f"{_W}ilvl") == "0"), None)
        shown = level.find(f"{_W}lvlText") if level is not None else None
        kind = level.find(f"{_W}numFmt") if level is not None else None
        start = level.find(f"{_W}start") if level is not None else None
        if shown is not None and kind is not None and kind.get(f"{_W}val") == "decimal":
            text = shown.get(f"{_W}val", "")
            if regex.match(r"^\p{Lu}{1,2}%1[.:)]?$", text):
                first = (
                    int(start.get(f"{_W}val", "1")) if start is not None and start.get(f"{_W}val", "").isdigit() else 1
                )
                formats[instance.get(f"{_W}numId")] = (text, first)
    return formats


def _number_codes(word: object) -> None:
    """Codes Word makes with its automatic numbering ("E1", "D2": a number format with a letter before it) put
    into their paragraphs' text, where a reader sees them on the page; python-docx gives the text without them."""
    from docx.oxml.parser import OxmlElement

    try:
        formats = _lettered_formats(word.part.numbering_part.element)  # type: ignore[attr-defined]
    except (KeyError, NotImplementedError, AttributeError, ValueError):
        return
    counters: dict[str, int] = {}
    for paragraph in word.element.body.iter(f"{_W}p") if formats else ():  # type: ignore[attr-defined]
        number = paragraph.find(f"{_W}pPr/{_W}numPr/{_W}numId")
        depth = paragraph.find(f"{_W}pPr/{_W}numPr/{_W}ilvl")
        key = number.get(f"{_W}val") if number is not None else None
        if key not in formats or (depth is not None and depth.get(f"{_W}val") != "0"):
            continue
        text, first = formats[key]
        counters[key] = counters.get(key, first - 1) + 1
        run, label = OxmlElement("w:r"), OxmlElement("w:t")
        label.text = text.replace("%1", str(counters[key])) + "  "
        label.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        run.append(label)
        paragraph.find(f"{_W}pPr").addnext(run)


def _header_footer_lines(word: object) -> tuple[list[str], list[str]]:
    """The text of each section's page header and footer (each distinct line once), for the top and the end of
    the document's text."""
    top: list[str] = []
    bottom: list[str] = []
    try:
        for section in itertools.islice(word.sections, 20):  # type: ignore[attr-defined]
            parts = [(section.header, top), (section.footer, bottom)]
            if section.different_first_page_header_footer:  # a letterhead on the first page only
                parts[:0] = [(section.first_page_header, top), (section.first_page_footer, bottom)]
            for part, found in parts:
                if part.is_linked_to_previous and found:
                    continue
                for paragraph in part.paragraphs:
                    text = " ".join(paragraph.text.split())
                    if text and text not in found and len(found) < 20:  # noqa: PLR2004 - a header is a line or two
                        found.append(text)
    except Exception:  # noqa: BLE001 - a broken header part loses only the header, never the document
        return [], []
    return top, bottom


def _style_sizes(word: object) -> dict[str, float]:
    """Font size in points for each paragraph style id, following ``basedOn``; ``__default__`` too."""
    styles_part = word.styles.element  # type: ignore[attr-defined]
    default = 10.0
    for size in styles_part.iterfind(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}sz"):
        default = int(size.get(f"{_W}val", "20")) / 2
    own: dict[str, float] = {}
    based: dict[str, str] = {}
    default_style = None
    for style in styles_part.iterfind(f"{_W}style"):
        style_id = style.get(f"{_W}styleId", "")
        if style.get(f"{_W}type") != "paragraph":
            continue
        if style.get(f"{_W}default") in ("1", "true"):
            default_style = style_id
        size = style.find(f"{_W}rPr/{_W}sz")
        if size is not None and size.get(f"{_W}val", "").isdigit():
            own[style_id] = int(size.get(f"{_W}val")) / 2
        parent = style.find(f"{_W}basedOn")
        if parent is not None:
            based[style_id] = parent.get(f"{_W}val", "")

    def resolve(style_id: str, depth: int = 0) -> float:
        if style_id in own:
            return own[style_id]
        if style_id in based and depth < 10:
            return resolve(based[style_id], depth + 1)
        return default

    sizes = {style_id: resolve(style_id) for style_id in set(own) | set(based)}
    sizes["__default__"] = resolve(default_style) if default_style else default
    return sizes


_HEADING_STYLE = regex.compile(r"^(?:heading|title|subtitle|kop|berschrift)", regex.IGNORECASE)


def _paragraph_block(paragraph, facts: DocxFacts, style_sizes: dict[str, float], default_size: float) -> Block | None:  # noqa: ANN001
    style_id = ""
    properties = paragraph.find(f"{_W}pPr")
    is_list = False
    is_heading = False
    if properties is not None:
        style = properties.find(f"{_W}pStyle")
        if style is not None:
            style_id = style.get(f"{_W}val", "")
        is_list = properties.find(f"{_W}numPr") is not None
        is_heading = properties.find(f"{_W}outlineLvl") is not None
    is_heading = is_heading or bool(_HEADING_STYLE.match(style_id))
    is_list = is_list or "list" in style_id.lower()
    paragraph_size = style_sizes.get(style_id, default_size)
    pieces: list[str] = []
    for run in _runs(paragraph):
        run_text = _run_text(run)
        if not run_text:
            continue
        run_properties = run.find(f"{_W}rPr")
        size = paragraph_size
        if run_properties is not None:
            vanish = run_properties.find(f"{_W}vanish")
            if vanish is not None and vanish.get(f"{_W}val", "true") not in ("0", "false"):
                facts.hidden_text.append(run_text)
            run_size = run_properties.find(f"{_W}sz")
            if run_size is not None and run_size.get(f"{_W}val", "").isdigit():
                size = int(run_size.get(f"{_W}val")) / 2
        if size < 11 and run_text.strip() and not is_heading:
            facts.small_font_text.append(run_text)
            facts.smallest_font_pt = min(size, facts.smallest_font_pt or size)
        pieces.append(run_text)
    text = "".join(pieces).strip()
    if not text:
        return None
    if is_heading:
        facts.headings += 1
        return Block("heading", text)
    return Block("list_item" if is_list else "paragraph", text)


def _tables(table, depth: int = 0) -> list[list[tuple[str, ...]]]:  # noqa: ANN001
    """A table's rows, then the rows of each table nested in its cells (a category's own "Criterion | E/D"
    table inside the outer table's cell), each nested table headed by its row's first cell."""
    rows: list[tuple[str, ...]] = []
    nested: list[list[tuple[str, ...]]] = []
    for row in _children(table):
        if row.tag != f"{_W}tr":
            continue
        cells: list[str] = []
        for cell in _children(row):
            if cell.tag != f"{_W}tc":
                continue
            paragraphs = ["".join(_run_text(run) for run in _runs(p)).strip() for p in _cell_paragraphs(cell)]
            cells.append("\n".join(p for p in paragraphs if p))
            for inner in _nested_tables(cell) if depth < 3 else []:  # noqa: PLR2004
                heading = [(cells[0],)] if len(cells) > 1 and cells[0] else []
                nested.extend(heading + found for found in _tables(inner, depth + 1))
        if any(cells):
            rows.append(tuple(cells))
    return [found for found in (rows, *nested) if found]


def _nested_tables(cell) -> list:  # noqa: ANN001
    return [table for table in cell.iter(f"{_W}tbl") if _nearest(table, f"{_W}tc") is cell]


def _nearest(element, tag: str):  # noqa: ANN001, ANN202
    return next((ancestor for ancestor in element.iterancestors() if ancestor.tag == tag), None)


def _cell_paragraphs(cell) -> Iterator:  # noqa: ANN001
    """A cell's own paragraphs and its text boxes', each once; a table nested in the cell is read on its own."""
    for paragraph in cell.iter(f"{_W}p"):
        if _nearest(paragraph, f"{_W}tc") is cell and not any(
            _is_hidden(ancestor) for ancestor in paragraph.iterancestors() if ancestor is not cell
        ):
            yield paragraph


def _children(element) -> Iterator:  # noqa: ANN001
    """An element's children, each content control (w:sdt) replaced by what it holds. Trust templates are
    often filled in through them; one still showing its placeholder ("Click or tap here to enter text")
    holds nothing."""
    for child in element.iterchildren():
        if child.tag != f"{_W}sdt":
            yield child
        elif not _is_placeholder(child) and (content := child.find(f"{_W}sdtContent")) is not None:
            yield from _children(content)


def _is_placeholder(element) -> bool:  # noqa: ANN001
    return element.tag == f"{_W}sdt" and element.find(f"{_W}sdtPr/{_W}showingPlcHdr") is not None


def _is_hidden(element) -> bool:  # noqa: ANN001
    return element.tag == _MC_FALLBACK or element.tag == f"{_W}del" or _is_placeholder(element)


def _runs(paragraph) -> Iterator:  # noqa: ANN001
    """The runs read as the paragraph's own text (see ``_NOT_IN_PARAGRAPH``)."""
    for run in paragraph.iter(f"{_W}r"):
        ancestors = itertools.takewhile(lambda element: element is not paragraph, run.iterancestors())
        if not any(a.tag in _NOT_IN_PARAGRAPH or _is_placeholder(a) for a in ancestors):
            yield run


def _text_boxes(paragraph) -> list:  # noqa: ANN001
    """The paragraphs of the text boxes anchored in a paragraph (a band, a closing date in a box beside the
    title), once each: Word also keeps a copy in an older drawing format (``mc:Fallback``)."""
    return [
        inner
        for box in paragraph.iter(f"{_W}txbxContent")
        if not any(_is_hidden(ancestor) for ancestor in box.iterancestors())
        for inner in box.iterfind(f"{_W}p")
    ]


def _run_text(run) -> str:  # noqa: ANN001
    """A run's text, its tabs and breaks, a tick put in as a symbol and an old-style form check box; nothing for
    struck-through text, which a draft uses for words taken out."""
    properties = run.find(f"{_W}rPr")
    if properties is not None:
        for mark in (properties.find(f"{_W}strike"), properties.find(f"{_W}dstrike")):
            if mark is not None and mark.get(f"{_W}val", "true") not in ("0", "false"):
                return ""
    pieces = []
    font = _symbol_font(properties)
    for node in run:
        if node.tag == f"{_W}t" and font:  # a tick typed in a symbol font: "P" in Wingdings 2
            pieces.append("".join(_SYMBOLS.get((font, f"F0{ord(char):02X}"), char) for char in node.text or ""))
        elif node.tag == f"{_W}t":
            pieces.append(node.text or "")
        elif node.tag == f"{_W}tab":
            pieces.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            pieces.append("\n")
        elif node.tag == f"{_W}sym":
            font, code = node.get(f"{_W}font", "").lower(), node.get(f"{_W}char", "").upper()
            pieces.append(_SYMBOLS.get((font, code), ""))
        elif node.tag == f"{_W}fldChar":
            pieces.append(_form_check_box(node))
    return "".join(pieces)


def _symbol_font(properties) -> str | None:  # noqa: ANN001
    """The symbol font ("wingdings", "wingdings 2") a run's own text is typed in, if it is one."""
    fonts = properties.find(f"{_W}rFonts") if properties is not None else None
    name = (fonts.get(f"{_W}ascii") or fonts.get(f"{_W}hAnsi") or "").lower() if fonts is not None else ""
    return name if name in ("wingdings", "wingdings 2") else None


def _form_check_box(field) -> str:  # noqa: ANN001
    """An old-style Word form check box (a FORMCHECKBOX field, with no text of its own) as the box it shows:
    "☒" ticked, "☐" not; its state is "checked" if set, else its default. Any other field gives nothing."""
    box = field.find(f"{_W}ffData/{_W}checkBox")
    if box is None:
        return ""
    state = box.find(f"{_W}checked")
    if state is None:
        state = box.find(f"{_W}default")
    ticked = state is not None and state.get(f"{_W}val", "1") not in ("0", "false")
    return "☒" if ticked else "☐"


# A page's own header or footer, printed again on every page and breaking a list across the page break:
# "Porter · JD/PS v3 · Page 1 of 2", "Person specification (continued)", and a browser's when a web page is
# printed to PDF: "18/01/2028, 20:14 Porter - NHS Jobs" above, "https://www.jobs.nhs.uk/... 1/2" below.
_PAGE_FURNITURE = regex.compile(
    r"^(?=(?:\S+\s+){0,14}\S+$)(?:.*\bpage\s+\d+\s+(?:of|/)\s+\d+\b.*|.*\((?:continued|cont(?:'|’)?d\.?)\)\s*)$|"
    r"^\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}:\d{2}(?:\s*[ap]m)?\s+\S.{0,120}$|^(?:https?://|www\.)\S+\s+\d+\s*/\s*\d+$",
    regex.IGNORECASE,
)
_GAP = regex.compile(r"(?<=\S) {6,}(?=\S)")  # the space between two columns in a page laid out as printed


def _column_by_column(layout: str) -> str | None:
    """A page printed in two columns of wrapped text (a poster's "You'll need" beside "Nice to have") is read
    line by line across both columns; this gives the left column's lines, then the right's. None when the page
    has no such columns, so a table's label and value ("Band      3") stay together on their line."""
    lines = layout.split("\n")
    splits = {}  # the lines with one wide gap: where their second column starts
    for index, line in enumerate(lines):
        gaps = list(_GAP.finditer(line))
        if len(gaps) == 1:
            splits[index] = gaps[0].end()
    if len(splits) < 3:  # noqa: PLR2004
        return None
    column = max(set(splits.values()), key=list(splits.values()).count)
    paired = sorted(index for index, at in splits.items() if abs(at - column) <= 2)  # noqa: PLR2004
    if len(paired) < 3:  # noqa: PLR2004
        return None
    first, last = paired[0], paired[-1]
    while last + 1 < len(lines) and lines[last + 1].strip():  # a longer column runs on below the other
        last += 1
    left, right = [], []
    for line in lines[first : last + 1]:
        left.append(line[:column].strip())
        right.append(line[column:].strip() if len(line) > column and not line[column - 1].strip() else "")
    wrapped = [part for side in (left, right) for part in side[1:] if part[:1].islower()]
    if not all(len(" ".join(side).split()) >= 6 for side in (left, right)) or len(wrapped) < 2:  # noqa: PLR2004
        return None  # a label beside its value, or a table's columns: not running text
    before, after = lines[:first], lines[last + 1 :]
    return "\n".join(" ".join(line.split()) for line in [*before, *left, "", *right, *after])


# A spreadsheet printed with its row and column headings (a person specification kept in Excel): the column
# letters across the top, a row number at the start of every row, and a cell's text apart from the next by a gap.
_COLUMN_LETTERS = regex.compile(r"^\s*A(?:\s+[B-Z]){2,}\s*$")
_ROW_NUMBER = regex.compile(r"^\s*(\d{1,4})(?=\s|$)")
_CELL = regex.compile(r"\S+(?: {1,2}\S+)*")  # a cell's words: three spaces or more part one cell from the next


def _spreadsheet_rows(layout: str) -> str | None:
    """A spreadsheet printout, one row a line with tabs between its cells (as a table pasted as text), its
    column letters and row numbers gone. A cell's text wrapped onto lines of its own (no row number) joins its
    cell; each cell goes under the column, of the section's widest row, at or before where it starts; an empty
    row ends a section (so the job's details are a table apart from the criteria's). None for any other page."""
    lines = layout.split("\n")
    top = next((index for index, line in enumerate(lines) if _COLUMN_LETTERS.match(line)), None)
    numbered = [_ROW_NUMBER.match(line) for line in lines[top + 1 :]] if top is not None else []
    if sum(match is not None for match in numbered) < 5:  # noqa: PLR2004
        return None
    sections: list[list[list[tuple[int, str]]]] = [[]]
    for line, number in zip(lines[top + 1 :], numbered, strict=True):
        start = number.end() if number else 0
        cells = [(start + cell.start(), cell.group()) for cell in _CELL.finditer(line[start:])]
        if number and not cells:
            sections.append([])
        elif number or not sections[-1]:
            sections[-1].append(cells)
        else:
            sections[-1][-1].extend(cells)  # a wrapped cell's next line
    out = [" ".join(line.split()) for line in lines[:top]]
    for rows in filter(None, sections):
        columns = [x for x, _ in max(rows, key=len)]
        for cells in rows:
            row = [""] * len(columns)
            for x, text in cells:
                at = max([0, *(index for index, column in enumerate(columns) if column <= x + 1)])
                row[at] = f"{row[at]} {text}".strip()
            out.append("\t".join(row))
        out.append("")
    return "\n".join(out)


_TICK_GLYPHS = frozenset("✔✓☑☒")
_MARK_GLYPHS = _TICK_GLYPHS | frozenset("✗✘")  # a cross says "not at this level"
_LEVEL_HEADER = regex.compile(r"^(?:essential|desirable)$", regex.IGNORECASE)
_BOTH_LEVELS = regex.compile(r"\bessential\b.*\bdesirable\b", regex.IGNORECASE)
_SAME_LINE = 3  # points between two pieces' baselines still on one line


def _ticks_in_place(page: PageObject, plain: str) -> str | None:
    """A form's ticks, whose column the plain text loses (a filled-in form saved flat: each tick at a line's end,
    or all of them after the table). Where a page has ticks and an "Essential ... Desirable" heading, it is
    rebuilt from where each piece of text sits: a line's pieces left to right, each tick in the column of the
    heading word above it, tab-separated ("Requirement<tab>✔<tab>"), and a requirement's wrapped second line
    joined to it. None for any other page."""
    if not (_TICK_GLYPHS & set(plain) and _BOTH_LEVELS.search(plain)):
        return None
    pieces: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            pieces.append((cm[5] + tm[5] * cm[3], cm[4] + tm[4] * cm[0], text.strip()))

    page.extract_text(visitor_text=visit)
    lines: list[list[tuple[float, float, str]]] = []
    for piece in sorted(pieces, key=lambda item: (-item[0], item[1])):
        if lines and abs(lines[-1][0][0] - piece[0]) <= _SAME_LINE:
            lines[-1].append(piece)
        else:
            lines.append([piece])
    columns: list[float] = []
    rows: list[list[str]] = []
    for line in lines:
        words = sorted(line, key=lambda item: item[1])
        headings = [x for _, x, text in words if _LEVEL_HEADER.match(text)]
        if len(headings) == 2:  # noqa: PLR2004
            columns = headings
        ticks = [x for _, x, text in words if set(text) <= _TICK_GLYPHS]
        text = " ".join(text for _, _, text in words if not set(text) <= _MARK_GLYPHS)
        if len(headings) == 2 or not ticks or not columns:  # noqa: PLR2004
            if not ticks and rows and len(rows[-1]) > 1 and text[:1].islower():
                rows[-1][0] = f"{rows[-1][0]} {text}"  # a requirement's wrapped second line
            else:
                rows.append([_header_cells(text)])
            continue
        rows.append([text, *("✔" if any(lo <= x < hi for x in ticks) else "" for lo, hi in _spans(columns))])
    return "\n".join("\t".join(row) for row in rows)


def _spans(columns: list[float]) -> list[tuple[float, float]]:
    """The x ranges of a tick table's level columns: from each heading (less a margin) to the next."""
    starts = [x - 5 for x in columns]
    return list(zip(starts, [*starts[1:], float("inf")], strict=True))


# Ticks and crosses typed in the Wingdings font, which a PDF without the font gives as the letters of the same
# codes: "ü" a tick, "û" a cross, a pair of them closing each row of a tick table ("Taking minutes ü û").
_WINGDINGS_PAIR = regex.compile(r"(?:^|\s+)([üû])\s+([üû])$")


def _header_cells(line: str) -> str:
    """A tick table's header line ("Criteria Essential Desirable") as tab-separated cells; any other line as it is."""
    if len(line.split()) > 6 or not _BOTH_LEVELS.search(line):  # noqa: PLR2004
        return line
    return regex.sub(r"\s+(?=(?:essential|desirable)\b)", "\t", line, flags=regex.IGNORECASE)


def _wingdings_marks(lines: list[str]) -> list[str]:
    """Rows ending in a Wingdings pair, as tab-separated cells ("Taking minutes<tab>✔<tab>✗"); a pair on a line of
    its own, or after a wrapped line's end, closes the row wrapped over the lines above it. Only where at least
    three rows end so."""
    if sum(bool(_WINGDINGS_PAIR.search(line)) for line in lines) < 3:  # noqa: PLR2004
        return lines
    out: list[str] = []
    for line in lines:
        pair = _WINGDINGS_PAIR.search(line)
        if pair is None:
            out.append(_header_cells(line))
            continue
        text = line[: pair.start()].strip()
        parts = [text] if text else []
        # the end of a wrapped row: its lines go back to its first (one that does not run on from the line above)
        while out and "\t" not in out[-1] and (not parts or parts[0][:1].islower() or ENDS_OPEN.search(out[-1])):
            parts.insert(0, out.pop())
        out.append("\t".join([" ".join(parts), *("✔" if mark == "ü" else "✗" for mark in pair.groups())]))
    return out


def _read_pdf(data: bytes, limits: ReadLimits, started: float) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise DocumentError(_("This PDF is locked with a password. Remove the password and try again."))
        if len(reader.pages) > limits.max_pdf_pages:
            raise DocumentError(
                _("This PDF has too many pages. The most we can check is %(pages)s."), {"pages": limits.max_pdf_pages}
            )
        pages: list[str] = []
        for page in reader.pages:
            # A spreadsheet printout's rows put back together; a poster's two columns side by side read one
            # column after the other.
            layout = page.extract_text(extraction_mode="layout")
            plain = _spreadsheet_rows(layout) or _column_by_column(layout) or page.extract_text() or ""
            pages.append(_ticks_in_place(page, plain) or plain)
            _check_clock(started, limits)
    except DocumentError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError) as error:
        raise _damaged() from error
    except Exception as error:  # pypdf raises many types for broken files.
        raise _damaged() from error
    text = "\n".join(page.strip("\n") for page in pages)
    lines = _wingdings_marks([line for line in text.split("\n") if not _PAGE_FURNITURE.search(line)])
    document = text_document(_clean_text("\n".join(lines)), wrapped=True)
    document.source = "pdf"
    return document
