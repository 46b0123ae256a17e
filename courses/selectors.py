"""Reads for course pages: the catalogue, a module's surroundings, glossary terms."""

from dataclasses import dataclass

from django.db.models import Q
from django.http import HttpRequest
from django.utils.translation import gettext as _
from wagtail.models import Locale

from accounts.belonging import belonging_filter, organisations_of
from accounts.models import Audience
from quizzes.models import Quiz
from safeguarding.selectors import help_directory_for_country, help_owner_ids

from .delivery.caching import fragment
from .models import (
    CoursePage,
    Enrolment,
    EvaluationGiven,
    GlossaryPage,
    GlossaryTerm,
    ModulePage,
    ModuleProgress,
)
from .terminology import find_terms, page_text, quiz_text

EASY_READ_COOKIE = "easy_read"


# Whose courses: the network's, or one organisation's ---------------------------------


def visible_courses(*, user, field: str = "") -> Q:
    """Courses the user may see: the network's, and those of the organisations the user
    belongs to now (accounts.belonging). `field`: the path to the course from the rows
    filtered ("course__" for enrolments). No query of its own."""
    return Q(**{f"{field}organisation__isnull": True}) | belonging_filter(
        user=user, field=f"{field}organisation"
    )


def course_owners(request=None) -> dict[str, int]:
    """{course path: organisation id} of the courses an organisation owns: one query,
    then kept with the pages version (courses.delivery.caching), so that a module page
    learns its course's owner without a query."""
    return fragment(
        request,
        "course_owners",
        (),
        lambda: dict(
            CoursePage.objects.filter(organisation__isnull=False).values_list(
                "path", "organisation_id"
            )
        ),
    )


def page_owner(*, request, page) -> int | None:
    """The organisation owning the course the page is (or is in); None for the network's."""
    if isinstance(page, CoursePage):
        return page.organisation_id
    if isinstance(page, ModulePage):
        return course_owners(request).get(page.path[: -ModulePage.steplen])
    return None


def page_visible_to(*, request, page) -> bool:
    """Whether the visitor may read the page: any page of the network's, and an
    organisation's course and its modules for the people who belong to it."""
    owner = page_owner(request=request, page=page)
    return owner is None or owner in organisations_of(user=request.user)


def help_organisations(request) -> tuple[int, ...]:
    """The reader's organisations that list help services of their own, whose services
    the reader sees beside the network's: no query while no organisation has any (the
    owners are kept with the help version), else the reader's organisations, once."""
    if not request.user.is_authenticated:
        return ()
    owners = fragment(request, "help_owners", (), help_owner_ids)
    if not owners:
        return ()
    return tuple(sorted(owners & organisations_of(user=request.user)))


def catalogue_for_request(*, request: HttpRequest, catalogue) -> dict:
    """Courses in the visitor's language, filtered by ?audience= and searched by ?q=."""
    # The visitor's language, not the catalogue's: a language without its own catalogue
    # is served the default one, but must still list only courses that exist in it.
    locale = Locale.get_active()
    asked_audience = request.GET.get("audience", "").strip()
    audience = Audience.from_query(asked_audience) if asked_audience else None
    # Control characters (a NUL byte above all) are not text PostgreSQL will search.
    query = "".join(ch for ch in request.GET.get("q", "") if ch.isprintable()).strip()[:200]
    notes = []
    if asked_audience and audience is None:
        notes.append(
            _("There is no audience called “%(audience)s”, so here are all courses.")
            % {"audience": asked_audience[:40]}
        )

    courses = (
        CoursePage.objects.live()
        .public()
        .filter(locale=locale)
        .filter(visible_courses(user=request.user))
    )
    if audience:
        courses = courses.filter(audience=audience)
    if query:
        courses = courses.filter(pk__in=_course_ids_matching(query, locale))
    courses = list(courses)

    untranslated = []
    default_locale = Locale.get_default()
    if locale.pk != default_locale.pk and not query:
        translated_keys = CoursePage.objects.filter(locale=locale).values("translation_key")
        untranslated = (
            CoursePage.objects.live()
            .public()
            .filter(visible_courses(user=request.user), locale=default_locale)
        )
        untranslated = untranslated.exclude(translation_key__in=translated_keys).select_related(
            "locale"
        )
        if audience:
            untranslated = untranslated.filter(audience=audience)
        untranslated = list(untranslated)

    return {
        "courses": courses,
        "audiences": Audience.plural_choices(),
        "selected_audience": audience or "",
        "query": query,
        "notes": notes,
        "untranslated_courses": untranslated,
        "default_language_name": default_locale.get_display_name(),
    }


