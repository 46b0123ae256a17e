"""A demo class in each demo organisation, its teacher's, with its pupil in it
(`manage.py seed_demo`)."""

from accounts.models import Organisation, User
from courses.models import CoursePage

from .models import Classroom
from .services import classroom_create, pupil_join

# Teacher, organisation, class name, pupil and the pupil's nickname.
DEMO_CLASSES = (
    ("demo-teacher", "demo-network", "Demo class 7B", "demo-pupil", "Robin"),
    ("partner-teacher", "demo-partner", "Partner class 8A", "partner-pupil", "Lina"),
)


def seed(*, password: str, log=print) -> None:
    course = (
        CoursePage.objects.live().filter(open_to_classes=True, locale__language_code="en").first()
    )
    for teacher_name, slug, name, pupil_name, nickname in DEMO_CLASSES:
        teacher = User.objects.filter(username=teacher_name).first()
        organisation = Organisation.objects.filter(slug=slug).first()
        if teacher is None or course is None or organisation is None:
            continue
        classroom = Classroom.objects.filter(teacher_links__teacher=teacher).first()
        if classroom is None:
            classroom = classroom_create(
                lawful_basis="public_task",
                lawful_basis_confirmed=True,
                teacher=teacher,
                organisation=organisation,
                name=name,
                course=course,
                age_band="12-14",
            )
            pupil = User.objects.filter(username=pupil_name).first()
            if pupil is not None:
                pupil_join(classroom=classroom, pupil=pupil, nickname=nickname)
        log(f"Demo class: {classroom.name}, join code {classroom.join_code} (at /join/)")
