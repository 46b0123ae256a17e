"""Writes to accounts: users, profiles and organisation memberships."""

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from .capabilities import ADULT_ROLES, ROLES_AN_ADMIN_GRANTS, Capability, user_can
from .models import (
    AgeBand,
    Audience,
    Membership,
    Organisation,
    Profile,
    Role,
    RoleChange,
    User,
)

# Wagtail's groups that the content-editor role puts a person in (edit and publish).
# Wagtail's groups each editor role puts a person in. The network's editors moderate
# (Wagtail's workflow asks its "Moderators"); an organisation's editors publish their
# own courses themselves, and approve nothing of anyone else's ("Organisation editors",
# made by courses.services.editors_grant_content_permissions).
ORGANISATION_EDITOR_GROUP = "Organisation editors"
GROUPS_OF_EDITOR_ROLES = {
    Role.NETWORK_EDITOR: ("Editors", "Moderators"),
    Role.CONTENT_EDITOR: (ORGANISATION_EDITOR_GROUP,),
}
EDITOR_ROLES = frozenset(GROUPS_OF_EDITOR_ROLES)


def profile_ensure(*, user: User) -> Profile:
    """Return the user's profile, creating an empty one the first time."""
    profile, _created = Profile.objects.get_or_create(user=user)
    return profile


def profile_update(*, profile: Profile, **fields) -> Profile:
    """Change the given profile fields after validating them."""
    for name, value in fields.items():
        setattr(profile, name, value)
    profile.full_clean()
    profile.save(update_fields=list(fields))
    return profile


@transaction.atomic
def user_create(
    *,
    username: str,
    password: str | None,
    email: str = "",
    display_name: str = "",
    audience: str = Audience.PARENT,
    age_band: str = AgeBand.ADULT,
    language: str = "en",
    country: str = "",
    is_staff: bool = False,
    is_superuser: bool = False,
) -> User:
    """Create a user with a profile. A young learner has a username and no e-mail."""
    user = User(username=username, email=email, is_staff=is_staff, is_superuser=is_superuser)
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.full_clean(exclude=["password"])
    user.save()
    profile_update(
        profile=profile_ensure(user=user),
        display_name=display_name,
        audience=audience,
        age_band=age_band,
        language=language,
        country=country,
    )
    return user


def organisation_add_member(
    *, organisation: Organisation, user: User, role: str = Role.MEMBER
) -> Membership:
    """Give the user a role in the organisation; adding the same role twice is a no-op.

    For seeding and the platform's operators; people in the product use role_grant.
    A person under 18 is refused an adult role here too.
    """
    _refuse_adult_role_to_child(user=user, role=role)
    membership, _created = Membership.objects.get_or_create(
        organisation=organisation, user=user, role=role
    )
    return membership


def _refuse_adult_role_to_child(*, user: User, role: str) -> None:
    if role in ADULT_ROLES and profile_ensure(user=user).is_young_person:
        raise ValidationError(
            _(
                "%(name)s is under 18 (age band %(band)s): a young person cannot be "
                "given the role %(role)s."
            )
            % {
                "name": user.get_display_name(),
                "band": user.profile.get_age_band_display(),
                "role": Role(role).label,
            }
        )


def _log(*, organisation, actor: User, subject: User, action: str, role: str = "") -> None:
    """organisation: the organisation or its id."""
    RoleChange.objects.create(
        organisation_id=getattr(organisation, "pk", organisation),
        actor=actor,
        actor_name=actor.get_display_name()[:150],
        subject=subject,
        subject_name=subject.get_display_name()[:150],
        role=role,
        action=action,
    )


def _check_admin(*, actor: User, organisation: Organisation, subject: User) -> None:
    if not user_can(
        user=actor, capability=Capability.MANAGE_ORGANISATION, organisation_id=organisation.pk
    ):
        raise PermissionDenied
    if not Membership.objects.filter(organisation=organisation, user=subject).exists():
        raise ValidationError(_("This person is not a member of the organisation."))


def _sync_editor_groups(*, user: User) -> None:
    """Wagtail's editor groups follow the editor roles (the organisation's or the
    network's) in any organisation: which pages each may change is decided per page
    (courses.models.OwnedPagePermissionTester)."""
    held = set(
        Membership.objects.filter(user=user, role__in=EDITOR_ROLES).values_list("role", flat=True)
    )
    wanted = {name for role in held for name in GROUPS_OF_EDITOR_ROLES[role]}
    every = {name for names in GROUPS_OF_EDITOR_ROLES.values() for name in names}
    user.groups.add(*Group.objects.filter(name__in=wanted))
    user.groups.remove(*Group.objects.filter(name__in=every - wanted))


