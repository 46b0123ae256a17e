"""The admin's form for a course: whose course it may be, by who is editing it."""

from wagtail.admin.forms import WagtailAdminPageForm

from accounts.forms import OwnedContentFormMixin


class CoursePageForm(OwnedContentFormMixin, WagtailAdminPageForm):
    """The organisation a course belongs to, among those the editor may give it
    (courses.models.OwnedPagePermissionTester keeps them to those afterwards)."""
