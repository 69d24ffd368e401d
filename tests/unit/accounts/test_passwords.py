"""Passwords are stored with Argon2id at OWASP's minimum settings; older PBKDF2 hashes upgrade at sign-in."""

import pytest

from django.contrib.auth.hashers import PBKDF2PasswordHasher, identify_hasher
from django.urls import reverse

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def test_a_new_password_is_stored_as_argon2id_with_19_mib_2_passes_1_lane():
    person = UserFactory()
    assert person.password.startswith("argon2$argon2id$v=19$m=19456,t=2,p=1$")
    assert person.check_password(PASSWORD)
    assert not person.check_password(PASSWORD + "x")


def test_a_pbkdf2_password_still_signs_in_and_is_stored_again_as_argon2id(client):
    person = UserFactory(email="older@example.org")
    person.password = PBKDF2PasswordHasher().encode(PASSWORD, PBKDF2PasswordHasher().salt())
    person.save(update_fields=["password"])
    assert identify_hasher(person.password).algorithm == "pbkdf2_sha256"

    answer = client.post(reverse("account_login"), {"login": "older@example.org", "password": PASSWORD})

    assert answer.status_code == 302
    person.refresh_from_db()
    assert identify_hasher(person.password).algorithm == "argon2"
    assert person.password.startswith("argon2$argon2id$v=19$m=19456,t=2,p=1$")
