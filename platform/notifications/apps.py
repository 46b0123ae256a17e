from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = _("Notifications")

    def ready(self):
        from accounts.page_parts import PagePart, page_part_register
        from certificates.signals import certificate_issued
        from outbox.registry import register

        from .handlers import on_certificate_issued
        from .services import NOTIFICATION, notification_batch, notification_send
        from .templatetags.notifications_tags import my_notices

        certificate_issued.connect(on_certificate_issued, dispatch_uid="notifications_certificate")
        register(NOTIFICATION, send=notification_send, batch=notification_batch)
        page_part_register(
            PagePart(
                page="dashboard",
                place="above_courses",
                order=10,
                template="notifications/includes/notices.html",
                context=my_notices,
            )
        )
