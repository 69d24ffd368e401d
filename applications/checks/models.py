"""Plain data the engine passes around: documents, vacancies, findings and reports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
Kind = Literal["statement", "cv", "advert"]
Level = Literal["essential", "desirable"]
# "not_judged": the text is in a language the coverage check cannot read (it says so, never "not yet").
CoverageStatus = Literal["covered", "missing", "not_judged"]
KINDS: tuple[str, ...] = ("statement", "cv", "advert")
NOT_STATED = "not stated"


def _identity(message: str) -> str:
    return message


@dataclass(frozen=True)
class Block:
    """One piece of a document in reading order: a heading, a paragraph, a list item or a table."""

    kind: Literal["heading", "paragraph", "list_item", "table"]
    text: str
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass
class DocxFacts:
    """Things found inside a Word file that its text alone does not show."""

    tracked_changes: int = 0
    comments: int = 0
    hidden_text: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    headings: int = 0
    small_font_text: list[str] = field(default_factory=list)
    smallest_font_pt: float | None = None
    images_without_alt: int = 0


@dataclass
class Document:
    """A document read from a file or from pasted text."""

    text: str
    blocks: list[Block]
    source: Literal["text", "docx", "pdf"] = "text"
    docx: DocxFacts | None = None


@dataclass(frozen=True)
class Criterion:
    """One essential or desirable criterion, kept as the employer wrote it.

    ``passage`` is the part of a free-text statement the resident says shows this criterion (a paragraph
    they pointed to on the checks page), or empty. When the text still holds it, coverage judges that
    passage as the criterion's answer, the way a wizard answer is judged.
    """

    text: str
    level: Level = "essential"
    passage: str = ""


# The most criteria one application keeps, on every path that creates them (an advert, a job description,
# the job page's form) and the most the checks look at: real person specifications have 10 to 30.
MAX_CRITERIA = 40
# The most text one check reads (about 5,000 words: a long CV or statement). The engine's time grows with the
# text, so this bounds a check to about a second; anything past it is left out and the report says so.
MAX_CHECK_CHARS = 30_000


@dataclass
class Vacancy:
    """What ``extract_criteria`` finds in an advert or job description."""

    job_title: str = NOT_STATED
    band: str = NOT_STATED
    employer: str = NOT_STATED
    closing_date: str = NOT_STATED
    essential: list[str] = field(default_factory=list)
    desirable: list[str] = field(default_factory=list)
    # Requirements whose level the advert does not show in a form we can read: "check the advert".
    unclear: list[str] = field(default_factory=list)

    @property
    def criteria(self) -> list[Criterion]:
        """The first ``MAX_CRITERIA`` criteria, essential first; those whose level is unclear count as essential
        until checked. ``criteria_found`` says how many the advert had."""
        kept = (
            [Criterion(text, "essential") for text in self.essential[:MAX_CRITERIA]]
            + [Criterion(text, "desirable") for text in self.desirable[:MAX_CRITERIA]]
            + [Criterion(text, "essential") for text in self.unclear[:MAX_CRITERIA]]
        )
        return kept[:MAX_CRITERIA]

    @property
    def criteria_found(self) -> int:
        return len(self.essential) + len(self.desirable) + len(self.unclear)

    def to_dict(self) -> dict[str, Any]:
        """The vacancy as JSON-ready data."""
        return {
            "job_title": self.job_title,
            "band": self.band,
            "employer": self.employer,
            "closing_date": self.closing_date,
            "essential": list(self.essential),
            "desirable": list(self.desirable),
            "unclear": list(self.unclear),
        }


@dataclass(frozen=True)
class Limits:
    """Limits and targets for one check.

    ``box_chars`` is the per-criterion box limit (NHS Jobs allows 5,000 characters a box); it applies
    to each criterion section of a statement. ``max_chars`` and ``max_words`` are overall limits an
    advert may set. ``reading_age`` is the target UK reading age.
    """

    max_chars: int | None = None
    max_words: int | None = None
    box_chars: int | None = 5000
    min_words: int = 40
    reading_age: int = 12
    near_fraction: float = 0.9


@dataclass(frozen=True)
class Finding:
    """One thing the checks found.

    ``message`` and ``suggestion`` are translatable templates with named placeholders filled from
    ``params``; use ``text`` / ``suggestion_text`` (or ``render``) for the finished sentence.
    """

    code: str
    severity: Severity
    message: str
    span: tuple[int, int] | None = None
    suggestion: str | None = None
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The English message with its values filled in."""
        return fill(self.message, self.params)

    @property
    def suggestion_text(self) -> str | None:
        """The English suggestion with its values filled in, if there is one."""
        return fill(self.suggestion, self.params) if self.suggestion else None

    def render(self, translate: Callable[[str], str] = _identity) -> dict[str, Any]:
        """The finding as JSON-ready data, translating each template with ``translate`` first."""
        return {
            "code": self.code,
            "severity": self.severity,
            "message": fill(translate(self.message), self.params),
            "span": list(self.span) if self.span else None,
            "suggestion": fill(translate(self.suggestion), self.params) if self.suggestion else None,
        }


def fill(template: str, params: dict[str, Any]) -> str:
    """Fill a ``%(name)s`` template; a template without params is returned as it is."""
    if not params:
        return template
    try:
        return template % params
    except (KeyError, TypeError, ValueError):
        return template


@dataclass
class Coverage:
    """How well the text evidences one criterion, with the sentences that do it.

    ``status`` is ``covered``, ``missing`` or ``not_judged`` (a language the check cannot read); it follows
    ``covered`` unless given.
    """

    text: str
    level: Level
    covered: bool
    evidence: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    status: CoverageStatus | None = None

    def __post_init__(self) -> None:
        if self.status is None:
            self.status = "covered" if self.covered else "missing"

    def to_dict(self) -> dict[str, Any]:
        """The coverage row as JSON-ready data."""
        return {
            "text": self.text,
            "level": self.level,
            "covered": self.covered,
            "status": self.status,
            "evidence": list(self.evidence),
        }


@dataclass
class Stats:
    """Counts for the checked text; ``reading_age`` is None where no formula fits the language."""

    words: int = 0
    characters: int = 0
    sentences: int = 0
    reading_age: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """The statistics as JSON-ready data."""
        return {
            "words": self.words,
            "characters": self.characters,
            "sentences": self.sentences,
            "reading_age": self.reading_age,
        }


@dataclass
class Report:
    """Everything one check found: statistics, findings and criteria coverage."""

    kind: str
    language: str
    text: str
    stats: Stats
    findings: list[Finding] = field(default_factory=list)
    criteria: list[Coverage] = field(default_factory=list)

    def codes(self) -> list[str]:
        """The finding codes in order (handy in tests and logs)."""
        return [finding.code for finding in self.findings]

    def to_dict(self, translate: Callable[[str], str] = _identity) -> dict[str, Any]:
        """The report as JSON-ready data in the shape the command line prints."""
        return {
            "kind": self.kind,
            "language": self.language,
            "stats": self.stats.to_dict(),
            "findings": [finding.render(translate) for finding in self.findings],
            "criteria": [row.to_dict() for row in self.criteria],
        }
