from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClassroomsConfig(AppConfig):
    name = "classrooms"
    verbose_name = _("Classes")

    def ready(self):
        from accounts.belonging import belonging_register
        from accounts.page_parts import PagePart, page_part_register
        from safeguarding.contexts import concern_contexts

        from .concerns import contexts_for_concerns
        from .selectors import organisations_of_pupil
        from .templatetags.classrooms_tags import my_classes

        concern_contexts.connect(contexts_for_concerns, dispatch_uid="classrooms_concern_contexts")
        belonging_register(organisations_of_pupil)
        page_part_register(
            PagePart(
                page="dashboard",
                place="above_courses",
                order=20,
                template="classrooms/includes/dashboard.html",
                context=my_classes,
            )
        )
