"""Who may do what, over HTTP, with the demo accounts of `manage.py seed_demo`.

The matrix below is the capability table (accounts/capabilities.py) as a visitor meets
it: every demo role and an anonymous visitor against every page and button that a
capability guards, GET and POST, with the database rows counted around each POST (that
no GET writes is checked for every address by tests/config/test_safe_gets.py).

The demo is seeded once for this module inside a transaction that is rolled back at
its end; each test runs in a savepoint inside it (pytest-django's `db`), so what one
test writes is gone before the next one starts.
"""

import datetime
import re
from dataclasses import dataclass, field
from http import HTTPStatus
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db.models import F, Func, Subquery
from django.test import Client
from django.utils import timezone

from accounts.capabilities import (
    ADULT_ROLES,
    ROLES_AN_ADMIN_GRANTS,
    Capability,
    capabilities_of,
    user_can,
)
from accounts.models import AgeBand, Membership, Organisation, Role, RoleChange, User
from accounts.services import organisation_add_member, profile_update, role_grant
from api.models import ApiToken, LearningRecordStore
from api.services import api_token_create
from classrooms.live_sessions import session_schedule, session_start
from classrooms.models import (
    ClassMembership,
    Classroom,
    ClassSession,
    ClassTeacher,
    SessionParticipant,
)
from courses.models import ModulePage
from mentoring.models import MentorGroup, MentoringSession, PeerMembership, PeerMentor
from safeguarding.models import Concern
from tests.worlds import building, module_transaction

pytestmark = pytest.mark.django_db

ORGANISATION = "demo-network"
SIGN_IN = "/en/accounts/login/"

# The demo accounts by the role they show (README, "Demo accounts"), and a visitor.
ANONYMOUS = "anonymous"
USERNAMES = {
    "parent": "demo-parent",
    "teacher": "demo-teacher",
    "mentor": "demo-mentor",
    "coach": "demo-coach",
    "lead": "demo-lead",
    "editor": "demo-editor",
    "pupil": "demo-pupil",
    "admin": "demo-admin",
}
SIGNED_IN = tuple(USERNAMES)
ROLES = (ANONYMOUS, *SIGNED_IN)

# Expected outcomes that are more than a status code.
LOGIN = "302 to sign in"
WAY_BACK = "403 with a link back"
CHANGED = "changed"

OK = HTTPStatus.OK
FOUND = HTTPStatus.FOUND
BAD_REQUEST = HTTPStatus.BAD_REQUEST
NOT_FOUND = HTTPStatus.NOT_FOUND
NOT_ALLOWED = HTTPStatus.METHOD_NOT_ALLOWED


# The demo, seeded once ------------------------------------------------------------


def demo_world() -> SimpleNamespace:
    """The demo's accounts by role, the teacher's class with a live session of its first
    module, and the mentor's group (shared with tests/config/test_safe_gets.py)."""
    users = {role: User.objects.get(username=name) for role, name in USERNAMES.items()}
    classroom = Classroom.objects.get(teacher_links__teacher=users["teacher"])
    module = ModulePage.objects.child_of(classroom.course).live().first()
    live = session_start(
        session=session_schedule(
            classroom=classroom,
            module=module,
            date=timezone.localdate(),
            time=datetime.time(9),
            time_zone="Europe/Amsterdam",
        )
    )
    group = MentorGroup.objects.get(mentor=users["mentor"])
    return SimpleNamespace(users=users, classroom=classroom, module=module, live=live, group=group)


@pytest.fixture(scope="module")
def demo(seeded_demo, django_db_blocker):
    """The demo accounts and content, and the ids the URLs of the matrix need."""
    with module_transaction(django_db_blocker):
        with building(django_db_blocker):
            world = demo_world()
            users, classroom, group = world.users, world.classroom, world.group
            class_module, live = world.module, world.live
            ids = {
                "organisation": Organisation.objects.get(slug=ORGANISATION).pk,
                "class_id": classroom.pk,
                "class_course": classroom.course_id,
                "class_module": class_module.pk,
                "live_session": live.pk,
                "pupil_in_class": ClassMembership.objects.get(
                    classroom=classroom, pupil=users["pupil"]
                ).pk,
                "group_id": group.pk,
                "group_course": group.course_id,
                "group_module": ModulePage.objects.child_of(group.course).live().first().pk,
                "peer_in_group": group.memberships.order_by("nickname").first().pk,
                "peer_mentor": PeerMentor.objects.get(user=users["mentor"]).pk,
                "api_token": api_token_create(
                    user=users["admin"],
                    organisation=Organisation.objects.get(slug=ORGANISATION),
                    name="Demo dashboard",
                    scopes=["read_reports"],
                    days=90,
                ).token.pk,
                "tomorrow": (timezone.localdate() + datetime.timedelta(days=1)).isoformat(),
                "yesterday": (timezone.localdate() - datetime.timedelta(days=1)).isoformat(),
                **{f"{role}_id": person.pk for role, person in users.items()},
            }
            for role in SIGNED_IN:
                client = client_for(role)
                _SESSIONS[role] = client.cookies[settings.SESSION_COOKIE_NAME].value
        yield ids
        _SESSIONS.clear()


