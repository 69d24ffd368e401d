"""Step 6: the resident records what happened to their application; these milestones feed the programme metrics."""

import datetime

import pytest

from django.urls import reverse
from django.utils import timezone

from applications.models import Application, Milestone
from recruit_outreach.accounts import roles
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def application():
    return Application.objects.create(owner=UserFactory(roles=[roles.RESIDENT]), job_title="Porter")


def track_url(application: Application) -> str:
    return reverse("applications:track", args=[application.pk])


def post(client, application, kind: str, date: datetime.date | None = None, **extra):
    date = date or timezone.localdate()
    data = {"kind": kind, "day": date.day, "month": date.month, "year": date.year, "feedback": "", **extra}
    return client.post(track_url(application), data)


def test_page_shows_step_6_with_todays_date_filled_in(client, application):
    client.force_login(application.owner)
    response = client.get(track_url(application))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Step 6 of 6" in html
    today = timezone.localdate()
    assert f'name="day" type="text" inputmode="numeric" autocomplete="off" value="{today.day}"' in html
    assert f'value="{today.year}"' in html
    assert 'type="radio" value="submitted"' in html


def test_recording_a_milestone_saves_it_and_redirects_with_a_message(client, application):
    client.force_login(application.owner)
    response = post(client, application, "unsuccessful", datetime.date(2025, 3, 27), feedback="More NHS examples.")

    assert response.status_code == 302
    assert response["Location"] == track_url(application)
    milestone = application.milestones.get()
    assert (milestone.kind, milestone.date, milestone.feedback) == (
        "unsuccessful",
        datetime.date(2025, 3, 27),
        "More NHS examples.",
    )
    page = client.get(response["Location"]).content.decode()
    assert "Thank you. We saved what happened: Not successful." in page
    assert "More NHS examples." in page


def test_milestones_are_listed_in_date_order(client, application):
    Milestone.objects.create(application=application, kind="interview", date=datetime.date(2025, 4, 10))
    Milestone.objects.create(application=application, kind="submitted", date=datetime.date(2025, 3, 1))
    Milestone.objects.create(application=application, kind="shortlisted", date=datetime.date(2025, 3, 20))
    client.force_login(application.owner)
    response = client.get(track_url(application))

    assert [milestone.kind for milestone in response.context["milestones"]] == ["submitted", "shortlisted", "interview"]
    html = response.content.decode()
    assert html.index("1 March 2025") < html.index("20 March 2025") < html.index("10 April 2025")


def test_feedback_is_shown_escaped(client, application):
    Milestone.objects.create(application=application, kind="unsuccessful", feedback="<script>alert(1)</script>")
    client.force_login(application.owner)
    html = client.get(track_url(application)).content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_date_up_to_a_year_ahead_is_accepted_but_not_further(client, application):
    client.force_login(application.owner)
    today = timezone.localdate()

    assert post(client, application, "started", today + datetime.timedelta(days=365)).status_code == 302
    response = post(client, application, "interview", today + datetime.timedelta(days=366))
    assert response.status_code == 200
    assert "The date must be no more than a year from today" in response.content.decode()
    assert application.milestones.count() == 1


@pytest.mark.parametrize(
    ("day", "month", "year", "message"),
    [
        ("", "", "", "Enter the date"),
        ("", "3", "2025", "The date must include a day"),
        ("4", "", "2025", "The date must include a month"),
        ("4", "3", "", "The date must include a year"),
        ("31", "2", "2025", "The date must be a real date"),
        ("4", "3", "25", "The date must be a real date"),
        ("four", "3", "2025", "The date must be a real date"),
    ],
)
def test_a_missing_or_impossible_date_is_refused_with_a_clear_error(client, application, day, month, year, message):
    client.force_login(application.owner)
    response = client.post(track_url(application), {"kind": "submitted", "day": day, "month": month, "year": year})

    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert '<a href="#id_day">' in html, "the error summary links to the first date box"
    assert not application.milestones.exists()


def test_choosing_what_happened_is_required(client, application):
    client.force_login(application.owner)
    response = client.post(track_url(application), {"day": "1", "month": "3", "year": "2025"})

    html = response.content.decode()
    assert '<a href="#id_kind_0">Choose what happened</a>' in html
    assert not application.milestones.exists()


@pytest.mark.parametrize("kind", ["in_post_13", "in_post_26"])
def test_still_in_the_job_needs_a_start_first(client, application, kind):
    client.force_login(application.owner)

    response = post(client, application, kind)
    assert response.status_code == 200
    assert "Tell us when you started the job first" in response.content.decode()
    assert not application.milestones.exists()

    Milestone.objects.create(application=application, kind="started", date=datetime.date(2025, 1, 6))
    assert post(client, application, kind).status_code == 302
    assert application.milestones.filter(kind=kind).exists()


def test_a_start_on_another_application_does_not_count(client, application):
    other = Application.objects.create(owner=application.owner, job_title="Cleaner")
    Milestone.objects.create(application=other, kind="started")
    client.force_login(application.owner)

    assert post(client, application, "in_post_13").status_code == 200
    assert not application.milestones.exists()


def test_another_resident_gets_404_and_cannot_add_milestones(client, application):
    client.force_login(UserFactory(roles=[roles.RESIDENT]))

    assert client.get(track_url(application)).status_code == 404
    assert post(client, application, "offer").status_code == 404
    assert not application.milestones.exists()


def test_signing_in_is_required(client, application):
    response = client.get(track_url(application))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]
