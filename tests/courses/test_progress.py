from http import HTTPStatus
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import User
from courses.models import Enrolment, ModuleProgress
from courses.selectors import course_report, learner_dashboard
from courses.services import course_enrol, module_complete
from courses.signals import course_completed
from quizzes.models import Attempt, Quiz
from tests.courses.factories import course_page, module_page, preview_html
from tests.quizzes.factories import ALL_RIGHT, quiz_with_questions, take
from tests.worlds import module_world

pytestmark = pytest.mark.django_db


def _courses() -> dict:
    """The course most tests follow; a small and a big one for counting queries; one
    with a quiz module for the report."""
    course = course_page(title="Safe at home")
    module_page(course, title="One")
    module_page(course, title="Two")
    module_page(course, title="Extra", required=False)
    small, big = course_page(), course_page()
    for n in range(2):
        module_page(small, title=f"s{n}")
    for n in range(15):
        module_page(big, title=f"b{n}")
    quiz = quiz_with_questions()
    reported = course_page()
    modules = [module_page(reported, title=f"m{n}") for n in range(3)]
    modules.append(module_page(reported, body=[("quiz", {"quiz": quiz})], completion_rule="quiz"))
    return {
        "course": course,
        "small": small,
        "big": big,
        "reported": SimpleNamespace(course=reported, quiz=quiz, modules=modules),
    }


# Built once for the file (tests/worlds.py); what a test writes is rolled back after it.
world, module_world_built = module_world(_courses, name="world")


@pytest.fixture
def course(world):
    """Safe at home: modules One and Two, and Extra, which is not required."""
    return world["course"]


def _modules(course):
    from courses.models import ModulePage

    return list(ModulePage.objects.child_of(course).order_by("path"))


def test_enrolling_is_one_post_and_idempotent(client, course, parent):
    client.force_login(parent)

    for _ in range(2):
        response = client.post(f"/en/learn/courses/{course.pk}/enrol/", {"next": course.url})
        assert response.status_code == HTTPStatus.FOUND
    assert Enrolment.objects.filter(user=parent, course=course).count() == 1
    assert client.get(f"/en/learn/courses/{course.pk}/enrol/").status_code == 405


def test_opening_a_module_starts_it_for_enrolled_learners_only(client, course, parent):
    one = _modules(course)[0]
    client.force_login(parent)

    seen = reverse("courses_module_seen", args=[one.pk])

    client.get(one.url)
    client.post(seen)
    assert not ModuleProgress.objects.exists()

    course_enrol(user=parent, course=course)
    client.get(one.url)
    assert not ModuleProgress.objects.exists(), "reading the page writes nothing"
    client.post(seen)
    progress = ModuleProgress.objects.get(user=parent, module=one)
    assert progress.started_at and progress.completed_at is None


def test_the_course_completes_once_when_every_required_module_is_done(
    client, course, parent, django_capture_on_commit_callbacks
):
    one, two, extra = _modules(course)
    course_enrol(user=parent, course=course)
    client.force_login(parent)
    events = []

    def handler(sender, enrolment, **kwargs):
        events.append(enrolment.pk)

    course_completed.connect(handler)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            client.post(f"/en/learn/modules/{one.pk}/done/")
        assert Enrolment.objects.get().completed_at is None
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(f"/en/learn/modules/{two.pk}/done/")
            client.post(f"/en/learn/modules/{two.pk}/done/")
    finally:
        course_completed.disconnect(handler)

    assert response["Location"] == "/en/dashboard/"
    enrolment = Enrolment.objects.get()
    assert enrolment.completed_at is not None
    assert events == [enrolment.pk]  # optional module "Extra" not needed, event once


def test_completion_stays_when_modules_change_afterwards(course, parent):
    one, two, _extra = _modules(course)
    for module in (one, two):
        module_complete(user=parent, module=module)
    completed_at = Enrolment.objects.get().completed_at

    two.unpublish()
    module_page(course, title="New module")
    module_complete(user=parent, module=one)

    assert Enrolment.objects.get().completed_at == completed_at
    assert learner_dashboard(user=parent).completed[0].percent == 100


def test_a_quiz_rule_module_is_not_completed_by_marking_it_done(client, parent):
    quiz = quiz_with_questions()
    course = course_page()
    module = module_page(course, body=[("quiz", {"quiz": quiz})], completion_rule="quiz")
    course_enrol(user=parent, course=course)
    client.force_login(parent)

    client.post(f"/en/learn/modules/{module.pk}/done/")

    assert not ModuleProgress.objects.filter(completed_at__isnull=False).exists()


def test_closed_modules_need_an_account_open_ones_do_not(client, course):
    closed = module_page(course, title="Closed", open_to_anonymous=False)

    assert client.get(_modules(course)[0].url).status_code == HTTPStatus.OK
    response = client.get(closed.url)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith("/en/accounts/login/?next=")


