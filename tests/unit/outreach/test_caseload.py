"""Caseload with consent, the access log (written, shown to the resident, exported) and referrals."""

import csv
import io
import re
import uuid

import pytest

from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from applications.models import Application, Milestone
from recruit_outreach.accounts import roles
from recruit_outreach.accounts.models import AccessLogEntry, Consent
from recruit_outreach.outreach.caseload.export import spreadsheet_safe
from recruit_outreach.outreach.models import Referral
from recruit_outreach.outreach.register import services as register_services
from recruit_outreach.privacy.services import account_delete
from tests.factories import PASSWORD
from tests.outreach_factories import BookingFactory
from tests.outreach_staff import client_for, person_with_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def resident():
    return person_with_role(roles.RESIDENT, first_name="Fatima", last_name="Haidari", email="fatima@example.org")


@pytest.fixture
def resident_client(resident):
    return client_for(resident)


@pytest.fixture
def worker():
    return person_with_role(roles.OUTREACH_WORKER, first_name="Wes", last_name="Worker")


@pytest.fixture
def worker_client(worker):
    return client_for(worker)


def record_url(resident) -> str:
    return reverse("outreach:caseload_resident", args=[resident.pk])


def share(resident_client) -> None:
    response = resident_client.post(reverse("outreach:record_sharing"), {"choice": "share"}, follow=True)
    assert "The outreach team can now see your record." in response.content.decode()


def test_the_resident_agrees_in_plain_words_and_the_worker_sees_their_record(
    resident, resident_client, worker, worker_client
):
    page = resident_client.get(reverse("outreach:record_sharing")).content.decode()
    assert "You can stop this at any time." in page and "I agree to share my record" in page
    assert worker_client.get(record_url(resident)).status_code == 404
    share(resident_client)
    consent = Consent.objects.get(resident=resident)
    assert consent.scope == Consent.Scope.OUTREACH_CASELOAD and consent.team.name == roles.OUTREACH_WORKER
    assert "(not what you wrote)" in consent.purpose

    application = Application.objects.create(owner=resident, job_title="Ward clerk", employer="Northwick Park")
    Milestone.objects.create(application=application, kind=Milestone.Kind.INTERVIEW)
    booking = BookingFactory(resident=resident)
    register_services.register_mark(
        session=booking.session, booking=booking, present=True, client_uuid=uuid.uuid4(), marked_by=worker
    )
    assert "Fatima Haidari" in worker_client.get(reverse("outreach:caseload")).content.decode()
    page = worker_client.get(record_url(resident)).content.decode()
    assert "Ward clerk, Northwick Park" in page and "Interview" in page
    assert "Drop-in" in page and "Attended" in page


def test_withdrawing_removes_access_at_once(resident, resident_client, worker_client):
    share(resident_client)
    assert worker_client.get(record_url(resident)).status_code == 200
    page = resident_client.post(reverse("outreach:record_sharing"), {"choice": "stop"}, follow=True)
    assert "The outreach team can no longer see your record." in page.content.decode()
    assert worker_client.get(record_url(resident)).status_code == 404
    assert "Fatima Haidari" not in worker_client.get(reverse("outreach:caseload")).content.decode()
    assert Consent.objects.get(resident=resident).withdrawn_at is not None


def test_every_look_and_note_is_logged_and_the_resident_sees_who(resident, resident_client, worker, worker_client):
    share(resident_client)
    worker_client.get(record_url(resident))
    page = worker_client.post(record_url(resident), {"text": "Wants porter jobs in Brent."}, follow=True)
    assert "Wants porter jobs in Brent." in page.content.decode()
    actions = list(AccessLogEntry.objects.filter(resident=resident, staff=worker).values_list("action", flat=True))
    assert sorted(actions) == ["change", "view", "view"]
    page = resident_client.get(reverse("outreach:record_who_looked")).content.decode()
    assert page.count("Wes Worker") == 3
    assert "Looked at your record: Your outreach record" in page
    assert "Changed your record: A note on your outreach record" in page


