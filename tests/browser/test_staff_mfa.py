"""A member of staff sets up two-step sign-in, keeps their recovery codes, and signs in with their app later.

The keyboard helpers (visit, submit, follow) run axe (assert_accessible) on every page they reach."""

import time

import pytest

from recruit_outreach.accounts import roles
from tests.browser.test_journeys import follow, submit, type_into, visit
from tests.factories import PASSWORD, UserFactory
from tests.mfa import current_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def next_code(secret: str, used: str) -> str:
    """A code is accepted once, so wait for the app to show the next one (at most 30 seconds)."""
    while (code := current_code(secret)) == used:
        time.sleep(1)
    return code


def test_outreach_worker_sets_up_two_step_sign_in_then_signs_in_with_it(page, site):
    UserFactory(email="worker@example.org", roles=[roles.OUTREACH_WORKER])

    visit(page, f"{site}/en/account/login/")
    type_into(page, "#id_login", "worker@example.org")
    type_into(page, "#id_password", PASSWORD)
    submit(page, url="**/en/account/2fa/totp/activate/")
    assert page.locator("h1").inner_text() == "Set up two-step sign-in"
    assert page.get_by_text("Type the 6-digit code the app shows.").is_visible()

    secret = page.locator("#authenticator_secret").inner_text().strip()
    setup_code = current_code(secret)
    type_into(page, "#id_code", setup_code)
    submit(page, url="**/en/account/2fa/recovery-codes/")
    assert page.locator("h1").inner_text() == "Your recovery codes"
    assert page.get_by_text("Two-step sign-in is on.").is_visible()
    assert page.get_by_text("You have 10 codes left.").is_visible()
    assert page.get_by_text("Each code works once. Keep them somewhere safe.", exact=False).is_visible()
    assert page.locator("#recovery_codes li").count() == 10

    follow(page, "a.nhsuk-header__account-link[href$='/account/logout/']", url="**/en/account/logout/")
    follow(page, "main button[type=submit]", url="**/en/")

    visit(page, f"{site}/en/account/login/?next=/en/applications/shared-with-me/")
    type_into(page, "#id_login", "worker@example.org")
    type_into(page, "#id_password", PASSWORD)
    submit(page, url="**/en/account/2fa/authenticate/")
    assert page.locator("h1").inner_text() == "Enter your security code"
    type_into(page, "#id_code", next_code(secret, setup_code))
    submit(page, url="**/en/applications/shared-with-me/")
    assert page.locator("h1").inner_text() == "Applications shared with you"
