"""Celery tasks: thin, idempotent, each calling a service (queued with transaction.on_commit)."""

from celery import shared_task


@shared_task
def check_document(document_id: int) -> str:
    """Read and check an uploaded CV or statement; returns the document's final status."""
    from .documents import document_check

    return document_check(document_id=document_id)


@shared_task
def send_closing_date_reminders() -> int:
    """Email residents whose application closes in 3 days; returns how many emails were queued."""
    from .reminders import closing_date_reminders_send

    return closing_date_reminders_send()
