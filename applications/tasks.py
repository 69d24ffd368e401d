"""Celery tasks: thin, idempotent, each calling a service (queued with transaction.on_commit)."""

from celery import shared_task

from .reminders import closing_date_reminders_send
from .retention import retention_run
from .upload_checking import upload_check


@shared_task(soft_time_limit=60, time_limit=90)
def check_upload(upload_id: int) -> str:
    """Read and check an uploaded CV or statement; returns the upload's final status."""
    return upload_check(upload_id=upload_id)


@shared_task(soft_time_limit=300, time_limit=360)
def send_closing_date_reminders() -> int:
    """Email residents whose application closes in 3 days; returns how many emails were queued."""
    return closing_date_reminders_send()


# A daily pass over every draft and upload: a few minutes at most, stopped well before the next day's run.
@shared_task(soft_time_limit=15 * 60, time_limit=16 * 60)
def apply_retention() -> dict[str, int]:
    """Warn about old drafts, delete drafts and uploaded files past their time; returns the counts."""
    return retention_run()
