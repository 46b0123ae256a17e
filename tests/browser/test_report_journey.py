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


def _token_from_the_api_page(page, audit, name: str) -> str:
    header_link(page, "Organisation").click()
    audit.check(page)
    page.get_by_role("link", name="API tokens for your organisation's other systems").click()
    audit.check(page)
    page.get_by_label("Name of the token").fill(name)
    page.get_by_label("Read the impact report").check()
    page.get_by_label("30 days").check()
    page.get_by_role("button", name="Create the token").click()
    expect(page.get_by_role("heading", name=f"Your new token “{name}”")).to_be_visible()
    audit.check(page)
    return page.get_by_label("Token to copy").input_value()


def _call(page, path: str, key: str):
    """The API called as another system would: with the token, without the session."""
    origin = "/".join(page.url.split("/")[:3])
    return page.request.get(f"{origin}{path}", headers={"Authorization": f"Bearer {key}"})


def _api_total(page, key: str) -> str:
    answer = _call(page, "/api/v1/reports/figures/", key)
    assert answer.status == 200, answer.text()
    sections = {section["key"]: section for section in answer.json()["sections"]}
    return sections["learners_by_audience"]["total"]["text"]


def test_an_admin_creates_a_token_and_reads_the_same_figures_through_the_api(browser, demo, audit):
    admin = sign_in(audit, browser, demo, "admin@demo.example")
    key = _token_from_the_api_page(admin, audit, "Funder dashboard")

    header_link(admin, "Impact report").click()
    audit.check(admin)
    audience = admin.get_by_role("table", name="People reached, by audience")
    page_total = audience.get_by_role("row").filter(has_text="Total").get_by_role("cell")
    assert _api_total(admin, key) == page_total.inner_text()

    # The documentation of the API loads, from this site only, without errors.
    errors = []
    admin.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    admin.goto(f"{demo}/api/docs/")
    expect(admin.get_by_text("/api/v1/reports/figures/").first).to_be_visible()
    assert errors == []
    audit.check(admin)  # noted as seen; Swagger UI's own markup is not audited (a11y.py)
    admin.go_back()

    # Revoked on the page, the token stops working at once.
    header_link(admin, "Organisation").click()
    admin.get_by_role("link", name="API tokens for your organisation's other systems").click()
    admin.get_by_role("button", name="Revoke “Funder dashboard”").click()
    expect(admin.get_by_text("The token “Funder dashboard” is revoked.")).to_be_visible()
    refused = _call(admin, "/api/v1/reports/figures/", key)
    assert refused.status == 401 and refused.json()["error"]["message"] == "This token was revoked."
    admin.context.close()


def test_the_partner_admins_token_reads_none_of_the_first_organisations_learners(
    browser, demo, audit
):
    demo_admin = sign_in(audit, browser, demo, "admin@demo.example")
    demo_key = _token_from_the_api_page(demo_admin, audit, "Network dashboard")
    demo_admin.context.close()
    partner = sign_in(audit, browser, demo, "admin@partner.example")
    key = _token_from_the_api_page(partner, audit, "Partner dashboard")

    organisation = _call(partner, "/api/v1/organisation/", key).json()
    assert organisation["slug"] == "demo-partner"
    # The partner's token was given the report only: no members, of anyone.
    members = _call(partner, "/api/v1/members/", key)
    assert members.status == 403
    header_link(partner, "Impact report").click()
    audit.check(partner)
    audience = partner.get_by_role("table", name="People reached, by audience")
    page_total = audience.get_by_role("row").filter(has_text="Total").get_by_role("cell")
    assert _api_total(partner, key) == page_total.inner_text()
    assert _api_total(partner, key) != _api_total(partner, demo_key)
    partner.context.close()
