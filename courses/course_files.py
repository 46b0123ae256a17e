"""Courses as files: read a course file, check it, and import it as pages and quizzes.

One import for everyone: an editor uploads a file in the admin ("Import a course"),
an organisation runs `manage.py import_course FILE`, and `seed_demo` loads the demo
courses (courses/demo_content/*.yaml) the same way. docs/content.md describes the
format; in short, a YAML mapping:

    language: en                 # a language the platform offers
    translation_of: <slug>       # only for a translation: the default language's course
    slug, title, audience, summary, outcomes, estimated_minutes, gives_certificate,
    age_band, open_to_classes
    modules:
      - slug, title, summary, minutes
        body: [{text: "<p>..</p>"}, {callout: {kind, title, text}}, ...]
        easy_read: [...]         # the same blocks, for the easy-read version
        quizzes: [{title, intro, kind, pass_mark, questions: [{type, text,
                   explanation, choices: [{text, correct, feedback}]}]}]

A module's quizzes are placed at the end of its body, before a closing help-services
block. Rich text is cleaned to what its block allows (Wagtail's own whitelist), as the
editor's toolbar would. Everything is checked before anything is written, and written in
one transaction: a file with a mistake creates nothing. Importing a course whose slug
exists in that catalogue (or whose translation exists) changes nothing.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import yaml
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from accounts.models import AgeBand, Audience
from quizzes.models import Choice, Question, Quiz

from .blocks import ModuleBodyBlock
from .models import CourseIndexPage, CoursePage, ModulePage

MAX_FILE_BYTES = 2_000_000
# Blocks whose whole value can be written in a file: no image, document or video to
# choose or look up (editors add them in the admin after the import), and no quiz (a
# module's quizzes come from its `quizzes`).
FILE_BLOCKS = ("text", "callout", "scenario", "reflection", "quote", "help_services")
_BODY = ModuleBodyBlock()


# PyYAML's safe loader with libyaml's parser, where PyYAML has it (its wheels do): the
# demo's course files parse fifteen times quicker, and a file nested thousands deep is
# refused at once instead of after a second and more of recursion. The same safe
# constructor makes the values either way.
SAFE_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Imported:
    course: CoursePage
    created: bool


def course_file_read(content: bytes | str) -> dict:
    """The course in a file, checked; a ValidationError lists what is wrong."""
    if len(content) > MAX_FILE_BYTES:
        raise ValidationError(_("The file is larger than 2 MB."))
    if isinstance(content, bytes):
        try:
            content = content.decode("utf-8")
        except UnicodeDecodeError as error:
            raise ValidationError(_("The file is not UTF-8 text.")) from error
    try:
        data = yaml.load(content, Loader=SAFE_YAML_LOADER)  # noqa: S506 (a safe loader)
    except (yaml.YAMLError, ValueError, RecursionError) as error:
        # ValueError: a date that is no date, an integer of thousands of digits.
        raise ValidationError(
            _("The file is not valid YAML: %(problem)s"), params={"problem": str(error)[:300]}
        ) from error
    _check_plain_and_bounded(data)
    problems = _Checker().course(data)
    if problems:
        raise ValidationError(problems[:20])
    return data


# What a course file may hold at most once loaded, aliases (&name, *name) repeated:
# a few aliases must not turn a small file into gigabytes of pages.
MAX_VALUES = 100_000
MAX_TEXT = 5_000_000


def _check_plain_and_bounded(data) -> None:
    """Only text, numbers, true/false, lists and mappings with text keys, within bounds."""
    values, text, stack = 0, 0, [data]
    while stack:
        value = stack.pop()
        values += 1
        if isinstance(value, str):
            text += len(value)
        elif isinstance(value, dict):
            if not all(isinstance(key, str) for key in value):
                raise ValidationError(_("Every field name in the file should be text."))
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif value is not None and not isinstance(value, bool | int | float):
            raise ValidationError(
                _("The file holds a value a course file cannot (%(kind)s): write it as text."),
                params={"kind": type(value).__name__},
            )
        if values > MAX_VALUES or text > MAX_TEXT:
            raise ValidationError(
                _("The file holds more than a course can (too many or too long values).")
            )


def course_owner_by_slug(slug: str):
    """The organisation id owning the default language's course `slug`; None for the
    network's; False when there is no such course (the import then says so)."""
    owners = CoursePage.objects.filter(locale=Locale.get_default(), slug=slug).values_list(
        "organisation_id", flat=True
    )
    return owners[0] if owners else False


