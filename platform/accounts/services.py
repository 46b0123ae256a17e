"""Writes to accounts: users, profiles and organisation memberships."""

from django.db import transaction

from .models import AgeBand, Audience, Membership, Organisation, Profile, Role, User


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
    """Give the user a role in the organisation; adding the same role twice is a no-op."""
    membership, _created = Membership.objects.get_or_create(
        organisation=organisation, user=user, role=role
    )
    return membership
