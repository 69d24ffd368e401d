"""Celery tasks: thin, idempotent, each calling a service (queued with transaction.on_commit)."""

from celery import shared_task

from .reminders import closing_date_reminders_send
from .upload_checking import upload_check


@shared_task
def check_upload(upload_id: int) -> str:
    """Read and check an uploaded CV or statement; returns the upload's final status."""
    return upload_check(upload_id=upload_id)


@shared_task
def send_closing_date_reminders() -> int:
    """Email residents whose application closes in 3 days; returns how many emails were queued."""
    return closing_date_reminders_send()
