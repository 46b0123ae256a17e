"""An organisation's API tokens and the log of every call made to the API."""

import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.capabilities import Scope

# Every token starts with this, so that a secret scanner (and a person) can tell one.
TOKEN_PREFIX = "aw_"  # noqa: S105 - a prefix, not a secret


def token_digest(key: str) -> str:
    """What is stored of a token: its secret is 32 random bytes, so a plain hash is
    enough to make a leaked database useless to call the API with."""
    return hashlib.sha256(key.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def usable(self, now=None):
        now = now or timezone.now()
        return self.filter(revoked_at__isnull=True, expires_at__gt=now)


class ApiToken(models.Model):
    """A key an organisation gives one of its other systems. It acts for the
    organisation with its scopes, until it expires or an admin revokes it."""

    organisation = models.ForeignKey(
        "accounts.Organisation",
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("organisation"),
    )
    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_("What uses this token, for example “Funder dashboard”."),
    )
    # The first characters of the key, shown in lists to tell tokens apart.
    hint = models.CharField(_("starts with"), max_length=12)
    digest = models.CharField(max_length=64, unique=True, editable=False)
    scopes = models.JSONField(_("scopes"), default=list)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_by_name = models.CharField(_("created by"), max_length=150)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by_name = models.CharField(_("revoked by"), max_length=150, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self):
        return f"{self.name} ({self.hint}…)"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    def is_expired(self, now=None) -> bool:
        return self.expires_at <= (now or timezone.now())

    def scope_labels(self) -> list[str]:
        return [str(Scope(scope).label) for scope in self.scopes if scope in Scope.values]


class ApiCall(models.Model):
    """One request to the API, answered or refused, kept for the organisation's admins
    (and the platform's operators) to see what its tokens did."""

    token = models.ForeignKey(
        ApiToken, on_delete=models.CASCADE, null=True, blank=True, related_name="calls"
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    method = models.CharField(_("method"), max_length=10)
    path = models.CharField(_("address"), max_length=300)
    status = models.PositiveSmallIntegerField(_("answer"))
    duration_ms = models.PositiveIntegerField(_("took (ms)"), default=0)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("API call")
        verbose_name_plural = _("API calls")
        indexes = [
            models.Index(fields=["token", "-at"], name="api_call_token_at"),
            models.Index(fields=["at"], name="api_call_at"),
        ]

    def __str__(self):
        return f"{self.method} {self.path} {self.status}"


class LearningRecordStore(models.Model):
    """Where an organisation wants its learners' xAPI statements (completed, passed,
    attempted) sent: an LRS endpoint and its Basic credentials, set by its admin."""

    organisation = models.OneToOneField(
        "accounts.Organisation",
        on_delete=models.CASCADE,
        related_name="learning_record_store",
        primary_key=True,
    )
    endpoint = models.URLField(
        _("endpoint"),
        max_length=300,
        help_text=_("The LRS's xAPI address, for example https://lrs.example.org/xapi/"),
    )
    key = models.CharField(_("key"), max_length=200)
    secret = models.CharField(_("secret"), max_length=200)
    updated_at = models.DateTimeField(_("changed"), auto_now=True)
    updated_by_name = models.CharField(_("changed by"), max_length=150)

    class Meta:
        verbose_name = _("learning record store")
        verbose_name_plural = _("learning record stores")

    def __str__(self):
        return self.endpoint
