"""Reminders 48 hours before a session: an email, and a text when the resident gave a mobile number."""

from datetime import timedelta
from functools import partial

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from recruit_outreach.accounts.emails import user_language

from .emails import email_resident
from .models import Booking
from .sms import send_text_message

REMINDER_WINDOW = timedelta(hours=48)


def _text_queue(booking: Booking) -> None:
    with translation.override(user_language(booking.resident)):
        message = render_to_string("outreach/sms/reminder.txt", {"session": booking.session}).strip()
    transaction.on_commit(partial(send_text_message.delay, phone_number=booking.mobile_number, message=message))


def session_reminders_send() -> int:
    """Remind each resident booked on a session starting in the next 48 hours, once per booking.

    Safe to run twice at once: a booking is claimed by setting `reminder_sent_at` in the transaction
    that queues its messages."""
    now = timezone.now()
    due = Booking.objects.live().filter(
        reminder_sent_at__isnull=True,
        session__cancelled_at__isnull=True,
        session__starts_at__gt=now,
        session__starts_at__lte=now + REMINDER_WINDOW,
    )
    sent = 0
    for booking in due.select_related("resident__profile", "session__venue"):
        with transaction.atomic():
            claimed = Booking.objects.filter(pk=booking.pk, reminder_sent_at__isnull=True).update(reminder_sent_at=now)
            if not claimed:
                continue
            email_resident(
                resident=booking.resident, kind="reminder", context={"booking": booking, "session": booking.session}
            )
            if booking.mobile_number:
                _text_queue(booking)
            sent += 1
    return sent
