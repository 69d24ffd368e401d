"""Engine results in the reader's language: the one translation of an engine message or a DocumentError,
and the one presenter of a checks Report, used by the checks step and the uploaded-document page alike.

A report is kept (and stored for uploaded files) in one JSON-ready shape, `report_data`, holding the
engine's untranslated templates and their values, so a page shows them in whatever language it is read.
"""

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.utils.formats import number_format
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, get_language_info, gettext
from django.utils.translation import gettext_lazy as _

from . import checks, services
from .checks.matching import nearest_passage
from .models import Application

SEVERITIES = ("error", "warning", "info")
SEVERITY_HEADINGS = {"error": _("Fix these"), "warning": _("Think about these"), "info": _("Good to know")}
# Engine values that are someone's words (a criterion), not numbers: marked with their own language.
TEXT_PARAMS = ("criterion",)


def _reader_value(value: Any) -> Any:
    """Numbers grouped as the reader's language writes them (5,000 / ٥٬٠٠٠); anything else as it is."""
    if isinstance(value, int) and not isinstance(value, bool):
        return number_format(value, force_grouping=True)
    return value


def reader_message(template: str, params: Mapping[str, Any] | None = None) -> str:
    """An engine message, suggestion or DocumentError reason in the reader's language, values filled in.

    A translation whose placeholders do not fit falls back to the English sentence, never an error."""
    if not template:
        return ""
    values = {name: _reader_value(value) for name, value in (params or {}).items()}
    for candidate in (gettext(template), template):
        try:
            return candidate % values if values else candidate
        except (KeyError, TypeError, ValueError):
            continue
    return template


def language_attrs(text_language: str | None) -> SafeString:
    """` lang="en" dir="ltr"` for words in another language than the page's; empty when they match."""
    page_language = (get_language() or "en").split("-")[0]
    if not text_language or text_language.split("-")[0] == page_language:
        return mark_safe("")  # noqa: S308 - a constant
    try:
        rtl = get_language_info(text_language)["bidi"]
    except KeyError:
        rtl = False
    return format_html(' lang="{}" dir="{}"', text_language, "rtl" if rtl else "ltr")


def reader_message_html(template: str, params: Mapping[str, Any] | None, text_language: str | None) -> SafeString:
    """`reader_message` as HTML, with a criterion's own words marked with their language for screen
    readers and right-to-left pages (English criteria inside an Arabic sentence)."""
    params = dict(params or {})
    tokens = {name: f"\x00{index}\x00" for index, name in enumerate(TEXT_PARAMS) if isinstance(params.get(name), str)}
    html = str(conditional_escape(reader_message(template, {**params, **tokens})))
    attrs = language_attrs(text_language)
    for name, token in tokens.items():
        value = format_html("<span{}>{}</span>", attrs, params[name]) if attrs else conditional_escape(params[name])
        html = html.replace(token, value)
    return mark_safe(html)  # noqa: S308 - the sentence and every value in it are escaped above


def _json_ready(value: Any) -> Any:
    # PostgreSQL's jsonb cannot hold NUL characters, which a damaged file can contain.
    return json.loads(json.dumps(value, default=str).replace("\\u0000", ""))


def report_data(report: checks.Report, *, with_coverage: bool = True) -> dict[str, Any]:
    """The report as stored and presented: untranslated templates with their values."""
    text = report.text
    findings = [
        {
            "code": finding.code,
            "severity": finding.severity,
            "message": finding.message,
            "params": finding.params,
            "suggestion": finding.suggestion or "",
            "span": list(finding.span) if finding.span else None,
            # The words the finding is about, so the resident can find them in their own file.
            "excerpt": text[finding.span[0] : finding.span[1]][:300] if finding.span else "",
        }
        for finding in report.findings
    ]
    data: dict[str, Any] = {
        "kind": report.kind,
        "language": report.language,
        "stats": report.stats.to_dict(),
        "findings": findings,
    }
    if with_coverage:
        data["coverage"] = [row.to_dict() for row in report.criteria]
    return _json_ready(data)


def report_data_error(error: checks.DocumentError) -> dict[str, Any] | None:
    """What is stored beside an untranslated DocumentError reason: the values for its placeholders."""
    return _json_ready({"error_params": error.params}) if error.params else None


