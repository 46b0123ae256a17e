"""Caches that module pages share between readers, in Redis, keyed so that a change shows at once.

Every key names what its value depends on. Pages are keyed on their live revision; what a
revision does not pin (other pages' titles and order, glossary terms, help services,
quizzes, images and documents) has a version per kind, which a signal replaces whenever
an editor changes one. Nothing cached here depends on who reads it: fragments are rendered
without a request, so they cannot hold a user, a session or a CSRF token.
"""

import hashlib
import threading
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache as once
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

# The kinds of content a shared fragment shows, each with a version of its own.
PAGES = "pages"  # titles, URLs, order and state of pages; sites; view restrictions
GLOSSARY = "glossary"
HELP = "help"
QUIZZES = "quizzes"
MEDIA = "media"  # images and documents
KINDS = (PAGES, GLOSSARY, HELP, QUIZZES, MEDIA)

# Keys change when content does, so old entries are never read again; they only
# have to leave Redis some time.
KEEP_SECONDS = 60 * 60 * 24


def _version_key(kind: str) -> str:
    return f"courses:version:{kind}"


_VERSION_KEYS = [_version_key(kind) for kind in KINDS]


def bump(kind: str) -> None:
    """Give a kind of content a new version, now and again once the transaction commits.

    A reader between the two may rebuild a fragment from the not yet committed state;
    the second version leaves that fragment behind.
    """
    _set_version(kind)
    transaction.on_commit(lambda: _set_version(kind))


def _set_version(kind: str) -> None:
    value = uuid.uuid4().hex[:12]
    if hasattr(caches["default"], "set_mirrored"):
        # Every process keeps the versions in memory and is told of this one at once.
        cache.set_mirrored(_version_key(kind), value)
    else:
        cache.set(_version_key(kind), value, timeout=None)


def _versions_read(keys: list[str]) -> dict:
    """These keys and the content versions: the versions from this process's memory
    where the cache keeps them there (config/cache.py), in one round trip otherwise."""
    backend = caches["default"]
    mirrored = backend.get_mirrored(_VERSION_KEYS) if hasattr(backend, "get_mirrored") else None
    if mirrored is None:
        return backend.get_many([*keys, *_VERSION_KEYS])
    return {**(backend.get_many(keys) if keys else {}), **mirrored}


def content_read(request, keys: list[str]) -> tuple[dict[str, str], dict]:
    """The content versions (read once per request) and these keys."""
    versions = getattr(request, "_courses_versions", None)
    if versions is not None:
        return versions, (cache.get_many(keys) if keys else {})
    found = _versions_read(keys)
    versions = {}
    for kind in KINDS:
        value = found.get(_version_key(kind))
        if value is None:
            # Redis was emptied, or never held it: start a version.
            value = uuid.uuid4().hex[:12]
            if not cache.add(_version_key(kind), value, timeout=None):
                value = cache.get(_version_key(kind), value)
        versions[kind] = value
    if request is not None:
        request._courses_versions = versions
    return versions, found


@once
def release() -> str:
    """A digest of the templates, translations and this app's code, so that a deploy
    never serves HTML that the previous release rendered."""
    digest = hashlib.blake2b(digest_size=6)
    folders = [*settings.TEMPLATES[0]["DIRS"], *settings.LOCALE_PATHS, Path(__file__).parents[1]]
    for folder in folders:
        for path in sorted(Path(folder).rglob("*")):
            if path.suffix in {".html", ".mo", ".py"}:
                digest.update(path.read_bytes())
    return digest.hexdigest()


class InProcess:
    """The values this process used last, by key: for values that are a function of
    their key alone (the key names every version they depend on), so that reading one
    again needs no round trip to Redis."""

    def __init__(self, size: int):
        self.size = size
        self._values: OrderedDict[str, object] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str):
        with self._lock:
            value = self._values.get(key)
            if value is not None:
                self._values.move_to_end(key)
            return value

    def set(self, key: str, value) -> None:
        with self._lock:
            self._values[key] = value
            self._values.move_to_end(key)
            if len(self._values) > self.size:
                self._values.popitem(last=False)


_fragments = InProcess(size=500)


