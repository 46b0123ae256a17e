"""Bench learning records: 100,000 enrolments, a million module-progress rows, attempts.

Each learner follows the four bench courses and one demo course. A fifth of the
enrolments are complete; the rest stopped somewhere, last active within thirty days.
"""

import json
import uuid
from dataclasses import dataclass, field
from datetime import timedelta

from django.utils import timezone

from courses.models import CoursePage, Enrolment, ModuleProgress
from courses.selectors import modules_of_courses
from quizzes.models import Attempt, Quiz
from quizzes.scoring import score
from quizzes.services import attempt_record

from .content import CHECKPOINT_POSITION, Content
from .pgcopy import copy_rows

COMPLETED_SHARE = 0.2
ACTIVE_WITHIN_DAYS = 30


@dataclass
class Plan:
    """One enrolment as seeded: its moments and how far the learner got."""

    user_id: int
    course_id: int
    enrolled_at: object
    last_active_at: object
    started: int
    completed: int
    course_completed: bool


@dataclass
class Learning:
    """Who the measurements can pick: by course, its unfinished and all its learners."""

    unfinished: dict[int, list[int]] = field(default_factory=dict)
    enrolled: dict[int, list[int]] = field(default_factory=dict)


def _plans(learner_ids, courses, demo_courses, modules, rng) -> list[Plan]:
    now = timezone.now()
    plans = []
    for user_id in learner_ids:
        for course in [*courses, rng.choice(demo_courses)]:
            count = len(modules[course.pk])
            last_active = now - timedelta(days=rng.uniform(0, ACTIVE_WITHIN_DAYS))
            done = rng.random() < COMPLETED_SHARE
            started = count if done else rng.randint(min(2, count - 1), count - 1)
            plans.append(
                Plan(
                    user_id=user_id,
                    course_id=course.pk,
                    enrolled_at=last_active - timedelta(days=rng.uniform(1, 90)),
                    last_active_at=last_active,
                    started=started,
                    completed=started if done else started - rng.randint(0, 1),
                    course_completed=done,
                )
            )
    return plans


def _progress_rows(plans, modules):
    for plan in plans:
        step = (plan.last_active_at - plan.enrolled_at) / plan.started
        for i, module in enumerate(modules[plan.course_id][: plan.started]):
            started = plan.enrolled_at + step * i
            seen = plan.last_active_at if i == plan.started - 1 else started + step / 2
            yield (plan.user_id, module.pk, started, seen, seen if i < plan.completed else None)


def _answers(shown: dict, right_share: float, rng) -> dict[str, list[int]]:
    answers = {}
    for question in shown["questions"]:
        correct = [c["id"] for c in question["choices"] if c["correct"]]
        wrong = [c["id"] for c in question["choices"] if not c["correct"]]
        answers[str(question["id"])] = (
            correct if rng.random() < right_share else [rng.choice(wrong)]
        )
    return answers


def _attempt_rows(plans, quiz: Quiz, module_id: int, shown: dict, rng):
    """One submitted checkpoint attempt for everyone who reached the checkpoint module."""
    shown_json = json.dumps(shown)
    for plan in plans:
        if plan.started <= CHECKPOINT_POSITION:
            continue
        answers = _answers(shown, 0.9 if plan.completed > CHECKPOINT_POSITION else 0.5, rng)
        percent = score(shown, answers)
        started = plan.enrolled_at + (plan.last_active_at - plan.enrolled_at) / 2
        yield (
            plan.user_id,
            quiz.pk,
            1,
            quiz.kind,
            Attempt.Status.SUBMITTED,
            uuid.UUID(int=rng.getrandbits(128)),
            module_id,
            shown_json,
            json.dumps(answers),
            percent,
            percent >= shown["pass_mark"],
            started,
            started + timedelta(minutes=8),
        )


def learning_create(*, content: Content, learner_ids: list[int], template_user, rng) -> Learning:
    """Enrolments, progress and checkpoint attempts, written with COPY."""
    bench_ids = [course.pk for course in content.courses]
    demo_courses = list(
        CoursePage.objects.live()
        .filter(locale__language_code="en", organisation__isnull=True)
        .exclude(pk__in=bench_ids)
        .order_by("path")
    )
    modules = modules_of_courses([*content.courses, *demo_courses])
    plans = _plans(learner_ids, content.courses, demo_courses, modules, rng)
    copy_rows(
        Enrolment,
        ["user", "course", "enrolled_at", "last_active_at", "completed_at"],
        (
            (p.user_id, p.course_id, p.enrolled_at, p.last_active_at,
             p.last_active_at if p.course_completed else None)
            for p in plans
        ),
    )  # fmt: skip
    copy_rows(
        ModuleProgress,
        ["user", "module", "started_at", "last_seen_at", "completed_at"],
        _progress_rows(plans, modules),
    )
    first = content.courses[0]
    checkpoint_module = modules[first.pk][CHECKPOINT_POSITION]
    # The product's own snapshot of the quiz, taken once, as every seeded attempt shows it.
    template = attempt_record(
        user=template_user,
        quiz=content.checkpoint_quiz,
        answers={},
        kind=content.checkpoint_quiz.kind,
        context_id=checkpoint_module.pk,
    )
    first_plans = [p for p in plans if p.course_id == first.pk]
    copy_rows(
        Attempt,
        [
            "user", "quiz", "number", "kind", "status", "token", "context_id", "shown",
            "answers", "score", "passed", "started_at", "submitted_at",
        ],
        _attempt_rows(first_plans, content.checkpoint_quiz, checkpoint_module.pk,
                      template.shown, rng),
    )  # fmt: skip
    learning = Learning()
    learning.unfinished[first.pk] = [p.user_id for p in first_plans if not p.course_completed]
    learning.enrolled[content.page_course.pk] = [
        p.user_id for p in plans if p.course_id == content.page_course.pk
    ]
    return learning
