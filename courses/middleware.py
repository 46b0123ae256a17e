"""Pages for visitors without a session, served from the cache before the rest of the stack.

Course pages, module pages, the catalogue, the glossary and the home page are the same
for every visitor without a session but for the CSRF token in their forms (the language
switcher, the easy-read choice): each is kept with a hole where the token goes, with
the headers the whole middleware stack gave it, and each visitor gets a token of their
own in it. The key names the address, the country whose help services it lists and the
easy-read choice; the entry carries the release and the content versions it was
rendered under, so that an editor's change, which replaces a version, shows at once.
Whoever has a session (signed in, or with messages waiting) always gets the page
rendered afresh.
"""

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.urls import Resolver404, resolve
from django.utils import translation

from safeguarding.selectors import country_for_request

from .delivery.caching import KEEP_SECONDS, content_read, release
from .selectors import EASY_READ_COOKIE

_TOKEN = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')
_HOLE = "\x00csrf-token\x00"


@dataclass(frozen=True)
class _Entry:
    versions: tuple
    headers: tuple[tuple[str, str], ...]
    html: str


@lru_cache(maxsize=4096)
def _page_language(path: str) -> str | None:
    """The language of the page tree's address `path`; None when another view has it.

    Only the page tree's pages can be kept, so no other request waits on Redis for them.
    """
    from .delivery.routing import serve

    language = translation.get_language_from_path(path)
    if language is None:
        return None
    with translation.override(language):
        try:
            match = resolve(path)
        except Resolver404:
            return None
    return language if match.func is serve else None


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
    language = _page_language(request.path_info)
    if language is None:
        return None
    with translation.override(language):
        country = country_for_request(request)
    address = f"{request.scheme}://{request.get_host()}{request.path}"
    variant = f"{country}:{request.COOKIES.get(EASY_READ_COOKIE) == '1'}"
    digest = hashlib.blake2b(f"{address} {variant}".encode(), digest_size=16).hexdigest()
    return f"courses:anonymous-page:{digest}"


class AnonymousPageCacheMiddleware:
    """Serves and keeps pages that the page models marked as the same for every visitor.

    Right after the security and static-file middleware: a page served from the cache
    skips the rest of the stack, and gets from the entry the headers that the stack gave
    the page when it was rendered (the content security policy, the language, Vary),
    and from Django's CSRF middleware its token and cookie.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.csrf = CsrfViewMiddleware(get_response)

    def __call__(self, request):
        key = _key(request)
        if key is None:
            return self.get_response(request)
        versions, found = content_read(request, [key])
        stamp = (release(), *versions.values())
        entry = found.get(key)
        if entry is not None and entry.versions == stamp:
            return self._from_entry(request, entry)
        response = self.get_response(request)
        if (
            getattr(response, "same_for_every_visitor", False)
            and response.status_code == 200
            and not set(response.cookies) - {settings.CSRF_COOKIE_NAME}
        ):
            html = _TOKEN.sub(rf"\g<1>{_HOLE}\g<2>", response.content.decode(response.charset))
            headers = tuple(
                (name, value)
                for name, value in response.headers.items()
                if name.lower() != "content-length"
            )
            cache.set(key, _Entry(stamp, headers, html), timeout=KEEP_SECONDS)
        return response

    def _from_entry(self, request, entry: _Entry) -> HttpResponse:
        self.csrf.process_request(request)
        response = HttpResponse(entry.html.replace(_HOLE, get_token(request)))
        for name, value in entry.headers:
            response[name] = value
        return self.csrf.process_response(request, response)
