"""Indicators: the definitions every installation starts with, validation of values, and the audit trail of
values that programme admins enter by hand."""

from datetime import date
from decimal import Decimal

import pytest

from django.core.exceptions import ValidationError
from django.urls import reverse

from recruit_outreach.accounts import roles
from recruit_outreach.programmes.definitions import DEFINITIONS, create_missing_indicators
from recruit_outreach.programmes.models import (
    Indicator,
    IndicatorValue,
    IndicatorValueChange,
    Source,
    Unit,
    Workstream,
)

pytestmark = pytest.mark.django_db


def indicator(code: str) -> Indicator:
    return Indicator.objects.get(code=code)


def test_every_workstream_starts_with_its_indicators():
    for workstream in Workstream.values:
        assert Indicator.objects.filter(workstream=workstream).exists(), workstream
    assert Indicator.objects.count() == sum(len(items) for items in DEFINITIONS.values())
    likelihood = indicator("ro-likelihood-ethnicity")
    assert (likelihood.unit, likelihood.target, likelihood.source) == (Unit.RATIO, Decimal("1.00"), Source.COMPUTED)
    assert "Workforce Race Equality Standard indicator 2" in likelihood.definition
    for code in ("ca-people-reached", "col-income-gained", "cp-bme-staff-promoted"):
        assert indicator(code).source == Source.MANUAL
    people_reached = indicator("ca-people-reached")
    assert {"language", "ethnic_group"} <= set(people_reached.breakdowns)
    rate = indicator("ro-shortlisted-of-submitted")
    assert (rate.numerator_label, rate.denominator_label) == ("Shortlisted", "Applications submitted")
    for item in Indicator.objects.all():
        item.full_clean()


def test_creating_the_definitions_again_keeps_an_admins_changes_and_restores_a_missing_one():
    edited = indicator("ca-events")
    edited.target = Decimal(40)
    edited.save()
    Indicator.objects.filter(code="vol-hours").delete()
    assert create_missing_indicators(Indicator) == 1
    assert indicator("ca-events").target == Decimal(40)
    assert indicator("vol-hours").unit == Unit.AMOUNT
    assert create_missing_indicators(Indicator) == 0


def value_errors(**fields) -> dict:
    value = IndicatorValue(**fields)
    try:
        value.full_clean()
    except ValidationError as error:
        return error.message_dict
    return {}


def test_a_rate_is_worked_out_and_its_numerator_cannot_exceed_its_denominator():
    rate = indicator("cp-bme-share-band-8a")
    assert "numerator" in value_errors(indicator=rate, period_start=date(2026, 7, 1), numerator=30, denominator=20)
    assert "denominator" in value_errors(indicator=rate, period_start=date(2026, 7, 1), numerator=3)
    good = IndicatorValue(indicator=rate, period_start=date(2026, 7, 1), numerator=15, denominator=60)
    good.clean()  # as the admin form does, before the value is checked
    assert good.value == Decimal(25)
    good.full_clean()


def test_counts_are_whole_and_not_negative():
    count = indicator("ca-events")
    assert "value" in value_errors(indicator=count, period_start=date(2026, 7, 1), value=Decimal(-1))
    assert "value" in value_errors(indicator=count, period_start=date(2026, 7, 1), value=Decimal("2.5"))
    assert "value" in value_errors(indicator=count, period_start=date(2026, 7, 1))
    assert value_errors(indicator=count, period_start=date(2026, 7, 1), value=Decimal(12)) == {}
    pounds = indicator("col-income-gained")
    assert value_errors(indicator=pounds, period_start=date(2026, 7, 1), value=Decimal("1250.50")) == {}


def test_a_period_starts_on_the_first_day_of_its_month_or_quarter():
    quarterly = indicator("ca-events")
    assert "period_start" in value_errors(indicator=quarterly, period_start=date(2026, 7, 15), value=1)
    assert value_errors(indicator=quarterly, period_start=date(2026, 8, 1), value=1)["period_start"] == [
        "A quarter starts on 1 January, 1 April, 1 July or 1 October."
    ]
    quarterly.period = "month"
    quarterly.save()
    assert value_errors(indicator=quarterly, period_start=date(2026, 8, 1), value=1) == {}


