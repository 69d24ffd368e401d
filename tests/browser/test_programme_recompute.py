"""A programme admin recomputes the indicators from the dashboard with the keyboard; axe on each page."""

import pytest

from recruit_outreach.programmes.models import Recomputation
from tests.browser.conftest import assert_accessible, tab_to
from tests.browser.test_journeys import visit
from tests.factories import PASSWORD, UserFactory
from tests.mfa import current_code, enable_totp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_programme_admin_recomputes_now_and_sees_the_progress(page, site):
    admin = UserFactory(email="recompute@example.org", roles=["programme_admin"])
    secret = enable_totp(admin)
    visit(page, f"{site}/en/account/login/")
    page.fill("#id_login", "recompute@example.org")
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/2fa/authenticate/")
    page.fill("main input[name=code]", current_code(secret))
    page.click("main button[type=submit]")
    page.wait_for_load_state()

    running = Recomputation.objects.create(periods="2026-Q3", done=3, total=44)
    visit(page, f"{site}/admin/programme-dashboard/")
    assert "Recomputing: 3 of 44 indicators" in page.inner_text("main")
    running.delete()

    page.reload()
    tab_to(page, "form[action$='recompute/'] button")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Values were last computed")
    assert Recomputation.objects.get().finished_at is not None
    assert_accessible(page)
