from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.urls.base import translate_url
from django.utils import translation
from django.utils.translation import gettext as _

from .forms import ProfileForm
from .services import profile_ensure, profile_update


@login_required
def profile(request):
    """Let a user change their display name, language, country and time zone."""
    user_profile = profile_ensure(user=request.user)
    form = ProfileForm(request.POST or None, instance=user_profile)
    if request.method == "POST" and form.is_valid():
        profile_update(profile=user_profile, **form.cleaned_data)
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