def user(role: str) -> User:
    return User.objects.select_related("profile").get(username=USERNAMES[role])


# A signed-in session for each role, made once for the module (`demo`): what a test does
# to its session (signing out, a new password) is rolled back with the test's savepoint,
# and the cache in front of the sessions is emptied between tests.
_SESSIONS: dict[str, str] = {}


def client_for(role: str) -> Client:
    client = Client()
    if role in _SESSIONS:
        client.cookies[settings.SESSION_COOKIE_NAME] = _SESSIONS[role]
    elif role != ANONYMOUS:
        client.force_login(user(role))
    return client


def _count(queryset) -> Subquery:
    return Subquery(queryset.order_by().values(n=Func(F("pk"), function="COUNT")))


def snapshot(ids) -> dict:
    """Row counts, and the few fields the buttons change, of everything the matrix touches,
    in one query (it runs twice for each POST of the matrix)."""
    counted = {
        "User": User.objects.all(),
        "Membership": Membership.objects.all(),
        "RoleChange": RoleChange.objects.all(),
        "Classroom": Classroom.objects.all(),
        "ClassTeacher": ClassTeacher.objects.all(),
        "ClassMembership": ClassMembership.objects.all(),
        "ClassSession": ClassSession.objects.all(),
        "SessionParticipant": SessionParticipant.objects.all(),
        "MentorGroup": MentorGroup.objects.all(),
        "PeerMembership": PeerMembership.objects.all(),
        "MentoringSession": MentoringSession.objects.all(),
        "Concern": Concern.objects.all(),
        "ApiToken": ApiToken.objects.all(),
        "LearningRecordStore": LearningRecordStore.objects.all(),
        "revoked tokens": ApiToken.objects.filter(revoked_at__isnull=False),
        "active pupils": ClassMembership.objects.filter(ended_at__isnull=True),
        "active peers": PeerMembership.objects.filter(ended_at__isnull=True),
    }
    group = MentorGroup.objects.filter(pk=ids["group_id"])
    mentor = PeerMentor.objects.filter(pk=ids["peer_mentor"])
    fields = {
        "class join code": F("join_code"),
        "class open": F("join_open"),
        "class archived": F("archived_at"),
        "group join code": Subquery(group.values("join_code")),
        "mentor status": Subquery(mentor.values("status")),
        "organisation name": Subquery(
            Organisation.objects.filter(slug=ORGANISATION).values("name")
        ),
        **{name: _count(queryset) for name, queryset in counted.items()},
    }
    # Column aliases may not hold spaces: the query names them by position.
    row = Classroom.objects.filter(pk=ids["class_id"]).values(
        **{f"v{at}": value for at, value in enumerate(fields.values())}
    )
    got = row.get()
    return {name: got[f"v{at}"] for at, name in enumerate(fields)}


# The matrix -------------------------------------------------------------------------


@dataclass(frozen=True)
class Action:
    """One page or button: who gets what, and what an allowed POST writes.

    `allowed` gives the roles the capability lets in and what they get; every other
    signed-in role gets `others`, an anonymous visitor `anonymous`. A refused POST
    writes nothing at all; an allowed one writes exactly `writes` (row-count deltas, or
    CHANGED for a field).
    """

    name: str
    method: str
    url: str
    allowed: dict
    others: object = NOT_FOUND
    anonymous: object = LOGIN
    data: dict = field(default_factory=dict)
    writes: dict = field(default_factory=dict)

    def expected(self, role: str):
        if role == ANONYMOUS:
            return self.anonymous
        return self.allowed.get(role, self.others)


def everyone(status) -> dict:
    return dict.fromkeys(SIGNED_IN, status)


CLASS = "/en/classes/{class_id}"
GROUP = "/en/mentoring/groups/{group_id}"
MEMBERS = "/en/organisation/demo-network/members"

