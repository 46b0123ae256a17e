from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = _("Notifications")

    def ready(self):
        from certificates.signals import certificate_issued

        from .handlers import on_certificate_issued

        certificate_issued.connect(on_certificate_issued, dispatch_uid="notifications_certificate")
