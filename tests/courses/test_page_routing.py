"""Pages routed from each process's map, and course pages and the catalogue kept for
visitors without a session: fast, and never stale or shared."""

import os
from http import HTTPStatus

import pytest
from django.conf import settings
from django.core.cache import caches
from django.test import Client, override_settings
from wagtail.models import Page, Site

from config.cache import ReusingRedisCacheClient
from courses.delivery import caching, routing
from tests.accounts.factories import UserFactory
from tests.config.test_cache_mirror import eventually, in_another_process, listening
from tests.courses.factories import catalogue_page, course_page, module_page

pytestmark = pytest.mark.django_db


def _signed_in() -> Client:
    client = Client()
    client.force_login(UserFactory(profile__country="NL"))
    return client


def test_a_routed_page_needs_no_query_to_find_it(count_queries, client):
    course = course_page()
    for _ in range(3):
        module_page(course)
    client.force_login(UserFactory(profile__country="NL"))

    # The user and their profile (the header), the check that the page is still live
    # where the map says, and the course page's own reads: the enrolment, the modules.
    assert count_queries(course.url) == 5
    # A module page checks its route in the learner's own query: the user and that one.
    assert count_queries(course.get_children().first().url) == 2


def test_every_request_gets_its_own_copy_of_the_page(client):
    module = module_page()
    first = client.get(module.url, {"x": "1"}).context["page"]
    second = client.get(module.url, {"x": "2"}).context["page"]

    assert first.pk == second.pk and first is not second
    assert first.body is not second.body
    (route,) = routing._map[1].values()
    assert route.page is not first and route.page is not second


@pytest.mark.parametrize("reader", ["anonymous", "signed in"])
def test_new_renamed_and_unpublished_pages_are_routed_at_once(reader):
    client = Client() if reader == "anonymous" else _signed_in()
    course = course_page()
    first = module_page(course, slug="first")
    assert client.get(first.url).status_code == HTTPStatus.OK

    second = module_page(course, slug="second")
    assert client.get(second.url).status_code == HTTPStatus.OK

    old_url = second.url
    second.slug = "renamed"
    second.save_revision().publish()
    second.refresh_from_db()
    assert client.get(old_url).status_code == HTTPStatus.NOT_FOUND
    assert client.get(second.url).status_code == HTTPStatus.OK

    first.unpublish()
    course.unpublish()
    assert client.get(first.url).status_code == HTTPStatus.NOT_FOUND
    assert client.get(course.url).status_code == HTTPStatus.NOT_FOUND


def test_a_site_moved_to_another_home_is_routed_at_once(client):
    course = course_page()
    assert client.get(course.url).status_code == HTTPStatus.OK

    site = Site.objects.get(is_default_site=True)
    root = site.root_page
    site.root_page = Page.objects.get(depth=1)
    site.save()
    assert client.get(course.url).status_code == HTTPStatus.NOT_FOUND

    site.root_page = root
    site.save()
    assert client.get(course.url).status_code == HTTPStatus.OK


def test_a_course_page_unpublished_without_signals_is_not_served_to_readers_with_a_session():
    # Readers with a session are checked against the page row on every request; pages
    # kept for visitors without one trust the signals instead.
    course = course_page()
    reader = _signed_in()
    assert reader.get(course.url).status_code == HTTPStatus.OK

    Page.objects.filter(pk=course.pk).update(live=False)

    assert reader.get(course.url).status_code == HTTPStatus.NOT_FOUND


def test_course_pages_and_the_catalogue_are_kept_and_show_changes_at_once(
    search_index, count_queries
):
    catalogue = catalogue_page()
    course = course_page(catalogue, title="Safe at home")
    module_page(course, title="Before you start")
    visitor = Client()
    assert count_queries(course.url) == 0
    assert count_queries(catalogue.url) == 0
    assert "Safe at home" in visitor.get(catalogue.url).content.decode()

    course.title = "Safe at home and online"
    course.save_revision().publish()
    course_page(catalogue, title="Talking with teenagers")

    catalogue_html = visitor.get(catalogue.url).content.decode()
    assert "Safe at home and online" in catalogue_html
    assert "Talking with teenagers" in catalogue_html
    assert "Safe at home and online" in visitor.get(course.url).content.decode()
    # A search is never kept: its query string makes it another page.
    searched = visitor.get(catalogue.url, {"q": "home"}).content.decode()
    assert "Safe at home and online" in searched
    assert "Talking with teenagers" not in searched