MATRIX = (
    # Classes: only a teacher creates and runs one; a pupil sees her own view of hers.
    Action("list of classes", "GET", "/en/classes/", everyone(OK)),
    Action("new class form", "GET", "/en/classes/new/", {"teacher": OK}),
    Action(
        "create a class",
        "POST",
        "/en/classes/new/",
        {"teacher": FOUND},
        data={
            "name": "Class 9C",
            "organisation": "{organisation}",
            "course": "{class_course}",
            "age_band": "12-14",
            "lawful_basis": "public_task",
            "lawful_basis_confirmed": "on",
        },
        writes={"Classroom": 1, "ClassTeacher": 1},
    ),
    Action("class page", "GET", CLASS + "/", {"teacher": OK, "pupil": OK}, anonymous=NOT_FOUND),
    Action("class progress CSV", "GET", CLASS + "/progress.csv", {"teacher": OK}),
    Action(
        "new join code",
        "POST",
        CLASS + "/rotate/",
        {"teacher": FOUND},
        writes={"class join code": CHANGED},
    ),
    Action("new join code by GET", "GET", CLASS + "/rotate/", everyone(NOT_ALLOWED)),
    Action(
        "close joining",
        "POST",
        CLASS + "/close/",
        {"teacher": FOUND},
        writes={"class open": CHANGED},
    ),
    Action(
        "archive the class",
        "POST",
        CLASS + "/archive/",
        {"teacher": OK},  # the first press asks for confirmation and changes nothing
    ),
    Action(
        "archive the class, confirmed",
        "POST",
        CLASS + "/archive/",
        {"teacher": FOUND},
        data={"confirm": "yes"},
        writes={"class archived": CHANGED, "class open": CHANGED},
    ),
    Action(
        "print pupil logins",
        "POST",
        CLASS + "/logins/",
        {"teacher": OK},
        data={"count": "2"},
        writes={"User": 2, "ClassMembership": 2, "active pupils": 2},
    ),
    Action(
        "schedule a session",
        "POST",
        CLASS + "/sessions/",
        {"teacher": FOUND},
        data={
            "module": "{class_module}",
            "date": "{tomorrow}",
            "time": "10:00",
            "time_zone": "Europe/Amsterdam",
        },
        writes={"ClassSession": 1},
    ),
    # A live session: its pupils follow it; saying "I am here" is the one write.
    Action(
        "follow the live session",
        "GET",
        CLASS + "/sessions/{live_session}/",
        {"pupil": OK},
        anonymous=NOT_FOUND,
    ),
    Action(
        "say I am here",
        "POST",
        CLASS + "/sessions/{live_session}/here/",
        {"pupil": FOUND},
        anonymous=NOT_FOUND,
        writes={"SessionParticipant": 1},
    ),
    Action(
        "say I am here by GET",
        "GET",
        CLASS + "/sessions/{live_session}/here/",
        everyone(NOT_ALLOWED),
        anonymous=NOT_ALLOWED,
    ),
    Action(
        "present the live session",
        "GET",
        CLASS + "/sessions/{live_session}/present/",
        {"teacher": OK},
    ),
    Action(
        "remove a pupil",
        "POST",
        CLASS + "/pupils/{pupil_in_class}/remove/",
        {"teacher": FOUND},
        writes={"active pupils": -1},
    ),
    Action(
        "leave the class", "POST", CLASS + "/leave/", {"pupil": FOUND}, writes={"active pupils": -1}
    ),
    # Peer groups: only an approved peer mentor creates and runs one; a coach oversees.
    Action("mentoring page", "GET", "/en/mentoring/", everyone(OK)),
    Action("new group by GET", "GET", "/en/mentoring/groups/new/", everyone(FOUND)),
    Action(
        "create a peer group",
        "POST",
        "/en/mentoring/groups/new/",
        {"mentor": FOUND},
        others=BAD_REQUEST,
        data={"name": "Thursday club", "course": "{group_course}"},
        writes={"MentorGroup": 1},
    ),
    Action("peer group page", "GET", GROUP + "/", {"mentor": OK}, anonymous=NOT_FOUND),
    Action(
        "new group code",
        "POST",
        GROUP + "/rotate/",
        {"mentor": FOUND},
        writes={"group join code": CHANGED},
    ),
    Action(
        "log a peer session",
        "POST",
        GROUP + "/sessions/",
        {"mentor": FOUND},
        data={"held_on": "{yesterday}", "module": "{group_module}", "attendance": "3"},
        writes={"MentoringSession": 1},
    ),
    Action(
        "remove a peer",
        "POST",
        GROUP + "/peers/{peer_in_group}/remove/",
        {"mentor": FOUND},
        writes={"active peers": -1},
    ),
    Action("coach page", "GET", "/en/mentoring/coach/", {"coach": OK}),
    Action(
        "coach's view of a group", "GET", "/en/mentoring/coach/groups/{group_id}/", {"coach": OK}
    ),
    Action(
        "suspend a mentor",
        "POST",
        "/en/mentoring/coach/mentors/{peer_mentor}/suspend/",
        {"coach": FOUND},
        data={"reason": "A break while we talk about last week."},
        # The peer-mentor role follows the coach's decision, in the audit log too.
        writes={"mentor status": CHANGED, "Membership": -1, "RoleChange": 1},
    ),
    # Concerns: anyone may raise one; only a coach and a safeguarding lead list them.
    Action("concern form", "GET", "/en/help/worried/", everyone(OK), anonymous=OK),
    Action(
        "concern list",
        "GET",
        "/en/help/concerns/",
        {"coach": OK, "lead": OK},
        # A lead following a mail's link while signed out signs in first.
        anonymous=LOGIN,
    ),
    Action(
        "concern list by POST",
        "POST",
        "/en/help/concerns/",
        everyone(NOT_ALLOWED),
        anonymous=NOT_ALLOWED,
    ),
    # The organisation page: only its admin, and only the admin's buttons change roles.
    Action("my organisations", "GET", "/en/organisation/", {"admin": FOUND}),
    # The impact report: the organisation's admin, never a POST.
    Action("my impact report", "GET", "/en/reports/", {"admin": FOUND}),
    Action("impact report", "GET", "/en/reports/demo-network/", {"admin": OK}),
    Action("impact report CSV", "GET", "/en/reports/demo-network/figures.csv", {"admin": OK}),
    Action(
        "impact report by POST",
        "POST",
        "/en/reports/demo-network/",
        everyone(NOT_ALLOWED),
        anonymous=NOT_ALLOWED,
    ),
    Action("organisation page", "GET", "/en/organisation/demo-network/", {"admin": OK}),
    # The network's report: its network admins (the demo admin is one).
    Action("network report", "GET", "/en/network/", {"admin": OK}),
    Action("network report CSV", "GET", "/en/network/figures.csv", {"admin": OK}),
    Action(
        "network report by POST",
        "POST",
        "/en/network/",
        everyone(NOT_ALLOWED),
        anonymous=NOT_ALLOWED,
    ),
    # Its name, logo and colour: the organisation's admin only.
    Action(
        "organisation settings", "GET", "/en/organisation/demo-network/settings/", {"admin": OK}
    ),
    Action(
        "rename the organisation",
        "POST",
        "/en/organisation/demo-network/settings/",
        {"admin": FOUND},
        data={"name": "Renamed network", "country": "NL", "brand_colour": "#14507a"},
        writes={"organisation name": CHANGED},
    ),
    Action(
        "send learning records to a store",
        "POST",
        "/en/organisation/demo-network/api/learning-records/",
        {"admin": FOUND},
        data={"endpoint": "https://93.184.216.34/xapi/", "key": "k", "secret": "s"},
        writes={"LearningRecordStore": 1},
    ),
    # API tokens: created and revoked by the organisation's admin only.
    Action("API tokens page", "GET", "/en/organisation/demo-network/api/", {"admin": OK}),
    Action(
        "create an API token",
        "POST",
        "/en/organisation/demo-network/api/",
        {"admin": OK},
        data={"name": "Funder dashboard", "scopes": ["read_reports"], "days": "30"},
        writes={"ApiToken": 1},
    ),
    Action(
        "revoke the demo's API token",
        "POST",
        "/en/organisation/demo-network/api/{api_token}/revoke/",
        {"admin": FOUND},
        writes={"revoked tokens": 1},
    ),
    Action(
        "revoke by GET",
        "GET",
        "/en/organisation/demo-network/api/{api_token}/revoke/",
        everyone(NOT_ALLOWED),
        anonymous=NOT_ALLOWED,
    ),
    Action("role changes", "GET", "/en/organisation/demo-network/changes/", {"admin": OK}),
    Action(
        "grant Teacher to the parent",
        "POST",
        MEMBERS + "/{parent_id}/grant/",
        {"admin": FOUND},
        data={"role": Role.TEACHER},
        writes={"Membership": 1, "RoleChange": 1},
    ),
    Action("grant by GET", "GET", MEMBERS + "/{parent_id}/grant/", everyone(NOT_ALLOWED)),
    Action(
        "withdraw Teacher from the teacher",
        "POST",
        MEMBERS + "/{teacher_id}/withdraw/",
        {"admin": FOUND},
        data={"role": Role.TEACHER},
        writes={"Membership": -1, "RoleChange": 1},
    ),
    Action(
        "remove the parent",
        "POST",
        MEMBERS + "/{parent_id}/remove/",
        {"admin": FOUND},
        writes={"Membership": -1, "RoleChange": 1},
    ),
    # Personal data: everyone their own; a teacher their pupils'; an admin the requests.
    Action("my data", "GET", "/en/accounts/data/", everyone(OK)),
    Action("my data as a file", "GET", "/en/accounts/data/?format=json", everyone(OK)),
    Action("delete my account page", "GET", "/en/accounts/delete/", everyone(OK)),
    Action(
        "parent's agreement page",
        "GET",
        "/en/accounts/consent/",
        # The mentor's parent agreed; a pupil under 16 may ask one (to become a mentor).
        {"mentor": OK, "pupil": OK},
    ),
    Action("ask about personal data", "GET", "/en/privacy/ask/", everyone(OK), anonymous=OK),
    Action(
        "a pupil's data", "GET", "/en/classes/{class_id}/pupils/{pupil_id}/data/", {"teacher": OK}
    ),
    Action(
        "delete a pupil's account",
        "POST",
        "/en/classes/{class_id}/pupils/{pupil_id}/delete/",
        {"teacher": FOUND},
        data={"confirm": "on"},
        writes={"User": -1, "Membership": -1, "ClassMembership": -1, "active pupils": -1},
    ),
    Action("data requests", "GET", "/en/organisation/demo-network/requests/", {"admin": OK}),
    # The admins: Wagtail's for editors (and the superuser), Django's for staff only.
    Action("Wagtail admin", "GET", "/admin/", {"editor": OK, "admin": OK}, others=WAY_BACK),
    Action("Django admin", "GET", "/django-admin/", {"admin": OK}, others=WAY_BACK),
    # Imports in the admin: for who may add pages, and who may add help services.
    Action(
        "import a course",
        "GET",
        "/admin/courses/import/",
        {"editor": OK, "admin": OK},
        others=WAY_BACK,
    ),
    Action(
        "send a course file",
        "POST",
        "/admin/courses/import/",
        {"editor": OK, "admin": OK},
        others=WAY_BACK,
    ),
    Action(
        "import help services",
        "GET",
        "/admin/help-directory/import/",
        {"editor": OK, "admin": OK},
        others=WAY_BACK,
    ),
    Action(
        "send a services file",
        "POST",
        "/admin/help-directory/import/",
        {"editor": OK, "admin": OK},
        others=WAY_BACK,
    ),
)


