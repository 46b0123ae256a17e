"""Reads of certificates: the learner's own, and the public verification."""

from django.http import Http404

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