def test_the_dashboard_shows_progress_next_module_results_and_gain(client, course, parent):
    one, two, _extra = _modules(course)
    pre = quiz_with_questions(title="Before", kind=Quiz.Kind.PRE_TEST)
    post = quiz_with_questions(title="After", kind=Quiz.Kind.POST_TEST)
    course_enrol(user=parent, course=course)
    module_complete(user=parent, module=one)
    take(
        parent,
        pre,
        {"single": ["single B"], "multiple": ["multi B"], "true_false": ["False"]},
        context_id=one.pk,
    )
    take(parent, post, ALL_RIGHT, context_id=two.pk)

    dashboard = learner_dashboard(user=parent)

    [item] = dashboard.in_progress
    assert item.percent == 50 and item.next_module.pk == two.pk
    assert float(dashboard.gains[course.pk]) == pytest.approx(100 - 33.33)
    client.force_login(parent)
    html = client.get("/en/dashboard/").content.decode()
    assert "50% complete" in html and "Continue:" in html and "Two" in html
    assert "Before" in html and "After" in html
    assert "Knowledge gain from the pre-test to the post-test: 67 points" in html


def test_the_dashboard_needs_login(client):
    assert client.get("/en/dashboard/").status_code == HTTPStatus.FOUND


def test_the_course_page_shows_the_module_checklist(client, course, parent):
    one = _modules(course)[0]
    course_enrol(user=parent, course=course)
    module_complete(user=parent, module=one)
    client.force_login(parent)

    html = client.get(course.url).content.decode()

    assert "Your progress: 50%" in html
    assert "✓ Completed" in html and "Not started" in html


@pytest.mark.parametrize("signed_in", [False, True])
def test_course_page_queries_do_not_grow_with_modules(
    client, count_queries, parent, world, signed_in
):
    small, big = world["small"], world["big"]  # 2 modules and 15
    if signed_in:
        course_enrol(user=parent, course=small)
        course_enrol(user=parent, course=big)
        client.force_login(parent)

    assert count_queries(small.url) == count_queries(big.url)


def _learners(n):
    return User.objects.bulk_create(User(username=f"pupil{i}") for i in range(n))


@pytest.mark.parametrize("size", [5, 200])
def test_report_selectors_use_a_constant_number_of_queries(world, size):
    reported = world["reported"]
    course, quiz, modules = reported.course, reported.quiz, reported.modules
    learners = _learners(size)
    Enrolment.objects.bulk_create(Enrolment(user=u, course=course) for u in learners)
    ModuleProgress.objects.bulk_create(
        ModuleProgress(user=u, module=m) for u in learners for m in modules[:2]
    )
    for user in learners[:3]:
        take(user, quiz, ALL_RIGHT, context_id=modules[-1].pk)

    with CaptureQueriesContext(connection) as queries:
        report = course_report(course=course, user_ids=[u.pk for u in learners])

    assert len(queries) == 4  # modules, enrolments, progress, attempts
    assert len(report["learners"]) == size
    first = report["learners"][learners[0].pk]
    assert first["enrolled"] and first["quizzes"][quiz.pk]["passed"]
    assert Attempt.objects.count() == 3


def test_dashboard_queries_do_not_grow_with_courses(client, count_queries, parent):
    client.force_login(parent)
    counts = []
    for _size in (1, 6):
        while Enrolment.objects.filter(user=parent).count() < _size:
            course = course_page()
            for n in range(4):
                module_page(course, title=f"m{n}")
            course_enrol(user=parent, course=course)
            module_complete(user=parent, module=_modules(course)[0])
        counts.append(count_queries("/en/dashboard/"))

    assert counts[0] == counts[1]
    html = client.get("/en/dashboard/").content.decode()
    # Module links are built from the course's address: the next module of each.
    assert html.count("Continue:") == 6
    for course in [enrolment.course for enrolment in Enrolment.objects.filter(user=parent)]:
        assert f'href="{_modules(course)[1].url}"' in html


def test_the_course_page_kept_for_visitors_never_reaches_a_learner(client, course, parent):
    Client().get(course.url)  # kept for visitors without a session
    first, *_rest = _modules(course)
    course_enrol(user=parent, course=course)
    module_complete(user=parent, module=first)
    client.force_login(parent)

    html = client.get(course.url).content.decode()

    assert "Sign out" in html and "✓ Completed" in html
    assert "Sign out" not in Client().get(course.url).content.decode()


def test_a_course_page_preview_caches_nothing(client, course):
    client.get(course.url)

    assert "A draft summary." in preview_html(course, summary="A draft summary.")
    assert "A draft summary." not in client.get(course.url).content.decode()
