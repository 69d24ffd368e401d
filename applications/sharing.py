"""Writes for sharing a draft with an outreach worker: consent, revoking it, comments, and the access log.

A share only counts while `revoked` is empty; selectors.shared_application_get turns anything else into a 404,
so revoking takes away the worker's access on their very next request.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from recruit_outreach.accounts.roles import OUTREACH_WORKER

from .models import AccessLog, Application, Comment, Criterion, Share

# One message whether the address is unknown, belongs to a resident or to an inactive account, so the form
# cannot be used to find out who has an account.
WORKER_NOT_FOUND = _("We could not find an outreach worker with that email address.")
CONSENT_NEEDED = _("Tick the box to agree to share this application.")
COMMENT_NEEDED = _("Write your comment.")


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
    live = application.shares.select_for_update().filter(worker=worker, revoked__isnull=True).first()
    if live is not None:
        return live
    return Share.objects.create(application=application, worker=worker)


def share_revoke(*, share: Share) -> None:
    """Stop sharing now. Revoking twice keeps the time of the first."""
    Share.objects.filter(pk=share.pk, revoked__isnull=True).update(revoked=timezone.now())
    share.refresh_from_db(fields=["revoked"])


def share_open(*, share: Share) -> None:
    """Record that the worker looked at the shared application."""
    AccessLog.objects.create(share=share, action="view")


@transaction.atomic
def comment_add(*, share: Share, criterion: Criterion, text: str) -> Comment:
    """The worker's comment on one criterion of the application shared with them; the access is logged."""
    if share.revoked is not None:
        raise ValidationError(_("This application is no longer shared with you."), code="revoked")
    if criterion.application_id != share.application_id:
        raise ValidationError(_("This criterion is not part of the shared application."), code="criterion")
    text = text.strip()
    if not text:
        raise ValidationError(COMMENT_NEEDED, code="required")
    comment = Comment.objects.create(criterion=criterion, author=share.worker, text=text)
    AccessLog.objects.create(share=share, action="comment")
    return comment
