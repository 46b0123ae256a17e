"""The module page's caches: few queries, nothing stale, nobody else's state."""

import datetime
import re
from http import HTTPStatus
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.rich_text import RichText

from courses.models import GlossaryTerm, ModuleProgress, Reflection
from courses.services import course_enrol, module_complete
from tests.accounts.factories import UserFactory
from tests.courses.factories import (
    course_page,
    help_service,
    home_page,
    locale,
    module_page,
    preview_html,
    publish,
)
from tests.courses.test_blocks import _image
from tests.quizzes.factories import ALL_RIGHT, quiz_with_questions, take
from tests.worlds import module_world

pytestmark = pytest.mark.django_db


def _text(words: str) -> tuple:
    return ("text", RichText(f"<p>{words}</p>"))


def _body(sections: int, quizzes: list) -> list:
    body = []
    for n in range(sections):
        body += [
            _text(f"Part {n}: grooming starts with kindness."),
            ("reflection", {"prompt": f"Question {n}?"}),
            ("image", {"image": _image(), "alt_text": f"Picture {n}"}),
            ("help_services", {"heading": "Help"}),
            ("quiz", {"quiz": quizzes[n % len(quizzes)]}),
        ]
    return body


def _pass(user, quiz, module):
    take(user, quiz, ALL_RIGHT, context_id=module.pk)


def _modules() -> dict:
    """Modules of 1 and of 12 sections, each followed by another in its course, and a
    plain module in a course of its own: each is read by more than one test. The images
    and quizzes take a second to make, and the images' renditions another: the modules
    are read once here so that these are made once for the file (each test still reads
    a page once before it counts)."""
    quizzes = [quiz_with_questions(title=f"Check {n}") for n in range(4)]
    by_sections = {}
    for sections in (1, 12):
        course = course_page()
        module = module_page(course, body=_body(sections, quizzes[:sections]))
        module_page(course)
        Client().get(module.url)
        by_sections[sections] = SimpleNamespace(
            course=course, module=module, quizzes=quizzes[:sections]
        )
    course = course_page()
    return {
        "by_sections": by_sections,
        "course": course,
        "module": module_page(course, slug="first-steps"),
    }


# Built once for the file (tests/worlds.py); what a test writes is rolled back after it.
world, module_world_built = module_world(_modules, name="world")


@pytest.mark.parametrize("sections", [1, 12])
def test_the_signed_in_module_page_takes_two_queries(client, count_queries, world, sections):
    help_service(country="NL")
    GlossaryTerm.objects.create(
        term="grooming", usage="care", explanation="Building trust.", locale=locale("en")
    )
    of_length = world["by_sections"][sections]
    course, module, quizzes = of_length.course, of_length.module, of_length.quizzes
    learner = UserFactory(profile__country="NL")
    course_enrol(user=learner, course=course)
    _pass(learner, quizzes[0], module)
    Reflection.objects.create(
        user=learner, module=module, block_id=module.body[1].id, text="Listen first."
    )
    client.force_login(learner)

    # The warm-up fills the caches and records the opening; the page read next
    # writes nothing and reads the user, then the learner's own state with their
    # profile and the check that the module is still live where the routing map says.
    assert count_queries(module.url) == 2
    assert count_queries(module.url, HTTP_ACCEPT_LANGUAGE="nl-NL") == 2
    html = client.get(module.url).content.decode()
    assert "Listen first." in html and "Best score 100%" in html


@pytest.mark.parametrize("sections", [1, 12])
def test_the_anonymous_module_page_is_served_without_queries(
    client, count_queries, world, sections
):
    module = world["by_sections"][sections].module

    assert count_queries(module.url, HTTP_ACCEPT_LANGUAGE="nl-NL") == 0


def test_visitors_without_a_session_get_their_own_csrf_token():
    module = module_page(body=[_text("The full text.")], easy_read_body=[_text("Short words.")])
    Client().get(module.url)  # kept for the visitors after
    visitor = Client(enforce_csrf_checks=True)
    html = visitor.get(module.url).content.decode()
    token = _csrf_token(html, "/en/learn/easy-read/")

    response = visitor.post(
        "/en/learn/easy-read/",
        {"easy_read": "1", "next": module.url, "csrfmiddlewaretoken": token},
    )
    assert response.status_code == HTTPStatus.FOUND
    assert "Short words." in visitor.get(module.url).content.decode()
    assert "The full text." in Client().get(module.url).content.decode()


