"""The shared state of one synthetic population: its random generator, its dates, and what residents pick from."""

import bisect
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

QUARTERS_BACK = 4  # the current quarter and the four before it


def weighted_pool(weights: dict) -> list:
    """A list holding each value as many times as its weight, so ``rng.choice`` picks by weight quickly."""
    return [value for value, weight in weights.items() for _ in range(weight)]


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def quarters_before(start: date, count: int) -> date:
    months = start.year * 12 + start.month - 1 - 3 * count
    return date(months // 12, months % 12 + 1, 1)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=UTC)


@dataclass
class World:
    """Everything a resident's rows are drawn from. The same seed and ``today`` give the same rows."""

    seed: int
    today: date
    resident_group: int
    coordinator_group: int
    sites: list[int]
    rng: random.Random = field(init=False)
    start: date = field(init=False)
    session_starts: list[datetime] = field(default_factory=list)
    session_ids: list[int] = field(default_factory=list)
    awareness_sessions: list[tuple[int, datetime]] = field(default_factory=list)
    employer_names: list[str] = field(default_factory=list)
    volunteer_ids: list[int] = field(default_factory=list)

    def __post_init__(self):
        self.rng = random.Random(self.seed)  # noqa: S311  (made-up data that must repeat, not a secret)
        self.start = quarters_before(quarter_start(self.today), QUARTERS_BACK)

    # Drawn from random() alone: several times quicker than choice() and randint(), and as repeatable.
    def pick(self, values):
        return values[int(self.rng.random() * len(values))]

    def below(self, stop: int) -> int:
        return int(self.rng.random() * stop)

    def between(self, low: int, high: int) -> int:
        return low + int(self.rng.random() * (high - low + 1))

    @property
    def now(self) -> datetime:
        return at(self.today, 0)

    @property
    def days(self) -> int:
        return (self.today - self.start).days

    def day_after(self, day: date, low: int, high: int) -> date:
        return day + timedelta(days=self.between(low, high))

    def any_day(self) -> date:
        return self.start + timedelta(days=self.below(self.days + 1))

    def sessions_within(self, days: int) -> int:
        """About how many sessions start in ``days`` days."""
        return max(1, len(self.session_starts) * days // (self.days + 28))

    def sessions_from(self, moment: datetime) -> tuple[int, int]:
        """The range of indexes of sessions starting at or after ``moment``."""
        return bisect.bisect_left(self.session_starts, moment), len(self.session_starts)
