"""Switching language on a course page: to its translation, or to the chosen interface
around the page's own text, which keeps its language and direction."""

import re
from http import HTTPStatus

import pytest
from django.test import Client
from django.utils import translation

from tests.courses.factories import course_page, home_page, locale, module_page, publish
from tests.worlds import module_world

pytestmark = pytest.mark.django_db


def _an_english_course() -> dict:
    """Safe at home and its module Safe gaming, in English only: each test translates
    what it needs."""
    course = course_page(title="Safe at home", slug="safe-at-home")
    module = module_page(course, title="Safe gaming", slug="safe-gaming")
    return {"course": course, "module": module}


# Built once for the file (tests/worlds.py); what a test writes is rolled back after it.
world, module_world_built = module_world(_an_english_course, name="world")


def switch(client: Client, language: str, page) -> str:
    response = client.post("/i18n/setlang/", {"language": language, "page": page.pk})
    assert response.status_code == HTTPStatus.FOUND
    return response["Location"]


def translate(page, code: str, **fields):
    """A published translation of `page` (its parents must be translated first)."""
    copy = page.copy_for_translation(locale(code))
    for name, value in fields.items():
        setattr(copy, name, value)
    return publish(copy)


def main_element(html: str) -> str:
    return re.search(r"<main [^>]*>", html).group(0)


def test_a_translated_page_is_followed_to_its_translation(client, world):
    module = world["module"]
    translate(home_page(), "nl")
    for page in (module.get_parent().get_parent(), module.get_parent(), module):
        translate(page, "nl", title=f"{page.title} (nl)")

    assert switch(client, "nl", module) == module.get_translation(locale("nl")).url


def test_an_untranslated_page_shows_under_the_chosen_interface_in_its_own_language(client, world):
    module = world["module"]

    url = switch(client, "ar", module)

    assert url == "/ar/" + module.url.removeprefix("/en/")
    html = client.get(url).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    main = main_element(html)
    assert 'lang="en"' in main and 'dir="ltr"' in main  # the module's English reads left to right
    note = re.search(r'<div class="message[^"]*untranslated-page".*?</div>', html, re.S).group(0)
    assert 'lang="ar" dir="rtl"' in note
    assert f'<a href="{module.url}" lang="en" hreflang="en">English</a>' in note
    # The buttons around the text are the interface's.
    assert re.search(r'<section class="module-progress"[^>]* lang="ar" dir="rtl"', html)


def test_a_page_lists_every_language_it_is_in(client, world):
    course, module = world["course"], world["module"]
    translate(home_page(), "nl")
    for page in (course.get_parent(), course, module):
        translate(page, "nl", title=f"{page.title} (nl)")
    dutch = module.get_translation(locale("nl"))

    # From the Dutch page to German: the English version, under a German interface.
    url = switch(client, "de", dutch)

    assert url == "/de/" + module.url.removeprefix("/en/")
    html = client.get(url).content.decode()
    assert f'<a href="{module.url}" lang="en" hreflang="en">English</a>' in html
    assert f'<a href="{dutch.url}" lang="nl" hreflang="nl">Nederlands</a>' in html


def test_a_page_only_one_language_has_stays_and_says_so_in_the_chosen_language(client, world):
    translate(home_page(), "nl")
    dutch_catalogue = translate(world["course"].get_parent(), "nl")
    dutch_only = course_page(dutch_catalogue, title="Alleen in het Nederlands", slug="alleen")
    assert dutch_only.locale.language_code == "nl"

    url = switch(client, "ar", dutch_only)

    assert url == dutch_only.url and url.startswith("/nl/")
    html = client.get(url).content.decode()
    assert '<html lang="nl" dir="ltr">' in html  # Dutch text in a left-to-right page
    message = re.search(r'<li class="message message--info" lang="ar" dir="rtl">(.*?)</li>', html)
    assert message and "هذه الصفحة غير متاحة" in message.group(1)  # said in Arabic


def test_pages_in_the_interface_language_carry_no_extra_language_marks(client, world):
    module = world["module"]

    html = client.get(module.url).content.decode()

    assert "lang=" not in main_element(html)
    assert "untranslated-page" not in html


