"""What a module page shows: the parts every reader shares, and the learner's own.

Shared, rendered once and cached: the breadcrumb, the heading, the body's blocks, the
glossary aside, the help directory of the reader's country and the module navigation.
They are rendered without a request, so they have no user, session or CSRF token to
show. The learner's own (quiz results, reflections, progress, and every form with a
CSRF token) is read in one query and rendered by the page template, per request: the
blocks that show it are left in the shared body as holes.
"""

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from types import SimpleNamespace

from django.db import connection
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.models import Page

from accounts.models import Membership, Organisation, Profile, User
from quizzes.models import Attempt
from quizzes.selectors import summarise
from safeguarding.selectors import country_for_request

from ..models import Enrolment, ModulePage, ModuleProgress, Reflection
from ..selectors import EASY_READ_COOKIE, help_organisations, module_body, module_surroundings
from .caching import fragment

# A learner's visit to a module is recorded at most this often (courses_module_seen).
OPENING_RECORDED_EVERY = timedelta(minutes=5)


@dataclass
class BodyPart:
    """One block of the body: its shared HTML, or the template that shows the learner's part."""

    block_type: str
    id: str
    html: str = ""
    template: str = ""
    value: dict = field(default_factory=dict)


@dataclass
class ModuleShared:
    course_id: int
    course_title: str
    breadcrumb: str
    heading: str
    body: list[BodyPart]
    aside: str


def module_shared(
    *, request, module: ModulePage, easy_read: bool, country: str, organisations=()
) -> ModuleShared:
    """The shared parts, cached per live revision, language, variant, country and the
    organisations whose own help services the reader sees (courses.selectors.
    help_organisations: none for most).

    A preview shows a draft under the live revision's id, so it is never cached.
    """

    def render():
        return _render(
            request=request,
            module=module,
            easy_read=easy_read,
            country=country,
            organisations=organisations,
        )

    if getattr(request, "is_preview", False) or module.live_revision_id is None:
        return render()
    return fragment(
        request,
        "module",
        (
            module.pk,
            module.live_revision_id,
            int(easy_read),
            country or "-",
            ",".join(map(str, organisations)) or "-",
        ),
        render,
    )


def _body_part(block, help_directory) -> BodyPart | None:
    # Quizzes and reflections show the learner's own results and words: holes, with
    # what their templates need besides the learner's state.
    if block.block_type == "quiz":
        quiz = block.value["quiz"]
        if quiz is None:  # the quiz was deleted: nothing to take
            return None
        value = {
            "quiz": {
                "pk": quiz.pk,
                "title": quiz.title,
                "intro": quiz.intro,
                "kind": quiz.kind,
                "shows_score": quiz.shows_score,
            }
        }
        return BodyPart("quiz", block.id, template=block.block.meta.template, value=value)
    if block.block_type == "reflection":
        value = {"prompt": block.value["prompt"]}
        return BodyPart("reflection", block.id, template=block.block.meta.template, value=value)
    html = block.render({"help_directory": help_directory})
    return BodyPart(block.block_type, block.id, html=html)


def _render(
    *, request, module: ModulePage, easy_read: bool, country: str, organisations
) -> ModuleShared:
    around = module_surroundings(module=module, country=country, organisations=organisations)
    course = around["course"]
    body = module_body(module=module, easy_read=easy_read)
    directory = around["help_directory"]
    parts = [_body_part(block, directory) for block in body]

    def url(page):
        return page.get_url(request) if page is not None else None

    context = {
        "module_title": module.title,
        "estimated_minutes": module.estimated_minutes,
        "course_title": course.title,
        "course_url": url(course),
        "catalogue_url": url(around["catalogue"]),
        "module_number": around["module_number"],
        "module_count": around["module_count"],
        "previous_module": around["previous_module"],
        "previous_url": url(around["previous_module"]),
        "next_module": around["next_module"],
        "next_url": url(around["next_module"]),
        "glossary_terms": around["glossary_terms"],
        "glossary_url": url(around["glossary_page"]),
        "help_directory": directory,
        "body_has_help_services": any(block.block_type == "help_services" for block in body),
    }
    return ModuleShared(
        course_id=course.pk,
        course_title=course.title,
        breadcrumb=render_to_string("courses/includes/module_breadcrumb.html", context),
        heading=render_to_string("courses/includes/module_heading.html", context),
        body=[part for part in parts if part is not None],
        aside=render_to_string("courses/includes/module_aside.html", context),
    )


@dataclass(frozen=True)
class LearnerInModule:
    """One learner's own state in one module."""

    course_id: int | None
    enrolled: bool
    # Whether both the enrolment's activity and this module's last visit were recorded
    # after the moment asked about.
    recorded_since: bool
    completed: bool
    reflections: dict[str, str]
    quiz_results: dict[int, dict]
    # Whether the module is still live at the address it was routed to (courses.delivery.routing).
    module_live: bool = True
    # The learner's (first) organisation's country, for the help directory: "" if none.
    organisation_country: str = ""


