"""Every language the switcher offers is complete: its catalogue, and the pages themselves.

A catalogue with an empty or fuzzy entry fails here, and so does a page that shows an
English sentence in another language: a string someone forgot to mark for translation.
The text of a page that has no translation yet is exempt: it carries its own `lang`.
"""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import translation

LOCALE = Path(settings.BASE_DIR) / "locale"
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
_PLACEHOLDER = re.compile(r"%\([a-z_0-9]+\)[sd]|%[sd]|\{[a-z_0-9]+\}")


def _catalogue(language: str):
    with open(LOCALE / language / "LC_MESSAGES" / "django.po", "rb") as po:
        return read_po(po, locale=language)


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_offered_language_has_a_complete_catalogue(language):
    catalogue = _catalogue(language)
    messages = [message for message in catalogue if message.id]

    assert len(messages) > 900
    empty = [
        m.id for m in messages if not all(m.string if isinstance(m.string, tuple) else [m.string])
    ]
    fuzzy = [m.id for m in messages if m.fuzzy]
    assert not empty, f"{language}: {len(empty)} untranslated, first: {empty[:3]}"
    assert not fuzzy, f"{language}: {len(fuzzy)} fuzzy, first: {fuzzy[:3]}"


@pytest.mark.parametrize("language", ["nl", *TRANSLATED])
def test_translations_keep_every_placeholder(language):
    wrong = []
    for message in _catalogue(language):
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            # A form for exactly one may say "one" where English says %(count)s.
            source = set(_PLACEHOLDER.findall(message.id[1]))
            forms = [set(_PLACEHOLDER.findall(form)) for form in message.string]
            if any(not form <= source for form in forms) or not any(f == source for f in forms):
                wrong.append(message.id[0])
        elif set(_PLACEHOLDER.findall(message.id)) != set(_PLACEHOLDER.findall(message.string)):
            wrong.append(message.id)
    assert not wrong, f"{language}: placeholders differ in {wrong[:5]}"


# English words that do not occur in the other languages' interface text.
_ENGLISH = re.compile(
    r"\b(the|and|your|you|with|this|what|have|are|from|which|been|when|there|here|"
    r"please|about|yet|not|for)\b",
    re.IGNORECASE,
)


class _InterfaceText(HTMLParser):
    """The page's text nodes, leaving out scripts and whatever is marked with another
    language than the page's own (course text without a translation, language names)."""

    def __init__(self):
        super().__init__()
        self.page_language = None
        self.stack = []  # (tag, language)
        self.texts = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.page_language = attrs.get("lang")
        inherited = self.stack[-1][1] if self.stack else self.page_language
        if tag in {"br", "img", "input", "meta", "link", "hr", "source", "wbr"}:
            return
        self.stack.append((tag, attrs.get("lang", inherited)))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        tag, language = self.stack[-1] if self.stack else ("", self.page_language)
        if tag in {"script", "style", "title"} or language != self.page_language:
            return
        if data.strip():
            self.texts.append(" ".join(data.split()))


def english_sentences(html: str) -> list[str]:
    parser = _InterfaceText()
    parser.feed(html)
    return [
        text for text in parser.texts if len(text.split()) >= 3 and len(_ENGLISH.findall(text)) >= 2
    ]


def test_the_main_pages_show_no_english_sentence_in_any_other_offered_language(seeded_demo, db):
    from courses.models import ModulePage

    module = ModulePage.objects.live().filter(locale__language_code="en").first()
    parent = Client()
    parent.login(username="parent@demo.example", password="Demo-Password-2026")
    anonymous = Client()
    found = {}
    for language in TRANSLATED:
        with translation.override(language):
            pages = {
                anonymous: [
                    f"/{language}/",
                    f"/{language}/courses/",
                    reverse("help"),
                    reverse("safeguarding_concern_new"),
                    reverse("account_login"),
                    reverse("account_signup"),
                    reverse("classrooms_join"),
                    reverse("privacy"),
                    reverse("accessibility"),
                    f"/{language}/no-such-page/",
                    f"/{language}/" + module.url.removeprefix("/en/"),
                ],
                parent: [
                    reverse("courses_dashboard"),
                    reverse("accounts_profile"),
                    reverse("notifications_preferences"),
                ],
            }
        for client, urls in pages.items():
            for url in urls:
                response = client.get(url, follow=True)
                assert response.status_code in {200, 404}, (url, response.status_code)
                english = english_sentences(response.content.decode())
                if english:
                    found[url] = english[:3]
    assert not found, f"English interface text on other languages' pages: {found}"


def test_the_english_detector_finds_an_unmarked_sentence_and_skips_marked_text():
    html = (
        '<html lang="de"><body><p>Willkommen!</p>'
        '<div lang="en"><p>This course is not translated yet.</p></div>'
        "<p>Please sign in with your account.</p></body></html>"
    )
    assert english_sentences(html) == ["Please sign in with your account."]


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_server_error_page_speaks_the_visitor_s_language(language):
    from django.template.loader import get_template

    with translation.override(language):
        html = get_template("500.html").render()
        expected = translation.gettext("Something went wrong")

    assert f'<html lang="{language}"' in html
    assert expected in html and expected != "Something went wrong"
    assert ('dir="rtl"' in html) == (language == "ar")


@pytest.mark.parametrize("language", [settings.LANGUAGE_CODE, *TRANSLATED])
def test_every_language_writes_a_time_with_its_time_zone(language):
    import datetime
    import zoneinfo

    from django.utils.formats import date_format

    moment = datetime.datetime(2026, 12, 6, 21, 46, tzinfo=zoneinfo.ZoneInfo("Europe/Amsterdam"))
    with translation.override(language):
        written = date_format(moment, "DATETIME_FORMAT")
        day = date_format(moment.date(), "DATE_FORMAT")

    assert "21:46" in written and "CET" in written, written
    assert "2026" in day and "21:46" not in day
