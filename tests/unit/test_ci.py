"""CI fails fast: migrations and lint are checked, after the virtualenv exists, before the test suite runs."""

from pathlib import Path

CI = Path(__file__).resolve().parents[2] / ".ci" / "run"


def test_ci_checks_migrations_and_lint_before_the_tests():
    commands = [line.strip() for line in CI.read_text().splitlines() if line.strip() and not line.startswith("#")]
    expected = [
        "make install",
        "DEBUG=1 .venv/bin/python manage.py makemigrations --check --dry-run",
        ".venv/bin/ruff check .",
        ".venv/bin/ruff format --check .",
        "make test",
    ]
    positions = [commands.index(command) for command in expected]
    assert positions == sorted(positions)
    assert "set -euo pipefail" in commands  # any failing check stops the run
