"""Text messages through GOV.UK Notify when NOTIFY_API_KEY is set; printed to the log otherwise."""

import logging

from celery import shared_task
from notifications_python_client.notifications import NotificationsAPIClient

from django.conf import settings

logger = logging.getLogger(__name__)


def sms_send(*, phone_number: str, message: str) -> str:
    """Send one text; returns Notify's notification id, or "console" when no key is configured.

    Notify sends text from a template; ours has one placeholder, ((message)), filled here.
    """
    if not settings.NOTIFY_API_KEY:
        logger.info("Text message to %s (no NOTIFY_API_KEY set, so not sent): %s", phone_number, message)
        return "console"
    client = NotificationsAPIClient(settings.NOTIFY_API_KEY, base_url=settings.NOTIFY_BASE_URL)
    response = client.send_sms_notification(
        phone_number=phone_number,
        template_id=settings.NOTIFY_SMS_TEMPLATE_ID,
        personalisation={"message": message},
    )
    return response["id"]


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5, soft_time_limit=30, time_limit=60)
def send_text_message(*, phone_number: str, message: str) -> str:
    """The Celery task that sends one text; reminders queue it once their booking row is committed."""
    return sms_send(phone_number=phone_number, message=message)
