"""Scoring the checks engine against an evaluation corpus folder (adverts, statements, gold files).

`CORPUS` (tests/data/checks_corpus) is the development set; `HELDBACK` (tests/data/checks_heldback) the
held-back set. Run on its own for the figures: `.venv/bin/python -m tests.benchmarks.checks_accuracy [folder]`;
`make bench` runs both through `test_checks_accuracy.py`.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from applications import checks
from applications.checks.text import normalise

CORPUS = Path(__file__).resolve().parents[1] / "data" / "checks_corpus"
HELDBACK = CORPUS.parent / "checks_heldback"
HELDBACK_2 = CORPUS.parent / "checks_heldback2"
HELDBACK_3 = CORPUS.parent / "checks_heldback3"
HELDBACK_4 = CORPUS.parent / "checks_heldback4"
HELDBACK_5 = CORPUS.parent / "checks_heldback5"
HELDBACK_6 = CORPUS.parent / "checks_heldback6"
HELDBACK_7 = CORPUS.parent / "checks_heldback7"
HELDBACK_8 = CORPUS.parent / "checks_heldback8"
HELDBACK_9 = CORPUS.parent / "checks_heldback9"
HELDBACK_10 = CORPUS.parent / "checks_heldback10"
HELDBACK_11 = CORPUS.parent / "checks_heldback11"
HELDBACK_12 = CORPUS.parent / "checks_heldback12"
HELDBACK_13 = CORPUS.parent / "checks_heldback13"
HELDBACK_14 = CORPUS.parent / "checks_heldback14"
HELDBACK_15 = CORPUS.parent / "checks_heldback15"
HELDBACK_16 = CORPUS.parent / "checks_heldback16"
HELDBACK_17 = CORPUS.parent / "checks_heldback17"
HELDBACK_18 = CORPUS.parent / "checks_heldback18"
HELDBACK_19 = CORPUS.parent / "checks_heldback19"
HELDBACK_20 = CORPUS.parent / "checks_heldback20"
HELDBACK_21 = CORPUS.parent / "checks_heldback21"
HELDBACK_22 = CORPUS.parent / "checks_heldback22"
HELDBACK_23 = CORPUS.parent / "checks_heldback23"
HELDBACK_24 = CORPUS.parent / "checks_heldback24"
HELDBACK_25 = CORPUS.parent / "checks_heldback25"
HELDBACK_26 = CORPUS.parent / "checks_heldback26"
HELDBACK_27 = CORPUS.parent / "checks_heldback27"
HELDBACK_28 = CORPUS.parent / "checks_heldback28"
HELDBACK_29 = CORPUS.parent / "checks_heldback29"
HELDBACK_30 = CORPUS.parent / "checks_heldback30"
HELDBACK_31 = CORPUS.parent / "checks_heldback31"
HELDBACK_32 = CORPUS.parent / "checks_heldback32"
HELDBACK_33 = CORPUS.parent / "checks_heldback33"
HELDBACK_34 = CORPUS.parent / "checks_heldback34"
HELDBACK_35 = CORPUS.parent / "checks_heldback35"
HELDBACK_36 = CORPUS.parent / "checks_heldback36"
HELDBACK_37 = CORPUS.parent / "checks_heldback37"
HELDBACK_38 = CORPUS.parent / "checks_heldback38"
HELDBACK_39 = CORPUS.parent / "checks_heldback39"
HELDBACK_40 = CORPUS.parent / "checks_heldback40"
HELDBACK_41 = CORPUS.parent / "checks_heldback41"
HELDBACK_42 = CORPUS.parent / "checks_heldback42"
HELDBACK_43 = CORPUS.parent / "checks_heldback43"
HELDBACK_44 = CORPUS.parent / "checks_heldback44"
HELDBACK_45 = CORPUS.parent / "checks_heldback45"
HELDBACK_46 = CORPUS.parent / "checks_heldback46"
HELDBACK_47 = CORPUS.parent / "checks_heldback47"
HELDBACK_48 = CORPUS.parent / "checks_heldback48"
HELDBACK_49 = CORPUS.parent / "checks_heldback49"
HELDBACK_50 = CORPUS.parent / "checks_heldback50"
HELDBACK_51 = CORPUS.parent / "checks_heldback51"
HELDBACK_52 = CORPUS.parent / "checks_heldback52"
HELDBACK_53 = CORPUS.parent / "checks_heldback53"
HELDBACK_54 = CORPUS.parent / "checks_heldback54"
HELDBACK_55 = CORPUS.parent / "checks_heldback55"
HELDBACK_56 = CORPUS.parent / "checks_heldback56"
HELDBACK_57 = CORPUS.parent / "checks_heldback57"
HELDBACK_58 = CORPUS.parent / "checks_heldback58"
HELDBACK_59 = CORPUS.parent / "checks_heldback59"
HELDBACK_60 = CORPUS.parent / "checks_heldback60"
HELDBACK_61 = CORPUS.parent / "checks_heldback61"
HELDBACK_62 = CORPUS.parent / "checks_heldback62"
HELDBACK_63 = CORPUS.parent / "checks_heldback63"
HELDBACK_64 = CORPUS.parent / "checks_heldback64"
HELDBACK_65 = CORPUS.parent / "checks_heldback65"
HELDBACK_66 = CORPUS.parent / "checks_heldback66"
HELDBACK_67 = CORPUS.parent / "checks_heldback67"
HELDBACK_68 = CORPUS.parent / "checks_heldback68"
HELDBACK_69 = CORPUS.parent / "checks_heldback69"
HELDBACK_70 = CORPUS.parent / "checks_heldback70"
HELDBACK_71 = CORPUS.parent / "checks_heldback71"
HELDBACK_72 = CORPUS.parent / "checks_heldback72"
HELDBACK_73 = CORPUS.parent / "checks_heldback73"
HELDBACK_74 = CORPUS.parent / "checks_heldback74"
HELDBACK_75 = CORPUS.parent / "checks_heldback75"
HELDBACK_76 = CORPUS.parent / "checks_heldback76"
HELDBACK_77 = CORPUS.parent / "checks_heldback77"
HELDBACK_78 = CORPUS.parent / "checks_heldback78"
HELDBACK_79 = CORPUS.parent / "checks_heldback79"
HELDBACK_80 = CORPUS.parent / "checks_heldback80"
HELDBACK_81 = CORPUS.parent / "checks_heldback81"
HELDBACK_82 = CORPUS.parent / "checks_heldback82"
HELDBACK_83 = CORPUS.parent / "checks_heldback83"
HELDBACK_84 = CORPUS.parent / "checks_heldback84"
HELDBACK_85 = CORPUS.parent / "checks_heldback85"
HELDBACK_86 = CORPUS.parent / "checks_heldback86"
HELDBACK_87 = CORPUS.parent / "checks_heldback87"
HELDBACK_88 = CORPUS.parent / "checks_heldback88"
HELDBACK_89 = CORPUS.parent / "checks_heldback89"
HELDBACK_90 = CORPUS.parent / "checks_heldback90"
HELDBACK_91 = CORPUS.parent / "checks_heldback91"
HELDBACK_92 = CORPUS.parent / "checks_heldback92"
HELDBACK_93 = CORPUS.parent / "checks_heldback93"
HELDBACK_94 = CORPUS.parent / "checks_heldback94"
HELDBACK_95 = CORPUS.parent / "checks_heldback95"
HELDBACK_96 = CORPUS.parent / "checks_heldback96"
HELDBACK_97 = CORPUS.parent / "checks_heldback97"
HELDBACK_98 = CORPUS.parent / "checks_heldback98"
HELDBACK_99 = CORPUS.parent / "checks_heldback99"
HELDBACK_100 = CORPUS.parent / "checks_heldback100"
HELDBACK_101 = CORPUS.parent / "checks_heldback101"
HELDBACK_102 = CORPUS.parent / "checks_heldback102"
HELDBACK_103 = CORPUS.parent / "checks_heldback103"
HELDBACK_104 = CORPUS.parent / "checks_heldback104"
HELDBACK_105 = CORPUS.parent / "checks_heldback105"
HELDBACK_106 = CORPUS.parent / "checks_heldback106"
HELDBACK_107 = CORPUS.parent / "checks_heldback107"
HELDBACK_108 = CORPUS.parent / "checks_heldback108"
HELDBACK_109 = CORPUS.parent / "checks_heldback109"
HELDBACK_110 = CORPUS.parent / "checks_heldback110"
HELDBACK_111 = CORPUS.parent / "checks_heldback111"
HELDBACK_112 = CORPUS.parent / "checks_heldback112"
HELDBACK_113 = CORPUS.parent / "checks_heldback113"
HELDBACK_114 = CORPUS.parent / "checks_heldback114"
HELDBACK_115 = CORPUS.parent / "checks_heldback115"
HELDBACK_116 = CORPUS.parent / "checks_heldback116"
HELDBACK_117 = CORPUS.parent / "checks_heldback117"
HELDBACK_118 = CORPUS.parent / "checks_heldback118"
HELDBACK_119 = CORPUS.parent / "checks_heldback119"
HELDBACK_120 = CORPUS.parent / "checks_heldback120"
HELDBACK_121 = CORPUS.parent / "checks_heldback121"
HELDBACK_122 = CORPUS.parent / "checks_heldback122"
HELDBACK_123 = CORPUS.parent / "checks_heldback123"
HELDBACK_124 = CORPUS.parent / "checks_heldback124"
HELDBACK_125 = CORPUS.parent / "checks_heldback125"
HELDBACK_126 = CORPUS.parent / "checks_heldback126"
DETAILS = ("job_title", "band", "employer", "closing_date")


def _gold(corpus: Path, name: str) -> dict:
    """A gold file's entries by file name; keys starting "_" (such as "_about") are notes for the reader."""
    entries = json.loads((corpus / "gold" / name).read_text(encoding="utf-8"))
    return {key: value for key, value in entries.items() if not key.startswith("_")}


