"""Reads for the programmes app: each reads a few stored rows, whatever the number of residents."""

from datetime import date

from django.db.models import Prefetch

from .equality import EqualityAnswers
from .models import Indicator, IndicatorValue, QuarterlyReport


def equality_answers_for(*, user) -> EqualityAnswers | None:
    """The signed-in resident's own answers, or None when they have not given any."""
    return EqualityAnswers.objects.filter(user=user).first()


def indicator_periods(*, workstream: str) -> list[date]:
    """The periods that have values for ``workstream``'s indicators, newest first."""
    starts = (
        IndicatorValue.objects.filter(indicator__workstream=workstream)
        .order_by("-period_start")
        .values_list("period_start", flat=True)
        .distinct()
    )
    return list(starts)


def indicators_for_dashboard(
    *, workstream: str, periods: list[date], breakdown: str, series: tuple[str, str] = ("", "")
) -> list[Indicator]:
    """The workstream's indicators, each with ``trend_values`` (its values in ``periods`` for ``series``, a
    (breakdown, category) pair that is ("", "") for everyone, newest first) and ``group_values`` (the first
    period's values split by ``breakdown``)."""
    series_breakdown, series_category = series
    totals = IndicatorValue.objects.filter(
        breakdown=series_breakdown, category=series_category, period_start__in=periods
    ).order_by("-period_start")
    groups = IndicatorValue.objects.none()
    if periods and breakdown:
        groups = IndicatorValue.objects.filter(period_start=periods[0], breakdown=breakdown).order_by("category")
    return list(
        Indicator.objects.filter(workstream=workstream).prefetch_related(
            Prefetch("values", queryset=totals, to_attr="trend_values"),
            Prefetch("values", queryset=groups, to_attr="group_values"),
        )
    )


def value_quarters() -> list[date]:
    """The quarters that have any stored value, newest first."""
    starts = IndicatorValue.objects.filter(period_start__month__in=(1, 4, 7, 10)).dates("period_start", "month")
    return sorted(starts, reverse=True)


def recent_quarterly_reports(*, limit: int) -> list[QuarterlyReport]:
    return list(QuarterlyReport.objects.select_related("requested_by")[:limit])
