"""allauth form subclasses. Kept apart from forms.py: allauth imports our sign-up
form while building its own forms module, so importing allauth's forms from
there would be circular."""

from allauth.account import forms as allauth_forms
from django.contrib.auth.hashers import make_password
from django.utils.translation import gettext_lazy as _


class LoginForm(allauth_forms.LoginForm):
    """allauth's login form, labelled for the two kinds of account we have."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        login = self.fields["login"]
        login.label = _("Email or username")
        login.widget.attrs["placeholder"] = ""
        login.help_text = _("Pupils and peers who joined with a code use their username.")


class SignupForm(allauth_forms.SignupForm):
    """allauth's sign-up form, as slow for a known address as for a new one.

    With enumeration prevented, a known address gets the same page as a new one, but
    allauth skips hashing its password: the answer came back 25 times sooner, which
    told anyone timing it that the address has an account.
    """

    def try_save(self, request):
        user, response = super().try_save(request)
        if user is None:
            make_password(self.cleaned_data.get("password1") or "")
        return user, response
