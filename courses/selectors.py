"""Reads for course pages: the catalogue, a module's surroundings, glossary terms."""

from django.http import HttpRequest
from django.utils.translation import gettext as _
from wagtail.models import Locale

from safeguarding.selectors import country_for_request, help_directory_for_country

from .models import Audience, CoursePage, GlossaryPage, GlossaryTerm, ModulePage, Reflection
from .terminology import find_terms, page_text

EASY_READ_COOKIE = "easy_read"


def catalogue_for_request(*, request: HttpRequest, catalogue) -> dict:
    """Courses in the visitor's language, filtered by ?audience= and searched by ?q=."""
    # The visitor's language, not the catalogue's: a language without its own catalogue
    # is served the default one, but must still list only courses that exist in it.
    locale = Locale.get_active()
    audience = request.GET.get("audience", "").strip()
    query = request.GET.get("q", "").strip()[:200]
    notes = []
    if audience and audience not in Audience.values:
        notes.append(
            _("There is no audience called “%(audience)s”, so here are all courses.")
            % {"audience": audience[:40]}
        )
        audience = ""

    courses = CoursePage.objects.live().public().filter(locale=locale)
    if audience:
        courses = courses.filter(audience=audience)
    if query:
        courses = courses.filter(pk__in=_course_ids_matching(query, locale))
    courses = list(courses)

    untranslated = []
    default_locale = Locale.get_default()
    if locale.pk != default_locale.pk and not query:
        translated_keys = CoursePage.objects.filter(locale=locale).values("translation_key")
        untranslated = CoursePage.objects.live().public().filter(locale=default_locale)
        untranslated = untranslated.exclude(translation_key__in=translated_keys)
        if audience:
            untranslated = untranslated.filter(audience=audience)
        untranslated = list(untranslated)

    return {
        "courses": courses,
        "audiences": Audience.choices,
        "selected_audience": audience,
        "query": query,
        "notes": notes,
        "untranslated_courses": untranslated,
        "default_language_name": default_locale.get_display_name(),
    }


def _course_ids_matching(query: str, locale: Locale) -> set[int]:
    """Courses whose own text or whose modules' text matches the search."""
    course_hits = CoursePage.objects.live().filter(locale=locale).search(query, operator="and")
    module_hits = ModulePage.objects.live().filter(locale=locale).search(query, operator="and")
    ids = {course.pk for course in course_hits}
    module_paths = [module.path for module in module_hits]
    if module_paths:
        parent_paths = {path[: -ModulePage.steplen] for path in module_paths}
        ids |= set(CoursePage.objects.filter(path__in=parent_paths).values_list("pk", flat=True))
    return ids


def glossary_terms_in_module(*, module: ModulePage) -> list[GlossaryTerm]:
    """Use and with-care terms that the module's text mentions, to explain beside it."""
    terms = GlossaryTerm.objects.filter(locale_id=module.locale_id).exclude(
        usage=GlossaryTerm.Usage.AVOID
    )
    return find_terms(page_text(module), terms)


def avoid_terms_in_page(page) -> list[GlossaryTerm]:
    """Terms to avoid that the page's own text uses (quotations and the glossary exempt)."""
    if isinstance(page, GlossaryPage):
        return []
    terms = GlossaryTerm.objects.filter(locale_id=page.locale_id, usage=GlossaryTerm.Usage.AVOID)
    return find_terms(page_text(page), terms)


def module_context(*, request: HttpRequest, module: ModulePage) -> dict:
    """Everything a module page shows around its body, in a fixed number of queries."""
    course = module.get_parent().specific_deferred
    siblings = list(
        ModulePage.objects.child_of(course).live().only("id", "title", "url_path", "path")
    )
    position = next((i for i, page in enumerate(siblings) if page.pk == module.pk), 0)
    easy_read = module.has_easy_read and request.COOKIES.get(EASY_READ_COOKIE) == "1"
    reflections = {}
    if request.user.is_authenticated:
        reflections = dict(
            Reflection.objects.filter(user=request.user, module=module).values_list(
                "block_id", "text"
            )
        )
    body = module.easy_read_body if easy_read else module.body
    return {
        "course": course,
        "module_number": position + 1,
        "module_count": len(siblings),
        "previous_module": siblings[position - 1] if position > 0 else None,
        "next_module": siblings[position + 1] if position + 1 < len(siblings) else None,
        "easy_read": easy_read,
        "module_body": body,
        "body_has_help_services": any(block.block_type == "help_services" for block in body),
        "reflections": reflections,
        "help_directory": help_directory_for_country(country=country_for_request(request)),
        "glossary_terms": glossary_terms_in_module(module=module),
        "glossary_page": GlossaryPage.objects.live().filter(locale_id=module.locale_id).first(),
    }
