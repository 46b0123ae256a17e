from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from django.db.models.signals import post_migrate
        from wagtail.signals import page_published

        from quizzes.signals import attempt_submitted

        from .delivery.caching import connect_signals

        connect_signals()
        post_migrate.connect(_grant_editor_permissions, dispatch_uid="courses_editor_permissions")
        attempt_submitted.connect(_complete_module_on_pass, dispatch_uid="courses_quiz_passed")
        page_published.connect(_owner_to_translations, dispatch_uid="courses_owner_translations")


def _owner_to_translations(sender, instance, **kwargs):
    from .models import CoursePage
    from .services import course_owner_to_translations

    if isinstance(instance, CoursePage):
        course_owner_to_translations(course=instance)


def _complete_module_on_pass(sender, attempt, **kwargs):
    from .services import module_complete_for_passed_attempt

    module_complete_for_passed_attempt(attempt=attempt)


def _grant_editor_permissions(sender, **kwargs):
    # post_migrate fires once per app, and Django creates each app's permissions in
    # its own handler, so granting after every app catches them all.
    from .services import editors_grant_content_permissions

    editors_grant_content_permissions()
