"""Who is due a reminder: the sweeps, their caps, their query budgets, and their schedules."""

import datetime
import importlib
from http import HTTPStatus

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_celery_beat.models import PeriodicTask

from courses.services import module_complete, module_open
from notifications import services, sweeps
from notifications.models import InAppNotice, Kind, ReminderRule, SentNotification
from tests.courses.factories import course_page
from tests.mentoring.factories import mentoring_world
from tests.notifications.factories import (
    a_course_with_a_module,
    bulk_idle_enrolments,
    class_with_pupils,
    course_of,
    idle_enrolment,
    inactive_sweep,
    learner,
    session_at,
    wednesday_noon,
)
from tests.worlds import module_world

pytestmark = pytest.mark.django_db

WEEK = datetime.timedelta(weeks=1)


@pytest.fixture
def now():
    return wednesday_noon()


# The course the sweeps remind of, built once for the file (tests/worlds.py); each test
# enrols its own learners. The class of the session tests stays theirs: its pupils'
# enrolments would be reminder candidates in the other tests.
world, module_world_built = module_world(a_course_with_a_module, name="world")


@pytest.fixture
def course(world):
    return course_of(world)


def _rows(**filters):
    return SentNotification.objects.filter(kind=Kind.INACTIVE_LEARNER, **filters)


# Who is due -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("idle", "due"),
    [
        (datetime.timedelta(days=7, minutes=1), True),
        (datetime.timedelta(days=7), True),
        (datetime.timedelta(days=6, hours=23), False),
        (datetime.timedelta(hours=1), False),
    ],
)
def test_a_learner_is_due_after_the_rules_days_without_activity(course, now, idle, due):
    assert ReminderRule.objects.get(kind=Kind.INACTIVE_LEARNER).after_days == 7
    enrolment = idle_enrolment(learner(), course, now=now, idle=idle)

    candidates = sweeps.inactive_candidate_ids(now=now)
    queued = sweeps.inactive_queue_batch(enrolment_ids=[enrolment.pk], now=now)

    assert (enrolment.pk in candidates) is due
    assert len(queued) == (1 if due else 0)
    assert _rows(user=enrolment.user).count() == (1 if due else 0)


def test_the_days_come_from_the_rule(course, now):
    ReminderRule.objects.filter(kind=Kind.INACTIVE_LEARNER).update(after_days=3)
    three = idle_enrolment(learner(), course, now=now, idle=datetime.timedelta(days=3, minutes=1))
    two = idle_enrolment(learner(), course, now=now, idle=datetime.timedelta(days=2, hours=23))

    assert sweeps.inactive_candidate_ids(now=now) == [three.pk]
    assert two.pk not in sweeps.inactive_candidate_ids(now=now)


def test_opening_a_module_makes_the_learner_active_again(course):
    user = learner()
    enrolment = idle_enrolment(user, course, now=timezone.now())
    assert enrolment.pk in sweeps.inactive_candidate_ids()

    module_open(user=user, module=course.first_module)

    assert enrolment.pk not in sweeps.inactive_candidate_ids()


def test_completed_enrolments_are_never_reminded(course, now):
    user = learner()
    enrolment = idle_enrolment(user, course, now=now)
    module_complete(user=user, module=course.first_module)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None

    later = now + datetime.timedelta(days=60)
    assert sweeps.inactive_candidate_ids(now=later) == []
    assert sweeps.inactive_queue_batch(enrolment_ids=[enrolment.pk], now=later) == []
    assert not _rows().exists()


def test_unsubscribed_learners_are_never_reminded(course, now):
    user = learner()
    enrolment = idle_enrolment(user, course, now=now)
    other = idle_enrolment(learner(), course, now=now)
    services.unsubscribe(user_id=user.pk, kind=Kind.INACTIVE_LEARNER)

    assert sweeps.inactive_candidate_ids(now=now) == [other.pk]
    # A batch queued before the unsubscription still sends nothing to them.
    due = sweeps.inactive_queue_batch(enrolment_ids=[enrolment.pk, other.pk], now=now)
    outcome = services.deliver(ids=due, now=now)

    assert [m.to for m in mail.outbox] == [[other.user.email]]
    assert outcome["sent"] == 1
    assert not _rows(user=user, status=SentNotification.Status.SENT).exists()


