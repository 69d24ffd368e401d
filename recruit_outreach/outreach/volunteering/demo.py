"""Demo volunteering data: runs after the demo users exist (DEBUG only). Safe to run again."""

import random
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from recruit_outreach.accounts import roles
from recruit_outreach.accounts.demo import DEMO_DOMAIN, demo_email
from recruit_outreach.accounts.models import Consent

from .models import (
    AppointmentRequest,
    Assignment,
    Course,
    DbsLevel,
    HospitalSite,
    Outcome,
    SupportedPerson,
    TrainingRecord,
    Volunteer,
)
from .sites import NW_LONDON_SITES

VOLUNTEERS = [  # first name, languages, boroughs, days until the DBS check is due
    ("Amal", ["English", "Arabic"], ["brent", "harrow"], 400),
    ("Priya", ["English", "Gujarati"], ["harrow", "brent"], 20),
    ("Tomasz", ["English", "Polish"], ["ealing", "hounslow"], 12),
    ("Ioana", ["English", "Romanian"], ["hillingdon", "ealing"], 500),
    ("Hodan", ["English", "Somali"], ["westminster", "kensington_chelsea"], -3),
]
PEOPLE = [("Maryam", "Arabic", "brent", "65-79"), ("Ravi", "Gujarati", "harrow", "80+"),
          ("Zofia", "Polish", "ealing", "45-64"), ("Ahmed", "Somali", "westminster", "25-44")]  # fmt: skip


def _user(email: str, first: str, role: str):
    user, _created = get_user_model().objects.get_or_create(email=email, defaults={"first_name": first})
    user.groups.add(Group.objects.get(name=role))
    return user


def _volunteers() -> list[Volunteer]:
    today, found = timezone.localdate(), []
    for index, (first, languages, boroughs, dbs_days) in enumerate(VOLUNTEERS):
        email = demo_email(roles.VOLUNTEER) if index == 0 else f"volunteer-{first.lower()}@{DEMO_DOMAIN}"
        volunteer, created = Volunteer.objects.get_or_create(
            user=_user(email, first, roles.VOLUNTEER),
            defaults={"languages": languages, "boroughs": boroughs, "dbs_level": DbsLevel.ENHANCED,
                      "dbs_certificate_date": today - timedelta(days=700), "dbs_update_service": index % 2 == 0,
                      "dbs_next_check_due": today + timedelta(days=dbs_days),
                      "availability": ["mon_morning", "tue_morning", "wed_afternoon", "thu_morning", "fri_afternoon"]},
        )  # fmt: skip
        if created:
            for course in Course.values:
                expiry = today + timedelta(days=25 if (index, course) == (3, Course.MANUAL_HANDLING) else 600)
                TrainingRecord.objects.create(
                    volunteer=volunteer, course=course, completed_on=today - timedelta(days=120), expires_on=expiry
                )
        found.append(volunteer)
    return found


def _requests(volunteers: list[Volunteer], rng: random.Random) -> None:
    team = Group.objects.get(name=roles.VOLUNTEER_COORDINATOR)
    # The migration loads these, but a test database flush removes them.
    for trust, name, borough in NW_LONDON_SITES:
        HospitalSite.objects.get_or_create(trust=trust, name=name, defaults={"borough": borough})
    sites = list(HospitalSite.objects.exclude(borough=""))
    results = [Outcome.Result.ATTENDED] * 7 + [Outcome.Result.DID_NOT_ATTEND] * 2 + [Outcome.Result.RESCHEDULED]
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    for index, (first, language, borough, age_band) in enumerate(PEOPLE):
        user = _user(f"supported-{first.lower()}@{DEMO_DOMAIN}", first, roles.RESIDENT)
        person, _ = SupportedPerson.objects.get_or_create(
            user=user, defaults={"name": f"{first} Demo", "phone": f"07700 90000{index}",
                                 "preferred_language": language, "borough": borough, "age_band": age_band},
        )  # fmt: skip
        consent = Consent.objects.create(resident=user, scope=Consent.Scope.HOSPITAL_SUPPORT, team=team,
                                         purpose="Demo: help to get to hospital appointments.")  # fmt: skip
        for month in range(6, -1, -1):
            when = now - timedelta(days=30 * month - rng.randint(0, 20), hours=rng.randint(0, 6))
            request = AppointmentRequest.objects.create(
                person=person, consent=consent, site=rng.choice(sites), appointment_at=when,
                support_needed=rng.choice([["reminder_call"], ["accompany", "language"], ["transport"]]),
                referred_by=rng.choice(AppointmentRequest.Referrer.values),
                reason=rng.choice(AppointmentRequest.Reason.values), created_at=when - timedelta(days=10),
            )  # fmt: skip
            if when > now:
                continue
            volunteer = volunteers[index % 4]
            Assignment.objects.create(request=request, volunteer=volunteer, status=Assignment.Status.ACCEPTED)
            result = rng.choice(results)
            missed = rng.choice(Outcome.MissedReason.values) if result == Outcome.Result.DID_NOT_ATTEND else ""
            Outcome.objects.create(request=request, result=result, missed_reason=missed,
                                   hours=Decimal(rng.choice(["0.5", "2.0", "3.5"])), recorded_at=when)  # fmt: skip
            AppointmentRequest.objects.filter(pk=request.pk).update(status=AppointmentRequest.Status.DONE)


@transaction.atomic
def seed_demo_volunteering() -> bool:
    """Volunteers (some with checks running out) and six months of requests with outcomes. Returns False when
    the demo data is already there."""
    if SupportedPerson.objects.filter(user__email__endswith=f"@{DEMO_DOMAIN}").exists():
        return False
    _requests(_volunteers(), random.Random(11))  # noqa: S311  (demo data, not security)
    return True
