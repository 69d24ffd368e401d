"""Checks an employer runs on their own advert: coded words, exclusion and missing offers of support."""

from __future__ import annotations

import regex

from .i18n import _
from .models import Finding, Vacancy
from .text import Sentence, word_spans

# Word beginnings rebuilt from the published word lists of Gaucher, Friesen and Kay (2011),
# "Evidence that gendered wording in job advertisements exists and sustains gender inequality".
# A trailing "*" means "any word that starts with this"; without it the word must match exactly.
MASCULINE_CODED: tuple[str, ...] = (
    "active", "adventurous", "aggress*", "ambitio*", "analy*", "assert*", "athlet*", "autonom*", "boast*",
    "challeng*", "compet*", "confident", "courag*", "decide", "decisive", "decision*", "determin*", "dominant",
    "domina*", "force*", "forceful", "greedy", "headstrong", "hierarch*", "hostil*", "impulsive", "independen*",
    "individual*", "intellect*", "lead*", "logic*", "masculine", "objective", "opinion*", "outspoken", "persist*",
    "principle*", "reckless", "stubborn", "superior", "self-confiden*", "self-relian*", "self-sufficien*",
)  # fmt: skip
FEMININE_CODED: tuple[str, ...] = (
    "affectionate", "cheer*", "collab*", "commit*", "communal", "compassion*", "connect*", "considerate",
    "cooperat*", "co-operat*", "depend*", "emotiona*", "empath*", "feminine", "flatterable", "gentle", "honest*",
    "interpersonal*", "interdependen*", "kind", "kindness", "kinship", "loyal*", "modest*", "nag", "nurtur*",
    "pleasant*", "polite*", "quiet*", "respon*", "sensitiv*", "submissive", "support*", "sympath*", "tender*",
    "together*", "trust*", "understand*", "warm*", "whin*", "yield*",
)  # fmt: skip
# Common words that start like a coded stem but carry no such meaning in adverts.
_NOT_CODED = ("responsib", "leaded", "forcement", "dependant", "dependent")


def _matcher(stems: tuple[str, ...]) -> regex.Pattern[str]:
    parts = [regex.escape(s[:-1]) + r"[\p{L}\-]*" if s.endswith("*") else regex.escape(s) for s in stems]
    return regex.compile(r"^(?:" + "|".join(parts) + r")$", regex.IGNORECASE)


_MASCULINE = _matcher(MASCULINE_CODED)
_FEMININE = _matcher(FEMININE_CODED)


def coded_findings(text: str) -> list[Finding]:
    """Masculine- or feminine-coded words, reported when one kind outnumbers the other, with the words."""
    masculine: list[tuple[str, int, int]] = []
    feminine: list[tuple[str, int, int]] = []
    for word, start, end in word_spans(text):
        lowered = word.lower()
        if lowered.startswith(_NOT_CODED):
            continue
        if _MASCULINE.match(lowered):
            masculine.append((word, start, end))
        elif _FEMININE.match(lowered):
            feminine.append((word, start, end))
    findings: list[Finding] = []
    if masculine and len(masculine) > len(feminine):
        findings.append(
            Finding(
                "inclusive.masculine_coded",
                "warning",
                _(
                    "This advert leans on words linked with men: %(words)s. Research shows they can put women off applying."  # noqa: E501
                ),
                (masculine[0][1], masculine[0][2]),
                _("Swap some for words about working together and supporting others."),
                {"words": _listed(masculine), "count": len(masculine)},
            )
        )
    if feminine and len(feminine) > len(masculine):
        findings.append(
            Finding(
                "inclusive.feminine_coded",
                "info",
                _(
                    "This advert leans on words linked with women: %(words)s. This is usually fine, but check the balance."  # noqa: E501
                ),
                (feminine[0][1], feminine[0][2]),
                None,
                {"words": _listed(feminine), "count": len(feminine)},
            )
        )
    return findings


def _listed(found: list[tuple[str, int, int]]) -> str:
    unique: list[str] = []
    for word, _start, _end in found:
        if word.lower() not in unique:
            unique.append(word.lower())
    return ", ".join(unique)


_REASON = regex.compile(
    r"\b(?:because|due\s+to|as\s+(?:the|this)\s+(?:role|job|post|work)|this\s+is\s+(?:needed|required|because)|"
    r"in\s+order\s+to|so\s+that|required\s+(?:for|by)|needed\s+(?:for|to)|involves?|to\s+(?:visit|travel|safely)|"
    r"home\s+visits|community\s+visits|travel\s+(?:between|across|to))\b",
    regex.IGNORECASE,
)
_ABLEIST = regex.compile(
    r"\bable[\s\-]bodied\b|\bfit\s+and\s+healthy\b|\bphysically\s+fit\b|\bgood\s+(?:physical\s+)?health\b|"
    r"\bmust\s+be\s+able\s+to\s+(?:stand|walk|lift|see|hear|climb|kneel|bend|run|carry|type|drive)\b",
    regex.IGNORECASE,
)
_AGE_CODED = regex.compile(
    r"\byoung\b(?!\s+(?:people|person|persons|adults?|carers?|children|mothers?|parents?|patients?|onset|"
    r"offenders?|families))|\byouthful\b|\b(?:recent|new|fresh)\s+graduates?\b|\bdigital\s+natives?\b|"
    r"\bhigh[\s\-]energy\b|\bup[\s\-]and[\s\-]coming\b",
    regex.IGNORECASE,
)
_DEGREE = regex.compile(r"\b(?:degree|bsc|ba|ma|msc|graduate|university)\b", regex.IGNORECASE)
_LICENCE = regex.compile(
    r"\bdriving\s+licen[cs]e\b|\bfull\s+(?:uk\s+)?licen[cs]e\b|\b(?:own|access\s+to\s+a)\s+(?:car|vehicle)\b",
    regex.IGNORECASE,
)


