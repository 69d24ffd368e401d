"""Staff screens: sessions and venues in the admin, a weekly series, cancelling, the dashboard panels."""

from datetime import timedelta

import pytest

from django.core import mail
from django.utils import timezone

from recruit_outreach.accounts import roles
from recruit_outreach.accounts.models import Borough
from recruit_outreach.outreach.models import Booking, SupportSession
from tests.factories import UserFactory
from tests.mfa import enable_totp
from tests.outreach_factories import BookingFactory, SupportSessionFactory, VenueFactory
from tests.unit.accounts.test_admin_access import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    def signed_in(role: str = roles.OUTREACH_WORKER):
        user = UserFactory(roles=[role])
        sign_in(client, user, enable_totp(user))
        client.user = user
        return client

    return signed_in


@pytest.mark.parametrize("role", [roles.OUTREACH_WORKER, roles.VOLUNTEER_COORDINATOR, roles.PROGRAMME_ADMIN])
def test_session_staff_see_the_listing_filtered_by_borough(staff_client, role):
    client = staff_client(role)
    SupportSessionFactory(venue=VenueFactory(name="Wembley Library", borough=Borough.BRENT))
    SupportSessionFactory(venue=VenueFactory(name="Southall Centre", borough=Borough.EALING))
    page = client.get("/admin/outreach_sessions/?venue__borough=ealing").content.decode()
    assert "Southall Centre" in page and "Wembley Library" not in page
    assert client.get("/admin/outreach_venues/").status_code == 200


def test_editors_and_residents_cannot_manage_sessions(staff_client):
    session = SupportSessionFactory()
    client = staff_client(roles.EDITOR)
    # Wagtail turns a refusal inside the admin into a redirect to the dashboard with a message.
    assert client.get("/admin/outreach_sessions/")["Location"] == "/admin/"
    assert client.post(f"/admin/outreach/sessions/{session.pk}/cancel/")["Location"] == "/admin/"
    session.refresh_from_db()
    assert session.cancelled_at is None
    client.logout()
    client.force_login(UserFactory(roles=[roles.RESIDENT]))
    assert client.get("/admin/outreach_sessions/").status_code == 403


def test_sessions_export_as_a_spreadsheet_and_can_be_inspected(staff_client):
    client = staff_client()
    session = SupportSessionFactory(venue=VenueFactory(name="Acton Hub"))
    BookingFactory(session=session)
    export = client.get("/admin/outreach_sessions/?export=csv")
    assert export.status_code == 200
    text = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    assert "Acton Hub" in text and "Places booked" in text
    assert client.get(f"/admin/outreach_sessions/inspect/{session.pk}/").status_code == 200
    assert client.get("/admin/outreach_bookings/?export=xlsx").status_code == 200


def test_a_weekly_series_is_made_in_one_go(staff_client):
    client = staff_client()
    session = SupportSessionFactory()
    assert "How many more weeks?" in client.get(f"/admin/outreach/sessions/{session.pk}/series/").content.decode()
    response = client.post(f"/admin/outreach/sessions/{session.pk}/series/", {"weeks": 4})
    assert response.status_code == 302
    starts = list(SupportSession.objects.order_by("starts_at").values_list("starts_at", flat=True))
    assert len(starts) == 5
    assert {timezone.localtime(s).strftime("%A %H:%M") for s in starts} == {
        timezone.localtime(session.starts_at).strftime("%A %H:%M")
    }


def test_cancelling_a_session_from_the_admin_emails_everyone(staff_client, django_capture_on_commit_callbacks):
    client = staff_client()
    session = SupportSessionFactory()
    booking = BookingFactory(session=session)
    assert "1 person has booked" in client.get(f"/admin/outreach/sessions/{session.pk}/cancel/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/outreach/sessions/{session.pk}/cancel/")
    session.refresh_from_db()
    booking.refresh_from_db()
    assert session.cancelled_at is not None and booking.status == Booking.Status.CANCELLED
    assert [m.to for m in mail.outbox] == [[booking.resident.email]]


def test_dashboard_shows_my_sessions_this_week_and_nearly_full_ones(staff_client):
    client = staff_client()
    mine = SupportSessionFactory(venue=VenueFactory(name="My Library"), capacity=1)
    mine.facilitators.add(client.user)
    BookingFactory(session=mine)
    SupportSessionFactory(venue=VenueFactory(name="Later Library"), starts_at=timezone.now() + timedelta(days=20))
    page = client.get("/admin/").content.decode()
    assert "My sessions this week" in page and "My Library" in page
    assert "Sessions nearly full or with a waiting list" in page


def test_facilitators_see_each_residents_communication_needs_beside_the_booking(staff_client):
    client = staff_client()
    booking = BookingFactory()
    booking.resident.profile.communication_needs = ["large_print", "interpreter"]
    booking.resident.profile.interpreter_language = "Tigrinya"
    booking.resident.profile.save()
    page = client.get("/admin/outreach_bookings/").content.decode()
    assert "Large print" in page and "Interpreter language: Tigrinya" in page


def test_the_facilitator_filter_lists_facilitators_only_never_residents(staff_client):
    client = staff_client()
    session = SupportSessionFactory()
    facilitator = UserFactory(first_name="Fatima", last_name="Facilitator")
    session.facilitators.add(facilitator)
    other = SupportSessionFactory(venue=VenueFactory(name="Unrun Venue"))
    BookingFactory(session=other, resident=UserFactory(first_name="Rosa", last_name="Resident"))
    page = client.get(f"/admin/outreach_sessions/?facilitators={facilitator.pk}").content.decode()
    assert "Fatima Facilitator" in page
    assert "Rosa Resident" not in page
    assert "Unrun Venue" not in page
