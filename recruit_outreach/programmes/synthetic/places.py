"""Venues, support sessions and employers: what residents' rows point at, made once per population."""

from datetime import timedelta

from recruit_outreach.accounts.models import Borough
from recruit_outreach.outreach.employers.models import AwarenessAttendance, DisabilityConfident, Employer, Pledge
from recruit_outreach.outreach.sessions.models import SessionType, SupportSession, Venue, WalkInCount

from .tables import Batch
from .world import World, at, weighted_pool

BOROUGHS = [choice for choice in Borough.values if choice != Borough.OTHER]
SESSION_TYPES = weighted_pool(
    {
        SessionType.DROP_IN: 40,
        SessionType.APPLICATION_WORKSHOP: 25,
        SessionType.INTERVIEW_PRACTICE: 20,
        SessionType.EMPLOYER_AWARENESS: 8,
        SessionType.VOLUNTEER_INDUCTION: 7,
    }
)
SESSION_LANGUAGES = ['["en"]', '["en", "ar"]', '["en", "pl"]', '["en", "gu", "pa"]', '["en", "so"]', '["en", "ta"]']
RESIDENTS_PER_SESSION = 8
RESIDENTS_PER_EMPLOYER = 500
RESIDENTS_PER_VENUE = 2_000


def venues_create(world: World, batch: Batch, residents: int) -> list[int]:
    rng = world.rng
    ids = []
    for number in range(max(len(BOROUGHS), residents // RESIDENTS_PER_VENUE)):
        borough = BOROUGHS[number % len(BOROUGHS)]
        name = f"Community centre {number + 1} ({world.seed})"
        flags = (rng.random() < 0.8, rng.random() < 0.5, rng.random() < 0.7)
        ids.append(batch.add(Venue, name, f"{number + 1} High Street", borough, *flags, ""))
    return ids


def sessions_create(world: World, batch: Batch, residents: int, venues: list[int]) -> None:
    """Sessions spread over the whole window and four weeks beyond it, in time order."""
    rng = world.rng
    span = world.days + 28
    starts = sorted(
        at(world.start + timedelta(days=world.below(span)), world.pick((10, 13, 18)))
        for _ in range(max(6, residents // RESIDENTS_PER_SESSION))
    )
    for starts_at in starts:
        kind = world.pick(SESSION_TYPES)
        online = rng.random() < 0.15
        link = "https://meet.example.invalid/synthetic" if online else ""
        cancelled = starts_at - timedelta(days=2) if rng.random() < 0.03 else None
        session = batch.add(
            SupportSession,
            kind,
            world.pick(venues),
            starts_at,
            starts_at + timedelta(hours=2),
            12,
            world.pick(SESSION_LANGUAGES),
            rng.random() < 0.3,
            online,
            link,
            "",
            cancelled,
            starts_at - timedelta(days=21),
        )
        world.session_starts.append(starts_at)
        world.session_ids.append(session)
        if starts_at < world.now and cancelled is None and rng.random() < 0.3:
            language = world.pick(("en", "ar", "so", "pl"))
            batch.add(WalkInCount, session, world.pick(BOROUGHS), language, world.between(1, 6))
        if kind == SessionType.EMPLOYER_AWARENESS:
            world.awareness_sessions.append((session, starts_at))


def employers_create(world: World, batch: Batch, residents: int) -> None:
    """Employers with Disability Confident levels, pledges, and staff at awareness sessions."""
    rng = world.rng
    employers = []
    for number in range(max(6, residents // RESIDENTS_PER_EMPLOYER)):
        name = f"Employer {number + 1} ({world.seed})"
        sector = world.pick(Employer.Sector.values)
        employers.append(batch.add(Employer, name, sector, world.pick(BOROUGHS), world.pick(Employer.Size.values), ""))
        world.employer_names.append(name)
    for employer in employers:
        if rng.random() < 0.5:
            started = world.any_day() - timedelta(days=world.below(700))
            level = world.pick(DisabilityConfident.Level.values)
            expires = started.replace(year=started.year + 3) if (started.month, started.day) != (2, 29) else started
            batch.add(DisabilityConfident, employer, level, started, expires, None)
        for kind in rng.sample(Pledge.Kind.values, world.pick((0, 0, 1, 2))):
            target = world.between(1, 10)
            batch.add(Pledge, employer, kind, target, world.between(0, target), world.day_after(world.today, 30, 365))
    for session, starts_at in world.awareness_sessions:
        if starts_at < world.now:
            for employer in rng.sample(employers, min(len(employers), world.between(1, 4))):
                batch.add(AwarenessAttendance, employer, session, world.between(1, 15))
