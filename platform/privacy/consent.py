"""Parental consent below the age of digital consent (GDPR Article 8).

A child who signs up below their country's age gives a parent's or guardian's address;
the parent gets a link that works once and expires (CONSENT_LINK_DAYS), agrees or not,
and receives a lasting link to see the child's data, withdraw, or delete the account.
Until consent is given the account is limited: no e-mail to the child (see
`email_allowed`). Pupils in a class are covered by their school instead (the teacher
records the school's lawful basis with the class) and never reach this module.
"""

import datetime

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from outbox import services as outbox
from outbox.registry import Skip

from .mail import language_of, send_template_mail
from .models import BAND_YOUNGEST, DEFAULT_CONSENT_AGE, ConsentAge, ParentalConsent, new_secret

CONSENT_MAIL = "privacy.consent_request"
CONSENT_DECIDED_MAIL = "privacy.consent_decided"
CONSENT_LINK_DAYS = 14
RESEND_AFTER = datetime.timedelta(minutes=10)
LINK_SALT = "privacy.consent.link"
MANAGE_SALT = "privacy.consent.manage"


class LinkProblem(Exception):
    """Why a consent link cannot be used: shown to the parent as it is."""

    def __init__(self, message, status: int):
        super().__init__(message)
        self.message = message
        self.status = status


def consent_age(country: str) -> int:
    """The age of digital consent in a country (16 where the table has none)."""
    if not country:
        return DEFAULT_CONSENT_AGE
    age = ConsentAge.objects.filter(country=country).values_list("age", flat=True).first()
    return age or DEFAULT_CONSENT_AGE


def consent_needed(*, age_band: str, country: str) -> int | None:
    """The age of consent that applies, when someone of this age band in this country
    needs a parent's consent; None when they do not. A band needs consent when its
    youngest age does (12 to 14 needs it in a country where the age is 13)."""
    youngest = BAND_YOUNGEST.get(age_band, 18)
    age = consent_age(country)
    return age if youngest < age else None


def consent_missing(user) -> int | None:
    """The age of consent this person is below without a parent's consent given, or
    None when nothing is missing (an adult, old enough, or consent given)."""
    profile = getattr(user, "profile", None)
    if profile is None:
        return None
    age = consent_needed(age_band=profile.age_band, country=profile.country.code or "")
    if age is None:
        return None
    given = ParentalConsent.objects.filter(child=user, status=ParentalConsent.Status.GIVEN).exists()
    return None if given else age


def email_allowed(user) -> bool:
    """Whether the platform may e-mail this person: not a child still waiting for (or
    refused, or withdrawn) a parent's consent. Reads `user.parental_consent`, which
    callers load with select_related("user__parental_consent") when they loop."""
    try:
        consent = user.parental_consent
    except ParentalConsent.DoesNotExist:
        return True
    return consent.is_given


# Links --------------------------------------------------------------------------------


def link_token(consent: ParentalConsent) -> str:
    return signing.dumps({"c": consent.pk, "s": consent.link_secret}, salt=LINK_SALT)


def manage_token(consent: ParentalConsent) -> str:
    return signing.dumps({"c": consent.pk, "s": consent.manage_secret}, salt=MANAGE_SALT)


def _absolute(name: str, token: str, language: str) -> str:
    with translation.override(language):
        return settings.SITE_URL + reverse(name, kwargs={"token": token})


def consent_for_link(token: str) -> ParentalConsent:
    """The consent a parent's one-time link stands for, or LinkProblem saying why not."""
    try:
        data = signing.loads(
            token, salt=LINK_SALT, max_age=datetime.timedelta(days=CONSENT_LINK_DAYS)
        )
    except signing.SignatureExpired as error:
        raise LinkProblem(
            _("This link has expired. Ask your child to send a new one from their account."),
            410,
        ) from error
    except signing.BadSignature as error:
        raise LinkProblem(
            _("This link is not valid. Check that you copied all of it."), 400
        ) from error
    consent = (
        ParentalConsent.objects.select_related("child__profile").filter(pk=data.get("c")).first()
    )
    if consent is None:
        raise LinkProblem(_("This account no longer exists. There is nothing more to do."), 410)
    if not consent.link_secret or consent.link_secret != data.get("s"):
        raise LinkProblem(
            _(
                "This link has been used already, or a newer one was sent. If you still "
                "need to decide, use the link in the latest e-mail."
            ),
            410,
        )
    return consent


def consent_for_manage(token: str) -> ParentalConsent:
    """The consent behind a parent's lasting link (it stops when consent is withdrawn
    and asked again, as a new secret is made), or LinkProblem."""
    try:
        data = signing.loads(token, salt=MANAGE_SALT)
    except signing.BadSignature as error:
        raise LinkProblem(
            _("This link is not valid. Check that you copied all of it."), 400
        ) from error
    consent = (
        ParentalConsent.objects.select_related("child__profile")
        .filter(pk=data.get("c"), manage_secret=data.get("s"))
        .first()
    )
    if consent is None:
        raise LinkProblem(_("This account no longer exists, or this link was replaced."), 410)
    return consent


