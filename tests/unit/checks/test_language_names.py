"""Languages named in an answer, in the site's languages, against the languages a criterion asks for."""

from __future__ import annotations

import pytest

from applications.checks import Criterion, check_answers
from applications.checks.language_names import named, only_others_named
from tests.unit.checks.builders import status_of


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("Mówię po polsku, rosyjsku i trochę po włosku.", {"polish", "russian", "italian"}),
        ("Falo português e um pouco de francês.", {"portuguese", "french"}),
        ("میں اردو، پنجابی اور تھوڑی سی پشتو بولتا ہوں۔", {"urdu", "punjabi", "pashto"}),
        ("ਮੈਂ ਗੁਜਰਾਤੀ ਅਤੇ ਹਿੰਦੀ ਬੋਲਦੀ ਹਾਂ।", {"gujarati", "hindi"}),
        ("Waxaan ku hadlaa Soomaali iyo Carabi.", {"somali", "arabic"}),
        ("நான் தமிழ் மற்றும் ஆங்கிலம் பேசுவேன்.", {"tamil"}),
        # Tamil names with a case ending after them: "Tamil and Sinhala too", "Polish too"
        ("எனக்குத் தமிழும் கொஞ்சம் சிங்களமும் தெரியும்.", {"tamil", "sinhala"}),
        ("நான் போலிஷும் பேசுவேன்.", {"polish"}),
        # "twice" is no Twi, and a plain sentence names no language
        ("I went twice a week to the day centre.", set()),
        # an English name is read as the word is written: "polishing" is no Polish, "Polish" is
        ("I cleaned and polished the floors in the Polish club.", {"polish"}),
        ("I speak Tagalog, and some Cantonese from my old job.", {"tagalog", "cantonese"}),
    ],
)
def test_languages_are_named_in_the_sites_languages(text: str, languages: set[str]) -> None:
    assert named(text) == languages


def test_only_other_languages_named_where_certain_ones_are_asked() -> None:
    assert only_others_named("Speaks Somali, Arabic or Tigrinya", "Vorbesc română și engleză.")
    assert not only_others_named("Speaks Somali, Arabic or Tigrinya", "Waxaan ku hadlaa Soomaali.")
    # a list left open takes any language, and an answer naming none is judged otherwise
    assert not only_others_named("Speaks Arabic or another community language", "Falo português.")
    assert not only_others_named("Speaks Somali, Arabic or Tigrinya", "Mówię bardzo dobrze.")
    # a language others are kinds of is met by them; signing is a language of its own
    assert not only_others_named("Speaks Chinese", "I speak Mandarin with my parents.")
    assert only_others_named("Speaks Mandarin", "I speak Cantonese with my parents.")
    assert only_others_named("British Sign Language Level 1", "I learnt some Arabic sign language from my cousin.")


def test_an_answer_naming_only_other_languages_is_not_yet_evidence() -> None:
    asked = Criterion("Speaks Urdu, Bengali or Somali")
    # "My mother tongue is Polish, and I also speak Russian well."
    answer = "Moim językiem ojczystym jest polski, a dobrze mówię też po rosyjsku."
    assert status_of(check_answers([(asked, answer)], language="pl"), asked) == "missing"
    # "My mother tongue is Somali, and I also speak Arabic well."
    answer = "Afkayga hooyo waa Soomaali, Carabigana si fiican ayaan ugu hadlaa."
    assert status_of(check_answers([(asked, answer)], language="so"), asked) == "covered"
