"""Support a resident had: session bookings and attendance, volunteering, and hospital-appointment support."""

import json
import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal

from recruit_outreach.accounts.models import Consent
from recruit_outreach.outreach.sessions.models import AttendanceMark, Booking
from recruit_outreach.outreach.volunteering.models import (
    AgeBand,
    AppointmentRequest,
    Assignment,
    Course,
    EthnicGroup,
    Outcome,
    SupportedPerson,
    SupportedPersonEthnicGroup,
    SupportKind,
    TrainingRecord,
    Volunteer,
)

from .tables import Batch
from .world import World, at, weighted_pool

BOOKING_STATUS = weighted_pool(
    {Booking.Status.ATTENDED: 72, Booking.Status.DID_NOT_ATTEND: 18, Booking.Status.CANCELLED: 10}
)
RESULTS = weighted_pool(
    {
        Outcome.Result.ATTENDED: 76,
        Outcome.Result.DID_NOT_ATTEND: 14,
        Outcome.Result.CANCELLED: 5,
        Outcome.Result.RESCHEDULED: 5,
    }
)
# Residents book sessions in the months after they join, which spreads bookings evenly over sessions.
BOOKING_WINDOW_DAYS = 90
HOSPITAL_SUPPORT_PURPOSE = "Volunteers support you with hospital appointments (synthetic data)."


def bookings_create(world: World, batch: Batch, resident: int, joined: datetime) -> None:
    """One to three sessions after the resident joined; past ones with a register mark."""
    rng = world.rng
    if rng.random() >= 0.55:
        return
    low, high = world.sessions_from(joined)
    high = min(high, low + world.sessions_within(BOOKING_WINDOW_DAYS))
    if low >= high:
        return
    for index in sorted(rng.sample(range(low, high), min(high - low, world.between(1, 3)))):
        starts_at = world.session_starts[index]
        session = world.session_ids[index]
        booked_at = max(joined, min(world.now, starts_at - timedelta(days=world.between(1, 20))))
        status = world.pick(BOOKING_STATUS) if starts_at < world.now else Booking.Status.BOOKED
        cancelled_at = booked_at + timedelta(hours=1) if status == Booking.Status.CANCELLED else None
        booking = batch.add(Booking, resident, session, status, "", booked_at, cancelled_at, None)
        if status in (Booking.Status.ATTENDED, Booking.Status.DID_NOT_ATTEND):
            present = status == Booking.Status.ATTENDED
            mark_uuid = uuid.UUID(int=rng.getrandbits(128), version=4)
            batch.add(AttendanceMark, session, booking, None, present, mark_uuid, starts_at, starts_at, None)


def volunteer_create(world: World, batch: Batch, user: int, joined: date, language: str, borough: str) -> None:
    rng = world.rng
    moved_on = world.day_after(joined, 60, 300) if rng.random() < 0.12 else None
    if moved_on and moved_on > world.today:
        moved_on = None
    certificate = world.day_after(joined, 0, 30)
    volunteer = batch.add(
        Volunteer,
        user,
        "",
        json.dumps(sorted({"en", language})),
        "",
        '["weekday_morning"]',
        json.dumps([borough] if borough else []),
        "enhanced",
        certificate,
        rng.random() < 0.4,
        certificate + timedelta(days=3 * 365),
        True,
        moved_on,
        "Healthcare assistant" if moved_on else "",
        at(joined, 12),
    )
    batch.add(TrainingRecord, volunteer, Course.INDUCTION, world.day_after(joined, 0, 30), None)
    world.volunteer_ids.append(volunteer)


def hospital_support_create(world: World, batch: Batch, user: int, joined: date, person: tuple) -> None:
    """A person a volunteer supports, their consent, and one to three appointment requests."""
    name, language, borough, ethnic_group = person
    consent = batch.add(
        Consent,
        user,
        Consent.Scope.HOSPITAL_SUPPORT,
        None,
        world.coordinator_group,
        HOSPITAL_SUPPORT_PURPOSE,
        "en",
        at(joined, 11),
        None,
    )
    age = world.pick(AgeBand.values)
    phone = f"07700 9{world.below(100000):05d}"
    supported = batch.add(SupportedPerson, user, name, phone, language, "", "", age, borough)
    if ethnic_group:  # given again to the volunteering team, as one of the five high-level groups
        declined = ethnic_group == EthnicGroup.PREFER_NOT_TO_SAY
        high_level = ethnic_group if declined else ethnic_group.split("_")[0]
        batch.add(SupportedPersonEthnicGroup, supported, high_level, at(joined, 11))
    for _ in range(world.between(1, 3)):
        day = world.day_after(joined, 3, 120)
        request_create(world, batch, (supported, consent), day)


def request_create(world: World, batch: Batch, parents: tuple[int, int], day: date) -> None:
    rng = world.rng
    appointment_at = at(day, world.between(9, 16), world.pick((0, 30)))
    past = appointment_at < world.now and bool(world.volunteer_ids)
    readmitted = (rng.random() < 0.08) if past and rng.random() < 0.5 else None
    request = batch.add(
        AppointmentRequest,
        *parents,
        world.pick(world.sites),
        "Outpatients",
        appointment_at,
        json.dumps(rng.sample(SupportKind.values, world.between(1, 2))),
        world.pick(AppointmentRequest.Referrer.values),
        world.pick(AppointmentRequest.Reason.values),
        AppointmentRequest.Status.DONE if past else AppointmentRequest.Status.OPEN,
        None,
        appointment_at - timedelta(days=world.between(3, 21)),
        readmitted,
    )
    if past:
        _outcome_create(world, batch, request, appointment_at)


def _outcome_create(world: World, batch: Batch, request: int, appointment_at: datetime) -> None:
    assigned_at = appointment_at - timedelta(days=2)
    volunteer = world.pick(world.volunteer_ids)
    batch.add(Assignment, request, volunteer, Assignment.Status.ACCEPTED, None, assigned_at, assigned_at)
    result = world.pick(RESULTS)
    reason = world.pick(Outcome.MissedReason.values) if result == Outcome.Result.DID_NOT_ATTEND else ""
    hours = Decimal(world.between(2, 12)) / 2
    batch.add(Outcome, request, result, reason, hours, None, appointment_at + timedelta(hours=4))
