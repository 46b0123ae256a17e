from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class SafeguardingConfig(AppConfig):
    name = "safeguarding"
    verbose_name = _("Safeguarding")

    def ready(self):
        from outbox.registry import register

        from .services import (
            CONCERN_MAIL,
            ESCALATION_MAIL,
            concern_escalation_send,
            concern_mail_send,
        )

        # First in every sweep, on a queue of its own: nothing waits behind bulk mail.
        for kind, send in (
            (CONCERN_MAIL, concern_mail_send),
            (ESCALATION_MAIL, concern_escalation_send),
        ):
            register(
                kind,
                send=send,
                queue=lambda: settings.SAFEGUARDING_QUEUE,
                priority=0,
                max_attempts=20,
            )
        from .directory import DIGEST_MAIL, help_directory_digest_send

        register(DIGEST_MAIL, send=help_directory_digest_send, priority=5, max_attempts=10)
