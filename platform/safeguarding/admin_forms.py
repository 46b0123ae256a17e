"""The admin's form for a help service: whose it may be, by who is editing it."""

from wagtail.admin.forms import WagtailAdminModelForm

from accounts.forms import OwnedContentFormMixin


class HelpServiceForm(OwnedContentFormMixin, WagtailAdminModelForm):
    """The organisation a service belongs to, among those the editor may give it
    (safeguarding.wagtail_hooks keeps them to those afterwards)."""