@dataclass
class Figures:
    expected: int = 0
    found: int = 0
    matched: int = 0
    level_right: int = 0
    details: int = 0
    details_right: int = 0
    covered: int = 0
    covered_reported_missing: int = 0
    missing: int = 0
    missing_reported_covered: int = 0
    not_judged: int = 0
    copied_findings: int = 0
    planted: int = 0
    planted_found: int = 0
    false_positives: int = 0
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        ratio = lambda a, b: f"{a / b:.2f}" if b else "n/a"  # noqa: E731
        return [
            f"extraction: precision {ratio(self.matched, self.found)} ({self.matched}/{self.found}), "
            f"recall {ratio(self.matched, self.expected)} ({self.matched}/{self.expected})",
            f"level right: {ratio(self.level_right, self.matched)} ({self.level_right}/{self.matched})",
            f"job details right: {ratio(self.details_right, self.details)} ({self.details_right}/{self.details})",
            f"covered reported missing: {self.covered_reported_missing}/{self.covered}",
            f"missing reported covered: {self.missing_reported_covered}/{self.missing}",
            f"not judged (language without a model): {self.not_judged}",
            f"'copied criterion' findings: {self.copied_findings}",
            f"personal details found: {self.planted_found}/{self.planted}, false positives: {self.false_positives}",
        ]


