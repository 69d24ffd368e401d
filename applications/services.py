"""Writes for the application coach. Views stay thin; everything here is keyword-only and typed."""

from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext

from . import checks
from .checks.language import detect_language
from .models import Application, Criterion, Event


class StaleVersion(Exception):
    """Someone (another tab) saved this application after the form being saved was opened."""

    def __init__(self, current: Application):
        super().__init__("the application changed since this page was opened")
        self.current = current


def _parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def application_create(*, owner, advert_text: str = "", upload: bytes | None = None) -> Application:
    """A new application from a pasted advert or an uploaded job description (DocumentError if unreadable)."""
    document = checks.read_document(upload) if upload is not None else checks.reading.text_document(advert_text)
    vacancy = checks.extract_criteria(document)

    def found(value: str) -> str:
        # A damaged PDF can hold NUL characters, which PostgreSQL cannot store in text.
        return "" if value == checks.models.NOT_STATED else value.replace("\x00", "")

    with transaction.atomic():
        application = Application.objects.create(
            owner=owner,
            advert_text=found(document.text),
            job_title=found(vacancy.job_title)[:200],
            band=found(vacancy.band)[:60],
            employer=found(vacancy.employer)[:200],
            closing_date=_parse_date(found(vacancy.closing_date)),
        )
        Criterion.objects.bulk_create(
            Criterion(application=application, text=found(criterion.text), level=criterion.level, position=position)
            for position, criterion in enumerate(vacancy.criteria)
        )
    return application


def _bump_version(application: Application, expected: int) -> None:
    """Compare-and-set on the version: the second of two saves from old pages is refused, not lost."""
    updated = Application.objects.filter(pk=application.pk, version=expected).update(
        version=F("version") + 1, updated=timezone.now()
    )
    if not updated:
        raise StaleVersion(Application.objects.get(pk=application.pk))
    application.version = expected + 1


@transaction.atomic
def application_save(*, application: Application, expected_version: int, fields: dict) -> Application:
    _bump_version(application, expected_version)
    for name, value in fields.items():
        setattr(application, name, value)
    application.save(update_fields=[*fields, "updated"])
    return application


@transaction.atomic
def criterion_answer_save(*, criterion: Criterion, expected_version: int, answers: dict[str, object]) -> Criterion:
    _bump_version(criterion.application, expected_version)
    for name, value in answers.items():
        setattr(criterion, name, value)
    criterion.save(update_fields=list(answers))
    return criterion


def statement_assemble(*, application: Application) -> str:
    """The answers under their criteria as headings: the starting point the resident then edits."""
    sections = []
    for criterion in application.criteria.all():
        answer = criterion.answer_text()
        if answer:
            sections.append(f"{criterion.text}\n{answer}")
    return "\n\n".join(sections)


def statement_text(*, application: Application) -> str:
    return application.statement if application.statement_edited else statement_assemble(application=application)


def event_record(*, application: Application, kind: str, date: date, feedback: str = "") -> Event:
    """Save one thing that happened to the resident's application (these feed the programme metrics)."""
    return Event.objects.create(application=application, kind=kind, date=date, feedback=feedback.strip())


@dataclass
class CheckedFinding:
    code: str
    severity: str
    message: str
    suggestion: str
    span: tuple[int, int] | None


def application_check(*, application: Application, language: str, name: str | None = None):
    """Run the checks engine on the statement; return the report and its findings in the reader's language
    (`language`). The statement is checked in the language it is written in."""
    text = statement_text(application=application)
    criteria = [checks.Criterion(c.text, c.level) for c in application.criteria.all()]
    limits = checks.Limits(box_chars=application.box_chars, max_words=application.max_words,
                           max_chars=application.max_chars)  # fmt: skip
    written_in = detect_language(text, fallback=language)
    report = checks.check_text(text, "statement", criteria, limits, language=written_in, name=name)
    findings = [
        CheckedFinding(
            code=finding.code,
            severity=finding.severity,
            message=gettext(finding.message) % finding.params if finding.params else gettext(finding.message),
            suggestion=(gettext(finding.suggestion) % finding.params if finding.params else gettext(finding.suggestion))
            if finding.suggestion
            else "",
            span=finding.span,
        )
        for finding in report.findings
    ]
    return report, findings