def course_import(*, data: dict, publish: bool = True, user=None, organisation=None) -> Imported:
    """Pages and quizzes for a checked course (`course_file_read`): a new course in the
    language's catalogue, or a translation of the default language's course. Published,
    or saved as drafts for an editor to review. One transaction: all or nothing.
    A new course belongs to `organisation` (None: the network); a translation to its
    course's."""
    try:
        with transaction.atomic():
            return _import(data, publish, user, organisation)
    except (TypeError, ValueError, KeyError, AttributeError, IntegrityError) as error:
        # The checks should have caught it; if one did not, the file is refused whole.
        raise ValidationError(
            _("The course could not be imported: %(problem)s"),
            params={"problem": str(error)[:300]},
        ) from error


def _import(data: dict, publish: bool, user, organisation) -> Imported:
    locale = Locale.objects.filter(language_code=data["language"]).first()
    if locale is None:
        raise ValidationError(
            _("The platform has no pages in %(language)s yet."),
            params={"language": data["language"]},
        )
    if data.get("translation_of"):
        return _import_translation(data, locale, publish, user)
    catalogue = CourseIndexPage.objects.filter(locale=locale).first()
    if catalogue is None:
        raise ValidationError(_("There is no course catalogue in this language yet."))
    existing = CoursePage.objects.child_of(catalogue).filter(slug=data["slug"]).first()
    if existing is not None:
        return Imported(existing, created=False)
    course = CoursePage(**_course_fields(data), organisation=organisation)
    _save(catalogue, course, publish, user)
    for module_data in data["modules"]:
        quizzes = [
            _quiz(quiz, locale, None, organisation) for quiz in module_data.get("quizzes", [])
        ]
        _save(course, ModulePage(**_module_fields(module_data, quizzes)), publish, user)
    return Imported(course, created=True)


def _import_translation(data: dict, locale: Locale, publish: bool, user) -> Imported:
    source = CoursePage.objects.filter(
        locale=Locale.get_default(), slug=data["translation_of"]
    ).first()
    if source is None:
        raise ValidationError(
            _("There is no course “%(slug)s” to translate."),
            params={"slug": data["translation_of"]},
        )
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return Imported(existing.specific, created=False)
    if not source.get_parent().has_translation(locale):
        raise ValidationError(_("Translate the course catalogue into this language first."))
    source_modules = list(ModulePage.objects.child_of(source).order_by("path"))
    if len(source_modules) != len(data["modules"]):
        raise ValidationError(
            _("The course has %(count)s modules; the translation should have as many."),
            params={"count": len(source_modules)},
        )
    course = _translate(source, locale, _course_fields(data), publish, user)
    for source_module, module_data in zip(source_modules, data["modules"], strict=True):
        if source_module.has_translation(locale):
            continue
        ids = source_module.quiz_ids()
        source_quizzes = sorted(Quiz.objects.filter(pk__in=ids), key=lambda q: ids.index(q.pk))
        quizzes = [
            _quiz(
                quiz,
                locale,
                source_quizzes[n] if n < len(source_quizzes) else None,
                source.organisation,
            )
            for n, quiz in enumerate(module_data.get("quizzes", []))
        ]
        _translate(source_module, locale, _module_fields(module_data, quizzes), publish, user)
    return Imported(course, created=True)


def _save(parent: Page, page: Page, publish: bool, user) -> None:
    page.live = publish
    page.owner = user  # those who may add but not edit pages can edit their own drafts
    parent.add_child(instance=page)
    _revise(page, publish, user)


