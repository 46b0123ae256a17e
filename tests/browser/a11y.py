"""axe-core on every page a journey visits, at a phone's width and a desktop's.

A journey watches each page it opens (`audit.watch(page)`) and calls
`audit.check(page)` on each screen it reaches. When the test ends, the `audit`
fixture fails it if axe found a serious or critical violation, if a page was
wider than a 320 px screen, or if the journey visited a page it never checked.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page

PHONE = {"width": 320, "height": 640}
DESKTOP = {"width": 1280, "height": 900}
WIDTHS = (PHONE, DESKTOP)
# WCAG 2.0, 2.1 and 2.2 at levels A and AA: what the platform promises.
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
    },
    "resultTypes": ["violations"],
}
BLOCKING = {"serious", "critical"}
# Wagtail's own admin is Wagtail's to make accessible, and the API's Swagger UI
# (drf-spectacular's, for the developers of an organisation's systems; the schema at
# /api/schema/ is the reference) is Swagger's; our pages are ours.
NOT_OURS = ("/admin/", "/api/docs/")
OUR_HOSTS = {"127.0.0.1", "localhost"}

# Every rule runs at the phone's width, where text is smallest and contrast thresholds are
# strictest. At the desktop's width only the rules whose results depend on where things
# are laid out run: the others read the document and its computed styles, which do not
# change with the width while no width-dependent rule of site.css sets a colour or hides
# or shows anything (tests/config/test_static_files.py holds it to that). Running all of
# them twice was a third of the journeys' time.
LAYOUT_RULES = ["target-size", "scrollable-region-focusable"]
AT_WIDTH = {
    PHONE["width"]: AXE_OPTIONS,
    DESKTOP["width"]: {
        "runOnly": {"type": "rule", "values": LAYOUT_RULES},
        "resultTypes": ["violations"],
    },
}

_axe = Axe()

# axe-core (570 KB) reaches each context once, as a string the context's documents keep
# (Audit.new_page), and is evaluated only in a document that is audited: sent through
# Playwright to each audited document instead, it took 50 to 90 ms a document, against
# about 20 ms to evaluate the kept string.
_AXE_KEPT = f"window.__axeSource = {json.dumps(_axe.axe_script)};"
_AXE_LOAD = """() => {
  if (typeof window.axe !== "undefined") return true;
  if (typeof window.__axeSource !== "string") return false;
  (0, eval)(window.__axeSource);
  return typeof window.axe !== "undefined";
}"""

# axe's results for every document audited in this process, by what it shows: the same
# markup under the same media features at the same width gives the same results, and the
# journeys open the same login page and home page dozens of times (axe was a third of their
# time). The CSRF token and CSP nonces change on every response and are left out; a page
# with a frame is always audited (its document is not in the markup).
_AUDITED: dict[str, dict] = {}
# Under pytest-xdist, a folder of this run's own that its workers share (set by the
# browser tests' conftest.py): the workers open many of the same pages (the sign-in page,
# the home page, each role's dashboard) and each audits a page only one of them has not.
shared_results: Path | None = None
_VOLATILE = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"|nonce="[^"]*"')
# What the page shows, read once at its present size: a width's fingerprint adds the
# width to it, so a page already audited at both widths is not resized at all.
_WHAT_IT_SHOWS = """() => {
  const media = ["print", "(prefers-color-scheme: dark)", "(forced-colors: active)",
                 "(prefers-contrast: more)", "(prefers-reduced-motion: reduce)"];
  if (document.querySelector("iframe, frame, object, embed")) return null;
  return media.map((query) => (matchMedia(query).matches ? "1" : "0")).join("")
    + document.documentElement.outerHTML;
}"""


# Only what the audit reports leaves the page: axe's whole result (every rule that passed
# or did not apply, with its description) is ten times the size, to serialise and send.
_AXE_RUN = """axe.run(%s).then((results) => results.violations.map((violation) => ({
  id: violation.id,
  impact: violation.impact,
  help: violation.help,
  nodes: violation.nodes.map((node) => ({target: node.target})),
})))"""


# The innermost elements that reach past the right edge, to say where to look.
_WIDE_ELEMENTS = """() => {
  const edge = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll("body *")].filter(
    (e) => e.getBoundingClientRect().right > edge + 1
  );
  return wide
    .filter((e) => !wide.some((other) => other !== e && e.contains(other)))
    .slice(0, 5)
    .map((e) => e.tagName.toLowerCase() + (e.className ? "." + e.className : ""));
}"""


def _fingerprint(shown: str | None, size: dict) -> str | None:
    if shown is None:
        return None
    what = f"{size['width']}x{size['height']}{_VOLATILE.sub('', shown)}"
    return hashlib.sha256(what.encode()).hexdigest()


def _run(page: Page, size: dict) -> dict:
    """axe's results (and, at the phone's width, how far the page scrolls sideways) for
    what the page shows now, at the size it has now."""
    if not page.evaluate(_AXE_LOAD):
        page.evaluate(_axe.axe_script)  # a page of a context Audit.new_page did not make
    results = {"violations": page.evaluate(_AXE_RUN % json.dumps(AT_WIDTH[size["width"]]))}
    if size is PHONE:
        results["overflow"] = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        results["wide"] = page.evaluate(_WIDE_ELEMENTS) if results["overflow"] > 0 else []
    return results


def _audited(fingerprint: str | None) -> dict | None:
    if fingerprint is None:
        return None
    if fingerprint not in _AUDITED and shared_results is not None:
        path = shared_results / f"{fingerprint}.json"
        if path.exists():
            _AUDITED[fingerprint] = json.loads(path.read_text())
    return _AUDITED.get(fingerprint)


def _remember(fingerprint: str | None, results: dict) -> None:
    if fingerprint is None:
        return
    _AUDITED[fingerprint] = results
    if shared_results is not None:
        # Written aside, then renamed: another worker reads a whole file or none.
        path = shared_results / f"{fingerprint}.json"
        partial = path.with_name(f"{path.name}.{os.getpid()}")
        partial.write_text(json.dumps(results))
        partial.replace(path)


def _page_key(url: str) -> str:
    return urlsplit(url).path


@dataclass
class Audit:
    visited: dict[str, str] = field(default_factory=dict)
    checked: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    report: list[dict] = field(default_factory=list)
    without_javascript: set = field(default_factory=set)
    # Requests to any host but the live server's: none, on any page (privacy notice).
    third_party: list[str] = field(default_factory=list)
    # The page (in a context of its own) that audits the pages of a context without
    # JavaScript, by that context.
    _twins: dict = field(default_factory=dict)

    def watch(self, page: Page) -> Page:
        """Remember every document the page loads, so none goes unchecked."""

        def navigated(frame):
            if frame == page.main_frame and frame.url.startswith("http"):
                self.visited.setdefault(_page_key(frame.url), frame.url)

        def requested(request):
            address = urlsplit(request.url)
            if address.scheme in {"http", "https"} and address.hostname not in OUR_HOSTS:
                self.third_party.append(f"{_page_key(page.url)} asked {request.url}")

        page.on("framenavigated", navigated)
        page.on("request", requested)
        return page

    def new_page(self, browser: Browser, **context_options) -> Page:
        context = browser.new_context(**{"viewport": DESKTOP, **context_options})
        context.add_init_script(_AXE_KEPT)
        page = self.watch(context.new_page())
        if context_options.get("java_script_enabled") is False:
            self.without_javascript.add(context)
        return page

    def check(self, page: Page) -> None:
        """Run axe at both widths on what the page shows now, then restore its size."""
        # A click that navigates returns once the new document is committed, which can be
        # before it has any markup: audit the document once it has loaded.
        page.wait_for_load_state("load")
        key = _page_key(page.url)
        self.checked.add(key)
        if any(part in key for part in NOT_OURS):
            return
        if page.context in self.without_javascript:
            # axe is JavaScript: it audits the same address, with the same cookies, in
            # a context of its own, kept for the next check of a page of that context.
            # (The page under test keeps JavaScript off.)
            twin = self._twins.get(page.context)
            if twin is None:
                context = page.context.browser.new_context(viewport=DESKTOP)
                context.add_init_script(_AXE_KEPT)
                twin = self._twins[page.context] = context.new_page()
            twin.context.clear_cookies()
            twin.context.add_cookies(page.context.cookies())
            twin.goto(page.url)
            self._run_axe(twin, key)
            return
        self._run_axe(page, key)

    def _run_axe(self, page: Page, key: str) -> None:
        original = page.viewport_size or DESKTOP
        shown = page.evaluate(_WHAT_IT_SHOWS)
        size = original
        try:
            for width in WIDTHS:
                fingerprint = _fingerprint(shown, width)
                results = _audited(fingerprint)
                if results is None:
                    if size != width:
                        page.set_viewport_size(width)
                        size = width
                    results = _run(page, width)
                    _remember(fingerprint, results)
                self._record(key, width, results)
        finally:
            if size != original:
                page.set_viewport_size(original)

    def _record(self, key: str, size: dict, results: dict) -> None:
        for violation in results["violations"]:
            if violation["impact"] not in BLOCKING:
                continue
            targets = [node["target"] for node in violation["nodes"][:5]]
            self.problems.append(
                f"{key} at {size['width']} px: {violation['id']} "
                f"({violation['impact']}) {violation['help']} on {targets}"
            )
        self.report.append(
            {
                "page": key,
                "width": size["width"],
                "violations": [
                    {"id": v["id"], "impact": v["impact"], "nodes": len(v["nodes"])}
                    for v in results["violations"]
                ],
            }
        )
        if results.get("overflow", 0) > 0:
            self.problems.append(
                f"{key} at 320 px: the page scrolls sideways by {results['overflow']} px,"
                f" past its edge: {results['wide']}"
            )

    def close(self) -> None:
        for twin in self._twins.values():
            twin.context.close()
        self._twins.clear()

    def unchecked(self) -> list[str]:
        return sorted(url for key, url in self.visited.items() if key not in self.checked)

    def write_report(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.report, indent=2))
