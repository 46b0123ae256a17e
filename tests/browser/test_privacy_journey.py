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


def test_a_parent_asks_about_a_childs_data_and_the_admin_answers(browser, demo, audit):
    """Without an account link: the request form, then the admin's queue; and a teacher's
    view of a pupil's data. Every page is checked with axe."""
    visitor = audit.new_page(browser)
    try:
        visitor.goto(f"{demo}/en/privacy/")
        audit.check(visitor)
        visitor.get_by_role("link", name="Ask about personal data").click()
        expect(visitor.get_by_role("heading", name="Ask about personal data")).to_be_visible()
        audit.check(visitor)
        visitor.get_by_role("button", name="Send the request").click()  # nothing filled in
        expect(visitor.locator(".field__errors").first).to_be_visible()
        audit.check(visitor)
        visitor.get_by_label("Organisation (the school or group's)").select_option(index=1)
        visitor.get_by_label("What is asked").select_option(label="Delete the data")
        visitor.get_by_label("Your name").fill("Alex Morgan")
        visitor.get_by_label("Your e-mail address").fill("alex@example.org")
        visitor.get_by_label("Whose data").fill("My son Robin, class 7B")
        visitor.get_by_label("What you would like us to do").fill("Please delete his account.")
        visitor.get_by_role("button", name="Send the request").click()
        expect(visitor.get_by_role("heading", name="Your request is sent")).to_be_visible()
        audit.check(visitor)
    finally:
        visitor.context.close()

    admin = sign_in(audit, browser, demo, "admin@demo.example")
    try:
        admin.goto(f"{demo}/en/organisation/demo-network/")
        audit.check(admin)
        admin.get_by_role("link", name="Data requests").click()
        expect(admin.get_by_text("My son Robin, class 7B")).to_be_visible()
        audit.check(admin)
        admin.get_by_label("Outcome").select_option(label="Done")
        admin.get_by_label("What was done").fill("Deleted with his teacher on Monday.")
        admin.get_by_role("button", name="Mark as answered").click()
        expect(admin.get_by_text("The request is marked as answered.")).to_be_visible()
        audit.check(admin)
    finally:
        admin.context.close()

    teacher = sign_in(audit, browser, demo, "teacher@demo.example")
    try:
        teacher.goto(f"{demo}/en/classes/")
        audit.check(teacher)
        teacher.get_by_role("link", name="Demo class 7B").click()
        audit.check(teacher)
        teacher.get_by_role("link", name="Robin's data").click()
        expect(teacher.get_by_role("heading", name="Robin's data")).to_be_visible()
        expect(teacher.get_by_text("Their own thoughts (reflections)")).to_be_visible()
        audit.check(teacher)
        teacher.get_by_role("link", name="Delete Robin's account").click()
        expect(teacher.get_by_role("heading", name="Delete Robin's account")).to_be_visible()
        audit.check(teacher)
    finally:
        teacher.context.close()
