"""Who is due a reminder, chosen with set-based queries in batches.

Each sweep writes SentNotification rows (the unique constraint drops what exists) with
the outbox rows that deliver them, and returns the ids of the rows still waiting.
"""

import datetime

from django.db.models import CharField, Count, Exists, Max, OuterRef, Q, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from accounts.belonging import belonging_of_rows_filter
from classrooms.models import ClassMembership, ClassSession, ClassTeacher
from courses.models import Enrolment
from mentoring.models import PeerMentor

from .models import Kind, SentNotification, Unsubscription
from .services import ONCE, queue, queue_select, rules, week_period

BATCH_SIZE = 1000


def _unsubscribed(kind: str):
    return Unsubscription.objects.filter(user_id=OuterRef("user_id"), kind=kind)


def inactive_candidate_ids(*, now=None) -> list[int]:
    """Enrolments that may be due an "inactive learner" reminder (one query, ids only)."""
    rule = rules()[Kind.INACTIVE_LEARNER]
    if not rule.enabled:
        return []
    now = now or timezone.now()
    return list(
        Enrolment.objects.filter(
            completed_at__isnull=True,
            last_active_at__lte=now - datetime.timedelta(days=rule.after_days),
            user__is_active=True,
        )
        .filter(~Exists(_unsubscribed(Kind.INACTIVE_LEARNER)))
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def inactive_queue_batch(*, enrolment_ids: list[int], now=None) -> list[int]:
    """Queue this week's reminder for each enrolment of the batch still due; a fixed
    number of queries however large the batch. Returns the ids of those still waiting.

    The send log is read per enrolment through its unique key, in correlated subqueries
    that the planner cannot turn into joins: a sweep grows the table faster than
    autovacuum analyses it, and a join planned on statistics of a smaller table (or
    none) scans it once per enrolment.
    """
    rule = rules()[Kind.INACTIVE_LEARNER]
    now = now or timezone.now()
    period = week_period(now)
    subject = Concat(Value("course:"), Cast("course_id", CharField()), output_field=CharField())
    # Earlier reminders of the course: enough of them, or one less than seven days old
    # ("at most one a week" means seven days since the last, not one per calendar week).
    blocking = (
        SentNotification.objects.filter(
            user_id=OuterRef("user_id"),
            kind=Kind.INACTIVE_LEARNER,
            subject=OuterRef("subject"),
        )
        .values("user_id")
        .annotate(sent=Count("pk"), last=Max("created_at"))
        .filter(Q(sent__gte=rule.max_per_subject) | Q(last__gt=now - datetime.timedelta(days=7)))
    )
    due = (
        Enrolment.objects.filter(
            pk__in=enrolment_ids,
            completed_at__isnull=True,
            last_active_at__lte=now - datetime.timedelta(days=rule.after_days),
            course__live=True,
        )
        # An organisation's own course only while the learner still belongs to it.
        .filter(
            Q(course__organisation__isnull=True)
            | belonging_of_rows_filter(user_field="user_id", field="course__organisation")
        )
        .annotate(subject=subject)
        .filter(~Exists(blocking))
        .values_list("user_id", "subject")
    )
    # A course never reminded has no group above to block it, so a cap of 0 is read here.
    if rule.max_per_subject <= 0:
        return []
    # The database writes the rows straight from this selection: a million enrolments
    # are swept in well under a minute, where rows built here took four.
    return queue_select(kind=Kind.INACTIVE_LEARNER, period=period, targets=due, now=now)


def upcoming_sessions_queue(*, now=None) -> list[int]:
    """Sessions starting within the rule's hours: the teachers and the class's pupils."""
    rule = rules()[Kind.UPCOMING_SESSION]
    if not rule.enabled:
        return []
    now = now or timezone.now()
    sessions = list(
        ClassSession.objects.filter(
            state=ClassSession.State.SCHEDULED,
            scheduled_at__gt=now,
            scheduled_at__lte=now + datetime.timedelta(hours=rule.hours_before),
        ).values_list("pk", "classroom_id")
    )
    if not sessions:
        return []
    by_class: dict[int, list[int]] = {}
    for session_id, classroom_id in sessions:
        by_class.setdefault(classroom_id, []).append(session_id)
    people = list(
        ClassTeacher.objects.filter(classroom_id__in=by_class).values_list(
            "classroom_id", "teacher_id"
        )
    ) + list(
        ClassMembership.objects.filter(
            classroom_id__in=by_class, ended_at__isnull=True
        ).values_list("classroom_id", "pupil_id")
    )
    targets = [
        (user_id, f"session:{session_id}")
        for classroom_id, user_id in people
        for session_id in by_class[classroom_id]
    ]
    return queue(kind=Kind.UPCOMING_SESSION, period=ONCE, targets=targets, now=now)


def digests_queue(*, now=None) -> list[int]:
    """This week's digest for approved mentors with groups, and for their coaches."""
    rule = rules()[Kind.MENTOR_DIGEST]
    if not rule.enabled:
        return []
    now = now or timezone.now()
    period = week_period(now)
    mentors = PeerMentor.objects.filter(status=PeerMentor.Status.APPROVED)
    targets = [
        (user_id, "mentor")
        for user_id in mentors.filter(user__mentor_groups__isnull=False)
        .values_list("user_id", flat=True)
        .distinct()
    ] + [(coach_id, "coach") for coach_id in mentors.values_list("coach_id", flat=True).distinct()]
    return queue(kind=Kind.MENTOR_DIGEST, period=period, targets=targets, now=now)


def batches(ids: list[int], size: int = BATCH_SIZE) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]
