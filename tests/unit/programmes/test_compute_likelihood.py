"""Relative likelihood of appointment from shortlisting, worked out from the computed counts."""

from datetime import date
from decimal import Decimal

import pytest

from applications.models import Milestone
from recruit_outreach.programmes.compute import compute_period
from recruit_outreach.programmes.likelihood import GroupCounts, relative_likelihood

from .compute_fixtures import application, resident, stored, total

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_passwords")]
SHORTLISTED = (Milestone.Kind.SHORTLISTED, date(2026, 7, 20))
OFFERED = (Milestone.Kind.OFFER, date(2026, 8, 10))


def shortlist(count: int, offered: int, borough: str = "brent", **answers) -> None:
    """``count`` residents shortlisted in July, ``offered`` of them offered the job."""
    for number in range(count):
        steps = [SHORTLISTED, OFFERED] if number < offered else [SHORTLISTED]
        application(resident(borough, **answers), date(2026, 6, 1), *steps)


@pytest.fixture
def shortlisted():
    # White, not disabled: 10 shortlisted, 6 appointed. Black, Asian or mixed, disabled: 10 and 3.
    shortlist(6, 4, ethnic_group="white_british", disability="no")
    shortlist(4, 2, ethnic_group="white_other", disability="no")
    shortlist(4, 1, ethnic_group="black_caribbean", disability="yes")
    shortlist(3, 1, ethnic_group="asian_indian", disability="yes")
    shortlist(3, 1, ethnic_group="mixed_other", disability="yes")
    # Left out: people who did not say, and an application shortlisted in another quarter.
    shortlist(3, 3, ethnic_group="prefer_not_to_say", disability="prefer_not_to_say")
    application(
        resident("brent", ethnic_group="white_irish"), date(2026, 3, 1), (Milestone.Kind.SHORTLISTED, date(2026, 4, 2))
    )
    # Harrow has too few people shortlisted to tell.
    shortlist(2, 1, borough="harrow", ethnic_group="white_roma", disability="no")
    shortlist(2, 1, borough="harrow", ethnic_group="black_african", disability="yes")
    compute_period("2026-Q3")


def test_the_ratio_is_the_white_share_appointed_over_the_bme_share(shortlisted):
    # Brent (6 of 10) / (3 of 10) with Harrow's 1 of 2 and 1 of 2 added: (7/12) / (4/12).
    expected = relative_likelihood(GroupCounts(12, 7), GroupCounts(12, 4)).ratio
    assert expected == pytest.approx(1.75)
    assert total("ro-likelihood-ethnicity") == Decimal("1.7500")
    assert total("ro-likelihood-disability") == Decimal("1.7500")


def test_each_borough_has_its_own_ratio_and_none_where_too_few_to_tell(shortlisted):
    ratios = stored("ro-likelihood-ethnicity")
    assert ratios[("borough", "brent")] == Decimal("2.0000")
    assert ("borough", "harrow") not in ratios
    assert stored("ro-likelihood-disability")[("borough", "brent")] == Decimal("2.0000")


def test_the_counts_behind_the_ratio_are_the_stored_shortlisted_counts(shortlisted):
    by_group = {key[1]: value for key, value in stored("ro-shortlisted").items() if key[0] == "ethnic_group"}
    assert by_group == {"white": 12, "black": 6, "asian": 3, "mixed": 3, "not_stated": 3}
