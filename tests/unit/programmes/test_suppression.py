"""Disclosure control: NHS Digital's rule, and secondary suppression that keeps hidden counts hidden."""

import itertools

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from recruit_outreach.programmes.suppression import (
    DisclosureRule,
    Published,
    PublishedTable,
    publish_breakdown,
    publish_count,
    publish_plain,
    publish_rate,
    publish_summary,
    publish_table,
    round_count,
)


@pytest.mark.parametrize(
    ("count", "text"),
    [(0, "0"), (1, "*"), (7, "*"), (8, "10"), (12, "10"), (13, "15"), (17, "15"), (18, "20"), (1002, "1000")],
)
def test_counts_follow_the_nhs_digital_rule(count, text):
    published = publish_count(count)
    assert published.text == text
    assert published.suppressed == (text == "*")
    assert str(published) == text


def test_a_negative_count_is_refused():
    with pytest.raises(ValueError):
        round_count(-1)


def test_thresholds_are_configurable():
    rule = DisclosureRule(smallest_hidden=1, largest_hidden=9, round_to=10)
    assert publish_count(9, rule).text == "*"
    assert publish_count(14, rule).text == "10"
    assert publish_count(15, rule).text == "20"


def test_rates_are_worked_out_from_the_rounded_counts():
    # 13 of 22 is 59.1 %, but the published counts are 15 of 20, so the published rate is 75.0 %.
    rate = publish_rate(13, 22)
    assert (rate.text, rate.value, rate.suppressed) == ("75.0", 75.0, False)
    assert publish_rate(0, 40).text == "0.0"


def test_a_rate_with_a_hidden_count_is_hidden():
    assert publish_rate(5, 40).suppressed
    assert publish_rate(0, 6).suppressed


def test_a_rate_without_a_denominator_is_not_shown_but_not_hidden():
    rate = publish_rate(0, 0)
    assert rate.value is None
    assert not rate.suppressed


def test_a_mean_about_few_people_is_hidden():
    assert publish_summary(31.5, people=7).suppressed
    assert publish_summary(31.46, people=8).text == "31.5"
    assert publish_summary(None, people=0).value is None


def test_values_not_about_people_are_shown_as_they_are():
    assert publish_plain(1234.4).text == "1234"
    assert publish_plain(3).text == "3"
    assert publish_plain(12.345, decimals=2).text == "12.35"


def test_a_lone_hidden_cell_in_a_row_hides_the_next_smallest():
    # Without the second "*", 30 - 20 - 10 would give away the 3.
    cells, total = publish_breakdown([3, 9, 20])
    assert [c.text for c in cells] == ["*", "*", "20"]
    assert total.text == "30"


def test_zeros_stay_shown_when_another_cell_can_be_hidden():
    cells, _ = publish_breakdown([4, 0, 11, 40])
    assert [c.text for c in cells] == ["*", "0", "*", "40"]


def test_with_no_other_cell_to_hide_the_total_is_hidden():
    table = publish_table([[3, 0], [20, 0]], row_totals=True, column_totals=True)
    # Row 1 is 3 + 0 = 3: its total is small too. Column 1 has 3 and 20, so the 20 goes as well;
    # row 2 then has only the 20 hidden, so its total is hidden.
    assert [[c.text for c in row] for row in table.cells] == [["*", "0"], ["*", "0"]]
    assert [t.text for t in table.row_totals] == ["*", "*"]
    assert [t.text for t in table.column_totals] == ["25", "0"]
    assert table.grand_total.text == "25"


def test_a_breakdown_without_a_total_needs_no_secondary_suppression():
    cells, total = publish_breakdown([3, 9, 20], with_total=False)
    assert [c.text for c in cells] == ["*", "10", "20"]
    assert total is None


def test_a_ragged_table_is_refused():
    with pytest.raises(ValueError):
        publish_table([[1, 2], [3]])


counts = st.one_of(st.integers(0, 12), st.integers(0, 200))
tables = st.integers(1, 4).flatmap(
    lambda columns: st.lists(st.lists(counts, min_size=columns, max_size=columns), min_size=1, max_size=4)
)


def _everything(table):
    yield from itertools.chain.from_iterable(table.cells)
    for margin in (table.row_totals, table.column_totals):
        yield from margin or ()
    if table.grand_total is not None:
        yield table.grand_total


@given(tables, st.booleans(), st.booleans())
def test_no_published_count_is_from_1_to_7_and_every_shown_count_is_a_multiple_of_5(rows, by_row, by_column):
    table = publish_table(rows, row_totals=by_row, column_totals=by_column)
    for value in _everything(table):
        if value.suppressed:
            assert value.text == "*"
            assert value.value is None
        else:
            assert value.value % 5 == 0
            assert not 1 <= value.value <= 7


