"""Issuing certificates: exactly one per completion, whatever runs twice or dies half-way.

The row is the claim: issuing locks the enrolment, and a unique constraint makes a
second certificate impossible. The PDF is rendered after commit under a claim of its
own; a certificate left without one is rendered again by the sweep.
"""

import logging
import zoneinfo
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from classrooms.models import ClassMembership
from courses.models import CoursePage, Enrolment
from mentoring.models import PeerMentor
from outbox.registry import Postpone, Skip

from .models import Certificate
from .pdf import render_certificate_pdf
from .selectors import organisation_of_learning
from .signals import certificate_issued

logger = logging.getLogger(__name__)

# A PDF takes well under a second; a claim older than this was a worker that died, and
# the sweep (every minute) gives the PDF to another.
RENDER_CLAIM_TIMEOUT = timedelta(seconds=30)
# Countries that print on US Letter; everyone else uses A4.
LETTER_COUNTRIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "PR"}


def pupil_without_certificates():
    """Enrolments of pupils whose class has certificates switched off, for that course in
    any of its languages (a pupil may follow the Dutch page of the class's course)."""
    return ClassMembership.objects.filter(
        pupil_id=OuterRef("user_id"),
        classroom__course__translation_key=OuterRef("course__translation_key"),
        classroom__certificates_enabled=False,
    )


def enrolments_missing_certificates():
    """Completed enrolments that should have a certificate and have none (set-based)."""
    return (
        Enrolment.objects.filter(completed_at__isnull=False, course__gives_certificate=True)
        .filter(~Exists(Certificate.objects.filter(enrolment_id=OuterRef("pk"))))
        .filter(~Exists(pupil_without_certificates()))
    )


def _title_in(course: CoursePage, language: str) -> str:
    locale = Locale.objects.filter(language_code=language).first()
    translation = course.get_translation_or_none(locale) if locale else None
    return (translation or course).title


def _local_date(moment, user):
    """The day it happened where the learner lives (a New Zealand evening is not UTC's)."""
    try:
        return timezone.localdate(moment, zoneinfo.ZoneInfo(user.profile.time_zone))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return timezone.localdate(moment)


def _snapshot(user) -> dict:
    profile = user.profile
    return {
        "learner_name": user.get_display_name()[:100],
        "language": profile.language,
        "paper": "Letter" if profile.country.code in LETTER_COUNTRIES else "A4",
    }


