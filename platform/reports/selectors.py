"""An organisation's impact figures, counted in a fixed number of queries and suppressed
before anything can show them (suppression.py).

The organisation's learners are the people it reaches: its members (any role), the
pupils of its classes and the peers of its mentors' groups, each counted once.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.models import Page

from accounts.models import Membership, Organisation, Profile
from certificates.models import Certificate
from classrooms.models import ClassMembership, ClassSession
from courses.models import Enrolment
from mentoring.models import MentoringSession, PeerMembership
from quizzes.models import Attempt, Quiz
from quizzes.selectors import knowledge_gain
from safeguarding.models import Concern

from .suppression import Breakdown, K, same_people, suppress

UNKNOWN_COUNTRY = ""
EARLIER = "earlier"
MONTHS = 12


@dataclass(frozen=True)
class Gain:
    """A course's average gain from the pre-test to the post-test, in points, over the
    learners who took both; no average and no exact count below K such learners."""

    course: str
    learners: int
    points: Decimal | None


@dataclass(frozen=True)
class Figures:
    """What a report shows of one organisation: every breakdown already suppressed."""

    learners_by_audience: Breakdown
    learners_by_month: Breakdown
    learners_by_country: Breakdown
    sessions_by_kind: Breakdown
    attendance_by_kind: Breakdown
    enrolments_by_course: Breakdown
    completions_by_course: Breakdown
    certificates_by_kind: Breakdown
    concerns_by_status: Breakdown
    gains: list[Gain]


def learners_first_reached(*, organisation: Organisation) -> dict[int, datetime]:
    """Everyone the organisation reaches, with when it first reached them: joining it,
    one of its classes or one of its mentors' groups (one query)."""
    # No ordering inside the union's parts: SQLite refuses it (the models order by default).
    members = (
        Membership.objects.filter(organisation=organisation)
        .values_list("user_id", "created_at")
        .order_by()
    )
    pupils = (
        ClassMembership.objects.filter(classroom__organisation=organisation)
        .values_list("pupil_id", "joined_at")
        .order_by()
    )
    peers = (
        PeerMembership.objects.filter(group__organisation=organisation)
        .values_list("peer_id", "joined_at")
        .order_by()
    )
    first: dict[int, datetime] = {}
    for user_id, at in members.union(pupils, peers, all=True):
        if user_id not in first or at < first[user_id]:
            first[user_id] = at
    return first


def learners_filter(*, organisation: Organisation, field: str = "user") -> Q:
    """Rows whose `field` is someone the organisation reaches, as subqueries: no list
    of ids travels to the database, however many people that is."""
    return (
        Q(**{f"{field}__in": Membership.objects.filter(organisation=organisation).values("user")})
        | Q(
            **{
                f"{field}__in": ClassMembership.objects.filter(
                    classroom__organisation=organisation
                ).values("pupil")
            }
        )
        | Q(
            **{
                f"{field}__in": PeerMembership.objects.filter(
                    group__organisation=organisation
                ).values("peer")
            }
        )
    )


def learner_ids(*, organisation: Organisation) -> set[int]:
    """Everyone the organisation reaches (one query)."""
    return set(learners_first_reached(organisation=organisation))


def by_month(first_reached: dict[int, datetime], *, today: date) -> dict[str, int]:
    """People by the month they were first reached: each of the last twelve months in
    which someone was ("2026-01"), in order, and EARLIER for the months before. A month
    nobody joined is left out, as a country nobody comes from is: a count of nobody
    picks nobody out, and twelve empty months would otherwise read as small counts to
    protect."""
    months = []
    year, month = today.year, today.month
    for _ in range(MONTHS):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    counts = dict.fromkeys([EARLIER, *reversed(months)], 0)
    for at in first_reached.values():
        key = f"{timezone.localtime(at):%Y-%m}"
        counts[key if key in counts else EARLIER] += 1
    return {key: count for key, count in counts.items() if count}


def _course_labels(rows) -> dict[int, str]:
    """Each course's title, with its id where two courses share a title."""
    titles = dict(rows)
    seen = Counter(titles.values())
    return {pk: title if seen[title] == 1 else f"{title} ({pk})" for pk, title in titles.items()}


