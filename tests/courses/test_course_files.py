"""Course files: read, checked and imported, by the admin, the command and seed_demo."""

import copy
import io
from http import HTTPStatus

import pytest
import yaml
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client
from hypothesis import given, settings
from hypothesis import strategies as st
from wagtail.models import Page

from courses.course_files import course_file_read, course_import
from courses.models import CoursePage, ModulePage
from quizzes.models import Choice, Question, Quiz
from tests.accounts.factories import UserFactory
from tests.courses.factories import catalogue_page, locale
from tests.roles import an_editor

pytestmark = pytest.mark.django_db

COURSE = {
    "language": "en",
    "slug": "safe-in-games",
    "title": "Safe in games",
    "audience": "parent",
    "summary": "What happens in the chat of a game, and what you can do.",
    "outcomes": ["Name two signs of grooming in a game chat."],
    "estimated_minutes": 20,
    "gives_certificate": True,
    "modules": [
        {
            "slug": "the-chat",
            "title": "The chat",
            "summary": "Who your child meets in a game.",
            "minutes": 10,
            "body": [
                {"text": "<h2>Game chats</h2><p>Players can write to each other.</p>"},
                {"callout": {"kind": "tip", "title": "Ask", "text": "<p>Play along once.</p>"}},
                {"help_services": {"heading": "Where to get help"}},
            ],
            "quizzes": [
                {
                    "title": "Game chats",
                    "kind": "graded",
                    "pass_mark": 50,
                    "questions": [
                        {
                            "type": "single",
                            "text": "A new friend asks to move to a private chat. What is it?",
                            "explanation": "Moving somewhere private is a common step.",
                            "choices": [
                                {"text": "A pattern worth knowing", "correct": True},
                                {"text": "Always harmless", "correct": False, "feedback": "No."},
                            ],
                        }
                    ],
                }
            ],
        },
        {
            "slug": "settings",
            "title": "Settings",
            "summary": "Settings that help.",
            "minutes": 10,
            "body": [{"text": "<p>Turn off chat with strangers.</p>"}],
        },
    ],
}


def as_file(data) -> bytes:
    return yaml.safe_dump(data, allow_unicode=True).encode()


def dutch_translation() -> dict:
    dutch = copy.deepcopy(COURSE)
    dutch.update(language="nl", translation_of="safe-in-games", slug="veilig-in-games")
    dutch["title"] = "Veilig in games"
    for module, title in zip(dutch["modules"], ("De chat", "Instellingen"), strict=True):
        module["title"] = title
    return dutch


@pytest.fixture
def catalogue():
    return catalogue_page()


def translate_catalogue(catalogue, language: str):
    """The home page and the catalogue in another language, as an editor would make them."""
    target = locale(language)
    for page in (catalogue.get_parent().specific, catalogue):
        if not page.has_translation(target):
            page.copy_for_translation(target).save_revision().publish()


def _counts():
    return (Page.objects.count(), Quiz.objects.count(), Question.objects.count())


# Reading and checking -----------------------------------------------------------------


def test_a_good_file_is_read_as_it_is():
    assert course_file_read(as_file(COURSE)) == COURSE


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda c: c.pop("title"), "title: is missing or is not text."),
        (lambda c: c.update(audience="parents"), "audience: should be one of: parent,"),
        (lambda c: c.update(language="xx"), "language: should be one of: en,"),
        (lambda c: c.update(estimated_minutes="soon"), "estimated_minutes: should be a whole"),
        (lambda c: c.update(modules=[]), "modules: should be a list of 1 to 40 items."),
        (
            lambda c: c["modules"][0]["body"].append({"image": {"image": 1}}),
            "modules 1, body 4: “image” is not a block a file can hold",
        ),
        (
            lambda c: c["modules"][0]["body"].append({"callout": {"colour": "red"}}),
            "modules 1, body 4: unknown fields: colour.",
        ),
        (
            lambda c: c["modules"][0]["quizzes"][0]["questions"][0]["choices"][0].update(
                correct=False
            ),
            "modules 1, quizzes 1, questions 1: no choice is marked correct.",
        ),
        (
            lambda c: c["modules"][0]["quizzes"][0]["questions"][0]["choices"][1].update(
                correct=True
            ),
            "only one choice may be correct in this type of question.",
        ),
        (lambda c: c["modules"][1].update(minutes=-5), "modules 2, minutes: should be a whole"),
    ],
)
def test_each_mistake_is_named_where_it_is(change, message):
    broken = copy.deepcopy(COURSE)
    change(broken)

    with pytest.raises(ValidationError) as error:
        course_file_read(as_file(broken))

    assert any(message in text for text in error.value.messages), error.value.messages


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"title: [unclosed", "The file is not valid YAML"),
        (b"\xff\xfe\x00", "The file is not UTF-8 text."),
        (b"- a list\n- not a course\n", "the file should hold one course"),
        (b"", "the file should hold one course"),
        (b"x" * 2_000_001, "The file is larger than 2 MB."),
    ],
)
def test_what_is_not_a_course_file_is_refused_clearly(content, message):
    with pytest.raises(ValidationError) as error:
        course_file_read(content)

    assert message in " ".join(error.value.messages)


