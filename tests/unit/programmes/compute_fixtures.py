"""Small builders for the computation's hand-counted fixtures, on top of the project's factories."""

from datetime import date, datetime
from decimal import Decimal

from django.utils import timezone

from applications.models import Application, Milestone
from recruit_outreach.accounts.models import Profile
from recruit_outreach.outreach.models import AttendanceMark
from recruit_outreach.programmes.models import Indicator, IndicatorValue
from recruit_outreach.programmes.services import equality_answers_save
from tests.factories import UserFactory

Q3 = date(2026, 7, 1)


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    """A time on ``day`` in UK time."""
    return timezone.make_aware(datetime(day.year, day.month, day.day, hour, minute))


def resident(borough: str = "", language: str = "en", **answers):
    """A resident with a profile and, when given, their own equality answers."""
    user = UserFactory()
    Profile.objects.filter(user=user).update(borough=borough, preferred_language=language)
    if answers:
        equality_answers_save(user=user, answers=answers)
    return user


def application(owner, created: date, *milestones: tuple[str, date]) -> Application:
    made = Application.objects.create(owner=owner, job_title="Healthcare assistant")
    Application.objects.filter(pk=made.pk).update(created=at(created))
    for kind, day in milestones:
        Milestone.objects.create(application=made, kind=kind, date=day)
    return made


def mark(session, present: bool, minute: int, booking=None, walk_in=None) -> AttendanceMark:
    return AttendanceMark.objects.create(
        session=session,
        booking=booking,
        walk_in=walk_in,
        present=present,
        marked_at=at(session.starts_at.date(), 10, minute),
    )


def stored(code: str, start: date = Q3) -> dict[tuple[str, str], Decimal]:
    """The stored values of one indicator for a period, by (breakdown, group)."""
    values = IndicatorValue.objects.filter(indicator__code=code, period_start=start)
    return {(value.breakdown, value.category): value.value for value in values}


def stored_rate(code: str, start: date = Q3, breakdown: str = "", category: str = "") -> tuple[int, int, Decimal]:
    value = IndicatorValue.objects.get(indicator__code=code, period_start=start, breakdown=breakdown, category=category)
    return value.numerator, value.denominator, value.value


def total(code: str, start: date = Q3) -> Decimal | None:
    return stored(code, start).get(("", ""))


def group(code: str, breakdown: str, start: date = Q3) -> dict[str, Decimal]:
    """The groups of one breakdown with a value other than 0 (a group seen in the data with none is stored as 0)."""
    values = stored(code, start).items()
    return {category: value for (split, category), value in values if split == breakdown and value}


def indicator(code: str) -> Indicator:
    return Indicator.objects.get(code=code)
