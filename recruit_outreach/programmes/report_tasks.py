"""The Celery task that builds a quarterly report: thin, with time limits, safe to run twice."""

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded

from .report_services import quarterly_report_build, quarterly_report_fail

# The report builds in seconds; a report still going after these limits is stopped and marked failed.
REPORT_SOFT_TIME_LIMIT = 5 * 60
REPORT_HARD_TIME_LIMIT = 6 * 60


@shared_task(soft_time_limit=REPORT_SOFT_TIME_LIMIT, time_limit=REPORT_HARD_TIME_LIMIT)
def build_quarterly_report(report_id: int) -> str:
    """Build the report ``report_id`` asked for; returns its final status."""
    try:
        return quarterly_report_build(report_id=report_id)
    except SoftTimeLimitExceeded:
        return quarterly_report_fail(report_id=report_id)
