"""The demo content editor writes a module, fixes a term to avoid, publishes and translates it."""

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from courses.demo import language_data
from tests.browser.a11y import DESKTOP, PHONE
from tests.browser.journeys import sign_in_to_admin

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COURSE = "Keeping your child safe online"
COURSE_PATH = "/en/courses/keeping-your-child-safe-online/"
DUTCH_COURSE_PATH = "/nl/courses/je-kind-veilig-online/"
AVOID = next(entry for entry in language_data("en")["terms"] if entry["term"] == "sextortion")
WARNING = f"This page uses “{AVOID['term']}”, a term to avoid. Prefer: {AVOID['preferred']}."

TITLE = "When someone asks a child for images"
SUMMARY = "What to do when someone online pressures a child for photos."
DRAFT_TEXT = "Sextortion often starts with a friendly message and a compliment."
FIXED_TEXT = "Sexual extortion often starts with a friendly message and a compliment."
DUTCH = {
    "Title": "Als iemand een kind om beelden vraagt",
    "Summary": "Wat te doen als iemand online een kind onder druk zet voor foto's.",
    "Text": "Seksuele afpersing begint vaak met een vriendelijk bericht en een compliment.",
}
DUTCH_SLUG = "als-iemand-een-kind-om-beelden-vraagt"


def _messages(page: Page) -> Locator:
    """Wagtail's message list after a save, publish or submit."""
    return page.get_by_role("main").get_by_role("status")


def _write_text_block(page: Page, text: str) -> None:
    """Replace what the body's only text block says."""
    # Draftail's editable area has no accessible name; it is the only textbox in the
    # body's "Text" block, so the block's region scopes it. Once saved, the region's
    # name goes on with a preview of the text.
    block = page.get_by_role("region", name="Body*", exact=True).get_by_role(
        "region", name=re.compile(r"^Text \*")
    )
    block.get_by_role("textbox").click()
    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.type(text)
    # Draftail copies its content into the form's hidden input 250 ms after the last
    # keystroke; a save before then would post the old text. The input has no role.
    expect(page.locator("input[name='body-0-value']")).to_have_value(re.compile(re.escape(text)))


def _translate_segment(panel: Locator, field: str, text: str) -> None:
    """Fill in one segment in wagtail-localize's translation editor and save it."""
    # The editor lists each field under a heading that names it; the text area it
    # opens has no accessible name, so the field's list item scopes it.
    segment = panel.get_by_role("listitem").filter(
        has=panel.page.get_by_role("heading", name=field, exact=True)
    )
    segment.get_by_role("button", name="Translate").click()
    segment.get_by_role("textbox").fill(text)
    segment.get_by_role("button", name="Save").click()
    expect(segment.get_by_role("button", name="Edit")).to_be_visible()
    expect(segment).to_contain_text(text)


def _screenshots(page: Page, url: str, name: str, folder) -> None:
    page.goto(url)
    for size in (PHONE, DESKTOP):
        page.set_viewport_size(size)
        page.screenshot(path=folder / f"{name}-{size['width']}.png", full_page=True)


