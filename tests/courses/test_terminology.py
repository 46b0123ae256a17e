from http import HTTPStatus

import pytest
from django.contrib.messages import get_messages
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import nested_form_data, streamfield

from courses.models import GlossaryPage, GlossaryTerm
from courses.selectors import avoid_terms_in_page
from courses.terminology import term_pattern
from tests.courses.factories import course_page, home_page, locale, module_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def avoid_terms(db):
    english = locale("en")
    GlossaryTerm.objects.create(
        locale=english,
        term="child pornography",
        usage="avoid",
        preferred="child sexual abuse material (CSAM)",
        explanation="A record of a crime.",
        variants="child porn",
    )
    GlossaryTerm.objects.create(
        locale=english,
        term="paedophile",
        usage="avoid",
        preferred="offender",
        explanation="A clinical term.",
        variants="pedophile",
    )
    GlossaryTerm.objects.create(
        locale=english,
        term="minor",
        usage="avoid",
        preferred="child",
        explanation="Under 18.",
    )
    GlossaryTerm.objects.create(
        locale=english,
        term="grooming",
        usage="use",
        explanation="Building trust to abuse.",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Police found Child Pornography.",
        "a child-pornography case",
        "sites with child porn",
        "Paedophiles use games.",
        "the pedophile's account",
        "two minors",
        "THE MINOR'S PHONE",
    ],
)
def test_avoid_terms_are_found_case_insensitively_with_inflections(text):
    pattern = term_pattern(["child pornography", "child porn", "paedophile", "pedophile", "minor"])

    assert pattern.search(text)


@pytest.mark.parametrize("text", ["child sexual abuse material", "minority", "pornographic"])
def test_other_words_do_not_match(text):
    assert not term_pattern(["child pornography", "minor"]).search(text)


def _text(html):
    return [("text", RichText(html))]


def test_a_module_that_uses_an_avoid_term_is_flagged(avoid_terms):
    module = module_page(body=_text("<p>Offenders share child pornography.</p>"))

    assert [term.term for term in avoid_terms_in_page(module)] == ["child pornography"]


def test_the_preferred_term_is_not_flagged(avoid_terms):
    module = module_page(body=_text("<p>Offenders share child sexual abuse material.</p>"))

    assert avoid_terms_in_page(module) == []


def test_quotations_are_exempt(avoid_terms):
    module = module_page(
        body=[
            ("quote", {"quote": "Paedophile jailed", "source": "An old headline"}),
            *_text("<blockquote>The law speaks of child pornography.</blockquote><p>Fine.</p>"),
        ]
    )

    assert avoid_terms_in_page(module) == []


def test_the_glossary_page_is_exempt(avoid_terms):
    glossary = GlossaryPage(title="Glossary of child pornography and other terms", slug="g")
    home_page().add_child(instance=glossary)

    assert avoid_terms_in_page(glossary) == []


def test_terms_in_course_fields_are_found_too(avoid_terms):
    course = course_page(summary="For parents of minors.")

    assert [term.term for term in avoid_terms_in_page(course)] == ["minor"]


def _course_form(course, summary):
    return nested_form_data(
        {
            "title": course.title,
            "slug": course.slug,
            "summary": summary,
            "outcomes": streamfield([]),
            "audience": "parent",
            "age_band": "",
            "estimated_minutes": 30,
            "gives_certificate": "on",
        }
    )


def test_the_admin_warns_an_editor_who_saves_an_avoid_term(client, staff_user, avoid_terms):
    course = course_page()
    client.force_login(staff_user)

    response = client.post(
        f"/admin/pages/{course.pk}/edit/",
        _course_form(course, "Spot paedophiles and child pornography online."),
    )

    assert response.status_code == HTTPStatus.FOUND
    warnings = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("paedophile" in w and "Prefer: offender" in w for w in warnings), warnings
    assert any("child pornography" in w and "child sexual abuse material" in w for w in warnings), (
        warnings
    )
    # The page is saved all the same: a warning, not a refusal.
    course.refresh_from_db()
    assert "paedophiles" in course.get_latest_revision_as_object().summary


def test_the_admin_warns_on_publish_too(client, staff_user, avoid_terms):
    course = course_page()
    client.force_login(staff_user)

    response = client.post(
        f"/admin/pages/{course.pk}/edit/",
        {**_course_form(course, "Help for minors."), "action-publish": "action-publish"},
        follow=True,
    )

    assert response.status_code == HTTPStatus.OK
    assert "“minor”, a term to avoid. Prefer: child." in response.content.decode()


def test_no_warning_for_the_preferred_words(client, staff_user, avoid_terms):
    course = course_page()
    client.force_login(staff_user)

    response = client.post(
        f"/admin/pages/{course.pk}/edit/",
        _course_form(course, "Spot grooming and child sexual abuse material."),
    )

    assert not [m for m in get_messages(response.wsgi_request) if "term to avoid" in str(m)]


def test_module_pages_explain_the_glossary_terms_they_use(client, avoid_terms):
    module = module_page(body=_text("<p>Grooming often starts with kindness.</p>"))

    html = client.get(module.url).content.decode()

    assert "Words used in this module" in html
    assert "Building trust to abuse." in html
