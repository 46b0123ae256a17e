"""States that journeys pass by: a notice with its "Dismiss" button, and pages on paper."""

import pytest
from playwright.sync_api import expect

from tests.browser.a11y import PHONE
from tests.browser.journeys import header_link, sign_in
from tests.notifications.factories import IDLE, inactive_sweep, wednesday_noon

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_pupil_reads_a_reminder_notice_and_dismisses_it(browser, demo, audit):
    from courses.models import Enrolment
    from notifications.models import InAppNotice

    # The pupil has no e-mail address: a week away from the course leaves a notice on
    # the dashboard, as the hourly sweep and the outbox deliver it.
    now = wednesday_noon()
    Enrolment.objects.filter(user__username="demo-pupil").update(last_active_at=now - IDLE)
    inactive_sweep(now=now)
    # (Other demo learners without e-mail may be idle by then too; this one is ours.)
    assert InAppNotice.objects.filter(user__username="demo-pupil").count() == 1

    page = sign_in(audit, browser, demo, "demo-pupil", viewport=PHONE)
    header_link(page, "My learning").click()
    notices = page.get_by_role("region", name="For you")
    reminder = notices.get_by_role("link", name="Pick up Staying safe online where you left off")
    expect(reminder).to_be_visible()
    audit.check(page)  # the link-button on a tinted notice, at 320 px and on a desktop

    notices.get_by_role("button", name="Dismiss").click()
    expect(page.get_by_role("region", name="For you")).to_have_count(0)
    expect(page.get_by_role("heading", name="My learning", level=1)).to_be_visible()
    audit.check(page)
    page.context.close()  # the dashboard polls its classes part: not into later tests


def test_a_class_list_and_a_logins_sheet_print_without_the_site_around_them(browser, demo, audit):
    teacher = sign_in(audit, browser, demo, "teacher@demo.example")
    header_link(teacher, "My classes").click()
    audit.check(teacher)
    teacher.get_by_role("link", name="Demo class 7B").click()
    audit.check(teacher)

    teacher.emulate_media(media="print")
    expect(teacher.get_by_role("table")).to_be_visible()
    expect(teacher.get_by_role("cell", name="Robin", exact=True)).to_be_visible()
    for hidden in (
        teacher.get_by_role("banner"),
        teacher.get_by_role("contentinfo"),
        teacher.get_by_role("button", name="Remove Robin"),
        teacher.get_by_role("link", name="Robin's data"),
        teacher.get_by_role("heading", name="Sessions"),
        teacher.get_by_role("heading", name="Manage the class"),
    ):
        expect(hidden).to_be_hidden()
    teacher.emulate_media(media="screen")

    teacher.get_by_label("How many logins?").fill("3")
    teacher.get_by_role("button", name="Make a sheet of pupil logins").click()
    expect(teacher.get_by_role("heading", name="Pupil logins for Demo class 7B")).to_be_visible()
    audit.check(teacher)
    teacher.emulate_media(media="print")
    slips = teacher.get_by_role("table").get_by_role("row")
    expect(slips).to_have_count(4)  # the heading row and three slips
    expect(teacher.get_by_text("the passwords are shown only once")).to_be_hidden()
    expect(teacher.get_by_role("link", name="Back to the class")).to_be_hidden()
    teacher.emulate_media(media="screen")
    teacher.context.close()
