from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.capabilities import Capability, user_can
from accounts.groups import membership_end
from accounts.join_views import join_code_action, join_with_code

from . import services
from .forms import (
    GroupForm,
    JoinForm,
    MentorRequestForm,
    NewPeerJoinForm,
    ReasonForm,
    SessionLogForm,
)
from .models import PeerMembership, PeerMentor
from .selectors import (
    coach_overview,
    group_for_coach,
    group_for_mentor,
    group_progress,
    group_sessions,
    groups_of_mentor,
    membership_for_peer,
    mentor_for,
    mentor_for_coach,
)


def _form_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


@login_required
def mentor_home(request):
    """The peer mentor's page: their standing with their coach, and their groups."""
    mentor = mentor_for(user=request.user)
    completed = services.completed_mentor_course(user=request.user)
    request_form = None
    if completed and (mentor is None or mentor.status == PeerMentor.Status.DECLINED):
        request_form = MentorRequestForm(coaches=services.coaches_for(user=request.user))
    return render(
        request,
        "mentoring/home.html",
        {
            "mentor": mentor,
            "completed_course": completed,
            "request_form": request_form,
            "groups": groups_of_mentor(user=request.user) if mentor else [],
            "group_form": GroupForm(
                language=request.user.profile.language, organisation_id=mentor.organisation_id
            )
            if mentor and mentor.is_approved
            else None,
        },
    )


@login_required
@require_POST
def mentor_request(request):
    form = MentorRequestForm(request.POST, coaches=services.coaches_for(user=request.user))
    if form.is_valid():
        try:
            services.mentor_request(user=request.user, coach=form.cleaned_data["coach"])
            messages.success(request, _("Your coach has your request."))
        except ValidationError as error:
            messages.error(request, error.messages[0])
    else:
        messages.error(request, _("Choose a coach of your own organisation."))
    return redirect("mentoring_home")


@login_required
def group_create(request):
    mentor = mentor_for(user=request.user)
    form = GroupForm(
        request.POST or None,
        language=request.user.profile.language,
        organisation_id=mentor.organisation_id if mentor else None,
    )
    if request.method == "POST" and form.is_valid():
        try:
            group = services.group_create(mentor_user=request.user, **form.cleaned_data)
        except ValidationError as error:
            _form_errors(form, error)
        else:
            messages.success(request, _("Your group is ready. Give the code to your peers."))
            return redirect("mentoring_group", group_id=group.pk)
    elif request.method == "GET":
        return redirect("mentoring_home")
    return render(request, "mentoring/group_create.html", {"form": form}, status=400)


def group_detail(request, group_id: int):
    """The mentor's view of a group, a peer's own view, or 404 for anyone else."""
    membership = membership_for_peer(user=request.user, group_id=group_id)
    if membership is not None:
        return render(
            request, "mentoring/peer.html", {"membership": membership, "group": membership.group}
        )
    group = group_for_mentor(user=request.user, group_id=group_id)
    return render(
        request,
        "mentoring/group.html",
        {
            "group": group,
            "progress": group_progress(group=group),
            "sessions": group_sessions(group=group),
            "session_form": SessionLogForm(group=group),
            "join_url": request.build_absolute_uri(reverse("mentoring_join")),
        },
    )


@login_required
@require_POST
def session_log(request, group_id: int):
    group = group_for_mentor(user=request.user, group_id=group_id)
    form = SessionLogForm(request.POST, group=group)
    if form.is_valid():
        try:
            services.session_log(group=group, mentor_user=request.user, **form.cleaned_data)
        except ValidationError as error:
            _form_errors(form, error)
        else:
            messages.success(request, _("Session logged. Your coach can read your notes."))
            return redirect("mentoring_group", group_id=group.pk)
    return render(
        request,
        "mentoring/group.html",
        {
            "group": group,
            "progress": group_progress(group=group),
            "sessions": group_sessions(group=group),
            "session_form": form,
            "join_url": request.build_absolute_uri(reverse("mentoring_join")),
        },
        status=400,
    )