@dataclass
class FindingView:
    code: str
    message: SafeString
    suggestion: str
    excerpt: str = ""
    paragraph: int | None = None


@dataclass
class FindingGroup:
    severity: str
    heading: str
    findings: list[FindingView]


@dataclass
class CoverageRow:
    text: str
    level: str
    covered: bool
    evidence: list[str]
    lang_attrs: SafeString
    # covered, missing, or not_judged (a language the check cannot read: "We can only check this in English").
    status: str = "missing"
    # Where the resident can say which part of their statement shows this criterion (an edited statement).
    passage_url: str = ""
    passage_chosen: bool = False
    anchor: str = ""


@dataclass
class ReportView:
    """What the findings list and coverage table templates draw."""

    stats: dict[str, Any]
    language: str
    groups: list[FindingGroup] = field(default_factory=list)
    coverage: list[CoverageRow] = field(default_factory=list)
    text_lang_attrs: SafeString = field(default_factory=lambda: mark_safe(""))  # noqa: S308 - empty


def paragraph_starts(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of `text`, numbered from 1 in the order given."""
    found, cursor = [], 0
    for block in text.split("\n"):
        if block.strip():
            found.append((cursor, cursor + len(block)))
        cursor += len(block) + 1
    return found


def passage_choices(text: str, headings: set[str]) -> list[str]:
    """The paragraphs of a statement a resident can point to as a criterion's evidence: every one but a
    criterion's heading."""
    return [line for start, end in paragraph_starts(text) if (line := text[start:end].strip()) not in headings]


def suggested_choice(criterion: str, choices: list[str], language: str) -> int | None:
    """The choice (1, 2, ...) holding the story the check puts nearest the criterion, offered as a hint."""
    index = nearest_passage(criterion, choices, language)
    return None if index is None else index + 1


def _paragraph_of(span: Sequence[int] | None, paragraphs: list[tuple[int, int]]) -> int | None:
    if not span or not paragraphs:
        return None
    return next((number for number, (start, end) in enumerate(paragraphs, 1) if start <= span[0] <= end), None)


def _coverage_row(row: Mapping[str, Any], lang_attrs: SafeString) -> CoverageRow:
    # Reports stored before coverage had a status hold only `covered`.
    status = row.get("status") or ("covered" if row["covered"] else "missing")
    return CoverageRow(row["text"], row["level"], row["covered"], list(row.get("evidence", [])), lang_attrs, status)


def report_present(
    data: Mapping[str, Any], *, criteria_language: str | None, paragraphs: list[tuple[int, int]] | None = None
) -> ReportView:
    """A stored report (`report_data`) ready for the findings and coverage templates, in the reader's
    language. `criteria_language` is the language the criteria are written in (the advert's)."""
    grouped: dict[str, list[FindingView]] = {severity: [] for severity in SEVERITIES}
    for finding in data.get("findings", []):
        params = finding.get("params") or {}
        excerpt = finding.get("excerpt", "")
        paragraph = _paragraph_of(finding.get("span"), paragraphs or [])
        grouped.setdefault(finding.get("severity", "info"), []).append(
            FindingView(
                code=finding.get("code", ""),
                message=reader_message_html(finding.get("message", ""), params, criteria_language),
                suggestion=reader_message(finding.get("suggestion", ""), params),
                excerpt="" if paragraph else excerpt,
                paragraph=paragraph,
            )
        )
    criteria_attrs = language_attrs(criteria_language)
    return ReportView(
        stats=data.get("stats") or {},
        language=data.get("language", ""),
        groups=[
            FindingGroup(severity, str(SEVERITY_HEADINGS.get(severity, severity)), items)
            for severity, items in grouped.items()
            if items
        ],
        coverage=[_coverage_row(row, criteria_attrs) for row in data.get("coverage") or []],
        text_lang_attrs=language_attrs(data.get("language")),
    )


def statement_changes_context(*, application: Application) -> dict[str, Any]:
    """What the "answers not in your statement yet" notice needs (statement, checks and download steps)."""
    language = services.criteria_language(application=application, fallback=get_language() or "en")
    return {
        "changes": services.statement_changes(application=application),
        "criteria_lang_attrs": language_attrs(language),
    }
