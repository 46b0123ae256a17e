"""The Wagtail admin for snippets that belong to the network or to one organisation
(help services, quizzes): each editor lists, opens and changes only their own side's,
and chooses among the network's and their own.

The network's content editors keep the rows without an organisation, an organisation's
content editors those of their organisations (accounts.capabilities.may_edit_content_of);
the platform's operators (superusers) all. Another side's row answers 403 in every view
that names one (edit, copy, delete, history, usage), and is not listed.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.snippets.views import chooser as chooser_views
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from .capabilities import Capability, may_edit_content_of, organisations_where


def owned_by_editor(*, user) -> Q:
    """Rows of the sides the user edits content for."""
    if user.is_superuser:
        return Q()
    own = Q(organisation__in=organisations_where(user=user, capability=Capability.EDIT_CONTENT))
    if may_edit_content_of(user=user, organisation_id=None):
        own |= Q(organisation__isnull=True)
    return own


def usable_by_editor(*, user) -> Q:
    """Rows an editor may place in their content: the network's, and their
    organisations' own (a quiz in a course, say)."""
    if user.is_superuser:
        return Q()
    return Q(organisation__isnull=True) | Q(
        organisation__in=organisations_where(user=user, capability=Capability.EDIT_CONTENT)
    )


class _UsableOnly:
    def get_object_list(self):
        return super().get_object_list().filter(usable_by_editor(user=self.request.user))


class OwnedSnippetChooserViewSet(chooser_views.SnippetChooserViewSet):
    """The chooser offers the network's rows and the editor's organisations' own."""

    choose_view_class = type("ChooseView", (_UsableOnly, chooser_views.ChooseView), {})
    choose_results_view_class = type(
        "ChooseResultsView", (_UsableOnly, chooser_views.ChooseResultsView), {}
    )


class _OwnRowOnly:
    def get_object(self, *args, **kwargs):
        row = super().get_object(*args, **kwargs)
        if not may_edit_content_of(user=self.request.user, organisation_id=row.organisation_id):
            raise PermissionDenied
        return row


def _own_only(view_class):
    return type(view_class.__name__, (_OwnRowOnly, view_class), {})


# The models registered with OwnedSnippetViewSet.
_owned_models: set = set()


class OwnedSnippetViewSet(SnippetViewSet):
    """A snippet viewset for a model with an `organisation` field."""

    def on_register(self):
        super().on_register()
        _owned_models.add(self.model)

    chooser_viewset_class = OwnedSnippetChooserViewSet
    edit_view_class = _own_only(snippet_views.EditView)
    copy_view_class = _own_only(snippet_views.CopyView)
    delete_view_class = _own_only(snippet_views.DeleteView)
    history_view_class = _own_only(snippet_views.HistoryView)
    usage_view_class = _own_only(snippet_views.UsageView)

    def get_queryset(self, request):
        return self.model._default_manager.filter(owned_by_editor(user=request.user))


@hooks.register("before_delete_snippet")
def refuse_deleting_another_sides_rows(request, instances):
    """The bulk delete of the listing, too, deletes only the editor's own side's rows."""
    for instance in instances:
        if type(instance) in _owned_models and not may_edit_content_of(
            user=request.user, organisation_id=instance.organisation_id
        ):
            return permission_denied(request)
    return None
