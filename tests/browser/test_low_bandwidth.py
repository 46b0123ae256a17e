"""What a learner's phone downloads: byte budgets on a cold cache, and no JavaScript needed.

Bytes are counted as Chromium received them (the DevTools protocol's
encodedDataLength: headers and bodies, after any compression). The test server
sends static files uncompressed, where production's WhiteNoise sends them gzipped
or brotli-compressed, so these figures are an upper bound. That the same pages work
without JavaScript is shown by test_young_learner_journey.py and test_courses_journey.py.
"""

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import Browser, expect

from tests.browser.a11y import PHONE
from tests.browser.journeys import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MODULE_BUDGET = 200_000  # a module page without video
PAGE_BUDGET = 500_000  # any page


@pytest.fixture
def learner_cookies(demo, browser: Browser):
    """The demo parent, enrolled in the parents' course, signed in once."""
    site = demo
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{site}/en/accounts/login/")
    page.get_by_label("Email or username").fill("parent@demo.example")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    page.goto(f"{site}/en/courses/keeping-your-child-safe-online/")
    page.get_by_role("button", name="Enrol in this course").click()
    cookies = context.cookies()
    context.close()
    return cookies


def _first_load(browser: Browser, cookies, url: str) -> tuple[int, list[str]]:
    """Bytes over the wire to load the page in a new context (an empty cache)."""
    context = browser.new_context(viewport=PHONE)
    context.add_cookies(cookies)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    received = {}
    urls = {}
    cdp.on(
        "Network.requestWillBeSent", lambda e: urls.__setitem__(e["requestId"], e["request"]["url"])
    )
    cdp.on(
        "Network.loadingFinished",
        lambda e: received.__setitem__(e["requestId"], e["encodedDataLength"]),
    )
    response = page.goto(url, wait_until="networkidle")
    assert response.ok, (url, response.status)
    context.close()
    return sum(received.values()), sorted(urls[r] for r in received if r in urls)


def test_learner_pages_stay_within_their_byte_budgets(browser, site, learner_cookies):
    from courses.models import ModulePage

    module = ModulePage.objects.live().get(
        slug="your-childs-online-world", locale__language_code="en"
    )
    assert not any(block.block_type == "video" for block in module.body), (
        "pick a module without video"
    )
    with translation.override("en"):
        quiz_url = reverse("courses_quiz", args=[module.pk, module.quiz_ids()[0]])
    pages = {
        "module page": (f"{site}{module.url}", MODULE_BUDGET),
        "quiz page": (f"{site}{quiz_url}", PAGE_BUDGET),
        "dashboard": (f"{site}/en/dashboard/", PAGE_BUDGET),
    }
    report = {}
    for name, (url, budget) in pages.items():
        total, resources = _first_load(browser, learner_cookies, url)
        report[name] = total
        assert total < budget, f"{name}: {total:,} bytes over {budget:,}: {resources}"
    print("\nBytes on a cold cache:", {name: f"{size:,}" for name, size in report.items()})
