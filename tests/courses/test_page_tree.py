import pytest
from wagtail.models import Page

from courses.models import CourseIndexPage, CoursePage, GlossaryPage, HomePage, ModulePage
from tests.courses.factories import catalogue_page, course_page, home_page, module_page

pytestmark = pytest.mark.django_db


def test_editors_can_only_build_home_catalogue_course_module():
    home = home_page()
    catalogue = catalogue_page(home)
    course = course_page(catalogue)
    module = module_page(course)

    assert set(home.specific_class.allowed_subpage_models()) == {CourseIndexPage, GlossaryPage}
    assert CourseIndexPage.allowed_subpage_models() == [CoursePage]
    assert CoursePage.allowed_subpage_models() == [ModulePage]
    assert ModulePage.allowed_subpage_models() == []

    assert not CoursePage.can_create_at(home)
    assert not ModulePage.can_create_at(catalogue)
    assert not ModulePage.can_create_at(module)
    assert ModulePage.can_create_at(course)
    assert CoursePage.can_create_at(catalogue)
    # One catalogue per home page (per language).
    assert not CourseIndexPage.can_create_at(home)
    assert not HomePage.can_create_at(Page.get_first_root_node())


def test_course_and_module_urls_are_the_tree_slugs(client):
    course = course_page(slug="safe-online")
    module = module_page(course, slug="first-steps")

    assert course.url == "/en/courses/safe-online/"
    assert module.url == "/en/courses/safe-online/first-steps/"
    assert client.get(module.url).status_code == 200