def _fill(value, ids):
    return value.format(**ids) if isinstance(value, str) else value


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", MATRIX, ids=lambda action: f"{action.method} {action.name}")
def test_who_may_do_what(demo, action, role):
    url = _fill(action.url, demo)
    data = {key: _fill(value, demo) for key, value in action.data.items()}
    expected = action.expected(role)
    client = client_for(role)
    # GETs write nothing: tests/config/test_safe_gets.py checks every address for that.
    before = snapshot(demo) if action.method == "POST" else None

    response = getattr(client, action.method.lower())(url, data)

    status = response.status_code
    assert status < HTTPStatus.INTERNAL_SERVER_ERROR, f"{role} {action.method} {url}: {status}"
    location = response.get("Location", "")
    if expected == LOGIN:
        assert status == FOUND, (role, status)
        assert client.get(location, follow=True).request["PATH_INFO"] == SIGN_IN, location
    elif expected == WAY_BACK:
        assert status == HTTPStatus.FORBIDDEN, (role, status, location)
        page = response.content.decode()
        assert "You cannot use this page" in page
        assert '<a href="/en/dashboard/">Go to my learning</a>' in page
    else:
        assert status == expected, (role, status, location)
        if status == FOUND:
            assert not location.startswith((SIGN_IN, "/admin/login/", "/django-admin/login/"))

    if before is None:
        return
    after = snapshot(demo)
    writes = action.writes if role in action.allowed else {}
    for key, old in before.items():
        change = writes.get(key)
        if change == CHANGED:
            assert after[key] != old, f"{key} should have changed"
        elif change is not None:
            assert after[key] - old == change, (key, old, after[key])
        else:
            assert after[key] == old, f"{role}'s {action.name} changed {key}"


