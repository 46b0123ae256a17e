from django.contrib import messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GlossaryTerm
from .selectors import avoid_terms_in_page


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    menu_label = gettext_lazy("Glossary")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["term", "usage", "preferred", "locale"]
    list_filter = ["usage"]
    search_fields = ["term"]


register_snippet(GlossaryTermViewSet)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_terms_to_avoid(request, page):
    """After a save or publish, name each term to avoid that the page uses, with its alternative."""
    for term in avoid_terms_in_page(page.specific):
        if term.preferred:
            text = _("This page uses “%(term)s”, a term to avoid. Prefer: %(preferred)s.")
        else:
            text = _("This page uses “%(term)s”, a term to avoid.")
        messages.warning(request, text % {"term": term.term, "preferred": term.preferred})
