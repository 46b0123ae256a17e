import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from quizzes.models import Attempt, Quiz
from quizzes.scoring import question_points
from quizzes.services import AttemptNotAllowed, QuizChanged, attempt_form, attempt_submit
from safeguarding.selectors import country_for_request, help_directory_for_country

from .forms import ReflectionForm
from .models import CoursePage, Enrolment, ModulePage
from .selectors import (
    EASY_READ_COOKIE,
    course_progress,
    help_organisations,
    learner_dashboard,
    page_visible_to,
)
from .services import course_enrol, module_mark_done, module_open, reflection_save

ONE_YEAR = 60 * 60 * 24 * 365


def _safe_next(request, fallback: str = "/") -> str:
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


@require_POST
def easy_read_toggle(request):
    """Remember whether the learner reads modules in their easy-read version."""
    response = redirect(_safe_next(request))
    value = "1" if request.POST.get("easy_read") == "1" else "0"
    response.set_cookie(
        EASY_READ_COOKIE,
        value,
        max_age=ONE_YEAR,
        samesite="Lax",
        secure=request.is_secure(),
        httponly=True,
    )
    return response


@login_required
@require_POST
def reflection_submit(request, module_id: int, block_id: str):
    """Save the learner's private reflection and go back to it on the page."""
    module = _live_module(request, module_id)
    form = ReflectionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write something before you save, in at most 5,000 characters."))
        return redirect(f"{module.url}#block-{block_id}")
    try:
        reflection_save(
            user=request.user, module=module, block_id=block_id, text=form.cleaned_data["text"]
        )
    except ValidationError as error:
        raise Http404(error.messages[0]) from error
    messages.success(request, _("Saved. Only you can see what you wrote."))
    return redirect(f"{module.url}#block-{block_id}")


# Enrolment, progress and quizzes -----------------------------------------------------


def _live_module(request, module_id: int) -> ModulePage:
    """The live module, if the learner may read it (an organisation's course is for
    its people only); else 404."""
    module = get_object_or_404(ModulePage.objects.live().public().specific(), pk=module_id)
    if not page_visible_to(request=request, page=module):
        raise Http404
    return module


@login_required
@require_POST
def enrol(request, course_id: int):
    """One click from the course page; enrolling twice is harmless."""
    course = get_object_or_404(CoursePage.objects.live().public(), pk=course_id)
    if not page_visible_to(request=request, page=course):
        raise Http404
    course_enrol(user=request.user, course=course)
    messages.success(request, _("You are enrolled. Your progress is saved as you go."))
    return redirect(_safe_next(request, course.url))


@login_required
@require_POST
def module_seen(request, module_id: int):
    """The module page's script says the learner opened it: started, last seen, active.

    A POST because reading a page writes nothing. Without JavaScript, the learner's next
    step (marking a module done, a quiz, a reflection) records the activity instead.
    """
    recorded = module_open(user=request.user, module=_live_module(request, module_id))
    return JsonResponse({"recorded": recorded})


@login_required
@require_POST
def module_done(request, module_id: int):
    module = _live_module(request, module_id)
    try:
        module_mark_done(user=request.user, module=module)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect(module.url)
    progress = course_progress(user=request.user, course=module.get_parent().specific)
    if progress.is_complete:
        messages.success(request, _("Well done: you have completed the course!"))
        return redirect("courses_dashboard")
    messages.success(request, _("Module completed."))
    following = progress.next_module
    return redirect(progress.module_url(following) if following else progress.course.url)


def _quiz_for(request, module_id: int, quiz_id: int):
    """The module and quiz, if the quiz is on the module and the learner is enrolled."""
    module = _live_module(request, module_id)
    if quiz_id not in module.quiz_ids():
        raise Http404
    course = module.get_parent().specific
    if not Enrolment.objects.filter(user=request.user, course=course).exists():
        raise Http404
    quiz = get_object_or_404(Quiz, pk=quiz_id)
    return module, course, quiz


@login_required
def quiz_take(request, module_id: int, quiz_id: int):
    """Show the quiz (GET, which saves nothing) or score the answers and save them (POST)."""
    module, course, quiz = _quiz_for(request, module_id, quiz_id)
    context = {"module": module, "course": course, "quiz": quiz, "chosen": {}}
    if request.method != "POST":
        try:
            context["attempt"] = attempt_form(user=request.user, quiz=quiz)
        except AttemptNotAllowed as reason:
            context["not_allowed"] = str(reason)
            return render(request, "courses/quiz_take.html", context, status=403)
        return render(request, "courses/quiz_take.html", context)

    try:
        token = uuid.UUID(request.POST.get("attempt", ""))
    except ValueError:
        return HttpResponseBadRequest(_("This form is damaged. Reload the quiz and try again."))
    answers = {
        key.removeprefix("q-"): request.POST.getlist(key)
        for key in request.POST
        if key.startswith("q-")
    }
    try:
        attempt = attempt_submit(
            user=request.user,
            token=token,
            data=answers,
            quiz=quiz,
            version=request.POST.get("version", ""),
            context_id=module.pk,
        )
    except Attempt.DoesNotExist as error:
        raise Http404 from error
    except AttemptNotAllowed as reason:
        context["not_allowed"] = str(reason)
        return render(request, "courses/quiz_take.html", context, status=403)
    except QuizChanged as error:
        # Nothing was saved: the learner answers the quiz as it is now.
        context.update(attempt=attempt_form(user=request.user, quiz=quiz), errors=error.messages)
        return render(request, "courses/quiz_take.html", context, status=409)
    except ValidationError as error:
        # Nothing was saved: the same questions again, with what the learner chose.
        form = attempt_form(user=request.user, quiz=quiz, token=token)
        context.update(attempt=form, errors=error.messages, chosen=answers)
        return render(request, "courses/quiz_take.html", context, status=400)
    return redirect("courses_attempt", attempt_id=attempt.pk)


@login_required
def attempt_result(request, attempt_id: int):
    """The learner's own submitted attempt: what they chose, what was right, and why."""
    attempt = get_object_or_404(
        Attempt.objects.select_related("quiz"),
        pk=attempt_id,
        user=request.user,
        status=Attempt.Status.SUBMITTED,
    )
    module = ModulePage.objects.live().filter(pk=attempt.context_id).first()
    if module is not None and not page_visible_to(request=request, page=module):
        module = None  # their own answers stay theirs; the course they left is not linked
    questions = []
    for question in attempt.shown["questions"]:
        chosen = set(attempt.answers.get(str(question["id"]), []))
        points = question_points(
            question, chosen, partial_credit=attempt.shown.get("partial_credit", False)
        )
        questions.append(
            {
                "text": question["text"],
                "explanation": question["explanation"],
                "right": points == 1,
                "partly": 0 < points < 1,
                "choices": [
                    {**choice, "chosen": choice["id"] in chosen} for choice in question["choices"]
                ],
            }
        )
    can_retry = attempt.kind != Quiz.Kind.GRADED or not attempt.passed
    context = {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "questions": questions,
        "module": module,
        "course": module.get_parent().specific if module else None,
        "can_retry": can_retry and module is not None,
        "help_directory": help_directory_for_country(
            country=country_for_request(request), organisations=help_organisations(request)
        ),
    }
    return render(request, "courses/attempt_result.html", context)


@login_required
def dashboard(request):
    """My learning: courses in progress with their next module, results, completed courses."""
    return render(
        request, "courses/dashboard.html", {"dashboard": learner_dashboard(user=request.user)}
    )
