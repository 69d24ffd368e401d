"""What each computed indicator counts: the apps' aggregate selectors, and which of their measures to use.

A *source* reads one selector for a period, either in total or split by one breakdown, in one query. An
indicator's measure is one or more (source, measure) terms added together, so that, for example, session
attendances are named residents marked present plus walk-ins who gave no name.
"""

from collections.abc import Callable
from dataclasses import dataclass

from applications.selectors import application_funnel_totals
from recruit_outreach.aggregates import Totals, Window
from recruit_outreach.outreach.employers.selectors import (
    awareness_attendance_totals,
    employer_engagement_totals,
    pledge_totals,
)
from recruit_outreach.outreach.register.selectors import (
    attendance_totals,
    residents_supported_totals,
    walk_in_totals,
)
from recruit_outreach.outreach.sessions.models import SessionType
from recruit_outreach.outreach.sessions.selectors import (
    FOR_RESIDENTS,
    sessions_held_by_language,
    sessions_held_totals,
)
from recruit_outreach.outreach.volunteering.selectors import appointment_support_totals, into_paid_work_totals

from .breakdowns import Breakdown
from .dimensions import GROUPINGS, NOT_STATED_CODE, SEPARATOR, both

# Reads a source for a window, in total (breakdown "") or split by a breakdown ("borough|ethnic_group" for two).
Reader = Callable[[Window, str], Totals]


def grouping_for(breakdown: str):
    if not breakdown:
        return None
    if SEPARATOR in breakdown:
        first, second = breakdown.split(SEPARATOR)
        return both(GROUPINGS[first], GROUPINGS[second])
    return GROUPINGS[breakdown]


def _grouped(selector: Callable[..., Totals], **fixed) -> Reader:
    def read(window: Window, breakdown: str) -> Totals:
        return selector(window=window, grouping=grouping_for(breakdown), **fixed)

    return read


def _sessions(session_types: tuple[str, ...]) -> Reader:
    def read(window: Window, breakdown: str) -> Totals:
        if breakdown == Breakdown.LANGUAGE:
            return sessions_held_by_language(window=window, session_types=session_types)
        return sessions_held_totals(window=window, session_types=session_types, grouping=grouping_for(breakdown))

    return read


def _walk_ins(window: Window, breakdown: str) -> Totals:
    """Walk-ins who gave no name have only a borough and a language: in any other split they are "not stated"."""
    if breakdown in ("", Breakdown.BOROUGH, Breakdown.LANGUAGE):
        return walk_in_totals(window=window, grouping=grouping_for(breakdown))
    total = walk_in_totals(window=window)[""]
    return {NOT_STATED_CODE: total} if total["people"] else {}


def _pledges(window: Window, breakdown: str) -> Totals:
    return pledge_totals(grouping=grouping_for(breakdown))


SOURCES: dict[str, Reader] = {
    "funnel": _grouped(application_funnel_totals),
    "supported": _grouped(residents_supported_totals),
    "attendance": _grouped(attendance_totals),
    "walk_ins": _walk_ins,
    "sessions": _sessions(FOR_RESIDENTS),
    "awareness_sessions": _sessions((SessionType.EMPLOYER_AWARENESS,)),
    "employers": _grouped(employer_engagement_totals),
    "awareness": _grouped(awareness_attendance_totals),
    "pledges": _pledges,
    "appointments": _grouped(appointment_support_totals),
    "paid_work": _grouped(into_paid_work_totals),
}
# Sources that hold no dates: they can only be counted as they stand, for the period that includes today.
SNAPSHOT_SOURCES = frozenset({"pledges"})

Terms = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class CountOf:
    """A count (or, for ``amount``, a sum such as hours): the terms added together."""

    terms: Terms


@dataclass(frozen=True)
class RateOf:
    """A percentage: ``numerator`` out of ``denominator``."""

    numerator: Terms
    denominator: Terms


