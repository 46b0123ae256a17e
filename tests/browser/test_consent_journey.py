"""A 13-year-old in the Netherlands signs up: asked for a parent's address, limited until
the parent agrees through the link in their mail, complete afterwards."""

import re

from django.core import mail
from playwright.sync_api import expect

from privacy.consent import CONSENT_DECIDED_MAIL, CONSENT_MAIL
from privacy.models import ParentalConsent

CHILD = "sam.child@example.org"
PARENT = "sam.parent@example.org"
PASSWORD = "Correct-Horse-Battery-9"


def _path(link: str) -> str:
    return re.sub(r"^https?://[^/]+", "", link)


def _link_in(message) -> str:
    return re.search(r"https?://\S+", message.body).group(0)


def test_a_child_signs_up_is_limited_and_the_parent_agrees_by_the_link(
    browser, site, audit, outbox_inline
):
    outbox_inline(CONSENT_MAIL, CONSENT_DECIDED_MAIL)
    child = audit.new_page(browser)
    try:
        child.goto(f"{site}/en/accounts/signup/")
        audit.check(child)
        child.get_by_label("Email").fill(CHILD)
        child.get_by_label("Password", exact=True).fill(PASSWORD)
        child.get_by_label("Password (again)").fill(PASSWORD)
        child.get_by_label("Display name").fill("Sam")
        child.get_by_label("How old are you?").select_option(label="12 to 14")
        child.get_by_label("Country where you live").select_option(label="Netherlands")
        parent_field = child.get_by_label("Your parent's or guardian's e-mail address")
        expect(parent_field).to_be_visible()  # shown once a child's age is chosen
        child.get_by_role("button", name="Sign Up").click()

        # Without the address: asked for it, in words that say why.
        expect(child.get_by_text("Where you live (Netherlands), you need a parent")).to_be_visible()
        audit.check(child)
        assert not mail.outbox
        child.get_by_label("Password", exact=True).fill(PASSWORD)
        child.get_by_label("Password (again)").fill(PASSWORD)
        parent_field.fill(PARENT)
        child.get_by_role("button", name="Sign Up").click()
        expect(child.get_by_role("heading", name="Verify Your Email Address")).to_be_visible()
        audit.check(child)

        to_child = [m for m in mail.outbox if m.to == [CHILD]]
        assert len(to_child) == 1
        # The parent is written to only once the child has confirmed their own address.
        assert not [m for m in mail.outbox if m.to == [PARENT]]
        child.goto(f"{site}{_path(_link_in(to_child[0]))}")
        audit.check(child)
        child.get_by_role("button", name="Confirm").click()
        expect(child.get_by_role("button", name="Sign out")).to_be_visible()
        audit.check(child)
        to_parent = [m for m in mail.outbox if m.to == [PARENT]]
        assert len(to_parent) == 1
        child.goto(f"{site}/en/dashboard/")
        expect(child.get_by_text("Your account is limited until a parent")).to_be_visible()
        audit.check(child)

        # The parent, in another browser, reads what it means and agrees.
        parent = audit.new_page(browser)
        try:
            parent.goto(f"{site}{_path(_link_in(to_parent[0]))}")
            expect(
                parent.get_by_role("heading", name="Your child asks for your agreement")
            ).to_be_visible()
            audit.check(parent)
            parent.get_by_role("button", name="I agree").click()
            expect(parent.get_by_role("heading", name="Your consent for Sam")).to_be_visible()
            audit.check(parent)
            # The link in the first mail worked once.
            parent.goto(f"{site}{_path(_link_in(to_parent[0]))}")
            expect(parent.get_by_role("heading", name="This link cannot be used")).to_be_visible()
            audit.check(parent)
        finally:
            parent.context.close()

        assert ParentalConsent.objects.get(parent_email=PARENT).is_given
        child.reload()
        expect(child.get_by_text("Your account is limited until a parent")).to_have_count(0)
        child.goto(f"{site}/en/accounts/consent/")
        expect(child.get_by_text("Your account is complete.")).to_be_visible()
        audit.check(child)
    finally:
        child.context.close()
