"""Languages: the switcher without JavaScript, and Arabic laid out right to left."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.a11y import PHONE
from tests.browser.journeys import screenshots, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_language_switcher_works_without_javascript(browser, site, audit):
    page = audit.new_page(browser, java_script_enabled=False, viewport=PHONE)
    page.goto(f"{site}/en/accounts/login/")
    audit.check(page)

    page.get_by_label("Language").select_option("ar")
    page.get_by_role("button", name="Change language").click()

    expect(page).to_have_url(re.compile(r"/ar/accounts/login/$"))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    audit.check(page)
    page.context.close()


def test_arabic_pages_read_right_to_left_without_breaking_the_layout(
    browser, demo, audit, screenshot_dir
):
    site = demo
    page = sign_in(audit, browser, site, "parent@demo.example")
    for path in ("/ar/", "/ar/help/", "/ar/dashboard/", "/ar/accounts/profile/"):
        response = page.goto(f"{site}{path}")
        assert response.ok, (path, response.status)
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
        expect(page.locator("html")).to_have_attribute("lang", "ar")
        # The header starts on the right: the site name sits right of the main menu.
        name_box = page.locator(".site-name").bounding_box()
        menu_box = page.get_by_role("navigation", name=re.compile(".")).first.bounding_box()
        assert name_box["x"] + name_box["width"] > menu_box["x"] + menu_box["width"] - 1, path
        audit.check(page)  # axe at 320 and 1280 px, and nothing scrolls sideways
    screenshots(page, screenshot_dir, "arabic-profile")
    page.context.close()


def test_switching_language_on_a_module_shows_the_whole_interface_in_it(browser, demo, audit):
    from courses.models import ModulePage

    site = demo
    module = ModulePage.objects.live().get(slug="words-matter", locale__language_code="en")
    page = audit.new_page(browser)
    page.goto(f"{site}{module.url}")
    audit.check(page)

    # No German version: the English text under a German interface, and a note.
    page.get_by_label("Language").select_option("de")
    page.get_by_role("button", name="Change language").click()
    expect(page).to_have_url(
        re.compile(r"/de/courses/protecting-children-at-school/words-matter/$")
    )
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.get_by_role("button", name="Sprache ändern")).to_be_visible()
    note = page.get_by_role("note").filter(has_text="Diese Seite gibt es noch nicht auf Deutsch")
    expect(note).to_be_visible()
    expect(note.get_by_role("link", name="English")).to_be_visible()
    expect(page.locator("main")).to_have_attribute("lang", "en")
    audit.check(page)

    # The way on keeps the German interface.
    page.get_by_role("navigation", name="Brotkrumennavigation").get_by_role("link").last.click()
    expect(page.locator("html")).to_have_attribute("lang", "de")
    audit.check(page)

    # Arabic: right to left around the English text, which stays left to right.
    page.goto(f"{site}{module.url}")
    page.get_by_label("Language").select_option("ar")
    page.get_by_role("button", name="Change language").click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("main")).to_have_attribute("dir", "ltr")
    expect(page.locator(".untranslated-page")).to_have_attribute("dir", "rtl")
    audit.check(page)

    # A course that has a German translation: the switcher goes to it.
    parents = ModulePage.objects.live().get(
        slug="your-childs-online-world", locale__language_code="en"
    )
    page.goto(f"{site}{parents.url}")
    audit.check(page)
    page.get_by_label("Language").select_option("de")
    page.get_by_role("button", name="Change language").click()
    expect(page).to_have_url(re.compile(r"/de/courses/dein-kind-sicher-im-netz/"))
    expect(page.locator(".untranslated-page")).to_have_count(0)
    audit.check(page)
    page.context.close()
