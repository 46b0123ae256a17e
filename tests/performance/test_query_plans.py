"""The reports' and sweeps' filters are served by indexes (EXPLAIN on PostgreSQL).

Sequential scans are priced out (enable_seqscan = off) on tables with statistics, so
a plan shows a sequential scan only where no index fits the filter, and the planner
picks among the indexes by their selectivity, as it does on a large database.
"""

import datetime
import re
from types import SimpleNamespace

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import User
from accounts.services import organisation_add_member
from classrooms.models import ClassMembership
from classrooms.selectors import class_progress
from classrooms.services import classroom_create
from courses.models import Enrolment, ModuleProgress
from mentoring.selectors import group_progress
from notifications import sweeps
from notifications.models import Kind, SentNotification
from quizzes.models import Attempt
from tests.accounts.factories import OrganisationFactory, UserFactory
from tests.courses.factories import course_page, module_page
from tests.mentoring.factories import mentoring_world
from tests.notifications.factories import wednesday_noon
from tests.quizzes.factories import quiz_with_questions

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's query plans"),
]

LEARNERS = 2000
PUPILS = 40
BIG_TABLES = (
    "courses_enrolment",
    "courses_moduleprogress",
    "quizzes_attempt",
    "classrooms_classmembership",
    "mentoring_peermembership",
    "notifications_sentnotification",
)
INDEX_USED = re.compile(
    r"(?:Index Scan|Index Only Scan)(?: Backward)? using (\S+)|Bitmap Index Scan on (\S+)"
)


def _reads(function) -> list[str]:
    """The SELECTs that a call sends, with any server-side cursor unwrapped, and the
    INSERTs that write what a SELECT finds (EXPLAIN plans them without writing)."""
    with CaptureQueriesContext(connection) as captured:
        function()
    reads = []
    for query in captured.captured_queries:
        sql = query["sql"]
        if sql.startswith("DECLARE"):
            sql = sql.split(" FOR ", 1)[1]
        if sql.startswith("SELECT") or (sql.startswith("INSERT") and " SELECT " in sql):
            reads.append(sql)
    return reads


def _plan(sql: str) -> str:
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}")
        return "\n".join(row[0] for row in cursor.fetchall())


def _indexes_used(plan: str) -> set[str]:
    return {using or bitmap for using, bitmap in INDEX_USED.findall(plan)}


def _indexes_leading_with(table: str, column: str) -> set[str]:
    """Indexes, unique constraints' included, whose first column is `column`."""
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, table)
    return {
        name
        for name, details in constraints.items()
        if (details["index"] or details["unique"]) and (details["columns"] or [None])[0] == column
    }


def _sequential_scans(plan: str) -> list[str]:
    return re.findall(rf"Seq Scan on ({'|'.join(BIG_TABLES)})\b", plan)


def _analyze() -> None:
    with connection.cursor() as cursor:
        for table in BIG_TABLES:
            cursor.execute(f"ANALYZE {table}")


def _learners(prefix: str, count: int = LEARNERS) -> list[User]:
    return User.objects.bulk_create(
        [User(username=f"{prefix}{n}", password="!") for n in range(count)], batch_size=1000
    )


@pytest.fixture
def big_class(db):
    """A class of 40 in a network of 2,000 learners who all took the class's course."""
    course = course_page(audience="young_learner", open_to_classes=True)
    quiz = quiz_with_questions()
    modules = [module_page(course) for _ in range(4)]
    modules.append(module_page(course, body=[("quiz", {"quiz": quiz})], completion_rule="quiz"))
    teacher = UserFactory(profile__audience="teacher")
    organisation = OrganisationFactory()
    organisation_add_member(organisation=organisation, user=teacher, role="teacher")
    classroom = classroom_create(
        teacher=teacher,
        organisation=organisation,
        name="7B",
        course=course,
        age_band="12-14",
    )
    learners = _learners("network")
    ClassMembership.objects.bulk_create(
        ClassMembership(classroom=classroom, pupil=pupil, nickname=f"Pupil {n}")
        for n, pupil in enumerate(learners[:PUPILS])
    )
    Enrolment.objects.bulk_create(Enrolment(user=user, course=course) for user in learners)
    ModuleProgress.objects.bulk_create(
        (ModuleProgress(user=user, module=module) for user in learners for module in modules),
        batch_size=5000,
    )
    now = timezone.now()
    Attempt.objects.bulk_create(
        Attempt(
            user=user,
            quiz=quiz,
            number=1,
            kind=quiz.kind,
            status=Attempt.Status.SUBMITTED,
            shown={"questions": [], "pass_mark": 70},
            score=80,
            passed=True,
            submitted_at=now,
        )
        for user in learners
    )
    _analyze()
    return SimpleNamespace(classroom=classroom, teacher=teacher)


