from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClassroomsConfig(AppConfig):
    name = "classrooms"
    verbose_name = _("Classes")

    def ready(self):
        from safeguarding.contexts import concern_contexts

        from .concerns import contexts_for_concerns

        concern_contexts.connect(contexts_for_concerns, dispatch_uid="classrooms_concern_contexts")
