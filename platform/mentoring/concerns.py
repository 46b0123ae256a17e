"""Mentor groups as places a concern can come from (answers safeguarding's signal)."""

from django.utils.translation import gettext as _

from safeguarding.contexts import ConcernContext, Person, member_contexts, people_in
from safeguarding.models import Concern

from .models import MentorGroup, PeerMembership, PeerMentor


def contexts_for_concerns(sender, *, user, **kwargs) -> list[ConcernContext]:
    """A mentor's groups (naming their peers), a peer's groups, a coach's mentors."""
    contexts = []
    mentored = MentorGroup.objects.filter(mentor=user).prefetch_related(
        "memberships"
    )  # a suspended mentor can still raise a concern about their peers
    for group in mentored:
        contexts.append(
            ConcernContext(
                key=f"group:{group.pk}",
                label=_("Peer group %(name)s") % {"name": group.name},
                organisation_id=group.organisation_id,
                reporter_role=Concern.ReporterRole.PEER_MENTOR,
                coach_id=group.coach_id,
                people=people_in(group.memberships.all()),
            )
        )
    contexts += member_contexts(
        model=PeerMembership,
        user=user,
        key="group",
        label=_("Peer group %(name)s"),
        coach_of=lambda group: group.coach_id,
    )
    coached = list(
        PeerMentor.objects.filter(coach=user).select_related("user__profile", "organisation")
    )
    by_organisation: dict[int, list[PeerMentor]] = {}
    for mentor in coached:
        by_organisation.setdefault(mentor.organisation_id, []).append(mentor)
    for organisation_id, mentors in by_organisation.items():
        contexts.append(
            ConcernContext(
                key=f"coaching:{organisation_id}",
                label=_("Peer mentors I coach (%(organisation)s)")
                % {"organisation": mentors[0].organisation.name},
                organisation_id=organisation_id,
                reporter_role=Concern.ReporterRole.COACH,
                coach_id=user.pk,
                people=tuple(Person(m.user_id, m.user.get_display_name()) for m in mentors),
            )
        )
    return contexts
