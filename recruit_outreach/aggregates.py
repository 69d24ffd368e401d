"""Shared shapes for the aggregate reads the programme metrics make of each app.

Each app's selectors count their own rows in the database; the programmes app says which window of time
to count and how to split the counts (``Grouping``), without the apps importing it.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.db.models import Expression, QuerySet


@dataclass(frozen=True)
class Window:
    """A reporting period: dates from ``start`` up to but not including ``end``, and the same as times."""

    start: date
    end: date
    start_at: datetime
    end_at: datetime

    def dates(self, field: str) -> dict[str, date]:
        """Filter arguments for a date field inside the window."""
        return {f"{field}__gte": self.start, f"{field}__lt": self.end}

    def times(self, field: str) -> dict[str, datetime]:
        """Filter arguments for a date-and-time field inside the window."""
        return {f"{field}__gte": self.start_at, f"{field}__lt": self.end_at}


@dataclass(frozen=True)
class Where:
    """Where a row's groups are found, as lookups from the row being counted.

    ``residents``: paths to the resident's user account (the first that is set is used; "" for a user row
    itself); ``borough`` and ``language``: recorded on the row itself, used before the resident's own;
    ``ethnic_group``: an ONS high-level group ("asian", "white", ...) given for the row, used before the
    resident's own answer; ``reason``: a reason code."""

    residents: tuple[str, ...] = ()
    borough: str | None = None
    language: str | None = None
    ethnic_group: str | None = None
    reason: str | None = None


# Given where the groups are, the expression naming each row's group; None when the row has no such group.
Grouping = Callable[[Where], Expression | None]
Totals = dict[str, dict[str, Any]]


def grouped_totals(queryset: QuerySet, measures: Mapping[str, Any], group: Expression | None) -> Totals:
    """``measures`` (aggregates) worked out by the database, in one query: ``{"": {...}}`` for the total, or
    ``{group: {...}}`` for each group when ``group`` is given."""
    queryset = queryset.order_by()
    if group is None:
        return {"": queryset.aggregate(**measures)}
    rows = queryset.values(group_key=group).annotate(**measures)
    return {row.pop("group_key"): row for row in rows}


def totals_for(queryset: QuerySet, measures: Mapping[str, Any], where: Where, grouping: Grouping | None) -> Totals:
    """The total when ``grouping`` is None; the groups when it applies to these rows; nothing when it does not."""
    if grouping is None:
        return grouped_totals(queryset, measures, None)
    group = grouping(where)
    return {} if group is None else grouped_totals(queryset, measures, group)
