from django import forms
from django.contrib.auth.password_validation import validate_password
from django.utils.translation import gettext_lazy as _

from .capabilities import (
    ROLES_AN_ADMIN_GRANTS,
    Capability,
    may_edit_content_of,
    organisations_where,
)
from .models import Organisation, Profile, Role
from .widgets import LongSelect, TimeZoneSelect


class OwnedContentFormMixin:
    """For the admin's forms of content with an "organisation" field (a course, a help
    service, a quiz): the field offers what the editor may give it, the organisations
    where they edit content, and empty (the network's) for the network's content
    editors only; anyone else must choose one. Checked in clean() as well, because Wagtail
    lets a draft leave required fields empty."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation_required = False
        field = self.fields.get("organisation")
        user = self.for_user
        if field is None or user is None or user.is_superuser:
            return
        field.queryset = field.queryset.filter(
            pk__in=organisations_where(user=user, capability=Capability.EDIT_CONTENT)
        )
        if may_edit_content_of(user=user, organisation_id=None):
            field.empty_label = _("The whole network (shared)")
            return
        field.required = self.organisation_required = True
        field.empty_label = None

    def clean(self):
        cleaned_data = super().clean()
        if (
            self.organisation_required
            and not cleaned_data.get("organisation")
            and "organisation" not in self.errors
        ):
            self.add_error("organisation", _("Choose which organisation it belongs to."))
        return cleaned_data


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["display_name", "language", "country", "time_zone"]
        widgets = {"display_name": forms.TextInput(attrs={"autocomplete": "nickname"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].widget = TimeZoneSelect()
        self.fields["country"].widget = LongSelect(choices=self.fields["country"].choices)


class ChoosePasswordForm(forms.Form):
    """Two password fields for an account made with a join code (no e-mail to reset it)."""

    password1 = forms.CharField(
        label=_("Choose a password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label=_("Type the password again"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords are not the same."))
        elif first:
            try:
                validate_password(first)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class JoinCodeForm(forms.Form):
    """A code and a nickname; subclasses say whose code it is and who sees the nickname."""

    code_label = _("Code")
    code_help = ""
    nickname_help = ""

    code = forms.CharField(
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )
    nickname = forms.CharField(label=_("Nickname"), max_length=30)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].label = self.code_label
        self.fields["code"].help_text = self.code_help
        self.fields["nickname"].help_text = self.nickname_help


class RoleForm(forms.Form):
    """The role an organisation admin gives to or takes from a member."""

    role = forms.ChoiceField(
        label=_("Role"),
        choices=[(role, Role(role).label) for role in ROLES_AN_ADMIN_GRANTS],
    )


class OrganisationLookForm(forms.ModelForm):
    """What an organisation admin sets of their organisation: its name, where it works,
    its language, logo and colour."""

    class Meta:
        model = Organisation
        fields = ["name", "country", "language", "logo", "brand_colour"]
        widgets = {
            "brand_colour": forms.TextInput(attrs={"placeholder": "#14507a", "size": 8}),
            "logo": forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg"}),
        }

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if logo and hasattr(logo, "content_type"):
            # Named by what it is, not by what its name said.
            from PIL import Image

            with Image.open(logo) as image:
                kind = image.format.lower()
            logo.seek(0)
            logo.name = f"logo.{'jpg' if kind == 'jpeg' else kind}"
        return logo

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if not name:
            raise forms.ValidationError(_("Give the organisation a name."))
        return name
