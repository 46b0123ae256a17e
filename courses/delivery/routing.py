"""Where a request's path leads, without a query: a map in each process from the host,
language and path to the live page, valid while the pages version stays the same.

Wagtail routes every request with a query for the site and more for the page (half of
a signed-in module page's time). Every change that could move a path to another page,
or close it (a publish, an unpublish, a move, a deletion, a site or a view restriction
saved), replaces the pages version in Redis (courses.delivery.caching), and with it this map in
every process. Wagtail keeps its routing on the request (`_wagtail_site`,
`_wagtail_route_for_request`), so the map fills those in and Wagtail's own serve view
does the rest as always: view restrictions, page hooks, the page's serve().
"""

import copy
import threading
from collections import OrderedDict
from dataclasses import dataclass

from django.conf import settings
from django.urls import re_path
from django.utils import translation
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.blocks import StreamValue
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from .caching import PAGES, content_read

# The addresses each process keeps, the most recently read first out: a module page's
# entry holds its body, about 16 KB, so at most about 32 MB a process. A site has a few
# hundred pages in each language, the most read far fewer.
LIMIT = 2_000


@dataclass(frozen=True)
class _Route:
    site: Site
    site_root_paths: list
    page: Page
    restricted: bool


# (pages version, {(host, port, language, path): route}, lock); replaced, never
# emptied, when the version moves on, so a thread reading the old one is never disturbed.
_map: tuple[str | None, OrderedDict, threading.Lock] = (None, OrderedDict(), threading.Lock())


def _routes(request) -> tuple[OrderedDict, threading.Lock]:
    global _map
    versions, _found = content_read(request, [])
    version, routes, lock = _map
    if version != versions[PAGES]:
        routes, lock = OrderedDict(), threading.Lock()
        _map = (versions[PAGES], routes, lock)
    return routes, lock


def _key(request, path: str) -> tuple:
    return (request.get_host(), request.get_port(), translation.get_language(), path)


def _fresh(page: Page) -> Page:
    """A copy of the page for one request, its StreamFields not yet read.

    A copy, so that what one request notes on its page never reaches the next; unread,
    because read blocks hold the quizzes, images and documents they name, which change
    under versions of their own.
    """
    fresh = copy.copy(page)
    for field in page._meta.concrete_fields:
        value = page.__dict__.get(field.attname)
        if isinstance(value, StreamValue):
            fresh.__dict__[field.attname] = StreamValue(
                value.stream_block, list(value.raw_data), is_lazy=True
            )
    return fresh


def _has_session(request) -> bool:
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def _still_there(request, page: Page) -> bool:
    """Whether the page is still live at its address, for readers with a session.

    They see their own state, so their page is checked against its row (a change made
    without Wagtail's signals, by a script say, leaves the version as it was), in a
    query of its own, or in the page's own query (module pages: checks_own_route).
    Pages for visitors without a session trust the signals, as their cache does.
    """
    if not _has_session(request) or page.checks_own_route:
        return True
    return Page.objects.filter(pk=page.pk, live=True, url_path=page.url_path).exists()


def serve(request, path: str):
    """Wagtail's serve view, routed from the map when the path is in it."""
    routes, lock = _routes(request)
    key = _key(request, path)
    with lock:
        route = routes.get(key)
        if route is not None:
            routes.move_to_end(key)
    if route is not None and not _still_there(request, route.page):
        with lock:
            routes.pop(key, None)
        route = None
    if route is not None:
        page = _fresh(route.page)
        page.view_restrictions_known_absent = not route.restricted
        page.route_unchecked = _has_session(request) and page.checks_own_route
        request._wagtail_site = route.site
        request._wagtail_cached_site_root_paths = route.site_root_paths
        request._wagtail_route_for_request = RouteResult(page)
    else:
        result = Page.route_for_request(request, path)  # kept on the request for serve()
        if result is not None and not result.args and not result.kwargs:
            page = result.page
            page.locale  # noqa: B018 (read now, so that every copy has it without a query)
            route = _Route(
                site=Site.find_for_request(request),
                site_root_paths=Site.get_site_root_paths(),
                page=_fresh(page),
                restricted=Page.get_view_restrictions(page).exists(),
            )
            with lock:
                routes[key] = route
                if len(routes) > LIMIT:
                    routes.popitem(last=False)
    return wagtail_views.serve(request, path)


# Wagtail's own URLs (the page-privacy views), with this view in place of its page view:
# the same pattern and name, so page addresses reverse as before.
urlpatterns = [
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve"),
]