def certificate_for_enrolment(*, enrolment_id: int) -> Certificate | None:
    """The enrolment's certificate, issued now if it is due and missing (then rendered)."""
    with transaction.atomic():
        enrolment = (
            Enrolment.objects.select_for_update(of=("self",))
            .select_related("course", "user__profile")
            .filter(pk=enrolment_id)
            .first()
        )
        if enrolment is None or enrolment.completed_at is None:
            return None
        certificate = Certificate.objects.filter(enrolment=enrolment).first()
        if certificate is None:
            if not enrolment.course.gives_certificate:
                return None
            if ClassMembership.objects.filter(
                pupil_id=enrolment.user_id,
                classroom__course__translation_key=enrolment.course.translation_key,
                classroom__certificates_enabled=False,
            ).exists():
                return None
            snapshot = _snapshot(enrolment.user)
            organisation = organisation_of_learning(
                user=enrolment.user, course_id=enrolment.course_id
            )
            certificate = Certificate.objects.create(
                kind=Certificate.Kind.COURSE,
                user=enrolment.user,
                enrolment=enrolment,
                course=enrolment.course,
                course_title=_title_in(enrolment.course, snapshot["language"])[:255],
                organisation=organisation,
                organisation_name=organisation.name[:200] if organisation else "",
                completed_on=_local_date(enrolment.completed_at, enrolment.user),
                **snapshot,
            )
    certificate_render(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    return certificate


def certificate_for_mentor(*, peer_mentor_id: int) -> Certificate | None:
    """The approved peer mentor's certificate, issued now if missing."""
    with transaction.atomic():
        mentor = (
            PeerMentor.objects.select_for_update(of=("self",))
            .select_related("user__profile", "organisation")
            .filter(pk=peer_mentor_id)
            .first()
        )
        if mentor is None or mentor.decided_at is None:
            return None
        certificate = Certificate.objects.filter(peer_mentor=mentor).first()
        if certificate is None:
            if mentor.status != PeerMentor.Status.APPROVED:
                return None
            snapshot = _snapshot(mentor.user)
            course = (
                Enrolment.objects.filter(
                    user=mentor.user, completed_at__isnull=False, course__audience="peer_mentor"
                )
                .select_related("course")
                .first()
            )
            certificate = Certificate.objects.create(
                kind=Certificate.Kind.MENTOR,
                user=mentor.user,
                peer_mentor=mentor,
                course=course.course if course else None,
                course_title=(_title_in(course.course, snapshot["language"]) if course else "")[
                    :255
                ],
                organisation=mentor.organisation,
                organisation_name=mentor.organisation.name[:200],
                completed_on=_local_date(mentor.decided_at, mentor.user),
                **snapshot,
            )
    certificate_render(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    return certificate


def certificate_render(*, certificate_id: int, announce: bool = True) -> bool:
    """Render and store the PDF once (claimed), then announce the certificate."""
    now = timezone.now()
    claimed = (
        # A certificate whose learner deleted their account keeps no file.
        Certificate.objects.filter(pk=certificate_id, pdf="", user__isnull=False)
        .filter(
            Q(render_claimed_at__isnull=True) | Q(render_claimed_at__lt=now - RENDER_CLAIM_TIMEOUT)
        )
        .update(render_claimed_at=now)
    )
    if not claimed:
        return False
    certificate = Certificate.objects.select_related("organisation").get(pk=certificate_id)
    try:
        content = render_certificate_pdf(certificate)
        name = f"certificates/{certificate.code}.pdf"
        storage = Certificate._meta.get_field("pdf").storage
        if storage.exists(name):  # left by a worker that died before saving the row
            storage.delete(name)
        stored = storage.save(name, ContentFile(content))
    except Exception:
        Certificate.objects.filter(pk=certificate_id).update(render_claimed_at=None)
        raise
    certificate.pdf.name = stored
    with transaction.atomic():
        # The PDF and the "certificate ready" message it owes, together.
        Certificate.objects.filter(pk=certificate_id).update(pdf=stored)
        if announce:
            certificate_issued.send(sender=Certificate, certificate=certificate)
    return True


def _owed_certificate_ready(certificate: Certificate | None) -> None:
    """What the outbox handlers below ask of a certificate: it exists with its PDF."""
    if certificate is None:
        raise Skip("no certificate is due (the course gives none, or it was withdrawn)")
    if not certificate.pdf:
        # Another worker holds the PDF's claim (or died holding it): look again when
        # that claim has run out.
        raise Postpone(timezone.now() + RENDER_CLAIM_TIMEOUT)


def course_certificate_send(message, batch=None) -> None:
    """Outbox handler: the certificate a completed enrolment owes, with its PDF."""
    _owed_certificate_ready(certificate_for_enrolment(enrolment_id=message.payload["enrolment"]))


def mentor_certificate_send(message, batch=None) -> None:
    """Outbox handler: the certificate an approved peer mentor owes, with its PDF."""
    _owed_certificate_ready(certificate_for_mentor(peer_mentor_id=message.payload["mentor"]))


def certificate_rerender(*, certificate: Certificate) -> Certificate:
    """The stored PDF is gone (storage lost it): forget it and render it again now."""
    Certificate.objects.filter(pk=certificate.pk).update(pdf="", render_claimed_at=None)
    certificate_render(certificate_id=certificate.pk, announce=False)
    certificate.refresh_from_db()
    return certificate


def certificate_revoke(*, certificate: Certificate, reason: str, by=None) -> Certificate:
    """Revoke with a reason; the verification page says so from now on."""
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": _("Say why the certificate is revoked.")})
    if certificate.is_revoked:
        raise ValidationError(_("This certificate is already revoked."))
    certificate.revoked_at = timezone.now()
    certificate.revoked_reason = reason[:1000]
    certificate.revoked_by = by
    certificate.save(update_fields=["revoked_at", "revoked_reason", "revoked_by"])
    return certificate


def certificates_sweep_ids(*, batch_size: int = 500) -> dict[str, list[list[int]]]:
    """What the sweep must do, in batches: enrolments and mentors with no certificate,
    and certificates whose PDF is missing. Three queries, whatever the numbers."""

    def batches(ids):
        ids = list(ids)
        return [ids[i : i + batch_size] for i in range(0, len(ids), batch_size)]

    stale = timezone.now() - RENDER_CLAIM_TIMEOUT
    return {
        "enrolments": batches(enrolments_missing_certificates().values_list("pk", flat=True)),
        "mentors": batches(
            PeerMentor.objects.filter(status=PeerMentor.Status.APPROVED)
            .filter(~Exists(Certificate.objects.filter(peer_mentor_id=OuterRef("pk"))))
            .values_list("pk", flat=True)
        ),
        "renders": batches(
            Certificate.objects.filter(pdf="", issued_at__lt=stale, user__isnull=False).values_list(
                "pk", flat=True
            )
        ),
    }
