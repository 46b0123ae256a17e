"""An organisation's own course: its editor publishes a change in the admin, its parent
reads it, and the other organisation's people find nothing there."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.journeys import expect_not_found, sign_in, sign_in_to_admin

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OWN_COURSE = "Our schools: who to tell, and how"
OWN_URL = "/en/courses/our-schools-safeguarding-routine/"


def test_the_partners_editor_changes_its_own_course_which_only_its_people_read(
    browser, demo, audit
):
    # The partner's editor, in the admin: the catalogue lists their course and the
    # network's, not the demo organisation's, and the course says whose it is.
    editor = sign_in_to_admin(audit, browser, demo, "editor@partner.example")
    editor.get_by_role("link", name=re.compile("Pages created in")).click()
    audit.check(editor)
    editor.get_by_role("link", name="Explore child pages of 'Courses'").click()
    audit.check(editor)
    main = editor.get_by_role("main")
    expect(main.get_by_role("link", name="Keeping your child safe online")).to_be_visible()
    expect(main.get_by_text("Demo class")).to_have_count(0)
    main.get_by_role("link", name=OWN_COURSE, exact=True).click()
    content = editor.get_by_role("tabpanel", name="Content")
    owner = content.get_by_role("combobox", name="Organisation*")
    expect(owner).to_have_value(re.compile(r"\d+"))
    expect(owner.get_by_role("option")).to_have_count(1)
    audit.check(editor)
    summary = content.get_by_role("textbox", name="Summary*")
    summary.fill("For families and staff of the trust's schools: who takes up a worry.")
    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name="Publish", exact=True).click()
    expect(editor.get_by_role("main").get_by_role("status")).to_contain_text("has been published")
    audit.check(editor)
    editor.context.close()

    # Its parent reads the change; a parent of the demo organisation finds nothing.
    parent = sign_in(audit, browser, demo, "parent@partner.example")
    parent.goto(f"{demo}/en/courses/")
    audit.check(parent)
    parent.get_by_role("link", name=OWN_COURSE).click()
    expect(parent.get_by_text("who takes up a worry.")).to_be_visible()
    audit.check(parent)
    parent.context.close()

    other = sign_in(audit, browser, demo, "parent@demo.example")
    other.goto(f"{demo}/en/courses/")
    expect(other.get_by_role("link", name=OWN_COURSE)).to_have_count(0)
    audit.check(other)
    expect_not_found(audit, other, f"{demo}{OWN_URL}")
    other.context.close()
