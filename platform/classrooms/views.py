import csv
import functools
from urllib.parse import urlencode

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from accounts.capabilities import Capability, user_can
from accounts.groups import membership_end
from accounts.join_views import join_code_action, join_with_code

from . import live_sessions, services
from .forms import (
    ClassroomForm,
    CoTeacherForm,
    JoinForm,
    NewPupilJoinForm,
    PupilLoginsForm,
    SessionForm,
)
from .models import ClassMembership, ClassSession, SessionAnswer
from .selectors import (
    REPORT_PAGE_SIZE,
    REPORT_SORTS,
    class_progress,
    class_progress_rows,
    classes_for_dashboard,
    classroom_for_teacher,
    classroom_sessions,
    classrooms_of_pupil,
    membership_for_pupil,
    teacher_dashboard_rows,
)


def join(request):
    """Pupils join a class with its code: a nickname and a password, no e-mail address."""
    form_class = JoinForm if request.user.is_authenticated else NewPupilJoinForm
    form = form_class(request.POST or None, initial={"code": request.GET.get("code", "")})
    if request.method == "POST" and form.is_valid():
        outcome = join_with_code(
            request,
            form,
            scope="code",
            find=services.classroom_for_code,
            join_existing=lambda classroom, user, nickname: services.pupil_join(
                classroom=classroom, pupil=user, nickname=nickname
            ),
            join_new=lambda classroom, nickname, password: services.pupil_account_join(
                classroom=classroom, nickname=nickname, password=password
            ),
        )
        if isinstance(outcome, HttpResponse):
            return outcome
        if outcome is not None:
            return redirect("classrooms_detail", classroom_id=outcome.pk)
    return render(request, "classrooms/join.html", {"form": form})


@login_required
def teacher_dashboard(request):
    """A teacher's classes, with one progress bar each; anyone else's own classes."""
    if not user_can(user=request.user, capability=Capability.TEACH):
        return render(
            request,
            "classrooms/my_classes.html",
            {"memberships": classrooms_of_pupil(user=request.user)},
        )
    return render(request, "classrooms/dashboard.html", teacher_dashboard_rows(user=request.user))


@login_required
def classroom_create(request):
    if not user_can(user=request.user, capability=Capability.TEACH):
        raise Http404
    form = ClassroomForm(request.POST or None, teacher=request.user)
    if request.method == "POST" and form.is_valid():
        classroom = services.classroom_create(teacher=request.user, **form.cleaned_data)
        messages.success(request, _("Your class is ready. Show the join code to your pupils."))
        return redirect("classrooms_detail", classroom_id=classroom.pk)
    return render(request, "classrooms/create.html", {"form": form})


def classroom_detail(request, classroom_id: int):
    """The class page: the teacher's view, a pupil's own view, or 404 for anyone else."""
    membership = membership_for_pupil(user=request.user, classroom_id=classroom_id)
    if membership is not None:
        return render(
            request,
            "classrooms/pupil.html",
            {
                "membership": membership,
                "classroom": membership.classroom,
                "sessions": classroom_sessions(classroom=membership.classroom),
            },
        )
    classroom = classroom_for_teacher(user=request.user, classroom_id=classroom_id)
    join_address = settings.SITE_URL + reverse("classrooms_join")
    join_url = f"{join_address}?{urlencode({'code': classroom.join_code})}"
    return render(
        request,
        "classrooms/detail.html",
        {
            "classroom": classroom,
            # For the board: the whole address, and a QR code that opens it with the code.
            "join_address": join_address,
            "join_qr": _join_qr(join_url),
            "progress": class_progress(
                classroom=classroom,
                page=request.GET.get("page", 1),
                per_page=REPORT_PAGE_SIZE,
                sort=request.GET.get("sort", ""),
                query=request.GET.get("q", ""),
            ),
            "sorts": REPORT_SORTS.items(),
            "co_teacher_form": CoTeacherForm(),
            "logins_form": PupilLoginsForm(),
            "session_form": SessionForm(
                classroom=classroom, initial={"time_zone": request.user.profile.time_zone}
            ),
            "sessions": classroom_sessions(classroom=classroom),
            "teachers": classroom.teachers.select_related("profile"),
        },
    )