def _level_of(criterion: checks.Criterion, vacancy: checks.Vacancy) -> str:
    """The level as the resident is shown it: "check" for a requirement whose level the advert hides."""
    return "check" if criterion.text in getattr(vacancy, "unclear", ()) else criterion.level


def _match(expected: list[list[str]], found: list[checks.Criterion]) -> list[tuple[list[str], checks.Criterion]]:
    """Pair each gold criterion with the closest extracted one (each used once)."""
    pairs, left = [], list(found)
    for gold in expected:
        scored = [(fuzz.token_sort_ratio(normalise(gold[0]), normalise(item.text)), item) for item in left]
        best = max(scored, key=lambda pair: pair[0], default=(0, None))
        if best[1] is not None and best[0] >= 85:
            pairs.append((gold, best[1]))
            left.remove(best[1])
    return pairs


def score_extraction(figures: Figures, corpus: Path = CORPUS) -> None:
    for name, gold in _gold(corpus, "adverts.json").items():
        vacancy = checks.extract_criteria(checks.read_document(corpus / "adverts" / name))
        found = vacancy.criteria
        pairs = _match(gold["criteria"], found)
        figures.expected += len(gold["criteria"])
        figures.found += len(found)
        figures.matched += len(pairs)
        figures.level_right += sum(1 for want, got in pairs if want[1] == _level_of(got, vacancy))
        for key in DETAILS:
            figures.details += 1
            got = getattr(vacancy, key)
            if normalise(got) == normalise(gold[key]):
                figures.details_right += 1
            else:
                figures.notes.append(f"{name} {key}: {got!r} (gold {gold[key]!r})")
        wrong = [f"{got.text!r}:{got.level}" for want, got in pairs if want[1] != _level_of(got, vacancy)]
        extra = [item.text for item in found if item not in [got for _, got in pairs]]
        if wrong or extra or len(pairs) < len(gold["criteria"]):
            figures.notes.append(f"{name}: {len(pairs)}/{len(gold['criteria'])} found; extra {extra}; level {wrong}")


