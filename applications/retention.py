"""How long we keep a resident's drafts and uploaded files (run daily by Celery beat).

- A draft (an application with nothing recorded on the "What happened" step) untouched for
  ``RETENTION_DRAFT_DAYS`` is deleted, after an email in the resident's language
  ``RETENTION_DRAFT_WARNING_DAYS`` before. Saving any step of the draft starts the count again.
- An uploaded file is deleted ``RETENTION_UPLOAD_DAYS_AFTER_CLOSING`` days after its application's closing
  date, unless the resident chose to keep it on the documents page.

Every function takes ``now`` so tests (and a catch-up run) can say what day it is; each is safe to run twice
or twice at once: a warning is claimed in the same transaction that queues its email.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.urls import reverse
from django.utils import formats, timezone

from recruit_outreach.accounts.emails import email_user

from .models import Application, Upload


def _days(name: str) -> datetime.timedelta:
    return datetime.timedelta(days=getattr(settings, name))


def drafts() -> QuerySet[Application]:
    """Applications with nothing recorded on the "What happened" step: the resident never sent them."""
    return Application.objects.filter(milestones__isnull=True)


def _warning_queue(*, application: Application, deletes_on: datetime.date) -> None:
    user = application.owner

    def context() -> dict:
        return {
            "first_name": user.first_name,
            "job_title": application.job_title,
            "date": formats.date_format(deletes_on, "j F Y"),
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("applications:job", args=[application.pk]),
        }

    email_user(user=user, template="applications/email/draft_deletion", context=context)


def drafts_warn(*, now: datetime.datetime | None = None) -> int:
    """Email each resident whose draft will reach the retention limit within the warning period, once per
    period of inactivity (a draft saved after its warning is warned again only when it is old again)."""
    now = now or timezone.now()
    warn_before = now - _days("RETENTION_DRAFT_DAYS") + _days("RETENTION_DRAFT_WARNING_DAYS")
    not_warned = Q(deletion_warning_sent_at__isnull=True) | Q(deletion_warning_sent_at__lt=F("updated"))
    due = drafts().filter(not_warned, updated__lte=warn_before).select_related("owner__profile").distinct()
    sent = 0
    for application in due:
        with transaction.atomic():
            claimed = (
                Application.objects.filter(pk=application.pk).filter(not_warned).update(deletion_warning_sent_at=now)
            )
            if claimed:
                deletes_on = timezone.localtime(now + _days("RETENTION_DRAFT_WARNING_DAYS")).date()
                _warning_queue(application=application, deletes_on=deletes_on)
                sent += 1
    return sent


def drafts_delete(*, now: datetime.datetime | None = None) -> int:
    """Delete drafts untouched for the retention period whose owner was warned at least the warning period
    ago and has not saved them since. Returns how many were deleted (their criteria and answers go too)."""
    now = now or timezone.now()
    expired = drafts().filter(
        updated__lte=now - _days("RETENTION_DRAFT_DAYS"),
        deletion_warning_sent_at__gte=F("updated"),
        deletion_warning_sent_at__lte=now - _days("RETENTION_DRAFT_WARNING_DAYS"),
    )
    deleted = 0
    for application in expired.distinct():
        application.delete()
        deleted += 1
    return deleted


def uploads_expire(*, now: datetime.datetime | None = None) -> int:
    """Delete uploaded files (row and file) whose application closed the retention period ago, unless the
    resident chose to keep them. Returns how many were deleted."""
    today = timezone.localtime(now or timezone.now()).date()
    closed_before = today - _days("RETENTION_UPLOAD_DAYS_AFTER_CLOSING")
    deleted = 0
    for upload in Upload.objects.filter(keep=False, application__closing_date__lte=closed_before):
        upload.delete()  # the file goes when the row does (recruit_outreach.privacy.signals)
        deleted += 1
    return deleted


def retention_run(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """One daily pass: warn, then delete what is due. Returns the counts, for the worker's log."""
    now = now or timezone.now()
    return {
        "drafts_warned": drafts_warn(now=now),
        "drafts_deleted": drafts_delete(now=now),
        "uploads_deleted": uploads_expire(now=now),
    }
