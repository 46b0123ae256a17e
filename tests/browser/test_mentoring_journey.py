"""A peer mentor logs a session and raises a concern; the lead and the coach act on it."""

import re

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.journeys import (
    PASSWORD,
    expect_not_found,
    header_link,
    screenshots,
    sign_in,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SESSION_NOTES = "Noor wants to lead the next one. Kai left early, I will ask him why."
DESCRIPTION = "Kai showed me messages from an adult he met in a game who asks for photos."
LEAD_NOTE = "Spoke to Kai's school safeguarding officer on the phone; referral made."


def test_a_mentor_logs_a_session_and_raises_a_concern_that_the_lead_and_coach_act_on(
    browser, demo, outbox_kicks, audit, screenshot_dir
):
    from courses.models import ModulePage
    from mentoring.models import MentorGroup
    from outbox.delivery import deliver
    from safeguarding.models import Concern
    from safeguarding.services import CONCERN_MAIL, mail_key

    group = MentorGroup.objects.get(name="Demo peer group")
    module = ModulePage.objects.child_of(group.course).live().first()

    # 1. The mentor finds the group and sees who has gone quiet.
    mentor = sign_in(audit, browser, demo, "demo-mentor")
    header_link(mentor, "Mentoring").click()
    audit.check(mentor)
    mentor.get_by_role("link", name="Demo peer group").click()
    expect(mentor.get_by_role("heading", name="Demo peer group", level=1)).to_be_visible()
    audit.check(mentor)
    screenshots(mentor, screenshot_dir, "mentor-group")
    progress = mentor.get_by_role("table", name="Your peers' progress")
    for nickname in ("Kai", "Noor", "Jess"):
        expect(progress.get_by_role("rowheader", name=nickname)).to_be_visible()

    def row(nickname):
        return progress.get_by_role("row").filter(
            has=mentor.get_by_role("rowheader", name=nickname)
        )

    expect(row("Jess")).to_contain_text("quiet for a week")
    expect(row("Kai")).not_to_contain_text("quiet for a week")
    expect(row("Noor")).not_to_contain_text("quiet for a week")

    # 2. A session log: the notes go to the coach and are not shown back here.
    log_form = mentor.get_by_role("region", name="Log a session")
    log_form.get_by_label("Date of the session").fill(timezone.localdate().isoformat())
    log_form.get_by_label("Module", exact=True).select_option(label=module.title)
    log_form.get_by_label("Topic", exact=True).fill("Who is behind a profile?")
    log_form.get_by_label("How many peers came?").fill("2")
    log_form.get_by_label("Notes for your coach").fill(SESSION_NOTES)
    log_form.get_by_role("button", name="Log the session").click()
    expect(mentor.get_by_text("Session logged. Your coach can read your notes.")).to_be_visible()
    logged = mentor.get_by_role("region", name="Sessions you logged")
    expect(
        logged.get_by_role("listitem").filter(has_text="Who is behind a profile?")
    ).to_contain_text("2 peers came · notes sent to your coach")
    assert SESSION_NOTES not in mentor.content()
    audit.check(mentor)

    # 3. The concern, about a peer of the group, with the form checked on a phone first.
    mentor.get_by_role("link", name="I'm worried about someone").click()
    expect(mentor.get_by_role("heading", name="I'm worried about someone", level=1)).to_be_visible()
    audit.check(mentor)
    screenshots(mentor, screenshot_dir, "concern-form")
    mentor.get_by_label("Who are you worried about?").select_option(label="Kai")
    mentor.get_by_label("What happened?").fill(DESCRIPTION)
    mentor.get_by_role("group", name="How urgent is it?").get_by_label(
        "Someone needs help soon"
    ).check()
    mentor.get_by_role("button", name="Send to the safeguarding lead").click()
    expect(
        mentor.get_by_role("heading", name="Your concern has been passed on", level=1)
    ).to_be_visible()
    expect(mentor.get_by_role("heading", name="What happens next")).to_be_visible()
    audit.check(mentor)

    concern = Concern.objects.get()
    assert (concern.about, concern.urgency) == ("Kai", Concern.Urgency.SOON)
    assert concern.description == DESCRIPTION
    # Its mails were handed to a worker after commit (kept off the broker in this test:
    # no worker runs, and a message left in Redis would outlive the flushed database).
    [kicked] = [keys for kind, keys in outbox_kicks if kind == CONCERN_MAIL]
    assert all(key.startswith(mail_key(concern.pk)) for key in kicked) and len(kicked) == 2
    concern_url = f"{demo}/en/help/concerns/{concern.pk}/"
    # Not even the reporter reads it back.
    expect_not_found(audit, mentor, concern_url)
    mentor.context.close()

    # 4. The sweep sends what no worker sent; the e-mails carry no details.
    assert deliver(kind=CONCERN_MAIL) == {"done": 2}
    by_recipient = {tuple(message.to): message for message in mail.outbox}
    assert set(by_recipient) == {("lead@demo.example",), ("coach@demo.example",)}
    for message in by_recipient.values():
        bodies = [message.body] + [content for content, _type in message.alternatives]
        assert f"/en/help/concerns/{concern.pk}/" in message.body
        for body in bodies:
            assert DESCRIPTION not in body
            assert "Kai" not in body

    # 5. The lead, signed out, follows the mail's link: signs in, and lands on the concern.
    lead = audit.new_page(browser)
    lead.goto(f"{demo}/en/help/concerns/{concern.pk}/")
    expect(lead.get_by_role("heading", name="Sign In", level=1)).to_be_visible()
    audit.check(lead)
    lead.get_by_label("Email or username").fill("lead@demo.example")
    lead.get_by_label("Password", exact=True).fill(PASSWORD)
    lead.get_by_role("button", name="Sign In").click()
    expect(lead.get_by_text(DESCRIPTION)).to_be_visible()
    assert lead.url.endswith(f"/en/help/concerns/{concern.pk}/")
    audit.check(lead)
    # The list names who raised it, about whom, and how it stands.
    header_link(lead, "Concerns").click()
    audit.check(lead)
    concerns = lead.get_by_role("table", name="Concerns, newest first")
    expect(concerns.get_by_role("row")).to_have_count(2)
    row = concerns.get_by_role("row").filter(has_text="Milo")
    for text in ("Peer mentor", "Kai", "New", "ago"):
        expect(row).to_contain_text(text)
    concerns.get_by_role("link").click()
    expect(lead.get_by_text(DESCRIPTION)).to_be_visible()
    audit.check(lead)
    lead.get_by_label("Add a note").fill(LEAD_NOTE)
    lead.get_by_role("button", name="Add the note").click()
    expect(lead.get_by_text("Note added.")).to_be_visible()
    expect(lead.get_by_text(LEAD_NOTE)).to_be_visible()
    audit.check(lead)
    lead.get_by_label("Status", exact=True).select_option(label="Referred")
    lead.get_by_role("button", name="Change the status").click()
    expect(lead.get_by_text("Status changed.")).to_be_visible()
    audit.check(lead)
    lead.get_by_role("link", name="Audit trail").click()
    expect(lead.get_by_role("heading", name="Audit trail", level=1)).to_be_visible()
    audit.check(lead)
    entries = [
        (r.get_by_role("cell").nth(1).inner_text(), r.get_by_role("cell").nth(2).inner_text())
        for r in lead.get_by_role("row").filter(has=lead.get_by_role("cell")).all()
    ]
    assert entries == [
        ("Milo", "Raised"),
        ("The platform", "People told: Chris (coach), Sam (safeguarding lead)"),
        ("Sam (safeguarding lead)", "Viewed"),
        ("Sam (safeguarding lead)", "Viewed"),
        ("Sam (safeguarding lead)", "Note added"),
        ("Sam (safeguarding lead)", "Viewed"),
        ("Sam (safeguarding lead)", "Status changed: New → Referred"),
        ("Sam (safeguarding lead)", "Viewed"),
        ("Sam (safeguarding lead)", "Viewed the audit trail"),
    ], entries
    lead.context.close()

    # 6. The coach reads the session notes and can open the concern too.
    coach = sign_in(audit, browser, demo, "coach@demo.example")
    header_link(coach, "Mentors I coach").click()
    audit.check(coach)
    screenshots(coach, screenshot_dir, "coach-overview")
    expect(coach.get_by_role("cell", name=SESSION_NOTES)).to_be_visible()
    header_link(coach, "Concerns").click()
    audit.check(coach)
    coach_row = coach.get_by_role("table", name="Concerns, newest first").get_by_role("row")
    expect(coach_row.filter(has_text="Milo")).to_contain_text("Referred")
    coach.get_by_role("table", name="Concerns, newest first").get_by_role("link").click()
    expect(coach.get_by_text(DESCRIPTION)).to_be_visible()
    audit.check(coach)
    expect(coach.get_by_text(LEAD_NOTE)).to_be_visible()
    expect(
        coach.get_by_role("definition").filter(has_text=re.compile("^Referred$"))
    ).to_be_visible()
    coach.context.close()

    # 7. Anyone else in the organisation gets the same 404 as for a concern that is not there.
    for login in ("teacher@demo.example", "parent@demo.example"):
        other = sign_in(audit, browser, demo, login)
        expect(header_link(other, "Concerns")).to_have_count(0)
        expect_not_found(audit, other, concern_url)
        expect_not_found(audit, other, f"{demo}/en/help/concerns/")
        other.context.close()
