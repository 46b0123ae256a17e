from http import HTTPStatus

from django.conf import settings
from django.contrib import messages
from django.http import JsonResponse
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from django.views.i18n import set_language as django_set_language
from wagtail.models import Locale, Page

from . import health


@never_cache
@require_GET
def healthz(request):
    """Report the database and the broker: 200 when both answer, 503 otherwise."""
    checks = {
        "database": "ok" if health.database_ok() else "unavailable",
        "broker": "ok" if health.broker_ok() else "unavailable",
    }
    healthy = all(state == "ok" for state in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks},
        status=HTTPStatus.OK if healthy else HTTPStatus.SERVICE_UNAVAILABLE,
    )


@require_POST
def set_language(request):
    """Django's set_language, which also follows a Wagtail page to its translation.

    Page slugs differ between languages, so the plain URL prefix swap would miss. When
    the page is not translated yet, the visitor stays on it and is told so.
    """
    response = django_set_language(request)
    language = request.POST.get("language", "")
    page_id = request.POST.get("page", "")
    if not (page_id.isascii() and page_id.isdigit()) or language not in dict(settings.LANGUAGES):
        return response
    page = Page.objects.live().public().filter(pk=int(page_id)).first()
    if page is None:
        return response
    locale = Locale.objects.filter(language_code=language).first()
    translation = page.get_translation_or_none(locale) if locale else None
    target = translation if translation is not None and translation.live else page
    if target.get_url(request) is None:
        return response  # not a routable page (the tree's root, say)
    if target is translation:
        response["Location"] = translation.get_url(request)
    else:
        language_name = get_language_info(language)["name_translated"]
        messages.info(
            request,
            _("This page is not available in %(language)s yet.") % {"language": language_name},
        )
        response["Location"] = page.get_url(request)
    return response
