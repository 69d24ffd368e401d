"""The programme dashboard and the quarterly report page for a programme admin, in English and Arabic:
filters sent as a plain form, charts with text alternatives, downloads; axe on every page."""

from datetime import date

import pytest

from django.utils import translation
from django.utils.translation import gettext

from wagtail.users.models import UserProfile

from recruit_outreach.programmes.models import Indicator, IndicatorValue
from tests.browser.conftest import assert_accessible
from tests.browser.staff import sign_in_with_code
from tests.browser.test_journeys import visit
from tests.factories import UserFactory
from tests.mfa import enable_totp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in_programme_admin(page, site: str, language: str) -> None:
    admin = UserFactory(email="dashboard@example.org", roles=["programme_admin"])
    UserProfile.objects.update_or_create(user=admin, defaults={"preferred_language": language})
    sign_in_with_code(page, site, admin, enable_totp(admin))


def store_job_starts() -> None:
    starts = Indicator.objects.get(code="ro-job-starts")
    for start, value in ((date(2026, 4, 1), 12), (date(2026, 7, 1), 23)):
        IndicatorValue.objects.create(indicator=starts, period_start=start, value=value)
    for borough, value in (("brent", 4), ("ealing", 19)):
        IndicatorValue.objects.create(
            indicator=starts, period_start=date(2026, 7, 1), value=value, breakdown="borough", category=borough
        )


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_programme_admin_filters_the_dashboard_and_reads_charts_in_words(page, site, language):
    store_job_starts()
    sign_in_programme_admin(page, site, language)
    visit(page, f"{site}/admin/programme-dashboard/")
    with translation.override(language):
        job_starts, ealing = gettext("Job starts"), gettext("Ealing")
        downloads = [gettext("Download as CSV"), gettext("Download as a spreadsheet (Excel)")]
        bar_chart = gettext("Bar chart of %(name)s. %(periods)s.").split("%(name)s")[0]
    if language == "ar":
        assert page.get_attribute("html", "dir") == "rtl"
    section = page.locator("section", has=page.get_by_role("heading", name=job_starts, exact=True))
    chart = section.locator("img")
    assert chart.get_attribute("alt").startswith(bar_chart + job_starts)
    rows = section.locator("table").first.locator("tbody tr")
    assert [rows.nth(i).locator("td").inner_text() for i in range(rows.count())] == ["25", "10"]
    for words in downloads:
        assert page.get_by_role("link", name=words).count() == 1

    page.select_option("#id_borough", "ealing")
    page.click("main form[role=search] button[type=submit]")
    page.wait_for_url("**borough=ealing**")
    assert_accessible(page)
    assert ealing in page.locator("#shown-for").inner_text()
    section = page.locator("section", has=page.get_by_role("heading", name=job_starts, exact=True))
    assert section.locator("table").first.locator("tbody td").all_inner_texts() == ["20"]


def test_a_programme_admin_builds_the_quarterly_report_and_sees_it_ready(page, site, settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    store_job_starts()
    sign_in_programme_admin(page, site, "en")
    visit(page, f"{site}/admin/programme-reports/")
    assert page.get_by_text("No report has been asked for yet.").count() == 1
    page.select_option("#id_period", "2026-Q3")
    page.click("main form button[type=submit]")
    page.wait_for_url("**/admin/programme-reports/")
    assert_accessible(page)
    link = page.get_by_role("link", name="Download the 2026-Q3 report (Word)")
    with page.expect_download() as download:
        link.click()
    assert download.value.suggested_filename == "programme-report-2026-Q3.docx"
