from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

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
