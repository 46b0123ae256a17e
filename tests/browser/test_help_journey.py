"""Anyone finds help for their country: each country once in the list, in the page's
language, and the emergency number that works there."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _countries(page) -> list[str]:
    return page.locator("#help-country option").evaluate_all(
        "options => options.filter(o => o.value !== 'all').map(o => o.textContent.trim())"
    )


def test_a_visitor_picks_their_country_from_a_list_with_each_country_once(browser, demo, audit):
    page = audit.new_page(browser)
    page.goto(f"{demo}/en/help/")
    audit.check(page)

    english = _countries(page)
    assert len(english) > 3
    assert len(english) == len(set(english)), english
    assert english == sorted(english, key=str.casefold), english

    page.get_by_label("Country", exact=True).select_option(label="Netherlands")
    page.get_by_role("button", name="Show services").click()
    expect(page.get_by_role("heading", name="Netherlands")).to_be_visible()
    expect(page.get_by_text("call the emergency number 112")).to_be_visible()
    audit.check(page)

    page.goto(f"{demo}/nl/help/")
    audit.check(page)
    dutch = _countries(page)
    assert len(dutch) == len(set(dutch)) == len(english)
    assert "Duitsland" in dutch and dutch == sorted(dutch, key=str.casefold), dutch
