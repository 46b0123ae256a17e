import re
import uuid

from quizzes.models import Attempt, Choice, Question, Quiz
from quizzes.services import AttemptForm, attempt_form, attempt_submit
from tests.courses.factories import locale


def quiz_with_questions(**fields) -> Quiz:
    """Three questions: single (B right), multiple (A and C right), true/false (True right)."""
    defaults = {"title": "Check", "kind": Quiz.Kind.GRADED, "pass_mark": 70}
    quiz = Quiz.objects.create(locale=locale("en"), **{**defaults, **fields})
    single = Question.objects.create(
        quiz=quiz,
        sort_order=0,
        type="single",
        text="Which one?",
        explanation="B is the safe choice.",
    )
    for order, (text, right) in enumerate([("A", False), ("B", True), ("C", False)]):
        Choice.objects.create(
            question=single,
            sort_order=order,
            text=f"single {text}",
            is_correct=right,
            feedback=f"feedback single {text}",
        )
    multiple = Question.objects.create(
        quiz=quiz,
        sort_order=1,
        type="multiple",
        text="Which ones?",
        explanation="A and C both help.",
    )
    for order, (text, right) in enumerate([("A", True), ("B", False), ("C", True), ("D", False)]):
        Choice.objects.create(
            question=multiple,
            sort_order=order,
            text=f"multi {text}",
            is_correct=right,
            feedback=f"feedback multi {text}",
        )
    true_false = Question.objects.create(
        quiz=quiz, sort_order=2, type="true_false", text="True?", explanation="It is true."
    )
    Choice.objects.create(question=true_false, sort_order=0, text="True", is_correct=True)
    Choice.objects.create(question=true_false, sort_order=1, text="False", is_correct=False)
    return quiz


def choice_ids(quiz: Quiz) -> dict[str, int]:
    """'single B' → id, and so on, for building answers."""
    return {c.text: c.pk for c in Choice.objects.filter(question__quiz=quiz)}


def answers_for(attempt, picks: dict[str, list[str]], quiz) -> dict[str, list[str]]:
    """POST-style answers: question id → choice ids, from picks by question type."""
    ids = choice_ids(quiz)
    by_type = {q["type"]: q["id"] for q in attempt.shown["questions"]}
    return {str(by_type[kind]): [str(ids[text]) for text in texts] for kind, texts in picks.items()}


ALL_RIGHT = {"single": ["single B"], "multiple": ["multi A", "multi C"], "true_false": ["True"]}


def take(user, quiz: Quiz, picks: dict[str, list[str]], context_id: int | None = None) -> Attempt:
    """The learner answers the quiz as its page would have them: form, then submit."""
    form = attempt_form(user=user, quiz=quiz)
    return attempt_submit(
        user=user,
        quiz=quiz,
        token=form.token,
        version=form.version,
        data=answers_for(form, picks, quiz),
        context_id=context_id,
    )


def page_form(response, *, user, quiz: Quiz) -> tuple[dict[str, str], AttemptForm]:
    """The quiz page's hidden fields and the questions it showed (rebuilt from its token)."""
    html = response.content.decode()
    fields = re.findall(r'<input type="hidden" name="(attempt|version)" value="([^"]*)"', html)
    hidden = dict(fields)
    shown = attempt_form(user=user, quiz=quiz, token=uuid.UUID(hidden["attempt"]))
    return hidden, shown


def answer_page(client, url: str, *, user, quiz: Quiz, picks: dict[str, list[str]]):
    """GET the quiz page and POST the picks with its hidden fields, as a browser would."""
    hidden, shown = page_form(client.get(url), user=user, quiz=quiz)
    data = {f"q-{qid}": ids for qid, ids in answers_for(shown, picks, quiz).items()}
    return client.post(url, {**hidden, **data})