@settings(max_examples=150, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(
                st.sampled_from(["title", "modules", "body", "quizzes", "text", "slug", "kind"]),
                children,
                max_size=5,
            )
        ),
        max_leaves=20,
    )
)
def test_any_yaml_is_either_a_course_or_a_clear_refusal(data):
    try:
        course_file_read(as_file(data))
    except ValidationError as error:
        assert error.messages


# Importing ----------------------------------------------------------------------------


def test_a_course_is_imported_with_its_modules_and_quizzes_published(catalogue):
    imported = course_import(data=course_file_read(as_file(COURSE)))

    course = imported.course
    assert imported.created
    assert course.live and course.get_parent().pk == catalogue.pk
    assert (course.title, course.audience, course.estimated_minutes) == (
        "Safe in games",
        "parent",
        20,
    )
    first, second = ModulePage.objects.child_of(course).order_by("path")
    assert [first.slug, second.slug] == ["the-chat", "settings"]
    assert first.live and second.live
    # The quiz goes before the closing help block and makes the module quiz-completed.
    assert [block.block_type for block in first.body] == [
        "text",
        "callout",
        "quiz",
        "help_services",
    ]
    assert first.completion_rule == ModulePage.CompletionRule.QUIZ
    assert second.completion_rule == ModulePage.CompletionRule.READ
    quiz = Quiz.objects.get(pk=first.quiz_ids()[0])
    assert (quiz.title, quiz.kind, quiz.pass_mark) == ("Game chats", "graded", 50)
    assert [c.is_correct for c in Choice.objects.filter(question__quiz=quiz)] == [True, False]


def test_importing_twice_changes_nothing(catalogue):
    course_import(data=course_file_read(as_file(COURSE)))
    before = _counts()

    again = course_import(data=course_file_read(as_file(COURSE)))

    assert not again.created
    assert _counts() == before


def test_a_draft_import_publishes_nothing(catalogue):
    course = course_import(data=course_file_read(as_file(COURSE)), publish=False).course

    assert not CoursePage.objects.get(pk=course.pk).live
    assert not ModulePage.objects.child_of(course).live().exists()
    assert CoursePage.objects.get(pk=course.pk).latest_revision is not None


def test_rich_text_keeps_only_what_the_toolbar_allows(catalogue):
    data = copy.deepcopy(COURSE)
    data["modules"][1]["body"] = [
        {"text": '<p onclick="steal()">Hi <script>alert(1)</script><b>there</b></p>'},
        {"callout": {"kind": "tip", "title": "T", "text": "<h2>Big</h2><p>it's <i>fine</i></p>"}},
    ]

    course = course_import(data=course_file_read(as_file(data))).course

    module = ModulePage.objects.child_of(course).get(slug="settings")
    text, callout = (block.value for block in module.body)
    assert "script" not in text.source and "onclick" not in text.source
    assert "<b>there</b>" in text.source
    assert "<h2>" not in callout["text"].source  # a callout has no headings
    assert "it's <i>fine</i>" in callout["text"].source


