"""The pseudonymised export: no direct identifier in any column, and keyed pseudonyms that match a person
within one key and differ between keys."""

import csv
import io

import pytest

from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command

from recruit_outreach.outreach.volunteering.export import COLUMNS, support_export_csv
from recruit_outreach.outreach.volunteering.models import Assignment, Outcome, SupportedPersonEthnicGroup
from tests.volunteering_factories import AppointmentRequestFactory, SupportedPersonFactory, VolunteerFactory

pytestmark = pytest.mark.django_db

KEY = b"k" * 40
OTHER_KEY = b"z" * 40


def rows(key: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(support_export_csv(key=key))))


@pytest.fixture
def people():
    fatima = SupportedPersonFactory(
        name="Fatima Hassan", phone="07700 900456", nhs_number="9434765919", user__email="fatima@example.org",
    )  # fmt: skip
    SupportedPersonEthnicGroup.objects.create(person=fatima, ethnic_group="black")
    john = SupportedPersonFactory(name="John Okoro", phone="020 8123 4567", user__email="john.okoro@example.org")
    first = AppointmentRequestFactory(person=fatima)
    AppointmentRequestFactory(person=fatima, clinic="Eye clinic, room 12")
    AppointmentRequestFactory(person=john)
    assignment = Assignment.objects.create(request=first, volunteer=VolunteerFactory(), status="accepted")
    Outcome.objects.create(request=first, result="did_not_attend", missed_reason="transport", hours=1)
    return [fatima, john], assignment


def identifiers(person) -> list[str]:
    user = person.user
    digits = "".join(ch for ch in person.phone if ch.isdigit())
    found = [person.name, *person.name.split(), user.email, digits, person.phone, person.nhs_number, user.first_name]
    return [value for value in found if value and len(value) > 2]


def test_no_column_holds_a_direct_identifier(people):
    persons, assignment = people
    exported = rows(KEY)
    assert len(exported) == 3 and tuple(exported[0]) == COLUMNS
    forbidden = [value.casefold() for person in persons for value in identifiers(person)]
    forbidden += [str(assignment.volunteer.user.email).casefold(), "room 12", KEY.decode()]
    for row in exported:
        for column, cell in row.items():
            for value in forbidden:
                assert value not in cell.casefold(), f"{column} holds {value!r}"
    assert {"name", "phone", "email", "nhs_number", "clinic"}.isdisjoint(COLUMNS)


def test_the_same_person_gets_the_same_pseudonym_under_one_key(people):
    under_key = rows(KEY)
    fatima_rows = [row for row in under_key if row["ethnic_group"] == "black"]
    assert len(fatima_rows) == 2 and fatima_rows[0]["person_pseudonym"] == fatima_rows[1]["person_pseudonym"]
    assert len({row["person_pseudonym"] for row in under_key}) == 2
    assert rows(KEY) == under_key  # stable across runs
    under_other = {row["person_pseudonym"] for row in rows(OTHER_KEY)}
    assert under_other.isdisjoint({row["person_pseudonym"] for row in under_key})


def test_the_outcome_and_consented_ethnic_group_are_exported(people):
    exported = rows(KEY)
    first = exported[0]
    assert (first["outcome"], first["did_not_attend_reason"], first["volunteer_hours"]) == (
        "did_not_attend",
        "transport",
        "1.0",
    )
    assert first["age_band"] == "65-79" and first["borough"] == "brent"
    assert exported[2]["ethnic_group"] == ""  # not given


def test_without_a_key_there_is_no_export(settings, people):
    settings.PSEUDONYM_KEY = ""
    with pytest.raises(ImproperlyConfigured):
        support_export_csv()
    with pytest.raises(CommandError, match="PSEUDONYM_KEY"):
        call_command("export_hospital_support")


def test_the_command_prints_the_csv_with_the_key_from_settings(settings, people, capsys):
    settings.PSEUDONYM_KEY = KEY.decode()
    call_command("export_hospital_support")
    assert capsys.readouterr().out == support_export_csv(key=KEY)
