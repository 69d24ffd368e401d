"""A resident gets one email, in their language, 3 days before an unsent application closes."""

import datetime

import pytest

from django.core import mail
from django.utils import timezone

from applications.models import Application, Milestone
from applications.reminders import closing_date_reminders_send
from applications.tasks import send_closing_date_reminders
from recruit_outreach.accounts import roles
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def closing_in(days: int, *, language: str = "en", job_title: str = "Pharmacy Assistant") -> Application:
    user = UserFactory(roles=[roles.RESIDENT], first_name="Amina")
    user.profile.preferred_language = language
    user.profile.save()
    return Application.objects.create(
        owner=user, job_title=job_title, closing_date=timezone.localdate() + datetime.timedelta(days=days)
    )


def send(capture) -> int:
    with capture(execute=True):
        return closing_date_reminders_send()


def test_sends_one_email_for_an_application_closing_in_3_days(django_capture_on_commit_callbacks):
    application = closing_in(3)

    assert send(django_capture_on_commit_callbacks) == 1

    [message] = mail.outbox
    assert message.to == [application.owner.email]
    assert message.subject == "Your application for Pharmacy Assistant closes in 3 days"
    assert f"http://127.0.0.1:8000/en/applications/{application.pk}/statement/" in message.body
    assert "Pharmacy Assistant" in message.body
    assert f"{application.closing_date:%-d %B %Y}" in message.body
    application.refresh_from_db()
    assert application.reminder_sent_for == application.closing_date


@pytest.mark.parametrize("days", [2, 4, 0, -3])
def test_nothing_is_sent_on_other_days(django_capture_on_commit_callbacks, days):
    closing_in(days)

    assert send(django_capture_on_commit_callbacks) == 0
    assert mail.outbox == []


def test_running_twice_sends_once(django_capture_on_commit_callbacks):
    closing_in(3)

    assert send(django_capture_on_commit_callbacks) == 1
    assert send(django_capture_on_commit_callbacks) == 0
    assert len(mail.outbox) == 1


def test_a_new_closing_date_gets_its_own_reminder(django_capture_on_commit_callbacks):
    application = closing_in(3)
    application.reminder_sent_for = application.closing_date - datetime.timedelta(days=7)
    application.save()

    assert send(django_capture_on_commit_callbacks) == 1


def test_no_reminder_once_the_application_is_submitted(django_capture_on_commit_callbacks):
    application = closing_in(3)
    Milestone.objects.create(application=application, kind=Milestone.Kind.SUBMITTED)

    assert send(django_capture_on_commit_callbacks) == 0
    assert mail.outbox == []


def test_other_milestones_do_not_stop_the_reminder(django_capture_on_commit_callbacks):
    application = closing_in(3)
    Milestone.objects.create(application=application, kind=Milestone.Kind.UNSUCCESSFUL)

    assert send(django_capture_on_commit_callbacks) == 1


def test_email_is_in_the_residents_language_with_a_link_under_that_language(django_capture_on_commit_callbacks):
    application = closing_in(3, language="ar")
    english = closing_in(3)

    assert send(django_capture_on_commit_callbacks) == 2

    by_recipient = {message.to[0]: message for message in mail.outbox}
    arabic = by_recipient[application.owner.email]
    assert f"/ar/applications/{application.pk}/statement/" in arabic.body
    assert f"/en/applications/{english.pk}/statement/" in by_recipient[english.owner.email].body
    assert "/en/" not in arabic.body
    assert f"{application.closing_date:%B}" not in arabic.body, "the closing date is written in Arabic"


def test_an_untitled_application_still_gets_a_clear_subject(django_capture_on_commit_callbacks):
    closing_in(3, job_title="")

    send(django_capture_on_commit_callbacks)

    assert mail.outbox[0].subject == "Your job application closes in 3 days"


def test_a_job_title_with_line_breaks_gives_a_one_line_subject(django_capture_on_commit_callbacks):
    closing_in(3, job_title="Porter\nBand 2")

    send(django_capture_on_commit_callbacks)

    assert mail.outbox[0].subject == "Your application for Porter Band 2 closes in 3 days"


def test_the_email_is_only_queued_when_the_transaction_commits(django_capture_on_commit_callbacks):
    closing_in(3)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        closing_date_reminders_send()

    assert len(callbacks) == 1
    assert mail.outbox == []


def test_the_daily_celery_task_sends_the_reminders(django_capture_on_commit_callbacks):
    application = closing_in(3)

    with django_capture_on_commit_callbacks(execute=True):
        result = send_closing_date_reminders.delay()

    assert result.get() == 1
    assert [message.to for message in mail.outbox] == [[application.owner.email]]
