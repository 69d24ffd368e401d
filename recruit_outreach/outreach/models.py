"""Every outreach model, so Django finds them; each feature keeps its own in its package."""

from .caseload.models import CaseNote, Referral
from .employers import models as employers_models  # noqa: F401  (its models register with the app)
from .register.models import RegisterSave
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
from .volunteering import models as volunteering_models  # noqa: F401  (its models register with the app)

__all__ = [
    "AttendanceMark",
    "Booking",
    "CaseNote",
    "Referral",
    "RegisterSave",
    "SessionNote",
    "SessionType",
    "SupportSession",
    "Venue",
    "WaitingListEntry",
    "WalkInCount",
]
