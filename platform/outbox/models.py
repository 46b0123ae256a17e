"""The outbox: one row for each side effect that must happen exactly once.

A row is written in the same transaction as the fact that causes it (a concern, a
completion, a certificate, a reminder), so the fact never exists without its effect
being owed. Delivery claims rows under a short lease, runs the handler registered for
the row's kind, and marks the row done; see services.py.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Message(models.Model):
    class Outcome(models.TextChoices):
        DONE = "done", _("Done")
        SKIPPED = "skipped", _("Not needed any more")
        FAILED = "failed", _("Failed for good")

    # "safeguarding.concern_mail": the handler registered under this name delivers it.
    kind = models.CharField(_("kind"), max_length=64)
    # What the effect is about, unique per kind: the same effect can never be owed twice.
    key = models.CharField(_("key"), max_length=200)
    payload = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(_("written at"), default=timezone.now)
    # Nothing is tried before this; a retry or a postponement moves it forward.
    due_at = models.DateTimeField(_("due at"), default=timezone.now)
    # The worker that claimed the row owns it until then; a killed worker's rows are
    # free again when the lease runs out. Renewed before every message it handles.
    claim = models.UUIDField(null=True, blank=True)
    lease_until = models.DateTimeField(_("claimed until"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    # Set just before the handler's external effect (the SMTP conversation, say). A row
    # with this set and no `done_at` belonged to a worker that died mid-effect.
    started_at = models.DateTimeField(_("last started"), null=True, blank=True)
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome, blank=True)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("outbox message")
        verbose_name_plural = _("outbox messages")
        constraints = [
            models.UniqueConstraint(fields=["kind", "key"], name="outbox_once_per_key"),
        ]
        indexes = [
            models.Index(
                fields=["due_at"], condition=models.Q(done_at__isnull=True), name="outbox_due"
            ),
        ]

    def __str__(self):
        return f"{self.kind} {self.key}"

    @property
    def in_doubt(self) -> bool:
        """A worker began this message's effect and died before it could say how it went."""
        return self.started_at is not None and self.done_at is None
