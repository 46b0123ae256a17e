"""Builders for reminder tests: learners with idle enrolments, and fixed moments in time."""

import datetime
import zoneinfo
from types import SimpleNamespace

from django.utils import timezone

from accounts.groups import membership_end
from accounts.models import Profile, User
from accounts.services import organisation_add_member
from classrooms.live_sessions import session_schedule
from classrooms.services import classroom_create, pupil_join
from courses.models import CoursePage, Enrolment
from courses.services import course_enrol
from notifications import services, sweeps
from tests.accounts.factories import OrganisationFactory, UserFactory
from tests.courses.factories import course_page, module_page

UTC = datetime.UTC
IDLE = datetime.timedelta(days=8)


def wednesday_noon(weeks_ahead: int = 1) -> datetime.datetime:
    """Noon UTC on a Wednesday after today.

    Daytime for UTC users, mid-week (far from an ISO week boundary), and later than the
    real clock, so rows stamped with timezone.now() are already due at this moment.
    """
    today = timezone.now().date()
    monday = (
        today - datetime.timedelta(days=today.weekday()) + datetime.timedelta(weeks=weeks_ahead)
    )
    return datetime.datetime.combine(monday + datetime.timedelta(days=2), datetime.time(12), UTC)


def local(moment: datetime.datetime, clock: datetime.time, time_zone: str) -> datetime.datetime:
    """That wall-clock time in `time_zone` on the (UTC) date of `moment`, in UTC."""
    tz = zoneinfo.ZoneInfo(time_zone)
    return datetime.datetime.combine(moment.date(), clock, tz).astimezone(UTC)


def learner(*, email: str | None = None, **profile) -> User:
    """An adult learner (verified e-mail) unless email="" is given; profile fields by name."""
    fields = {f"profile__{name}": value for name, value in profile.items()}
    if email is not None:
        fields["email"] = email
    return UserFactory(**fields)


def idle_enrolment(
    user: User, course: CoursePage, *, now: datetime.datetime, idle=IDLE
) -> Enrolment:
    """An unfinished enrolment whose learner was last active `idle` before `now`."""
    enrolment = course_enrol(user=user, course=course)
    Enrolment.objects.filter(pk=enrolment.pk).update(last_active_at=now - idle)
    enrolment.refresh_from_db()
    return enrolment


def bulk_idle_enrolments(
    course: CoursePage, count: int, *, now: datetime.datetime, prefix: str, profiles: bool = True
) -> list[int]:
    """`count` adult learners idle on `course`, made with bulk_create; enrolment ids."""
    users = User.objects.bulk_create(
        [
            User(username=f"{prefix}{n}", email=f"{prefix}{n}@example.org", password="!")
            for n in range(count)
        ],
        batch_size=2000,
    )
    if profiles:
        Profile.objects.bulk_create([Profile(user=user) for user in users], batch_size=2000)
    enrolments = Enrolment.objects.bulk_create(
        [Enrolment(user=user, course=course, last_active_at=now - IDLE) for user in users],
        batch_size=2000,
    )
    return [enrolment.pk for enrolment in enrolments]


def inactive_sweep(*, now: datetime.datetime) -> dict[str, int]:
    """What the hourly task chain and the outbox do, in process: candidates, batches,
    queue, deliver."""
    totals: dict[str, int] = {}
    for batch in sweeps.batches(sweeps.inactive_candidate_ids(now=now)):
        sweeps.inactive_queue_batch(enrolment_ids=batch, now=now)
    # What the outbox then delivers: the new rows, and what earlier sweeps postponed.
    for outcome, n in services.deliver(ids=services.due_ids(now=now), now=now).items():
        totals[outcome] = totals.get(outcome, 0) + n
    return totals


def class_with_pupils(*, time_zone: str = "UTC") -> SimpleNamespace:
    """A class with its teacher, a pupil with e-mail, one without, and one who left."""
    c = SimpleNamespace()
    organisation = OrganisationFactory()
    course = course_page(audience="young_learner", open_to_classes=True)
    c.module = module_page(course, title="Passwords")
    c.teacher = learner(audience="teacher", time_zone=time_zone)
    organisation_add_member(organisation=organisation, user=c.teacher, role="teacher")
    c.classroom = classroom_create(
        teacher=c.teacher, organisation=organisation, name="7B", course=course, age_band="12-14"
    )
    c.pupil_with_email = learner(time_zone=time_zone)
    c.pupil_without_email = learner(email="", time_zone=time_zone)
    c.pupil_who_left = learner(email="", time_zone=time_zone)
    pupil_join(classroom=c.classroom, pupil=c.pupil_with_email, nickname="Robin")
    pupil_join(classroom=c.classroom, pupil=c.pupil_without_email, nickname="Sam")
    left = pupil_join(classroom=c.classroom, pupil=c.pupil_who_left, nickname="Kim")
    membership_end(membership=left)
    return c


def session_at(c: SimpleNamespace, when: datetime.datetime, time_zone: str = "UTC"):
    """A class session scheduled at `when` (an aware datetime), as the teacher's form does."""
    when = when.astimezone(zoneinfo.ZoneInfo(time_zone))
    return session_schedule(
        classroom=c.classroom,
        module=c.module,
        date=when.date(),
        time=when.time(),
        time_zone=time_zone,
    )


def a_course_with_a_module() -> dict:
    """The course the reminder tests are about and its first module: a world for
    `module_world` (tests/worlds.py), read back with `course_of`."""
    course = course_page(title="Safer gaming")
    return {"course": course, "first_module": module_page(course, title="Chat settings")}


def course_of(world: dict) -> CoursePage:
    """The world's course, with its first module at hand."""
    course = world["course"]
    course.first_module = world["first_module"]
    return course
