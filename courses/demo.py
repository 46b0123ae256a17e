"""Demo content for `manage.py seed_demo`: for every language offered a home page, a
catalogue and a glossary (courses/demo_content/glossary/<language>.json); four courses;
a Dutch course.

Idempotent: pages and terms that exist (matched by slug or term) are left as editors
left them; only what is missing is created.
"""

import json
from pathlib import Path

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from quizzes.models import Choice, Question, Quiz

from .demo_content import (
    mentors,
    parents,
    parents_de,
    parents_nl,
    teachers,
    young_learners,
    young_learners_de,
    young_learners_nl,
)
from .demo_content.quizzes import QUIZZES
from .models import CourseIndexPage, CoursePage, GlossaryPage, GlossaryTerm, HomePage, ModulePage

COURSES = (parents, teachers, mentors, young_learners)
TRANSLATIONS = {
    "nl": (parents_nl, young_learners_nl),
    "de": (parents_de, young_learners_de),
}
TRANSLATION_MODULES = {
    module.__name__.rsplit(".", 1)[-1]: module
    for modules in TRANSLATIONS.values()
    for module in modules
}
LANGUAGE_DATA = Path(__file__).parent / "demo_content" / "glossary"


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


def _stream(blocks: list) -> list:
    """Turn the demo format's (type, value) pairs into StreamField input."""
    converted = []
    for block_type, value in blocks:
        if block_type == "text":
            value = RichText(value)
        converted.append((block_type, value))
    return converted


def _publish(page: Page) -> None:
    page.save_revision().publish()


def _home(locale: Locale) -> HomePage:
    return HomePage.objects.get(locale=locale, depth=2)


def _child(parent: Page, model, slug: str):
    return model.objects.child_of(parent).filter(slug=slug).first()


def _create_quiz(data: dict, locale: Locale, translation_of: Quiz | None) -> Quiz:
    quiz = Quiz(
        title=data["title"],
        intro=data.get("intro", ""),
        kind=data["kind"],
        pass_mark=data.get("pass_mark", 70),
        locale=locale,
    )
    if translation_of is not None:
        quiz.translation_key = translation_of.translation_key
    quiz.save()
    for q_order, question_data in enumerate(data["questions"]):
        question = Question.objects.create(
            quiz=quiz,
            sort_order=q_order,
            type=question_data["type"],
            text=question_data["text"],
            explanation=question_data["explanation"],
        )
        Choice.objects.bulk_create(
            Choice(
                question=question,
                sort_order=c_order,
                text=choice["text"],
                is_correct=choice["correct"],
                feedback=choice.get("feedback", ""),
            )
            for c_order, choice in enumerate(question_data["choices"])
        )
    return quiz


def _with_quizzes(module: dict, quizzes: list[Quiz]) -> tuple[list, str]:
    """The module's body with its quizzes placed before the closing help block."""
    body = _stream(module["body"])
    blocks = [("quiz", {"quiz": quiz}) for quiz in quizzes]
    insert_at = len(body) - 1 if body and body[-1][0] == "help_services" else len(body)
    body[insert_at:insert_at] = blocks
    graded = any(quiz.kind == Quiz.Kind.GRADED for quiz in quizzes)
    return body, (ModulePage.CompletionRule.QUIZ if graded else ModulePage.CompletionRule.READ)


def _module_fields(module: dict, quizzes: list[Quiz] = ()) -> dict:
    body, rule = _with_quizzes(module, list(quizzes))
    return {
        "title": module["title"],
        "slug": module["slug"],
        "summary": module["summary"],
        "estimated_minutes": module["minutes"],
        "body": body,
        "completion_rule": rule,
        "easy_read_body": _stream(module.get("easy_read", [])),
    }


def _module_quizzes(course_key: str, module: dict, locale: Locale, english: list | None = None):
    # A translation's quizzes are in its own module (QUIZZES) or in demo_content.quizzes.
    own = getattr(TRANSLATION_MODULES.get(course_key), "QUIZZES", None)
    quizzes = (own if own is not None else QUIZZES.get(course_key, {})).get(module["slug"], [])
    return [
        _create_quiz(data, locale, english[i] if english and i < len(english) else None)
        for i, data in enumerate(quizzes)
    ]


def _course_fields(course: dict) -> dict:
    return {
        "title": course["title"],
        "slug": course["slug"],
        "audience": course["audience"],
        "summary": course["summary"],
        "outcomes": [("outcome", text) for text in course["outcomes"]],
        "estimated_minutes": course["estimated_minutes"],
        "gives_certificate": course["gives_certificate"],
        "age_band": course.get("age_band", ""),
        "open_to_classes": course["audience"] == "young_learner",
    }


def _seed_course(catalogue: CourseIndexPage, key: str, data: dict) -> tuple[CoursePage, bool]:
    course = _child(catalogue, CoursePage, data["slug"])
    if course is not None:
        return course, False
    course = CoursePage(**_course_fields(data))
    catalogue.add_child(instance=course)
    _publish(course)
    for module_data in data["modules"]:
        quizzes = _module_quizzes(key, module_data, catalogue.locale)
        module = ModulePage(**_module_fields(module_data, quizzes))
        course.add_child(instance=module)
        _publish(module)
    return course, True


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


def _seed_translation(english: CoursePage, locale: Locale, key: str, data: dict) -> None:
    course = _translate(english, locale, _course_fields(data))
    english_modules = list(ModulePage.objects.child_of(english).order_by("path"))
    for english_module, module_data in zip(english_modules, data["modules"], strict=True):
        if english_module.has_translation(locale):
            continue
        english_quizzes = list(Quiz.objects.filter(pk__in=english_module.quiz_ids()))
        english_quizzes.sort(key=lambda quiz: english_module.quiz_ids().index(quiz.pk))
        quizzes = _module_quizzes(key, module_data, locale, english_quizzes)
        _translate(english_module, locale, _module_fields(module_data, quizzes))
    return course


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

    english_courses = {}
    for module in COURSES:
        key = module.__name__.rsplit(".", 1)[-1]
        course, created = _seed_course(catalogue, key, module.COURSE)
        english_courses[module.__name__.rsplit(".", 1)[-1]] = course
        log(f"Course: {course.title} ({'new' if created else 'exists'})")

    for language, _name in settings.LANGUAGES:
        if language == english.language_code:
            continue
        locale, _created = Locale.objects.get_or_create(language_code=language)
        texts = language_data(language)
        _translate(home, locale, texts["home"])
        _translate(catalogue, locale, texts["catalogue"])
        _translate(glossary, locale, texts["glossary"])
        new_terms += _seed_terms(locale, texts["terms"], english_terms)
        for module in TRANSLATIONS.get(language, ()):
            key = module.__name__.rsplit(".", 1)[-1]
            _seed_translation(english_courses[module.TRANSLATION_OF], locale, key, module.COURSE)
            log(f"Translation ({language}): {module.COURSE['title']}")
    terms = GlossaryTerm.objects.count()
    log(f"Glossary: {terms} terms in {len(settings.LANGUAGES)} languages ({new_terms} new)")