def test_a_programme_admin_reads_and_exports_the_access_log(resident, resident_client, worker_client):
    share(resident_client)
    worker_client.get(record_url(resident))
    admin = client_for(person_with_role(roles.PROGRAMME_ADMIN))
    page = admin.get(reverse("outreach:access_log")).content.decode()
    assert "fatima@example.org" in page and "Wes Worker" in page
    response = admin.get(reverse("outreach:access_log_export"))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == ["When", "Staff member", "Staff email", "Resident email", "What they did", "What"]
    assert rows[1][1:2] + rows[1][3:] == [
        "Wes Worker",
        "fatima@example.org",
        "Looked at your record",
        "Your outreach record",
    ]
    assert worker_client.get(reverse("outreach:access_log_export")).status_code == 403


def test_the_access_log_names_no_one_once_the_resident_deleted_their_account(resident, resident_client, worker_client):
    share(resident_client)
    worker_client.get(record_url(resident))
    account_delete(user=resident)
    reference = AccessLogEntry.objects.get().erased_ref
    admin = client_for(person_with_role(roles.PROGRAMME_ADMIN))
    page = admin.get(reverse("outreach:access_log")).content.decode()
    with translation.override("en"):
        deleted = gettext("Deleted resident %(reference)s") % {"reference": reference}
    assert deleted in page and "fatima@example.org" not in page and "Wes Worker" in page
    response = admin.get(reverse("outreach:access_log_export"))
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[1][3] == deleted


def test_spreadsheet_formulas_in_the_export_are_shown_as_text():
    assert spreadsheet_safe("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert spreadsheet_safe("Ward clerk") == "Ward clerk"


REFERRAL = {
    "source": "jobcentre_plus",
    "referrer_name": "Jo Adviser",
    "referrer_organisation": "Harrow Jobcentre",
    "reason": "Looking for a first NHS job; wants help with the application form.",
    "resident_name": "Karol Nowak",
    "email": "karol@example.org",
    "phone": "",
    "language": "pl",
    "contact_agreed_on": "2026-11-30",
    "referred_on": "2026-12-01",
    "status": "new",
    "worker": "",
    "outcome": "",
}


def test_staff_add_and_update_a_referral(worker_client):
    response = worker_client.post(reverse("outreach:referral_new"), REFERRAL)
    referral = Referral.objects.get()
    assert response["Location"] == reverse("outreach:referral", args=[referral.pk])
    page = worker_client.get(reverse("outreach:referrals"), {"status": "new"}).content.decode()
    assert "Karol Nowak" in page and "Jobcentre Plus" in page
    closed = {**REFERRAL, "status": "closed", "outcome": "Started as a porter."}
    worker_client.post(reverse("outreach:referral", args=[referral.pk]), closed)
    referral.refresh_from_db()
    assert referral.status == "closed" and referral.closed_on is not None
    assert "Karol Nowak" not in worker_client.get(reverse("outreach:referrals"), {"status": "new"}).content.decode()


def test_a_referral_needs_a_way_to_contact_the_resident(worker_client):
    response = worker_client.post(reverse("outreach:referral_new"), {**REFERRAL, "email": ""})
    assert response.status_code == 200
    assert "Give an email address or a phone number" in response.content.decode()


def test_a_referral_becomes_an_account_by_a_single_use_invitation(worker_client, django_capture_on_commit_callbacks):
    worker_client.post(reverse("outreach:referral_new"), REFERRAL)
    referral = Referral.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        worker_client.post(reverse("outreach:referral_invite", args=[referral.pk]))
    message = mail.outbox[-1]
    assert message.to == ["karol@example.org"]
    link = re.search(r"https?://\S+/pl/outreach/invitation/\S+/", message.body).group(0)
    path = link[link.index("/pl/") :]

    browser = Client()
    signup = browser.get(path, follow=True)
    assert 'value="karol@example.org"' in signup.content.decode()
    signup_url = signup.redirect_chain[-1][0]
    response = browser.post(signup_url, {"email": "karol@example.org", "password1": PASSWORD, "password2": PASSWORD})
    response = browser.get(response["Location"], follow=True)
    referral.refresh_from_db()
    assert referral.resident is not None and referral.resident.email == "karol@example.org"
    assert referral.status == Referral.Status.CONTACTED
    with translation.override("pl"):  # the invitation was in the referral's language, Polish
        assert gettext("Share your record with the outreach team") in response.content.decode()
    # The link works once.
    assert Client().get(path).status_code == 410
