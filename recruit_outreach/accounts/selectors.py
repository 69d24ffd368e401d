"""Reads for consent and the staff access log (see services.py for how features use them)."""

from django.contrib.contenttypes.models import ContentType
from django.db import models

from .models import AccessLogEntry, Consent


def consents_for_resident(*, resident, scope: str | None = None) -> models.QuerySet[Consent]:
    """Every consent the resident gave, newest first, live and withdrawn (``.live()`` narrows it)."""
    consents = Consent.objects.filter(resident=resident).select_related("staff", "team")
    return consents.for_scope(scope) if scope else consents


def consent_live_for(*, resident, staff, scope: str) -> Consent | None:
    """The newest live consent letting ``staff`` (by name or through their team) see ``scope`` for
    ``resident``, or None: the one check a feature makes before showing staff a resident's record."""
    return Consent.objects.live().for_scope(scope).filter(resident=resident).granted_to(staff).first()


def access_log_for_resident(*, resident, about: models.Model | None = None) -> models.QuerySet[AccessLogEntry]:
    """Who looked at or changed the resident's record and when, newest first; with ``about``, only the
    entries about that object (say one application)."""
    entries = AccessLogEntry.objects.filter(resident=resident).select_related("staff")
    if about is not None:
        entries = entries.filter(target_type=ContentType.objects.get_for_model(about), target_id=about.pk)
    return entries
