"""Reads: everything held about one resident, as titled sections of records (UK GDPR article 15).

Each record is a list of fields (name, label, value) with values ready for JSON: the same sections are
written as the JSON file and drawn as the readable copy, so the two never disagree. Only rows about this
resident are read; staff members appear by name where the resident is entitled to know who they are (who
looked at their record, who they shared with).
"""

import datetime
import decimal
import uuid
from dataclasses import dataclass, field

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from applications.models import Application, Comment, Criterion, Milestone, Share, Upload
from recruit_outreach.accounts.models import AccessLogEntry, Consent
from recruit_outreach.outreach.caseload.models import CaseNote, Referral
from recruit_outreach.outreach.sessions.models import AttendanceMark, Booking, WaitingListEntry
from recruit_outreach.outreach.volunteering.models import (
    AppointmentRequest,
    Assignment,
    Outcome,
    SupportedPerson,
    TrainingRecord,
    Volunteer,
)
from recruit_outreach.programmes.equality import EqualityAnswers

# Never exported: keys and tokens that would let someone act as the resident, and our own bookkeeping.
HIDDEN_FIELDS = {"id", "password", "offer_token", "client_uuid", "statement_answers", "target_type", "target_id"}


@dataclass
class Field:
    name: str
    label: str
    value: object


@dataclass
class Section:
    key: str
    title: str
    records: list[list[Field]] = field(default_factory=list)


def _plain(value):
    """A value JSON can hold, in words a person can read."""
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, models.Model):
        return str(value)
    return value


def record_fields(obj: models.Model, *, skip: tuple[str, ...] = ()) -> list[Field]:
    """Every stored field of ``obj`` but the hidden ones, ``skip`` and links back to the resident."""
    fields = []
    for model_field in obj._meta.concrete_fields:
        if model_field.name in HIDDEN_FIELDS or model_field.name in skip:
            continue
        if isinstance(model_field, models.FileField):
            continue
        if model_field.choices:
            value = getattr(obj, f"get_{model_field.name}_display")()
        else:
            value = getattr(obj, model_field.name)
        fields.append(Field(model_field.name, str(model_field.verbose_name), _plain(value)))
    return fields


def _section(key: str, title, rows, *, skip: tuple[str, ...] = ()) -> Section:
    return Section(key, str(title), [record_fields(row, skip=skip) for row in rows])


def _account_sections(user) -> list[Section]:
    account = [
        Field(name, str(user._meta.get_field(name).verbose_name), _plain(getattr(user, name)))
        for name in ("email", "first_name", "last_name", "date_joined", "last_login")
    ]
    sections = [Section("account", str(_("Your account")), [account])]
    profile = getattr(user, "profile", None)
    sections.append(
        _section("profile", _("Your settings and communication needs"), [profile] if profile else [], skip=("user",))
    )
    answers = EqualityAnswers.objects.filter(user=user)
    sections.append(_section("equality_answers", _("Your equality answers"), answers, skip=("user",)))
    sections.append(
        _section("consents", _("What you agreed to share"), Consent.objects.filter(resident=user), skip=("resident",))
    )
    return sections


def _application_sections(user) -> list[Section]:
    applications = Application.objects.filter(owner=user)
    criteria = Criterion.objects.filter(application__owner=user).select_related("application")
    uploads = Upload.objects.filter(owner=user).select_related("application")
    upload_records = []
    for upload in uploads:
        upload_records.append(
            [*record_fields(upload, skip=("owner",)), Field("file", str(_("file")), upload_file_name(upload))]
        )
    return [
        _section("applications", _("Your applications"), applications, skip=("owner",)),
        _section("answers", _("Your answers to each criterion"), criteria),
        _section(
            "milestones", _("What happened with your applications"), Milestone.objects.filter(application__owner=user)
        ),
        _section("shares", _("Applications you shared"), Share.objects.filter(application__owner=user)),
        _section("comments", _("Comments on your answers"), Comment.objects.filter(criterion__application__owner=user)),
        Section("documents", str(_("Files you uploaded")), upload_records),
    ]


def upload_file_name(upload: Upload) -> str:
    """Where the file sits in the downloaded zip: its number, then the resident's own file name."""
    safe = "".join(c if c.isalnum() or c in "._- " else "_" for c in upload.original_name).strip() or "file"
    return f"documents/{upload.pk}-{safe}"


def _outreach_sections(user) -> list[Section]:
    bookings = Booking.objects.filter(resident=user).select_related("session")
    marks = AttendanceMark.objects.filter(Q(booking__resident=user) | Q(walk_in=user)).select_related("session")
    return [
        _section("bookings", _("Support sessions you booked"), bookings, skip=("resident",)),
        _section(
            "waiting_lists",
            _("Waiting lists you joined"),
            WaitingListEntry.objects.filter(resident=user),
            skip=("resident",),
        ),
        _section("attendance", _("Sessions you came to"), marks, skip=("walk_in", "booking")),
        _section("referrals", _("Referrals to the outreach team"), referrals_about(user), skip=("resident",)),
        _section(
            "case_notes", _("Notes by the outreach team"), CaseNote.objects.filter(resident=user), skip=("resident",)
        ),
    ]


def referrals_about(user) -> models.QuerySet[Referral]:
    """Referrals linked to the account, or made with its email address before the account was linked."""
    return Referral.objects.filter(Q(resident=user) | Q(email__iexact=user.email))


def _volunteering_sections(user) -> list[Section]:
    requests = AppointmentRequest.objects.filter(person__user=user).select_related("site", "person")
    volunteer = Volunteer.objects.filter(user=user)
    return [
        _section(
            "supported_person",
            _("Hospital appointment support: your details"),
            SupportedPerson.objects.filter(user=user),
            skip=("user",),
        ),
        _section("appointment_requests", _("Hospital appointments we supported"), requests, skip=("person",)),
        _section(
            "appointment_outcomes",
            _("What happened at those appointments"),
            Outcome.objects.filter(request__person__user=user),
        ),
        _section("volunteer", _("Your volunteer record"), volunteer, skip=("user",)),
        _section("training", _("Your volunteer training"), TrainingRecord.objects.filter(volunteer__user=user)),
        _section(
            "assignments",
            _("Appointments you were asked to help with"),
            Assignment.objects.filter(volunteer__user=user),
        ),
    ]


def _access_section(user) -> Section:
    entries = AccessLogEntry.objects.filter(resident=user).select_related("staff")
    return _section("access_log", _("Who looked at your record"), entries, skip=("resident", "erased_ref"))


def resident_record(*, user) -> list[Section]:
    """Everything held about ``user``, section by section (empty sections included, so the resident sees
    that we looked and hold nothing of that kind)."""
    return [
        *_account_sections(user),
        *_application_sections(user),
        *_outreach_sections(user),
        *_volunteering_sections(user),
        _access_section(user),
    ]


def resident_uploads(*, user) -> models.QuerySet[Upload]:
    return Upload.objects.filter(owner=user)