def _sentence_with(items: list[Sentence], position: int) -> Sentence | None:
    return next((s for s in items if s.start <= position < s.end), None)


def advert_findings(text: str, items: list[Sentence], vacancy: Vacancy) -> list[Finding]:
    """All advert-only findings except jargon and readability, which every kind shares."""
    return [
        *coded_findings(text),
        *_ableist_findings(text, items),
        *_age_coded_findings(text),
        *_degree_findings(text, vacancy),
        *_driving_licence_findings(text, items, vacancy),
        *_missing_support_findings(text),
        *_too_many_essential_findings(vacancy),
    ]


def _ableist_findings(text: str, items: list[Sentence]) -> list[Finding]:
    """Physical requirements ("able-bodied", "must be able to lift") with no reason given in their sentence."""
    findings = []
    for match in _ABLEIST.finditer(text):
        sentence = _sentence_with(items, match.start())
        if sentence is not None and _REASON.search(sentence.text):
            continue
        findings.append(
            Finding(
                "inclusive.ableist",
                "warning",
                _("“%(words)s” may stop disabled people from applying. No reason is given."),
                (match.start(), match.end()),
                _("Say what the task is and why it matters, and offer adjustments."),
                {"words": match.group()},
            )
        )
    return findings


def _age_coded_findings(text: str) -> list[Finding]:
    """Words that ask for people of an age ("young", "recent graduates", "digital natives")."""
    return [
        Finding(
            "inclusive.age_coded",
            "warning",
            _("“%(words)s” suggests you want people of a certain age. That can be unlawful."),
            (match.start(), match.end()),
            _("Describe the skills you need, not the kind of person."),
            {"words": match.group()},
        )
        for match in _AGE_CODED.finditer(text)
    ]


def _degree_findings(text: str, vacancy: Vacancy) -> list[Finding]:
    """The first essential criterion asking for a degree in a band 2 to 4 job."""
    band = regex.search(r"\d", vacancy.band)
    if not band or not 2 <= int(band.group()) <= 4:
        return []
    criterion = next((c for c in vacancy.essential if _DEGREE.search(c)), None)
    if criterion is None:
        return []
    return [
        Finding(
            "inclusive.unnecessary_degree",
            "warning",
            _("A degree is essential for this %(band)s job. Most jobs at bands 2 to 4 do not need one."),
            _locate(text, criterion),
            _("Make the degree desirable, or accept equal experience instead."),
            {"band": vacancy.band, "criterion": criterion},
        )
    ]


def _driving_licence_findings(text: str, items: list[Sentence], vacancy: Vacancy) -> list[Finding]:
    """The first essential driving licence or car with no reason given (essential criteria, or else any
    sentence that says "must" or "essential")."""
    licence_texts = list(vacancy.essential) or [
        s.text for s in items if regex.search(r"\b(?:must|essential)\b", s.text, regex.I)
    ]
    criterion = next((c for c in licence_texts if _LICENCE.search(c) and not _REASON.search(c)), None)
    if criterion is None:
        return []
    return [
        Finding(
            "inclusive.driving_licence",
            "warning",
            _("A driving licence is essential, but the advert does not say why."),
            _locate(text, criterion),
            _(
                "Say why the job needs driving, or accept other ways to travel. Some disabled people cannot drive."  # noqa: E501
            ),
            {"criterion": criterion},
        )
    ]


def _missing_support_findings(text: str) -> list[Finding]:
    """No offer of reasonable adjustments, and no mention of Disability Confident."""
    findings = []
    if not regex.search(r"\badjustments?\b", text, regex.IGNORECASE):
        findings.append(
            Finding(
                "inclusive.no_adjustments",
                "warning",
                _("The advert does not offer reasonable adjustments."),
                None,
                _("Add a line such as: Tell us if you need any changes to help you apply or at interview."),
            )
        )
    if not regex.search(r"\bdisability\s+confident\b", text, regex.IGNORECASE):
        findings.append(
            Finding(
                "inclusive.no_disability_confident",
                "info",
                _("The advert does not mention the Disability Confident scheme."),
                None,
                _(
                    "If you are part of it, say so. Say if you offer an interview to disabled people who meet the essential criteria."  # noqa: E501
                ),
            )
        )
    return findings


def _too_many_essential_findings(vacancy: Vacancy) -> list[Finding]:
    """More than 10 essential criteria."""
    if len(vacancy.essential) <= 10:
        return []
    return [
        Finding(
            "inclusive.too_many_essential",
            "warning",
            _("The advert has %(count)s essential criteria. More than 10 can put good people off."),
            None,
            _("Keep only what someone needs on day one. Make the rest desirable."),
            {"count": len(vacancy.essential), "limit": 10},
        )
    ]


def _locate(text: str, fragment: str) -> tuple[int, int] | None:
    start = text.find(fragment)
    return (start, start + len(fragment)) if start >= 0 else None
