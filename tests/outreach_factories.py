"""Factories for outreach sessions: a venue, a session starting in three days, bookings."""

from datetime import timedelta

import factory

from django.utils import timezone

from recruit_outreach.accounts.models import Borough
from recruit_outreach.outreach.models import Booking, SessionType, SupportSession, Venue, WaitingListEntry

from .factories import UserFactory


class VenueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Venue

    name = factory.Sequence(lambda n: f"Community Library {n}")
    address = "1 High Road\nLondon NW10 1AA"
    borough = Borough.BRENT
    step_free_access = True
    getting_there = "Willesden Green station, buses 52 and 98"


class SupportSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SupportSession

    session_type = SessionType.DROP_IN
    venue = factory.SubFactory(VenueFactory)
    starts_at = factory.LazyFunction(lambda: (timezone.now() + timedelta(days=3)).replace(microsecond=0))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=2))
    capacity = 2
    languages = factory.LazyFunction(lambda: ["en", "ar"])
    description = "Help with NHS job applications."


class BookingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Booking

    session = factory.SubFactory(SupportSessionFactory)
    resident = factory.SubFactory(UserFactory)


class WaitingListEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WaitingListEntry

    session = factory.SubFactory(SupportSessionFactory)
    resident = factory.SubFactory(UserFactory)
