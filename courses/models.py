import uuid

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    Locale,
    Page,
    PagePermissionTester,
    PageViewRestriction,
    TranslatableMixin,
)
from wagtail.search import index
from wagtail.url_routing import RouteResult
from wagtail_localize.fields import SynchronizedField

from accounts.capabilities import Capability, may_edit_content_of, user_can
from accounts.models import Audience, owning_organisation

from .admin_forms import CoursePageForm, ModulePageForm
from .blocks import ModuleBodyBlock, OutcomesBlock


class OwnedPagePermissionTester(PagePermissionTester):
    """Wagtail's page permissions, within what the editor may change here.

    A course belongs to the network (shared) or to one organisation, and its modules
    with it. Wagtail's groups give editors the page tree; this narrows it per page: an
    organisation's content editors change its own courses, the network's content
    editors the shared courses and the pages around them. The catalogue takes new
    courses from either (CoursePageForm says whose they may be).
    """

    def __init__(self, user, page, *, owner_id: int | None, takes_new_courses: bool = False):
        super().__init__(user, page)
        self.may_change = may_edit_content_of(user=user, organisation_id=owner_id)
        if self.may_change or user.is_superuser:
            return
        may_add = takes_new_courses and user_can(user=user, capability=Capability.EDIT_CONTENT)
        self.permissions = self.permissions & ({"add", "publish"} if may_add else set())

    def can_edit(self):
        return self.may_change and super().can_edit()

    def can_delete(self, ignore_bulk=False):
        return self.may_change and super().can_delete(ignore_bulk=ignore_bulk)

    def can_publish(self):
        return self.may_change and super().can_publish()

    def can_unpublish(self):
        return self.may_change and super().can_unpublish()

    def can_submit_for_moderation(self):
        return self.may_change and super().can_submit_for_moderation()

    def can_set_view_restrictions(self):
        return self.may_change and super().can_set_view_restrictions()

    def can_unschedule(self):
        return self.may_change and super().can_unschedule()

    def can_lock(self):
        return self.may_change and super().can_lock()

    def can_unlock(self):
        return self.may_change and super().can_unlock()

    def can_reorder_children(self):
        return self.may_change and super().can_reorder_children()

    def can_move(self):
        return self.may_change and super().can_move()

    def can_copy(self):
        return self.may_change and super().can_copy()


def course_check_for_organisation(course, organisation_id: int | None) -> None:
    """A class or peer group follows a course of the network's or of its own
    organisation, never another organisation's (their models' clean() asks)."""
    if course is not None and course.organisation_id not in (None, organisation_id):
        raise ValidationError({"course": _("This course belongs to another organisation.")})


class SharedPageMixin:
    """A page of the network's own: only its content editors change it."""

    def permissions_for_user(self, user):
        return OwnedPagePermissionTester(user, self, owner_id=None)


class RoutedFromCacheMixin:
    """Skips the view-restriction queries when the route cache vouched that there are none."""

    # Set by courses.delivery.caching.route_cached and courses.delivery.routing on the
    # page they return, for this request only.
    view_restrictions_known_absent = False
    # A page that checks, in a query it makes anyway, that it is still live at its
    # address (courses.delivery.routing); route_unchecked: it has not yet, in this request.
    checks_own_route = False
    route_unchecked = False

    def get_view_restrictions(self):
        if self.view_restrictions_known_absent:
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


# Where page addresses are the pages' own, whatever the interface language: the admins.
_OWN_ADDRESSES_UNDER = ("/admin/", "/django-admin/")


