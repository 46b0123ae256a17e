"""Reads of certificates: the learner's own, and the public verification."""

from django.http import Http404

from accounts.models import Membership, Organisation
from classrooms.models import ClassMembership
from mentoring.models import PeerMembership

from .models import Certificate


def certificates_of(*, user) -> list[Certificate]:
    if not user.is_authenticated:
        return []
    return list(Certificate.objects.filter(user=user).order_by("-issued_at"))


def certificate_by_code(*, code: str) -> Certificate:
    """The certificate with this code (dashes and case ignored), or 404."""
    normalised = "".join(ch for ch in code.upper() if ch.isalnum())
    certificate = Certificate.objects.filter(code=normalised).first()
    if certificate is None:
        raise Http404
    return certificate


def certificate_of_owner(*, user, code: str) -> Certificate:
    """The user's own certificate, or 404 (the PDF and the badge carry their name)."""
    certificate = certificate_by_code(code=code)
    if not user.is_authenticated or certificate.user_id != user.pk:
        raise Http404
    return certificate


def organisation_of_learning(*, user, course_id: int | None) -> Organisation | None:
    """The organisation the learning happens with: the course's own, for a course of one
    organisation; else the class's following the course, or the peer group's (one the
    learner is still in), else the learner's first; None when there is none.
    Certificates carry its name; end-of-course evaluations and learning records go to it."""
    if course_id is not None:
        owner = Organisation.objects.filter(courses__pk=course_id).first()
        if owner is not None:
            return owner
        membership = (
            ClassMembership.objects.filter(
                pupil=user, classroom__course_id=course_id, ended_at__isnull=True, removed=False
            )
            .select_related("classroom__organisation")
            .order_by("pk")
            .first()
        )
        if membership is not None:
            return membership.classroom.organisation
        peer = (
            PeerMembership.objects.filter(
                peer=user, group__course_id=course_id, ended_at__isnull=True, removed=False
            )
            .select_related("group__organisation")
            .order_by("pk")
            .first()
        )
        if peer is not None:
            return peer.group.organisation
    own = Membership.objects.filter(user=user).select_related("organisation").order_by("pk").first()
    return own.organisation if own else None
