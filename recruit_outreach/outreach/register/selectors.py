"""Reads for registers: today's sessions for a facilitator, a session's register rows and its totals."""

import uuid
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.utils import timezone

from recruit_outreach.accounts import roles
from recruit_outreach.aggregates import Grouping, Totals, Where, Window, totals_for

from ..caseload.models import CaseNote
from ..sessions.models import AttendanceMark, Booking, SupportSession, WalkInCount
from .needs import communication_needs_labels

ON_REGISTER = (Booking.Status.BOOKED, Booking.Status.ATTENDED, Booking.Status.DID_NOT_ATTEND)


def _sessions_for(user) -> QuerySet[SupportSession]:
    """Sessions whose register this person may take: their own, or every one for a programme admin."""
    sessions = SupportSession.objects.filter(cancelled_at__isnull=True).select_related("venue")
    return sessions if roles.is_programme_admin(user) else sessions.filter(facilitators=user)


def sessions_today_for(*, user) -> QuerySet[SupportSession]:
    today = timezone.localdate()
    return _sessions_for(user).filter(starts_at__date=today).order_by("starts_at", "pk")


def register_session_get(*, user, pk: int) -> SupportSession:
    """A session this person facilitates (any session for a programme admin); anyone else gets a 404."""
    return get_object_or_404(_sessions_for(user), pk=pk)


def latest_mark_present(**match) -> Subquery:
    """The `present` of the latest mark (by the time of the tap) matching `match`; None when unmarked."""
    marks = AttendanceMark.objects.filter(**match).order_by("-marked_at", "-pk")
    return Subquery(marks.values("present")[:1])


def _booked(session: SupportSession) -> QuerySet[Booking]:
    return (
        session.bookings.filter(status__in=ON_REGISTER)
        .select_related("resident__profile")
        .annotate(present=latest_mark_present(booking=OuterRef("pk")))
        .order_by("resident__first_name", "resident__last_name", "pk")
    )


@dataclass(frozen=True)
class RegisterRow:
    """One booked resident on the register, with a fresh id for the next tap on their row."""

    booking: Booking
    needs: list[str]
    present: bool | None
    mark_id: uuid.UUID = field(default_factory=uuid.uuid4)


def register_rows(*, session: SupportSession) -> list[RegisterRow]:
    rows = []
    for booking in _booked(session):
        profile = getattr(booking.resident, "profile", None)
        needs = (
            communication_needs_labels(
                profile.communication_needs or [], profile.interpreter_language, profile.other_needs
            )
            if profile
            else []
        )
        rows.append(RegisterRow(booking=booking, needs=needs, present=booking.present))
    return rows


def walk_in_residents(*, session: SupportSession) -> list:
    """Registered residents who came without a booking, each once."""
    marks = session.attendance_marks.filter(walk_in__isnull=False).select_related("walk_in").order_by("marked_at")
    return list({mark.walk_in_id: mark.walk_in for mark in marks}.values())


@dataclass(frozen=True)
class RegisterTotals:
    booked: int
    attended: int
    did_not_attend: int
    walk_ins: int

    @property
    def not_marked(self) -> int:
        return self.booked - self.attended - self.did_not_attend

    @property
    def everyone_there(self) -> int:
        return self.attended + self.walk_ins


def _count_of(queryset: QuerySet, measure=None) -> Coalesce:
    """One number from `queryset` (rows filtered by OuterRef("pk") of a session) as a scalar subquery."""
    per_session = queryset.order_by().values("session").annotate(number=measure or Count("pk")).values("number")
    return Coalesce(Subquery(per_session), 0)


