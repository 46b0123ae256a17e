"""Bench records beyond the network's own: two dashboard learners, and enough more
enrolments for the reminder sweep to run over a million.

The dashboard learners follow one course and ten (the bench's four, the demo's English
courses and two of their translations), with half of each course's modules done, so
that the dashboard is measured at both sizes. The sweep's learners are parents, each
enrolled in every live course, inactive for one to sixty days: they are only read by
the sweep (and counted in the dataset).
"""

import random
from datetime import timedelta

from django.utils import timezone

from accounts.models import Audience, User
from courses.models import CoursePage, Enrolment, ModuleProgress
from courses.selectors import module_summaries

from .people import users_create
from .pgcopy import copy_rows

ENROLMENTS = 1_000_000
DASHBOARD_SIZES = (1, 10)


def dashboard_learners_create(*, bench_courses: list, rng: random.Random) -> dict[int, int]:
    """A learner per size in DASHBOARD_SIZES: {courses: user id}."""
    others = list(
        CoursePage.objects.live()
        .filter(organisation__isnull=True)
        .exclude(pk__in=[c.pk for c in bench_courses])
        .order_by("path")
    )
    courses = [*bench_courses, *others][: max(DASHBOARD_SIZES)]
    if len(courses) < max(DASHBOARD_SIZES):
        raise RuntimeError(f"the dashboard needs {max(DASHBOARD_SIZES)} live courses")
    modules = module_summaries(courses)
    now = timezone.now()
    learners = {}
    for size in DASHBOARD_SIZES:
        (user,) = users_create(f"bench-dashboard-{size}", 1, Audience.PARENT, rng)
        learners[size] = user.pk
        Enrolment.objects.bulk_create(
            Enrolment(user=user, course=course, last_active_at=now - timedelta(days=1))
            for course in courses[:size]
        )
        ModuleProgress.objects.bulk_create(
            ModuleProgress(user=user, module_id=module.pk, completed_at=now - timedelta(days=2))
            for course in courses[:size]
            for module in modules[course.pk][: len(modules[course.pk]) // 2]
        )
    return learners


def sweep_enrolments_create(*, rng: random.Random) -> int:
    """Parents enrolled in every live course until there are ENROLMENTS; how many added."""
    missing = ENROLMENTS - Enrolment.objects.count()
    if missing <= 0:
        return 0
    course_ids = list(
        CoursePage.objects.live().filter(organisation__isnull=True).values_list("pk", flat=True)
    )
    learners = users_create("bench-parent", -(-missing // len(course_ids)), Audience.PARENT, rng)
    now = timezone.now()

    def rows():
        for user in learners:
            for course_id in course_ids:
                last_active = now - timedelta(days=rng.uniform(1, 60))
                yield (user.pk, course_id, last_active - timedelta(days=30), last_active)

    return copy_rows(Enrolment, ["user", "course", "enrolled_at", "last_active_at"], rows())


REPORT_LEARNERS = 100_000
COUNTRIES = ["NL", "DE", "FR", "ES", "BE", "GB", "PL", "RO", ""]


def report_people_create(*, organisation_slug: str, rng: random.Random) -> int:
    """Members enough for the organisation to reach REPORT_LEARNERS people, joined over the
    last eighteen months in several countries (the sweep's parents first, with their
    enrolments, then new parents), and an admin to read its report; the admin's id."""
    from accounts.models import Membership, Organisation, Profile, Role
    from reports.selectors import learner_ids

    organisation = Organisation.objects.get(slug=organisation_slug)
    reached = learner_ids(organisation=organisation)
    parents = list(
        User.objects.filter(username__startswith="bench-parent-")
        .exclude(pk__in=reached)
        .values_list("pk", flat=True)
    )
    missing = max(0, REPORT_LEARNERS - len(reached) - len(parents))
    parents += [u.pk for u in users_create("bench-member", missing, Audience.PARENT, rng)]
    now = timezone.now()
    copy_rows(
        Membership,
        ["organisation", "user", "role", "created_at"],
        (
            (organisation.pk, pk, Role.MEMBER, now - timedelta(days=rng.uniform(0, 540)))
            for pk in parents
        ),
    )
    for country in COUNTRIES:
        share = parents[COUNTRIES.index(country) :: len(COUNTRIES)]
        Profile.objects.filter(user_id__in=share).update(country=country)
    (admin,) = users_create("bench-org-admin", 1, Audience.TEACHER, rng)
    Membership.objects.create(organisation=organisation, user=admin, role=Role.ORG_ADMIN)
    Membership.objects.create(organisation=organisation, user=admin, role=Role.NETWORK_ADMIN)
    return admin.pk
