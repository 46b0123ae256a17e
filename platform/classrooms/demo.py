"""A demo class for the demo teacher, with the demo pupil in it (`manage.py seed_demo`)."""

from accounts.models import Organisation, User
from courses.models import CoursePage

from .models import Classroom
from .services import classroom_create, pupil_join


def seed(*, password: str, log=print) -> None:
    teacher = User.objects.filter(username="demo-teacher").first()
    course = (
        CoursePage.objects.live().filter(open_to_classes=True, locale__language_code="en").first()
    )
    organisation = Organisation.objects.filter(slug="demo-network").first()
    if teacher is None or course is None or organisation is None:
        return
    classroom = Classroom.objects.filter(teacher_links__teacher=teacher).first()
    if classroom is None:
        classroom = classroom_create(
            lawful_basis="public_task",
            lawful_basis_confirmed=True,
            teacher=teacher,
            organisation=organisation,
            name="Demo class 7B",
            course=course,
            age_band="12-14",
        )
        pupil = User.objects.filter(username="demo-pupil").first()
        if pupil is not None:
            pupil_join(classroom=classroom, pupil=pupil, nickname="Robin")
    log(f"Demo class: {classroom.name}, join code {classroom.join_code} (at /join/)")
