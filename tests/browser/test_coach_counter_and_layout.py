"""What a resident reads in the character counter (English and Arabic), and the checks page's coverage table
laid out at a desktop width and on a small phone. axe on every page."""

import pytest

from applications.models import Application, Criterion
from tests.browser.test_journeys import sign_in_with_keyboard, visit
from tests.factories import PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ONE_LINE = "element => { const range = document.createRange(); range.selectNodeContents(element); return range.getClientRects().length; }"  # noqa: E501


def an_application(email: str, language: str) -> Application:
    resident = UserFactory(email=email)
    resident.profile.preferred_language = language
    resident.profile.save()
    application = Application.objects.create(
        owner=resident,
        job_title="Ward Clerk",
        statement=(
            "Good communication skills\nI answered the phone at the front desk and explained bookings to visitors.\n\n"
            "Able to use a computer\nI kept the booking records up to date on the computer every day."
        ),
        statement_edited=True,
    )
    for position, text in enumerate(["Good communication skills", "Able to use a computer", "Driving licence"]):
        Criterion.objects.create(application=application, text=text, level="essential", position=position)
    return application


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "850 of 5,000 characters used"), ("ar", "الأحرف المستخدمة: 850 من 5,000")],
)
def test_the_character_counter_reads_in_the_pages_language(page, site, language, expected):
    application = an_application(f"counter-{language}@example.org", language)
    criterion = application.criteria.first()
    sign_in_with_keyboard(page, site, language, f"counter-{language}@example.org", PASSWORD)
    visit(page, f"{site}/{language}/applications/{application.pk}/evidence/{criterion.pk}/")
    page.fill("#id_action", "x" * 850)
    counter = page.locator("[data-char-count]")
    assert counter.inner_text() == expected
    assert "%" not in counter.inner_text()
    page.fill("#id_action", "x" * 5001)
    assert counter.inner_text().endswith(
        "That is more than the box allows." if language == "en" else "هذا أكثر مما يسمح به المربع."
    )
    visit(page, page.url)


@pytest.mark.parametrize("width", [1280, 360])
def test_the_coverage_table_keeps_words_and_badges_on_one_line(page, site, width):
    page.set_viewport_size({"width": width, "height": 900})
    application = an_application(f"layout-{width}@example.org", "en")
    sign_in_with_keyboard(page, site, "en", f"layout-{width}@example.org", PASSWORD)
    visit(page, f"{site}/en/applications/{application.pk}/checks/")
    header = page.locator("table.app-coverage th", has_text="Covered")
    assert header.inner_text() == "Covered"
    assert header.evaluate(ONE_LINE) == 1, "the Covered header is on one line"
    badges = page.locator("table.app-coverage .nhsuk-tag")
    assert {badge.inner_text() for badge in badges.all()} == {"Yes", "Not yet"}
    for badge in badges.all():
        assert badge.evaluate(ONE_LINE) == 1, f"{badge.inner_text()!r} is on one line"
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, "the page does not scroll sideways"
