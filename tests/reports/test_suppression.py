"""Small counts stay hidden, and cannot be worked out by subtraction."""

import itertools
import random

import pytest

from reports.suppression import PROTECTION, K, Shown, attacker_range, same_people, suppress


def what_a_reader_can_work_out(breakdown) -> dict[str, set[int]]:
    """Every value each hidden small part can have, found by trying every assignment of
    the hidden parts that fits what is shown (not by the module's own arithmetic)."""
    total = breakdown.total.value
    hidden = [cell for cell in breakdown.parts if cell.shown is not Shown.VALUE]
    if total is None or not hidden:
        return {cell.label: set(range(K)) for cell in hidden}
    rest = total - sum(cell.value for cell in breakdown.parts if cell.shown is Shown.VALUE)
    choices = [
        range(K) if cell.shown is Shown.FEWER_THAN_K else range(K, rest + 1) for cell in hidden
    ]
    possible = {cell.label: set() for cell in hidden}
    for values in itertools.product(*choices):
        if sum(values) == rest:
            for cell, value in zip(hidden, values, strict=True):
                possible[cell.label].add(value)
    return possible


def test_counts_of_ten_or_more_are_shown_as_they_are():
    breakdown = suppress({"parents": 40, "teachers": 25, "young learners": 12})

    assert [cell.value for cell in breakdown.parts] == [40, 25, 12]
    assert breakdown.total.value == 77


def test_a_single_small_count_is_hidden_with_the_smallest_other_one():
    breakdown = suppress({"parents": 40, "teachers": 25, "peer mentors": 3})
    shown = {cell.label: cell.shown for cell in breakdown.parts}

    assert shown == {
        "parents": Shown.VALUE,
        "teachers": Shown.HIDDEN,  # else 68 - 40 - 25 = 3
        "peer mentors": Shown.FEWER_THAN_K,
    }
    assert breakdown.total.value == 68
    assert len(what_a_reader_can_work_out(breakdown)["peer mentors"]) >= PROTECTION


def test_a_small_count_that_stays_vague_enough_keeps_the_total():
    # 6 and 5 make 11: each is still anything from 2 to 9 to a reader who subtracts.
    breakdown = suppress({"parents": 6, "teachers": 5})

    assert breakdown.total.value == 11
    assert what_a_reader_can_work_out(breakdown) == {
        "parents": set(range(2, 10)),
        "teachers": set(range(2, 10)),
    }


def test_a_total_under_ten_hides_everything():
    breakdown = suppress({"parents": 4, "teachers": 3})

    assert breakdown.total.shown is Shown.FEWER_THAN_K
    assert {cell.shown for cell in breakdown.parts} == {Shown.FEWER_THAN_K}


def test_when_nothing_else_protects_a_small_count_the_total_is_hidden():
    # 9 and 8: the total 17 would tell a reader that each is 8 or 9.
    breakdown = suppress({"parents": 9, "teachers": 8})

    assert breakdown.total.shown is Shown.HIDDEN
    assert breakdown.total.value is None


@pytest.mark.parametrize("seed", range(300))
def test_no_small_count_can_be_narrowed_by_subtraction(seed):
    rng = random.Random(seed)
    parts = rng.randint(1, 5)
    counts = {f"part {n}": rng.choice([0, 1, 2, 5, 9, 10, 11, 14, 20, 35]) for n in range(parts)}

    breakdown = suppress(counts)

    for cell in breakdown.parts:
        if cell.shown is Shown.VALUE:
            assert cell.count >= K
    if breakdown.total.shown is Shown.VALUE:
        assert breakdown.total.count >= K
    # No small count may be pinned down by the brute-force reader, and the module's own
    # arithmetic (which decided the suppression) agrees with it.
    worked_out = what_a_reader_can_work_out(breakdown)
    labels = [cell.shown for cell in breakdown.parts]
    for index, cell in enumerate(breakdown.parts):
        if cell.shown is Shown.FEWER_THAN_K:
            assert cell.count in worked_out[cell.label]
            assert len(worked_out[cell.label]) >= PROTECTION, (counts, breakdown)
            if breakdown.total.value is not None:
                expected = attacker_range(
                    labels, [c.count for c in breakdown.parts], breakdown.total.count, index
                )
                assert set(expected) == worked_out[cell.label]


def test_breakdowns_of_the_same_people_are_all_withheld_if_one_must_hide_its_total():
    # By audience, 9 and 8 need the total 17 hidden; by country, NL 17 would give it away.
    audience, country = same_people(suppress({"parents": 9, "teachers": 8}), suppress({"NL": 17}))

    for breakdown in (audience, country):
        assert breakdown.withheld and breakdown.parts == ()
        assert breakdown.total.value is None
    # Where none had to hide it, all are shown as they were.
    shown = same_people(suppress({"parents": 12, "teachers": 15}), suppress({"NL": 27}))
    assert [breakdown.total.value for breakdown in shown] == [27, 27]
    assert not any(breakdown.withheld for breakdown in shown)
