"""Counts of people that are safe to show a funder.

A breakdown (`Breakdown`) counts people in parts that add up to its total: learners by
audience, by country, by month they were first reached. Every person is counted in
exactly one part. `suppress()` decides what may be shown:

- every part and every total that counts fewer than K people is hidden, and said to
  be "fewer than K" (primary suppression);
- a hidden part must not be worked out by subtracting the shown parts from the shown
  total. A reader who knows the total, the shown parts, that each part hidden as small
  counts 0 to K - 1 and that each part hidden to protect it counts K or more can bound
  every small part; while some small part could be narrowed to fewer than PROTECTION
  possible values, the smallest shown part is hidden as well (complementary
  suppression), and when no part is left to hide, the total.

`attacker_range()` is that reader: tests/reports/test_suppression.py checks every
breakdown it can enumerate against it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

K = 10
# A small count hidden by suppression can still be any of at least this many values
# to a reader who subtracts.
PROTECTION = 5


class Shown(Enum):
    VALUE = "value"
    FEWER_THAN_K = "fewer_than_k"  # a count of 0 to K - 1
    HIDDEN = "hidden"  # a count of K or more, hidden so that a small one stays hidden


@dataclass(frozen=True)
class Cell:
    label: str
    count: int
    shown: Shown

    @property
    def value(self) -> int | None:
        return self.count if self.shown is Shown.VALUE else None


@dataclass(frozen=True)
class Breakdown:
    """Parts that add up to the total, after suppression."""

    parts: tuple[Cell, ...]
    total: Cell
    # Nothing of it may be shown (same_people).
    withheld: bool = False


def _bounds(shown: Shown, slack: int) -> tuple[int, int]:
    """What a reader knows of a hidden count from its label alone."""
    return (0, K - 1) if shown is Shown.FEWER_THAN_K else (K, slack)


def attacker_range(parts: list[Shown], counts: list[int], total: int, index: int) -> range:
    """The values a reader can still believe part `index` (hidden) has, knowing the
    total, the shown parts and the labels of the hidden ones."""
    hidden = [i for i, shown in enumerate(parts) if shown is not Shown.VALUE]
    rest = total - sum(counts[i] for i, shown in enumerate(parts) if shown is Shown.VALUE)
    own_low, own_high = _bounds(parts[index], rest)
    others = [_bounds(parts[i], rest) for i in hidden if i != index]
    low = max(own_low, rest - sum(high for _low, high in others))
    high = min(own_high, rest - sum(low for low, _high in others))
    return range(low, high + 1)


def _protected(parts: list[Shown], counts: list[int], total: int) -> bool:
    return all(
        len(attacker_range(parts, counts, total, i)) >= PROTECTION
        for i, shown in enumerate(parts)
        if shown is Shown.FEWER_THAN_K
    )


def suppress(counts: dict[str, int]) -> Breakdown:
    """The breakdown of these counts (label: people) as it may be shown."""
    labels = list(counts)
    values = [counts[label] for label in labels]
    total = sum(values)
    parts = [Shown.FEWER_THAN_K if value < K else Shown.VALUE for value in values]
    total_shown = Shown.FEWER_THAN_K if total < K else Shown.VALUE
    while total_shown is Shown.VALUE and not _protected(parts, values, total):
        shown = [i for i, state in enumerate(parts) if state is Shown.VALUE]
        if not shown:
            total_shown = Shown.HIDDEN
            break
        smallest = min(shown, key=lambda i: (values[i], i))
        parts[smallest] = Shown.HIDDEN
    return Breakdown(
        parts=tuple(
            Cell(label, value, state)
            for label, value, state in zip(labels, values, parts, strict=True)
        ),
        total=Cell("total", total, total_shown),
    )


def same_people(*breakdowns: Breakdown) -> tuple[Breakdown, ...]:
    """Breakdowns of the same people (by audience, by country, by month) share their
    total, and a reader can add up one table's parts to learn it. Where one of them had to
    hide its total to protect its small counts, no other may give it away, nor narrow it
    down: then none of them is shown at all. That happens only with a handful of people,
    where every count is small anyway."""
    if not any(breakdown.total.shown is Shown.HIDDEN for breakdown in breakdowns):
        return breakdowns
    return tuple(
        replace(
            breakdown, parts=(), total=replace(breakdown.total, shown=Shown.HIDDEN), withheld=True
        )
        for breakdown in breakdowns
    )