# What each demo account may do, by the table -----------------------------------------

EXPECTED_CAPABILITIES = {
    "parent": {Capability.LEARN},
    "teacher": {Capability.LEARN, Capability.TEACH, Capability.SEE_CLASS_REPORT},
    "mentor": {Capability.LEARN, Capability.RUN_PEER_GROUP},
    "coach": {Capability.LEARN, Capability.COACH_MENTORS},
    "lead": {Capability.LEARN, Capability.HANDLE_CONCERNS},
    # The demo editor is the network's editor too (README, "Demo accounts").
    "editor": {Capability.LEARN, Capability.EDIT_CONTENT, Capability.EDIT_SHARED_CONTENT},
    "pupil": {Capability.LEARN},
    # The demo admin is the network's admin too (README, "Demo accounts").
    "admin": {Capability.LEARN, Capability.MANAGE_ORGANISATION, Capability.SEE_NETWORK_REPORT},
}


@pytest.mark.parametrize("role", SIGNED_IN)
def test_each_demo_account_holds_the_capabilities_of_its_role(demo, role):
    person = user(role)

    assert capabilities_of(user=person) == EXPECTED_CAPABILITIES[role]
    for capability in Capability:
        expected = capability in EXPECTED_CAPABILITIES[role]
        assert user_can(user=person, capability=capability) is expected, capability
        assert (
            user_can(user=person, capability=capability, organisation_id=demo["organisation"])
            is expected
        ), capability


def test_the_roles_that_carry_an_adult_capability():
    adult = set(ADULT_ROLES)

    assert adult == {
        Role.TEACHER,
        Role.COACH,
        Role.SAFEGUARDING_LEAD,
        Role.CONTENT_EDITOR,
        Role.ORG_ADMIN,
        Role.NETWORK_ADMIN,
        Role.NETWORK_EDITOR,
    }
    assert set(Role) - adult == {Role.MEMBER, Role.PEER_MENTOR}


def test_a_pupil_sees_her_own_view_of_her_class_and_never_the_report(demo):
    pupil, teacher = client_for("pupil"), client_for("teacher")
    url = f"/en/classes/{demo['class_id']}/"

    own = pupil.get(url)
    report = teacher.get(url)

    assert own.status_code == report.status_code == OK
    assert [t.name for t in own.templates][0] == "classrooms/pupil.html"
    assert [t.name for t in report.templates][0] == "classrooms/detail.html"
    csv_link = f"/en/classes/{demo['class_id']}/progress.csv"
    assert csv_link in report.content.decode()
    assert csv_link not in own.content.decode()
    assert "Demo class 7B" in own.content.decode()
    assert pupil.get(csv_link).status_code == NOT_FOUND


# Navigation -------------------------------------------------------------------------

