"""Matching a statement's sentences to the criteria they evidence.

Two ways in. A statement written in the wizard has one answer per criterion, so an answer is that
criterion's evidence candidate (``answers_coverage``): the check judges whether it is a real example and
whether it speaks to the criterion; the criterion's own heading is never evidence. Free text (an uploaded
statement, or one edited as a whole) is matched sentence by sentence (``criteria_coverage``).

Free-text matching combines word signals and meaning. A criterion's key words are stemmed (Snowball) and
mapped through a small synonym map, so "communicated" evidences "communication skills"; RapidFuzz catches
misspellings. Sentence embeddings (``semantic``) add a sentence that is clearly closer to one criterion
than to the others. Both are English only: free text in another language is "not judged", never "not yet".
Each coverage row keeps the sentences that evidence it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex
from rapidfuzz import fuzz

from . import semantic
from .i18n import _
from .models import Coverage, Criterion, Finding
from .text import Sentence, normalise, stem, words

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "being",
        "by",
        "can",
        "could",
        "do",
        "does",
        "for",
        "from",
        "had",
        "has",
        "have",
        "i",
        "in",
        "into",
        "is",
        "it",
        "its",
        "me",
        "must",
        "my",
        "of",
        "on",
        "or",
        "our",
        "should",
        "so",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "to",
        "us",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "also",
        "any",
        "all",
        "about",
        "such",
        "other",
        "own",
        "more",
        "most",
        "very",
        "just",
        "only",
        "both",
        "each",
        "how",
        "why",
    ]
)
# Words every criterion uses; they say what kind of evidence is wanted, not what it is about.
GENERIC = frozenset(
    [
        "ability",
        "able",
        "abilities",
        "demonstrable",
        "demonstrate",
        "demonstrated",
        "evidence",
        "experience",
        "experienced",
        "knowledge",
        "knowledgeable",
        "skill",
        "skills",
        "skilled",
        "understanding",
        "understand",
        "good",
        "excellent",
        "proven",
        "sound",
        "strong",
        "effective",
        "effectively",
        "relevant",
        "previous",
        "willingness",
        "willing",
        "work",
        "working",
        "need",
        "needs",
        "level",
        "minimum",
        "equivalent",
        "including",
        "include",
        "includes",
        "similar",
        "setting",
        "settings",
        "role",
        "environment",
        "essential",
        "desirable",
        "awareness",
        "aware",
        "appropriate",
        "importance",
        "important",
        "keep",
        "keeping",
        "remain",
    ]
)
_SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("communication", "communicate", "talk", "speak", "spoke", "spoken", "verbal", "explain", "listen",
     "conversation", "told", "tell", "said"),
    ("team", "teamwork", "colleague", "coworker", "together", "collaborate", "collaboration", "cooperate", "split"),
    ("patient", "service user", "client", "resident", "customer", "people", "person", "public", "visitor"),
    ("care", "caring", "look after", "looked after", "support", "help", "assist"),
    ("organise", "organisation", "organized", "plan", "prioritise", "prioritize", "priority", "urgent", "schedule",
     "manage", "time", "workload", "list"),
    ("computer", "digital", "software", "excel", "word", "email", "database", "system", "spreadsheet", "online",
     "computing"),
    ("write", "written", "literacy", "english", "report", "letter", "record", "note", "notes"),
    ("number", "numeracy", "maths", "mathematics", "calculation", "count"),
    ("confidential", "confidentiality", "privacy", "private", "gdpr", "data protection", "lock", "password"),
    ("lead", "leadership", "supervise", "manage", "coordinate", "mentor", "train"),
    ("problem", "solve", "solution", "fix", "resolve", "issue"),
    ("pressure", "busy", "stress", "deadline", "calm", "steady", "panic"),
    ("customer", "reception", "receptionist", "front desk", "phone", "telephone", "call", "caller", "enquiry"),
    ("qualification", "certificate", "gcse", "nvq", "diploma", "degree", "course", "trained", "training"),
    ("clean", "cleaning", "hygiene", "infection", "germ", "germs", "bug"),
    ("safeguard", "safeguarding", "protect", "abuse", "vulnerable"),
    ("divers", "diversity", "equality", "inclusion", "culture", "cultural", "background"),
    ("initiative", "independently", "own", "alone", "self"),
    ("office", "admin", "administration", "administrative", "clerical", "desk", "filing", "filed", "paperwork"),
    ("punctual", "punctuality", "reliable", "reliability", "late", "lateness"),
    ("emergency", "collapse", "collapsed", "ambulance", "paramedic", "accident", "999"),
    ("distress", "distressed", "upset", "crying", "cry", "frightened", "scared", "anxious", "worried", "angry"),
    ("warehouse", "distribution", "stock", "pallet", "logistics", "loading"),
)  # fmt: skip


def _key(word: str) -> str:
    return stem(word)


# A word can belong to several groups ("desk" is office work and front-desk work).
_GROUP_OF: dict[str, frozenset[int]] = {}
for _index, _group in enumerate(_SYNONYM_GROUPS):
    for _word in _group:
        _stem = _key(_word.split()[-1])
        _GROUP_OF[_stem] = _GROUP_OF.get(_stem, frozenset()) | {_index}


@dataclass(frozen=True)
class _SentenceKeys:
    sentence: Sentence
    stems: frozenset[str]
    groups: frozenset[int]
    normal: str
    content: frozenset[str]


def key_terms(criterion: str) -> list[str]:
    """The stems of a criterion's meaningful words (generic words kept only when nothing else is left)."""
    lowered = [word.lower() for word in words(criterion)]
    content = [word for word in lowered if word not in STOPWORDS and not word.isdigit()]
    specific = [word for word in content if word not in GENERIC]
    chosen = specific or content
    seen: list[str] = []
    for word in chosen:
        key = _key(word)
        if key not in seen:
            seen.append(key)
    return seen