def register_totals(
    *, session: SupportSession, rows: list[RegisterRow] | None = None, walk_ins: list | None = None
) -> RegisterTotals:
    """The register's counts in one query; the register page passes the rows and walk-ins it has already
    read, so only the anonymous walk-in count is read again."""
    if rows is not None and walk_ins is not None:
        anonymous = session.walk_in_counts.aggregate(total=Sum("count"))["total"] or 0
        presence = [row.present for row in rows]
        return RegisterTotals(
            booked=len(presence),
            attended=presence.count(True),
            did_not_attend=presence.count(False),
            walk_ins=len(walk_ins) + anonymous,
        )
    booked = Booking.objects.filter(session=OuterRef("pk"), status__in=ON_REGISTER).annotate(
        present=latest_mark_present(booking=OuterRef("pk"))
    )
    named = AttendanceMark.objects.filter(session=OuterRef("pk"), walk_in__isnull=False)
    counts = (
        SupportSession.objects.filter(pk=session.pk)
        .values(
            booked=_count_of(booked),
            attended=_count_of(booked.filter(present=True)),
            did_not_attend=_count_of(booked.filter(present=False)),
            named=_count_of(named, Count("walk_in", distinct=True)),
            anonymous=_count_of(WalkInCount.objects.filter(session=OuterRef("pk")), Sum("count")),
        )
        .get()
    )
    return RegisterTotals(
        booked=counts["booked"],
        attended=counts["attended"],
        did_not_attend=counts["did_not_attend"],
        walk_ins=counts["named"] + counts["anonymous"],
    )


def residents_matching(*, query: str, limit: int = 10) -> QuerySet:
    """Residents whose name or email contains the words typed, to add as a walk-in."""
    words = query.split()[:4]
    if not words or len(query.strip()) < 2:
        return get_user_model().objects.none()
    people = get_user_model().objects.filter(groups__name=roles.RESIDENT, is_active=True)
    for word in words:
        people = people.filter(Q(first_name__icontains=word) | Q(last_name__icontains=word) | Q(email__icontains=word))
    return people.order_by("first_name", "last_name", "pk").distinct()[:limit]


# --- Aggregates for the programme metrics -----------------------------------------------------------


def attended_marks(*, window: Window) -> QuerySet[AttendanceMark]:
    """Each person marked present at a session held in the window, by the latest tap for them there."""
    later = AttendanceMark.objects.filter(
        Q(booking=OuterRef("booking")) | Q(session=OuterRef("session"), walk_in=OuterRef("walk_in"))
    ).filter(Q(marked_at__gt=OuterRef("marked_at")) | Q(marked_at=OuterRef("marked_at"), pk__gt=OuterRef("pk")))
    return AttendanceMark.objects.filter(
        present=True, session__cancelled_at__isnull=True, **window.times("session__starts_at")
    ).exclude(Exists(later))


def attendance_totals(*, window: Window, grouping: Grouping | None = None) -> Totals:
    """``attendances`` (a person at a session) and ``residents`` (different people) among named people."""
    measures = {
        "attendances": Count("pk"),
        "residents": Count(Coalesce("booking__resident", "walk_in"), distinct=True),
    }
    return totals_for(
        attended_marks(window=window), measures, Where(residents=("booking__resident", "walk_in")), grouping
    )


def walk_in_totals(*, window: Window, grouping: Grouping | None = None) -> Totals:
    """``people``: walk-ins who gave no name, counted by borough and language at sessions held in the window."""
    counts = WalkInCount.objects.filter(session__cancelled_at__isnull=True, **window.times("session__starts_at"))
    return totals_for(
        counts, {"people": Coalesce(Sum("count"), 0)}, Where(borough="borough", language="language"), grouping
    )


def residents_supported_totals(*, window: Window, grouping: Grouping | None = None) -> Totals:
    """``residents``: named residents marked present at a session held in the window, or with a case note
    written in it, each counted once."""
    marks = attended_marks(window=window)
    residents = get_user_model().objects.filter(
        Exists(marks.filter(booking__resident=OuterRef("pk")))
        | Exists(marks.filter(walk_in=OuterRef("pk")))
        | Exists(CaseNote.objects.filter(resident=OuterRef("pk"), **window.times("created_at")))
    )
    return totals_for(residents, {"residents": Count("pk")}, Where(residents=("",)), grouping)
