import functools
import uuid
import zoneinfo

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from .branding import validate_brand_colour, validate_logo


class User(AbstractUser):
    """A person who uses the platform.

    Adults sign in with a verified e-mail address. Young learners who join a class
    or mentor group with a code have only a username: e-mail is optional here, but
    unique (case-insensitively) when given.
    """

    email = models.EmailField(_("email address"), blank=True)

    objects = UserManager()

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                condition=~models.Q(email=""),
                name="accounts_user_email_unique_ci",
                violation_error_message=_("A user with this e-mail address already exists."),
            ),
        ]

    def __str__(self):
        return self.get_display_name()

    def get_display_name(self) -> str:
        profile = getattr(self, "profile", None)
        if profile is not None and profile.display_name:
            return profile.display_name
        return self.username

    @property
    def can_enter_admin(self) -> bool:
        """Whether this user may reach the Wagtail or Django admin."""
        if not self.is_active:
            return False
        if self.is_staff or self.is_superuser:
            return True
        # Editing courses is an adult capability, whatever groups say.
        profile = getattr(self, "profile", None)
        if profile is not None and profile.is_young_person:
            return False
        # Every signed-in page asks (the header's admin link); the permission comes from
        # groups, so its answer is cached until the user's groups or permissions change.
        from .selectors import has_admin_permission

        return has_admin_permission(user=self)


class Audience(models.TextChoices):
    """Who a person is here, and who a course is written for: one list, one set of values.

    A profile says "I am a parent or caregiver"; a course, the catalogue's filter and the
    admin speak of the group ("Parents and caregivers"): `plural` and `plural_choices()`.
    """

    PARENT = "parent", _("Parent or caregiver")
    TEACHER = "teacher", _("Teacher or professional")
    PEER_MENTOR = "peer_mentor", _("Peer mentor")
    YOUNG_LEARNER = "young_learner", _("Young learner")

    @property
    def plural(self) -> str:
        return _AUDIENCE_PLURALS[self.value]

    @classmethod
    def plural_choices(cls) -> list[tuple[str, str]]:
        return [(audience.value, audience.plural) for audience in cls]

    @classmethod
    def from_query(cls, value: str) -> "Audience | None":
        """The audience a catalogue address names, also in the older spelling; else None."""
        value = _AUDIENCE_OLD_QUERY_VALUES.get(value, value)
        return cls(value) if value in cls.values else None


# Kept apart from the enum: in its body they would become members.
_AUDIENCE_PLURALS = {
    "parent": _("Parents and caregivers"),
    "teacher": _("Teachers and professionals"),
    "peer_mentor": _("Peer mentors"),
    "young_learner": _("Young learners"),
}
# Courses had values of their own until courses migration 0007; links and bookmarks to
# the catalogue (?audience=parent) still work.
_AUDIENCE_OLD_QUERY_VALUES = {
    "parents": "parent",
    "teachers": "teacher",
    "mentors": "peer_mentor",
    "young-learners": "young_learner",
}


class AgeBand(models.TextChoices):
    """Broad age bands: the platform never stores a birth date."""

    AGE_5_7 = "5-7", _("5 to 7")
    AGE_8_11 = "8-11", _("8 to 11")
    AGE_12_14 = "12-14", _("12 to 14")
    AGE_15_17 = "15-17", _("15 to 17")
    ADULT = "18+", _("18 or older")

    @classmethod
    def youth_values(cls) -> set[str]:
        return {cls.AGE_5_7, cls.AGE_8_11, cls.AGE_12_14, cls.AGE_15_17}


@functools.cache
def time_zone_names() -> frozenset[str]:
    """Every zone the system knows: read from disk once per process (4 ms each time)."""
    return frozenset(zoneinfo.available_timezones())


def validate_time_zone(value: str) -> None:
    if value not in time_zone_names():
        raise ValidationError(_("%(value)s is not a known time zone."), params={"value": value})


class Profile(models.Model):
    """What the platform needs to know about a user, and no more."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    display_name = models.CharField(
        _("display name"),
        max_length=60,
        blank=True,
        help_text=_("The name others see. A nickname is fine."),
    )
    audience = models.CharField(
        _("I am a"), max_length=20, choices=Audience.choices, default=Audience.PARENT
    )
    age_band = models.CharField(
        _("age band"), max_length=5, choices=AgeBand.choices, default=AgeBand.ADULT
    )
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    country = CountryField(_("country"), blank=True)
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="UTC", validators=[validate_time_zone]
    )

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self):
        return self.display_name or str(self.user_id)

    @property
    def is_young_person(self) -> bool:
        return self.age_band in AgeBand.youth_values()


def logo_path(organisation, filename: str) -> str:
    """Logos under a random name: the file's own name may say more than the logo."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "png"
    return f"organisations/{uuid.uuid4().hex}.{extension[:5]}"


