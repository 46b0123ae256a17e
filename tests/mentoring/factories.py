"""A small mentoring world: two organisations, coaches, leads, mentors, groups and peers."""

from types import SimpleNamespace

from accounts.models import Audience, Role
from accounts.services import organisation_add_member
from courses.services import module_complete
from mentoring.services import group_create, mentor_approve, mentor_request, peer_join
from privacy.models import ParentalConsent
from tests.accounts.factories import OrganisationFactory, UserFactory
from tests.courses.factories import course_page, module_page
from tests.quizzes.factories import quiz_with_questions


def member(organisation, role=Role.MEMBER, **profile):
    user = UserFactory(**{f"profile__{k}": v for k, v in profile.items()})
    organisation_add_member(organisation=organisation, user=user, role=role)
    return user


def youth(organisation, **profile):
    """A young person with a username and no e-mail address."""
    user = UserFactory(
        email="",
        profile__audience=profile.pop("audience", Audience.PEER_MENTOR),
        profile__age_band="15-17",
        **{f"profile__{k}": v for k, v in profile.items()},
    )
    organisation_add_member(organisation=organisation, user=user)
    # Under 16 without a country: a parent agreed (peer mentoring needs it).
    ParentalConsent.objects.create(
        child=user,
        parent_email=f"parent.{user.pk}@example.org",
        consent_age=16,
        status=ParentalConsent.Status.GIVEN,
    )
    return user


def trained_mentor(organisation, mentor_course, coach, *, approve=True):
    """A young person who completed the peer-mentor course (and was approved)."""
    user = youth(organisation)
    for module in mentor_course.get_children().specific():
        module_complete(user=user, module=module)
    mentor = mentor_request(user=user, coach=coach)
    if approve:
        mentor = mentor_approve(mentor=mentor, coach=coach)
    return user, mentor


def mentoring_world() -> SimpleNamespace:
    w = SimpleNamespace()
    w.org_a = OrganisationFactory(country="NL")
    w.org_b = OrganisationFactory(country="DE")
    w.mentor_course = course_page(audience="peer_mentor", title="Becoming a peer expert")
    module_page(w.mentor_course, title="What a peer expert does")
    w.peer_course = course_page(audience="young_learner", title="Staying safe online")
    w.quiz = quiz_with_questions()
    w.first = module_page(w.peer_course, title="Grooming signs")
    w.quiz_module = module_page(
        w.peer_course, title="Check", body=[("quiz", {"quiz": w.quiz})], completion_rule="quiz"
    )
    w.coach_a = member(w.org_a, Role.COACH, audience="teacher")
    w.coach_a2 = member(w.org_a, Role.COACH, audience="teacher")
    w.coach_b = member(w.org_b, Role.COACH, audience="teacher")
    w.lead_a = member(w.org_a, Role.SAFEGUARDING_LEAD, audience="teacher")
    w.lead_b = member(w.org_b, Role.SAFEGUARDING_LEAD, audience="teacher")
    w.teacher = member(w.org_a, Role.TEACHER, audience="teacher")
    w.parent = UserFactory(profile__audience="parent")
    w.mentor_a, w.peer_mentor_a = trained_mentor(w.org_a, w.mentor_course, w.coach_a)
    w.mentor_b, w.peer_mentor_b = trained_mentor(w.org_a, w.mentor_course, w.coach_a2)
    w.group_a = group_create(mentor_user=w.mentor_a, name="Tuesday club")
    w.group_b = group_create(mentor_user=w.mentor_b, name="Friday club")
    w.peer = youth(w.org_a, audience=Audience.YOUNG_LEARNER)
    peer_join(group=w.group_a, peer=w.peer, nickname="Kai")
    w.peer_b = youth(w.org_a, audience=Audience.YOUNG_LEARNER)
    peer_join(group=w.group_b, peer=w.peer_b, nickname="Noor")
    return w
