"""Emails to volunteers and coordinators, each in the reader's own language, sent after the transaction commits."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.utils import translation

from recruit_outreach.accounts import roles
from recruit_outreach.accounts.tasks import send_email
from recruit_outreach.outbox.services import outbox_queue


def _language(user) -> str:
    profile = getattr(user, "profile", None)
    return getattr(profile, "preferred_language", "") or settings.LANGUAGE_CODE


def email_user(*, user, template: str, context: dict) -> None:
    """Render `<template>_subject.txt` and `<template>_body.txt` in the user's language; send on commit."""
    with translation.override(_language(user)):
        full = {"user": user, "site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"), **context}
        subject = render_to_string(f"{template}_subject.txt", full)
        body = render_to_string(f"{template}_body.txt", full)
    outbox_queue(
        send_email,
        subject=" ".join(subject.split()),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
    )


def coordinators():
    return get_user_model().objects.filter(groups__name=roles.VOLUNTEER_COORDINATOR, is_active=True)
