"""seed_demo --scale: synthetic residents for scale tests, the same each time for the same size and seed."""

from datetime import date

import pytest

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone

from applications.models import Application, Milestone
from recruit_outreach.accounts import roles
from recruit_outreach.accounts.models import Profile
from recruit_outreach.outreach.sessions.models import AttendanceMark, Booking, SupportSession
from recruit_outreach.outreach.volunteering.models import (
    AppointmentRequest,
    EthnicGroup,
    Outcome,
    SupportedPersonEthnicGroup,
    Volunteer,
)
from recruit_outreach.programmes.equality import EqualityAnswers
from recruit_outreach.programmes.synthetic import population_rows, world_for
from recruit_outreach.programmes.synthetic.residents import EMAIL_DOMAIN
from recruit_outreach.programmes.synthetic.tables import Ids

pytestmark = pytest.mark.django_db

TODAY = date(2026, 12, 3)


def rows_for(residents: int, seed: int) -> dict:
    merged: dict = {}
    for chunk in population_rows(world_for(seed, TODAY), Ids({}), residents, chunk=7):
        for model, rows in chunk.items():
            merged.setdefault(model._meta.label, []).extend(rows)
    return merged


def test_the_same_size_and_seed_give_the_same_rows_and_another_seed_other_rows():
    first = rows_for(40, seed=5)
    assert first == rows_for(40, seed=5)
    assert first != rows_for(40, seed=6)
    assert len(first["accounts.User"]) == 40


def synthetic_users():
    return get_user_model().objects.filter(email__endswith=f"@{EMAIL_DOMAIN}")


def test_seed_demo_scale_adds_residents_nobody_can_sign_in_as(capsys):
    call_command("seed_demo", scale=30, seed=2)
    residents = synthetic_users()
    assert residents.count() == 30
    assert Profile.objects.filter(user__in=residents).exclude(borough="").exists()
    assert not any(user.has_usable_password() for user in residents)
    assert all(user.groups.filter(name=roles.RESIDENT).exists() for user in residents)
    assert 0 < EqualityAnswers.objects.filter(user__in=residents).count() < 30, "some give no equality answers"
    assert "Synthetic data ready" in capsys.readouterr().out


def test_the_same_seed_twice_is_refused_with_a_reason():
    call_command("seed_demo", scale=5, seed=3)
    with pytest.raises(CommandError, match="seed 3"):
        call_command("seed_demo", scale=5, seed=3)
    call_command("seed_demo", scale=5, seed=4)
    assert synthetic_users().count() == 10


def test_the_population_follows_a_funnel_and_has_support_and_volunteering(capsys):
    call_command("seed_demo", scale=600, seed=8)
    applications = Application.objects.filter(owner__in=synthetic_users())
    reached = [
        applications.filter(milestones__kind=kind).distinct().count()
        for kind in ("submitted", "shortlisted", "interview", "offer", "started", "in_post_13", "in_post_26")
    ]
    assert applications.count() > reached[0]
    assert reached == sorted(reached, reverse=True), reached
    assert reached[-1] > 0, "some stay in post 26 weeks"
    assert Milestone.objects.filter(kind="unsuccessful").exists()
    past = Booking.objects.filter(session__starts_at__lt=timezone.now())
    assert AttendanceMark.objects.filter(present=False).exists() and past.filter(status="attended").exists()
    assert SupportSession.objects.filter(session_type="employer_awareness").exists()
    assert Volunteer.objects.exists() and AppointmentRequest.objects.exists()
    assert Outcome.objects.filter(result="did_not_attend").exclude(missed_reason="").exists()
    given = set(SupportedPersonEthnicGroup.objects.values_list("ethnic_group", flat=True))
    assert given and given <= set(EthnicGroup.values), given
