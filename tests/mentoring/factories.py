"""A small mentoring world: two organisations, coaches, leads, mentors, groups and peers,
made of the role factories in tests/roles.py."""

from types import SimpleNamespace

from accounts.models import Role
from tests.accounts.factories import OrganisationFactory, UserFactory
from tests.courses.factories import course_page, module_page
from tests.quizzes.factories import quiz_with_questions
from tests.roles import a_coach, a_lead, a_mentor_course, an_approved_mentor_with_peers, member


def mentoring_world() -> SimpleNamespace:
    w = SimpleNamespace()
    w.org_a = OrganisationFactory(country="NL")
    w.org_b = OrganisationFactory(country="DE")
    w.mentor_course = a_mentor_course()
    w.peer_course = course_page(audience="young_learner", title="Staying safe online")
    w.quiz = quiz_with_questions()
    w.first = module_page(w.peer_course, title="Grooming signs")
    w.quiz_module = module_page(
        w.peer_course, title="Check", body=[("quiz", {"quiz": w.quiz})], completion_rule="quiz"
    )
    w.coach_a = a_coach(w.org_a)
    w.coach_a2 = a_coach(w.org_a)
    w.coach_b = a_coach(w.org_b)
    w.lead_a = a_lead(w.org_a)
    w.lead_b = a_lead(w.org_b)
    w.teacher = member(w.org_a, Role.TEACHER, audience="teacher")
    w.parent = UserFactory(profile__audience="parent")
    a = an_approved_mentor_with_peers(
        w.org_a, coach=w.coach_a, peers=("Kai",), mentor_course=w.mentor_course
    )
    b = an_approved_mentor_with_peers(
        w.org_a,
        coach=w.coach_a2,
        peers=("Noor",),
        group_name="Friday club",
        mentor_course=w.mentor_course,
    )
    w.mentor_a, w.peer_mentor_a, w.group_a, [w.peer] = a.mentor, a.peer_mentor, a.group, a.peers
    w.mentor_b, w.peer_mentor_b, w.group_b, [w.peer_b] = b.mentor, b.peer_mentor, b.group, b.peers
    return w
