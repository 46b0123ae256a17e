"""An organisation's impact figures, counted in a fixed number of queries and suppressed
before anything can show them (suppression.py).

The organisation's learners are the people it reaches: its members (any role), the
pupils of its classes and the peers of its mentors' groups, each counted once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from django.db.models import Count, Q
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


def organisation_figures(*, organisation: Organisation) -> Figures:
    """The organisation's figures, suppressed (ten queries, whatever its size)."""
    first_reached = learners_first_reached(organisation=organisation)
    learners = set(first_reached)
    profiles = Profile.objects.filter(user_id__in=learners)
    by_audience = dict(
        profiles.values_list("audience").annotate(n=Count("pk")).order_by("audience")
    )
    by_country = dict(profiles.values_list("country").annotate(n=Count("pk")).order_by("country"))
    courses = (
        Enrolment.objects.filter(user_id__in=learners)
        .values_list("course__title")
        .annotate(enrolled=Count("pk"), completed=Count("pk", filter=Q(completed_at__isnull=False)))
        .order_by("course__title")
    )
    enrolled = {title: n for title, n, _completed in courses}
    completed = {title: n for title, _enrolled, n in courses}
    certificates = dict(
        Certificate.objects.filter(user_id__in=learners, revoked_at__isnull=True)
        .values_list("kind")
        .annotate(n=Count("pk"))
        .order_by("kind")
    )
    sessions = {
        "class": ClassSession.objects.filter(
            classroom__organisation=organisation, state=ClassSession.State.FINISHED
        ).count(),
        "mentoring": MentoringSession.objects.filter(group__organisation=organisation).count(),
    }
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
        sessions_by_kind=suppress(sessions),
        enrolments_by_course=suppress(enrolled),
        completions_by_course=suppress(completed),
        certificates_by_kind=suppress(
            {kind: certificates.get(kind, 0) for kind in Certificate.Kind.values}
        ),
        concerns_by_status=suppress(statuses),
        gains=knowledge_gains(learners=learners),
    )


def knowledge_gains(*, learners: set[int]) -> list[Gain]:
    """Each course's gain from the pre-test to the post-test, by title (two queries, or
    one when nobody took a test). A learner's gain is their latest post-test score less
    their first pre-test score (quizzes.selectors.knowledge_gain); tests count for the
    course of the module they were taken in."""
    attempts = list(
        Attempt.objects.filter(
            user_id__in=learners,
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
    titles = dict(Page.objects.filter(path__in=set(parent.values())).values_list("path", "title"))
    by_course: dict[str, dict[int, list]] = defaultdict(lambda: defaultdict(list))
    for attempt in attempts:
        title = titles.get(parent.get(attempt.context_id, ""))
        if title is not None:
            by_course[title][attempt.user_id].append(attempt)
    gains = []
    for title in sorted(by_course):
        each = [knowledge_gain(items) for items in by_course[title].values()]
        each = [gain for gain in each if gain is not None]
        if not each:
            continue
        average = sum(each) / len(each) if len(each) >= K else None
        gains.append(Gain(course=title, learners=len(each), points=average))
    return gains
