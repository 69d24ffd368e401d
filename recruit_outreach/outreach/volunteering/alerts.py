"""Expiring DBS checks and training: an email to the volunteer and to each coordinator, once per check."""

from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone

from recruit_outreach.accounts.emails import email_user

from .emails import coordinators
from .models import ExpiryAlert
from .selectors import EXPIRY_WARNING_DAYS, expiring_checks


def expiry_alerts_send(*, today: date | None = None) -> int:
    """Send alerts for checks running out within 30 days that have not had one; returns how many were sent.

    The ExpiryAlert row, unique per check and date, is written in the same transaction as the emails are
    queued, so running twice (or on two workers at once) sends each alert once."""
    today = today or timezone.localdate()
    sent = 0
    for row in expiring_checks(today=today, days=EXPIRY_WARNING_DAYS):
        try:
            with transaction.atomic():
                ExpiryAlert.objects.create(key=row["key"])
                context = {"volunteer": row["volunteer"], "label": row["label"], "due": row["due"]}
                email_user(
                    user=row["volunteer"].user, template="outreach/volunteering/email/expiry_volunteer", context=context
                )
                for coordinator in coordinators():
                    email_user(
                        user=coordinator, template="outreach/volunteering/email/expiry_coordinator", context=context
                    )
        except IntegrityError:
            continue
        sent += 1
    return sent
