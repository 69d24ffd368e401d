"""Which tables the synthetic population fills, the columns each row gives, and the order they are written in.

Rows are plain tuples in the order of ``COLUMNS[model]`` and carry their own primary keys, so a whole
population can be generated before anything is written and written with COPY.
"""

from collections import defaultdict

from django.contrib.auth import get_user_model
from django.db import models

from applications.models import Application, Milestone
from recruit_outreach.accounts.models import Consent, Profile
from recruit_outreach.outreach.employers.models import AwarenessAttendance, DisabilityConfident, Employer, Pledge
from recruit_outreach.outreach.sessions.models import AttendanceMark, Booking, SupportSession, Venue, WalkInCount
from recruit_outreach.outreach.volunteering.models import (
    AppointmentRequest,
    Assignment,
    Outcome,
    SupportedPerson,
    SupportedPersonEthnicGroup,
    TrainingRecord,
    Volunteer,
)

from ..equality import EqualityAnswers

User = get_user_model()
UserGroup = User.groups.through

# Parents before children, so each chunk can be committed on its own.
COLUMNS: dict[type[models.Model], tuple[str, ...]] = {
    Venue: (
        "id",
        "name",
        "address",
        "borough",
        "step_free_access",
        "hearing_loop",
        "accessible_toilet",
        "getting_there",
    ),
    SupportSession: (
        "id",
        "session_type",
        "venue_id",
        "starts_at",
        "ends_at",
        "capacity",
        "languages",
        "interpreter_bookable",
        "online",
        "joining_link",
        "description",
        "cancelled_at",
        "created_at",
    ),
    WalkInCount: ("id", "session_id", "borough", "language", "count"),
    Employer: ("id", "name", "sector", "borough", "size_band", "contacts"),
    DisabilityConfident: ("id", "employer_id", "level", "started_on", "expires_on", "alert_sent_at"),
    Pledge: ("id", "employer_id", "kind", "target", "progress", "by_date"),
    AwarenessAttendance: ("id", "employer_id", "session_id", "staff_attended"),
    User: (
        "id",
        "password",
        "last_login",
        "is_superuser",
        "first_name",
        "last_name",
        "is_staff",
        "is_active",
        "date_joined",
        "email",
    ),
    UserGroup: ("id", "user_id", "group_id"),
    Profile: (
        "id",
        "user_id",
        "preferred_language",
        "borough",
        "communication_needs",
        "interpreter_language",
        "other_needs",
        "updated_at",
    ),
    EqualityAnswers: (
        "id",
        "user_id",
        "ethnic_group",
        "disability",
        "sex",
        "gender_identity",
        "religion",
        "age_band",
        "updated_at",
    ),
    Booking: (
        "id",
        "resident_id",
        "session_id",
        "status",
        "mobile_number",
        "created_at",
        "cancelled_at",
        "reminder_sent_at",
    ),
    AttendanceMark: (
        "id",
        "session_id",
        "booking_id",
        "walk_in_id",
        "present",
        "client_uuid",
        "marked_at",
        "recorded_at",
        "marked_by_id",
    ),
    Application: (
        "id",
        "owner_id",
        "job_title",
        "band",
        "employer",
        "closing_date",
        "advert_text",
        "box_chars",
        "max_words",
        "max_chars",
        "statement",
        "statement_edited",
        "statement_answers",
        "version",
        "reminder_sent_for",
        "created",
        "updated",
    ),
    Milestone: ("id", "application_id", "kind", "date", "feedback", "created"),
    Volunteer: (
        "id",
        "user_id",
        "phone",
        "languages",
        "skills",
        "availability",
        "boroughs",
        "dbs_level",
        "dbs_certificate_date",
        "dbs_update_service",
        "dbs_next_check_due",
        "active",
        "paid_work_started_on",
        "paid_work_role",
        "created_at",
    ),
    TrainingRecord: ("id", "volunteer_id", "course", "completed_on", "expires_on"),
    Consent: ("id", "resident_id", "scope", "staff_id", "team_id", "purpose", "language", "given_at", "withdrawn_at"),
    SupportedPerson: (
        "id",
        "user_id",
        "name",
        "phone",
        "preferred_language",
        "communication_needs",
        "nhs_number",
        "age_band",
        "borough",
    ),
    SupportedPersonEthnicGroup: ("id", "person_id", "ethnic_group", "given_at"),
    AppointmentRequest: (
        "id",
        "person_id",
        "consent_id",
        "site_id",
        "clinic",
        "appointment_at",
        "support_needed",
        "referred_by",
        "reason",
        "status",
        "created_by_id",
        "created_at",
        "readmitted_within_28_days",
    ),
    Assignment: ("id", "request_id", "volunteer_id", "status", "assigned_by_id", "assigned_at", "responded_at"),
    Outcome: ("id", "request_id", "result", "missed_reason", "hours", "recorded_by_id", "recorded_at"),
}
TABLE_ORDER = list(COLUMNS)


class Ids:
    """The next primary key for each table, counting on from ``bases`` (the first free id of each)."""

    def __init__(self, bases: dict[type[models.Model], int]):
        self._next = dict(bases)

    def take(self, model: type[models.Model]) -> int:
        value = self._next.get(model, 1)
        self._next[model] = value + 1
        return value


class Batch:
    """Rows waiting to be written, by table."""

    def __init__(self, ids: Ids):
        self.ids = ids
        self.rows: dict[type[models.Model], list[tuple]] = defaultdict(list)

    def add(self, model: type[models.Model], *values) -> int:
        """Append a row (its values after the id, in ``COLUMNS`` order) and return its new id."""
        pk = self.ids.take(model)
        self.rows[model].append((pk, *values))
        return pk

    def take_rows(self) -> dict[type[models.Model], list[tuple]]:
        rows, self.rows = self.rows, defaultdict(list)
        return rows

    def counts(self) -> dict[str, int]:
        return {model._meta.label: len(rows) for model, rows in self.rows.items()}
