"""Equality questions for a resident, in English and Arabic, and the programme dashboard for a programme
admin: keyboard only, axe on every page."""

from datetime import date

import pytest

from recruit_outreach.programmes.equality import EqualityAnswers
from recruit_outreach.programmes.models import Indicator, IndicatorValue
from tests.browser.conftest import assert_accessible, tab_to
from tests.browser.staff import sign_in_with_code
from tests.browser.test_journeys import follow, sign_in_with_keyboard, submit, visit
from tests.factories import PASSWORD, UserFactory
from tests.mfa import enable_totp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_resident_answers_changes_and_deletes_the_equality_questions(page, site):
    resident = UserFactory(email="equality@example.org", roles=["resident"])
    sign_in_with_keyboard(page, site, "en", "equality@example.org", PASSWORD)
    follow(page, "main a[href$='/account/equality/']", url="**/en/account/equality/")
    assert page.locator("h1").inner_text() == "Equality questions (optional)"
    assert page.get_by_text("No member of staff can see your answers").count() == 1
    # Tab reaches a group of radios; the arrow keys move through it and choose, as in any browser.
    tab_to(page, "main input[name=ethnic_group][value=asian_bangladeshi]")
    for _ in range(6):
        page.keyboard.press("ArrowDown")
    assert page.locator("main input[value=black_caribbean]").is_checked()
    tab_to(page, "main input[name=age_band][value='16_24']")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    tab_to(page, "main form button[type=submit]")
    submit(page, url="**/en/account/profile/")
    assert page.get_by_text("Thank you. Your answers have been saved.").count() == 1
    answers = EqualityAnswers.objects.get(user=resident)
    assert (answers.ethnic_group, answers.age_band, answers.religion) == ("black_caribbean", "35_44", "")

    visit(page, f"{site}/en/account/equality/")
    assert page.locator("main input[value=black_caribbean]").is_checked()
    follow(page, "main a[href$='/account/equality/delete/']", url="**/equality/delete/")
    assert page.get_by_text("This cannot be undone").count() == 1
    follow(page, "main form button[type=submit]", url="**/en/account/profile/")
    assert page.get_by_text("Your equality answers have been deleted.").count() == 1
    assert not EqualityAnswers.objects.filter(user=resident).exists()


def test_the_equality_questions_read_right_to_left_in_arabic(page, site):
    UserFactory(email="arabic@example.org", roles=["resident"])
    sign_in_with_keyboard(page, site, "en", "arabic@example.org", PASSWORD)
    visit(page, f"{site}/ar/account/equality/")
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.locator("main input[type=radio]").count() == 20 + 3 + 3 + 3 + 9 + 7


def test_a_programme_admin_reads_the_dashboard(page, site):
    admin = UserFactory(email="programmes@example.org", roles=["programme_admin"])
    secret = enable_totp(admin)
    starts = Indicator.objects.get(code="ro-job-starts")
    IndicatorValue.objects.create(indicator=starts, period_start=date(2026, 4, 1), value=12)
    IndicatorValue.objects.create(indicator=starts, period_start=date(2026, 7, 1), value=23)
    IndicatorValue.objects.create(
        indicator=starts, period_start=date(2026, 7, 1), value=4, breakdown="borough", category="brent"
    )
    IndicatorValue.objects.create(
        indicator=starts, period_start=date(2026, 7, 1), value=19, breakdown="borough", category="ealing"
    )

    sign_in_with_code(page, site, admin, secret)

    visit(page, f"{site}/admin/programme-dashboard/?breakdown=borough")
    section = page.locator("section", has=page.get_by_role("heading", name="Job starts", exact=True))
    assert "Better than the period before." in section.inner_text()
    rows = section.locator("table").last.locator("tbody tr")
    assert [rows.nth(i).inner_text().split() for i in range(rows.count())] == [
        ["Brent", "*"],
        ["Ealing", "*"],
        ["Total", "25"],
    ]
    assert_accessible(page)
