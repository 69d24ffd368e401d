"""Writes for bookings and waiting lists, safe when two people act at once.

Every change that can take or free a place locks the session's row first (`select_for_update`), counts
places inside that lock, and relies on a unique constraint so one resident never holds two live bookings.
A freed place goes to the first person waiting and is held for them for OUTREACH_OFFER_HOLD_HOURS.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .emails import email_resident
from .models import Booking, SupportSession, WaitingListEntry
from .selectors import ACTIVE_WAITING, session_places_left

Status = WaitingListEntry.Status


def _locked(*pks: int) -> list[SupportSession]:
    # Always lock in the same order, so two changes between the same sessions cannot deadlock.
    return list(SupportSession.objects.select_for_update().filter(pk__in=pks).order_by("pk"))


def _lock(session: SupportSession) -> SupportSession:
    return _locked(session.pk)[0]


def _ensure_open(session: SupportSession) -> None:
    if session.is_cancelled:
        raise ValidationError(_("This session has been cancelled."), code="cancelled")
    if session.starts_at <= timezone.now():
        raise ValidationError(_("This session has already started."), code="started")


def _book(*, session: SupportSession, resident, mobile_number: str = "") -> Booking:
    """Take a place; the caller holds the session's lock."""
    _ensure_open(session)
    if session.bookings.live().filter(resident=resident).exists():
        raise ValidationError(_("You have already booked a place at this session."), code="already_booked")
    if session_places_left(session=session, for_resident=resident) <= 0:
        raise ValidationError(_("Sorry, this session is full."), code="full")
    booking = Booking.objects.create(session=session, resident=resident, mobile_number=mobile_number)
    # Someone waiting, or holding an offer, who books has the place they were waiting for.
    session.waiting_list.filter(resident=resident, status__in=ACTIVE_WAITING).update(status=Status.ACCEPTED)
    return booking


def _offer_freed_places(session: SupportSession) -> None:
    """Offer each free place to the next person waiting; the caller holds the session's lock."""
    if session.is_cancelled or session.starts_at <= timezone.now():
        return
    free = session_places_left(session=session)
    if free <= 0:
        return
    now = timezone.now()
    expires = min(now + timedelta(hours=settings.OUTREACH_OFFER_HOLD_HOURS), session.starts_at)
    for entry in session.waiting_list.filter(status=Status.WAITING).order_by("created_at", "pk")[:free]:
        entry.status, entry.offered_at, entry.offer_expires_at = Status.OFFERED, now, expires
        entry.offer_token = secrets.token_urlsafe(32)
        entry.save(update_fields=["status", "offered_at", "offer_expires_at", "offer_token"])
        email_resident(resident=entry.resident, kind="place_offered", context={"entry": entry, "session": session})


def _cancel(booking: Booking) -> None:
    booking.status, booking.cancelled_at = Booking.Status.CANCELLED, timezone.now()
    booking.save(update_fields=["status", "cancelled_at"])


@transaction.atomic
def session_book(*, session: SupportSession, resident, mobile_number: str = "") -> Booking:
    """Book the resident a place, or raise ValidationError (full, already booked, cancelled, started)."""
    session = _lock(session)
    booking = _book(session=session, resident=resident, mobile_number=mobile_number)
    email_resident(resident=resident, kind="booking_confirmed", context={"booking": booking, "session": session})
    return booking


@transaction.atomic
def booking_cancel(*, booking: Booking) -> None:
    """The resident gives up their place; it is offered to the first person waiting."""
    session = _lock(booking.session)
    booking = Booking.objects.select_for_update().get(pk=booking.pk)
    if booking.status != Booking.Status.BOOKED:
        raise ValidationError(_("This booking is already cancelled."), code="not_booked")
    _cancel(booking)
    email_resident(resident=booking.resident, kind="booking_cancelled", context={"session": session})
    _offer_freed_places(session)


@transaction.atomic
def booking_change(*, booking: Booking, new_session: SupportSession) -> Booking:
    """Move a booking to another date. The old place is given up only once the new one is booked."""
    if new_session.pk == booking.session_id:
        raise ValidationError(_("Choose a different date."), code="same_session")
    locked = {session.pk: session for session in _locked(booking.session_id, new_session.pk)}
    old = Booking.objects.select_for_update().get(pk=booking.pk)
    if old.status != Booking.Status.BOOKED:
        raise ValidationError(_("This booking is already cancelled."), code="not_booked")
    new = _book(session=locked[new_session.pk], resident=old.resident, mobile_number=old.mobile_number)
    _cancel(old)
    _offer_freed_places(locked[old.session_id])
    context = {"booking": new, "session": new.session, "changed_from": locked[old.session_id]}
    email_resident(resident=old.resident, kind="booking_confirmed", context=context)
    return new


