"""Bench people: learners, teachers with their classes, a mentor with peer groups."""

import random
from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from accounts.models import AgeBand, Audience, Membership, Organisation, Profile, Role, User
from classrooms.models import ClassMembership, Classroom, ClassTeacher
from mentoring.models import MentorGroup, PeerMembership, PeerMentor
from privacy.models import ParentalConsent

from .pgcopy import copy_rows

ORGANISATION = "bench-network"
LEARNERS = 20_000
CLASSES = 200
# The measured classes: a class report over a whole year group, and a class of 20.
BIG_CLASS_SIZE = 1_000
SMALL_CLASS_SIZE = 20
# The others: from one class to a few.
CLASS_SIZE = 200
GROUP_SIZE = 50
SMALL_GROUP_SIZE = 5


@dataclass
class People:
    learner_ids: list[int]
    big_class_id: int
    small_class_id: int
    big_class_teacher_id: int
    small_class_teacher_id: int
    mentor_id: int
    big_group_id: int
    small_group_id: int


def users_create(prefix: str, count: int, audience: str, rng: random.Random) -> list[User]:
    now = timezone.now()
    users = User.objects.bulk_create(
        [
            User(
                username=f"{prefix}-{n:05d}",
                email=f"{prefix}-{n:05d}@example.org",
                # "!" is Django's unusable password: the bench never signs in, it
                # creates sessions (bench/sessions.py).
                password="!",  # noqa: S106
                date_joined=now - timedelta(days=rng.uniform(30, 400)),
            )
            for n in range(count)
        ],
        batch_size=5000,
    )
    youth = audience in {Audience.YOUNG_LEARNER, Audience.PEER_MENTOR}
    Profile.objects.bulk_create(
        [
            Profile(
                user=user,
                display_name=f"{prefix.title()} {n}",
                audience=audience,
                age_band=AgeBand.AGE_12_14 if youth else AgeBand.ADULT,
                language=rng.choice(["en", "en", "en", "nl"]),
                time_zone="UTC",
            )
            for n, user in enumerate(users)
        ],
        batch_size=5000,
    )
    if youth:
        # Young people with an address of their own signed up with a parent's consent
        # (privacy.consent): without it they would get notices, not e-mail.
        ParentalConsent.objects.bulk_create(
            [
                ParentalConsent(
                    child=user,
                    parent_email=f"parent-{user.username}@example.org",
                    consent_age=16,
                    status=ParentalConsent.Status.GIVEN,
                    link_secret="",
                    decided_at=now,
                )
                for user in users
            ],
            batch_size=5000,
        )
    return users


def _classes(organisation, courses, learner_ids, rng) -> tuple[list[Classroom], list[User]]:
    teachers = users_create("bench-teacher", CLASSES, Audience.TEACHER, rng)
    sizes = [BIG_CLASS_SIZE, SMALL_CLASS_SIZE] + [
        rng.randint(SMALL_CLASS_SIZE, CLASS_SIZE) for _ in range(CLASSES - 2)
    ]
    classrooms = Classroom.objects.bulk_create(
        Classroom(
            organisation=organisation,
            name=f"Bench class {n + 1:03d}",
            # The two measured classes follow the first course: 20 modules each.
            course=courses[0] if n < 2 else courses[n % len(courses)],
            age_band=AgeBand.AGE_12_14,
            certificates_enabled=n % 2 == 0,
        )
        for n in range(CLASSES)
    )
    ClassTeacher.objects.bulk_create(
        ClassTeacher(classroom=classroom, teacher=teacher, is_owner=True)
        for classroom, teacher in zip(classrooms, teachers, strict=True)
    )
    Membership.objects.bulk_create(
        Membership(organisation=organisation, user=teacher, role=Role.TEACHER)
        for teacher in teachers
    )
    now = timezone.now()
    copy_rows(
        ClassMembership,
        ["classroom", "pupil", "nickname", "joined_at", "removed"],
        (
            (classroom.pk, pupil_id, f"Pupil {i + 1}", now - timedelta(days=60), False)
            for classroom, size in zip(classrooms, sizes, strict=True)
            for i, pupil_id in enumerate(rng.sample(learner_ids, size))
        ),
    )
    return classrooms, teachers


def _groups(organisation, course, learner_ids, rng) -> tuple[User, list[MentorGroup]]:
    now = timezone.now()
    (mentor,) = users_create("bench-mentor", 1, Audience.PEER_MENTOR, rng)
    (coach,) = users_create("bench-coach", 1, Audience.TEACHER, rng)
    Membership.objects.create(organisation=organisation, user=coach, role=Role.COACH)
    Membership.objects.create(organisation=organisation, user=mentor, role=Role.PEER_MENTOR)
    PeerMentor.objects.create(
        user=mentor,
        organisation=organisation,
        coach=coach,
        status=PeerMentor.Status.APPROVED,
        requested_at=now - timedelta(days=90),
        decided_at=now - timedelta(days=89),
    )
    groups = []
    for size in (GROUP_SIZE, SMALL_GROUP_SIZE):
        group = MentorGroup.objects.create(
            organisation=organisation,
            mentor=mentor,
            coach=coach,
            name=f"Bench group of {size}",
            course=course,
        )
        copy_rows(
            PeerMembership,
            ["group", "peer", "nickname", "joined_at", "removed"],
            (
                (group.pk, peer_id, f"Peer {i + 1}", now - timedelta(days=60), False)
                for i, peer_id in enumerate(rng.sample(learner_ids, size))
            ),
        )
        groups.append(group)
    return mentor, groups


def people_create(*, courses, rng: random.Random) -> People:
    """Learners, 200 classes (one of 1,000 pupils, the others of 20 to 200) and a mentor
    with groups of 50 and 5."""
    organisation = Organisation.objects.create(name="Bench network", slug=ORGANISATION)
    learner_ids = [
        u.pk for u in users_create("bench-learner", LEARNERS, Audience.YOUNG_LEARNER, rng)
    ]
    classrooms, teachers = _classes(organisation, courses, learner_ids, rng)
    mentor, groups = _groups(organisation, courses[0], learner_ids, rng)
    return People(
        learner_ids=learner_ids,
        big_class_id=classrooms[0].pk,
        small_class_id=classrooms[1].pk,
        big_class_teacher_id=teachers[0].pk,
        small_class_teacher_id=teachers[1].pk,
        mentor_id=mentor.pk,
        big_group_id=groups[0].pk,
        small_group_id=groups[1].pk,
    )
