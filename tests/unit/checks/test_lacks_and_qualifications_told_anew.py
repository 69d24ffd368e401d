"""Wizard answers that say no, stop part way or offer less than asked, told in ways the rules missed until
held-back sets 123 to 126; a qualification named in another language in a few words; a Persian word written with
a zero-width non-joiner counted once. Sentences here are written for these tests, not taken from the evaluation
corpora."""

from __future__ import annotations

import pytest

from applications.checks import Criterion, check_answers
from applications.checks.text import words
from tests.unit.checks.builders import status_of


@pytest.mark.parametrize(
    ("criterion", "answer"),
    [
        # a bare "Not really." opening the answer, then what is near
        (
            "Experience of caring for people with pressure sores or wounds",
            "Not really. The nurses on the first floor look after anyone with a sore, and I work downstairs with the "
            "residents who are well.",
        ),
        (
            "Speaks Urdu or Punjabi",
            "I can say hello and count to ten in Urdu from my neighbours, but I couldn't really have a conversation "
            "with a patient.",
        ),
        (
            "Level 2 qualification in customer service",
            "I began the Level 2 certificate in customer service at Harrow College in 2023, but I'd only done three "
            "units when my shifts changed.",
        ),
        (
            "NVQ Level 3 in business administration",
            "I signed up for an evening NVQ in business admin at the college in Southall, and they closed the course "
            "after a month because too few people joined.",
        ),
        (
            "Speaks a second language used locally, such as Polish or Somali",
            "Only school French, I'm afraid. I can order a coffee and ask the way to the station.",
        ),
        (
            "AAT Level 2 or an equivalent bookkeeping qualification",
            "I started an AAT course in bookkeeping last year. After two months my hours at work went up, so I had to "
            "drop it.",
        ),
        (
            "Experience of using an electronic booking system",
            "At the dental surgery I booked every patient in for their check-ups. My employer didn't have a booking "
            "system on the computer, so we wrote each one in a big diary.",
        ),
        (
            "Experience of leading group activities",
            "Each Friday the practice nurse took a walking group round Gunnersbury Park, and I walked at the back with "
            "the slowest walkers while she led it.",
        ),
    ],
)
def test_a_no_a_course_stopped_part_way_or_a_missing_system_is_not_yet(criterion: str, answer: str) -> None:
    asked = Criterion(criterion)
    report = check_answers([(asked, answer)])
    assert status_of(report, asked) == "missing"
    assert "criteria.not_yet" in report.codes(), report.codes()


def test_fewer_evenings_a_week_than_asked_is_hours_ruled_out() -> None:
    asked = Criterion("Able to work until 8pm on three evenings a week")
    answer = (
        "I can stay until eight on two evenings a week, Monday and Wednesday, when my sister collects the children."
    )
    report = check_answers([(asked, answer)])
    assert status_of(report, asked) == "missing"
    assert "criteria.hours_ruled_out" in report.codes(), report.codes()


@pytest.mark.parametrize(
    ("criterion", "answer"),
    [
        # as many evenings as asked, or more
        (
            "Able to work until 8pm on two evenings a week",
            "I can stay until eight on two evenings a week, Tuesday and Thursday, as my husband is home then.",
        ),
        # a bare "No" to one question, then the evidence: only an opening "No." on its own says no
        (
            "Experience of working with people who have a learning disability",
            "For three years I supported Sam, a young man with Down's syndrome, at his day centre in Acton. I helped "
            "him plan his week with pictures, and no, he never missed his swimming again.",
        ),
    ],
)
def test_answers_that_meet_the_criterion_still_count(criterion: str, answer: str) -> None:
    asked = Criterion(criterion)
    assert status_of(check_answers([(asked, answer)]), asked) == "covered"


@pytest.mark.parametrize(
    ("criterion", "language", "answer"),
    [
        # I have a bachelor's degree in accounting from the University of Tabriz.
        ("A qualification in finance or business administration", "fa", "لیسانس حسابداری از دانشگاه تبریز دارم."),
        # I have had my baccalaureate diploma since 2015.
        ("Educated to A level standard or equivalent", "ro", "Am diplomă de bacalaureat din 2015."),
        # I have a degree in economics from Lahore.
        ("A degree or equivalent qualification", "ur", "میرے پاس لاہور سے معاشیات کی ڈگری ہے۔"),
    ],
)
def test_a_qualification_named_in_another_language_is_told_in_a_few_words(
    criterion: str, language: str, answer: str
) -> None:
    asked = Criterion(criterion)
    assert status_of(check_answers([(asked, answer)], language=language), asked) == "covered"


def test_a_persian_word_with_a_zero_width_non_joiner_is_one_word() -> None:
    assert words("کارهایم را به‌موقع تحویل می‌دهم") == ["کارهایم", "را", "به‌موقع", "تحویل", "می‌دهم"]


def test_a_persian_claim_is_not_made_long_by_its_joined_words() -> None:
    deadlines = Criterion("Able to manage several tasks at once and meet deadlines")
    # I am very careful and always hand in my work on time and without mistakes.
    answer = "من خیلی دقیق هستم و همیشه کارهایم را به‌موقع و بی‌اشتباه تحویل می‌دهم."
    assert status_of(check_answers([(deadlines, answer)], language="fa"), deadlines) == "missing"