def _translate(source: Page, locale: Locale, fields: dict, publish: bool, user) -> Page:
    translation = source.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.draft_title = translation.title
    translation.live = publish
    translation.owner = user
    translation.save()
    _revise(translation, publish, user)
    return translation


def _revise(page: Page, publish: bool, user) -> None:
    """The page's first revision: published, or a draft to review."""
    revision = page.save_revision(user=user)
    if publish:
        revision.publish(user=user)


def _course_fields(data: dict) -> dict:
    return {
        "title": data["title"],
        "slug": data["slug"],
        "audience": data["audience"],
        "summary": data["summary"],
        "outcomes": [("outcome", text) for text in data.get("outcomes") or []],
        "estimated_minutes": data["estimated_minutes"],
        "gives_certificate": data.get("gives_certificate", True),
        "age_band": data.get("age_band") or "",
        "open_to_classes": data.get("open_to_classes", False),
    }


def _module_fields(data: dict, quizzes: list[Quiz]) -> dict:
    body = _stream(data["body"])
    at = len(body) - 1 if body and body[-1][0] == "help_services" else len(body)
    body[at:at] = [("quiz", {"quiz": quiz}) for quiz in quizzes]
    graded = any(quiz.kind == Quiz.Kind.GRADED for quiz in quizzes)
    rule = ModulePage.CompletionRule.QUIZ if graded else ModulePage.CompletionRule.READ
    return {
        "title": data["title"],
        "slug": data["slug"],
        "summary": data["summary"],
        "estimated_minutes": data["minutes"],
        "body": body,
        "completion_rule": rule,
        "easy_read_body": _stream(data.get("easy_read") or []),
    }


def _stream(body: list[dict]) -> list[tuple]:
    """A file's blocks ({type: value}) as StreamField input, rich text cleaned."""
    stream = []
    for item in body:
        [(block_type, value)] = item.items()
        block = _BODY.child_blocks[block_type]
        value = _cleaned(block, value)
        rich = isinstance(block, blocks.RichTextBlock)
        stream.append((block_type, RichText(value) if rich else value))
    return stream


@functools.cache
def _converter(features: tuple[str, ...]) -> EditorHTMLConverter:
    return EditorHTMLConverter(features=list(features))


def _cleaned(block, value):
    if isinstance(block, blocks.RichTextBlock):
        cleaned = _converter(tuple(block.features)).to_database_format(value)
        # The whitelist writes an apostrophe as &#x27;: safe as it was, in text and in
        # double-quoted attributes, and easier to search for.
        return cleaned.replace("&#x27;", "'")
    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        return {
            name: _cleaned(block.child_blocks[name], item) if name in block.child_blocks else item
            for name, item in value.items()
        }
    if isinstance(block, blocks.ListBlock) and isinstance(value, list):
        return [_cleaned(block.child_block, item) for item in value]
    return value


def _quiz(data: dict, locale: Locale, translation_of: Quiz | None, organisation=None) -> Quiz:
    """A quiz of the course's organisation (a translation: of its original's)."""
    quiz = Quiz(
        title=data["title"],
        intro=data.get("intro", ""),
        kind=data["kind"],
        pass_mark=data.get("pass_mark", 70),
        locale=locale,
        organisation=organisation,
    )
    if translation_of is not None:
        quiz.translation_key = translation_of.translation_key
        quiz.organisation_id = translation_of.organisation_id
    quiz.full_clean()
    quiz.save()
    for order, question_data in enumerate(data["questions"]):
        question = Question(
            quiz=quiz,
            sort_order=order,
            type=question_data["type"],
            text=question_data["text"],
            explanation=question_data.get("explanation", ""),
        )
        question.full_clean()
        question.save()
        choices = [
            Choice(
                question=question,
                sort_order=n,
                text=choice["text"],
                is_correct=choice["correct"],
                feedback=choice.get("feedback", ""),
            )
            for n, choice in enumerate(question_data["choices"])
        ]
        for choice in choices:
            choice.full_clean()
        Choice.objects.bulk_create(choices)
    return quiz


