"""Finding glossary terms in page text, for the editor's warning and the learner's aside.

Matching is case-insensitive and allows the usual English inflections of the last
word (plural, possessive), so "paedophiles" is found for "paedophile". Quotations
(the quote block, and <blockquote> in rich text) are skipped: their words are the
source's, not ours.
"""

import html
import re
from collections.abc import Iterable, Iterator

from django.utils.html import strip_tags
from wagtail.fields import StreamField
from wagtail.models import Page

QUOTE_BLOCK_TYPES = {"quote"}
_BLOCKQUOTE = re.compile(r"<blockquote\b.*?</blockquote>", re.IGNORECASE | re.DOTALL)
_PAGE_FIELDS_SKIPPED = {"slug", "url_path", "draft_title", "path", "seo_title"}


def _inflected(word: str) -> str:
    stem = re.escape(word)
    if re.fullmatch(r"[a-z]*[^aeiou]y", word, re.IGNORECASE):
        stem = re.escape(word[:-1]) + "(?:y|ies)"
    return stem + r"(?:s|es|'s|’s|s'|s’)?"


def term_pattern(forms: Iterable[str]) -> re.Pattern:
    """A regex that finds any of the forms, as whole words, with inflections."""
    alternatives = []
    for form in sorted({f.strip() for f in forms if f.strip()}, key=len, reverse=True):
        words = re.split(r"[\s\-]+", form)
        alternatives.append(r"[\s\-]+".join([*map(re.escape, words[:-1]), _inflected(words[-1])]))
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def plain_text(markup: str) -> str:
    """Rich text without quotations and tags."""
    return html.unescape(strip_tags(_BLOCKQUOTE.sub(" ", markup)))


def _stream_strings(raw: object) -> Iterator[str]:
    if isinstance(raw, str):
        yield plain_text(raw)
    elif isinstance(raw, dict):
        if raw.get("type") in QUOTE_BLOCK_TYPES and "value" in raw:
            return
        for key, value in raw.items():
            if key not in {"type", "id"}:
                yield from _stream_strings(value)
    elif isinstance(raw, list | tuple):
        for item in raw:
            yield from _stream_strings(item)


def _is_free_text(field) -> bool:
    internal_type = getattr(field, "get_internal_type", lambda: "")()
    return internal_type in {"CharField", "TextField"} and not field.choices


def page_text(page: Page) -> str:
    """Every piece of text an editor wrote on the page, quotations left out."""
    parts = [page.title]
    for field in type(page)._meta.get_fields():
        if getattr(field, "model", None) is Page or field.name in _PAGE_FIELDS_SKIPPED:
            continue
        if isinstance(field, StreamField):
            parts.extend(_stream_strings(list(getattr(page, field.name).raw_data)))
        elif _is_free_text(field):
            parts.append(plain_text(str(getattr(page, field.name) or "")))
    return "\n".join(parts)


def find_terms(text: str, terms: Iterable) -> list:
    """The terms (GlossaryTerm-like, with .forms) that occur in the text, in given order."""
    return [term for term in terms if term_pattern(term.forms).search(text)]
