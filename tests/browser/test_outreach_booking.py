"""A resident finds a session by borough and language, books it, saves it to a calendar and cancels it,
with a keyboard only, in English and in Arabic (right to left). axe runs on every page."""

from pathlib import Path

import pytest
from icalendar import Calendar

from django.utils import translation
from django.utils.translation import gettext

from cms.models import SessionListingPage
from recruit_outreach.accounts.models import Borough
from recruit_outreach.outreach.models import Booking
from tests.browser.conftest import assert_accessible, tab_to
from tests.factories import PASSWORD, UserFactory
from tests.outreach_factories import SupportSessionFactory, VenueFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def bilingual_site(live_server):
    from cms.demo import seed_demo_pages

    seed_demo_pages({"en", "ar"})
    return live_server.url


def press_enter_on(page, selector: str, *, url: str | None = None) -> None:
    tab_to(page, selector)
    page.keyboard.press("Enter")
    if url:
        page.wait_for_url(url)
    page.wait_for_load_state()
    assert_accessible(page)


def choose_with_arrows(page, selector: str, value: str) -> None:
    """Move a drop-down to an option with the arrow keys, as a keyboard user does."""
    tab_to(page, selector)
    values = page.locator(f"{selector} option").evaluate_all("options => options.map(o => o.value)")
    for _ in range(values.index(value)):
        page.keyboard.press("ArrowDown")
    assert page.locator(selector).input_value() == value


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_resident_finds_books_saves_and_cancels_a_session(page, bilingual_site, language, tmp_path):
    wanted = SupportSessionFactory(
        venue=VenueFactory(name="Kilburn Wanted Library", borough=Borough.BRENT), languages=["en", "ar"], capacity=5
    )
    SupportSessionFactory(venue=VenueFactory(name="Wembley Other Hub", borough=Borough.BRENT), languages=["en", "gu"])
    SupportSessionFactory(venue=VenueFactory(name="Acton Other Centre", borough=Borough.EALING), languages=["ar"])
    resident = UserFactory()
    resident.profile.preferred_language = language
    resident.profile.save()
    listing = SessionListingPage.objects.get(locale__language_code=language)
    with translation.override(language):
        words = {
            text: gettext(text)
            for text in ("Your place is booked", "Your booking is cancelled. We have sent you an email.")
        }

    page.goto(f"{bilingual_site}{listing.url}")
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert_accessible(page)
    choose_with_arrows(page, "#id_borough", "brent")
    choose_with_arrows(page, "#id_language", "ar")
    press_enter_on(page, "form.app-session-filters button[type=submit]", url="**?*language=ar*")
    main = page.locator("main")
    assert "Kilburn Wanted Library" in main.inner_text()
    assert "Wembley Other Hub" not in main.inner_text() and "Acton Other Centre" not in main.inner_text()

    press_enter_on(page, f"a[href$='/outreach/sessions/{wanted.pk}/']", url=f"**/outreach/sessions/{wanted.pk}/")
    press_enter_on(page, "main a[href*='/account/login/']", url="**/account/login/**")
    tab_to(page, "#id_login")
    page.keyboard.type(resident.email)
    tab_to(page, "#id_password")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/{language}/outreach/sessions/{wanted.pk}/")
    assert_accessible(page)

    press_enter_on(page, "main form button[type=submit]", url="**/outreach/bookings/*/")
    booking = Booking.objects.get(resident=resident)
    assert words["Your place is booked"] in page.locator("h1").inner_text()
    assert "Kilburn Wanted Library" in page.locator("main").inner_text()

    tab_to(page, "a[href$='/calendar.ics']")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    saved = Path(tmp_path / "booking.ics")
    download.value.save_as(saved)
    calendar = Calendar.from_ical(saved.read_bytes())
    assert calendar.walk("VTIMEZONE") and calendar.walk("VEVENT")[0].walk("VALARM")

    press_enter_on(page, f"a[href$='/bookings/{booking.pk}/cancel/']", url="**/cancel/")
    press_enter_on(page, "main form button[type=submit]", url=f"**/{language}/outreach/bookings/")
    assert words["Your booking is cancelled. We have sent you an email."] in page.locator("main").inner_text()
    booking.refresh_from_db()
    assert booking.status == Booking.Status.CANCELLED
