"""Writes for volunteering: registering the person supported with their consent, assigning under the
qualification gate, the volunteer's answer, outcomes, readmissions and moving into paid work."""

import uuid
from datetime import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from recruit_outreach.accounts import roles
from recruit_outreach.accounts.models import AccessLogEntry, Consent
from recruit_outreach.accounts.services import access_record, consent_give
from recruit_outreach.outbox.services import outbox_queue

from .models import (
    AppointmentRequest,
    Assignment,
    HospitalSite,
    Outcome,
    SupportedPerson,
    SupportedPersonEthnicGroup,
    Volunteer,
)
from .selectors import request_blockers

# People referred by a ward or GP may have no email address; their account gets a reserved one that can
# never receive mail (RFC 2606) and has no password, so nobody can sign in with it.
NO_EMAIL_DOMAIN = "no-email.invalid"
CONSENT_PURPOSE = gettext_lazy(
    "The volunteer coordinator and the volunteer who supports you keep your name, phone number, language and "
    "appointment details to help you get to your hospital appointment."
)


def _account_for(*, email: str, name: str):
    users = get_user_model().objects
    if email and (existing := users.filter(email__iexact=email).first()):
        return existing
    first, _space, last = name.partition(" ")
    user = users.create_user(email=email or f"{uuid.uuid4().hex}@{NO_EMAIL_DOMAIN}", first_name=first, last_name=last)
    user.set_unusable_password()
    user.save(update_fields=["password"])
    user.groups.add(Group.objects.get(name=roles.RESIDENT))
    return user


@transaction.atomic
def appointment_request_create(
    *, coordinator, person: dict, site: HospitalSite, appointment_at: datetime, support_needed: list[str],
    referred_by: str, reason: str, clinic: str = "", ethnic_group: str = "",
) -> AppointmentRequest:  # fmt: skip
    """Record a request with the person's consent to the volunteering team keeping their details.

    ``person`` holds the SupportedPerson fields plus ``email`` (optional). ``ethnic_group``, given only if
    the person agreed, goes to its own table (special category data); blank leaves an earlier answer alone."""
    details = dict(person)
    user = _account_for(email=details.pop("email", ""), name=details["name"])
    supported, _created = SupportedPerson.objects.update_or_create(user=user, defaults=details)
    if ethnic_group:
        SupportedPersonEthnicGroup.objects.update_or_create(
            person=supported, defaults={"ethnic_group": ethnic_group, "given_at": timezone.now()}
        )
    consent = consent_give(
        resident=user,
        scope=Consent.Scope.HOSPITAL_SUPPORT,
        purpose=CONSENT_PURPOSE,
        team=Group.objects.get(name=roles.VOLUNTEER_COORDINATOR),
    )
    request = AppointmentRequest.objects.create(
        person=supported, consent=consent, site=site, clinic=clinic, appointment_at=appointment_at,
        support_needed=support_needed, referred_by=referred_by, reason=reason, created_by=coordinator,
    )  # fmt: skip
    access_record(
        staff=coordinator, resident=user, action=AccessLogEntry.Action.CHANGED, consent=consent, target=request
    )
    return request


def assignment_create(*, coordinator, request: AppointmentRequest, volunteer: Volunteer) -> Assignment:
    """Offer the request to a volunteer. Refused, with every reason, when the gate says they cannot take it."""
    blockers = request_blockers(volunteer=volunteer, request=request)
    if blockers:
        raise ValidationError(blockers, code="not_qualified")
    if not request.consent.is_live or request.status != AppointmentRequest.Status.OPEN:
        raise ValidationError(_("This request is closed."), code="closed")
    try:
        with transaction.atomic():
            assignment = Assignment.objects.create(request=request, volunteer=volunteer, assigned_by=coordinator)
    except IntegrityError as error:
        raise ValidationError(_("Someone is already assigned to this request."), code="taken") from error
    _notify_volunteer(assignment)
    return assignment


def _notify_volunteer(assignment: Assignment) -> None:
    from .tasks import email_assignment_offer

    outbox_queue(email_assignment_offer, assignment.pk)


def assignment_respond(*, assignment: Assignment, accept: bool) -> Assignment:
    """The volunteer accepts or declines an offer; a declined request goes back to the coordinator's list."""
    if assignment.status != Assignment.Status.OFFERED:
        raise ValidationError(_("You have already answered."), code="answered")
    assignment.status = Assignment.Status.ACCEPTED if accept else Assignment.Status.DECLINED
    assignment.responded_at = timezone.now()
    assignment.save(update_fields=["status", "responded_at"])
    return assignment


@transaction.atomic
def outcome_record(*, assignment: Assignment, result: str, missed_reason: str, hours: Decimal, by) -> Outcome:
    """The volunteer's record of what happened; recording again corrects it."""
    if assignment.status != Assignment.Status.ACCEPTED:
        raise ValidationError(_("Accept the request before you record what happened."), code="not_accepted")
    if result != Outcome.Result.DID_NOT_ATTEND:
        missed_reason = ""
    outcome, _created = Outcome.objects.update_or_create(
        request=assignment.request,
        defaults={"result": result, "missed_reason": missed_reason, "hours": hours, "recorded_by": by},
    )
    AppointmentRequest.objects.filter(pk=assignment.request_id).update(status=AppointmentRequest.Status.DONE)
    access_record(
        staff=by,
        resident=assignment.request.person.user,
        action=AccessLogEntry.Action.CHANGED,
        consent=assignment.request.consent,
        target=assignment.request,
    )
    return outcome


def readmission_record(*, coordinator, request: AppointmentRequest, readmitted: bool | None) -> None:
    """Where the hospital shares it: was the person readmitted within 28 days?"""
    request.readmitted_within_28_days = readmitted
    request.save(update_fields=["readmitted_within_28_days"])
    access_record(
        staff=coordinator,
        resident=request.person.user,
        action=AccessLogEntry.Action.CHANGED,
        consent=request.consent,
        target=request,
    )
