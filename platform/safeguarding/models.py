import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index

from accounts.models import owning_organisation

from .admin_forms import HelpServiceForm

# How long a check holds: an entry older than this shows as "please check".
CHECK_VALID_FOR = datetime.timedelta(days=365)

phone_validator = RegexValidator(
    r"^\+?[0-9][0-9 ()\-]{1,24}$",
    _(
        "Enter a phone number or short code as people dial it: digits, spaces, "
        "brackets and dashes, with + in front for an international number (116 111, "
        "0800-0432, +31 70 345 3500)."
    ),
)


class HelpServiceQuerySet(models.QuerySet):
    def described_in(self, language: str):
        """Each service with `local_description`: what it is for in the language, or ''
        (then its English description stands, marked as English). No extra query."""
        descriptions = HelpServiceDescription.objects.filter(
            service=models.OuterRef("pk"), language=language
        )
        return self.annotate(local_description=models.Subquery(descriptions.values("text")[:1]))


class HelpService(index.Indexed, ClusterableModel):
    """A child helpline, reporting hotline, police unit or image-removal tool.

    A service without a country is international: it is shown where a country has
    no services of its own. A service of one organisation (its own counsellor, say) is
    shown beside the network's to the people who belong to it (accounts.belonging).
    """

    class Kind(models.TextChoices):
        CHILD_HELPLINE = "child_helpline", _("Child helpline")
        CSAM_HOTLINE = "csam_hotline", _("Reporting hotline for abuse images")
        POLICE = "police", _("Police")
        IMAGE_REMOVAL = "image_removal", _("Image removal tool")

    class AgeGroup(models.TextChoices):
        """Whom a service answers (not accounts.models.Audience, which is a role)."""

        CHILDREN = "children", _("Children and young people")
        ADULTS = "adults", _("Adults")
        EVERYONE = "everyone", _("Everyone")

    country = CountryField(
        _("country"), blank=True, help_text=_("Leave empty for an international service.")
    )
    organisation = owning_organisation(
        related_name="help_services",
        on_delete=models.CASCADE,
        help_text=_(
            "Leave empty for the network's directory. A service of one organisation is "
            "shown to its members, pupils and peers only."
        ),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=200)
    description = models.CharField(_("what it is for"), max_length=300, blank=True)
    phone = models.CharField(
        _("phone or short code"), max_length=40, blank=True, validators=[phone_validator]
    )
    web = models.URLField(_("web or chat address"), blank=True)
    hours = models.CharField(_("opening hours"), max_length=120, blank=True)
    languages = models.CharField(
        _("languages"),
        max_length=100,
        blank=True,
        help_text=_("Language codes separated by commas, for example: nl, en"),
    )
    audience = models.CharField(
        _("who it is for"), max_length=10, choices=AgeGroup.choices, default=AgeGroup.EVERYONE
    )
    anonymous = models.BooleanField(_("can be used anonymously"), default=False)
    last_checked = models.DateField(
        _("last checked"),
        help_text=_(
            "The day someone read the source and found these details right (never the day "
            "they were imported). Entries older than a year show as “please check”."
        ),
    )
    source = models.URLField(
        _("source"),
        help_text=_("The page that states these details, preferably the service's own site."),
    )

    objects = HelpServiceQuerySet.as_manager()
    base_form_class = HelpServiceForm

    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.FilterField("country"),
    ]

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("kind")]),
                FieldPanel("organisation"),
                FieldPanel("name"),
                FieldPanel("description"),
            ],
            heading=_("Service"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("web"),
                FieldPanel("hours"),
                FieldPanel("languages"),
                FieldRowPanel([FieldPanel("audience"), FieldPanel("anonymous")]),
            ],
            heading=_("How to reach it"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("last_checked"), FieldPanel("source")])],
            heading=_("Checked"),
        ),
        InlinePanel(
            "descriptions",
            heading=_("What it is for, in other languages"),
            label=_("Description"),
        ),
    ]

    class Meta:
        ordering = ["country", "kind", "name"]
        verbose_name = _("help service")
        verbose_name_plural = _("help services")
        constraints = [
            models.UniqueConstraint(
                fields=["country", "name"], name="safeguarding_helpservice_unique_name"
            ),
            models.CheckConstraint(
                condition=~models.Q(phone="", web=""),
                name="safeguarding_helpservice_reachable",
                violation_error_message=_("Give a phone number, a web address or both."),
            ),
        ]
        indexes = [models.Index(fields=["country", "kind"])]

    def __str__(self):
        return f"{self.name} ({self.country.code or _('international')})"

    def clean(self):
        super().clean()
        if self.last_checked and self.last_checked > timezone.localdate():
            raise ValidationError(
                {"last_checked": _("The date of a check cannot be in the future.")}
            )

    @property
    def needs_check(self) -> bool:
        return self.last_checked < timezone.localdate() - CHECK_VALID_FOR

    def check_state(self) -> str:
        return _("please check") if self.needs_check else _("checked")

    check_state.short_description = _("check")

    @property
    def is_international(self) -> bool:
        return not self.country

    @property
    def phone_href(self) -> str:
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")


# Concerns ---------------------------------------------------------------------------

CONCERN_DESCRIPTION_MAX = 5000


