"""Emails to residents about their bookings, each written in the resident's own language."""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from recruit_outreach.accounts.tasks import send_email
from recruit_outreach.outbox.services import outbox_queue


def resident_language(user) -> str:
    profile = getattr(user, "profile", None)
    return getattr(profile, "preferred_language", "") or settings.LANGUAGE_CODE


def email_resident(*, resident, kind: str, context: dict) -> None:
    """Render `outreach/email/<kind>_subject.txt` and `_body.txt` in the resident's language; send on commit.

    Templates build their links with `{% url %}`, so the addresses carry the resident's language too.
    """
    with translation.override(resident_language(resident)):
        full_context = {"resident": resident, "site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"), **context}
        subject = render_to_string(f"outreach/email/{kind}_subject.txt", full_context)
        body = render_to_string(f"outreach/email/{kind}_body.txt", full_context)
    outbox_queue(
        send_email,
        subject=" ".join(subject.split()),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[resident.email],
    )
