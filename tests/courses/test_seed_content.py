import io
import json

import pytest
from django.core.management import call_command
from django.test import Client
from wagtail.models import Page

from courses.models import CoursePage, GlossaryTerm, ModulePage
from safeguarding.models import HelpService

pytestmark = pytest.mark.django_db


def _content_snapshot():
    return {
        "pages": sorted(
            Page.objects.values_list("id", "path", "title", "slug", "live", "locale__language_code")
        ),
        "terms": sorted(GlossaryTerm.objects.values_list("id", "term", "usage")),
        "services": sorted(HelpService.objects.values_list("id", "country", "name")),
    }


@pytest.fixture
def seeded(seeded_demo, db):
    """The demo, seeded once for this module (tests/conftest.py)."""


def test_seed_demo_twice_gives_the_same_content(seeded):
    first = _content_snapshot()

    call_command("seed_demo", force=True, stdout=io.StringIO())

    assert _content_snapshot() == first


def test_seed_demo_builds_four_courses_with_real_modules(seeded):
    english = CoursePage.objects.filter(locale__language_code="en", organisation__isnull=True)

    assert sorted(english.values_list("audience", flat=True)) == [
        "parent",
        "peer_mentor",
        "teacher",
        "young_learner",
    ]
    for course in english:
        modules = ModulePage.objects.child_of(course).live()
        assert 3 <= modules.count() <= 5, course.title
        for module in modules:
            assert len(json.dumps(list(module.body.raw_data))) > 1500, module.title
    youth = english.get(audience="young_learner")
    assert all(module.easy_read_body for module in ModulePage.objects.child_of(youth))


def test_seed_demo_ships_the_parents_course_in_dutch(seeded, client):
    dutch = CoursePage.objects.get(locale__language_code="nl", audience="parent")

    response = client.get(dutch.url)

    assert dutch.url.startswith("/nl/courses/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl"' in html
    assert "kind" in html  # Dutch text, not the English course
    # The interface around it is Dutch too (locale/nl, compiled by `make test`).
    assert "Wat je gaat leren" in html, "run `make messages` to compile the catalogues"
    assert ModulePage.objects.child_of(dutch).live().count() == 5


def test_seed_demo_content_uses_no_term_to_avoid(seeded):
    from courses.selectors import avoid_terms_in_page

    for page in Page.objects.live().specific():
        assert avoid_terms_in_page(page) == [], page.title


def test_seed_demo_help_directory_covers_twelve_countries(seeded):
    countries = set(HelpService.objects.exclude(country="").values_list("country", flat=True))

    assert len(countries) >= 12
    assert HelpService.objects.filter(country="").exists()
    assert not HelpService.objects.filter(source="").exists()


def test_every_seeded_module_renders(seeded, client):
    from accounts.models import User

    partner = Client()
    partner.force_login(User.objects.get(username="partner-parent"))
    owned = set(
        CoursePage.objects.filter(organisation__isnull=False).values_list("path", flat=True)
    )
    for module in ModulePage.objects.live():
        own = module.path[: -ModulePage.steplen] in owned
        # An organisation's course is for its people; visitors are asked to sign in.
        assert client.get(module.url).status_code == (302 if own else 200), module.url
        if own:
            assert partner.get(module.url).status_code == 200, module.url


@pytest.mark.parametrize("language", ["nl", "de", "fr", "es", "ar"])
def test_every_language_offered_has_its_glossary(seeded, client, language):
    terms = GlossaryTerm.objects.filter(locale__language_code=language)
    english = GlossaryTerm.objects.filter(locale__language_code="en")
    assert terms.count() == english.count() == 18
    # Each is the translation of an English term.
    assert set(terms.values_list("translation_key", flat=True)) == set(
        english.values_list("translation_key", flat=True)
    )

    response = client.get(f"/{language}/glossary/")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    avoid = terms.filter(usage="avoid").first()
    assert avoid.term in html and avoid.preferred in html
    assert "untranslated-page" not in html
