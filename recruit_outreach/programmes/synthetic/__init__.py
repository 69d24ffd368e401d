"""A synthetic population for load and scale testing: residents with realistic sessions, applications and
outcomes, volunteering and employer records (``python manage.py seed_demo --scale N --seed S``).

The same number of residents, seed and ``today`` give the same rows, whatever the machine.
"""

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from recruit_outreach.accounts import roles
from recruit_outreach.outreach.volunteering.models import HospitalSite

from .places import employers_create, sessions_create, venues_create
from .residents import EMAIL_DOMAIN, resident_create
from .tables import Batch, Ids, User
from .world import World
from .writer import first_free_ids, rows_write, tables_settle

CHUNK = 25_000
HOSPITALS = 6


def population_rows(world: World, ids: Ids, residents: int, chunk: int = CHUNK) -> Iterator[dict]:
    """The rows of ``residents`` synthetic residents, one chunk at a time (places and employers first)."""
    batch = Batch(ids)
    venues = venues_create(world, batch, residents)
    sessions_create(world, batch, residents, venues)
    employers_create(world, batch, residents)
    yield batch.take_rows()
    for index in range(residents):
        resident_create(world, batch, index)
        if (index + 1) % chunk == 0:
            yield batch.take_rows()
    yield batch.take_rows()


def _hospital_sites(seed: int) -> list[int]:
    sites = list(HospitalSite.objects.order_by("pk").values_list("pk", flat=True)[:HOSPITALS])
    for number in range(len(sites), HOSPITALS):
        site, _created = HospitalSite.objects.get_or_create(
            trust="Synthetic NHS Trust", name=f"Synthetic hospital {number + 1}"
        )
        sites.append(site.pk)
    return sites


def world_for(seed: int, today: date) -> World:
    return World(
        seed=seed,
        today=today,
        resident_group=Group.objects.get(name=roles.RESIDENT).pk,
        coordinator_group=Group.objects.get(name=roles.VOLUNTEER_COORDINATOR).pk,
        sites=_hospital_sites(seed),
    )


def synthetic_population_create(
    *, residents: int, seed: int, today: date | None = None, progress: Callable[[int], None] | None = None
) -> dict[str, int]:
    """Write ``residents`` synthetic residents and all they did; returns the rows written per model.

    Each chunk is committed on its own, so memory stays flat at any size. Refuses a seed already used here,
    since the residents' email addresses would clash."""
    if User.objects.filter(email=f"resident-{seed}-0@{EMAIL_DOMAIN}").exists():
        raise ValueError(f"Synthetic residents with seed {seed} are already here: choose another --seed.")
    world = world_for(seed, today or timezone.localdate())
    written: Counter = Counter()
    for rows in population_rows(world, Ids(first_free_ids()), residents):
        with transaction.atomic():
            rows_write(rows)
        written.update({model._meta.label: len(chunk) for model, chunk in rows.items()})
        if progress:
            progress(written[User._meta.label])
    tables_settle()
    return dict(written)


__all__ = ["population_rows", "synthetic_population_create", "world_for"]