def test_a_kept_page_has_the_whole_stacks_headers_and_a_token_that_works():
    course = course_page()
    Client().get(course.url)  # kept for the visitors after
    visitor = Client(enforce_csrf_checks=True)
    response = visitor.get(course.url)

    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["Content-Language"] == "en"
    assert "sessionid" not in response.cookies
    html = response.content.decode()
    form = html[html.index('action="/i18n/setlang/"') :]
    token = form.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    switched = visitor.post(
        "/i18n/setlang/", {"language": "nl", "next": course.url, "csrfmiddlewaretoken": token}
    )
    assert switched.status_code == HTTPStatus.FOUND


def test_pages_of_other_views_are_never_looked_up_in_the_page_cache():
    from courses.middleware import _page_language

    assert _page_language("/en/courses/some-course/") == "en"
    assert _page_language("/nl/") == "nl"
    assert _page_language("/en/dashboard/") is None
    assert _page_language("/en/help/") is None
    assert _page_language("/healthz") is None
    assert _page_language("/static/css/site.css") is None


def test_wagtails_own_views_keep_their_addresses():
    from django.urls import resolve, reverse
    from django.utils import translation

    with translation.override("en"):
        assert resolve("/en/_util/login/").url_name == "wagtailcore_login"
        assert (
            resolve("/en/_util/authenticate_with_password/1/2/").url_name
            == "wagtailcore_authenticate_with_password"
        )
        assert resolve("/en/courses/").func is routing.serve
        assert reverse("wagtail_serve", args=("courses/",)) == "/en/courses/"


def test_the_map_keeps_the_most_recently_read_addresses(monkeypatch):
    monkeypatch.setattr(routing, "LIMIT", 2)
    course = course_page()
    first, second, third = (module_page(course) for _ in range(3))
    client = _signed_in()  # pages for visitors without a session come from their cache
    for module in (first, second, first, third):
        assert client.get(module.url).status_code == HTTPStatus.OK

    kept = [route.page.pk for route in routing._map[1].values()]
    assert kept == [first.pk, third.pk]


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs a real Redis (REDIS_URL)")
def test_with_redis_a_kept_page_is_served_from_memory_and_a_change_elsewhere_shows_at_once(
    monkeypatch,
):
    redis = {
        "BACKEND": "config.cache.ResilientRedisCache",
        "LOCATION": settings.REDIS_URL,
        "KEY_PREFIX": "page-memory-test",
    }
    with override_settings(CACHES={"default": redis}):
        listening(caches["default"]).clear()
        course = course_page(title="Staying safe")
        visitor = Client()
        assert "Staying safe" in visitor.get(course.url).content.decode()  # rendered, kept
        # The versions the first request started are held from the next one on (unless a
        # change, such as the flush above coming back from Redis, arrived meanwhile).
        mirror = caches["default"].mirror
        while len(mirror.read(caching._VERSION_KEYS)[0]) < len(caching.KINDS):
            caching.content_read(None, [])

        # Served again from this process's memory: the page and the content versions.
        with monkeypatch.context() as patched:

            def no_round_trip(*args, **kwargs):
                raise AssertionError("asked Redis")

            patched.setattr(ReusingRedisCacheClient, "get_client", no_round_trip)
            response = visitor.get(course.url)
        assert response.status_code == HTTPStatus.OK
        assert "Staying safe" in response.content.decode()

        # A change made in another web process: it gives the pages a new version there,
        # and this process hears of it before its next request.
        type(course).objects.filter(pk=course.pk).update(title="Staying safe together")
        in_another_process(lambda: caching.bump(caching.PAGES))

        waited = eventually(
            lambda: "Staying safe together" in visitor.get(course.url).content.decode(), True
        )
        assert waited < 0.5
        caches["default"].clear()
