from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from accounts.owned_snippets import OwnedSnippetViewSet

from .models import Quiz


class QuizViewSet(OwnedSnippetViewSet):
    """The network's quizzes for its content editors, an organisation's own for its
    content editors (accounts.owned_snippets)."""

    model = Quiz
    icon = "tasks"
    menu_label = _("Quizzes")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "kind", "organisation", "locale"]
    list_filter = ["kind", "organisation"]
    search_fields = ["title"]


register_snippet(QuizViewSet)
