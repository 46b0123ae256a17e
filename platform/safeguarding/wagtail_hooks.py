from django.db.models import Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.capabilities import Capability, may_edit_content_of, organisations_where

from .admin_views import PERMISSION, HelpDirectoryImportView
from .models import HelpService


class HelpServiceViewSet(SnippetViewSet):
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

    def get_queryset(self, request):
        services = HelpService.objects.all()
        if request.user.is_superuser:
            return services
        own = Q(
            organisation__in=organisations_where(
                user=request.user, capability=Capability.EDIT_CONTENT
            )
        )
        if may_edit_content_of(user=request.user, organisation_id=None):
            own |= Q(organisation__isnull=True)
        return services.filter(own)


register_snippet(HelpServiceViewSet)


@hooks.register("before_edit_snippet")
def help_service_edit_only_own(request, instance):
    if isinstance(instance, HelpService) and not may_edit_content_of(
        user=request.user, organisation_id=instance.organisation_id
    ):
        return permission_denied(request)
    return None


@hooks.register("before_delete_snippet")
def help_service_delete_only_own(request, instances):
    for instance in instances:
        if isinstance(instance, HelpService) and not may_edit_content_of(
            user=request.user, organisation_id=instance.organisation_id
        ):
            return permission_denied(request)
    return None


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