def test_a_disabled_rule_sends_nothing(course, now):
    enrolment = idle_enrolment(learner(), course, now=now)
    # A batch chosen while the rule was on, delivered after an admin turned it off.
    due = sweeps.inactive_queue_batch(enrolment_ids=[enrolment.pk], now=now)
    ReminderRule.objects.filter(kind=Kind.INACTIVE_LEARNER).update(enabled=False)

    assert sweeps.inactive_candidate_ids(now=now) == []
    # The outbox still delivers what was owed, and finds the rule off.
    assert services.deliver(ids=due, now=now)["skipped"] == 1
    assert inactive_sweep(now=now + WEEK) == {}
    assert mail.outbox == []
    assert _rows().get().status == SentNotification.Status.SKIPPED


def test_an_unpublished_course_is_not_reminded(course, now):
    enrolment = idle_enrolment(learner(), course, now=now)
    course.unpublish()

    assert sweeps.inactive_queue_batch(enrolment_ids=[enrolment.pk], now=now) == []


# How often ------------------------------------------------------------------


def test_two_sweeps_in_one_iso_week_queue_one_reminder(course, now):
    enrolment = idle_enrolment(learner(), course, now=now)

    first = sweeps.inactive_queue_batch(enrolment_ids=[enrolment.pk], now=now)
    later_that_week = now + datetime.timedelta(days=2, hours=11)  # Friday 23:00 UTC
    second = sweeps.inactive_queue_batch(enrolment_ids=[enrolment.pk], now=later_that_week)
    inactive_sweep(now=now + datetime.timedelta(hours=1))

    assert len(first) == 1 and second == []
    assert _rows().count() == 1
    assert _rows().get().period == services.week_period(now)
    assert len(mail.outbox) == 1


def test_at_most_three_reminders_in_all_for_a_course(course, now):
    user = learner()
    idle_enrolment(user, course, now=now)
    other_course = course_page(title="Screen time")
    idle_enrolment(user, other_course, now=now)

    for week in range(6):
        inactive_sweep(now=now + week * WEEK)

    rows = _rows(user=user)
    assert rows.filter(subject=f"course:{course.pk}").count() == 3
    assert rows.filter(subject=f"course:{other_course.pk}").count() == 3
    assert set(rows.values_list("status", flat=True)) == {SentNotification.Status.SENT}
    assert len({row.period for row in rows}) == 3
    assert len(mail.outbox) == 6


@pytest.mark.parametrize("cap", [0, 1])
def test_the_cap_comes_from_the_rule(course, now, cap):
    ReminderRule.objects.filter(kind=Kind.INACTIVE_LEARNER).update(max_per_subject=cap)
    idle_enrolment(learner(), course, now=now)

    for week in range(3):
        inactive_sweep(now=now + week * WEEK)

    assert _rows().count() == cap
    assert len(mail.outbox) == cap


def test_each_batch_hands_out_the_reminders_of_its_own_enrolments(course, now):
    user = learner()
    first = idle_enrolment(user, course, now=now)
    second = idle_enrolment(user, course_page(title="Screen time"), now=now)

    one = sweeps.inactive_queue_batch(enrolment_ids=[first.pk], now=now)
    other = sweeps.inactive_queue_batch(enrolment_ids=[second.pk], now=now)
    both = sweeps.inactive_queue_batch(enrolment_ids=[first.pk, second.pk], now=now)

    assert one == [_rows(subject=f"course:{course.pk}").get().pk]
    assert other == [_rows(subject=f"course:{second.course_id}").get().pk]
    assert both == []  # owed already: nothing more is written


