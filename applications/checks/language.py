"""Checks on the words themselves: length, reading age, long sentences, jargon, repeats, values, examples."""

from __future__ import annotations

import functools
import threading

import regex
from textstat.textstat import textstatistics

from .i18n import _
from .models import Finding, Limits
from .syllables import use_fast_pronunciations
from .text import WORD, Sentence, graphemes, stem, words

LONG_SENTENCE_WORDS = 25
_LOCAL = threading.local()
# Languages with a grade-level formula in textstat 0.7.8; Flesch-Kincaid is calibrated for English.
GRADE_FORMULAS = frozenset({"en"})


def _statistics() -> textstatistics:
    stats = getattr(_LOCAL, "stats", None)
    if stats is None:
        use_fast_pronunciations()
        stats = textstatistics()
        stats.set_lang("en")
        stats.set_rounding_points(None)
        _LOCAL.stats = stats
    return stats


# py3langid knows every language of the site except Somali, which it cannot tell apart, and the other languages
# residents here often write in (Bengali, Hindi, Turkish, Spanish, French, Italian, Russian, Bulgarian,
# Lithuanian): without them, a Bengali answer was read as the nearest of the site's languages, English.
_DETECTABLE = (
    "en",
    "ro",
    "gu",
    "pa",
    "pl",
    "ar",
    "ta",
    "pt",
    "ur",
    "fa",
    "bn",
    "hi",
    "tr",
    "es",
    "fr",
    "it",
    "ru",
    "bg",
    "lt",
)
_MIN_WORDS_TO_DETECT = 8
# Somali, which py3langid does not know (it read "Maya, weligay kama shaqayn isbitaal" as Turkish), is told by
# its own small words: "waxaan" (I ... focus), "iyo" (and), "ayaa", "waa", "oo", "ee" and the like. A text is
# Somali when at least three different ones make up one word in seven.
_SOMALI_WORDS = frozenset(
    ("waxaan", "waxaanan", "waxay", "wuxuu", "waxaad", "iyo", "ayaa", "ayuu", "ayay", "ayaan", "waa", "waan", "baan",
     "baa", "buu", "bay", "oo", "ee", "ku", "ka", "kuma", "kama", "uma", "aan", "inaan", "inay", "laakiin", "hadda",
     "haddii", "markii", "sidoo", "kale", "weli", "ah", "ahaa", "ahay", "ahaan", "tahay", "yahay", "ii", "igu",
     "iga", "lagu", "ugu", "wax", "ay", "uu", "kasta",
     # "I never ...", "I myself", "many", "only", "when they": short answers of denial read as Turkish without them
     "ma", "weligay", "anigu", "aniga", "marna", "badan", "keliya", "markay", "markaan", "waxaa", "ilaa")
)  # fmt: skip
_SOMALI_SHARE = 0.15


def _looks_somali(tokens: list[str]) -> bool:
    small = [token for token in (t.lower() for t in tokens) if token in _SOMALI_WORDS]
    return len(small) >= _SOMALI_SHARE * len(tokens) and len(set(small)) >= 3  # noqa: PLR2004