def _learner_sql(vendor: str, quiz_count: int) -> str:
    """One row: the profile, the enrolment and progress, reflections and attempts as JSON."""
    json_list, json_object = (
        ("JSON_GROUP_ARRAY", "JSON_OBJECT")
        if vendor == "sqlite"
        else ("JSONB_AGG", "JSONB_BUILD_OBJECT")
    )
    profile = ", ".join(f"p.{field.column}" for field in Profile._meta.concrete_fields)
    quizzes = ", ".join(f"%(quiz{n})s" for n in range(quiz_count)) or "NULL"
    # Table and column names come from the models, never from a request.
    return f"""
        SELECT {profile},
            course.id AS learner_course_id,
            enrolment.id IS NOT NULL AS learner_enrolled,
            enrolment.last_active_at > %(since)s AND progress.last_seen_at > %(since)s
                AS learner_recorded_since,
            progress.completed_at IS NOT NULL AS learner_completed,
            (SELECT COUNT(*) FROM {Page._meta.db_table} m
                WHERE m.id = %(module)s AND m.live AND m.url_path = %(url_path)s)
                AS learner_module_live,
            (SELECT o.country FROM {Membership._meta.db_table} ms
                JOIN {Organisation._meta.db_table} o ON o.id = ms.organisation_id
                WHERE ms.user_id = u.id AND o.country <> ''
                ORDER BY ms.id LIMIT 1) AS learner_organisation_country,
            (SELECT {json_list}({json_object}('block', r.block_id, 'text', r.text))
                FROM {Reflection._meta.db_table} r
                WHERE r.user_id = u.id AND r.module_id = %(module)s) AS learner_reflections,
            (SELECT {json_list}({json_object}(
                    'quiz', a.quiz_id, 'number', a.number, 'kind', a.kind,
                    'score', a.score, 'passed', a.passed))
                FROM {Attempt._meta.db_table} a
                WHERE a.user_id = u.id AND a.status = %(submitted)s
                    AND a.quiz_id IN ({quizzes})) AS learner_attempts
        FROM {User._meta.db_table} u
        LEFT JOIN {Profile._meta.db_table} p ON p.user_id = u.id
        LEFT JOIN {Page._meta.db_table} course ON course.path = %(course_path)s
        LEFT JOIN {Enrolment._meta.db_table} enrolment
            ON enrolment.user_id = u.id AND enrolment.course_id = course.id
        LEFT JOIN {ModuleProgress._meta.db_table} progress
            ON progress.user_id = u.id AND progress.module_id = %(module)s
        WHERE u.id = %(user)s
    """  # noqa: S608


def _json(value) -> list:
    if value is None:
        return []
    return json.loads(value) if isinstance(value, str) else value


def learner_in_module(*, user, module: ModulePage, since: datetime) -> LearnerInModule:
    """The learner's enrolment, progress, reflections and quiz results here, in one query.

    Their profile comes with it and stays on the user object, so that the header and the
    help directory need no query of their own. `since`: the moment after which a
    recorded opening counts as recent (see module_open).
    """
    # Written out: the ORM took ten times longer to build this query than the
    # database takes to answer it, on the platform's most visited page.
    quiz_ids = module.quiz_ids()
    params = {
        "user": user.pk,
        "module": module.pk,
        "course_path": module.path[: -ModulePage.steplen],
        "url_path": module.url_path,
        "since": connection.ops.adapt_datetimefield_value(since),
        "submitted": Attempt.Status.SUBMITTED,
    }
    params.update({f"quiz{n}": quiz_id for n, quiz_id in enumerate(quiz_ids)})
    (row,) = Profile.objects.raw(_learner_sql(connection.vendor, len(quiz_ids)), params)
    if row.pk is not None:
        user.profile = row
    # summarise() reads attempts; these stand-ins carry what it reads, in attempt order.
    attempts = sorted(_json(row.learner_attempts), key=lambda a: (a["quiz"], a["number"]))
    results = summarise(
        SimpleNamespace(
            user_id=user.pk,
            quiz_id=a["quiz"],
            kind=a["kind"],
            score=Decimal(str(a["score"] or 0)),
            passed=a["passed"],
        )
        for a in attempts
    )
    return LearnerInModule(
        course_id=row.learner_course_id,
        enrolled=bool(row.learner_enrolled),
        recorded_since=bool(row.learner_recorded_since),
        completed=bool(row.learner_completed),
        reflections={r["block"]: r["text"] for r in _json(row.learner_reflections)},
        quiz_results={quiz_id: result for (_user, quiz_id), result in results.items()},
        module_live=bool(row.learner_module_live),
        organisation_country=row.learner_organisation_country or "",
    )


def module_context(
    *, request: HttpRequest, module: ModulePage, learner: LearnerInModule | None = None
) -> dict:
    """Everything a module page shows: the shared parts (cached) and the learner's own."""
    user = request.user
    if learner is None and user.is_authenticated:
        learner = learner_in_module(user=user, module=module, since=timezone.now())
    easy_read = module.has_easy_read and request.COOKIES.get(EASY_READ_COOKIE) == "1"
    return {
        "shared": module_shared(
            request=request,
            module=module,
            easy_read=easy_read,
            country=country_for_request(
                request, organisation_country=learner.organisation_country if learner else None
            ),
            organisations=help_organisations(request),
        ),
        "easy_read": easy_read,
        "enrolled": learner is not None and learner.enrolled,
        "module_completed": learner is not None and learner.completed,
        "quiz_results": learner.quiz_results if learner else {},
        "reflections": learner.reflections if learner else {},
        # The page's script records the visit with a POST (courses_module_seen): at most
        # once every OPENING_RECORDED_EVERY, and never by the GET itself.
        "record_visit": learner is not None and learner.enrolled and not learner.recorded_since,
    }