def _course_ids_matching(query: str, locale: Locale) -> set[int]:
    """Courses whose own text or whose modules' text matches the search."""
    course_hits = CoursePage.objects.live().filter(locale=locale).search(query, operator="and")
    module_hits = ModulePage.objects.live().filter(locale=locale).search(query, operator="and")
    ids = {course.pk for course in course_hits}
    module_paths = [module.path for module in module_hits]
    if module_paths:
        parent_paths = {path[: -ModulePage.steplen] for path in module_paths}
        ids |= set(CoursePage.objects.filter(path__in=parent_paths).values_list("pk", flat=True))
    return ids


def glossary_terms_in_module(*, module: ModulePage) -> list[GlossaryTerm]:
    """Use and with-care terms that the module's text mentions, to explain beside it."""
    terms = GlossaryTerm.objects.filter(locale_id=module.locale_id).exclude(
        usage=GlossaryTerm.Usage.AVOID
    )
    return find_terms(page_text(module), terms, module.locale.language_code)


def avoid_terms_in_page(page) -> list[GlossaryTerm]:
    """Terms to avoid that the page's own text uses (quotations and the glossary exempt)."""
    if isinstance(page, GlossaryPage):
        return []
    return _avoid_terms_in(page_text(page), page.locale)


def avoid_terms_in_quiz(quiz: Quiz) -> list[GlossaryTerm]:
    """Terms to avoid in a quiz's title, introduction, questions, choices and feedback."""
    return _avoid_terms_in(quiz_text(quiz), quiz.locale)


def _avoid_terms_in(text: str, locale: Locale) -> list[GlossaryTerm]:
    """The text's language's terms to avoid, and the default language's too (English
    words pasted into a German quiz), each with the text's language's alternative."""
    default = Locale.get_default()
    terms = list(
        GlossaryTerm.objects.filter(
            locale_id__in={locale.pk, default.pk}, usage=GlossaryTerm.Usage.AVOID
        )
    )
    own = [term for term in terms if term.locale_id == locale.pk]
    found = find_terms(text, own, locale.language_code)
    if locale.pk == default.pk:
        return found
    translations = {term.translation_key: term for term in own}
    named = {term.translation_key for term in found}
    pasted = [term for term in terms if term.locale_id == default.pk]
    for term in find_terms(text, pasted, default.language_code):
        if term.translation_key in named:
            continue
        if term.translation_key in translations:
            # For the warning only (never saved): what to say instead, in the text's language.
            term.preferred = translations[term.translation_key].preferred
        found.append(term)
    return found


def _easy_read_with_quizzes(module: ModulePage) -> list:
    """The easy-read body, followed by the full body's quizzes it does not place itself.

    The quizzes are how a module is completed: an easy-read reader takes them too.
    """
    placed = {
        block.value["quiz"].pk
        for block in module.easy_read_body
        if block.block_type == "quiz" and block.value["quiz"]
    }
    quizzes = [
        block
        for block in module.body
        if block.block_type == "quiz"
        and block.value["quiz"]
        and block.value["quiz"].pk not in placed
    ]
    return [*module.easy_read_body, *quizzes]


def module_body(*, module: ModulePage, easy_read: bool) -> list:
    """The blocks the reader is shown: the full body, or the easy-read one with its quizzes."""
    return _easy_read_with_quizzes(module) if easy_read else list(module.body)


def module_surroundings(*, module: ModulePage, country: str, organisations=()) -> dict:
    """What a module page shows around its body that is the same for every reader."""
    course = module.get_parent().specific_deferred
    siblings = list(
        ModulePage.objects.child_of(course).live().only("id", "title", "url_path", "path")
    )
    position = next((i for i, page in enumerate(siblings) if page.pk == module.pk), 0)
    return {
        "course": course,
        "catalogue": course.get_parent(),
        "module_number": position + 1,
        "module_count": len(siblings),
        "previous_module": siblings[position - 1] if position > 0 else None,
        "next_module": siblings[position + 1] if position + 1 < len(siblings) else None,
        "help_directory": help_directory_for_country(country=country, organisations=organisations),
        "glossary_terms": glossary_terms_in_module(module=module),
        "glossary_page": GlossaryPage.objects.live().filter(locale_id=module.locale_id).first(),
    }


