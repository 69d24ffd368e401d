"""A facilitator takes a register on a phone (360 x 740), with and without JavaScript, axe on every page."""

import pytest
from playwright.sync_api import expect

from recruit_outreach.accounts import roles
from recruit_outreach.accounts.models import CommunicationNeed
from tests.browser.conftest import assert_accessible
from tests.factories import PASSWORD
from tests.mfa import current_code, enable_totp
from tests.outreach_factories import BookingFactory
from tests.outreach_staff import person_with_role, session_today

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"viewport": {"width": 360, "height": 740}}


def visit(page, url: str) -> None:
    response = page.goto(url)
    assert response.status == 200, f"{url} answered {response.status}"
    see(page)


def see(page) -> None:
    """What the facilitator sees now: accessible, and nothing wider than the phone."""
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def sign_in(page, site: str, email: str, secret: str) -> None:
    visit(page, f"{site}/en/account/login/")
    page.fill("#id_login", email)
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/2fa/authenticate/")
    page.fill("main input[name=code]", current_code(secret))
    page.click("main button[type=submit]")
    page.wait_for_load_state()


def row(page, name: str):
    return page.locator(".app-register-row", has_text=name)


def total(page, name: str) -> str:
    return page.locator(f"[data-total={name}]").inner_text()


@pytest.fixture
def register_world(site):
    facilitator = person_with_role(roles.OUTREACH_WORKER, email="facilitator@example.org")
    session = session_today(capacity=5)
    session.facilitators.add(facilitator)
    first = person_with_role(roles.RESIDENT, first_name="Layla", last_name="Hassan")
    first.profile.communication_needs = [CommunicationNeed.BSL]
    first.profile.save()
    second = person_with_role(roles.RESIDENT, first_name="Tomasz", last_name="Kowalski")
    BookingFactory(session=session, resident=first)
    BookingFactory(session=session, resident=second)
    person_with_role(roles.RESIDENT, first_name="Priya", last_name="Shah", email="priya@example.org")
    return {"site": site, "session": session, "secret": enable_totp(facilitator)}


def test_a_facilitator_takes_a_register_on_a_phone(browser, register_world):
    site, session = register_world["site"], register_world["session"]
    context = browser.new_context(**PHONE)
    page = context.new_page()
    sign_in(page, site, "facilitator@example.org", register_world["secret"])

    visit(page, f"{site}/en/outreach/staff/today/")
    assert page.locator("h1").inner_text() == "Today's sessions"
    page.click(f"main a[href$='/staff/sessions/{session.pk}/register/']")
    page.wait_for_url("**/register/")
    see(page)
    assert "British Sign Language (BSL) interpreter" in row(page, "Layla Hassan").inner_text()
    assert total(page, "not_marked") == "2"

    # With JavaScript: one request per tap, the page changes in place.
    with page.expect_response(lambda response: response.url.endswith("/register/mark/")):
        row(page, "Layla Hassan").get_by_role("button", name="Attended").click()
    # A locator assertion, not wait_for_function: that evaluates its string with eval(), which the CSP blocks.
    expect(page.locator("[data-total=attended]")).to_have_text("1")
    assert row(page, "Layla Hassan").locator("[data-status]").inner_text() == "Attended"
    see(page)
    with page.expect_response(lambda response: response.url.endswith("/register/mark/")):
        row(page, "Tomasz Kowalski").get_by_role("button", name="Did not attend").click()
    expect(page.locator("[data-total=not_marked]")).to_have_text("0")
    assert row(page, "Tomasz Kowalski").locator("[data-status]").inner_text() == "Did not attend"

    # A walk-in with an account, found by name, and one counted without a name.
    page.fill("#id_q", "Priya")
    page.locator("#id_q").press("Enter")
    page.wait_for_load_state()
    see(page)
    page.get_by_role("button", name="Add as a walk-in").click()
    page.wait_for_load_state()
    page.select_option("#id_borough", "harrow")
    page.select_option("#id_language", "gu")
    page.get_by_role("button", name="Count one walk-in").click()
    page.wait_for_load_state()
    see(page)
    assert "One more walk-in counted." in page.locator("main").inner_text()
    walk_ins = page.locator("#walk-ins + ul").inner_text()
    assert "Priya Shah" in walk_ins and "1 person from Harrow who speaks Gujarati" in walk_ins
    assert (total(page, "attended"), total(page, "did_not_attend"), total(page, "walk_ins")) == ("1", "1", "2")
    context.close()


def test_the_register_works_without_javascript(browser, register_world):
    """Without register.js each tap is a form POST that comes back to the register. (A page with all
    JavaScript off cannot run axe, so only our script is kept from loading.)"""
    site, session = register_world["site"], register_world["session"]
    context = browser.new_context(**PHONE)
    context.route("**/outreach/register*.js", lambda route: route.abort())
    page = context.new_page()
    sign_in(page, site, "facilitator@example.org", register_world["secret"])
    visit(page, f"{site}/en/outreach/staff/sessions/{session.pk}/register/")
    row(page, "Tomasz Kowalski").get_by_role("button", name="Attended").click()
    page.wait_for_url("**/register/#booking-*")
    see(page)
    assert "Tomasz Kowalski: Attended" in page.locator("main").inner_text()
    assert row(page, "Tomasz Kowalski").locator("[data-status]").inner_text() == "Attended"
    assert (total(page, "attended"), total(page, "not_marked")) == ("1", "1")
    page.fill("#id_text", "Layla asked for a BSL interpreter next time.")
    page.get_by_role("button", name="Save note").click()
    page.wait_for_url("**/register/#notes")
    see(page)
    assert "Layla asked for a BSL interpreter next time." in page.locator("main").inner_text()
    context.close()
