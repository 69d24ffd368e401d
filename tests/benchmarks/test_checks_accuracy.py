"""Accuracy of the checks engine on the evaluation corpus (figures in tests/benchmarks/README.md)."""

from __future__ import annotations

import subprocess
import sys

from tests.benchmarks.checks_accuracy import evaluate


def test_accuracy_on_the_evaluation_corpus() -> None:
    figures = evaluate()
    print("\n" + "\n".join(figures.lines()))
    print("\n".join(figures.notes))
    assert figures.expected == 58  # noqa: PLR2004 - the corpus holds 58 gold criteria


def test_model_load_time_and_memory_per_process() -> None:
    """Load the sentence-embedding model in a fresh process: seconds and resident memory it adds."""
    script = (
        "import re, time; from applications.checks import semantic, check_text;"
        "check_text('I worked in a team.', 'statement', ['Team work']);"
        "rss = lambda: int(re.search(r'VmRSS:\\s+(\\d+)', open('/proc/self/status').read()).group(1));"
        "before = rss(); started = time.perf_counter();"
        "assert semantic.available(); seconds = time.perf_counter() - started;"
        "print(f'{seconds:.2f} {(rss() - before) / 1024:.0f}')"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)  # noqa: S603
    seconds, megabytes = result.stdout.split()
    print(f"\nmodel load (import + weights + tokenizer): {seconds} s, resident memory added {megabytes} MB")
    assert float(megabytes) <= 200  # noqa: PLR2004 - the issue's budget