def test_completing_the_course_stops_further_reminders(course, now):
    user = learner()
    idle_enrolment(user, course, now=now)
    inactive_sweep(now=now)
    assert len(mail.outbox) == 1

    module_complete(user=user, module=course.first_module)
    for week in range(1, 4):
        inactive_sweep(now=now + week * WEEK)

    assert _rows().count() == 1
    assert len(mail.outbox) == 1


def test_a_second_reminder_never_comes_less_than_a_week_after_the_first(course, now):
    idle_enrolment(learner(), course, now=now)
    sunday = now + datetime.timedelta(days=4)  # Sunday noon, the last day of the ISO week
    monday = sunday + datetime.timedelta(days=1)
    assert services.week_period(sunday) != services.week_period(monday)

    inactive_sweep(now=sunday)
    inactive_sweep(now=monday)

    assert _rows().count() == 1
    assert len(mail.outbox) == 1


# Upcoming class sessions ----------------------------------------------------


@pytest.fixture
def c(db):
    return class_with_pupils()


def _session_in(c, now, hours):
    return session_at(c, now + datetime.timedelta(hours=hours))


def test_a_session_23_hours_ahead_reminds_teachers_and_current_pupils_once(c, now):
    session = _session_in(c, now, 23)

    due = sweeps.upcoming_sessions_queue(now=now)
    again = sweeps.upcoming_sessions_queue(now=now + datetime.timedelta(minutes=15))
    outcome = services.deliver(ids=due, now=now)

    rows = SentNotification.objects.filter(kind=Kind.UPCOMING_SESSION)
    assert set(rows.values_list("user_id", "subject")) == {
        (c.teacher.pk, f"session:{session.pk}"),
        (c.pupil_with_email.pk, f"session:{session.pk}"),
        (c.pupil_without_email.pk, f"session:{session.pk}"),
    }
    assert len(due) == 3 and set(again) <= set(due)
    assert outcome == {"sent": 3, "skipped": 0, "postponed": 0, "failed": 0}
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [c.teacher.email, c.pupil_with_email.email]
    )
    notice = InAppNotice.objects.get()
    assert notice.user == c.pupil_without_email
    assert "Passwords" in notice.title
    assert f"/classes/{c.classroom.pk}/" in notice.url


def test_running_the_session_sweep_again_queues_nothing_new(c, now):
    _session_in(c, now, 23)
    services.deliver(ids=sweeps.upcoming_sessions_queue(now=now), now=now)
    sent = len(mail.outbox)

    later = now + datetime.timedelta(minutes=15)
    again = sweeps.upcoming_sessions_queue(now=later)

    assert again == []
    assert services.deliver(ids=again, now=later) == {}
    assert SentNotification.objects.filter(kind=Kind.UPCOMING_SESSION).count() == 3
    assert len(mail.outbox) == sent


def test_a_session_25_hours_ahead_queues_nothing_yet(c, now):
    _session_in(c, now, 25)

    assert sweeps.upcoming_sessions_queue(now=now) == []
    assert not SentNotification.objects.exists()


def test_a_session_that_started_queues_nothing(c, now):
    _session_in(c, now, -1)

    assert sweeps.upcoming_sessions_queue(now=now) == []


# Weekly digests for mentors and coaches ---------------------------------------


def test_mentors_with_groups_and_their_coaches_get_one_digest_a_week(now):
    w = mentoring_world()

    services.deliver(ids=sweeps.digests_queue(now=now), now=now)
    assert sweeps.digests_queue(now=now + datetime.timedelta(days=1)) == []
    first_week = SentNotification.objects.filter(kind=Kind.MENTOR_DIGEST)

    assert set(first_week.values_list("user_id", "subject", "status")) == {
        (w.mentor_a.pk, "mentor", "sent"),
        (w.mentor_b.pk, "mentor", "sent"),
        (w.coach_a.pk, "coach", "sent"),
        (w.coach_a2.pk, "coach", "sent"),
    }
    # Coaches have e-mail; young mentors have none and get a notice.
    assert sorted(m.to[0] for m in mail.outbox) == sorted([w.coach_a.email, w.coach_a2.email])
    assert set(InAppNotice.objects.values_list("user_id", flat=True)) == {
        w.mentor_a.pk,
        w.mentor_b.pk,
    }
    to_coach_a = next(m for m in mail.outbox if m.to == [w.coach_a.email])
    assert "Approved peer mentors: 1" in to_coach_a.body

    services.deliver(ids=sweeps.digests_queue(now=now + WEEK), now=now + WEEK)
    assert SentNotification.objects.filter(kind=Kind.MENTOR_DIGEST).count() == 8
    assert len(mail.outbox) == 4


def test_a_mentor_without_a_group_gets_no_digest(now):
    w = mentoring_world()
    w.group_b.memberships.all().delete()
    w.group_b.delete()

    sweeps.digests_queue(now=now)

    mentors = SentNotification.objects.filter(kind=Kind.MENTOR_DIGEST, subject="mentor")
    assert list(mentors.values_list("user_id", flat=True)) == [w.mentor_a.pk]


# Query budgets ----------------------------------------------------------------


def _statements(queries) -> list[str]:
    """The start of each statement; on SQLite a bulk INSERT split by its 999-parameter
    limit counts once (PostgreSQL takes the 1,000 rows in one)."""
    statements = [query["sql"][:80] for query in queries]
    if connection.vendor != "sqlite":
        return statements
    collapsed: list[str] = []
    for sql in statements:
        if not (sql.startswith("INSERT") and collapsed and collapsed[-1] == sql):
            collapsed.append(sql)
    return collapsed


def _queue_and_deliver(enrolment_ids, now):
    with CaptureQueriesContext(connection) as queries:
        due = sweeps.inactive_queue_batch(enrolment_ids=enrolment_ids, now=now)
        outcome = services.deliver(ids=due, now=now)
    assert outcome["sent"] == len(enrolment_ids)
    return _statements(queries.captured_queries)


# Each message's delivery is recorded as it happens (a killed worker must leave no doubt
# about the others): the outbox row started, the notification sent, the row done.
PER_MESSAGE = (
    'UPDATE "outbox_message" SET "started_at"',
    'UPDATE "notifications_sentnotification" SET "status"',
    'UPDATE "outbox_message" SET "done_at"',
    'UPDATE "outbox_message" SET "lease_until"',  # the lease renewed every 10 seconds
)


def test_a_batch_of_1000_reads_what_a_batch_of_10_reads(course, now):
    warm_up = bulk_idle_enrolments(course, 2, now=now, prefix="warm")
    small = bulk_idle_enrolments(course, 10, now=now, prefix="small")
    large = bulk_idle_enrolments(course, 1000, now=now, prefix="large")
    _queue_and_deliver(warm_up, now)  # site root paths and other caches

    at_10 = _queue_and_deliver(small, now)
    at_1000 = _queue_and_deliver(large, now)

    def recorded(statements):
        return [s for s in statements if s.startswith(PER_MESSAGE[:3])]

    assert len(recorded(at_10)) == 3 * 10
    assert len(recorded(at_1000)) == 3 * 1000
    fixed_10 = [s for s in at_10 if not s.startswith(PER_MESSAGE)]
    fixed_1000 = [s for s in at_1000 if not s.startswith(PER_MESSAGE)]
    assert len(fixed_1000) == len(fixed_10), "\n".join(fixed_1000)
    assert len(mail.outbox) == 1012


def test_choosing_candidates_is_one_query_at_1000_and_at_10000_enrolments(course, now):
    bulk_idle_enrolments(course, 1000, now=now, prefix="a", profiles=False)
    with CaptureQueriesContext(connection) as at_1000:
        assert len(sweeps.inactive_candidate_ids(now=now)) == 1000
    bulk_idle_enrolments(course, 9000, now=now, prefix="b", profiles=False)
    with CaptureQueriesContext(connection) as at_10000:
        assert len(sweeps.inactive_candidate_ids(now=now)) == 10000

    for queries in (at_1000, at_10000):
        on_enrolments = [q for q in queries if "courses_enrolment" in q["sql"]]
        assert len(on_enrolments) == 1
        # The other one reads the rule (its days, and whether it is on).
        assert len(queries) == 2


# Rules and schedules from the migration -------------------------------------------

SCHEDULES = {
    "reminders: inactive learners": ("notifications.tasks.reminders_inactive_sweep_task", 3600),
    "reminders: upcoming class sessions": (
        "notifications.tasks.reminders_sessions_sweep_task",
        900,
    ),
    "reminders: weekly digest for mentors and coaches": (
        "notifications.tasks.reminders_digest_sweep_task",
        None,
    ),
    "notifications: send what is due": ("notifications.tasks.notifications_deliver_due_task", 300),
    "safeguarding: send missed concern notifications": (
        "safeguarding.tasks.concerns_notify_pending_task",
        20,
    ),
    "certificates: issue missing certificates": ("certificates.tasks.certificates_sweep_task", 60),
    "courses: repair completions of passed quizzes": ("courses.tasks.completions_repair_task", 300),
}


def test_the_migration_created_one_rule_per_kind_with_the_defaults():
    rules = {rule.kind: rule for rule in ReminderRule.objects.all()}

    assert set(rules) == set(Kind.values)
    inactive = rules[Kind.INACTIVE_LEARNER]
    assert inactive.enabled and inactive.after_days == 7 and inactive.max_per_subject == 3
    assert rules[Kind.UPCOMING_SESSION].hours_before == 24
    assert all(
        (r.quiet_start, r.quiet_end) == (datetime.time(21), datetime.time(8))
        for r in rules.values()
    )


def test_the_migration_scheduled_every_periodic_job():
    tasks = {task.name: task for task in PeriodicTask.objects.select_related("interval", "crontab")}

    for name, (task_path, seconds) in SCHEDULES.items():
        task = tasks[name]
        assert task.task == task_path and task.enabled
        module, function = task_path.rsplit(".", 1)
        assert getattr(importlib.import_module(module), function).name == task_path
        if seconds is None:
            assert (task.crontab.minute, task.crontab.hour, task.crontab.day_of_week) == (
                "0",
                "7",
                "1",
            )
        else:
            assert task.interval.every == seconds and task.interval.period == "seconds"


def test_the_admin_lists_the_rules_and_the_schedules(client, staff_user):
    client.force_login(staff_user)

    rules = client.get("/django-admin/notifications/reminderrule/")
    schedules = client.get("/django-admin/django_celery_beat/periodictask/")

    assert rules.status_code == HTTPStatus.OK
    for kind in Kind:
        assert str(kind.label) in rules.content.decode()
    assert schedules.status_code == HTTPStatus.OK
    for name in SCHEDULES:
        assert name in schedules.content.decode()


def test_the_admin_turns_a_rule_off(client, staff_user):
    client.force_login(staff_user)
    rule = ReminderRule.objects.get(kind=Kind.INACTIVE_LEARNER)

    page = client.get(f"/django-admin/notifications/reminderrule/{rule.pk}/change/")
    response = client.post(
        f"/django-admin/notifications/reminderrule/{rule.pk}/change/",
        {
            "enabled": "",
            "after_days": 10,
            "max_per_subject": 2,
            "hours_before": 24,
            "quiet_start": "21:00",
            "quiet_end": "08:00",
        },
    )

    assert page.status_code == HTTPStatus.OK
    assert response.status_code == HTTPStatus.FOUND, response.content.decode()[:2000]
    rule.refresh_from_db()
    assert not rule.enabled and rule.after_days == 10
    assert client.get("/django-admin/notifications/reminderrule/add/").status_code == 403
