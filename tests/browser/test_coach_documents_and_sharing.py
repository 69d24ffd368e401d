"""Uploading a CV to check, pointing to the paragraph of an uploaded statement that the check missed, and
sharing a draft with an outreach worker who comments, in a browser."""

import pytest
from playwright.sync_api import expect

from django.utils import translation

from applications.models import Application, Comment, Criterion
from tests.browser.conftest import tab_to
from tests.browser.test_coach import press_enter_on
from tests.browser.test_journeys import follow, sign_in_with_keyboard, submit, visit
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


KIOSK = (
    "For six years I ran the newspaper kiosk at Harrow bus station by myself, selling sweets and top-up cards, "
    "and I balanced the float to the penny every night."
)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_resident_points_to_the_paragraph_their_uploaded_statement_shows(page, site, tmp_path, settings, language):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    email = f"uploader-{language}@example.org"
    resident = UserFactory(email=email)
    resident.profile.preferred_language = language
    resident.profile.save()
    application = Application.objects.create(owner=resident, job_title="Shop Assistant")
    till = Criterion.objects.create(
        application=application, text="Experience of working on a till and handling cash", level="essential"
    )
    Criterion.objects.create(application=application, text="Good telephone manner", level="essential", position=1)
    with translation.override(language):
        yes, not_yet, where, suggestion, change = (
            translation.gettext(text)
            for text in ("Yes", "Not yet", "Where did you write about this?",
                         "We think this part may be about it. Check before you choose it.",
                         "Change where you wrote about this")
        )  # fmt: skip
    sign_in_with_keyboard(page, site, language, email, PASSWORD)
    visit(page, f"{site}/{language}/applications/documents/")
    tab_to(page, "main input[type=radio][value=cv]")
    page.keyboard.press("ArrowDown")  # the next choice in the group: a supporting statement
    assert page.locator("main input[type=radio][value=statement]").is_checked()
    statement = tmp_path / "my-statement.txt"
    statement.write_text(f"{KIOSK}\n\nMy neighbour says I am a good listener.\n")
    page.set_input_files("main input[type=file]", str(statement))
    page.select_option("main select", str(application.pk))
    press_enter_on(page, "main form[enctype] button[type=submit]")
    visit(page, page.url)
    tags = page.locator(".app-coverage tbody tr .nhsuk-tag")
    assert tags.all_inner_texts() == [not_yet, not_yet]

    follow(page, f".app-coverage a[href$='/where/{till.pk}/']", url=f"**/where/{till.pk}/")
    assert page.locator("h1").inner_text() == where
    assert page.locator(".nhsuk-caption-l").inner_text() == "my-statement.txt"
    assert page.locator("[id='id_paragraph_0-hint']").inner_text() == suggestion
    if language == "ar":
        assert page.get_attribute("html", "dir") == "rtl"
        assert page.locator("label", has_text="Harrow bus station").get_attribute("dir") == "ltr"
    tab_to(page, "#id_paragraph_0")
    page.keyboard.press("Space")
    tab_to(page, "main form button[type=submit]")
    submit(page, url=f"**/{language}/applications/documents/*/")
    visit(page, page.url)  # the check ran in-process; the page shows its result
    assert tags.all_inner_texts() == [yes, not_yet]
    assert page.locator(f"#criterion-{till.pk} q").inner_text() == KIOSK
    assert page.locator(f"#criterion-{till.pk} a").inner_text().startswith(change)


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
