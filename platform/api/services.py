"""Creating and revoking API tokens, logging calls, and the API's one write: enrolling."""

from __future__ import annotations

import datetime
import secrets
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.capabilities import TOKENS_MANAGED_WITH, Scope, user_can
from accounts.models import Organisation, User
from courses.models import CoursePage, Enrolment
from courses.services import course_enrol

from .models import TOKEN_PREFIX, ApiCall, ApiToken, LearningRecordStore, token_digest

# How long a token lives, in days: the admin picks one of these.
LIFETIMES = (30, 90, 365)
CALL_LOG_DAYS = 90


@dataclass(frozen=True)
class NewToken:
    token: ApiToken
    key: str  # shown once, never stored


def _must_manage(*, user: User, organisation: Organisation) -> None:
    if not user_can(user=user, capability=TOKENS_MANAGED_WITH, organisation_id=organisation.pk):
        raise PermissionDenied


def api_token_create(
    *, user: User, organisation: Organisation, name: str, scopes: list[str], days: int
) -> NewToken:
    """A new token for the organisation; its key is returned once and only its hash kept."""
    _must_manage(user=user, organisation=organisation)
    scopes = sorted(set(scopes))
    if not scopes or not set(scopes) <= set(Scope.values):
        raise ValidationError(_("Choose at least one thing the token may do."))
    if days not in LIFETIMES:
        raise ValidationError(_("Choose how long the token lasts."))
    key = TOKEN_PREFIX + secrets.token_urlsafe(32)
    now = timezone.now()
    token = ApiToken.objects.create(
        organisation=organisation,
        name=name.strip(),
        hint=key[:10],
        digest=token_digest(key),
        scopes=scopes,
        created_by=user,
        created_by_name=user.get_display_name(),
        created_at=now,
        expires_at=now + datetime.timedelta(days=days),
    )
    return NewToken(token=token, key=key)


def api_token_revoke(*, user: User, token: ApiToken) -> ApiToken:
    """Revoke the token at once; revoking it again changes nothing."""
    _must_manage(user=user, organisation=token.organisation)
    with transaction.atomic():
        locked = ApiToken.objects.select_for_update().get(pk=token.pk)
        if locked.revoked_at is None:
            locked.revoked_at = timezone.now()
            locked.revoked_by_name = user.get_display_name()
            locked.save(update_fields=["revoked_at", "revoked_by_name"])
    return locked


def api_call_record(
    *, token: ApiToken | None, method: str, path: str, status: int, duration_ms: int
) -> None:
    """Log one call, answered or refused. The API's reads write this row and nothing else."""
    ApiCall.objects.create(
        token=token, method=method[:10], path=path[:300], status=status, duration_ms=duration_ms
    )


def api_calls_expire(*, now: datetime.datetime | None = None, batch_size: int = 5000) -> int:
    """Delete calls older than the log keeps them, in batches; returns how many."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=CALL_LOG_DAYS)
    deleted = 0
    while True:
        ids = list(ApiCall.objects.filter(at__lt=cutoff).values_list("pk", flat=True)[:batch_size])
        if not ids:
            return deleted
        deleted += ApiCall.objects.filter(pk__in=ids).delete()[0]


def api_enrol(*, learner: User, course: CoursePage) -> tuple[Enrolment, bool]:
    """Enrol one of the organisation's learners (the caller checked that); enrolling
    again returns the enrolment there was, and says it was not new."""
    existing = Enrolment.objects.filter(user=learner, course=course).first()
    if existing is not None:
        return existing, False
    return course_enrol(user=learner, course=course), True


def learning_record_store_save(
    *, user: User, organisation: Organisation, endpoint: str, key: str, secret: str
) -> LearningRecordStore:
    """Where the organisation's xAPI statements go from now on; an empty secret keeps
    the one saved before."""
    _must_manage(user=user, organisation=organisation)
    store = LearningRecordStore.objects.filter(organisation=organisation).first()
    store = store or LearningRecordStore(organisation=organisation)
    store.endpoint, store.key = endpoint, key
    if secret:
        store.secret = secret
    store.updated_by_name = user.get_display_name()
    store.save()
    return store


def learning_record_store_remove(*, user: User, organisation: Organisation) -> None:
    """Stop sending statements; those still owed are refused when their turn comes."""
    _must_manage(user=user, organisation=organisation)
    LearningRecordStore.objects.filter(organisation=organisation).delete()
