from http import HTTPStatus

import pytest
from django.test import Client
from wagtail.rich_text import RichText

from courses.models import Reflection
from tests.accounts.factories import UserFactory
from tests.courses.factories import course_page, help_service, module_page
from tests.courses.test_blocks import _image
from tests.worlds import module_world

pytestmark = pytest.mark.django_db


def _body(sections: int) -> list:
    body = []
    for n in range(sections):
        body += [
            ("text", RichText(f"<h2>Part {n}</h2><p>Grooming starts with kindness.</p>")),
            ("callout", {"kind": "tip", "title": f"Tip {n}", "text": RichText("<p>Ask.</p>")}),
            (
                "scenario",
                {
                    "title": f"Story {n}",
                    "story": RichText("<p>Sam.</p>"),
                    "question": "What now?",
                    "choices": [
                        {"text": "Talk", "feedback": RichText("<p>Yes.</p>")},
                        {"text": "Wait", "feedback": RichText("<p>Hm.</p>")},
                    ],
                },
            ),
            ("reflection", {"prompt": f"Question {n}?"}),
            ("image", {"image": _image(), "alt_text": f"Picture {n}"}),
            ("help_services", {"heading": "Help"}),
        ]
    return body


def _modules() -> dict:
    """A short and a long module of one course, and a module with a reflection: each is
    read by more than one test. The images take a second to make, and their renditions
    another: the modules are read once here so that these are made once for the file
    (each test still reads a page once before it counts)."""
    course = course_page()
    short, long = module_page(course, body=_body(1)), module_page(course, body=_body(12))
    for module in (short, long):
        Client().get(module.url)
    return {
        "short": short,
        "long": long,
        "reflection": module_page(body=[("reflection", {"prompt": "What would you say?"})]),
    }


# Built once for the file (tests/worlds.py); what a test writes is rolled back after it.
world, module_world_built = module_world(_modules, name="world")


@pytest.mark.parametrize("signed_in", [False, True])
def test_module_page_queries_do_not_grow_with_the_body(client, count_queries, world, signed_in):
    help_service(country="NL")
    short, long = world["short"], world["long"]
    if signed_in:
        client.force_login(UserFactory(profile__country="NL"))

    assert count_queries(short.url) == count_queries(long.url)
    assert count_queries(long.url) <= 30


def test_module_pages_show_the_previous_and_next_module(client):
    course = course_page()
    first, second, third = (module_page(course, title=f"Step {n}") for n in (1, 2, 3))

    html = client.get(second.url).content.decode()

    assert "Module 2 of 3" in html
    assert f'rel="prev" href="{first.url}"' in html
    assert f'rel="next" href="{third.url}"' in html


def test_easy_read_toggle_is_remembered(client):
    module = module_page(
        body=[("text", RichText("<p>The full text with long sentences.</p>"))],
        easy_read_body=[("text", RichText("<p>Short words.</p>"))],
    )
    html = client.get(module.url).content.decode()
    assert "The full text" in html and "Short words." not in html
    assert "Show the easy-read version" in html

    response = client.post("/en/learn/easy-read/", {"easy_read": "1", "next": module.url})
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == module.url

    html = client.get(module.url).content.decode()
    assert "Short words." in html and "The full text" not in html
    assert "Show the full version" in html

    client.post("/en/learn/easy-read/", {"easy_read": "0", "next": module.url})
    assert "The full text" in client.get(module.url).content.decode()


def test_easy_read_toggle_refuses_to_redirect_elsewhere(client):
    response = client.post(
        "/en/learn/easy-read/", {"easy_read": "1", "next": "https://evil.example/"}
    )

    assert response["Location"] == "/"


def test_a_module_without_easy_read_offers_no_toggle(client):
    assert "easy-read" not in client.get(module_page().url).content.decode()


def test_a_learner_saves_a_private_reflection(client, world):
    module = world["reflection"]
    block_id = module.body[0].id
    learner = UserFactory()
    client.force_login(learner)

    response = client.post(
        f"/en/learn/reflections/{module.pk}/{block_id}/", {"text": "I would listen first."}
    )

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == f"{module.url}#block-{block_id}"
    assert "I would listen first." in client.get(module.url).content.decode()

    # Saving again changes the one row.
    client.post(f"/en/learn/reflections/{module.pk}/{block_id}/", {"text": "Listen, then ask."})
    assert Reflection.objects.get(user=learner).text == "Listen, then ask."

    other = Client()
    other.force_login(UserFactory())
    assert "Listen, then ask." not in other.get(module.url).content.decode()
    assert "Listen, then ask." not in Client().get(module.url).content.decode()


def test_reflections_need_login_and_a_real_prompt(client, world):
    module = world["reflection"]
    block_id = module.body[0].id

    anonymous = client.post(f"/en/learn/reflections/{module.pk}/{block_id}/", {"text": "x"})
    assert anonymous.status_code == HTTPStatus.FOUND
    assert "/accounts/login/" in anonymous["Location"]

    client.force_login(UserFactory())
    assert (
        client.post(f"/en/learn/reflections/{module.pk}/not-a-block/", {"text": "x"}).status_code
        == HTTPStatus.NOT_FOUND
    )
    assert (
        client.post(f"/en/learn/reflections/999999/{block_id}/", {"text": "x"}).status_code
        == HTTPStatus.NOT_FOUND
    )
    empty = client.post(f"/en/learn/reflections/{module.pk}/{block_id}/", {"text": ""})
    assert empty.status_code == HTTPStatus.FOUND
    assert not Reflection.objects.exists()


def test_a_module_page_without_video_stays_light(client):
    course = course_page()
    module = module_page(course, body=_body(3))

    response = client.get(module.url)

    assert len(response.content) < 100_000