def test_a_mistake_found_while_saving_leaves_nothing_behind(catalogue):
    data = copy.deepcopy(COURSE)
    data["modules"][1]["slug"] = "the-chat"  # two modules at one address
    before = _counts()

    with pytest.raises(ValidationError):
        course_import(data=course_file_read(as_file(data)))

    assert _counts() == before


def test_a_translation_is_linked_to_its_course_and_its_quizzes(catalogue):
    english = course_import(data=course_file_read(as_file(COURSE))).course
    translate_catalogue(catalogue, "nl")
    dutch_locale = locale("nl")

    dutch = course_import(data=course_file_read(as_file(dutch_translation()))).course

    assert dutch.locale == dutch_locale and dutch.translation_key == english.translation_key
    assert dutch.slug == "veilig-in-games" and dutch.live
    english_module, _ = ModulePage.objects.child_of(english).order_by("path")
    dutch_module, _ = ModulePage.objects.child_of(dutch).order_by("path")
    assert dutch_module.translation_key == english_module.translation_key
    english_quiz = Quiz.objects.get(pk=english_module.quiz_ids()[0])
    dutch_quiz = Quiz.objects.get(pk=dutch_module.quiz_ids()[0])
    assert dutch_quiz.translation_key == english_quiz.translation_key
    assert dutch_quiz.locale == dutch_locale


@pytest.mark.parametrize(
    ("setup", "change", "message"),
    [
        ("none", lambda d: None, "There is no course “safe-in-games” to translate."),
        ("course", lambda d: None, "Translate the course catalogue into this language first."),
        ("both", lambda d: d["modules"].pop(), "The course has 2 modules"),
        ("both", lambda d: d.update(language="fr"), "The platform has no pages in fr yet."),
    ],
)
def test_a_translation_that_cannot_be_made_says_why(catalogue, setup, change, message):
    if setup in {"course", "both"}:
        course_import(data=course_file_read(as_file(COURSE)))
    if setup == "both":
        translate_catalogue(catalogue, "nl")
    locale("nl")
    data = dutch_translation()
    change(data)
    before = _counts()

    with pytest.raises(ValidationError) as error:
        course_import(data=course_file_read(as_file(data)))

    assert message in " ".join(error.value.messages)
    assert _counts() == before


# The admin and the command ------------------------------------------------------------


@pytest.fixture
def editor_client(catalogue):
    editor = an_editor(network=True, groups=("Editors",))
    client = Client()
    client.force_login(editor)
    return client


def _upload(client, content: bytes, **data):
    return client.post(
        "/admin/courses/import/",
        {"file": SimpleUploadedFile("course.yaml", content, "application/yaml"), **data},
    )


def test_an_editor_imports_a_course_as_drafts_from_the_admin(editor_client):
    page = editor_client.get("/admin/courses/import/")
    assert page.status_code == HTTPStatus.OK
    assert "Course file" in page.content.decode()

    response = _upload(editor_client, as_file(COURSE))

    course = CoursePage.objects.get(slug="safe-in-games")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == f"/admin/pages/{course.pk}/"
    assert not course.live  # drafts unless "Publish at once" is ticked
    # Editors may not publish (moderators do): told so, with nothing created.
    refused = _upload(editor_client, as_file({**COURSE, "slug": "other"}), publish="on")
    assert refused.status_code == HTTPStatus.OK
    assert "You may not publish courses" in refused.content.decode()
    assert not CoursePage.objects.filter(slug="other").exists()


def test_a_moderator_who_may_add_quizzes_imports_and_publishes_at_once(client, catalogue):
    moderator = an_editor(network=True, groups=("Moderators",))
    client.force_login(moderator)
    # Moderators publish pages; quizzes are the editors' (snippet permissions).
    refused = _upload(client, as_file(COURSE), publish="on")
    assert "you may not add quizzes" in refused.content.decode()
    assert not CoursePage.objects.filter(slug="safe-in-games").exists()
    moderator.groups.add(Group.objects.get(name="Editors"))

    _upload(client, as_file(COURSE), publish="on")

    course = CoursePage.objects.get(slug="safe-in-games")
    assert course.live
    assert ModulePage.objects.child_of(course).live().count() == 2


