"""Reads for classes, with who-may-see-what applied: only a class's teachers see it."""

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, Max, Prefetch, Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _

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


def organisations_of_pupil(user):
    """The organisations of the classes the user is in now, as a subquery of ids
    (accounts.belonging: a pupil sees her class's organisation's own courses)."""
    return ClassMembership.objects.filter(pupil=user, ended_at__isnull=True, removed=False).values(
        "classroom__organisation"
    )


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
        select_related=["classroom__course", "classroom__organisation"],
    )


@dataclass
class QuestionStat:
    text: str
    answered: int
    right: int

    @property
    def percent_right(self) -> int:
        return round(100 * self.right / self.answered) if self.answered else 0


# The class report's orders, each with its name: nicknames A to Z by default; the least
# progress first shows who needs help; the longest absent first, who has stopped.
REPORT_SORTS = {
    "nickname": _("Nickname, A to Z"),
    "-nickname": _("Nickname, Z to A"),
    "progress": _("Least progress first"),
    "-progress": _("Most progress first"),
    "last_active": _("Longest absent first"),
    "-last_active": _("Most recently active first"),
}
REPORT_PAGE_SIZE = 50


@dataclass
class _ClassFacts:
    """What the report knows of every active pupil, in a fixed number of queries that
    return an id or a count per pupil, never a row per module or attempt."""

    memberships: list[ClassMembership]
    modules: list
    module_ids: list[int]
    required: list[int]
    quiz_ids: list[int]
    quiz_titles: dict[int, str]
    course_done: set[int]
    required_done: dict[int, int]
    last_seen: dict[int, object]

    def percent(self, pupil_id: int) -> int:
        if pupil_id in self.course_done:
            return 100
        if not self.required:
            return 0
        return round(100 * self.required_done.get(pupil_id, 0) / len(self.required))


def _class_facts(classroom: Classroom) -> _ClassFacts:
    memberships = list(ClassMembership.objects.filter(classroom=classroom, ended_at__isnull=True))
    pupil_ids = [membership.pupil_id for membership in memberships]
    modules = modules_of_courses([classroom.course], with_body=True)[classroom.course_id]
    module_ids = [module.pk for module in modules]
    required = [module.pk for module in modules if module.required]
    course_done = set(
        Enrolment.objects.filter(
            course_id=classroom.course_id, user_id__in=pupil_ids, completed_at__isnull=False
        ).values_list("user_id", flat=True)
    )
    # Each pupil's required modules done and latest module opened, in one pass.
    required_done, last_seen = {}, {}
    for user_id, done, last in (
        ModuleProgress.objects.filter(user_id__in=pupil_ids, module_id__in=module_ids)
        .order_by()
        .values("user_id")
        .annotate(
            done=Count("pk", filter=Q(module_id__in=required, completed_at__isnull=False)),
            last=Max("last_seen_at"),
        )
        .values_list("user_id", "done", "last")
    ):
        required_done[user_id] = done
        last_seen[user_id] = last
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
    return _ClassFacts(
        memberships=memberships,
        modules=modules,
        module_ids=module_ids,
        required=required,
        quiz_ids=quiz_ids,
        quiz_titles=dict(Quiz.objects.filter(pk__in=quiz_ids).values_list("pk", "title")),
        course_done=course_done,
        required_done=required_done,
        last_seen=last_seen,
    )


def _pupil_rows(facts: _ClassFacts, memberships: list[ClassMembership]) -> list[dict]:
    """The report's rows for these pupils (two queries, however many)."""
    pupil_ids = [membership.pupil_id for membership in memberships]
    completed: dict[int, set[int]] = {user_id: set() for user_id in pupil_ids}
    for user_id, module_id in ModuleProgress.objects.filter(
        user_id__in=pupil_ids, module_id__in=facts.module_ids, completed_at__isnull=False
    ).values_list("user_id", "module_id"):
        completed[user_id].add(module_id)
    attempts = list(
        Attempt.objects.filter(
            user_id__in=pupil_ids, quiz_id__in=facts.quiz_ids, status=Attempt.Status.SUBMITTED
        )
        .order_by("quiz_id", "user_id", "number")
        .values_list("user_id", "quiz_id", "kind", "score", "passed", "submitted_at", named=True)
    )
    results = summarise(attempts)
    # By number within each pupil and quiz: the last one is the latest.
    latest = {(attempt.user_id, attempt.quiz_id): attempt for attempt in attempts}
    for key, result in results.items():
        result["title"] = facts.quiz_titles.get(key[1], "")
        result["date"] = latest[key].submitted_at
    rows = []
    for membership in memberships:
        pupil_id = membership.pupil_id
        done = completed[pupil_id]
        quizzes = {quiz_id: results.get((pupil_id, quiz_id)) for quiz_id in facts.quiz_ids}
        rows.append(
            {
                "membership": membership,
                "modules_completed": [pk for pk in facts.module_ids if pk in done],
                "percent": facts.percent(pupil_id),
                "last_seen": facts.last_seen.get(pupil_id),
                "quizzes": quizzes,
                "quizzes_taken": any(quizzes.values()),
            }
        )
    return rows


