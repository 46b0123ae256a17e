"""Writes for classes: creating them, join codes, pupils joining and leaving."""

import secrets

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.capabilities import Capability, holders, user_can
from accounts.groups import group_for_code, member_join, nickname_check
from accounts.join_codes import free_username
from accounts.models import Audience, Organisation, User
from accounts.services import user_create
from courses.models import CoursePage
from courses.services import course_enrol

from .models import ClassMembership, Classroom, ClassTeacher

PASSWORD_WORDS = [
    "apple",
    "river",
    "cloud",
    "tiger",
    "maple",
    "stone",
    "comet",
    "lemon",
    "otter",
    "piano",
    "robin",
    "sunny",
    "tulip",
    "violet",
    "whale",
    "zebra",
]


@transaction.atomic
def classroom_create(
    *,
    teacher: User,
    organisation: Organisation,
    name: str,
    course: CoursePage,
    age_band: str,
    lawful_basis: str = "",
    lawful_basis_confirmed: bool = False,
) -> Classroom:
    """A new class with the teacher as its owner and a fresh join code.

    Only a person the organisation made a teacher may create one there. The teacher's
    confirmation of the school's lawful basis is recorded with the class (who, when).
    """
    if not user_can(user=teacher, capability=Capability.TEACH, organisation_id=organisation.pk):
        raise PermissionDenied
    classroom = Classroom(organisation=organisation, name=name, course=course, age_band=age_band)
    if lawful_basis and lawful_basis_confirmed:
        classroom.lawful_basis = lawful_basis
        classroom.lawful_basis_confirmed_by = teacher
        classroom.lawful_basis_confirmed_at = timezone.now()
    classroom.full_clean()
    classroom.save()
    ClassTeacher.objects.create(classroom=classroom, teacher=teacher, is_owner=True)
    return classroom


def classroom_set_certificates(*, classroom: Classroom, on: bool) -> Classroom:
    """Whether pupils who complete the course get a certificate (the sweep issues the
    certificates of pupils who completed it before)."""
    classroom.certificates_enabled = on
    classroom.save(update_fields=["certificates_enabled"])
    return classroom


def classroom_archive(*, classroom: Classroom) -> Classroom:
    """Archive the class: joining stops; pupils keep their own progress."""
    classroom.archived_at = timezone.now()
    classroom.join_open = False
    classroom.save(update_fields=["archived_at", "join_open"])
    return classroom


def classroom_add_co_teacher(*, classroom: Classroom, email: str) -> ClassTeacher:
    """Add a teacher of the class's organisation as a co-teacher, by e-mail address."""
    teachers = holders(capability=Capability.TEACH, organisation_ids=[classroom.organisation_id])
    teacher = User.objects.filter(
        email__iexact=email.strip(), pk__in=teachers.values("user_id")
    ).first()
    if teacher is None:
        raise ValidationError(
            _("No teacher of %(organisation)s has that e-mail address.")
            % {"organisation": classroom.organisation.name}
        )
    link, _created = ClassTeacher.objects.get_or_create(classroom=classroom, teacher=teacher)
    return link


def classroom_for_code(code: str) -> Classroom:
    """The open class with this code, or a ValidationError that says what went wrong."""
    return group_for_code(model=Classroom, code=code, select_related=["course", "organisation"])


@transaction.atomic
def pupil_join(*, classroom: Classroom, pupil: User, nickname: str) -> ClassMembership:
    """Put an existing account in the class (joining twice changes nothing) and enrol it."""
    membership = member_join(group=classroom, user=pupil, nickname=nickname)
    course_enrol(user=pupil, course=classroom.course)
    return membership


@transaction.atomic
def pupil_account_join(*, classroom: Classroom, nickname: str, password: str) -> User:
    """A new pupil account (username only, no e-mail, no real name) in the class."""
    nickname_check(group=classroom, nickname=nickname)
    pupil = user_create(
        username=free_username(nickname),
        password=password,
        display_name=nickname,
        audience=Audience.YOUNG_LEARNER,
        age_band=classroom.age_band,
        # The organisation's language, else the one the join page was read in.
        language=classroom.organisation.language or translation.get_language() or "en",
        country=classroom.organisation.country.code or "",
    )
    pupil_join(classroom=classroom, pupil=pupil, nickname=nickname)
    return pupil


@transaction.atomic
def pupil_logins_create(*, classroom: Classroom, count: int) -> list[tuple[str, str, str]]:
    """Pre-made logins for a class that cannot sign up itself: (nickname, username, password).

    The passwords are shown once, on the sheet the teacher prints. All or none are made.
    """
    taken = {
        nickname.lower()
        for nickname in ClassMembership.objects.filter(classroom=classroom).values_list(
            "nickname", flat=True
        )
    }
    logins = []
    number = 0
    while len(logins) < count:
        number += 1
        nickname = _("Pupil %(number)s") % {"number": number}
        if nickname.lower() in taken:
            continue
        password = "-".join(secrets.choice(PASSWORD_WORDS) for _ in range(3))
        pupil = pupil_account_join(classroom=classroom, nickname=nickname, password=password)
        logins.append((nickname, pupil.username, password))
    return logins
