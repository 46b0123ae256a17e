"""What a browser or a shared cache may keep, and what search engines may index."""

import datetime
from http import HTTPStatus

import pytest
from django.test import Client

from accounts.models import Role
from accounts.services import organisation_add_member
from certificates.models import Certificate
from classrooms.services import classroom_create
from tests.accounts.factories import UserFactory
from tests.courses.factories import catalogue_page, course_page, module_page
from tests.mentoring.factories import mentoring_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def private_pages(db):
    """(who, url) for pages of every app that show a signed-in person's own things."""
    w = mentoring_world()
    course = course_page(audience="young_learner", open_to_classes=True)
    module = module_page(course, title="Passwords")
    classroom = classroom_create(
        teacher=w.teacher, organisation=w.org_a, name="7B", course=course, age_band="12-14"
    )
    org_admin = UserFactory(profile__audience="teacher")
    organisation_add_member(organisation=w.org_a, user=org_admin, role=Role.ORG_ADMIN)
    certificate = Certificate.objects.create(
        user=w.parent,
        learner_name="Robin Example",
        course_title="Keeping children safe online",
        completed_on=datetime.date(2026, 1, 15),
    )
    return [
        (w.parent, "/en/dashboard/"),
        (w.parent, "/en/accounts/profile/"),
        (w.parent, "/en/notifications/preferences/"),
        (w.parent, module.url),
        (w.parent, "/en/help/"),
        (w.parent, f"/en/certificates/verify/{certificate.code}/"),
        (w.parent, f"/en/certificates/{certificate.code}/badge.json"),
        (w.teacher, "/en/classes/"),
        (w.teacher, f"/en/classes/{classroom.pk}/"),
        (w.mentor_a, "/en/mentoring/"),
        (w.mentor_a, f"/en/mentoring/groups/{w.group_a.pk}/"),
        (w.coach_a, "/en/mentoring/coach/"),
        (w.lead_a, "/en/help/concerns/"),
        (org_admin, f"/en/organisation/{w.org_a.slug}/"),
    ]


def test_nothing_shown_to_a_signed_in_person_is_kept_by_a_cache(private_pages):
    for user, url in private_pages:
        client = Client()
        client.force_login(user)

        response = client.get(url)

        assert response.status_code == HTTPStatus.OK, (url, response.status_code)
        cache_control = response.get("Cache-Control", "")
        directives = {part.strip().split("=")[0] for part in cache_control.split(",")}
        assert {"no-store", "private"} <= directives, (url, cache_control)


@pytest.mark.parametrize("url", ["/en/help/", "/en/courses/"])
def test_public_pages_seen_anonymously_may_be_cached(client, url):
    catalogue_page()

    response = client.get(url)

    assert response.status_code == HTTPStatus.OK
    assert "no-store" not in response.get("Cache-Control", "")
    assert "private" not in response.get("Cache-Control", "")


# robots.txt -------------------------------------------------------------------------------


def robots_rules(text: str) -> list[tuple[str, str]]:
    """(allow|disallow, path) of the group for every crawler (User-agent: *)."""
    rules, applies = [], False
    for line in text.splitlines():
        field, _, value = line.split("#", 1)[0].partition(":")
        field, value = field.strip().lower(), value.strip()
        if field == "user-agent":
            applies = value == "*"
        elif field in {"allow", "disallow"} and applies and value:
            rules.append((field, value))
    return rules


def robots_allows(rules: list[tuple[str, str]], path: str) -> bool:
    """As Google documents it: the longest matching rule wins; on a tie, allow wins;
    no matching rule allows. (Rules here are plain prefixes: no * or $.)"""
    matching = [(len(rule), kind == "allow") for kind, rule in rules if path.startswith(rule)]
    return max(matching)[1] if matching else True


def test_the_matcher_takes_the_longest_rule():
    rules = [("allow", "/a/"), ("disallow", "/a/b/"), ("disallow", "/c/"), ("allow", "/c/")]

    assert robots_allows(rules, "/a/")
    assert not robots_allows(rules, "/a/b/c")
    assert robots_allows(rules, "/c/d")  # a tie: allow
    assert robots_allows(rules, "/elsewhere/")


@pytest.fixture
def robots(client):
    response = client.get("/robots.txt")
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].split(";")[0] == "text/plain"
    return robots_rules(response.content.decode())


@pytest.mark.parametrize("language", ["en", "nl"])
def test_robots_txt_lets_crawlers_index_courses_and_help_only(robots, language):
    public = [f"/{language}/courses/", f"/{language}/courses/some-course/", f"/{language}/help/"]
    private = [
        f"/{language}/accounts/login/",
        f"/{language}/accounts/profile/",
        f"/{language}/dashboard/",
        f"/{language}/classes/",
        f"/{language}/classes/12/",
        f"/{language}/join/",
        f"/{language}/mentoring/",
        f"/{language}/help/concerns/",
        f"/{language}/help/concerns/3/",
        f"/{language}/help/worried/",
        f"/{language}/notifications/",
        f"/{language}/notifications/preferences/",
        f"/{language}/organisation/",
        f"/{language}/organisation/riverside/",
        f"/{language}/learn/",
        f"/{language}/certificates/verify/ABC/",
    ]

    assert [url for url in public if not robots_allows(robots, url)] == []
    assert [url for url in private if robots_allows(robots, url)] == []


def test_robots_txt_keeps_crawlers_out_of_the_admins(robots):
    for url in ["/admin/", "/admin/pages/", "/django-admin/", "/django-admin/auth/"]:
        assert not robots_allows(robots, url), url
    assert robots_allows(robots, "/en/help/")
    assert not robots_allows(robots, "/en/help/worried/")
