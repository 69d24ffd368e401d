"""Accuracy of the checks engine on the evaluation corpus (figures in tests/benchmarks/README.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.benchmarks.checks_accuracy import (
    CORPUS,
    HELDBACK,
    HELDBACK_2,
    HELDBACK_3,
    HELDBACK_4,
    HELDBACK_5,
    HELDBACK_6,
    HELDBACK_7,
    HELDBACK_8,
    HELDBACK_9,
    HELDBACK_10,
    HELDBACK_11,
    HELDBACK_12,
    HELDBACK_13,
    HELDBACK_14,
    HELDBACK_15,
    HELDBACK_16,
    HELDBACK_17,
    HELDBACK_18,
    HELDBACK_19,
    HELDBACK_20,
    HELDBACK_21,
    HELDBACK_22,
    HELDBACK_23,
    HELDBACK_24,
    HELDBACK_25,
    HELDBACK_26,
    HELDBACK_27,
    HELDBACK_28,
    HELDBACK_29,
    HELDBACK_30,
    HELDBACK_31,
    HELDBACK_32,
    HELDBACK_33,
    HELDBACK_34,
    HELDBACK_35,
    HELDBACK_36,
    HELDBACK_37,
    HELDBACK_38,
    HELDBACK_39,
    HELDBACK_40,
    HELDBACK_41,
    HELDBACK_42,
    HELDBACK_43,
    HELDBACK_44,
    HELDBACK_45,
    HELDBACK_46,
    HELDBACK_47,
    HELDBACK_48,
    HELDBACK_49,
    HELDBACK_50,
    HELDBACK_51,
    HELDBACK_52,
    HELDBACK_53,
    HELDBACK_54,
    HELDBACK_55,
    HELDBACK_56,
    HELDBACK_57,
    HELDBACK_58,
    HELDBACK_59,
    HELDBACK_60,
    HELDBACK_61,
    HELDBACK_62,
    HELDBACK_63,
    HELDBACK_64,
    HELDBACK_65,
    HELDBACK_66,
    HELDBACK_67,
    HELDBACK_68,
    HELDBACK_69,
    HELDBACK_70,
    HELDBACK_71,
    HELDBACK_72,
    HELDBACK_73,
    HELDBACK_74,
    HELDBACK_75,
    HELDBACK_76,
    HELDBACK_77,
    HELDBACK_78,
    HELDBACK_79,
    HELDBACK_80,
    HELDBACK_81,
    HELDBACK_82,
    HELDBACK_83,
    HELDBACK_84,
    HELDBACK_85,
    HELDBACK_86,
    HELDBACK_87,
    HELDBACK_88,
    HELDBACK_89,
    HELDBACK_90,
    HELDBACK_91,
    HELDBACK_92,
    HELDBACK_93,
    HELDBACK_94,
    HELDBACK_95,
    HELDBACK_96,
    HELDBACK_97,
    HELDBACK_98,
    HELDBACK_99,
    HELDBACK_100,
    HELDBACK_101,
    HELDBACK_102,
    HELDBACK_103,
    HELDBACK_104,
    HELDBACK_105,
    HELDBACK_106,
    HELDBACK_107,
    HELDBACK_108,
    HELDBACK_109,
    HELDBACK_110,
    HELDBACK_111,
    HELDBACK_112,
    HELDBACK_113,
    HELDBACK_114,
    HELDBACK_115,
    HELDBACK_116,
    HELDBACK_117,
    HELDBACK_118,
    HELDBACK_119,
    HELDBACK_120,
    HELDBACK_121,
    HELDBACK_122,
    HELDBACK_123,
    HELDBACK_124,
    HELDBACK_125,
    HELDBACK_126,
    Figures,
    evaluate,
)


def test_accuracy_on_the_evaluation_corpus() -> None:
    figures = _scored()
    assert figures.expected == 58  # noqa: PLR2004 - the corpus holds 58 gold criteria
    _assert_coverage_targets(figures)


def _assert_coverage_targets(figures: Figures) -> None:
    """Issue 8's coverage targets: at most 1 in 30 covered criteria reported missing, at least 9 in 10 missing
    criteria reported missing."""
    assert figures.covered_reported_missing * 30 <= figures.covered
    assert (figures.missing - figures.missing_reported_covered) * 10 >= figures.missing * 9


def _scored(corpus: Path = CORPUS) -> Figures:
    """The engine scored on one corpus, its figures and misses printed for tests/benchmarks/README.md."""
    figures = evaluate(corpus)
    print("\n" + "\n".join(figures.lines()))
    print("\n".join(figures.notes))
    return figures


def _assert_extraction_and_personal_detail_targets(figures: Figures) -> None:
    """Issue 8's extraction targets (recall, precision and level 0.95, job details 0.9) and personal details
    (every planted one found, none on clean text)."""
    assert figures.matched / figures.expected >= 0.95  # noqa: PLR2004 - extraction recall target
    assert figures.matched / figures.found >= 0.95  # noqa: PLR2004 - extraction precision target
    assert figures.level_right / figures.matched >= 0.95  # noqa: PLR2004 - level target
    assert figures.details_right / figures.details >= 0.9  # noqa: PLR2004 - job details target
    assert figures.planted_found == figures.planted
    assert figures.false_positives == 0


def test_accuracy_on_the_held_back_corpus() -> None:
    """Figures on held-back set 1 (tests/data/checks_heldback), first run before the engine was tuned on it.

    Asserts the issue 8 targets. The coverage targets were met, and extraction fixed, after the set was seen,
    so those figures guard against going back rather than estimate a fresh set (tests/benchmarks/README.md,
    "Held-back set").
    """
    figures = _scored(HELDBACK)
    assert figures.expected == 34  # noqa: PLR2004 - the held-back corpus holds 34 gold criteria
    _assert_extraction_and_personal_detail_targets(figures)
    _assert_coverage_targets(figures)  # met since held-back set 1 became development data


def test_accuracy_on_held_back_set_2() -> None:
    """Figures on held-back set 2 (tests/data/checks_heldback2), written blind and first scored after this
    session's engine changes (tests/benchmarks/README.md, "Held-back set 2"). Asserts the targets that set
    met (extraction, level, job details, personal details). It is development data now: the missing-criteria
    target, met after the rules written against it, is asserted as a guard; covered criteria reported missing
    (7 of 34, target 1 in 30) is held from getting worse. Neither estimates a fresh set.
    """
    figures = _scored(HELDBACK_2)
    assert figures.expected == 69  # noqa: PLR2004 - held-back set 2 holds 69 gold criteria
    _assert_extraction_and_personal_detail_targets(figures)
    assert (figures.missing - figures.missing_reported_covered) * 10 >= figures.missing * 9
    assert figures.covered_reported_missing <= 7  # noqa: PLR2004 - no worse than after issue 8's second pass


def test_accuracy_on_held_back_set_3() -> None:
    """Figures on held-back set 3 (tests/data/checks_heldback3), written blind and first scored before and
    after the second coverage pass (tests/benchmarks/README.md, "Held-back set 3"). Asserts the targets it
    met; its coverage figures are printed, not asserted.
    """
    figures = _scored(HELDBACK_3)
    assert figures.expected == 71  # noqa: PLR2004 - held-back set 3 holds 71 gold criteria
    _assert_extraction_and_personal_detail_targets(figures)


def test_accuracy_on_held_back_set_4() -> None:
    """Figures on held-back set 4 (tests/data/checks_heldback4), written blind; scored first at the start of
    the third coverage pass, then used as development data for it (tests/benchmarks/README.md, "Held-back
    sets 4 and 5"). Asserts extraction and personal details, and guards the coverage reached on it.
    """
    figures = _scored(HELDBACK_4)
    assert figures.expected == 68  # noqa: PLR2004 - held-back set 4 holds 68 gold criteria
    _assert_extraction_and_personal_detail_targets(figures)
    assert (figures.missing - figures.missing_reported_covered) * 10 >= figures.missing * 9
    assert figures.covered_reported_missing <= 2  # noqa: PLR2004 - no worse than after the third pass


def test_accuracy_on_held_back_set_5() -> None:
    """Figures on held-back set 5 (tests/data/checks_heldback5), written blind while the third pass was built
    and scored once it was finished: its first figures are the fresh ones in tests/benchmarks/README.md. A
    few general fixes followed (a date of birth in words, three extraction lines, two voices), so its
    extraction and personal-detail targets are asserted as a guard; its coverage is printed, not asserted.
    """
    figures = _scored(HELDBACK_5)
    assert figures.expected == 72  # noqa: PLR2004 - held-back set 5 holds 72 gold criteria
    _assert_extraction_and_personal_detail_targets(figures)


def test_accuracy_on_held_back_sets_6_7_and_8() -> None:
    """Figures on held-back sets 6, 7 and 8 (tests/data/checks_heldback6 to 8), each written blind during the
    fourth coverage pass and scored once before the rules written after reading it (tests/benchmarks/README.md,
    "Held-back sets 6, 7 and 8"). Extraction and personal details are asserted as a guard; coverage is printed.
    """
    for folder, criteria in ((HELDBACK_6, 74), (HELDBACK_7, 76), (HELDBACK_8, 72)):
        figures = _scored(folder)
        assert figures.expected == criteria
        _assert_extraction_and_personal_detail_targets(figures)


def test_accuracy_on_held_back_sets_9_to_12() -> None:
    """Figures on held-back sets 9 to 12 (tests/data/checks_heldback9 to 12), written blind in the fifth pass of
    issue 8 and each scored once before the rules written after reading it (tests/benchmarks/README.md,
    "Held-back sets 9 to 12"). Extraction and personal details are asserted as a guard; coverage is printed."""
    for folder, criteria in ((HELDBACK_9, 82), (HELDBACK_10, 74), (HELDBACK_11, 83), (HELDBACK_12, 74)):
        figures = _scored(folder)
        assert figures.expected == criteria
        _assert_extraction_and_personal_detail_targets(figures)


def test_accuracy_on_held_back_sets_13_to_18() -> None:
    """Figures on held-back sets 13 to 18 (tests/data/checks_heldback13 to 18), written blind in the sixth pass of
    issue 8: 13 and 14 scored once with the engine as the pass found it, 15 and 16 once after the rules from 13 and
    14, and 17 and 18 once after the rules from 15 and 16 (tests/benchmarks/README.md, "Held-back sets 13 to 18").
    Extraction and personal details are asserted as a guard; coverage is printed."""
    sets = (
        (HELDBACK_13, 80),
        (HELDBACK_14, 86),
        (HELDBACK_15, 75),
        (HELDBACK_16, 78),
        (HELDBACK_17, 88),
        (HELDBACK_18, 82),
    )
    for folder, criteria in sets:
        figures = _scored(folder)
        assert figures.expected == criteria
        _assert_extraction_and_personal_detail_targets(figures)


def test_accuracy_on_held_back_sets_19_and_20() -> None:
    """Figures on held-back sets 19 and 20 (tests/data/checks_heldback19 and 20), written blind in the seventh pass
    of issue 8 and scored once with the engine as that pass found it, before any rule written from them
    (tests/benchmarks/README.md, "Held-back sets 19 and 20"). Extraction and personal details are asserted as a
    guard; coverage is printed."""
    for folder, criteria in ((HELDBACK_19, 76), (HELDBACK_20, 83)):
        figures = _scored(folder)
        assert figures.expected == criteria
        _assert_extraction_and_personal_detail_targets(figures)


def test_accuracy_on_held_back_sets_21_and_22() -> None:
    """Figures on held-back sets 21 and 22 (tests/data/checks_heldback21 and 22), written blind at the end of the
    seventh pass of issue 8 and scored once with the engine at f593cb1, after every rule written from sets 19 and
    20 (tests/benchmarks/README.md, "Held-back sets 21 and 22"). Only a few rules were written from them, so their
    extraction is still below the targets: it is printed, and the personal-detail targets are asserted."""
    for folder, criteria in ((HELDBACK_21, 73), (HELDBACK_22, 84)):
        figures = _scored(folder)
        assert figures.expected == criteria
        assert figures.planted_found == figures.planted
        assert figures.false_positives == 0


def test_accuracy_on_held_back_sets_23_to_26() -> None:
    """Figures on held-back sets 23 to 26 (tests/data/checks_heldback23 to 26), written blind in the eighth pass of
    issue 8: 23 and 24 scored first with the engine at f1cf0f2, 25 and 26 with the engine at 4dd2783, each before
    any rule written from it (tests/benchmarks/README.md, "Held-back sets 23 to 26"). Extraction is still below the
    targets on most of them: the personal-detail targets are asserted, and extraction as a guard against falling
    back below the end of that pass."""
    for folder, criteria, matched in (
        (HELDBACK_23, 83, 68),
        (HELDBACK_24, 84, 75),
        (HELDBACK_25, 85, 84),
        (HELDBACK_26, 80, 74),
    ):
        figures = _scored(folder)
        assert figures.expected == criteria
        assert figures.matched >= matched
        assert figures.planted_found == figures.planted
        assert figures.false_positives == 0


def _meets_targets(folder: Path, criteria: int, *, precision: bool = True, false_findings: int = 0) -> None:
    """A held-back set's extraction recall (and precision) of at least 0.95 on its gold's criteria, every planted
    personal detail found and no more false findings than allowed."""
    figures = _scored(folder)
    assert figures.expected == criteria
    assert figures.matched * 100 >= figures.expected * 95
    if precision:
        assert figures.found * 95 <= figures.matched * 100
    assert figures.planted_found == figures.planted
    assert figures.false_positives <= false_findings


def test_accuracy_on_held_back_sets_27_to_32() -> None:
    """Figures on held-back sets 27 to 32 (tests/data/checks_heldback27 to 32), written blind in the ninth pass of
    issue 8 with adverts mostly in the shapes NHS employers publish most, in three rounds of two, each scored first
    before any rule was written from it: 27 and 28 with the engine at 6ec2ac5, 29 and 30 at 9b068dd, 31 and 32 at
    c8c4e2e (tests/benchmarks/README.md, "Held-back sets 27 to 32"). Extraction recall is asserted on the four
    that met the target on their first run, the personal-detail targets on all six, and extraction on 31 as a
    guard against falling back below the end of the pass."""
    for folder, criteria in ((HELDBACK_27, 92), (HELDBACK_28, 98), (HELDBACK_29, 97), (HELDBACK_30, 94)):
        _meets_targets(folder, criteria, precision=False)
    for folder, criteria, matched in ((HELDBACK_31, 91, 83), (HELDBACK_32, 91, 91)):
        figures = _scored(folder)
        assert figures.expected == criteria
        assert figures.matched >= matched
        assert figures.planted_found == figures.planted
        assert figures.false_positives == 0


def test_accuracy_on_held_back_sets_33_to_36() -> None:
    """Figures on held-back sets 33 to 36 (tests/data/checks_heldback33 to 36), written blind in the tenth pass of
    issue 8, in rounds each scored first before any rule was written from it: 33 and 34 with the engine at
    0770bbe, 35 at 24e3a33, 36 at 487a000 (tests/benchmarks/README.md, "Held-back sets 33 to 38"). All four met
    the extraction recall target on their first run; the personal-detail targets are asserted as they stand."""
    for folder, criteria in ((HELDBACK_33, 91), (HELDBACK_34, 89), (HELDBACK_35, 87), (HELDBACK_36, 88)):
        _meets_targets(folder, criteria, precision=False)


def test_accuracy_on_held_back_sets_37_and_38() -> None:
    """Figures on held-back sets 37 and 38, written blind in the tenth pass of issue 8 and scored first with the
    engine at b8c61f6 (tests/benchmarks/README.md, "Held-back sets 33 to 38"). Neither met the extraction recall
    target on its first run (0.86 each: a new shape in each, ticks typed in Wingdings 2 and codes made by Word's
    numbering); extraction is asserted here at the end of the pass, as a guard, with the personal-detail targets.
    Set 38's one false finding is the writer's own first name ("Mă numesc Andreea"), which its gold does not plant:
    the engine is right to flag it, so it is allowed here."""
    for folder, criteria, allowed in ((HELDBACK_37, 84, 0), (HELDBACK_38, 87, 1)):
        _meets_targets(folder, criteria, precision=False, false_findings=allowed)


def test_accuracy_on_held_back_sets_39_to_46() -> None:
    """Figures on held-back sets 39 to 46, written blind in the eleventh pass of issue 8, in rounds each scored
    first before any rule was written from it: 39 with the engine at f0a6d23, 40 at 95069c6, 41 and 42 at 18e0a94,
    44 at 0c69363, 43 at 522f8aa, 45 and 46 at 22fe97b (tests/benchmarks/README.md, "Held-back sets 39 to 46").
    Extraction is asserted at the end of the pass, as a guard, with the personal-detail targets."""
    for folder, criteria in (
        (HELDBACK_39, 81),
        (HELDBACK_40, 82),
        (HELDBACK_41, 80),
        (HELDBACK_42, 80),
        (HELDBACK_43, 81),
        (HELDBACK_44, 85),
        (HELDBACK_45, 60),
        (HELDBACK_46, 62),
    ):
        _meets_targets(folder, criteria)


def test_accuracy_on_held_back_sets_47_to_56() -> None:
    """Figures on held-back sets 47 to 56, written blind in the twelfth pass of issue 8, in rounds each scored
    first before any rule was written from it: 47 and 48 with the engine at f95b0d1, 49 and 50 at 902afb3, 51 and
    52 at de050ea, 53 and 54 at 6a9779d, 55 and 56 at dc6de5f (tests/benchmarks/README.md, "Held-back sets 47 to
    56"). Extraction is asserted at the end of the pass, as a guard, with the personal-detail targets."""
    for folder, criteria in (
        (HELDBACK_47, 74),
        (HELDBACK_48, 69),
        (HELDBACK_49, 72),
        (HELDBACK_50, 68),
        (HELDBACK_51, 72),
        (HELDBACK_52, 69),
        (HELDBACK_53, 70),
        (HELDBACK_54, 70),
        (HELDBACK_55, 71),
        (HELDBACK_56, 72),
    ):
        _meets_targets(folder, criteria)


def test_accuracy_on_held_back_sets_57_to_62() -> None:
    """Figures on held-back sets 57 to 62, written blind in the thirteenth pass of issue 8, in three rounds each
    scored first before any rule was written from it: 57 and 58 with the engine at 1d920cc, 59 and 60 at feb76c8,
    61 and 62 at 2efe859 (tests/benchmarks/README.md, "Held-back sets 57 to 62"). Extraction is asserted at the
    end of the pass, as a guard, with the personal-detail targets."""
    for folder, criteria in (
        (HELDBACK_57, 72),
        (HELDBACK_58, 71),
        (HELDBACK_59, 71),
        (HELDBACK_60, 72),
        (HELDBACK_61, 72),
        (HELDBACK_62, 72),
    ):
        _meets_targets(folder, criteria)


def test_accuracy_on_held_back_sets_63_to_74() -> None:
    """Figures on held-back sets 63 to 74, written blind in the fourteenth pass of issue 8, in three rounds of four,
    each scored first before any rule was written from it: 63 to 66 with the engine at 720303e, 67 to 70 at 6fa4211,
    71 to 74 at 19f0c34 (tests/benchmarks/README.md, "Held-back sets 63 to 74"). Extraction is asserted at the end
    of the pass, as a guard, with the personal-detail targets."""
    for folder, criteria in (
        (HELDBACK_63, 71),
        (HELDBACK_64, 73),
        (HELDBACK_65, 73),
        (HELDBACK_66, 74),
        (HELDBACK_67, 71),
        (HELDBACK_68, 73),
        (HELDBACK_69, 77),
        (HELDBACK_70, 71),
        (HELDBACK_71, 73),
        (HELDBACK_72, 74),
        (HELDBACK_73, 72),
        (HELDBACK_74, 71),
    ):
        _meets_targets(folder, criteria)


def test_accuracy_on_held_back_sets_75_to_86() -> None:
    """Figures on held-back sets 75 to 86, written blind in the fifteenth pass of issue 8 from a brief that asked for
    subtler near misses, in three rounds of four, each scored first before any rule was written from it: 75 to 78
    with the engine at 339c38c, 79 to 82 at 95b4b3f, 83 to 86 at 1aa89e9 (tests/benchmarks/README.md, "Held-back
    sets 75 to 86"). Extraction is asserted at the end of the pass, as a guard, with the personal-detail targets."""
    for folder, criteria in (
        (HELDBACK_75, 76),
        (HELDBACK_76, 73),
        (HELDBACK_77, 75),
        (HELDBACK_78, 76),
        (HELDBACK_79, 72),
        (HELDBACK_80, 76),
        (HELDBACK_81, 72),
        (HELDBACK_82, 74),
        (HELDBACK_83, 71),
        (HELDBACK_84, 78),
        (HELDBACK_85, 72),
        (HELDBACK_86, 72),
    ):
        _meets_targets(folder, criteria)


def test_accuracy_on_held_back_sets_87_to_94() -> None:
    """Figures on held-back sets 87 to 94, written blind in the sixteenth pass of issue 8 from a brief written again
    for this pass, in two rounds of four, each scored first before any rule was written from it: 87 to 90 with the
    engine at 4001915, 91 to 94 at dcdfaaf (tests/benchmarks/README.md, "Held-back sets 87 to 94"). Extraction is
    asserted at the end of the pass, as a guard, with the personal-detail targets."""
    for folder, criteria in (
        (HELDBACK_87, 74),
        (HELDBACK_88, 75),
        (HELDBACK_89, 75),
        (HELDBACK_90, 77),
        (HELDBACK_91, 77),
        (HELDBACK_92, 76),
        (HELDBACK_93, 74),
        (HELDBACK_94, 79),
    ):
        _meets_targets(folder, criteria)


def test_accuracy_on_held_back_sets_95_to_98() -> None:
    """Figures on held-back sets 95 to 98, written blind in the seventeenth pass of issue 8 from the kept brief
    (tests/data/held_back_brief.md) and scored first with the engine at 81b62d2, before any rule was written from
    them (tests/benchmarks/README.md, "Held-back sets 95 to 98"). Extraction is asserted at the end of the pass, as
    a guard, with the personal-detail targets."""
    for folder, criteria in ((HELDBACK_95, 75), (HELDBACK_96, 75), (HELDBACK_97, 78), (HELDBACK_98, 78)):
        _meets_targets(folder, criteria)


def test_accuracy_on_held_back_sets_99_to_102() -> None:
    """Figures on held-back sets 99 to 102, written blind in the eighteenth pass of issue 8 from the kept brief
    (tests/data/held_back_brief.md) and scored first with the engine at 73df61c, before any rule was written from
    them (tests/benchmarks/README.md, "Held-back sets 99 to 102"). Extraction is asserted at the end of the pass, as
    a guard, with the personal-detail targets."""
    for folder, criteria in ((HELDBACK_99, 76), (HELDBACK_100, 76), (HELDBACK_101, 76), (HELDBACK_102, 75)):
        _meets_targets(folder, criteria)


def test_accuracy_on_held_back_sets_103_to_106() -> None:
    """Figures on held-back sets 103 to 106, written blind in the nineteenth pass of issue 8 from the kept brief
    (tests/data/held_back_brief.md) and scored first with the engine at 275ba00, before any rule was written from
    them (tests/benchmarks/README.md, "Held-back sets 103 to 106"). Extraction is asserted at the end of the pass, as
    a guard, with the personal-detail targets."""
    for folder, criteria in ((HELDBACK_103, 76), (HELDBACK_104, 74), (HELDBACK_105, 74), (HELDBACK_106, 73)):
        _meets_targets(folder, criteria)


def test_accuracy_on_held_back_sets_107_to_110() -> None:
    """Figures on held-back sets 107 to 110, written blind in the twentieth pass of issue 8 from the kept brief
    (tests/data/held_back_brief.md) and scored first with the engine at 6403b07, before any rule was written from
    them (tests/benchmarks/README.md, "Held-back sets 107 to 110"). Extraction is asserted at the end of the pass,
    as a guard, with the personal-detail targets."""
    for folder, criteria in ((HELDBACK_107, 73), (HELDBACK_108, 77), (HELDBACK_109, 74), (HELDBACK_110, 75)):
        _meets_targets(folder, criteria)


def test_accuracy_on_held_back_sets_111_to_114() -> None:
    """Figures on held-back sets 111 to 114, written blind in the twenty-first pass of issue 8 from the kept brief
    (tests/data/held_back_brief.md) and scored first with the engine at 7498501, before any rule was written from
    them (tests/benchmarks/README.md, "Held-back sets 111 to 114"). Extraction is asserted at the end of the pass,
    as a guard, with the personal-detail targets."""
    for folder, criteria in ((HELDBACK_111, 75), (HELDBACK_112, 77), (HELDBACK_113, 74), (HELDBACK_114, 78)):
        _meets_targets(folder, criteria)


def test_accuracy_on_held_back_sets_115_to_118() -> None:
    """Figures on held-back sets 115 to 118, written blind in the twenty-second pass of issue 8 from the kept brief
    and scored first with the engine at 912b2e1, before any rule was written from them (tests/benchmarks/README.md,
    "Held-back sets 115 to 118"). Extraction is asserted at the end of the pass, as a guard, with the
    personal-detail targets."""
    for folder, criteria in ((HELDBACK_115, 75), (HELDBACK_116, 75), (HELDBACK_117, 76), (HELDBACK_118, 74)):
        _meets_targets(folder, criteria)


def test_accuracy_on_held_back_sets_119_to_122() -> None:
    """Figures on held-back sets 119 to 122, written blind in the twenty-third pass of issue 8 from the kept brief
    and scored first with the engine at 2da9b65, before any rule was written from them (tests/benchmarks/README.md,
    "Held-back sets 119 to 122"). Extraction is asserted at the end of the pass, as a guard, with the
    personal-detail targets."""
    for folder, criteria in ((HELDBACK_119, 75), (HELDBACK_120, 75), (HELDBACK_121, 75), (HELDBACK_122, 75)):
        _meets_targets(folder, criteria)


def test_accuracy_on_held_back_sets_123_to_126() -> None:
    """Figures on held-back sets 123 to 126, written blind in the twenty-fourth pass of issue 8 from the kept brief
    and scored first with the engine at 6deb58a, before any rule was written from them (tests/benchmarks/README.md,
    "Held-back sets 123 to 126"). Extraction is asserted at the end of the pass, as a guard, with the
    personal-detail targets."""
    for folder, criteria in ((HELDBACK_123, 73), (HELDBACK_124, 75), (HELDBACK_125, 73), (HELDBACK_126, 73)):
        _meets_targets(folder, criteria)


def test_model_load_time_and_memory_per_process() -> None:
    """Load both sentence models in a fresh process (the static embeddings and the transformer, once its
    weights are unpacked on the machine): seconds and resident memory they add, against the issue's budget."""
    script = (
        "import re, time, zipfile; from applications.checks import encoder, semantic, check_text;"
        "check_text('I worked in a team.', 'statement', ['Team work']);"
        "encoder._unpacked_weights(zipfile.ZipFile(encoder._package_zip()));"  # once per machine, not timed
        "rss = lambda: int(re.search(r'VmRSS:\\s+(\\d+)', open('/proc/self/status').read()).group(1));"
        "before = rss(); started = time.perf_counter();"
        "assert semantic.available() and encoder.available(); seconds = time.perf_counter() - started;"
        "print(f'{seconds:.2f} {(rss() - before) / 1024:.0f}')"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)  # noqa: S603
    seconds, megabytes = result.stdout.split()
    print(f"\nmodels load (import + weights + tokenizers): {seconds} s, resident memory added {megabytes} MB")
    assert float(seconds) <= 1  # the budget
    assert float(megabytes) <= 200  # noqa: PLR2004 - the issue's budget