def test_class_report_reads_progress_by_pupil_through_an_index(big_class):
    reads = _reads(lambda: class_progress(classroom=big_class.classroom))
    progress = next(sql for sql in reads if 'FROM "courses_moduleprogress"' in sql)

    plan = _plan(progress)

    # The pupils' rows, not every learner's rows of the course's modules.
    assert _indexes_used(plan) & _indexes_leading_with("courses_moduleprogress", "user_id"), plan


def test_class_report_scans_no_large_table_whole(big_class):
    for sql in _reads(lambda: class_progress(classroom=big_class.classroom)):
        plan = _plan(sql)
        assert not _sequential_scans(plan), plan


def test_mentor_group_page_scans_no_large_table_whole(db):
    world = mentoring_world()
    _analyze()

    for sql in _reads(lambda: group_progress(group=world.group_a)):
        plan = _plan(sql)
        assert not _sequential_scans(plan), plan


@pytest.fixture
def idle_network(db):
    """2,000 enrolments: most completed, some active this week, a tenth idle for weeks."""
    now = wednesday_noon()
    course = course_page()
    module_page(course)
    learners = _learners("idle")
    enrolments = []
    for n, user in enumerate(learners):
        idle = n % 10 == 0
        enrolments.append(
            Enrolment(
                user=user,
                course=course,
                last_active_at=now - datetime.timedelta(days=30 if idle else 1),
                completed_at=None if idle or n % 10 == 1 else now,
            )
        )
    Enrolment.objects.bulk_create(enrolments)
    _remind_earlier(learners, course=course, now=now)
    _analyze()
    return now


def _remind_earlier(learners: list[User], *, course, now) -> None:
    """Earlier weeks' reminders, as a sweep that has run for a while leaves them."""
    SentNotification.objects.bulk_create(
        SentNotification(
            user=user,
            kind=Kind.INACTIVE_LEARNER,
            subject=f"course:{course.pk}",
            period=f"2025-W{week:02d}",
            status=SentNotification.Status.SENT,
            created_at=now - datetime.timedelta(weeks=52 - week),
        )
        for user in learners
        for week in (10, 20)
    )


def test_reminder_sweep_finds_idle_learners_through_the_unfinished_index(idle_network):
    reads = _reads(lambda: sweeps.inactive_candidate_ids(now=idle_network))
    candidates = next(sql for sql in reads if 'FROM "courses_enrolment"' in sql)

    plan = _plan(candidates)

    assert "courses_enrolment_unfinished" in _indexes_used(plan), plan


def test_reminder_sweep_looks_up_earlier_reminders_by_learner(idle_network):
    ids = sweeps.inactive_candidate_ids(now=idle_network)
    reads = _reads(lambda: sweeps.inactive_queue_batch(enrolment_ids=ids, now=idle_network))
    due = next(sql for sql in reads if 'SELECT "courses_enrolment"."user_id"' in sql)

    plan = _plan(due)

    assert not _sequential_scans(plan), plan
    leading = _indexes_leading_with("notifications_sentnotification", "user_id")
    assert _indexes_used(plan) & leading, plan


def test_reminder_sweep_reads_the_send_log_by_its_key_whatever_its_statistics(db):
    """A sweep grows the send log faster than autovacuum analyses it. A join planned on
    the statistics of a smaller log (here: an empty one) scanned the whole log for each
    enrolment; every read of the log must look up one learner's rows instead."""
    now = wednesday_noon()
    course = course_page()
    module_page(course)
    learners = _learners("fresh")
    Enrolment.objects.bulk_create(
        Enrolment(user=user, course=course, last_active_at=now - datetime.timedelta(days=30))
        for user in learners
    )
    _analyze()
    _remind_earlier(learners, course=course, now=now)
    ids = sweeps.inactive_candidate_ids(now=now)

    reads = _reads(lambda: sweeps.inactive_queue_batch(enrolment_ids=ids[:1000], now=now))

    by_learner = _indexes_leading_with("notifications_sentnotification", "user_id")
    for sql in reads:
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN {sql}")
            plan = "\n".join(row[0] for row in cursor.fetchall())
        for line in plan.splitlines():
            # Every read of the log: the INSERT that writes into it reads nothing.
            if "notifications_sentnotification" in line and "Insert on" not in line:
                scan = re.search(r"-> +Index Scan using (\S+) on notifications_sentnotif", line)
                assert scan and scan[1] in by_learner, plan
