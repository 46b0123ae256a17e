from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import ConsentAge, RetentionPolicy


class ConsentAgeViewSet(SnippetViewSet):
    model = ConsentAge
    icon = "user"
    menu_label = _("Ages of consent")
    list_display = ["country", "age"]
    ordering = ["country"]


class RetentionPolicyViewSet(SnippetViewSet):
    model = RetentionPolicy
    icon = "history"
    menu_label = _("Retention periods")
    list_display = ["organisation"]


class PrivacyViewSetGroup(SnippetViewSetGroup):
    items = (ConsentAgeViewSet, RetentionPolicyViewSet)
    menu_icon = "lock"
    menu_label = _("Privacy")
    menu_order = 310


register_snippet(PrivacyViewSetGroup)
