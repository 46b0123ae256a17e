"""Requests about personal data that a person must answer: saved, and the organisation's
admins told at once through the outbox (one mail per admin and request)."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from accounts.capabilities import Capability, holders
from accounts.models import User
from outbox import services as outbox
from outbox.registry import Skip

from .mail import language_of, send_template_mail
from .models import DataRequest

REQUEST_MAIL = "privacy.data_request"
FIELDS = ("organisation", "kind", "requester_name", "requester_email", "about", "details")


def data_request_create(*, submission, **fields) -> DataRequest:
    """Save the request with its deadline and owe the admins their mail, in one
    transaction. The same form sent twice (same `submission`) gives the first request."""
    try:
        with transaction.atomic():
            request = DataRequest.objects.create(
                **{name: fields[name] for name in FIELDS},
                submission=submission,
                due_at=timezone.now() + DataRequest.ANSWER_WITHIN,
            )
            admins = holders(
                capability=Capability.MANAGE_ORGANISATION,
                organisation_ids=[request.organisation_id],
            ).values_list("user_id", flat=True)
            outbox.enqueue_many(
                REQUEST_MAIL,
                [
                    (f"{request.pk}:{admin}", {"request": request.pk, "admin": admin})
                    for admin in admins
                ],
            )
    except IntegrityError:
        return DataRequest.objects.get(submission=submission)
    return request


def data_request_mail_send(message, batch=None) -> None:
    """The outbox handler of REQUEST_MAIL: tell one admin that a request waits, and by
    when it must be answered. The mail names no one: the details are in the product."""
    request = (
        DataRequest.objects.select_related("organisation")
        .filter(pk=message.payload["request"])
        .first()
    )
    admin = (
        User.objects.select_related("profile")
        .filter(pk=message.payload["admin"], is_active=True)
        .exclude(email="")
        .first()
    )
    if request is None or admin is None:
        raise Skip("the request or the admin is gone")
    send_template_mail(
        message,
        template="privacy/email/data_request",
        to=admin.email,
        language=language_of(admin),
        context=lambda: {
            "data_request": request,
            "recipient": admin,
            "url": settings.SITE_URL
            + reverse("privacy_requests", kwargs={"slug": request.organisation.slug}),
        },
    )
