"""CI fails fast: migrations and lint are checked, after the virtualenv exists, before the test suite runs."""

import importlib.util
import subprocess
from importlib import metadata
from pathlib import Path

import yaml
from packaging.version import Version

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


def _offline_audit():
    spec = importlib.util.spec_from_file_location("audit_offline", CI.parent / "audit_offline.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _advisory(events=(), versions=(), name="Django", ecosystem="PyPI"):
    return {
        "id": "PYSEC-0000-1",
        "aliases": ["CVE-0000-1"],
        "details": "Something bad.",
        "affected": [
            {
                "package": {"ecosystem": ecosystem, "name": name},
                "ranges": [{"type": "ECOSYSTEM", "events": list(events)}] if events else [],
                "versions": list(versions),
            }
        ],
    }


def test_the_offline_audit_reads_osv_ranges_for_each_release_line():
    audit = _offline_audit()
    events = [{"introduced": "5.0"}, {"fixed": "5.0.8"}, {"introduced": "4.2"}, {"fixed": "4.2.15"}]
    two_lines = _advisory(events=events)
    affected = {
        version: bool(audit.check_advisory(two_lines, {"django": Version(version)}))
        for version in ["4.1", "4.2", "4.2.14", "4.2.15", "5.0.7", "5.0.8", "5.1"]
    }
    assert affected == {
        "4.1": False,
        "4.2": True,
        "4.2.14": True,
        "4.2.15": False,
        "5.0.7": True,
        "5.0.8": False,
        "5.1": False,
    }
    (finding,) = audit.check_advisory(two_lines, {"django": Version("4.2.3")})
    assert finding.fixed_in[0] == Version("4.2.15")  # the smallest fix comes first

    last = _advisory(events=[{"introduced": "0"}, {"last_affected": "2.0"}])
    assert audit.check_advisory(last, {"django": Version("2.0")})
    assert not audit.check_advisory(last, {"django": Version("2.0.1")})


def test_the_offline_audit_matches_listed_versions_and_only_the_named_pypi_package():
    audit = _offline_audit()
    listed = _advisory(versions=["1.0", "1.1"], name="Some_Package")
    assert audit.check_advisory(listed, {"some-package": Version("1.1")})
    assert not audit.check_advisory(listed, {"some-package": Version("1.2")})
    assert not audit.check_advisory(listed, {"other": Version("1.1")})
    elsewhere = _advisory(versions=["1.1"], name="some-package", ecosystem="npm")
    assert not audit.check_advisory(elsewhere, {"some-package": Version("1.1")})


def test_the_offline_audit_fails_on_an_advisory_for_an_installed_version(tmp_path, capsys):
    audit = _offline_audit()
    assert audit.main([str(tmp_path)]) == 3  # no advisories: nothing was checked, never a pass

    installed = metadata.version("pytest")
    advisory = _advisory(versions=[installed], name="pytest")
    (tmp_path / "pytest").mkdir()
    (tmp_path / "pytest" / "PYSEC-0000-1.yaml").write_text(yaml.safe_dump(advisory))
    assert audit.main([str(tmp_path)]) == 1
    assert f"AFFECTED pytest=={installed} PYSEC-0000-1" in capsys.readouterr().out

    ignore_file = tmp_path / "ignore.txt"
    ignore_file.write_text("# comment\nCVE-0000-1  # reason\n")
    assert audit.ignored_ids(ignore_file) == {"CVE-0000-1"}
