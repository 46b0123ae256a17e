from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = _("Notifications")

    def ready(self):
        from certificates.signals import certificate_issued
        from outbox.registry import register

        from .handlers import on_certificate_issued
        from .services import NOTIFICATION, notification_batch, notification_send

        certificate_issued.connect(on_certificate_issued, dispatch_uid="notifications_certificate")
        register(NOTIFICATION, send=notification_send, batch=notification_batch)
