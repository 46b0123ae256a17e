"""Reads about accounts that apply rules."""

from allauth.mfa.models import Authenticator
from django.core.cache import cache
from django.db import transaction

from .models import Membership, User


def user_has_totp(*, user: User) -> bool:
    """Whether the user has set up an authenticator app."""
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def _roles_cache_key(user_id: int) -> str:
    return f"accounts:roles:{user_id}"


def roles_of(*, user) -> frozenset[str]:
    """The roles the user holds in any organisation, cached (the header shows links by role)."""
    if not user.is_authenticated:
        return frozenset()
    key = _roles_cache_key(user.pk)
    roles = cache.get(key)
    if roles is None:
        roles = sorted(set(Membership.objects.filter(user=user).values_list("role", flat=True)))
        cache.set(key, roles, timeout=60 * 60)
    return frozenset(roles)


def roles_forget(*, user_id: int) -> None:
    cache.delete(_roles_cache_key(user_id))


def _admin_cache_key(user_id: int) -> str:
    return f"accounts:admin:{user_id}"


def has_admin_permission(*, user: User) -> bool:
    """Whether the user's own or group permissions open Wagtail's admin, cached."""
    key = _admin_cache_key(user.pk)
    allowed = cache.get(key)
    if allowed is None:
        allowed = user.has_perm("wagtailadmin.access_admin")
        cache.set(key, allowed, timeout=60 * 60)
    return allowed


def admin_permission_forget(*, user_ids) -> None:
    keys = [_admin_cache_key(user_id) for user_id in user_ids or ()]
    cache.delete_many(keys)
    # Again after commit: a request in between may have cached the old answer.
    transaction.on_commit(lambda: cache.delete_many(keys))
