"""A teacher runs a live session with two pupils who joined by code, in separate browsers."""

import csv
import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from tests.browser.journeys import header_link, screenshots, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def leave_live_page(page, url: str) -> None:
    """Go elsewhere from a pupil's live page, which reloads itself whenever the teacher
    moves on: a reload at that moment aborts the navigation, so go again."""
    for _attempt in range(5):
        try:
            page.goto(url)
            return
        except PlaywrightError as error:
            if "ERR_ABORTED" not in str(error):
                raise
    page.goto(url)


def assert_fits(page) -> None:
    """The page needs no scrolling in its window, either way."""
    size = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight,"
        " window.innerWidth, window.innerHeight]"
    )
    width, height, window_width, window_height = size
    assert width <= window_width and height <= window_height, (page.url, size)


def test_a_teacher_runs_a_live_session_reads_the_class_page_and_exports_it(
    browser, demo, audit, screenshot_dir
):
    from django.db import connection

    if connection.vendor == "sqlite":
        # The live server shares one in-memory SQLite connection between its threads,
        # and the pupils' polling then locks the table the teacher writes.
        pytest.skip("needs PostgreSQL (DATABASE_URL), as in CI")
    teacher = sign_in(audit, browser, demo, "teacher@demo.example")

    header_link(teacher, "My classes").click()
    audit.check(teacher)
    teacher.get_by_role("link", name="Create a class").click()
    audit.check(teacher)
    teacher.get_by_label("Class name").fill("Year 8 online safety")
    teacher.get_by_label(
        "Your school's lawful basis for using this platform with the class"
    ).select_option(value="public_task")
    teacher.get_by_label("I confirm that my school has agreed this basis for this class.").check()
    teacher.get_by_label("Course").select_option(label="Staying safe online")
    teacher.get_by_label("Age band").select_option("12-14")
    teacher.get_by_role("button", name="Create the class").click()
    code = teacher.locator(".join-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z2-9]{6}", code)
    audit.check(teacher)
    class_url = teacher.url

    teacher.get_by_label("Module").select_option(label="Who is really there?")
    teacher.get_by_label("Date").fill("2026-12-01")
    teacher.get_by_label("Time", exact=True).fill("10:00")
    teacher.get_by_role("button", name="Schedule a session").click()
    audit.check(teacher)
    teacher.get_by_role("link", name="Present this session").click()
    # Presenter mode: a projector's 1280x720, none of the site's header and footer.
    teacher.set_viewport_size({"width": 1280, "height": 720})
    assert teacher.locator(".site-header").count() == 0
    assert teacher.locator(".site-footer").count() == 0
    audit.check(teacher)
    teacher.get_by_role("button", name="Start the live session").click()
    assert_fits(teacher)
    audit.check(teacher)

    pupils = []
    for nickname in ("Sky", "Jo"):
        pupil = audit.new_page(browser, viewport={"width": 360, "height": 740})
        pupil.goto(f"{demo}/en/join/")
        audit.check(pupil)
        pupil.get_by_label("Class code").fill(code.lower())
        pupil.get_by_label("Nickname").fill(nickname)
        pupil.get_by_label("Choose a password").fill("Purple-Otter-73")
        pupil.get_by_label("Type the password again").fill("Purple-Otter-73")
        pupil.get_by_role("button", name="Join the class").click()
        audit.check(pupil)
        pupil.get_by_role("link", name="Join the live session").click()
        audit.check(pupil)
        pupils.append(pupil)

    # Step through to the first question of the module's check-in.
    for _ in range(30):
        if teacher.locator(".live-choices").count():
            break
        teacher.get_by_role("button", name="Next ›").click()
    question = teacher.locator(".presenter-question").inner_text()
    first_choice = teacher.locator(".live-choice-text").first.inner_text()

    # A pupil who went elsewhere finds the live session from their dashboard.
    leave_live_page(pupils[0], f"{demo}/en/dashboard/")
    expect(pupils[0].get_by_role("link", name="Year 8 online safety")).to_be_visible()
    audit.check(pupils[0])
    pupils[0].get_by_role("link", name="Join the live session").click()
    audit.check(pupils[0])

    for pupil in pupils:
        # The pupil's page follows the teacher by itself.
        expect(pupil.get_by_role("group", name=question)).to_be_visible(timeout=10_000)
        audit.check(pupil)
        pupil.get_by_label(first_choice, exact=True).check()
        pupil.get_by_role("button", name="Send my answer").click()
        expect(pupil.get_by_text("Your answer is in.").first).to_be_visible()
        audit.check(pupil)

    # The presenter's counts arrive without a reload, within two seconds of polling.
    expect(teacher.locator("#live-answered")).to_have_text("2", timeout=5000)
    expect(teacher.locator("[data-choice-id] .live-count").first).to_have_text("2")
    assert "Sky" not in teacher.content()
    assert_fits(teacher)
    audit.check(teacher)
    screenshots(teacher, screenshot_dir, "teacher-presenter")
    # The pupils answered: their pages, which read the session again after every step,
    # are closed before the teacher steps through the rest.
    for pupil in pupils:
        pupil.context.close()

    # Every step fits the screen; the last offers no "Next", only the end.
    for _ in range(60):
        next_button = teacher.get_by_role("button", name="Next ›")
        if not next_button.count():
            break
        next_button.click()
        assert_fits(teacher)
    expect(teacher.get_by_text("This was the last step.")).to_be_visible()
    audit.check(teacher)

    teacher.get_by_role("button", name="End the session").click()
    expect(teacher.get_by_text("2 pupils attended")).to_be_visible()
    expect(teacher.get_by_role("cell", name="Sky", exact=True)).to_be_visible()
    expect(teacher.get_by_role("heading", name="Difficult questions")).to_be_visible()
    audit.check(teacher)

    # The class page: each pupil's progress, and the same as a spreadsheet.
    teacher.goto(class_url)
    pupils_section = teacher.get_by_role("region", name="Pupils and progress")
    expect(pupils_section.get_by_text(re.compile(r"Class progress: \d+%"))).to_be_visible()
    for nickname in ("Sky", "Jo"):
        expect(pupils_section.get_by_role("cell", name=nickname, exact=True)).to_be_visible()
    audit.check(teacher)
    screenshots(teacher, screenshot_dir, "teacher-class")
    with teacher.expect_download() as download:
        pupils_section.get_by_role("link", name="Download as CSV").click()
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text("utf-8-sig"))))
    assert {row[0] for row in rows[1:]} >= {"Sky", "Jo"}, rows
    assert all(len(row) == len(rows[0]) for row in rows)
    teacher.context.close()


