"""Scoring on the server, from the attempt's own record of what was shown."""

from decimal import ROUND_HALF_UP, Decimal


def question_points(question: dict, chosen: set[int], *, partial_credit: bool) -> Decimal:
    """1 for a right answer, 0 for a wrong one; a share of 1 with partial credit."""
    correct = {choice["id"] for choice in question["choices"] if choice["correct"]}
    if question["type"] == "multiple" and partial_credit and correct:
        right = len(chosen & correct) - len(chosen - correct)
        return max(Decimal(0), Decimal(right) / Decimal(len(correct)))
    return Decimal(1) if chosen == correct else Decimal(0)


def score(shown: dict, answers: dict[str, list[int]]) -> Decimal:
    """The attempt's score in percent, two decimals."""
    questions = shown["questions"]
    if not questions:
        return Decimal(0)
    total = sum(
        question_points(
            question,
            set(answers.get(str(question["id"]), [])),
            partial_credit=shown.get("partial_credit", False),
        )
        for question in questions
    )
    percent = total * 100 / len(questions)
    return percent.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
