import uuid

from django import forms
from django.utils.translation import gettext_lazy as _

from .contexts import ConcernContext
from .directory import MAX_FILE_BYTES, help_directory_read
from .models import CONCERN_DESCRIPTION_MAX, Concern


class ConcernForm(forms.Form):
    """What the reporter knows, in their own words. Choices come from their contexts."""

    context = forms.ChoiceField(label=_("Which group, class or organisation is this about?"))
    about_user = forms.TypedChoiceField(
        label=_("Who are you worried about?"),
        coerce=int,
        required=False,
        empty_value=None,
        help_text=_("Optional. Leave it if you would rather not say, or write it below."),
    )
    about = forms.CharField(
        label=_("Or say who it is"),
        required=False,
        max_length=100,
        help_text=_("Optional. A first name or nickname is enough."),
    )
    description = forms.CharField(
        label=_("What happened?"),
        max_length=CONCERN_DESCRIPTION_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Write down what you saw or heard, and when. If someone told you, use their "
            "own words as far as you remember them. Do not add what you think it means."
        ),
    )
    urgency = forms.ChoiceField(
        label=_("How urgent is it?"), choices=Concern.Urgency.choices, widget=forms.RadioSelect
    )
    # One per form shown: sending it twice saves one concern.
    submission = forms.UUIDField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, contexts: list[ConcernContext], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["submission"].initial = uuid.uuid4
        self.contexts = {context.key: context for context in contexts}
        self.fields["context"].choices = [(c.key, c.label) for c in contexts]
        self.single_context_label = contexts[0].label if len(contexts) == 1 else ""
        if len(contexts) == 1:
            self.fields["context"].initial = contexts[0].key
            self.fields["context"].widget = forms.HiddenInput()
        with_people = [c for c in contexts if c.people]
        if with_people:
            self.fields["about_user"].choices = [("", _("Not someone on this list"))] + [
                (c.label, [(p.user_id, p.name) for p in c.people]) for c in with_people
            ]
        else:
            del self.fields["about_user"]

    def clean(self):
        cleaned = super().clean()
        context = self.contexts.get(cleaned.get("context", ""))
        about_user = cleaned.get("about_user")
        people = {person.user_id for person in context.people} if context else set()
        if context is not None and about_user is not None and about_user not in people:
            self.add_error(
                "about_user", _("That person is not in the group or class you chose. Choose again.")
            )
        cleaned["context"] = context
        return cleaned


class ConcernNoteForm(forms.Form):
    text = forms.CharField(
        label=_("Add a note"),
        max_length=CONCERN_DESCRIPTION_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What you did or decided, and who you told. Notes cannot be changed later."),
    )


class ConcernStatusForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("Choose the new status"))]
        + [(v, label) for v, label in Concern.Status.choices if v != Concern.Status.NEW],
    )


class HelpDirectoryImportForm(forms.Form):
    """A help-directory file to import (safeguarding/directory.py), in the admin."""

    file = forms.FileField(
        label=_("Help directory file"),
        help_text=_(
            "A JSON list of services, in the shape of the project's own data file (at most 2 MB)."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".json"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(_("The file is larger than 2 MB."))
        self.entries = help_directory_read(upload.read())
        return upload
