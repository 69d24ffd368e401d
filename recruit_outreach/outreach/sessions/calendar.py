"""An .ics file for a session or a booking, so it shows at the right time in Outlook, Google and Apple."""

from datetime import timedelta

from icalendar import Alarm, Calendar, Event

from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Booking, SupportSession

PRODID = "-//NW London recruitment outreach//Support sessions//EN"
UID_DOMAIN = "support-sessions.nwl-recruitment-outreach"
REMINDER_BEFORE = timedelta(days=1)


def session_uid(session: SupportSession) -> str:
    """The same for every download of the same session, so calendars update the event rather than copy it."""
    return f"session-{session.pk}@{UID_DOMAIN}"


def _location(session: SupportSession) -> str:
    if session.online:
        return _("Online")
    return f"{session.venue.name}, {' '.join(session.venue.address.split())}"


def _description(session: SupportSession, booking: Booking | None) -> str:
    lines = [session.description]
    if session.venue.getting_there and not session.online:
        lines.append(_("Getting there: %(how)s") % {"how": session.venue.getting_there})
    if booking is not None and session.online and session.joining_link:
        lines.append(_("Joining link: %(link)s") % {"link": session.joining_link})
    return "\n\n".join(line for line in lines if line)


def session_calendar(*, session: SupportSession, booking: Booking | None = None) -> bytes:
    """The calendar file; a booking's copy also carries the online joining link."""
    event = Event.new(
        uid=session_uid(session),
        summary=session.get_session_type_display(),
        start=timezone.localtime(session.starts_at),
        end=timezone.localtime(session.ends_at),
        stamp=timezone.now(),
        location=_location(session),
        description=_description(session, booking),
    )
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", -REMINDER_BEFORE)
    alarm.add("description", _("Reminder: %(session)s tomorrow") % {"session": session.get_session_type_display()})
    event.add_component(alarm)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
