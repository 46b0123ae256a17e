"""Peer mentoring in the Make-IT-Safe model: peers, peer mentors (peer experts), coaches."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from accounts.groups import CodeJoinedGroup, GroupMembership, GroupWords
from courses.models import course_check_for_organisation


class PeerMentor(models.Model):
    """A young person's standing as a peer mentor, decided by an adult coach."""

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Waiting for the coach")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")
        SUSPENDED = "suspended", _("Suspended")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="peer_mentor"
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        on_delete=models.PROTECT,
        related_name="peer_mentors",
        verbose_name=_("organisation"),
    )
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="mentors_coached",
        verbose_name=_("coach"),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.REQUESTED)
    reason = models.TextField(_("reason"), max_length=1000, blank=True)
    requested_at = models.DateTimeField(_("asked on"))
    decided_at = models.DateTimeField(_("decided on"), null=True, blank=True)

    class Meta:
        ordering = ["requested_at"]
        verbose_name = _("peer mentor")
        verbose_name_plural = _("peer mentors")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(user=models.F("coach")), name="mentoring_not_own_coach"
            )
        ]

    def __str__(self):
        return f"{self.user} ({self.get_status_display()})"

    @property
    def is_approved(self) -> bool:
        return self.status == self.Status.APPROVED


class MentorGroup(CodeJoinedGroup):
    """The peers one mentor supports, joined with a code, following one course."""

    words = GroupWords(
        no_such_code=_("That code does not match a peer group. Check it and try again."),
        not_taking_members=_("This group is not taking new peers at the moment."),
        nickname_taken=_("This nickname is taken in the group. Pick another."),
        removed=_("Your mentor took you out of this group."),
        new_code=_("The group has a new code. The old one no longer works."),
    )

    organisation = models.ForeignKey(
        "accounts.Organisation", on_delete=models.PROTECT, related_name="mentor_groups"
    )
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="mentor_groups"
    )
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="coached_groups"
    )
    name = models.CharField(_("group name"), max_length=100)
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.PROTECT,
        related_name="mentor_groups",
        verbose_name=_("course"),
    )
    join_open = models.BooleanField(_("peers can join"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("mentor group")
        verbose_name_plural = _("mentor groups")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.course_id and self.organisation_id:
            course_check_for_organisation(self.course, self.organisation_id)

    def is_taking_members(self) -> bool:
        # A suspended or declined mentor's group takes no one until the coach decides.
        mentor = getattr(self.mentor, "peer_mentor", None)
        return self.join_open and mentor is not None and mentor.is_approved


class PeerMembership(GroupMembership):
    """A peer in a mentor group, known by nickname only."""

    group = models.ForeignKey(MentorGroup, on_delete=models.CASCADE, related_name="memberships")
    peer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="peer_memberships"
    )

    group_field = "group"
    member_field = "peer"

    class Meta:
        ordering = ["nickname"]
        constraints = [
            models.UniqueConstraint(fields=["group", "peer"], name="mentoring_peer_once"),
            models.UniqueConstraint(
                "group",
                Lower("nickname"),
                name="mentoring_nickname_unique",
                violation_error_message=_("This nickname is taken in the group."),
            ),
        ]


class MentoringSession(models.Model):
    """A peer session the mentor ran, logged afterwards. Notes are for the coach only."""

    group = models.ForeignKey(MentorGroup, on_delete=models.CASCADE, related_name="sessions")
    held_on = models.DateField(_("date"))
    topic = models.CharField(_("topic"), max_length=200, blank=True)
    module = models.ForeignKey(
        "courses.ModulePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="mentoring_sessions",
        verbose_name=_("module"),
    )
    attendance = models.PositiveSmallIntegerField(_("how many came"))
    notes = models.TextField(_("notes for your coach"), max_length=5000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-held_on", "-created_at"]
        verbose_name = _("mentoring session")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(topic="") | models.Q(module__isnull=False),
                name="mentoring_session_has_subject",
            ),
            models.CheckConstraint(
                condition=models.Q(attendance__lte=500), name="mentoring_attendance_range"
            ),
        ]
        indexes = [models.Index(fields=["group", "held_on"])]

    def __str__(self):
        return f"{self.group} · {self.held_on}"

    @property
    def subject(self) -> str:
        return self.topic or (self.module.title if self.module else "")
