"""Recomputing: the same numbers each time, a fixed number of queries, the task, the command and the progress."""

from datetime import date
from io import StringIO

import pytest

from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from applications.models import Milestone
from recruit_outreach.accounts import roles
from recruit_outreach.outreach.volunteering.models import Outcome
from recruit_outreach.programmes.compute import compute_period
from recruit_outreach.programmes.models import Indicator, IndicatorValue, Recomputation
from recruit_outreach.programmes.tasks import compute_indicators
from tests.outreach_factories import BookingFactory, SupportSessionFactory
from tests.volunteering_factories import AppointmentRequestFactory, SupportedPersonFactory

from .compute_fixtures import Q3, application, at, indicator, mark, resident, total

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_passwords")]
DASHBOARD = reverse("programme_dashboard:index")
RECOMPUTE = reverse("programme_dashboard:recompute")
GROUPS = [
    ("brent", "en", "white_british", "no", "25_34"),
    ("ealing", "ar", "black_african", "yes", "35_44"),
    ("harrow", "so", "asian_indian", "no", "45_54"),
    ("hillingdon", "pl", "mixed_other", "prefer_not_to_say", "16_24"),
    ("", "en", "", "", ""),
]


def residents_with_everything(count: int, session) -> None:
    """``count`` residents, each with an application through the funnel, a session attended and a request."""
    for number in range(count):
        borough, language, ethnic_group, disability, age_band = GROUPS[number % len(GROUPS)]
        person = resident(borough, language, ethnic_group=ethnic_group, disability=disability, age_band=age_band)
        steps = [Milestone.Kind.SUBMITTED, Milestone.Kind.SHORTLISTED, Milestone.Kind.INTERVIEW, Milestone.Kind.OFFER]
        application(person, date(2026, 7, 2), *[(kind, date(2026, 7, 10 + step)) for step, kind in enumerate(steps)])
        mark(session, True, number % 50, booking=BookingFactory(session=session, resident=person))
        supported = SupportedPersonFactory(user=person)
        made = AppointmentRequestFactory(person=supported, appointment_at=at(date(2026, 8, 3)))
        Outcome.objects.create(request=made, result=Outcome.Result.ATTENDED, hours=1)


@pytest.fixture
def held_session():
    return SupportSessionFactory(starts_at=at(date(2026, 7, 10)), ends_at=at(date(2026, 7, 10), 12), capacity=100)


def snapshot() -> list[tuple]:
    return list(
        IndicatorValue.objects.order_by("indicator__code", "period_start", "breakdown", "category").values_list(
            "indicator__code", "period_start", "breakdown", "category", "value", "numerator", "denominator"
        )
    )


def test_recomputing_a_period_gives_the_same_rows_and_leaves_other_values_alone(held_session):
    residents_with_everything(5, held_session)
    by_hand = IndicatorValue.objects.create(indicator=indicator("ca-events"), period_start=Q3, value=4)
    earlier = IndicatorValue.objects.create(
        indicator=indicator("ro-shortlisted"), period_start=date(2026, 4, 1), value=9
    )
    IndicatorValue.objects.create(
        indicator=indicator("ro-shortlisted"), period_start=Q3, breakdown="borough", category="harrow", value=40
    )
    compute_period("2026-Q3")
    first = snapshot()
    compute_period("2026-Q3")
    assert snapshot() == first
    assert total("ro-shortlisted") == 5
    assert IndicatorValue.objects.filter(pk__in=[by_hand.pk, earlier.pk]).count() == 2
    harrow = IndicatorValue.objects.filter(indicator__code="ro-shortlisted", period_start=Q3, category="harrow")
    assert [value.value for value in harrow] == [1]  # the old computed value replaced, not added to


def test_the_number_of_queries_is_the_same_for_5_and_50_residents(held_session):
    residents_with_everything(5, held_session)
    compute_period("2026-Q3")
    with CaptureQueriesContext(connection) as five:
        compute_period("2026-Q3")
    residents_with_everything(45, held_session)
    with CaptureQueriesContext(connection) as fifty:
        compute_period("2026-Q3")
    assert total("ro-session-attendances") == 50
    assert len(fifty.captured_queries) == len(five.captured_queries)


def test_the_nightly_task_has_time_limits_and_computes_the_current_and_previous_periods():
    assert settings.CELERY_BEAT_SCHEDULE["compute-programme-indicators"]["task"] == compute_indicators.name
    assert compute_indicators.soft_time_limit < compute_indicators.time_limit
    compute_indicators.delay()
    run = Recomputation.objects.get()
    assert len(run.periods.split()) == 4 and run.finished_at and not run.failed
    assert run.done == run.total > 0


def test_a_failing_run_is_marked_failed_not_left_running(monkeypatch):
    def broken(recomputation_id):
        raise RuntimeError("database went away")

    monkeypatch.setattr("recruit_outreach.programmes.recompute.recomputation_run", broken)
    with pytest.raises(RuntimeError):
        compute_indicators.delay()
    assert Recomputation.objects.get().failed


def test_the_command_computes_a_quarter_or_a_month():
    Indicator.objects.filter(code="vol-requests").update(period="month")
    AppointmentRequestFactory(appointment_at=at(date(2026, 9, 20)))
    out = StringIO()
    call_command("compute_indicators", "--period", "2026-09", stdout=out)
    assert "2026-09: 1 indicators computed" in out.getvalue()
    assert total("vol-requests", date(2026, 9, 1)) is not None
    call_command("compute_indicators", "--period", "2026-Q3", stdout=out)
    assert "2026-Q3:" in out.getvalue() and "ld-pledges left as it was" in out.getvalue()
    with pytest.raises(CommandError, match="2026-Q3"):
        call_command("compute_indicators", "--period", "2026-13")


def progress_words(done: int, total: int) -> str:
    return gettext("Recomputing: %(done)s of %(total)s indicators") % {"done": done, "total": total}


def test_the_dashboard_shows_progress_while_recomputing(client, sign_in_staff):
    sign_in_staff(roles.PROGRAMME_ADMIN)
    Recomputation.objects.create(periods="2026-Q3", done=3, total=44)
    page = client.get(DASHBOARD).content.decode()
    with translation.override("en"):
        assert progress_words(3, 44) in page
        assert gettext("Reload this page to see how far it has got") in page
        assert gettext("Recompute now") not in page


def test_a_programme_admin_recomputes_now(client, sign_in_staff, django_capture_on_commit_callbacks):
    sign_in_staff(roles.PROGRAMME_ADMIN)
    with translation.override("en"):
        assert gettext("Recompute now") in client.get(DASHBOARD).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(RECOMPUTE)
    assert response.status_code == 302
    run = Recomputation.objects.get()
    assert run.finished_at and run.done == run.total
    with translation.override("en"):
        page = client.get(DASHBOARD).content.decode()
        assert gettext("Recompute now") in page
        assert progress_words(run.done, run.total) not in page


def test_staff_without_the_programme_role_cannot_recompute(client, sign_in_staff):
    sign_in_staff(roles.OUTREACH_WORKER)
    response = client.post(RECOMPUTE)
    assert response.status_code in (302, 403)
    assert not Recomputation.objects.exists()
