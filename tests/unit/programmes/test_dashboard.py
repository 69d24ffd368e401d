"""The programme dashboard: stored values shown under disclosure control, with a constant number of queries."""

import re
from datetime import date

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from recruit_outreach.accounts import roles
from recruit_outreach.programmes.models import Indicator, IndicatorValue

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("programme_dashboard:index")
Q2, Q3 = date(2026, 4, 1), date(2026, 7, 1)


def store(code: str, start: date, value=0, breakdown: str = "", category: str = "", **numbers) -> IndicatorValue:
    return IndicatorValue.objects.create(
        indicator=Indicator.objects.get(code=code),
        period_start=start,
        breakdown=breakdown,
        category=category,
        value=value,
        **numbers,
    )


def section(page: str, name: str) -> str:
    """The text of one indicator's section, tags removed."""
    start = page.index(f">{name}</h3>")
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page[start : page.index("</section>", start)]))


@pytest.fixture
def programme_admin(sign_in_staff):
    return sign_in_staff(roles.PROGRAMME_ADMIN)


def test_counts_are_rounded_and_small_ones_hidden_with_the_trend_in_words(client, programme_admin):
    store("ro-job-starts", Q2, 12)
    store("ro-job-starts", Q3, 23)
    store("ro-in-post-13-weeks", Q3, 6)
    response = client.get(DASHBOARD)
    assert response.status_code == 200, (response.status_code, response.get("Location"))
    page = response.content.decode()
    starts = section(page, "Job starts")
    assert "Value for Jul to Sep 2026 25" in starts
    assert "Apr to Jun 2026 10" in starts
    assert "Better than the period before." in starts
    assert "23" not in starts and "12" not in starts
    in_post = section(page, "Still in post at 13 weeks")
    assert "Value for Jul to Sep 2026 *" in in_post
    assert "Nothing can be shown for this period." in in_post


def test_rates_are_worked_out_from_rounded_counts(client, programme_admin):
    store("ro-shortlisted-of-submitted", Q3, 59.09, numerator=13, denominator=22)
    text = section(client.get(DASHBOARD).content.decode(), "Submitted applications shortlisted")
    assert "75.0 %" in text
    assert "59" not in text


def test_a_split_hides_a_lone_small_group_and_the_next_smallest(client, programme_admin):
    store("ro-job-starts", Q3, 43)
    store("ro-job-starts", Q3, 3, breakdown="borough", category="brent")
    store("ro-job-starts", Q3, 20, breakdown="borough", category="ealing")
    store("ro-job-starts", Q3, 20, breakdown="borough", category="harrow")
    page = client.get(DASHBOARD, {"period": "2026-07-01", "breakdown": "borough"}).content.decode()
    text = section(page, "Job starts")
    assert "By Borough, Jul to Sep 2026" in text
    assert "Brent * Ealing * Harrow 20 Total 45" in text


def test_the_ratio_is_shown_against_its_target_of_parity(client, programme_admin):
    store("ro-likelihood-ethnicity", Q2, 1.8)
    store("ro-likelihood-ethnicity", Q3, 1.52)
    text = section(
        client.get(DASHBOARD).content.decode(),
        "Relative likelihood of appointment from shortlisting: White and BME applicants",
    )
    assert "1.52" in text and "Target 1.00" in text
    assert "Better than the period before. The target is not met yet." in text


def test_another_programme_and_an_earlier_period_can_be_chosen(client, programme_admin):
    store("ca-people-reached", Q2, 30)
    store("ca-people-reached", Q3, 41)
    page = client.get(DASHBOARD, {"workstream": "cancer_outreach", "period": "2026-04-01"}).content.decode()
    text = section(page, "People reached by cancer outreach")
    assert "Value for Apr to Jun 2026 30" in text
    assert "Jul to Sep 2026" not in text
    assert "Cancer late diagnosis and prevention outreach" in page


def test_the_number_of_queries_does_not_grow_with_the_data(client, programme_admin):
    store("ro-job-starts", Q3, 10)
    with CaptureQueriesContext(connection) as small:
        assert client.get(DASHBOARD, {"breakdown": "borough"}).status_code == 200
    for code in ("ro-job-starts", "ro-offered", "ro-shortlisted", "ro-residents-supported"):
        for month in (1, 4, 7):
            store(code, date(2026, month, 1), 40) if (code, month) != ("ro-job-starts", 7) else None
            for borough in ("brent", "ealing", "harrow", "hounslow"):
                store(code, date(2026, month, 1), 12, breakdown="borough", category=borough)
    with CaptureQueriesContext(connection) as large:
        page = client.get(DASHBOARD, {"breakdown": "borough"}).content.decode()
    assert "Hounslow" in page
    assert len(large.captured_queries) == len(small.captured_queries)


@pytest.mark.parametrize("role", [roles.EDITOR, roles.OUTREACH_WORKER])
def test_other_staff_cannot_see_the_dashboard(client, sign_in_staff, role):
    sign_in_staff(role)
    response = client.get(DASHBOARD)
    assert response.status_code in (302, 403)
