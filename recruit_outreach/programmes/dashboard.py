"""What the programme dashboard shows: stored values turned into published ones by ``suppression``.

Every number leaves this module as a ``Published`` value, so a count from 1 to 7 never reaches a page.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .breakdowns import breakdown_categories
from .models import Direction, Indicator, IndicatorValue, Period, Unit
from .suppression import (
    NOT_AVAILABLE,
    Published,
    publish_breakdown,
    publish_count,
    publish_plain,
    publish_rate,
    publish_summary,
)


def period_label(period: str, start: date) -> str:
    """ "July 2026" for a month, "Jul to Sep 2026" for a quarter, in the reader's language."""
    if period == Period.MONTH:
        return date_format(start, "F Y")
    end = (start.replace(day=28) + timedelta(days=4 + 62)).replace(day=1) - timedelta(days=1)
    return _("%(start)s to %(end)s") % {"start": date_format(start, "M"), "end": date_format(end, "M Y")}


def publish_value(indicator: Indicator, row: IndicatorValue | None) -> Published:
    """One stored value as it may be shown, by the indicator's unit."""
    if row is None:
        return NOT_AVAILABLE
    if indicator.unit == Unit.RATE:
        if row.numerator is None or row.denominator is None:
            return NOT_AVAILABLE
        if indicator.about_people:
            return publish_rate(row.numerator, row.denominator)
        return publish_plain(row.value, decimals=1)
    if indicator.unit == Unit.RATIO:
        return publish_plain(row.value, decimals=2)
    if indicator.unit == Unit.COUNT and indicator.about_people:
        return publish_count(int(row.value))
    if row.denominator is not None and indicator.about_people:
        # An amount shared by a number of people is a mean: hidden when 1 to 7 people share it.
        return publish_summary(float(row.value), row.denominator, decimals=0)
    return publish_plain(row.value)


@dataclass(frozen=True)
class TrendPoint:
    label: str
    shown: Published


@dataclass(frozen=True)
class IndicatorSummary:
    """One indicator on the dashboard: its latest value, target, recent periods and groups."""

    indicator: Indicator
    latest: Published
    latest_label: str
    target: Published | None
    summary: str
    trend: list[TrendPoint]
    groups: list[TrendPoint]
    groups_total: Published | None


def _summary(indicator: Indicator, trend: list[TrendPoint]) -> str:
    """One line in words: how the latest value compares with the period before and the target."""
    if not trend or trend[0].shown.value is None:
        return _("Nothing can be shown for this period.")
    latest = trend[0].shown.value
    parts = []
    if len(trend) > 1 and trend[1].shown.value is not None:
        before = trend[1].shown.value
        if latest == before:
            parts.append(_("The same as the period before."))
        else:
            better = (latest > before) == (indicator.direction == Direction.HIGHER)
            parts.append(_("Better than the period before.") if better else _("Worse than the period before."))
    if indicator.target is not None:
        met = latest >= indicator.target if indicator.direction == Direction.HIGHER else latest <= indicator.target
        parts.append(_("The target is met.") if met else _("The target is not met yet."))
    return " ".join(parts) or _("There is no earlier period to compare with.")


def _groups(indicator: Indicator, rows: list[IndicatorValue]) -> tuple[list[TrendPoint], Published | None]:
    if not rows:
        return [], None
    names = dict(breakdown_categories(rows[0].breakdown) or [])
    labels = [str(names.get(row.category, row.category)) for row in rows]
    if indicator.unit == Unit.COUNT and indicator.about_people:
        cells, total = publish_breakdown([int(row.value) for row in rows])
        return [TrendPoint(label, cell) for label, cell in zip(labels, cells, strict=True)], total
    return [TrendPoint(label, publish_value(indicator, row)) for label, row in zip(labels, rows, strict=True)], None


def summarise(indicator: Indicator, period: date | None) -> IndicatorSummary:
    """``indicator`` as shown for ``period``; needs ``indicators_for_dashboard``'s prefetched values."""
    trend = [
        TrendPoint(period_label(indicator.period, row.period_start), publish_value(indicator, row))
        for row in indicator.trend_values
    ]
    current = bool(trend) and indicator.trend_values[0].period_start == period
    groups, groups_total = _groups(indicator, indicator.group_values)
    decimals = 2 if indicator.unit == Unit.RATIO else 0
    return IndicatorSummary(
        indicator=indicator,
        latest=trend[0].shown if current else NOT_AVAILABLE,
        latest_label=period_label(indicator.period, period) if period else "",
        target=None if indicator.target is None else publish_plain(indicator.target, decimals=decimals),
        summary=_summary(indicator, trend if current else []),
        trend=trend,
        groups=groups,
        groups_total=groups_total,
    )
