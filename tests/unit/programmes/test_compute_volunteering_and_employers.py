"""Volunteering and learning disability employment indicators from hand-counted fixtures."""

from datetime import date
from decimal import Decimal

import pytest

from recruit_outreach.outreach.employers.models import (
    AwarenessAttendance,
    ContactNote,
    DisabilityConfident,
    Employer,
    Pledge,
)
from recruit_outreach.outreach.models import SessionType
from recruit_outreach.outreach.volunteering.models import Outcome, SupportedPersonEthnicGroup
from recruit_outreach.programmes.compute import compute_period
from tests.outreach_factories import SupportSessionFactory, VenueFactory
from tests.volunteering_factories import AppointmentRequestFactory, SupportedPersonFactory, VolunteerFactory

from .compute_fixtures import at, group, resident, stored, stored_rate, total

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_passwords")]


def request(person, made: date, appointment: date, result: str = "", reason: str = "", hours: str = "0", **extra):
    made_request = AppointmentRequestFactory(person=person, appointment_at=at(appointment), **extra)
    made_request.created_at = at(made)
    made_request.save()
    if result:
        Outcome.objects.create(request=made_request, result=result, missed_reason=reason, hours=Decimal(hours))
    return made_request


@pytest.fixture
def volunteering():
    fatima = SupportedPersonFactory(user=resident("ealing", ethnic_group="other_arab"), borough="brent")
    george = SupportedPersonFactory(user=resident("ealing", ethnic_group="white_irish"), borough="")
    # The group George gave for hospital support comes before his own equality answer.
    SupportedPersonEthnicGroup.objects.create(person=george, ethnic_group="mixed")
    request(fatima, date(2026, 7, 1), date(2026, 7, 20), Outcome.Result.ATTENDED, hours="2.5",
            readmitted_within_28_days=True)  # fmt: skip
    request(fatima, date(2026, 7, 5), date(2026, 8, 3), Outcome.Result.DID_NOT_ATTEND, "transport", "1.0")
    request(george, date(2026, 6, 25), date(2026, 7, 8), Outcome.Result.DID_NOT_ATTEND, "forgot", "0.5")
    request(george, date(2026, 9, 20), date(2026, 10, 5))
    VolunteerFactory(user=resident("harrow", ethnic_group="black_other"), paid_work_started_on=date(2026, 8, 1))
    VolunteerFactory(paid_work_started_on=date(2026, 10, 1))
    compute_period("2026-Q3")


def test_requests_are_counted_when_made_and_outcomes_when_the_appointment_was(volunteering):
    assert total("vol-requests") == 3
    assert total("vol-attended") == 1
    assert total("vol-did-not-attend") == 2
    assert stored_rate("vol-attendance-rate") == (1, 3, Decimal("33.3333"))
    assert total("vol-readmissions-28-days") == 1
    assert total("vol-hours") == Decimal("4.0")
    assert total("vol-into-paid-work") == 1


def test_volunteering_splits_use_the_borough_recorded_for_the_request_first(volunteering):
    # Fatima's request record says Brent, though her profile says Ealing; George's says nothing.
    assert group("vol-requests", "borough") == {"brent": 2, "ealing": 1}
    assert group("vol-did-not-attend", "reason") == {"transport": 1, "forgot": 1}
    assert group("vol-attended", "ethnic_group") == {"other": 1}
    assert group("vol-requests", "ethnic_group") == {"other": 2, "mixed": 1}
    assert group("vol-into-paid-work", "ethnic_group") == {"black": 1}


@pytest.fixture
def employers():
    brent = Employer.objects.create(name="Brent Bakery", sector="business", borough="brent", size_band="10-49")
    ealing = Employer.objects.create(name="Ealing Care", sector="charity", borough="ealing", size_band="50-249")
    harrow = Employer.objects.create(name="Harrow Hotel", sector="business", borough="harrow", size_band="1-9")
    ContactNote.objects.create(employer=brent, at=at(date(2026, 7, 5)), text="Met the manager.")
    ContactNote.objects.create(employer=harrow, at=at(date(2026, 5, 5)), text="Phoned.")
    DisabilityConfident.objects.create(employer=brent, level="committed", started_on=date(2025, 1, 1))
    DisabilityConfident.objects.create(employer=brent, level="employer", started_on=date(2026, 8, 1))
    DisabilityConfident.objects.create(employer=harrow, level="committed", started_on=date(2024, 3, 1))
    DisabilityConfident.objects.create(
        employer=ealing, level="leader", started_on=date(2022, 1, 1), expires_on=date(2025, 1, 1)
    )
    awareness = SupportSessionFactory(
        session_type=SessionType.EMPLOYER_AWARENESS,
        venue=VenueFactory(borough="ealing"),
        starts_at=at(date(2026, 8, 1)),
        ends_at=at(date(2026, 8, 1), 12),
    )
    AwarenessAttendance.objects.create(employer=ealing, session=awareness, staff_attended=12)
    Pledge.objects.create(employer=brent, kind=Pledge.Kind.INTERNSHIP, target=5, progress=2)
    Pledge.objects.create(employer=ealing, kind=Pledge.Kind.JOB_CARVED, target=3, progress=1)


def test_employer_indicators(employers):
    compute_period("2026-Q3", today=date(2026, 8, 15))
    assert total("ld-employers-engaged") == 2
    assert group("ld-employers-engaged", "borough") == {"brent": 1, "ealing": 1}
    # The newest level in force during the quarter: Brent moved up to Employer; Ealing's Leader had run out.
    assert (total("ld-dc-committed"), total("ld-dc-employer"), total("ld-dc-leader")) == (1, 1, 0)
    assert group("ld-dc-committed", "borough") == {"harrow": 1}
    assert total("ld-awareness-sessions") == 1
    assert group("ld-awareness-sessions", "borough") == {"ealing": 1}
    assert total("ld-awareness-attendance") == 12
    assert (total("ld-pledges"), total("ld-places-filled"), total("ld-supported-internships")) == (8, 3, 2)
    assert group("ld-places-filled", "borough") == {"brent": 2, "ealing": 1}
    # Pledges carry no person: they cannot be split by residents' groups.
    assert group("ld-places-filled", "ethnic_group") == {}


def test_pledges_carry_no_dates_so_an_earlier_period_keeps_what_it_had(employers):
    result = compute_period("2026-Q2", today=date(2026, 8, 15))
    assert "ld-pledges" in result.skipped
    assert stored("ld-pledges", date(2026, 4, 1)) == {}
    assert total("ld-employers-engaged", date(2026, 4, 1)) == 1
