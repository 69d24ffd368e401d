"""Signing a staff member in through the site's own pages: password, then the authenticator app's code."""

from tests.browser.conftest import assert_accessible
from tests.browser.test_journeys import type_into, visit
from tests.factories import PASSWORD
from tests.mfa import current_code


def sign_in_with_code(page, site: str, user, secret: str, then: str = "") -> None:
    """With the keyboard, axe on the code page; ends on ``then`` (or wherever sign-in leads)."""
    visit(page, f"{site}/en/account/login/" + (f"?next={then}" if then else ""))
    type_into(page, "#id_login", user.email)
    type_into(page, "#id_password", PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/2fa/authenticate/**")
    assert_accessible(page)
    type_into(page, "main input[name=code]", current_code(secret))
    page.keyboard.press("Enter")
    if then:
        page.wait_for_url(f"**{then}")
    else:
        page.wait_for_url(lambda url: "/2fa/authenticate/" not in url)  # the code was accepted
