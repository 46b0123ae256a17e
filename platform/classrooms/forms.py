from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.forms import ChoosePasswordForm, JoinCodeForm
from accounts.models import AgeBand
from courses.models import CoursePage


class ClassroomForm(forms.Form):
    name = forms.CharField(label=_("Class name"), max_length=100)
    organisation = forms.ModelChoiceField(label=_("Organisation"), queryset=None)
    course = forms.ModelChoiceField(label=_("Course"), queryset=None)
    age_band = forms.ChoiceField(
        label=_("Age band"),
        choices=[(v, label) for v, label in AgeBand.choices if v in AgeBand.youth_values()],
    )

    def __init__(self, *args, teacher, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = teacher.organisations.distinct()
        self.fields["course"].queryset = CoursePage.objects.live().filter(open_to_classes=True)
        # Most teachers have one organisation and one course to choose: preselect them.
        self.fields["organisation"].empty_label = None
        self.fields["course"].empty_label = None


class JoinForm(JoinCodeForm):
    code_label = _("Class code")
    code_help = _("The code your teacher shows you, for example K7M2QX.")
    nickname_help = _("Not your full name. Your teacher and class will see it.")


class NewPupilJoinForm(JoinForm, ChoosePasswordForm):
    field_order = ["code", "nickname", "password1", "password2"]


class CoTeacherForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address of the co-teacher"))


class PupilLoginsForm(forms.Form):
    count = forms.IntegerField(label=_("How many logins?"), min_value=1, max_value=60, initial=10)


class SessionForm(forms.Form):
    module = forms.ModelChoiceField(label=_("Module"), queryset=None)
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    time = forms.TimeField(label=_("Time"), widget=forms.TimeInput(attrs={"type": "time"}))
    time_zone = forms.ChoiceField(label=_("Time zone"), choices=[])

    def __init__(self, *args, classroom, **kwargs):
        import zoneinfo

        from courses.models import ModulePage

        super().__init__(*args, **kwargs)
        self.fields["module"].queryset = ModulePage.objects.child_of(classroom.course).live()
        self.fields["time_zone"].choices = [
            (name, name) for name in sorted(zoneinfo.available_timezones())
        ]
