"""seed_demo's volunteering and employer data: realistic enough to try every page, and safe to run twice."""

import pytest

from django.utils import timezone

from recruit_outreach.accounts.demo import seed_demo_users
from recruit_outreach.outreach.employers.demo import seed_demo_employers
from recruit_outreach.outreach.employers.models import DisabilityConfident, EmployerMember, Pledge
from recruit_outreach.outreach.volunteering.demo import seed_demo_volunteering
from recruit_outreach.outreach.volunteering.models import AppointmentRequest, Outcome
from recruit_outreach.outreach.volunteering.selectors import expiring_checks

pytestmark = pytest.mark.django_db


def test_demo_volunteers_requests_and_employers():
    seed_demo_users("a-demo-password-1")
    assert seed_demo_volunteering() is True and seed_demo_employers() is True
    expiring = {row["volunteer"].user.first_name for row in expiring_checks()}
    assert {"Priya", "Tomasz", "Hodan"} <= expiring  # DBS checks due soon or overdue
    oldest = AppointmentRequest.objects.order_by("appointment_at").first().appointment_at
    assert (timezone.now() - oldest).days >= 150
    results = set(Outcome.objects.values_list("result", flat=True))
    assert {"attended", "did_not_attend"} <= results
    assert DisabilityConfident.objects.count() == 3 and Pledge.objects.count() == 6
    assert EmployerMember.objects.filter(user__email="employer@demo.example.org").exists()
    assert seed_demo_volunteering() is False and seed_demo_employers() is False
