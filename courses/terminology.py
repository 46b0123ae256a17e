"""Finding glossary terms in text, for the editor's warning and the learner's aside.

Matching is case-insensitive, on whole words, and allows the common endings of the
text's language on the last word (English plural and possessive, so "paedophiles" is
found for "paedophile"; German case endings; French and Spanish plurals) and, in
Arabic, the article and the one-letter prefixes on the first ("والمواد" for "المواد").
A glossary term's variants list the rest. Quotations (the quote block, and
<blockquote> in rich text) are skipped: their words are the source's, not ours.
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


# Endings a last word may take, by language (the base form is always matched too).
_ENDINGS = {
    "en": r"(?:s|es|'s|’s|s'|s’)?",
    "nl": r"(?:s|en|'s|’s)?",
    "de": r"(?:e|en|n|s|es|er|ern)?",
    "fr": r"(?:s|x|e|es)?",
    "es": r"(?:s|es)?",
    "ar": "",
}
# Arabic writes the conjunctions, some prepositions and the article onto the word.
_ARABIC_PREFIXES = r"(?:[وفبلك]?(?:ال)?|لل)?"


def _inflected(word: str, language: str) -> str:
    stem = re.escape(word)
    if language == "en" and re.fullmatch(r"[a-z]*[^aeiou]y", word, re.IGNORECASE):
        stem = re.escape(word[:-1]) + "(?:y|ies)"
    return stem + _ENDINGS.get(language, "")


def term_pattern(forms: Iterable[str], language: str = "en") -> re.Pattern:
    """A regex that finds any of the forms, as whole words, with the language's endings."""
    alternatives = []
    for form in sorted({f.strip() for f in forms if f.strip()}, key=len, reverse=True):
        words = re.split(r"[\s\-]+", form)
        first = _ARABIC_PREFIXES if language == "ar" else ""
        if language == "ar" and words[0].startswith("ال"):
            words[0] = words[0][2:]  # the prefixes bring their own article
        alternatives.append(
            first
            + r"[\s\-]+".join(
                [*map(re.escape, words[:-1]), _inflected(words[-1], language)]
                if len(words) > 1
                else [_inflected(words[-1], language)]
            )
        )
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


def quiz_text(quiz) -> str:
    """Every piece of text an editor wrote in a quiz: title, introduction, questions,
    explanations, choices and their feedback (the unsaved form's, when given one)."""
    parts = [quiz.title, quiz.intro]
    for question in quiz.questions.all():
        parts += [question.text, question.explanation]
        for choice in question.choices.all():
            parts += [choice.text, choice.feedback]
    return "\n".join(plain_text(part or "") for part in parts)


def find_terms(text: str, terms: Iterable, language: str = "en") -> list:
    """The terms (GlossaryTerm-like, with .forms) that occur in the text, in given order."""
    return [term for term in terms if term_pattern(term.forms, language).search(text)]
