from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from accounts.page_parts import PagePart, page_part_register
        from courses.signals import course_completed
        from mentoring.signals import mentor_approved
        from outbox.registry import register

        from . import handlers, services
        from .templatetags.certificates_tags import my_certificates

        course_completed.connect(handlers.on_course_completed, dispatch_uid="certificates_course")
        mentor_approved.connect(handlers.on_mentor_approved, dispatch_uid="certificates_mentor")
        register(handlers.COURSE_CERTIFICATE, send=services.course_certificate_send)
        register(handlers.MENTOR_CERTIFICATE, send=services.mentor_certificate_send)
        page_part_register(
            PagePart(
                page="dashboard",
                place="below_courses",
                order=10,
                template="certificates/includes/dashboard.html",
                context=my_certificates,
            )
        )
