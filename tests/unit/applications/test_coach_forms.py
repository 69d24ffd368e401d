"""The coach's forms: the closing date as day, month and year; criterion levels with real labels; a bad
version posted to the statement step; starting the same job twice."""

import pytest

from django.urls import reverse

from applications.models import Application, Criterion
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ADVERT = """Job title: Ward Clerk
Band: Band 2
Employer: Central and North West London NHS Foundation Trust
Closing date: 30 April 2027

Essential
- Good communication skills
"""


@pytest.fixture
def resident(client):
    user = UserFactory()
    client.force_login(user)
    return user


@pytest.fixture
def application(resident):
    from datetime import date

    application = Application.objects.create(owner=resident, job_title="Porter", closing_date=date(2026, 12, 20))
    Criterion.objects.create(application=application, text="Good communication skills", level="essential")
    return application


def job_data(application, **closing) -> dict:
    criterion = application.criteria.get()
    return {
        "version": application.version, "job_title": "Porter", "band": "", "employer": "", "box_chars": 5000,
        "max_words": "", "max_chars": "", **closing,
        "criteria-TOTAL_FORMS": 2, "criteria-INITIAL_FORMS": 1, "criteria-MIN_NUM_FORMS": 0,
        "criteria-MAX_NUM_FORMS": 40, "criteria-0-id": criterion.pk, "criteria-0-text": criterion.text,
        "criteria-0-level": "essential", "criteria-1-text": "", "criteria-1-level": "essential",
    }  # fmt: skip


def test_the_closing_date_is_day_month_and_year_boxes_in_that_order(client, application):
    page = client.get(reverse("applications:job", args=[application.pk])).content.decode()
    assert 'class="nhsuk-date-input"' in page and 'type="date"' not in page
    day, month, year = (page.index(f'id="id_closing_date_{n}"') for n in range(3))
    assert day < month < year
    assert 'name="closing_date_0" type="text" inputmode="numeric" value="20"' in page
    assert 'name="closing_date_1" type="text" inputmode="numeric" value="12"' in page
    assert 'name="closing_date_2" type="text" inputmode="numeric" value="2026"' in page
    assert "For example, 31 3 2027" in page and "2027-03-31" not in page


@pytest.mark.parametrize(
    ("day", "month", "year", "error"),
    [
        ("31", "2", "2027", "Closing date must be a real date"),
        ("12", "", "2027", "Closing date must include a month"),
        ("1", "5", "27", "Closing date must be a real date"),
        ("x", "5", "2027", "Closing date must be a real date"),
    ],
)
def test_a_wrong_closing_date_says_what_is_wrong(client, application, day, month, year, error):
    data = job_data(application, closing_date_0=day, closing_date_1=month, closing_date_2=year)
    response = client.post(reverse("applications:job", args=[application.pk]), data)
    page = response.content.decode()
    assert response.status_code == 200 and error in page
    assert 'href="#id_closing_date_0"' in page, "the error summary links to the day box"


def test_a_closing_date_is_saved_and_can_be_cleared(client, application):
    target = reverse("applications:job", args=[application.pk])
    client.post(target, job_data(application, closing_date_0="5", closing_date_1="6", closing_date_2="2027"))
    application.refresh_from_db()
    assert str(application.closing_date) == "2027-06-05"
    client.post(target, job_data(application, closing_date_0="", closing_date_1="", closing_date_2=""))
    application.refresh_from_db()
    assert application.closing_date is None


def test_criterion_levels_are_radios_with_real_labels_and_a_blank_row_is_essential(client, application):
    page = client.get(reverse("applications:job", args=[application.pk])).content.decode()
    assert "---------" not in page
    assert page.count('type="radio" value="essential" checked') == 3, "the saved row and both blank rows"
    assert ">Essential</label>" in page and ">Desirable</label>" in page
    data = job_data(application, closing_date_0="", closing_date_1="", closing_date_2="")
    data |= {"criteria-1-text": "Kind to patients"}
    client.post(reverse("applications:job", args=[application.pk]), data)
    assert application.criteria.get(text="Kind to patients").level == "essential"


@pytest.mark.parametrize("extra", [{"rebuild": "1"}, {"statement": "My words."}])
def test_a_bad_version_on_the_statement_step_is_a_clear_error_not_a_crash(client, application, extra):
    response = client.post(reverse("applications:statement", args=[application.pk]), {"version": "abc", **extra})
    assert response.status_code == 400
    assert "This page is out of date" in response.content.decode()
    application.refresh_from_db()
    assert application.version == 1 and not application.statement_edited


def test_starting_the_same_job_twice_offers_the_one_already_started(client, resident):
    client.post(reverse("applications:job_new"), {"advert_text": ADVERT})
    first = Application.objects.get(owner=resident)
    response = client.post(reverse("applications:job_new"), {"advert_text": ADVERT})
    page = response.content.decode()
    assert response.status_code == 200 and Application.objects.filter(owner=resident).count() == 1
    assert "You have already started this application" in page
    assert f'href="{reverse("applications:job", args=[first.pk])}"' in page
    assert 'name="start_anyway"' in page and "Good communication skills" in page, "the advert is kept to start a copy"

    same_job_other_wording = ADVERT.replace("Essential", "Essential criteria")
    again = client.post(reverse("applications:job_new"), {"advert_text": same_job_other_wording})
    assert "You have already started this application" in again.content.decode(), "same title, employer and date"

    copy = client.post(reverse("applications:job_new"), {"advert_text": ADVERT, "start_anyway": "1"})
    assert copy.status_code == 302 and Application.objects.filter(owner=resident).count() == 2


def test_another_residents_application_for_the_same_job_is_not_a_duplicate(client, resident):
    other = UserFactory()
    Application.objects.create(owner=other, advert_text=ADVERT.strip(), job_title="Ward Clerk")
    response = client.post(reverse("applications:job_new"), {"advert_text": ADVERT})
    assert response.status_code == 302


def test_the_character_counter_sentence_comes_translated_with_places_for_the_numbers(client, application):
    from django.utils import translation

    criterion = application.criteria.get()
    with translation.override("ar"):
        page = client.get(reverse("applications:evidence", args=[application.pk, criterion.pk])).content.decode()
    assert 'data-template="الأحرف المستخدمة: {used} من {limit}"' in page
    assert 'data-over="هذا أكثر مما يسمح به المربع."' in page
    assert "%(used)s" not in page and "%%" not in page
