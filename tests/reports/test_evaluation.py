"""The end-of-course evaluation: offered once a course is complete, optional, anonymous
by default, once per learner; it feeds the organisation's report, from 10 answers."""

import csv
import io
from http import HTTPStatus
from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from accounts.models import Audience, Role
from certificates.selectors import organisation_of_learning
from courses.models import CourseEvaluation, EvaluationGiven
from courses.services import evaluation_submit as submit
from courses.services import module_complete
from tests.accounts.factories import OrganisationFactory
from tests.courses.factories import course_page, module_page
from tests.reports.test_report_page import admin_of
from tests.roles import a_pupil_in_class, a_teacher_with_class, member
from tests.worlds import module_world

pytestmark = pytest.mark.django_db


def evaluation_submit(*, user, course, **answers):
    """As the evaluation page does: for the organisation that reached the learner."""
    organisation = organisation_of_learning(user=user, course_id=course.pk)
    return submit(user=user, course=course, organisation=organisation, **answers)


ANSWERS = {"useful": "4", "confident": "3", "comment": "The part about sextortion helped."}


def completed(user, course):
    module_complete(user=user, module=course.get_children().live().first().specific)
    return user


def _evaluation_world() -> SimpleNamespace:
    """A parents' course, a parent of an organisation who completed it, and a teacher's
    class (of another course) with a pupil who has not."""
    course = course_page(audience="parent", title="Talking with your child")
    module_page(course, title="Only module")
    organisation = OrganisationFactory()
    learner = completed(member(organisation, audience=Audience.PARENT), course)
    school = a_teacher_with_class()
    pupil = a_pupil_in_class(school.classroom).pupil
    return SimpleNamespace(
        course=course, organisation=organisation, learner=learner, school=school, pupil=pupil
    )


# Built once for the file (tests/worlds.py); each test's answers are rolled back after it.
w, module_world_built = module_world(_evaluation_world)


@pytest.fixture
def course(w):
    return w.course


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_learner_who_completed_a_course_is_invited_and_answers_anonymously(w):
    course, organisation, learner = w.course, w.organisation, w.learner
    client = signed_in(learner)

    page = client.get(course.url).content.decode()
    assert f'href="/en/feedback/{course.pk}/"' in page
    form = client.get(f"/en/feedback/{course.pk}/")
    assert form.status_code == HTTPStatus.OK
    answer = client.post(f"/en/feedback/{course.pk}/", ANSWERS)

    assert answer.status_code == HTTPStatus.FOUND and answer["Location"] == course.url
    evaluation = CourseEvaluation.objects.get()
    assert evaluation.learner is None  # anonymous unless they add their name
    assert (evaluation.useful, evaluation.confident) == (4, 3)
    assert evaluation.organisation == organisation
    assert evaluation.comment == ANSWERS["comment"]
    assert EvaluationGiven.objects.filter(user=learner, course=course).exists()
    # The invitation is gone, and answering again adds nothing.
    assert f'href="/en/feedback/{course.pk}/"' not in client.get(course.url).content.decode()
    client.post(f"/en/feedback/{course.pk}/", ANSWERS)
    assert CourseEvaluation.objects.count() == 1


def test_an_adult_may_add_their_name_and_a_young_person_is_not_asked(w):
    course, adult = w.course, w.learner
    signed_in(adult).post(f"/en/feedback/{course.pk}/", {**ANSWERS, "named": "on"})
    assert CourseEvaluation.objects.get().learner == adult

    world, pupil = w.school, w.pupil
    for module in world.course.get_children().live():
        module_complete(user=pupil, module=module.specific)
    client = signed_in(pupil)
    form = client.get(f"/en/feedback/{world.course.pk}/")
    assert "named" not in form.context["form"].fields
    client.post(f"/en/feedback/{world.course.pk}/", {**ANSWERS, "named": "on"})
    pupil_evaluation = CourseEvaluation.objects.get(course=world.course)
    assert pupil_evaluation.learner is None
    assert pupil_evaluation.organisation == world.organisation


def test_only_a_completed_live_course_can_be_evaluated(course):
    learner = member(OrganisationFactory(), audience=Audience.PARENT)
    client = signed_in(learner)

    assert client.get(f"/en/feedback/{course.pk}/").status_code == HTTPStatus.NOT_FOUND
    assert client.post(f"/en/feedback/{course.pk}/", ANSWERS).status_code == HTTPStatus.NOT_FOUND
    assert client.get("/en/feedback/999999/").status_code == HTTPStatus.NOT_FOUND
    assert Client().get(f"/en/feedback/{course.pk}/").status_code == HTTPStatus.FOUND  # sign in
    assert not CourseEvaluation.objects.exists()


