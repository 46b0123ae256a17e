"""Pages for visitors without a session, served from the cache before the rest of the stack.

Course pages, module pages, the catalogue, the glossary and the home page are the same
for every visitor without a session but for the CSRF token in their forms (the language
switcher, the easy-read choice): each is kept with a hole where the token goes, with
the headers the whole middleware stack gave it, and each visitor gets a token of their
own in it. The key names the address, the country whose help services it lists and the
easy-read choice; the entry carries the release and the content versions it was
rendered under, so that an editor's change, which replaces a version, shows at once.
Each process also keeps the pages it served last in memory, and knows the content
versions without asking Redis (config/cache.py's mirror): such a page is served without
a round trip. Whoever has a session (signed in, or with messages waiting) always gets the page
rendered afresh.
"""

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.urls import Resolver404, resolve
from django.utils import translation

from safeguarding.selectors import country_for_request

from .delivery.caching import KEEP_SECONDS, InProcess, content_read, release
from .delivery.csrf import get_token
from .selectors import EASY_READ_COOKIE

# Where a CSRF token stands in a page.
_TOKEN = re.compile(rb'(?<=name="csrfmiddlewaretoken" value=")[^"]*')
# About 30 KB a page: a few megabytes a process.
_served = InProcess(size=200)


@dataclass(frozen=True)
class _Entry:
    versions: tuple
    headers: tuple[tuple[str, str], ...]
    # The page's bytes around the places where its CSRF token goes.
    parts: tuple[bytes, ...]


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
    country = country_for_request(request, language=language)
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
        kept = _served.get(key)
        versions, found = content_read(request, [] if kept else [key])
        stamp = (release(), *versions.values())
        if kept is not None and kept.versions != stamp:
            kept = cache.get(key)
        entry = kept or found.get(key)
        if entry is not None and entry.versions == stamp:
            _served.set(key, entry)
            return self._from_entry(request, entry)
        response = self.get_response(request)
        if (
            getattr(response, "same_for_every_visitor", False)
            and response.status_code == 200
            and not set(response.cookies) - {settings.CSRF_COOKIE_NAME}
        ):
            parts = tuple(_TOKEN.split(response.content))
            headers = tuple(
                (name, value)
                for name, value in response.headers.items()
                if name.lower() != "content-length"
            )
            entry = _Entry(stamp, headers, parts)
            cache.set(key, entry, timeout=KEEP_SECONDS)
            _served.set(key, entry)
        return response

    def _from_entry(self, request, entry: _Entry) -> HttpResponse:
        self.csrf.process_request(request)
        token = get_token(request).encode() if len(entry.parts) > 1 else b""
        response = HttpResponse(token.join(entry.parts), headers=entry.headers)
        return self.csrf.process_response(request, response)
