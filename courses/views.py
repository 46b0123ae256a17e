from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .forms import ReflectionForm
from .models import ModulePage
from .selectors import EASY_READ_COOKIE
from .services import reflection_save

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
    module = get_object_or_404(ModulePage.objects.live().public(), pk=module_id)
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