def _criteria(corpus: Path, advert: str) -> list[checks.Criterion]:
    gold = _gold(corpus, "adverts.json")[advert]
    levels = {"desirable": "desirable"}
    return [checks.Criterion(text, levels.get(level, "essential")) for text, level in gold["criteria"]]


def run_statement(statement: dict, corpus: Path = CORPUS) -> checks.Report:
    """Check a corpus statement the way the coach would: wizard answers by their criterion, free text whole."""
    criteria = _criteria(corpus, statement["advert"])
    kwargs = {"language": statement["language"], "name": statement["name"]}
    if statement["mode"] == "wizard":
        answers = dict(statement["answers"])
        if hasattr(checks, "check_answers"):
            pairs = [(criterion, answers.get(index, "")) for index, criterion in enumerate(criteria)]
            return checks.check_answers(pairs, **kwargs)
        # Before structure-first coverage the wizard checked its assembled text: criterion headings and answers.
        text = "\n\n".join(f"{criteria[i].text}\n{answer}" for i, answer in sorted(answers.items()))
        return checks.check_text(text, "statement", criteria, **kwargs)
    return checks.check_text(statement["text"], "statement", criteria, **kwargs)


def _status(row: checks.Coverage) -> str:
    return getattr(row, "status", "covered" if row.covered else "missing")


def score_statements(figures: Figures, corpus: Path = CORPUS) -> None:
    for name, gold in _gold(corpus, "statements.json").items():
        statement = json.loads((corpus / "statements" / name).read_text(encoding="utf-8"))
        report = run_statement(statement, corpus)
        for index, row in enumerate(report.criteria):
            status = _status(row)
            if status not in ("covered", "missing"):
                figures.not_judged += 1
                continue
            if index in gold["evidences"]:
                figures.covered += 1
                if status != "covered":
                    figures.covered_reported_missing += 1
                    figures.notes.append(f"{name}: covered reported missing: {row.text}")
            else:
                figures.missing += 1
                if status == "covered":
                    figures.missing_reported_covered += 1
                    figures.notes.append(f"{name}: missing reported covered: {row.text} <- {row.evidence[:1]}")
        figures.copied_findings += report.codes().count("structure.copied_criterion")
        _score_personal(figures, name, report, gold["personal"])


def _score_personal(figures: Figures, name: str, report: checks.Report, planted: list[list[str]]) -> None:
    spans = []
    for code, words in planted:
        start = report.text.find(words)
        assert start >= 0, f"{name}: planted {words!r} is not in the checked text"  # noqa: S101
        spans.append((code, start, start + len(words)))
    found = [f for f in report.findings if f.code.startswith("personal_info.") and f.span]
    figures.planted += len(spans)
    for code, start, end in spans:
        if any(f.code == code and f.span[0] < end and start < f.span[1] for f in found):
            figures.planted_found += 1
        else:
            figures.notes.append(f"{name}: not found: {code} {report.text[start:end]!r}")
    # A planted detail the writer gave twice (a name in the first and last sentence) is planted at each place.
    everywhere = [
        (match.start(), match.end()) for _, words in planted for match in re.finditer(re.escape(words), report.text)
    ]
    for finding in found:
        if not any(finding.span[0] < end and start < finding.span[1] for start, end in everywhere):
            figures.false_positives += 1
            words = report.text[finding.span[0] : finding.span[1]]
            figures.notes.append(f"{name}: false positive {finding.code} {words!r}")


def evaluate(corpus: Path = CORPUS) -> Figures:
    figures = Figures()
    score_extraction(figures, corpus)
    score_statements(figures, corpus)
    return figures


if __name__ == "__main__":
    result = evaluate(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
    print("\n".join(result.lines()))
    print("\n".join(result.notes))
