"""The resident's whole application journey, with a keyboard only, in English and in Arabic, axe on
every step; and once more with JavaScript off."""

import pytest

from applications.models import Application, Milestone
from tests.browser.conftest import assert_accessible, assert_accessible_with_scripts, tab_to
from tests.browser.test_journeys import follow, sign_in_with_keyboard, visit
from tests.factories import PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ADVERT = """Job title: Ward Clerk
Band: Band 2
Employer: Central and North West London NHS Foundation Trust
Closing date: 30 April 2027

Person specification

Essential
- Good communication skills
- Able to use a computer

Desirable
- Experience of working in a hospital
"""
ANSWERS = {
    "#id_situation": "I volunteer at the front desk of a community centre in Harrow.",
    "#id_action": "I welcomed visitors, answered the phone and kept the booking records on the computer.",
    "#id_result": "Visitors found the right room quickly and the records were always up to date.",
}


def write(page, selector: str, text: str) -> None:
    """Tab to a box and type into it (inserted in one go: Playwright types long text slowly)."""
    tab_to(page, selector)
    page.keyboard.insert_text(text)


def press_enter_on(page, selector: str) -> None:
    """Tab to a button, press Enter, wait for the page it loads (even at the same address), run axe."""
    tab_to(page, selector)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert_accessible(page)


def coach_journey(page, site: str, language: str) -> None:
    visit(page, f"{site}/{language}/applications/")
    follow(page, "main a[href$='/applications/new/']", url=f"**/{language}/applications/new/")
    assert "1" in page.locator(".app-steps__count").inner_text()
    write(page, "#id_advert_text", ADVERT)
    follow(page, "main button[type=submit]", url=f"**/{language}/applications/*/job/")
    assert page.locator("#id_job_title").input_value() == "Ward Clerk"
    follow(page, "main form button[type=submit]", url=f"**/{language}/applications/*/evidence/*/")
    for _criterion in range(3):
        for selector, text in ANSWERS.items():
            write(page, selector, text)
        tab_to(page, "#id_values_0")
        page.keyboard.press("Space")
        press_enter_on(page, "main form[data-autosave] button[type=submit]")
    page.wait_for_url(f"**/{language}/applications/*/statement/")
    assert "Good communication skills" in page.locator("#id_statement").input_value()
    follow(page, "main form[data-autosave] button[type=submit]", url=f"**/{language}/applications/*/checks/")
    assert page.locator(".app-panel-view").count() == 1
    follow(page, "main a[href$='/download/']", url=f"**/{language}/applications/*/download/")
    follow(page, ".app-steps a[href$='/track/']", url=f"**/{language}/applications/*/track/")
    tab_to(page, "main input[type=radio][value=submitted]")
    page.keyboard.press("Space")
    press_enter_on(page, "main form button[type=submit]")  # the same page comes back with the event listed


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_whole_journey_with_a_keyboard_only(page, site, language):
    email = f"coach-{language}@example.org"
    resident = UserFactory(email=email)
    resident.profile.preferred_language = language  # sign-in lands in the resident's own language
    resident.profile.save()
    sign_in_with_keyboard(page, site, language, email, PASSWORD)
    coach_journey(page, site, language)
    application = Application.objects.get(owner__email=email)
    assert application.job_title == "Ward Clerk"
    assert all(criterion.action == ANSWERS["#id_action"] for criterion in application.criteria.all())
    assert Milestone.objects.filter(application=application, kind="submitted").exists()
    if language == "ar":
        assert page.get_attribute("html", "dir") == "rtl"


def test_the_whole_journey_works_without_javascript(browser, site):
    """Every step posts and redirects with scripts off; axe checks each page in a second tab (it needs scripts)."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()

    def click_and_check(selector: str, url: str) -> None:
        page.click(selector)
        page.wait_for_url(url)
        assert_accessible_with_scripts(browser, context, page.url)

    UserFactory(email="coach-nojs@example.org")
    page.goto(f"{site}/en/account/login/")
    page.fill("#id_login", "coach-nojs@example.org")
    page.fill("#id_password", PASSWORD)
    click_and_check("main button[type=submit]", "**/en/account/profile/")

    page.goto(f"{site}/en/applications/new/")
    assert_accessible_with_scripts(browser, context, page.url)
    page.fill("#id_advert_text", ADVERT)
    click_and_check("main button[type=submit]", "**/applications/*/job/")
    click_and_check("main form button[type=submit]", "**/applications/*/evidence/*/")
    for criterion in range(3):
        for selector, text in ANSWERS.items():
            page.fill(selector, text)
        following = "**/applications/*/evidence/*/" if criterion < 2 else "**/applications/*/statement/"
        click_and_check("main form[data-autosave] button[type=submit]", following)
    click_and_check("main form[data-autosave] button[type=submit]", "**/applications/*/checks/")
    click_and_check("main a[href$='/download/']", "**/applications/*/download/")
    with page.expect_download() as download:
        page.click("main a[href$='/download/word/']")
    assert download.value.suggested_filename.endswith(".docx")
    click_and_check(".app-steps a[href$='/track/']", "**/applications/*/track/")
    page.check("main input[type=radio][value=submitted]")
    click_and_check("main form button[type=submit]", "**/applications/*/track/")
    assert Milestone.objects.filter(application__owner__email="coach-nojs@example.org", kind="submitted").exists()
    context.close()
