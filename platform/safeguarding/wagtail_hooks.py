from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import PERMISSION, HelpDirectoryImportView
from .models import HelpService


class HelpServiceViewSet(SnippetViewSet):
    model = HelpService
    icon = "help"
    menu_label = _("Help directory")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "country", "kind", "phone", "last_checked", "check_state"]
    list_filter = ["country", "kind", "audience"]
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
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_menu_item")
def help_directory_import_menu_item():
    return HelpDirectoryImportMenuItem(
        _("Import help services"),
        reverse("safeguarding_help_directory_import"),
        icon_name="download",
        order=310,
    )
