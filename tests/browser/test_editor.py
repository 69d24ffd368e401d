"""Editors use a keyboard and screen readers too: Wagtail's page editor for each of our page types, adding
and editing, has no axe violations, so every box in our blocks has a name a screen reader can read."""

import pytest

from wagtail.models import Locale, Page

from cms.models import (
    EasyReadPage,
    EmployerHubPage,
    EmployerResourcePage,
    GuideIndexPage,
    HomePage,
    JobGuidePage,
    SessionListingPage,
    StandardPage,
)
from recruit_outreach.accounts import roles
from tests.browser.conftest import assert_accessible
from tests.browser.test_journeys import visit
from tests.factories import PASSWORD, UserFactory
from tests.mfa import current_code, enable_totp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Wagtail's own minimap (the outline of the page beside the editor) is a scrollable list that takes no
# keyboard focus (axe: scrollable-region-focusable). It is Wagtail's admin chrome, not our code, and its
# links are reachable by keyboard; everything else in the editor is checked.
WAGTAIL_CHROME = (".w-minimap__list",)


def sign_in_as_editor(page, site: str) -> None:
    editor = UserFactory(email="editor@example.org", roles=[roles.EDITOR])
    secret = enable_totp(editor)
    visit(page, f"{site}/en/account/login/")
    page.fill("#id_login", editor.email)
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/2fa/authenticate/")
    assert_accessible(page)
    page.fill("main input[name=code]", current_code(secret))
    page.click("main button[type=submit]")
    page.wait_for_load_state()


def open_editor(page, url: str, heading: str) -> None:
    response = page.goto(url)
    assert response.status == 200, url
    page.wait_for_selector("[data-streamfield-stream-container], form#page-edit-form", state="attached")
    page.wait_for_load_state("networkidle")
    assert heading in page.locator("h1").first.inner_text()
    assert_accessible(page, exclude=WAGTAIL_CHROME)


def an_empty_home_page() -> HomePage:
    """A second home page to add the one-per-site pages (guide index, employer hub, sessions) under."""
    home = HomePage(title="Another home", slug="another-home", locale=Locale.objects.get(language_code="en"))
    Page.get_first_root_node().add_child(instance=home)
    return home


def test_the_page_editor_for_each_page_type_has_no_axe_violations(page, site):
    english = {"locale__language_code": "en", "alias_of__isnull": True}
    existing = {model: model.objects.filter(**english).first() for model in (
        HomePage, StandardPage, GuideIndexPage, JobGuidePage, EasyReadPage, EmployerHubPage, EmployerResourcePage,
        SessionListingPage,
    )}  # fmt: skip
    home = existing[HomePage]
    empty_home = an_empty_home_page()
    guide_without_easy_read = JobGuidePage.objects.filter(**english).exclude(
        pk__in=[easy_read.get_parent().pk for easy_read in EasyReadPage.objects.filter(**english)]
    ).first()  # fmt: skip
    parents = {
        HomePage: Page.get_first_root_node(),
        StandardPage: home,
        GuideIndexPage: empty_home,
        JobGuidePage: existing[GuideIndexPage],
        EasyReadPage: guide_without_easy_read,
        EmployerHubPage: empty_home,
        EmployerResourcePage: existing[EmployerHubPage],
        SessionListingPage: empty_home,
    }
    sign_in_as_editor(page, site)

    for model, instance in existing.items():
        name = str(model._meta.verbose_name)
        open_editor(page, f"{site}/admin/pages/{instance.pk}/edit/", instance.title)
        add_url = f"{site}/admin/pages/add/cms/{model._meta.model_name}/{parents[model].pk}/"
        open_editor(page, add_url, name.capitalize() if name[0].islower() else name)
