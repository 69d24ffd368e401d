"""CI fails fast: migrations and lint are checked, after the virtualenv exists, before the test suite runs."""

import subprocess
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


def test_ci_audits_the_dependencies_after_the_tests():
    """A known vulnerability fails CI; an unreachable vulnerability service is reported, not passed off as
    "no known vulnerabilities" (see test below), and fails CI only with AUDIT_REQUIRED=1."""
    commands = [line.strip() for line in CI.read_text().splitlines() if line.strip() and not line.startswith("#")]
    assert commands.index("bash .ci/audit || audit_status=$?") > commands.index("make test")
    requirements = (CI.parents[1] / "requirements.txt").read_text().splitlines()
    assert any(line.startswith("pip-audit==") for line in requirements), "pip-audit is pinned"


def test_the_audit_fails_and_says_so_when_the_vulnerability_service_cannot_be_reached():
    # Point pip-audit at OSV on a closed local port: nothing can be looked up, so nothing was audited.
    audit = subprocess.run(
        ["bash", str(CI.parent / "audit"), "-s", "osv", "--osv-url", "http://127.0.0.1:9/v1/query"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert audit.returncode == 3
    assert "NOT AUDITED" in audit.stderr
    assert "No known vulnerabilities found" not in audit.stdout
