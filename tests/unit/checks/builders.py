"""Builders for the test documents: adverts in three formats, Word files with features, hostile files."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement

PASTED_ADVERT = """Healthcare Assistant
Band 3
Employer: Northwick Park Hospital, London North West University Healthcare NHS Trust
Closing date: 14 March 2026

Job summary
We are looking for a caring Healthcare Assistant to join our busy ward team.
You must have the right to work in the UK.

Main duties of the job
You must be able to help patients wash and dress.
You will take observations and record them on the ward computer.

Person specification
Qualifications
Essential
* GCSE English and maths at grade 4 or above, or equivalent
* Care Certificate, or willing to complete it
Desirable
* NVQ Level 3 in Health and Social Care
Experience
Essential
* Experience of caring for people, paid or unpaid
* Good communication skills with patients and families
Desirable
* Experience of working in a hospital
Skills
Essential
* Ability to work as part of a team
* Basic computer skills

Experience of using electronic patient records would be an advantage.
No qualifications are needed for our bank roles.
Benefits
Free parking and a pension. We offer reasonable adjustments at interview.
"""
PASTED_EXPECTED = {
    "essential": [
        "GCSE English and maths at grade 4 or above, or equivalent",
        "Care Certificate, or willing to complete it",
        "Experience of caring for people, paid or unpaid",
        "Good communication skills with patients and families",
        "Ability to work as part of a team",
        "Basic computer skills",
    ],
    "desirable": [
        "NVQ Level 3 in Health and Social Care",
        "Experience of working in a hospital",
        "Experience of using electronic patient records would be an advantage.",
    ],
}

TRAC_ADVERT = """Job Title: Medical Receptionist
Band: Band 2
Organisation: Ealing Hospital
Closing date: 02/04/2026

About the role
Our outpatient reception team greets hundreds of patients each day.

Key responsibilities
You must make sure every patient is booked in.
Answer the phone and take messages.

What we are looking for
It is essential that you have worked with the public before.
You must have good spoken and written English.
You must be registered with the NMC.
Knowledge of the NHS e-Referral Service would be beneficial.
Applicants must have the right to work in the United Kingdom.

How to apply
Apply online through Trac.
"""
TRAC_EXPECTED = {
    "essential": [
        "It is essential that you have worked with the public before.",
        "You must have good spoken and written English.",
        "You must be registered with the NMC.",
    ],
    "desirable": ["Knowledge of the NHS e-Referral Service would be beneficial."],
}

DOCX_EXPECTED = {
    "essential": [
        "NVQ Level 2 in Business Administration or equivalent experience",
        "Experience of answering a busy telephone line",
        "Able to use email and a word processor",
        "Able to keep information confidential",
    ],
    "desirable": [
        "Experience of working in a GP practice",
        "Knowledge of SystmOne or EMIS",
    ],
}
TICK_EXPECTED = {
    "essential": ["Experience of cleaning in a hospital or hotel", "Able to follow written instructions"],
    "desirable": ["Food hygiene certificate"],
}
PDF_LINES = [
    "Porter",
    "Band 2",
    "Employer: Hillingdon Hospital",
    "Closing date: 30 April 2026",
    "Job description",
    "You will move patients and equipment around the hospital.",
    "Person specification",
    "Essential criteria",
    "- Experience of working in a physical job",
    "- Able to follow instructions from colleagues",
    "- Good customer care skills",
    "Desirable criteria",
    "- Experience of working in a hospital",
    "A manual handling certificate would be desirable.",
    "Benefits",
    "NHS pension and staff discounts.",
]
PDF_EXPECTED = {
    "essential": [
        "Experience of working in a physical job",
        "Able to follow instructions from colleagues",
        "Good customer care skills",
    ],
    "desirable": ["Experience of working in a hospital", "A manual handling certificate would be desirable."],
}


def status_of(report, criterion) -> str:  # noqa: ANN001
    """The coverage status ("covered", "missing", ...) a report gives one criterion."""
    return next(row.status for row in report.criteria if row.text == criterion.text)


def header_table(document: docx.document.Document, header: list[str]):  # noqa: ANN201
    """A Word table whose first row is `header`."""
    table = document.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    return table


def add_rows(table, rows) -> None:  # noqa: ANN001
    """Append one row to a Word table for each tuple of cell texts; a tuple of one text is a category row
    merged across the whole table, as person specifications print "Qualifications" above its criteria."""
    for values in rows:
        cells = table.add_row().cells
        if len(values) == 1:
            cells[0].merge(cells[-1]).text = values[0]
            continue
        for cell, text in zip(cells, values, strict=True):
            cell.text = text


def add_rows_merging_categories_down(table, rows) -> None:  # noqa: ANN001
    """Like `add_rows`, but each tuple starts with its category, and one category's first-column cells are
    merged down into one (rows marked E or D under a category written once)."""
    first_of: dict[str, object] = {}
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells[1:], values[1:], strict=True):
            cell.text = text
        category = values[0]
        if category in first_of:
            first_of[category] = first_of[category].merge(cells[0])
        else:
            cells[0].text = category
            first_of[category] = cells[0]


def details_table(document: docx.document.Document, details: list[tuple[str, str]]) -> None:
    """A two-column table of an advert's details ("Job title", "Band"...), a label and its value per row."""
    add_rows(document.add_table(rows=0, cols=2), details)


def write_docx(document: docx.document.Document, path: Path) -> None:
    path.write_bytes(docx_bytes(document))


