"""A programme admin recomputes the indicators from the dashboard with the keyboard; axe on each page."""

import pytest

from recruit_outreach.programmes.models import Recomputation
from tests.browser.conftest import assert_accessible, tab_to
from tests.browser.staff import sign_in_with_code
from tests.browser.test_journeys import visit
from tests.factories import UserFactory
from tests.mfa import enable_totp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_programme_admin_recomputes_now_and_sees_the_progress(page, site):
    admin = UserFactory(email="recompute@example.org", roles=["programme_admin"])
    sign_in_with_code(page, site, admin, enable_totp(admin))

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
