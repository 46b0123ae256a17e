import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, PreviewableMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from accounts.models import owning_organisation

from .admin_forms import QuizForm


class Quiz(PreviewableMixin, TranslatableMixin, index.Indexed, ClusterableModel):
    """A quiz with its questions, placed on a module page by the module's quiz block."""

    class Kind(models.TextChoices):
        GRADED = "graded", _("Graded check (counts for completion)")
        PRE_TEST = "pre_test", _("Pre-test (before the course, never graded)")
        POST_TEST = "post_test", _("Post-test (after the course, never graded)")
        CHECK_IN = "check_in", _("Check-in for young learners (no score shown)")

    # Empty: the network's. Else one organisation's, for its own courses: only its
    # content editors change it (accounts.owned_snippets).
    organisation = owning_organisation(
        related_name="quizzes", help_text=_("Leave empty for a quiz of the whole network.")
    )
    title = models.CharField(_("title"), max_length=200)
    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("Shown above the questions.")
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.GRADED)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, help_text=_("For graded checks only.")
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempt limit"), default=0, help_text=_("0 means as many attempts as the learner wants.")
    )
    wait_minutes = models.PositiveIntegerField(_("wait between attempts (minutes)"), default=0)
    shuffle_questions = models.BooleanField(_("shuffle the questions"), default=False)
    shuffle_choices = models.BooleanField(_("shuffle the choices"), default=False)
    partial_credit = models.BooleanField(
        _("partial credit"),
        default=False,
        help_text=_(
            "For multiple-choice questions: give part of the point for part of the right "
            "choices. Off: a question counts only when all its choices are right."
        ),
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("organisation"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("pass_mark")]),
                FieldRowPanel([FieldPanel("max_attempts"), FieldPanel("wait_minutes")]),
                FieldRowPanel(
                    [
                        FieldPanel("shuffle_questions"),
                        FieldPanel("shuffle_choices"),
                        FieldPanel("partial_credit"),
                    ]
                ),
            ],
            heading=_("Rules"),
        ),
        InlinePanel("questions", heading=_("Questions"), label=_("Question"), min_num=1),
    ]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]
    base_form_class = QuizForm
    # A translation belongs to whom its quiz belongs.
    override_translatable_fields = [SynchronizedField("organisation", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        constraints = [
            models.CheckConstraint(
                condition=Q(pass_mark__lte=100), name="quizzes_quiz_pass_mark_percent"
            )
        ]

    def __str__(self):
        return self.title

    @property
    def is_graded(self) -> bool:
        return self.kind == self.Kind.GRADED

    @property
    def shows_score(self) -> bool:
        return self.kind != self.Kind.CHECK_IN

    def get_preview_template(self, request, mode_name):
        return "quizzes/quiz_preview.html"


class Question(ClusterableModel, Orderable):
    class Type(models.TextChoices):
        SINGLE = "single", _("Single choice")
        MULTIPLE = "multiple", _("Multiple choice")
        TRUE_FALSE = "true_false", _("True or false")

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="questions")
    type = models.CharField(_("type"), max_length=10, choices=Type.choices, default=Type.SINGLE)
    text = models.TextField(_("question"))
    explanation = models.TextField(
        _("explanation"), help_text=_("Shown after submitting: why the right answer is right.")
    )

    panels = [
        FieldPanel("type"),
        FieldPanel("text"),
        FieldPanel("explanation"),
        InlinePanel("choices", heading=_("Choices"), label=_("Choice"), min_num=2),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("question")

    def __str__(self):
        return self.text[:80]


class Choice(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(_("choice"), max_length=300)
    is_correct = models.BooleanField(_("correct"), default=False)
    feedback = models.TextField(
        _("feedback"), blank=True, help_text=_("Shown after submitting, if the learner chose this.")
    )

    panels = [FieldPanel("text"), FieldPanel("is_correct"), FieldPanel("feedback")]

    class Meta(Orderable.Meta):
        verbose_name = _("choice")

    def __str__(self):
        return self.text


class Attempt(models.Model):
    """One go at a quiz. Append-only once submitted.

    `shown` keeps the questions and choices exactly as the learner saw them (with their
    correctness and feedback, which never leave the server before submission), so that
    editing the quiz later changes neither this record nor its score.
    """

    class Status(models.TextChoices):
        OPEN = "open", _("In progress")
        SUBMITTED = "submitted", _("Submitted")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey(Quiz, on_delete=models.PROTECT, related_name="attempts")
    number = models.PositiveIntegerField(_("attempt number"))
    kind = models.CharField(max_length=10, choices=Quiz.Kind.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # Where the quiz was taken (a module page id); kept as a plain id so that quizzes
    # stays independent of courses.
    context_id = models.PositiveIntegerField(null=True, blank=True)
    shown = models.JSONField(default=dict)
    answers = models.JSONField(default=dict)
    score = models.DecimalField(max_digits=5, decimal_places=2, null=True)
    passed = models.BooleanField(null=True)
    started_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True)

    class Meta:
        ordering = ["quiz_id", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz", "number"], name="quizzes_attempt_number_unique"
            ),
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=Q(status="open"),
                name="quizzes_attempt_one_open",
            ),
            models.CheckConstraint(
                condition=Q(score__isnull=True) | Q(score__gte=0, score__lte=100),
                name="quizzes_attempt_score_percent",
            ),
            models.CheckConstraint(
                condition=Q(status="open", submitted_at__isnull=True)
                | Q(status="submitted", submitted_at__isnull=False, score__isnull=False),
                name="quizzes_attempt_submitted_has_score",
            ),
        ]
        indexes = [models.Index(fields=["quiz", "user", "status"])]

    def __str__(self):
        return f"{self.quiz_id} #{self.number}"

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN
