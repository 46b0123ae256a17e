"""The nightly retention job (privacy.retention.retention_run): what it deletes or
anonymises and when, whose period applies (an organisation's own policy, the longest of a
person's organisations, the defaults), that it costs a fixed number of queries per batch,
and that a second run finds nothing left to do."""

import datetime
import itertools
from types import SimpleNamespace

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import Profile, Role, User
from accounts.services import organisation_add_member
from classrooms.models import ClassMembership, ClassSession, SessionAnswer, SessionParticipant
from classrooms.services import classroom_create, pupil_join
from courses.models import Enrolment, Reflection
from mentoring.models import MentorGroup, PeerMembership, PeerMentor
from notifications.models import SentNotification
from outbox.models import Message
from privacy.models import DataRequest, RetentionPolicy
from privacy.retention import INACTIVE_WARNING, REMOVED, default_periods, retention_run
from quizzes.models import Attempt, Quiz
from safeguarding.models import Concern, ConcernAuditEntry, ConcernNote
from tests.accounts.factories import OrganisationFactory, UserFactory
from tests.courses.factories import course_page, locale, module_page
from tests.worlds import module_world

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
HOUR = datetime.timedelta(hours=1)
DEFAULTS = default_periods()
_serial = itertools.count()
NOW_FOR_BATCHES = timezone.now() + 10 * DAY  # past no user's inactivity period


def _retention_world():
    """An organisation with a teacher, a course and a live class."""
    w = SimpleNamespace()
    w.org = OrganisationFactory()
    w.course = course_page(audience="young_learner", open_to_classes=True)
    w.module = module_page(w.course)
    w.quiz = Quiz.objects.create(locale=locale("en"), title="Check", pass_mark=70)
    w.teacher = UserFactory(profile__audience="teacher")
    organisation_add_member(organisation=w.org, user=w.teacher, role=Role.TEACHER)
    w.classroom = new_class(w, w.org)
    return w


# One world for the module, fresh objects for each test (tests/worlds.py).
w, module_world_built = module_world(_retention_world)


def new_class(w, organisation, *, archived_at=None):
    organisation_add_member(organisation=organisation, user=w.teacher, role=Role.TEACHER)
    classroom = classroom_create(
        teacher=w.teacher, organisation=organisation, name="7B", course=w.course, age_band="12-14"
    )
    if archived_at:
        classroom.archived_at = archived_at
        classroom.join_open = False
        classroom.save(update_fields=["archived_at", "join_open"])
    return classroom


def pupil(*classrooms, email=""):
    user = UserFactory(email=email, profile__audience="young_learner")
    for classroom in classrooms:
        pupil_join(classroom=classroom, pupil=user, nickname=f"kid{next(_serial)}")
    return user


def reflection(w, user, moment):
    row = Reflection.objects.create(user=user, module=w.module, block_id=f"b{next(_serial)}")
    Reflection.objects.filter(pk=row.pk).update(updated_at=moment)
    return Reflection.objects.filter(pk=row.pk)


def attempt(w, user, moment):
    submitted = {"kind": "graded", "status": "submitted", "score": 80, "submitted_at": moment}
    row = Attempt.objects.create(user=user, quiz=w.quiz, number=next(_serial), **submitted)
    return Attempt.objects.filter(pk=row.pk)


def sent(w, user, moment):
    key = {"kind": "inactive_learner", "subject": f"s{next(_serial)}", "period": "p"}
    row = SentNotification.objects.create(user=user, created_at=moment, **key)
    return SentNotification.objects.filter(pk=row.pk)


def attendance(w, user, moment):
    times = {"scheduled_at": moment - HOUR, "ended_at": moment, "state": "finished"}
    session = ClassSession.objects.create(classroom=w.classroom, module=w.module, **times)
    SessionParticipant.objects.create(session=session, pupil=user)
    SessionAnswer.objects.create(session=session, pupil=user, quiz_id=1, question_id=1)
    return SessionParticipant.objects.filter(session=session)


MAKERS = {
    "reflections": reflection,
    "quiz_attempts": attempt,
    "send_log": sent,
    "attendance": attendance,
}


def policy(organisation, days):
    """The organisation keeps every kind of data for `days` days."""
    return RetentionPolicy.objects.create(
        organisation=organisation, **{name: days for name in DEFAULTS}
    )


# 1. Periods ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(MAKERS))
@pytest.mark.parametrize("own_days", [None, 30, 1000], ids=["defaults", "shorter", "longer"])
def test_data_just_inside_the_period_stays_and_just_past_it_goes(w, kind, own_days):
    if own_days:
        policy(w.org, own_days)
    days = own_days or DEFAULTS[f"{kind}_days"]
    now = timezone.now()
    person = pupil(w.classroom)  # in the organisation through the class
    inside = MAKERS[kind](w, person, now - days * DAY + HOUR)
    past = MAKERS[kind](w, person, now - days * DAY - HOUR)

    counts = retention_run(now=now)

    assert inside.exists()
    assert not past.exists()
    assert counts[kind] == (2 if kind == "attendance" else 1)  # attendance: row and answer


@pytest.mark.parametrize("kind", ["reflections", "quiz_attempts", "send_log"])
def test_a_person_in_several_organisations_keeps_their_data_for_the_longest_period(w, kind):
    short, long_ = OrganisationFactory(), OrganisationFactory()
    policy(short, 30)
    policy(long_, 400)
    now = timezone.now()
    only_short = UserFactory()
    organisation_add_member(organisation=short, user=only_short)
    both = pupil(new_class(w, long_))  # long through a class, short through a membership
    organisation_add_member(organisation=short, user=both)
    peer = UserFactory()  # long through a peer group, short through a membership
    organisation_add_member(organisation=short, user=peer)
    club = {"mentor": w.teacher, "coach": w.teacher, "course": w.course, "name": "Club"}
    group = MentorGroup.objects.create(organisation=long_, **club)
    PeerMembership.objects.create(group=group, peer=peer, nickname="Kai")
    alone = UserFactory()  # in no organisation: the defaults

    gone_short = MAKERS[kind](w, only_short, now - 100 * DAY)
    kept_both = MAKERS[kind](w, both, now - 100 * DAY)
    gone_both = MAKERS[kind](w, both, now - 401 * DAY)
    kept_peer = MAKERS[kind](w, peer, now - 100 * DAY)
    kept_alone = MAKERS[kind](w, alone, now - (DEFAULTS[f"{kind}_days"] - 1) * DAY)

    counts = retention_run(now=now)

    assert not gone_short.exists()
    assert kept_both.exists()
    assert not gone_both.exists()
    assert kept_peer.exists()
    assert kept_alone.exists()
    assert counts[kind] == 2


def test_an_unsubmitted_attempt_counts_from_when_it_was_started(w):
    now = timezone.now()
    days = DEFAULTS["quiz_attempts_days"]
    inside, past = UserFactory(), UserFactory()
    for person, age in ((inside, days - 1), (past, days + 1)):
        row = Attempt.objects.create(user=person, quiz=w.quiz, number=1)
        Attempt.objects.filter(pk=row.pk).update(started_at=now - age * DAY)

    assert retention_run(now=now)["quiz_attempts"] == 1
    assert list(Attempt.objects.values_list("user", flat=True)) == [inside.pk]


def test_attendance_follows_the_policy_of_the_class_organisation(w):
    other = OrganisationFactory()
    policy(other, 30)
    now = timezone.now()
    person = pupil(w.classroom)
    kept = attendance(w, person, now - 100 * DAY)  # the defaults: a year
    w.classroom = new_class(w, other)
    gone = attendance(w, person, now - 100 * DAY)

    assert retention_run(now=now)["attendance"] == 2
    assert kept.exists()
    assert not gone.exists()


# 2. Closed concerns ----------------------------------------------------------------------


def concern(organisation, status="closed"):
    # Both keep signing in: the far-future runs below must not erase them as inactive.
    active = timezone.now() + 20 * 365 * DAY
    reporter = UserFactory(profile__audience="teacher", last_login=active)
    about = UserFactory(email="", last_login=active)
    row = Concern.objects.create(
        organisation=organisation,
        raised_by=reporter,
        reporter_name="Ana Teacher",
        reporter_role="teacher",
        context_label="7B",
        about_user=about,
        about="Kai",
        description="Kai said a stranger asked for photos.",
        urgency="soon",
        status=status,
    )
    ConcernAuditEntry.objects.create(concern=row, actor_name="Ana Teacher", action="raised")
    ConcernNote.objects.create(concern=row, author_name="Lead", text="Called the parents.")
    return row


def test_closed_concerns_are_anonymised_after_the_period_and_open_ones_never(w):
    before = timezone.now()
    closed, still_open = concern(w.org), concern(w.org, status="in_progress")
    after = timezone.now()
    period = DEFAULTS["closed_concerns_days"] * DAY

    assert retention_run(now=before + period - HOUR)["closed_concerns"] == 0
    closed.refresh_from_db()
    assert closed.description != REMOVED and closed.reporter_name == "Ana Teacher"

    counts = retention_run(now=after + period + HOUR)

    assert counts["closed_concerns"] == 1
    closed.refresh_from_db()
    assert closed.description == REMOVED
    assert (closed.reporter_name, closed.about) == ("", "")
    assert closed.raised_by is None and closed.about_user is None
    assert list(closed.notes.values_list("text", flat=True)) == [REMOVED]
    assert list(closed.audit_entries.values_list("action", flat=True)) == ["raised", "anonymised"]
    untouched = Concern.objects.get(pk=still_open.pk)
    assert untouched.description == still_open.description
    assert untouched.reporter_name == "Ana Teacher" and untouched.raised_by_id is not None
    assert untouched.audit_entries.count() == 1

    again = retention_run(now=after + period + 2 * HOUR)

    assert again["closed_concerns"] == 0
    assert closed.audit_entries.count() == 2
    assert ConcernAuditEntry.objects.filter(action="anonymised").count() == 1


def test_closed_concerns_follow_the_policy_of_their_organisation(w):
    short = OrganisationFactory()
    policy(short, 30)
    in_short, in_default = concern(short), concern(w.org)

    assert retention_run(now=timezone.now() + 31 * DAY)["closed_concerns"] == 1
    assert Concern.objects.get(pk=in_short.pk).description == REMOVED
    assert Concern.objects.get(pk=in_default.pk).description == in_default.description


# 3. Queries per batch --------------------------------------------------------------------


def queries_per_batch(make_rows, key, bound):
    """Runs with 10, 20 and 40 expired rows (batches of 10): the count of queries grows by
    the same small amount for each extra batch."""
    queries = {}
    for n in (10, 20, 40):
        make_rows(n)
        with CaptureQueriesContext(connection) as captured:
            counts = retention_run(now=NOW_FOR_BATCHES, batch_size=10)
        assert counts[key] == n
        queries[n] = len(captured)
    per_batch = queries[20] - queries[10]
    assert 0 < per_batch <= bound, queries
    assert queries[40] - queries[10] == 3 * per_batch, queries


def test_reflections_send_log_and_attempts_cost_fixed_queries_per_batch(w):
    learners = [UserFactory() for _ in range(4)]
    old = NOW_FOR_BATCHES - 800 * DAY

    def rows(maker):
        return lambda n: [maker(w, learners[i % 4], old) for i in range(n)]

    queries_per_batch(rows(reflection), "reflections", bound=6)
    queries_per_batch(rows(sent), "send_log", bound=6)
    queries_per_batch(rows(attempt), "quiz_attempts", bound=6)


def test_archived_pupils_are_erased_with_fixed_queries_per_batch(w):
    archived = new_class(w, w.org, archived_at=NOW_FOR_BATCHES - 100 * DAY)

    def pupils(n):
        users = User.objects.bulk_create(
            User(username=f"bulk{next(_serial)}", email="", password="!") for _ in range(n)
        )
        Profile.objects.bulk_create(Profile(user=user) for user in users)
        ClassMembership.objects.bulk_create(
            ClassMembership(classroom=archived, pupil=user, nickname=user.username)
            for user in users
        )

    queries_per_batch(pupils, "archived_pupils", bound=70)


# 4. Accounts -----------------------------------------------------------------------------


def test_pupils_of_a_class_archived_past_the_period_are_deleted(w):
    now = timezone.now()
    days = DEFAULTS["archived_pupils_days"]
    archived = new_class(w, w.org, archived_at=now - (days + 1) * DAY)
    recent = new_class(w, w.org, archived_at=now - (days - 1) * DAY)
    gone = pupil(archived)
    also_current = pupil(archived, w.classroom)
    also_recent = pupil(archived, recent)
    with_email = pupil(archived, email="kid@example.org")
    teacher = w.teacher  # teaches the archived class, holds a teacher role

    counts = retention_run(now=now)

    assert not User.objects.filter(pk=gone.pk).exists()
    for kept in (also_current, also_recent, with_email, teacher):
        assert User.objects.filter(pk=kept.pk).exists()
    assert counts["archived_pupils"] == 1


def test_a_pupil_keeps_their_account_for_the_longest_period_of_their_classes(w):
    now = timezone.now()
    longer = OrganisationFactory()
    policy(longer, 200)
    archived_at = now - 100 * DAY  # past the defaults' 90 days, inside the 200
    both = pupil(
        new_class(w, w.org, archived_at=archived_at), new_class(w, longer, archived_at=archived_at)
    )

    retention_run(now=now)

    assert User.objects.filter(pk=both.pk).exists()


def test_inactive_learners_go_and_teachers_and_staff_stay(w):
    now = timezone.now()
    days = DEFAULTS["inactive_accounts_days"]
    longer = OrganisationFactory()
    policy(longer, days + 100)

    def user(last_login_days, role=None, organisation=None, **fields):
        person = UserFactory(last_login=now - last_login_days * DAY, **fields)
        if role or organisation:
            organisation_add_member(
                organisation=organisation or w.org, user=person, role=role or Role.MEMBER
            )
        return person

    gone = user(days + 1, email="")  # made with a join code: nobody to warn
    warned = user(days + 1)
    recent = user(days - 1)
    teacher = user(days + 500, role=Role.TEACHER)
    staff = user(days + 500, is_staff=True)
    kept_longer = user(days + 1, organisation=longer)

    counts = retention_run(now=now)

    assert not User.objects.filter(pk=gone.pk).exists()
    for kept in (warned, recent, teacher, staff, kept_longer):
        assert User.objects.filter(pk=kept.pk).exists()
    assert counts["inactive_accounts"] == 1
    # Whoever has an address is warned once, and deleted a month later if still away.
    warnings = Message.objects.filter(kind=INACTIVE_WARNING)
    assert list(warnings.values_list("payload__user", flat=True)) == [warned.pk]
    assert retention_run(now=now + 29 * DAY)["inactive_accounts"] == 0
    assert warnings.filter(payload__user=warned.pk).count() == 1
    assert retention_run(now=now + 31 * DAY)["inactive_accounts"] == 1
    assert not User.objects.filter(pk=warned.pk).exists()


def test_signing_in_after_the_warning_keeps_the_account(w):
    now = timezone.now()
    days = DEFAULTS["inactive_accounts_days"]
    person = UserFactory(last_login=now - (days + 1) * DAY)
    retention_run(now=now)
    User.objects.filter(pk=person.pk).update(last_login=now + 10 * DAY)

    assert retention_run(now=now + 31 * DAY)["inactive_accounts"] == 0
    assert User.objects.filter(pk=person.pk).exists()


# 5. Idempotence --------------------------------------------------------------------------


def test_a_second_run_finds_nothing_left_to_do(w):
    now = timezone.now() + (DEFAULTS["closed_concerns_days"] + 1) * DAY
    old = now - 5000 * DAY
    learner = UserFactory(last_login=now)
    for maker in MAKERS.values():
        maker(w, learner, old)
    concern(w.org)
    pupil(new_class(w, w.org, archived_at=old))
    User.objects.update(last_login=now)  # everyone signed in lately...
    UserFactory(last_login=old, email="")  # ...but this learner (no address to warn)
    answered_request(w.org, old)

    first = retention_run(now=now)
    left = {model: model.objects.count() for model in (User, Reflection, Attempt, Concern)}
    second = retention_run(now=now)

    assert all(first.values()), first
    assert set(second.values()) == {0}, second
    assert {model: model.objects.count() for model in left} == left


def test_the_warning_mail_says_when_in_the_persons_language(
    w, outbox_inline, django_capture_on_commit_callbacks
):
    outbox_inline(INACTIVE_WARNING)
    now = timezone.now()
    person = UserFactory(
        last_login=now - (DEFAULTS["inactive_accounts_days"] + 1) * DAY, profile__language="nl"
    )

    with django_capture_on_commit_callbacks(execute=True):
        retention_run(now=now)

    assert [message.to for message in mail.outbox] == [[person.email]]
    assert "verwijderen we het" in mail.outbox[0].body
    deleted_on = (now + 30 * DAY).date()
    assert str(deleted_on.year) in mail.outbox[0].body
    assert "/accounts/login/" in mail.outbox[0].body


def answered_request(organisation, moment):
    return DataRequest.objects.create(
        organisation=organisation,
        kind=DataRequest.Kind.SEE,
        requester_name="A parent",
        requester_email="parent@example.org",
        about="A child",
        details="Send me the data.",
        due_at=moment,
        status=DataRequest.Status.DONE,
        outcome="Sent.",
        handled_at=moment,
    )


def test_answered_data_requests_go_after_the_period_and_open_ones_stay(w):
    now = timezone.now()
    days = DEFAULTS["data_requests_days"]
    old = answered_request(w.org, now - (days + 1) * DAY)
    recent = answered_request(w.org, now - (days - 1) * DAY)
    still_open = answered_request(w.org, now - (days + 1) * DAY)
    DataRequest.objects.filter(pk=still_open.pk).update(status=DataRequest.Status.OPEN)

    assert retention_run(now=now)["data_requests"] == 1
    assert set(DataRequest.objects.values_list("pk", flat=True)) == {recent.pk, still_open.pk}
    assert not DataRequest.objects.filter(pk=old.pk).exists()


def test_the_inactive_job_leaves_pupils_of_a_current_class_and_people_learning_lately(w):
    now = timezone.now()
    long_ago = now - (DEFAULTS["inactive_accounts_days"] + 10) * DAY
    in_class = pupil(w.classroom)
    learning = UserFactory(email="", last_login=long_ago)
    enrolment = Enrolment.objects.create(user=learning, course=w.course)
    Enrolment.objects.filter(pk=enrolment.pk).update(last_active_at=now - 2 * DAY)
    away = UserFactory(email="", last_login=long_ago)
    User.objects.filter(pk=in_class.pk).update(last_login=long_ago)

    assert retention_run(now=now)["inactive_accounts"] == 1
    assert User.objects.filter(pk__in=[in_class.pk, learning.pk]).count() == 2
    assert not User.objects.filter(pk=away.pk).exists()


def test_a_coach_whose_role_was_withdrawn_is_not_erased_and_stops_nothing(w):
    """PeerMentor.coach refuses deletion: the coach is left to the organisation, and the
    job goes on with everyone else."""
    now = timezone.now()
    long_ago = now - (DEFAULTS["inactive_accounts_days"] + 10) * DAY
    coach = UserFactory(email="", last_login=long_ago)
    mentor = UserFactory(email="")
    PeerMentor.objects.create(user=mentor, organisation=w.org, coach=coach, requested_at=now)
    away = UserFactory(email="", last_login=long_ago)

    counts = retention_run(now=now)

    assert User.objects.filter(pk=coach.pk).exists()
    assert not User.objects.filter(pk=away.pk).exists()
    assert counts["inactive_accounts"] >= 1