# The header's links on /en/dashboard/, and "Create a class" on /en/classes/.
NAV_LINKS = {
    "My classes": '<a href="/en/classes/">My classes</a>',
    "Mentoring": '<a href="/en/mentoring/">Mentoring</a>',
    "Mentors I coach": '<a href="/en/mentoring/coach/">Mentors I coach</a>',
    "Concerns": '<a href="/en/help/concerns/">Concerns</a>',
    "Organisation": '<a href="/en/organisation/">Organisation</a>',
    "Impact report": '<a href="/en/reports/">Impact report</a>',
    "Network report": '<a href="/en/network/">Network report</a>',
    "Admin": '<a href="/admin/">Admin</a>',
}
NAVIGATION = {
    "parent": set(),
    "teacher": {"My classes"},
    "mentor": {"Mentoring"},
    "coach": {"Mentors I coach", "Concerns"},
    "lead": {"Concerns"},
    "editor": {"Admin"},
    "pupil": set(),
    "admin": {"Organisation", "Impact report", "Network report", "Admin"},
}
CREATES_CLASSES = {"teacher"}


@pytest.mark.parametrize("role", SIGNED_IN)
def test_the_navigation_offers_only_what_the_role_may_do(demo, role):
    client = client_for(role)

    dashboard = client.get("/en/dashboard/")
    classes = client.get("/en/classes/")

    assert dashboard.status_code == classes.status_code == OK
    page = dashboard.content.decode()
    shown = {name for name, link in NAV_LINKS.items() if link in page}
    assert shown == NAVIGATION[role]
    assert '<a href="/en/dashboard/">My learning</a>' in page  # the header is there at all
    classes_page = classes.content.decode()
    may_create = role in CREATES_CLASSES
    assert ("Create a class" in classes_page) is may_create
    assert ('<a class="button" href="/en/classes/new/">' in classes_page) is may_create


def test_an_anonymous_visitor_is_offered_sign_in_and_no_role_links(demo):
    page = Client().get("/en/help/").content.decode()

    assert '<a href="/en/accounts/login/">Sign in</a>' in page
    assert not any(link in page for link in NAV_LINKS.values())


# The acceptance scenario: the admin makes the parent a teacher, and takes it back ----


FORM = re.compile(r'<form method="post" action="(?P<action>[^"]+)"[^>]*>(?P<body>.*?)</form>', re.S)


def form_action(page: str, *, contains: tuple[str, ...], path_end: str) -> str:
    """The action of the one form on the page whose action ends so and whose body says so."""
    actions = [
        match["action"]
        for match in FORM.finditer(page)
        if match["action"].endswith(path_end) and all(text in match["body"] for text in contains)
    ]
    assert len(actions) == 1, (contains, path_end, actions)
    return actions[0]


def test_an_admin_makes_the_parent_a_teacher_and_withdraws_it_again(demo):
    admin, parent = client_for("admin"), client_for("parent")
    parent_user = user("parent")
    assert parent.get("/en/classes/new/").status_code == NOT_FOUND

    page = admin.get("/en/organisation/demo-network/")
    assert page.status_code == OK
    grant = form_action(
        page.content.decode(), contains=("Role for Pat (parent)",), path_end="/grant/"
    )
    assert f'<option value="{Role.TEACHER}">Teacher</option>' in page.content.decode()
    changes_before = RoleChange.objects.count()

    granted = admin.post(grant, {"role": Role.TEACHER}, follow=True)

    assert granted.redirect_chain == [("/en/organisation/demo-network/", FOUND)]
    assert "Pat (parent) is now Teacher." in granted.content.decode()
    assert Membership.objects.filter(user=parent_user, role=Role.TEACHER).count() == 1
    assert RoleChange.objects.count() == changes_before + 1
    change = RoleChange.objects.order_by("-pk").first()
    assert (change.actor.username, change.subject_id, change.role, change.action) == (
        "demo-admin",
        parent_user.pk,
        Role.TEACHER,
        RoleChange.Action.GRANTED,
    )
    audit = admin.get("/en/organisation/demo-network/changes/")
    assert audit.status_code == OK
    assert "Alex (admin) made Pat (parent) Teacher." in audit.content.decode()
    assert parent.get("/en/organisation/demo-network/changes/").status_code == NOT_FOUND

    # The parent, a teacher now, creates a class.
    assert parent.get("/en/classes/new/").status_code == OK
    classes_before = Classroom.objects.count()
    created = parent.post(
        "/en/classes/new/",
        {
            "name": "Parents' evening",
            "organisation": demo["organisation"],
            "course": demo["class_course"],
            "age_band": "8-11",
            "lawful_basis": "consent",
            "lawful_basis_confirmed": "on",
        },
    )
    assert created.status_code == FOUND
    assert Classroom.objects.count() == classes_before + 1
    classroom = Classroom.objects.get(name="Parents' evening")
    assert created["Location"] == f"/en/classes/{classroom.pk}/"
    assert parent.get(created["Location"]).status_code == OK
    assert parent.get(f"/en/classes/{classroom.pk}/progress.csv").status_code == OK

    # Withdrawn: the class page is closed to them again, and so is creating one.
    page = admin.get("/en/organisation/demo-network/").content.decode()
    withdraw = form_action(
        page, contains=("Withdraw Teacher", "from Pat (parent)"), path_end="/withdraw/"
    )
    assert f"/members/{parent_user.pk}/" in withdraw
    withdrawn = admin.post(withdraw, {"role": Role.TEACHER}, follow=True)

    assert "Pat (parent) is no longer Teacher." in withdrawn.content.decode()
    assert not Membership.objects.filter(user=parent_user, role=Role.TEACHER).exists()
    assert Membership.objects.filter(user=parent_user, role=Role.MEMBER).exists()
    assert RoleChange.objects.filter(
        subject=parent_user, role=Role.TEACHER, action=RoleChange.Action.WITHDRAWN
    ).exists()
    assert parent.get(f"/en/classes/{classroom.pk}/").status_code == NOT_FOUND
    assert parent.get(f"/en/classes/{classroom.pk}/progress.csv").status_code == NOT_FOUND
    assert parent.get("/en/classes/new/").status_code == NOT_FOUND
    assert "Alex (admin) withdrew Teacher from Pat (parent)." in (
        admin.get("/en/organisation/demo-network/changes/").content.decode()
    )


