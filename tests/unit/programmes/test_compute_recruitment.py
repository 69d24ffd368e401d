"""Recruitment outreach indicators computed from hand-counted fixtures, in total and by each group."""

from datetime import date
from decimal import Decimal

import pytest

from applications.models import Milestone
from recruit_outreach.outreach.caseload.models import CaseNote
from recruit_outreach.outreach.models import SessionType, WalkInCount
from recruit_outreach.programmes.compute import compute_period
from tests.outreach_factories import BookingFactory, SupportSessionFactory, VenueFactory

from .compute_fixtures import application, at, group, mark, resident, stored, stored_rate, total

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_passwords")]
K = Milestone.Kind


@pytest.fixture
def funnel():
    """Three residents' applications around July to September 2026 (2026-Q3)."""
    amara = resident("brent", "en", ethnic_group="white_british", disability="no", age_band="25_34")
    bola = resident("ealing", "ar", ethnic_group="black_african", disability="yes", age_band="35_44")
    chris = resident()  # no borough, no equality answers
    started = [(K.SUBMITTED, date(2026, 7, 15)), (K.SHORTLISTED, date(2026, 8, 1)), (K.INTERVIEW, date(2026, 8, 10))]
    application(
        amara,
        date(2026, 7, 10),
        *started,
        (K.OFFER, date(2026, 8, 20)),
        (K.STARTED, date(2026, 9, 1)),
        (K.IN_POST_13, date(2026, 12, 1)),
    )
    application(amara, date(2026, 7, 12), (K.SUBMITTED, date(2026, 7, 20)), (K.UNSUCCESSFUL, date(2026, 8, 1)))
    application(bola, date(2026, 6, 20), (K.SUBMITTED, date(2026, 7, 2)), (K.SHORTLISTED, date(2026, 7, 20)),
                (K.INTERVIEW, date(2026, 8, 5)))  # fmt: skip
    application(chris, date(2026, 8, 1))
    application(amara, date(2026, 3, 1), (K.SUBMITTED, date(2026, 3, 1)), (K.SHORTLISTED, date(2026, 4, 10)))
    compute_period("2026-Q3")


def test_each_step_of_the_funnel_counts_applications_whose_step_is_dated_in_the_quarter(funnel):
    expected = {
        "ro-applications-started": 3,
        "ro-applications-submitted": 3,
        "ro-shortlisted": 2,
        "ro-interviewed": 2,
        "ro-offered": 1,
        "ro-job-starts": 1,
        "ro-in-post-13-weeks": 0,
        "ro-in-post-26-weeks": 0,
    }
    assert {code: total(code) for code in expected} == expected


def test_the_funnel_is_split_by_each_residents_own_groups(funnel):
    assert group("ro-applications-started", "borough") == {"brent": 2, "not_stated": 1}
    assert stored("ro-applications-started")[("borough", "ealing")] == 0  # applied earlier, so a group with 0
    assert group("ro-applications-submitted", "borough") == {"brent": 2, "ealing": 1}
    assert group("ro-shortlisted", "ethnic_group") == {"white": 1, "black": 1}
    assert group("ro-applications-started", "ethnic_group") == {"white": 2, "not_stated": 1}
    assert group("ro-interviewed", "disability") == {"no": 1, "yes": 1}
    assert group("ro-applications-submitted", "age_band") == {"25_34": 2, "35_44": 1}
    assert group("ro-applications-started", "language") == {"en": 3}


def test_conversion_is_the_share_of_a_steps_applications_that_reached_the_next(funnel):
    assert stored_rate("ro-submitted-of-started") == (2, 3, Decimal("66.6667"))
    assert stored_rate("ro-shortlisted-of-submitted") == (2, 3, Decimal("66.6667"))
    assert stored_rate("ro-interviewed-of-shortlisted") == (2, 2, Decimal("100"))
    assert stored_rate("ro-offered-of-interviewed") == (1, 2, Decimal("50"))
    assert stored_rate("ro-started-of-offered") == (1, 1, Decimal("100"))
    # Still in post at 13 weeks (in December) counts for the July to September starters; 26 weeks not yet.
    assert stored_rate("ro-13-weeks-of-starts") == (1, 1, Decimal("100"))
    assert stored_rate("ro-26-weeks-of-starts") == (0, 1, Decimal("0"))
    assert stored_rate("ro-offered-of-interviewed", breakdown="borough", category="ealing") == (0, 1, Decimal("0"))


@pytest.fixture
def sessions():
    """One drop-in held in Brent in July with named and unnamed attendees, and sessions that do not count."""
    amara = resident("brent", ethnic_group="white_irish")
    bola = resident("ealing", "ar")
    chris = resident()
    held = SupportSessionFactory(
        venue=VenueFactory(borough="brent"), starts_at=at(date(2026, 7, 10)), ends_at=at(date(2026, 7, 10), 12)
    )
    first, second = BookingFactory(session=held, resident=amara), BookingFactory(session=held, resident=bola)
    mark(held, False, 0, booking=first)
    mark(held, True, 5, booking=first)  # the latest tap counts: present
    mark(held, True, 0, booking=second)
    mark(held, False, 5, booking=second)  # the latest tap counts: absent
    mark(held, True, 1, walk_in=chris)
    WalkInCount.objects.create(session=held, borough="harrow", language="so", count=3)
    cancelled = SupportSessionFactory(starts_at=at(date(2026, 7, 11)), ends_at=at(date(2026, 7, 11), 12))
    cancelled.cancelled_at = at(date(2026, 7, 1))
    cancelled.save()
    mark(cancelled, True, 0, booking=BookingFactory(session=cancelled, resident=bola))
    SupportSessionFactory(starts_at=at(date(2026, 8, 1)), ends_at=at(date(2026, 8, 1), 12),
                          session_type=SessionType.EMPLOYER_AWARENESS)  # fmt: skip
    SupportSessionFactory(starts_at=at(date(2026, 6, 30)), ends_at=at(date(2026, 6, 30), 12))
    CaseNote.objects.create(resident=bola, text="Talked through a CV.")
    CaseNote.objects.filter(resident=bola).update(created_at=at(date(2026, 9, 2)))
    compute_period("2026-Q3")


def test_sessions_held_exclude_cancelled_employer_and_other_quarters_sessions(sessions):
    assert total("ro-sessions-held") == 1
    assert group("ro-sessions-held", "borough") == {"brent": 1}
    assert group("ro-sessions-held", "language") == {"en": 1, "ar": 1}


def test_attendances_count_the_latest_tap_and_unnamed_walk_ins(sessions):
    assert total("ro-session-attendances") == 1 + 1 + 3
    assert group("ro-session-attendances", "borough") == {"brent": 1, "not_stated": 1, "harrow": 3}
    assert group("ro-session-attendances", "language") == {"en": 2, "so": 3}
    assert group("ro-session-attendances", "ethnic_group") == {"white": 1, "not_stated": 4}


def test_residents_supported_counts_attendees_and_residents_with_a_case_note_once(sessions):
    assert total("ro-residents-supported") == 3 + 3
    assert group("ro-residents-supported", "borough") == {"brent": 1, "ealing": 1, "not_stated": 1, "harrow": 3}
