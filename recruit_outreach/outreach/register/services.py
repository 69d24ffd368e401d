"""Writes for registers. Every save carries an id made on the phone, so a save sent twice counts once.

Marks are kept as they come, each with the time of the tap; a resident's latest mark is their status.
Anonymous walk-in counts and notes record their id in ``RegisterSave`` in the same transaction.
"""

import uuid
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..sessions.models import AttendanceMark, Booking, SessionNote, SupportSession, WalkInCount
from .models import RegisterSave
from .selectors import ON_REGISTER

# A phone may queue a tap for a while; a time further off than this is the phone's clock, not the tap.
TAP_TIME_TOLERANCE = timedelta(hours=12)


def tap_time(claimed: datetime | None) -> datetime:
    """The time the facilitator tapped, as the phone says, unless it is implausible; otherwise now."""
    now = timezone.now()
    if claimed is None or not (now - TAP_TIME_TOLERANCE <= claimed <= now + timedelta(minutes=5)):
        return now
    return min(claimed, now)


def _ensure_open(session: SupportSession) -> None:
    if session.is_cancelled:
        raise ValidationError(_("This session has been cancelled."), code="cancelled")


def _same_mark(mark: AttendanceMark, **expected) -> AttendanceMark:
    """A retried save must be the same save; an id reused for something else is refused."""
    if any(getattr(mark, name) != value for name, value in expected.items()):
        raise ValidationError(_("This save was already used for something else. Reload the page."), code="reused")
    return mark


def _mark_once(*, client_uuid: uuid.UUID, **fields) -> tuple[AttendanceMark, bool]:
    """Record the mark; a save whose id is already recorded (a retry) is looked up instead, and must match."""
    try:
        with transaction.atomic():
            return AttendanceMark.objects.create(client_uuid=client_uuid, **fields), True
    except IntegrityError:
        mark = AttendanceMark.objects.get(client_uuid=client_uuid)
    return _same_mark(
        mark, **{name: fields[name] for name in ("session_id", "booking_id", "walk_in_id", "present")}
    ), False


def register_mark(
    *,
    session: SupportSession,
    booking: Booking,
    present: bool,
    client_uuid: uuid.UUID,
    marked_by,
    marked_at: datetime | None = None,
) -> tuple[AttendanceMark, bool]:
    """Mark a booked resident as attended or not. Returns the mark and whether this call recorded it."""
    _ensure_open(session)
    if booking.session_id != session.pk or booking.status not in ON_REGISTER:
        raise ValidationError(_("This person is not booked on this session."), code="not_booked")
    return _mark_once(
        client_uuid=client_uuid,
        session_id=session.pk,
        booking_id=booking.pk,
        walk_in_id=None,
        present=present,
        marked_by=marked_by,
        marked_at=tap_time(marked_at),
    )


def _add_walk_in_resident(
    *, session: SupportSession, resident, client_uuid: uuid.UUID, marked_by
) -> tuple[AttendanceMark, bool]:
    booking = session.bookings.filter(resident=resident, status__in=ON_REGISTER).first()
    if booking is not None:
        # They had booked after all: mark the booking, so they are counted once.
        return register_mark(
            session=session, booking=booking, present=True, client_uuid=client_uuid, marked_by=marked_by
        )
    existing = session.attendance_marks.filter(walk_in=resident).first()
    if existing is not None and existing.client_uuid != client_uuid:
        return existing, False
    return _mark_once(
        client_uuid=client_uuid,
        session_id=session.pk,
        booking_id=None,
        walk_in_id=resident.pk,
        present=True,
        marked_by=marked_by,
        marked_at=timezone.now(),
    )


def _save_once(*, session: SupportSession, client_uuid: uuid.UUID) -> bool:
    """Claim this save's id; False when it was applied before. Call inside a transaction."""
    try:
        with transaction.atomic():
            RegisterSave.objects.create(session=session, client_uuid=client_uuid)
    except IntegrityError:
        return False
    return True


@transaction.atomic
def _count_walk_in(*, session: SupportSession, borough: str, language: str, client_uuid: uuid.UUID) -> bool:
    if not _save_once(session=session, client_uuid=client_uuid):
        return False
    row, _created = WalkInCount.objects.get_or_create(session=session, borough=borough, language=language)
    WalkInCount.objects.filter(pk=row.pk).update(count=F("count") + 1)
    return True


def register_add_walk_in(
    *,
    session: SupportSession,
    client_uuid: uuid.UUID,
    marked_by,
    resident=None,
    borough: str = "",
    language: str = "",
) -> bool:
    """Add someone who came without booking: a registered resident, or one more person in the anonymous
    count for a borough and language. Returns whether this call added them (False for a repeat)."""
    _ensure_open(session)
    if resident is not None:
        return _add_walk_in_resident(session=session, resident=resident, client_uuid=client_uuid, marked_by=marked_by)[
            1
        ]
    if not (borough and language):
        raise ValueError("An anonymous walk-in needs a borough and a language.")
    return _count_walk_in(session=session, borough=borough, language=language, client_uuid=client_uuid)


@transaction.atomic
def register_note_add(*, session: SupportSession, author, text: str, client_uuid: uuid.UUID) -> bool:
    """Add a session note once, however many times the same save arrives."""
    if not _save_once(session=session, client_uuid=client_uuid):
        return False
    SessionNote.objects.create(session=session, author=author, text=text)
    return True