# Progress -------------------------------------------------------------------------


def _live_modules(courses: list) -> tuple:
    """The live modules of these courses, in order, and each course's id by its path."""
    query = Q()
    for course in courses:
        query |= Q(path__startswith=course.path, depth=course.depth + 1)
    by_path = {course.path: course.pk for course in courses}
    return ModulePage.objects.live().filter(query).order_by("path"), by_path


def modules_of_courses(courses, *, with_body: bool = False) -> dict[int, list[ModulePage]]:
    """Live modules of each course, in order, in one query.

    Without their bodies unless asked (with_body: quiz_ids() reads them): reports list
    every module of a course, and reading each body cost more than the rest.
    """
    courses = list(courses)
    if not courses:
        return {}
    modules, by_path = _live_modules(courses)
    modules = modules.select_related("locale")
    if not with_body:
        modules = modules.defer("body", "easy_read_body", "search_description", "seo_title")
    grouped: dict[int, list[ModulePage]] = {course.pk: [] for course in courses}
    for module in modules:
        grouped[by_path[module.path[: -ModulePage.steplen]]].append(module)
    return grouped


@dataclass(frozen=True)
class ModuleSummary:
    """What a list of modules shows of each: no page object, no body."""

    pk: int
    title: str
    slug: str
    required: bool


def module_summaries(courses) -> dict[int, list[ModuleSummary]]:
    """Live modules of each course, in order, as summaries, in one query.

    A learner's dashboard lists every module of every course they are in; building a
    page object for each cost it more than everything else together.
    """
    courses = list(courses)
    if not courses:
        return {}
    modules, by_path = _live_modules(courses)
    rows = modules.values_list("path", "pk", "title", "slug", "required")
    grouped: dict[int, list[ModuleSummary]] = {course.pk: [] for course in courses}
    for path, *fields in rows:
        grouped[by_path[path[: -ModulePage.steplen]]].append(ModuleSummary(*fields))
    return grouped


@dataclass
class CourseProgress:
    course: CoursePage
    enrolment: Enrolment | None
    modules: list[ModuleSummary]
    completed_ids: set[int]
    started_ids: set[int]

    @property
    def required(self) -> list[ModuleSummary]:
        return [module for module in self.modules if module.required]

    def course_url(self, request=None) -> str:
        """The course's address in the reader's language (worked out once: a dashboard
        links each course and its next module)."""
        if not hasattr(self, "_course_url"):
            self._course_url = self.course.get_url(request)
        return self._course_url

    def module_url(self, module: ModuleSummary, request=None) -> str:
        """A module's address: its course's, then its slug."""
        return f"{self.course_url(request)}{module.slug}/"

    @property
    def percent(self) -> int:
        if self.enrolment is not None and self.enrolment.completed_at:
            return 100
        required = self.required
        if not required:
            return 0
        done = sum(1 for module in required if module.pk in self.completed_ids)
        return round(100 * done / len(required))

    @property
    def next_module(self) -> ModuleSummary | None:
        return next((m for m in self.modules if m.pk not in self.completed_ids), None)

    @property
    def is_complete(self) -> bool:
        return self.enrolment is not None and self.enrolment.completed_at is not None

    def state(self, module: ModuleSummary) -> str:
        if module.pk in self.completed_ids:
            return "completed"
        if module.pk in self.started_ids:
            return "started"
        return "not_started"


def course_progress(*, user, course: CoursePage) -> CourseProgress:
    """One learner's state in one course (three queries)."""
    enrolment = (
        Enrolment.objects.filter(user=user, course=course).first()
        if (user.is_authenticated)
        else None
    )
    modules = module_summaries([course])[course.pk]
    module_ids = [module.pk for module in modules]
    rows = ModuleProgress.objects.filter(user=user, module_id__in=module_ids) if enrolment else []
    return CourseProgress(
        course=course,
        enrolment=enrolment,
        modules=modules,
        completed_ids={row.module_id for row in rows if row.completed_at},
        started_ids={row.module_id for row in rows},
    )


