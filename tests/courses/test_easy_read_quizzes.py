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
