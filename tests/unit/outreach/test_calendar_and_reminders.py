"""Calendar files parsed back with icalendar, and reminders sent once in the resident's language."""

import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from icalendar import Calendar

from django.core import mail
from django.utils import timezone

from recruit_outreach.outreach.models import Booking
from recruit_outreach.outreach.sessions.calendar import session_calendar
from recruit_outreach.outreach.sessions.reminders import session_reminders_send
from tests.outreach_factories import BookingFactory, SupportSessionFactory

pytestmark = pytest.mark.django_db


def test_the_calendar_file_has_the_london_time_zone_a_stable_uid_and_an_alarm():
    session = SupportSessionFactory(online=True, joining_link="https://meet.example.org/abc")
    booking = BookingFactory(session=session)
    first = Calendar.from_ical(session_calendar(session=session, booking=booking))
    again = Calendar.from_ical(session_calendar(session=session))

    assert [tz["TZID"] for tz in first.walk("VTIMEZONE")] == ["Europe/London"]
    [event] = first.walk("VEVENT")
    assert (
        event["UID"]
        == again.walk("VEVENT")[0]["UID"]
        == f"session-{session.pk}@support-sessions.nwl-recruitment-outreach"
    )
    assert event.decoded("DTSTART") == session.starts_at
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    [alarm] = event.walk("VALARM")
    assert alarm["ACTION"] == "DISPLAY" and alarm.decoded("TRIGGER") == -timedelta(days=1)
    assert "https://meet.example.org/abc" in str(event["DESCRIPTION"])
    # The public session file never carries the joining link.
    assert "meet.example.org" not in str(again.walk("VEVENT")[0].get("DESCRIPTION", ""))


def _due_booking(language: str = "en", **extra) -> Booking:
    session = SupportSessionFactory(starts_at=timezone.now() + timedelta(hours=30))
    booking = BookingFactory(session=session, **extra)
    booking.resident.profile.preferred_language = language
    booking.resident.profile.save()
    return booking


def test_reminders_go_once_in_the_residents_language(django_capture_on_commit_callbacks, settings):
    settings.NOTIFY_API_KEY = ""
    booking = _due_booking("pl")
    later = BookingFactory(session=SupportSessionFactory(starts_at=timezone.now() + timedelta(days=5)))
    with django_capture_on_commit_callbacks(execute=True):
        assert session_reminders_send() == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert session_reminders_send() == 0
    [reminder] = mail.outbox
    assert reminder.to == [booking.resident.email]
    assert f"/pl/outreach/bookings/{booking.pk}/" in reminder.body
    later.refresh_from_db()
    assert later.reminder_sent_at is None


class _FakeNotify(BaseHTTPRequestHandler):
    received: list[dict] = []

    def do_POST(self):  # noqa: N802 (the http.server API)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.received.append({"path": self.path, "auth": self.headers["Authorization"], **body})
        reply = json.dumps({"id": "740e5834-3a29-46b4-9a6f-16142fde533a"}).encode()
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_notify(settings):
    server = HTTPServer(("127.0.0.1", 0), _FakeNotify)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _FakeNotify.received = []
    settings.NOTIFY_BASE_URL = f"http://127.0.0.1:{server.server_port}"
    settings.NOTIFY_API_KEY = "test-key-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0"
    settings.NOTIFY_SMS_TEMPLATE_ID = "f33517ff-2a88-4f6e-b855-c550268ce08a"
    yield _FakeNotify.received
    server.shutdown()


def test_a_text_reminder_goes_through_notify_when_a_key_is_set(fake_notify, django_capture_on_commit_callbacks):
    booking = _due_booking("en", mobile_number="07700900123")
    with django_capture_on_commit_callbacks(execute=True):
        session_reminders_send()
    [text] = fake_notify
    assert text["path"] == "/v2/notifications/sms"
    assert text["auth"].startswith("Bearer ")
    assert text["phone_number"] == "07700900123"
    assert text["template_id"] == "f33517ff-2a88-4f6e-b855-c550268ce08a"
    assert "Reminder: Drop-in on" in text["personalisation"]["message"]
    assert booking.session.venue.name in text["personalisation"]["message"]


def test_without_a_notify_key_the_text_is_only_logged(caplog, django_capture_on_commit_callbacks, settings):
    settings.NOTIFY_API_KEY = ""
    _due_booking("en", mobile_number="07700900123")
    with caplog.at_level("INFO"), django_capture_on_commit_callbacks(execute=True):
        session_reminders_send()
    assert "not sent" in caplog.text and "07700900123" in caplog.text


def test_celery_beat_runs_the_reminders_and_the_offer_expiry(settings):
    from recruit_outreach.outreach import tasks

    schedule = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert {tasks.send_session_reminders.name, tasks.expire_waiting_list_offers.name} <= schedule
    _due_booking()
    assert tasks.send_session_reminders.delay().get() == 1
    assert tasks.expire_waiting_list_offers.delay().get() == 0
