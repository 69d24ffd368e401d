"""Relative likelihood of appointment from shortlisting: plain Python, no Django.

NHS England's Workforce Race Equality Standard, indicator 2:

    (White appointed / White shortlisted) / (BME appointed / BME shortlisted)

and the Workforce Disability Equality Standard, metric 2, the same for non-disabled against disabled
applicants. 1.00 is parity; above 1.00 the first group is more likely to be appointed. People who did not
state their ethnicity or disability are left out, and so are shortlisted people who were offered a job
and turned it down: the counts passed in here must already leave them out.

Going beyond the published standards, each ratio comes with a confidence interval (Katz's log-ratio
interval for a ratio of two proportions) and a verdict in plain words, so a small difference in small
numbers is not read as a finding.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from statistics import NormalDist

from .suppression import NHS_DIGITAL, DisclosureRule, round_count


def _(message: str) -> str:
    """Mark ``message`` for the gettext catalogues without importing Django; the caller translates it."""
    return message


class Verdict(StrEnum):
    TOO_FEW = "too_few"
    NO_CLEAR_DIFFERENCE = "no_clear_difference"
    WITHIN_PARITY_BAND = "within_parity_band"
    FIRST_MORE_LIKELY = "first_more_likely"
    SECOND_MORE_LIKELY = "second_more_likely"


@dataclass(frozen=True)
class GroupCounts:
    """How many people in one group were shortlisted, and how many of them were appointed."""

    shortlisted: int
    appointed: int

    def __post_init__(self) -> None:
        if self.shortlisted < 0 or self.appointed < 0:
            raise ValueError("Counts cannot be negative.")
        if self.appointed > self.shortlisted:
            raise ValueError("More people appointed than shortlisted.")


@dataclass(frozen=True)
class Comparison:
    """Which two groups are compared, named as a reader would say them."""

    first: str
    second: str


WRES_INDICATOR_2 = Comparison(first=_("White"), second=_("Black and minority ethnic"))
WDES_METRIC_2 = Comparison(first=_("non-disabled"), second=_("disabled"))


@dataclass(frozen=True)
class RelativeLikelihood:
    """The ratio, its confidence interval (None when it cannot be worked out) and the verdict."""

    first: GroupCounts
    second: GroupCounts
    ratio: float | None
    lower: float | None
    upper: float | None
    confidence: float
    verdict: Verdict


def _interval(first: GroupCounts, second: GroupCounts, confidence: float) -> tuple[float, float, float]:
    """Katz's interval: log(ratio) +/- z * sqrt(1/a - 1/n1 + 1/b - 1/n2); both appointed counts above 0."""
    ratio = (first.appointed / first.shortlisted) / (second.appointed / second.shortlisted)
    standard_error = math.sqrt(
        1 / first.appointed - 1 / first.shortlisted + 1 / second.appointed - 1 / second.shortlisted
    )
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    spread = z * standard_error
    return ratio, math.exp(math.log(ratio) - spread), math.exp(math.log(ratio) + spread)


def _verdict(ratio: float, lower: float, upper: float, parity_band: tuple[float, float] | None) -> Verdict:
    if lower <= 1.0 <= upper:
        return Verdict.NO_CLEAR_DIFFERENCE
    if parity_band is not None and parity_band[0] <= ratio <= parity_band[1]:
        return Verdict.WITHIN_PARITY_BAND
    return Verdict.FIRST_MORE_LIKELY if ratio > 1.0 else Verdict.SECOND_MORE_LIKELY


def relative_likelihood(
    first: GroupCounts,
    second: GroupCounts,
    *,
    confidence: float = 0.95,
    smallest_group: int = 8,
    parity_band: tuple[float, float] | None = None,
) -> RelativeLikelihood:
    """How much more likely ``first`` is to be appointed from shortlisting than ``second``.

    The verdict is "too few" when either group has fewer than ``smallest_group`` people shortlisted or
    nobody appointed; "no clear difference" when the interval includes 1.00; "within the parity band"
    when a ``parity_band`` such as (0.80, 1.25) is given and the ratio lies in it (not NHS England
    policy, so there is none by default); otherwise which group was more likely.
    """
    too_few = min(first.shortlisted, second.shortlisted) < smallest_group
    if too_few or first.appointed == 0 or second.appointed == 0:
        return RelativeLikelihood(first, second, None, None, None, confidence, Verdict.TOO_FEW)
    ratio, lower, upper = _interval(first, second, confidence)
    return RelativeLikelihood(
        first, second, ratio, lower, upper, confidence, _verdict(ratio, lower, upper, parity_band)
    )


def published_relative_likelihood(
    first: GroupCounts, second: GroupCounts, *, rule: DisclosureRule = NHS_DIGITAL, **options
) -> RelativeLikelihood:
    """The ratio for publishing: worked out from counts rounded by the disclosure rule, and "too few"
    when any count is hidden, as for any rate published under the rule."""
    rounded = [round_count(n, rule) for n in (first.shortlisted, first.appointed, second.shortlisted, second.appointed)]
    if any(n is None for n in rounded):
        return RelativeLikelihood(first, second, None, None, None, options.get("confidence", 0.95), Verdict.TOO_FEW)
    first_shortlisted, first_appointed, second_shortlisted, second_appointed = rounded
    return relative_likelihood(
        GroupCounts(first_shortlisted, first_appointed), GroupCounts(second_shortlisted, second_appointed), **options
    )


_MESSAGES = {
    Verdict.TOO_FEW: _("There are too few people to tell."),
    Verdict.NO_CLEAR_DIFFERENCE: _(
        "No clear difference between %(first)s and %(second)s applicants in how likely they were to be appointed."
    ),
    Verdict.WITHIN_PARITY_BAND: _("Within the parity band of %(low)s to %(high)s, so treated as no difference."),
    Verdict.FIRST_MORE_LIKELY: _(
        "From shortlisting, %(first)s applicants were %(ratio)s times as likely to be appointed as %(second)s ones."
    ),
    Verdict.SECOND_MORE_LIKELY: _(
        "From shortlisting, %(second)s applicants were %(inverse)s times as likely to be appointed as %(first)s ones."
    ),
}


def describe(
    result: RelativeLikelihood,
    comparison: Comparison,
    *,
    parity_band: tuple[float, float] | None = None,
    translate: Callable[[str], str] = str,
) -> str:
    """The verdict in plain words; pass Django's ``gettext`` as ``translate`` to give it in the reader's language."""
    values = {
        "first": translate(comparison.first),
        "second": translate(comparison.second),
        "ratio": f"{result.ratio:.2f}" if result.ratio else "",
        "inverse": f"{1 / result.ratio:.2f}" if result.ratio else "",
        "low": f"{parity_band[0]:.2f}" if parity_band else "",
        "high": f"{parity_band[1]:.2f}" if parity_band else "",
    }
    return translate(_MESSAGES[result.verdict]) % values
