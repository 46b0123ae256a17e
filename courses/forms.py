from django import forms
from django.utils.translation import gettext_lazy as _


class ReflectionForm(forms.Form):
    text = forms.CharField(
        label=_("Your thoughts"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Only you can see this. Your teacher, mentor or coach cannot."),
    )
