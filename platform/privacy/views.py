from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.models import User
from accounts.ratelimit import hit
from accounts.selectors import organisation_for_admin
from classrooms.selectors import classroom_for_teacher

from .consent import (
    LinkProblem,
    consent_change,
    consent_decide,
    consent_for_link,
    consent_for_manage,
    consent_missing,
    consent_request,
    manage_token,
)
from .deletion import NotDeletable, account_delete, deletion_summary
from .forms import ConfirmDeleteForm, DataRequestForm, DataRequestHandleForm, ParentEmailForm
from .models import DataRequest, ParentalConsent
from .personal_data import PARENT, TEACHER, personal_data
from .requests import data_request_create
from .selectors import data_requests, pupil_elsewhere, pupil_for_teacher

REQUESTS_PER_PAGE = 50


def _data_response(request, person, *, template_context: dict, filename: str, viewer=""):
    """A person's data as a readable page, or (?format=json) a file. Read under a lock on
    the account row, so that a deletion running at the same moment is either wholly
    before (404) or wholly after this read."""
    with transaction.atomic():
        if not User.objects.select_for_update().filter(pk=person.pk).values("pk"):
            raise Http404
        data = personal_data(person, viewer=viewer)
    if request.GET.get("format") == "json":
        response = JsonResponse(
            {kind.key: rows for kind, rows in data},
            encoder=DjangoJSONEncoder,
            json_dumps_params={"ensure_ascii": False, "indent": 2},
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
    return render(
        request, "privacy/my_data.html", {"data": data, "viewer": viewer, **template_context}
    )


@login_required
@require_GET
@never_cache
def my_data(request):
    """Everything the platform keeps that names the signed-in person. Reading it changes
    nothing."""
    return _data_response(request, request.user, template_context={}, filename="my-data.json")


def _delete_page(request, person, *, template_context: dict, done, blockers=()):
    """The page before deleting an account (what goes, what stays and why, what must be
    settled first), and the deletion on POST."""
    summary = deletion_summary(person)
    summary.blockers.extend(blockers)
    form = ConfirmDeleteForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid() and not summary.blockers:
        try:
            account_delete(user_id=person.pk)
        except NotDeletable as refused:
            summary.blockers[:] = refused.blockers
        else:
            return done()
    return render(
        request,
        "privacy/delete.html",
        {"summary": summary, "form": form, **template_context},
        status=409 if request.method == "POST" and summary.blockers else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
@never_cache
def delete_account(request):
    """Delete my account, after saying what goes and what stays."""

    def done():
        logout(request)
        messages.success(request, _("Your account is deleted. Thank you for learning with us."))
        return redirect("/")

    return _delete_page(request, request.user, template_context={"own": True}, done=done)


# A child's side of parental consent -----------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
@never_cache
def consent_status(request):
    """Where a child sees whether their parent agreed, and asks again."""
    consent = ParentalConsent.objects.filter(child=request.user).first()
    age = consent.consent_age if consent is not None else consent_missing(request.user)
    if age is None:
        raise Http404  # nobody needs to agree for this account
    form = ParentEmailForm(
        request.POST or None,
        initial={"parent_email": consent.parent_email if consent else ""},
    )
    if request.method == "POST" and form.is_valid() and not (consent and consent.is_given):
        try:
            consent_request(
                child=request.user,
                parent_email=form.cleaned_data["parent_email"],
                country=consent.country if consent else request.user.profile.country.code,
                age=age,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("We sent the link again. Ask them to look in their e-mail.")
            )
            return redirect("privacy_consent_status")
    return render(request, "privacy/consent_status.html", {"consent": consent, "form": form})


# The parent's side ------------------------------------------------------------------------


def _link_problem(request, problem: LinkProblem):
    return render(
        request, "privacy/link_problem.html", {"problem": problem.message}, status=problem.status
    )


@require_http_methods(["GET", "POST"])
@never_cache
def consent_link(request, token: str):
    """The page a parent's one-time link opens: who asks, what it means, agree or not.
    Opening it changes nothing (mail scanners open links); the answer is a POST."""
    try:
        consent = consent_for_link(token)
    except LinkProblem as problem:
        return _link_problem(request, problem)
    if request.method == "POST":
        choice = request.POST.get("answer")
        if choice not in {"agree", "refuse"}:
            return render(
                request,
                "privacy/consent.html",
                {"consent": consent, "error": _("Choose one of the two buttons.")},
                status=400,
            )
        try:
            consent = consent_decide(token=token, agree=choice == "agree")
        except LinkProblem as problem:
            return _link_problem(request, problem)
        if not consent.is_given:
            # Whoever said no (perhaps a stranger at a mistyped address) gets nothing
            # more: no data, no link.
            return render(request, "privacy/consent_refused.html")
        return redirect("privacy_consent_manage", token=manage_token(consent))
    return render(request, "privacy/consent.html", {"consent": consent})


def _consent_from_manage(token: str):
    try:
        return consent_for_manage(token), None
    except LinkProblem as problem:
        return None, problem


@require_http_methods(["GET", "POST"])
@never_cache
def consent_manage(request, token: str):
    """The parent's lasting page: what they decided, the child's data, and the buttons
    to withdraw (or give) consent and to delete the child's account."""
    consent, problem = _consent_from_manage(token)
    if problem is not None:
        return _link_problem(request, problem)
    if request.method == "POST":
        choice = request.POST.get("answer")
        if choice not in {"agree", "withdraw"}:
            raise Http404
        consent = consent_change(consent=consent, agree=choice == "agree")
        messages.success(
            request,
            _("Thank you: your child's account is complete.")
            if consent.is_given
            else _("Your consent is withdrawn. Your child's account is limited again."),
        )
        return redirect("privacy_consent_manage", token=token)
    if request.GET.get("format") == "json" or request.GET.get("show") == "data":
        return _data_response(
            request,
            consent.child,
            template_context={
                "subject_name": consent.child.get_display_name(),
                "delete_url": reverse("privacy_consent_manage_delete", args=[token]),
            },
            filename="child-data.json",
            viewer=PARENT,
        )
    return render(request, "privacy/consent_manage.html", {"consent": consent, "token": token})


@require_http_methods(["GET", "POST"])
@never_cache
def consent_manage_delete(request, token: str):
    """A parent deletes the account of a child whose consent they gave."""
    consent, problem = _consent_from_manage(token)
    if problem is not None:
        return _link_problem(request, problem)
    child = consent.child

    def done():
        return render(request, "privacy/deleted.html", {"subject_name": child.get_display_name()})

    return _delete_page(
        request, child, template_context={"subject_name": child.get_display_name()}, done=done
    )


# A teacher for a pupil of their class --------------------------------------------------------


@login_required
@require_GET
@never_cache
def pupil_data(request, classroom_id: int, pupil_id: int):
    classroom = classroom_for_teacher(user=request.user, classroom_id=classroom_id)
    membership = pupil_for_teacher(classroom=classroom, pupil_id=pupil_id)
    return _data_response(
        request,
        membership.pupil,
        template_context={
            "subject_name": membership.nickname,
            "delete_url": ""
            if membership.pupil.email
            else reverse("privacy_pupil_delete", args=[classroom.pk, membership.pupil_id]),
        },
        filename="pupil-data.json",
        viewer=TEACHER,
    )


@login_required
@require_http_methods(["GET", "POST"])
@never_cache
def pupil_delete(request, classroom_id: int, pupil_id: int):
    """A teacher deletes the account of a pupil of their class (one made with the join
    code: an account with its own e-mail address is its owner's to delete)."""
    classroom = classroom_for_teacher(user=request.user, classroom_id=classroom_id)
    membership = pupil_for_teacher(classroom=classroom, pupil_id=pupil_id)
    if membership.pupil.email:
        raise Http404

    def done():
        messages.success(
            request, _("%(name)s's account is deleted.") % {"name": membership.nickname}
        )
        return redirect("classrooms_detail", classroom_id=classroom.pk)

    elsewhere = pupil_elsewhere(membership=membership)
    return _delete_page(
        request,
        membership.pupil,
        template_context={"subject_name": membership.nickname, "classroom": classroom},
        done=done,
        blockers=[
            _(
                "This pupil is also in another class or group. Take them out of this class "
                "instead, or ask your organisation's admin to delete the account."
            )
        ]
        if elsewhere
        else [],
    )


# Requests that need a person -------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def data_request_new(request):
    """Ask an organisation about personal data without an account link."""
    form = DataRequestForm(request.POST or None)
    if request.method == "POST":
        if not hit(f"data-request:{request.META.get('REMOTE_ADDR', '')}", limit=5, window=3600):
            return render(request, "429.html", status=429)
        if form.is_valid():
            data = form.cleaned_data
            data_request_create(**data)
            return render(
                request, "privacy/request_sent.html", {"organisation": data["organisation"]}
            )
    return render(request, "privacy/request_form.html", {"form": form})


@login_required
@require_GET
def data_request_queue(request, slug: str):
    """The organisation admin's queue: open requests by deadline, then the answered ones."""
    organisation = organisation_for_admin(user=request.user, slug=slug)
    page = Paginator(data_requests(organisation=organisation), REQUESTS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "privacy/requests.html",
        {
            "organisation": organisation,
            "page": page,
            "now": timezone.now(),
            "handle_form": DataRequestHandleForm(),
        },
    )


@login_required
@require_POST
def data_request_handle(request, slug: str, request_id: int):
    organisation = organisation_for_admin(user=request.user, slug=slug)
    data_request = get_object_or_404(
        DataRequest, pk=request_id, organisation=organisation, status=DataRequest.Status.OPEN
    )
    form = DataRequestHandleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say what was done, and choose an outcome."))
        return redirect("privacy_requests", slug=organisation.slug)
    updated = DataRequest.objects.filter(pk=data_request.pk, status=DataRequest.Status.OPEN).update(
        status=form.cleaned_data["status"],
        outcome=form.cleaned_data["outcome"],
        handled_by=request.user,
        handled_at=timezone.now(),
    )
    if updated:
        messages.success(request, _("The request is marked as answered."))
    return redirect("privacy_requests", slug=organisation.slug)
