"""The two entry points: check pasted text, or check a file."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence

from rapidfuzz import fuzz

from .errors import DocumentError
from .extraction import extract_criteria
from .i18n import _
from .inclusive import advert_findings
from .language import (
    detect_language,
    example_findings,
    jargon_findings,
    length_findings,
    readability_findings,
    reading_age,
    repeated_word_findings,
    values_findings,
)
from .matching import Answer, answers_coverage, criteria_coverage
from .models import (
    KINDS,
    MAX_CHECK_CHARS,
    MAX_CRITERIA,
    Criterion,
    Document,
    DocxFacts,
    Finding,
    Limits,
    Report,
    Stats,
    Vacancy,
)
from .personal import personal_findings
from .reading import DEFAULT_LIMITS, ReadLimits, read_document, text_document
from .text import Sentence, graphemes, normalise, sentences, words

CriteriaInput = Vacancy | Sequence[Criterion | str] | None
_ORDER = {"error": 0, "warning": 1, "info": 2}


def check_text(
    text: str,
    kind: str,
    criteria: CriteriaInput = None,
    limits: Limits | None = None,
    language: str = "en",
    name: str | None = None,
) -> Report:
    """Check pasted text as a supporting statement, a CV or a job advert and return a ``Report``.

    ``criteria`` is a ``Vacancy`` or a list of ``Criterion`` (plain strings count as essential);
    for an advert the criteria are read from the advert itself. ``name`` is the applicant's own name,
    so the check can warn when it appears in a statement.
    """
    return check_document(text_document(text or ""), kind, criteria, limits, language, name)


def check_file(
    path: str | os.PathLike[str] | bytes,
    kind: str,
    criteria: CriteriaInput = None,
    limits: Limits | None = None,
    language: str = "en",
    name: str | None = None,
    read_limits: ReadLimits = DEFAULT_LIMITS,
) -> Report:
    """Read a file safely (see ``read_document``) and check it like ``check_text``.

    Raises ``DocumentError`` for a file that is unreadable, unsafe or unsupported.
    """
    return check_document(read_document(path, read_limits), kind, criteria, limits, language, name)


def check_answers(
    answers: Sequence[tuple[Criterion, str]],
    limits: Limits | None = None,
    language: str = "en",
    name: str | None = None,
) -> Report:
    """Check a statement written in the wizard, one answer per criterion, and return a ``Report``.

    The statement is the answers under their criteria as headings (unanswered criteria left out), as the
    wizard assembles it. Coverage comes from that structure: each answer is its criterion's evidence
    candidate, and a heading is never evidence nor a "copied criterion". ``language`` is the guess for an
    answer too short to tell its language.
    """
    pieces: list[str] = []
    placed: list[tuple[Criterion, int, int]] = []
    cursor = 0
    cut = False
    for criterion, whole in list(answers)[:MAX_CRITERIA]:
        answer = whole[: max(MAX_CHECK_CHARS - cursor - len(criterion.text) - 3, 0)]
        cut = cut or len(answer) < len(whole)
        if not answer:
            placed.append((criterion, cursor, cursor))
            continue
        if pieces:
            pieces.append("\n\n")
            cursor += 2
        pieces.append(f"{criterion.text}\n{answer}")
        start = cursor + len(criterion.text) + 1
        cursor = start + len(answer)
        placed.append((criterion, start, cursor))
    text = "".join(pieces)
    document = text_document(text)
    items = sentences(text)
    structure = [
        Answer(criterion, _within(items, start, end), detect_language(text[start:end], fallback=language))
        for criterion, start, end in placed
    ]
    sections = [(max(start - len(criterion.text) - 1, 0), end) for criterion, start, end in placed if end > start]
    found = _check(document, "statement", [c for c, _, _ in placed], limits, language, name, (structure, sections))
    return _with_cut_finding(found) if cut else found


def _outside_headings(findings: list[Finding], text: str, structure: Structure | None) -> list[Finding]:
    """The findings not on a criterion heading the wizard put in: "15 Marylebone Road" in the job's own words is
    no detail of the resident's. A section's heading is its first line."""
    if not structure:
        return findings
    headings = [(start, start + len(text[start:end].split("\n", 1)[0])) for start, end in structure[1]]
    return [
        finding
        for finding in findings
        if not (finding.span and any(start <= finding.span[0] and finding.span[1] <= end for start, end in headings))
    ]


def _within(items: list[Sentence], start: int, end: int) -> list[Sentence]:
    return [item for item in items if start <= item.start and item.end <= end]


def _as_criteria(criteria: CriteriaInput) -> list[Criterion]:
    """At most ``MAX_CRITERIA`` criteria: each one costs a pass over the text."""
    if criteria is None:
        return []
    if isinstance(criteria, Vacancy):
        return criteria.criteria
    return [
        item if isinstance(item, Criterion) else Criterion(str(item), "essential")
        for item in list(criteria)[:MAX_CRITERIA]
    ]


def check_document(
    document: Document,
    kind: str,
    criteria: CriteriaInput = None,
    limits: Limits | None = None,
    language: str = "en",
    name: str | None = None,
) -> Report:
    """Check a ``Document`` already read with ``read_document`` (for callers that look at its text first)."""
    return _check(document, kind, _as_criteria(criteria) if kind != "advert" else criteria, limits, language, name)


Structure = tuple[list[Answer], list[tuple[int, int]]]


def _check(
    document: Document,
    kind: str,
    criteria: CriteriaInput,
    limits: Limits | None,
    language: str,
    name: str | None,
    structure: Structure | None = None,
) -> Report:
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}")
    if len(document.text) > MAX_CHECK_CHARS:
        return _with_cut_finding(_check(_first_part(document), kind, criteria, limits, language, name, structure))
    limits = limits or Limits(min_words=80 if kind == "cv" else 40)
    text = document.text
    items = sentences(text)
    word_count = len(words(text))
    age = reading_age(items, language)
    stats = Stats(words=word_count, characters=graphemes(text), sentences=len(items), reading_age=age)
    findings: list[Finding] = []
    rows = []
    if kind == "advert":
        vacancy = criteria if isinstance(criteria, Vacancy) else extract_criteria(document)
        findings += advert_findings(text, items, vacancy)
    else:
        wanted = _as_criteria(criteria)
        sections = structure[1] if structure else _sections(text, wanted)
        findings += length_findings(text, word_count, sections or [(0, len(text))], limits, kind)
        findings += _outside_headings(personal_findings(text, kind, name), text, structure)
        if structure:
            rows, criteria_findings = answers_coverage(structure[0])
            findings += criteria_findings
        elif wanted:
            rows, criteria_findings = criteria_coverage(wanted, items, language, text)
            findings += criteria_findings
        if kind == "statement" and word_count:
            findings += example_findings(items)
        if word_count:
            findings += values_findings(text)
        findings += repeated_word_findings(text)
        if document.docx is not None:
            findings += _docx_findings(document, kind, word_count)
    findings += readability_findings(items, age, language, limits, word_count)
    findings += jargon_findings(text)
    findings.sort(key=lambda f: (_ORDER[f.severity], f.span[0] if f.span else -1, f.code))
    return Report(kind=kind, language=language, text=text, stats=stats, findings=findings, criteria=rows)


def _first_part(document: Document) -> Document:
    """The document up to ``MAX_CHECK_CHARS`` characters, with the blocks that start within it."""
    text = document.text[:MAX_CHECK_CHARS]
    blocks, used = [], 0
    for block in document.blocks:
        used += len(block.text) + 1
        if used > MAX_CHECK_CHARS:
            break
        blocks.append(block)
    return dataclasses.replace(document, text=text, blocks=blocks)


def _with_cut_finding(report: Report) -> Report:
    report.findings.insert(
        0,
        Finding(
            "length.not_all_checked",
            "warning",
            _("This text is too long to check in full. We checked the first %(limit)s characters."),
            None,
            _("Check one document at a time, or make it shorter."),
            {"limit": MAX_CHECK_CHARS},
        ),
    )
    return report


def _sections(text: str, criteria: list[Criterion]) -> list[tuple[int, int]]:
    """Split a statement at lines that repeat a criterion (used as headings): one box per criterion."""
    if not criteria:
        return [(0, len(text))]
    keys = [normalise(c.text) for c in criteria]
    starts = [0]
    offset = 0
    for line in text.split("\n"):
        key = normalise(line)
        if key and len(key) < 300 and any(fuzz.ratio(key, k) >= 90 for k in keys) and offset:
            starts.append(offset)
        offset += len(line) + 1
    ends = starts[1:] + [len(text)]
    return list(zip(starts, ends, strict=True))


def _docx_findings(document: Document, kind: str, word_count: int) -> list[Finding]:
    facts = document.docx
    assert facts is not None  # noqa: S101 - only called for Word files
    return [
        *_docx_hidden_content_findings(facts, document.text),
        *_docx_author_findings(facts, kind),
        *_docx_layout_findings(facts, document.text, word_count),
    ]


def _docx_hidden_content_findings(facts: DocxFacts, text: str) -> list[Finding]:
    """What the writer may not know the reader will see: tracked changes, comments, hidden text."""
    findings: list[Finding] = []
    if facts.tracked_changes:
        findings.append(
            Finding(
                "docx.tracked_changes",
                "warning",
                _("This file still has %(count)s tracked changes. The reader may see your edits."),
                None,
                _("In Word, accept or reject all changes, then save again."),
                {"count": facts.tracked_changes},
            )
        )
    if facts.comments:
        findings.append(
            Finding(
                "docx.comments",
                "warning",
                _("This file has %(count)s comments in it. The reader may see them."),
                None,
                _("In Word, delete all comments, then save again."),
                {"count": facts.comments},
            )
        )
    for hidden in facts.hidden_text[:5]:
        start = text.find(hidden)
        findings.append(
            Finding(
                "docx.hidden_text",
                "warning",
                _("This file has hidden text. It can show up when the file is opened or printed."),
                (start, start + len(hidden)) if start >= 0 else None,
                _("Delete the hidden text or make it visible."),
            )
        )
    return findings


def _docx_author_findings(facts: DocxFacts, kind: str) -> list[Finding]:
    """Names in the file's details, which an anonymous shortlisting panel would see."""
    findings: list[Finding] = []
    for author in facts.authors:
        findings.append(
            Finding(
                "docx.author_metadata",
                "warning" if kind == "statement" else "info",
                _("The file's details hold a name: %(name)s. The reader can see it."),
                None,
                _("In Word, go to File, Info, Check for Issues, Inspect Document, and remove personal information."),
                {"name": author},
            )
        )
    return findings


