"""The demo parent's path through the parents' course, in English, in a real browser.

The Dutch path, from sign-up to a verified certificate, is test_parent_journey.py.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.journeys import EN, complete_course, demo_quizzes, screenshots, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_demo_parent_enrols_fails_then_passes_and_completes_the_course(
    browser, demo, audit, screenshot_dir
):
    page = sign_in(audit, browser, demo, "parent@demo.example")
    page.goto(f"{demo}/en/courses/keeping-your-child-safe-online/")
    audit.check(page)
    page.get_by_role("button", name="Enrol in this course").click()
    expect(page.get_by_text("Your progress: 0%")).to_be_visible()
    audit.check(page)

    assert complete_course(page, audit, demo_quizzes("parents"), EN)

    page.goto(f"{demo}/en/dashboard/")
    expect(page.get_by_role("heading", name="Completed")).to_be_visible()
    expect(page.get_by_role("link", name="Keeping your child safe online")).to_be_visible()
    expect(page.get_by_text(re.compile("Knowledge gain"))).to_be_visible()
    audit.check(page)
    screenshots(page, screenshot_dir, "dashboard")

    # The completed course asks two optional questions, once.
    page.get_by_role("link", name="Keeping your child safe online").click()
    audit.check(page)
    page.get_by_role("link", name="Tell us what you thought (two questions, anonymous)").click()
    audit.check(page)
    page.get_by_role("button", name="Send my answers").click()  # nothing chosen yet
    expect(page.get_by_text("This field is required.").first).to_be_visible()
    audit.check(page)
    page.get_by_label("Very useful").check()
    page.get_by_label("Quite confident").check()
    page.get_by_label("Anything else you want to tell us? (optional)").fill("Clear and calm.")
    page.get_by_role("button", name="Send my answers").click()
    expect(
        page.get_by_text("Thank you. Your answers help make this course better.")
    ).to_be_visible()
    expect(
        page.get_by_role("link", name="Tell us what you thought (two questions, anonymous)")
    ).to_have_count(0)
    audit.check(page)
    page.context.close()
