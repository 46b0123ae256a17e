"""The organisation's API page: its admins create and revoke tokens and see the calls."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from accounts.selectors import organisation_for_admin

from .forms import ApiTokenForm, LearningRecordStoreForm
from .selectors import recent_calls, store_of, token_of, tokens_of
from .services import (
    api_token_create,
    api_token_revoke,
    learning_record_store_remove,
    learning_record_store_save,
)


def _page(request, organisation, form, new_token=None, status=200, store_form=None):
    store = store_of(organisation=organisation)
    if store_form is None:
        initial = {"endpoint": store.endpoint, "key": store.key} if store else None
        store_form = LearningRecordStoreForm(
            initial=initial, saved_endpoint=store.endpoint if store else ""
        )
    return render(
        request,
        "api/tokens.html",
        {
            "organisation": organisation,
            "form": form,
            "new_token": new_token,
            "tokens": tokens_of(organisation=organisation),
            "calls": recent_calls(organisation=organisation),
            "store": store,
            "store_form": store_form,
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


@require_POST
@login_required
def learning_record_store(request, slug: str):
    """Save where the organisation's xAPI statements go, or stop sending them."""
    organisation = organisation_for_admin(user=request.user, slug=slug)
    if "remove" in request.POST:
        learning_record_store_remove(user=request.user, organisation=organisation)
        messages.success(request, _("No more learning records are sent."))
        return redirect("api_tokens", slug=organisation.slug)
    store = store_of(organisation=organisation)
    form = LearningRecordStoreForm(request.POST, saved_endpoint=store.endpoint if store else "")
    if not form.is_valid():
        return _page(request, organisation, ApiTokenForm(), status=400, store_form=form)
    learning_record_store_save(user=request.user, organisation=organisation, **form.cleaned_data)
    messages.success(request, _("Learning records go to this store from now on."))
    return redirect("api_tokens", slug=organisation.slug)