def _difficult_questions(facts: _ClassFacts) -> list[QuestionStat]:
    """Per question of the course's quizzes, the share of pupils right in their latest
    attempt, hardest first.

    Reading every pupil's latest answers is the report's dearest part, so the result is
    kept in the cache under the facts it depends on (the pupils, and the number and
    newest of their submitted attempts; attempts are only ever added): a new attempt or
    a pupil leaving makes a new key, and nothing has to be forgotten.
    """
    pupil_ids = sorted(membership.pupil_id for membership in facts.memberships)
    submitted = Attempt.objects.filter(
        user_id__in=pupil_ids, quiz_id__in=facts.quiz_ids, status=Attempt.Status.SUBMITTED
    )
    # pk and number only: the latest attempt of each pupil and quiz, and the key.
    latest: dict[tuple[int, int], tuple[int, int]] = {}
    for pk, user_id, quiz_id, number in submitted.values_list("pk", "user_id", "quiz_id", "number"):
        if latest.get((user_id, quiz_id), (0, 0))[1] < number:
            latest[(user_id, quiz_id)] = (pk, number)
    if not latest:
        return []
    digest = hashlib.blake2b(digest_size=16)
    digest.update(repr((pupil_ids, sorted(pk for pk, _number in latest.values()))).encode())
    key = f"classrooms:difficult-questions:{digest.hexdigest()}"
    stats = cache.get(key)
    if stats is None:
        stats = {}
        for shown, answers in Attempt.objects.filter(
            pk__in=[pk for pk, _number in latest.values()]
        ).values_list("shown", "answers"):
            partial = shown.get("partial_credit", False)
            for question in shown["questions"]:
                chosen = set(answers.get(str(question["id"]), []))
                stat = stats.setdefault(question["id"], QuestionStat(question["text"], 0, 0))
                stat.answered += 1
                stat.right += question_points(question, chosen, partial_credit=partial) == 1
        stats = sorted(stats.values(), key=lambda stat: stat.percent_right)
        cache.set(key, stats, timeout=60 * 60 * 24)
    return stats


def class_progress(
    *,
    classroom: Classroom,
    page: int | str = 1,
    per_page: int | None = None,
    sort: str = "nickname",
    query: str = "",
) -> dict:
    """Per pupil: modules completed, quiz results, last active; per question: share right.

    Never reflections. The class's figures (its average, its difficult questions) cover
    every active pupil; the rows are the pupils whose nickname holds `query`, in the
    `sort` order (REPORT_SORTS), `per_page` at a time (all of them without it). A fixed
    number of queries for any class size, none of which returns a row per module or
    attempt of the whole class. Last active is the latest of a module opened and a live
    session of the class taken part in.
    """
    facts = _class_facts(classroom)
    query = query.strip()[:40]
    chosen = [m for m in facts.memberships if query.casefold() in m.nickname.casefold()]
    sort = sort if sort in REPORT_SORTS else "nickname"
    field, descending = sort.lstrip("-"), sort.startswith("-")
    order = {
        "nickname": lambda m: m.nickname.casefold(),
        "progress": lambda m: facts.percent(m.pupil_id),
        # Never seen sorts as the longest absent.
        "last_active": lambda m: (
            facts.last_seen.get(m.pupil_id) or datetime.min.replace(tzinfo=UTC)
        ),
    }[field]
    chosen.sort(key=lambda m: (order(m), m.nickname.casefold()), reverse=descending)
    paginator = Paginator(chosen, per_page or max(len(chosen), 1))
    shown = paginator.get_page(page)
    return {
        "modules": facts.modules,
        "quiz_ids": facts.quiz_ids,
        "quiz_titles": [facts.quiz_titles.get(quiz_id, "") for quiz_id in facts.quiz_ids],
        "pupils": _pupil_rows(facts, list(shown.object_list)),
        "page": shown,
        "pupil_count": len(facts.memberships),
        "sort": sort,
        "query": query,
        "difficult_questions": _difficult_questions(facts),
        "average_percent": round(
            sum(facts.percent(m.pupil_id) for m in facts.memberships) / len(facts.memberships)
        )
        if facts.memberships
        else 0,
    }


def class_progress_rows(*, classroom: Classroom, batch: int = 500):
    """The report's columns, then every active pupil's row by nickname, a batch of pupils
    per pair of queries: for a download that streams."""
    facts = _class_facts(classroom)
    memberships = sorted(facts.memberships, key=lambda m: m.nickname.casefold())
    yield facts
    for start in range(0, len(memberships), batch):
        yield from _pupil_rows(facts, memberships[start : start + batch])


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
