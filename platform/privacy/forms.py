import uuid

from allauth.core import context as allauth_context
from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from accounts.models import AgeBand, Audience, Organisation
from safeguarding.selectors import country_for_request

from .consent import consent_needed, consent_request
from .models import DataRequest


class SignupForm(forms.Form):
    """Our fields on allauth's sign-up form (settings.ACCOUNT_SIGNUP_FORM_CLASS).

    Everyone gives an age band (never a birth date) and a country; below the country's
    age of digital consent a parent's or guardian's address is needed too. The page's
    stylesheet hides that field while "18 or older" is chosen (it shows without CSS).
    """

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=60,
        required=False,
        help_text=_(
            "Optional. Why we ask: this name is shown on your certificates. A first name "
            "or a nickname is enough."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )
    age_band = forms.ChoiceField(
        label=_("How old are you?"),
        choices=[("", _("Choose your age"))]
        + [(value, label) for value, label in reversed(AgeBand.choices) if value != "5-7"],
        help_text=_(
            "Why we ask: children need a parent's agreement first, and we show courses "
            "for your age. We never ask for a date of birth."
        ),
    )
    country = forms.ChoiceField(
        label=_("Country where you live"),
        help_text=_(
            "Why we ask: the age at which you can agree on your own depends on the "
            "country, and we show help services there."
        ),
    )
    audience = forms.ChoiceField(
        label=_("I am a"),
        choices=[
            (Audience.PARENT, Audience.PARENT.label),
            (Audience.TEACHER, Audience.TEACHER.label),
            (Audience.YOUNG_LEARNER, _("Young person")),
        ],
        initial=Audience.PARENT,
        required=False,
    )
    parent_email = forms.EmailField(
        label=_("Your parent's or guardian's e-mail address"),
        required=False,
        help_text=_(
            "Only if you are under 18. Why we ask: in many countries a parent or guardian "
            "must agree before a child has an account. We send them one e-mail with a "
            "link, nothing else."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )

    field_order = ["email", "password1", "password2", "display_name", "age_band", "country"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Choose your country"))] + list(countries)
        request = allauth_context.request
        if request is not None and not self.is_bound:
            self.fields["country"].initial = country_for_request(request)
        self.consent_age: int | None = None

    def clean(self):
        cleaned = super().clean()
        band, country = cleaned.get("age_band"), cleaned.get("country")
        if band in AgeBand.youth_values():
            cleaned["audience"] = Audience.YOUNG_LEARNER
        elif cleaned.get("audience") not in {Audience.PARENT, Audience.TEACHER}:
            cleaned["audience"] = Audience.PARENT
        if band and country:
            self.consent_age = consent_needed(age_band=band, country=country)
        parent = cleaned.get("parent_email", "")
        if self.consent_age is not None and not parent:
            self.add_error(
                "parent_email",
                _(
                    "Where you live (%(country)s), you need a parent's or guardian's "
                    "agreement until you are %(age)s. Type their e-mail address: we will ask "
                    "them."
                )
                % {"country": dict(countries)[country], "age": self.consent_age},
            )
        elif parent and parent.lower() == (cleaned.get("email") or "").lower():
            self.add_error(
                "parent_email", _("This is your own address. Type a parent's or guardian's.")
            )
        if self.consent_age is None:
            cleaned["parent_email"] = ""
        return cleaned

    def signup(self, request, user):
        """Profile fields are saved by AccountAdapter.save_user; the parent is asked here."""
        if self.consent_age is not None:
            # Mailed once the child has confirmed their own address (apps.py).
            consent_request(
                child=user,
                parent_email=self.cleaned_data["parent_email"],
                country=self.cleaned_data["country"],
                age=self.consent_age,
                send=False,
            )


class ParentEmailForm(forms.Form):
    """A child asks again, to the same or another address."""

    parent_email = forms.EmailField(label=_("Your parent's or guardian's e-mail address"))


class ConfirmDeleteForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand that this cannot be undone."),
        error_messages={"required": _("Tick the box to say you understand.")},
    )


class DataRequestForm(forms.ModelForm):
    """A request about personal data, from someone without an account link (a parent
    asking about a child in a class, say)."""

    submission = forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4)

    class Meta:
        model = DataRequest
        fields = ["organisation", "kind", "requester_name", "requester_email", "about", "details"]
        widgets = {
            "requester_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "requester_email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.order_by("name")
        # No organisation chosen for the person: a child's name must not reach the wrong one.
        self.fields["organisation"].empty_label = _("Choose the organisation")
        self.fields["organisation"].label = _("Organisation (the school or group's)")
        self.fields["submission"].initial = uuid.uuid4()


class DataRequestHandleForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Outcome"),
        choices=[
            (DataRequest.Status.DONE, DataRequest.Status.DONE.label),
            (DataRequest.Status.REFUSED, DataRequest.Status.REFUSED.label),
        ],
    )
    outcome = forms.CharField(
        label=_("What was done"), max_length=3000, widget=forms.Textarea(attrs={"rows": 3})
    )
