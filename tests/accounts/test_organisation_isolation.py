"""No data crosses organisations: the demo organisation's people and objects against
the same roles in a second organisation, over HTTP.

The demo (`seed_demo`) is organisation A. Organisation B is built beside it with an
admin, a teacher with a class and a pupil, a coach, a peer mentor with a group of
peers, a safeguarding lead, a content editor and a parent, each with the same role as
the demo account of that name. Every page and button of the capability matrix that
names one of A's objects is tried by each of B's roles: a GET is refused (403 or 404),
a POST changes no row. The lists each of B's roles sees name none of A's children,
classes, groups, members or concerns, while they do name B's own (so that a page that
showed nothing at all would fail).
"""

from http import HTTPStatus
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.test import Client

from accounts.models import Organisation, Role
from classrooms.models import ClassMembership
from safeguarding.contexts import contexts_for
from safeguarding.services import concern_raise
from tests.accounts.test_capability_matrix import (
    MATRIX,
    SIGNED_IN,
    USERNAMES,
    _fill,
    demo,  # noqa: F401 - the module's fixture: the demo, seeded once
    snapshot,
    user,
)
from tests.roles import (
    a_lead,
    a_parent,
    a_pupil_in_class,
    a_teacher_with_class,
    an_approved_mentor_with_peers,
    member,
)
from tests.worlds import building, module_transaction  # noqa: F401 - see `network`

pytestmark = pytest.mark.django_db

A_CONCERN = "Organisation A: a stranger keeps messaging Robin."
B_CONCERN = "Organisation B: someone asked Lina for photos."


@pytest.fixture(scope="module")
def network(demo, django_db_blocker):  # noqa: F811 - the imported fixture
    """Organisation B, built inside the demo's module transaction, and a concern in each."""
    with building(django_db_blocker):
        b = Organisation.objects.create(name="Second member organisation", slug="second-member")
        classes = a_teacher_with_class(b)
        pupil = a_pupil_in_class(classes.classroom, nickname="Lina")
        mentoring = an_approved_mentor_with_peers(b, peers=("Sami",), group_name="Thursday club")
        people = {
            "parent": a_parent(),
            "teacher": classes.teacher,
            "mentor": mentoring.mentor,
            "coach": mentoring.coach,
            "lead": a_lead(b),
            "editor": member(b, Role.CONTENT_EDITOR, audience="teacher"),
            "pupil": pupil.pupil,
            "admin": member(b, Role.ORG_ADMIN, audience="teacher"),
        }
        Organisation.objects.get(pk=b.pk).members.add(people["parent"])
        concerns = []
        for teacher, text in ((user("teacher"), A_CONCERN), (classes.teacher, B_CONCERN)):
            context = next(c for c in contexts_for(user=teacher) if c.key.startswith("class:"))
            concerns.append(
                concern_raise(reporter=teacher, context=context, description=text, urgency="soon")
            )
        ids = {key: person.pk for key, person in people.items()}
        # A session for each of B's people, made once (as the matrix does): what a
        # test does to it is rolled back with the test's savepoint.
        sessions = {}
        for key, person in people.items():
            client = Client()
            client.force_login(person)
            sessions[key] = client.cookies[settings.SESSION_COOKIE_NAME].value
    return SimpleNamespace(
        organisation=b,
        people=ids,
        sessions=sessions,
        classroom=classes.classroom.pk,
        group=mentoring.group.pk,
        a_concern=concerns[0].pk,
        b_concern=concerns[1].pk,
    )


def client_of(network, role: str) -> Client:
    client = Client()
    client.cookies[settings.SESSION_COOKIE_NAME] = network.sessions[role]
    return client


def _names_an_object_of_a(action) -> bool:
    return "{" in action.url or "demo-network" in action.url


ACROSS = [action for action in MATRIX if _names_an_object_of_a(action)]
REFUSED = {HTTPStatus.FORBIDDEN, HTTPStatus.NOT_FOUND, HTTPStatus.METHOD_NOT_ALLOWED}


@pytest.mark.parametrize("role", SIGNED_IN)
@pytest.mark.parametrize("action", ACROSS, ids=lambda action: f"{action.method} {action.name}")
def test_no_role_of_another_organisation_reaches_the_demos_objects(demo, network, action, role):  # noqa: F811
    url = _fill(action.url, demo)
    data = {key: _fill(value, demo) for key, value in action.data.items()}
    client = client_of(network, role)
    # GETs write nothing: tests/config/test_safe_gets.py checks every address for that.
    before = snapshot(demo) if action.method == "POST" else None

    response = getattr(client, action.method.lower())(url, data)

    status = response.status_code
    assert status < HTTPStatus.INTERNAL_SERVER_ERROR, (role, action.method, url, status)
    if action.method == "GET":
        assert status in REFUSED, (role, url, status)
    if before is not None:
        assert snapshot(demo) == before, f"B's {role} changed A's data with {action.name}"


# What each of B's roles sees in its own lists ----------------------------------------

# (page, what B's role sees there of its own)
OWN_LISTS = {
    "teacher": [("/en/classes/", "7B"), ("/en/classes/{classroom}/", "Lina")],
    "pupil": [("/en/classes/", "7B")],
    "mentor": [("/en/mentoring/", "Thursday club"), ("/en/mentoring/groups/{group}/", "Sami")],
    "coach": [("/en/mentoring/coach/", "Thursday club")],
    "lead": [
        ("/en/help/concerns/", "/en/help/concerns/{b_concern}/"),
        ("/en/help/concerns/{b_concern}/", B_CONCERN),
    ],
    "admin": [
        ("/en/organisation/second-member/", "Second member organisation"),
        ("/en/organisation/second-member/changes/", "Second member organisation"),
    ],
    "editor": [("/en/dashboard/", "My learning")],
    "parent": [("/en/dashboard/", "My learning")],
}


