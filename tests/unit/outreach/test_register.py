"""The register on a phone: marks saved once however often they are sent, walk-ins, notes, needs shown."""

import uuid

import pytest

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from recruit_outreach.accounts import roles
from recruit_outreach.accounts.models import Borough, CommunicationNeed
from recruit_outreach.outreach.models import AttendanceMark, RegisterSave, SessionNote, WalkInCount
from recruit_outreach.outreach.register import selectors, services
from tests.outreach_factories import BookingFactory, WaitingListEntryFactory
from tests.outreach_staff import client_for, person_with_role, session_today

pytestmark = pytest.mark.django_db


@pytest.fixture
def facilitator():
    return person_with_role(roles.OUTREACH_WORKER, first_name="Amina", last_name="Facilitator")


@pytest.fixture
def session(facilitator):
    session = session_today(capacity=5)
    session.facilitators.add(facilitator)
    return session


@pytest.fixture
def booking(session):
    resident = person_with_role(roles.RESIDENT, first_name="Bogdan", last_name="Popescu")
    profile = resident.profile
    profile.communication_needs = [CommunicationNeed.LARGE_PRINT, CommunicationNeed.INTERPRETER]
    profile.interpreter_language = "Romanian"
    profile.save()
    return BookingFactory(session=session, resident=resident)


@pytest.fixture
def facilitator_client(facilitator):
    return client_for(facilitator)


def register_url(session, name: str = "register") -> str:
    return reverse(f"outreach:{name}", args=[session.pk])


def test_a_mark_sent_twice_with_the_same_id_is_recorded_once(session, booking, facilitator):
    save_id = uuid.uuid4()
    first = services.register_mark(
        session=session, booking=booking, present=True, client_uuid=save_id, marked_by=facilitator
    )
    again = services.register_mark(
        session=session, booking=booking, present=True, client_uuid=save_id, marked_by=facilitator
    )
    assert (first[1], again[1]) == (True, False)
    assert AttendanceMark.objects.count() == 1
    assert selectors.register_totals(session=session).attended == 1


def test_the_latest_tap_is_the_status(session, booking, facilitator):
    services.register_mark(
        session=session, booking=booking, present=True, client_uuid=uuid.uuid4(), marked_by=facilitator
    )
    services.register_mark(
        session=session, booking=booking, present=False, client_uuid=uuid.uuid4(), marked_by=facilitator
    )
    totals = selectors.register_totals(session=session)
    assert (totals.attended, totals.did_not_attend, totals.not_marked) == (0, 1, 0)


def test_a_retried_post_from_a_phone_without_javascript_counts_once(session, booking, facilitator_client):
    form = {"booking": booking.pk, "save_id": str(uuid.uuid4()), "mark": "attended"}
    for _ in range(3):
        response = facilitator_client.post(register_url(session, "register_mark"), form)
        assert response.status_code == 302
        assert response["Location"].endswith(f"#booking-{booking.pk}")
    assert AttendanceMark.objects.filter(booking=booking).count() == 1


def test_no_javascript_register_flow_shows_needs_marks_and_counts(session, booking, facilitator_client):
    page = facilitator_client.get(register_url(session)).content.decode()
    assert "Bogdan Popescu" in page
    assert "Large print" in page and "Spoken language interpreter: Romanian" in page
    assert "Not marked yet" in page
    form = {"booking": booking.pk, "save_id": str(uuid.uuid4()), "mark": "did_not_attend"}
    page = facilitator_client.post(register_url(session, "register_mark"), form, follow=True).content.decode()
    assert "Bogdan Popescu: Did not attend" in page
    assert selectors.register_totals(session=session).did_not_attend == 1


def test_the_register_says_how_many_are_waiting(session, booking, facilitator_client):
    WaitingListEntryFactory(session=session)
    WaitingListEntryFactory(session=session)
    WaitingListEntryFactory(session=session, status="left")
    page = facilitator_client.get(register_url(session)).content.decode()
    waiting = page.split("On the waiting list", 1)[1]
    assert waiting.split("</dd>", 1)[0].endswith(">2")


