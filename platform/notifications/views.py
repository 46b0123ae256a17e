from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import services
from .messages import read_unsubscribe_token
from .models import InAppNotice, Kind, Unsubscription


@csrf_exempt  # the signed token is the credential; mail clients POST here (RFC 8058)
def unsubscribe(request, token: str):
    """One click, no sign-in: stop this kind of message for the user in the token."""
    parsed = read_unsubscribe_token(token)
    if parsed is None:
        raise Http404
    user_id, kind = parsed
    if request.method == "POST":
        services.unsubscribe(user_id=user_id, kind=kind)
        return render(request, "notifications/unsubscribed.html", {"kind_label": Kind(kind).label})
    return render(
        request,
        "notifications/unsubscribe.html",
        {"kind_label": Kind(kind).label, "token": token},
    )


class PreferencesForm(forms.Form):
    kinds = forms.MultipleChoiceField(
        label=gettext_lazy("Send me"),
        choices=Kind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


@login_required
def preferences(request):
    current = set(Kind.values) - set(
        Unsubscription.objects.filter(user=request.user).values_list("kind", flat=True)
    )
    form = PreferencesForm(request.POST or None, initial={"kinds": sorted(current)})
    if request.method == "POST" and form.is_valid():
        services.preferences_set(user=request.user, wanted=set(form.cleaned_data["kinds"]))
        messages.success(request, _("Your notification choices are saved."))
        return redirect("notifications_preferences")
    return render(request, "notifications/preferences.html", {"form": form})


@login_required
@require_POST
def notice_read(request, notice_id: int):
    notice = get_object_or_404(InAppNotice, pk=notice_id, user=request.user)
    services.notice_read(notice=notice)
    return redirect("courses_dashboard")
