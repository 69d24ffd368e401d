"""The quarterly Word report, read back with python-docx, and the admin button that builds it."""

import io
import re
from datetime import date

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from recruit_outreach.accounts import roles
from recruit_outreach.programmes import report_services
from recruit_outreach.programmes.models import QuarterlyReport, Workstream
from recruit_outreach.programmes.report import build_report
from recruit_outreach.programmes.report_tasks import build_quarterly_report
from tests.factories import UserFactory
from tests.unit.programmes.test_dashboard import Q2, Q3, store

pytestmark = pytest.mark.django_db

REPORTS = reverse("programme_reports:index")
SMALL = re.compile(r"\s*[1-7]\s*")


@pytest.fixture
def private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path


@pytest.fixture
def small_and_large_values():
    """Stored values that include counts from 1 to 7, in totals, splits and rates."""
    store("ro-job-starts", Q2, 4)
    store("ro-job-starts", Q3, 53)
    for group, count in (("black", 7), ("white", 25), ("asian", 21)):
        store("ro-job-starts", Q3, count, breakdown="ethnic_group", category=group)
    store("ro-residents-supported", Q3, 1)
    store("ro-shortlisted-of-submitted", Q3, 50, numerator=3, denominator=6)
    store("ca-people-reached", Q3, 41)


def read_back(content: bytes):
    return Document(io.BytesIO(content))