class HelpServiceDescription(models.Model):
    """What a help service is for, in one of the languages offered (the service's own
    description is the English one)."""

    service = ParentalKey(HelpService, on_delete=models.CASCADE, related_name="descriptions")
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=[(code, name) for code, name in settings.LANGUAGES if code != "en"],
    )
    text = models.CharField(_("what it is for"), max_length=300)

    panels = [FieldRowPanel([FieldPanel("language"), FieldPanel("text")])]

    class Meta:
        verbose_name = _("description")
        verbose_name_plural = _("descriptions")
        constraints = [
            models.UniqueConstraint(
                fields=["service", "language"], name="safeguarding_helpservice_one_description"
            )
        ]

    def __str__(self):
        return f"{self.service_id} {self.language}"


class Concern(models.Model):
    """Something worrying about a child, raised by a mentor, coach, teacher or learner.

    It reaches the organisation's safeguarding lead (and, for a peer mentor, their
    coach) at once, and only they can see it. Every look and change is audited.
    """

    class Urgency(models.TextChoices):
        DANGER_NOW = "danger_now", _("Someone may be in danger now")
        SOON = "soon", _("Someone needs help soon")
        NOT_URGENT = "not_urgent", _("Not urgent, but I am worried")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_PROGRESS = "in_progress", _("In progress")
        REFERRED = "referred", _("Referred")
        CLOSED = "closed", _("Closed")

    class ReporterRole(models.TextChoices):
        PEER_MENTOR = "peer_mentor", _("Peer mentor")
        COACH = "coach", _("Coach")
        TEACHER = "teacher", _("Teacher")
        LEARNER = "learner", _("Learner")
        MEMBER = "member", _("Member of the organisation")

    organisation = models.ForeignKey(
        "accounts.Organisation",
        on_delete=models.PROTECT,
        related_name="concerns",
        verbose_name=_("organisation"),
    )
    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="concerns_raised",
        verbose_name=_("raised by"),
    )
    reporter_name = models.CharField(_("reporter"), max_length=100)
    reporter_role = models.CharField(_("reporter's role"), max_length=20, choices=ReporterRole)
    context_label = models.CharField(_("group, class or organisation"), max_length=200)
    # The coach involved when a peer mentor (or one of their peers) raises it.
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="concerns_coached",
        verbose_name=_("coach"),
    )
    about_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("about (account)"),
    )
    about = models.CharField(_("about whom"), max_length=100, blank=True)
    description = models.TextField(_("what happened"), max_length=CONCERN_DESCRIPTION_MAX)
    urgency = models.CharField(_("urgency"), max_length=20, choices=Urgency)
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.NEW)
    created_at = models.DateTimeField(_("raised at"), auto_now_add=True)
    # From the form: a double submit finds the concern the first one saved.
    submission = models.UUIDField(unique=True, null=True, blank=True, editable=False)
    # Set once every recipient's mail (an outbox row each) was sent or failed for good.
    notified_at = models.DateTimeField(_("people told at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("concern")
        verbose_name_plural = _("concerns")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(description=""), name="safeguarding_concern_has_description"
            ),
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("description"), CONCERN_DESCRIPTION_MAX),
                name="safeguarding_concern_description_length",
            ),
        ]
        indexes = [
            models.Index(fields=["organisation", "-created_at"]),
            models.Index(fields=["coach", "-created_at"]),
            models.Index(
                fields=["created_at"],
                condition=models.Q(notified_at__isnull=True),
                name="safeguarding_concern_unsent",
            ),
        ]

    def __str__(self):
        return f"{self.get_urgency_display()} · {self.created_at:%Y-%m-%d %H:%M}"


class ConcernNote(models.Model):
    """A note by the safeguarding lead or coach on what they did. Never edited."""

    concern = models.ForeignKey(Concern, on_delete=models.PROTECT, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    author_name = models.CharField(max_length=100)
    text = models.TextField(_("note"), max_length=CONCERN_DESCRIPTION_MAX)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(text=""), name="safeguarding_note_has_text")
        ]

    def __str__(self):
        return f"{self.author_name} · {self.created_at:%Y-%m-%d %H:%M}"


class AuditEntryImmutable(PermissionDenied):
    """Audit entries are written once and never changed or deleted."""


class AuditEntryQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AuditEntryImmutable

    def delete(self):
        raise AuditEntryImmutable


class ConcernAuditEntry(models.Model):
    """Who looked at or changed a concern, and when.

    Append-only: the model refuses updates and deletes, and so does the database
    (a trigger, migration 0003), whatever code path tries.
    """

    class Action(models.TextChoices):
        RAISED = "raised", _("Raised")
        NOTIFIED = "notified", _("People told")
        VIEWED = "viewed", _("Viewed")
        VIEWED_AUDIT = "viewed_audit", _("Viewed the audit trail")
        NOTE_ADDED = "note_added", _("Note added")
        STATUS_CHANGED = "status_changed", _("Status changed")
        ESCALATED = "escalated", _("Not opened in time: escalated")
        ANONYMISED = "anonymised", _("Retention period over: text and names removed")

    concern = models.ForeignKey(Concern, on_delete=models.PROTECT, related_name="audit_entries")
    # Plain values, not foreign keys: deleting an account must not rewrite the trail.
    actor_id = models.PositiveIntegerField(null=True, blank=True)
    actor_name = models.CharField(_("who"), max_length=100)
    action = models.CharField(_("what"), max_length=20, choices=Action)
    detail = models.CharField(_("detail"), max_length=200, blank=True)
    at = models.DateTimeField(_("when"), auto_now_add=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit trail")

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_name}: {self.get_action_display()}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AuditEntryImmutable
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AuditEntryImmutable
