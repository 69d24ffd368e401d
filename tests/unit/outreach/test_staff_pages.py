"""Staff pages outside the admin: the same role-and-MFA rule as the admin."""

import pytest

from recruit_outreach.accounts import roles
from tests.factories import UserFactory
from tests.mfa import enable_totp
from tests.outreach_factories import BookingFactory
from tests.unit.accounts.test_admin_access import sign_in

pytestmark = pytest.mark.django_db


def test_a_facilitator_sees_who_is_coming_with_their_communication_needs(client):
    booking = BookingFactory()
    booking.resident.profile.communication_needs = ["bsl"]
    booking.resident.profile.save()
    worker = UserFactory(roles=[roles.VOLUNTEER_COORDINATOR])
    sign_in(client, worker, enable_totp(worker))
    page = client.get(f"/en/outreach/staff/sessions/{booking.session.pk}/").content.decode()
    assert "Who is coming" in page
    assert "British Sign Language (BSL) interpreter" in page


def test_residents_editors_and_staff_without_mfa_are_kept_out(client):
    booking = BookingFactory()
    url = f"/en/outreach/staff/sessions/{booking.session.pk}/"
    client.force_login(UserFactory(roles=[roles.RESIDENT]))
    assert client.get(url).status_code == 403
    client.force_login(UserFactory(roles=[roles.EDITOR]))
    assert client.get(url).status_code == 403
    client.force_login(UserFactory(roles=[roles.OUTREACH_WORKER]))
    response = client.get(url)
    assert response.status_code == 302 and "/2fa/totp/activate/" in response["Location"]
    client.logout()
    assert client.get(url)["Location"].startswith("/en/account/login/")
