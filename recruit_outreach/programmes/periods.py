"""Reporting periods: a month ("2026-09") or a quarter ("2026-Q3"), and the window of time each covers."""

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from django.utils import timezone

from recruit_outreach.aggregates import Window

from .models import Period

_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def _add_months(start: date, months: int) -> date:
    index = start.year * 12 + start.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True, order=True)
class ReportingPeriod:
    kind: str
    start: date

    @property
    def months(self) -> int:
        return 3 if self.kind == Period.QUARTER else 1

    @property
    def end(self) -> date:
        """The first day after the period."""
        return _add_months(self.start, self.months)

    @property
    def label(self) -> str:
        if self.kind == Period.QUARTER:
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        return f"{self.start:%Y-%m}"

    def previous(self) -> "ReportingPeriod":
        return ReportingPeriod(self.kind, _add_months(self.start, -self.months))

    def window(self) -> Window:
        """The period's dates, and the same as times from midnight where the service runs (UK time)."""
        zone = timezone.get_default_timezone()
        return Window(
            start=self.start,
            end=self.end,
            start_at=timezone.make_aware(datetime.combine(self.start, time.min), zone),
            end_at=timezone.make_aware(datetime.combine(self.end, time.min), zone),
        )

    def contains(self, day: date) -> bool:
        return self.start <= day < self.end

    def __str__(self) -> str:
        return self.label


def parse_period(text: str) -> ReportingPeriod:
    """ "2026-Q3" (July to September 2026) or "2026-09" (September 2026); ValueError for anything else."""
    if match := _QUARTER.match(text.strip()):
        year, quarter = int(match[1]), int(match[2])
        return ReportingPeriod(Period.QUARTER, date(year, 3 * quarter - 2, 1))
    if match := _MONTH.match(text.strip()):
        return ReportingPeriod(Period.MONTH, date(int(match[1]), int(match[2]), 1))
    raise ValueError(f"{text!r} is not a period: write a quarter as 2026-Q3 or a month as 2026-09.")


def period_containing(kind: str, day: date) -> ReportingPeriod:
    month = day.month - (day.month - 1) % 3 if kind == Period.QUARTER else day.month
    return ReportingPeriod(kind, date(day.year, month, 1))


def nightly_periods(today: date | None = None) -> list[ReportingPeriod]:
    """What the nightly job recomputes: the current and the previous quarter and month."""
    today = today or timezone.localdate()
    periods = []
    for kind in (Period.QUARTER, Period.MONTH):
        current = period_containing(kind, today)
        periods += [current.previous(), current]
    return periods