def test_a_pupil_s_open_dashboard_shows_the_live_session_once_the_teacher_starts_it(
    browser, demo, audit, settings
):
    from django.db import connection

    if connection.vendor == "sqlite":
        pytest.skip("needs PostgreSQL (DATABASE_URL), as in CI")
    settings.CLASSROOMS_DASHBOARD_REFRESH_SECONDS = 1
    pupil = sign_in(audit, browser, demo, "demo-pupil")
    header_link(pupil, "My learning").click()
    classes = pupil.get_by_role("region", name="My classes")
    expect(classes.get_by_role("link", name="Demo class 7B")).to_be_visible()
    expect(classes.get_by_role("link", name="Join the live session")).to_have_count(0)
    audit.check(pupil)

    teacher = sign_in(audit, browser, demo, "teacher@demo.example")
    header_link(teacher, "My classes").click()
    audit.check(teacher)
    teacher.get_by_role("link", name="Demo class 7B").click()
    audit.check(teacher)
    teacher.get_by_label("Module").select_option(label="Who is really there?")
    teacher.get_by_label("Date").fill("2026-12-01")
    teacher.get_by_label("Time", exact=True).fill("10:00")
    teacher.get_by_role("button", name="Schedule a session").click()
    teacher.get_by_role("link", name="Present this session").click()
    audit.check(teacher)
    teacher.get_by_role("button", name="Start the live session").click()
    audit.check(teacher)

    # No reload: the dashboard's classes part reads itself again and shows the session.
    loads = []
    pupil.on("load", lambda _: loads.append(pupil.url))
    join = classes.get_by_role("link", name="Join the live session")
    expect(join).to_be_visible(timeout=5000)
    assert loads == []
    audit.check(pupil)
    join.click()
    expect(pupil.get_by_role("heading", name="Look at the board", level=1)).to_be_visible()
    audit.check(pupil)
    # Closed, or the pupil's page would go on polling the live server in later tests.
    pupil.context.close()
    teacher.context.close()
