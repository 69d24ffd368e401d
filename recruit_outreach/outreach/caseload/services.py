"""Writes for the caseload: the resident's consent, staff looks (always logged), case notes, referrals."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from recruit_outreach.accounts import roles
from recruit_outreach.accounts.models import AccessLogEntry, Consent
from recruit_outreach.accounts.services import access_record, consent_give, consent_withdraw
from recruit_outreach.accounts.tasks import send_email
from recruit_outreach.outbox.services import outbox_queue

from .models import CaseNote, Referral
from .selectors import SCOPE, caseload_consent_live

CASELOAD_PURPOSE = _(
    "The outreach team can see your job applications (not what you wrote), the support sessions you went to, "
    "referrals about you and their notes about you. They use this to help you find and apply for NHS jobs. "
    "You can stop this at any time."
)
INVITATION_SALT = "outreach.referral-invitation"
INVITATION_DAYS = 14


def caseload_consent_give(*, resident) -> Consent:
    """The resident agrees that the outreach team sees their record; giving it twice keeps one."""
    existing = caseload_consent_live(resident=resident)
    if existing is not None:
        return existing
    team = Group.objects.get(name=roles.OUTREACH_WORKER)
    return consent_give(resident=resident, scope=SCOPE, purpose=CASELOAD_PURPOSE, team=team)


def caseload_consent_withdraw(*, resident) -> int:
    """Withdraw every live caseload consent: from the next request no staff member sees the record."""
    live = list(Consent.objects.live().for_scope(SCOPE).filter(resident=resident))
    for consent in live:
        consent_withdraw(consent=consent)
    return len(live)


def case_record_viewed(*, staff, consent: Consent) -> AccessLogEntry:
    return access_record(
        staff=staff,
        resident=consent.resident,
        consent=consent,
        action=AccessLogEntry.Action.VIEWED,
        label=_("Your outreach record"),
    )


@transaction.atomic
def case_note_add(*, staff, consent: Consent, text: str) -> CaseNote:
    note = CaseNote.objects.create(resident=consent.resident, author=staff, text=text)
    access_record(
        staff=staff,
        resident=consent.resident,
        consent=consent,
        action=AccessLogEntry.Action.CHANGED,
        label=_("A note on your outreach record"),
    )
    return note


def referral_save(*, referral: Referral) -> Referral:
    """Save a new or changed referral; closing it records the day, reopening clears it."""
    if referral.status == Referral.Status.CLOSED and referral.closed_on is None:
        referral.closed_on = timezone.localdate()
    elif referral.status != Referral.Status.CLOSED:
        referral.closed_on = None
    referral.save()
    return referral


def invitation_token(referral: Referral) -> str:
    return signing.dumps({"referral": referral.pk, "email": referral.email.lower()}, salt=INVITATION_SALT)


def invitation_referral(token: str) -> Referral:
    """The referral a link was made for, if the link is genuine, recent and not used yet."""
    try:
        data = signing.loads(token, salt=INVITATION_SALT, max_age=INVITATION_DAYS * 24 * 3600)
    except signing.BadSignature as error:
        raise ValidationError(_("This link has expired or has already been used."), code="bad_link") from error
    referral = Referral.objects.filter(pk=data["referral"], resident__isnull=True).first()
    if referral is None or referral.email.lower() != data["email"]:
        raise ValidationError(_("This link has expired or has already been used."), code="bad_link")
    return referral


def referral_invite(*, referral: Referral) -> None:
    """Email the resident a link to create their account, in the language the referral gives."""
    if not referral.email:
        raise ValidationError(_("Add the resident's email address first."), code="no_email")
    if referral.resident_id:
        raise ValidationError(_("This resident already has an account."), code="has_account")
    with translation.override(referral.language):
        link = reverse("outreach:referral_invitation", args=[invitation_token(referral)])
        context = {"referral": referral, "link": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + link}
        subject = render_to_string("outreach/email/referral_invitation_subject.txt", context)
        body = render_to_string("outreach/email/referral_invitation_body.txt", context)
    message = {"subject": " ".join(subject.split()), "body": body, "to": [referral.email]}
    outbox_queue(send_email, from_email=settings.DEFAULT_FROM_EMAIL, **message)
    referral.invited_at = timezone.now()
    referral.save(update_fields=["invited_at", "updated_at"])


@transaction.atomic
def referral_invitation_accept(*, referral: Referral, user) -> Referral:
    """Link the referral to the account made from its invitation; the link cannot be used again."""
    referral = Referral.objects.select_for_update().get(pk=referral.pk)
    if referral.resident_id or referral.email.lower() != user.email.lower():
        raise ValidationError(_("This link has expired or has already been used."), code="bad_link")
    referral.resident = user
    if referral.status == Referral.Status.NEW:
        referral.status = Referral.Status.CONTACTED
    referral.save(update_fields=["resident", "status", "updated_at"])
    return referral
