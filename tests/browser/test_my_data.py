"""A person finds everything kept about them, reads it and downloads it."""

import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.journeys import header_link, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_demo_parent_reads_and_downloads_their_data(browser, demo, audit):
    page = sign_in(audit, browser, demo, "parent@demo.example")
    header_link(page, "Your profile").click()
    audit.check(page)
    page.get_by_role("navigation", name="Your account").get_by_role(
        "link", name="Your data"
    ).click()
    expect(page.get_by_role("heading", name="Your data", level=1)).to_be_visible()
    expect(page.get_by_role("heading", name="Profile", level=2)).to_be_visible()
    expect(page.get_by_role("cell", name="parent@demo.example").first).to_be_visible()
    audit.check(page)

    with page.expect_download() as download:
        page.get_by_role("link", name="Download all of it (JSON file)").click()
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert data["account"][0]["email"] == "parent@demo.example"
    assert {"enrolments", "reflections", "quiz_attempts", "certificates"} <= set(data)
    page.context.close()
