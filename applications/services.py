"""Writes for the application coach. Views stay thin; everything here is keyword-only and typed."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from . import checks, statement
from .checks.language import detect_language
from .models import Application, Criterion, Milestone


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


def _found(value: str) -> str:
    # A damaged PDF can hold NUL characters, which PostgreSQL cannot store in text.
    return "" if value == checks.models.NOT_STATED else value.replace("\x00", "")


@dataclass(frozen=True)
class Advert:
    """What was read from a pasted advert or an uploaded job description, before anything is saved."""

    text: str
    job_title: str
    band: str
    employer: str
    closing_date: date | None
    criteria: list[checks.Criterion]
    # Criteria found without a readable level (saved as essential, marked for the resident to check).
    unclear: frozenset[str] = frozenset()
    # How many criteria the advert had: more than ``checks.MAX_CRITERIA`` and only the first are kept.
    criteria_found: int = 0

    @property
    def levels_unclear(self) -> bool:
        return bool(self.unclear)

    @property
    def criteria_cut(self) -> bool:
        return self.criteria_found > len(self.criteria)


def advert_read(*, advert_text: str = "", upload: bytes | None = None) -> Advert:
    """Read an advert and find the job and its criteria (DocumentError if the file is unreadable)."""
    document = checks.read_document(upload) if upload is not None else checks.reading.text_document(advert_text)
    vacancy = checks.extract_criteria(document)
    return Advert(
        text=_found(document.text),
        job_title=_found(vacancy.job_title)[:200],
        band=_found(vacancy.band)[:60],
        employer=_found(vacancy.employer)[:200],
        closing_date=_parse_date(_found(vacancy.closing_date)),
        criteria=vacancy.criteria,
        unclear=frozenset(vacancy.unclear),
        criteria_found=vacancy.criteria_found,
    )


def application_create(*, owner, advert: Advert) -> Application:
    """A new application for the job in `advert`, with its criteria."""
    with transaction.atomic():
        application = Application.objects.create(
            owner=owner,
            advert_text=advert.text,
            job_title=advert.job_title,
            band=advert.band,
            employer=advert.employer,
            closing_date=advert.closing_date,
        )
        Criterion.objects.bulk_create(
            Criterion(
                application=application,
                text=_found(criterion.text),
                level=criterion.level,
                level_unclear=criterion.text in advert.unclear,
                position=position,
            )
            for position, criterion in enumerate(advert.criteria[: checks.MAX_CRITERIA])
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


def statement_sections(*, application: Application) -> list[statement.Section]:
    return [
        statement.Section(key=str(criterion.pk), heading=criterion.text, answer=criterion.answer_text())
        for criterion in application.criteria.all()
    ]


def statement_assemble(*, application: Application) -> str:
    """The answers under their criteria as headings: the starting point the resident then edits."""
    return statement.assemble(statement_sections(application=application))


def statement_text(*, application: Application) -> str:
    return application.statement if application.statement_edited else statement_assemble(application=application)


def statement_changes(*, application: Application) -> list[statement.Section]:
    """Answers new or changed since the resident started editing their statement (none before that)."""
    if not application.statement_edited:
        return []
    return statement.changed_since(statement_sections(application=application), application.statement_answers)


@transaction.atomic
def statement_save(
    *, application: Application, expected_version: int, text: str, bring_in: Sequence[str] = ()
) -> Application:
    """Save the resident's own statement, first bringing in the changed answers listed in `bring_in`
    (criterion ids), each into its own section. The first save records the answers it was built from."""
    sections = statement_sections(application=application)
    built_from = dict(application.statement_answers) if application.statement_edited else statement.snapshot(sections)
    for section in statement.changed_since(sections, built_from):
        if section.key in bring_in:
            text = statement.bring_in(text, section, was=built_from.get(section.key, ""), sections=sections)
            built_from[section.key] = section.answer
    fields = {"statement": text, "statement_edited": True, "statement_answers": built_from}
    return application_save(application=application, expected_version=expected_version, fields=fields)


def statement_rebuild(*, application: Application, expected_version: int) -> Application:
    """Throw away the resident's edits: the statement is built from their answers again."""
    fields = {"statement": "", "statement_edited": False, "statement_answers": {}}
    return application_save(application=application, expected_version=expected_version, fields=fields)


def milestone_record(*, application: Application, kind: str, date: date, feedback: str = "") -> Milestone:
    """Save one thing that happened to the resident's application (these feed the programme metrics)."""
    return Milestone.objects.create(application=application, kind=kind, date=date, feedback=feedback.strip())


def application_check(*, application: Application, language: str, name: str | None = None) -> checks.Report:
    """Run the checks engine on the statement: the wizard's answers by their criteria until the resident
    edits the statement as a whole, then the whole text. It is checked in the language it is written in;
    `language` (the reader's) is the guess for a text too short to tell."""
    limits = checks.Limits(box_chars=application.box_chars, max_words=application.max_words,
                           max_chars=application.max_chars)  # fmt: skip
    if not application.statement_edited:
        # Each answer was written under its criterion: coverage comes from that structure.
        answers = [(checks.Criterion(c.text, c.level), c.answer_text()) for c in application.criteria.all()]
        return checks.check_answers(answers, limits, language=language, name=name)
    text = statement_text(application=application)
    criteria = [checks.Criterion(c.text, c.level, c.evidence_passage) for c in application.criteria.all()]
    written_in = detect_language(text, fallback=language)
    return checks.check_text(text, "statement", criteria, limits, language=written_in, name=name)


def criteria_language(*, application: Application, fallback: str) -> str:
    """The language the job's criteria are written in: the advert's, or the criteria's own words."""
    source = application.advert_text or " ".join(criterion.text for criterion in application.criteria.all())
    return detect_language(source, fallback=fallback)