@transaction.atomic
def waiting_list_join(*, session: SupportSession, resident) -> WaitingListEntry:
    """Join the waiting list of a full session (once)."""
    session = _lock(session)
    _ensure_open(session)
    if session.bookings.live().filter(resident=resident).exists():
        raise ValidationError(_("You have already booked a place at this session."), code="already_booked")
    existing = session.waiting_list.filter(resident=resident, status__in=ACTIVE_WAITING).first()
    if existing:
        return existing
    if session_places_left(session=session) > 0:
        raise ValidationError(_("There are places left at this session. Book one instead."), code="not_full")
    entry = WaitingListEntry.objects.create(session=session, resident=resident)
    email_resident(resident=resident, kind="waiting_joined", context={"entry": entry, "session": session})
    return entry


@transaction.atomic
def waiting_list_leave(*, entry: WaitingListEntry) -> None:
    """Leave a waiting list; a place held for this person goes to the next one."""
    session = _lock(entry.session)
    entry = WaitingListEntry.objects.select_for_update().get(pk=entry.pk)
    if entry.status not in ACTIVE_WAITING:
        return
    was_offered = entry.status == Status.OFFERED
    entry.status = Status.LEFT
    entry.save(update_fields=["status"])
    if was_offered:
        _offer_freed_places(session)


@transaction.atomic
def offer_accept(*, entry: WaitingListEntry, mobile_number: str = "") -> Booking:
    """Take the place held for this person. The link works once, and only until the offer expires."""
    session = _lock(entry.session)
    entry = WaitingListEntry.objects.select_for_update().get(pk=entry.pk)
    if entry.status != Status.OFFERED:
        raise ValidationError(_("This offer has already been used or withdrawn."), code="offer_used")
    if entry.offer_expires_at <= timezone.now():
        raise ValidationError(_("Sorry, this offer has run out."), code="offer_expired")
    booking = _book(session=session, resident=entry.resident, mobile_number=mobile_number)
    email_resident(resident=entry.resident, kind="booking_confirmed", context={"booking": booking, "session": session})
    return booking


def offers_expire() -> int:
    """Withdraw offers nobody took in time and offer those places to the next people. Safe to run twice."""
    due = WaitingListEntry.objects.filter(status=Status.OFFERED, offer_expires_at__lte=timezone.now())
    expired = 0
    for entry_pk, session_pk in due.values_list("pk", "session_id"):
        with transaction.atomic():
            session = _locked(session_pk)[0]
            claimed = WaitingListEntry.objects.filter(
                pk=entry_pk, status=Status.OFFERED, offer_expires_at__lte=timezone.now()
            ).update(status=Status.EXPIRED)
            if claimed:
                expired += 1
                _offer_freed_places(session)
    return expired


@transaction.atomic
def session_cancel(*, session: SupportSession) -> int:
    """Staff call a session off: every booked and waiting resident is told in their own language.

    Returns how many residents were emailed."""
    session = _lock(session)
    if session.is_cancelled:
        return 0
    session.cancelled_at = timezone.now()
    session.save(update_fields=["cancelled_at"])
    told = 0
    for booking in session.bookings.live().select_related("resident__profile"):
        _cancel(booking)
        email_resident(resident=booking.resident, kind="session_cancelled", context={"session": session})
        told += 1
    for entry in session.waiting_list.filter(status__in=ACTIVE_WAITING).select_related("resident__profile"):
        entry.status = Status.CANCELLED
        entry.save(update_fields=["status"])
        email_resident(resident=entry.resident, kind="session_cancelled", context={"session": session})
        told += 1
    return told


@transaction.atomic
def session_series_create(*, session: SupportSession, weeks: int) -> list[SupportSession]:
    """Copy a session to the same time on each of the next `weeks` weeks (wall-clock time in London)."""
    copies = []
    facilitators = list(session.facilitators.all())
    starts, ends = timezone.localtime(session.starts_at), timezone.localtime(session.ends_at)
    for week in range(1, weeks + 1):
        copy = SupportSession.objects.get(pk=session.pk)
        copy.pk = None
        copy.cancelled_at = None
        copy.starts_at = _same_wall_time(starts, weeks=week)
        copy.ends_at = _same_wall_time(ends, weeks=week)
        copy.save()
        copy.facilitators.set(facilitators)
        copies.append(copy)
    return copies


def _same_wall_time(moment, *, weeks: int):
    # Across a clock change a session stays at 10:00 London time, not 10:00 + 7 x 24 hours.
    naive = moment.replace(tzinfo=None) + timedelta(weeks=weeks)
    return timezone.make_aware(naive, moment.tzinfo)
