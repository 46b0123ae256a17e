"""Module pages for visitors without a session, served from the cache before Wagtail routes.

Such a page is the same for every visitor but for the CSRF token in its forms: it is
kept with a hole where the token goes, and each visitor gets a token of their own in it.
The key names the address, the country whose help services it lists and the easy-read
choice; the entry carries the release and the content versions it was rendered under,
so that an editor's change, which replaces a version, shows at once. Whoever has a
session (signed in, or with messages waiting) always gets the page rendered afresh.
"""

import hashlib
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token

from safeguarding.selectors import country_for_request

from .caching import KEEP_SECONDS, content_read, release
from .selectors import EASY_READ_COOKIE

_TOKEN = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')
_HOLE = "\x00csrf-token\x00"


@dataclass(frozen=True)
class _Entry:
    versions: tuple
    content_type: str
    html: str


def _key(request) -> str | None:
    """The page's key, or None when this request must not be served from the cache."""
    if (
        request.method != "GET"
        or request.META.get("QUERY_STRING")
        or settings.SESSION_COOKIE_NAME in request.COOKIES
        # Messages wait in a cookie when there is no session.
        or "messages" in request.COOKIES
    ):
        return None
    address = f"{request.scheme}://{request.get_host()}{request.path}"
    variant = f"{country_for_request(request)}:{request.COOKIES.get(EASY_READ_COOKIE) == '1'}"
    digest = hashlib.blake2b(f"{address} {variant}".encode(), digest_size=16).hexdigest()
    return f"courses:anonymous-page:{digest}"


class AnonymousPageCacheMiddleware:
    """Serves and keeps pages that ModulePage.serve marked as the same for every visitor.

    Last in MIDDLEWARE, so that every other middleware treats a page served from the
    cache as it treats one rendered: security headers, the CSRF cookie, the language.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = _key(request)
        if key is None:
            return self.get_response(request)
        versions, found = content_read(request, [key])
        stamp = (release(), *versions.values())
        entry = found.get(key)
        if entry is not None and entry.versions == stamp:
            html = entry.html.replace(_HOLE, get_token(request))
            return HttpResponse(html, content_type=entry.content_type)
        response = self.get_response(request)
        if (
            getattr(response, "same_for_every_visitor", False)
            and response.status_code == 200
            and not set(response.cookies) - {settings.CSRF_COOKIE_NAME}
        ):
            html = _TOKEN.sub(rf"\g<1>{_HOLE}\g<2>", response.content.decode(response.charset))
            entry = _Entry(versions=stamp, content_type=response["Content-Type"], html=html)
            cache.set(key, entry, timeout=KEEP_SECONDS)
        return response
