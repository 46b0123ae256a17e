"""The API's lists and figures take the same number of queries for a small organisation
and a larger one."""

from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.api.helpers import a_token, api
from tests.reports.test_figures import an_organisation
from tests.worlds import module_world

pytestmark = pytest.mark.django_db


def _two_sizes():
    """A small and a larger organisation, each with a token: [(organisation, key)]."""
    sizes = []
    for parents, pupils in ((2, 2), (30, 25)):
        organisation = an_organisation(parents=parents, pupils=pupils)[0]
        key, _token = a_token(organisation)
        sizes.append({"organisation": organisation, "key": key})
    return {"sizes": sizes}


# Built once for the file (tests/worlds.py).
w, module_world_built = module_world(_two_sizes)


@pytest.mark.parametrize(
    "path", ["/api/v1/members/", "/api/v1/enrolments/", "/api/v1/classes/", "/api/v1/courses/"]
)
def test_lists_take_the_same_queries_at_two_sizes(w, path):
    counts = []
    for size in w["sizes"]:
        client = api(size["key"])
        client.get(path)  # warm the content versions and the token's throttle
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == HTTPStatus.OK
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
    assert counts[1] <= 9


def test_the_figures_take_the_same_queries_at_two_sizes(w):
    counts = []
    for size in w["sizes"]:
        with CaptureQueriesContext(connection) as queries:
            answer = api(size["key"]).get("/api/v1/reports/figures/")
            assert answer.status_code == HTTPStatus.OK
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
