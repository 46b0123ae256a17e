"""The admin's form for a course: whose course it may be, by who is editing it."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from accounts.forms import OwnedContentFormMixin


class CoursePageForm(OwnedContentFormMixin, WagtailAdminPageForm):
    """The organisation a course belongs to, among those the editor may give it
    (courses.models.OwnedPagePermissionTester keeps them to those afterwards).

    A course that other organisations' classes or peer groups follow (in any of its
    languages) cannot be given to one organisation: their pupils and peers would lose
    it in the middle of their lessons.
    """

    def clean(self):
        cleaned_data = super().clean()
        owner = cleaned_data.get("organisation")
        course = self.instance
        if course.pk and owner is not None and owner.pk != course.organisation_id:
            # The classes' and groups' models, through the course's reverse relations:
            # courses does not import the apps above it.
            for groups in (course.classrooms, course.mentor_groups):
                followed_elsewhere = (
                    groups.model.objects.filter(course__translation_key=course.translation_key)
                    .exclude(organisation=owner)
                    .exists()
                )
                if followed_elsewhere:
                    self.add_error(
                        "organisation",
                        _(
                            "Classes or peer groups of other organisations follow this "
                            "course, so it stays with the whole network."
                        ),
                    )
                    break
        return cleaned_data


class ModulePageForm(WagtailAdminPageForm):
    """A module places the network's quizzes and its course's organisation's own, never
    another organisation's (the chooser offers only those; this checks what is saved)."""

    def clean(self):
        from quizzes.models import Quiz

        cleaned_data = super().clean()
        course = getattr(self, "parent_page", None) or self.instance.get_parent()
        owner = getattr(course.specific, "organisation_id", None)
        chosen = {
            block.value["quiz"].pk
            for field in ("body", "easy_read_body")
            for block in (cleaned_data.get(field) or [])
            if block.block_type == "quiz" and block.value.get("quiz") is not None
        }
        others = (
            Quiz.objects.filter(pk__in=chosen, organisation__isnull=False)
            .exclude(organisation_id=owner)
            .values_list("title", flat=True)
        )
        for title in others:
            self.add_error(
                "body",
                _(
                    "“%(quiz)s” is another organisation's quiz: choose one of the network's "
                    "or of this course's organisation."
                )
                % {"quiz": title},
            )
        return cleaned_data
