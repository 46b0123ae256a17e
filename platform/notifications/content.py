"""What each message says, loaded for a whole batch in a fixed number of queries."""

import datetime
from collections import defaultdict

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from certificates.models import Certificate
from certificates.pdf import verification_url
from classrooms.models import ClassSession, ClassTeacher
from courses.models import CoursePage, Enrolment, ModuleProgress
from mentoring.models import MentorGroup, MentoringSession, PeerMentor

from .messages import absolute
from .models import Kind


def _in(language: str, message: str, **values) -> str:
    """A notice's text in its reader's language (the literals are marked below)."""
    with translation.override(language):
        text = _(message)
    return text % values if values else text


# Marked for makemessages; translated when the notice is made, in _in().
NOTICES = (
    gettext_noop("Pick up where you left off in %(course)s."),
    gettext_noop("Class session soon: %(module)s"),
    gettext_noop("Your weekly update on your peer groups is here."),
    gettext_noop("Your weekly update on the mentors you coach is here."),
    gettext_noop("Your certificate is ready: %(title)s"),
    gettext_noop("Your peer mentor certificate is ready."),
)


def _ids(rows, prefix):
    return {int(row.subject.split(":", 1)[1]) for row in rows if row.subject.startswith(prefix)}


def _in_language(path_name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return absolute(reverse(path_name, kwargs=kwargs))


def load_contexts(rows, *, now=None) -> dict[int, dict]:
    """{notification id: template context}; a row whose subject is gone gets none."""
    by_kind = defaultdict(list)
    for row in rows:
        by_kind[row.kind].append(row)
    contexts: dict[int, dict] = {}
    loaders = {
        Kind.INACTIVE_LEARNER: _inactive,
        Kind.UPCOMING_SESSION: _sessions,
        Kind.MENTOR_DIGEST: _digests,
        Kind.CERTIFICATE_READY: _certificates,
    }
    now = now or timezone.now()
    for kind, kind_rows in by_kind.items():
        contexts.update(loaders[kind](kind_rows, now))
    return contexts


def _inactive(rows, now):
    courses = {c.pk: c for c in CoursePage.objects.live().filter(pk__in=_ids(rows, "course:"))}
    # Still due when it goes out (quiet hours may have held it back): unfinished, and no
    # activity since the reminder was queued.
    unfinished = {
        (user_id, course_id): last_active
        for user_id, course_id, last_active in Enrolment.objects.filter(
            user_id__in={row.user_id for row in rows},
            course_id__in=courses,
            completed_at__isnull=True,
        ).values_list("user_id", "course_id", "last_active_at")
    }
    # The course in each learner's language, where it has been translated: one query.
    translations = {
        (c.translation_key, c.locale.language_code): c
        for c in CoursePage.objects.live()
        .filter(translation_key__in=[c.translation_key for c in courses.values()])
        .select_related("locale")
    }
    contexts = {}
    for row in rows:
        course = courses.get(int(row.subject.split(":", 1)[1]))
        if course is None:
            continue
        last_active = unfinished.get((row.user_id, course.pk))
        if last_active is None or last_active > row.created_at:
            continue
        language = row.user.profile.language
        shown = translations.get((course.translation_key, language), course)
        contexts[row.pk] = {
            "course_title": shown.title,
            "url": absolute(shown.url or "/"),
            "notice": _in(
                language, "Pick up where you left off in %(course)s.", course=shown.title
            ),
        }
    return contexts


def _sessions(rows, now):
    sessions = {
        s.pk: s
        for s in ClassSession.objects.filter(pk__in=_ids(rows, "session:")).select_related(
            "classroom__organisation", "module"
        )
    }
    teachers = set(
        ClassTeacher.objects.filter(
            classroom_id__in={s.classroom_id for s in sessions.values()}
        ).values_list("classroom_id", "teacher_id")
    )
    contexts = {}
    for row in rows:
        session = sessions.get(int(row.subject.split(":", 1)[1]))
        if (
            session is None
            or session.state != ClassSession.State.SCHEDULED
            or session.scheduled_at <= now
        ):
            continue
        contexts[row.pk] = {
            "session": session,
            "organisation": session.classroom.organisation,
            "class_name": session.classroom.name,
            "module_title": session.module.title,
            "is_teacher": (session.classroom_id, row.user_id) in teachers,
            # A reminder held back by quiet hours past this moment is no use any more.
            "expires_at": session.scheduled_at,
            "url": _in_language(
                "classrooms_detail",
                row.user.profile.language,
                classroom_id=session.classroom_id,
            ),
            "notice": _in(
                row.user.profile.language,
                "Class session soon: %(module)s",
                module=session.module.title,
            ),
        }
    return contexts


def _digests(rows, now):
    week_start = now - datetime.timedelta(days=7)
    user_ids = {row.user_id for row in rows}
    groups = defaultdict(list)
    for group in MentorGroup.objects.filter(mentor_id__in=user_ids).annotate(
        peers=Count("memberships", filter=Q(memberships__ended_at__isnull=True))
    ):
        groups[group.mentor_id].append(group)
    done_by_group = dict(
        ModuleProgress.objects.filter(
            completed_at__gte=week_start,
            user__peer_memberships__group__mentor_id__in=user_ids,
            user__peer_memberships__ended_at__isnull=True,
        )
        .values_list("user__peer_memberships__group")
        .annotate(n=Count("pk", distinct=True))
    )
    coached = defaultdict(lambda: {"mentors": 0, "requests": 0})
    for coach_id, status, n in (
        PeerMentor.objects.filter(coach_id__in=user_ids)
        .values_list("coach_id", "status")
        .annotate(n=Count("pk"))
    ):
        coached[coach_id]["mentors"] += n if status == PeerMentor.Status.APPROVED else 0
        coached[coach_id]["requests"] += n if status == PeerMentor.Status.REQUESTED else 0
    sessions = dict(
        MentoringSession.objects.filter(group__coach_id__in=user_ids, created_at__gte=week_start)
        .values_list("group__coach_id")
        .annotate(n=Count("pk"))
    )
    contexts = {}
    for row in rows:
        language = row.user.profile.language
        if row.subject == "mentor":
            mine = [
                {"name": g.name, "peers": g.peers, "modules_done": done_by_group.get(g.pk, 0)}
                for g in groups.get(row.user_id, [])
            ]
            if not mine:
                continue
            contexts[row.pk] = {
                "role": "mentor",
                "groups": mine,
                "url": _in_language("mentoring_home", language),
                "notice": _in(language, "Your weekly update on your peer groups is here."),
            }
        elif row.subject == "coach":
            numbers = coached.get(row.user_id)
            if numbers is None:
                continue
            contexts[row.pk] = {
                "role": "coach",
                **numbers,
                "sessions": sessions.get(row.user_id, 0),
                "url": _in_language("mentoring_coach", language),
                "notice": _in(language, "Your weekly update on the mentors you coach is here."),
            }
    return contexts


def _certificates(rows, now):
    certificates = {
        c.pk: c
        for c in Certificate.objects.filter(pk__in=_ids(rows, "certificate:")).select_related(
            "organisation"
        )
    }
    contexts = {}
    for row in rows:
        certificate = certificates.get(int(row.subject.split(":", 1)[1]))
        if certificate is None or certificate.is_revoked:
            continue
        contexts[row.pk] = {
            "certificate": certificate,
            "organisation": certificate.organisation,
            "verify_url": verification_url(certificate),
            "url": _in_language("courses_dashboard", row.user.profile.language),
            # A mentor has two certificates from one course: the notices must differ.
            "notice": (
                _in(row.user.profile.language, "Your peer mentor certificate is ready.")
                if certificate.kind == Certificate.Kind.MENTOR
                else _in(
                    row.user.profile.language,
                    "Your certificate is ready: %(title)s",
                    title=certificate.course_title,
                )
            ),
        }
    return contexts