def docx_bytes(document: docx.document.Document) -> bytes:
    """Save a python-docx document to bytes."""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def blank_docx() -> docx.document.Document:
    """A new Word document with no author in its properties."""
    document = docx.Document()
    document.core_properties.author = ""
    document.core_properties.last_modified_by = ""
    return document


def person_spec_docx() -> bytes:
    """An administrator advert with a person specification table (separate Essential and Desirable columns)."""
    document = blank_docx()
    document.add_heading("Administrator", level=1)
    document.add_paragraph("Band 3")
    document.add_paragraph("Employer: Brent Medical Centre")
    document.add_paragraph("Closing date: 20 May 2026")
    document.add_heading("Main duties", level=2)
    document.add_paragraph("You must book appointments and answer patient queries.", style="List Bullet")
    document.add_heading("Person specification", level=2)
    table = header_table(document, ["", "Essential", "Desirable"])
    add_rows(
        table,
        [
            ("Qualifications", DOCX_EXPECTED["essential"][0], ""),
            ("Experience", DOCX_EXPECTED["essential"][1], DOCX_EXPECTED["desirable"][0]),
            ("Skills", "\n".join(DOCX_EXPECTED["essential"][2:]), DOCX_EXPECTED["desirable"][1]),
            ("Other", "You must have the right to work in the UK", ""),
        ],
    )
    document.add_heading("A second table with ticks", level=2)
    add_rows(
        header_table(document, ["Criteria", "Essential", "Desirable"]),
        [
            (TICK_EXPECTED["essential"][0], "✓", ""),
            (TICK_EXPECTED["desirable"][0], "", "✓"),
            (TICK_EXPECTED["essential"][1], "✓", ""),
        ],
    )
    document.add_paragraph("We offer reasonable adjustments. We are a Disability Confident employer.")
    return docx_bytes(document)


def _escape_pdf(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(lines: list[str]) -> bytes:
    """A minimal valid one-page PDF with each line written in Helvetica."""
    stream_lines = ["BT", "/F1 11 Tf", "14 TL", "50 800 Td"]
    for line in lines:
        stream_lines.append(f"({_escape_pdf(line)}) Tj T*")
    stream_lines.append("ET")
    return _one_page_pdf("\n".join(stream_lines).encode("latin-1"))


_DINGBATS = {"✔": "4", "✘": "8"}


def pdf_bytes_at(items: list[tuple[int, int, str]]) -> bytes:
    """A one-page PDF with each text written where a designer put it: (x, y, text), y up from the bottom, a
    poster's columns drawn line by line across the page."""
    stream = "\n".join(
        # a tick or a cross is drawn as a PDF form's check box draws it: the ZapfDingbats font's "4" or "8"
        f"BT /F2 11 Tf {x} {y} Td ({_DINGBATS[text]}) Tj ET"
        if text in _DINGBATS
        else f"BT /F1 11 Tf {x} {y} Td ({_escape_pdf(text)}) Tj ET"
        for x, y, text in items
    )
    return _one_page_pdf(stream.encode("latin-1"))


def _one_page_pdf(stream: bytes) -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 6 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def tiny_png() -> bytes:
    """A valid 1 by 1 pixel PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff"))
        + chunk(b"IEND", b"")
    )


def tracked_change(paragraph, text: str) -> None:  # noqa: ANN001
    """Add an insertion tracked by Word's track changes to a paragraph."""
    insertion = OxmlElement("w:ins")
    insertion.set(qn("w:id"), "1")
    insertion.set(qn("w:author"), "Reviewer")
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    run.append(text_element)
    insertion.append(run)
    paragraph._p.append(insertion)


def _replace_member(data: bytes, name: str, content: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, content if item.filename == name else source.read(item.filename))
        for extra_name, extra_content in (extra or {}).items():
            target.writestr(extra_name, extra_content)
    return out.getvalue()


def hostile_files(directory: Path) -> dict[str, Path]:
    """Write one file of each hostile kind into ``directory`` and return their paths by name."""
    plain = blank_docx()
    plain.add_paragraph("I worked on a ward.")
    good = docx_bytes(plain)
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", b"<w>" + b"0" * 40_000_000 + b"</w>")
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'.encode()
            for i in range(1, 10)
        )
        + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
        b"<w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    external = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
        b"<w:t>&e;</w:t></w:r></w:p></w:body></w:document>"
    )
    content_types = zipfile.ZipFile(io.BytesIO(good)).read("[Content_Types].xml")
    macro_types = content_types.replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    files = {
        "zip_bomb.docx": bomb.getvalue(),
        "billion_laughs.docx": _replace_member(good, "word/document.xml", laughs),
        "external_entity.docx": _replace_member(good, "word/document.xml", external),
        "macros.docm": _replace_member(good, "[Content_Types].xml", macro_types, {"word/vbaProject.bin": b"\x00" * 64}),
        "encrypted.docx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4096,
        "truncated.docx": good[: len(good) // 2],
        "truncated.pdf": pdf_bytes(["Hello"])[:60],
        "program.docx": b"MZ\x90\x00\x03" + b"\x00" * 200,
        "empty.txt": b"",
        "image.pdf.txt": tiny_png(),
    }
    paths = {}
    for name, content in files.items():
        path = directory / name
        path.write_bytes(content)
        paths[name] = path
    huge = directory / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(6 * 1024 * 1024)
    paths["huge.txt"] = huge
    return paths
