from django.apps import apps
from django.db.models import Case, IntegerField, Value, When
from django.http import Http404

from classrooms.models import ClassMembership

from .models import DataRequest


def pupil_for_teacher(*, classroom, pupil_id: int) -> ClassMembership:
    """The pupil's current membership of a class the teacher may see (classroom comes
    from classrooms.selectors.classroom_for_teacher), or 404: a pupil who left the class
    is no longer the teacher's to see."""
    membership = (
        ClassMembership.objects.select_related("pupil")
        .filter(classroom=classroom, pupil_id=pupil_id, ended_at__isnull=True)
        .first()
    )
    if membership is None:
        raise Http404
    return membership


def data_requests(*, organisation):
    """An organisation's data requests: open ones first, soonest deadline first."""
    return (
        DataRequest.objects.filter(organisation=organisation)
        .select_related("handled_by__profile")
        .annotate(
            open_first=Case(
                When(status=DataRequest.Status.OPEN, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("open_first", "due_at", "pk")
    )


def pupil_elsewhere(*, membership: ClassMembership) -> bool:
    """Whether the pupil is also in another current class or a peer group: then their
    account is not this teacher's alone to delete."""
    PeerMembership = apps.get_model("mentoring", "PeerMembership")
    return (
        ClassMembership.objects.filter(pupil_id=membership.pupil_id, ended_at__isnull=True)
        .exclude(pk=membership.pk)
        .exists()
        or PeerMembership.objects.filter(
            peer_id=membership.pupil_id, ended_at__isnull=True
        ).exists()
    )
