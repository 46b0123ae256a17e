"""The organisation's API page: its admins create and revoke tokens and see the calls."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from accounts.selectors import organisation_for_admin

from .forms import ApiTokenForm
from .selectors import recent_calls, token_of, tokens_of
from .services import api_token_create, api_token_revoke


def _page(request, organisation, form, new_token=None, status=200):
    return render(
        request,
        "api/tokens.html",
        {
            "organisation": organisation,
            "form": form,
            "new_token": new_token,
            "tokens": tokens_of(organisation=organisation),
            "calls": recent_calls(organisation=organisation),
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
@login_required
def api_tokens(request, slug: str):
    organisation = organisation_for_admin(user=request.user, slug=slug)
    if request.method == "GET":
        return _page(request, organisation, ApiTokenForm())
    form = ApiTokenForm(request.POST)
    if not form.is_valid():
        return _page(request, organisation, form, status=400)
    try:
        new_token = api_token_create(
            user=request.user, organisation=organisation, **form.cleaned_data
        )
    except ValidationError as error:
        form.add_error(None, error)
        return _page(request, organisation, form, status=400)
    # The key is shown in this answer only; the page is never kept by a cache
    # (accounts.middleware.PrivatePagesMiddleware), and only its hash is stored.
    return _page(request, organisation, ApiTokenForm(), new_token=new_token)


@require_POST
@login_required
def api_token_revoke_view(request, slug: str, token_id: int):
    organisation = organisation_for_admin(user=request.user, slug=slug)
    token = api_token_revoke(
        user=request.user, token=token_of(organisation=organisation, token_id=token_id)
    )
    messages.success(request, _("The token “%(name)s” is revoked.") % {"name": token.name})
    return redirect("api_tokens", slug=organisation.slug)
