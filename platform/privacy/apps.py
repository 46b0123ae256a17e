from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """Children's rights over their data: parental consent by country, download and
    deletion, the requests queue, and retention. It sits above the apps whose data it
    exports and deletes, and reads their models through the registry in personal_data."""

    name = "privacy"
    verbose_name = _("Privacy")

    def ready(self):
        from allauth.account.signals import email_confirmed

        from accounts.page_parts import PagePart, page_part_register
        from outbox.registry import register

        from .templatetags.privacy_tags import consent_link

        email_confirmed.connect(_send_waiting_consent, dispatch_uid="privacy.consent")
        page_part_register(
            PagePart(
                page="profile",
                place="links",
                order=10,
                template="privacy/includes/profile_consent_link.html",
                context=consent_link,
            )
        )

        from .consent import (
            CONSENT_DECIDED_MAIL,
            CONSENT_MAIL,
            consent_decided_send,
            consent_request_send,
        )

        register(CONSENT_MAIL, send=consent_request_send, priority=3, max_attempts=10)
        register(CONSENT_DECIDED_MAIL, send=consent_decided_send, priority=3, max_attempts=10)

        from .requests import REQUEST_MAIL, data_request_mail_send

        register(REQUEST_MAIL, send=data_request_mail_send, priority=3, max_attempts=10)

        from .retention import INACTIVE_WARNING, inactive_warning_send

        register(INACTIVE_WARNING, send=inactive_warning_send, priority=6, max_attempts=10)


def _send_waiting_consent(sender, request, email_address, **kwargs):
    """A child who signed up below the age of consent has confirmed their own address:
    now their parent's link is sent."""
    from .consent import consent_send_waiting

    consent_send_waiting(child=email_address.user)
