"""Each message rendered in its reader's language: subject, plain text and HTML."""

import zoneinfo

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .models import Kind

UNSUBSCRIBE_SALT = "notifications.unsubscribe"


def unsubscribe_token(*, user_id: int, kind: str) -> str:
    """Signed (user, kind): it works without signing in, for that one kind only."""
    return signing.dumps([user_id, kind], salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token: str) -> tuple[int, str] | None:
    try:
        user_id, kind = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if kind not in Kind.values or not isinstance(user_id, int):
        return None
    return user_id, kind


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def render_message(*, notification, context: dict) -> dict:
    """subject, text, html, url and the unsubscribe URL, in the user's language."""
    user = notification.user
    profile = user.profile
    language = profile.language or settings.LANGUAGE_CODE
    try:
        tz = zoneinfo.ZoneInfo(profile.time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        tz = zoneinfo.ZoneInfo("UTC")
    with translation.override(language):
        unsubscribe = absolute(
            reverse(
                "notifications_unsubscribe",
                kwargs={"token": unsubscribe_token(user_id=user.pk, kind=notification.kind)},
            )
        )
        full = {
            **context,
            "user": user,
            "name": user.get_display_name(),
            "unsubscribe_url": unsubscribe,
            "preferences_url": absolute(reverse("notifications_preferences")),
            "site_url": settings.SITE_URL,
            "tz": tz,
            "LANGUAGE_CODE": language,
        }
        base = f"notifications/email/{notification.kind}"
        subject = " ".join(render_to_string(f"{base}_subject.txt", full).split())
        text = render_to_string(f"{base}.txt", full)
        html = render_to_string(f"{base}.html", full)
    return {
        "subject": subject,
        "text": text,
        "html": html,
        "url": context.get("url", ""),
        "unsubscribe_url": unsubscribe,
    }


def email_for(*, notification, rendered: dict) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        rendered["subject"],
        rendered["text"],
        to=[notification.user.email],
        headers={
            # One-click unsubscribe from the mail client (RFC 8058).
            "List-Unsubscribe": f"<{rendered['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(rendered["html"], "text/html")
    return message
