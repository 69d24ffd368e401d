"""Coverage rules written after held-back set 2: meaning alone for a real example, a bare claim in the wizard,
a stated lack in other words, a relative or a denial in Arabic, and a qualification criterion that needs a
qualification named. Sentences here are written for these tests, not taken from the corpora."""

from __future__ import annotations

import pytest

from applications.checks import Criterion, check_answers, check_text
from applications.checks.experience import Voice, voice, voice_in
from applications.checks.matching import _matches, key_terms, sentence_keys
from applications.checks.text import sentences
from tests.unit.checks.builders import status_of

HYGIENE = Criterion("Level 2 certificate in food hygiene")
CALM = Criterion("Able to stay calm with upset callers")
STOCK = Criterion("Able to use a handheld scanner for stock checks")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I never used a till with a card reader.", Voice.LACK),
        ("I never worked nights, but I am an early riser.", Voice.LACK),
        ("Spelling was never my strong point.", Voice.LACK),
        ("Science is not really my subject.", Voice.LACK),
        ("I never share a customer's address with anyone.", Voice.OWN),  # a habit, not a lack
        ("I never had a single complaint in four years.", Voice.OWN),  # a clean record
        ("I am applying for the post of kitchen porter.", Voice.WISH),
        ("This letter is to apply for the cleaner's job on Ward 4.", Voice.WISH),
        ("I am booked on a first aid at work course at the Red Cross next month.", Voice.WISH),
        ("I have been offered a place on the Level 3 diploma at Harrow College.", Voice.WISH),
        ("I've got a place on a forklift course starting after Easter.", Voice.WISH),
        ("I got a place on the team in 2019 and stayed four years.", Voice.OWN),  # a job, not a course to come
        ("I cant do nights at the moment because of my son.", Voice.LACK),
        ("My wife speaks Polish but I only know the greetings.", Voice.LACK),
        ("I can do nights and weekends.", Voice.OWN),
        ("I havent done the exam yet but I watched the videos.", Voice.LACK),  # written without apostrophes
        ("I dont know the booking system yet.", Voice.LACK),
        ("My grandson works on the tills at the hospital shop.", Voice.SOMEONE_ELSE),
        ("I taught my grandson to ride a bike.", Voice.OWN),
    ],
)
def test_other_ways_of_saying_a_lack_or_a_wish(sentence: str, expected: Voice) -> None:
    assert voice(sentence) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("أختي تعمل ممرضة في مستشفى كبير منذ عشر سنوات.", Voice.SOMEONE_ELSE),  # my sister works as a nurse
        ("وزوجي يقود شاحنة كل يوم.", Voice.SOMEONE_ELSE),  # and my husband drives a lorry
        ("لم أعمل في مطبخ من قبل.", Voice.LACK),  # I have not worked in a kitchen before
        ("ما أعرف هذا البرنامج.", Voice.LACK),  # I don't know this program
        ("عندما لا يفهم الزبون ما أقول، أشرح له ببطء.", Voice.OWN),  # "ما" as "what", not a denial
        ("ساعدت أختي في متجرها كل سبت.", Voice.OWN),  # I helped my sister: she is the object
    ],
)
def test_arabic_sentences_name_a_relative_or_a_denial(sentence: str, expected: Voice) -> None:
    assert voice_in(sentence, "ar") is expected


def test_an_arabic_answer_about_a_relatives_work_is_not_the_residents_evidence() -> None:
    brother = "أخي يعمل في مخزن كبير ويستخدم الماسح الضوئي كل يوم لعد البضاعة على الرفوف."
    own = "أعمل في مخزن كبير وأستخدم الماسح الضوئي كل يوم لعد البضاعة على الرفوف منذ سنتين."
    assert status_of(check_answers([(STOCK, brother)], language="ar"), STOCK) == "missing"
    assert status_of(check_answers([(STOCK, own)], language="ar"), STOCK) == "covered"


