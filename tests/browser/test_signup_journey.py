import re

import pytest
from django.core import mail
from playwright.sync_api import Page, expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_a_parent_signs_up_verifies_the_address_and_logs_in(page: Page, site, screenshot_dir):
    page.goto(f"{site}/")
    expect(page).to_have_url(re.compile(r"/en/$"))
    page.get_by_role("link", name="Sign up").first.click()

    page.get_by_label("Email").fill("jordan@example.org")
    page.get_by_label("Display name").fill("Jordan")
    page.get_by_label("I am a").select_option(label="Parent or caregiver")
    page.get_by_label("Password", exact=True).fill("Correct-Horse-Battery-9")
    page.get_by_label("Password (again)").fill("Correct-Horse-Battery-9")
    page.get_by_role("button", name="Sign Up").click()

    expect(page.get_by_role("heading", name="Verify Your Email Address")).to_be_visible()
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+", mail.outbox[0].body).group(0)

    page.goto(link)
    page.get_by_role("button", name="Confirm").click()

    page.get_by_label("Email or username").fill("jordan@example.org")
    page.get_by_label("Password", exact=True).fill("Correct-Horse-Battery-9")
    page.get_by_role("button", name="Sign In").click()

    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    expect(page.get_by_role("link", name="Your profile")).to_be_visible()
    page.screenshot(path=screenshot_dir / "signed-in-home-1280.png", full_page=True)


def test_the_language_switcher_works_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(f"{site}/en/accounts/login/")

    page.get_by_label("Language").select_option("ar")
    page.get_by_role("button", name="Change language").click()

    expect(page).to_have_url(re.compile(r"/ar/accounts/login/$"))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    context.close()
