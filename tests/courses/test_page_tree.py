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


def test_editors_manage_glossary_help_directory_quizzes_and_translations(client, editor):
    client.force_login(editor)

    for url in (
        "/admin/snippets/courses/glossaryterm/add/",
        "/admin/snippets/safeguarding/helpservice/add/",
        "/admin/snippets/quizzes/quiz/add/",
    ):
        assert client.get(url).status_code == 200, url
    assert editor.has_perm("wagtail_localize.submit_translation")


def test_an_editor_can_submit_a_page_for_translation_with_wagtail_localize(client, editor):
    from tests.courses.factories import locale

    locale("nl")
    course = course_page()
    client.force_login(editor)

    response = client.get(f"/admin/localize/submit/page/{course.pk}/")

    assert response.status_code == 200
    assert "Dutch" in response.content.decode()


def test_the_admin_edit_forms_of_every_page_type_load(client, editor):
    module = module_page()
    client.force_login(editor)

    for page in (home_page(), module.get_parent().get_parent(), module.get_parent(), module):
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page
    assert (
        client.get(f"/admin/pages/add/courses/modulepage/{module.get_parent().pk}/").status_code
        == 200
    )
