from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from accounts.groups import CodeJoinedGroup, GroupMembership, GroupWords

# Migration 0001 names classrooms.models.new_join_code as the field default.
from accounts.join_codes import JOIN_CODE_ALPHABET, new_join_code  # noqa: F401
from courses.models import course_check_for_organisation


class LawfulBasis(models.TextChoices):
    """Why a school may use the platform with its pupils (GDPR Article 6)."""

    PUBLIC_TASK = "public_task", _("Public task: the school teaches this as part of its work")
    CONSENT = "consent", _("Consent: the school asked the pupils' parents")
    LEGITIMATE_INTERESTS = "legitimate", _("Legitimate interests, assessed by the school")


class Classroom(CodeJoinedGroup):
    """A teacher's class, following one course, that pupils join with a code."""

    words = GroupWords(
        no_such_code=_("That code does not match a class. Check it and try again."),
        not_taking_members=_("This class is not taking new pupils. Ask your teacher."),
        nickname_taken=_("This nickname is taken in the class. Pick another."),
        removed=_("Your teacher took you out of this class. Ask them if you should be in it."),
        new_code=_("The class has a new code. The old one no longer works."),
    )

    organisation = models.ForeignKey(
        "accounts.Organisation",
        on_delete=models.PROTECT,
        related_name="classrooms",
        verbose_name=_("organisation"),
    )
    name = models.CharField(_("class name"), max_length=100)
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.PROTECT,
        related_name="classrooms",
        verbose_name=_("course"),
    )
    age_band = models.CharField(_("age band"), max_length=5)
    join_open = models.BooleanField(_("pupils can join"), default=True)
    certificates_enabled = models.BooleanField(
        _("pupils get certificates"),
        default=False,
        help_text=_("Pupils who complete the course receive a certificate."),
    )
    teachers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="ClassTeacher", related_name="taught_classrooms"
    )
    archived_at = models.DateTimeField(null=True, blank=True)
    # Pupils in a class are covered by their school, not by a parent's consent: the
    # teacher who creates the class records the school's lawful basis, once.
    lawful_basis = models.CharField(
        _("the school's lawful basis"), max_length=20, choices=LawfulBasis, blank=True
    )
    lawful_basis_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("confirmed by"),
    )
    lawful_basis_confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("class")
        verbose_name_plural = _("classes")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.course_id and self.organisation_id:
            course_check_for_organisation(self.course, self.organisation_id)

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None

    def is_taking_members(self) -> bool:
        return self.join_open and not self.is_archived


class ClassTeacher(models.Model):
    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="teacher_links")
    teacher = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="class_teacher_links"
    )
    is_owner = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["classroom", "teacher"], name="classrooms_one_teacher_row"
            )
        ]

    def __str__(self):
        return f"{self.teacher_id} teaches {self.classroom_id}"


class ClassMembership(GroupMembership):
    """A pupil in a class. Leaving or being removed ends it; their own progress stays."""

    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="memberships")
    pupil = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="class_memberships"
    )

    group_field = "classroom"
    member_field = "pupil"

    class Meta:
        ordering = ["nickname"]
        constraints = [
            models.UniqueConstraint(fields=["classroom", "pupil"], name="classrooms_pupil_once"),
            models.UniqueConstraint(
                "classroom",
                Lower("nickname"),
                name="classrooms_nickname_unique",
                violation_error_message=_("This nickname is taken in the class."),
            ),
        ]


class ClassSession(models.Model):
    """A lesson with the class on one module, scheduled and then run live."""

    class State(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        LIVE = "live", _("Live")
        FINISHED = "finished", _("Finished")

    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="sessions")
    module = models.ForeignKey(
        "courses.ModulePage",
        on_delete=models.PROTECT,
        related_name="class_sessions",
        verbose_name=_("module"),
    )
    scheduled_at = models.DateTimeField(_("date and time"))
    time_zone = models.CharField(_("time zone"), max_length=64, default="UTC")
    state = models.CharField(max_length=10, choices=State.choices, default=State.SCHEDULED)
    step = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["scheduled_at"]
        verbose_name = _("class session")

    def __str__(self):
        return f"{self.classroom} · {self.scheduled_at:%Y-%m-%d %H:%M}"


class SessionParticipant(models.Model):
    """A pupil who joined a live session: the attendance record."""

    session = models.ForeignKey(ClassSession, on_delete=models.CASCADE, related_name="participants")
    pupil = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="session_participations"
    )
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "pupil"], name="classrooms_attend_once")
        ]

    def __str__(self):
        return f"{self.pupil_id} at {self.session_id}"


class SessionAnswer(models.Model):
    """A pupil's answer to one question in a live session; one per pupil and question."""

    session = models.ForeignKey(ClassSession, on_delete=models.CASCADE, related_name="answers")
    pupil = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="session_answers"
    )
    quiz_id = models.PositiveIntegerField()
    question_id = models.PositiveIntegerField()
    choice_ids = models.JSONField(default=list)
    answered_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["session", "pupil", "question_id"], name="classrooms_answer_once"
            )
        ]

    def __str__(self):
        return f"{self.pupil_id} → {self.question_id}"
