from http import HTTPStatus
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET, require_POST
from django.views.i18n import set_language as django_set_language
from wagtail.models import Locale, Page

from . import health


@never_cache
@require_GET
def healthz(request):
    """Report the database, the cache and the broker: 200 when all answer, 503 otherwise,
    naming each part and its state."""
    checks = {
        "database": "ok" if health.database_ok() else "unavailable",
        "cache": "ok" if health.cache_ok() else "unavailable",
        "broker": "ok" if health.broker_ok() else "unavailable",
    }
    healthy = all(state == "ok" for state in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks},
        status=HTTPStatus.OK if healthy else HTTPStatus.SERVICE_UNAVAILABLE,
    )


# Pages that are someone's own, or show children's data: never indexed.
ROBOTS_PRIVATE_URLS = (
    "account_login",
    "accounts_organisations",
    "courses_dashboard",
    "classrooms_join",
    "classrooms_dashboard",
    "mentoring_home",
    "mentoring_join",
    "notifications_preferences",
)


@require_GET
@cache_control(public=True, max_age=24 * 60 * 60)
def robots_txt(request):
    """Search engines may index the courses and the help page, nothing personal."""
    lines = ["User-agent: *"]
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            lines.append(f"Allow: /{language}/courses/")
            lines.append(f"Allow: {reverse('help')}")
            # A section's prefix: /en/accounts/login/ -> /en/accounts/
            prefixes = {
                "/".join(reverse(name).split("/")[:3]) + "/" for name in ROBOTS_PRIVATE_URLS
            }
            prefixes |= {reverse("safeguarding_concern_new"), reverse("safeguarding_concerns")}
            prefixes |= {f"/{language}/learn/", f"/{language}/certificates/"}
            lines.extend(f"Disallow: {prefix}" for prefix in sorted(prefixes))
    lines += [
        f"Disallow: {reverse('wagtailadmin_home')}",
        f"Disallow: {reverse('admin:index')}",
        "Disallow: /healthz",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@never_cache
@require_GET
def healthz_live(request):
    """The process answers: for an orchestrator's liveness check, which must not restart
    a web process because Redis or the database is down."""
    return JsonResponse({"status": "ok"})


@require_POST
def set_language(request):
    """Django's set_language, which also follows a Wagtail page to its translation.

    Page slugs differ between languages, so the plain URL prefix swap would miss. A page
    with no translation in the chosen language is shown under that language's prefix
    where it can be (the page then says it is not translated and links the languages it
    has); a page only the visitor's tree holds stays put and says so in the chosen
    language.
    """
    response = django_set_language(request)
    language = request.POST.get("language", "")
    page_id = request.POST.get("page", "")
    if not (page_id.isascii() and page_id.isdigit()) or language not in dict(settings.LANGUAGES):
        return response
    page = Page.objects.live().public().filter(pk=int(page_id)).first()
    if page is None or page.get_url(request) is None:
        return response  # gone, or not a routable page (the tree's root, say)
    locale = Locale.objects.filter(language_code=language).first()
    translated = page.get_translation_or_none(locale) if locale else None
    if translated is not None and translated.live:
        response["Location"] = translated.get_url(request)
        return response
    elsewhere = _page_under_language(request, page, language)
    if elsewhere:
        response["Location"] = elsewhere
        return response
    with translation.override(language):
        text = _("This page is not available in %(language)s yet.") % {
            "language": get_language_info(language)["name_translated"]
        }
    messages.info(request, text, extra_tags=f"lang:{language}")
    response["Location"] = page.get_url(request)
    return response


def _page_under_language(request, page: Page, language: str) -> str | None:
    """The page (or its default-language version) at /<language>/...: pages of the
    default language are served under every language's interface (courses.models.
    InEveryLanguageMixin)."""
    default = Locale.get_default()
    source = page if page.locale_id == default.pk else page.get_translation_or_none(default)
    if source is None or not source.live:
        return None
    with translation.override(language):
        url = source.specific.get_url(request) or ""
    return url if urlsplit(url).path.startswith(f"/{language}/") else None
