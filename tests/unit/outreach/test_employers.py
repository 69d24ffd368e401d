"""Employer engagement and the employers' advert check: own organisation only, history for employer users,
nothing kept when signed out, Disability Confident expiry alerts sent once, and the role matrix."""

from datetime import date, timedelta

import pytest

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from recruit_outreach.accounts import roles
from recruit_outreach.outreach.employers import services
from recruit_outreach.outreach.employers.models import (
    AdvertCheck,
    DisabilityConfident,
    Employer,
    EmployerMember,
    Pledge,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ADVERT = """Healthcare Assistant, Band 3
We want a young, energetic and dominant person to join our ward team.
Essential criteria
- Degree in health
- Experience of MDT working
"""


def url(name: str, *args, language: str = "en") -> str:
    with translation.override(language):
        return reverse(f"outreach:employers:{name}", args=args)


def make_employer(name: str) -> Employer:
    return Employer.objects.create(name=name, sector="nhs", borough="brent", size_band="250+")


@pytest.fixture
def employer_user(client):
    user = UserFactory(roles=[roles.EMPLOYER])
    EmployerMember.objects.create(user=user, employer=make_employer("Brent Care Homes"))
    client.force_login(user)
    return user


def test_signed_out_the_check_shows_findings_linked_to_the_advert_and_keeps_nothing(client):
    response = client.post(url("advert_check"), {"text": ADVERT})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Summary for your HR team" in page
    assert "“young” suggests you want people of a certain age." in page
    assert "A degree is essential for this Band 3 job." in page
    assert "does not offer reasonable adjustments" in page
    assert "Disability Confident" in page and "MDT is short for something" in page
    assert 'href="#advert-2"' in page and 'id="advert-2"' in page  # the finding links to its paragraph
    assert "<mark>young</mark>" in page
    assert "We do not keep your advert." in page
    assert not AdvertCheck.objects.exists()


def test_the_check_reads_in_arabic(client):
    page = client.post(url("advert_check", language="ar"), {"text": ADVERT}).content.decode()
    assert 'dir="rtl"' in page and 'lang="ar"' in page
    with translation.override("ar"):
        finding = gettext("“%(words)s” suggests you want people of a certain age. That can be unlawful.")
    assert finding % {"words": "young"} in page  # in Arabic, quoting the employer's own word


def test_an_uploaded_text_file_is_checked(client):
    upload = SimpleUploadedFile("advert.txt", ADVERT.encode(), content_type="text/plain")
    page = client.post(url("advert_check"), {"file": upload}).content.decode()
    assert "Summary for your HR team" in page and "Band 3" in page


def test_a_file_that_is_not_a_document_is_refused_plainly(client):
    upload = SimpleUploadedFile("advert.txt", b"\x00\x01\x02" * 100, content_type="text/plain")
    response = client.post(url("advert_check"), {"file": upload})
    assert response.status_code == 400 and "Summary for your HR team" not in response.content.decode()


def test_an_empty_form_asks_for_an_advert(client):
    response = client.post(url("advert_check"), {"text": "  "})
    assert response.status_code == 400 and "Paste your advert or upload a file." in response.content.decode()


def test_an_employer_users_checks_are_kept_for_their_organisation(client, employer_user):
    response = client.post(url("advert_check"), {"text": ADVERT})
    saved = AdvertCheck.objects.get()
    assert response["Location"] == url("advert_check_result", saved.pk)
    assert saved.employer.name == "Brent Care Homes" and saved.title == "Healthcare Assistant, Band 3"
    page = client.get(response["Location"]).content.decode()
    assert "“young” suggests you want people of a certain age." in page
    assert "Healthcare Assistant, Band 3" in client.get(url("advert_check")).content.decode()  # history
    arabic = client.get(url("advert_check_result", saved.pk, language="ar")).content.decode()
    assert 'lang="ar"' in arabic


def test_employer_users_see_only_their_own_organisation(client, employer_user):
    other = make_employer("Ealing Bakery")
    other_check = AdvertCheck.objects.create(employer=other, title="Baker", text="Baker wanted")
    other_pledge = Pledge.objects.create(employer=other, kind="interviews", target=5)
    page = client.get(url("organisation")).content.decode()
    assert "Brent Care Homes" in page and "Ealing Bakery" not in page
    assert client.get(url("advert_check_result", other_check.pk)).status_code == 404
    assert "Baker" not in client.get(url("advert_check")).content.decode()
    assert (
        client.post(url("pledge_progress", other_pledge.pk), {f"pledge-{other_pledge.pk}-progress": 4}).status_code
        == 404
    )
    other_pledge.refresh_from_db()
    assert other_pledge.progress == 0


def test_an_employer_user_updates_their_record_and_pledges(client, employer_user):
    employer = employer_user.employer_member.employer
    client.post(url("organisation"), {"organisation": "1", "sector": "business", "borough": "ealing",
                                      "size_band": "50-249", "contacts": "Ana, HR"})  # fmt: skip
    client.post(url("organisation"), {"new_pledge": "1", "new-kind": "job_carved", "new-target": 3, "new-progress": 0})
    pledge = Pledge.objects.get(employer=employer)
    client.post(url("pledge_progress", pledge.pk), {f"pledge-{pledge.pk}-progress": 2})
    employer.refresh_from_db()
    pledge.refresh_from_db()
    assert (employer.sector, employer.borough, employer.contacts) == ("business", "ealing", "Ana, HR")
    assert (pledge.kind, pledge.target, pledge.progress) == ("job_carved", 3, 2)
    assert "2 of 3 done." in client.get(url("organisation")).content.decode()


def test_a_disability_confident_level_lasts_three_years():
    level = DisabilityConfident.objects.create(
        employer=make_employer("A"), level="committed", started_on=date(2024, 2, 29)
    )
    assert level.expires_on == date(2027, 2, 28)


def test_disability_confident_alerts_are_sent_60_days_ahead_once(django_capture_on_commit_callbacks):
    soon, later = make_employer("Soon Ltd"), make_employer("Later Ltd")
    member = UserFactory(roles=[roles.EMPLOYER], email="hr@soon.example")
    EmployerMember.objects.create(user=member, employer=soon)
    admin = UserFactory(roles=[roles.PROGRAMME_ADMIN], email="admin@example.org")
    today = timezone.localdate()
    DisabilityConfident.objects.create(employer=soon, level="employer", started_on=today - timedelta(days=1040))
    DisabilityConfident.objects.create(employer=later, level="leader", started_on=today - timedelta(days=900))
    with django_capture_on_commit_callbacks(execute=True):
        assert services.disability_confident_alerts_send() == 1
    assert sorted(m.to[0] for m in mail.outbox) == sorted(["hr@soon.example", admin.email])
    assert "Soon Ltd: Disability Confident runs out soon" in mail.outbox[0].subject
    with django_capture_on_commit_callbacks(execute=True):
        assert services.disability_confident_alerts_send() == 0
    assert len(mail.outbox) == 2


@pytest.mark.parametrize("role", [None, *roles.ALL_ROLES])
def test_role_matrix_for_the_employer_pages(client, role):
    if role:
        client.force_login(UserFactory(roles=[role]))
    assert client.get(url("advert_check")).status_code == 200  # open to everyone
    organisation = client.get(url("organisation"))
    if role is None:
        assert organisation["Location"].startswith("/en/account/login/")
    else:
        assert organisation.status_code == 404  # only users linked to an organisation have one


def test_the_employer_hub_links_to_the_advert_check(client, demo_site):
    from cms.models import EmployerHubPage

    hub = EmployerHubPage.objects.filter(locale__language_code="en").first()
    assert url("advert_check") in client.get(hub.url).content.decode()


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (roles.OUTREACH_WORKER, True),
        (roles.PROGRAMME_ADMIN, True),
        (roles.EDITOR, False),
        (roles.VOLUNTEER_COORDINATOR, False),
    ],
)
def test_role_matrix_for_the_employers_admin(role, allowed):
    from django.test import Client

    from tests.mfa import enable_totp
    from tests.unit.accounts.test_admin_access import sign_in

    user = UserFactory(roles=[role])
    browser = Client()
    sign_in(browser, user, enable_totp(user))
    for model in ("employers", "disability_confident", "pledges", "awareness", "notes", "members"):
        response = browser.get(f"/admin/employers_{model}/")
        assert (response.status_code == 200) is allowed, model