@dataclass(frozen=True)
class LikelihoodOf:
    """Relative likelihood of appointment from shortlisting: ``first`` groups against ``second`` ones."""

    breakdown: str
    first: frozenset[str]
    second: frozenset[str]


def one(source: str, measure: str) -> Terms:
    return ((source, measure),)


def _funnel(measure: str) -> CountOf:
    return CountOf(one("funnel", measure))


def _conversion(earlier: str, later: str) -> RateOf:
    return RateOf(one("funnel", f"{earlier}__{later}"), one("funnel", earlier))


RECRUITMENT_OUTREACH = {
    "ro-residents-supported": CountOf((("supported", "residents"), ("walk_ins", "people"))),
    "ro-sessions-held": CountOf(one("sessions", "held")),
    "ro-session-attendances": CountOf((("attendance", "attendances"), ("walk_ins", "people"))),
    "ro-applications-started": _funnel("created"),
    "ro-applications-submitted": _funnel("submitted"),
    "ro-shortlisted": _funnel("shortlisted"),
    "ro-interviewed": _funnel("interview"),
    "ro-offered": _funnel("offer"),
    "ro-job-starts": _funnel("started"),
    "ro-in-post-13-weeks": _funnel("in_post_13"),
    "ro-in-post-26-weeks": _funnel("in_post_26"),
    "ro-submitted-of-started": _conversion("created", "submitted"),
    "ro-shortlisted-of-submitted": _conversion("submitted", "shortlisted"),
    "ro-interviewed-of-shortlisted": _conversion("shortlisted", "interview"),
    "ro-offered-of-interviewed": _conversion("interview", "offer"),
    "ro-started-of-offered": _conversion("offer", "started"),
    "ro-13-weeks-of-starts": _conversion("started", "in_post_13"),
    "ro-26-weeks-of-starts": _conversion("started", "in_post_26"),
    "ro-likelihood-ethnicity": LikelihoodOf(
        Breakdown.ETHNIC_GROUP, frozenset({"white"}), frozenset({"asian", "black", "mixed", "other"})
    ),
    "ro-likelihood-disability": LikelihoodOf(Breakdown.DISABILITY, frozenset({"no"}), frozenset({"yes"})),
}

LEARNING_DISABILITY = {
    "ld-employers-engaged": CountOf(one("employers", "engaged")),
    "ld-awareness-sessions": CountOf(one("awareness_sessions", "held")),
    "ld-awareness-attendance": CountOf(one("awareness", "staff")),
    "ld-dc-committed": CountOf(one("employers", "dc_committed")),
    "ld-dc-employer": CountOf(one("employers", "dc_employer")),
    "ld-dc-leader": CountOf(one("employers", "dc_leader")),
    "ld-pledges": CountOf(one("pledges", "pledged")),
    "ld-places-filled": CountOf(one("pledges", "filled")),
    "ld-supported-internships": CountOf(one("pledges", "internships")),
}

VOLUNTEERING = {
    "vol-requests": CountOf(one("appointments", "requests")),
    "vol-attended": CountOf(one("appointments", "attended")),
    "vol-did-not-attend": CountOf(one("appointments", "did_not_attend")),
    "vol-attendance-rate": RateOf(
        one("appointments", "attended"), (("appointments", "attended"), ("appointments", "did_not_attend"))
    ),
    "vol-readmissions-28-days": CountOf(one("appointments", "readmissions")),
    "vol-hours": CountOf(one("appointments", "hours")),
    "vol-into-paid-work": CountOf(one("paid_work", "volunteers")),
}

SPECS: dict[str, CountOf | RateOf | LikelihoodOf] = {**RECRUITMENT_OUTREACH, **LEARNING_DISABILITY, **VOLUNTEERING}


def sources_of(spec: CountOf | RateOf | LikelihoodOf) -> set[str]:
    if isinstance(spec, LikelihoodOf):
        return {"funnel"}
    terms = spec.terms if isinstance(spec, CountOf) else spec.numerator + spec.denominator
    return {source for source, _measure in terms}