def test_a_page_without_a_translation_is_served_under_every_language_with_its_links(client, world):
    module = world["module"]
    translate(home_page(), "nl")  # Dutch has a tree of its own; German has none

    for language in ("de", "nl"):
        response = client.get(f"/{language}/courses/safe-at-home/safe-gaming/")
        assert response.status_code == HTTPStatus.OK, language
        html = response.content.decode()
        assert f'<html lang="{language}"' in html and 'lang="en"' in main_element(html)
        # The way on keeps the visitor's language.
        assert f'href="/{language}/courses/safe-at-home/"' in html
    with translation.override("en"):
        assert module.url == "/en/courses/safe-at-home/safe-gaming/"
    missing = client.get("/de/courses/safe-at-home/no-such-module/")
    assert missing.status_code == HTTPStatus.NOT_FOUND


def test_an_address_under_a_language_goes_to_the_page_s_translation_once_there_is_one(
    client, world
):
    module = world["module"]
    translate(home_page(), "nl")
    for page in (module.get_parent().get_parent(), module.get_parent(), module):
        translate(page, "nl", title=f"{page.title} (nl)", slug=f"{page.slug}-nl")
    dutch = module.get_translation(locale("nl"))

    response = client.get("/nl/" + module.url.removeprefix("/en/"))

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == dutch.url


def test_an_english_course_on_an_arabic_dashboard_keeps_its_own_direction(client, world):
    from courses.services import course_enrol
    from tests.accounts.factories import UserFactory

    learner = UserFactory()
    course_enrol(user=learner, course=world["course"])
    client.force_login(learner)

    html = client.get("/ar/dashboard/").content.decode()

    assert '<h3 lang="en" dir="ltr"><a href="/ar/courses/' in html
    assert '<span lang="en" dir="ltr">Safe gaming</span>' in html


def test_addresses_built_without_a_visitor_are_the_page_s_own(client, world):
    module = world["module"]
    client.get("/de/")  # leaves German active in this thread, as a worker's override would

    with translation.override("de"):
        assert module.url.startswith("/en/") and module.full_url.split("/")[3] == "en"
        assert module.own_url() == module.full_url


def test_a_learner_enrolled_in_the_english_course_is_not_sent_to_its_translation(client, world):
    from courses.models import ModuleProgress
    from courses.services import course_enrol
    from tests.accounts.factories import UserFactory

    course, module = world["course"], world["module"]
    translate(home_page(), "nl")
    for page in (course.get_parent(), course, module):
        translate(page, "nl", title=f"{page.title} (nl)", slug=f"{page.slug}-nl")
    enrolled, visitor = UserFactory(), UserFactory()
    course_enrol(user=enrolled, course=course)
    address = "/nl/courses/safe-at-home/safe-gaming/"

    client.force_login(visitor)
    moved = client.get(address)
    assert moved.status_code == HTTPStatus.FOUND
    assert not ModuleProgress.objects.filter(user=visitor).exists()  # nothing written first

    client.force_login(enrolled)
    assert client.get(address).status_code == HTTPStatus.OK


@pytest.mark.usefixtures("world")
def test_a_page_served_from_the_default_tree_is_routed_from_the_cache_the_second_time(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    translate(home_page(), "nl")
    address = "/nl/courses/safe-at-home/safe-gaming/"
    client.get(address)

    with CaptureQueriesContext(connection) as fallback:
        assert client.get(address).status_code == HTTPStatus.OK
    with CaptureQueriesContext(connection) as own:
        client.get("/en/courses/safe-at-home/safe-gaming/")
    assert len(fallback) <= len(own) + 4, (len(fallback), len(own))


@pytest.mark.usefixtures("world")
def test_a_page_under_another_language_names_its_own_address_as_canonical(client):
    under_german = client.get("/de/courses/safe-at-home/safe-gaming/").content.decode()
    own = client.get("/en/courses/safe-at-home/safe-gaming/").content.decode()

    assert (
        '<link rel="canonical" href="http://testserver/en/courses/safe-at-home/safe-gaming/">'
        in under_german
    )
    assert 'rel="canonical"' not in own
