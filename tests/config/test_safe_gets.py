"""No GET writes: every page of the URL map, for every demo role and a visitor.

Prefetchers, crawlers, link previews and a double click all send GETs, so a GET must
change nothing. Each address of the platform's own URL map (and the page tree's pages,
and allauth's) is opened by each demo account with the ids of real demo objects, and
PostgreSQL's per-transaction counters (pg_stat_xact_user_tables) must show no row
inserted, updated or deleted. The counters see every table, so a write anywhere shows,
not only in the tables a test thought of.

One write is by design: opening a safeguarding concern (or its audit trail) adds one
entry to the concern's audit trail, because who read a concern about a child must be
on record, and a concern nobody opened is escalated (safeguarding/services.py). The
test allows exactly that row on exactly those two pages. The other is the API's call
log: every call to /api/v1/, answered or refused, is one row (api/views.py), so that an
organisation sees what its tokens did.

Left out: the Wagtail admin and the Django admin (third-party views for staff; Wagtail
creates an editor's profile row on the first visit) and Django's session table (a
signed-in request may refresh its own session).
"""

import re
from http import HTTPStatus

import pytest
from django.db import connection
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from accounts.models import Organisation, User
from classrooms.models import ClassMembership
from courses.models import CourseIndexPage, GlossaryPage, HomePage, ModulePage
from courses.services import course_enrol
from mentoring.models import PeerMentor
from notifications.messages import unsubscribe_token
from privacy.consent import link_token, manage_token
from privacy.models import ParentalConsent
from quizzes.models import Quiz
from quizzes.services import attempt_record
from safeguarding.contexts import contexts_for
from safeguarding.services import concern_raise
from tests.accounts.test_capability_matrix import (
    ANONYMOUS,
    ORGANISATION,
    ROLES,
    USERNAMES,
    demo_world,
)
from tests.certificates.factories import issued_certificate
from tests.worlds import building, module_transaction

pytestmark = pytest.mark.django_db

THIRD_PARTY_ADMIN = ("admin/", "django-admin/")
# Our own pages inside Wagtail's admin: tried like every other address.
OUR_ADMIN_PAGES = {"courses_import", "safeguarding_help_directory_import"}
NOT_COUNTED = {"django_session"}
# The access log of a concern: one row per look, on these pages only.
ACCESS_LOG = ({"safeguarding_concernauditentry": 1}, re.compile(r"^/en/help/concerns/\d+/"))
# The API's call log: one row per call.
API_LOG = ({"api_apicall": 1}, re.compile(r"^/api/v1/"))


def _patterns(resolver=None, prefix=""):
    """(route, name) of every view in the URL map, nested includes flattened."""
    for pattern in (resolver or get_resolver()).url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from _patterns(pattern, route)
        elif isinstance(pattern, URLPattern):
            yield route, pattern.name


@pytest.fixture(scope="module")
def objects(seeded_demo, django_db_blocker):
    """The demo's objects, and one of each kind that `seed_demo` does not make."""
    with module_transaction(django_db_blocker):
        with building(django_db_blocker):
            world = demo_world()
            users, classroom, group = world.users, world.classroom, world.group
            module, session = world.module, world.live
            quiz_module = next(m for m in ModulePage.objects.live().specific() if m.quiz_ids())
            quiz = Quiz.objects.get(pk=quiz_module.quiz_ids()[0])
            # Enrolled, so that the module page would record the visit and the quiz opens.
            course_enrol(user=users["parent"], course=quiz_module.get_parent().specific)
            attempt = attempt_record(
                user=users["parent"], quiz=quiz, answers={}, kind=quiz.kind, context_id=module.pk
            )
            certificate = issued_certificate(user=users["parent"])
            context = next(
                c for c in contexts_for(user=users["mentor"]) if c.key.startswith("group:")
            )
            concern = concern_raise(
                reporter=users["mentor"], context=context, description="Worrying.", urgency="soon"
            )
            consent = ParentalConsent.objects.first()
            values = {
                "classroom_id": classroom.pk,
                "session_id": session.pk,
                "pupil_id": users["pupil"].pk,
                "membership_id": ClassMembership.objects.get(pupil=users["pupil"]).pk,
                "group_id": group.pk,
                "mentor_id": PeerMentor.objects.get(user=users["mentor"]).pk,
                "module_id": quiz_module.pk,
                "quiz_id": quiz.pk,
                "course_id": module.get_parent().pk,
                "attempt_id": attempt.pk,
                "concern_id": concern.pk,
                "slug": Organisation.objects.get(slug=ORGANISATION).slug,
                "user_id": users["parent"].pk,
                "block_id": "first",
                "action": "approve",
                "request_id": 999999,
                "notice_id": 999999,
            }
            tokens = {
                "notifications_unsubscribe": unsubscribe_token(
                    user_id=users["parent"].pk, kind="inactive"
                ),
                "privacy_consent": link_token(consent),
                "privacy_consent_manage": manage_token(consent),
                "privacy_consent_manage_delete": manage_token(consent),
            }
            codes = {"code": certificate.code}
            pages = [
                page.url
                for page in (
                    HomePage.objects.live().filter(locale__language_code="en").first(),
                    CourseIndexPage.objects.live().filter(locale__language_code="en").first(),
                    module.get_parent(),
                    module,
                    quiz_module,
                    GlossaryPage.objects.live().filter(locale__language_code="en").first(),
                )
                if page is not None
            ]
        yield {"values": values | codes, "tokens": tokens, "pages": pages}


def _addresses(objects) -> list[str]:
    """Every GET address to try: the URL map with its parameters filled, and pages."""
    addresses = []
    for route, name in _patterns():
        if route.startswith(THIRD_PARTY_ADMIN) and name not in OUR_ADMIN_PAGES:
            continue
        if route.startswith("^"):
            continue  # the page tree's catch-all: its pages are added below
        if "<" in route and name is None:
            continue

        def fill(match, name=name):
            key = match.group(2)
            if key == "token":
                return objects["tokens"].get(name, "no-such-token")
            return str(objects["values"].get(key, 999999))

        address = "/" + re.sub(r"<(?:(\w+):)?(\w+)>", fill, route)
        if "(" not in address and "$" not in address:
            addresses.append(address)
    return sorted(set(addresses)) + objects["pages"]


def _writes() -> dict[str, int]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_xact_user_tables"
        )
        return {table: count for table, count in cursor.fetchall() if table not in NOT_COUNTED}


@pytest.mark.parametrize("role", ROLES)
def test_no_get_writes_a_row(objects, role):
    if connection.vendor != "postgresql":
        pytest.skip("counts writes with PostgreSQL's statistics")
    client = Client()
    if role != ANONYMOUS:
        client.force_login(User.objects.get(username=USERNAMES[role]))
    addresses = _addresses(objects)
    assert len(addresses) > 90, "the URL map was not read"

    wrote, errors = {}, []
    after = _writes()
    for address in addresses:
        before = after  # nothing runs between one GET's counts and the next GET
        status = client.get(address).status_code
        after = _writes()
        changed = {t: after[t] - before.get(t, 0) for t in after if after[t] != before.get(t, 0)}
        logs = (ACCESS_LOG, API_LOG)
        if changed and not any(changed == rows and pages.match(address) for rows, pages in logs):
            wrote[address] = changed
        if status >= HTTPStatus.INTERNAL_SERVER_ERROR:
            errors.append(f"{address}: {status}")

    assert not wrote, f"{role}: GETs that wrote rows: {wrote}"
    assert not errors, errors