def organisation_figures(*, organisation: Organisation) -> Figures:
    """The organisation's figures, suppressed (ten queries, whatever its size)."""
    first_reached = learners_first_reached(organisation=organisation)
    reached = learners_filter(organisation=organisation)
    profiles = Profile.objects.filter(learners_filter(organisation=organisation, field="user"))
    by_audience = dict(
        profiles.values_list("audience").annotate(n=Count("pk")).order_by("audience")
    )
    by_country = dict(profiles.values_list("country").annotate(n=Count("pk")).order_by("country"))
    courses = list(
        Enrolment.objects.filter(reached)
        .values_list("course_id", "course__title")
        .annotate(enrolled=Count("pk"), completed=Count("pk", filter=Q(completed_at__isnull=False)))
        .order_by("course__title", "course_id")
    )
    label = _course_labels((pk, title) for pk, title, _enrolled, _completed in courses)
    enrolled = {label[pk]: n for pk, _title, n, _completed in courses}
    completed = {label[pk]: n for pk, _title, _enrolled, n in courses}
    certificates = dict(
        Certificate.objects.filter(reached, revoked_at__isnull=True)
        .values_list("kind")
        .annotate(n=Count("pk"))
        .order_by("kind")
    )
    lessons = ClassSession.objects.filter(
        classroom__organisation=organisation, state=ClassSession.State.FINISHED
    ).aggregate(held=Count("pk", distinct=True), came=Count("participants"))
    peer_sessions = MentoringSession.objects.filter(group__organisation=organisation).aggregate(
        held=Count("pk"), came=Coalesce(Sum("attendance"), 0)
    )
    concerns = dict(
        Concern.objects.filter(organisation=organisation)
        .values_list("status")
        .annotate(n=Count("pk"))
        .order_by("status")
    )
    statuses = {status: concerns.get(status, 0) for status in Concern.Status.values}
    # Three breakdowns of the same people: one total, hidden in all where one hides it.
    audience, month, country = same_people(
        suppress(by_audience),
        suppress(by_month(first_reached, today=timezone.localdate())),
        suppress({country or UNKNOWN_COUNTRY: n for country, n in by_country.items()}),
    )
    return Figures(
        learners_by_audience=audience,
        learners_by_month=month,
        learners_by_country=country,
        sessions_by_kind=suppress({"class": lessons["held"], "mentoring": peer_sessions["held"]}),
        attendance_by_kind=suppress({"class": lessons["came"], "mentoring": peer_sessions["came"]}),
        enrolments_by_course=suppress(enrolled),
        completions_by_course=suppress(completed),
        certificates_by_kind=suppress(
            {kind: certificates.get(kind, 0) for kind in Certificate.Kind.values}
        ),
        concerns_by_status=suppress(statuses),
        gains=knowledge_gains(learners=reached),
    )


def knowledge_gains(*, learners: Q) -> list[Gain]:
    """Each course's gain from the pre-test to the post-test of the learners `learners`
    selects, by course (two queries, or one when nobody took a test). A learner's gain
    is their latest post-test score less their first pre-test score
    (quizzes.selectors.knowledge_gain); tests count for the course of the module they
    were taken in."""
    attempts = list(
        Attempt.objects.filter(
            learners,
            status=Attempt.Status.SUBMITTED,
            kind__in=[Quiz.Kind.PRE_TEST, Quiz.Kind.POST_TEST],
            context_id__isnull=False,
        ).only("user_id", "kind", "score", "context_id", "submitted_at")
    )
    if not attempts:
        return []
    # The course of each module: its parent in the page tree, read with the module.
    modules = Page.objects.filter(pk__in={a.context_id for a in attempts}).values_list("pk", "path")
    parent = {pk: path[: -Page.steplen] for pk, path in modules}
    courses = list(
        Page.objects.filter(path__in=set(parent.values())).values_list("path", "pk", "title")
    )
    course_of = {path: pk for path, pk, _title in courses}
    label = _course_labels((pk, title) for _path, pk, title in courses)
    by_course: dict[str, dict[int, list]] = defaultdict(lambda: defaultdict(list))
    for attempt in attempts:
        course = course_of.get(parent.get(attempt.context_id, ""))
        if course is not None:
            by_course[label[course]][attempt.user_id].append(attempt)
    gains = []
    for title in sorted(by_course):
        each = [knowledge_gain(items) for items in by_course[title].values()]
        each = [gain for gain in each if gain is not None]
        if not each:
            continue
        average = sum(each) / len(each) if len(each) >= K else None
        gains.append(Gain(course=title, learners=len(each), points=average))
    return gains