@functools.cache
def _identifier():
    """Our own identifier, limited to the site's languages, loaded once (py3langid's shared one is global)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(_DETECTABLE))
    return identifier


def detect_language(text: str, fallback: str = "en") -> str:
    """The language a text is written in, among the site's languages; ``fallback`` for short texts.

    A resident using the site in Arabic may well write their statement in English, so the checks follow
    the text, not the interface.
    """
    tokens = words(text)
    if len(tokens) < _MIN_WORDS_TO_DETECT:
        return fallback
    if _looks_somali(tokens[:2000]):
        return "so"
    language, _score = _identifier().classify(text[:20_000])
    return language


def reading_age(items: list[Sentence], language: str) -> float | None:
    """UK reading age (US grade + 5, Flesch-Kincaid via textstat) or None where no formula fits."""
    if language.split("-")[0].lower() not in GRADE_FORMULAS or not items:
        return None
    joined = " ".join(s.text if s.text[-1:] in ".!?" else s.text + "." for s in items)
    if not WORD.search(joined):
        return None
    grade = _statistics().flesch_kincaid_grade(joined)
    return round(max(grade, 0.0) + 5, 1)


def length_findings(
    text: str, word_count: int, sections: list[tuple[int, int]], limits: Limits, kind: str
) -> list[Finding]:
    """Over, near and under the word and character limits (characters as a reader sees them)."""
    findings: list[Finding] = []
    chars = graphemes(text)
    checks: list[tuple[int, int, str, tuple[int, int] | None]] = []
    if limits.max_chars:
        checks.append((chars, limits.max_chars, "characters", None))
    if limits.max_words:
        checks.append((word_count, limits.max_words, "words", None))
    if limits.box_chars and kind == "statement" and not limits.max_chars:
        for start, end in sections:
            checks.append((graphemes(text[start:end]), limits.box_chars, "characters", (start, end)))
    for count, limit, unit, span in checks:
        params = {"count": count, "limit": limit, "over": count - limit}
        if count > limit:
            message = (
                _("This is %(count)s characters. The limit is %(limit)s, so it is %(over)s over.")
                if unit == "characters"
                else _("This is %(count)s words. The limit is %(limit)s, so it is %(over)s over.")
            )
            findings.append(
                Finding(
                    "length.over_limit",
                    "error",
                    message,
                    span,
                    _("Make it shorter. Keep your best examples and cut repeats."),
                    params,
                )
            )
        elif count > limit * limits.near_fraction:
            message = (
                _("This is %(count)s characters. You are close to the limit of %(limit)s.")
                if unit == "characters"
                else _("This is %(count)s words. You are close to the limit of %(limit)s.")
            )
            findings.append(Finding("length.near_limit", "info", message, span, None, params))
    if kind in ("statement", "cv") and word_count < limits.min_words:
        findings.append(
            Finding(
                "length.too_short",
                "warning",
                _("This is only %(count)s words. It may be too short to show what you can do."),
                None,
                _("Add an example for each criterion."),
                {"count": word_count, "minimum": limits.min_words},
            )
        )
    return findings


def readability_findings(
    items: list[Sentence], age: float | None, language: str, limits: Limits, word_count: int
) -> list[Finding]:
    """Reading age above the target, sentences over 25 words, or no formula for the language."""
    findings: list[Finding] = []
    if age is None and word_count:
        findings.append(
            Finding(
                "readability.unsupported_language",
                "info",
                _("We cannot work out a reading age for this language, so we did not check it."),
                None,
                _("Ask someone who reads the language to check that it is easy to read."),
                {"language": language},
            )
        )
    elif age is not None and word_count >= 20 and age > limits.reading_age:
        findings.append(
            Finding(
                "readability.hard",
                "warning",
                _("This needs a reading age of about %(age)s. Aim for %(target)s or under."),
                None,
                _("Use shorter sentences and everyday words."),
                {"age": round(age), "target": limits.reading_age},
            )
        )
    for sentence in items:
        count = len(words(sentence.text))
        if count > LONG_SENTENCE_WORDS:
            findings.append(
                Finding(
                    "readability.long_sentence",
                    "warning",
                    _("This sentence has %(count)s words. Long sentences are hard to follow."),
                    (sentence.start, sentence.end),
                    _("Split it into two or more sentences of under %(limit)s words."),
                    {"count": count, "limit": LONG_SENTENCE_WORDS},
                )
            )
    return findings


_ACRONYM = regex.compile(r"(?<![\w-])[A-Z][A-Z&]{1,5}s?(?![\w-])")
WELL_KNOWN = frozenset(
    ["NHS", "UK", "GP", "CV", "OK", "TV", "ID", "AM", "PM", "USA", "EU", "BBC", "COVID", "I", "II", "III", "IV", "A&E"]
)


def jargon_findings(text: str) -> list[Finding]:
    """Acronyms never spelled out (no "(ABC)" after the words, no words in brackets after it)."""
    findings: list[Finding] = []
    seen: set[str] = set()
    for match in _ACRONYM.finditer(text):
        acronym = (
            match.group().rstrip("s") if match.group().endswith("s") and match.group()[:-1].isupper() else match.group()
        )
        if acronym in seen or acronym in WELL_KNOWN or not any(c.isalpha() for c in acronym) or len(acronym) < 2:
            continue
        seen.add(acronym)
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start : line_end if line_end != -1 else len(text)]
        letters = [c for c in line if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
            continue  # a heading in capitals, not an acronym
        if _spelled_out(text, acronym):
            continue
        findings.append(
            Finding(
                "language.jargon",
                "warning",
                _("%(acronym)s is short for something. Not every reader will know it."),
                (match.start(), match.start() + len(acronym)),
                _("Write the words in full the first time, then the short form in brackets."),
                {"acronym": acronym},
            )
        )
    return findings


def _spelled_out(text: str, acronym: str) -> bool:
    escaped = regex.escape(acronym)
    if regex.search(rf"\({escaped}s?\)", text) or regex.search(rf"\b{escaped}s?\s*\((?:[^)]*?\s[^)]*?)\)", text):
        return True
    letters = [c for c in acronym if c.isalpha()]
    return len(letters) >= 2 and _initials_match(text, letters)


def _initials_match(text: str, letters: list[str]) -> bool:
    # A phrase whose words start with the letters, written in capitals at the start of each word.
    pattern = r"\b" + r"[\s\-]+(?:(?:and|of|for|the|in|&)\s+)?".join(rf"{c}[a-z]+" for c in letters) + r"\b"
    return bool(regex.search(pattern, text))


_REPEAT = regex.compile(r"\b(\p{L}+)\s+(\1)\b", regex.IGNORECASE)
_REPEAT_OK = frozenset({"had", "that", "is", "very", "bye", "no", "so", "ha", "really"})


def repeated_word_findings(text: str) -> list[Finding]:
    """The same word typed twice in a row ("the the")."""
    findings = []
    for match in _REPEAT.finditer(text):
        if match.group(1).lower() in _REPEAT_OK:
            continue
        findings.append(
            Finding(
                "language.repeated_word",
                "warning",
                _("The word “%(word)s” is written twice in a row."),
                (match.start(2), match.end(2)),
                _("Delete one of them."),
                {"word": match.group(1)},
            )
        )
    return findings


# Word stems that show each NHS Constitution value.
_VALUES: dict[str, tuple[str, ...]] = {
    "working together for patients": ("team", "together", "colleagu", "collabor", "partner"),
    "respect and dignity": ("respect", "digniti", "privaci", "polit", "courteous"),
    "commitment to quality of care": ("qualiti", "safe", "safeti", "standard", "high-qual"),
    "compassion": ("compass", "kind", "empathi", "listen", "comfort", "reassur", "patient"),
    "improving lives": ("improv", "better", "wellb", "independ"),
    "everyone counts": ("everyon", "equal", "inclus", "divers", "fair", "access"),
}
_VALUE_STEMS = tuple(sorted({s for stems in _VALUES.values() for s in stems}))


def values_findings(text: str) -> list[Finding]:
    """An info note when none of the six NHS Constitution values shows in the text."""
    for word in words(text):
        word_stem = stem(word)
        if word_stem.startswith(_VALUE_STEMS):
            return []
    return [
        Finding(
            "values.none",
            "info",
            _("We could not see any of the NHS values in this. Panels look for them."),
            None,
            _("Show one or two values, like respect, compassion or working as a team, in your examples."),
        )
    ]


_SITUATION = regex.compile(
    r"\b(?:when|while|during|once|one day|last (?:year|month|week)|in my (?:role|job|last|previous)|at my|"
    r"working (?:at|in|as)|as a|for example|for instance)\b",
    regex.IGNORECASE,
)
_RESULT = regex.compile(
    r"\b(?:as a result|result|this meant|which meant|so that|so the|outcome|led to|because of this|"
    r"improv\w*|reduc\w*|increas\w*|thank\w*|feedback|learn\w*|learnt|calm\w*|happ(?:y|ier)|"
    r"made sure|ended|in the end|afterwards|after that|now)\b",
    regex.IGNORECASE,
)


def example_findings(items: list[Sentence]) -> list[Finding]:
    """A warning when no group of up to five sentences reads like situation, action and result."""
    from .matching import has_example

    for index in range(len(items)):
        window = items[index : index + 5]
        joined = " ".join(s.text for s in window)
        if _SITUATION.search(joined) and any(has_example(s.text) for s in window) and _RESULT.search(joined):
            return []
    return [
        Finding(
            "structure.no_example",
            "warning",
            _("We could not find a real example of something you did."),
            None,
            _("Use the STAR steps: the situation, the task, what you did, and the result."),
        )
    ]
