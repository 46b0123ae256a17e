"""The admin's form for a quiz: whose it may be, by who is editing it."""

from wagtail.admin.forms import WagtailAdminModelForm

from accounts.forms import OwnedContentFormMixin


class QuizForm(OwnedContentFormMixin, WagtailAdminModelForm):
    """The organisation a quiz belongs to, among those the editor may give it
    (accounts.owned_snippets keeps them to those afterwards)."""