@dataclass
class Dashboard:
    in_progress: list[CourseProgress]
    completed: list[CourseProgress]
    quiz_results: list[dict]
    gains: dict[int, object]


def learner_dashboard(*, user) -> Dashboard:
    """Everything on a learner's "My learning" page, in a fixed number of queries."""
    from quizzes.models import Quiz
    from quizzes.selectors import attempts_for, knowledge_gain, summarise

    enrolments = list(
        Enrolment.objects.filter(visible_courses(user=user, field="course__"), user=user)
        .select_related("course", "course__locale")
        .order_by("-enrolled_at")
    )
    courses = [enrolment.course for enrolment in enrolments]
    modules = module_summaries(courses)
    module_ids = [module.pk for group in modules.values() for module in group]
    rows = ModuleProgress.objects.filter(user=user, module_id__in=module_ids)
    completed = {row.module_id for row in rows if row.completed_at}
    started = {row.module_id for row in rows}
    progress = [
        CourseProgress(
            course=e.course,
            enrolment=e,
            modules=modules.get(e.course_id, []),
            completed_ids=completed,
            started_ids=started,
        )
        for e in enrolments
    ]

    attempts = attempts_for(user_ids=[user.pk])
    course_of_module = {m.pk: course_id for course_id, group in modules.items() for m in group}
    titles = dict(
        Quiz.objects.filter(pk__in={a.quiz_id for a in attempts}).values_list("pk", "title")
    )
    results = [
        {**summary, "title": titles.get(quiz_id, "")}
        for (_user_id, quiz_id), summary in summarise(attempts).items()
    ]
    by_course: dict[int, list] = {}
    for attempt in attempts:
        course_id = course_of_module.get(attempt.context_id)
        if course_id is not None:
            by_course.setdefault(course_id, []).append(attempt)
    gains = {course_id: knowledge_gain(items) for course_id, items in by_course.items()}
    return Dashboard(
        in_progress=[p for p in progress if not p.is_complete],
        completed=[p for p in progress if p.is_complete],
        quiz_results=results,
        gains={k: v for k, v in gains.items() if v is not None},
    )


def course_report(*, course: CoursePage, user_ids: list[int]) -> dict:
    """What a class or group report needs for these learners in one course.

    Constant number of queries whatever the number of learners: modules, enrolments,
    progress rows and quiz attempts are each fetched once.
    """
    from quizzes.selectors import results_by_user_and_quiz

    modules = modules_of_courses([course], with_body=True)[course.pk]
    module_ids = [module.pk for module in modules]
    enrolments = {
        e.user_id: e for e in Enrolment.objects.filter(course=course, user_id__in=user_ids)
    }
    completed: dict[int, set[int]] = {user_id: set() for user_id in user_ids}
    last_seen: dict[int, object] = {}
    for row in ModuleProgress.objects.filter(user_id__in=user_ids, module_id__in=module_ids):
        if row.completed_at:
            completed[row.user_id].add(row.module_id)
        if row.user_id not in last_seen or row.last_seen_at > last_seen[row.user_id]:
            last_seen[row.user_id] = row.last_seen_at
    quiz_ids = sorted({quiz_id for module in modules for quiz_id in module.quiz_ids()})
    results = results_by_user_and_quiz(user_ids=user_ids, quiz_ids=quiz_ids)
    required = [module for module in modules if module.required]
    learners = {}
    for user_id in user_ids:
        enrolment = enrolments.get(user_id)
        done = completed[user_id]
        learners[user_id] = {
            "enrolled": enrolment is not None,
            "completed_at": enrolment.completed_at if enrolment else None,
            "modules_completed": [m.pk for m in modules if m.pk in done],
            "percent": 100
            if enrolment and enrolment.completed_at
            else (
                round(100 * sum(m.pk in done for m in required) / len(required)) if required else 0
            ),
            "last_seen": last_seen.get(user_id),
            "quizzes": {quiz_id: results.get((user_id, quiz_id)) for quiz_id in quiz_ids},
        }
    return {"modules": modules, "quiz_ids": quiz_ids, "learners": learners}


def evaluation_given(*, user, course_id: int) -> bool:
    """Whether the learner answered the course's end-of-course evaluation."""
    return EvaluationGiven.objects.filter(user=user, course_id=course_id).exists()