def test_an_arabic_answer_that_denies_the_experience_is_not_yet() -> None:
    answer = "لم أستخدم الماسح الضوئي من قبل، لكنني مستعدة أن أتعلم بسرعة في أول أسبوع."
    report = check_answers([(STOCK, answer)], language="ar")
    assert status_of(report, STOCK) == "missing"
    assert "criteria.not_yet" in report.codes()


def test_a_bare_claim_in_the_wizard_is_not_an_example_but_a_recurring_situation_is() -> None:
    claim = "I am very good at keeping calm and I stay relaxed with upset callers."
    habit = "When a caller is upset I let them finish, I repeat what they asked and I tell them what happens next."
    assert status_of(check_answers([(CALM, claim)]), CALM) == "missing"
    assert status_of(check_answers([(CALM, habit)]), CALM) == "covered"


def test_a_qualification_criterion_needs_a_qualification_named() -> None:
    grade = "I got an A in chemistry and biology at my secondary school in Lagos before I came here."
    held = "I passed my Level 2 food hygiene certificate at Harrow College in 2021 and renew it every three years."
    assert status_of(check_answers([(HYGIENE, grade)]), HYGIENE) == "missing"
    assert status_of(check_answers([(HYGIENE, held)]), HYGIENE) == "covered"
    others = [HYGIENE, CALM, STOCK]
    course = "I did a short course about food and hygiene at college. I worked in a café kitchen for a year."
    assert status_of(check_text(course, "statement", others), HYGIENE) == "missing"
    named = "I hold a food hygiene certificate from college. I worked in a café kitchen for a year."
    assert status_of(check_text(named, "statement", others), HYGIENE) == "covered"


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("At the depot I shifted parcels weighing 18 kilos onto the cages.", True),  # own, done, specific
        ("Parcels weighing 18 kilos are shifted onto the cages.", False),  # nobody's example
        ("My brother shifted parcels weighing 18 kilos onto the cages.", False),  # someone else's
    ],
)
def test_meaning_without_a_shared_word_counts_only_for_a_real_example_of_ones_own(sentence: str, counts: bool) -> None:
    terms = key_terms("Able to lift and carry boxes")
    keys = sentence_keys(sentences(sentence))[0]
    assert _matches(terms, keys, {}, close=True, strong=True) is counts
    assert _matches(terms, keys, {}, close=True, strong=False) is False  # no shared word: meaning must be strong


def test_a_certificate_told_by_its_term_or_its_standards_is_named() -> None:
    first_aid, care = Criterion("Paediatric first aid certificate"), Criterion("Care Certificate")
    others = [
        Criterion("Able to lift patients safely"),
        Criterion("Good written English"),
        Criterion("Able to use a computer"),
    ]
    text = (
        "Last spring I finished a one-day course in first aid for babies and toddlers with the Red Cross, and it is "
        "valid until 2029.\n\nWhen I joined the agency I worked through all fifteen national standards for new carers, "
        "and my manager signed me off in June."
    )
    report = check_text(text, "statement", [first_aid, care, *others])
    assert [row.status for row in report.criteria[:2]] == ["covered", "covered"]
    # A course with no sign of a certificate is still not one.
    talk = check_text(
        "I went to a first aid talk at my son's school last year.", "statement", [first_aid, care, *others]
    )
    assert talk.criteria[0].status == "missing"
    # The Care Certificate is an induction: it is not the Level 3 diploma a criterion asks for.
    diploma = Criterion("Level 3 Diploma in Health and Social Care")
    induction = check_text(text, "statement", [diploma, care, *others])
    assert [row.status for row in induction.criteria[:2]] == ["missing", "covered"]


def test_a_school_front_office_is_administrative_work() -> None:
    office = Criterion("Experience of working in an office or administrative role")
    answer = (
        "For three years I have been on the front window of a secondary school in Acton. I send out letters to "
        "parents, take payments for trips and keep the visitors' book."
    )
    assert status_of(check_answers([(office, answer)]), office) == "covered"