class InEveryLanguageMixin:
    """A page keeps the visitor's interface language where its text has no translation.

    Under /de/, a page of the default language (English) is served with a German
    interface: HomePage.route falls back to the default tree, and links built for a
    visitor's request keep the /de/ prefix. An address under /de/ redirects to the
    page's German translation once one exists (not for a learner enrolled in its course:
    their progress is on this one). The text keeps its own lang and dir (base.html).
    Addresses built without a request (mails, badges, redirects) or in the admin are the
    page's own.
    """

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request)
        if parts is None or request is None or request.path.startswith(_OWN_ADDRESSES_UNDER):
            return parts
        site_id, root_url, path = parts
        current, default = translation.get_language(), settings.LANGUAGE_CODE
        own_prefix = f"/{default}/"
        if (
            current != default
            and current in dict(settings.LANGUAGES)
            and path.startswith(own_prefix)
        ):
            path = f"/{current}/" + path.removeprefix(own_prefix)
        return site_id, root_url, path

    def own_url(self, request=None) -> str | None:
        """The page's address in its own language, whatever the interface's."""
        parts = super().get_url_parts(request)
        if parts is None:
            return None
        _site_id, root_url, path = parts
        return path if request is not None else root_url + path

    def translation_redirect(self, request):
        """A redirect to the page's translation in the interface's language, when this
        page is served under another language's prefix and a translation exists."""
        if getattr(request, "_translation_checked", False):
            return None
        request._translation_checked = True
        own = super().get_url_parts(request)
        current = translation.get_language()
        if not own or own[2].startswith(f"/{current}/") or getattr(request, "is_preview", False):
            return None
        locale = Locale.objects.filter(language_code=current).first()
        translated = self.get_translation_or_none(locale) if locale else None
        if translated is None or not translated.live:
            return None
        if request.user.is_authenticated and self._has_enrolled(request.user):
            return None
        return redirect(translated.get_url(request))

    def _has_enrolled(self, user) -> bool:
        course_ids = Page.objects.ancestor_of(self, inclusive=True).values("pk")
        return Enrolment.objects.filter(user=user, course_id__in=course_ids).exists()

    def serve(self, request, *args, **kwargs):
        moved = self.translation_redirect(request)
        if moved is not None:
            return moved
        response = super().serve(request, *args, **kwargs)
        if not request.user.is_authenticated and not getattr(request, "is_preview", False):
            # Nothing on it is the visitor's own but CSRF tokens: courses.middleware
            # may keep it for the next visitor without a session.
            response.same_for_every_visitor = True
        return response


class HomePage(SharedPageMixin, InEveryLanguageMixin, RoutedFromCacheMixin, Page):
    """The site's front page, one per language: who the platform is for, and where help is."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("One or two sentences under the page title."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseIndexPage", "courses.GlossaryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        from .delivery.caching import route_fallback_cached, route_fallback_remember

        if path_components and translation.get_language() != settings.LANGUAGE_CODE:
            # A path this language's tree lacks is served from the default tree
            # (InEveryLanguageMixin); remembered, so the miss is not walked again.
            known = route_fallback_cached(
                request=request, home=self, path_components=path_components
            )
            default_home = HomePage.objects.filter(pk=known).first() if known else None
            if default_home is not None:
                return default_home.route(request, path_components)
            try:
                return self._route(request, path_components)
            except Http404:
                default_home = self.get_translation_or_none(Locale.get_default())
                if default_home is None or default_home.pk == self.pk or not default_home.live:
                    raise
                result = default_home.specific.route(request, path_components)
                route_fallback_remember(
                    request=request, home=self, path_components=path_components, to=default_home
                )
                return result
        return self._route(request, path_components)

    def _route(self, request, path_components):
        # Every page of the site lies under a home page: one cache read and one query find
        # it, where Wagtail's walk down the tree takes two queries per level.
        from .delivery.caching import route_cached, route_remember

        if not path_components:
            return super().route(request, path_components)
        page = route_cached(request=request, home=self, path_components=path_components)
        if page is not None:
            return RouteResult(page)
        result = super().route(request, path_components)
        if not result.args and not result.kwargs:
            route_remember(
                request=request, home=self, path_components=path_components, page=result.page
            )
        return result


class CourseIndexPage(InEveryLanguageMixin, RoutedFromCacheMixin, Page):
    """The catalogue at /<lang>/courses/: every course in the visitor's language."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def permissions_for_user(self, user):
        return OwnedPagePermissionTester(user, self, owner_id=None, takes_new_courses=True)

    def get_context(self, request, *args, **kwargs):
        from .selectors import catalogue_for_request

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_for_request(request=request, catalogue=self))
        return context


