"""The code stays readable in pieces: no function over 60 lines, no two modules that import each other."""

from scripts.code_shape import MAX_FUNCTION_LINES, import_cycles, long_functions


def test_no_function_is_over_60_lines():
    assert long_functions() == [], f"split these into well-named helpers (limit {MAX_FUNCTION_LINES} lines)"


def test_the_coach_and_accounts_have_no_import_cycles():
    assert import_cycles(("applications", "recruit_outreach")) == []
