"""Booking rules: capacity, no double booking, the waiting list and its offers, changes and cancellations."""

from datetime import timedelta

import pytest

from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from recruit_outreach.outreach.models import Booking, SupportSession, WaitingListEntry
from recruit_outreach.outreach.sessions import services
from recruit_outreach.outreach.sessions.selectors import session_places_left
from tests.factories import UserFactory
from tests.outreach_factories import BookingFactory, SupportSessionFactory

pytestmark = pytest.mark.django_db


def _resident(language: str = "en"):
    user = UserFactory()
    user.profile.preferred_language = language
    user.profile.save()
    return user


def _full_session(capacity: int = 1) -> tuple[SupportSession, list[Booking]]:
    session = SupportSessionFactory(capacity=capacity)
    bookings = [services.session_book(session=session, resident=_resident()) for _ in range(capacity)]
    return session, bookings


def test_booking_takes_a_place_and_emails_proof(django_capture_on_commit_callbacks):
    session = SupportSessionFactory(capacity=2)
    resident = _resident()
    with django_capture_on_commit_callbacks(execute=True):
        booking = services.session_book(session=session, resident=resident)
    assert booking.status == Booking.Status.BOOKED
    assert session_places_left(session=session) == 1
    assert mail.outbox[-1].to == [resident.email]
    assert "Your place is booked" in mail.outbox[-1].subject
    body = mail.outbox[-1].body
    assert session.venue.name in body and "Willesden Green station" in body
    assert f"/en/outreach/bookings/{booking.pk}/" in body


def test_a_full_session_refuses_another_booking():
    session, _ = _full_session(capacity=2)
    with pytest.raises(ValidationError) as error:
        services.session_book(session=session, resident=_resident())
    assert error.value.code == "full"
    assert session.bookings.live().count() == 2


def test_the_same_resident_cannot_book_twice():
    session = SupportSessionFactory(capacity=5)
    resident = _resident()
    services.session_book(session=session, resident=resident)
    with pytest.raises(ValidationError) as error:
        services.session_book(session=session, resident=resident)
    assert error.value.code == "already_booked"


def test_the_database_refuses_a_second_live_booking_even_without_the_service():
    booking = BookingFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Booking.objects.create(session=booking.session, resident=booking.resident)
    booking.status = Booking.Status.CANCELLED
    booking.save()
    Booking.objects.create(session=booking.session, resident=booking.resident)


def test_started_or_cancelled_sessions_cannot_be_booked():
    started = SupportSessionFactory(starts_at=timezone.now() - timedelta(minutes=5))
    with pytest.raises(ValidationError):
        services.session_book(session=started, resident=_resident())
    cancelled = SupportSessionFactory()
    services.session_cancel(session=cancelled)
    with pytest.raises(ValidationError):
        services.session_book(session=cancelled, resident=_resident())


def test_waiting_list_only_when_full_and_once():
    session = SupportSessionFactory(capacity=1)
    resident = _resident()
    with pytest.raises(ValidationError) as error:
        services.waiting_list_join(session=session, resident=resident)
    assert error.value.code == "not_full"
    services.session_book(session=session, resident=_resident())
    first = services.waiting_list_join(session=session, resident=resident)
    assert services.waiting_list_join(session=session, resident=resident) == first


def test_a_freed_place_is_offered_to_the_first_person_waiting_and_held(django_capture_on_commit_callbacks, settings):
    settings.OUTREACH_OFFER_HOLD_HOURS = 24
    session, [booking] = _full_session()
    first, second = _resident("ar"), _resident()
    services.waiting_list_join(session=session, resident=first)
    services.waiting_list_join(session=session, resident=second)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        services.booking_cancel(booking=booking)

    offer = WaitingListEntry.objects.get(resident=first)
    assert offer.status == WaitingListEntry.Status.OFFERED
    assert offer.offer_expires_at - offer.offered_at == timedelta(hours=24)
    assert WaitingListEntry.objects.get(resident=second).status == WaitingListEntry.Status.WAITING
    offered = [m for m in mail.outbox if m.to == [first.email]][0]
    assert f"/ar/outreach/offers/{offer.offer_token}/" in offered.body
    # The held place is not free for anyone else.
    with pytest.raises(ValidationError):
        services.session_book(session=session, resident=second)

    booking = services.offer_accept(entry=offer)
    assert booking.resident == first
    with pytest.raises(ValidationError) as error:
        services.offer_accept(entry=offer)
    assert error.value.code == "offer_used"


