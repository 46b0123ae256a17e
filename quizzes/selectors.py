"""Reads of quiz results, for learners' dashboards and for class and group reports."""

from collections.abc import Iterable
from decimal import Decimal

from .models import Attempt


def attempts_for(*, user_ids: Iterable[int], quiz_ids: Iterable[int] | None = None) -> list:
    """Submitted attempts of these learners (optionally for these quizzes), in one query."""
    attempts = Attempt.objects.filter(user_id__in=list(user_ids), status=Attempt.Status.SUBMITTED)
    if quiz_ids is not None:
        attempts = attempts.filter(quiz_id__in=list(quiz_ids))
    return list(
        attempts.only(
            "id",
            "user_id",
            "quiz_id",
            "number",
            "kind",
            "score",
            "passed",
            "context_id",
            "submitted_at",
        ).order_by("user_id", "quiz_id", "number")
    )


def summarise(attempts: Iterable[Attempt]) -> dict[tuple[int, int], dict]:
    """(user, quiz) → kind, attempts count, best and latest score, and whether ever passed."""
    results: dict[tuple[int, int], dict] = {}
    for attempt in attempts:
        entry = results.setdefault(
            (attempt.user_id, attempt.quiz_id),
            {
                "attempts": 0,
                "best": Decimal(0),
                "latest": None,
                "passed": False,
                "kind": attempt.kind,
            },
        )
        entry["attempts"] += 1
        entry["best"] = max(entry["best"], attempt.score)
        entry["latest"] = attempt.score
        entry["passed"] = entry["passed"] or bool(attempt.passed)
        if attempt.kind != "check_in":
            # A quiz's own kind wins over check-ins recorded in class sessions.
            entry["kind"] = attempt.kind
    return results


def results_by_user_and_quiz(*, user_ids, quiz_ids=None) -> dict[tuple[int, int], dict]:
    """The summary of these learners' submitted attempts, in one query."""
    return summarise(attempts_for(user_ids=user_ids, quiz_ids=quiz_ids))


def knowledge_gain(attempts: Iterable[Attempt]) -> Decimal | None:
    """Post-test minus pre-test score (first pre, latest post), or None without both."""
    pre = [a for a in attempts if a.kind == "pre_test"]
    post = [a for a in attempts if a.kind == "post_test"]
    if not pre or not post:
        return None
    first_pre = min(pre, key=lambda a: a.submitted_at)
    last_post = max(post, key=lambda a: a.submitted_at)
    return last_post.score - first_pre.score
