"""Who can reach the Wagtail admin: staff with MFA only; residents never."""

import pytest

from django.urls import reverse
from django.utils import translation

from recruit_outreach.accounts import roles
from tests.factories import PASSWORD, UserFactory
from tests.mfa import current_code, enable_totp

pytestmark = pytest.mark.django_db


def sign_in(client, user, secret: str | None = None):
    with translation.override("en"):
        login_url = reverse("account_login")
    response = client.post(login_url, {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    if secret:
        assert response["Location"].endswith("/2fa/authenticate/")
        response = client.post(response["Location"], {"code": current_code(secret)})
        assert response.status_code == 302
    return response


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/account/login/")


def test_wagtail_own_sign_in_page_is_replaced_by_ours_so_mfa_cannot_be_skipped(client):
    response = client.get("/admin/login/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/account/login/")
    response = client.post("/admin/login/", {"username": "x@example.org", "password": "x"})
    assert response.status_code == 302


def test_resident_is_refused_the_admin_even_with_mfa(client):
    resident = UserFactory(roles=[roles.RESIDENT])
    secret = enable_totp(resident)
    sign_in(client, resident, secret)
    response = client.get("/admin/")
    assert response.status_code == 403
    assert "This area is for staff only" in response.content.decode()


def test_resident_sees_the_refusal_in_their_own_language(client):
    resident = UserFactory(roles=[roles.RESIDENT])
    resident.profile.preferred_language = "ar"
    resident.profile.save()
    sign_in(client, resident)
    response = client.get("/admin/pages/")
    assert response.status_code == 403
    assert 'lang="ar" dir="rtl"' in response.content.decode()


@pytest.mark.parametrize("role", [roles.EDITOR, roles.PROGRAMME_ADMIN, roles.OUTREACH_WORKER])
def test_staff_without_mfa_are_sent_to_set_it_up(client, role):
    staff = UserFactory(roles=[role])
    sign_in(client, staff)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_activate_totp"))


def test_staff_who_have_mfa_but_skipped_it_this_session_must_sign_in_again(client):
    editor = UserFactory(roles=[roles.EDITOR])
    enable_totp(editor)
    client.force_login(editor)  # a session with no record of the second factor
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/account/login/")
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("role", [roles.EDITOR, roles.PROGRAMME_ADMIN, roles.OUTREACH_WORKER])
def test_staff_signed_in_with_mfa_reach_the_admin(client, role):
    staff = UserFactory(roles=[role])
    secret = enable_totp(staff)
    sign_in(client, staff, secret)
    response = client.get("/admin/")
    assert response.status_code == 200


@pytest.mark.django_db(transaction=True)
def test_setting_up_totp_in_the_session_counts_as_the_second_factor(client):
    editor = UserFactory(roles=[roles.EDITOR])
    sign_in(client, editor)
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    secret = client.session["mfa.totp.secret"]
    response = client.post(reverse("mfa_activate_totp"), {"code": current_code(secret)})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_editor_can_edit_pages_but_outreach_worker_cannot(client):
    from tests.unit.cms.builders import home_page

    home = home_page()
    editor = UserFactory(roles=[roles.EDITOR])
    sign_in(client, editor, enable_totp(editor))
    assert client.get(f"/admin/pages/{home.pk}/edit/").status_code == 200
    client.logout()

    worker = UserFactory(roles=[roles.OUTREACH_WORKER])
    sign_in(client, worker, enable_totp(worker))
    response = client.get(f"/admin/pages/{home.pk}/edit/")
    assert response.status_code == 302, "Wagtail turns the worker back to the dashboard"
    assert response["Location"] == "/admin/"


def test_roles_have_exactly_their_permissions(db):
    from django.contrib.auth.models import Group

    for role, permissions in roles.ROLE_PERMISSIONS.items():
        group = Group.objects.get(name=role)
        granted = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}
        assert granted == set(permissions), role
    assert not Group.objects.filter(name__in=roles.WAGTAIL_STARTER_GROUPS).exists()


def test_only_staff_roles_count_as_staff(db):
    assert roles.is_staff_role(UserFactory(roles=[roles.EDITOR]))
    assert not roles.is_staff_role(UserFactory(roles=[roles.RESIDENT]))
    assert not roles.is_staff_role(UserFactory(roles=[roles.EMPLOYER]))
