"""Factories for volunteering: a fully trained volunteer with an in-date enhanced DBS, and a request."""

from datetime import timedelta

import factory

from django.contrib.auth.models import Group
from django.utils import timezone

from recruit_outreach.accounts import roles
from recruit_outreach.accounts.models import Borough, Consent
from recruit_outreach.outreach.volunteering.models import (
    AppointmentRequest,
    Course,
    DbsLevel,
    HospitalSite,
    SupportedPerson,
    SupportKind,
    TrainingRecord,
    Volunteer,
)

from .factories import UserFactory


def in_days(days: int):
    return timezone.localdate() + timedelta(days=days)


class VolunteerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Volunteer
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory, roles=[roles.VOLUNTEER])
    phone = "07700 900123"
    languages = factory.LazyFunction(lambda: ["English", "Arabic"])
    boroughs = factory.LazyFunction(lambda: [Borough.BRENT])
    availability = factory.LazyFunction(lambda: [])
    dbs_level = DbsLevel.ENHANCED
    dbs_certificate_date = factory.LazyFunction(lambda: in_days(-300))
    dbs_next_check_due = factory.LazyFunction(lambda: in_days(400))

    @factory.post_generation
    def trained(self, create, extracted, **kwargs):
        """Every course, in date, unless the test passes the list of courses to record."""
        courses = Course.values if extracted is None else extracted
        for course in courses:
            TrainingRecord.objects.create(
                volunteer=self, course=course, completed_on=in_days(-30), expires_on=in_days(700)
            )


class SupportedPersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SupportedPerson

    user = factory.SubFactory(UserFactory, roles=[roles.RESIDENT])
    name = "Fatima Hassan"
    phone = "07700 900456"
    preferred_language = "Arabic"
    borough = Borough.BRENT
    age_band = "65-79"


class AppointmentRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AppointmentRequest

    person = factory.SubFactory(SupportedPersonFactory)
    consent = factory.LazyAttribute(
        lambda o: Consent.objects.create(
            resident=o.person.user,
            scope=Consent.Scope.HOSPITAL_SUPPORT,
            team=Group.objects.get(name=roles.VOLUNTEER_COORDINATOR),
            purpose="Help to get to hospital appointments.",
        )
    )
    # get_or_create: a transactional test's flush removes the hospitals the data migration loaded.
    site = factory.LazyFunction(
        lambda: HospitalSite.objects.get_or_create(
            trust="London North West University Healthcare NHS Trust",
            name="Central Middlesex Hospital",
            defaults={"borough": Borough.BRENT},
        )[0]
    )
    appointment_at = factory.LazyFunction(lambda: (timezone.now() + timedelta(days=5)).replace(microsecond=0))
    support_needed = factory.LazyFunction(lambda: [SupportKind.ACCOMPANY])
    referred_by = AppointmentRequest.Referrer.GP
    reason = AppointmentRequest.Reason.MISSED_BEFORE
