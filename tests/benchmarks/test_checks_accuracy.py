"""Accuracy of the checks engine on the evaluation corpus (figures in tests/benchmarks/README.md)."""

from __future__ import annotations

from .checks_accuracy import evaluate


def test_accuracy_on_the_evaluation_corpus() -> None:
    figures = evaluate()
    print("\n" + "\n".join(figures.lines()))
    print("\n".join(figures.notes))
    assert figures.expected == 58  # noqa: PLR2004 - the corpus holds 58 gold criteria
