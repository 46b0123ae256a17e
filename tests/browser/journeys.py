"""Steps the journeys share: signing in, answering a quiz, meeting a 404."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from courses.course_files import course_file_read
from courses.demo import DEMO_CONTENT
from tests.browser.a11y import DESKTOP, PHONE, Audit

PASSWORD = "Demo-Password-2026"
SIGN_IN = {"en": "Sign In", "nl": "Inloggen"}


def sign_in(
    audit: Audit, browser: Browser, site: str, login: str, *, language="en", **context
) -> Page:
    """A new browser context, signed in as one of the demo accounts."""
    page = audit.new_page(browser, **context)
    page.goto(f"{site}/{language}/accounts/login/")
    audit.check(page)
    page.get_by_label(re.compile("Email or username|E-mail of gebruikersnaam")).fill(login)
    page.get_by_label(re.compile("^(Password|Wachtwoord)$")).fill(PASSWORD)
    page.get_by_role("button", name=SIGN_IN[language]).click()
    expect(page.get_by_role("button", name=re.compile("Sign out|Uitloggen"))).to_be_visible()
    audit.check(page)
    return page


def sign_in_to_admin(audit: Audit, browser: Browser, site: str, login: str) -> Page:
    """A new browser context at the admin, which sends the person to the platform's own
    sign-in page and back to the admin's dashboard."""
    page = audit.new_page(browser)
    page.goto(f"{site}/admin/")
    expect(page.get_by_role("heading", name="Sign In", level=1)).to_be_visible()
    audit.check(page)
    page.get_by_label("Email or username").fill(login)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("heading", name="Awareness training", level=1)).to_be_visible()
    audit.check(page)
    return page


def demo_quizzes(course: str, language: str = "en") -> dict[str, list[dict]]:
    """The quizzes of a demo course file, by module slug (the right answers to give)."""
    data = course_file_read((DEMO_CONTENT / f"{course}.{language}.yaml").read_bytes())
    return {module["slug"]: module.get("quizzes", []) for module in data["modules"]}


def header_link(page: Page, name: str):
    return page.get_by_role("navigation", name="Main").get_by_role("link", name=name, exact=True)


def expect_not_found(audit: Audit, page: Page, url: str) -> None:
    response = page.goto(url)
    assert response.status == 404, (url, response.status)
    expect(page.get_by_role("heading", name="Page not found", level=1)).to_be_visible()
    audit.check(page)


def answer(page: Page, questions: list, *, right: bool) -> None:
    """Tick each question's right (or wrong) choices, found by their labels."""
    for question in questions:
        choices = question["choices"]
        picks = [c for c in choices if c["correct"] == right] or choices[:1]
        if question["type"] != "multiple":
            picks = picks[:1]
        for choice in picks:
            page.get_by_label(choice["text"], exact=True).first.check()


def screenshots(page: Page, folder: Path, name: str) -> None:
    """The page as a phone and a desktop show it, for a person to look at."""
    original = page.viewport_size or DESKTOP
    for size in (PHONE, DESKTOP):
        page.set_viewport_size(size)
        page.screenshot(path=folder / f"{name}-{size['width']}.png", full_page=True)
    page.set_viewport_size(original)


def complete_course(page: Page, audit: Audit, quizzes: dict, texts: dict) -> bool:
    """Work through every module from the course page; fail the first graded quiz once.

    Returns whether a quiz was failed. `texts` holds the buttons' and messages'
    wording in the page's language.
    """
    page.get_by_role("link", name=texts["start"]).click()
    failed_once = False
    while True:
        audit.check(page)
        slug = page.url.rstrip("/").rsplit("/", 1)[-1]
        module_url = page.url
        module_quizzes = quizzes.get(slug, [])
        for index, quiz in enumerate(module_quizzes):
            page.locator(".quiz-block").nth(index).get_by_role("link").click()
            expect(page.get_by_role("heading", level=1)).to_have_text(quiz["title"])
            audit.check(page)
            # Nothing on the answering page tells which choices are right.
            assert "correct" not in page.content().lower()
            if quiz["kind"] == "graded" and not failed_once:
                answer(page, quiz["questions"], right=False)
                page.get_by_role("button", name=texts["submit"]).click()
                expect(page.get_by_text(texts["not_passed"]).first).to_be_visible()
                audit.check(page)
                failed_once = True
                page.get_by_role("link", name=texts["try_again"]).click()
            answer(page, quiz["questions"], right=True)
            page.get_by_role("button", name=texts["submit"]).click()
            if quiz["kind"] == "graded":
                expect(page.get_by_text(texts["passed"]).first).to_be_visible()
            audit.check(page)
            page.goto(module_url)
        if not any(quiz["kind"] == "graded" for quiz in module_quizzes):
            page.get_by_role("button", name=texts["done"]).click()
            if "/dashboard/" in page.url:
                audit.check(page)
                return failed_once
            continue
        next_link = page.get_by_role("link", name=re.compile(texts["next"]))
        if not next_link.count():
            return failed_once
        next_link.click()


EN = {
    "start": "Start the first module",
    "submit": "Submit my answers",
    "not_passed": "Not passed yet",
    "try_again": "Try again",
    "passed": "You passed.",
    "done": "Mark this module as done",
    "next": "^Next:",
}
NL = {
    "start": "Begin met de eerste module",
    "submit": "Mijn antwoorden insturen",
    "not_passed": "Nog niet geslaagd",
    "try_again": "Opnieuw proberen",
    "passed": "Je bent geslaagd.",
    "done": "Markeer deze module als klaar",
    "next": "^Volgende:",
}
