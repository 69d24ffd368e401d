import pytest


@pytest.fixture(autouse=True)
def quick_password_hashing(settings):
    """These tests sign many people in; a fast hasher keeps them quick. Hashing itself is tested in accounts."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
