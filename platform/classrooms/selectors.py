"""Reads for classes, with who-may-see-what applied: only a class's teachers see it."""

from dataclasses import dataclass

from django.db.models import Max, Prefetch
from django.http import Http404

from accounts.capabilities import Capability, organisations_where
from accounts.groups import membership_of
from courses.models import Enrolment, ModuleProgress
from courses.selectors import modules_of_courses
from quizzes.models import Attempt, Quiz
from quizzes.scoring import question_points
from quizzes.selectors import summarise

from .models import ClassMembership, Classroom, ClassSession, SessionParticipant


def _taught(user):
    """The classes the user teaches where they still hold the teacher role: withdrawing
    the role ends their view of every class of that organisation at once."""
    return Classroom.objects.filter(
        teacher_links__teacher=user,
        organisation_id__in=organisations_where(user=user, capability=Capability.TEACH),
    )


def classrooms_for_teacher(*, user) -> list[Classroom]:
    """The teacher's classes (archived last), each with its active pupils, in two queries."""
    active = ClassMembership.objects.filter(ended_at__isnull=True)
    return list(
        _taught(user)
        .select_related("course", "organisation")
        .prefetch_related(Prefetch("memberships", queryset=active, to_attr="active_memberships"))
        .order_by("archived_at", "name")
    )


def classroom_for_teacher(*, user, classroom_id: int) -> Classroom:
    """The class if the user teaches it; 404 for everyone else."""
    if not user.is_authenticated:
        raise Http404
    classroom = (
        _taught(user).filter(pk=classroom_id).select_related("course", "organisation").first()
    )
    if classroom is None:
        raise Http404
    return classroom


def classrooms_of_pupil(*, user) -> list[ClassMembership]:
    """The classes the user is in as a pupil (one query)."""
    return list(
        ClassMembership.objects.filter(pupil=user, ended_at__isnull=True)
        .select_related("classroom__course")
        .order_by("classroom__name")
    )


@dataclass
class PupilClass:
    membership: ClassMembership
    live: ClassSession | None


def classes_for_dashboard(*, user) -> list[PupilClass]:
    """The user's classes as a pupil, each with its live session if one runs (two
    queries, however many classes)."""
    memberships = classrooms_of_pupil(user=user)
    live = {
        session.classroom_id: session
        for session in ClassSession.objects.filter(
            classroom_id__in=[m.classroom_id for m in memberships],
            state=ClassSession.State.LIVE,
        )
        .select_related("module")
        .order_by("started_at")
    }
    return [PupilClass(membership=m, live=live.get(m.classroom_id)) for m in memberships]


def membership_for_pupil(*, user, classroom_id: int) -> ClassMembership | None:
    return membership_of(
        model=ClassMembership,
        user=user,
        group_id=classroom_id,
        select_related=["classroom__course"],
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

    Never reflections. Eight queries for any class size, which return ids, counts and one
    timestamp per pupil rather than a model object per progress row. Last active is the
    latest of a module opened and a live session of the class taken part in.
    """
    memberships = list(ClassMembership.objects.filter(classroom=classroom, ended_at__isnull=True))
    pupil_ids = [membership.pupil_id for membership in memberships]
    modules = modules_of_courses([classroom.course])[classroom.course_id]
    module_ids = [module.pk for module in modules]
    required = [module.pk for module in modules if module.required]
    course_done = set(
        Enrolment.objects.filter(
            course_id=classroom.course_id, user_id__in=pupil_ids, completed_at__isnull=False
        ).values_list("user_id", flat=True)
    )
    progress = ModuleProgress.objects.filter(user_id__in=pupil_ids, module_id__in=module_ids)
    completed: dict[int, set[int]] = {user_id: set() for user_id in pupil_ids}
    for user_id, module_id in progress.filter(completed_at__isnull=False).values_list(
        "user_id", "module_id"
    ):
        completed[user_id].add(module_id)
    last_seen = dict(
        progress.order_by()
        .values("user_id")
        .annotate(last=Max("last_seen_at"))
        .values_list("user_id", "last")
    )
    for user_id, joined in (
        SessionParticipant.objects.filter(session__classroom=classroom, pupil_id__in=pupil_ids)
        .order_by()
        .values("pupil_id")
        .annotate(last=Max("joined_at"))
        .values_list("pupil_id", "last")
    ):
        if last_seen.get(user_id) is None or joined > last_seen[user_id]:
            last_seen[user_id] = joined
    quiz_ids = sorted({quiz_id for module in modules for quiz_id in module.quiz_ids()})
    quizzes = dict(Quiz.objects.filter(pk__in=quiz_ids).values_list("pk", "title"))
    attempts = list(
        Attempt.objects.filter(
            user_id__in=pupil_ids, quiz_id__in=quiz_ids, status=Attempt.Status.SUBMITTED
        )
        .order_by("quiz_id", "user_id", "number")
        .values_list(
            "user_id",
            "quiz_id",
            "kind",
            "score",
            "passed",
            "shown",
            "answers",
            "submitted_at",
            named=True,
        )
    )
    results = summarise(attempts)
    # By number within each pupil and quiz: the last one is the latest.
    latest = {(attempt.user_id, attempt.quiz_id): attempt for attempt in attempts}
    for key, result in results.items():
        result["title"] = quizzes.get(key[1], "")
        result["date"] = latest[key].submitted_at
    stats: dict[int, QuestionStat] = {}
    for attempt in latest.values():
        partial = attempt.shown.get("partial_credit", False)
        for question in attempt.shown["questions"]:
            chosen = set(attempt.answers.get(str(question["id"]), []))
            stat = stats.setdefault(question["id"], QuestionStat(question["text"], 0, 0))
            stat.answered += 1
            stat.right += question_points(question, chosen, partial_credit=partial) == 1
    rows = []
    for membership in memberships:
        done = completed[membership.pupil_id]
        rows.append(
            {
                "membership": membership,
                "modules_completed": [pk for pk in module_ids if pk in done],
                "percent": 100
                if membership.pupil_id in course_done
                else (
                    round(100 * len(done.intersection(required)) / len(required)) if required else 0
                ),
                "last_seen": last_seen.get(membership.pupil_id),
                "quizzes": {
                    quiz_id: results.get((membership.pupil_id, quiz_id)) for quiz_id in quiz_ids
                },
                "quizzes_taken": any(
                    (membership.pupil_id, quiz_id) in results for quiz_id in quiz_ids
                ),
            }
        )
    return {
        "modules": modules,
        "quiz_ids": quiz_ids,
        "quiz_titles": [quizzes.get(quiz_id, "") for quiz_id in quiz_ids],
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