def test_the_editor_fixes_a_term_to_avoid_publishes_a_module_and_translates_it_into_dutch(
    browser, demo, audit, screenshot_dir
):
    from wagtail.models import Locale

    from courses.models import ModulePage

    # The admin sends the editor to the platform's own sign-in page and back.
    editor = sign_in_to_admin(audit, browser, demo, "editor@demo.example")

    # 1. A new module in the parents' course, through the page explorer.
    editor.get_by_role("link", name=re.compile("Pages created in")).click()
    audit.check(editor)
    editor.get_by_role("link", name="Explore child pages of 'Courses'").click()
    audit.check(editor)
    editor.get_by_role("link", name=f"Explore child pages of '{COURSE}'").click()
    audit.check(editor)
    editor.get_by_role("link", name="Add child page").click()
    # A course holds only modules, so Wagtail goes straight to the module form.
    expect(editor.get_by_role("heading", name="New: Module", level=1)).to_be_visible()
    audit.check(editor)
    content = editor.get_by_role("tabpanel", name="Content")
    content.get_by_role("textbox", name="Title*").fill(TITLE)
    content.get_by_role("textbox", name="Summary", exact=True).fill(SUMMARY)
    content.get_by_role("region", name="Body*", exact=True).get_by_role(
        "button", name="Insert a block"
    ).click()
    editor.get_by_role("option", name="Text", exact=True).click()
    _write_text_block(editor, DRAFT_TEXT)
    open_to_anonymous = content.get_by_role("checkbox", name="Open to visitors without an account")
    expect(open_to_anonymous).to_be_checked()
    editor.get_by_role("button", name="Save draft").click()

    # The save goes through, with the warning naming the term and what to say instead.
    expect(_messages(editor)).to_contain_text(f"Page '{TITLE}' created.")
    expect(_messages(editor)).to_contain_text(WARNING)
    audit.check(editor)

    _write_text_block(editor, FIXED_TEXT)
    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name="Publish", exact=True).click()
    expect(_messages(editor)).to_contain_text(f"Page '{TITLE}' has been published.")
    expect(editor.get_by_text("a term to avoid")).to_have_count(0)
    audit.check(editor)
    module = ModulePage.objects.get(title=TITLE)
    assert module.live and module.open_to_anonymous
    assert module.locale.language_code == "en"

    # 2. The module is open to visitors without an account: a reader finds it in the course.
    reader = audit.new_page(browser)
    reader.goto(f"{demo}{COURSE_PATH}")
    audit.check(reader)
    reader.get_by_role("link", name=TITLE, exact=True).click()
    expect(reader.get_by_role("heading", name=TITLE, level=1)).to_be_visible()
    expect(reader.get_by_text(FIXED_TEXT)).to_be_visible()
    # The preferred term is explained beside the text.
    expect(reader.get_by_role("complementary", name="Words used in this module")).to_contain_text(
        "sexual extortion"
    )
    english_url = reader.url
    audit.check(reader)

    # 3. Translate it into Dutch: the Dutch course exists, so the module gets its copy there.
    editor.get_by_role("button", name=f"More options for '{TITLE}'").click()
    editor.get_by_role("link", name="Translate this page").click()
    expect(editor.get_by_role("heading", name=f"Translate page {TITLE}", level=1)).to_be_visible()
    audit.check(editor)
    editor.get_by_role("checkbox", name="Dutch").check()
    editor.get_by_role("button", name="Submit").click()
    expect(_messages(editor)).to_contain_text(
        f"The page '{TITLE}' was successfully submitted for translation into Dutch"
    )
    audit.check(editor)

    # Until the translation is published, Dutch readers do not get the English text
    # (wagtail-localize publishes a new translation at once, still in English, unless
    # WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is False).
    reader.goto(f"{demo}{DUTCH_COURSE_PATH}")
    audit.check(reader)
    expect(reader.locator("html")).to_have_attribute("lang", "nl")
    expect(reader.get_by_role("link", name=TITLE)).to_have_count(0)

    content = editor.get_by_role("tabpanel", name="Content")
    for field, text in DUTCH.items():
        _translate_segment(content, field, text)
    editor.get_by_role("tab", name="Promote").click()
    _translate_segment(editor.get_by_role("tabpanel", name="Promote"), "Slug", DUTCH_SLUG)
    editor.get_by_role("button", name=re.compile("^Publish in Dutch")).click()
    expect(_messages(editor)).to_contain_text(f"Published '{DUTCH['Title']}' in Dutch.")
    expect(editor.get_by_text("missing translations")).to_have_count(0)
    audit.check(editor)

    # The Dutch course now lists the module, in Dutch, at its Dutch address.
    reader.reload()
    audit.check(reader)
    reader.get_by_role("link", name=DUTCH["Title"], exact=True).click()
    expect(reader).to_have_url(f"{demo}{DUTCH_COURSE_PATH}{DUTCH_SLUG}/")
    expect(reader.locator("html")).to_have_attribute("lang", "nl")
    expect(reader.get_by_role("heading", name=DUTCH["Title"], level=1)).to_be_visible()
    expect(reader.get_by_text(DUTCH["Text"])).to_be_visible()
    expect(reader.get_by_text(FIXED_TEXT)).to_have_count(0)
    dutch_url = reader.url
    audit.check(reader)
    dutch = Locale.objects.get(language_code="nl")
    translation = module.get_translation(dutch)
    assert translation.live
    assert translation.get_parent().pk == module.get_parent().get_translation(dutch).pk

    _screenshots(reader, english_url, "editor-module", screenshot_dir)
    _screenshots(reader, dutch_url, "editor-module-nl", screenshot_dir)
    reader.context.close()
    editor.context.close()
