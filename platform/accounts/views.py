from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.urls.base import translate_url
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .forms import OrganisationLookForm, ProfileForm, RoleForm
from .middleware import TIME_ZONE_SESSION_KEY
from .models import Role, User
from .selectors import (
    organisation_for_admin,
    organisation_member_ids,
    organisation_members,
    organisations_managed_by,
    role_changes,
)
from .services import (
    member_remove,
    organisation_look_save,
    profile_ensure,
    profile_update,
    role_grant,
    role_withdraw,
)


@require_GET
def privacy_notice(request):
    """What the platform keeps, why, who sees it, for how long: a short version for
    young people and the full one for adults."""
    return render(request, "accounts/privacy.html")


@require_GET
def accessibility_statement(request):
    return render(request, "accounts/accessibility.html")


@login_required
def profile(request):
    """Let a user change their display name, language, country and time zone."""
    user_profile = profile_ensure(user=request.user)
    form = ProfileForm(request.POST or None, instance=user_profile)
    if request.method == "POST" and form.is_valid():
        profile_update(profile=user_profile, **form.cleaned_data)
        request.session[TIME_ZONE_SESSION_KEY] = user_profile.time_zone
        language = user_profile.language
        # Said in the language just chosen: the next page is shown in it.
        with translation.override(language):
            messages.success(request, _("Your profile is saved."))
        response = redirect(translate_url(reverse("accounts_profile"), language))
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
        return response
    return render(request, "accounts/profile.html", {"form": form})


# The organisation page, for its admins ------------------------------------------------

MEMBERS_PER_PAGE = 50


@login_required
def organisations(request):
    """The organisations the user manages: straight to the one, when there is one."""
    managed = organisations_managed_by(user=request.user)
    if not managed:
        raise Http404
    if len(managed) == 1:
        return redirect("accounts_organisation", slug=managed[0].slug)
    return render(request, "accounts/organisations.html", {"organisations": managed})


@login_required
def organisation_detail(request, slug: str):
    """Members and their roles, with the forms to grant and withdraw them."""
    organisation = organisation_for_admin(user=request.user, slug=slug)
    page = Paginator(organisation_member_ids(organisation=organisation), MEMBERS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "accounts/organisation.html",
        {
            "organisation": organisation,
            "page": page,
            "members": organisation_members(organisation=organisation, user_ids=list(page)),
            "role_form": RoleForm(),
            "recent_changes": role_changes(organisation=organisation)[:10],
        },
    )


@login_required
@require_POST
def organisation_member(request, slug: str, user_id: int, action: str):
    """Grant a role, withdraw one, or remove the member: the admin's buttons."""
    organisation = organisation_for_admin(user=request.user, slug=slug)
    member = get_object_or_404(User.objects.select_related("profile"), pk=user_id)
    name = member.get_display_name()
    form = RoleForm(request.POST)
    try:
        if action == "remove":
            member_remove(organisation=organisation, user=member, actor=request.user)
            messages.success(request, _("%(name)s is no longer a member.") % {"name": name})
        elif action in {"grant", "withdraw"}:
            if not form.is_valid():
                messages.error(request, _("Choose one of the roles."))
                return redirect("accounts_organisation", slug=organisation.slug)
            role = form.cleaned_data["role"]
            label = Role(role).label
            if action == "grant":
                role_grant(organisation=organisation, user=member, role=role, actor=request.user)
                messages.success(
                    request, _("%(name)s is now %(role)s.") % {"name": name, "role": label}
                )
            else:
                role_withdraw(organisation=organisation, user=member, role=role, actor=request.user)
                messages.success(
                    request,
                    _("%(name)s is no longer %(role)s.") % {"name": name, "role": label},
                )
        else:
            raise Http404
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("accounts_organisation", slug=organisation.slug)


@login_required
def organisation_audit(request, slug: str):
    """Every grant, withdrawal and removal in the organisation, newest first."""
    organisation = organisation_for_admin(user=request.user, slug=slug)
    page = Paginator(role_changes(organisation=organisation), 50).get_page(request.GET.get("page"))
    return render(
        request, "accounts/organisation_audit.html", {"organisation": organisation, "page": page}
    )


@require_http_methods(["GET", "POST"])
@login_required
def organisation_settings(request, slug: str):
    """The organisation's name, country, language, logo and colour, for its admins."""
    organisation = organisation_for_admin(user=request.user, slug=slug)
    form = OrganisationLookForm(request.POST or None, request.FILES or None, instance=organisation)
    if request.method == "POST":
        if form.is_valid():
            organisation_look_save(organisation=organisation, actor=request.user, form=form)
            messages.success(request, _("Your organisation's details are saved."))
            return redirect("accounts_organisation", slug=organisation.slug)
        organisation.refresh_from_db()  # the page's heading keeps the saved name
    return render(
        request,
        "accounts/organisation_settings.html",
        {"organisation": organisation, "form": form},
        status=400 if form.is_bound and form.errors else 200,
    )
