"""A passed attempt, its module completion and the course completion are written in one
transaction; a repair job completes what older data (or a future bug) left half-done."""

import pytest

from certificates.services import certificates_sweep_ids
from courses import services as course_services
from courses.models import Enrolment, ModuleProgress
from courses.services import completions_repair
from quizzes.models import Attempt
from tests.accounts.factories import UserFactory
from tests.courses.factories import course_page, module_page
from tests.quizzes.factories import ALL_RIGHT, quiz_with_questions, take

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    quiz = quiz_with_questions()
    course = course_page(gives_certificate=True)
    module = module_page(course, body=[("quiz", {"quiz": quiz})], completion_rule="quiz")
    learner = UserFactory()
    Enrolment.objects.create(user=learner, course=course)
    return {"quiz": quiz, "course": course, "module": module, "learner": learner}


def _submit(c):
    return take(c["learner"], c["quiz"], ALL_RIGHT, context_id=c["module"].pk)


def test_a_passed_attempt_and_its_completions_commit_together(course):
    attempt = _submit(course)

    assert attempt.passed
    assert ModuleProgress.objects.get(user=course["learner"]).completed_at is not None
    assert Enrolment.objects.get(user=course["learner"]).completed_at is not None


def test_when_the_completion_fails_the_attempt_is_not_saved_half_done(course, monkeypatch):
    def dies(**kwargs):
        raise RuntimeError("the process dies here")

    monkeypatch.setattr(course_services, "module_complete", dies)

    with pytest.raises(RuntimeError):
        _submit(course)

    # Nothing half-done: no attempt saved without its completion; the learner answers again.
    assert not Attempt.objects.exists()
    assert not ModuleProgress.objects.filter(completed_at__isnull=False).exists()


def _stranded(course) -> Attempt:
    """What a process that died between two steps used to leave: a passed attempt, no
    module completion, no course completion."""
    attempt = _submit(course)
    ModuleProgress.objects.all().delete()
    Enrolment.objects.update(completed_at=None)
    return attempt


def test_the_repair_completes_a_passed_attempt_left_incomplete_once(course):
    _stranded(course)

    assert completions_repair() == 1
    assert completions_repair() == 0

    assert ModuleProgress.objects.get(user=course["learner"]).completed_at is not None
    enrolment = Enrolment.objects.get(user=course["learner"])
    assert enrolment.completed_at is not None
    # The certificate follows by the sweep, like any other completion.
    assert certificates_sweep_ids()["enrolments"] == [[enrolment.pk]]


def test_the_repair_leaves_failed_attempts_and_read_modules_alone(course):
    attempt = _stranded(course)
    Attempt.objects.filter(pk=attempt.pk).update(passed=False, score=0)

    assert completions_repair() == 0
    assert not ModuleProgress.objects.exists()


def test_the_repair_works_through_more_stranded_attempts_than_one_batch(course):
    for _ in range(3):
        learner = UserFactory()
        Enrolment.objects.create(user=learner, course=course["course"])
        _stranded({**course, "learner": learner})

    assert completions_repair(batch_size=2) == 3
    assert ModuleProgress.objects.filter(completed_at__isnull=False).count() == 3
