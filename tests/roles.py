"""One factory per role: the smallest world in which that person can act.

    a_parent()                      an adult learner with a verified address
    a_teacher_with_class()          a teacher of an organisation, a course, a class of it
    a_pupil_in_class()              a young learner (no e-mail) who joined a class by code
    a_coach(), a_lead()             an adult coach, a safeguarding lead of an organisation
    an_editor()                     a content editor of an organisation, or of the network
    an_approved_mentor_with_peers() a trained peer mentor, approved by a coach, running a
                                    group of peers

Each builds what its role needs, through the same services the product uses, and
takes what it should share as arguments (the organisation, the class): a test of what
a pupil may see in a class builds a teacher with a class and a pupil in it, not the
demo. tests/conftest.py has a fixture for each (`teacher_with_class`, ...); worlds of
several organisations (tests/mentoring/factories.py) are made of these.
"""

from __future__ import annotations

from types import SimpleNamespace

from accounts.models import AgeBand, Audience, Organisation, Role, User
from accounts.services import organisation_add_member
from classrooms.models import Classroom
from classrooms.services import classroom_create, pupil_account_join
from courses.models import CoursePage
from courses.services import module_complete
from mentoring.services import group_create, mentor_approve, mentor_request, peer_join
from privacy.models import ParentalConsent
from tests.accounts.factories import OrganisationFactory, UserFactory
from tests.courses.factories import course_page, module_page
from tests.quizzes.factories import quiz_with_questions

PASSWORD = "Correct-Horse-Battery-9"


def a_parent(**profile) -> User:
    return UserFactory(
        **{f"profile__{name}": value for name, value in {"audience": "parent", **profile}.items()}
    )


def member(organisation: Organisation, role: str = Role.MEMBER, **profile) -> User:
    """An adult with a role in the organisation."""
    user = UserFactory(**{f"profile__{name}": value for name, value in profile.items()})
    organisation_add_member(organisation=organisation, user=user, role=role)
    return user


def a_coach(organisation: Organisation | None = None) -> User:
    return member(organisation or OrganisationFactory(), Role.COACH, audience="teacher")


def a_lead(organisation: Organisation | None = None) -> User:
    return member(organisation or OrganisationFactory(), Role.SAFEGUARDING_LEAD, audience="teacher")


def an_editor(
    organisation: Organisation | None = None,
    *,
    network: bool = False,
    groups: tuple[str, ...] | None = None,
) -> User:
    """A content editor of the organisation (its own courses and help services), or the
    network's (its shared ones), in Wagtail's groups as role_grant puts them (or in
    `groups`)."""
    from django.contrib.auth.models import Group

    from accounts.services import GROUPS_OF_EDITOR_ROLES

    role = Role.NETWORK_EDITOR if network else Role.CONTENT_EDITOR
    user = member(organisation or OrganisationFactory(), role, audience="teacher")
    groups = GROUPS_OF_EDITOR_ROLES[role] if groups is None else groups
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user


def a_class_course(title: str = "Staying safe online") -> SimpleNamespace:
    """A young learners' course teachers can use: a reading module and a quiz module."""
    course = course_page(audience="young_learner", open_to_classes=True, title=title)
    quiz = quiz_with_questions()
    first = module_page(course, title="First")
    quiz_module = module_page(
        course, title="Quiz", body=[("quiz", {"quiz": quiz})], completion_rule="quiz"
    )
    return SimpleNamespace(course=course, quiz=quiz, first=first, quiz_module=quiz_module)


def a_teacher_with_class(
    organisation: Organisation | None = None, course: CoursePage | None = None
) -> SimpleNamespace:
    """A teacher of the organisation with class 7B (ages 12 to 14) following the course."""
    organisation = organisation or OrganisationFactory()
    if course is None:
        content = a_class_course()
        course = content.course
    else:
        content = SimpleNamespace(course=course)
    teacher = member(organisation, Role.TEACHER, audience="teacher")
    classroom = classroom_create(
        teacher=teacher, organisation=organisation, name="7B", course=course, age_band="12-14"
    )
    return SimpleNamespace(
        organisation=organisation, teacher=teacher, classroom=classroom, **vars(content)
    )


def a_pupil_in_class(
    classroom: Classroom | None = None, nickname: str = "Robin"
) -> SimpleNamespace:
    """A pupil who joined the class with its code: a username, a nickname, no e-mail."""
    classroom = classroom or a_teacher_with_class().classroom
    pupil = pupil_account_join(classroom=classroom, nickname=nickname, password=PASSWORD)
    return SimpleNamespace(
        pupil=pupil, classroom=classroom, membership=pupil.class_memberships.get()
    )


def youth(organisation: Organisation, **profile) -> User:
    """A young person (15 to 17) with a username and no e-mail address, whose parent
    agreed (peer mentoring asks for it under 16 where the country is not known)."""
    user = UserFactory(
        email="",
        profile__audience=profile.pop("audience", Audience.PEER_MENTOR),
        profile__age_band=AgeBand.AGE_15_17,
        **{f"profile__{name}": value for name, value in profile.items()},
    )
    organisation_add_member(organisation=organisation, user=user)
    ParentalConsent.objects.create(
        child=user,
        parent_email=f"parent.{user.pk}@example.org",
        consent_age=16,
        status=ParentalConsent.Status.GIVEN,
    )
    return user


def a_mentor_course() -> CoursePage:
    course = course_page(audience="peer_mentor", title="Becoming a peer expert")
    module_page(course, title="What a peer expert does")
    return course


def trained_mentor(organisation, mentor_course, coach, *, approve=True):
    """A young person who completed the peer-mentor course (and was approved):
    (user, PeerMentor)."""
    user = youth(organisation)
    for module in mentor_course.get_children().specific():
        module_complete(user=user, module=module)
    mentor = mentor_request(user=user, coach=coach)
    if approve:
        mentor = mentor_approve(mentor=mentor, coach=coach)
    return user, mentor


def an_approved_mentor_with_peers(
    organisation: Organisation | None = None,
    *,
    coach: User | None = None,
    peers: tuple[str, ...] = ("Kai",),
    group_name: str = "Tuesday club",
    mentor_course: CoursePage | None = None,
) -> SimpleNamespace:
    """A peer mentor approved by the coach, with a group the peers joined under these
    nicknames. The group follows the young learners' course (one is made if none is)."""
    organisation = organisation or OrganisationFactory(country="NL")
    coach = coach or a_coach(organisation)
    mentor_course = mentor_course or a_mentor_course()
    if not CoursePage.objects.filter(audience=Audience.YOUNG_LEARNER).exists():
        a_class_course()
    mentor, peer_mentor = trained_mentor(organisation, mentor_course, coach)
    group = group_create(mentor_user=mentor, name=group_name)
    members = []
    for nickname in peers:
        peer = youth(organisation, audience=Audience.YOUNG_LEARNER)
        peer_join(group=group, peer=peer, nickname=nickname)
        members.append(peer)
    return SimpleNamespace(
        organisation=organisation,
        coach=coach,
        mentor=mentor,
        peer_mentor=peer_mentor,
        group=group,
        peers=members,
        mentor_course=mentor_course,
    )
