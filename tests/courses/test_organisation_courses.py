"""Courses of the network and of one organisation: who sees them, by every way in.

Organisation B owns a course with a module; the network owns another. B's members,
B's pupils and B's peers see B's course; A's people, people who left B, and visitors do
not, whether they open it, list it, search for it, enrol, read a module, mark it done or
take its quiz. (The admin side is tests/courses/test_organisation_editors.py.)
"""

from http import HTTPStatus

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from accounts.groups import membership_end
from accounts.models import Role
from classrooms.forms import ClassroomForm
from courses.models import Enrolment, ModuleProgress
from courses.services import course_enrol
from mentoring.services import group_courses
from tests.accounts.factories import OrganisationFactory
from tests.conftest import search_index_kept
from tests.courses.factories import course_page, help_service, module_page
from tests.quizzes.factories import quiz_with_questions
from tests.roles import a_parent, a_pupil_in_class, a_teacher_with_class, member
from tests.worlds import module_world

pytestmark = pytest.mark.django_db


def _two_organisations():
    """Alpha and Beta, the network's course and Beta's own, and the people of each."""
    a, b = OrganisationFactory(name="Alpha"), OrganisationFactory(name="Beta")
    shared = course_page(title="Shared course", slug="shared")
    module_page(shared, title="Shared module", slug="shared-module")
    own = course_page(title="Beta's own course", slug="beta-own", organisation=b)
    quiz = quiz_with_questions()
    own_module = module_page(
        own,
        title="Beta's module",
        slug="beta-module",
        body=[("quiz", {"quiz": quiz})],
    )
    beta_class = a_teacher_with_class(organisation=b)
    return {
        "a": a,
        "b": b,
        "shared": shared,
        "own": own,
        "module": own_module,
        "quiz": quiz,
        "a_member": member(a),
        "b_member": member(b),
        "b_pupil": a_pupil_in_class(beta_class.classroom).pupil,
        "b_classroom": beta_class.classroom,
        "outsider": a_parent(),
    }


def _two_organisations_searchable():
    # Beta's course is searched for by its title: the world's pages go into the index.
    with search_index_kept():
        return _two_organisations()


# Built once for the file (tests/worlds.py); what a test writes is rolled back after it.
world, module_world_built = module_world(_two_organisations_searchable, name="world")


