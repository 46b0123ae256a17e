from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from accounts.owned_snippets import OwnedSnippetViewSet

from .admin_views import HelpDirectoryImportView, may_import_help_services
from .models import HelpService


class HelpServiceViewSet(OwnedSnippetViewSet):
    """The network's services, for its content editors, and each organisation's own,
    for that organisation's content editors: each editor lists and changes only those."""

    model = HelpService
    icon = "help"
    menu_label = _("Help directory")
    menu_order = 300
    add_to_admin_menu = True
    list_display = [
        "name",
        "country",
        "organisation",
        "kind",
        "phone",
        "last_checked",
        "check_state",
    ]
    list_filter = ["country", "organisation", "kind", "audience"]
    search_fields = ["name", "description"]
    ordering = ["country", "name"]


register_snippet(HelpServiceViewSet)


@hooks.register("register_admin_urls")
def help_directory_import_urls():
    return [
        path(
            "help-directory/import/",
            HelpDirectoryImportView.as_view(),
            name="safeguarding_help_directory_import",
        )
    ]


class HelpDirectoryImportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_import_help_services(request.user)


@hooks.register("register_admin_menu_item")
def help_directory_import_menu_item():
    return HelpDirectoryImportMenuItem(
        _("Import help services"),
        reverse("safeguarding_help_directory_import"),
        icon_name="download",
        order=310,
    )
