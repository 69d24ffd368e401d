"""Disclosure control for published figures: plain Python, no Django.

NHS Digital's rule for figures below national level (used for HES and ECDS since September 2018):

- a count from 1 to 7 is shown as "*", 0 stays 0, every other count is rounded to the nearest 5;
- rates and percentages are worked out from the rounded counts, and not shown when either count is "*";
- a mean or median based on 1 to 7 people is shown as "*".

Tables add secondary suppression: when a row or column total is published, a line with exactly one
hidden value would give that value away (total minus the others), so a second value in that line is
hidden too. That is not always enough in a table with row and column totals: lines can be added and
taken away (two rows' totals, less a column's...) until one hidden count is left alone. So each table is
then audited as a reader who knew every shown value exactly would attack it: every hidden count from 1 to 7
must be able to move by one, up or down, with the other hidden values moving to keep every total right and
none going below 0 or above the grand total. Where one cannot, another value is hidden and the table
audited again. The dashboard, the exports and the quarterly report all publish through this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

SUPPRESSED_TEXT = "*"
NOT_AVAILABLE_TEXT = "–"


@dataclass(frozen=True)
class DisclosureRule:
    """Which counts are hidden and how the others are rounded."""

    smallest_hidden: int = 1
    largest_hidden: int = 7
    round_to: int = 5

    def hides(self, count: int) -> bool:
        """True when ``count`` is too small to publish."""
        return self.smallest_hidden <= count <= self.largest_hidden


NHS_DIGITAL = DisclosureRule()


@dataclass(frozen=True)
class Published:
    """One value as it may be shown: ``text`` for people, ``value`` for charts and sums.

    ``value`` is None when nothing may be shown (suppressed, or a rate with no denominator).
    """

    text: str
    value: int | float | None
    suppressed: bool = False

    def __str__(self) -> str:
        return self.text


HIDDEN = Published(SUPPRESSED_TEXT, None, suppressed=True)
NOT_AVAILABLE = Published(NOT_AVAILABLE_TEXT, None)


def round_count(count: int, rule: DisclosureRule = NHS_DIGITAL) -> int | None:
    """The count as it may be published, or None when it must be hidden.

    >>> round_count(0), round_count(5), round_count(8), round_count(12), round_count(13)
    (0, None, 10, 10, 15)
    """
    if count < 0:
        raise ValueError("A count cannot be negative.")
    if count == 0:
        return 0
    if rule.hides(count):
        return None
    half = rule.round_to // 2
    return (count + half) // rule.round_to * rule.round_to


def publish_count(count: int, rule: DisclosureRule = NHS_DIGITAL) -> Published:
    """A count of people under the rule: "*" for 1-7, 0 as 0, others to the nearest 5."""
    rounded = round_count(count, rule)
    if rounded is None:
        return HIDDEN
    return Published(str(rounded), rounded)


def publish_rate(
    numerator: int,
    denominator: int,
    *,
    per: int = 100,
    decimals: int = 1,
    rule: DisclosureRule = NHS_DIGITAL,
) -> Published:
    """``numerator / denominator * per`` worked out from the rounded counts (``per=100`` gives a percentage).

    Hidden when either count is hidden; not available when the denominator is 0.
    """
    top, bottom = round_count(numerator, rule), round_count(denominator, rule)
    if top is None or bottom is None:
        return HIDDEN
    if bottom == 0:
        return NOT_AVAILABLE
    value = round(top / bottom * per, decimals)
    return Published(f"{value:.{decimals}f}", value)


def publish_summary(
    value: float | None, people: int, *, decimals: int = 1, rule: DisclosureRule = NHS_DIGITAL
) -> Published:
    """A mean or median about ``people`` people: hidden when it is based on 1-7 of them."""
    if rule.hides(people):
        return HIDDEN
    if people == 0 or value is None:
        return NOT_AVAILABLE
    shown = round(value, decimals)
    return Published(f"{shown:.{decimals}f}", shown)


def publish_plain(value: int | float | None, *, decimals: int = 0) -> Published:
    """A value that is not about people (pounds, events held): it needs no control."""
    if value is None:
        return NOT_AVAILABLE
    shown = round(value, decimals) if decimals else round(value)
    return Published(f"{shown:.{decimals}f}", shown)


@dataclass(frozen=True)
class PublishedTable:
    """A table of counts after primary and secondary suppression; totals are None when not published."""

    cells: tuple[tuple[Published, ...], ...]
    row_totals: tuple[Published, ...] | None
    column_totals: tuple[Published, ...] | None
    grand_total: Published | None


Position = tuple[int, int]


def _lines(rows: int, columns: int, *, row_totals: bool, column_totals: bool) -> list[list[Position]]:
    """Every line whose members add up to a published total, the total's position last.

    Totals sit in an extra column (index ``columns``) and an extra row (index ``rows``).
    """
    lines: list[list[Position]] = []
    if row_totals:
        lines += [[(r, c) for c in range(columns + 1)] for r in range(rows)]
    if column_totals:
        lines += [[(r, c) for r in range(rows + 1)] for c in range(columns)]
    if row_totals and column_totals:
        lines.append([(rows, c) for c in range(columns + 1)])
        lines.append([(r, columns) for r in range(rows + 1)])
    return lines


def _complement(line: list[Position], grid: dict[Position, int], hidden: set[Position]) -> Position:
    """The member to hide beside a lone hidden one: the smallest non-zero value, else the total, else a zero."""
    *members, total = line
    candidates = [p for p in members if p not in hidden and grid[p] > 0]
    if candidates:
        return min(candidates, key=lambda p: (grid[p], p))
    if total not in hidden:
        return total
    return next(p for p in members if p not in hidden)


def secondary_suppression(
    grid: dict[Position, int], hidden: set[Position], lines: Sequence[list[Position]]
) -> set[Position]:
    """Hide more values until no line has exactly one hidden member, so none can be worked out from a total."""
    hidden = set(hidden)
    changed = True
    while changed:
        changed = False
        for line in lines:
            if sum(p in hidden for p in line) == 1:
                hidden.add(_complement(line, grid, hidden))
                changed = True
    return hidden


def _can_move(
    start: Position, step: int, grid: dict[Position, int], hidden: set[Position], lines: Sequence[list[Position]]
) -> bool:
    """Whether the hidden value at ``start`` can change by ``step`` (+1 or -1) while every line still adds up,
    the other hidden values moving by -1, 0 or +1, none below 0 or above the grand total.

    Tables with totals are a network (every value sits in one row and one column line), so if any other
    solution exists one of these unit moves does; the search tries them with each line that has a single
    unset member setting it.
    """
    cap = max(grid.values())

    def fits(position: Position, change: int) -> bool:
        return abs(change) <= 1 and 0 <= grid[position] + change <= cap

    def search(moves: dict[Position, int]) -> bool:
        moves = dict(moves)
        progress = True
        while progress:
            progress = False
            for line in lines:
                *members, total = line
                unset = [p for p in line if p in hidden and p not in moves]
                balance = sum(moves.get(p, 0) for p in members) - moves.get(total, 0)
                if not unset:
                    if balance:
                        return False
                elif len(unset) == 1:
                    (position,) = unset
                    change = -balance if position != total else balance
                    if not fits(position, change):
                        return False
                    moves[position] = change
                    progress = True
        unset = sorted(p for p in hidden if p not in moves)
        if not unset:
            return True
        position = unset[0]
        return any(search({**moves, position: change}) for change in (0, 1, -1) if fits(position, change))

    return fits(start, step) and search({start: step})


def _exposed(
    grid: dict[Position, int], hidden: set[Position], lines: Sequence[list[Position]], rule: DisclosureRule
) -> Position | None:
    """A hidden count from 1 to 7 whose value the shown values and totals fix, or None."""
    for position in sorted(hidden):
        if rule.hides(grid[position]) and not any(_can_move(position, step, grid, hidden, lines) for step in (1, -1)):
            return position
    return None


def _audited(
    grid: dict[Position, int], hidden: set[Position], lines: Sequence[list[Position]], rule: DisclosureRule
) -> set[Position]:
    """Hide more values, the smallest non-zero ones in the exposed count's lines first, until none is exposed."""
    while (exposed := _exposed(grid, hidden, lines, rule)) is not None:
        near = {p for line in lines if exposed in line for p in line} - hidden
        if not near:  # every value in its lines is hidden already: widen to every line
            near = {p for line in lines for p in line} - hidden
        hidden = secondary_suppression(grid, hidden | {min(near, key=lambda p: (grid[p] == 0, grid[p], p))}, lines)
    return hidden


