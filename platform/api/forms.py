from urllib.parse import urlsplit

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.capabilities import Scope

from .services import LIFETIMES
from .xapi import endpoint_allowed, endpoint_public


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name of the token"),
        max_length=100,
        help_text=_("What will use the token, for example “Funder dashboard”."),
    )
    scopes = forms.MultipleChoiceField(
        label=_("What may it do?"),
        choices=Scope.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one thing the token may do.")},
    )
    days = forms.TypedChoiceField(
        label=_("How long does it last?"),
        choices=[(days, str(days)) for days in LIFETIMES],
        coerce=int,
        initial=90,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # In the language of this request: a lazy string with "%" is made at import.
        self.fields["days"].choices = [
            (days, ngettext("%(days)s day", "%(days)s days", days) % {"days": days})
            for days in LIFETIMES
        ]

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if not name:
            raise forms.ValidationError(_("Give the token a name."))
        return name


class LearningRecordStoreForm(forms.Form):
    endpoint = forms.URLField(
        label=_("Address of the store"),
        max_length=300,
        assume_scheme="https",
        help_text=_("Its xAPI address, for example https://lrs.example.org/xapi/"),
    )
    key = forms.CharField(label=_("Key (user name)"), max_length=200)
    secret = forms.CharField(
        label=_("Secret (password)"),
        max_length=200,
        required=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        help_text=_("Leave it empty to keep the secret you saved before."),
    )

    def __init__(self, *args, saved_endpoint: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        # The saved secret is kept only for the same host: sent anywhere else, it
        # would hand the store's credentials to that host.
        self.saved_host = urlsplit(saved_endpoint).hostname if saved_endpoint else None

    def clean_endpoint(self):
        endpoint = self.cleaned_data["endpoint"]
        if not endpoint_allowed(endpoint):
            raise forms.ValidationError(_("The address must start with https://."))
        if not endpoint_public(endpoint):
            raise forms.ValidationError(
                _("This address is not on the internet, or its name cannot be found.")
            )
        return endpoint

    def clean(self):
        cleaned = super().clean()
        endpoint = cleaned.get("endpoint")
        same_host = endpoint and urlsplit(endpoint).hostname == self.saved_host
        if not cleaned.get("secret") and not same_host and "secret" not in self.errors:
            self.add_error("secret", _("Give the store's secret."))
        return cleaned