def sentence_keys(items: list[Sentence]) -> list[_SentenceKeys]:
    """Stems and synonym groups of each sentence, worked out once for all criteria."""
    keyed = []
    for sentence in items:
        lowered = tuple(word.lower() for word in words(sentence.text))
        stems = frozenset(_key(word) for word in lowered)
        groups = frozenset().union(*(_GROUP_OF[s] for s in stems if s in _GROUP_OF))
        content = frozenset(_key(word) for word in lowered if word not in STOPWORDS)
        keyed.append(_SentenceKeys(sentence, stems, groups, " ".join(lowered), content))
    return keyed


def _term_found(term: str, keys: _SentenceKeys) -> bool:
    if term in keys.stems:
        return True
    if _GROUP_OF.get(term, frozenset()) & keys.groups:
        return True
    if len(term) >= 5:
        return any(len(s) >= 5 and s[0] == term[0] and fuzz.ratio(term, s) >= 85 for s in keys.stems)
    return False


def _content_stems(text: str) -> frozenset[str]:
    return frozenset(_key(word) for word in (w.lower() for w in words(text)) if word not in STOPWORDS)


def _is_copy(criterion_normal: str, criterion_content: frozenset[str], keys: _SentenceKeys) -> bool:
    """The sentence repeats the criterion (whole or in part) and adds no words of its own."""
    if len(keys.content) >= 2 and keys.content <= criterion_content:
        return True
    return fuzz.ratio(criterion_normal, keys.normal, score_cutoff=90) >= 90


_PAST = regex.compile(
    r"\b(?:I|we)\s+(?:\w+\s+)?(?:\w+ed|did|made|took|gave|ran|led|wrote|spoke|taught|saw|felt|found|kept|met|"
    r"went|told|brought|built|chose|dealt|drove|got|had|held|knew|left|lent|lost|paid|put|read|said|sent|set|"
    r"showed|sat|stood|thought|understood|won|was|were)\b",
    regex.IGNORECASE,
)
_EXAMPLE = regex.compile(
    r"\b(?:for example|for instance|one time|once|when I|last (?:year|month|week))\b", regex.IGNORECASE
)


def has_example(sentence: str) -> bool:
    """Whether a sentence tells of something the writer did (first person, past tense) or gives an example."""
    return bool(_PAST.search(sentence) or _EXAMPLE.search(sentence))


