"""Emails that remind a resident their application closes soon (run daily by Celery beat)."""

import datetime

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from recruit_outreach.accounts.emails import email_user

from .models import Application, Milestone

DAYS_BEFORE_CLOSING = 3


def _reminder_queue(*, application: Application) -> None:
    """Email the reminder in the resident's language once this transaction commits."""
    user = application.owner

    def context() -> dict:
        return {
            "first_name": user.first_name,
            "job_title": application.job_title,
            "closing_date": application.closing_date,
            "days": DAYS_BEFORE_CLOSING,
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + reverse("applications:statement", args=[application.pk]),
        }

    email_user(user=user, template="applications/email/closing_reminder", context=context)


def closing_date_reminders_send() -> int:
    """Email each resident whose unsent application closes in exactly 3 days, once per closing date.

    Returns how many emails were queued. Safe to run twice (or twice at once): each application is claimed
    by setting `reminder_sent_for` in the same transaction that queues its email.
    """
    closing_date = timezone.localdate() + datetime.timedelta(days=DAYS_BEFORE_CLOSING)
    due = (
        Application.objects.filter(closing_date=closing_date, owner__is_active=True)
        .exclude(reminder_sent_for=closing_date)
        .exclude(milestones__kind=Milestone.Kind.SUBMITTED)
        .select_related("owner__profile")
    )
    sent = 0
    for application in due:
        with transaction.atomic():
            claimed = (
                Application.objects.filter(pk=application.pk)
                .exclude(reminder_sent_for=closing_date)
                .update(reminder_sent_for=closing_date)
            )
            if claimed:
                _reminder_queue(application=application)
                sent += 1
    return sent
