"""Better Impact's rule: qualifications gate assignment (pure functions), and NHS number validation."""

from datetime import date, datetime

import pytest

from django.core.exceptions import ValidationError

from recruit_outreach.outreach.volunteering.models import Course, DbsLevel, SupportKind
from recruit_outreach.outreach.volunteering.nhs_number import nhs_number_clean, nhs_number_display
from recruit_outreach.outreach.volunteering.qualifications import (
    VolunteerFacts,
    assignment_blockers,
    match_score,
    slot_for,
)

ON = date(2026, 6, 1)
ALL_COURSES = {course: date(2027, 1, 1) for course in Course.values}


def facts(**changes) -> VolunteerFacts:
    values = {
        "dbs_level": DbsLevel.ENHANCED,
        "dbs_next_check_due": date(2027, 1, 1),
        "training": ALL_COURSES,
        "languages": ("English", "Arabic"),
    }
    return VolunteerFacts(**{**values, **changes})


def test_a_fully_qualified_volunteer_can_be_assigned():
    assert assignment_blockers(facts(), support=[SupportKind.ACCOMPANY], on=ON, person_language="arabic") == []


def test_an_expired_dbs_check_blocks_assignment_and_says_when_it_was_due():
    reasons = assignment_blockers(
        facts(dbs_next_check_due=date(2026, 5, 31)), support=[SupportKind.REMINDER_CALL], on=ON
    )
    assert reasons == ["Their DBS check was due on 2026-05-31."]


def test_no_dbs_check_blocks_assignment():
    assert assignment_blockers(facts(dbs_level=""), support=[SupportKind.REMINDER_CALL], on=ON) == [
        "No DBS check is recorded."
    ]


def test_going_with_someone_needs_an_enhanced_check():
    reasons = assignment_blockers(facts(dbs_level=DbsLevel.BASIC), support=[SupportKind.ACCOMPANY], on=ON)
    assert reasons == ["Going with someone or helping with transport needs an enhanced DBS check."]
    assert assignment_blockers(facts(dbs_level=DbsLevel.BASIC), support=[SupportKind.REMINDER_CALL], on=ON) == []


def test_missing_training_blocks_assignment():
    training = {c: d for c, d in ALL_COURSES.items() if c != Course.SAFEGUARDING_ADULTS}
    reasons = assignment_blockers(facts(training=training), support=[SupportKind.REMINDER_CALL], on=ON)
    assert reasons == ["No Safeguarding adults training is recorded."]


def test_expired_training_blocks_assignment():
    training = {**ALL_COURSES, Course.INFORMATION_GOVERNANCE: date(2026, 5, 1)}
    reasons = assignment_blockers(facts(training=training), support=[SupportKind.REMINDER_CALL], on=ON)
    assert reasons == ["Their Information governance training ran out on 2026-05-01."]


def test_not_trained_for_the_support_asked_for():
    training = {c: d for c, d in ALL_COURSES.items() if c != Course.MANUAL_HANDLING}
    assert assignment_blockers(facts(training=training), support=[SupportKind.REMINDER_CALL], on=ON) == []
    reasons = assignment_blockers(facts(training=training), support=[SupportKind.TRANSPORT], on=ON)
    assert reasons == ["No Manual handling training is recorded."]


def test_language_support_needs_the_persons_language():
    reasons = assignment_blockers(facts(), support=[SupportKind.INTERPRETER], on=ON, person_language="Somali")
    assert reasons == ["They do not speak Somali."]


def test_every_reason_is_given_at_once():
    reasons = assignment_blockers(
        facts(dbs_level="", training={}), support=[SupportKind.LANGUAGE], on=ON, person_language="Tamil"
    )
    assert len(reasons) == 5  # DBS, three courses everyone needs, and the language


def test_matching_ranks_language_then_borough_then_availability():
    tuesday_morning = datetime(2026, 6, 2, 10, 30)
    assert slot_for(tuesday_morning) == "tue_morning"
    common = {"person_language": "Arabic", "borough": "brent", "moment": tuesday_morning}
    best = match_score(languages=["Arabic"], boroughs=["brent"], availability=["tue_morning"], **common)
    language_only = match_score(languages=["arabic"], boroughs=[], availability=[], **common)
    borough_and_time = match_score(languages=["English"], boroughs=["brent"], availability=["tue_morning"], **common)
    assert best == 7 and language_only == 4 and borough_and_time == 3


@pytest.mark.parametrize("typed", ["9434765919", "943 476 5919", "943-476-5919"])
def test_a_valid_nhs_number_is_kept_as_ten_digits(typed):
    assert nhs_number_clean(typed) == "9434765919"
    assert nhs_number_display("9434765919") == "943 476 5919"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("9434765918", "checksum"), ("943476591", "length"), ("94347659190", "length"), ("94347659AB", "format")],
)
def test_an_nhs_number_with_a_wrong_check_digit_or_length_is_refused(typed, code):
    with pytest.raises(ValidationError) as error:
        nhs_number_clean(typed)
    assert error.value.code == code
