from decimal import Decimal

import pytest

from quizzes.scoring import question_points, score

SINGLE = {
    "id": 1,
    "type": "single",
    "choices": [
        {"id": 10, "correct": False},
        {"id": 11, "correct": True},
        {"id": 12, "correct": False},
    ],
}
MULTIPLE = {
    "id": 2,
    "type": "multiple",
    "choices": [
        {"id": 20, "correct": True},
        {"id": 21, "correct": False},
        {"id": 22, "correct": True},
        {"id": 23, "correct": False},
    ],
}
TRUE_FALSE = {
    "id": 3,
    "type": "true_false",
    "choices": [{"id": 30, "correct": True}, {"id": 31, "correct": False}],
}


@pytest.mark.parametrize(
    ("question", "chosen", "points"),
    [
        (SINGLE, {11}, 1),
        (SINGLE, {10}, 0),
        (TRUE_FALSE, {30}, 1),
        (TRUE_FALSE, {31}, 0),
        (MULTIPLE, {20, 22}, 1),
        (MULTIPLE, {20}, 0),
        (MULTIPLE, {20, 21, 22}, 0),
        (MULTIPLE, set(), 0),
    ],
)
def test_all_or_nothing_by_default(question, chosen, points):
    assert question_points(question, chosen, partial_credit=False) == points


@pytest.mark.parametrize(
    ("chosen", "points"),
    [
        ({20, 22}, Decimal(1)),
        ({20}, Decimal("0.5")),
        ({20, 21}, Decimal(0)),
        ({20, 21, 22}, Decimal("0.5")),
        ({21, 23}, Decimal(0)),
    ],
)
def test_partial_credit_for_multiple_choice_when_the_editor_chose_it(chosen, points):
    assert question_points(MULTIPLE, chosen, partial_credit=True) == points


def test_partial_credit_does_not_apply_to_single_choice():
    assert question_points(SINGLE, {10, 11}, partial_credit=True) == 0


def test_score_is_the_percentage_of_points():
    shown = {"partial_credit": False, "questions": [SINGLE, MULTIPLE, TRUE_FALSE]}

    assert score(shown, {"1": [11], "2": [20, 22], "3": [30]}) == Decimal("100.00")
    assert score(shown, {"1": [11], "2": [20], "3": [30]}) == Decimal("66.67")
    assert score(shown, {}) == Decimal("0.00")
