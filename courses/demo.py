"""Demo content for `manage.py seed_demo`: for every language offered a home page, a
catalogue and a glossary (courses/demo_content/glossary/<language>.json); four courses
of the network and their translations (courses/demo_content/<course>.<language>.yaml),
and one course of the demo partner's own, imported by the same import editors use in
the admin (courses/course_files.py).

Idempotent: pages and terms that exist (matched by slug or term) are left as editors
left them; only what is missing is created.
"""

import json
from pathlib import Path

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page

from accounts.demo import PARTNER_ORGANISATION_SLUG
from accounts.models import Organisation

from .course_files import course_file_read, course_import
from .models import CourseIndexPage, GlossaryPage, GlossaryTerm, HomePage

DEMO_CONTENT = Path(__file__).parent / "demo_content"
LANGUAGE_DATA = DEMO_CONTENT / "glossary"
# The order the catalogue lists them in.
DEMO_COURSES = ("parents", "teachers", "mentors", "young_learners")
# Courses of one organisation: (course, organisation slug). Only its people see them.
OWN_COURSES = (("partner_schools", PARTNER_ORGANISATION_SLUG),)


def language_data(language: str) -> dict:
    """The home page, catalogue and glossary page texts and the glossary terms of one
    language."""
    return json.loads((LANGUAGE_DATA / f"{language}.json").read_text(encoding="utf-8"))


def _seed_terms(locale: Locale, terms: list[dict], english: dict) -> int:
    """The language's glossary terms, each a translation of its English term."""
    created = 0
    for entry in terms:
        source = english.get(entry.get("translation_of", entry["term"]))
        fields = {k: entry[k] for k in ("usage", "preferred", "explanation", "variants")}
        if source is not None and source.locale_id != locale.pk:
            fields["translation_key"] = source.translation_key
        term, new = GlossaryTerm.objects.get_or_create(
            locale=locale, term=entry["term"], defaults=fields
        )
        created += new
        if locale.language_code == settings.LANGUAGE_CODE:
            english[term.term] = term
    return created


def _publish(page: Page) -> None:
    page.save_revision().publish()


def _home(locale: Locale) -> HomePage:
    return HomePage.objects.get(locale=locale, depth=2)


def _child(parent: Page, model, slug: str):
    return model.objects.child_of(parent).filter(slug=slug).first()


def _translate(source: Page, locale: Locale, fields: dict) -> Page:
    """The page's translation in the locale, created from the source when missing."""
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = source.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.draft_title = translation.title
    translation.save()
    _publish(translation)
    return translation


def demo_course_files(language: str) -> list[Path]:
    """The demo's course files in a language, in the order the catalogue lists them."""
    files = (DEMO_CONTENT / f"{name}.{language}.yaml" for name in DEMO_COURSES)
    return [path for path in files if path.exists()]


def _seed_courses(language: str, log) -> None:
    for path in demo_course_files(language):
        data = course_file_read(path.read_bytes())
        imported = course_import(data=data, publish=True)
        kind = "Course" if language == settings.LANGUAGE_CODE else f"Translation ({language})"
        log(f"{kind}: {imported.course.title} ({'new' if imported.created else 'exists'})")


def _seed_own_courses(log) -> None:
    """Each organisation's own courses (accounts' seed made the organisations)."""
    for name, slug in OWN_COURSES:
        organisation = Organisation.objects.get(slug=slug)
        path = DEMO_CONTENT / f"{name}.{settings.LANGUAGE_CODE}.yaml"
        data = course_file_read(path.read_bytes())
        imported = course_import(data=data, publish=True, organisation=organisation)
        state = "new" if imported.created else "exists"
        log(f"Course of {organisation.name}: {imported.course.title} ({state})")


@transaction.atomic
def seed(*, password: str, log=print) -> None:
    english = Locale.objects.get(language_code="en")
    home = _home(english)

    texts = language_data(english.language_code)
    english_terms = {}
    new_terms = _seed_terms(english, texts["terms"], english_terms)

    catalogue = _child(home, CourseIndexPage, "courses")
    if catalogue is None:
        catalogue = CourseIndexPage(slug="courses", **texts["catalogue"])
        home.add_child(instance=catalogue)
        _publish(catalogue)
    glossary = _child(home, GlossaryPage, "glossary")
    if glossary is None:
        glossary = GlossaryPage(slug="glossary", **texts["glossary"])
        home.add_child(instance=glossary)
        _publish(glossary)

    _seed_courses(english.language_code, log)
    _seed_own_courses(log)

    for language, _name in settings.LANGUAGES:
        if language == english.language_code:
            continue
        locale, _created = Locale.objects.get_or_create(language_code=language)
        texts = language_data(language)
        _translate(home, locale, texts["home"])
        _translate(catalogue, locale, texts["catalogue"])
        _translate(glossary, locale, texts["glossary"])
        new_terms += _seed_terms(locale, texts["terms"], english_terms)
        _seed_courses(language, log)
    terms = GlossaryTerm.objects.count()
    log(f"Glossary: {terms} terms in {len(settings.LANGUAGES)} languages ({new_terms} new)")