class CoursePage(InEveryLanguageMixin, RoutedFromCacheMixin, Page):
    # Empty: the network's, shared and translated centrally. Else the organisation's:
    # shown to the people who belong to it only (courses.selectors.visible_courses).
    organisation = owning_organisation(
        related_name="courses",
        help_text=_(
            "Leave empty for a course of the whole network. A course of one organisation "
            "is shown to its members, pupils and peers only."
        ),
    )
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.plural_choices())
    summary = models.TextField(_("summary"), max_length=600)
    outcomes = StreamField(OutcomesBlock(), verbose_name=_("learning outcomes"), blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(_("estimated minutes"), default=30)
    gives_certificate = models.BooleanField(_("gives a certificate"), default=True)
    open_to_classes = models.BooleanField(
        _("teachers can use it with classes"),
        default=False,
        help_text=_("Pupils who join a class with a code follow this course."),
    )
    age_band = models.CharField(
        _("age band"),
        max_length=5,
        blank=True,
        choices=[
            ("5-7", _("5 to 7")),
            ("8-11", _("8 to 11")),
            ("12-14", _("12 to 14")),
            ("15-17", _("15 to 17")),
        ],
        help_text=_("For young learners' courses: the age the material is written for."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("outcomes"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("audience"), FieldPanel("age_band")]),
                FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("gives_certificate")]),
                FieldPanel("open_to_classes"),
                FieldPanel("organisation"),
            ],
            heading=_("Course details"),
        ),
    ]
    base_form_class = CoursePageForm
    # A translation belongs to whom its course belongs: never a translator's choice
    # (courses.services.course_owner_to_translations keeps them together).
    override_translatable_fields = [SynchronizedField("organisation", overridable=False)]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.FilterField("audience"),
        index.FilterField("locale_id"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")

    def permissions_for_user(self, user):
        return OwnedPagePermissionTester(user, self, owner_id=self.organisation_id)

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_progress

        context = super().get_context(request, *args, **kwargs)
        context["progress"] = course_progress(user=request.user, course=self)
        context["modules"] = context["progress"].modules
        return context


class ModulePage(InEveryLanguageMixin, RoutedFromCacheMixin, Page):
    class CompletionRule(models.TextChoices):
        READ = "read", _("Read to the end and marked as done")
        QUIZ = "quiz", _("Its graded quiz passed")

    summary = models.CharField(_("summary"), max_length=300, blank=True)
    completion_rule = models.CharField(
        _("completed when"),
        max_length=4,
        choices=CompletionRule.choices,
        default=CompletionRule.READ,
    )
    required = models.BooleanField(
        _("required for the course"),
        default=True,
        help_text=_("Optional modules do not count towards completing the course."),
    )
    open_to_anonymous = models.BooleanField(
        _("open to visitors without an account"),
        default=True,
        help_text=_("Progress and quizzes always need an account."),
    )
    estimated_minutes = models.PositiveSmallIntegerField(_("estimated minutes"), default=10)
    body = StreamField(ModuleBodyBlock(), verbose_name=_("body"))
    easy_read_body = StreamField(
        ModuleBodyBlock(),
        verbose_name=_("easy-read body"),
        blank=True,
        help_text=_(
            "Optional. The same module in short sentences and plain words. Learners can "
            "switch to it, and the site remembers their choice."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("summary"), FieldPanel("estimated_minutes")]),
        FieldPanel("body"),
        FieldPanel("easy_read_body"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("completion_rule"),
                        FieldPanel("required"),
                        FieldPanel("open_to_anonymous"),
                    ]
                )
            ],
            heading=_("Progress"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []
    # learner_in_module checks the route for readers with a session.
    checks_own_route = True
    base_form_class = ModulePageForm

    class Meta:
        verbose_name = _("module")

    def permissions_for_user(self, user):
        # The course's owner from the map kept with the pages version: no query for
        # each module of an admin listing.
        from .selectors import course_owners

        owner_id = course_owners().get(self.path[: -self.steplen])
        return OwnedPagePermissionTester(user, self, owner_id=owner_id)

    @cached_property
    def has_easy_read(self) -> bool:
        return bool(self.easy_read_body)

    def quiz_ids(self) -> list[int]:
        """The quizzes placed in the body, then those only in the easy-read body, in
        order (ids from the raw data: no query). Easy-read learners take their quizzes
        like everyone else: the quiz page, results and completion look here."""
        ids: list[int] = []
        for body in (self.body, self.easy_read_body):
            for block in body.raw_data:
                quiz_id = block["value"].get("quiz") if block["type"] == "quiz" else None
                if quiz_id and quiz_id not in ids:
                    ids.append(quiz_id)
        return ids

    def clean(self):
        super().clean()
        if self.completion_rule == self.CompletionRule.QUIZ and not self.quiz_ids():
            raise ValidationError(
                {"completion_rule": _("Add a graded quiz block to complete the module by quiz.")}
            )

    def serve(self, request, *args, **kwargs):
        moved = self.translation_redirect(request)  # before anything is written
        if moved is not None:
            return moved
        if not request.user.is_authenticated:
            if self.route_unchecked and not self._still_live_here():
                raise Http404
            if not self.open_to_anonymous:
                return redirect_to_login(request.get_full_path())
            return super().serve(request, *args, **kwargs)
        from .delivery.module_page import OPENING_RECORDED_EVERY, learner_in_module

        since = timezone.now() - OPENING_RECORDED_EVERY
        learner = learner_in_module(user=request.user, module=self, since=since)
        if self.route_unchecked and not learner.module_live:
            raise Http404
        return super().serve(request, *args, learner=learner, **kwargs)

    def _still_live_here(self) -> bool:
        return Page.objects.filter(pk=self.pk, live=True, url_path=self.url_path).exists()

    def get_context(self, request, *args, learner=None, **kwargs):
        from .delivery.module_page import module_context

        context = super().get_context(request, *args, **kwargs)
        context.update(module_context(request=request, module=self, learner=learner))
        return context


class GlossaryPage(SharedPageMixin, InEveryLanguageMixin, RoutedFromCacheMixin, Page):
    """Every glossary term with its explanation. Exempt from the terminology warning."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["courses.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("glossary page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        terms = GlossaryTerm.objects.filter(locale_id=self.locale_id).order_by("term")
        context["terms_by_usage"] = [
            (label, [term for term in terms if term.usage == usage])
            for usage, label in GlossaryTerm.Usage.choices
        ]
        return context


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    """A term classed use / use with care / avoid, as in the Luxembourg Guidelines."""

    class Usage(models.TextChoices):
        USE = "use", _("Use")
        CARE = "care", _("Use with care")
        AVOID = "avoid", _("Avoid")

    term = models.CharField(_("term"), max_length=120)
    usage = models.CharField(_("usage"), max_length=5, choices=Usage.choices)
    preferred = models.CharField(
        _("preferred alternative"),
        max_length=250,
        blank=True,
        help_text=_("For terms to avoid or use with care: what to say instead."),
    )
    explanation = models.TextField(_("explanation"))
    variants = models.TextField(
        _("other forms"),
        blank=True,
        help_text=_("Other spellings or short forms, one per line. Plurals are found anyway."),
    )

    panels = [
        FieldRowPanel([FieldPanel("term"), FieldPanel("usage")]),
        FieldPanel("preferred"),
        FieldPanel("explanation"),
        FieldPanel("variants"),
    ]
    search_fields = [index.SearchField("term"), index.AutocompleteField("term")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["term"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        constraints = [
            models.UniqueConstraint(fields=["locale", "term"], name="courses_glossaryterm_unique"),
        ]

    def __str__(self):
        return self.term

    @property
    def forms(self) -> list[str]:
        return [self.term, *(line.strip() for line in self.variants.splitlines() if line.strip())]

    @property
    def anchor(self) -> str:
        from django.utils.text import slugify

        return f"term-{slugify(self.term)}"


class Enrolment(models.Model):
    """A learner taking a course. Completion is recorded once and never taken back."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="enrolments")
    enrolled_at = models.DateTimeField(_("enrolled"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    # When the learner last opened or completed a module: the reminder sweep reads it.
    last_active_at = models.DateTimeField(_("last active"), default=timezone.now)

    class Meta:
        verbose_name = _("enrolment")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="courses_enrolment_unique")
        ]
        indexes = [
            models.Index(
                fields=["last_active_at"],
                condition=models.Q(completed_at__isnull=True),
                name="courses_enrolment_unfinished",
            )
        ]

    def __str__(self):
        return f"{self.user_id} in {self.course_id}"


class ModuleProgress(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_progress"
    )
    module = models.ForeignKey(ModulePage, on_delete=models.CASCADE, related_name="progress")
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    last_seen_at = models.DateTimeField(_("last seen"), auto_now=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        verbose_name = _("module progress")
        verbose_name_plural = _("module progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "module"], name="courses_progress_unique")
        ]

    def __str__(self):
        return f"{self.user_id} in {self.module_id}"


class Reflection(models.Model):
    """A learner's answer to a reflection prompt. Only that learner ever sees it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflections"
    )
    module = models.ForeignKey(ModulePage, on_delete=models.CASCADE, related_name="reflections")
    block_id = models.CharField(max_length=64)
    text = models.TextField(_("your thoughts"), max_length=5000)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("reflection")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "module", "block_id"], name="courses_reflection_one_per_prompt"
            )
        ]

    def __str__(self):
        return f"reflection {self.pk}"


# End-of-course evaluation ----------------------------------------------------------


class Useful(models.IntegerChoices):
    NOT = 1, _("Not useful")
    LITTLE = 2, _("A little useful")
    QUITE = 3, _("Quite useful")
    VERY = 4, _("Very useful")


class Confident(models.IntegerChoices):
    NOT = 1, _("Not confident")
    LITTLE = 2, _("A little confident")
    QUITE = 3, _("Quite confident")
    VERY = 4, _("Very confident")


class CourseEvaluation(models.Model):
    """One learner's answers at the end of a course (reports.views.course_feedback), for
    the impact report of the organisation that reached them; anonymous unless they chose
    to add their name.

    Nothing ties an anonymous evaluation to its learner: its key is random (not the order
    of writing), it keeps the day and not the time, and the learner's side
    (EvaluationGiven) says only that they answered.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="evaluations")
    # The organisation that reached the learner for this course (its class, its mentor's
    # group, or its membership); none for someone who came on their own.
    organisation = models.ForeignKey(
        "accounts.Organisation",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="evaluations",
    )
    useful = models.PositiveSmallIntegerField(_("How useful was this course?"), choices=Useful)
    confident = models.PositiveSmallIntegerField(
        _("How confident do you feel now?"), choices=Confident
    )
    comment = models.TextField(_("Anything else you want to tell us?"), max_length=2000, blank=True)
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    given_on = models.DateField(_("given on"))

    class Meta:
        verbose_name = _("course evaluation")
        verbose_name_plural = _("course evaluations")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(useful__gte=1, useful__lte=4), name="courses_useful_in_range"
            ),
            models.CheckConstraint(
                condition=models.Q(confident__gte=1, confident__lte=4),
                name="courses_confident_in_range",
            ),
        ]
        indexes = [models.Index(fields=["organisation", "course"])]

    def __str__(self):
        return f"{self.course_id}: {self.useful}/{self.confident}"


class EvaluationGiven(models.Model):
    """That a learner answered a course's evaluation: once per learner and course."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="courses_evaluate_once")
        ]

    def __str__(self):
        return f"{self.user_id} evaluated {self.course_id}"
