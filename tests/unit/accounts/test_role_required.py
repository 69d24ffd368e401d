"""The one role-and-MFA gate, role_required: who gets through, and where everyone else is sent."""

import pytest

from django.urls import reverse

from recruit_outreach.accounts import roles
from recruit_outreach.accounts.access import role_required
from tests.factories import UserFactory
from tests.mfa import enable_totp
from tests.unit.accounts.test_admin_access import sign_in

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.unit.accounts.gated_urls")]
PAGE = "/en/editors-only/"


def test_anonymous_visitors_are_sent_to_sign_in_and_brought_back(client):
    response = client.get(PAGE)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next=%2Fen%2Feditors-only%2F"


@pytest.mark.parametrize("role", [roles.RESIDENT, roles.EMPLOYER, roles.OUTREACH_WORKER, roles.VOLUNTEER])
def test_people_without_the_role_get_the_staff_only_page(client, role):
    person = UserFactory(roles=[role])
    sign_in(client, person, enable_totp(person))
    response = client.get(PAGE)
    assert response.status_code == 403
    assert "This area is for staff only" in response.content.decode()


def test_the_staff_only_page_speaks_the_language_of_the_address(client):
    resident = UserFactory(roles=[roles.RESIDENT])
    sign_in(client, resident)
    response = client.get("/ar/editors-only/")
    assert response.status_code == 403
    assert 'lang="ar" dir="rtl"' in response.content.decode()


@pytest.mark.parametrize("role", [roles.EDITOR, roles.PROGRAMME_ADMIN])
def test_staff_without_an_authenticator_are_sent_to_set_one_up(client, role):
    sign_in(client, UserFactory(roles=[role]))
    response = client.get(PAGE)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('mfa_activate_totp')}?next=%2Fen%2Feditors-only%2F"


def test_staff_who_skipped_their_authenticator_this_session_are_signed_out_to_sign_in_again(client):
    editor = UserFactory(roles=[roles.EDITOR])
    enable_totp(editor)
    client.force_login(editor)  # a session with no record of the second factor
    response = client.get(PAGE)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next=%2Fen%2Feditors-only%2F"
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("role", [roles.EDITOR, roles.PROGRAMME_ADMIN])
def test_staff_who_used_their_authenticator_this_session_get_through(client, role):
    staff = UserFactory(roles=[role])
    sign_in(client, staff, enable_totp(staff))
    response = client.get(PAGE)
    assert response.status_code == 200
    assert response.content.decode() == "The editors' page"


def test_superusers_hold_every_role_but_still_need_their_authenticator(client):
    boss = UserFactory(is_superuser=True)
    client.force_login(boss)
    assert client.get(PAGE)["Location"].startswith(reverse("mfa_activate_totp"))
    client.logout()
    sign_in(client, boss, enable_totp(boss))
    assert client.get(PAGE).status_code == 200


@pytest.mark.parametrize("url", ["/admin/", "/en/applications/shared-with-me/"])
def test_the_admin_and_the_outreach_workers_pages_use_the_same_gate(client, url):
    resident = UserFactory(roles=[roles.RESIDENT])
    sign_in(client, resident)
    response = client.get(url)
    assert response.status_code == 403
    assert "This area is for staff only" in response.content.decode()
    client.logout()
    assert client.get(url)["Location"].startswith(f"{reverse('account_login')}?next=")


@pytest.mark.parametrize("bad", [(), ("admin",)])
def test_the_gate_refuses_to_be_built_without_known_roles(bad):
    with pytest.raises(ValueError, match="roles.ALL_ROLES"):
        role_required(*bad)
