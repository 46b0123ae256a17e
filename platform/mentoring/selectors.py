"""Reads for mentoring, with who-may-see-what applied.

A peer mentor sees their own groups' peers: module completion and pass or fail only,
never scores, answers or reflections. A coach sees the mentors they coach, their groups
and session notes. Everyone else gets 404.
"""

from datetime import timedelta

from django.db.models import Count, Prefetch, Q, Sum
from django.http import Http404
from django.utils import timezone

from accounts.capabilities import Capability, organisations_where
from accounts.groups import membership_of
from courses.models import ModuleProgress
from courses.selectors import course_report, modules_of_courses

from .models import MentorGroup, MentoringSession, PeerMembership, PeerMentor

INACTIVE_AFTER = timedelta(days=7)
RECENT_SESSIONS = timedelta(days=62)


def mentor_for(*, user) -> PeerMentor | None:
    if not user.is_authenticated:
        return None
    return PeerMentor.objects.filter(user=user).select_related("coach__profile").first()


def groups_of_mentor(*, user) -> list[MentorGroup]:
    """The mentor's groups with their number of active peers (one query)."""
    return list(
        MentorGroup.objects.filter(mentor=user)
        .select_related("course")
        .annotate(peer_count=Count("memberships", filter=Q(memberships__ended_at__isnull=True)))
    )


def group_for_mentor(*, user, group_id: int) -> MentorGroup:
    """The group if the user is its mentor and still approved; 404 for everyone else."""
    if not user.is_authenticated:
        raise Http404
    group = (
        MentorGroup.objects.filter(
            pk=group_id,
            mentor=user,
            mentor__peer_mentor__status=PeerMentor.Status.APPROVED,
            organisation_id__in=organisations_where(
                user=user, capability=Capability.RUN_PEER_GROUP
            ),
        )
        .select_related("course", "organisation")
        .first()
    )
    if group is None:
        raise Http404
    return group


def organisations_of_peer(user):
    """The organisations of the peer groups the user is in now, as a subquery of ids
    (accounts.belonging)."""
    return PeerMembership.objects.filter(peer=user, ended_at__isnull=True, removed=False).values(
        "group__organisation"
    )


def membership_for_peer(*, user, group_id: int) -> PeerMembership | None:
    return membership_of(
        model=PeerMembership,
        user=user,
        group_id=group_id,
        select_related=["group__course", "group__mentor__profile", "group__organisation"],
    )


def group_progress(*, group: MentorGroup) -> dict:
    """Per peer: which modules they completed, which quizzes they passed, and whether they
    have been quiet for a week. No scores. A constant number of queries for any group size.
    """
    memberships = list(PeerMembership.objects.filter(group=group, ended_at__isnull=True))
    report = course_report(course=group.course, user_ids=[m.peer_id for m in memberships])
    quiet_since = timezone.now() - INACTIVE_AFTER
    rows = []
    for membership in memberships:
        learner = report["learners"][membership.peer_id]
        done = set(learner["modules_completed"])
        last_seen = learner["last_seen"]
        rows.append(
            {
                "membership": membership,
                "modules": [(module, module.pk in done) for module in report["modules"]],
                "quizzes": [
                    # Pass or fail only: the mentor never sees a score.
                    None if result is None else result["passed"]
                    for result in learner["quizzes"].values()
                ],
                "completed": learner["completed_at"] is not None,
                "last_seen": last_seen,
                "inactive": learner["completed_at"] is None
                and (last_seen or membership.joined_at) < quiet_since,
            }
        )
    module_of_quiz = {
        quiz_id: module.title for module in report["modules"] for quiz_id in module.quiz_ids()
    }
    return {
        "modules": report["modules"],
        # Quizzes are named after the module they are in, in the report's order.
        "quiz_titles": [module_of_quiz.get(quiz_id, "") for quiz_id in report["quiz_ids"]],
        "peers": rows,
        "inactive": [row for row in rows if row["inactive"]],
    }


def group_sessions(*, group: MentorGroup) -> list[MentoringSession]:
    return list(MentoringSession.objects.filter(group=group).select_related("module"))


# Coaches ------------------------------------------------------------------------------


def _coached_organisations(coach):
    """Where the user may coach now: losing the role ends their view at once."""
    return organisations_where(user=coach, capability=Capability.COACH_MENTORS)


def coach_overview(*, coach, today=None) -> dict:
    """The coach's mentors, their groups and sessions, and this month's summary.

    A fixed number of queries however many mentors, groups and sessions there are.
    """
    today = today or timezone.localdate()
    month_start = today.replace(day=1)
    organisations = _coached_organisations(coach)
    mentors = list(
        PeerMentor.objects.filter(coach=coach, organisation_id__in=organisations)
        .select_related("user__profile")
        .order_by("status", "requested_at")
    )
    groups = list(
        MentorGroup.objects.filter(coach=coach, organisation_id__in=organisations)
        .select_related("course", "mentor__profile")
        .annotate(peer_count=Count("memberships", filter=Q(memberships__ended_at__isnull=True)))
        .prefetch_related(
            Prefetch(
                "sessions",
                # The overview shows recent logs; a group's own page shows them all.
                queryset=MentoringSession.objects.filter(
                    held_on__gte=today - RECENT_SESSIONS
                ).select_related("module"),
                to_attr="session_list",
            )
        )
    )
    this_month = MentoringSession.objects.filter(group__in=groups, held_on__gte=month_start)
    totals = this_month.aggregate(sessions=Count("pk"), reached=Sum("attendance"))
    modules = modules_of_courses({group.course for group in groups})
    group_modules = Q()
    for group in groups:
        group_modules |= Q(
            user__peer_memberships__group=group,
            module_id__in=[m.pk for m in modules.get(group.course_id, [])],
        )
    completed = (
        ModuleProgress.objects.filter(group_modules, completed_at__date__gte=month_start)
        .values("pk")
        .distinct()
        .count()
        if groups
        else 0
    )
    return {
        "mentors": mentors,
        "requests": [m for m in mentors if m.status == PeerMentor.Status.REQUESTED],
        "groups": groups,
        "summary": {
            "month": month_start,
            "sessions": totals["sessions"] or 0,
            "peers_reached": totals["reached"] or 0,
            "modules_completed": completed,
        },
    }


def mentor_for_coach(*, coach, mentor_id: int) -> PeerMentor:
    """A mentor the user coaches; 404 for everyone else."""
    if not coach.is_authenticated:
        raise Http404
    mentor = (
        PeerMentor.objects.filter(
            pk=mentor_id, coach=coach, organisation_id__in=_coached_organisations(coach)
        )
        .select_related("user")
        .first()
    )
    if mentor is None:
        raise Http404
    return mentor


def group_for_coach(*, coach, group_id: int) -> MentorGroup:
    if not coach.is_authenticated:
        raise Http404
    group = (
        MentorGroup.objects.filter(
            pk=group_id, coach=coach, organisation_id__in=_coached_organisations(coach)
        )
        .select_related("course", "mentor__profile")
        .first()
    )
    if group is None:
        raise Http404
    return group
