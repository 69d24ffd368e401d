"""Saving a register mark with 50 facilitators tapping at once (run with `make bench`; needs PostgreSQL).

The live test server (one thread per request) serves 50 sessions, each with its own facilitator signed in
with their second factor and 10 booked residents. 50 client threads, one per facilitator, each send their
10 taps as the register's JavaScript does (POST with `Accept: application/json`), one after the other,
all starting together. The figure is the time from sending a tap to its answer, over all 500 taps.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ro_<you> .venv/bin/pytest tests/benchmarks/test_register_bench.py -s
"""

import statistics
import threading
import time
import uuid

import pytest
import requests

from django.db import connection

from recruit_outreach.accounts import roles
from tests.factories import PASSWORD
from tests.mfa import current_code, enable_totp
from tests.outreach_factories import BookingFactory
from tests.outreach_staff import person_with_role, session_today

FACILITATORS = 50
RESIDENTS_PER_SESSION = 10
P95_TARGET_MS = 300

pytestmark = pytest.mark.django_db(transaction=True)


def _signed_in(base: str, email: str, secret: str) -> requests.Session:
    browser = requests.Session()
    login = f"{base}/en/account/login/"
    browser.get(login)
    answer = browser.post(
        login,
        {"login": email, "password": PASSWORD, "csrfmiddlewaretoken": browser.cookies["csrftoken"]},
        headers={"Referer": login},
    )
    code_page = answer.url
    browser.post(
        code_page,
        {"code": current_code(secret), "csrfmiddlewaretoken": browser.cookies["csrftoken"]},
        headers={"Referer": code_page},
    )
    return browser


def _taps(base: str, browser: requests.Session, session, bookings, start: threading.Barrier, times: list) -> None:
    url = f"{base}/en/outreach/staff/sessions/{session.pk}/register/mark/"
    start.wait()
    for booking in bookings:
        form = {
            "booking": booking.pk,
            "save_id": str(uuid.uuid4()),
            "mark": "attended",
            "csrfmiddlewaretoken": browser.cookies["csrftoken"],
        }
        sent = time.perf_counter()
        answer = browser.post(url, form, headers={"Accept": "application/json", "Referer": url})
        times.append((time.perf_counter() - sent) * 1000)
        assert answer.status_code == 200 and answer.json()["saved"], answer.text[:300]


def test_saving_a_register_mark_p95_with_50_facilitators(live_server, settings):
    if connection.vendor != "postgresql":
        pytest.skip("Concurrent writes are measured on PostgreSQL, as in production.")
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.ACCOUNT_RATE_LIMITS = False  # 50 sign-ins from one address in a few seconds are this test, not an attack
    work = []
    for number in range(FACILITATORS):
        facilitator = person_with_role(roles.OUTREACH_WORKER, email=f"facilitator{number}@example.org")
        session = session_today(capacity=RESIDENTS_PER_SESSION)
        session.facilitators.add(facilitator)
        bookings = [BookingFactory(session=session) for _ in range(RESIDENTS_PER_SESSION)]
        browser = _signed_in(live_server.url, facilitator.email, enable_totp(facilitator))
        work.append((browser, session, bookings))

    times: list[float] = []
    start = threading.Barrier(FACILITATORS)
    threads = [
        threading.Thread(target=_taps, args=(live_server.url, browser, session, bookings, start, times))
        for browser, session, bookings in work
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)

    assert len(times) == FACILITATORS * RESIDENTS_PER_SESSION
    p95 = statistics.quantiles(times, n=20)[18]
    print(f"\n  {len(times)} taps: median {statistics.median(times):.0f} ms, p95 {p95:.0f} ms, max {max(times):.0f} ms")
    assert p95 < P95_TARGET_MS, f"p95 {p95:.0f} ms is over the target: see tests/benchmarks/README.md"