def test_messages_are_never_kept_for_other_visitors(client):
    # A module only the Dutch tree has: asking for German there leaves a message.
    translate = lambda page: publish(page.copy_for_translation(locale("nl")))  # noqa: E731
    translate(home_page())
    dutch_catalogue = translate(course_page().get_parent())
    module = module_page(course_page(dutch_catalogue, slug="alleen-nl"))
    client.get(module.url)
    visitor = Client()

    response = visitor.post("/i18n/setlang/", {"language": "de", "page": module.pk})
    assert response["Location"] == module.url
    with translation.override("de"):
        note = gettext("This page is not available in %(language)s yet.") % {
            "language": gettext("German")
        }
    assert note in visitor.get(module.url).content.decode()
    assert note not in client.get(module.url).content.decode()
    assert note not in visitor.get(module.url).content.decode()

    learner = Client()
    learner.force_login(UserFactory())
    learner.post("/en/accounts/logout/")
    assert "You have signed out." in learner.get(module.url).content.decode()
    assert "You have signed out." not in client.get(module.url).content.decode()


def test_a_published_change_shows_at_once_to_readers_who_had_the_page_cached(client):
    course = course_page(title="Safe at home")
    module = module_page(course, body=[_text("Old words.")])
    sibling = module_page(course, title="Before you start")
    reader = Client()
    reader.force_login(UserFactory())
    for visitor in (client, reader):
        assert "Old words." in visitor.get(module.url).content.decode()

    module.body = [_text("New words.")]
    module.save_revision().publish()
    for visitor in (client, reader):
        html = visitor.get(module.url).content.decode()
        assert "New words." in html and "Old words." not in html

    # Only the neighbours change: the module's own revision stays the same.
    sibling.title = "Getting ready"
    sibling.save_revision().publish()
    course.title = "Safe at home and online"
    course.save_revision().publish()
    for visitor in (client, reader):
        html = visitor.get(module.url).content.decode()
        assert "Getting ready" in html and "Before you start" not in html
        assert "Safe at home and online" in html


def test_a_preview_shows_the_draft_and_caches_nothing(client):
    module = module_page(body=[_text("Published words.")])
    client.get(module.url)

    assert "Draft words." in preview_html(module, body=[_text("Draft words.")])

    html = client.get(module.url).content.decode()
    assert "Published words." in html and "Draft words." not in html


def test_an_unpublished_or_moved_module_is_never_served_from_the_route_cache(client, world):
    module = world["module"]  # first-steps
    old_url = module.url
    assert client.get(old_url).status_code == HTTPStatus.OK

    module.slug = "getting-started"
    module.save_revision().publish()
    module.refresh_from_db()
    assert module.url.endswith("/getting-started/")
    assert client.get(old_url).status_code == HTTPStatus.NOT_FOUND
    assert client.get(module.url).status_code == HTTPStatus.OK

    module.unpublish()
    assert client.get(module.url).status_code == HTTPStatus.NOT_FOUND


def test_view_restrictions_hold_for_cached_routes(client):
    from wagtail.models import PageViewRestriction

    private, public = course_page(), course_page()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    hidden, shown = module_page(private), module_page(public)
    for _ in range(2):
        assert client.get(hidden.url).status_code == HTTPStatus.FOUND
        assert client.get(shown.url).status_code == HTTPStatus.OK

    PageViewRestriction.objects.create(page=public, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(shown.url).status_code == HTTPStatus.FOUND


def test_a_page_unpublished_without_signals_is_not_served_from_the_route_cache(client, world):
    # Readers with a session: their pages are routed from the cache and checked against
    # the page row. (Pages kept for visitors without one trust the signals instead.)
    from wagtail.models import Page

    module = world["module"]
    client.force_login(UserFactory())
    assert client.get(module.url).status_code == HTTPStatus.OK

    Page.objects.filter(pk=module.pk).update(live=False)

    assert client.get(module.url).status_code == HTTPStatus.NOT_FOUND


def _csrf_token(html: str, action: str) -> str:
    form = html[html.index(f'action="{action}"') :]
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)[1]


def test_learners_never_see_each_others_state():
    quiz = quiz_with_questions(title="Check")
    course = course_page()
    module = module_page(
        course,
        body=[("reflection", {"prompt": "What would you say?"}), ("quiz", {"quiz": quiz})],
        completion_rule="quiz",
    )
    block_id = module.body[0].id
    first, second = UserFactory(), UserFactory()
    for learner in (first, second):
        course_enrol(user=learner, course=course)
    _pass(first, quiz, module)
    module_complete(user=first, module=module)
    Reflection.objects.create(user=first, module=module, block_id=block_id, text="My secret.")
    own = ("My secret.", "Passed", "Best score 100%", "You have completed this module.")

    first_client = Client()
    first_client.force_login(first)
    html = first_client.get(module.url).content.decode()
    assert all(text in html for text in own)

    second_client = Client(enforce_csrf_checks=True)
    second_client.force_login(second)
    html = second_client.get(module.url).content.decode()
    assert not any(text in html for text in own)
    assert "Start the quiz" in html and "Pass the quiz above" in html
    # The form's token is the second learner's own: it is accepted for their session.
    action = f"/en/learn/reflections/{module.pk}/{block_id}/"
    response = second_client.post(
        action, {"text": "Mine.", "csrfmiddlewaretoken": _csrf_token(html, action)}
    )
    assert response.status_code == HTTPStatus.FOUND
    assert Reflection.objects.get(user=second).text == "Mine."
    assert "My secret." in first_client.get(module.url).content.decode()

    outsider = Client()
    outsider.force_login(UserFactory())
    html = outsider.get(module.url).content.decode()
    assert not any(text in html for text in (*own, "Mine."))
    assert "Enrol in this course" in html

    html = Client().get(module.url).content.decode()
    assert not any(text in html for text in (*own, "Mine.", "Sign out"))
    assert "Sign in to take this quiz" in html


