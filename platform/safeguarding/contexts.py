"""Where a user may raise a concern from, and who it then goes to.

Safeguarding knows organisations only. Classes and mentor groups live in apps above
it, so they answer the `concern_contexts` signal (connected in their AppConfig.ready)
with the contexts a user belongs to: the class a teacher teaches, the group a peer
mentor runs, and so on, with the people in it the reporter may name.
"""

from dataclasses import dataclass, field

from django.dispatch import Signal

from accounts.capabilities import Capability, holders
from accounts.models import Membership, Role

from .models import Concern

# Sent with `user`; each receiver returns a list of ConcernContext.
concern_contexts = Signal()


@dataclass(frozen=True)
class Person:
    """Someone the reporter already knows by nickname (a peer, a pupil, a mentor)."""

    user_id: int
    name: str


@dataclass(frozen=True)
class ConcernContext:
    key: str  # "class:12", "group:3", "organisation:1": stable, used in forms
    label: str
    organisation_id: int
    reporter_role: str
    coach_id: int | None = None
    people: tuple[Person, ...] = field(default_factory=tuple)


ROLE_FOR_MEMBERSHIP = {
    Role.COACH: Concern.ReporterRole.COACH,
    Role.TEACHER: Concern.ReporterRole.TEACHER,
    Role.PEER_MENTOR: Concern.ReporterRole.PEER_MENTOR,
    Role.SAFEGUARDING_LEAD: Concern.ReporterRole.MEMBER,
    Role.ORG_ADMIN: Concern.ReporterRole.MEMBER,
    Role.CONTENT_EDITOR: Concern.ReporterRole.MEMBER,
    Role.MEMBER: Concern.ReporterRole.MEMBER,
}


def people_in(memberships) -> tuple[Person, ...]:
    """The active members of a code-joined group, by nickname, for the reporter to name."""
    return tuple(
        Person(getattr(m, f"{m.member_field}_id"), m.nickname) for m in memberships if m.is_active
    )


def member_contexts(*, model, user, key: str, label: str, coach_of=None) -> list[ConcernContext]:
    """The code-joined groups the user is in as a learner: they report as a learner, to
    the organisation's lead (and, for a peer group, to its coach)."""
    contexts = []
    memberships = model.objects.filter(
        **{model.member_field: user}, ended_at__isnull=True
    ).select_related(model.group_field)
    for membership in memberships:
        group = getattr(membership, model.group_field)
        contexts.append(
            ConcernContext(
                key=f"{key}:{group.pk}",
                label=label % {"name": group.name},
                organisation_id=group.organisation_id,
                reporter_role=Concern.ReporterRole.LEARNER,
                coach_id=coach_of(group) if coach_of else None,
            )
        )
    return contexts


def contexts_for(*, user) -> list[ConcernContext]:
    """Every context the user may raise a concern from, most specific first.

    A bare organisation is offered only where no class or group of it is.
    """
    if not user.is_authenticated:
        return []
    specific: list[ConcernContext] = []
    for _receiver, contexts in concern_contexts.send(sender=None, user=user):
        specific.extend(contexts or [])
    covered = {context.organisation_id for context in specific}
    organisations: dict[int, ConcernContext] = {}
    for membership in Membership.objects.filter(user=user).select_related("organisation"):
        if membership.organisation_id in covered:
            continue
        role = ROLE_FOR_MEMBERSHIP.get(membership.role, Concern.ReporterRole.MEMBER)
        known = organisations.get(membership.organisation_id)
        # A coach, teacher or peer mentor who is also a member reports in that role.
        if known is None or role != Concern.ReporterRole.MEMBER:
            organisations[membership.organisation_id] = ConcernContext(
                key=f"organisation:{membership.organisation_id}",
                label=membership.organisation.name,
                organisation_id=membership.organisation_id,
                reporter_role=role,
            )
    contexts = specific + sorted(organisations.values(), key=lambda context: context.label)
    return _with_someone_to_tell(contexts, user=user)


def _with_someone_to_tell(contexts: list[ConcernContext], *, user) -> list[ConcernContext]:
    """Only the contexts whose concern would reach someone other than the reporter: a
    safeguarding lead of the organisation, or a coach who still coaches there."""
    if not contexts:
        return []
    organisation_ids = {c.organisation_id for c in contexts}
    leads = set(
        holders(capability=Capability.HANDLE_CONCERNS, organisation_ids=organisation_ids)
        .exclude(user=user)
        .values_list("organisation_id", flat=True)
    )
    coaches = set(
        holders(capability=Capability.COACH_MENTORS, organisation_ids=organisation_ids)
        .exclude(user=user)
        .values_list("organisation_id", "user_id")
    )
    return [
        c
        for c in contexts
        if c.organisation_id in leads or (c.organisation_id, c.coach_id) in coaches
    ]
