"""Matching a statement's sentences to the criteria they evidence.

A criterion's key words are stemmed (Snowball) and mapped through a small synonym map, so
"communicated" evidences "communication skills" and "looked after patients" evidences "caring";
RapidFuzz catches misspellings. Each coverage row keeps the sentences that evidence it.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex
from rapidfuzz import fuzz

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
    ]
)
_SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("communication", "communicate", "talk", "speak", "explain", "listen", "conversation", "told", "tell", "said"),
    ("team", "teamwork", "colleague", "together", "collaborate", "collaboration", "cooperate"),
    ("patient", "service user", "client", "resident", "customer", "people", "person", "public"),
    ("care", "caring", "look after", "looked after", "support", "help", "assist"),
    ("organise", "organisation", "organized", "plan", "prioritise", "prioritize", "schedule", "manage", "time"),
    ("computer", "it", "digital", "software", "excel", "word", "email", "database", "system", "spreadsheet", "online"),
    ("write", "written", "literacy", "english", "report", "letter", "record"),
    ("number", "numeracy", "maths", "mathematics", "calculation", "count"),
    ("confidential", "confidentiality", "privacy", "private", "gdpr", "data protection"),
    ("lead", "leadership", "supervise", "manage", "coordinate", "mentor", "train"),
    ("problem", "solve", "solution", "fix", "resolve", "issue"),
    ("pressure", "busy", "stress", "deadline", "calm"),
    ("customer", "reception", "front desk", "phone", "telephone", "call", "enquiry"),
    ("qualification", "certificate", "gcse", "nvq", "diploma", "degree", "course", "trained", "training"),
    ("clean", "cleaning", "hygiene", "infection"),
    ("safeguard", "safeguarding", "protect", "abuse", "vulnerable"),
    ("divers", "diversity", "equality", "inclusion", "culture", "cultural", "background"),
    ("initiative", "independently", "own", "alone", "self"),
)


def _key(word: str) -> str:
    return stem(word)


_GROUP_OF: dict[str, int] = {}
for _index, _group in enumerate(_SYNONYM_GROUPS):
    for _word in _group:
        _GROUP_OF.setdefault(_key(_word.split()[-1]), _index)


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
        groups = frozenset(_GROUP_OF[s] for s in stems if s in _GROUP_OF)
        content = frozenset(_key(word) for word in lowered if word not in STOPWORDS)
        keyed.append(_SentenceKeys(sentence, stems, groups, " ".join(lowered), content))
    return keyed


def _term_found(term: str, keys: _SentenceKeys) -> bool:
    if term in keys.stems:
        return True
    group = _GROUP_OF.get(term)
    if group is not None and group in keys.groups:
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


def criteria_coverage(criteria: list[Criterion], items: list[Sentence]) -> tuple[list[Coverage], list[Finding]]:
    """One coverage row per criterion, and the criteria findings (missing, weak, copied)."""
    keyed = sentence_keys(items)
    rows: list[Coverage] = []
    findings: list[Finding] = []
    for criterion in criteria:
        evidence, copies = _evidence_for(criterion, keyed)
        rows.append(
            Coverage(
                text=criterion.text,
                level=criterion.level,
                covered=bool(evidence),
                evidence=[keys.sentence.text for keys in evidence],
                spans=[(keys.sentence.start, keys.sentence.end) for keys in evidence],
            )
        )
        findings += _criterion_findings(criterion, evidence, copies, keyed)
    return rows, findings


def _evidence_for(criterion: Criterion, keyed: list[_SentenceKeys]) -> tuple[list[_SentenceKeys], list[Sentence]]:
    """The sentences that evidence the criterion (enough of its key terms), and those that only copy it."""
    terms = key_terms(criterion.text)
    criterion_normal = normalise(criterion.text)
    criterion_content = _content_stems(criterion.text)
    evidence: list[_SentenceKeys] = []
    copies: list[Sentence] = []
    for keys in keyed:
        if _is_copy(criterion_normal, criterion_content, keys):
            copies.append(keys.sentence)
            continue
        if not terms:
            continue
        found = sum(1 for term in terms if _term_found(term, keys))
        needed = 1 if len(terms) <= 2 else max(2, round(len(terms) * 0.4))
        if found >= needed:
            evidence.append(keys)
    return evidence, copies


def _criterion_findings(
    criterion: Criterion, evidence: list[_SentenceKeys], copies: list[Sentence], keyed: list[_SentenceKeys]
) -> list[Finding]:
    """Copied but not answered; no evidence (an error when essential); evidence with no example."""
    params = {"criterion": criterion.text}
    findings: list[Finding] = []
    if copies and not evidence:
        findings.append(
            Finding(
                "structure.copied_criterion",
                "warning",
                _("You copied the words of this criterion but added nothing: %(criterion)s"),
                (copies[0].start, copies[0].end),
                _("Keep it as a heading if you like. Then say what you did, in your own words."),
                params,
            )
        )
    if not evidence:
        findings.append(_missing_finding(criterion, params))
    elif not _has_example_nearby(evidence, keyed):
        first = evidence[0].sentence
        findings.append(
            Finding(
                "criteria.weak",
                "warning",
                _("You mention this criterion but give no example: %(criterion)s"),
                (first.start, first.end),
                _("Add a real example: what happened, what you did and how it turned out."),
                params,
            )
        )
    return findings


def _missing_finding(criterion: Criterion, params: dict[str, str]) -> Finding:
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


def _has_example_nearby(evidence: list[_SentenceKeys], keyed: list[_SentenceKeys]) -> bool:
    """Whether an evidence sentence, or one of the two after it in the same paragraph, gives an example."""
    position = {id(keys.sentence): index for index, keys in enumerate(keyed)}
    for keys in evidence:
        index = position[id(keys.sentence)]
        if any(
            has_example(near.sentence.text) and near.sentence.paragraph == keys.sentence.paragraph
            for near in keyed[index : index + 3]
        ):
            return True
    return False
