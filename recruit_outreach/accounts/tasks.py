from celery import shared_task

from django.contrib.sessions.models import Session
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5, soft_time_limit=30, time_limit=60)
def send_email(*, subject: str, body: str, from_email: str, to: list[str], html: str | None = None) -> int:
    message = EmailMultiAlternatives(subject=subject, body=body, from_email=from_email, to=to)
    if html:
        message.attach_alternative(html, "text/html")
    return message.send()


@shared_task(soft_time_limit=300, time_limit=360)
def clear_expired_sessions() -> int:
    """Delete sessions past their expiry date so old sign-ins do not pile up in the database."""
    deleted, _ = Session.objects.filter(expire_date__lt=timezone.now()).delete()
    return deleted
