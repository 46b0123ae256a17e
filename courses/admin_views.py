"""The admin's "Import a course": a course file in, a course (or a translation) out."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies.pages import PagePermissionPolicy

from accounts.capabilities import may_edit_content_of

from .course_files import course_import, course_owner_by_slug
from .forms import CourseImportForm
from .models import CourseIndexPage


def may_import_courses(user) -> bool:
    """Editors who may add pages somewhere in the tree (Wagtail's own page permissions);
    where exactly is checked against the catalogue the file's language leads to."""
    return PagePermissionPolicy().user_has_permission(user, "add")


class CourseImportView(WagtailAdminTemplateMixin, FormView):
    form_class = CourseImportForm
    template_name = "file_import.html"
    page_title = gettext_lazy("Import a course")
    header_icon = "download"
    extra_context = {
        "intro": gettext_lazy(
            "A course file holds a whole course: its modules, their text and their quizzes, "
            "in one language. A file in another language with translation_of adds a "
            "translation of an existing course. Nothing is created if the file has a "
            "mistake; a course whose address already exists is left as it is."
        ),
        "refused_heading": gettext_lazy("The course was not imported:"),
        "submit_label": gettext_lazy("Import the course"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not may_import_courses(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def form_valid(self, form):
        data = form.course_data
        permissions = self._permissions_in(data["language"])
        if permissions is not None and not permissions.can_add_subpage():
            form.add_error(None, _("You may not add courses to the catalogue in this language."))
            return self.form_invalid(form)
        organisation = form.cleaned_data["organisation"]
        if data.get("translation_of"):
            organisation = None  # a translation belongs to its course's organisation
            owner = course_owner_by_slug(data["translation_of"])
            if owner is not False and not may_edit_content_of(
                user=self.request.user, organisation_id=owner
            ):
                form.add_error(
                    None, _("You may not translate this course: it is not yours to edit.")
                )
                return self.form_invalid(form)
        has_quizzes = any(module.get("quizzes") for module in data["modules"])
        if has_quizzes and not self.request.user.has_perm("quizzes.add_quiz"):
            form.add_error(None, _("The file has quizzes, and you may not add quizzes."))
            return self.form_invalid(form)
        if (
            permissions is not None
            and form.cleaned_data["publish"]
            and not permissions.can_publish_subpage()
        ):
            form.add_error(
                "publish",
                _("You may not publish courses: import them as drafts for a moderator to publish."),
            )
            return self.form_invalid(form)
        try:
            imported = course_import(
                data=data,
                publish=form.cleaned_data["publish"],
                user=self.request.user,
                organisation=organisation,
            )
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
            return self.form_invalid(form)
        course = imported.course
        if not imported.created and not may_edit_content_of(
            user=self.request.user, organisation_id=course.organisation_id
        ):
            # Another side's course: say nothing of it.
            form.add_error(None, _("A course with this address exists already."))
            return self.form_invalid(form)
        if imported.created:
            messages.success(self.request, _("“%(title)s” was imported.") % {"title": course.title})
        else:
            messages.warning(
                self.request,
                _("“%(title)s” exists already, so nothing was imported.") % {"title": course.title},
            )
        return redirect(reverse("wagtailadmin_explore", args=[course.pk]))

    def _permissions_in(self, language: str):
        """The user's permissions on the catalogue the file's language leads to (None
        where there is none: course_import then says what is missing)."""
        catalogue = CourseIndexPage.objects.filter(locale__language_code=language).first()
        return catalogue.permissions_for_user(self.request.user) if catalogue else None
