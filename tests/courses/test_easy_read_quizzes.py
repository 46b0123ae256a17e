"""An easy-read reader takes the same quizzes: they are how the module is completed."""

import pytest
from wagtail.rich_text import RichText

from tests.courses.factories import module_page
from tests.quizzes.factories import quiz_with_questions

pytestmark = pytest.mark.django_db


def _read_easy(client, module):
    client.post("/en/learn/easy-read/", {"easy_read": "1", "next": module.url})
    return client.get(module.url).content.decode()


def test_the_easy_read_version_shows_the_modules_quiz(client):
    quiz = quiz_with_questions(title="Check what you know")
    module = module_page(
        body=[("text", RichText("<p>The full text.</p>")), ("quiz", {"quiz": quiz})],
        easy_read_body=[("text", RichText("<p>Short words.</p>"))],
        completion_rule="quiz",
    )

    html = _read_easy(client, module)

    assert "Short words." in html and "The full text." not in html
    assert "Check what you know" in html
    assert html.index("Short words.") < html.index("Check what you know")


def test_a_quiz_placed_in_the_easy_read_version_is_shown_once(client):
    quiz = quiz_with_questions(title="Check what you know")
    module = module_page(
        body=[("quiz", {"quiz": quiz}), ("text", RichText("<p>The full text.</p>"))],
        easy_read_body=[("quiz", {"quiz": quiz}), ("text", RichText("<p>Short words.</p>"))],
        completion_rule="quiz",
    )

    html = _read_easy(client, module)

    assert html.count("Check what you know") == 1
    assert html.index("Check what you know") < html.index("Short words.")


def test_a_quiz_only_in_the_easy_read_version_can_be_taken_and_completes_the_module():
    from django.test import Client

    from courses.models import ModuleProgress
    from courses.services import course_enrol
    from tests.accounts.factories import UserFactory
    from tests.quizzes.factories import ALL_RIGHT, answer_page

    quiz = quiz_with_questions(title="Easy check")
    module = module_page(
        body=[("text", RichText("<p>The full text.</p>"))],
        easy_read_body=[("text", RichText("<p>Short words.</p>")), ("quiz", {"quiz": quiz})],
        completion_rule="quiz",
    )
    learner = UserFactory()
    course_enrol(user=learner, course=module.get_parent().specific)
    client = Client()
    client.force_login(learner)
    path = f"/en/learn/modules/{module.pk}/quizzes/{quiz.pk}/"

    assert module.quiz_ids() == [quiz.pk]
    response = answer_page(client, path, user=learner, quiz=quiz, picks=ALL_RIGHT)
    assert response.status_code == 302

    # Its result is read on the module page, as the full body's quizzes are.
    html = _read_easy(client, module)
    assert "Easy check" in html and "100%" in html
    assert ModuleProgress.objects.get(user=learner, module=module).completed_at is not None
