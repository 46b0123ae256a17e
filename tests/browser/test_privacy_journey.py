"""The demo parent finds the privacy notice, downloads their data and deletes their
account, reading first what stays; afterwards they cannot sign in."""

import json
import re
from pathlib import Path

from playwright.sync_api import expect

from accounts.models import User
from tests.browser.journeys import PASSWORD, sign_in


def test_the_demo_parent_downloads_their_data_and_deletes_their_account(browser, demo, audit):
    parent = sign_in(audit, browser, demo, "parent@demo.example")
    try:
        parent.get_by_role("contentinfo").get_by_role("link", name="Privacy notice").click()
        expect(parent.get_by_role("heading", name="Privacy notice", level=1)).to_be_visible()
        audit.check(parent)
        parent.get_by_role("link", name="Your data", exact=True).click()
        expect(parent.get_by_role("heading", name="Your data", level=1)).to_be_visible()
        audit.check(parent)
        with parent.expect_download() as download:
            parent.get_by_role("link", name="Download all of it (JSON file)").click()
        data = json.loads(Path(download.value.path()).read_text())
        assert data["account"][0]["email"] == "parent@demo.example"

        parent.get_by_role("link", name="Delete my account").click()
        expect(parent.get_by_role("heading", name="Delete your account")).to_be_visible()
        expect(parent.get_by_role("heading", name="What stays, and why")).to_be_visible()
        audit.check(parent)
        # Without the box ticked: asked to tick it, nothing deleted.
        parent.get_by_role("button", name="Delete my account").click()
        expect(parent.get_by_text("Tick the box to say you understand.")).to_be_visible()
        audit.check(parent)
        parent.get_by_label("I understand that this cannot be undone.").check()
        parent.get_by_role("button", name="Delete my account").click()
        expect(parent.get_by_text("Your account is deleted.")).to_be_visible()
        audit.check(parent)
        assert not User.objects.filter(email="parent@demo.example").exists()

        parent.goto(f"{demo}/en/accounts/login/")
        parent.get_by_label("Email or username").fill("parent@demo.example")
        parent.get_by_label(re.compile("^Password$")).fill(PASSWORD)
        parent.get_by_role("button", name="Sign In").click()
        expect(parent.get_by_text(re.compile("not correct|incorrect", re.I))).to_be_visible()
        audit.check(parent)
    finally:
        parent.context.close()