def _with_totals(counts: Sequence[Sequence[int]]) -> dict[Position, int]:
    rows, columns = len(counts), len(counts[0])
    grid = {(r, c): counts[r][c] for r in range(rows) for c in range(columns)}
    for r in range(rows):
        grid[(r, columns)] = sum(counts[r])
    for c in range(columns + 1):
        grid[(rows, c)] = sum(grid[(r, c)] for r in range(rows))
    return grid


def publish_table(
    counts: Sequence[Sequence[int]],
    *,
    row_totals: bool = True,
    column_totals: bool = True,
    rule: DisclosureRule = NHS_DIGITAL,
) -> PublishedTable:
    """Publish a rectangular table of counts with its totals, so no hidden count can be worked out."""
    if not counts or not counts[0] or any(len(row) != len(counts[0]) for row in counts):
        raise ValueError("A table needs at least one cell and rows of the same length.")
    rows, columns = len(counts), len(counts[0])
    grid = _with_totals(counts)
    lines = _lines(rows, columns, row_totals=row_totals, column_totals=column_totals)
    published_positions = {p for line in lines for p in line} | {(r, c) for r in range(rows) for c in range(columns)}
    primary = {p for p in published_positions if round_count(grid[p], rule) is None}
    hidden = _audited(grid, secondary_suppression(grid, primary, lines), lines, rule)

    def shown(position: Position) -> Published:
        return HIDDEN if position in hidden else publish_count(grid[position], rule)

    return PublishedTable(
        cells=tuple(tuple(shown((r, c)) for c in range(columns)) for r in range(rows)),
        row_totals=tuple(shown((r, columns)) for r in range(rows)) if row_totals else None,
        column_totals=tuple(shown((rows, c)) for c in range(columns)) if column_totals else None,
        grand_total=shown((rows, columns)) if row_totals and column_totals else None,
    )


def publish_breakdown(
    counts: Sequence[int], *, with_total: bool = True, rule: DisclosureRule = NHS_DIGITAL
) -> tuple[tuple[Published, ...], Published | None]:
    """One indicator split by a breakdown (borough, ethnic group...), with its total when published."""
    table = publish_table([list(counts)], row_totals=with_total, column_totals=False, rule=rule)
    total = table.row_totals[0] if table.row_totals else None
    return table.cells[0], total