def _client(user=None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


SEES = ["b_member", "b_pupil"]
DOES_NOT_SEE = ["a_member", "outsider"]


@pytest.mark.parametrize("who", SEES)
def test_the_organisations_people_read_its_course_and_modules(world, who):
    client = _client(world[who])

    assert client.get(world["own"].url).status_code == HTTPStatus.OK
    assert client.get(world["module"].url).status_code == HTTPStatus.OK
    listed = client.get("/en/courses/").content.decode()
    assert "Beta&#x27;s own course" in listed or "Beta's own course" in listed
    assert "Shared course" in listed
    found = client.get("/en/courses/?q=Beta").content.decode()
    assert "Beta&#x27;s own course" in found or "Beta's own course" in found


@pytest.mark.parametrize("who", DOES_NOT_SEE)
def test_anyone_else_finds_nothing_by_any_way_in(world, who):
    client = _client(world[who])
    module, own = world["module"], world["own"]
    rows = (Enrolment.objects.count(), ModuleProgress.objects.count())

    assert client.get(own.url).status_code == HTTPStatus.NOT_FOUND
    assert client.get(module.url).status_code == HTTPStatus.NOT_FOUND
    listed = client.get("/en/courses/").content.decode()
    assert "own course" not in listed and "Shared course" in listed
    assert "own course" not in client.get("/en/courses/?q=Beta").content.decode()
    assert client.post(f"/en/learn/courses/{own.pk}/enrol/").status_code == HTTPStatus.NOT_FOUND
    for action in ("done", "seen"):
        response = client.post(f"/en/learn/modules/{module.pk}/{action}/")
        assert response.status_code == HTTPStatus.NOT_FOUND, action
    quiz_url = f"/en/learn/modules/{module.pk}/quizzes/{world['quiz'].pk}/"
    assert client.get(quiz_url).status_code == HTTPStatus.NOT_FOUND
    assert (Enrolment.objects.count(), ModuleProgress.objects.count()) == rows


def test_a_visitor_is_asked_to_sign_in_and_the_page_is_never_kept_for_the_next(world):
    visitor = _client()

    for _ in range(2):  # the second request would be the anonymous page cache's
        response = visitor.get(world["own"].url)
        assert response.status_code == HTTPStatus.FOUND
        assert "/accounts/login/" in response["Location"]
        assert visitor.get(world["module"].url).status_code == HTTPStatus.FOUND
    assert "own course" not in visitor.get("/en/courses/").content.decode()
    # A member reading it first leaves nothing behind for a visitor either.
    assert _client(world["b_member"]).get(world["own"].url).status_code == HTTPStatus.OK
    assert visitor.get(world["own"].url).status_code == HTTPStatus.FOUND


def test_a_member_enrols_and_someone_who_left_loses_the_course(world):
    b_member = world["b_member"]
    client = _client(b_member)

    response = client.post(f"/en/learn/courses/{world['own'].pk}/enrol/")

    assert response.status_code == HTTPStatus.FOUND
    assert Enrolment.objects.filter(user=b_member, course=world["own"]).count() == 1
    assert "Beta" in client.get("/en/dashboard/").content.decode()

    b_member.memberships.all().delete()
    b_member = type(b_member).objects.get(pk=b_member.pk)
    client = _client(b_member)
    assert client.get(world["own"].url).status_code == HTTPStatus.NOT_FOUND
    assert "Beta&#x27;s own" not in client.get("/en/dashboard/").content.decode()


def test_a_pupil_who_left_the_class_no_longer_sees_its_organisations_course(world):
    pupil = world["b_pupil"]
    assert _client(pupil).get(world["own"].url).status_code == HTTPStatus.OK

    membership_end(membership=pupil.class_memberships.get())

    assert _client(pupil).get(world["own"].url).status_code == HTTPStatus.NOT_FOUND


def test_a_class_or_peer_group_follows_only_the_network_or_its_own_organisations_course(world):
    own = world["own"]
    own.open_to_classes, own.audience = True, "young_learner"
    own.save_revision().publish()
    alpha = a_teacher_with_class(organisation=world["a"])
    beta_teacher = member(world["b"], Role.TEACHER, audience="teacher")

    assert own not in ClassroomForm(teacher=alpha.teacher).fields["course"].queryset
    assert own in ClassroomForm(teacher=beta_teacher).fields["course"].queryset
    alpha.classroom.course = own
    with pytest.raises(ValidationError, match="another organisation"):
        alpha.classroom.full_clean()
    world["b_classroom"].course = own
    world["b_classroom"].full_clean()
    assert own in group_courses(organisation_id=world["b"].pk)
    assert own not in group_courses(organisation_id=world["a"].pk)


def test_the_catalogue_asks_no_more_for_a_member_with_many_organisation_courses(
    world, client, count_queries
):
    client.force_login(world["b_member"])
    small = count_queries("/en/courses/")
    for n in range(12):
        course_page(title=f"Beta extra {n}", slug=f"beta-extra-{n}", organisation=world["b"])
        course_page(title=f"Alpha extra {n}", slug=f"alpha-extra-{n}", organisation=world["a"])

    assert count_queries("/en/courses/") == small
    page = client.get("/en/courses/").content.decode()
    assert page.count("Beta extra") == 12 and "Alpha extra" not in page


def test_a_network_modules_reader_is_never_asked_for_their_organisations(world):
    # The owners of courses come from the cache and no organisation has help services
    # of its own: reading a network module asks nothing about the reader's organisations.
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    shared_module = world["shared"].get_children().first().specific
    course_enrol(user=world["a_member"], course=world["shared"])
    client = _client(world["a_member"])
    client.get(shared_module.url)

    with CaptureQueriesContext(connection) as queries:
        assert client.get(shared_module.url).status_code == HTTPStatus.OK
    assert not any("classrooms_classmembership" in q["sql"] for q in queries)


# Help services of an organisation ------------------------------------------------------


def _service(organisation, name):
    return help_service(organisation=organisation, country="DE", name=name)


def test_an_organisations_help_service_is_shown_to_its_people_beside_the_networks(world):
    _service(None, "Network line")
    _service(world["b"], "Beta counsellors")

    for who, sees in (("b_member", True), ("b_pupil", True), ("a_member", False)):
        client = _client(world[who])
        page = client.get("/en/help/?country=DE").content.decode()
        assert "Network line" in page, who
        assert ("Beta counsellors" in page) is sees, who
    assert "Beta counsellors" not in _client().get("/en/help/?country=DE").content.decode()


def test_the_module_pages_help_box_is_kept_apart_for_each_organisations_people(world):
    _service(None, "Network line")
    _service(world["b"], "Beta counsellors")
    shared_module = world["shared"].get_children().first().specific

    # Read first by B's member (the fragment is cached), then by A's and by a visitor.
    readers = [("b_member", True), ("a_member", False), (None, False), ("b_pupil", True)]
    for who, sees in readers:
        client = _client(world[who] if who else None)
        client.cookies["help_country"] = "DE"
        page = client.get(shared_module.url).content.decode()
        assert "Network line" in page, who
        assert ("Beta counsellors" in page) is sees, who
