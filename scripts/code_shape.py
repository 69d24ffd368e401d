"""Two checks on the shape of the project's code, run by tests/unit/test_code_shape.py and by hand:

    python scripts/code_shape.py            # lists functions over 60 lines and import cycles; exit 1 if any

A function over 60 lines does too much to read in one go; an import cycle means two modules cannot be
understood (or loaded) apart. Both count every import, including ones inside functions.
"""

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("applications", "cms", "recruit_outreach")
MAX_FUNCTION_LINES = 60


def source_files(packages: tuple[str, ...] = PACKAGES) -> Iterator[Path]:
    """The project's own Python files (migrations are generated, so they are left out)."""
    for package in packages:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def long_functions(limit: int = MAX_FUNCTION_LINES, packages: tuple[str, ...] = PACKAGES) -> list[str]:
    """``path:line name (n lines)`` for every function or method longer than ``limit`` lines."""
    found = []
    for path in source_files(packages):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1
                if length > limit:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({length} lines)")
    return found


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(node: ast.Import | ast.ImportFrom, module: str, is_package: bool, modules: set[str]) -> set[str]:
    """The project modules one import statement loads: ``from . import x`` loads x when x is a module."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names} & modules
    base = module if is_package else module.rpartition(".")[0]
    for _ in range(node.level - 1):
        base = base.rpartition(".")[0]
    target = ".".join(part for part in (base if node.level else "", node.module or "") if part)
    submodules = {f"{target}.{alias.name}" for alias in node.names} & modules
    names_only = len(submodules) < len(node.names)
    return submodules | ({target} & modules if names_only else set())


def import_graph(packages: tuple[str, ...] = PACKAGES) -> dict[str, set[str]]:
    """Each project module and the project modules it imports, at the top or inside a function."""
    files = {_module_name(path): path for path in source_files(packages)}
    graph: dict[str, set[str]] = {}
    for module, path in files.items():
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                edges |= _imported(node, module, path.name == "__init__.py", set(files))
        graph[module] = edges - {module}
    return graph


def import_cycles(packages: tuple[str, ...] = PACKAGES) -> list[list[str]]:
    """Cycles between modules, each as the modules in order, found by depth-first search."""
    graph, cycles, done = import_graph(packages), [], set()

    def visit(module: str, trail: list[str]) -> None:
        if module in trail:
            cycles.append([*trail[trail.index(module) :], module])
            return
        if module in done:
            return
        for target in sorted(graph[module]):
            visit(target, [*trail, module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])
    return cycles


def main() -> int:
    problems = long_functions() + [" -> ".join(cycle) for cycle in import_cycles()]
    print("\n".join(problems) or "No function over 60 lines and no import cycle.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
