from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import Confident, Useful


class EvaluationForm(forms.Form):
    useful = forms.TypedChoiceField(
        label=_("How useful was this course for you?"),
        choices=Useful.choices,
        coerce=int,
        widget=forms.RadioSelect,
    )
    confident = forms.TypedChoiceField(
        label=_("How confident do you feel now about what to do if something worries you?"),
        choices=Confident.choices,
        coerce=int,
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Anything else you want to tell us? (optional)"),
        help_text=_(
            "Only your organisation reads this. Please do not write anyone's name or "
            "anything that could identify a child. If you are worried about a child, use "
            "“I'm worried about someone” instead."
        ),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    named = forms.BooleanField(
        label=_("Add my name to my answers"),
        help_text=_("Without it, your answers are anonymous."),
        required=False,
    )

    def __init__(self, *args, young: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if young:
            # A young person's answers stay anonymous: minimum data.
            del self.fields["named"]