@given(tables, st.booleans(), st.booleans())
def test_no_line_has_a_single_hidden_value(rows, by_row, by_column):
    """If a row or column had exactly one "*", its total minus the shown values would give it away."""
    table = publish_table(rows, row_totals=by_row, column_totals=by_column)
    lines = []
    if by_row:
        lines += [[*cells, total] for cells, total in zip(table.cells, table.row_totals, strict=True)]
    if by_column:
        lines += [
            [*cells, total] for cells, total in zip(zip(*table.cells, strict=True), table.column_totals, strict=True)
        ]
    if by_row and by_column:
        lines += [[*table.column_totals, table.grand_total], [*table.row_totals, table.grand_total]]
    for line in lines:
        assert sum(value.suppressed for value in line) != 1


def _equations(rows, table):
    """Each published total as (its members' positions, the total's position), with every true value."""
    n_rows, n_columns = len(rows), len(rows[0])
    truth = {(r, c): rows[r][c] for r in range(n_rows) for c in range(n_columns)}
    shown = {(r, c): table.cells[r][c] for r in range(n_rows) for c in range(n_columns)}
    for r in range(n_rows):
        truth[(r, n_columns)], shown[(r, n_columns)] = sum(rows[r]), table.row_totals[r]
    for c in range(n_columns + 1):
        truth[(n_rows, c)] = sum(truth[(r, c)] for r in range(n_rows))
        shown[(n_rows, c)] = table.column_totals[c] if c < n_columns else table.grand_total
    equations = [([(r, c) for c in range(n_columns)], (r, n_columns)) for r in range(n_rows + 1)]
    equations += [([(r, c) for r in range(n_rows)], (n_rows, c)) for c in range(n_columns + 1)]
    return truth, shown, equations


def _another_solution_exists(known, unknowns, equations, cap):
    """Depth-first search for values of ``unknowns`` (each 0..cap) that satisfy every equation."""
    for members, total in equations:
        missing = [p for p in [*members, total] if p not in known]
        if not missing:
            if sum(known[p] for p in members) != known[total]:
                return False
        elif len(missing) == 1:
            (p,) = missing
            rest = sum(known[m] for m in members if m != p)
            value = known[total] - rest if p != total else rest
            if not 0 <= value <= cap:
                return False
            return _another_solution_exists({**known, p: value}, unknowns - {p}, equations, cap)
    if not unknowns:
        return True
    p = min(unknowns)
    return any(_another_solution_exists({**known, p: v}, unknowns - {p}, equations, cap) for v in range(cap + 1))


@settings(max_examples=80, deadline=None)
@given(
    st.integers(1, 3).flatmap(
        lambda n: st.lists(st.lists(st.integers(0, 12), min_size=n, max_size=n), min_size=1, max_size=3)
    )
)
# Found by this test: no line has a lone "*", yet the column totals' line less the middle column gives the
# bottom row's two outer cells together (2), so the bottom row's total less them gives away the 6.
@example(rows=[[0, 1, 0], [0, 1, 0], [1, 6, 1]])
def test_no_hidden_small_count_can_be_recovered_from_the_totals(rows):
    """Even someone who knows the true value of everything shown (the real reader sees only rounded
    values) finds more than one possible value for each hidden count from 1 to 7."""
    table = publish_table(rows)
    truth, shown, equations = _equations(rows, table)
    hidden = {p for p, value in shown.items() if value.suppressed}
    known = {p: v for p, v in truth.items() if p not in hidden}
    cap = truth[(len(rows), len(rows[0]))]
    for p in hidden:
        if 1 <= truth[p] <= 7 and p[0] < len(rows) and p[1] < len(rows[0]):
            others = [v for v in (truth[p] - 1, truth[p] + 1) if 0 <= v <= cap]
            assert any(_another_solution_exists({**known, p: v}, hidden - {p}, equations, cap) for v in others)


def test_the_reader_in_the_property_test_does_recover_a_count_hidden_on_its_own():
    """Without secondary suppression, 23 - 20 gives away the 3: the search above would find that."""
    rows = [[3, 20], [10, 10]]

    def shown(value):
        return Published(str(value), value)

    table = PublishedTable(
        cells=((publish_count(3), shown(20)), (shown(10), shown(10))),
        row_totals=(shown(23), shown(20)),
        column_totals=(shown(13), shown(30)),
        grand_total=shown(43),
    )
    truth, _, equations = _equations(rows, table)
    known = {p: v for p, v in truth.items() if p != (0, 0)}
    for wrong in (2, 4):
        assert not _another_solution_exists({**known, (0, 0): wrong}, set(), equations, cap=43)
    assert _another_solution_exists({**known, (0, 0): 3}, set(), equations, cap=43)
