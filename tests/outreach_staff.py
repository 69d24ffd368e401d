"""Signed-in browsers for outreach tests: staff with their second factor used, as a real sign-in gives."""

from datetime import timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from recruit_outreach.accounts import roles

from .factories import PASSWORD, UserFactory
from .mfa import current_code, enable_totp
from .outreach_factories import SupportSessionFactory


def sign_in(client: Client, user, *, second_factor: bool = True) -> Client:
    """Sign in with the password, then (staff) a code from their authenticator app."""
    with translation.override("en"):
        login_url = reverse("account_login")
    secret = enable_totp(user) if second_factor else None
    response = client.post(login_url, {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302, response.content[:500]
    if secret:
        assert response["Location"].endswith("/2fa/authenticate/")
        assert client.post(response["Location"], {"code": current_code(secret)}).status_code == 302
    return client


def person_with_role(role: str | None, **fields):
    return UserFactory(roles=[role] if role else [], **fields)


def client_for(user) -> Client:
    """A browser signed in as this person; staff use MFA, residents and employers do not have to."""
    return sign_in(Client(), user, second_factor=roles.is_staff_role(user))


def session_today(**fields):
    """A session starting within the hour and ending later today (London time)."""
    now = timezone.localtime()
    starts = now.replace(minute=0, second=0, microsecond=0)
    if starts.hour >= 22:
        starts = starts.replace(hour=21)
    ends = starts + timedelta(hours=2)
    return SupportSessionFactory(starts_at=starts, ends_at=ends, **fields)
