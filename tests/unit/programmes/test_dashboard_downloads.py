"""The dashboard's filters, charts, words and downloads: a download holds exactly the published values shown."""

import base64
import csv
import io
import re
from datetime import date
from html import unescape

import pytest
from openpyxl import load_workbook

from django.urls import reverse

from recruit_outreach.accounts import roles
from tests.factories import UserFactory
from tests.unit.programmes.test_dashboard import DASHBOARD, Q2, Q3, section, store

pytestmark = pytest.mark.django_db

CSV = reverse("programme_dashboard:download_csv")
XLSX = reverse("programme_dashboard:download_xlsx")
Q1 = date(2026, 1, 1)
ROW = re.compile(r'<tr><th scope="row">(.*?)</th><td>(.*?)</td></tr>')


@pytest.fixture
def programme_admin(sign_in_staff):
    return sign_in_staff(roles.PROGRAMME_ADMIN)


@pytest.fixture
def stored_values():
    """Job starts over three quarters with a split by borough that holds small numbers, and a rate."""
    store("ro-job-starts", Q1, 6)
    store("ro-job-starts", Q2, 40)
    store("ro-job-starts", Q3, 53)
    for borough, count in (("brent", 3), ("ealing", 22), ("harrow", 28)):
        store("ro-job-starts", Q3, count, breakdown="borough", category=borough)
    store("ro-job-starts", Q2, 5, breakdown="borough", category="brent")
    store("ro-shortlisted-of-submitted", Q3, 50, numerator=7, denominator=14)


def shown_on_page(page: str) -> set[tuple[str, str, str]]:
    """(indicator, row heading, value) for every table row on the dashboard."""
    shown = set()
    for match in re.finditer(r'<h3 class="w-h3" id="indicator-\d+">(.*?)</h3>', page):
        body = page[match.end() : page.index("</section>", match.end())]
        shown |= {(unescape(match[1]), unescape(label), unescape(value)) for label, value in ROW.findall(body)}
    return shown


def csv_rows(response) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_csv_holds_exactly_the_tables_shown_with_small_numbers_as_stars(client, programme_admin, stored_values):
    query = {"period": "2026-07-01", "breakdown": "borough"}
    page = client.get(DASHBOARD, query).content.decode()
    response = client.get(CSV, query)
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = csv_rows(response)
    downloaded = {
        (row["Indicator"], row["Group"] if row["Group"] != "Everyone" else row["Period"], row["Value"]) for row in rows
    }
    assert downloaded == shown_on_page(page)
    starts = {(row["Period"], row["Group"]): row["Value"] for row in rows if row["Indicator"] == "Job starts"}
    assert starts[("Jul to Sep 2026", "Brent")] == "*"
    assert starts[("Jul to Sep 2026", "Ealing")] == "*"  # hidden too, or Brent's 3 would be the total less the rest
    assert starts[("Jul to Sep 2026", "Harrow")] == "30"
    assert starts[("Jul to Sep 2026", "Total")] == "55"
    assert starts[("Jan to Mar 2026", "Everyone")] == "*"
    assert not any(re.fullmatch(r"[1-7]", row["Value"]) for row in rows)


def test_the_spreadsheet_has_the_same_rows_as_the_csv(client, programme_admin, stored_values):
    query = {"period": "2026-07-01", "breakdown": "borough"}
    from_csv = [list(row.values()) for row in csv_rows(client.get(CSV, query))]
    response = client.get(XLSX, query)
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    sheet = load_workbook(io.BytesIO(response.content)).active
    header, *body = [["" if cell is None else str(cell) for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert header == ["Indicator", "Period", "Group", "Value", "Target"]
    assert body == from_csv
    assert sheet["A1"].font.bold


def test_a_borough_filter_shows_that_boroughs_values(client, programme_admin, stored_values):
    page = client.get(DASHBOARD, {"borough": "ealing"}).content.decode()
    assert "Recruitment outreach: Ealing" in page
    text = section(page, "Job starts")
    assert "Value for Jul to Sep 2026 20" in text
    rows = csv_rows(client.get(CSV, {"borough": "ealing"}))
    assert [(row["Period"], row["Group"], row["Value"]) for row in rows if row["Indicator"] == "Job starts"] == [
        ("Jul to Sep 2026", "Ealing", "20")
    ]


def test_a_group_filter_shows_that_groups_values(client, programme_admin):
    store("ro-job-starts", Q3, 14, breakdown="ethnic_group", category="black")
    store("ro-job-starts", Q3, 90, breakdown="ethnic_group", category="white")
    page = client.get(DASHBOARD, {"group": "ethnic_group:black"}).content.decode()
    assert "Value for Jul to Sep 2026 15" in section(page, "Job starts")


def test_a_borough_and_a_group_together_are_refused_in_words(client, programme_admin, stored_values):
    page = client.get(DASHBOARD, {"borough": "ealing", "group": "disability:yes"}).content.decode()
    assert "Choose a borough, a group or a split." in unescape(page)


def test_each_chart_is_an_image_with_a_text_alternative_saying_what_it_shows(client, programme_admin, stored_values):
    page = client.get(DASHBOARD, {"period": "2026-07-01"}).content.decode()
    body = page[page.index(">Job starts</h3>") : page.index("</section>", page.index(">Job starts</h3>"))]
    source, alt = re.search(r'<img src="data:image/svg\+xml;base64,([^"]+)" alt="([^"]+)"', body).groups()
    assert base64.b64decode(source).lstrip().startswith((b"<?xml", b"<svg"))
    assert unescape(alt) == (
        "Bar chart of Job starts. Jan to Mar 2026: hidden (a small number); Apr to Jun 2026: 40; Jul to Sep 2026: 55."
    )
    assert "Up from 40 to 55 since Apr to Jun 2026." in section(page, "Job starts")


def test_the_change_in_words_gives_a_rate_as_a_percentage_and_the_target(client, programme_admin):
    store("ro-job-starts", Q2, 30)
    store("ro-job-starts", Q3, 30)
    store("ro-shortlisted-of-submitted", Q3, 50, numerator=20, denominator=40)
    page = client.get(DASHBOARD).content.decode()
    assert "The same as in Apr to Jun 2026: 30." in section(page, "Job starts")
    assert "50.0 % in Jul to Sep 2026; no earlier value to compare." in section(
        page, "Submitted applications shortlisted"
    )


@pytest.mark.parametrize("address", [DASHBOARD, CSV, XLSX])
def test_a_resident_cannot_open_the_dashboard_or_its_downloads(client, address):
    client.force_login(UserFactory(roles=[roles.RESIDENT]))
    response = client.get(address)
    assert response.status_code in (302, 403)
    assert b"Indicator" not in response.content


@pytest.mark.parametrize("address", [CSV, XLSX])
def test_an_outreach_worker_cannot_download_the_figures(client, sign_in_staff, address):
    sign_in_staff(roles.OUTREACH_WORKER)
    response = client.get(address)
    assert response.status_code in (302, 403)
    assert "attachment" not in response.get("Content-Disposition", "")
