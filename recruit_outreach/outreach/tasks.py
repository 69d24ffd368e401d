"""Celery tasks: thin, idempotent, each calling a service (queued with transaction.on_commit)."""

from celery import shared_task

from .employers import tasks as employers_tasks  # noqa: F401  (registers its tasks)
from .sessions.sms import send_text_message
from .volunteering import tasks as volunteering_tasks  # noqa: F401  (registers its tasks)

__all__ = ["expire_waiting_list_offers", "send_session_reminders", "send_text_message"]


@shared_task(soft_time_limit=300, time_limit=360)
def send_session_reminders() -> int:
    """Remind residents of sessions in the next 48 hours; returns how many bookings were reminded."""
    from .sessions.reminders import session_reminders_send

    return session_reminders_send()


@shared_task(soft_time_limit=300, time_limit=360)
def expire_waiting_list_offers() -> int:
    """Withdraw offers of a place that were not taken in time and offer them to the next person."""
    from .sessions.services import offers_expire

    return offers_expire()
