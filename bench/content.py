"""Bench content beside the demo's: courses of twenty modules, and ten-question quizzes.

The module bodies are copies of the demo's young learners' modules, so a bench page
weighs what a real one does.
"""

from dataclasses import dataclass

from django.db import transaction
from wagtail.models import Locale

from courses.models import Audience, CourseIndexPage, CoursePage, ModulePage
from quizzes.models import Choice, Question, Quiz

COURSES = 4
MODULES_PER_COURSE = 20
# The class and group course has a checkpoint quiz half-way (with seeded attempts) and
# the burst quiz in its last module (nobody has taken it before the burst).
CHECKPOINT_POSITION = 9
QUESTIONS = 10
QUESTION_TYPES = ("single", "multiple", "true_false", "single", "single")


@dataclass
class Content:
    courses: list[CoursePage]
    modules: dict[int, list[ModulePage]]
    checkpoint_quiz: Quiz
    burst_quiz: Quiz
    burst_module: ModulePage
    # The page wrk asks for: a demo module with a graded quiz, open to visitors.
    page_course: CoursePage
    page_module: ModulePage


def _quiz(title: str, locale: Locale) -> Quiz:
    quiz = Quiz.objects.create(title=title, kind=Quiz.Kind.GRADED, pass_mark=70, locale=locale)
    for position in range(QUESTIONS):
        kind = QUESTION_TYPES[position % len(QUESTION_TYPES)]
        question = Question.objects.create(
            quiz=quiz,
            sort_order=position,
            type=kind,
            text=f"Question {position + 1}: which of these keeps a young person safer online?",
            explanation="Talking to a trusted adult early makes it easier to get help.",
        )
        if kind == "true_false":
            texts, right = ["True", "False"], {0}
        else:
            texts = [f"Answer {letter}" for letter in "ABCD"]
            right = {0, 2} if kind == "multiple" else {1}
        Choice.objects.bulk_create(
            Choice(
                question=question,
                sort_order=i,
                text=text,
                is_correct=i in right,
                feedback="That is right." if i in right else "Not quite: read the module again.",
            )
            for i, text in enumerate(texts)
        )
    return quiz


def _body(source: ModulePage, quiz: Quiz | None) -> list:
    """The source module's body without its own quizzes, with this quiz before the help box."""
    body = [(block.block_type, block.value) for block in source.body if block.block_type != "quiz"]
    if quiz is not None:
        at = len(body) - 1 if body and body[-1][0] == "help_services" else len(body)
        body.insert(at, ("quiz", {"quiz": quiz}))
    return body


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@transaction.atomic
def content_create() -> Content:
    """Create the bench courses and quizzes next to the demo content (seed_demo first)."""
    english = Locale.objects.get(language_code="en")
    catalogue = CourseIndexPage.objects.get(locale=english)
    # The network's courses: the demo partner's own course is for its people only.
    live = CoursePage.objects.live().filter(locale=english, organisation__isnull=True)
    sources = list(ModulePage.objects.child_of(live.get(audience=Audience.YOUNG_LEARNER)).live())
    checkpoint = _quiz("Bench checkpoint", english)
    burst = _quiz("Bench burst quiz", english)
    courses, modules = [], {}
    for number in range(1, COURSES + 1):
        course = _publish(
            catalogue,
            CoursePage(
                title=f"Bench course {number}: staying safe online",
                slug=f"bench-course-{number}",
                audience=Audience.YOUNG_LEARNER,
                summary="A copy of the young learners' course, four times longer.",
                age_band="12-14",
                open_to_classes=True,
                gives_certificate=True,
            ),
        )
        courses.append(course)
        modules[course.pk] = []
        for position in range(MODULES_PER_COURSE):
            quiz = None
            if number == 1 and position == CHECKPOINT_POSITION:
                quiz = checkpoint
            elif number == 1 and position == MODULES_PER_COURSE - 1:
                quiz = burst
            source = sources[position % len(sources)]
            module = ModulePage(
                title=f"{source.title} ({position + 1})",
                slug=f"module-{position + 1}",
                summary=source.summary,
                estimated_minutes=source.estimated_minutes,
                body=_body(source, quiz),
                easy_read_body=[(block.block_type, block.value) for block in source.easy_read_body],
                completion_rule=ModulePage.CompletionRule.QUIZ
                if quiz
                else ModulePage.CompletionRule.READ,
            )
            modules[course.pk].append(_publish(course, module))
    page_course = live.get(audience=Audience.PARENT)
    page_module = (
        ModulePage.objects.child_of(page_course)
        .live()
        .filter(completion_rule=ModulePage.CompletionRule.QUIZ, open_to_anonymous=True)
        .first()
    )
    return Content(
        courses=courses,
        modules=modules,
        checkpoint_quiz=checkpoint,
        burst_quiz=burst,
        burst_module=modules[courses[0].pk][-1],
        page_course=page_course,
        page_module=page_module,
    )
