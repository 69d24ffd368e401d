"""Splitting text into words and sentences with character offsets, and stemming words."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

import regex
import snowballstemmer

# A zero-width non-joiner keeps a Persian word whole: "می‌دهم" (I give) is one word, not two.
WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’\-\u200c][\p{L}\p{M}\p{N}]+)*")
# A sentence ends at a full stop, "!" or "?" and the space after it, but not after "e.g.", "i.e.", "Dr." or "St.".
_SENTENCE_END = regex.compile(
    r"(?<!\b(?i:e\.g|i\.e|eg|ie|approx|incl)\.|\b(?:Mr|Mrs|Ms|Dr|St)\.)(?<=[.!?…।؟])[\"'”’)\]]*\s+|\n\s*"
)
_GRAPHEME = regex.compile(r"\X")
# A bullet, "1." / "(a)", or a section number before a capital: "6.1.2  Good spoken English" (not "37.5 hours").
_BULLET = regex.compile(
    r"^\s*(?:[•·●▪◦‣∙*\-–—o]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=\s+\p{Lu}))\s+"
)

_THREAD = threading.local()


def _stemmer():
    """This thread's English stemmer. A Snowball stemmer keeps the word it is working on in itself, so
    threads (gunicorn's, Celery's) must not share one."""
    stemmer = getattr(_THREAD, "stemmer", None)
    if stemmer is None:
        stemmer = _THREAD.stemmer = snowballstemmer.stemmer("english")
    return stemmer


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a line without an ending) and where it sits in the text."""

    text: str
    start: int
    end: int
    paragraph: int


def graphemes(text: str) -> int:
    """Count characters as a reader sees them (extended grapheme clusters)."""
    if text.isascii():
        return len(text.replace("\r\n", "\n"))
    return len(_GRAPHEME.findall(text))


def words(text: str) -> list[str]:
    """The words of ``text`` in order."""
    return WORD.findall(text)


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """Each word with its start and end offsets."""
    return [(match.group(), match.start(), match.end()) for match in WORD.finditer(text)]


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; a line break also ends a sentence, a blank line a paragraph."""
    found: list[Sentence] = []
    paragraph = 0
    start = 0
    for match in _SENTENCE_END.finditer(text):
        _add_sentence(found, text, start, match.start(), paragraph)
        if match.group().count("\n") >= 2:
            paragraph += 1
        start = match.end()
    _add_sentence(found, text, start, len(text), paragraph)
    return found


def _add_sentence(found: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped or not WORD.search(stripped):
        return
    offset = start + piece.index(stripped)
    found.append(Sentence(stripped, offset, offset + len(stripped), paragraph))


def strip_bullet(line: str) -> str:
    """Remove a leading bullet or list number from a line."""
    return _BULLET.sub("", line, count=1).strip()


# A designed PDF's ligatures, which its text gives as one character each ("qualiﬁcations", "ﬂexible").
LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """The English Snowball stem of a lower-cased word."""
    return _stemmer().stemWord(word.lower().replace("’", "'"))


def normalise(text: str) -> str:
    """Lower-case words joined by single spaces, for comparing texts."""
    return " ".join(word.lower() for word in words(text))
