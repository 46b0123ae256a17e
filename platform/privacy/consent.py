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


def consent_ages() -> dict[str, int]:
    """The whole table, country code to age (one query; it holds a few dozen rows)."""
    return dict(ConsentAge.objects.values_list("country", "age"))


def consent_age(country: str, *, ages: dict[str, int] | None = None) -> int:
    """The age of digital consent in a country (16 where the table has none)."""
    if not country:
        return DEFAULT_CONSENT_AGE
    if ages is None:
        age = ConsentAge.objects.filter(country=country).values_list("age", flat=True).first()
    else:
        age = ages.get(country)
    return age or DEFAULT_CONSENT_AGE


def consent_needed(*, age_band: str, country: str, ages=None) -> int | None:
    """The age of consent that applies, when someone of this age band in this country
    needs a parent's consent; None when they do not. A band needs consent when its
    youngest age does (12 to 14 needs it in a country where the age is 13)."""
    youngest = BAND_YOUNGEST.get(age_band, 18)
    age = consent_age(country, ages=ages)
    return age if youngest < age else None


def _consent_of(user) -> ParentalConsent | None:
    try:
        return user.parental_consent
    except ParentalConsent.DoesNotExist:
        return None


def consent_missing(user, *, ages=None) -> int | None:
    """The age of consent this person is below without a parent's consent given, or
    None when nothing is missing. A request on record decides (changing one's country
    afterwards does not undo a parent's refusal); without one, the profile's age band
    and country do."""
    consent = _consent_of(user)
    if consent is not None:
        return None if consent.is_given else consent.consent_age
    profile = getattr(user, "profile", None)
    if profile is None:
        return None
    return consent_needed(age_band=profile.age_band, country=profile.country.code or "", ages=ages)


def email_allowed(user, *, ages=None) -> bool:
    """Whether the platform may e-mail this person: not a child below the age of consent
    without a parent's consent given. Reads `user.parental_consent` and `user.profile`,
    which callers load with select_related when they loop (and pass `ages`,
    consent_ages(), so that the table is read once)."""
    return consent_missing(user, ages=ages) is None


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
    if consent.status not in {ParentalConsent.Status.GIVEN, ParentalConsent.Status.WITHDRAWN}:
        raise LinkProblem(
            _("There is nothing to manage here: a new request is waiting for an answer."), 410
        )
    return consent


# Services -----------------------------------------------------------------------------


REFUSED_WAIT = datetime.timedelta(days=1)


@transaction.atomic
def consent_request(
    *, child, parent_email: str, country: str, age: int, send: bool = True
) -> ParentalConsent:
    """Ask a parent to consent (again): a fresh one-time link, mailed through the outbox
    (at sign-up `send` is False: the mail waits until the child has confirmed their own
    address, see `consent_send_waiting`). An earlier one-time link stops working.

    Who may be asked: any address while nobody has answered, or after a refusal (the
    address may have been mistyped and a stranger said no), but the same parent again
    after they withdrew: only they can give it back. The parent who gave consent keeps
    their lasting link while the address stays the same.
    """
    parent_email = parent_email.strip()
    if parent_email.lower() == (child.email or "").strip().lower():
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
    new_address = consent.pk is None or consent.parent_email.lower() != parent_email.lower()
    if consent.status == ParentalConsent.Status.WITHDRAWN and new_address:
        raise ValidationError(
            {
                "parent_email": _(
                    "Your parent or guardian withdrew their agreement: only they can give it "
                    "again. We can ask the same address."
                )
            }
        )
    if (
        consent.status == ParentalConsent.Status.REFUSED
        and not new_address
        and consent.decided_at
        and now - consent.decided_at < REFUSED_WAIT
    ):
        raise ValidationError(_("They said no. Talk with them first: you can ask again tomorrow."))
    consent.parent_email = parent_email
    consent.country = country
    consent.consent_age = age
    consent.status = ParentalConsent.Status.PENDING
    consent.link_secret = new_secret()
    if new_address:
        consent.manage_secret = new_secret()
    consent.link_sent_at = now if send else None
    consent.decided_at = None
    consent.full_clean()
    consent.save()
    if send:
        _owe_link_mail(consent)
    return consent


def _owe_link_mail(consent: ParentalConsent) -> None:
    outbox.enqueue(CONSENT_MAIL, f"{consent.pk}:{consent.link_secret}", {"consent": consent.pk})


@transaction.atomic
def consent_send_waiting(*, child) -> bool:
    """Send the parent's link that waited for the child to confirm their own address
    (allauth's email_confirmed signal): nobody can make us mail a stranger from an
    address they do not own. False when nothing waited."""
    consent = (
        ParentalConsent.objects.select_for_update()
        .filter(child=child, status=ParentalConsent.Status.PENDING, link_sent_at__isnull=True)
        .first()
    )
    if consent is None:
        return False
    consent.link_sent_at = timezone.now()
    consent.save(update_fields=["link_sent_at"])
    _owe_link_mail(consent)
    return True


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
    if agree:
        # The lasting link goes to this address, for this consent only (the mail is
        # skipped if the child has asked someone else meanwhile).
        outbox.enqueue(
            CONSENT_DECIDED_MAIL,
            f"{consent.pk}:{consent.decided_at.isoformat()}",
            {"consent": consent.pk, "to": consent.parent_email, "key": consent.manage_secret},
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


def _send(consent: ParentalConsent, template: str, context: dict, message) -> None:
    send_template_mail(
        message,
        template=template,
        to=consent.parent_email,
        language=language_of(consent.child),
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
            "url": _absolute("privacy_consent", link_token(consent), language_of(consent.child)),
            "days": CONSENT_LINK_DAYS,
        },
        message,
    )


def consent_decided_send(message, batch=None) -> None:
    """The outbox handler of CONSENT_DECIDED_MAIL: thanks for agreeing, and the lasting
    link to change it."""
    consent = _consent_for_mail(message)
    if (
        consent.parent_email != message.payload.get("to")
        or consent.manage_secret != message.payload.get("key")
        or not consent.is_given
    ):
        raise Skip("the child asked someone else, or consent changed, meanwhile")
    _send(
        consent,
        "privacy/email/consent_decided",
        {
            "url": _absolute(
                "privacy_consent_manage", manage_token(consent), language_of(consent.child)
            )
        },
        message,
    )