# Refusals: no adult role for a young person ---------------------------------------

YOUNG = {"pupil": ("Robin", "12 to 14"), "mentor": ("Milo", "15 to 17")}
ADULT_ROLES_AN_ADMIN_GRANTS = [role for role in ROLES_AN_ADMIN_GRANTS if role in ADULT_ROLES]


@pytest.mark.parametrize("role", ADULT_ROLES_AN_ADMIN_GRANTS)
@pytest.mark.parametrize("young", YOUNG)
def test_the_organisation_page_refuses_an_adult_role_to_a_young_person(demo, young, role):
    admin = client_for("admin")
    person = user(young)
    name, band = YOUNG[young]
    page = admin.get("/en/organisation/demo-network/").content.decode()
    grant = form_action(page, contains=(f"Role for {name}",), path_end="/grant/")
    memberships, changes = Membership.objects.count(), RoleChange.objects.count()

    response = admin.post(grant, {"role": role}, follow=True)

    assert response.redirect_chain == [("/en/organisation/demo-network/", FOUND)]
    label = Role(role).label
    assert (
        f"{name} is under 18 (age band {band}): a young person cannot be given the role {label}."
    ) in response.content.decode()
    assert f"{name} is now {label}." not in response.content.decode()
    assert Membership.objects.count() == memberships
    assert RoleChange.objects.count() == changes
    assert not Membership.objects.filter(user=person, role=role).exists()
    assert not person.groups.exists()
    assert capabilities_of(user=person) == EXPECTED_CAPABILITIES[young]


@pytest.mark.parametrize("young", YOUNG)
def test_the_services_refuse_every_adult_role_to_a_young_person(demo, young):
    organisation = Organisation.objects.get(slug=ORGANISATION)
    person, admin = user(young), user("admin")
    memberships, changes = Membership.objects.count(), RoleChange.objects.count()

    for role in ADULT_ROLES_AN_ADMIN_GRANTS:
        with pytest.raises(ValidationError, match="under 18"):
            role_grant(organisation=organisation, user=person, role=role, actor=admin)
    for role in ADULT_ROLES:
        with pytest.raises(ValidationError, match="under 18"):
            organisation_add_member(organisation=organisation, user=person, role=role)
        with pytest.raises(ValidationError) as refused:
            Membership(organisation=organisation, user=person, role=role).full_clean()
        assert refused.value.message_dict["role"] == [
            "A person under 18 cannot be given an adult role."
        ]

    assert Membership.objects.count() == memberships
    assert RoleChange.objects.count() == changes
    # The same calls for an adult go through: the refusal is about age, nothing else.
    Membership(organisation=organisation, user=user("parent"), role=Role.TEACHER).full_clean()
    role_grant(organisation=organisation, user=user("parent"), role=Role.TEACHER, actor=admin)
    assert RoleChange.objects.count() == changes + 1


def _organisation_admin_post(organisation, *, user_id, role):
    """The Django admin's change form of the organisation, with one new membership row."""
    return {
        "name": organisation.name,
        "slug": organisation.slug,
        "country": organisation.country.code,
        "concern_escalation_hours": organisation.concern_escalation_hours,
        "memberships-TOTAL_FORMS": "1",
        "memberships-INITIAL_FORMS": "0",
        "memberships-MIN_NUM_FORMS": "0",
        "memberships-MAX_NUM_FORMS": "1000",
        "memberships-0-id": "",
        "memberships-0-organisation": organisation.pk,
        "memberships-0-user": user_id,
        "memberships-0-role": role,
        "_save": "Save",
    }


def test_the_django_admin_inline_refuses_an_adult_role_to_a_young_person(demo):
    organisation = Organisation.objects.get(slug=ORGANISATION)
    admin = client_for("admin")
    url = f"/django-admin/accounts/organisation/{organisation.pk}/change/"
    assert 'name="memberships-TOTAL_FORMS"' in admin.get(url).content.decode()
    memberships = Membership.objects.count()

    refused = admin.post(
        url, _organisation_admin_post(organisation, user_id=demo["pupil_id"], role=Role.TEACHER)
    )

    assert refused.status_code == OK
    assert "A person under 18 cannot be given an adult role." in refused.content.decode()
    assert Membership.objects.count() == memberships
    # The same form for an adult saves, so the refusal above is the age check's.
    saved = admin.post(
        url, _organisation_admin_post(organisation, user_id=demo["parent_id"], role=Role.TEACHER)
    )
    assert saved.status_code == FOUND
    assert Membership.objects.count() == memberships + 1


