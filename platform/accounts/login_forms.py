"""allauth form subclasses. Kept apart from forms.py: allauth imports our sign-up
form while building its own forms module, so importing allauth's forms from
there would be circular."""

from allauth.account import forms as allauth_forms
from django.utils.translation import gettext_lazy as _


class LoginForm(allauth_forms.LoginForm):
    """allauth's login form, labelled for the two kinds of account we have."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        login = self.fields["login"]
        login.label = _("Email or username")
        login.widget.attrs["placeholder"] = ""
        login.help_text = _("Pupils and peers who joined with a code use their username.")
