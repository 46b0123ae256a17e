"""An organisation's impact figures, counted in a fixed number of queries and suppressed
before anything can show them (suppression.py).

The organisation's learners are the people it reaches: its members (any role), the
pupils of its classes and the peers of its mentors' groups, each counted once.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.db.models.functions import Coalesce, TruncMonth
from django.http import Http404
from django.utils import timezone
from wagtail.models import Page

from accounts.capabilities import Capability, user_can
from accounts.models import Membership, Organisation, Profile
from certificates.models import Certificate
from classrooms.models import ClassMembership, ClassSession
from courses.models import Confident, CourseEvaluation, CoursePage, Enrolment, Useful
from mentoring.models import MentoringSession, PeerMembership
from quizzes.models import Attempt, Quiz
from quizzes.selectors import knowledge_gain
from safeguarding.models import Concern

from .models import Reached
from .suppression import Breakdown, K, same_people, suppress

UNKNOWN_COUNTRY = ""
REPORT_TIME_ZONE = UTC
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
    evaluations: list[Evaluation]


def learners_first_reached(*, organisations, exclude=None) -> dict[int, datetime]:
    """Everyone the organisations reach, with when one first reached them: joining it,
    one of its classes or one of its mentors' groups (one query). `exclude`: a query of
    user ids to leave out."""
    # No ordering inside the union's parts: SQLite refuses it (the models order by default).
    members = Membership.objects.filter(organisation__in=organisations)
    pupils = ClassMembership.objects.filter(classroom__organisation__in=organisations)
    peers = PeerMembership.objects.filter(group__organisation__in=organisations)
    if exclude is not None:
        members = members.exclude(user__in=exclude)
        pupils = pupils.exclude(pupil__in=exclude)
        peers = peers.exclude(peer__in=exclude)
    rows = (
        members.values_list("user_id", "created_at")
        .order_by()
        .union(
            pupils.values_list("pupil_id", "joined_at").order_by(),
            peers.values_list("peer_id", "joined_at").order_by(),
            all=True,
        )
    )
    first: dict[int, datetime] = {}
    for user_id, at in rows:
        if user_id not in first or at < first[user_id]:
            first[user_id] = at
    return first


def learners_filter(*, organisations, field: str = "user", current: bool = False) -> Q:
    """Rows whose `field` is someone the organisations reach, as subqueries: no list
    of ids travels to the database, however many people that is. The report counts
    everyone they ever reached; `current` only those in a class or group now (the API)."""
    now = Q(ended_at__isnull=True, removed=False) if current else Q()
    return (
        Q(
            **{
                f"{field}__in": Membership.objects.filter(organisation__in=organisations).values(
                    "user"
                )
            }
        )
        | Q(
            **{
                f"{field}__in": ClassMembership.objects.filter(
                    now, classroom__organisation__in=organisations
                ).values("pupil")
            }
        )
        | Q(
            **{
                f"{field}__in": PeerMembership.objects.filter(
                    now, group__organisation__in=organisations
                ).values("peer")
            }
        )
    )


def learner_ids(*, organisation: Organisation) -> set[int]:
    """Everyone the organisation reaches (one query)."""
    return set(learners_first_reached(organisations=[organisation]))


def _months(today: date) -> list[str]:
    """The last MONTHS months, oldest first ("2026-01")."""
    months = []
    year, month = today.year, today.month
    for _ in range(MONTHS):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def _fold(counts: dict[str, int], *, today: date) -> dict[str, int]:
    """Counts by month ("2026-01") as the report shows them: each of the last MONTHS
    months in which someone was first reached, in order, and EARLIER for the months
    before. A month nobody joined is left out, as a country nobody comes from is: a count
    of nobody picks nobody out, and twelve empty months would otherwise read as small
    counts to protect."""
    months = _months(today)
    folded = dict.fromkeys([EARLIER, *months], 0)
    for key, count in counts.items():
        folded[key if key in folded else EARLIER] += count
    return {key: count for key, count in folded.items() if count}


def by_month(first_reached: dict[int, datetime], *, today: date) -> dict[str, int]:
    """People by the month they were first reached, in the current time zone."""
    starts = []  # the first moment of each of the months, in the current time zone
    for key in _months(today):
        year, month = (int(part) for part in key.split("-"))
        starts.append(timezone.make_aware(datetime(year, month, 1)))
    keys = [EARLIER, *_months(today)]
    counts = Counter(keys[bisect_right(starts, at)] for at in first_reached.values())
    return _fold(counts, today=today)


def reach_by_month(*, organisations, today: date) -> dict[str, int]:
    """The people the organisations reach now, by the month they were first reached:
    from the nightly table (Reached) where it has them, counted live where it does not
    (reached since, or never refreshed); two queries for one organisation, three for
    several."""
    still_reached = learners_filter(organisations=organisations)
    table = Reached.objects.filter(still_reached, organisation__in=organisations)
    months = (
        table.annotate(month=TruncMonth("first_reached_at", tzinfo=timezone.get_current_timezone()))
        .values_list("month")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts = Counter({f"{month:%Y-%m}": n for month, n in months})
    if not (isinstance(organisations, (list, tuple)) and len(organisations) == 1):
        # Several organisations may each have a row for one person: only the earliest
        # counts. Those people are few; their other rows are taken out again.
        several = table.values("user").annotate(n=Count("pk")).filter(n__gt=1).values("user")
        rows: dict[int, list[datetime]] = defaultdict(list)
        for user_id, at in table.filter(user__in=several).values_list(
            "user_id", "first_reached_at"
        ):
            rows[user_id].append(at)
        for times in rows.values():
            counts.subtract(by_month(dict(enumerate(sorted(times)[1:])), today=today))
    in_table = Reached.objects.filter(organisation__in=organisations).values("user")
    newcomers = learners_first_reached(organisations=organisations, exclude=in_table)
    counts.update(by_month(newcomers, today=today))
    return _fold(counts, today=today)


def _course_labels(rows) -> dict[int, str]:
    """Each course's title, with its id where two courses share a title."""
    titles = dict(rows)
    seen = Counter(titles.values())
    return {pk: title if seen[title] == 1 else f"{title} ({pk})" for pk, title in titles.items()}


