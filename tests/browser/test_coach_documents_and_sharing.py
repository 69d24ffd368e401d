"""Uploading a CV to check, and sharing a draft with an outreach worker who comments, in a browser."""

import pytest
from playwright.sync_api import expect

from applications.models import Application, Comment, Criterion
from tests.browser.conftest import tab_to
from tests.browser.test_coach import press_enter_on
from tests.browser.test_journeys import follow, sign_in_with_keyboard, visit
from tests.factories import PASSWORD, UserFactory
from tests.mfa import current_code, enable_totp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CV = """Amina Okafor
Experience
Receptionist at a GP surgery, 2021 to 2024. I booked appointments, answered the phone and helped patients.
Skills
Good communication, computer skills, working in a team.
"""


def test_a_resident_uploads_a_cv_and_sees_the_results(page, site, tmp_path, settings):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    UserFactory(email="cv@example.org")
    sign_in_with_keyboard(page, site, "en", "cv@example.org", PASSWORD)
    visit(page, f"{site}/en/applications/documents/")
    tab_to(page, "main input[type=radio][value=cv]")
    page.keyboard.press("Space")
    cv = tmp_path / "my-cv.txt"
    cv.write_text(CV)
    page.set_input_files("main input[type=file]", str(cv))
    press_enter_on(page, "main form[enctype] button[type=submit]")
    assert "/applications/documents/" in page.url
    # The check runs in-process: the page shows the done state itself, not "Waiting to be checked".
    visit(page, page.url)
    assert page.locator("#document-status").get_attribute("data-status") == "done"
    expect(page.locator("#document-status .nhsuk-tag")).to_have_text("Checked")


def test_a_resident_shares_a_draft_and_the_worker_comments(page, browser, site):
    resident = UserFactory(email="sharer@example.org")
    application = Application.objects.create(owner=resident, job_title="Ward Clerk")
    criterion = Criterion.objects.create(
        application=application, text="Good communication skills", level="essential", action="I explained things."
    )
    worker = UserFactory(email="worker@example.org", roles=["outreach_worker"])
    secret = enable_totp(worker)

    sign_in_with_keyboard(page, site, "en", "sharer@example.org", PASSWORD)
    visit(page, f"{site}/en/applications/{application.pk}/statement/")
    follow(page, f"main a[href$='/applications/{application.pk}/share/']", url="**/share/")
    tab_to(page, "#id_email")
    page.keyboard.type("worker@example.org")
    tab_to(page, "#id_consent")
    page.keyboard.press("Space")
    press_enter_on(page, "main form[novalidate] button[type=submit]")
    assert application.shares.live().filter(worker=worker).exists()

    worker_context = browser.new_context()
    worker_page = worker_context.new_page()
    visit(worker_page, f"{site}/en/account/login/")
    worker_page.fill("#id_login", "worker@example.org")
    worker_page.fill("#id_password", PASSWORD)
    worker_page.click("main button[type=submit]")
    worker_page.wait_for_url("**/2fa/authenticate/")
    worker_page.fill("main input[name=code]", current_code(secret))
    worker_page.click("main button[type=submit]")
    worker_page.wait_for_load_state()
    visit(worker_page, f"{site}/en/applications/shared-with-me/")
    follow(worker_page, f"main a[href$='/shared-with-me/{application.pk}/']", url="**/shared-with-me/*/")
    tab_to(worker_page, "main form textarea")
    worker_page.keyboard.type("Say what happened because of what you did.")
    press_enter_on(worker_page, "main form button[type=submit]")
    assert Comment.objects.filter(criterion=criterion, author=worker).exists()
    worker_context.close()

    visit(page, f"{site}/en/applications/{application.pk}/evidence/{criterion.pk}/")
    assert page.get_by_text("Say what happened because of what you did.").count() == 1
