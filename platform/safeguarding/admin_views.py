"""The admin's "Import help services": a help-directory file in, the services it lacks out."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts.capabilities import may_edit_content_of

from .directory import help_directory_import
from .forms import HelpDirectoryImportForm

PERMISSION = "safeguarding.add_helpservice"


def may_import_help_services(user) -> bool:
    """The file fills the network's directory: its content editors (and the platform's
    operators) import it, not an organisation's."""
    return user.has_perm(PERMISSION) and may_edit_content_of(user=user, organisation_id=None)


class HelpDirectoryImportView(WagtailAdminTemplateMixin, FormView):
    form_class = HelpDirectoryImportForm
    template_name = "file_import.html"
    page_title = gettext_lazy("Import help services")
    header_icon = "download"
    extra_context = {
        "intro": gettext_lazy(
            "A help-directory file lists services by country, in the shape of the "
            "project's own data file. Services the directory lacks (by country and name) "
            "are added; those it has are left as staff edited them. Nothing is added if "
            "an entry has a mistake."
        ),
        "refused_heading": gettext_lazy("Nothing was imported:"),
        "submit_label": gettext_lazy("Import the services"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not may_import_help_services(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def form_valid(self, form):
        try:
            created, total = help_directory_import(entries=form.entries)
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("%(created)s of the %(total)s services in the file were added.")
            % {"created": created, "total": total},
        )
        return redirect("wagtailsnippets_safeguarding_helpservice:list")
