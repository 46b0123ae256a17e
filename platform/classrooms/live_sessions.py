"""Live class sessions: the steps of a module, and the writes a session makes.

Kept apart from services.py (joining and managing classes) because a session is its
own concept: the teacher steps through a module and pupils answer on their devices.
"""

import datetime
import zoneinfo
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import ModulePage
from quizzes.models import Quiz
from quizzes.services import attempt_record

from .models import ClassMembership, Classroom, ClassSession, SessionAnswer, SessionParticipant


@dataclass
class Step:
    kind: str  # "section" or "question"
    block: object = None
    quiz: Quiz | None = None
    question: object = None
    choices: list = field(default_factory=list)


def session_steps(module: ModulePage) -> list[Step]:
    """The module's sections, and each quiz question as a step of its own (3 queries)."""
    quizzes = Quiz.objects.prefetch_related("questions__choices").in_bulk(module.quiz_ids())
    steps = []
    for block in module.body:
        if block.block_type == "quiz":
            quiz = quizzes.get(block.value["quiz"].pk if block.value["quiz"] else None)
            for question in quiz.questions.all() if quiz else []:
                steps.append(
                    Step(
                        "question",
                        quiz=quiz,
                        question=question,
                        choices=list(question.choices.all()),
                    )
                )
        elif block.block_type not in {"help_services", "reflection"}:
            steps.append(Step("section", block=block))
    return steps


def session_schedule(
    *,
    classroom: Classroom,
    module: ModulePage,
    date: datetime.date,
    time: datetime.time,
    time_zone: str,
) -> ClassSession:
    if module.get_parent().pk != classroom.course_id:
        raise ValidationError(_("Choose a module of the class's course."))
    try:
        tz = zoneinfo.ZoneInfo(time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(_("Unknown time zone.")) from error
    scheduled_at = datetime.datetime.combine(date, time, tzinfo=tz)
    return ClassSession.objects.create(
        classroom=classroom, module=module, scheduled_at=scheduled_at, time_zone=time_zone
    )


def session_start(*, session: ClassSession) -> ClassSession:
    if session.state == ClassSession.State.SCHEDULED:
        session.state = ClassSession.State.LIVE
        session.started_at = timezone.now()
        session.step = 0
        session.save(update_fields=["state", "started_at", "step"])
    return session


def session_move(*, session: ClassSession, step: int, step_count: int) -> ClassSession:
    if session.state != ClassSession.State.LIVE:
        raise ValidationError(_("The session is not live."))
    if step >= step_count:
        raise ValidationError(_("This was the last step: end the session when you are ready."))
    if step < 0:
        raise ValidationError(_("This is the first step."))
    session.step = step
    session.save(update_fields=["step"])
    return session


def session_join(*, session: ClassSession, pupil) -> SessionParticipant | None:
    """Count a pupil of the class as present, once."""
    if session.state != ClassSession.State.LIVE:
        return None
    participant, _created = SessionParticipant.objects.get_or_create(session=session, pupil=pupil)
    return participant


@transaction.atomic
def session_answer(
    *, session: ClassSession, pupil, question_id: int, choice_ids: list[int]
) -> SessionAnswer:
    """A pupil's answer to the question on screen; a second answer is refused.

    Locks the session row, so that an answer never slips in while the session ends.
    """
    session = ClassSession.objects.select_for_update().select_related("module").get(pk=session.pk)
    if session.state != ClassSession.State.LIVE:
        raise ValidationError(_("The session has ended, so answers are closed."))
    steps = session_steps(session.module)
    step = steps[session.step] if session.step < len(steps) else None
    if step is None or step.kind != "question" or step.question.pk != question_id:
        raise ValidationError(_("This question is no longer on the screen."))
    valid = {choice.pk for choice in step.choices}
    if not choice_ids or not set(choice_ids) <= valid:
        raise ValidationError(_("Choose one of the answers."))
    if step.question.type != "multiple" and len(choice_ids) != 1:
        raise ValidationError(_("Choose one answer."))
    session_join(session=session, pupil=pupil)
    try:
        with transaction.atomic():
            return SessionAnswer.objects.create(
                session=session,
                pupil=pupil,
                quiz_id=step.quiz.pk,
                question_id=question_id,
                choice_ids=sorted(set(choice_ids)),
            )
    except IntegrityError as error:
        raise ValidationError(_("You already answered this question.")) from error


@transaction.atomic
def session_end(*, session: ClassSession) -> ClassSession:
    """Close the session: attendance stays, and each pupil's answers become a check-in attempt."""
    session = ClassSession.objects.select_for_update().get(pk=session.pk)
    if session.state == ClassSession.State.FINISHED:
        return session
    session.state = ClassSession.State.FINISHED
    session.ended_at = timezone.now()
    session.save(update_fields=["state", "ended_at"])
    quizzes = Quiz.objects.in_bulk(session.module.quiz_ids())
    answers: dict[tuple[int, int], dict[str, list[int]]] = {}
    for answer in SessionAnswer.objects.filter(session=session):
        answers.setdefault((answer.pupil_id, answer.quiz_id), {})[str(answer.question_id)] = (
            answer.choice_ids
        )
    pupils = {p.pupil_id: p.pupil for p in session.participants.select_related("pupil")}
    for (pupil_id, quiz_id), given in answers.items():
        if quiz_id in quizzes and pupil_id in pupils:
            attempt_record(
                user=pupils[pupil_id],
                quiz=quizzes[quiz_id],
                answers=given,
                kind=Quiz.Kind.CHECK_IN,
                context_id=session.module_id,
            )
    return session


def live_counts(*, session: ClassSession, question_id: int | None) -> dict:
    """How many pupils joined and answered, and how many chose each choice: never who."""
    joined = SessionParticipant.objects.filter(session=session).count()
    counts: dict[int, int] = {}
    answered = 0
    if question_id is not None:
        for choice_ids in SessionAnswer.objects.filter(
            session=session, question_id=question_id
        ).values_list("choice_ids", flat=True):
            answered += 1
            for choice_id in choice_ids:
                counts[choice_id] = counts.get(choice_id, 0) + 1
    return {"joined": joined, "answered": answered, "counts": counts}


def pupil_present(*, session: ClassSession, user) -> bool:
    """Whether the pupil is counted in the session's attendance."""
    return SessionParticipant.objects.filter(session=session, pupil=user).exists()


def pupil_may_attend(*, session: ClassSession, user) -> bool:
    return ClassMembership.objects.filter(
        classroom_id=session.classroom_id, pupil=user, ended_at__isnull=True
    ).exists()
