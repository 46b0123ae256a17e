"""Terms to avoid, in every language offered: on pages and in quizzes, with the warning
said in the text's language."""

from http import HTTPStatus

import pytest
from django.contrib.messages import get_messages
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from courses.demo import _seed_terms, language_data
from courses.selectors import avoid_terms_in_quiz
from courses.terminology import term_pattern
from tests.quizzes.factories import quiz_with_questions

pytestmark = pytest.mark.django_db


@pytest.fixture
def glossaries(db):
    english = {}
    for language in ("en", "nl", "de", "fr", "es", "ar"):
        locale, _ = Locale.objects.get_or_create(language_code=language)
        _seed_terms(locale, language_data(language)["terms"], english)


@pytest.mark.parametrize(
    ("language", "text", "found"),
    [
        ("de", "Sie teilten Kinderpornos in der Gruppe.", "Kinderpornografie"),
        ("de", "Das ist kinderpornografisches Material.", "Kinderpornografie"),
        ("fr", "Il s'agit de pédopornographie.", "pédopornographie"),
        ("fr", "de la pornographie infantile", "pédopornographie"),
        ("es", "Denunciar la pornografía infantil.", "pornografía infantil"),
        ("nl", "Wat is kinderporno?", "kinderporno"),
        ("ar", "التبليغ عن المواد الإباحية للأطفال", "المواد الإباحية للأطفال"),
        ("ar", "ونشر والمواد الإباحية للأطفال", "المواد الإباحية للأطفال"),
    ],
)
def test_each_language_s_words_to_avoid_are_found_in_its_text(language, text, found):
    term = next(t for t in language_data(language)["terms"] if t["term"] == found)
    forms = [term["term"], *term["variants"].splitlines()]
    assert term_pattern(forms, language).search(text)


def test_the_glossary_data_of_every_language_translates_the_english_terms():
    english = {t["term"]: t for t in language_data("en")["terms"]}
    for language in ("nl", "de", "fr", "es", "ar"):
        terms = language_data(language)["terms"]
        assert len(terms) == len(english), language
        assert len({t["term"].lower() for t in terms}) == len(terms), language
        for term in terms:
            assert term["usage"] == english[term["translation_of"]]["usage"], term
            assert term["explanation"], term
            assert bool(term["preferred"]) == bool(english[term["translation_of"]]["preferred"]), (
                term
            )


def _quiz_form(*, title: str, feedback: str) -> dict:
    choices = [
        {"text": "Tell a trusted adult", "is_correct": "on", "feedback": feedback},
        {"text": "Keep it secret", "is_correct": "", "feedback": ""},
    ]
    question = {"type": "single", "text": "What do you do?", "explanation": "Adults help."}
    return nested_form_data(
        {
            "title": title,
            "intro": "",
            "kind": "graded",
            "pass_mark": 60,
            "max_attempts": 0,
            "wait_minutes": 0,
            "questions": inline_formset([{**question, "choices": inline_formset(choices)}]),
        }
    )


@pytest.mark.parametrize(
    ("language", "feedback", "warning"),
    [
        ("de", "Das ist Kinderpornografie.", "Dieses Quiz verwendet „Kinderpornografie“"),
        ("fr", "C'est de la pornographie infantile.", "Ce quiz utilise « pédopornographie »"),
        # English words pasted into a translation are caught too, said in its language.
        ("de", "Das nennt man child pornography.", "Dieses Quiz verwendet „child pornography“"),
        ("fr", "On dit child pornography.", "Ce quiz utilise « child pornography »"),
    ],
)
def test_an_editor_writing_a_term_to_avoid_into_a_quiz_is_warned_in_its_language(
    client, staff_user, glossaries, language, feedback, warning
):
    from quizzes.models import Quiz

    client.force_login(staff_user)
    response = client.post(
        f"/admin/snippets/quizzes/quiz/add/?locale={language}",
        _quiz_form(title="Quiz", feedback=feedback),
    )

    assert response.status_code == HTTPStatus.FOUND, response.content.decode()[:2000]
    quiz = Quiz.objects.get(locale__language_code=language)
    warnings = [str(m) for m in get_messages(response.wsgi_request)]
    assert any(w.startswith(warning) for w in warnings), warnings
    preferred = avoid_terms_in_quiz(quiz)[0].preferred
    own = {t["term"]: t["preferred"] for t in language_data(language)["terms"]}
    assert preferred in own.values()  # the alternative in the quiz's language
    assert any(preferred in w for w in warnings)


def test_an_english_quiz_is_checked_against_the_english_glossary_only(glossaries):
    quiz = quiz_with_questions()
    question = quiz.questions.first()
    question.text = "Is Kinderpornografie a German word?"
    question.save()
    assert avoid_terms_in_quiz(quiz) == []
    question.text = "Why do we not say child pornography?"
    question.save()
    assert [t.term for t in avoid_terms_in_quiz(quiz)] == ["child pornography"]
