"""Classes as places a concern can come from (answers safeguarding's signal)."""

from django.utils.translation import gettext as _

from accounts.capabilities import Capability, organisations_where
from safeguarding.contexts import ConcernContext, member_contexts, people_in
from safeguarding.models import Concern

from .models import ClassMembership, Classroom


def contexts_for_concerns(sender, *, user, **kwargs) -> list[ConcernContext]:
    """A teacher's classes (naming their pupils) and a pupil's own classes."""
    contexts = []
    # Only where the user is a teacher now: a class they made without the role, or
    # taught before the role was withdrawn, names no child.
    taught = Classroom.objects.filter(
        teacher_links__teacher=user,
        archived_at__isnull=True,
        organisation_id__in=organisations_where(user=user, capability=Capability.TEACH),
    ).prefetch_related("memberships")
    for classroom in taught:
        contexts.append(
            ConcernContext(
                key=f"class:{classroom.pk}",
                label=_("Class %(name)s") % {"name": classroom.name},
                organisation_id=classroom.organisation_id,
                reporter_role=Concern.ReporterRole.TEACHER,
                people=people_in(classroom.memberships.all()),
            )
        )
    return contexts + member_contexts(
        model=ClassMembership, user=user, key="class", label=_("Class %(name)s")
    )