# A sentence counts by meaning alone when it is this close to a criterion and this much closer to it than
# to any other criterion of the job (cosine similarity of WordLlama sentence embeddings; measured on the
# evaluation corpus, see tests/benchmarks/README.md). "Closer than the others" needs others: with fewer
# criteria than SEMANTIC_MIN_CRITERIA, meaning alone never counts.
SEMANTIC_MIN = 0.25
SEMANTIC_MARGIN = 0.1
SEMANTIC_MIN_CRITERIA = 3
# An answer under a criterion is off the point when neither its words nor its meaning come near it.
TOPIC_MIN = 0.15
MIN_ANSWER_WORDS = 10
_FIRST_PERSON = regex.compile(r"\b(?:I|I'm|I’m|I've|I’ve|my|me|we|our)\b")
_SPECIFIC = regex.compile(r"\d|(?<=\w\W+)\b\p{Lu}\p{Ll}+")


def is_english(language: str, text: str = "") -> bool:
    """Whether coverage can be judged by meaning: English, written mostly in Latin letters."""
    if language.split("-")[0].lower() != "en":
        return False
    letters = regex.findall(r"\p{L}", text)
    return not letters or sum(1 for c in letters if regex.match(r"\p{Latin}", c)) >= 0.8 * len(letters)


def _lexical_hit(terms: list[str], keys: _SentenceKeys, needed: int | None = None) -> bool:
    if not terms:
        return False
    found = sum(1 for term in terms if _term_found(term, keys))
    if needed is None:
        needed = 1 if len(terms) <= 2 else max(2, round(len(terms) * 0.4))
    return found >= needed


def _semantic_hits(criteria: list[Criterion], items: list[Sentence]) -> set[tuple[int, int]]:
    """(criterion, sentence) pairs that match by meaning: close, and clearly closer than to other criteria."""
    if len(criteria) < SEMANTIC_MIN_CRITERIA or not items:
        return set()
    scores = semantic.similarities([item.text for item in items], [criterion.text for criterion in criteria])
    hits: set[tuple[int, int]] = set()
    for sentence_index, row in enumerate(scores or []):
        ranked = sorted(range(len(row)), key=lambda index: -row[index])
        best, runner_up = ranked[0], ranked[1]
        if row[best] >= SEMANTIC_MIN and row[best] - row[runner_up] >= SEMANTIC_MARGIN:
            hits.add((best, sentence_index))
    return hits


def criteria_coverage(
    criteria: list[Criterion], items: list[Sentence], language: str = "en"
) -> tuple[list[Coverage], list[Finding]]:
    """Free text: one coverage row per criterion, and the criteria findings (missing, weak, copied)."""
    if not is_english(language, " ".join(item.text for item in items)):
        return not_judged(criteria)
    keyed = sentence_keys(items)
    by_meaning = _semantic_hits(criteria, items)
    rows: list[Coverage] = []
    findings: list[Finding] = []
    for criterion_index, criterion in enumerate(criteria):
        terms = key_terms(criterion.text)
        criterion_normal = normalise(criterion.text)
        criterion_content = _content_stems(criterion.text)
        evidence: list[int] = []
        copies: list[Sentence] = []
        for index, keys in enumerate(keyed):
            if _is_copy(criterion_normal, criterion_content, keys):
                copies.append(keys.sentence)
            elif _lexical_hit(terms, keys) or (criterion_index, index) in by_meaning:
                evidence.append(index)
        rows.append(_row(criterion, [keyed[index].sentence for index in evidence]))
        example = any(_example_near(keyed, index) for index in evidence)
        findings += _criterion_findings(criterion, [keyed[i].sentence for i in evidence], copies, example)
    return rows, findings


def not_judged(criteria: list[Criterion]) -> tuple[list[Coverage], list[Finding]]:
    """Rows for a text the check cannot read: each criterion "not judged", and one finding saying why."""
    rows = [Coverage(c.text, c.level, covered=False, status="not_judged") for c in criteria]
    finding = Finding(
        "criteria.not_judged",
        "info",
        _("We can only check which criteria your statement covers when it is in English."),
        None,
        _("Read each criterion and make sure you give an example for it."),
    )
    return rows, [finding] if criteria else []


def _row(criterion: Criterion, evidence: list[Sentence]) -> Coverage:
    return Coverage(
        text=criterion.text,
        level=criterion.level,
        covered=bool(evidence),
        evidence=[sentence.text for sentence in evidence],
        spans=[(sentence.start, sentence.end) for sentence in evidence],
    )


def _example_near(keyed: list[_SentenceKeys], index: int) -> bool:
    paragraph = keyed[index].sentence.paragraph
    return any(
        has_example(near.sentence.text) and near.sentence.paragraph == paragraph for near in keyed[index : index + 3]
    )


