from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = _("API")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from courses.signals import course_completed
        from outbox.registry import register
        from quizzes.signals import attempt_submitted

        from . import xapi

        course_completed.connect(xapi.on_course_completed, dispatch_uid="api_xapi_completed")
        attempt_submitted.connect(xapi.on_attempt_submitted, dispatch_uid="api_xapi_attempted")
        register(xapi.KIND, send=xapi.statement_send, priority=8)
