"""A person signs up, confirms, signs in and sets their language and needs, with a keyboard only."""

import re

import pytest

from django.conf import settings
from django.core import mail

from recruit_outreach.accounts.models import Profile
from tests.browser.conftest import assert_accessible, assert_accessible_with_scripts, tab_to
from tests.factories import PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
NEW_PASSWORD = "my-own-new-password-2026"


def visit(page, url: str):
    response = page.goto(url)
    assert response.status == 200, f"{url} answered {response.status}"
    assert_accessible(page)
    return response


def type_into(page, selector: str, text: str) -> None:
    tab_to(page, selector)
    page.keyboard.type(text)


def submit(page, *, url: str | None = None, shows: str | None = None) -> None:
    """Press Enter on what has focus, wait for the page that follows (a URL or an element), run axe on it."""
    page.keyboard.press("Enter")
    if url:
        page.wait_for_url(url)
    if shows:
        page.wait_for_selector(shows)
    assert_accessible(page)


def follow(page, selector: str, *, url: str | None = None, shows: str | None = None) -> None:
    """Tab to a link or button and press Enter, as a keyboard user would."""
    tab_to(page, selector)
    submit(page, url=url, shows=shows)


def choose(page, selector: str, option_text: str, expected_value: str) -> None:
    """Pick from a drop-down by typing the start of the option, as a keyboard user can."""
    tab_to(page, selector)
    page.keyboard.type(option_text)
    assert page.locator(selector).input_value() == expected_value


def sign_up_with_keyboard(page, site: str, language: str, email: str) -> None:
    visit(page, f"{site}/{language}/")
    follow(page, "a.nhsuk-header__account-link[href$='/account/signup/']", url=f"**/{language}/account/signup/")

    type_into(page, "#id_email", email)
    type_into(page, "#id_password1", "short")
    type_into(page, "#id_password2", "different")
    submit(page, shows=".nhsuk-error-summary")  # the page with errors on it

    page.fill("#id_password1", "")
    type_into(page, "#id_password1", NEW_PASSWORD)
    page.fill("#id_password2", "")
    type_into(page, "#id_password2", NEW_PASSWORD)
    submit(page, url=f"**/{language}/account/confirm-email/")


def confirm_email_with_keyboard(page, language: str) -> None:
    link = re.search(r"https?://\S+/account/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    assert f"/{language}/account/confirm-email/" in link
    visit(page, link)
    follow(page, "main button[type=submit]", url=f"**/{language}/account/profile/")


def sign_in_with_keyboard(page, site: str, language: str, email: str, password: str) -> None:
    visit(page, f"{site}/{language}/account/login/")
    type_into(page, "#id_login", email)
    type_into(page, "#id_password", password)
    submit(page, url=f"**/{language}/account/profile/")


def test_sign_up_confirm_and_set_needs_in_english_then_switch_to_arabic(page, site):
    sign_up_with_keyboard(page, site, "en", "keyboard@example.org")
    confirm_email_with_keyboard(page, "en")

    choose(page, "#id_preferred_language", "Arabic", "ar")
    choose(page, "#id_borough", "Ealing", "ealing")
    tab_to(page, "#id_communication_needs_0")
    page.keyboard.press("Space")  # Easy Read
    tab_to(page, "#id_communication_needs_3")
    page.keyboard.press("Space")  # interpreter
    follow(page, "main button[type=submit]", shows=".nhsuk-error-summary")  # no interpreter language yet

    type_into(page, "#id_interpreter_language", "Arabic")
    follow(page, "main button[type=submit]", url="**/ar/account/profile/")
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.get_attribute("html", "lang") == "ar"
    profile = Profile.objects.get(user__email="keyboard@example.org")
    assert profile.preferred_language == "ar"
    assert profile.borough == "ealing"
    assert profile.communication_needs == ["easy_read", "interpreter"]
    assert profile.interpreter_language == "Arabic"


def test_sign_up_and_sign_in_in_arabic(page, site):
    sign_up_with_keyboard(page, site, "ar", "arabic@example.org")
    assert page.get_attribute("html", "dir") == "rtl"
    confirm_email_with_keyboard(page, "ar")

    follow(page, "a.nhsuk-header__account-link[href$='/account/logout/']", url="**/ar/account/logout/")
    follow(page, "main button[type=submit]", url="**/ar/")
    sign_in_with_keyboard(page, site, "ar", "arabic@example.org", NEW_PASSWORD)


def test_every_language_home_page_and_the_switcher(page, site):
    for code, _name in settings.LANGUAGES:
        visit(page, f"{site}/{code}/")
        assert page.get_attribute("html", "lang") == code
    visit(page, f"{site}/en/get-help/")
    follow(page, ".app-language-switcher a[hreflang='ar']", url="**/ar/get-help/")
    assert page.get_attribute("html", "dir") == "rtl"
    for path in ("employers/", "support-sessions/", "account/login/", "account/password/reset/"):
        visit(page, f"{site}/ar/{path}")


def test_wrong_password_and_password_reset_pages(page, site):
    UserFactory(email="forgetful@example.org")
    visit(page, f"{site}/en/account/login/")
    type_into(page, "#id_login", "forgetful@example.org")
    type_into(page, "#id_password", "not-the-password")
    submit(page, shows=".nhsuk-error-summary")
    follow(page, "a[href$='/account/password/reset/']", url="**/en/account/password/reset/")
    type_into(page, "#id_email", "forgetful@example.org")
    submit(page, url="**/en/account/password/reset/done/")


def test_resident_sees_staff_only_page_for_admin(page, site):
    UserFactory(email="resident@example.org", roles=["resident"])
    sign_in_with_keyboard(page, site, "en", "resident@example.org", PASSWORD)
    response = page.goto(f"{site}/admin/")
    assert response.status == 403
    assert page.locator("h1").inner_text() == "This area is for staff only"
    assert_accessible(page)


def test_sign_in_and_settings_work_without_javascript(browser, site):
    """Forms post and redirect with scripts off. axe needs scripts, so it checks each page in a second tab."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()

    def check_with_axe(url: str) -> None:
        assert_accessible_with_scripts(browser, context, url)

    UserFactory(email="nojs@example.org")
    page.goto(f"{site}/en/account/login/")
    check_with_axe(page.url)
    page.fill("#id_login", "nojs@example.org")
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/en/account/profile/")
    check_with_axe(page.url)
    page.select_option("#id_preferred_language", "ur")
    page.check("#id_communication_needs_1")
    page.click("main button[type=submit]")
    page.wait_for_url("**/ur/account/profile/")
    assert page.get_attribute("html", "dir") == "rtl"
    check_with_axe(page.url)
    assert Profile.objects.get(user__email="nojs@example.org").communication_needs == ["large_print"]
    context.close()
