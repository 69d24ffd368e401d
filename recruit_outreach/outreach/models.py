"""Every outreach model, so Django finds them; each feature keeps its own in its package."""

from .sessions.models import (
    AttendanceMark,
    Booking,
    SessionNote,
    SessionType,
    SupportSession,
    Venue,
    WaitingListEntry,
    WalkInCount,
)

__all__ = [
    "AttendanceMark",
    "Booking",
    "SessionNote",
    "SessionType",
    "SupportSession",
    "Venue",
    "WaitingListEntry",
    "WalkInCount",
]