def test_an_expired_offer_passes_to_the_next_person():
    session, [booking] = _full_session()
    first, second = _resident(), _resident()
    services.waiting_list_join(session=session, resident=first)
    services.waiting_list_join(session=session, resident=second)
    services.booking_cancel(booking=booking)
    WaitingListEntry.objects.filter(resident=first).update(offer_expires_at=timezone.now() - timedelta(seconds=1))

    assert services.offers_expire() == 1
    assert services.offers_expire() == 0

    assert WaitingListEntry.objects.get(resident=first).status == WaitingListEntry.Status.EXPIRED
    assert WaitingListEntry.objects.get(resident=second).status == WaitingListEntry.Status.OFFERED
    with pytest.raises(ValidationError) as error:
        services.offer_accept(entry=WaitingListEntry.objects.get(resident=first))
    assert error.value.code == "offer_used"


def test_leaving_the_waiting_list_with_an_offer_passes_it_on():
    session, [booking] = _full_session()
    first, second = _resident(), _resident()
    services.waiting_list_join(session=session, resident=first)
    services.waiting_list_join(session=session, resident=second)
    services.booking_cancel(booking=booking)
    services.waiting_list_leave(entry=WaitingListEntry.objects.get(resident=first))
    assert WaitingListEntry.objects.get(resident=first).status == WaitingListEntry.Status.LEFT
    assert WaitingListEntry.objects.get(resident=second).status == WaitingListEntry.Status.OFFERED


def test_changing_date_keeps_the_old_place_when_the_new_date_is_full():
    booking = BookingFactory()
    full, _ = _full_session()
    with pytest.raises(ValidationError):
        services.booking_change(booking=booking, new_session=full)
    booking.refresh_from_db()
    assert booking.status == Booking.Status.BOOKED


def test_changing_date_moves_the_booking_and_frees_the_old_place(django_capture_on_commit_callbacks):
    old_session, [booking] = _full_session()
    waiting = _resident()
    services.waiting_list_join(session=old_session, resident=waiting)
    new_session = SupportSessionFactory(starts_at=old_session.starts_at + timedelta(days=7))
    with django_capture_on_commit_callbacks(execute=True):
        new = services.booking_change(booking=booking, new_session=new_session)
    booking.refresh_from_db()
    assert booking.status == Booking.Status.CANCELLED
    assert new.session == new_session and new.status == Booking.Status.BOOKED
    assert WaitingListEntry.objects.get(resident=waiting).status == WaitingListEntry.Status.OFFERED
    assert "You changed your booking" in [m for m in mail.outbox if m.to == [booking.resident.email]][-1].body


def test_staff_cancelling_a_session_tells_everyone_in_their_language(django_capture_on_commit_callbacks):
    session = SupportSessionFactory(capacity=2)
    arabic, polish, waiting = _resident("ar"), _resident("pl"), _resident("ro")
    services.session_book(session=session, resident=arabic)
    services.session_book(session=session, resident=polish)
    services.waiting_list_join(session=session, resident=waiting)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        told = services.session_cancel(session=session)

    assert told == 3
    assert services.session_cancel(session=session) == 0
    assert not session.bookings.live().exists()
    by_person = {m.to[0]: m for m in mail.outbox}
    assert set(by_person) == {arabic.email, polish.email, waiting.email}
    assert "/ar/outreach/bookings/" in by_person[arabic.email].body
    assert "/pl/outreach/bookings/" in by_person[polish.email].body
    assert "/ro/outreach/bookings/" in by_person[waiting.email].body


def test_resident_cancelling_frees_the_place(django_capture_on_commit_callbacks):
    session, [booking] = _full_session()
    with django_capture_on_commit_callbacks(execute=True):
        services.booking_cancel(booking=booking)
    assert session_places_left(session=session) == 1
    assert "Your booking is cancelled" in mail.outbox[-1].subject
    with pytest.raises(ValidationError):
        services.booking_cancel(booking=booking)


def test_a_weekly_series_keeps_the_london_wall_clock_time_across_the_clock_change():
    from zoneinfo import ZoneInfo

    london = ZoneInfo("Europe/London")
    session = SupportSessionFactory(
        starts_at=timezone.datetime(2030, 10, 15, 10, 0, tzinfo=london),
        ends_at=timezone.datetime(2030, 10, 15, 12, 0, tzinfo=london),
    )
    facilitator = UserFactory()
    session.facilitators.add(facilitator)
    copies = services.session_series_create(session=session, weeks=3)
    assert [timezone.localtime(c.starts_at).strftime("%d %H:%M") for c in copies] == [
        "22 10:00",
        "29 10:00",
        "05 10:00",
    ]
    assert all(list(c.facilitators.all()) == [facilitator] for c in copies)
