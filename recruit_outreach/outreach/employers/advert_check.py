"""The employers' advert check: run the checks engine's advert kind and present what it found.

Findings are kept as the engine's untranslated templates with their values (the coach's ``report_data``
shape), so a page shows them in the reader's language whenever it is read, through the coach's one message
translator. Nothing here is stored unless the view saves it.
"""

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from applications import checks
from applications.presenters import SEVERITIES, paragraph_starts, reader_message, report_data

MAX_UPLOAD_BYTES = 5 * 1024 * 1024


def advert_read(*, text: str, upload: UploadedFile | None) -> str:
    """The advert's text from the pasted box or the uploaded Word, PDF or text file (untrusted)."""
    if upload is None:
        return text
    if upload.size is not None and upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(_("This file is too big. The largest file you can upload is 5 MB."), code="too_big")
    try:
        return checks.read_document(upload.read()).text
    except checks.DocumentError as error:
        raise ValidationError(reader_message(error.reason, error.params), code="unreadable") from error


def advert_check(*, text: str) -> dict[str, Any]:
    """Check the advert and return JSON-ready data: statistics and findings as untranslated templates."""
    return report_data(checks.check_text(text, "advert"), with_coverage=False)


@dataclass
class Paragraph:
    number: int
    start: int
    end: int
    pieces: list[tuple[str, int | None]] = field(default_factory=list)  # (text, finding number or None)


def _paragraphs(text: str) -> list[Paragraph]:
    return [Paragraph(number, start, end) for number, (start, end) in enumerate(paragraph_starts(text), start=1)]


def _mark(text: str, paragraph: Paragraph, marks: list[tuple[int, int, int]]) -> None:
    """Split the paragraph into plain pieces and pieces a finding points at (escaped later by the template)."""
    cursor = paragraph.start
    for start, end, number in sorted(marks):
        start, end = max(start, cursor), min(end, paragraph.end)
        if start >= end:
            continue
        paragraph.pieces += [(text[cursor:start], None), (text[start:end], number)]
        cursor = end
    paragraph.pieces.append((text[cursor : paragraph.end], None))


def advert_present(*, text: str, data: dict[str, Any]) -> dict[str, Any]:
    """Everything the result page shows: the advert with numbered marks, findings by severity, each linked
    to its paragraph, and a summary of what to change first."""
    paragraphs = _paragraphs(text)
    findings, marks = [], {p.number: [] for p in paragraphs}
    for number, item in enumerate(data.get("findings", []), start=1):
        span = item.get("span")
        where = next((p for p in paragraphs if span and p.start <= span[0] <= p.end), None)
        params = item.get("params") or {}
        findings.append(
            {
                "number": number,
                "code": item["code"],
                "severity": item["severity"],
                "message": reader_message(item["message"], params),
                "suggestion": reader_message(item.get("suggestion", ""), params),
                "excerpt": text[span[0] : span[1]] if span else "",
                "paragraph": where.number if where else None,
            }
        )
        if where:
            marks[where.number].append((span[0], span[1], number))
    for paragraph in paragraphs:
        _mark(text, paragraph, marks[paragraph.number])
    counts = Counter(f["severity"] for f in findings)
    groups = [(s, [f for f in findings if f["severity"] == s]) for s in SEVERITIES if counts[s]]
    return {"paragraphs": paragraphs, "groups": groups, "counts": counts, "actions": _actions(findings)}


def _actions(findings: list[dict]) -> list[dict]:
    """One line per kind of finding, most serious and most frequent first: the HR team's to-do list."""
    by_code: dict[str, dict] = {}
    for finding in findings:
        entry = by_code.setdefault(
            finding["code"], {"severity": finding["severity"], "suggestion": finding["suggestion"], "count": 0}
        )
        entry["count"] += 1
    ordered = sorted(by_code.values(), key=lambda e: (SEVERITIES.index(e["severity"]), -e["count"]))
    return [entry for entry in ordered if entry["suggestion"]]


def advert_title(text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first[:200]
