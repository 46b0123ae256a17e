"""Writes for quizzes: starting and submitting attempts."""

import datetime
import json
import random
import uuid
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from .models import Attempt, Quiz
from .scoring import score
from .signals import attempt_submitted


class AttemptNotAllowed(Exception):
    """The learner may not start another attempt now; the message says why."""


class QuizChanged(ValidationError):
    """The quiz was edited between showing it and submitting it; show it again."""


def _snapshot(quiz: Quiz, *, order_seed: str | None = None) -> dict:
    """The questions and choices as this attempt shows them, in the order shown.

    With an order seed (the attempt's token) the shuffle is the same every time, so the
    questions a learner was shown can be rebuilt when they submit.
    """
    shuffle = random.Random(order_seed).shuffle if order_seed else random.shuffle
    questions = []
    for question in quiz.questions.all():
        choices = [
            {"id": c.pk, "text": c.text, "correct": c.is_correct, "feedback": c.feedback}
            for c in question.choices.all()
        ]
        if quiz.shuffle_choices and question.type != question.Type.TRUE_FALSE:
            shuffle(choices)
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
        shuffle(questions)
    return {
        "title": quiz.title,
        "pass_mark": quiz.pass_mark,
        "partial_credit": quiz.partial_credit,
        "questions": questions,
    }


def _version(token: uuid.UUID, shown: dict) -> str:
    """A signature of what the form showed: a POST with another one saw an older quiz."""
    content = json.dumps(shown, sort_keys=True, cls=DjangoJSONEncoder)
    return salted_hmac("quizzes.attempt", f"{token}:{content}").hexdigest()


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


def _check_allowed(*, user, quiz: Quiz) -> None:
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


@dataclass(frozen=True)
class AttemptForm:
    """What the quiz page shows and posts back: the token, the questions, their signature."""

    token: uuid.UUID
    shown: dict
    version: str = ""


def attempt_form(*, user, quiz: Quiz, token: uuid.UUID | None = None) -> AttemptForm:
    """The questions to answer, without writing anything (the quiz page is a GET).

    An attempt is saved only when it is submitted (`attempt_submit`). A learner who opens
    the quiz and leaves has used none of their attempts. An attempt still open from before
    is shown as it was. Raises AttemptNotAllowed when the learner may not try now.
    """
    existing = Attempt.objects.filter(user=user, quiz=quiz, status=Attempt.Status.OPEN).first()
    if existing is not None:
        return AttemptForm(token=existing.token, shown=existing.shown)
    _check_allowed(user=user, quiz=quiz)
    token = token or uuid.uuid4()
    quiz = Quiz.objects.prefetch_related("questions__choices").get(pk=quiz.pk)
    shown = _snapshot(quiz, order_seed=str(token))
    return AttemptForm(token=token, shown=shown, version=_version(token, shown))


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
def attempt_submit(
    *,
    user,
    token: uuid.UUID,
    data: dict[str, list[str]],
    quiz: Quiz | None = None,
    version: str = "",
    context_id: int | None = None,
) -> Attempt:
    """Score the learner's answers and save the attempt; submitting it again changes nothing.

    The form came from `attempt_form`: its token names the attempt. The learner's row
    lock makes submissions of one learner wait for each other, so a double submit (two
    tabs, a double click, a retry) finds the attempt the first one saved and returns it as
    it is, and the attempt limit holds. Bad answers raise ValidationError and save
    nothing; QuizChanged when the quiz was edited after the form was shown.
    """
    get_user_model().objects.select_for_update().filter(pk=user.pk).exists()
    attempts = Attempt.objects.select_for_update().filter(token=token, user=user)
    if quiz is not None:
        attempts = attempts.filter(quiz=quiz)
    attempt = attempts.first()
    if attempt is None:
        if quiz is None or Attempt.objects.filter(token=token).exists():
            raise Attempt.DoesNotExist
        return _submit_new(
            user=user, quiz=quiz, token=token, data=data, version=version, context_id=context_id
        )
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
    _submitted(attempt)
    return attempt


def _submit_new(*, user, quiz: Quiz, token, data, version: str, context_id) -> Attempt:
    _check_allowed(user=user, quiz=quiz)
    quiz = Quiz.objects.prefetch_related("questions__choices").get(pk=quiz.pk)
    shown = _snapshot(quiz, order_seed=str(token))
    if not constant_time_compare(version, _version(token, shown)):
        raise QuizChanged(_("This quiz was changed while you answered it. Please answer it again."))
    answers = _clean_answers(shown, data)
    percent = score(shown, answers)
    attempt = _create_numbered(
        user=user,
        quiz=quiz,
        token=token,
        kind=quiz.kind,
        context_id=context_id,
        status=Attempt.Status.SUBMITTED,
        shown=shown,
        answers=answers,
        score=percent,
        passed=percent >= quiz.pass_mark if quiz.kind == Quiz.Kind.GRADED else None,
        submitted_at=timezone.now(),
    )
    if attempt is None:
        raise AttemptNotAllowed(_("Please try again in a moment."))
    _submitted(attempt)
    return attempt


def _submitted(attempt: Attempt) -> None:
    # Inside the transaction, not after it: what a passed attempt completes (the module,
    # the course) is written with the attempt, or not at all. A process that dies after
    # the commit can no longer leave a passed attempt without its completion.
    attempt_submitted.send(sender=Attempt, attempt=attempt)


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
