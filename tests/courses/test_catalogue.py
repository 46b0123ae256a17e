from http import HTTPStatus

import pytest
from wagtail.rich_text import RichText

from courses.models import CourseIndexPage, CoursePage, ModulePage
from tests.conftest import search_index_kept
from tests.courses.factories import catalogue_page, course_page, home_page, locale, module_page
from tests.worlds import module_world

pytestmark = pytest.mark.django_db


def _three_courses():
    """A course for each audience; the parents' one has a module about grooming."""
    catalogue = catalogue_page()
    parents = course_page(
        catalogue,
        title="Safe at home",
        slug="safe-at-home",
        audience="parent",
        summary="For families.",
    )
    module_page(parents, body=[("text", RichText("<p>How grooming starts online.</p>"))])
    teachers = course_page(
        catalogue,
        title="Safe at school",
        slug="safe-at-school",
        audience="teacher",
        summary="For staff rooms.",
    )
    youth = course_page(
        catalogue,
        title="Safe with friends",
        slug="safe-with-friends",
        audience="young_learner",
        summary="For pupils.",
    )
    return {"parents": parents, "teachers": teachers, "young-learners": youth}


def _three_courses_searchable():
    # Searched for by their text and their module's: the pages go into the search index.
    with search_index_kept():
        return _three_courses()


# Built once for the file (tests/worlds.py); what a test writes is rolled back after it.
courses, module_world_built = module_world(_three_courses_searchable, name="courses")


def _titles(response):
    return [course.title for course in response.context["courses"]]


def test_catalogue_lists_every_course(client, courses):
    response = client.get("/en/courses/")

    assert response.status_code == HTTPStatus.OK
    assert sorted(_titles(response)) == ["Safe at home", "Safe at school", "Safe with friends"]


@pytest.mark.parametrize(
    ("audience", "title"),
    [
        ("parent", "Safe at home"),
        ("teacher", "Safe at school"),
        ("young_learner", "Safe with friends"),
        # Addresses from before the audiences were one list still filter.
        ("parents", "Safe at home"),
        ("young-learners", "Safe with friends"),
    ],
)
def test_catalogue_filters_by_audience(client, courses, audience, title):
    response = client.get(f"/en/courses/?audience={audience}")

    assert _titles(response) == [title]
    assert 'aria-current="page"' in response.content.decode()


def test_mentors_filter_with_no_course_shows_none(client, courses):
    assert _titles(client.get("/en/courses/?audience=peer_mentor")) == []


@pytest.mark.parametrize("audience", ["pirates", "<script>", "parents'--"])
def test_unknown_audience_shows_all_courses_and_a_note(client, courses, audience):
    response = client.get("/en/courses/", {"audience": audience})

    assert response.status_code == HTTPStatus.OK
    assert len(_titles(response)) == 3
    assert "There is no audience called" in response.content.decode()
    assert "<script>" not in response.content.decode()


def test_search_finds_courses_by_their_own_text_and_their_modules(client, courses):
    assert _titles(client.get("/en/courses/?q=staff")) == ["Safe at school"]
    assert _titles(client.get("/en/courses/?q=grooming")) == ["Safe at home"]
    assert _titles(client.get("/en/courses/?q=zebra")) == []


def test_search_and_filter_combine(client, courses):
    assert _titles(client.get("/en/courses/?q=safe&audience=teacher")) == ["Safe at school"]


def test_catalogue_query_count_does_not_grow_with_courses(
    client, courses, count_queries, search_index
):
    # search_index: the extra courses are found by a search, as the world's three are.
    small = count_queries("/en/courses/")
    for n in range(20):
        course_page(title=f"Extra {n}", slug=f"extra-{n}")

    assert count_queries("/en/courses/") == small
    assert count_queries("/en/courses/?q=safe") == count_queries("/en/courses/?q=extra")
    assert small <= 12


def _translate_course(course, language, title):
    dutch = locale(language)
    home = home_page()
    if not home.has_translation(dutch):
        home.copy_for_translation(dutch).save_revision().publish()
    catalogue = CourseIndexPage.objects.get(locale__language_code="en")
    if not catalogue.has_translation(dutch):
        catalogue.copy_for_translation(dutch).save_revision().publish()
    translated = course.copy_for_translation(dutch)
    translated.title = title
    translated.save_revision().publish()
    for module in ModulePage.objects.child_of(course):
        copy = module.copy_for_translation(dutch)
        copy.title = "Module in het Nederlands"
        copy.save_revision().publish()
    return CoursePage.objects.get(pk=translated.pk)


def test_a_language_lists_only_its_courses_and_notes_the_untranslated(client, courses):
    dutch_course = _translate_course(courses["parents"], "nl", "Veilig thuis")

    response = client.get("/nl/courses/")

    assert _titles(response) == ["Veilig thuis"]
    untranslated = {course.title for course in response.context["untranslated_courses"]}
    assert untranslated == {"Safe at school", "Safe with friends"}
    html = response.content.decode()
    # Untranslated courses open in English text under the Dutch interface.
    assert 'href="/nl/courses/safe-at-school/"' in html
    english_under_dutch = client.get("/nl/courses/safe-at-school/").content.decode()
    assert '<html lang="nl" dir="ltr">' in english_under_dutch
    assert 'lang="en" dir="ltr"' in english_under_dutch

    course_html = client.get(dutch_course.url).content.decode()
    assert '<html lang="nl" dir="ltr">' in course_html
    assert "Veilig thuis" in course_html
    assert "Module in het Nederlands" in course_html


def test_a_language_without_any_course_says_so(client, courses):
    locale("de")

    response = client.get("/de/courses/")

    assert response.status_code == HTTPStatus.OK
    assert _titles(response) == []
    assert len(response.context["untranslated_courses"]) == 3
