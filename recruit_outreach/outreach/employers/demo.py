"""Demo employers with Disability Confident levels, pledges and awareness sessions (DEBUG only). Safe to run again."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from recruit_outreach.accounts import roles
from recruit_outreach.accounts.demo import demo_email

from ..sessions.models import SessionType, SupportSession
from .models import AwarenessAttendance, DisabilityConfident, Employer, EmployerMember, Pledge

EMPLOYERS = [  # name, sector, borough, size, level, years since start
    ("Northwick Park Hospital (demo)", "nhs", "harrow", "250+", "leader", 1),
    ("Harlesden Medical Centre (demo)", "gp", "brent", "10-49", "committed", 2.9),
    ("Southall Bakery (demo)", "business", "ealing", "1-9", "employer", 2.5),
]


@transaction.atomic
def seed_demo_employers() -> bool:
    """Returns False when the demo employers are already there."""
    if Employer.objects.filter(name=EMPLOYERS[0][0]).exists():
        return False
    today = timezone.localdate()
    awareness = SupportSession.objects.filter(session_type=SessionType.EMPLOYER_AWARENESS).first()
    for index, (name, sector, borough, size, level, years) in enumerate(EMPLOYERS):
        employer, created = Employer.objects.get_or_create(
            name=name, defaults={"sector": sector, "borough": borough, "size_band": size}
        )
        if not created:
            continue
        DisabilityConfident.objects.create(
            employer=employer, level=level, started_on=today - timedelta(days=int(365 * years))
        )
        Pledge.objects.create(employer=employer, kind="interviews", target=10, progress=index * 3)
        Pledge.objects.create(employer=employer, kind="work_experience", target=4, progress=1)
        if awareness:
            AwarenessAttendance.objects.create(employer=employer, session=awareness, staff_attended=5 + index)
    employer_user = get_user_model().objects.filter(email=demo_email(roles.EMPLOYER)).first()
    if employer_user:
        EmployerMember.objects.get_or_create(
            user=employer_user, defaults={"employer": Employer.objects.get(name=EMPLOYERS[1][0])}
        )
    return True
