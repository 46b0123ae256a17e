from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.forms import ChoosePasswordForm, JoinCodeForm
from courses.models import ModulePage

from .services import default_group_course, group_courses


class MentorRequestForm(forms.Form):
    coach = forms.ModelChoiceField(label=_("Your coach"), queryset=None, empty_label=None)

    def __init__(self, *args, coaches, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["coach"].queryset = coaches
        self.fields["coach"].label_from_instance = lambda user: user.get_display_name()


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=1000,
        error_messages={"required": _("Give a reason: the mentor will read it.")},
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The mentor will read this. Be kind and clear."),
    )


class GroupForm(forms.Form):
    name = forms.CharField(
        label=_("Group name"),
        max_length=100,
        help_text=_("For example: Tuesday club. Do not use anyone's real name."),
    )
    course = forms.ModelChoiceField(
        label=_("Course your peers follow"), queryset=None, empty_label=None
    )

    def __init__(self, *args, language: str = "en", organisation_id: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = group_courses(organisation_id=organisation_id)
        default = default_group_course(language=language)
        if default is not None:
            self.fields["course"].initial = default.pk


class JoinForm(JoinCodeForm):
    code_label = _("Group code")
    code_help = _("The code your peer mentor gives you, for example K7M2QX.")
    nickname_help = _(
        "Not your full name. Your mentor and their coach will see it. Why we ask: so your "
        "mentor knows who finished which module, without us knowing who you are."
    )


class NewPeerJoinForm(JoinForm, ChoosePasswordForm):
    field_order = ["code", "nickname", "password1", "password2"]


class SessionLogForm(forms.Form):
    held_on = forms.DateField(
        label=_("Date of the session"), widget=forms.DateInput(attrs={"type": "date"})
    )
    module = forms.ModelChoiceField(
        label=_("Module"),
        queryset=None,
        required=False,
        empty_label=_("No module, a topic of our own"),
    )
    topic = forms.CharField(
        label=_("Topic"),
        max_length=200,
        required=False,
        help_text=_("What you talked about, if it was not a module."),
    )
    attendance = forms.IntegerField(label=_("How many peers came?"), min_value=0, max_value=500)
    notes = forms.CharField(
        label=_("Notes for your coach"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Only your coach can read these notes; they are not shown here afterwards. "
            "Use nicknames. If you are worried about someone, do not write it here: use "
            "“I'm worried about someone” so it reaches the right people at once."
        ),
    )

    def __init__(self, *args, group, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["module"].queryset = ModulePage.objects.child_of(group.course).live()
        self.fields["held_on"].initial = timezone.localdate()
