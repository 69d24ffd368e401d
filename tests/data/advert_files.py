"""Word and PDF helpers for the held-back corpora's `build.py` scripts (sets 6 to 12): Word tables in the
shapes NHS person specifications take, a Word file saved with fixed time stamps, and a small PDF writer
(Helvetica, headings, wrapped bullets, pages).

The files these build are committed and scored; a change here must leave them byte for byte as they are.
"""

from __future__ import annotations

import datetime as dt
import io
import textwrap
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

# ---------------------------------------------------------------------------------------------------- Word helpers


def blank_docx(font: str = "Arial") -> Document:
    document = Document()
    style = document.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(11)
    return document


def bold_cell(cell, text: str) -> None:
    cell.text = ""
    cell.paragraphs[0].add_run(text).bold = True


def fill_cell(cell, text: str) -> None:
    """Put each line of text in its own paragraph of the cell."""
    lines = text.split("\n") if text else [""]
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def header_table(document: Document, headers: list[str]):
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headers, strict=False):
        bold_cell(cell, text)
    return table


def label_value_table(document: Document, rows: list[tuple[str, ...]]):
    """A table of job details with no header: each label in bold with its value beside it. A row may hold two or
    more pairs side by side (label, value, label, value)."""
    table = document.add_table(rows=0, cols=max(len(row) for row in rows))
    table.style = "Table Grid"
    for row in rows:
        cells = table.add_row().cells
        for index, (cell, text) in enumerate(zip(cells, row, strict=True)):
            (fill_cell if index % 2 else bold_cell)(cell, text)
    return table


def add_rows_side_by_side(table, rows: list[tuple[str, str, str]]) -> None:
    """Category in bold in the first cell, then the Essential and Desirable cells (several lines each)."""
    for category, essential, desirable in rows:
        cells = table.add_row().cells
        bold_cell(cells[0], category)
        fill_cell(cells[1], essential)
        fill_cell(cells[2], desirable)


def save_docx(
    document: Document,
    path: Path,
    *,
    stamp: tuple[int, int, int, int, int, int],
    written: dt.datetime | None = None,
    external_attr: int = 0,
) -> None:
    """Save with one fixed time on every zip entry (python-docx stamps each with the time of saving), so a rebuild
    is byte for byte the same. ``written`` also fixes the core properties' dates, author and revision."""
    if written is not None:
        properties = document.core_properties
        properties.author = properties.last_modified_by = "Recruitment"
        properties.created = properties.modified = written
        properties.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = external_attr
            target.writestr(entry, source.read(info.filename))
    path.write_bytes(out.getvalue())


def add_rows_with_category_rows(table, rows: list[tuple[str, ...]]) -> None:
    """A one-item row is a category heading merged across the whole table; other rows fill one cell each."""
    for row in rows:
        cells = table.add_row().cells
        if len(row) == 1:
            bold_cell(cells[0].merge(cells[-1]), row[0])
            continue
        for cell, text in zip(cells, row, strict=False):
            fill_cell(cell, text)


def add_rows_merging_categories_down(table, rows: list[tuple[str, ...]], *, bold: bool = True) -> None:
    """The first column is a category; runs of the same category are merged into one cell down the table."""
    start = len(table.rows)
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells[1:], row[1:], strict=False):
            fill_cell(cell, text)
    index = 0
    while index < len(rows):
        end = index
        while end + 1 < len(rows) and rows[end + 1][0] == rows[index][0]:
            end += 1
        top = table.cell(start + index, 0)
        if end > index:
            top = top.merge(table.cell(start + end, 0))
        if bold:
            bold_cell(top, rows[index][0])
        else:
            top.text = rows[index][0]
        index = end + 1


# ----------------------------------------------------------------------------------------------------- PDF writer

PAGE_WIDTH, PAGE_HEIGHT, MARGIN = 595, 842, 56
FONTS = {"body": ("F1", 10, 14), "bold": ("F2", 10, 14), "heading": ("F2", 12, 18)}
WRAP = {"body": 96, "bold": 90, "heading": 80}


def pdf_text(text: str) -> str:
    """Text for a PDF string literal: cp1252 bytes, with brackets, backslashes and non-ASCII bytes escaped."""
    out = []
    for byte in text.encode("cp1252"):
        char = chr(byte)
        if char in "()\\":
            out.append("\\" + char)
        elif byte < 32 or byte > 126:  # noqa: PLR2004
            out.append(f"\\{byte:03o}")
        else:
            out.append(char)
    return "".join(out)


def _page_lines(items: list[tuple[str, str]], title: tuple[int, int], bullet_indent: str) -> list[list[str]]:
    """Lay the items out top to bottom as text-drawing operators, starting a new page when one is full."""
    fonts = {**FONTS, "title": ("F2", title[0], 22)}
    wrap = {**WRAP, "title": title[1]}
    pages: list[list[str]] = [[]]
    y = PAGE_HEIGHT - MARGIN
    for style, text in items:
        if style == "gap":
            y -= 8
            continue
        font, size, leading = fonts[style]
        if style == "heading":
            y -= 6
        if text.startswith("\u2022 "):
            lines = textwrap.wrap(text, wrap[style], subsequent_indent=bullet_indent)
        else:
            lines = textwrap.wrap(text, wrap[style]) or [""]
        for line in lines:
            if y < MARGIN + leading:
                pages.append([])
                y = PAGE_HEIGHT - MARGIN
            y -= leading
            pages[-1].append(f"BT /{font} {size} Tf {MARGIN} {y} Td ({pdf_text(line)}) Tj ET")
    return pages


def pdf_bytes(items: list[tuple[str, str]], *, title: tuple[int, int] = (15, 60), bullet_indent: str = "   ") -> bytes:
    """items: (style, text) with style body, bold, heading or title; "gap" adds space. Long lines wrap, a
    bullet's continuation lines by ``bullet_indent``; ``title`` is the title's point size and wrap width."""
    objects: list[bytes] = []

    def add(obj: bytes) -> int:
        objects.append(obj)
        return len(objects)

    add(b"<< /Type /Catalog /Pages 2 0 R >>")
    add(b"")  # the pages tree, filled in once the pages exist
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for page in _page_lines(items, title, bullet_indent):
        stream = "\n".join(page).encode("latin-1")
        content = add(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
        page_object = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            f"/Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> >> /Contents {content} 0 R >>"
        )
        kids.append(add(page_object.encode()))
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    return pdf_file(objects)


def pdf_file(objects: list[bytes]) -> bytes:
    """A PDF file of these objects, numbered from 1 in order (the catalog first), with its cross-reference
    table and trailer."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
