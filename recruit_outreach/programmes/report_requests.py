"""Asking for a quarterly report: keep the request, then queue the task that builds it."""

from django.db import transaction

from .models import QuarterlyReport
from .report_tasks import build_quarterly_report


def quarterly_report_request(*, period: str, user, language: str) -> QuarterlyReport:
    """Keep the request and queue the task once the row is committed, so the worker can see it."""
    report = QuarterlyReport.objects.create(period=period, language=language, requested_by=user)
    transaction.on_commit(lambda: build_quarterly_report.delay(report.pk))
    return report
