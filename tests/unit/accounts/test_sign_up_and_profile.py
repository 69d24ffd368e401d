"""Sign up, confirm the email, sign in, reset a password and change one's own settings."""

import re

import pytest

from django.core import mail
from django.urls import reverse
from django.utils import translation

from recruit_outreach.accounts import roles
from recruit_outreach.accounts.models import CommunicationNeed
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def url(name: str, language: str = "en", **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def confirmation_link(message) -> str:
    return re.search(r"https?://\S+/account/confirm-email/\S+/", message.body).group(0)


def test_sign_up_sends_a_confirmation_email_in_the_readers_language_and_makes_a_resident(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # emails are queued once the sign-up commits
        response = client.post(
            url("account_signup", "ar"), {"email": "amina@example.org", "password1": PASSWORD, "password2": PASSWORD}
        )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["amina@example.org"]
    assert "/ar/account/confirm-email/" in message.body
    assert "Confirm your email address" not in message.subject, "the subject is in Arabic, not English"

    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(email="amina@example.org")
    assert list(user.groups.values_list("name", flat=True)) == [roles.RESIDENT]
    assert user.profile.preferred_language == "ar"


def test_cannot_sign_in_until_the_email_is_confirmed_then_confirming_signs_in(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("account_signup"), {"email": "sam@example.org", "password1": PASSWORD, "password2": PASSWORD})
    response = client.post(url("account_login"), {"login": "sam@example.org", "password": PASSWORD})
    assert response["Location"] == url("account_email_verification_sent")
    assert "_auth_user_id" not in client.session

    link = confirmation_link(mail.outbox[-1])
    page = client.get(link)
    assert page.status_code == 200
    assert "sam@example.org" in page.content.decode()
    response = client.post(link)
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_sign_up_errors_are_shown_in_an_error_summary_linked_to_the_field(client):
    response = client.post(url("account_signup"), {"email": "not-an-email", "password1": "short", "password2": "x"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert 'href="#id_email"' in html
    assert 'aria-invalid="true"' in html
    assert "nhsuk-error-message" in html


def test_wrong_password_is_refused_with_a_plain_message(client):
    UserFactory(email="lee@example.org")
    response = client.post(url("account_login"), {"login": "lee@example.org", "password": "wrong-password-1"})
    assert response.status_code == 200
    assert "The email address or password is not right" in response.content.decode()


def test_repeated_failed_sign_ins_are_rate_limited(client):
    UserFactory(email="target@example.org")
    for _ in range(5):
        client.post(url("account_login"), {"login": "target@example.org", "password": "guess-password-1"})
    response = client.post(url("account_login"), {"login": "target@example.org", "password": PASSWORD})
    assert "Too many attempts to sign in" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_wrong_passwords_from_another_client_do_not_lock_the_owner_out(client):
    from django.test import Client

    UserFactory(email="owner@example.org")
    attacker = Client(REMOTE_ADDR="203.0.113.5")
    for _ in range(5):
        attacker.post(url("account_login"), {"login": "owner@example.org", "password": "guess-password-1"})
    locked = attacker.post(url("account_login"), {"login": "owner@example.org", "password": PASSWORD})
    assert "Too many attempts to sign in" in locked.content.decode()

    owner = Client(REMOTE_ADDR="198.51.100.7")
    response = owner.post(url("account_login"), {"login": "owner@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert "_auth_user_id" in owner.session


def test_password_reset_email_leads_to_a_new_password(client, django_capture_on_commit_callbacks):
    user = UserFactory(email="reset@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("account_reset_password"), {"email": "reset@example.org"})
    link = re.search(r"https?://\S+/account/password/reset/key/\S+/", mail.outbox[-1].body).group(0)
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    action = form_page.redirect_chain[-1][0] if form_page.redirect_chain else link
    response = client.post(action, {"password1": "a-brand-new-password-7", "password2": "a-brand-new-password-7"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("a-brand-new-password-7")


def test_profile_needs_sign_in(client):
    response = client.get(url("accounts:profile"))
    assert response.status_code == 302
    assert response["Location"].startswith(url("account_login"))


def test_people_change_their_own_language_borough_and_communication_needs(client):
    user = UserFactory()
    client.force_login(user)
    page = client.get(url("accounts:profile")).content.decode()
    assert 'aria-label="Breadcrumb"' in page
    assert 'class="nhsuk-breadcrumb__link" href="/en/">Home</a>' in page
    response = client.post(
        url("accounts:profile"),
        {
            "preferred_language": "so",
            "borough": "brent",
            "communication_needs": [CommunicationNeed.EASY_READ, CommunicationNeed.INTERPRETER],
            "interpreter_language": "Somali",
            "other_needs": "",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == url("accounts:profile", "so"), "the next page is in the new language"
    user.profile.refresh_from_db()
    assert user.profile.preferred_language == "so"
    assert user.profile.borough == "brent"
    assert user.profile.communication_needs == ["easy_read", "interpreter"]


def test_an_interpreter_need_asks_which_language(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post(
        url("accounts:profile"),
        {"preferred_language": "en", "borough": "", "communication_needs": ["interpreter"], "interpreter_language": ""},
    )
    assert response.status_code == 200
    assert "Tell us which language you need an interpreter for." in response.content.decode()
    user.profile.refresh_from_db()
    assert user.profile.communication_needs == []


def test_sign_in_takes_people_to_their_own_language(client):
    user = UserFactory(email="pl@example.org")
    user.profile.preferred_language = "pl"
    user.profile.save()
    response = client.post(url("account_login"), {"login": "pl@example.org", "password": PASSWORD})
    assert response["Location"] == url("accounts:profile", "pl")


def test_wagtails_own_sign_in_form_sends_people_to_ours_and_never_checks_a_password(client):
    """One sign-in path: the private-page sign-in at /<lang>/_util/login/ would skip lockout and email checks."""
    UserFactory(email="private@example.org")
    response = client.get("/en/_util/login/?next=/en/private/")
    assert response.status_code == 302
    assert response["Location"] == f"{url('account_login')}?next=/en/private/"
    client.post("/en/_util/login/", {"username": "private@example.org", "password": PASSWORD})
    assert "_auth_user_id" not in client.session
