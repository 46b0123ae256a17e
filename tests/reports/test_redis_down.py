"""The organisation pages this issue added answer with Redis down (config.cache)."""

from http import HTTPStatus

import pytest
from django.test import Client, override_settings

from accounts.models import Role
from courses.services import module_complete
from tests.api.helpers import a_token, api
from tests.config.test_redis_outage import DEAD, DEAD_CACHE
from tests.courses.factories import course_page, module_page
from tests.reports.test_figures import an_organisation
from tests.roles import member

pytestmark = pytest.mark.django_db


def test_the_report_settings_tokens_feedback_and_api_answer_with_redis_down():
    organisation, *_ = an_organisation(parents=3, pupils=2)
    admin = member(organisation, Role.ORG_ADMIN)
    admin.memberships.create(organisation=organisation, role=Role.NETWORK_ADMIN)
    key, _token = a_token(organisation, admin=admin)
    course = course_page(audience="parent", title="Talking with your child")
    module_complete(user=admin, module=module_page(course, title="Only module"))
    slug = organisation.slug

    with override_settings(CACHES=DEAD_CACHE, CELERY_BROKER_URL=DEAD, HEALTHZ_TIMEOUT=1):
        client = Client()
        client.force_login(admin)
        for url in (
            f"/en/reports/{slug}/",
            f"/en/reports/{slug}/figures.csv",
            "/en/network/",
            f"/en/organisation/{slug}/settings/",
            f"/en/organisation/{slug}/api/",
            f"/en/feedback/{course.pk}/",
        ):
            assert client.get(url).status_code == HTTPStatus.OK, url
        assert api(key).get("/api/v1/reports/figures/").status_code == HTTPStatus.OK
        assert Client().get("/healthz").status_code == HTTPStatus.SERVICE_UNAVAILABLE