def _criterion_findings(
    criterion: Criterion, evidence: list[Sentence], copies: list[Sentence], example: bool
) -> list[Finding]:
    """Copied, missing and weak findings for one criterion."""
    findings: list[Finding] = []
    if copies and not evidence:
        findings.append(_copied(criterion, (copies[0].start, copies[0].end)))
    if not evidence:
        findings.append(_missing(criterion))
    elif not example:
        findings.append(_weak(criterion, (evidence[0].start, evidence[0].end)))
    return findings


def _copied(criterion: Criterion, span: tuple[int, int]) -> Finding:
    return Finding(
        "structure.copied_criterion",
        "warning",
        _("You copied the words of this criterion but added nothing: %(criterion)s"),
        span,
        _("Keep it as a heading if you like. Then say what you did, in your own words."),
        {"criterion": criterion.text},
    )


def _missing(criterion: Criterion) -> Finding:
    params = {"criterion": criterion.text}
    if criterion.level == "essential":
        return Finding(
            "criteria.missing",
            "error",
            _("We could not find evidence for this essential criterion: %(criterion)s"),
            None,
            _("Write about a time you did this. Without it you may not get an interview."),
            params,
        )
    return Finding(
        "criteria.desirable_missing",
        "warning",
        _("We could not find evidence for this desirable criterion: %(criterion)s"),
        None,
        _("If you can, write about a time you did this. It can help you stand out."),
        params,
    )


def _weak(criterion: Criterion, span: tuple[int, int] | None) -> Finding:
    return Finding(
        "criteria.weak",
        "warning",
        _("You mention this criterion but give no example: %(criterion)s"),
        span,
        _("Add a real example: what happened, what you did and how it turned out."),
        {"criterion": criterion.text},
    )


@dataclass(frozen=True)
class Answer:
    """What the resident wrote under one criterion in the wizard: its sentences and the answer's language."""

    criterion: Criterion
    sentences: list[Sentence]
    language: str


def answers_coverage(answers: Sequence[Answer]) -> tuple[list[Coverage], list[Finding]]:
    """Wizard answers: each answer is its criterion's evidence candidate, judged on its own.

    Covered when the answer is a real example (long enough, in the first person, telling what the writer
    did or something specific) that speaks to the criterion. Whether it speaks to the criterion is judged in
    English only; an answer in another language is judged on being a real example.
    """
    rows: list[Coverage] = []
    findings: list[Finding] = []
    for answer in answers:
        evidence, problem = _judge_answer(answer)
        rows.append(_row(answer.criterion, evidence))
        if problem is not None:
            findings.append(problem)
    return rows, findings


def _judge_answer(answer: Answer) -> tuple[list[Sentence], Finding | None]:
    criterion, items = answer.criterion, answer.sentences
    if not items:
        return [], _missing(criterion)
    span = (items[0].start, items[-1].end)
    keyed = sentence_keys(items)
    normal, content = normalise(criterion.text), _content_stems(criterion.text)
    own = [keys for keys in keyed if not _is_copy(normal, content, keys)]
    if not own:
        return [], _copied(criterion, span)
    text = " ".join(keys.sentence.text for keys in own)
    english = is_english(answer.language, text)
    if len(words(text)) < MIN_ANSWER_WORDS or (english and not _real_example(text, own)):
        return [], _weak(criterion, span)
    if not english:
        return [keys.sentence for keys in own], None
    terms = key_terms(criterion.text)
    on_point = [keys.sentence for keys in own if _lexical_hit(terms, keys, needed=1)]
    if not on_point:
        score = semantic.similarities([criterion.text], [text])
        if score is not None and score[0][0] < TOPIC_MIN:
            return [], _off_topic(criterion, span)
    return on_point or [keys.sentence for keys in own], None


def _real_example(text: str, keyed: list[_SentenceKeys]) -> bool:
    first_person = bool(_FIRST_PERSON.search(text))
    told = any(has_example(keys.sentence.text) for keys in keyed)
    return first_person and (told or bool(_SPECIFIC.search(text)))


def _off_topic(criterion: Criterion, span: tuple[int, int]) -> Finding:
    return Finding(
        "criteria.off_topic",
        "warning",
        _("Your answer does not seem to be about this criterion: %(criterion)s"),
        span,
        _("Read the criterion again. Then give an example of a time you did just that."),
        {"criterion": criterion.text},
    )
