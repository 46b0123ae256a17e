"""An organisation admin makes a parent a teacher in the product; the parent then can
create a class, which a pupil and the parent before could not even find."""

import pytest
from playwright.sync_api import expect

from tests.browser.journeys import expect_not_found, header_link, screenshots, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_admin_makes_a_parent_a_teacher_who_then_creates_a_class(
    browser, demo, audit, screenshot_dir
):
    # Before: the parent and the pupil see no way to create a class, and the form is 404.
    for login in ("parent@demo.example", "demo-pupil"):
        page = sign_in(audit, browser, demo, login)
        expect(header_link(page, "My classes")).to_have_count(0)
        page.goto(f"{demo}/en/classes/")
        expect(page.get_by_role("link", name="Create a class")).to_have_count(0)
        audit.check(page)
        expect_not_found(audit, page, f"{demo}/en/classes/new/")
        page.context.close()

    admin = sign_in(audit, browser, demo, "admin@demo.example")
    header_link(admin, "Organisation").click()
    expect(admin.get_by_role("heading", name="Demo Child Protection Network")).to_be_visible()
    audit.check(admin)
    screenshots(admin, screenshot_dir, "organisation")

    # A child cannot be given an adult role: the page says so.
    admin.get_by_label("Role for Robin").select_option(label="Teacher")
    admin.get_by_role("button", name="Give role to Robin").click()
    expect(admin.get_by_text("a young person cannot be given the role Teacher")).to_be_visible()
    audit.check(admin)

    admin.get_by_label("Role for Pat (parent)").select_option(label="Teacher")
    admin.get_by_role("button", name="Give role to Pat (parent)").click()
    expect(admin.get_by_text("Pat (parent) is now Teacher.")).to_be_visible()
    audit.check(admin)
    admin.get_by_role("link", name="Every change to roles").click()
    expect(admin.get_by_text("Alex (admin) made Pat (parent) Teacher.")).to_be_visible()
    audit.check(admin)

    parent = sign_in(audit, browser, demo, "parent@demo.example")
    header_link(parent, "My classes").click()
    parent.get_by_role("link", name="Create a class").click()
    audit.check(parent)
    parent.get_by_label("Class name").fill("Parents' evening group")
    parent.get_by_label(
        "Your school's lawful basis for using this platform with the class"
    ).select_option(value="public_task")
    parent.get_by_label("I confirm that my school has agreed this basis for this class.").check()
    parent.get_by_role("button", name="Create the class").click()
    expect(parent.get_by_text("Your class is ready.")).to_be_visible()
    audit.check(parent)

    # A signed-in parent who opens the admin gets a clear page with a way back.
    response = parent.goto(f"{demo}/admin/")
    assert response.status == 403
    expect(parent.get_by_role("heading", name="You cannot use this page")).to_be_visible()
    audit.check(parent)
    parent.get_by_role("link", name="Go to my learning").click()
    expect(parent).to_have_url(f"{demo}/en/dashboard/")
    audit.check(parent)