def fragment(request, name: str, parts: tuple, build):
    """The cached value of a shared fragment, or build() stored under its key.

    The key holds the parts given (what the fragment shows), the site, the language,
    the content versions and the release: in this process's memory, else in Redis.
    """
    site = Site.find_for_request(request) if request is not None else None
    versions, _found = content_read(request, [])
    key = ":".join(
        str(part)
        for part in (
            "courses",
            name,
            release(),
            site.pk if site else "-",
            translation.get_language(),
            *parts,
            *(versions[kind] for kind in KINDS),
        )
    )
    value = _fragments.get(key)
    if value is not None:
        return value
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout=KEEP_SECONDS)
    _fragments.set(key, value)
    return value


# Routes -----------------------------------------------------------------------


@dataclass(frozen=True)
class Route:
    """Where a path under a home page led: checked against the page row on every use."""

    model: str
    page_id: int
    restricted: bool
    pages_version: str


def _route_key(home: Page, path_components: list[str]) -> str:
    digest = hashlib.blake2b("/".join(path_components).encode(), digest_size=12).hexdigest()
    return f"courses:route:{home.pk}:{digest}"


def route_cached(*, request, home: Page, path_components: list[str]) -> Page | None:
    """The live page this path leads to, from the route cache and one query; else None.

    The page row must still be live and still at this path, so a page moved, renamed or
    unpublished since is routed afresh. A change of view restrictions changes the pages
    version, and with it whether the restriction check may be skipped.
    """
    key = _route_key(home, path_components)
    versions, found = content_read(request, [key])
    route = found.get(key)
    if route is None or route.pages_version != versions[PAGES]:
        return None
    model = apps.get_model(route.model)
    url_path = home.url_path + "/".join(path_components) + "/"
    try:
        page = model.objects.select_related("locale").get(
            pk=route.page_id, live=True, url_path=url_path
        )
    except model.DoesNotExist:
        return None
    if not route.restricted:
        page.view_restrictions_known_absent = True
    return page


def route_remember(*, request, home: Page, path_components: list[str], page: Page) -> None:
    """Remember where the path led, for pages Wagtail routes in the plain way."""
    if type(page).route is not Page.route:
        return
    versions, _found = content_read(request, [])
    route = Route(
        model=page._meta.label_lower,
        page_id=page.pk,
        restricted=page.get_view_restrictions().exists(),
        pages_version=versions[PAGES],
    )
    cache.set(_route_key(home, path_components), route, timeout=KEEP_SECONDS)


def _fallback_key(home: Page, path_components: list[str]) -> str:
    digest = hashlib.blake2b("/".join(path_components).encode(), digest_size=12).hexdigest()
    return f"courses:route-fallback:{home.pk}:{digest}"


def route_fallback_cached(*, request, home: Page, path_components: list[str]) -> int | None:
    """The default language's home page id, if this language's tree was found not to
    hold the path (while no page has changed since); else None."""
    key = _fallback_key(home, path_components)
    versions, found = content_read(request, [key])
    entry = found.get(key)
    if entry is None or entry[1] != versions[PAGES]:
        return None
    return entry[0]


def route_fallback_remember(*, request, home: Page, path_components: list[str], to: Page) -> None:
    versions, _found = content_read(request, [])
    cache.set(_fallback_key(home, path_components), (to.pk, versions[PAGES]), timeout=KEEP_SECONDS)


# What changes which version ---------------------------------------------------


def _pages_changed(sender, instance, **kwargs):
    if isinstance(instance, Page | Site | PageViewRestriction):
        bump(PAGES)


def _bumps(kind: str):
    def handler(sender, **kwargs):
        bump(kind)

    return handler


def connect_signals() -> None:
    """Connect the version bumps (from CoursesConfig.ready)."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from quizzes.models import Quiz
    from safeguarding.models import HelpService

    from ..models import GlossaryTerm

    # Any page saved (a publish, an unpublish, a script), moved or deleted: pages are
    # saved far less often than read, so every kind of change simply counts.
    page_signals = {
        "saved": post_save,
        "deleted": post_delete,
        "published": page_published,
        "unpublished": page_unpublished,
        "moved": post_page_move,
    }
    for name, signal in page_signals.items():
        signal.connect(_pages_changed, dispatch_uid=f"courses_cache_pages_{name}")
    for kind, models in (
        (GLOSSARY, [GlossaryTerm]),
        (HELP, [HelpService]),
        (QUIZZES, [Quiz]),
        (MEDIA, [get_image_model(), get_document_model()]),
    ):
        for model in models:
            for name, signal in (("saved", post_save), ("deleted", post_delete)):
                signal.connect(
                    _bumps(kind),
                    sender=model,
                    weak=False,
                    dispatch_uid=f"courses_cache_{kind}_{model._meta.label_lower}_{name}",
                )
