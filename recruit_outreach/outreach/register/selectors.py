"""Reads for registers: today's sessions for a facilitator, a session's register rows and its totals."""

import uuid
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import OuterRef, Q, QuerySet, Subquery, Sum
from django.shortcuts import get_object_or_404
from django.utils import timezone

from recruit_outreach.accounts import roles

from ..sessions.models import AttendanceMark, Booking, SupportSession
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


def register_totals(*, session: SupportSession) -> RegisterTotals:
    presence = list(_booked(session).values_list("present", flat=True))
    named = session.attendance_marks.filter(walk_in__isnull=False).values("walk_in").distinct().count()
    anonymous = session.walk_in_counts.aggregate(total=Sum("count"))["total"] or 0
    return RegisterTotals(
        booked=len(presence),
        attended=presence.count(True),
        did_not_attend=presence.count(False),
        walk_ins=named + anonymous,
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
