from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models import Q
from django.http import Http404
from django.urls import path, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.capabilities import Capability, organisations_where
from quizzes.models import Quiz

from .admin_views import CourseImportView, may_import_courses
from .models import CoursePage, GlossaryTerm
from .selectors import avoid_terms_in_page, avoid_terms_in_quiz, page_visible_to


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


@hooks.register("before_serve_page")
def organisation_courses_for_their_people(page, request, serve_args, serve_kwargs):
    """An organisation's course and its modules are for the people who belong to it:
    a visitor signs in first, anyone else finds nothing there. (A page refused here is
    never kept for visitors without a session: only served pages are.)"""
    if page_visible_to(request=request, page=page):
        return None
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise Http404


def _other_organisations_courses(user) -> Q:
    """Pages in courses of organisations the editor does not edit for (each course with
    its modules): the admin's listings and choosers leave them out. The network's
    courses stay in view, to link to and to follow; who may change what is the page's
    own question (courses.models.OwnedPagePermissionTester)."""
    own = organisations_where(user=user, capability=Capability.EDIT_CONTENT)
    paths = CoursePage.objects.filter(organisation__isnull=False).exclude(organisation__in=own)
    hidden = Q(pk__in=[])
    for course_path in paths.values_list("path", flat=True):
        hidden |= Q(path__startswith=course_path)
    return hidden


@hooks.register("construct_explorer_page_queryset")
def explorer_leaves_out_other_organisations_courses(parent_page, pages, request):
    if request.user.is_superuser:
        return pages
    return pages.exclude(_other_organisations_courses(request.user))


@hooks.register("construct_page_chooser_queryset")
def chooser_leaves_out_other_organisations_courses(pages, request):
    if request.user.is_superuser:
        return pages
    return pages.exclude(_other_organisations_courses(request.user))


@hooks.register("register_admin_urls")
def course_import_urls():
    return [path("courses/import/", CourseImportView.as_view(), name="courses_import")]


class CourseImportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_import_courses(request.user)


@hooks.register("register_admin_menu_item")
def course_import_menu_item():
    return CourseImportMenuItem(
        gettext_lazy("Import a course"),
        reverse("courses_import"),
        icon_name="download",
        order=210,
    )


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_terms_to_avoid(request, page):
    """After a save or publish, name each term to avoid that the page uses, with its
    alternative, in the page's language."""
    page = page.specific
    _warn(request, avoid_terms_in_page(page), page.locale.language_code, _PAGE_WARNINGS)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def warn_about_terms_to_avoid_in_quizzes(request, instance):
    """The same for a quiz: its questions, choices and feedback, in the quiz's language."""
    if isinstance(instance, Quiz):
        _warn(request, avoid_terms_in_quiz(instance), instance.locale.language_code, _QUIZ_WARNINGS)


_PAGE_WARNINGS = (
    gettext_lazy("This page uses “%(term)s”, a term to avoid. Prefer: %(preferred)s."),
    gettext_lazy("This page uses “%(term)s”, a term to avoid."),
)
_QUIZ_WARNINGS = (
    gettext_lazy("This quiz uses “%(term)s”, a term to avoid. Prefer: %(preferred)s."),
    gettext_lazy("This quiz uses “%(term)s”, a term to avoid."),
)


def _warn(request, terms, language: str, texts) -> None:
    # Said in the text's language: the editor fixing a German quiz reads German terms.
    with translation.override(language):
        for term in terms:
            text = texts[0] if term.preferred else texts[1]
            messages.warning(request, str(text) % {"term": term.term, "preferred": term.preferred})
