"""Check the installed packages against a local copy of PyPA's advisory database, without a network.

For when `make audit` stops with "NOT AUDITED" because pip-audit cannot reach its service. Clone or unpack
https://github.com/pypa/advisory-database somewhere and run, with the interpreter whose packages are to be
checked:

    .venv/bin/python .ci/audit_offline.py /path/to/advisory-database/vulns

Every advisory (OSV format, one YAML file each) is matched against every installed distribution by its
normalised name; a version is affected if it is listed in the advisory's `versions` or falls inside one of
its ECOSYSTEM ranges. Advisories whose ID or alias is in .ci/pip-audit-ignore.txt are reported as ignored.
Exit code 1 if anything not ignored affects an installed version, 0 otherwise. The result is only as new as
the copy of the database: say which commit was used when quoting it.
"""

import argparse
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import yaml
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

IGNORE_FILE = Path(__file__).with_name("pip-audit-ignore.txt")


@dataclass(frozen=True)
class Finding:
    advisory_id: str
    aliases: tuple[str, ...]
    package: str
    installed: Version
    fixed_in: tuple[Version, ...]
    summary: str


def installed_versions() -> dict[str, Version]:
    """Each distribution installed for this interpreter, by normalised name (the first on sys.path wins)."""
    found = {}
    for dist in metadata.distributions():
        name = dist.metadata["Name"]
        if name:
            found.setdefault(canonicalize_name(name), Version(dist.version))
    return found


def ignored_ids(path: Path = IGNORE_FILE) -> set[str]:
    """Advisory IDs listed in the ignore file (first word of each non-comment line)."""
    ids = set()
    for line in path.read_text().splitlines():
        words = line.split()
        if words and not words[0].startswith("#"):
            ids.add(words[0])
    return ids


def _parse(text: object) -> Version | None:
    try:
        return Version(str(text))
    except InvalidVersion:
        return None


def in_range(version: Version, events: list[dict]) -> bool:
    """Whether `version` is affected by one OSV ECOSYSTEM range, walking its events in version order."""
    steps = []
    for event in events:
        ((kind, raw),) = event.items()
        bound = Version("0") if raw == "0" else _parse(raw)
        if bound is not None and kind in ("introduced", "fixed", "last_affected"):
            steps.append((bound, kind))
    affected = False
    for bound, kind in sorted(steps, key=lambda step: step[0]):
        if kind == "introduced":
            affected = affected or version >= bound
        else:  # a fix is not affected itself; a last affected release is
            past = version >= bound if kind == "fixed" else version > bound
            affected = affected and not past
    return affected


def check_advisory(advisory: dict, installed: dict[str, Version]) -> list[Finding]:
    """The installed packages this one advisory affects."""
    findings = []
    for affected in advisory.get("affected") or []:
        package = affected.get("package") or {}
        if package.get("ecosystem") != "PyPI":
            continue
        name = canonicalize_name(package.get("name", ""))
        version = installed.get(name)
        if version is None:
            continue
        listed = {_parse(raw) for raw in affected.get("versions") or []}
        ranges = [r for r in affected.get("ranges") or [] if r.get("type") == "ECOSYSTEM"]
        if version in listed or any(in_range(version, r.get("events") or []) for r in ranges):
            fixes = {_parse(event["fixed"]) for r in ranges for event in r.get("events") or [] if "fixed" in event}
            findings.append(
                Finding(
                    advisory_id=advisory["id"],
                    aliases=tuple(advisory.get("aliases") or ()),
                    package=name,
                    installed=version,
                    fixed_in=tuple(sorted(v for v in fixes if v is not None and v > version)),
                    summary=" ".join((advisory.get("summary") or advisory.get("details") or "").split())[:200],
                )
            )
    return findings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("advisories", type=Path, help="directory of OSV YAML files (the database's vulns/)")
    args = parser.parse_args(argv)

    installed = installed_versions()
    ignored = ignored_ids()
    files = sorted(args.advisories.rglob("*.yaml"))
    if not files:
        print(f"No advisories under {args.advisories}: nothing was checked.", file=sys.stderr)
        return 3

    findings = []
    for path in files:
        advisory = yaml.safe_load(path.read_text())
        if advisory and not advisory.get("withdrawn"):
            findings.extend(check_advisory(advisory, installed))

    failing = 0
    for finding in sorted(findings, key=lambda f: (f.package, f.advisory_id)):
        is_ignored = ignored & {finding.advisory_id, *finding.aliases}
        failing += not is_ignored
        fixed = ", ".join(str(v) for v in finding.fixed_in) or "no fix"
        label = "ignored" if is_ignored else "AFFECTED"
        print(f"{label} {finding.package}=={finding.installed} {finding.advisory_id} {' '.join(finding.aliases)}")
        print(f"    fixed in: {fixed}\n    {finding.summary}")
    print(
        f"{len(installed)} installed packages checked against {len(files)} advisories: "
        f"{failing} affecting, {len(findings) - failing} ignored."
    )
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