@login_required
@require_POST
def group_action(request, group_id: int, action: str):
    group = group_for_mentor(user=request.user, group_id=group_id)
    if not join_code_action(request, group, action):
        raise Http404
    return redirect("mentoring_group", group_id=group.pk)


@login_required
@require_POST
def peer_remove(request, group_id: int, membership_id: int):
    group = group_for_mentor(user=request.user, group_id=group_id)
    membership = get_object_or_404(PeerMembership, pk=membership_id, group=group)
    membership_end(membership=membership, removed=True)
    messages.success(
        request, _("%(nickname)s is no longer in the group.") % {"nickname": membership.nickname}
    )
    return redirect("mentoring_group", group_id=group.pk)


@login_required
@require_POST
def group_leave(request, group_id: int):
    membership = membership_for_peer(user=request.user, group_id=group_id)
    if membership is None:
        raise Http404
    membership_end(membership=membership)
    messages.success(request, _("You have left the group. Your own progress is kept."))
    return redirect("courses_dashboard")


def join(request):
    """Peers join a mentor's group with its code: a nickname and a password, no e-mail."""
    form_class = JoinForm if request.user.is_authenticated else NewPeerJoinForm
    form = form_class(request.POST or None, initial={"code": request.GET.get("code", "")})
    if request.method == "POST" and form.is_valid():
        outcome = join_with_code(
            request,
            form,
            scope="group",
            find=services.group_for_code,
            join_existing=lambda group, user, nickname: services.peer_join(
                group=group, peer=user, nickname=nickname
            ),
            join_new=lambda group, nickname, password: services.peer_account_join(
                group=group, nickname=nickname, password=password
            ),
        )
        if isinstance(outcome, HttpResponse):
            return outcome
        if outcome is not None:
            return redirect("mentoring_group", group_id=outcome.pk)
    return render(request, "mentoring/join.html", {"form": form})


# Coaches ------------------------------------------------------------------------------


@login_required
def coach_home(request):
    """The coach's page: requests to decide, mentors, groups, session logs, the month."""
    # The overview lists mentors only where the user may coach, so the capability
    # alone decides; checking it first spares non-coaches the overview's queries.
    if not user_can(user=request.user, capability=Capability.COACH_MENTORS):
        raise Http404
    overview = coach_overview(coach=request.user)
    return render(request, "mentoring/coach.html", {**overview, "reason_form": ReasonForm()})


@login_required
def coach_group(request, group_id: int):
    group = group_for_coach(coach=request.user, group_id=group_id)
    return render(
        request,
        "mentoring/coach_group.html",
        {
            "group": group,
            "progress": group_progress(group=group),
            "sessions": group_sessions(group=group),
        },
    )


@login_required
@require_POST
def coach_decide(request, mentor_id: int, action: str):
    mentor = mentor_for_coach(coach=request.user, mentor_id=mentor_id)
    name = mentor.user.get_display_name()
    try:
        if action == "approve":
            services.mentor_approve(mentor=mentor, coach=request.user)
            messages.success(request, _("%(name)s is an approved peer mentor.") % {"name": name})
        elif action in {"decline", "suspend"}:
            form = ReasonForm(request.POST)
            if not form.is_valid():
                messages.error(request, " ".join(form.errors["reason"]))
                return redirect("mentoring_coach")
            if action == "decline":
                services.mentor_decline(
                    mentor=mentor, coach=request.user, reason=form.cleaned_data["reason"]
                )
                messages.success(request, _("You declined %(name)s's request.") % {"name": name})
            else:
                services.mentor_suspend(
                    mentor=mentor, coach=request.user, reason=form.cleaned_data["reason"]
                )
                messages.success(request, _("%(name)s is suspended.") % {"name": name})
        else:
            raise Http404
    except ValidationError as error:
        messages.error(request, error.messages[0])
    return redirect("mentoring_coach")
