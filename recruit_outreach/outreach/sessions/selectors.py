"""Reads about sessions and bookings: what a resident may see, places left, filtered listings."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from recruit_outreach.aggregates import Grouping, Totals, Where, Window, totals_for

from .models import Booking, SessionType, SupportSession, WaitingListEntry

ACTIVE_WAITING = (WaitingListEntry.Status.WAITING, WaitingListEntry.Status.OFFERED)


def session_places_left(*, session: SupportSession, for_resident=None) -> int:
    """Places nobody has: capacity less live bookings and unexpired offers held for other people."""
    held = session.waiting_list.filter(status=WaitingListEntry.Status.OFFERED, offer_expires_at__gt=timezone.now())
    if for_resident is not None:
        held = held.exclude(resident=for_resident)
    return session.capacity - session.bookings.live().count() - held.count()


@dataclass(frozen=True)
class SessionFilters:
    borough: str = ""
    language: str = ""
    session_type: str = ""
    step_free: bool = False


def sessions_upcoming(*, filters: SessionFilters) -> QuerySet[SupportSession]:
    sessions = SupportSession.objects.upcoming().select_related("venue")
    if filters.borough:
        sessions = sessions.in_borough(filters.borough)
    if filters.language:
        sessions = sessions.offering_language(filters.language)
    if filters.session_type:
        sessions = sessions.filter(session_type=filters.session_type)
    if filters.step_free:
        sessions = sessions.step_free()
    return sessions.with_places()


def session_public_get(*, pk: int) -> SupportSession:
    """A session anyone may look at: not cancelled (a cancelled one is gone from the listing too)."""
    return get_object_or_404(
        SupportSession.objects.filter(cancelled_at__isnull=True).select_related("venue").with_places(), pk=pk
    )


def booking_get(*, resident, pk: int) -> Booking:
    """The resident's own booking; anyone else's is a 404."""
    return get_object_or_404(Booking.objects.select_related("session__venue"), pk=pk, resident=resident)


def live_booking_for(*, resident, session: SupportSession) -> Booking | None:
    if not resident.is_authenticated:
        return None
    return session.bookings.live().filter(resident=resident).first()


def waiting_entry_for(*, resident, session: SupportSession) -> WaitingListEntry | None:
    if not resident.is_authenticated:
        return None
    return session.waiting_list.filter(resident=resident, status__in=ACTIVE_WAITING).first()


def waiting_position(*, entry: WaitingListEntry) -> int:
    ahead = entry.session.waiting_list.filter(status=WaitingListEntry.Status.WAITING, created_at__lt=entry.created_at)
    return ahead.count() + 1


def offer_get(*, resident, token: str) -> WaitingListEntry:
    return get_object_or_404(
        WaitingListEntry.objects.select_related("session__venue"), offer_token=token, resident=resident
    )


def resident_bookings(*, resident) -> dict[str, list]:
    """The resident's upcoming and past bookings and the waiting lists they are on."""
    now = timezone.now()
    bookings = Booking.objects.filter(resident=resident).select_related("session__venue")
    waiting = WaitingListEntry.objects.filter(resident=resident, status__in=ACTIVE_WAITING, session__ends_at__gt=now)
    return {
        "upcoming": list(bookings.live().filter(session__ends_at__gt=now, session__cancelled_at__isnull=True)),
        "waiting": list(waiting.select_related("session__venue")),
        "past": list(bookings.exclude(status=Booking.Status.BOOKED, session__ends_at__gt=now).order_by("-pk")[:20]),
    }


def other_dates_for(*, booking: Booking) -> QuerySet[SupportSession]:
    """Upcoming sessions of the same type with a place free, to change a booking to."""
    return (
        SupportSession.objects.upcoming()
        .filter(session_type=booking.session.session_type, starts_at__gt=timezone.now())
        .exclude(pk=booking.session_id)
        .exclude(bookings__resident=booking.resident, bookings__status=Booking.Status.BOOKED)
        .select_related("venue")
        .with_places()
        .filter(places_left__gt=0)
    )


def offer_has_expired(*, entry: WaitingListEntry) -> bool:
    return entry.offer_expires_at is not None and entry.offer_expires_at <= timezone.now()


# --- Aggregates for the programme metrics -----------------------------------------------------------

FOR_RESIDENTS = (SessionType.DROP_IN, SessionType.APPLICATION_WORKSHOP, SessionType.INTERVIEW_PRACTICE)


def sessions_held(*, window: Window, session_types: tuple[str, ...]) -> QuerySet[SupportSession]:
    """Sessions of these types that started in the window, have ended and were not cancelled."""
    return SupportSession.objects.filter(
        session_type__in=session_types,
        cancelled_at__isnull=True,
        ends_at__lte=timezone.now(),
        **window.times("starts_at"),
    )


def sessions_held_totals(
    *, window: Window, session_types: tuple[str, ...] = FOR_RESIDENTS, grouping: Grouping | None = None
) -> Totals:
    """``held``: how many sessions took place, split by the venue's borough (online ones have none)."""
    held = sessions_held(window=window, session_types=session_types)
    return totals_for(held, {"held": Count("pk")}, Where(borough="venue__borough"), grouping)


def sessions_held_by_language(*, window: Window, session_types: tuple[str, ...] = FOR_RESIDENTS) -> Totals:
    """``held`` for each language a session offered (a session in two languages counts in both), in one query."""
    held = sessions_held(window=window, session_types=session_types)
    # Languages are a JSON list of codes; a quoted code never matches inside another code.
    counts = held.aggregate(
        **{code: Count("pk", filter=Q(languages__icontains=f'"{code}"')) for code, _name in settings.LANGUAGES}
    )
    return {code: {"held": count} for code, count in counts.items() if count}
