"""Writes for quizzes: starting and submitting attempts."""

import datetime
import random

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Attempt, Quiz
from .scoring import score
from .signals import attempt_submitted


class AttemptNotAllowed(Exception):
    """The learner may not start another attempt now; the message says why."""


def _snapshot(quiz: Quiz) -> dict:
    """The questions and choices as this attempt shows them, in the order shown."""
    questions = []
    for question in quiz.questions.all():
        choices = [
            {"id": c.pk, "text": c.text, "correct": c.is_correct, "feedback": c.feedback}
            for c in question.choices.all()
        ]
        if quiz.shuffle_choices and question.type != question.Type.TRUE_FALSE:
            random.shuffle(choices)
        questions.append(
            {
                "id": question.pk,
                "type": question.type,
                "text": question.text,
                "explanation": question.explanation,
                "choices": choices,
            }
        )
    if quiz.shuffle_questions:
        random.shuffle(questions)
    return {
        "title": quiz.title,
        "pass_mark": quiz.pass_mark,
        "partial_credit": quiz.partial_credit,
        "questions": questions,
    }


def attempt_next_allowed_at(*, user, quiz: Quiz) -> datetime.datetime | None:
    """When the learner may start again, if they must wait; None if they may now."""
    if not quiz.wait_minutes:
        return None
    last = Attempt.objects.filter(user=user, quiz=quiz, status=Attempt.Status.SUBMITTED).aggregate(
        last=Max("submitted_at")
    )["last"]
    if last is None:
        return None
    allowed = last + datetime.timedelta(minutes=quiz.wait_minutes)
    return allowed if allowed > timezone.now() else None


def attempt_start(*, user, quiz: Quiz, context_id: int | None = None) -> Attempt:
    """The learner's open attempt at the quiz, started now if there is none.

    Two tabs or a reload get the same open attempt (one open attempt per learner and
    quiz is a database constraint).
    """
    existing = Attempt.objects.filter(user=user, quiz=quiz, status=Attempt.Status.OPEN).first()
    if existing is not None:
        return existing
    # Check-ins recorded in a live class session do not use up the quiz's own attempts.
    submitted = Attempt.objects.filter(
        user=user, quiz=quiz, status=Attempt.Status.SUBMITTED, kind=quiz.kind
    )
    if quiz.max_attempts and submitted.count() >= quiz.max_attempts:
        raise AttemptNotAllowed(_("You have used all your attempts at this quiz."))
    allowed_at = attempt_next_allowed_at(user=user, quiz=quiz)
    if allowed_at is not None:
        raise AttemptNotAllowed(
            _("You can try again from %(time)s.")
            % {"time": timezone.localtime(allowed_at).strftime("%H:%M")}
        )
    quiz = Quiz.objects.prefetch_related("questions__choices").get(pk=quiz.pk)
    attempt = _create_numbered(
        user=user, quiz=quiz, kind=quiz.kind, context_id=context_id, shown=_snapshot(quiz)
    )
    if attempt is None:
        # Another request started one a moment ago (two tabs).
        attempt = Attempt.objects.filter(user=user, quiz=quiz, status=Attempt.Status.OPEN).first()
    if attempt is None:
        raise AttemptNotAllowed(_("Please try again in a moment."))
    return attempt


def _create_numbered(*, user, quiz: Quiz, **fields) -> Attempt | None:
    """Create the learner's next-numbered attempt; None if concurrent inserts kept winning.

    The unique (user, quiz, number) and one-open-attempt constraints decide races.
    """
    for _retry in range(3):
        number = (
            Attempt.objects.filter(user=user, quiz=quiz).aggregate(n=Max("number"))["n"] or 0
        ) + 1
        try:
            with transaction.atomic():
                return Attempt.objects.create(user=user, quiz=quiz, number=number, **fields)
        except IntegrityError:
            continue
    return None


def _clean_answers(shown: dict, data: dict[str, list[str]]) -> dict[str, list[int]]:
    errors = []
    answers = {}
    for position, question in enumerate(shown["questions"], start=1):
        raw = data.get(str(question["id"]), [])
        valid = {choice["id"] for choice in question["choices"]}
        try:
            chosen = sorted({int(value) for value in raw})
        except (TypeError, ValueError):
            chosen = None
        if not chosen:
            errors.append(_("Answer question %(n)s.") % {"n": position})
        elif not set(chosen) <= valid:
            errors.append(
                _("Question %(n)s got an answer that is not one of its choices.") % {"n": position}
            )
        elif question["type"] != "multiple" and len(chosen) != 1:
            errors.append(_("Choose one answer for question %(n)s.") % {"n": position})
        else:
            answers[str(question["id"])] = chosen
    if errors:
        raise ValidationError(errors)
    return answers


@transaction.atomic
def attempt_submit(*, user, token, data: dict[str, list[str]], quiz: Quiz | None = None) -> Attempt:
    """Score and close the learner's open attempt; submitting it again changes nothing.

    The row lock makes a double submit (two tabs, a double click, a retry) wait for
    the first, then find the attempt closed and return it as it is.
    """
    attempts = Attempt.objects.select_for_update().filter(token=token, user=user)
    if quiz is not None:
        attempts = attempts.filter(quiz=quiz)
    attempt = attempts.get()
    if not attempt.is_open:
        return attempt
    answers = _clean_answers(attempt.shown, data)
    attempt.answers = answers
    attempt.score = score(attempt.shown, answers)
    attempt.passed = (
        attempt.score >= attempt.shown["pass_mark"] if attempt.kind == Quiz.Kind.GRADED else None
    )
    attempt.status = Attempt.Status.SUBMITTED
    attempt.submitted_at = timezone.now()
    attempt.save(update_fields=["answers", "score", "passed", "status", "submitted_at"])
    # Inside the transaction, not after it: what a passed attempt completes (the module,
    # the course) is written with the attempt, or not at all. A process that dies after
    # the commit can no longer leave a passed attempt without its completion.
    attempt_submitted.send(sender=Attempt, attempt=attempt)
    return attempt


def attempt_record(
    *, user, quiz: Quiz, answers: dict[str, list[int]], kind: str, context_id: int | None = None
) -> Attempt:
    """A submitted attempt made of answers given elsewhere (a live class session).

    Unanswered questions score nothing; check-ins are never pass or fail.
    """
    quiz = Quiz.objects.prefetch_related("questions__choices").get(pk=quiz.pk)
    shown = _snapshot(quiz)
    valid = {str(q["id"]): {c["id"] for c in q["choices"]} for q in shown["questions"]}
    answers = {
        qid: [c for c in chosen if c in valid[qid]]
        for qid, chosen in answers.items()
        if qid in valid
    }
    percent = score(shown, answers)
    attempt = _create_numbered(
        user=user,
        quiz=quiz,
        kind=kind,
        context_id=context_id,
        status=Attempt.Status.SUBMITTED,
        shown=shown,
        answers=answers,
        score=percent,
        passed=percent >= quiz.pass_mark if kind == Quiz.Kind.GRADED else None,
        submitted_at=timezone.now(),
    )
    if attempt is None:
        raise RuntimeError("could not number the attempt")
    return attempt