def organisation_figures(*, organisation: Organisation) -> Figures:
    """The organisation's figures, suppressed (eleven queries, whatever its size)."""
    return figures_of(organisations=[organisation])


def network_admin_check(*, user) -> None:
    """404 for anyone who may not read the network's report."""
    if not user_can(user=user, capability=Capability.SEE_NETWORK_REPORT):
        raise Http404


def network_figures() -> Figures:
    """The whole network's figures: everyone any organisation reaches, each once."""
    return figures_of(organisations=Organisation.objects.all())


def _courses_shown(organisations, field: str = "course__") -> Q:
    """Rows of the network's courses and of these organisations' own: another
    organisation's course, which a learner of both may follow, is not named here."""
    return Q(**{f"{field}organisation__isnull": True}) | Q(
        **{f"{field}organisation__in": organisations}
    )


def figures_of(*, organisations) -> Figures:
    """The figures of the people these organisations reach, suppressed."""
    reached = learners_filter(organisations=organisations)
    profiles = Profile.objects.filter(learners_filter(organisations=organisations))
    by_audience = dict(
        profiles.values_list("audience").annotate(n=Count("pk")).order_by("audience")
    )
    by_country = dict(profiles.values_list("country").annotate(n=Count("pk")).order_by("country"))
    courses = list(
        Enrolment.objects.filter(reached, _courses_shown(organisations))
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
        classroom__organisation__in=organisations, state=ClassSession.State.FINISHED
    ).aggregate(held=Count("pk", distinct=True), came=Count("participants"))
    peer_sessions = MentoringSession.objects.filter(
        group__organisation__in=organisations
    ).aggregate(held=Count("pk"), came=Coalesce(Sum("attendance"), 0))
    concerns = dict(
        Concern.objects.filter(organisation__in=organisations)
        .values_list("status")
        .annotate(n=Count("pk"))
        .order_by("status")
    )
    statuses = {status: concerns.get(status, 0) for status in Concern.Status.values}
    # Months in one time zone for every reader, page, CSV and API alike: months cut at
    # different midnights would differ by the people reached near the cut.
    with timezone.override(REPORT_TIME_ZONE):
        months = reach_by_month(organisations=organisations, today=timezone.localdate())
    # Three breakdowns of the same people: one total, hidden in all where one hides it.
    audience, month, country = same_people(
        suppress(by_audience),
        suppress(months),
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
        gains=knowledge_gains(learners=reached, courses=_courses_shown(organisations, field="")),
        evaluations=evaluations(organisations=organisations),
    )