def a_names(demo, network) -> list[str]:  # noqa: F811
    """What only organisation A's pages show: its class, children, group, people, concern."""
    nicknames = list(
        ClassMembership.objects.filter(classroom_id=demo["class_id"]).values_list(
            "nickname", flat=True
        )
    )
    return [
        "Demo class 7B",
        "Demo peer group",
        "Demo Child Protection Network",
        "Tess (teacher)",
        "Kai",
        "Noor",
        "Jess",
        A_CONCERN,
        f"/en/help/concerns/{network.a_concern}/",
        *nicknames,
    ]


@pytest.mark.parametrize("role", SIGNED_IN)
def test_each_role_of_another_organisation_sees_its_own_and_none_of_the_demos(
    demo,  # noqa: F811
    network,
    role,
):
    client = client_of(network, role)
    hidden = a_names(demo, network)
    for page, own in OWN_LISTS[role]:
        url = page.format(**vars(network))
        own = own.format(**vars(network))
        response = client.get(url)
        assert response.status_code == HTTPStatus.OK, (role, url, response.status_code)
        html = response.content.decode()
        assert own in html, (role, url, own)
        shown = [name for name in hidden if name in html]
        assert not shown, f"B's {role} sees A's {shown} on {url}"


@pytest.mark.parametrize("role", [r for r in SIGNED_IN if r in USERNAMES])
def test_no_demo_role_reaches_the_second_organisations_objects(demo, network, role):  # noqa: F811
    # The other way round, for the objects a role's own organisation would show it.
    from tests.accounts.test_capability_matrix import client_for

    client = client_for(role)
    b = network.organisation
    pages = [
        f"/en/classes/{network.classroom}/",
        f"/en/classes/{network.classroom}/progress.csv",
        f"/en/mentoring/groups/{network.group}/",
        f"/en/mentoring/coach/groups/{network.group}/",
        f"/en/organisation/{b.slug}/",
        f"/en/organisation/{b.slug}/changes/",
        f"/en/organisation/{b.slug}/requests/",
        f"/en/help/concerns/{network.b_concern}/",
    ]
    for url in pages:
        status = client.get(url).status_code
        assert status in REFUSED, (role, url, status)
    concerns = client.get("/en/help/concerns/").content.decode()
    assert f"/en/help/concerns/{network.b_concern}/" not in concerns


def test_the_seeded_partner_organisations_admin_sees_only_its_own_people(demo, network):  # noqa: F811
    from accounts.models import User
    from tests.accounts.test_capability_matrix import client_for

    partner_admin = Client()
    partner_admin.force_login(User.objects.get(username="partner-admin"))
    own = partner_admin.get("/en/organisation/demo-partner/")
    assert own.status_code == HTTPStatus.OK
    html = own.content.decode()
    assert "Tom (partner teacher)" in html and "Lee (partner safeguarding lead)" in html
    for name in ("Tess (teacher)", "Pat (parent)", "Sam (safeguarding lead)", "Robin"):
        assert name not in html
    assert partner_admin.get("/en/organisation/demo-network/").status_code == HTTPStatus.NOT_FOUND
    assert partner_admin.get("/en/organisation/").url == "/en/organisation/demo-partner/"

    # The demo's admin, a superuser of the platform, still manages only its organisation.
    demo_admin = client_for("admin")
    assert demo_admin.get("/en/organisation/demo-partner/").status_code == HTTPStatus.NOT_FOUND
    assert (
        "Tom (partner teacher)"
        not in demo_admin.get("/en/organisation/demo-network/").content.decode()
    )


# An organisation's own course and help service --------------------------------------

PARTNER_COURSE = "/en/courses/our-schools-safeguarding-routine/"
PARTNER_MODULE = PARTNER_COURSE + "who-takes-up-a-worry/"
PARTNER_SERVICE = "Partner Schools Trust school counsellors (demo)"


def test_the_partners_own_course_and_help_service_are_for_its_people_only(demo, network):  # noqa: F811
    from accounts.models import User
    from tests.accounts.test_capability_matrix import client_for

    outsiders = [client_for(role) for role in SIGNED_IN if role in USERNAMES]
    outsiders += [client_of(network, role) for role in SIGNED_IN]
    for client in outsiders:
        assert client.get(PARTNER_COURSE).status_code == HTTPStatus.NOT_FOUND
        assert client.get(PARTNER_MODULE).status_code == HTTPStatus.NOT_FOUND
        assert "Our schools" not in client.get("/en/courses/").content.decode()
        assert PARTNER_SERVICE not in client.get("/en/help/?country=DE").content.decode()

    for username in ("partner-parent", "partner-teacher", "partner-pupil", "partner-lead"):
        insider = Client()
        insider.force_login(User.objects.get(username=username))
        assert insider.get(PARTNER_COURSE).status_code == HTTPStatus.OK, username
        assert insider.get(PARTNER_MODULE).status_code == HTTPStatus.OK, username
        assert "Our schools" in insider.get("/en/courses/").content.decode(), username
        assert PARTNER_SERVICE in insider.get("/en/help/?country=DE").content.decode(), username