def test_a_teacher_whose_age_band_becomes_15_17_loses_the_teach_capability_at_once(demo):
    teacher = user("teacher")
    client = client_for("teacher")
    class_url = f"/en/classes/{demo['class_id']}/"
    assert user_can(user=teacher, capability=Capability.TEACH)
    assert client.get(class_url).status_code == OK  # the capability is cached now

    profile_update(profile=teacher.profile, age_band=AgeBand.AGE_15_17)

    teacher = user("teacher")
    assert Membership.objects.filter(user=teacher, role=Role.TEACHER).exists()
    assert capabilities_of(user=teacher) == {Capability.LEARN}
    assert not user_can(user=teacher, capability=Capability.TEACH)
    assert not user_can(
        user=teacher, capability=Capability.SEE_CLASS_REPORT, organisation_id=demo["organisation"]
    )
    assert client.get(class_url).status_code == NOT_FOUND
    assert client.get(class_url + "progress.csv").status_code == NOT_FOUND
    assert client.get("/en/classes/new/").status_code == NOT_FOUND
    assert (
        '<a href="/en/classes/">My classes</a>' not in client.get("/en/dashboard/").content.decode()
    )


def test_a_parent_made_teacher_then_aged_15_17_loses_teach_though_the_row_remains(demo):
    organisation = Organisation.objects.get(slug=ORGANISATION)
    parent = user("parent")
    role_grant(organisation=organisation, user=parent, role=Role.TEACHER, actor=user("admin"))
    assert user_can(user=parent, capability=Capability.TEACH, organisation_id=organisation.pk)

    profile_update(profile=parent.profile, age_band=AgeBand.AGE_15_17)

    assert not user_can(user=parent, capability=Capability.TEACH)
    assert Capability.TEACH not in capabilities_of(user=parent)
    assert Membership.objects.filter(user=parent, role=Role.TEACHER).count() == 1
    assert client_for("parent").get("/en/classes/new/").status_code == NOT_FOUND


def test_an_editor_whose_age_band_becomes_15_17_can_no_longer_edit_courses(demo):
    """EDIT_CONTENT ("Edit courses in the admin") is an adult capability, which a person
    under 18 never holds "whatever role rows say"; the Wagtail admin is where it is used."""
    editor = user("editor")
    client = client_for("editor")
    assert client.get("/admin/").status_code == OK

    profile_update(profile=editor.profile, age_band=AgeBand.AGE_15_17)
    cache.clear()  # not a stale cached answer: asked afresh

    editor = user("editor")
    assert not user_can(user=editor, capability=Capability.EDIT_CONTENT)
    response = client.get("/admin/")
    assert response.status_code == HTTPStatus.FORBIDDEN, "a 15-17 year old edits courses"
    assert not editor.can_enter_admin
    assert '<a href="/admin/">Admin</a>' not in client.get("/en/dashboard/").content.decode()


# A class a parent made without being a teacher ------------------------------------


def test_a_class_made_without_the_teacher_role_names_no_child_and_stays_closed(demo):
    from classrooms.services import pupil_join

    parent, pupil = user("parent"), user("pupil")
    organisation = Organisation.objects.get(slug=ORGANISATION)
    # Made around the capability check, as a row from elsewhere (an import, the admin).
    classroom = Classroom.objects.create(
        organisation=organisation,
        name="Kitchen table club",
        course_id=demo["class_course"],
        age_band="12-14",
    )
    ClassTeacher.objects.create(classroom=classroom, teacher=parent, is_owner=True)
    pupil_join(classroom=classroom, pupil=pupil, nickname="Robin")
    client = client_for("parent")

    form = client.get("/en/help/worried/")

    assert form.status_code == OK
    choices = form.context["form"].fields["context"].choices
    assert choices == [(f"organisation:{organisation.pk}", organisation.name)]
    assert "about_user" not in form.context["form"].fields
    page = form.content.decode()
    assert "Kitchen table club" not in page
    assert f'value="{pupil.pk}"' not in page

    concerns = Concern.objects.count()
    sent = client.post(
        "/en/help/worried/",
        {
            "context": f"class:{classroom.pk}",
            "about_user": pupil.pk,
            "description": "Something I saw.",
            "urgency": "soon",
        },
    )
    assert sent.status_code == OK
    assert "context" in sent.context["form"].errors
    assert Concern.objects.count() == concerns

    assert client.get(f"/en/classes/{classroom.pk}/").status_code == NOT_FOUND
    assert client.get(f"/en/classes/{classroom.pk}/progress.csv").status_code == NOT_FOUND
    assert "Kitchen table club" not in client.get("/en/classes/").content.decode()

    # Once the organisation makes the parent a teacher, the class and its pupil are
    # offered: what kept them out above was the missing capability, nothing else.
    role_grant(organisation=organisation, user=parent, role=Role.TEACHER, actor=user("admin"))
    fields = client.get("/en/help/worried/").context["form"].fields
    assert (f"class:{classroom.pk}", "Class Kitchen table club") in fields["context"].choices
    assert (
        "Class Kitchen table club",
        [(pupil.pk, "Robin")],
    ) in fields["about_user"].choices
