"""The programme dashboard reads stored values, so it asks the database the same number of questions however
many residents there are (issue 12: the same at 10,000 and 1,000,000; here at 20 and 220 to stay quick)."""

import re

import pytest

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from recruit_outreach.accounts import roles
from recruit_outreach.programmes.compute import compute_period
from recruit_outreach.programmes.models import IndicatorValue, Period
from recruit_outreach.programmes.periods import period_containing

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("programme_dashboard:index")


def grow(residents: int, seed: int) -> None:
    """Add synthetic residents, then compute this quarter and the one before, as the nightly job would."""
    call_command("seed_demo", scale=residents, seed=seed)
    this_quarter = period_containing(Period.QUARTER, timezone.localdate())
    for period in (this_quarter.previous(), this_quarter):
        compute_period(period)


def dashboard(client, **filters) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(DASHBOARD, filters)
    assert response.status_code == 200
    return len(queries.captured_queries), re.sub(r"\s+", " ", response.content.decode())


@pytest.mark.parametrize("filters", [{}, {"breakdown": "borough"}, {"breakdown": "ethnic_group"}])
def test_the_dashboard_asks_as_many_queries_at_220_residents_as_at_20(client, sign_in_staff, filters):
    sign_in_staff(roles.PROGRAMME_ADMIN)
    grow(20, seed=1)
    small_queries, small_page = dashboard(client, **filters)
    values_small = IndicatorValue.objects.count()
    grow(200, seed=2)
    large_queries, large_page = dashboard(client, **filters)
    assert IndicatorValue.objects.count() > values_small, "more residents, more groups with values"
    assert large_page != small_page, "the page shows the new numbers"
    assert large_queries == small_queries
