"""Signed-in residents and staff never get the whole-page cache, so each page they open must stay cheap:
at most 10 SQL queries, and the same number whether it lists 1 thing or 20.

Each page is opened twice and the second visit is counted: the first fills the lookups every page shares
(menus, routes, the glossary; cms/chrome.py), as the first reader after a publish would.
"""

import re
from datetime import timedelta

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from applications.models import Application, Criterion
from recruit_outreach.accounts import roles
from recruit_outreach.outreach.caseload.services import caseload_consent_give
from tests.outreach_factories import BookingFactory, SupportSessionFactory
from tests.outreach_staff import client_for, person_with_role, session_today

BUDGET = 10
FEW, MANY = 1, 20

pytestmark = pytest.mark.django_db

CMS_PAGES = [
    "/en/",
    "/en/get-help/",
    "/en/get-help/how-nhs-applications-work/",
    "/en/get-help/how-nhs-applications-work/easy-read/",
    "/en/employers/",
    "/en/employers/job-carving/",
    "/en/about/",
    "/ar/get-help/how-nhs-applications-work/",  # translated
    "/pl/get-help/how-nhs-applications-work/",  # English shown in Polish (an alias)
    "/en/support-sessions/",
    "/en/search/?q=NHS",
]


@pytest.fixture(autouse=True)
def quick_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def queries_for(client, url: str) -> int:
    first = client.get(url)
    assert first.status_code == 200, (url, first.status_code)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(queries)


def shape(index: int, url: str) -> str:
    """The same page with FEW or MANY things has other ids in its address."""
    return f"{index}:{re.sub(r'[0-9]+', 'N', url)}"


def assert_within_budget(counts: dict[str, tuple[int, int]]) -> None:
    """counts: url -> (queries with FEW things on the page, with MANY)."""
    over = {url: pair for url, pair in counts.items() if max(pair) > BUDGET}
    growing = {url: pair for url, pair in counts.items() if pair[0] != pair[1]}
    assert not over, f"over {BUDGET} queries: {over}"
    assert not growing, f"more queries with more on the page: {growing}"


@pytest.mark.parametrize("url", CMS_PAGES)
def test_content_pages_for_a_signed_in_resident(demo_site, url):
    resident = client_for(person_with_role(roles.RESIDENT))
    count = queries_for(resident, url)
    assert count <= BUDGET, f"{url}: {count} queries"


def _resident_with(things: int):
    resident = person_with_role(roles.RESIDENT)
    for number in range(things):
        application = Application.objects.create(owner=resident, job_title=f"Porter {number}", box_chars=5000)
        for position in range(things):
            Criterion.objects.create(
                application=application, text=f"Able to do task {position}", level="essential", position=position
            )
        BookingFactory(resident=resident, session=SupportSessionFactory(capacity=5))
    return resident


def _resident_urls(resident) -> list[str]:
    application = resident.applications.order_by("pk").first()
    booking = resident.session_bookings.order_by("pk").first()
    app = [
        reverse(f"applications:{name}", args=[application.pk])
        for name in ("job", "statement", "checks", "download", "track", "share")
    ]
    criterion = application.criteria.order_by("position").first()
    return [
        reverse("applications:dashboard"),
        reverse("applications:job_new"),
        reverse("applications:documents"),
        *app,
        reverse("applications:evidence", args=[application.pk, criterion.pk]),
        reverse("outreach:bookings"),
        reverse("outreach:booking", args=[booking.pk]),
        reverse("outreach:session", args=[booking.session_id]),
        reverse("accounts:profile"),
        reverse("programmes:equality_questions"),
        reverse("mfa_index"),
        reverse("account_email"),
        reverse("outreach:record_sharing"),
        reverse("outreach:record_who_looked"),
    ]


def test_the_coach_bookings_and_account_pages_for_a_resident(demo_site):
    counts: dict[str, list[int]] = {}
    for things in (FEW, MANY):
        resident = _resident_with(things)
        client = client_for(resident)
        for index, url in enumerate(_resident_urls(resident)):
            counts.setdefault(shape(index, url), []).append(queries_for(client, url))
    assert_within_budget({url: tuple(pair) for url, pair in counts.items()})


def _register_with(worker, things: int):
    session = session_today(capacity=MANY)
    session.facilitators.add(worker)
    for _ in range(things):
        BookingFactory(session=session)
        caseload_consent_give(resident=person_with_role(roles.RESIDENT))
    return session


def test_staff_pages_for_an_outreach_worker(demo_site):
    counts: dict[str, list[int]] = {}
    for things in (FEW, MANY):
        worker = person_with_role(roles.OUTREACH_WORKER)
        session = _register_with(worker, things)
        client = client_for(worker)
        resident = person_with_role(roles.RESIDENT)
        caseload_consent_give(resident=resident)
        urls = [
            reverse("outreach:register_today"),
            reverse("outreach:register", args=[session.pk]),
            reverse("outreach:caseload"),
            reverse("outreach:caseload_resident", args=[resident.pk]),
            reverse("outreach:referrals"),
            reverse("applications:worker_list"),
            reverse("mfa_index"),
        ]
        for index, url in enumerate(urls):
            counts.setdefault(shape(index, url), []).append(queries_for(client, url))
    assert_within_budget({url: tuple(pair) for url, pair in counts.items()})


def test_the_access_log_for_a_programme_admin(demo_site):
    counts = []
    for things in (FEW, MANY):
        admin = person_with_role(roles.PROGRAMME_ADMIN)
        worker = person_with_role(roles.OUTREACH_WORKER)
        worker_client = client_for(worker)
        for _ in range(things):
            resident = person_with_role(roles.RESIDENT)
            caseload_consent_give(resident=resident)
            worker_client.get(reverse("outreach:caseload_resident", args=[resident.pk]))
        counts.append(queries_for(client_for(admin), reverse("outreach:access_log")))
    assert_within_budget({"access log": tuple(counts)})


def test_the_session_listing_does_not_grow_with_sessions(demo_site):
    counts = []
    for things in (FEW, MANY):
        for _ in range(things):
            SupportSessionFactory(starts_at=timezone.now() + timedelta(days=2))
        counts.append(queries_for(client_for(person_with_role(roles.RESIDENT)), "/en/support-sessions/"))
    assert_within_budget({"/en/support-sessions/": tuple(counts)})