def knowledge_gains(*, learners: Q, courses: Q) -> list[Gain]:
    """Each course's gain from the pre-test to the post-test of the learners `learners`
    selects, by course (two queries, or one when nobody took a test). A learner's gain
    is their latest post-test score less their first pre-test score
    (quizzes.selectors.knowledge_gain); tests count for the course of the module they
    were taken in; `courses` selects which courses are shown."""
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
        CoursePage.objects.filter(courses, path__in=set(parent.values())).values_list(
            "path", "pk", "title"
        )
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


# End-of-course evaluations ---------------------------------------------------------


def completed_course_for(*, user, course_id: int):
    """The live course if the user completed it (their evaluation is for it); 404 else."""
    enrolment = (
        Enrolment.objects.filter(
            user=user, course_id=course_id, completed_at__isnull=False, course__live=True
        )
        .select_related("course")
        .first()
    )
    if enrolment is None:
        raise Http404
    return enrolment.course


@dataclass(frozen=True)
class Evaluation:
    """A course's evaluations in an organisation: how many (from K answers), and the
    share who found it useful and who feel confident (quite or very), each shown only
    when at least K answered each way: 90% of 10 would say that one person did not."""

    course: str
    answers: int | None  # None below K
    useful_percent: int | None
    confident_percent: int | None


def evaluations(*, organisations) -> list[Evaluation]:
    """Each course's evaluations in the organisations (one query)."""
    rows = (
        CourseEvaluation.objects.filter(
            _courses_shown(organisations), organisation__in=organisations
        )
        .values_list("course_id", "course__title")
        .annotate(
            n=Count("pk"),
            useful=Count("pk", filter=Q(useful__gte=Useful.QUITE)),
            confident=Count("pk", filter=Q(confident__gte=Confident.QUITE)),
        )
        .order_by("course__title", "course_id")
    )
    rows = list(rows)
    label = _course_labels((pk, title) for pk, title, *_counts in rows)

    def share(yes: int, n: int) -> int | None:
        return round(100 * yes / n) if yes >= K and n - yes >= K else None

    return [
        Evaluation(label[pk], None, None, None)
        if n < K
        else Evaluation(label[pk], n, share(useful, n), share(confident, n))
        for pk, _title, n, useful, confident in rows
    ]


@dataclass(frozen=True)
class Comment:
    course: str
    text: str
    given_on: date
    name: str  # the learner's, when they chose to add it


def evaluation_comments(*, organisation: Organisation, limit: int = 50) -> dict[str, list]:
    """What learners wrote, newest first, for each course with at least K evaluations
    in the organisation (below that a comment could be told apart); two queries."""
    enough = (
        CourseEvaluation.objects.filter(organisation=organisation)
        .values("course_id")
        .annotate(n=Count("pk"))
        .filter(n__gte=K)
        .values("course_id")
    )
    rows = (
        CourseEvaluation.objects.filter(organisation=organisation, course_id__in=enough)
        .exclude(comment="")
        .select_related("course", "learner__profile")
        .order_by("course__title", "-given_on")
    )
    comments: dict[str, list] = defaultdict(list)
    for row in rows:
        if len(comments[row.course.title]) < limit:
            name = row.learner.get_display_name() if row.learner else ""
            comments[row.course.title].append(
                Comment(row.course.title, row.comment, row.given_on, name)
            )
    return dict(comments)