# Services -----------------------------------------------------------------------------


@transaction.atomic
def consent_request(*, child, parent_email: str, country: str, age: int) -> ParentalConsent:
    """Ask a parent to consent (again): a fresh one-time link, mailed through the outbox.
    An earlier link stops working. Refused when one was sent in the last minutes."""
    if parent_email.strip().lower() == (child.email or "").strip().lower():
        raise ValidationError(
            {"parent_email": _("This is your own address. Type a parent's or guardian's.")}
        )
    consent = ParentalConsent.objects.select_for_update().filter(child=child).first()
    now = timezone.now()
    if consent is None:
        consent = ParentalConsent(child=child)
    elif consent.is_given:
        return consent
    elif consent.link_sent_at and now - consent.link_sent_at < RESEND_AFTER:
        raise ValidationError(
            _("We sent a link a few minutes ago. Wait ten minutes before asking again.")
        )
    consent.parent_email = parent_email.strip()
    consent.country = country
    consent.consent_age = age
    consent.status = ParentalConsent.Status.PENDING
    consent.link_secret = new_secret()
    # Whoever held the lasting link of an earlier request (perhaps another address)
    # loses it: only the parent who answers this request manages the consent.
    consent.manage_secret = new_secret()
    consent.link_sent_at = now
    consent.decided_at = None
    consent.full_clean()
    consent.save()
    outbox.enqueue(CONSENT_MAIL, f"{consent.pk}:{consent.link_secret}", {"consent": consent.pk})
    return consent


@transaction.atomic
def consent_decide(*, token: str, agree: bool) -> ParentalConsent:
    """The parent's answer through the one-time link: it works once (the secret is
    cleared in the same transaction that records the answer)."""
    consent = consent_for_link(token)
    consent = ParentalConsent.objects.select_for_update().get(pk=consent.pk)
    consent_for_link(token)  # again under the lock: a double click finds it used
    consent.status = ParentalConsent.Status.GIVEN if agree else ParentalConsent.Status.REFUSED
    consent.decided_at = timezone.now()
    consent.link_secret = ""
    consent.save(update_fields=["status", "decided_at", "link_secret"])
    outbox.enqueue(
        CONSENT_DECIDED_MAIL,
        f"{consent.pk}:{consent.status}:{consent.decided_at.isoformat()}",
        {"consent": consent.pk},
    )
    return consent


@transaction.atomic
def consent_change(*, consent: ParentalConsent, agree: bool) -> ParentalConsent:
    """The parent withdraws (or gives again) from their lasting link."""
    consent = ParentalConsent.objects.select_for_update().get(pk=consent.pk)
    new_status = ParentalConsent.Status.GIVEN if agree else ParentalConsent.Status.WITHDRAWN
    if consent.status == new_status:
        return consent
    consent.status = new_status
    consent.decided_at = timezone.now()
    consent.link_secret = ""
    consent.save(update_fields=["status", "decided_at", "link_secret"])
    return consent


# Mails (outbox handlers) ------------------------------------------------------------------


def _consent_for_mail(message) -> ParentalConsent:
    consent = (
        ParentalConsent.objects.select_related("child__profile")
        .filter(pk=message.payload["consent"])
        .first()
    )
    if consent is None:
        raise Skip("the child's account is gone")
    return consent


def _language(consent: ParentalConsent) -> str:
    return language_of(consent.child)


def _send(consent: ParentalConsent, template: str, context: dict, message) -> None:
    send_template_mail(
        message,
        template=template,
        to=consent.parent_email,
        language=_language(consent),
        context=lambda: {
            "child_name": consent.child.get_display_name(),
            "consent": consent,
            "site_name": settings.WAGTAIL_SITE_NAME,
            "privacy_url": settings.SITE_URL + reverse("privacy"),
            **context,
        },
    )


def consent_request_send(message, batch=None) -> None:
    """The outbox handler of CONSENT_MAIL: the parent's one-time link."""
    consent = _consent_for_mail(message)
    if consent.status != ParentalConsent.Status.PENDING or not message.key.endswith(
        f":{consent.link_secret}"
    ):
        raise Skip("decided meanwhile, or a newer link was sent")
    _send(
        consent,
        "privacy/email/consent_request",
        {
            "url": _absolute("privacy_consent", link_token(consent), _language(consent)),
            "days": CONSENT_LINK_DAYS,
        },
        message,
    )


def consent_decided_send(message, batch=None) -> None:
    """The outbox handler of CONSENT_DECIDED_MAIL: what the parent decided, and their
    lasting link to change it."""
    consent = _consent_for_mail(message)
    _send(
        consent,
        "privacy/email/consent_decided",
        {"url": _absolute("privacy_consent_manage", manage_token(consent), _language(consent))},
        message,
    )
