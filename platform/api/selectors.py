"""What a token may read: always its own organisation's, in a fixed number of queries."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q
from django.http import Http404

from accounts.models import Organisation, User
from accounts.selectors import Member, organisation_member_ids, organisation_members
from classrooms.models import Classroom, ClassTeacher
from courses.models import CoursePage, Enrolment, ModuleProgress
from courses.selectors import module_summaries
from reports.selectors import learners_filter

from .models import ApiCall, ApiToken, LearningRecordStore, token_digest


def token_for_key(*, key: str) -> ApiToken | None:
    """The token with this key, revoked and expired ones too (to say which it is)."""
    return ApiToken.objects.select_related("organisation").filter(digest=token_digest(key)).first()


def tokens_of(*, organisation: Organisation) -> list[ApiToken]:
    """The organisation's tokens, newest first, each with how often it was called."""
    return list(
        ApiToken.objects.filter(organisation=organisation).annotate(call_count=Count("calls"))
    )


def token_of(*, organisation: Organisation, token_id: int) -> ApiToken:
    """One of the organisation's tokens; 404 for another organisation's."""
    token = ApiToken.objects.filter(organisation=organisation, pk=token_id).first()
    if token is None:
        raise Http404
    return token


def recent_calls(*, organisation: Organisation, limit: int = 50) -> list[ApiCall]:
    """The latest calls made with the organisation's tokens (one query)."""
    return list(
        ApiCall.objects.filter(token__organisation=organisation).select_related("token")[:limit]
    )


def courses_for(*, organisation: Organisation):
    """The courses an organisation's systems may read: the network's live, public
    courses and the organisation's own."""
    return (
        CoursePage.objects.live()
        .public()
        .filter(Q(organisation__isnull=True) | Q(organisation=organisation))
        .select_related("locale")
        .order_by("path")
    )


def member_ids(*, organisation: Organisation) -> list[int]:
    return organisation_member_ids(organisation=organisation)


def members_by_id(*, organisation: Organisation, user_ids: list[int]) -> list[Member]:
    """These members, in the order of `user_ids` (one query)."""
    members = {
        member.user.pk: member
        for member in organisation_members(organisation=organisation, user_ids=user_ids)
    }
    return [members[pk] for pk in user_ids if pk in members]


def classes_of(*, organisation: Organisation):
    """The organisation's classes with their course, teachers and current pupils."""
    return (
        Classroom.objects.filter(organisation=organisation)
        .select_related("course")
        .prefetch_related(
            Prefetch(
                "teacher_links",
                queryset=ClassTeacher.objects.select_related("teacher__profile").order_by("pk"),
            )
        )
        .annotate(
            pupil_count=Count(
                "memberships",
                filter=Q(memberships__ended_at__isnull=True, memberships__removed=False),
            )
        )
        .order_by("name", "pk")
    )


def enrolments_of(
    *, organisation: Organisation, course_id: int | None = None, learner_id: int | None = None
):
    """Enrolments of the people the organisation reaches now, oldest first."""
    rows = Enrolment.objects.filter(
        learners_filter(organisations=[organisation], current=True),
        Q(course__organisation__isnull=True) | Q(course__organisation=organisation),
    ).order_by("pk")
    if course_id is not None:
        rows = rows.filter(course_id=course_id)
    if learner_id is not None:
        rows = rows.filter(user_id=learner_id)
    return rows


@dataclass(frozen=True)
class Progress:
    modules: int
    completed: int


def progress_of(enrolments: list[Enrolment]) -> dict[int, Progress]:
    """Modules completed of each enrolment's course, by enrolment id (two queries)."""
    courses = list(
        CoursePage.objects.filter(pk__in={row.course_id for row in enrolments}).only(
            "pk", "path", "depth"
        )
    )
    modules = module_summaries(courses)
    module_ids = [module.pk for course in modules.values() for module in course]
    done = Counter()
    if module_ids and enrolments:
        course_of = {
            module.pk: course_id for course_id, course in modules.items() for module in course
        }
        for user_id, module_id in ModuleProgress.objects.filter(
            user_id__in={row.user_id for row in enrolments},
            module_id__in=module_ids,
            completed_at__isnull=False,
        ).values_list("user_id", "module_id"):
            done[(user_id, course_of[module_id])] += 1
    return {
        row.pk: Progress(
            modules=len(modules.get(row.course_id, [])),
            completed=done[(row.user_id, row.course_id)],
        )
        for row in enrolments
    }


def learner_of(*, organisation: Organisation, user_id: int) -> User | None:
    """The person if the organisation reaches them now; None for anyone else (a pupil
    who left its class too)."""
    return User.objects.filter(
        learners_filter(organisations=[organisation], field="pk", current=True), pk=user_id
    ).first()


def course_for(*, organisation: Organisation, course_id: int) -> CoursePage | None:
    return courses_for(organisation=organisation).filter(pk=course_id).first()


def store_of(*, organisation: Organisation) -> LearningRecordStore | None:
    return LearningRecordStore.objects.filter(organisation=organisation).first()
