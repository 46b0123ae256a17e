"""A teacher runs a live session with two pupils who joined by code, in separate browsers."""

import io
import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "Demo-Password-2026"


@pytest.fixture
def demo(site, settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    return site


def test_a_teacher_runs_a_live_session_and_reads_the_class_page(browser, demo, screenshot_dir):
    from django.db import connection

    if connection.vendor == "sqlite":
        # The live server shares one in-memory SQLite connection between its threads,
        # and the pupils' polling then locks the table the teacher writes.
        pytest.skip("needs PostgreSQL (DATABASE_URL), as in CI")
    teacher_context = browser.new_context(viewport={"width": 1280, "height": 900})
    teacher = teacher_context.new_page()
    teacher.goto(f"{demo}/en/accounts/login/")
    teacher.get_by_label("Email or username").fill("teacher@demo.example")
    teacher.get_by_label("Password", exact=True).fill(PASSWORD)
    teacher.get_by_role("button", name="Sign In").click()

    teacher.get_by_role("link", name="My classes").click()
    teacher.get_by_role("link", name="Create a class").click()
    teacher.get_by_label("Class name").fill("Year 8 online safety")
    teacher.get_by_label("Course").select_option(label="Staying safe online")
    teacher.get_by_label("Age band").select_option("12-14")
    teacher.get_by_role("button", name="Create the class").click()
    code = teacher.locator(".join-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z2-9]{6}", code)

    teacher.get_by_label("Module").select_option(label="Who is really there?")
    teacher.get_by_label("Date").fill("2026-12-01")
    teacher.get_by_label("Time", exact=True).fill("10:00")
    teacher.get_by_role("button", name="Schedule a session").click()
    teacher.get_by_role("link", name="Present this session").click()
    teacher.get_by_role("button", name="Start the live session").click()

    pupils = []
    for nickname in ("Sky", "Jo"):
        context = browser.new_context(viewport={"width": 360, "height": 740})
        pupil = context.new_page()
        pupil.goto(f"{demo}/en/join/")
        pupil.get_by_label("Class code").fill(code.lower())
        pupil.get_by_label("Nickname").fill(nickname)
        pupil.get_by_label("Choose a password").fill("Purple-Otter-73")
        pupil.get_by_label("Type the password again").fill("Purple-Otter-73")
        pupil.get_by_role("button", name="Join the class").click()
        pupil.get_by_role("link", name="Join the live session").click()
        pupils.append((context, pupil))

    # Step through to the first question of the module's check-in.
    for _ in range(30):
        if teacher.locator(".live-choices").count():
            break
        teacher.get_by_role("button", name="Next ›").click()
    question = teacher.locator(".presenter-question").inner_text()
    first_choice = teacher.locator(".live-choice-text").first.inner_text()

    for _context, pupil in pupils:
        # The pupil's page follows the teacher by itself.
        expect(pupil.get_by_role("group", name=question)).to_be_visible(timeout=10_000)
        pupil.get_by_label(first_choice, exact=True).check()
        pupil.get_by_role("button", name="Send my answer").click()
        expect(pupil.get_by_text("Your answer is in.").first).to_be_visible()

    # The presenter's counts arrive without a reload, within two seconds of polling.
    expect(teacher.locator("#live-answered")).to_have_text("2", timeout=5000)
    expect(teacher.locator("[data-choice-id] .live-count").first).to_have_text("2")
    assert "Sky" not in teacher.content()
    teacher.screenshot(path=screenshot_dir / "presenter-1280.png", full_page=True)

    teacher.get_by_role("button", name="End the session").click()
    expect(teacher.get_by_text("2 pupils attended")).to_be_visible()
    expect(teacher.get_by_role("cell", name="Sky", exact=True)).to_be_visible()
    expect(teacher.get_by_role("heading", name="Difficult questions")).to_be_visible()
    for context, _pupil in pupils:
        context.close()
    teacher_context.close()