def headings(document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def test_the_report_has_a_title_page_contents_a_heading_per_programme_and_methods(small_and_large_values):
    document = read_back(build_report("2026-Q3"))
    assert document.paragraphs[0].style.name == "Title"
    assert document.paragraphs[0].text == "Race Equality Steering Group: programme report"
    assert "Jul to Sep 2026 (2026-Q3)" in [p.text for p in document.paragraphs]
    assert headings(document, 1) == ["Contents", *[w.label for w in Workstream], "Methods"]
    assert "Job starts" in headings(document, 2) and "Disclosure control" in headings(document, 2)
    instructions = [node.text for node in document.element.body.iter(qn("w:instrText"))]
    assert instructions == ['TOC \\o "1-2" \\h \\z \\u']
    assert document.settings.element.find(qn("w:updateFields")).get(qn("w:val")) == "true"
    text = " ".join(p.text for p in document.paragraphs)
    assert "Up from * to 55 since Apr to Jun 2026." not in text  # no comparison with a hidden value
    assert "a count from 1 to 7 is shown as *" in text
    assert "as a percentage of the rounded counts" in text


def test_every_table_has_a_repeating_header_row_and_no_cell_holds_1_to_7(small_and_large_values):
    document = read_back(build_report("2026-Q3"))
    assert document.tables
    for table in document.tables:
        header = table.rows[0]
        assert header._tr.trPr.find(qn("w:tblHeader")) is not None
        assert header.cells[1].text == "Value"
        assert all(run.bold for cell in header.cells for run in cell.paragraphs[0].runs)
        assert table._tbl.tblPr.find(qn("w:tblCaption")).get(qn("w:val"))
        for row in table.rows:
            for cell in row.cells:
                assert not SMALL.fullmatch(cell.text), cell.text
    by_group = next(t for t in document.tables if t.rows[0].cells[0].text == "Ethnic group")
    assert [[c.text for c in row.cells] for row in by_group.rows[1:]] == [
        ["Asian or Asian British", "*"],
        ["Black, Black British, Caribbean or African", "*"],
        ["White", "25"],
        ["Total", "55"],
    ]


def test_charts_are_pictures_with_alt_text(small_and_large_values):
    document = read_back(build_report("2026-Q3"))
    descriptions = [shape._inline.docPr.get("descr") for shape in document.inline_shapes]
    assert "Bar chart of Job starts. Apr to Jun 2026: hidden (a small number); Jul to Sep 2026: 55." in descriptions
    assert all(descriptions)
    assert all(shape._inline.graphic.graphicData.pic.blipFill is not None for shape in document.inline_shapes)


def test_the_report_is_a4_in_arial_at_12_point_or_larger(small_and_large_values):
    document = read_back(build_report("2026-Q3"))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3"):
        style = document.styles[name]
        assert style.font.name == "Arial" and style.font.size >= Pt(12), name
    sizes = [int(size.get(qn("w:val"))) for size in document.styles.element.iter(qn("w:sz"))]
    assert min(sizes) >= 24


def test_the_number_of_queries_does_not_grow_with_the_data():
    store("ro-job-starts", Q3, 10)
    with CaptureQueriesContext(connection) as small:
        build_report("2026-Q3")
    for code in ("ro-job-starts", "ro-offered", "ro-shortlisted", "ca-people-reached"):
        for month in (1, 4, 7):
            for group in ("asian", "black", "white"):
                store(code, date(2026, month, 1), 30, breakdown="ethnic_group", category=group)
    with CaptureQueriesContext(connection) as large:
        build_report("2026-Q3")
    assert len(large.captured_queries) == len(small.captured_queries)


def test_the_command_writes_the_report_and_refuses_a_period_it_cannot_read(tmp_path, small_and_large_values):
    out = tmp_path / "report.docx"
    call_command("programme_report", "--period", "2026-Q3", "--out", str(out))
    assert "Job starts" in headings(read_back(out.read_bytes()), 2)
    with pytest.raises(CommandError, match="2026-Q3"):
        call_command("programme_report", "--period", "July 2026", "--out", str(out))


def test_a_programme_admin_builds_the_report_and_downloads_it(
    client, sign_in_staff, private_media, small_and_large_values, django_capture_on_commit_callbacks
):
    sign_in_staff(roles.PROGRAMME_ADMIN)
    page = client.get(REPORTS).content.decode()
    assert '<option value="2026-Q3"' in page and "Build the report" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(REPORTS, {"period": "2026-Q3"})
    assert response.status_code == 302
    report = QuarterlyReport.objects.get()
    assert (report.status, report.progress) == (QuarterlyReport.Status.READY, 100)
    assert str(private_media / "private") in report.file.path
    page = client.get(REPORTS).content.decode()
    assert "Download the 2026-Q3 report (Word)" in page
    download = client.get(reverse("programme_reports:download", args=[report.pk]))
    assert download["Content-Disposition"] == 'attachment; filename="programme-report-2026-Q3.docx"'
    assert "Job starts" in headings(read_back(b"".join(download.streaming_content)), 2)


def test_the_page_shows_how_far_a_report_has_got(client, sign_in_staff):
    sign_in_staff(roles.PROGRAMME_ADMIN)
    QuarterlyReport.objects.create(period="2026-Q3", status=QuarterlyReport.Status.BUILDING, progress=42)
    page = client.get(REPORTS).content.decode()
    assert "Being built" in page and "42% done" in page
    assert '<progress max="100" value="42"' in page


def test_a_report_that_runs_out_of_time_is_marked_failed(monkeypatch):
    report = QuarterlyReport.objects.create(period="2026-Q3")

    def too_slow(*args, **kwargs):
        raise SoftTimeLimitExceeded()

    monkeypatch.setattr(report_services, "build_report", too_slow)
    assert build_quarterly_report.soft_time_limit < build_quarterly_report.time_limit
    assert build_quarterly_report(report.pk) == QuarterlyReport.Status.FAILED
    report.refresh_from_db()
    assert report.status == QuarterlyReport.Status.FAILED and not report.file


@pytest.fixture
def ready_report(private_media):
    report = QuarterlyReport.objects.create(period="2026-Q3")
    report_services.quarterly_report_build(report_id=report.pk)
    return QuarterlyReport.objects.get(pk=report.pk)


@pytest.mark.parametrize("role", [roles.OUTREACH_WORKER, roles.EDITOR])
def test_other_staff_cannot_list_build_or_download_reports(client, sign_in_staff, ready_report, role):
    sign_in_staff(role)
    for response in (
        client.get(REPORTS),
        client.post(REPORTS, {"period": "2026-Q3"}),
        client.get(reverse("programme_reports:download", args=[ready_report.pk])),
    ):
        assert response.status_code in (302, 403)
        assert "attachment" not in response.get("Content-Disposition", "")
    assert QuarterlyReport.objects.count() == 1


def test_a_resident_cannot_download_a_report(client, ready_report):
    client.force_login(UserFactory(roles=[roles.RESIDENT]))
    response = client.get(reverse("programme_reports:download", args=[ready_report.pk]))
    assert response.status_code in (302, 403)
    assert "attachment" not in response.get("Content-Disposition", "")


def test_a_steering_group_member_reads_and_downloads_but_cannot_build(client, sign_in_staff, ready_report):
    sign_in_staff(roles.RSG_MEMBER)
    page = client.get(REPORTS).content.decode()
    assert "Download the 2026-Q3 report (Word)" in page
    assert "Build the report" not in page
    assert client.post(REPORTS, {"period": "2026-Q3"}).status_code in (302, 403)  # Wagtail sends refusals home
    assert QuarterlyReport.objects.count() == 1
    download = client.get(reverse("programme_reports:download", args=[ready_report.pk]))
    assert download["Content-Disposition"] == 'attachment; filename="programme-report-2026-Q3.docx"'
    assert client.get(reverse("programme_dashboard:index")).status_code == 200
    assert client.get(reverse("programme_dashboard:download_csv")).status_code == 200
