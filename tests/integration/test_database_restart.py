"""When PostgreSQL drops every connection (as on a restart), the site and the Celery worker carry on without a
restart of their own. The shared server is never restarted: the test ends the app's sessions on its own test
database with pg_terminate_backend, which is what a restart does to them."""

import pytest
import requests

from django.db import connection

from recruit_outreach.accounts.tasks import clear_expired_sessions
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _drop_every_other_connection() -> int:
    """End every session on the test database but this test's own; returns how many were ended."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return cursor.fetchone()[0]


def test_the_site_answers_the_next_request_after_its_connections_are_dropped(app_server):
    site = app_server()
    resident = UserFactory(roles=["resident"])
    browser = requests.Session()
    login = browser.get(f"{site}/en/account/login/", timeout=30)
    token = login.cookies.get("csrftoken") or browser.cookies["csrftoken"]
    browser.post(f"{site}/en/account/login/", timeout=30, allow_redirects=False,
                 data={"csrfmiddlewaretoken": token, "login": resident.email, "password": PASSWORD},
                 headers={"Referer": f"{site}/en/account/login/"})  # fmt: skip
    assert browser.get(f"{site}/en/applications/documents/", timeout=30).status_code == 200

    assert _drop_every_other_connection() >= 1
    after = browser.get(f"{site}/en/applications/documents/", timeout=30)
    assert after.status_code == 200 and "Upload" in after.text
    assert requests.get(f"{site}/healthz/", timeout=30).json() == {"status": "ok", "database": "ok"}


def test_the_worker_runs_the_next_task_after_its_connections_are_dropped(celery_worker_process):
    """Celery's Django fixup closes the worker's connection after each task (and checks it before one), so a
    restart between tasks costs nothing; this holds that in place."""
    assert clear_expired_sessions.delay().get(timeout=60) == 0
    _drop_every_other_connection()
    assert clear_expired_sessions.delay().get(timeout=60) == 0