def test_a_bad_file_in_the_admin_says_what_is_wrong_and_creates_nothing(editor_client):
    broken = copy.deepcopy(COURSE)
    broken["modules"][0]["body"].append({"image": {"image": 1}})
    before = _counts()

    response = _upload(editor_client, as_file(broken))

    assert response.status_code == HTTPStatus.OK
    assert "is not a block a file can hold" in response.content.decode()
    assert _counts() == before


def test_people_who_may_not_edit_pages_cannot_import(client, parent, catalogue):
    assert client.get("/admin/courses/import/").status_code == HTTPStatus.FOUND  # to login
    client.force_login(parent)
    before = _counts()

    assert client.get("/admin/courses/import/").status_code in {
        HTTPStatus.FOUND,
        HTTPStatus.FORBIDDEN,
    }
    assert _upload(client, as_file(COURSE)).status_code in {HTTPStatus.FOUND, HTTPStatus.FORBIDDEN}
    assert _counts() == before


def test_the_command_imports_a_file_and_refuses_a_bad_one(catalogue, tmp_path):
    good = tmp_path / "course.yaml"
    good.write_bytes(as_file(COURSE))
    out = io.StringIO()

    call_command("import_course", str(good), "--draft", stdout=out)

    assert "Safe in games (en): imported" in out.getvalue()
    assert not CoursePage.objects.get(slug="safe-in-games").live
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(as_file({**COURSE, "title": ""}))
    with pytest.raises(CommandError, match="title: is missing"):
        call_command("import_course", str(bad))


# What the review found: values that passed the first checks ---------------------------


def _module_block(block: dict) -> dict:
    data = copy.deepcopy(COURSE)
    data["modules"][1]["body"] = [block]
    return data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_module_block({"callout": {"kind": "tip", "title": "t", "text": ["x"]}}), "body 1"),
        (_module_block({"callout": {"kind": "shout", "title": "t", "text": "<p>x</p>"}}), "kind"),
        (_module_block({"callout": {"kind": "tip", "title": "t" * 121, "text": "x"}}), "title"),
        (
            _module_block(
                {"scenario": {"title": "t", "story": "s", "question": "q", "choices": "abc"}}
            ),
            "body 1",
        ),
        (
            _module_block(
                {
                    "scenario": {
                        "title": "t",
                        "story": "s",
                        "question": "q",
                        "choices": [{"text": "only one", "feedback": "f"}],
                    }
                }
            ),
            "body 1",
        ),
        (_module_block({"video": {"video": "https://evil.example/"}}), "is not a block a file"),
        (
            {
                **COURSE,
                "modules": [
                    {
                        **COURSE["modules"][0],
                        "quizzes": [
                            {
                                "title": "Q",
                                "kind": "graded",
                                "intro": None,
                                "questions": COURSE["modules"][0]["quizzes"][0]["questions"],
                            }
                        ],
                    }
                ],
            },
            "intro: should be text.",
        ),  # noqa: E501
    ],
)
def test_a_block_or_quiz_value_of_the_wrong_kind_is_named_not_a_500(catalogue, data, message):
    before = _counts()

    with pytest.raises(ValidationError) as error:
        course_import(data=course_file_read(as_file(data)))

    assert any(message in text for text in error.value.messages), error.value.messages
    assert _counts() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"slug: 2024-13-45\n", "The file is not valid YAML"),
        (b"n: " + b"9" * 5000 + b"\n", "The file is not valid YAML"),
        (b"[" * 50_000, "The file is not valid YAML"),
        (b"title: !!binary aGk=\n", "cannot (bytes)"),
        (b"a: &q {b: *q}\n", "more than a course can"),
        (
            b"t: &t " + b"x" * 600_000 + b"\nmodules: [" + b"*t, " * 20 + b"*t]\n",
            "more than a course can",
        ),
    ],
)
def test_files_that_would_crash_or_swell_are_refused_clearly(content, message):
    with pytest.raises(ValidationError) as error:
        course_file_read(content)

    assert message in " ".join(error.value.messages)


def test_an_imported_draft_belongs_to_who_imported_it(catalogue):
    editor = UserFactory()

    course = course_import(data=course_file_read(as_file(COURSE)), publish=False, user=editor)

    assert course.course.owner == editor
    assert all(m.owner == editor for m in ModulePage.objects.child_of(course.course))
