"""Who may do what: the one table of roles and the capabilities they grant.

Views, selectors, services and the navigation ask this module, never a role name.
Membership of an organisation grants learning only; every other capability comes from
a role an organisation admin grants in the product (a coach grants the peer-mentor
role by approving a request). A person under 18, by age band, never holds an adult
capability, whatever role rows say: granting one is refused, and reading ignores one
that came in another way (the Django admin, an age band changed later).
"""

from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _

from .models import AgeBand, Membership, Role


class Capability(models.TextChoices):
    LEARN = "learn", _("Take courses")
    TEACH = "teach", _("Create and run classes")
    SEE_CLASS_REPORT = "see_class_report", _("See the progress of their own classes")
    RUN_PEER_GROUP = "run_peer_group", _("Create and run peer groups")
    COACH_MENTORS = "coach_mentors", _("Coach peer mentors and see the concerns they are party to")
    HANDLE_CONCERNS = "handle_concerns", _("See and act on every concern of the organisation")
    EDIT_CONTENT = "edit_content", _("Edit the organisation's own courses in the admin")
    EDIT_SHARED_CONTENT = "edit_shared_content", _("Edit the network's shared courses in the admin")
    MANAGE_ORGANISATION = "manage_organisation", _("Manage members and their roles")
    SEE_NETWORK_REPORT = "see_network_report", _("Read the whole network's impact report")


CAPABILITIES: dict[str, frozenset[str]] = {
    Role.MEMBER: frozenset({Capability.LEARN}),
    Role.TEACHER: frozenset({Capability.LEARN, Capability.TEACH, Capability.SEE_CLASS_REPORT}),
    Role.PEER_MENTOR: frozenset({Capability.LEARN, Capability.RUN_PEER_GROUP}),
    Role.COACH: frozenset({Capability.LEARN, Capability.COACH_MENTORS}),
    Role.SAFEGUARDING_LEAD: frozenset({Capability.LEARN, Capability.HANDLE_CONCERNS}),
    Role.CONTENT_EDITOR: frozenset({Capability.LEARN, Capability.EDIT_CONTENT}),
    Role.ORG_ADMIN: frozenset({Capability.LEARN, Capability.MANAGE_ORGANISATION}),
    Role.NETWORK_ADMIN: frozenset({Capability.LEARN, Capability.SEE_NETWORK_REPORT}),
    Role.NETWORK_EDITOR: frozenset({Capability.LEARN, Capability.EDIT_SHARED_CONTENT}),
}

# Capabilities over other people or content: never held by a person under 18.
ADULT_CAPABILITIES = frozenset(
    {
        Capability.TEACH,
        Capability.SEE_CLASS_REPORT,
        Capability.COACH_MENTORS,
        Capability.HANDLE_CONCERNS,
        Capability.EDIT_CONTENT,
        Capability.EDIT_SHARED_CONTENT,
        Capability.MANAGE_ORGANISATION,
        Capability.SEE_NETWORK_REPORT,
    }
)
ADULT_ROLES = frozenset(role for role, caps in CAPABILITIES.items() if caps & ADULT_CAPABILITIES)


class Scope(models.TextChoices):
    """What an organisation's API token may do, for that organisation only."""

    READ_REPORTS = "read_reports", _("Read the impact report")
    READ_COURSES = "read_courses", _("Read courses and their modules")
    READ_PEOPLE = (
        "read_people",
        _("Read members and their roles, and classes and their join codes"),
    )
    MANAGE_ENROLMENTS = "manage_enrolments", _("Read enrolments and progress, and enrol learners")


# A token acts for its organisation, not for a person: every scope is a part of
# managing the organisation, so only those who manage it create and revoke tokens.
TOKENS_MANAGED_WITH = Capability.MANAGE_ORGANISATION

# What an organisation admin grants and withdraws on the organisation page. The admin
# and network-admin roles are given by the platform's operators; the peer-mentor role
# by a coach.
ROLES_AN_ADMIN_GRANTS = (Role.TEACHER, Role.COACH, Role.SAFEGUARDING_LEAD, Role.CONTENT_EDITOR)


def roles_granting(capability: str) -> list[str]:
    return [role for role, caps in CAPABILITIES.items() if capability in caps]


def _cache_key(user_id: int) -> str:
    return f"accounts:capabilities:{user_id}"


def _rows(user) -> list[tuple[int, str]]:
    """(organisation id, role) of the user's adult-checked roles, cached per user."""
    key = _cache_key(user.pk)
    rows = cache.get(key)
    if rows is None:
        youth = user.profile.age_band in AgeBand.youth_values()
        rows = [
            (organisation_id, role)
            for organisation_id, role in Membership.objects.filter(user=user).values_list(
                "organisation_id", "role"
            )
            if not (youth and role in ADULT_ROLES)
        ]
        cache.set(key, rows, timeout=60 * 60)
    return rows


def capabilities_forget(*, user_id: int) -> None:
    """Called when the user's roles or age band change."""
    cache.delete(_cache_key(user_id))


def capabilities_of(*, user) -> frozenset[str]:
    """Everything the user may do in at least one organisation (for the navigation)."""
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    return frozenset().union(*(CAPABILITIES[role] for _org, role in _rows(user)))


def organisations_where(*, user, capability: str) -> list[int]:
    """The ids of the organisations where the user holds the capability."""
    if not user.is_authenticated or not user.is_active:
        return []
    return sorted({org for org, role in _rows(user) if capability in CAPABILITIES[role]})


def user_can(*, user, capability: str, organisation_id: int | None = None) -> bool:
    """Whether the user holds the capability (in that organisation, when one is given)."""
    organisations = organisations_where(user=user, capability=capability)
    if organisation_id is None:
        return bool(organisations)
    return organisation_id in organisations


def may_edit_content_of(*, user, organisation_id: int | None) -> bool:
    """Whether the user may change content (courses, help services) of the organisation;
    None: the network's shared content. The platform's operators (superusers) may all."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if organisation_id is None:
        return user_can(user=user, capability=Capability.EDIT_SHARED_CONTENT)
    return user_can(user=user, capability=Capability.EDIT_CONTENT, organisation_id=organisation_id)


def holders(*, capability: str, organisation_ids):
    """Memberships of the people who hold the capability in these organisations (adults
    only, for an adult capability): a queryset, for the recipients of a concern."""
    rows = Membership.objects.filter(
        organisation_id__in=organisation_ids,
        role__in=roles_granting(capability),
        user__is_active=True,
    )
    if capability in ADULT_CAPABILITIES:
        rows = rows.exclude(user__profile__age_band__in=AgeBand.youth_values())
    return rows