class Organisation(models.Model):
    """A member organisation: it owns classes, mentor groups, coaches and a safeguarding lead."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    country = CountryField(_("country"), blank=True)
    concern_escalation_hours = models.PositiveSmallIntegerField(
        _("hours before an unopened concern is escalated"),
        default=24,
        validators=[MinValueValidator(1), MaxValueValidator(168)],
        help_text=_(
            "If no safeguarding lead or coach opens a new concern within this time, its "
            "leads are reminded; after twice this time, the organisation's admins are told."
        ),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("The language of the people it brings, until they choose their own."),
    )
    logo = models.ImageField(
        _("logo"),
        upload_to=logo_path,
        blank=True,
        validators=[validate_logo],
        help_text=_("A PNG or JPEG image, at most 512 KB, shown on its pages and certificates."),
    )
    brand_colour = models.CharField(
        _("colour"),
        max_length=7,
        blank=True,
        validators=[validate_brand_colour],
        help_text=_("Dark enough for white text on it, like #14507a."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="Membership",
        related_name="organisations",
        verbose_name=_("members"),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name


def owning_organisation(*, related_name: str, help_text: str, on_delete=models.PROTECT):
    """The organisation a piece of content (a course, a quiz, a help service) belongs
    to; empty: the network's, shared. Who sees and who edits it: accounts.belonging,
    accounts.capabilities.may_edit_content_of."""
    return models.ForeignKey(
        Organisation,
        on_delete=on_delete,
        null=True,
        blank=True,
        related_name=related_name,
        verbose_name=_("organisation"),
        help_text=help_text,
    )


class Role(models.TextChoices):
    """What a membership lets a person do: see accounts.capabilities for the table."""

    MEMBER = "member", _("Member")
    TEACHER = "teacher", _("Teacher")
    PEER_MENTOR = "peer_mentor", _("Peer mentor")
    COACH = "coach", _("Coach")
    SAFEGUARDING_LEAD = "safeguarding_lead", _("Safeguarding lead")
    CONTENT_EDITOR = "content_editor", _("Content editor")
    ORG_ADMIN = "org_admin", _("Organisation admin")
    # Reads the whole network's impact report; given by the platform's operators.
    NETWORK_ADMIN = "network_admin", _("Network admin")
    # Edits the network's shared courses and pages; given by the platform's operators.
    NETWORK_EDITOR = "network_editor", _("Network content editor")


class Membership(models.Model):
    """One role a user holds in an organisation; a user may hold several."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("organisation"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("user"),
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user", "role"], name="accounts_membership_unique_role"
            ),
        ]
        indexes = [models.Index(fields=["organisation", "role"])]

    def __str__(self):
        return f"{self.user} · {self.get_role_display()} · {self.organisation}"

    def clean(self):
        # The Django admin's inline asks this too: a child never holds an adult role.
        from .capabilities import ADULT_ROLES

        profile = getattr(self.user, "profile", None) if self.user_id else None
        if self.role in ADULT_ROLES and profile is not None and profile.is_young_person:
            raise ValidationError({"role": _("A person under 18 cannot be given an adult role.")})


class RoleChange(models.Model):
    """The audit log of an organisation's roles: who granted or withdrew what, when.

    Names are kept as they were, so that the log still reads when an account is gone.
    """

    class Action(models.TextChoices):
        GRANTED = "granted", _("granted")
        WITHDRAWN = "withdrawn", _("withdrawn")
        REMOVED = "removed", _("removed from the organisation")

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="role_changes"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    actor_name = models.CharField(_("by"), max_length=150)
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    subject_name = models.CharField(_("person"), max_length=150)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, blank=True)
    action = models.CharField(_("change"), max_length=10, choices=Action.choices)
    at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("role change")
        verbose_name_plural = _("role changes")
        indexes = [models.Index(fields=["organisation", "-at"])]

    def __str__(self):
        return f"{self.actor_name} {self.action} {self.role} {self.subject_name}"


@register_setting(icon="mail")
class DataContact(BaseGenericSetting):
    """Who answers questions about personal data and accessibility: shown in the privacy
    notice and the accessibility statement, set by staff in the admin."""

    organisation = models.CharField(
        _("organisation responsible for the data"), max_length=200, blank=True
    )
    email = models.EmailField(_("e-mail address for data and accessibility questions"), blank=True)
    address = models.TextField(_("postal address"), blank=True)

    class Meta:
        verbose_name = _("privacy and accessibility contact")