def test_a_glossary_change_shows_at_once(client):
    english = locale("en")
    term = GlossaryTerm.objects.create(
        term="grooming", usage="care", explanation="Old explanation.", locale=english
    )
    module = module_page(body=[_text("Grooming starts with kindness and secrets.")])
    assert "Old explanation." in client.get(module.url).content.decode()

    term.explanation = "New explanation."
    term.save()
    GlossaryTerm.objects.create(
        term="secret", usage="use", explanation="Something hidden.", locale=english
    )
    html = client.get(module.url).content.decode()
    assert "New explanation." in html and "Old explanation." not in html
    assert "Something hidden." in html

    term.delete()
    assert "New explanation." not in client.get(module.url).content.decode()


def test_help_services_and_quiz_titles_show_their_changes_at_once(client):
    service = help_service(country="NL", name="Kindertelefoon")
    quiz = quiz_with_questions(title="First check")
    module = module_page(body=[("quiz", {"quiz": quiz}), ("help_services", {"heading": "Help"})])
    html = client.get(module.url, HTTP_ACCEPT_LANGUAGE="nl-NL").content.decode()
    assert "Kindertelefoon" in html and "First check" in html

    service.name = "Kindertelefoon 116 111"
    service.save()
    quiz.title = "Second check"
    quiz.save()

    html = client.get(module.url, HTTP_ACCEPT_LANGUAGE="nl-NL").content.decode()
    assert "Kindertelefoon 116 111" in html and "Second check" in html
    # Each country has its own directory.
    assert (
        "Kindertelefoon"
        not in client.get(module.url, HTTP_ACCEPT_LANGUAGE="fr-FR").content.decode()
    )


def test_reading_a_module_writes_nothing_and_its_script_records_the_visit(client, world):
    course, module = world["course"], world["module"]
    learner = UserFactory()
    enrolment = course_enrol(user=learner, course=course)
    client.force_login(learner)
    seen = reverse("courses_module_seen", args=[module.pk])

    with CaptureQueriesContext(connection) as queries:
        page = client.get(module.url).content.decode()
    assert not [q for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert f'data-seen-url="{seen}"' in page and "module-seen.js" in page
    assert not ModuleProgress.objects.exists()

    assert client.post(seen).json() == {"recorded": True}
    progress = ModuleProgress.objects.get(user=learner, module=module)
    # Recorded lately: the page no longer asks for it.
    assert "data-seen-url" not in client.get(module.url).content.decode()

    earlier = timezone.now() - datetime.timedelta(minutes=6)
    ModuleProgress.objects.filter(pk=progress.pk).update(last_seen_at=earlier)
    type(enrolment).objects.filter(pk=enrolment.pk).update(last_active_at=earlier)
    assert "data-seen-url" in client.get(module.url).content.decode()
    client.post(seen)
    progress.refresh_from_db()
    enrolment.refresh_from_db()
    assert progress.last_seen_at > earlier and enrolment.last_active_at > earlier


def test_the_visit_is_recorded_only_by_post_for_an_enrolled_learner(client, world):
    module = world["module"]
    client.force_login(UserFactory())
    seen = reverse("courses_module_seen", args=[module.pk])

    assert client.get(seen).status_code == 405
    assert client.post(seen).json() == {"recorded": False}
    assert "data-seen-url" not in client.get(module.url).content.decode()
    assert Client().post(seen).status_code == 302  # to sign in
    assert client.post(reverse("courses_module_seen", args=[999999])).status_code == 404
    assert not ModuleProgress.objects.exists()


def test_the_admin_link_follows_group_changes_at_once(client, world):
    module = world["module"]
    user = UserFactory()
    client.force_login(user)
    assert "/admin/" not in client.get(module.url).content.decode()

    editors = Group.objects.get(name="Editors")
    user.groups.add(editors)
    assert "/admin/" in client.get(module.url).content.decode()

    editors.user_set.remove(user)
    assert "/admin/" not in client.get(module.url).content.decode()
