"""The demo parent's path through the parents' course, in a real browser."""

import io
import re

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from courses.demo_content.quizzes import QUIZZES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "Demo-Password-2026"


@pytest.fixture
def demo(site, settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    return site


def _sign_in(page: Page, site: str, language: str = "en"):
    page.goto(f"{site}/{language}/accounts/login/")
    page.locator("#id_login").fill("parent@demo.example")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form [type=submit]").last.click()


def _answer(page: Page, questions: list, *, right: bool):
    """Answer every question with the keyboard-reachable controls, right or wrong."""
    for question in questions:
        choices = question["choices"]
        picks = [c for c in choices if c["correct"] == right] or choices[:1]
        if question["type"] != "multiple":
            picks = picks[:1]
        for choice in picks:
            page.get_by_label(choice["text"], exact=True).first.check()


def _complete_course(page: Page, course_key: str, texts: dict) -> bool:
    """Work through every module; fail the first graded quiz once. True if it failed."""
    quizzes = QUIZZES[course_key]
    page.get_by_role("link", name=texts["start"]).click()
    failed_once = False
    while True:
        slug = page.url.rstrip("/").rsplit("/", 1)[-1]
        module_url = page.url
        module_quizzes = quizzes.get(slug, [])
        for index, quiz in enumerate(module_quizzes):
            page.locator(".quiz-block").nth(index).get_by_role("link").click()
            expect(page.get_by_role("heading", level=1)).to_have_text(quiz["title"])
            # Nothing on the answering page tells which choices are right.
            assert "correct" not in page.content().lower()
            if quiz["kind"] == "graded" and not failed_once:
                _answer(page, quiz["questions"], right=False)
                page.get_by_role("button", name=texts["submit"]).click()
                expect(page.get_by_text(texts["not_passed"]).first).to_be_visible()
                failed_once = True
                page.get_by_role("link", name=texts["try_again"]).click()
            _answer(page, quiz["questions"], right=True)
            page.get_by_role("button", name=texts["submit"]).click()
            if quiz["kind"] == "graded":
                expect(page.get_by_text(texts["passed"]).first).to_be_visible()
            page.goto(module_url)
        if not any(quiz["kind"] == "graded" for quiz in module_quizzes):
            page.get_by_role("button", name=texts["done"]).click()
            if "/dashboard/" in page.url:
                return failed_once
            continue
        next_link = page.get_by_role("link", name=re.compile(texts["next"]))
        if not next_link.count():
            return failed_once
        next_link.click()


EN = {
    "start": "Start the first module",
    "start_quiz": "Start the quiz|Take the quiz again",
    "submit": "Submit my answers",
    "not_passed": "Not passed yet",
    "try_again": "Try again",
    "passed": "You passed.",
    "back": "Back to the module",
    "done": "Mark this module as done",
    "next": "^Next:",
}


def test_the_demo_parent_enrols_fails_then_passes_and_completes_the_course(
    page: Page, demo, screenshot_dir
):
    _sign_in(page, demo)
    page.goto(f"{demo}/en/courses/keeping-your-child-safe-online/")
    page.get_by_role("button", name="Enrol in this course").click()
    expect(page.get_by_text("Your progress: 0%")).to_be_visible()

    assert _complete_course(page, "parents", EN)

    page.goto(f"{demo}/en/dashboard/")
    expect(page.get_by_role("heading", name="Completed")).to_be_visible()
    expect(page.get_by_role("link", name="Keeping your child safe online")).to_be_visible()
    expect(page.get_by_text(re.compile("Knowledge gain"))).to_be_visible()
    page.screenshot(path=screenshot_dir / "dashboard-1280.png", full_page=True)


NL = {
    "start": "Begin met de eerste module",
    "submit": "Mijn antwoorden insturen",
    "not_passed": "Nog niet geslaagd",
    "try_again": "Opnieuw proberen",
    "passed": "U bent geslaagd.",
    "done": "Markeer deze module als klaar",
    "next": "^Volgende:",
}


def test_the_same_journey_in_dutch(page: Page, demo):
    _sign_in(page, demo, "nl")
    page.goto(f"{demo}/nl/courses/uw-kind-veilig-online/")
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    page.get_by_role("button", name="Schrijf u in voor deze cursus").click()
    expect(page.get_by_text("Uw voortgang: 0%")).to_be_visible()

    assert _complete_course(page, "parents_nl", NL)

    page.goto(f"{demo}/nl/dashboard/")
    expect(page.get_by_role("heading", name="Afgerond")).to_be_visible()
    expect(page.get_by_role("link", name="Uw kind veilig online")).to_be_visible()
    expect(page.get_by_text(re.compile("Kennistoename"))).to_be_visible()
