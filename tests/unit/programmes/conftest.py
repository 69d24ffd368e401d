import pytest

from django.urls import reverse
from django.utils import translation

from tests.factories import PASSWORD, UserFactory
from tests.mfa import current_code, enable_totp


@pytest.fixture
def sign_in_staff(client):
    """Sign a new user with ``role`` in through the real sign-in and MFA pages; returns the user."""

    def sign_in(role: str | None = None, **extra):
        user = UserFactory(roles=[role] if role else [], **extra)
        secret = enable_totp(user)
        with translation.override("en"):
            response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
        client.post(response["Location"], {"code": current_code(secret)})
        return user

    return sign_in
