"""Writes: deleting a person's account and everything about them (UK GDPR article 17).

``account_delete`` is the one way to delete a user: the resident's own "delete my account" page and the
admin's delete-user page both call it. The ``pre_delete`` receiver in signals.py calls
``user_records_forget`` as well, and the file receiver removes each file with its row, so a user deleted any
other way (a shell, a script) is forgotten the same way.

Rows that point at the user with CASCADE go with the user. This module removes what would otherwise stay:
referrals made with their email address, hospital-support requests (kept by a protected consent link),
admin history naming them, and their files; the staff access log about them is kept for the audit with the
person replaced by a random reference.
"""

import secrets

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import ModelLogEntry

from recruit_outreach.accounts.models import AccessLogEntry
from recruit_outreach.outreach.caseload.models import Referral
from recruit_outreach.outreach.volunteering.models import AppointmentRequest


def private_file_delete(*, storage, name: str) -> None:
    """Delete one stored file once the transaction that removed its row commits (never before: a rolled
    back delete must not lose the file)."""
    if name:
        transaction.on_commit(lambda: storage.delete(name))


def access_log_anonymise(*, user) -> int:
    """Keep the staff access log about ``user`` without anything that identifies them: the resident link,
    the label (which can name them) and the target are cleared, and one random reference ties that person's
    entries together. Returns how many entries were kept."""
    return AccessLogEntry.objects.filter(resident=user).update(
        resident=None, erased_ref=secrets.token_hex(8), label="", target_type=None, target_id=None
    )


def user_records_forget(*, user) -> None:
    """Everything to do before ``user``'s row is deleted (called from the ``pre_delete`` receiver)."""
    access_log_anonymise(user=user)
    Referral.objects.filter(Q(resident=user) | Q(email__iexact=user.email)).delete()
    # A request's consent is protected so it cannot vanish under a live request; with the person gone, both go.
    AppointmentRequest.objects.filter(person__user=user).delete()
    user_type = ContentType.objects.get_for_model(user)
    ModelLogEntry.objects.filter(content_type=user_type, object_id=str(user.pk)).delete()


def account_delete(*, user, by=None) -> None:
    """Delete ``user`` and every row and file about them (files once the transaction commits).

    ``by`` is the staff member deleting someone else's account: the admin history records that an account
    was deleted, by whom and when, but not whose it was.
    """
    user_type = ContentType.objects.get_for_model(user)
    object_id = str(user.pk)
    with transaction.atomic():
        # Before the delete too, not only from the receiver: Django refuses a delete blocked by a protected
        # link (a hospital-support request's consent) before it sends ``pre_delete``.
        user_records_forget(user=user)
        user.delete()
        if by is not None:
            ModelLogEntry.objects.create(
                content_type=user_type,
                object_id=object_id,
                label=str(_("A deleted account")),
                action="wagtail.delete",
                user=by,
                timestamp=timezone.now(),
            )
