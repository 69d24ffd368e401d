"""The pseudonymised export of hospital-appointment support for analysts (a matched comparison).

Each person appears under a keyed pseudonym: HMAC-SHA256 of their NHS number (or, without one, of their
account number) with the key in the PSEUDONYM_KEY environment variable. The key is never written to the
database or the export, so the file cannot be turned back into people without it; under one key the same
person always gets the same pseudonym, so an analyst holding hospital data pseudonymised with the same key
can match the two. No name, contact detail, NHS number, free text or exact time leaves here.
"""

import csv
import hashlib
import hmac
import io

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from .models import AppointmentRequest

COLUMNS = (
    "person_pseudonym",
    "request_month",
    "appointment_date",
    "referred_by",
    "referral_reason",
    "support_given",
    "hospital_trust",
    "outcome",
    "did_not_attend_reason",
    "volunteer_hours",
    "readmitted_within_28_days",
    "age_band",
    "borough",
    "ethnic_group",
)


def pseudonym(identifier: str, key: bytes) -> str:
    """The keyed pseudonym of one identifier: the same under one key, unrelated under another."""
    return hmac.new(key, identifier.encode(), hashlib.sha256).hexdigest()


def pseudonym_key() -> bytes:
    key = getattr(settings, "PSEUDONYM_KEY", "")
    if len(key) < 32:
        raise ImproperlyConfigured("Set PSEUDONYM_KEY (at least 32 characters) to export pseudonymised data.")
    return key.encode()


def _row(request: AppointmentRequest, key: bytes) -> list[str]:
    person = request.person
    outcome = getattr(request, "outcome", None)
    identifier = f"nhs:{person.nhs_number}" if person.nhs_number else f"account:{person.user_id}"
    readmitted = {True: "yes", False: "no"}.get(request.readmitted_within_28_days, "")
    return [
        pseudonym(identifier, key),
        request.created_at.strftime("%Y-%m"),
        request.appointment_date.isoformat(),
        request.referred_by,
        request.reason,
        ";".join(request.support_needed),
        request.site.trust,
        outcome.result if outcome else "",
        outcome.missed_reason if outcome else "",
        str(outcome.hours) if outcome else "",
        readmitted,
        person.age_band,
        person.borough,
        given.ethnic_group if (given := getattr(person, "ethnic_group_given", None)) else "",  # only if agreed
    ]


def support_export_csv(*, key: bytes | None = None) -> str:
    """Every request whose consent is still live, one row each, as CSV text."""
    key = key or pseudonym_key()
    requests = (
        AppointmentRequest.objects.filter(consent__withdrawn_at__isnull=True)
        .select_related("person__ethnic_group_given", "site", "outcome")
        .order_by("appointment_at", "pk")
    )
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerows(_row(request, key) for request in requests)
    return out.getvalue()
