"""With the broker down, pages that queue work still answer, keep what the person sent, and the work happens
once the broker is back (the outbox's sweep sends it)."""

import os
import re

import pytest

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from applications.models import Upload
from applications.uploads import upload_store
from recruit_outreach.celery import app
from recruit_outreach.outbox.models import PendingTask
from recruit_outreach.outbox.services import outbox_flush
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

CLOSED_PORT = "redis://127.0.0.1:1/0"  # nothing listens there: every connection is refused
STATEMENT = (
    "I have cared for my grandmother for three years. I help her wash, dress and take her tablets each day. "
    "I keep a diary of her medicines so the district nurse can see what she has taken."
)


def _point_broker_at(url: str) -> None:
    """Point this process's Celery app at another broker, dropping connections made to the old one.

    Celery reads the CELERY_BROKER_URL environment variable (which CI sets) before its own setting."""
    os.environ["CELERY_BROKER_URL"] = url
    app.conf.broker_url = url
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def broker(settings, tmp_path):
    """The broker is down (a closed port) until `back()`; then tasks run here, as a worker would run them."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    previous = (app.conf.broker_url, app.conf.task_always_eager)
    previous_environ = os.environ.get("CELERY_BROKER_URL")

    class Broker:
        def down(self) -> None:
            _point_broker_at(CLOSED_PORT)
            app.conf.task_always_eager = False

        def back(self) -> None:
            _point_broker_at(previous[0])
            app.conf.task_always_eager = True

    broker = Broker()
    broker.down()
    yield broker
    _point_broker_at(previous[0])
    if previous_environ is None:
        del os.environ["CELERY_BROKER_URL"]
    app.conf.task_always_eager = previous[1]


def test_an_upload_while_the_broker_is_down_is_kept_and_checked_when_it_is_back(
    broker, client, django_capture_on_commit_callbacks
):
    resident = UserFactory(roles=["resident"])
    client.force_login(resident)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("applications:documents"),
            {"kind": "statement", "file": SimpleUploadedFile("statement.txt", STATEMENT.encode())},
        )
    upload = Upload.objects.get(owner=resident)
    assert response.status_code == 302 and response["Location"] == reverse("applications:document", args=[upload.pk])
    assert upload.status == Upload.Status.QUEUED and upload.file.read() == STATEMENT.encode()
    assert "Waiting to be checked" in client.get(response["Location"]).content.decode()

    broker.back()
    assert outbox_flush() == 1
    upload.refresh_from_db()
    assert upload.status == Upload.Status.DONE
    assert not PendingTask.objects.exists()


def test_check_again_while_the_broker_is_down_runs_the_check_when_it_is_back(
    broker, client, django_capture_on_commit_callbacks
):
    resident = UserFactory(roles=["resident"])
    client.force_login(resident)
    upload = Upload.objects.create(
        owner=resident,
        kind="statement",
        file=SimpleUploadedFile("statement.txt", STATEMENT.encode()),
        original_name="statement.txt",
        status=Upload.Status.DONE,
        report={"stats": {}, "findings": []},
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("applications:document_recheck", args=[upload.pk]))
    assert response.status_code == 302
    upload.refresh_from_db()
    assert upload.status == Upload.Status.QUEUED

    broker.back()
    assert outbox_flush() == 1
    upload.refresh_from_db()
    assert upload.status == Upload.Status.DONE and upload.report["stats"]["words"] > 20


def test_sign_up_while_the_broker_is_down_keeps_the_account_and_sends_the_email_later(
    broker, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("account_signup"), {"email": "later@example.org", "password1": PASSWORD, "password2": PASSWORD}
        )
    assert response.status_code == 302 and response["Location"] == reverse("account_email_verification_sent")
    assert mail.outbox == []
    assert PendingTask.objects.count() == 1

    broker.back()
    assert outbox_flush() == 1
    assert mail.outbox[-1].to == ["later@example.org"]
    assert re.search(r"/en/account/confirm-email/\S+/", mail.outbox[-1].body)


def test_a_password_reset_while_the_broker_is_down_is_emailed_when_it_is_back(
    broker, client, django_capture_on_commit_callbacks
):
    UserFactory(email="forgot@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_reset_password"), {"email": "forgot@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []

    broker.back()
    assert outbox_flush() == 1
    assert re.search(r"/en/account/password/reset/key/\S+/", mail.outbox[-1].body)


def test_the_sweep_stops_at_the_first_refusal_and_keeps_every_task(broker, django_capture_on_commit_callbacks):
    resident = UserFactory(roles=["resident"])
    for name in ("one.txt", "two.txt"):
        with django_capture_on_commit_callbacks(execute=True):
            upload_store(owner=resident, kind="cv", file=SimpleUploadedFile(name, b"A CV."))

    assert outbox_flush() == 0
    attempts = list(PendingTask.objects.values_list("attempts", flat=True))
    assert attempts == [2, 1], "each was tried when queued; the sweep stopped after the first refusal"
    assert "Connection refused" in PendingTask.objects.first().last_error
    assert list(Upload.objects.values_list("status", flat=True)) == [Upload.Status.QUEUED] * 2
