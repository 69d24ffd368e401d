"""Writes for consent and the staff access log, the pieces every feature that lets staff see a resident's
records builds on (sharing an application, the outreach caseload, hospital support).

A feature asks the resident with its own words, calls ``consent_give`` with those words, and keeps its own
row (which application, which caseload) pointing at the returned ``Consent``. It lets staff in only while
that consent is live (``Consent.objects.live()``), and writes an ``access_record`` each time a staff member
looks at or changes the resident's record. ``consent_withdraw`` ends access at once: the next request finds
no live consent.
"""

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language

from .models import AccessLogEntry, Consent


def consent_give(*, resident, scope: str, purpose: str, staff=None, team: Group | None = None) -> Consent:
    """Record that ``resident`` agrees that ``staff`` (one user) or ``team`` (a group) may see what ``scope``
    covers, for the ``purpose`` written in the plain words the resident was shown (stored in the active
    language). Give exactly one of ``staff`` and ``team``. Returns the new live consent.
    """
    if (staff is None) == (team is None):
        raise ValueError("A consent names exactly one staff member or one team.")
    return Consent.objects.create(
        resident=resident,
        scope=scope,
        staff=staff,
        team=team,
        purpose=str(purpose),
        language=(get_language() or "en")[:8],
    )


def consent_withdraw(*, consent: Consent) -> Consent:
    """Withdraw the consent now; access that depends on it ends with the next request.

    Withdrawing twice keeps the time of the first withdrawal. Returns the consent, refreshed.
    """
    Consent.objects.filter(pk=consent.pk, withdrawn_at__isnull=True).update(withdrawn_at=timezone.now())
    consent.refresh_from_db(fields=["withdrawn_at"])
    return consent


def access_record(
    *,
    staff,
    resident,
    action: str,
    label: str = "",
    consent: Consent | None = None,
    target: models.Model | None = None,
) -> AccessLogEntry:
    """Log that ``staff`` did ``action`` (an ``AccessLogEntry.Action``) to ``resident``'s record.

    ``target`` is the object looked at or changed, if there is one, and ``label`` what the resident will
    recognise it by (by default the target's name). ``consent`` is the consent the access relied on.
    """
    if target is not None and not label:
        label = str(target)
    return AccessLogEntry.objects.create(
        staff=staff,
        resident=resident,
        consent=consent,
        action=action,
        label=str(label)[:200],
        target_type=ContentType.objects.get_for_model(target) if target is not None else None,
        target_id=target.pk if target is not None else None,
    )