def _docx_layout_findings(facts: DocxFacts, text: str, word_count: int) -> list[Finding]:
    """What makes the file hard to read: no headings, small text, pictures without alt text."""
    findings: list[Finding] = []
    if facts.headings == 0 and word_count >= 150:
        findings.append(
            Finding(
                "docx.no_headings",
                "info",
                _("This file has no headings. Headings make it easier to read."),
                None,
                _("Use Word's Heading style for each criterion or section."),
            )
        )
    if facts.small_font_text:
        start = text.find(facts.small_font_text[0])
        findings.append(
            Finding(
                "docx.small_font",
                "warning",
                _("Some text is in size %(size)s. That is hard to read. Use 11 or bigger."),
                (start, start + len(facts.small_font_text[0])) if start >= 0 else None,
                _("Make all the text size 11 or bigger."),
                {"size": f"{facts.smallest_font_pt:g}"},
            )
        )
    if facts.images_without_alt:
        findings.append(
            Finding(
                "docx.image_no_alt",
                "warning",
                _("%(count)s pictures have no alt text. People who use screen readers will miss them."),
                None,
                _("In Word, right-click each picture and add alt text."),
                {"count": facts.images_without_alt},
            )
        )
    return findings


__all__ = ["DocumentError", "check_file", "check_text"]
