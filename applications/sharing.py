"""Writes for sharing a draft with an outreach worker: consent, revoking it, comments, and the access log.

A share rests on the resident's ``Consent`` (accounts): it counts only while that consent is live
(``Share.objects.live()``), and selectors.shared_application_get turns anything else into a 404, so revoking
takes away the worker's access on their very next request. Each look and comment goes to the accounts
access log, which the resident can read on the share page.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from recruit_outreach.accounts.models import AccessLogEntry, Consent
from recruit_outreach.accounts.roles import OUTREACH_WORKER
from recruit_outreach.accounts.services import access_record, consent_give, consent_withdraw

from .models import Application, Comment, Criterion, Share

# One message whether the address is unknown, belongs to a resident or to an inactive account, so the form
# cannot be used to find out who has an account.
WORKER_NOT_FOUND = _("We could not find an outreach worker with that email address.")
CONSENT_NEEDED = _("Tick the box to agree to share this application.")
COMMENT_NEEDED = _("Write your comment.")
# The consent's purpose in the words the resident agreed to (the share form's tick box).
SHARE_PURPOSE = _("I agree to share this application with this outreach worker")


def is_outreach_worker(user) -> bool:
    return user.is_authenticated and user.is_active and user.groups.filter(name=OUTREACH_WORKER).exists()


def _worker_for(email: str):
    workers = get_user_model().objects.filter(is_active=True, groups__name=OUTREACH_WORKER)
    return workers.filter(email__iexact=email.strip()).first()


@transaction.atomic
def share_grant(*, application: Application, worker_email: str, consent: bool) -> Share:
    """Share the application with the outreach worker who has this email address, with the resident's consent.

    Sharing again with a worker who can already see the application returns the share they already have.
    """
    if consent is not True:
        raise ValidationError(CONSENT_NEEDED, code="consent")
    worker = _worker_for(worker_email)
    if worker is None:
        raise ValidationError(WORKER_NOT_FOUND, code="worker")
    live = application.shares.select_for_update().live().filter(worker=worker).first()
    if live is not None:
        return live
    given = consent_give(
        resident=application.owner, scope=Consent.Scope.APPLICATION_SHARE, purpose=SHARE_PURPOSE, staff=worker
    )
    return Share.objects.create(application=application, worker=worker, consent=given)


def share_revoke(*, share: Share) -> None:
    """Stop sharing now by withdrawing the resident's consent. Revoking twice keeps the time of the first."""
    consent_withdraw(consent=share.consent)


def _log(share: Share, action: str) -> None:
    application = share.application
    access_record(
        staff=share.worker, resident=application.owner, action=action, consent=share.consent, target=application
    )


def share_open(*, share: Share) -> None:
    """Record that the worker looked at the shared application."""
    _log(share, AccessLogEntry.Action.VIEWED)


@transaction.atomic
def comment_add(*, share: Share, criterion: Criterion, text: str) -> Comment:
    """The worker's comment on one criterion of the application shared with them; the access is logged."""
    if not share.is_live:
        raise ValidationError(_("This application is no longer shared with you."), code="revoked")
    if criterion.application_id != share.application_id:
        raise ValidationError(_("This criterion is not part of the shared application."), code="criterion")
    text = text.strip()
    if not text:
        raise ValidationError(COMMENT_NEEDED, code="required")
    comment = Comment.objects.create(criterion=criterion, author=share.worker, text=text)
    _log(share, AccessLogEntry.Action.COMMENTED)
    return comment
