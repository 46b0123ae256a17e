"""A pupil joins a class by code on a phone, without e-mail and without JavaScript."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.a11y import PHONE
from tests.browser.journeys import demo_quizzes, screenshots

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _focused(page: Page) -> dict:
    # Locators, not page.evaluate: the page runs without JavaScript.
    focused = page.locator(":focus")
    return {
        "id": focused.get_attribute("id") or "",
        "type": focused.get_attribute("type") or "",
        "name": focused.get_attribute("name") or "",
        "text": focused.inner_text().strip(),
    }


def _answer_with_the_keyboard(page: Page) -> int:
    """Tab to each question, tick its first choice with the space bar, submit with Enter.

    Returns how many questions were answered. The mouse is never used.
    """
    answered = set()
    for _ in range(80):
        page.keyboard.press("Tab")
        focused = _focused(page)
        if focused["type"] in {"radio", "checkbox"} and focused["name"] not in answered:
            page.keyboard.press("Space")
            answered.add(focused["name"])
        elif focused["text"] == "Submit my answers":
            page.keyboard.press("Enter")
            return len(answered)
    raise AssertionError(f"the submit button was never reached with Tab: {answered}")


def test_a_pupil_joins_reads_the_easy_read_version_answers_by_keyboard_and_finds_help(
    browser, demo, audit, screenshot_dir
):
    from classrooms.models import Classroom

    code = Classroom.objects.get(name="Demo class 7B").join_code
    page = audit.new_page(browser, viewport=PHONE, java_script_enabled=False)

    # 1. Join with the code the teacher wrote on the board: a nickname, no e-mail.
    page.goto(f"{demo}/en/")
    audit.check(page)
    page.get_by_role("link", name="Join a class").first.click()
    audit.check(page)
    page.get_by_label("Class code").fill(code.lower())
    page.get_by_label("Nickname").fill("Ash")
    page.get_by_label("Choose a password").fill("Green-Kite-2048")
    page.get_by_label("Type the password again").fill("Green-Kite-2048")
    page.get_by_role("button", name="Join the class").click()
    expect(page.get_by_role("heading", name="Demo class 7B", level=1)).to_be_visible()
    audit.check(page)
    assert "@" not in page.content().split("<main", 1)[1]

    # 2. The first module, in its easy-read version; the choice is remembered.
    page.get_by_role("link", name="Go to the course: Staying safe online").click()
    expect(page.get_by_role("heading", name="Staying safe online", level=1)).to_be_visible()
    audit.check(page)
    page.get_by_role("link", name="Who is really there?").first.click()
    expect(page.get_by_role("heading", name="Who is really there?", level=1)).to_be_visible()
    audit.check(page)
    page.get_by_role("button", name="Show the easy-read version").click()
    expect(page.get_by_text("You are reading the easy-read version.")).to_be_visible()
    audit.check(page)
    screenshots(page, screenshot_dir, "young-learner-module")

    # 3. The check-in, answered with the keyboard alone; focus lands on the result.
    quiz = demo_quizzes("young_learners")["who-is-really-there"][0]
    page.get_by_role("link", name="Start the quiz").click()
    expect(page.get_by_role("heading", name=quiz["title"], level=1)).to_be_visible()
    audit.check(page)
    assert _answer_with_the_keyboard(page) == len(quiz["questions"])
    expect(page.get_by_role("heading", level=1)).to_contain_text("Your answers")
    assert _focused(page)["id"] == "result-title"
    expect(page.get_by_text("Thank you for taking part!")).to_be_visible()
    audit.check(page)
    screenshots(page, screenshot_dir, "young-learner-check-in-result")

    # 4. Help is one link away, from every page.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Get help").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator("main a[href^='tel:']").first).to_be_visible()
    audit.check(page)
    page.context.close()
