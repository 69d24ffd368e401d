"""Staff set up two-step sign-in when they first sign in, then see their recovery codes; every MFA page renders."""

import time

import pytest

from django.urls import reverse

from recruit_outreach.accounts import roles
from tests.factories import PASSWORD, UserFactory
from tests.mfa import current_code, enable_totp
from tests.unit.accounts.test_admin_access import sign_in

pytestmark = pytest.mark.django_db


def set_up_authenticator(client) -> str:
    """Type the code the authenticator app shows for the secret on the set-up page. allauth records the new
    second factor in the session when its transaction commits, so tests that use this are transactional."""
    assert client.get(reverse("mfa_activate_totp")).status_code == 200
    response = client.post(reverse("mfa_activate_totp"), {"code": current_code(client.session["mfa.totp.secret"])})
    assert response.status_code == 302
    return response["Location"]


@pytest.mark.parametrize("role", roles.STAFF_ROLES)
def test_staff_are_sent_to_set_up_their_authenticator_when_they_sign_in(client, role):
    response = sign_in(client, UserFactory(roles=[role]))
    assert response["Location"] == reverse("mfa_activate_totp")


@pytest.mark.parametrize("role", [roles.RESIDENT, roles.EMPLOYER])
def test_residents_and_employers_go_straight_to_their_settings(client, role):
    response = sign_in(client, UserFactory(roles=[role]))
    assert response["Location"] == reverse("accounts:profile")


def test_setting_up_asks_for_the_password_again_only_when_it_was_typed_a_while_ago(client, monkeypatch):
    sign_in(client, UserFactory(roles=[roles.EDITOR]))
    assert client.get(reverse("mfa_activate_totp")).status_code == 200, "just signed in: no second password"
    later = time.time() + 301
    monkeypatch.setattr(time, "time", lambda: later)
    response = client.get(reverse("mfa_activate_totp"))
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert client.get(reverse("mfa_activate_totp")).status_code == 200


def test_turning_two_step_sign_in_off_still_asks_for_the_password(client):
    editor = UserFactory(roles=[roles.EDITOR])
    sign_in(client, editor, enable_totp(editor))
    response = client.get(reverse("mfa_deactivate_totp"))
    assert response["Location"].startswith(reverse("account_reauthenticate"))


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("role", roles.STAFF_ROLES)
def test_every_staff_role_sees_their_recovery_codes_after_setting_up(client, role):
    sign_in(client, UserFactory(roles=[role]))
    next_page = set_up_authenticator(client)
    assert next_page == reverse("mfa_view_recovery_codes")
    response = client.get(next_page)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Your recovery codes" in page
    assert "You have 10 codes left." in page
    assert page.count("<li><code>") == 10


@pytest.mark.django_db(transaction=True)
def test_every_two_step_sign_in_page_renders_for_staff(client):
    """Each MFA page a person can reach, so a template error (like a bad plural count) cannot hide in one."""
    sign_in(client, UserFactory(roles=[roles.EDITOR]))
    set_up_authenticator(client)
    pages = {
        "mfa_index": "Two-step sign-in is on.",
        "mfa_view_recovery_codes": "codes left.",
        "mfa_generate_recovery_codes": "Make new recovery codes",
        "mfa_deactivate_totp": "Turn off two-step sign-in",
        "mfa_reauthenticate": "Enter your security code",
    }
    for name, words in pages.items():
        response = client.get(reverse(name))
        assert response.status_code == 200, name
        assert words in response.content.decode(), name
    index = client.get(reverse("mfa_index")).content.decode()
    assert "recovery codes left." in index
    assert client.get(reverse("mfa_download_recovery_codes")).status_code == 200
