"""Better Impact's rule: qualifications gate assignment. Pure functions, no database.

A volunteer can be assigned only when their DBS check is in date for the appointment, every course all
volunteers need is in date, and they are trained for each kind of support asked for. Everything else
(languages, boroughs, availability) only ranks the suggestions.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from django.utils.translation import gettext as _

from .models import Course, DbsLevel, SupportKind

COURSES_FOR_EVERYONE = (Course.SAFEGUARDING_ADULTS, Course.INFORMATION_GOVERNANCE, Course.INDUCTION)
COURSES_FOR_SUPPORT: Mapping[str, tuple[str, ...]] = {
    SupportKind.ACCOMPANY: (Course.MANUAL_HANDLING,),
    SupportKind.TRANSPORT: (Course.MANUAL_HANDLING,),
}
IN_PERSON = (SupportKind.ACCOMPANY, SupportKind.TRANSPORT)
ENHANCED = (DbsLevel.ENHANCED, DbsLevel.ENHANCED_BARRED)
LANGUAGE_SUPPORT = (SupportKind.INTERPRETER, SupportKind.LANGUAGE)
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class VolunteerFacts:
    """What the gate needs to know about one volunteer."""

    dbs_level: str = ""
    dbs_next_check_due: date | None = None
    training: Mapping[str, date | None] = field(default_factory=dict)  # course -> expiry (None: never)
    languages: tuple[str, ...] = ()


def _course_label(course: str) -> str:
    return str(dict(Course.choices).get(course, course))


def _dbs_reasons(facts: VolunteerFacts, support: Iterable[str], on: date) -> list[str]:
    if not facts.dbs_level or facts.dbs_next_check_due is None:
        return [_("No DBS check is recorded.")]
    if facts.dbs_next_check_due < on:
        return [_("Their DBS check was due on %(date)s.") % {"date": facts.dbs_next_check_due.isoformat()}]
    if any(kind in IN_PERSON for kind in support) and facts.dbs_level not in ENHANCED:
        return [_("Going with someone or helping with transport needs an enhanced DBS check.")]
    return []


def _training_reasons(facts: VolunteerFacts, support: Iterable[str], on: date) -> list[str]:
    needed = list(COURSES_FOR_EVERYONE)
    for kind in support:
        needed += [course for course in COURSES_FOR_SUPPORT.get(kind, ()) if course not in needed]
    reasons = []
    for course in needed:
        if course not in facts.training:
            reasons.append(_("No %(course)s training is recorded.") % {"course": _course_label(course)})
        elif (expiry := facts.training[course]) is not None and expiry < on:
            reasons.append(
                _("Their %(course)s training ran out on %(date)s.")
                % {"course": _course_label(course), "date": expiry.isoformat()}
            )
    return reasons


def assignment_blockers(
    facts: VolunteerFacts, *, support: Iterable[str], on: date, person_language: str = ""
) -> list[str]:
    """Every reason this volunteer cannot be assigned to support on ``on``, in plain words; empty if they can."""
    support = list(support)
    reasons = _dbs_reasons(facts, support, on) + _training_reasons(facts, support, on)
    wants_language = any(kind in LANGUAGE_SUPPORT for kind in support)
    if wants_language and not speaks(facts.languages, person_language):
        reasons.append(_("They do not speak %(language)s.") % {"language": person_language})
    return reasons


def speaks(languages: Iterable[str], language: str) -> bool:
    wanted = language.strip().casefold()
    return bool(wanted) and any(spoken.strip().casefold() == wanted for spoken in languages)


def part_of_day(moment: datetime) -> str:
    if moment.hour < 12:
        return "morning"
    return "afternoon" if moment.hour < 17 else "evening"


def slot_for(moment: datetime) -> str:
    """The availability slot an appointment falls in, such as ``tue_morning``."""
    return f"{DAYS[moment.weekday()]}_{part_of_day(moment)}"


def match_score(*, languages: Iterable[str], boroughs: Iterable[str], availability: Iterable[str],
                person_language: str, borough: str, moment: datetime) -> int:  # fmt: skip
    """How well a volunteer fits: 4 for the person's language, 2 for the borough, 1 for being free then."""
    score = 4 if speaks(languages, person_language) else 0
    score += 2 if borough and borough in set(boroughs) else 0
    score += 1 if slot_for(moment) in set(availability) else 0
    return score
