"""wagtail-localize's "Translate" and "Sync translated pages", for those who may edit
what is translated.

wagtail-localize asks only for its own permission (submit_translation), which every
editor holds. A translation is a page or a quiz in the source's space (it belongs to
whom the source belongs), so these views also ask whether the editor may change the
source: its page permissions (courses.models.OwnedPagePermissionTester), or its side
for a quiz (accounts.capabilities.may_edit_content_of). config/urls.py puts these in
front of wagtail-localize's own URLs, at the same addresses.
"""

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from wagtail.admin.auth import require_admin_access
from wagtail.models import Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from accounts.capabilities import may_edit_content_of


def may_change(user, instance) -> bool:
    """Whether the user may change this page or owned snippet."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    if hasattr(instance, "organisation_id"):
        return may_edit_content_of(user=user, organisation_id=instance.organisation_id)
    return True


_submit_page = SubmitPageTranslationView.as_view()
_submit_snippet = SubmitSnippetTranslationView.as_view()
_update = UpdateTranslationsView.as_view()


@require_admin_access
def submit_page_translation(request, page_id: int):
    if not may_change(request.user, get_object_or_404(Page, pk=page_id)):
        raise PermissionDenied
    return _submit_page(request, page_id=page_id)


@require_admin_access
def submit_snippet_translation(request, app_label: str, model_name: str, pk: str):
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error
    if not may_change(request.user, get_object_or_404(model, pk=pk)):
        raise PermissionDenied
    return _submit_snippet(request, app_label=app_label, model_name=model_name, pk=pk)


@require_admin_access
def update_translations(request, translation_source_id: int):
    source = get_object_or_404(TranslationSource, pk=translation_source_id)
    try:
        instance = source.get_source_instance()
    except ObjectDoesNotExist as error:  # the source object is gone
        raise Http404 from error
    if not may_change(request.user, instance):
        raise PermissionDenied
    return _update(request, translation_source_id=translation_source_id)
