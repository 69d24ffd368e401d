"""Volunteering and the employers' advert check in a browser, keyboard only, with axe on every page."""

import pytest

from recruit_outreach.accounts import roles
from recruit_outreach.outreach.volunteering.models import Assignment, Outcome
from tests.browser.conftest import assert_accessible, tab_to
from tests.browser.staff import sign_in_with_code
from tests.browser.test_coach import press_enter_on
from tests.browser.test_journeys import type_into, visit
from tests.factories import UserFactory
from tests.mfa import enable_totp
from tests.volunteering_factories import AppointmentRequestFactory, VolunteerFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ADVERT = """Healthcare Assistant, Band 3
We want a young, energetic and dominant person to join our ward team.
Essential criteria
- Degree in health
- Experience of MDT working
"""


def fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_a_volunteer_accepts_and_records_an_outcome_on_a_phone(page, site):
    page.set_viewport_size({"width": 360, "height": 740})
    volunteer = VolunteerFactory(user__email="amal@example.org")
    assignment = Assignment.objects.create(request=AppointmentRequestFactory(), volunteer=volunteer)
    sign_in_with_code(page, site, volunteer.user, enable_totp(volunteer.user), "/en/outreach/volunteering/mine/")
    assert page.get_by_text("Central Middlesex Hospital").count() >= 1 and fits_the_screen(page)

    press_enter_on(page, f"main a[href$='/mine/{assignment.pk}/']")
    assert page.get_by_text("Fatima Hassan").count() == 1 and fits_the_screen(page)
    press_enter_on(page, "main button[value=accept]")
    assert page.get_by_text("Thank you for saying yes.").count() == 1

    press_enter_on(page, f"main a[href$='/mine/{assignment.pk}/outcome/']")
    assert fits_the_screen(page)
    tab_to(page, "#id_result_0")  # Tab reaches the radio group; an arrow key chooses within it
    page.keyboard.press("ArrowDown")  # "They did not go"
    assert page.is_checked("#id_result_1")
    press_enter_on(page, "main button[type=submit]")  # no reason yet
    assert page.locator(".nhsuk-error-summary").get_by_text("Choose why they did not go.").count() == 1
    tab_to(page, "#id_missed_reason_0")  # transport
    page.keyboard.press("Space")
    page.fill("#id_hours", "")
    type_into(page, "#id_hours", "2.5")
    press_enter_on(page, "main button[type=submit]")
    assert page.get_by_text("Thank you. What happened has been saved.").count() == 1
    outcome = Outcome.objects.get(request=assignment.request)
    assert (outcome.result, outcome.missed_reason, str(outcome.hours)) == ("did_not_attend", "transport", "2.5")


def test_a_coordinator_assigns_a_volunteer(page, site):
    coordinator = UserFactory(email="carol@example.org", roles=[roles.VOLUNTEER_COORDINATOR])
    request = AppointmentRequestFactory()
    VolunteerFactory(user__first_name="Expired", dbs_next_check_due="2020-01-01")
    amal = VolunteerFactory(user__first_name="Amal", languages=["Arabic"])
    sign_in_with_code(page, site, coordinator, enable_totp(coordinator), "/en/outreach/volunteering/")
    assert page.get_by_text("No volunteer yet").count() >= 1
    press_enter_on(page, f"main a[href$='/requests/{request.pk}/']")
    assert page.get_by_text("Their DBS check was due on 2020-01-01.").count() == 1
    press_enter_on(page, "main form button[type=submit]")  # the first Assign button: Amal
    assert page.get_by_text("Amal Person has been asked.").count() == 1
    assert Assignment.objects.get(request=request).volunteer == amal


@pytest.mark.parametrize(
    ("language", "heading", "direction"), [("en", "Summary for your HR team", "ltr"), ("ar", None, "rtl")]
)
def test_an_employer_checks_an_advert(page, site, language, heading, direction):
    visit(page, f"{site}/{language}/outreach/employers/advert-check/")
    assert page.get_attribute("html", "dir") == direction
    tab_to(page, "#id_text")
    page.keyboard.insert_text(ADVERT)
    press_enter_on(page, "main form button[type=submit]")
    assert page.locator("#summary").count() == 1
    if heading:
        assert page.locator("#summary").inner_text() == heading
    assert page.locator("mark", has_text="young").count() == 1
    tab_to(page, "main a[href='#advert-2']")
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#advert-2"
    assert_accessible(page)
