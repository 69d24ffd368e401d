"""A resident downloads everything held about them, then deletes their account, with a keyboard (and the
deletion again with scripts off); axe runs on every page."""

import io
import json
import zipfile

import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.translation import gettext

from applications.models import Application, Criterion, Upload
from tests.browser.conftest import assert_accessible, assert_accessible_with_scripts, tab_to
from tests.browser.test_coach import press_enter_on
from tests.browser.test_journeys import follow, sign_in_with_keyboard, type_into, visit
from tests.factories import PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def resident(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    user = UserFactory(email="leaving@example.org", first_name="Nadia", last_name="Farouk", roles=["resident"])
    application = Application.objects.create(owner=user, job_title="Ward clerk")
    Criterion.objects.create(application=application, text="Teamwork", level="essential", action="I led a rota.")
    upload = Upload(owner=user, application=application, kind=Upload.Kind.CV, original_name="my cv.txt")
    upload.file.save("cv.txt", ContentFile(b"Nadia's CV"), save=False)
    upload.save()
    return user


def words(msgid: str) -> str:
    with translation.override("en"):
        return gettext(msgid)


def test_a_resident_downloads_their_data_then_deletes_their_account(page, site, resident, tmp_path):
    sign_in_with_keyboard(page, site, "en", "leaving@example.org", PASSWORD)
    follow(page, "main a[href$='/account/your-data/']", url="**/en/account/your-data/")
    expect(page.locator("h1")).to_have_text(words("Your data"))

    follow(page, "main a[href$='/account/your-data/read/']", url="**/your-data/read/")
    expect(page.locator("h1")).to_have_text(words("Everything we keep about you"))
    expect(page.locator("main")).to_contain_text("I led a rota.")
    expect(page.locator("main")).to_contain_text(words("Who looked at your record"))

    visit(page, f"{site}/en/account/your-data/")
    tab_to(page, "main a[href$='/your-data/download/']")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    archive = zipfile.ZipFile(io.BytesIO(download.value.path().read_bytes()))
    data = json.loads(archive.read("your-data.json"))
    assert data["applications"][0]["job_title"] == "Ward clerk"
    assert archive.read(data["documents"][0]["file"]) == b"Nadia's CV"

    follow(page, "main a[href$='/your-data/delete/']", url="**/your-data/delete/")
    expect(page.locator("main")).to_contain_text(words("You cannot undo this"))
    type_into(page, "#id_password", "not my password")
    press_enter_on(page, "main form button[type=submit]")
    expect(page.locator(".nhsuk-error-summary")).to_contain_text(
        words("The password is not right. Check it and try again.")
    )
    type_into(page, "#id_password", PASSWORD)
    press_enter_on(page, "main form button[type=submit]")
    expect(page.locator("h1")).to_have_text(words("Your account has been deleted"))
    assert not get_user_model().objects.filter(email="leaving@example.org").exists()
    assert not any(path.is_file() for path in (tmp_path / "private").rglob("*"))


def test_deleting_an_account_works_with_scripts_off(browser, site, resident):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site}/en/account/login/")
    page.fill("#id_login", "leaving@example.org")
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/en/account/profile/")
    page.goto(f"{site}/en/account/your-data/delete/")
    assert_accessible_with_scripts(browser, context, page.url)
    page.fill("#id_password", PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_url("**/your-data/deleted/")
    expect(page.locator("h1")).to_have_text(words("Your account has been deleted"))
    assert not get_user_model().objects.filter(email="leaving@example.org").exists()
    context.close()
    checker = browser.new_page()
    checker.goto(page.url)
    assert_accessible(checker)
    checker.close()
