"""Celery tasks: thin, idempotent, each calling a service (queued with transaction.on_commit)."""

from celery import shared_task


@shared_task
def send_session_reminders() -> int:
    """Remind residents of sessions in the next 48 hours; returns how many bookings were reminded."""
    from .sessions.reminders import session_reminders_send

    return session_reminders_send()


@shared_task
def expire_waiting_list_offers() -> int:
    """Withdraw offers of a place that were not taken in time and offer them to the next person."""
    from .sessions.services import offers_expire

    return offers_expire()


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_text_message(*, phone_number: str, message: str) -> str:
    from .sessions.sms import sms_send

    return sms_send(phone_number=phone_number, message=message)
