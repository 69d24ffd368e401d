"""Computes every indicator whose source is "computed" for one period, and stores the values.

The single entry point is ``compute_period("2026-Q3")``. The numbers are counted by the database (see
``compute_sources``): a fixed number of aggregate queries per period, whatever the number of residents.
The period's computed values are then replaced in one transaction (written over in place; groups no longer
there removed), so computing a period again gives the same rows, never duplicates; values entered by hand
are never touched.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from .compute_sources import SNAPSHOT_SOURCES, SOURCES, SPECS, CountOf, LikelihoodOf, RateOf, Terms, sources_of
from .dimensions import SEPARATOR
from .likelihood import GroupCounts, relative_likelihood
from .models import Indicator, IndicatorValue, Source
from .periods import ReportingPeriod, parse_period

FOUR_PLACES = Decimal("0.0001")
Progress = Callable[[int, int], None]


@dataclass
class ComputeResult:
    period: ReportingPeriod
    indicators: int = 0
    values: int = 0
    # Computed indicators left as they were, and why (no way to count them, or no dates to count by).
    skipped: dict[str, str] = field(default_factory=dict)


class _Reads:
    """Each (source, breakdown) read once for the period, however many indicators use it."""

    def __init__(self, period: ReportingPeriod):
        self.window = period.window()
        self.cache: dict[tuple[str, str], dict] = {}

    def totals(self, source: str, breakdown: str) -> dict:
        key = (source, breakdown)
        if key not in self.cache:
            self.cache[key] = SOURCES[source](self.window, breakdown)
        return self.cache[key]

    def sums(self, terms: Terms, breakdown: str) -> dict[str, Decimal]:
        """Each group's terms added up."""
        added: dict[str, Decimal] = {}
        for source, measure in terms:
            for category, row in self.totals(source, breakdown).items():
                added[category] = added.get(category, Decimal(0)) + Decimal(row[measure] or 0)
        return added


def _value(indicator: Indicator, breakdown: str, category: str, value: Decimal, **numbers) -> IndicatorValue:
    return IndicatorValue(
        indicator=indicator,
        breakdown=breakdown,
        category=category,
        value=Decimal(value).quantize(FOUR_PLACES),
        **numbers,
    )


def _count_values(indicator: Indicator, spec: CountOf, reads: _Reads) -> list[IndicatorValue]:
    return [
        _value(indicator, breakdown, category, value)
        for breakdown in ["", *indicator.breakdowns]
        for category, value in sorted(reads.sums(spec.terms, breakdown).items())
    ]


def _rate_values(indicator: Indicator, spec: RateOf, reads: _Reads) -> list[IndicatorValue]:
    values = []
    for breakdown in ["", *indicator.breakdowns]:
        numerators = reads.sums(spec.numerator, breakdown)
        for category, denominator in sorted(reads.sums(spec.denominator, breakdown).items()):
            numerator = numerators.get(category, Decimal(0))
            if denominator:
                rate = numerator * 100 / denominator
                values.append(
                    _value(indicator, breakdown, category, rate, numerator=int(numerator), denominator=int(denominator))
                )
    return values


def _likelihood_counts(spec: LikelihoodOf, rows: dict, split: bool) -> dict[str, tuple[GroupCounts, GroupCounts]]:
    """For each place ("" for the total), the two groups' shortlisted and appointed (offered a job) counts."""
    counts: dict[str, dict[str, list[int]]] = {}
    for key, row in rows.items():
        place, group = key.split(SEPARATOR) if split else ("", key)
        side = "first" if group in spec.first else "second" if group in spec.second else None
        if side:
            tally = counts.setdefault(place, {"first": [0, 0], "second": [0, 0]})[side]
            tally[0] += row["shortlisted"]
            tally[1] += row["shortlisted__offer"]
    return {place: (GroupCounts(*sides["first"]), GroupCounts(*sides["second"])) for place, sides in counts.items()}


def _likelihood_values(indicator: Indicator, spec: LikelihoodOf, reads: _Reads) -> list[IndicatorValue]:
    """The ratio for the total and each place it is split by; none where there are too few people to tell."""
    values = []
    for breakdown in ["", *indicator.breakdowns]:
        key = f"{breakdown}{SEPARATOR}{spec.breakdown}" if breakdown else spec.breakdown
        groups = _likelihood_counts(spec, reads.totals("funnel", key), split=bool(breakdown))
        for place, (first, second) in sorted(groups.items()):
            result = relative_likelihood(first, second)
            if result.ratio is not None:
                values.append(_value(indicator, breakdown, place, Decimal(str(result.ratio))))
    return values


def _indicator_values(indicator: Indicator, reads: _Reads) -> list[IndicatorValue]:
    spec = SPECS[indicator.code]
    if isinstance(spec, LikelihoodOf):
        return _likelihood_values(indicator, spec, reads)
    if isinstance(spec, RateOf):
        return _rate_values(indicator, spec, reads)
    return _count_values(indicator, spec, reads)


def _why_skipped(indicator: Indicator, period: ReportingPeriod, today: date) -> str | None:
    spec = SPECS.get(indicator.code)
    if spec is None:
        return "nothing recorded in the service counts it"
    if sources_of(spec) & SNAPSHOT_SOURCES and not period.contains(today):
        return "its records carry no dates, so it is counted only for the period that includes today"
    return None


def computed_indicators(period: ReportingPeriod) -> list[Indicator]:
    """The indicators computed for periods of this kind (month or quarter)."""
    return list(
        Indicator.objects.filter(source=Source.COMPUTED, period=period.kind).order_by("workstream", "sort_order")
    )


def compute_period(
    period: ReportingPeriod | str, *, progress: Progress | None = None, today: date | None = None
) -> ComputeResult:
    """Compute and store every computed indicator for ``period`` ("2026-Q3", "2026-09" or a ReportingPeriod).

    ``progress(done, total)`` is called after each indicator. Returns how many indicators and values were
    stored, and which indicators were left alone and why.
    """
    period = parse_period(period) if isinstance(period, str) else period
    today = today or timezone.localdate()
    indicators = computed_indicators(period)
    result, reads, values, done = ComputeResult(period), _Reads(period), [], []
    for number, indicator in enumerate(indicators, start=1):
        if reason := _why_skipped(indicator, period, today):
            result.skipped[indicator.code] = reason
        else:
            values += _indicator_values(indicator, reads)
            done.append(indicator)
        if progress:
            progress(number, len(indicators))
    _store(period, done, values)
    result.indicators, result.values = len(done), len(values)
    return result


@transaction.atomic
def _store(period: ReportingPeriod, indicators: list[Indicator], values: list[IndicatorValue]) -> None:
    """Make ``values`` the period's only values of these (computed) indicators.

    Rows are written over in place (one upsert) and only groups that are no longer there are deleted, so a
    recomputation of unchanged data deletes nothing and costs the same few queries however many rows there are.
    """
    computed_at = timezone.now()
    for value in values:
        value.period_start, value.computed_at = period.start, computed_at
    IndicatorValue.objects.bulk_create(
        values,
        update_conflicts=True,
        unique_fields=["indicator", "period_start", "breakdown", "category"],
        update_fields=["value", "numerator", "denominator", "computed_at", "entered_by", "updated_at"],
    )
    IndicatorValue.objects.filter(
        indicator__in=indicators, indicator__source=Source.COMPUTED, period_start=period.start
    ).exclude(computed_at=computed_at).delete()
