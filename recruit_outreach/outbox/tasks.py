from celery import shared_task

from .services import outbox_flush


@shared_task(ignore_result=True, soft_time_limit=240, time_limit=300)
def send_pending_tasks() -> int:
    """Send tasks that could not reach the broker when they were queued (run every minute by Celery beat)."""
    return outbox_flush()
