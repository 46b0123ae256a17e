"""Reads for classes, with who-may-see-what applied: only a class's teachers see it."""

from dataclasses import dataclass

from django.db.models import Prefetch
from django.http import Http404

from courses.selectors import course_report
from quizzes.models import Attempt
from quizzes.scoring import question_points

from .models import ClassMembership, Classroom


def classrooms_for_teacher(*, user) -> list[Classroom]:
    """The teacher's classes (archived last), each with its active pupils, in two queries."""
    active = ClassMembership.objects.filter(ended_at__isnull=True)
    return list(
        Classroom.objects.filter(teacher_links__teacher=user)
        .select_related("course", "organisation")
        .prefetch_related(Prefetch("memberships", queryset=active, to_attr="active_memberships"))
        .order_by("archived_at", "name")
    )


def classroom_for_teacher(*, user, classroom_id: int) -> Classroom:
    """The class if the user teaches it; 404 for everyone else."""
    if not user.is_authenticated:
        raise Http404
    classroom = (
        Classroom.objects.filter(pk=classroom_id, teacher_links__teacher=user)
        .select_related("course", "organisation")
        .first()
    )
    if classroom is None:
        raise Http404
    return classroom


def membership_for_pupil(*, user, classroom_id: int) -> ClassMembership | None:
    if not user.is_authenticated:
        return None
    return (
        ClassMembership.objects.filter(classroom_id=classroom_id, pupil=user, ended_at__isnull=True)
        .select_related("classroom", "classroom__course")
        .first()
    )


@dataclass
class QuestionStat:
    text: str
    answered: int
    right: int

    @property
    def percent_right(self) -> int:
        return round(100 * self.right / self.answered) if self.answered else 0


def class_progress(*, classroom: Classroom) -> dict:
    """Per pupil: modules completed, quiz results, last active; per question: share right.

    Never reflections. A constant number of queries for any class size.
    """
    memberships = list(ClassMembership.objects.filter(classroom=classroom, ended_at__isnull=True))
    pupil_ids = [membership.pupil_id for membership in memberships]
    report = course_report(course=classroom.course, user_ids=pupil_ids)
    latest: dict[tuple[int, int], Attempt] = {}
    for attempt in Attempt.objects.filter(
        user_id__in=pupil_ids, quiz_id__in=report["quiz_ids"], status=Attempt.Status.SUBMITTED
    ).only("user_id", "quiz_id", "number", "shown", "answers"):
        key = (attempt.user_id, attempt.quiz_id)
        if key not in latest or attempt.number > latest[key].number:
            latest[key] = attempt
    stats: dict[int, QuestionStat] = {}
    for attempt in latest.values():
        partial = attempt.shown.get("partial_credit", False)
        for question in attempt.shown["questions"]:
            chosen = set(attempt.answers.get(str(question["id"]), []))
            stat = stats.setdefault(question["id"], QuestionStat(question["text"], 0, 0))
            stat.answered += 1
            stat.right += question_points(question, chosen, partial_credit=partial) == 1
    rows = [
        {"membership": membership, **report["learners"][membership.pupil_id]}
        for membership in memberships
    ]
    return {
        "modules": report["modules"],
        "quiz_ids": report["quiz_ids"],
        "pupils": rows,
        "difficult_questions": sorted(stats.values(), key=lambda s: s.percent_right),
        "average_percent": round(sum(r["percent"] for r in rows) / len(rows)) if rows else 0,
    }


def classroom_sessions(*, classroom: Classroom) -> list:
    """The class's sessions with their attendance counts (one query)."""
    from django.db.models import Count

    from .models import ClassSession

    return list(
        ClassSession.objects.filter(classroom=classroom)
        .select_related("module")
        .annotate(attendance=Count("participants"))
        .order_by("-scheduled_at")
    )


def teacher_dashboard_rows(*, user) -> dict:
    """The teacher's classes with their average progress and next session.

    A fixed number of queries however many classes and pupils: classes, pupils,
    modules, enrolments, progress rows and upcoming sessions are each read once.
    """
    from django.utils import timezone

    from courses.models import Enrolment, ModuleProgress
    from courses.selectors import modules_of_courses

    from .models import ClassSession

    classrooms = classrooms_for_teacher(user=user)
    active = [c for c in classrooms if not c.is_archived]
    modules = modules_of_courses([c.course for c in active])
    required = {
        course_id: [m.pk for m in group if m.required] for course_id, group in modules.items()
    }
    pupil_ids = {m.pupil_id for c in active for m in c.active_memberships}
    completed_enrolments = set(
        Enrolment.objects.filter(user_id__in=pupil_ids, completed_at__isnull=False).values_list(
            "user_id", "course_id"
        )
    )
    done: dict[int, set[int]] = {}
    for user_id, module_id in ModuleProgress.objects.filter(
        user_id__in=pupil_ids,
        module_id__in=[pk for ids in required.values() for pk in ids],
        completed_at__isnull=False,
    ).values_list("user_id", "module_id"):
        done.setdefault(user_id, set()).add(module_id)
    upcoming: dict[int, ClassSession] = {}
    for session in (
        ClassSession.objects.filter(classroom__in=active, scheduled_at__gte=timezone.now())
        .exclude(state=ClassSession.State.FINISHED)
        .select_related("module")
        .order_by("scheduled_at")
    ):
        upcoming.setdefault(session.classroom_id, session)

    rows = []
    for classroom in active:
        needed = required.get(classroom.course_id, [])
        percents = []
        for membership in classroom.active_memberships:
            if (membership.pupil_id, classroom.course_id) in completed_enrolments:
                percents.append(100)
            elif needed:
                finished = done.get(membership.pupil_id, set())
                percents.append(round(100 * sum(pk in finished for pk in needed) / len(needed)))
            else:
                percents.append(0)
        rows.append(
            {
                "classroom": classroom,
                "progress": round(sum(percents) / len(percents)) if percents else 0,
                "next_session": upcoming.get(classroom.pk),
            }
        )
    return {"rows": rows, "archived": [c for c in classrooms if c.is_archived]}
