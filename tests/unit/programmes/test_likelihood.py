"""Relative likelihood of appointment from shortlisting (WRES indicator 2, WDES metric 2), worked by hand."""

import pytest

from recruit_outreach.programmes.likelihood import (
    WDES_METRIC_2,
    WRES_INDICATOR_2,
    GroupCounts,
    Verdict,
    describe,
    published_relative_likelihood,
    relative_likelihood,
)


def test_the_wres_formula_and_its_interval_match_a_hand_worked_example():
    # White: 60 of 200 shortlisted appointed = 0.30. BME: 45 of 300 = 0.15. Ratio 0.30 / 0.15 = 2.00.
    # Standard error of log(ratio) = sqrt(1/60 - 1/200 + 1/45 - 1/300) = sqrt(0.030556) = 0.17480.
    # 95 %: exp(ln 2 -/+ 1.95996 x 0.17480) = exp(0.69315 -/+ 0.34260) = 1.42 to 2.82.
    result = relative_likelihood(GroupCounts(shortlisted=200, appointed=60), GroupCounts(shortlisted=300, appointed=45))
    assert result.ratio == pytest.approx(2.00)
    assert result.lower == pytest.approx(1.4198, abs=1e-4)
    assert result.upper == pytest.approx(2.8172, abs=1e-4)
    assert result.verdict is Verdict.FIRST_MORE_LIKELY
    assert describe(result, WRES_INDICATOR_2) == (
        "From shortlisting, White applicants were 2.00 times as likely to be appointed as Black and minority "
        "ethnic ones."
    )


def test_when_the_second_group_is_more_likely_the_words_say_so_the_right_way_round():
    # The same numbers swapped: ratio 0.50, interval 1 / 2.82 to 1 / 1.42 = 0.35 to 0.70.
    result = relative_likelihood(GroupCounts(300, 45), GroupCounts(200, 60))
    assert result.ratio == pytest.approx(0.50)
    assert (round(result.lower, 2), round(result.upper, 2)) == (0.35, 0.70)
    assert result.verdict is Verdict.SECOND_MORE_LIKELY
    assert describe(result, WDES_METRIC_2) == (
        "From shortlisting, disabled applicants were 2.00 times as likely to be appointed as non-disabled ones."
    )


def test_an_interval_that_includes_parity_is_no_clear_difference():
    # 10 of 40 (0.25) against 10 of 50 (0.20): ratio 1.25, but
    # SE = sqrt(1/10 - 1/40 + 1/10 - 1/50) = 0.3937, so the interval is 0.58 to 2.70.
    result = relative_likelihood(GroupCounts(40, 10), GroupCounts(50, 10))
    assert result.ratio == pytest.approx(1.25)
    assert (round(result.lower, 2), round(result.upper, 2)) == (0.58, 2.70)
    assert result.verdict is Verdict.NO_CLEAR_DIFFERENCE
    assert describe(result, WRES_INDICATOR_2).startswith("No clear difference between White and Black")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (GroupCounts(7, 3), GroupCounts(100, 20)),  # too few shortlisted in one group
        (GroupCounts(100, 20), GroupCounts(30, 0)),  # nobody appointed: no ratio
        (GroupCounts(100, 0), GroupCounts(30, 3)),
        (GroupCounts(0, 0), GroupCounts(30, 3)),
    ],
)
def test_small_groups_or_an_empty_cell_are_too_few_to_tell(first, second):
    result = relative_likelihood(first, second)
    assert result.verdict is Verdict.TOO_FEW
    assert result.ratio is None
    assert describe(result, WRES_INDICATOR_2) == "There are too few people to tell."


def test_the_parity_band_is_off_unless_asked_for():
    # 1200 of 4000 (0.30) against 1250 of 5000 (0.25): ratio 1.20, interval 1.12 to 1.28, a clear difference.
    first, second = GroupCounts(4000, 1200), GroupCounts(5000, 1250)
    assert relative_likelihood(first, second).verdict is Verdict.FIRST_MORE_LIKELY
    banded = relative_likelihood(first, second, parity_band=(0.80, 1.25))
    assert banded.verdict is Verdict.WITHIN_PARITY_BAND
    assert describe(banded, WRES_INDICATOR_2, parity_band=(0.80, 1.25)) == (
        "Within the parity band of 0.80 to 1.25, so treated as no difference."
    )
    assert relative_likelihood(GroupCounts(200, 60), GroupCounts(300, 45), parity_band=(0.80, 1.25)).verdict is (
        Verdict.FIRST_MORE_LIKELY
    )


def test_a_wider_confidence_level_gives_a_wider_interval():
    narrow = relative_likelihood(GroupCounts(200, 60), GroupCounts(300, 45), confidence=0.90)
    wide = relative_likelihood(GroupCounts(200, 60), GroupCounts(300, 45), confidence=0.99)
    assert wide.lower < narrow.lower < 2.0 < narrow.upper < wide.upper


def test_the_published_ratio_uses_rounded_counts_and_hides_small_ones():
    # 62 of 198 and 44 of 302 round to 60 of 200 and 45 of 300: the published ratio is exactly 2.00.
    published = published_relative_likelihood(GroupCounts(198, 62), GroupCounts(302, 44))
    assert published.ratio == pytest.approx(2.00)
    assert published_relative_likelihood(GroupCounts(198, 62), GroupCounts(302, 6)).verdict is Verdict.TOO_FEW


def test_impossible_counts_are_refused():
    with pytest.raises(ValueError):
        GroupCounts(shortlisted=5, appointed=6)
    with pytest.raises(ValueError):
        GroupCounts(shortlisted=-1, appointed=0)


def test_the_words_can_be_translated():
    result = relative_likelihood(GroupCounts(7, 3), GroupCounts(100, 20))
    assert describe(result, WRES_INDICATOR_2, translate=str.upper) == "THERE ARE TOO FEW PEOPLE TO TELL."
