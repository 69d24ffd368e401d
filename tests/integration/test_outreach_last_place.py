"""Two residents take the last place at the same moment on PostgreSQL: one gets it, the other is told it is full."""

import os
import threading

import pytest

from django.core.exceptions import ValidationError
from django.db import connection, connections

from recruit_outreach.outreach.models import Booking
from recruit_outreach.outreach.sessions.services import session_book
from tests.factories import UserFactory
from tests.outreach_factories import BookingFactory, SupportSessionFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def postgresql(db):
    """PostgreSQL only; the confirmation emails are sent in-process (no worker is listening here)."""
    from recruit_outreach.celery import app

    if connection.vendor != "postgresql":
        message = "set DATABASE_URL=postgres://... to run the concurrent booking test"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous


def _race(targets: list) -> list[str]:
    """Run each target in its own thread (so its own database connection), released together."""
    start = threading.Barrier(len(targets))
    outcomes: list[str] = []

    def run(target):
        try:
            start.wait()
            target()
            outcomes.append("booked")
        except ValidationError as error:
            outcomes.append(error.code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(target,)) for target in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return sorted(outcomes)


def test_two_people_taking_the_last_place_at_once_never_overbook(postgresql):
    session = SupportSessionFactory(capacity=2)
    BookingFactory(session=session)
    first, second = UserFactory(), UserFactory()

    outcomes = _race(
        [lambda: session_book(session=session, resident=first), lambda: session_book(session=session, resident=second)]
    )

    assert outcomes == ["booked", "full"]
    assert Booking.objects.live().filter(session=session).count() == 2


def test_one_person_pressing_book_twice_at_once_gets_one_place(postgresql):
    session = SupportSessionFactory(capacity=5)
    resident = UserFactory()

    outcomes = _race([lambda: session_book(session=session, resident=resident)] * 2)

    assert outcomes == ["already_booked", "booked"]
    assert Booking.objects.filter(session=session, resident=resident).count() == 1
