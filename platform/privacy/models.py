"""Consent by country, the data-requests queue, and how long each kind of data is kept."""

import datetime
import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from accounts.models import AgeBand

# GDPR Article 8: 16 unless a country sets a lower age, never below 13.
LOWEST_CONSENT_AGE = 13
DEFAULT_CONSENT_AGE = 16

# The youngest age in each band: a band needs consent when any age in it does.
BAND_YOUNGEST = {
    AgeBand.AGE_5_7: 5,
    AgeBand.AGE_8_11: 8,
    AgeBand.AGE_12_14: 12,
    AgeBand.AGE_15_17: 15,
    AgeBand.ADULT: 18,
}


def new_secret() -> str:
    return secrets.token_urlsafe(24)


class ConsentAge(models.Model):
    """A country's age of digital consent. Countries not listed use 16."""

    country = CountryField(_("country"), unique=True)
    age = models.PositiveSmallIntegerField(
        _("age of digital consent"),
        validators=[
            MinValueValidator(LOWEST_CONSENT_AGE),
            MaxValueValidator(DEFAULT_CONSENT_AGE),
        ],
        help_text=_(
            "Below this age a parent or guardian must agree before the child's account is "
            "complete. Between 13 and 16 (GDPR Article 8)."
        ),
    )

    class Meta:
        ordering = ["country"]
        verbose_name = _("age of digital consent")
        verbose_name_plural = _("ages of digital consent")

    def __str__(self):
        return f"{self.country.name}: {self.age}"


class ParentalConsent(models.Model):
    """A parent's or guardian's consent to a child's own account.

    Until it is given the account is limited: the child can learn, but gets no e-mail
    (reminders and certificates arrive as notices in the product instead). The link in
    the parent's mail works once (`link_secret` is cleared when used or replaced); the
    parent's lasting link (`manage_secret`) lets them see, withdraw and delete later.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a parent or guardian")
        GIVEN = "given", _("Given")
        REFUSED = "refused", _("Refused")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    child = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="parental_consent",
        verbose_name=_("child"),
    )
    parent_email = models.EmailField(_("parent's or guardian's e-mail address"))
    country = CountryField(_("country"), blank=True)
    consent_age = models.PositiveSmallIntegerField(_("age of digital consent there"))
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.PENDING)
    link_secret = models.CharField(max_length=40, blank=True, default=new_secret)
    link_sent_at = models.DateTimeField(_("link sent at"), null=True, blank=True)
    manage_secret = models.CharField(max_length=40, default=new_secret)
    requested_at = models.DateTimeField(_("asked at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        verbose_name = _("parental consent")
        verbose_name_plural = _("parental consents")
        indexes = [models.Index(fields=["status"])]

    def __str__(self):
        return f"{self.child_id}: {self.get_status_display()}"

    @property
    def is_given(self) -> bool:
        return self.status == self.Status.GIVEN


class DataRequest(models.Model):
    """A request about personal data that a person must handle: a parent asking for a
    child's data without an account link, say. Answered within a month (GDPR Art. 12)."""

    ANSWER_WITHIN = datetime.timedelta(days=30)

    class Kind(models.TextChoices):
        SEE = "see", _("See the data")
        DELETE = "delete", _("Delete the data")
        CORRECT = "correct", _("Correct the data")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        DONE = "done", _("Done")
        REFUSED = "refused", _("Refused, with reasons")

    organisation = models.ForeignKey(
        "accounts.Organisation",
        on_delete=models.CASCADE,
        related_name="data_requests",
        verbose_name=_("organisation"),
    )
    kind = models.CharField(_("what is asked"), max_length=10, choices=Kind)
    requester_name = models.CharField(_("your name"), max_length=100)
    requester_email = models.EmailField(_("your e-mail address"))
    about = models.CharField(
        _("whose data"),
        max_length=200,
        help_text=_("For example your child's nickname and class, or the group they are in."),
    )
    details = models.TextField(_("what you would like us to do"), max_length=3000)
    received_at = models.DateTimeField(_("received"), auto_now_add=True)
    due_at = models.DateTimeField(_("answer by"))
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.OPEN)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("handled by"),
    )
    handled_at = models.DateTimeField(_("handled at"), null=True, blank=True)
    outcome = models.TextField(_("what was done"), max_length=3000, blank=True)
    # From the form: a double submit finds the request the first one saved.
    submission = models.UUIDField(unique=True, null=True, blank=True, editable=False)

    class Meta:
        ordering = ["due_at", "pk"]
        verbose_name = _("data request")
        verbose_name_plural = _("data requests")
        indexes = [models.Index(fields=["organisation", "status", "due_at"])]

    def __str__(self):
        return f"{self.get_kind_display()} · {self.about}"


def days(value: int, label) -> models.PositiveIntegerField:
    return models.PositiveIntegerField(
        label, default=value, validators=[MinValueValidator(1), MaxValueValidator(36500)]
    )


class RetentionPolicy(models.Model):
    """How many days each kind of data is kept, for one organisation. People who belong
    to no organisation (a parent who signed up alone) have the defaults below; a person in
    several keeps their data as long as the longest of them."""

    organisation = models.OneToOneField(
        "accounts.Organisation",
        on_delete=models.CASCADE,
        related_name="retention_policy",
        verbose_name=_("organisation"),
    )
    closed_concerns_days = days(6 * 365, _("closed concerns: days after the last change"))
    reflections_days = days(2 * 365, _("reflections: days after the last edit"))
    quiz_attempts_days = days(2 * 365, _("quiz attempts: days after submission"))
    attendance_days = days(365, _("live session attendance and answers: days after the session"))
    archived_pupils_days = days(
        90, _("pupil accounts of archived classes: days after the class was archived")
    )
    inactive_accounts_days = days(3 * 365, _("inactive accounts: days after the last sign-in"))
    send_log_days = days(365, _("log of messages sent: days after sending"))
    data_requests_days = days(3 * 365, _("answered data requests: days after the answer"))

    class Meta:
        verbose_name = _("retention policy")
        verbose_name_plural = _("retention policies")

    def __str__(self):
        return str(self.organisation)
