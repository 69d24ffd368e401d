"""Demo support sessions: a venue in every borough, weekly sessions for the next 6 weeks, some full."""

from datetime import time, timedelta

from allauth.account.models import EmailAddress

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from recruit_outreach.accounts.demo import DEMO_DOMAIN
from recruit_outreach.accounts.models import Borough

from .models import Booking, SessionType, SupportSession, Venue, WaitingListEntry

WEEKS = 6

# (borough, venue, address, getting there, step-free, hearing loop, accessible toilet, languages)
VENUES = [
    (
        Borough.BRENT,
        "Willesden Green Library",
        "95 High Road\nLondon NW10 2SF",
        "Willesden Green station. Buses 52, 98, 260.",
        True,
        True,
        True,
        ["en", "gu", "so", "ro"],
    ),
    (
        Borough.EALING,
        "Southall Community Centre",
        "20 Merrick Road\nSouthall UB2 4AU",
        "Southall station. Buses 105, 120, 195.",
        True,
        False,
        True,
        ["en", "pa", "pl", "ur"],
    ),
    (
        Borough.HAMMERSMITH_FULHAM,
        "Charing Cross Hospital, Learning Centre",
        "Fulham Palace Road\nLondon W6 8RF",
        "Hammersmith station, then bus 220.",
        True,
        True,
        True,
        ["en", "ar", "pt"],
    ),
    (
        Borough.HARROW,
        "Harrow Civic Centre Library",
        "Station Road\nHarrow HA1 2XF",
        "Harrow and Wealdstone station. Buses 140, 182.",
        True,
        True,
        False,
        ["en", "gu", "ta"],
    ),
    (
        Borough.HILLINGDON,
        "Hayes Library",
        "Golden Crescent\nHayes UB3 1AQ",
        "Hayes and Harlington station. Buses 90, 195.",
        False,
        False,
        True,
        ["en", "pa", "pl"],
    ),
    (
        Borough.HOUNSLOW,
        "Hounslow House Community Room",
        "7 Bath Road\nHounslow TW3 3EB",
        "Hounslow Central station. Buses 81, 222.",
        True,
        True,
        True,
        ["en", "pa", "so", "ur"],
    ),
    (
        Borough.KENSINGTON_CHELSEA,
        "North Kensington Library",
        "108 Ladbroke Grove\nLondon W11 1PZ",
        "Ladbroke Grove station. Buses 23, 52, 228.",
        False,
        True,
        False,
        ["en", "ar", "pt", "fa"],
    ),
    (
        Borough.WESTMINSTER,
        "St Mary's Hospital, Education Centre",
        "Praed Street\nLondon W2 1NY",
        "Paddington station. Buses 7, 23, 27, 36.",
        True,
        True,
        True,
        ["en", "ar", "fa", "ro"],
    ),
]

TYPES = list(SessionType.values)
DEMO_RESIDENTS = [("amina", "ar"), ("tomasz", "pl"), ("priya", "gu")]


def _venue(row) -> tuple[Venue, list[str]]:
    borough, name, address, getting_there, step_free, loop, toilet, languages = row
    venue, _ = Venue.objects.get_or_create(
        name=name,
        defaults={
            "borough": borough,
            "address": address,
            "getting_there": getting_there,
            "step_free_access": step_free,
            "hearing_loop": loop,
            "accessible_toilet": toilet,
        },
    )
    return venue, languages


def _start(week: int, index: int):
    day = timezone.localdate() + timedelta(days=1 + index % 5 + 7 * week)
    hour = time(10, 0) if index % 2 == 0 else time(14, 0)
    return timezone.make_aware(timezone.datetime.combine(day, hour))


@transaction.atomic
def seed_demo_sessions() -> int:
    """Weekly sessions at each demo venue for the next 6 weeks, unless the venue has some already."""
    created = 0
    for index, row in enumerate(VENUES):
        venue, languages = _venue(row)
        if venue.sessions.filter(starts_at__gt=timezone.now()).exists():
            continue
        for week in range(WEEKS):
            starts = _start(week, index)
            SupportSession.objects.create(
                session_type=TYPES[(index + week) % len(TYPES)],
                venue=venue,
                starts_at=starts,
                ends_at=starts + timedelta(hours=2),
                capacity=3 if week == 0 else 12,
                languages=languages,
                interpreter_bookable=index % 2 == 0,
                description="Friendly help with NHS job applications. Bring your CV if you have one.",
            )
            created += 1
    return created


def _demo_resident(name: str, language: str, password: str):
    email = f"{name}@{DEMO_DOMAIN}"
    user, created = get_user_model().objects.get_or_create(
        email=email, defaults={"first_name": name.title(), "last_name": "Demo"}
    )
    if created:
        user.set_password(password)
        user.save()
        user.profile.preferred_language = language
        user.profile.save()
    EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    return user


@transaction.atomic
def seed_demo_bookings(password: str) -> list[str]:
    """Fill the first week's sessions in two boroughs and put a third resident on their waiting lists.

    Returns the demo residents' email addresses."""
    residents = [_demo_resident(name, language, password) for name, language in DEMO_RESIDENTS]
    full = SupportSession.objects.upcoming().filter(capacity=3, venue__name__in=[VENUES[0][1], VENUES[2][1]])
    for session in full:
        for resident in residents:
            if resident == residents[-1]:
                WaitingListEntry.objects.get_or_create(session=session, resident=resident)
            else:
                Booking.objects.get_or_create(session=session, resident=resident)
        session.capacity = 2
        session.save(update_fields=["capacity"])
    return [resident.email for resident in residents]
