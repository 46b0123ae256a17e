"""Seed the bench database with a fixed random seed: demo content plus a large network."""

import json
import os
import random
from dataclasses import asdict, dataclass

from django.core.management import call_command

from accounts.models import Membership, Organisation, User
from classrooms.models import ClassMembership, Classroom
from courses.models import Enrolment, ModuleProgress
from mentoring.models import PeerMembership
from quizzes.models import Attempt
from reports.selectors import learner_ids
from reports.services import reach_refresh

from .content import content_create
from .environment import VAR
from .learning import learning_create
from .people import ORGANISATION, people_create
from .pgcopy import vacuum_analyze
from .scale import dashboard_learners_create, report_people_create, sweep_enrolments_create

SEED = 20261129
BURST_LEARNERS = 1_000
PAGE_LEARNERS = 200
HANDLES = VAR / "dataset.json"
MINIMUMS = {
    "learners": 5_000,
    "enrolments": 1_000_000,
    "progress_rows": 1_000_000,
    "classes": 200,
    "report_learners": 100_000,
}


@dataclass
class Dataset:
    """What the measurements need to find in the seeded database."""

    counts: dict
    page_module_id: int
    page_learner_ids: list[int]
    burst_module_id: int
    burst_quiz_id: int
    burst_learner_ids: list[int]
    # The learners whose dashboards are measured, by their number of courses.
    dashboard_one_course_id: int
    dashboard_ten_courses_id: int
    big_class_id: int
    small_class_id: int
    big_class_teacher_id: int
    small_class_teacher_id: int
    mentor_id: int
    big_group_id: int
    small_group_id: int
    # The organisation admin whose impact report is measured (REPORT_LEARNERS people).
    report_admin_id: int = 0

    def save(self) -> None:
        HANDLES.parent.mkdir(parents=True, exist_ok=True)
        HANDLES.write_text(json.dumps(asdict(self), indent=1))

    @classmethod
    def load(cls) -> "Dataset":
        return cls(**json.loads(HANDLES.read_text()))


def seed() -> Dataset:
    """Migrate, run seed_demo, then add the bench's courses, people and records."""
    call_command("migrate", verbosity=0)
    with open(os.devnull, "w") as quiet:
        call_command("seed_demo", force=True, stdout=quiet)
    rng = random.Random(SEED)
    content = content_create()
    people = people_create(courses=content.courses, rng=rng)
    learning = learning_create(
        content=content,
        learner_ids=people.learner_ids,
        template_user=User.objects.get(pk=people.mentor_id),
        rng=rng,
    )
    dashboards = dashboard_learners_create(bench_courses=content.courses, rng=rng)
    sweep_enrolments_create(rng=rng)
    report_admin = report_people_create(organisation_slug=ORGANISATION, rng=rng)
    reach_refresh()  # as the nightly job (reports.tasks.reach_refresh_task) leaves it
    vacuum_analyze(
        User, Enrolment, ModuleProgress, Attempt, ClassMembership, PeerMembership, Membership
    )
    first_course = content.courses[0].pk
    dataset = Dataset(
        counts={
            "learners": User.objects.count(),
            "enrolments": Enrolment.objects.count(),
            "progress_rows": ModuleProgress.objects.count(),
            "attempts": Attempt.objects.count(),
            "classes": Classroom.objects.filter(organisation__slug=ORGANISATION).count(),
            "class_memberships": ClassMembership.objects.count(),
            "report_learners": len(
                learner_ids(organisation=Organisation.objects.get(slug=ORGANISATION))
            ),
        },
        page_module_id=content.page_module.pk,
        page_learner_ids=rng.sample(learning.enrolled[content.page_course.pk], PAGE_LEARNERS),
        burst_module_id=content.burst_module.pk,
        burst_quiz_id=content.burst_quiz.pk,
        burst_learner_ids=rng.sample(learning.unfinished[first_course], BURST_LEARNERS),
        dashboard_one_course_id=dashboards[1],
        dashboard_ten_courses_id=dashboards[10],
        big_class_id=people.big_class_id,
        small_class_id=people.small_class_id,
        big_class_teacher_id=people.big_class_teacher_id,
        small_class_teacher_id=people.small_class_teacher_id,
        mentor_id=people.mentor_id,
        big_group_id=people.big_group_id,
        small_group_id=people.small_group_id,
        report_admin_id=report_admin,
    )
    short = {
        name: dataset.counts[name]
        for name, least in MINIMUMS.items()
        if dataset.counts[name] < least
    }
    if short:
        raise RuntimeError(f"The seed fell short of the issue's dataset: {short}")
    dataset.save()
    return dataset
