"""Writes for quarterly reports: ask for one, build it (from the Celery task), record a failure."""

import logging

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from .models import QuarterlyReport
from .report import build_report

logger = logging.getLogger(__name__)
Status = QuarterlyReport.Status


def quarterly_report_request(*, period: str, user, language: str) -> QuarterlyReport:
    """Keep the request and queue the task once the row is committed, so the worker can see it."""
    from .report_tasks import build_quarterly_report

    report = QuarterlyReport.objects.create(period=period, language=language, requested_by=user)
    transaction.on_commit(lambda: build_quarterly_report.delay(report.pk))
    return report


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
