"""Free text judged as the wizard judges an answer: a sentence the words or the transformer tie to a criterion
counts only if, read with the sentence after it, it would pass under that criterion in the wizard. Written
after held-back sets 107 to 110; the sentences here are written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from applications.checks import Criterion, check_text
from tests.unit.checks.builders import status_of

OFFICE = [
    Criterion("Able to answer pay queries politely by phone and email"),
    Criterion("Experience of working with the public"),
    Criterion("Excellent written English, including formal letters"),
    Criterion("Able to work as part of a team"),
    Criterion("Experience of using SystmOne or another patient record system"),
    Criterion("Full UK driving licence"),
    Criterion("Understanding of patient confidentiality"),
    Criterion("Experience of looking after babies or young children"),
    Criterion("Able to lift and move boxes safely"),
]
WARD = [
    Criterion("Experience of caring for adults in a hospital or care home"),
    Criterion("Able to record observations accurately"),
    Criterion("Good communication skills with patients and relatives"),
    Criterion("Able to work under pressure and prioritise tasks"),
    Criterion("Basic computer skills"),
    Criterion("Understanding of infection prevention and control"),
    Criterion("Able to train new staff", "desirable"),
    Criterion("Willing to work nights and weekends"),
]


def codes_for(report, criterion: Criterion) -> list[str]:  # noqa: ANN001
    return [f.code for f in report.findings if f.params.get("criterion") == criterion.text]


@pytest.mark.parametrize(
    ("text", "criterion", "code"),
    [
        # someone else does the part asked for; the resident only reads it
        (
            "My team leader writes the formal letters to people who complain, and I read each one before it goes "
            "out so I know what was said.",
            OFFICE[2],
            "criteria.not_yet",
        ),
        # a claim, however it is put, is no example
        ("Keeping patients' details private matters a great deal to me.", OFFICE[6], "criteria.weak"),
        ("I can lift heavy things, no trouble at all.", OFFICE[8], "criteria.weak"),
    ],
)
def test_free_text_that_would_not_pass_as_a_wizard_answer_is_not_evidence(
    text: str, criterion: Criterion, code: str
) -> None:
    report = check_text(text, "statement", OFFICE)
    assert status_of(report, criterion) == "missing"
    assert codes_for(report, criterion) == [code]


def test_the_part_that_passes_keeps_the_criterion_covered() -> None:
    text = (
        "My team leader writes the formal letters to people who complain. Last year I wrote the letter to a "
        "family whose father's notes were lost, and it set out what had gone wrong, what we had done and who to "
        "call."
    )
    assert status_of(check_text(text, "statement", OFFICE), OFFICE[2]) == "covered"


def test_a_story_nearest_one_criterion_by_a_small_margin_counts_when_it_passes_as_an_answer_would() -> None:
    text = (
        "I have worked at Elm Lodge care home in Ealing for two years. During the norovirus outbreak last winter "
        "I wore a fresh apron and gloves in every room, bagged soiled linen at the bedside and cleaned the "
        "handrails twice a shift. The outbreak stayed on one floor."
    )
    report = check_text(text, "statement", WARD)
    assert status_of(report, WARD[5]) == "covered"
    assert "norovirus" in " ".join(report.criteria[5].evidence)