def test_with_javascript_a_tap_answers_with_the_status_and_totals(session, booking, facilitator_client):
    form = {"booking": booking.pk, "save_id": str(uuid.uuid4()), "mark": "attended", "tapped_at": "2020-01-01T10:00Z"}
    response = facilitator_client.post(register_url(session, "register_mark"), form, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response.json() == {
        "saved": True,
        "status": "Attended",
        "totals": {"attended": 1, "did_not_attend": 0, "not_marked": 0, "walk_ins": 0},
    }
    # A tap time the phone's clock got badly wrong is replaced by the time it arrived.
    assert AttendanceMark.objects.get().marked_at.year > 2020


def test_an_id_used_for_another_mark_is_refused(session, booking, facilitator_client):
    save_id = str(uuid.uuid4())
    url = register_url(session, "register_mark")
    facilitator_client.post(url, {"booking": booking.pk, "save_id": save_id, "mark": "attended"})
    response = facilitator_client.post(
        url, {"booking": booking.pk, "save_id": save_id, "mark": "did_not_attend"}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 409
    assert AttendanceMark.objects.get().present is True


def test_walk_ins_by_name_and_by_count_each_once(session, booking, facilitator, facilitator_client):
    visitor = person_with_role(roles.RESIDENT, first_name="Chidi", last_name="Okafor", email="chidi@example.org")
    page = facilitator_client.get(register_url(session), {"q": "okafor"}).content.decode()
    assert "Chidi Okafor" in page and "Add as a walk-in" in page
    form = {"resident": visitor.pk, "save_id": str(uuid.uuid4())}
    facilitator_client.post(register_url(session, "register_walk_in"), form)
    facilitator_client.post(register_url(session, "register_walk_in"), form)
    # Added again by a second tap with a new id: still one person.
    facilitator_client.post(register_url(session, "register_walk_in"), {**form, "save_id": str(uuid.uuid4())})
    count_form = {"borough": Borough.EALING, "language": "pa", "save_id": str(uuid.uuid4())}
    facilitator_client.post(register_url(session, "register_walk_in_count"), count_form)
    facilitator_client.post(register_url(session, "register_walk_in_count"), count_form)
    facilitator_client.post(
        register_url(session, "register_walk_in_count"), {**count_form, "save_id": str(uuid.uuid4())}
    )
    assert WalkInCount.objects.get(session=session, borough=Borough.EALING, language="pa").count == 2
    assert selectors.register_totals(session=session).walk_ins == 3
    page = facilitator_client.get(register_url(session)).content.decode()
    assert "Chidi Okafor" in page
    assert "2 people from Ealing who speak Panjabi" in page


def test_a_walk_in_who_had_booked_is_marked_on_their_booking(session, booking, facilitator):
    services.register_add_walk_in(
        session=session, resident=booking.resident, client_uuid=uuid.uuid4(), marked_by=facilitator
    )
    totals = selectors.register_totals(session=session)
    assert (totals.attended, totals.walk_ins) == (1, 0)


def test_a_session_note_sent_twice_is_saved_once(session, facilitator_client):
    form = {"text": "Call Bogdan about the porter job.", "save_id": str(uuid.uuid4())}
    facilitator_client.post(register_url(session, "register_note"), form)
    page = facilitator_client.post(register_url(session, "register_note"), form, follow=True).content.decode()
    assert SessionNote.objects.filter(session=session).count() == 1
    assert RegisterSave.objects.count() == 1
    assert "Call Bogdan about the porter job." in page


def test_todays_sessions_lists_only_the_facilitators_own(session, facilitator_client):
    other = session_today()
    page = facilitator_client.get(reverse("outreach:register_today")).content.decode()
    assert register_url(session) in page
    assert register_url(other) not in page
    assert facilitator_client.get(register_url(other)).status_code == 404


def test_a_programme_admin_sees_every_session_today(session):
    admin = client_for(person_with_role(roles.PROGRAMME_ADMIN))
    page = admin.get(reverse("outreach:register_today")).content.decode()
    assert register_url(session) in page
    assert admin.get(register_url(session)).status_code == 200


def test_a_cancelled_session_takes_no_marks(session, booking, facilitator):
    session.cancelled_at = timezone.now()
    session.save()
    with pytest.raises(ValidationError):
        services.register_mark(
            session=session, booking=booking, present=True, client_uuid=uuid.uuid4(), marked_by=facilitator
        )
