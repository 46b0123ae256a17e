"""Reads about accounts that apply rules."""

from dataclasses import dataclass, field

from allauth.mfa.models import Authenticator
from django.core.cache import cache
from django.db import transaction
from django.db.models.functions import Lower
from django.http import Http404
from django.utils.translation import gettext as _

from .capabilities import ADULT_ROLES, ROLES_AN_ADMIN_GRANTS, Capability, organisations_where
from .models import Membership, Organisation, Role, RoleChange, User


def user_has_totp(*, user: User) -> bool:
    """Whether the user has set up an authenticator app."""
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


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


# Organisations, for their admins ----------------------------------------------------


def organisations_managed_by(*, user) -> list[Organisation]:
    """The organisations the user may manage (one query after the cached capabilities)."""
    ids = organisations_where(user=user, capability=Capability.MANAGE_ORGANISATION)
    return list(Organisation.objects.filter(pk__in=ids)) if ids else []


def organisation_for_admin(*, user, slug: str) -> Organisation:
    """The organisation if the user manages it; 404 for everyone else."""
    ids = organisations_where(user=user, capability=Capability.MANAGE_ORGANISATION)
    organisation = Organisation.objects.filter(slug=slug, pk__in=ids).first()
    if organisation is None:
        raise Http404
    return organisation


@dataclass
class Member:
    user: User
    roles: list[str] = field(default_factory=list)

    @property
    def role_labels(self) -> list[str]:
        young = self.user.profile.is_young_person
        return [
            _("%(role)s (not in effect under 18)") % {"role": Role(role).label}
            if young and role in ADULT_ROLES
            else Role(role).label
            for role in self.roles
            if role != Role.MEMBER
        ]

    @property
    def roles_in_effect(self) -> list[str]:
        young = self.user.profile.is_young_person
        return [role for role in self.roles if not (young and role in ADULT_ROLES)]

    @property
    def signs_in_with(self) -> str:
        return self.user.email or self.user.username

    @property
    def admin_roles_held(self) -> list[tuple[str, str]]:
        """(value, label) of the roles the admin may withdraw from this member."""
        return [(role, Role(role).label) for role in ROLES_AN_ADMIN_GRANTS if role in self.roles]


def organisation_members(*, organisation: Organisation, user_ids=None) -> list[Member]:
    """Every member with the roles they hold there, sorted by name (one query)."""
    rows = (
        Membership.objects.filter(organisation=organisation)
        .select_related("user__profile")
        .order_by(Lower("user__profile__display_name"), "user__username", "role")
    )
    if user_ids is not None:
        rows = rows.filter(user_id__in=user_ids)
    members: dict[int, Member] = {}
    for membership in rows:
        member = members.setdefault(membership.user_id, Member(user=membership.user))
        member.roles.append(membership.role)
    return list(members.values())


def organisation_member_ids(*, organisation: Organisation) -> list[int]:
    """The members' ids in the order the members page lists them (for paging)."""
    rows = (
        Membership.objects.filter(organisation=organisation)
        .values_list("user_id", flat=True)
        .order_by(Lower("user__profile__display_name"), "user__username")
    )
    return list(dict.fromkeys(rows))


def role_changes(*, organisation: Organisation):
    """The organisation's audit log of roles, newest first."""
    return RoleChange.objects.filter(organisation=organisation)