class _Checker:
    """Every problem in a file, each with where it is ("modules 2, quizzes 1: ..."),
    found before anything is written."""

    def __init__(self):
        self.problems: list[str] = []

    def add(self, where: str, problem: str) -> None:
        self.problems.append(f"{where}: {problem}" if where else problem)

    def course(self, data) -> list[str]:
        if not isinstance(data, dict):
            self.add("", _("the file should hold one course (a mapping of its fields)."))
            return self.problems
        languages = [code for code, _name in settings.LANGUAGES]
        self.choice(data, "language", languages, "")
        if data.get("translation_of") is not None:
            self.text(data, "translation_of", "", max_length=255)
        self.text(data, "slug", "", max_length=255)
        self.text(data, "title", "", max_length=255)
        self.choice(data, "audience", Audience.values, "")
        self.text(data, "summary", "", max_length=600)
        self.number(data, "estimated_minutes", "", low=1, high=6000)
        self.flag(data, "gives_certificate", "", required=False)
        self.flag(data, "open_to_classes", "", required=False)
        if data.get("age_band"):
            self.choice(data, "age_band", sorted(AgeBand.youth_values()), "")
        for n, outcome in enumerate(self.items(data, "outcomes", "", high=12), start=1):
            if not isinstance(outcome, str) or not outcome.strip():
                self.add(f"outcomes {n}", _("should be text."))
        for n, module in enumerate(self.items(data, "modules", "", low=1, high=40), start=1):
            self.module(module, f"modules {n}")
        return self.problems

    def module(self, module, where: str) -> None:
        if not isinstance(module, dict):
            self.add(where, _("should be a mapping of the module's fields."))
            return
        self.text(module, "slug", where, max_length=255)
        self.text(module, "title", where, max_length=255)
        self.text(module, "summary", where, max_length=600)
        self.number(module, "minutes", where, low=1, high=600)
        for field in ("body", "easy_read"):
            low = 1 if field == "body" else 0
            for n, item in enumerate(self.items(module, field, where, low=low), start=1):
                self.block(item, f"{where}, {field} {n}")
        for n, quiz in enumerate(self.items(module, "quizzes", where, low=0, high=5), start=1):
            self.quiz(quiz, f"{where}, quizzes {n}")

    def block(self, item, where: str) -> None:
        if not isinstance(item, dict) or len(item) != 1:
            self.add(where, _("should be one block: its type, then its value."))
            return
        [(block_type, value)] = item.items()
        if block_type not in FILE_BLOCKS:
            self.add(
                where,
                _("“%(type)s” is not a block a file can hold (%(types)s).")
                % {"type": str(block_type)[:40], "types": ", ".join(FILE_BLOCKS)},
            )
            return
        block = _BODY.child_blocks[block_type]
        if isinstance(block, blocks.StructBlock) and not isinstance(value, dict):
            self.add(where, _("should be a mapping of the block's fields."))
        elif not isinstance(block, blocks.StructBlock) and not isinstance(value, str):
            self.add(where, _("should be text."))
        elif isinstance(value, dict):
            unknown = sorted(set(map(str, value)) - set(block.child_blocks))
            if unknown:
                self.add(
                    where,
                    _("unknown fields: %(fields)s.") % {"fields": ", ".join(unknown)[:200]},
                )
            else:
                self.block_value(block, value, where)
        else:
            self.block_value(block, value, where)

    def block_value(self, block, value, where: str) -> None:
        """The block's own checks (lengths, choices, required fields), as the editor's
        form would run them."""
        try:
            _cleaned(block, value)  # rich text must be text the whitelist can read
            block.clean(block.to_python(value))
        except ValidationError as error:
            for message in _block_messages(error):
                self.add(where, message)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.add(where, _("a field holds a value of the wrong kind."))

    def quiz(self, quiz, where: str) -> None:
        if not isinstance(quiz, dict):
            self.add(where, _("should be a mapping of the quiz's fields."))
            return
        self.text(quiz, "title", where, max_length=200)
        self.optional_text(quiz, "intro", where)
        self.choice(quiz, "kind", Quiz.Kind.values, where)
        if "pass_mark" in quiz:
            self.number(quiz, "pass_mark", where, low=0, high=100)
        for n, question in enumerate(self.items(quiz, "questions", where, low=1, high=50), 1):
            self.question(question, f"{where}, questions {n}")

    def question(self, question, where: str) -> None:
        if not isinstance(question, dict):
            self.add(where, _("should be a mapping of the question's fields."))
            return
        self.choice(question, "type", Question.Type.values, where)
        self.text(question, "text", where)
        self.optional_text(question, "explanation", where)
        choices = self.items(question, "choices", where, low=2, high=8)
        for n, choice in enumerate(choices, start=1):
            if not isinstance(choice, dict):
                self.add(f"{where}, choices {n}", _("should be a mapping: text, correct."))
                continue
            self.text(choice, "text", f"{where}, choices {n}", max_length=300)
            self.flag(choice, "correct", f"{where}, choices {n}")
            self.optional_text(choice, "feedback", f"{where}, choices {n}")
        correct = sum(1 for c in choices if isinstance(c, dict) and c.get("correct") is True)
        if choices and correct == 0:
            self.add(where, _("no choice is marked correct."))
        elif correct > 1 and question.get("type") in {"single", "true_false"}:
            self.add(where, _("only one choice may be correct in this type of question."))

    # Fields ---------------------------------------------------------------------------

    def text(self, data: dict, name: str, where: str, *, max_length: int = 10_000) -> None:
        value = data.get(name)
        if not isinstance(value, str) or not value.strip():
            self.add(_join(where, name), _("is missing or is not text."))
        elif len(value) > max_length:
            self.add(
                _join(where, name),
                _("is longer than %(count)s characters.") % {"count": max_length},
            )

    def optional_text(self, data: dict, name: str, where: str) -> None:
        if name in data and not isinstance(data[name], str):
            self.add(_join(where, name), _("should be text."))

    def number(self, data: dict, name: str, where: str, *, low: int, high: int) -> None:
        value = data.get(name)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.add(
                _join(where, name),
                _("should be a whole number from %(low)s to %(high)s.")
                % {"low": low, "high": high},
            )

    def flag(self, data: dict, name: str, where: str, *, required: bool = True) -> None:
        if (required or name in data) and not isinstance(data.get(name), bool):
            self.add(_join(where, name), _("should be true or false."))

    def choice(self, data: dict, name: str, choices, where: str) -> None:
        if data.get(name) not in choices:
            self.add(
                _join(where, name),
                _("should be one of: %(choices)s.") % {"choices": ", ".join(map(str, choices))},
            )

    def items(self, data: dict, name: str, where: str, *, low: int = 0, high: int = 200) -> list:
        value = data.get(name, [] if low == 0 else None)
        if not isinstance(value, list) or not low <= len(value) <= high:
            self.add(
                _join(where, name),
                _("should be a list of %(low)s to %(high)s items.") % {"low": low, "high": high},
            )
            return []
        return value


def _block_messages(error: ValidationError) -> list[str]:
    """A block's validation error as lines, each with the field it is about."""
    fields = getattr(error, "block_errors", None)
    if not fields:
        return [str(message) for message in error.messages]
    non_block = getattr(error, "non_block_errors", None)
    lines = list(ValidationError(list(non_block)).messages) if non_block else []
    for name, inner in fields.items() if isinstance(fields, dict) else enumerate(fields):
        for message in _block_messages(inner):
            lines.append(f"{name}: {message}")
    return lines


def _join(where: str, name: str) -> str:
    return f"{where}, {name}" if where else name