def test_a_group_must_be_an_allowed_breakdown_and_a_known_group():
    reached = indicator("ca-people-reached")
    july = date(2026, 7, 1)
    assert value_errors(indicator=reached, period_start=july, value=9, breakdown="language", category="Somali") == {}
    assert value_errors(indicator=reached, period_start=july, value=9, breakdown="ethnic_group", category="asian") == {}
    assert "category" in value_errors(
        indicator=reached, period_start=july, value=9, breakdown="ethnic_group", category="x"
    )
    assert "category" in value_errors(indicator=reached, period_start=july, value=9, breakdown="language")
    assert "category" in value_errors(indicator=reached, period_start=july, value=9, category="asian")
    assert "breakdown" in value_errors(
        indicator=reached, period_start=july, value=9, breakdown="age_band", category="16_24"
    )


def test_one_value_per_indicator_period_and_group():
    events = indicator("ca-events")
    IndicatorValue.objects.create(indicator=events, period_start=date(2026, 7, 1), value=4)
    assert "__all__" in value_errors(indicator=events, period_start=date(2026, 7, 1), value=5)


@pytest.fixture
def programme_admin(sign_in_staff):
    return sign_in_staff(roles.PROGRAMME_ADMIN, first_name="Priya", last_name="Admin")


def test_a_programme_admin_enters_and_corrects_a_value_and_both_are_in_the_audit_trail(client, programme_admin):
    events = indicator("ca-events")
    form = {"indicator": events.pk, "period_start": "2026-07-01", "breakdown": "", "category": "", "value": "12"}
    response = client.post(reverse("indicatorvalue:add"), form)
    assert response.status_code == 302, response.content.decode()[:2000]
    value = IndicatorValue.objects.get(indicator=events)
    assert (value.value, value.entered_by) == (Decimal(12), programme_admin)

    response = client.post(reverse("indicatorvalue:edit", args=[value.pk]), {**form, "value": "14"})
    assert response.status_code == 302
    changes = list(IndicatorValueChange.objects.order_by("pk").values_list("old_value", "new_value", "changed_by_name"))
    assert changes == [(None, Decimal(12), "Priya Admin"), (Decimal(12), Decimal(14), "Priya Admin")]

    trail = client.get(reverse("indicatorvaluechange:index")).content.decode()
    assert "Priya Admin" in trail and "14.0000" in trail
    assert "Priya Admin" in client.get(reverse("indicatorvalue:history", args=[value.pk])).content.decode()


def test_the_admin_form_refuses_bad_values_and_computed_indicators(client, programme_admin):
    rate = indicator("cp-bme-share-band-8a")
    form = {"indicator": rate.pk, "period_start": "2026-07-01", "numerator": "30", "denominator": "20"}
    response = client.post(reverse("indicatorvalue:add"), form)
    assert response.status_code == 200
    assert "The numerator cannot be more than the denominator." in response.content.decode()
    computed = indicator("ro-job-starts")
    response = client.post(
        reverse("indicatorvalue:add"), {"indicator": computed.pk, "period_start": "2026-07-01", "value": "3"}
    )
    assert response.status_code == 200
    assert not IndicatorValue.objects.exists()
    assert not IndicatorValueChange.objects.exists()


def test_the_audit_trail_cannot_be_written_or_changed_through_the_admin(client, programme_admin):
    response = client.get(reverse("indicatorvaluechange:add"))
    assert response.status_code in (302, 403)
    response = client.get(reverse("indicatorvalue:index"))
    assert response.status_code == 200


def test_a_programme_admin_edits_an_indicator_with_breakdown_checkboxes(client, programme_admin):
    events = indicator("ca-events")
    page = client.get(reverse("indicator:edit", args=[events.pk])).content.decode()
    assert 'name="breakdowns" value="language"' in page and 'type="checkbox"' in page
    data = {
        "code": events.code,
        "name": events.name,
        "definition": events.definition,
        "workstream": events.workstream,
        "unit": events.unit,
        "numerator_label": "",
        "denominator_label": "",
        "direction": "higher",
        "target": "40",
        "period": "quarter",
        "breakdowns": ["borough", "age_band"],
        "source": "manual",
        "sort_order": "0",
    }
    response = client.post(reverse("indicator:edit", args=[events.pk]), data)
    assert response.status_code == 302
    events.refresh_from_db()
    assert (events.target, events.breakdowns) == (Decimal(40), ["borough", "age_band"])


@pytest.mark.parametrize("role", [roles.EDITOR, roles.OUTREACH_WORKER])
def test_other_staff_cannot_reach_the_indicators(client, sign_in_staff, role):
    sign_in_staff(role)
    for name in ("indicator:index", "indicatorvalue:index", "indicatorvaluechange:index"):
        response = client.get(reverse(name))
        assert response.status_code in (302, 403), name
