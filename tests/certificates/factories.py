"""Builders for certificates: learners who completed courses, and what that issued."""

from certificates.models import Certificate
from certificates.services import certificate_for_enrolment
from courses.models import CoursePage, Enrolment
from courses.services import module_complete
from tests.accounts.factories import UserFactory
from tests.courses.factories import course_page, module_page


def learner(**profile):
    """An adult learner with a display name (what the certificate prints)."""
    profile.setdefault("display_name", "Robin Example")
    return UserFactory(**{f"profile__{name}": value for name, value in profile.items()})


def course_with_modules(modules: int = 2, **fields) -> CoursePage:
    course = course_page(**fields)
    for _ in range(modules):
        module_page(course)
    return course


def complete(user, course: CoursePage) -> Enrolment:
    """Complete every module. On-commit work (the certificate task) runs only where the
    caller captures it, as in production after the commit."""
    for module in course.get_children().specific():
        module_complete(user=user, module=module)
    enrolment = Enrolment.objects.get(user=user, course=course)
    assert enrolment.completed_at is not None
    return enrolment


def issued_certificate(user=None, course=None, **course_fields) -> Certificate:
    """A learner's certificate for a course they completed, issued and rendered."""
    user = user or learner()
    course = course or course_with_modules(**course_fields)
    certificate = certificate_for_enrolment(enrolment_id=complete(user, course).pk)
    assert certificate is not None
    return certificate
