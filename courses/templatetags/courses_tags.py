from urllib.parse import urlsplit

from django import template
from django.utils import translation
from django.utils.html import format_html

from ..selectors import evaluation_given

register = template.Library()


@register.filter
def get_item(mapping, key):
    """Look a key up in a dict: {{ reflections|get_item:block.id }}."""
    if not mapping:
        return None
    # Keys that came through a form or JSON are strings; ids in templates are ints.
    return mapping.get(key, mapping.get(str(key)))


@register.filter
def module_state(progress, module):
    """completed / started / not_started for a module in a CourseProgress."""
    return progress.state(module) if progress else "not_started"


@register.simple_tag(takes_context=True)
def course_url(context, progress) -> str:
    """The address of the course of a CourseProgress, worked out once."""
    return progress.course_url(context.get("request"))


@register.simple_tag(takes_context=True)
def module_url(context, progress, module) -> str:
    """The address of a module listed in a CourseProgress (its summary has no page)."""
    return progress.module_url(module, context.get("request"))


def _direction(language_code: str) -> str:
    return "rtl" if translation.get_language_info(language_code)["bidi"] else "ltr"


@register.simple_tag(takes_context=True)
def content_language(context, page=None):
    """` lang=".." dir=".."` for a page's own text when it is not in the interface's
    language (an English module under /ar/, say), so that it reads in its own direction."""
    page = page or context.get("page")
    language = getattr(getattr(page, "locale", None), "language_code", None)
    if not language or language == translation.get_language():
        return ""
    return format_html(' lang="{}" dir="{}"', language, _direction(language))


@register.simple_tag(takes_context=True)
def interface_language(context, page=None):
    """The interface's ` lang=".." dir=".."`, for the buttons and notes placed inside a
    page's text when the two differ (see content_language)."""
    page = page or context.get("page")
    language = getattr(getattr(page, "locale", None), "language_code", None)
    current = translation.get_language()
    if not language or language == current:
        return ""
    return format_html(' lang="{}" dir="{}"', current, _direction(current))


@register.inclusion_tag("courses/includes/untranslated_page.html", takes_context=True)
def untranslated_page_note(context, page=None):
    """Says that the page is not in the interface's language, and links the languages it
    is in. One query, only on such a page."""
    page = page or context.get("page")
    language = getattr(getattr(page, "locale", None), "language_code", None)
    current = translation.get_language()
    if not language or language == current:
        return {"show": False}
    request = context.get("request")
    others = []
    for other in page.get_translations(inclusive=True).live().public().select_related("locale"):
        # Each language's own address (a page's links otherwise keep the interface's).
        own_url = getattr(other, "own_url", None)
        url = own_url(request) if own_url else other.get_url(request)
        if url:
            code = other.locale.language_code
            others.append(
                {
                    "code": code,
                    "name": translation.get_language_info(code)["name_local"],
                    "url": url,
                }
            )
    others.sort(key=lambda item: item["code"] != language)
    return {
        "show": True,
        "language_name": translation.get_language_info(current)["name_translated"],
        "interface_code": current,
        "interface_dir": _direction(current),
        "translations": others,
    }


@register.simple_tag(takes_context=True)
def canonical_link(context, page=None):
    """A page served under another language's prefix names its own address as the
    canonical one, so that search engines see one page, not one per language."""
    page = page or context.get("page")
    request = context.get("request")
    own_url = getattr(page, "own_url", None)
    if own_url is None or request is None:
        return ""
    path = own_url(request)
    if not path or urlsplit(path).path == request.path:
        return ""
    return format_html('<link rel="canonical" href="{}">', request.build_absolute_uri(path))


@register.inclusion_tag("courses/includes/feedback_invitation.html", takes_context=True)
def feedback_invitation(context, course):
    """On a completed course's page: the invitation to its evaluation, until answered."""
    user = context["request"].user
    invite = user.is_authenticated and not evaluation_given(user=user, course_id=course.pk)
    return {"course": course, "invite": invite}