def _role_changed(organisation, actor: User, user: User, action: str, role: str) -> None:
    """Log a grant or withdrawal; Wagtail's editor groups follow the editor role."""
    _log(organisation=organisation, actor=actor, subject=user, action=action, role=role)
    if role in EDITOR_ROLES:
        _sync_editor_groups(user=user)


@transaction.atomic
def role_grant(*, organisation: Organisation, user: User, role: str, actor: User) -> Membership:
    """An organisation admin gives a member a role; the change goes in the audit log.

    Granting a role the member holds already changes nothing and logs nothing.
    """
    _check_admin(actor=actor, organisation=organisation, subject=user)
    if role not in ROLES_AN_ADMIN_GRANTS:
        raise ValidationError(_("That role cannot be given here."))
    _refuse_adult_role_to_child(user=user, role=role)
    membership, created = Membership.objects.get_or_create(
        organisation=organisation, user=user, role=role
    )
    if created:
        _role_changed(organisation, actor, user, RoleChange.Action.GRANTED, role)
    return membership


@transaction.atomic
def role_withdraw(*, organisation: Organisation, user: User, role: str, actor: User) -> None:
    """An organisation admin takes a role back; the person stays a member."""
    _check_admin(actor=actor, organisation=organisation, subject=user)
    if role not in ROLES_AN_ADMIN_GRANTS:
        raise ValidationError(_("That role cannot be withdrawn here."))
    Membership.objects.get_or_create(organisation=organisation, user=user, role=Role.MEMBER)
    deleted, _rows = Membership.objects.filter(
        organisation=organisation, user=user, role=role
    ).delete()
    if deleted:
        _role_changed(organisation, actor, user, RoleChange.Action.WITHDRAWN, role)


@transaction.atomic
def peer_mentor_role_set(*, organisation_id: int, user: User, on: bool, actor: User) -> None:
    """The peer-mentor role follows a coach's decision (mentoring calls this in the same
    transaction as the decision); each change goes in the organisation's audit log."""
    rows = Membership.objects.filter(
        organisation_id=organisation_id, user=user, role=Role.PEER_MENTOR
    )
    if on:
        Membership.objects.get_or_create(
            organisation_id=organisation_id, user=user, role=Role.MEMBER
        )
        _membership, changed = rows.get_or_create(
            organisation_id=organisation_id, user=user, role=Role.PEER_MENTOR
        )
    else:
        changed = rows.delete()[0] > 0
    if changed:
        _log(
            organisation=organisation_id,
            actor=actor,
            subject=user,
            action=RoleChange.Action.GRANTED if on else RoleChange.Action.WITHDRAWN,
            role=Role.PEER_MENTOR,
        )


@transaction.atomic
def member_remove(*, organisation: Organisation, user: User, actor: User) -> None:
    """An organisation admin removes a member and every role they held there.

    Their own learning stays with them. Admins (of the organisation or the network)
    are changed by the platform's operators, so neither oneself nor another admin can
    be removed here.
    """
    _check_admin(actor=actor, organisation=organisation, subject=user)
    if user.pk == actor.pk:
        raise ValidationError(_("You cannot remove yourself."))
    rows = Membership.objects.filter(organisation=organisation, user=user)
    if rows.filter(role=Role.ORG_ADMIN).exists():
        raise ValidationError(_("Organisation admins are changed by the platform's operators."))
    if rows.filter(role__in=(Role.NETWORK_ADMIN, Role.NETWORK_EDITOR)).exists():
        raise ValidationError(
            _("The network's admins and editors are changed by the platform's operators.")
        )
    roles = sorted(set(rows.exclude(role=Role.MEMBER).values_list("role", flat=True)))
    rows.delete()
    for role in roles:
        _log(
            organisation=organisation,
            actor=actor,
            subject=user,
            action=RoleChange.Action.WITHDRAWN,
            role=role,
        )
    _log(organisation=organisation, actor=actor, subject=user, action=RoleChange.Action.REMOVED)
    if EDITOR_ROLES & set(roles):
        _sync_editor_groups(user=user)


def organisation_look_save(*, organisation: Organisation, actor: User, form) -> Organisation:
    """Save what an admin set of their organisation (OrganisationLookForm, validated);
    a replaced or cleared logo's file is deleted once the change is saved."""
    if not user_can(
        user=actor, capability=Capability.MANAGE_ORGANISATION, organisation_id=organisation.pk
    ):
        raise PermissionDenied
    old_logo = Organisation.objects.get(pk=organisation.pk).logo
    with transaction.atomic():
        saved = form.save()
        if old_logo and old_logo.name != saved.logo.name:
            storage, name = old_logo.storage, old_logo.name
            transaction.on_commit(lambda: storage.delete(name))
    return saved
