"""Emails to one person, written in their own language and sent through the outbox once the transaction
commits (so a broker that is down delays the email instead of losing it)."""

from collections.abc import Callable, Mapping
from typing import Any

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from recruit_outreach.outbox.services import outbox_queue

from .tasks import send_email


def user_language(user) -> str:
    """The language the person chose on their profile, or the site's default."""
    profile = getattr(user, "profile", None)
    return getattr(profile, "preferred_language", "") or settings.LANGUAGE_CODE


def email_user(*, user, template: str, context: Mapping[str, Any] | Callable[[], Mapping[str, Any]]) -> None:
    """Render `<template>_subject.txt` and `<template>_body.txt` in the person's language and queue the email.

    Templates get `user` and `site_url` besides `context`. Pass a function as `context` when it builds
    addresses with `reverse()`: it runs in the person's language, so the links carry it too."""
    with translation.override(user_language(user)):
        values = context() if callable(context) else context
        full = {"user": user, "site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"), **values}
        subject = render_to_string(f"{template}_subject.txt", full)
        body = render_to_string(f"{template}_body.txt", full)
    outbox_queue(
        send_email,
        subject=" ".join(subject.split()),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
    )
