"""Applications and the milestones residents record: started > submitted > shortlisted > interviewed > offered >
job start > in post at 13 and 26 weeks, each step reached by a share of the one before."""

from datetime import date, timedelta

from applications.models import DEFAULT_BOX_CHARS, Application, Milestone

from .tables import Batch
from .world import World, at

JOBS = [
    ("Healthcare assistant", "Band 2"),
    ("Administrative assistant", "Band 2"),
    ("Receptionist", "Band 2"),
    ("Porter", "Band 2"),
    ("Housekeeper", "Band 1"),
    ("Clinical support worker", "Band 3"),
    ("Pharmacy assistant", "Band 2"),
    ("Medical secretary", "Band 4"),
]
Kind = Milestone.Kind
# (milestone, share of the step before that reaches it, fewest and most days after the step before)
STEPS = [
    (Kind.SUBMITTED, 0.75, 1, 21),
    (Kind.SHORTLISTED, 0.38, 7, 28),
    (Kind.INTERVIEW, 0.75, 5, 21),
    (Kind.OFFER, 0.42, 2, 14),
    (Kind.STARTED, 0.85, 14, 56),
    (Kind.IN_POST_13, 0.9, 91, 91),
    (Kind.IN_POST_26, 0.88, 91, 91),
]
# A gap to find: fewer Black and minority ethnic, and fewer disabled, shortlisted applicants are offered a job.
OFFER_FACTOR_BME = 0.8
OFFER_FACTOR_DISABLED = 0.75


def applications_create(world: World, batch: Batch, owner: int, joined: date, equality: tuple) -> None:
    """None, one or a few applications for one resident, started after they joined."""
    rng = world.rng
    if rng.random() >= 0.45:
        return
    for _ in range(1 + (rng.random() < 0.35) + (rng.random() < 0.15)):
        started = world.day_after(joined, 0, 60)
        if started > world.today:
            return
        title, band = world.pick(JOBS)
        created = at(started, world.between(8, 21), world.below(60))
        application = batch.add(
            Application,
            owner,
            title,
            band,
            world.pick(world.employer_names),
            started + timedelta(days=world.between(7, 28)),
            "",
            DEFAULT_BOX_CHARS,
            None,
            None,
            "",
            False,
            "{}",
            1,
            None,
            created,
            created,
        )
        milestones_create(world, batch, application, started, equality)


def _offer_factor(equality: tuple) -> float:
    bme, disabled = equality
    return (OFFER_FACTOR_BME if bme else 1.0) * (OFFER_FACTOR_DISABLED if disabled else 1.0)


def milestones_create(world: World, batch: Batch, application: int, day: date, equality: tuple) -> None:
    """Walk down the funnel until a step is not reached, is still to come, or the job was kept 26 weeks."""
    rng = world.rng
    for kind, share, low, high in STEPS:
        day = world.day_after(day, low, high)
        if day > world.today:
            return
        chance = share * _offer_factor(equality) if kind == Kind.OFFER else share
        if rng.random() >= chance:
            if kind in (Kind.SHORTLISTED, Kind.INTERVIEW, Kind.OFFER) and rng.random() < 0.6:
                batch.add(Milestone, application, Kind.UNSUCCESSFUL, day, "", at(day, 12))
            return
        batch.add(Milestone, application, kind, day, "", at(day, 12))
