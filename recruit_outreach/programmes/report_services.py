"""Writes for quarterly reports run by the Celery task: build one, record a failure (``report_requests``
asks for one)."""

import logging

from django.core.files.base import ContentFile
from django.utils import timezone

from .models import QuarterlyReport
from .report import build_report

logger = logging.getLogger(__name__)
Status = QuarterlyReport.Status


def _progress(report_id: int):
    def record(done: int, total: int) -> None:
        QuarterlyReport.objects.filter(pk=report_id).update(progress=min(99, done * 100 // total))

    return record


def quarterly_report_build(*, report_id: int) -> str:
    """Build the Word file and keep it in private media; a report already built is left as it is."""
    report = QuarterlyReport.objects.filter(pk=report_id).first()
    if report is None or report.status == Status.READY:
        return report.status if report else "missing"
    QuarterlyReport.objects.filter(pk=report_id).update(status=Status.BUILDING, progress=0)
    try:
        content = build_report(report.period, progress=_progress(report_id), language=report.language)
    except Exception:
        logger.exception("The %s programme report (id %s) could not be built.", report.period, report_id)
        return quarterly_report_fail(report_id=report_id)
    report.file.save(f"{report.period}.docx", ContentFile(content), save=False)
    report.status, report.progress, report.finished_at = Status.READY, 100, timezone.now()
    report.save(update_fields=["file", "status", "progress", "finished_at"])
    return report.status


def quarterly_report_fail(*, report_id: int) -> str:
    QuarterlyReport.objects.filter(pk=report_id).update(status=Status.FAILED, finished_at=timezone.now())
    return Status.FAILED