@pytest.mark.parametrize(
    "answers, field",
    [
        ({"useful": "9", "confident": "3"}, "useful"),
        ({"useful": "x", "confident": "3"}, "useful"),
        ({"confident": "3"}, "useful"),
        ({"useful": "4", "confident": "0"}, "confident"),
        ({"useful": "4", "confident": "3", "comment": "x" * 2001}, "comment"),
    ],
)
def test_bad_answers_are_named_and_nothing_is_saved(w, answers, field):
    course, learner = w.course, w.learner

    answer = signed_in(learner).post(f"/en/feedback/{course.pk}/", answers)

    assert answer.status_code == HTTPStatus.BAD_REQUEST
    assert answer.context["form"].errors[field]
    assert not CourseEvaluation.objects.exists() and not EvaluationGiven.objects.exists()


def test_answering_twice_at_once_keeps_one(w):
    course, learner = w.course, w.learner
    evaluation_submit(user=learner, course=course, useful=4, confident=4)

    with pytest.raises(ValidationError):
        evaluation_submit(user=learner, course=course, useful=1, confident=1)

    assert CourseEvaluation.objects.count() == 1 and EvaluationGiven.objects.count() == 1


def test_the_organisation_that_reached_the_learner_for_the_course_gets_the_answers(w):
    world, pupil = w.school, w.pupil
    other = OrganisationFactory()
    member(other)  # someone else
    learner_of_other = member(other, audience=Audience.PARENT)

    assert organisation_of_learning(user=pupil, course_id=world.course.pk) == world.organisation
    assert organisation_of_learning(user=learner_of_other, course_id=world.course.pk) == other
    loner = member(OrganisationFactory())
    loner.memberships.all().delete()
    assert organisation_of_learning(user=loner, course_id=world.course.pk) is None


def test_the_report_shows_shares_only_when_ten_answered_each_way(course):
    organisation = OrganisationFactory()
    learners = [
        completed(member(organisation, audience=Audience.PARENT), course) for _ in range(21)
    ]
    for number, learner in enumerate(learners[:9]):
        evaluation_submit(
            user=learner, course=course, useful=4, confident=3, comment=f"Comment {number}"
        )
    admin = admin_of(organisation)
    report = f"/en/reports/{organisation.slug}/"

    html = admin.get(report).content.decode()
    assert '<th scope="row">Talking with your child</th>' in html
    assert "<td>fewer than 10</td><td>—</td><td>—</td>" in html
    assert "Comment 0" not in html

    # Ten answers, all finding it useful: a share of 100% would say how each answered.
    evaluation_submit(user=learners[9], course=course, useful=4, confident=1, comment="")
    html = admin.get(report).content.decode()
    assert _cells(html) == ["10", "hidden", "hidden"]
    assert "Comment 0" in html and "Comment 8" in html

    # Twenty-one answers: 10 found it useful and 11 did not; 9 feel confident.
    for learner in learners[10:]:
        evaluation_submit(user=learner, course=course, useful=2, confident=1)
    html = admin.get(report).content.decode()
    assert _cells(html) == ["21", "48%", "hidden"]

    download = admin.get(f"{report}figures.csv").content.decode()
    rows = list(csv.reader(io.StringIO(download)))
    evaluation = [row[2] for row in rows if row[0] == "End-of-course evaluation, by course"]
    assert evaluation == ["Answers: 21", "Found it useful: 48%", "Feel confident: hidden"]
    assert "Comment 0" not in download  # comments stay on the page


def _cells(html: str) -> list[str]:
    """The evaluation table's cells of the course's row."""
    import re

    row = html.split('<th scope="row">Talking with your child</th>')[-1].split("</tr>")[0]
    return [cell.strip() for cell in re.findall(r"<td>(.*?)</td>", row, re.S)]


def test_another_organisation_sees_none_of_the_answers(course):
    organisation = OrganisationFactory()
    for _ in range(10):
        learner = completed(member(organisation, audience=Audience.PARENT), course)
        evaluation_submit(user=learner, course=course, useful=4, confident=4, comment="Ours")
    other = OrganisationFactory()
    member(other, Role.TEACHER)

    html = admin_of(other).get(f"/en/reports/{other.slug}/").content.decode()

    assert "Ours" not in html and "Talking with your child" not in html
