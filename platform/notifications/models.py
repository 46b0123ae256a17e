"""Reminders and notices: rules set in the admin, and one row per message ever due."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    INACTIVE_LEARNER = "inactive_learner", _("Reminder to an inactive learner")
    UPCOMING_SESSION = "upcoming_session", _("Upcoming class session")
    MENTOR_DIGEST = "mentor_digest", _("Weekly digest for mentors and coaches")
    CERTIFICATE_READY = "certificate_ready", _("Certificate ready")


class ReminderRule(models.Model):
    """One kind of message: on or off, and its timing. Edited in the Django admin."""

    kind = models.CharField(_("kind"), max_length=30, choices=Kind, unique=True)
    enabled = models.BooleanField(_("send these messages"), default=True)
    after_days = models.PositiveSmallIntegerField(
        _("days without activity"),
        default=7,
        help_text=_("Inactive learners: remind after this many days without activity."),
    )
    max_per_subject = models.PositiveSmallIntegerField(
        _("most reminders per course"),
        default=3,
        help_text=_("Inactive learners: at most one a week, and this many in all."),
    )
    hours_before = models.PositiveSmallIntegerField(
        _("hours before"),
        default=24,
        help_text=_("Class sessions: how long before the session."),
    )
    quiet_start = models.TimeField(_("quiet hours start"), default=datetime.time(21, 0))
    quiet_end = models.TimeField(_("quiet hours end"), default=datetime.time(8, 0))

    class Meta:
        ordering = ["kind"]
        verbose_name = _("reminder rule")
        verbose_name_plural = _("reminder rules")

    def __str__(self):
        return self.get_kind_display()


class SentNotification(models.Model):
    """A message due to one user, written with the outbox row that delivers it once.

    (user, kind, subject, period) is unique: "course:12" in week "2026-W48", say. When
    it may go (quiet hours) and whether a worker holds it is the outbox row's business.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        SENT = "sent", _("Sent")
        SKIPPED = "skipped", _("Not sent (unsubscribed or turned off)")
        FAILED = "failed", _("Failed")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=30, choices=Kind)
    subject = models.CharField(max_length=64)
    period = models.CharField(max_length=32)
    status = models.CharField(max_length=10, choices=Status, default=Status.PENDING)
    # When the sweep decided it was due (set from the sweep's clock).
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    channel = models.CharField(max_length=10, blank=True)
    error = models.CharField(max_length=200, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind", "subject", "period"], name="notifications_once"
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.subject} {self.period} → {self.user_id}"


class InAppNotice(models.Model):
    """What a user without an e-mail address gets instead: a notice on their dashboard."""

    notification = models.OneToOneField(
        SentNotification, on_delete=models.CASCADE, related_name="notice"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notices"
    )
    title = models.CharField(max_length=200)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "read_at"])]

    def __str__(self):
        return self.title


class Unsubscription(models.Model):
    """The user does not want this kind of message."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="unsubscriptions"
    )
    kind = models.CharField(max_length=30, choices=Kind)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="notifications_unsubscribe_once")
        ]

    def __str__(self):
        return f"{self.user_id} ✕ {self.kind}"
