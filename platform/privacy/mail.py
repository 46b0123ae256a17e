"""The privacy app's mails: a subject and a text template, rendered in the recipient's
language and sent with the outbox row's Message-ID (send_outbox_mail says Retry or
Refuse as the outbox expects)."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from safeguarding.services import send_outbox_mail


def language_of(user) -> str:
    return getattr(getattr(user, "profile", None), "language", "") or settings.LANGUAGE_CODE


def send_template_mail(message, *, template: str, to: str, language: str, context) -> None:
    """Send `<template>_subject.txt` and `<template>.txt` to one address. `context` is a
    dict, or a function that builds it (called in the language, for translated links)."""
    with translation.override(language):
        context = context() if callable(context) else context
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        email = EmailMultiAlternatives(
            subject, render_to_string(f"{template}.txt", context), to=[to]
        )
    send_outbox_mail(email, message)
