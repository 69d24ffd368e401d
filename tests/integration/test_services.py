"""The same code on PostgreSQL, Redis and a real Celery worker, as in production."""

import json
import time
from datetime import timedelta

import pytest

from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.db import connection
from django.utils import timezone

from recruit_outreach.accounts.tasks import clear_expired_sessions, send_email

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_database_is_postgresql(services):
    assert connection.vendor == "postgresql"


def test_postgresql_jit_is_off_so_the_nightly_aggregates_do_not_wait_for_it(services):
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone() == ("off",)


def test_healthz_reports_a_real_postgresql_outage(services, client):
    assert client.get("/healthz/").status_code == 200
    original_port = connection.settings_dict["PORT"]
    connection.close()
    connection.settings_dict["PORT"] = "1"  # nothing listens there: the driver cannot connect
    try:
        response = client.get("/healthz/")
    finally:
        connection.close()
        connection.settings_dict["PORT"] = original_port
    assert response.status_code == 503
    assert json.loads(response.content)["database"] == "unavailable"
    assert client.get("/healthz/").status_code == 200


def test_a_worker_sends_email_queued_through_redis(celery_worker_process):
    result = send_email.delay(
        subject="Your session is booked",
        body="See you on Tuesday.",
        from_email="noreply@example.org",
        to=["resident@example.org"],
    )
    assert result.get(timeout=30) == 1
    sent = list(celery_worker_process["mail_dir"].iterdir())
    assert len(sent) == 1
    assert "Your session is booked" in sent[0].read_text()


def test_a_worker_clears_expired_sessions_in_postgresql(celery_worker_process):
    expired = SessionStore()
    expired.create()
    Session.objects.filter(session_key=expired.session_key).update(expire_date=timezone.now() - timedelta(days=1))
    current = SessionStore()
    current.create()

    assert clear_expired_sessions.delay().get(timeout=30) == 1
    assert not Session.objects.filter(session_key=expired.session_key).exists()
    assert Session.objects.filter(session_key=current.session_key).exists()


def test_sign_up_email_goes_through_the_worker(celery_worker_process, client):
    password = "a-long-password-9"
    client.post("/en/account/signup/", {"email": "queued@example.org", "password1": password, "password2": password})
    deadline = time.monotonic() + 30
    messages: list[str] = []
    # The file backend creates the file, then writes it: wait for the words, not only the file.
    while time.monotonic() < deadline and not any(messages):
        time.sleep(0.2)
        messages = [path.read_text() for path in celery_worker_process["mail_dir"].glob("*")]
    assert messages and "/en/account/confirm-email/" in messages[0]
