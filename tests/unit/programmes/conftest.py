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
        mfa_page = response["Location"]
        client.post(mfa_page, {"code": current_code(secret)})
        if "_auth_user_id" not in client.session:  # the code turned over between reading and sending it
            client.post(mfa_page, {"code": current_code(secret)})
        assert "_auth_user_id" in client.session, "signed in with the second factor"
        return user

    return sign_in


@pytest.fixture
def fast_passwords(settings):
    """The computation's fixtures make many residents: hash their passwords quickly (never in production)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
