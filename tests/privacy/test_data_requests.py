"""Requests about personal data that a person must answer: sent by anyone, queued for the
organisation's admins with a one-month deadline, answered in the product."""

import datetime
import uuid
from http import HTTPStatus

import pytest
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import Role
from accounts.services import organisation_add_member
from privacy.models import DataRequest
from privacy.requests import REQUEST_MAIL
from tests.accounts.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

ASK = "/en/privacy/ask/"


@pytest.fixture
def world():
    organisation = OrganisationFactory(slug="school-network")
    admin = UserFactory(email="admin@school.example")
    organisation_add_member(organisation=organisation, user=admin, role=Role.ORG_ADMIN)
    teacher = UserFactory(email="teacher@school.example")
    organisation_add_member(organisation=organisation, user=teacher, role=Role.TEACHER)
    cache.clear()  # the form's rate limit counts per address
    return organisation, admin, teacher


def _form(to, **extra):
    return {
        "organisation": to.pk,
        "kind": DataRequest.Kind.DELETE,
        "requester_name": "Alex Morgan",
        "requester_email": "alex@example.org",
        "about": "My son, Robin, in class 7B",
        "details": "Please delete his account and everything about him.",
        "submission": str(uuid.uuid4()),
        **extra,
    }


def test_a_parent_asks_and_the_admins_are_told_once_with_the_deadline(
    world, outbox_inline, django_capture_on_commit_callbacks
):
    organisation, admin, teacher = world
    outbox_inline(REQUEST_MAIL)
    data = _form(organisation)

    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post(ASK, data)
        again = Client().post(ASK, data)  # the same form, sent twice

    assert response.status_code == again.status_code == HTTPStatus.OK
    assert "Your request is sent" in response.content.decode()
    request = DataRequest.objects.get()
    assert request.status == DataRequest.Status.OPEN
    expected = timezone.now() + datetime.timedelta(days=30)
    assert abs(request.due_at - expected) < datetime.timedelta(minutes=1)
    # Only the organisation's admin, once; the mail names nobody.
    assert [message.to for message in mail.outbox] == [[admin.email]]
    assert "/en/organisation/school-network/requests/" in mail.outbox[0].body
    assert "Robin" not in mail.outbox[0].body


@pytest.mark.parametrize(
    "change",
    [
        {"requester_email": "not an address"},
        {"details": ""},
        {"organisation": "999999"},
        {"kind": "everything"},
        {"about": "x" * 201},
    ],
)
def test_bad_input_gets_a_form_error_and_saves_nothing(world, change):
    organisation, _admin, _teacher = world

    response = Client().post(ASK, _form(organisation, **change))

    assert response.status_code == HTTPStatus.OK
    assert "field__errors" in response.content.decode()
    assert not DataRequest.objects.exists()


def test_the_form_is_rate_limited_per_address(world):
    organisation, _admin, _teacher = world
    client = Client()
    statuses = [client.post(ASK, _form(organisation)).status_code for _ in range(6)]

    assert statuses == [HTTPStatus.OK] * 5 + [HTTPStatus.TOO_MANY_REQUESTS]
    assert DataRequest.objects.count() == 5


def test_the_admin_answers_and_nobody_else_can(world):
    organisation, admin, teacher = world
    Client().post(ASK, _form(organisation))
    request = DataRequest.objects.get()
    url = f"/en/organisation/{organisation.slug}/requests/{request.pk}/"
    answer = {"status": DataRequest.Status.DONE, "outcome": "Deleted on the 3rd."}
    refused = Client()
    refused.force_login(teacher)

    assert refused.get(f"/en/organisation/{organisation.slug}/requests/").status_code == 404
    assert refused.post(url, answer).status_code == HTTPStatus.NOT_FOUND
    request.refresh_from_db()
    assert request.status == DataRequest.Status.OPEN

    client = Client()
    client.force_login(admin)
    queue = client.get(f"/en/organisation/{organisation.slug}/requests/").content.decode()
    assert "My son, Robin, in class 7B" in queue
    assert client.post(url, {"status": "done", "outcome": ""}).status_code == HTTPStatus.FOUND
    request.refresh_from_db()
    assert request.status == DataRequest.Status.OPEN  # an answer needs what was done
    assert client.post(url, answer).status_code == HTTPStatus.FOUND
    request.refresh_from_db()
    assert request.status == DataRequest.Status.DONE
    assert request.handled_by == admin and request.handled_at is not None
    # Answered once: a second answer finds nothing open.
    assert client.post(url, answer).status_code == HTTPStatus.NOT_FOUND


def test_a_late_request_says_so(world):
    organisation, admin, _teacher = world
    Client().post(ASK, _form(organisation))
    DataRequest.objects.update(due_at=timezone.now() - datetime.timedelta(days=1))
    client = Client()
    client.force_login(admin)

    queue = client.get(f"/en/organisation/{organisation.slug}/requests/").content.decode()

    assert "Late" in queue


def test_the_queue_reads_a_fixed_number_of_queries(world):
    organisation, admin, _teacher = world
    client = Client()
    client.force_login(admin)
    client.get(f"/en/organisation/{organisation.slug}/requests/")  # caches warm

    def queries(count):
        DataRequest.objects.bulk_create(
            DataRequest(
                organisation=organisation,
                kind=DataRequest.Kind.SEE,
                requester_name="A parent",
                requester_email="a@example.org",
                about="A child",
                details="Please send me the data.",
                due_at=timezone.now(),
                status=DataRequest.Status.DONE,
                handled_by=admin,
            )
            for _ in range(count)
        )
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"/en/organisation/{organisation.slug}/requests/").status_code == 200
        return len(captured)

    assert queries(2) == queries(20)
