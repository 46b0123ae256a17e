from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from accounts.capabilities import Capability, organisations_where
from accounts.forms import ChoosePasswordForm, JoinCodeForm
from accounts.models import AgeBand, Organisation
from accounts.widgets import TimeZoneSelect, time_zone_choices
from courses.models import CoursePage

from .models import LawfulBasis


class ClassroomForm(forms.Form):
    name = forms.CharField(label=_("Class name"), max_length=100)
    organisation = forms.ModelChoiceField(label=_("Organisation"), queryset=None)
    course = forms.ModelChoiceField(label=_("Course"), queryset=None)
    age_band = forms.ChoiceField(
        label=_("Age band"),
        choices=[(v, label) for v, label in AgeBand.choices if v in AgeBand.youth_values()],
    )
    lawful_basis = forms.ChoiceField(
        label=_("Your school's lawful basis for using this platform with the class"),
        choices=[("", _("Choose one"))] + list(LawfulBasis.choices),
        help_text=_(
            "Pupils in a class need no parent's consent of their own: the school is "
            "responsible for their data. Ask your school's data protection lead if unsure."
        ),
    )
    lawful_basis_confirmed = forms.BooleanField(
        label=_("I confirm that my school has agreed this basis for this class."),
        error_messages={"required": _("Tick the box to confirm, or ask your school first.")},
    )

    def __init__(self, *args, teacher, **kwargs):
        super().__init__(*args, **kwargs)
        teaching = organisations_where(user=teacher, capability=Capability.TEACH)
        self.fields["organisation"].queryset = Organisation.objects.filter(pk__in=teaching)
        # The network's courses, and those of the organisations the teacher teaches for
        # (the class's own is checked when it is saved: Classroom.clean).
        self.fields["course"].queryset = CoursePage.objects.live().filter(
            Q(organisation__isnull=True) | Q(organisation__in=teaching), open_to_classes=True
        )
        # Most teachers have one organisation and one course to choose: preselect them.
        self.fields["organisation"].empty_label = None
        self.fields["course"].empty_label = None


class JoinForm(JoinCodeForm):
    code_label = _("Class code")
    code_help = _("The code your teacher shows you, for example K7M2QX.")
    nickname_help = _(
        "Not your full name. Your teacher and class will see it. Why we ask: so your "
        "teacher knows whose progress it is, without us knowing who you are."
    )


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
    time_zone = forms.ChoiceField(
        label=_("Time zone"), choices=time_zone_choices, widget=TimeZoneSelect
    )

    def __init__(self, *args, classroom, **kwargs):
        from courses.models import ModulePage

        super().__init__(*args, **kwargs)
        # Titles only: the bodies of twenty modules took most of the class page's form.
        self.fields["module"].queryset = (
            ModulePage.objects.child_of(classroom.course).live().defer("body", "easy_read_body")
        )