class _Echo:
    """What csv.writer writes to, for a response that streams: each row as it comes."""

    def write(self, value: str) -> str:
        return value


@functools.lru_cache(maxsize=512)
def _join_qr(url: str) -> str:
    """The join address as a QR code (SVG data URI). A class keeps its code for weeks,
    and segno tries all eight masks for each code: made once per process and code."""
    return segno.make(url, error="m").svg_data_uri(scale=6, border=2)


@login_required
def classroom_csv(request, classroom_id: int):
    """Every active pupil's progress as CSV, streamed a batch of pupils at a time."""
    classroom = classroom_for_teacher(user=request.user, classroom_id=classroom_id)
    rows = class_progress_rows(classroom=classroom)
    facts = next(rows)  # the class's modules and quizzes, read before the first byte
    response = StreamingHttpResponse(
        _csv_lines(facts, rows, header=_csv_header(facts), yes=_("yes")),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="class-{classroom.pk}-progress.csv"'
    return response


def _csv_header(facts) -> list[str]:
    """The columns, in the request's language (the rows stream after the view returns)."""
    titles = [_csv_safe(module.title) for module in facts.modules]
    # Two columns per quiz: the best score and the date of the latest attempt.
    quiz_columns = []
    for quiz_id in facts.quiz_ids:
        title = facts.quiz_titles.get(quiz_id, "")
        quiz_columns += [
            _csv_safe(_("%(quiz)s: best score (%%)") % {"quiz": title}),
            _csv_safe(_("%(quiz)s: last taken") % {"quiz": title}),
        ]
    return [_("Nickname"), _("Progress (%)"), _("Last active"), *titles, *quiz_columns]


def _csv_lines(facts, rows, *, header: list[str], yes: str):
    writer = csv.writer(_Echo())
    yield writer.writerow(header)
    for row in rows:
        done = set(row["modules_completed"])
        quiz_cells = []
        for quiz_id in facts.quiz_ids:
            result = row["quizzes"][quiz_id]
            quiz_cells += (
                [f"{result['best']:.0f}", result["date"].date().isoformat()] if result else ["", ""]
            )
        yield writer.writerow(
            [
                _csv_safe(row["membership"].nickname),
                row["percent"],
                row["last_seen"].isoformat() if row["last_seen"] else "",
                *[yes if module.pk in done else "" for module in facts.modules],
                *quiz_cells,
            ]
        )


def _csv_safe(value: str) -> str:
    # A spreadsheet runs a cell that starts with =, +, - or @ as a formula.
    return f"'{value}" if value[:1] in {"=", "+", "-", "@"} else value


@login_required
@require_POST
def classroom_action(request, classroom_id: int, action: str):
    """The teacher's buttons on the class page."""
    classroom = classroom_for_teacher(user=request.user, classroom_id=classroom_id)
    if join_code_action(request, classroom, action):
        pass
    elif action in {"certificates-on", "certificates-off"}:
        services.classroom_set_certificates(classroom=classroom, on=action == "certificates-on")
        if action == "certificates-on":
            messages.success(
                request,
                _("Pupils who complete the course get a certificate, those done already too."),
            )
        else:
            messages.success(request, _("Pupils no longer get certificates in this class."))
    elif action == "archive":
        if request.POST.get("confirm") != "yes":
            # Asked first, on a page of its own (no JavaScript needed).
            return render(request, "classrooms/archive_confirm.html", {"classroom": classroom})
        services.classroom_archive(classroom=classroom)
        messages.success(request, _("The class is archived. Pupils keep their own progress."))
    elif action == "co-teacher":
        form = CoTeacherForm(request.POST)
        if form.is_valid():
            try:
                services.classroom_add_co_teacher(
                    classroom=classroom, email=form.cleaned_data["email"]
                )
                messages.success(request, _("Co-teacher added."))
            except ValidationError as error:
                messages.error(request, error.messages[0])
        else:
            messages.error(request, _("Enter a valid e-mail address."))
    elif action == "logins":
        form = PupilLoginsForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose between 1 and 60 logins."))
            return redirect("classrooms_detail", classroom_id=classroom.pk)
        try:
            logins = services.pupil_logins_create(
                classroom=classroom, count=form.cleaned_data["count"]
            )
        except ValidationError as error:
            messages.error(request, error.messages[0])
            return redirect("classrooms_detail", classroom_id=classroom.pk)
        return render(
            request, "classrooms/logins_sheet.html", {"classroom": classroom, "logins": logins}
        )
    else:
        raise Http404
    return redirect("classrooms_detail", classroom_id=classroom.pk)


@login_required
@require_POST
def membership_remove(request, classroom_id: int, membership_id: int):
    classroom = classroom_for_teacher(user=request.user, classroom_id=classroom_id)
    membership = get_object_or_404(ClassMembership, pk=membership_id, classroom=classroom)
    membership_end(membership=membership, removed=True)
    messages.success(
        request, _("%(nickname)s is no longer in the class.") % {"nickname": membership.nickname}
    )
    return redirect("classrooms_detail", classroom_id=classroom.pk)


@login_required
@require_POST
def membership_leave(request, classroom_id: int):
    membership = membership_for_pupil(user=request.user, classroom_id=classroom_id)
    if membership is None:
        raise Http404
    membership_end(membership=membership)
    messages.success(request, _("You have left the class. Your own progress is kept."))
    return redirect("courses_dashboard")


# Live class sessions ---------------------------------------------------------------


def _session_for_teacher(request, classroom_id: int, session_id: int):
    classroom = classroom_for_teacher(user=request.user, classroom_id=classroom_id)
    session = get_object_or_404(
        ClassSession.objects.select_related("module"), pk=session_id, classroom=classroom
    )
    return classroom, session


@login_required
@require_POST
def session_create(request, classroom_id: int):
    classroom = classroom_for_teacher(user=request.user, classroom_id=classroom_id)
    form = SessionForm(request.POST, classroom=classroom)
    if form.is_valid():
        try:
            live_sessions.session_schedule(classroom=classroom, **form.cleaned_data)
            messages.success(request, _("Session scheduled."))
        except ValidationError as error:
            messages.error(request, error.messages[0])
    else:
        messages.error(request, _("Choose a module, a date, a time and a time zone."))
    return redirect("classrooms_detail", classroom_id=classroom.pk)


@login_required
def session_present(request, classroom_id: int, session_id: int):
    """The teacher's presenter view, in large type for a projector."""
    classroom, session = _session_for_teacher(request, classroom_id, session_id)
    steps = live_sessions.session_steps(session.module)
    step = steps[session.step] if steps and session.step < len(steps) else None
    question_id = step.question.pk if step and step.kind == "question" else None
    return render(
        request,
        "classrooms/present.html",
        {
            "classroom": classroom,
            "session": session,
            "step": step,
            "step_count": len(steps),
            "step_number": session.step + 1,
            "live": live_sessions.live_counts(session=session, question_id=question_id),
        },
    )


@login_required
@require_POST
def session_control(request, classroom_id: int, session_id: int, action: str):
    classroom, session = _session_for_teacher(request, classroom_id, session_id)
    step_count = len(live_sessions.session_steps(session.module))
    try:
        if action == "start":
            live_sessions.session_start(session=session)
        elif action == "next":
            live_sessions.session_move(
                session=session, step=session.step + 1, step_count=step_count
            )
        elif action == "previous":
            live_sessions.session_move(
                session=session, step=session.step - 1, step_count=step_count
            )
        elif action == "end":
            live_sessions.session_end(session=session)
            messages.success(request, _("Session ended. Attendance and answers are saved."))
            return redirect("classrooms_detail", classroom_id=classroom.pk)
        else:
            raise Http404
    except ValidationError as error:
        messages.error(request, error.messages[0])
    return redirect("classrooms_present", classroom_id=classroom.pk, session_id=session.pk)


@login_required
@require_GET
@never_cache
def my_classes_part(request):
    """The dashboard's "My classes" part alone. The dashboard reads it again every few
    seconds (static/js/refresh.js), so a live session shows once the teacher starts it."""
    return render(
        request,
        "classrooms/includes/dashboard.html",
        {
            "classes": classes_for_dashboard(user=request.user),
            "refresh_seconds": settings.CLASSROOMS_DASHBOARD_REFRESH_SECONDS,
            "fragment": True,
            "heading": request.GET.get("heading") != "0",
        },
    )


@login_required
def session_live_json(request, classroom_id: int, session_id: int):
    """What the presenter screen polls: counts per choice, never names."""
    _classroom, session = _session_for_teacher(request, classroom_id, session_id)
    steps = live_sessions.session_steps(session.module)
    step = steps[session.step] if steps and session.step < len(steps) else None
    question_id = step.question.pk if step and step.kind == "question" else None
    live = live_sessions.live_counts(session=session, question_id=question_id)
    return JsonResponse(
        {
            "state": session.state,
            "step": session.step,
            **live,
            "counts": {str(k): v for k, v in live["counts"].items()},
        }
    )


def _session_for_pupil(request, classroom_id: int, session_id: int):
    if not request.user.is_authenticated:
        raise Http404
    session = get_object_or_404(
        ClassSession.objects.select_related("module", "classroom"),
        pk=session_id,
        classroom_id=classroom_id,
    )
    if not live_sessions.pupil_may_attend(session=session, user=request.user):
        raise Http404
    return session


def session_follow(request, classroom_id: int, session_id: int):
    """A pupil's view of the live session: the current step, and the question to answer."""
    session = _session_for_pupil(request, classroom_id, session_id)
    if request.method == "POST":
        try:
            question_id = int(request.POST.get("question", ""))
            choice_ids = [int(v) for v in request.POST.getlist("choice")]
            live_sessions.session_answer(
                session=session, pupil=request.user, question_id=question_id, choice_ids=choice_ids
            )
            messages.success(request, _("Thank you! Your answer is in."))
        except (ValueError, TypeError):
            messages.error(request, _("Choose one of the answers."))
        except ValidationError as error:
            messages.error(request, error.messages[0])
        return redirect("classrooms_follow", classroom_id=classroom_id, session_id=session.pk)
    # Reading the page writes nothing: the page tells the teacher the pupil is here with a
    # POST (session_attend), and an answer counts as being here too.
    steps = live_sessions.session_steps(session.module)
    step = steps[session.step] if steps and session.step < len(steps) else None
    answered = False
    if step and step.kind == "question":
        answered = SessionAnswer.objects.filter(
            session=session, pupil=request.user, question_id=step.question.pk
        ).exists()
    return render(
        request,
        "classrooms/follow.html",
        {
            "session": session,
            "step": step,
            "answered": answered,
            "present": live_sessions.pupil_present(session=session, user=request.user),
            # Without JavaScript the pupil asks for the next step; a page that reloads
            # itself every few seconds would interrupt a screen reader (WCAG 2.2.1).
            "offer_reload": session.state != ClassSession.State.FINISHED
            and not (step and step.kind == "question" and not answered),
        },
    )


@require_POST
def session_attend(request, classroom_id: int, session_id: int):
    """The pupil is here: counted once in the session's attendance (the page's script posts
    this when it opens; without JavaScript, the pupil presses a button)."""
    session = _session_for_pupil(request, classroom_id, session_id)
    live_sessions.session_join(session=session, pupil=request.user)
    if request.headers.get("Accept") == "application/json":
        return JsonResponse({"present": True})
    return redirect("classrooms_follow", classroom_id=classroom_id, session_id=session.pk)


def session_state_json(request, classroom_id: int, session_id: int):
    session = _session_for_pupil(request, classroom_id, session_id)
    return JsonResponse({"state": session.state, "step": session.step})
