"""What residents see: the live listing with its filters, a session, booking, their bookings; others' are 404."""

from datetime import timedelta

import pytest
from icalendar import Calendar

from cms.models import SessionListingPage
from recruit_outreach.accounts.models import Borough
from recruit_outreach.outreach.models import Booking, WaitingListEntry
from recruit_outreach.outreach.sessions.services import booking_cancel
from tests.factories import UserFactory
from tests.outreach_factories import BookingFactory, SupportSessionFactory, VenueFactory
from tests.unit.cms.builders import home_page, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def listing():
    return publish(home_page(), SessionListingPage(title="Support sessions near you", slug="support-sessions"))


def test_the_listing_is_live_never_a_cached_copy(client, listing):
    assert "No support sessions are listed" in client.get(listing.url).content.decode()
    session = SupportSessionFactory(venue=VenueFactory(name="Harlesden Library"))
    page = client.get(listing.url).content.decode()
    assert "Harlesden Library" in page
    assert "2 places left" in page
    BookingFactory(session=session)
    assert "1 place left" in client.get(listing.url).content.decode()


def test_the_listing_filters_by_borough_language_type_and_step_free(client, listing):
    SupportSessionFactory(venue=VenueFactory(name="Brent Hub", borough=Borough.BRENT), languages=["en", "so"])
    SupportSessionFactory(venue=VenueFactory(name="Ealing Centre", borough=Borough.EALING), languages=["en", "pa"])
    SupportSessionFactory(venue=VenueFactory(name="Steps Hall", borough=Borough.BRENT, step_free_access=False))

    def names(query: str) -> set[str]:
        page = client.get(f"{listing.url}?{query}").content.decode()
        return {name for name in ("Brent Hub", "Ealing Centre", "Steps Hall") if name in page}

    assert names("borough=brent") == {"Brent Hub", "Steps Hall"}
    assert names("language=so") == {"Brent Hub"}
    assert names("borough=ealing&language=pa") == {"Ealing Centre"}
    assert names("borough=brent&step_free=on") == {"Brent Hub"}
    assert names("session_type=interview_practice") == set()
    assert "No sessions match what you chose" in client.get(f"{listing.url}?language=fa").content.decode()


def test_anonymous_visitors_are_asked_to_sign_in_and_come_back(client, listing):
    session = SupportSessionFactory()
    detail = f"/en/outreach/sessions/{session.pk}/"
    page = client.get(detail).content.decode()
    assert "Sign in to book a place" in page
    response = client.post(f"{detail}book/")
    assert response.status_code == 302
    assert response["Location"] == f"/en/account/login/?next=%2Fen%2Foutreach%2Fsessions%2F{session.pk}%2F"
    assert not Booking.objects.exists()


def test_a_resident_books_sees_proof_and_cancels(client, listing):
    session = SupportSessionFactory(online=True, joining_link="https://meet.example.org/xyz")
    resident = UserFactory()
    client.force_login(resident)
    detail = client.get(f"/en/outreach/sessions/{session.pk}/").content.decode()
    assert "Book a place" in detail and "meet.example.org" not in detail

    response = client.post(f"/en/outreach/sessions/{session.pk}/book/", {"mobile_number": "07700 900 123"})
    booking = Booking.objects.get(resident=resident)
    assert response["Location"] == f"/en/outreach/bookings/{booking.pk}/"
    assert booking.mobile_number == "07700900123"
    proof = client.get(response["Location"]).content.decode()
    assert "Your place is booked" in proof and "https://meet.example.org/xyz" in proof
    assert "You have a place at this session" in client.get(f"/en/outreach/sessions/{session.pk}/").content.decode()

    assert "Drop-in" in client.get("/en/outreach/bookings/").content.decode()
    ics = client.get(f"/en/outreach/bookings/{booking.pk}/calendar.ics")
    assert ics["Content-Type"].startswith("text/calendar")
    assert Calendar.from_ical(ics.content).walk("VEVENT")

    assert (
        "Are you sure you want to cancel?" in client.get(f"/en/outreach/bookings/{booking.pk}/cancel/").content.decode()
    )
    response = client.post(f"/en/outreach/bookings/{booking.pk}/cancel/", follow=True)
    assert "Your booking is cancelled" in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == Booking.Status.CANCELLED


def test_a_bad_mobile_number_is_explained(client, listing):
    session = SupportSessionFactory()
    client.force_login(UserFactory())
    response = client.post(f"/en/outreach/sessions/{session.pk}/book/", {"mobile_number": "12345"})
    assert response.status_code == 400
    assert "Enter a UK mobile number" in response.content.decode()
    assert not Booking.objects.exists()


def test_another_residents_booking_is_not_found(client, listing):
    booking = BookingFactory()
    client.force_login(UserFactory())
    for suffix in ("", "calendar.ics", "cancel/", "change/"):
        assert client.get(f"/en/outreach/bookings/{booking.pk}/{suffix}").status_code == 404
    assert client.post(f"/en/outreach/bookings/{booking.pk}/cancel/").status_code == 404
    booking.refresh_from_db()
    assert booking.status == Booking.Status.BOOKED


def test_anonymous_visitors_are_sent_to_sign_in_for_bookings(client, listing):
    booking = BookingFactory()
    for url in ("/en/outreach/bookings/", f"/en/outreach/bookings/{booking.pk}/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/en/account/login/")


def test_a_full_session_offers_the_waiting_list_and_the_emailed_link_books(client, listing):
    session = SupportSessionFactory(capacity=1)
    booking = BookingFactory(session=session)
    resident = UserFactory()
    client.force_login(resident)
    assert "Join the waiting list" in client.get(f"/en/outreach/sessions/{session.pk}/").content.decode()
    client.post(f"/en/outreach/sessions/{session.pk}/waiting-list/")
    assert "You are number 1" in client.get(f"/en/outreach/sessions/{session.pk}/").content.decode()

    booking_cancel(booking=booking)
    entry = WaitingListEntry.objects.get(resident=resident)
    other = UserFactory()
    client.force_login(other)
    assert client.get(f"/en/outreach/offers/{entry.offer_token}/").status_code == 404
    client.force_login(resident)
    assert "Accept the place" in client.get(f"/en/outreach/offers/{entry.offer_token}/").content.decode()
    response = client.post(f"/en/outreach/offers/{entry.offer_token}/")
    assert response["Location"] == f"/en/outreach/bookings/{Booking.objects.get(resident=resident).pk}/"
    page = client.get(f"/en/outreach/offers/{entry.offer_token}/").content.decode()
    assert "This offer is no longer open" in page


def test_change_to_another_date(client, listing):
    booking = BookingFactory()
    later = SupportSessionFactory(starts_at=booking.session.starts_at + timedelta(days=7))
    client.force_login(booking.resident)
    page = client.get(f"/en/outreach/bookings/{booking.pk}/change/").content.decode()
    assert "You keep your place on" in page and later.venue.name in page
    response = client.post(f"/en/outreach/bookings/{booking.pk}/change/", {"session": later.pk})
    new = Booking.objects.get(session=later)
    assert response["Location"] == f"/en/outreach/bookings/{new.pk}/"
    booking.refresh_from_db()
    assert booking.status == Booking.Status.CANCELLED
