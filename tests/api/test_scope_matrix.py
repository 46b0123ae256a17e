"""What a token may do is what its scopes grant (accounts.capabilities.Scope), for its
own organisation only: every endpoint and method against every single scope, with the
rows counted around each write."""

import json
from http import HTTPStatus

import pytest

from accounts.capabilities import Scope
from courses.models import Enrolment
from tests.api.helpers import a_token, api
from tests.courses.factories import course_page
from tests.reports.test_figures import an_organisation

pytestmark = pytest.mark.django_db

# (method, address, the scope it needs; None: any token)
ENDPOINTS = [
    ("GET", "/api/v1/organisation/", None),
    ("GET", "/api/v1/reports/figures/", Scope.READ_REPORTS),
    ("GET", "/api/v1/courses/", Scope.READ_COURSES),
    ("GET", "/api/v1/members/", Scope.READ_PEOPLE),
    ("GET", "/api/v1/classes/", Scope.READ_PEOPLE),
    ("GET", "/api/v1/enrolments/", Scope.MANAGE_ENROLMENTS),
    ("POST", "/api/v1/enrolments/", Scope.MANAGE_ENROLMENTS),
]


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    from tests.worlds import building, module_transaction

    with module_transaction(django_db_blocker):
        with building(django_db_blocker):
            organisation, classes, parents, _pupils, _mentoring = an_organisation(
                parents=2, pupils=1
            )
            keys = {scope: a_token(organisation, scopes=[scope])[0] for scope in Scope.values}
            course = course_page(title="Talking with your child")
            body = {"learner": parents[0].pk, "course": course.pk}
        yield keys, body


@pytest.mark.parametrize("scope", Scope.values)
@pytest.mark.parametrize("method, path, needed", ENDPOINTS)
def test_each_scope_opens_its_endpoints_and_no_other(world, scope, method, path, needed):
    keys, body = world
    before = Enrolment.objects.count()

    if method == "GET":
        answer = api(keys[scope]).get(path)
    else:
        answer = api(keys[scope]).post(path, json.dumps(body), content_type="application/json")

    allowed = needed is None or needed == scope
    if not allowed:
        assert answer.status_code == HTTPStatus.FORBIDDEN
        assert answer.json()["error"]["message"] == (
            f"This token may not do this: it needs the scope “{needed}”."
        )
        assert Enrolment.objects.count() == before
    elif method == "GET":
        assert answer.status_code == HTTPStatus.OK
        assert Enrolment.objects.count() == before
    else:
        assert answer.status_code == HTTPStatus.CREATED
        assert Enrolment.objects.count() == before + 1
