"""Certificates that anyone can verify by their code, one per completion."""

import secrets

from django.conf import settings
from django.core.files.storage import storages
from django.core.signals import setting_changed
from django.db import models
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty
from django.utils.translation import gettext_lazy as _

from accounts.join_codes import JOIN_CODE_ALPHABET

CODE_LENGTH = 16


class PrivateStorage(LazyObject):
    """Storage outside MEDIA_URL (settings.STORAGES["private"]): the owner downloads the
    PDF through a view, never from a public URL. Looked up lazily, and again after the
    STORAGES setting changes (in tests), as Django's own default_storage is; a field
    keeps the storage it was given when models loaded."""

    def _setup(self):
        self._wrapped = storages["private"]


_private_storage = PrivateStorage()


@receiver(setting_changed, dispatch_uid="certificates_private_storage")
def _forget_private_storage(*, setting, **kwargs):
    if setting == "STORAGES":
        _private_storage._wrapped = empty


def private_storage():
    return _private_storage


def new_certificate_code() -> str:
    """16 characters from an alphabet without look-alikes: about 10^23 possible codes."""
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(CODE_LENGTH))


class Certificate(models.Model):
    """A completed course (or a coach's approval of a peer mentor), as issued.

    Names and titles are copied at issue time: the certificate says what was true
    then, whatever is renamed later.
    """

    class Kind(models.TextChoices):
        COURSE = "course", _("Course completed")
        MENTOR = "mentor", _("Peer mentor")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind, default=Kind.COURSE)
    # SET_NULL: when the learner deletes their account the record stays verifiable,
    # without their name (privacy.personal_data says so before they confirm).
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificates",
    )
    # SET_NULL: a certificate outlives its course page and stays verifiable.
    enrolment = models.OneToOneField(
        "courses.Enrolment",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificate",
    )
    peer_mentor = models.OneToOneField(
        "mentoring.PeerMentor",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificate",
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    code = models.CharField(
        _("verification code"), max_length=CODE_LENGTH, unique=True, default=new_certificate_code
    )
    learner_name = models.CharField(_("learner"), max_length=100)
    course_title = models.CharField(_("course"), max_length=255)
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    # Its logo and colour on the PDF; the name above is the one it had at issue.
    organisation = models.ForeignKey(
        "accounts.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=10, default="en")
    paper = models.CharField(max_length=10, default="A4")
    completed_on = models.DateField(_("completed on"))
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)
    pdf = models.FileField(_("PDF"), upload_to="certificates/", storage=private_storage, blank=True)
    # Rendering the PDF is claimed, so that two workers never render it twice.
    render_claimed_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_reason = models.TextField(_("reason for revoking"), max_length=1000, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revoked by"),
    )

    class Meta:
        ordering = ["-issued_at"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind="course", peer_mentor__isnull=True)
                | models.Q(kind="mentor", enrolment__isnull=True),
                name="certificates_one_reason",
            )
        ]
        indexes = [
            models.Index(fields=["issued_at"], condition=models.Q(pdf=""), name="cert_no_pdf")
        ]

    def __str__(self):
        return f"{self.course_title} · {self.learner_name}"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def display_code(self) -> str:
        return "-".join(self.code[i : i + 4] for i in range(0, len(self.code), 4))
