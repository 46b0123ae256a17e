"""An organisation admin opens the impact report, reads it on a phone and on paper,
downloads its figures; the partner organisation's admin cannot open it."""

import csv
import io
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.a11y import PHONE
from tests.browser.journeys import expect_not_found, header_link, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_admin_reads_the_impact_report_and_downloads_its_figures(browser, demo, audit):
    admin = sign_in(audit, browser, demo, "admin@demo.example", viewport=PHONE)
    header_link(admin, "Impact report").click()
    expect(
        admin.get_by_role("heading", name="Impact report: Demo Child Protection Network", level=1)
    ).to_be_visible()
    audience = admin.get_by_role("table", name="People reached, by audience")
    expect(audience.get_by_role("rowheader", name="Total")).to_be_visible()
    # The demo organisation has fewer than ten people of most kinds.
    expect(audience.get_by_role("cell", name="fewer than 10").first).to_be_visible()
    audit.check(admin)

    admin.emulate_media(media="print")
    expect(admin.get_by_role("banner")).to_be_hidden()
    expect(admin.get_by_role("link", name="Download the figures (CSV)")).to_be_hidden()
    expect(audience).to_be_visible()
    admin.emulate_media(media="screen")

    with admin.expect_download() as download:
        admin.get_by_role("link", name="Download the figures (CSV)").click()
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    assert rows[0] == ["Figure", "Group", "Count"]
    assert any(row[0] == "People reached, by audience" and row[1] == "Total" for row in rows)
    admin.context.close()

    partner = sign_in(audit, browser, demo, "admin@partner.example")
    header_link(partner, "Impact report").click()
    expect(
        partner.get_by_role("heading", name="Impact report: Demo Partner Schools Trust", level=1)
    ).to_be_visible()
    audit.check(partner)
    expect_not_found(audit, partner, f"{demo}/en/reports/demo-network/")
    partner.context.close()
