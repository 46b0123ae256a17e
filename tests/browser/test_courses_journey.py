import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.a11y import PHONE
from tests.browser.journeys import screenshots

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_a_newcomer_browses_filters_reads_on_a_phone_and_switches_to_dutch(
    browser, site, demo, audit, screenshot_dir
):
    page: Page = audit.new_page(browser, viewport=PHONE, locale="nl-NL")

    page.goto(f"{site}/en/")
    audit.check(page)
    page.get_by_role("link", name="Courses", exact=True).first.click()
    expect(page.get_by_role("heading", name="Courses", level=1)).to_be_visible()
    audit.check(page)
    for title in (
        "Keeping your child safe online",
        "Becoming a peer expert",
        "Staying safe online",
    ):
        expect(page.get_by_role("link", name=title)).to_be_visible()

    page.get_by_role("link", name="Parents and caregivers").click()
    expect(page).to_have_url(re.compile(r"audience=parent"))
    expect(page.get_by_role("link", name="Becoming a peer expert")).to_have_count(0)
    audit.check(page)
    page.get_by_role("link", name="Keeping your child safe online").click()
    audit.check(page)
    page.get_by_role("link", name="Start the first module").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your child's online world")
    # The help services for the browser's country (nl-NL) are on the page.
    expect(page.get_by_text("De Kindertelefoon").first).to_be_visible()
    audit.check(page)
    screenshots(page, screenshot_dir, "module")

    page.get_by_role("link", name="Next:").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Spotting grooming and sexual extortion"
    )
    audit.check(page)

    page.get_by_label("Language").select_option("nl")
    page.get_by_role("button", name="Change language").click()
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Grooming en seksuele afpersing herkennen"
    )
    audit.check(page)
    screenshots(page, screenshot_dir, "module-nl")
    page.context.close()


def test_the_easy_read_choice_is_remembered_without_javascript(browser, site, demo, audit):
    page = audit.new_page(browser, viewport=PHONE, java_script_enabled=False)
    page.goto(f"{site}/en/courses/staying-safe-online/who-is-really-there/")
    audit.check(page)

    page.get_by_role("button", name="Show the easy-read version").click()
    expect(page.get_by_text("You are reading the easy-read version.")).to_be_visible()
    audit.check(page)

    page.get_by_role("link", name="Next:").click()
    expect(page.get_by_text("You are reading the easy-read version.")).to_be_visible()
    audit.check(page)
    page.get_by_role("button", name="Show the full version").click()
    expect(page.get_by_role("button", name="Show the easy-read version")).to_be_visible()
    page.context.close()


def test_scenario_choices_open_with_the_keyboard(page, site, demo, audit):
    audit.watch(page)
    page.goto(f"{site}/en/courses/keeping-your-child-safe-online/your-childs-online-world/")
    audit.check(page)
    first_choice = page.locator(".scenario summary").first

    first_choice.focus()
    page.keyboard.press("Enter")

    expect(page.locator(".scenario details").first).to_have_attribute("open", "")
