from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.forms import OwnedContentFormMixin
from accounts.models import Organisation

from .course_files import MAX_FILE_BYTES, course_file_read


class ReflectionForm(forms.Form):
    text = forms.CharField(
        label=_("Your thoughts"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Only you can see this. Your teacher, mentor or coach cannot."),
    )


class CourseImportForm(OwnedContentFormMixin, forms.Form):
    """A course file to import (courses/course_files.py), in the admin."""

    file = forms.FileField(
        label=_("Course file"),
        help_text=_("A YAML course file, as described in the content guide (at most 2 MB)."),
        widget=forms.ClearableFileInput(attrs={"accept": ".yaml,.yml"}),
    )
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.all(),
        required=False,
        help_text=_(
            "Whose course it is: the whole network's, or one organisation's, shown to its "
            "people only. A translation belongs to its course's."
        ),
    )
    publish = forms.BooleanField(
        label=_("Publish at once"),
        required=False,
        help_text=_("Otherwise the course and its modules are saved as drafts to review."),
    )

    def __init__(self, *args, user=None, **kwargs):
        self.for_user = user
        super().__init__(*args, **kwargs)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(_("The file is larger than 2 MB."))
        self.course_data = course_file_read(upload.read())
        return upload
