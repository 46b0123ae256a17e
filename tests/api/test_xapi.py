"""Learning records for an organisation's learning record store: owed through the
outbox with the fact they record, sent once, again after the store was down."""

import base64
import json
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.test import Client

from accounts.models import Audience, Role
from api.models import LearningRecordStore
from api.xapi import KIND
from courses.services import module_complete
from outbox.delivery import deliver
from outbox.models import Message
from tests.accounts.factories import OrganisationFactory
from tests.courses.factories import course_page, module_page
from tests.roles import member
from tests.worlds import module_world

# Not transactional: what a completion owes is delivered by its on-commit callback, run
# by django_capture_on_commit_callbacks as a commit would run it.
pytestmark = pytest.mark.django_db


class Store(BaseHTTPRequestHandler):
    """A learning record store that keeps what it is sent, and answers as told."""

    received: list = []
    answer = 200
    location = ""

    def do_POST(self):  # noqa: N802 - http.server's name
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Store.received.append((self.path, self.headers, json.loads(body)))
        self.send_response(Store.answer)
        if Store.location:
            self.send_header("Location", Store.location)
        self.end_headers()
        self.wfile.write(b"[]")

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def store_address():
    """One store for the file: stopping a server waits for its next poll, up to half a
    second."""
    server = HTTPServer(("127.0.0.1", 0), Store)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/xapi/"
    server.shutdown()


@pytest.fixture
def store(store_address):
    """The store's address, with nothing received yet and answering 200."""
    Store.received, Store.answer, Store.location = [], 200, ""
    return store_address


def _a_learner_of_a_course() -> dict:
    organisation = OrganisationFactory()
    course = course_page(audience="parent", title="Talking with your child")
    return {
        "organisation": organisation,
        "course": course,
        "module": module_page(course, title="Only module"),
        "learner": member(organisation, audience=Audience.PARENT),
    }


# Built once for the file (tests/worlds.py); each test gives the organisation its store.
learning, module_world_built = module_world(_a_learner_of_a_course, name="learning")


@pytest.fixture
def world(learning, store):
    LearningRecordStore.objects.create(
        organisation=learning["organisation"], endpoint=store, key="lrs-key", secret="lrs-secret"
    )
    return learning["organisation"], learning["course"], learning["module"], learning["learner"]


def test_a_completed_course_is_sent_once_as_a_completed_statement(
    world, outbox_inline, django_capture_on_commit_callbacks
):
    organisation, course, module, learner = world
    outbox_inline(KIND)

    with django_capture_on_commit_callbacks(execute=True):  # delivered once it commits
        module_complete(user=learner, module=module)
    deliver(kind=KIND)  # a second delivery finds nothing owed

    assert len(Store.received) == 1
    path, headers, statement = Store.received[0]
    assert path == "/xapi/statements"
    assert headers["X-Experience-API-Version"] == "1.0.3"
    expected = base64.b64encode(b"lrs-key:lrs-secret").decode()
    assert headers["Authorization"] == f"Basic {expected}"
    assert statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed"
    assert statement["actor"]["account"]["name"] == str(learner.pk)
    assert learner.email not in json.dumps(statement)
    assert statement["object"]["definition"]["name"]["en-US"] == "Talking with your child"
    assert Message.objects.get(kind=KIND).outcome == Message.Outcome.DONE


def test_a_quiz_attempt_is_sent_as_attempted_and_passed_or_failed(
    world, outbox_inline, django_capture_on_commit_callbacks
):
    from tests.quizzes.factories import ALL_RIGHT, quiz_with_questions, take

    organisation, course, module, learner = world
    quiz = quiz_with_questions()
    outbox_inline(KIND)

    with django_capture_on_commit_callbacks(execute=True):
        take(learner, quiz, ALL_RIGHT, context_id=module.pk)

    verbs = sorted(statement["verb"]["display"]["en-US"] for _, _, statement in Store.received)
    assert verbs == ["attempted", "passed"]
    scores = {statement["result"]["score"]["scaled"] for _, _, statement in Store.received}
    assert scores == {1.0}


def test_a_store_that_is_down_gets_the_statement_later_and_once(
    world, outbox_inline, django_capture_on_commit_callbacks
):
    organisation, course, module, learner = world
    Store.answer = 503
    outbox_inline(KIND)

    with django_capture_on_commit_callbacks(execute=True):
        module_complete(user=learner, module=module)

    message = Message.objects.get(kind=KIND)
    assert message.outcome == ""  # owed still, to be tried again
    Store.answer = 200
    Message.objects.filter(pk=message.pk).update(due_at=message.created_at)
    deliver(kind=KIND)
    deliver(kind=KIND)

    ids = [statement["id"] for _, _, statement in Store.received]
    assert len(ids) == 2 and len(set(ids)) == 1  # the same statement, twice tried
    assert Message.objects.get(pk=message.pk).outcome == Message.Outcome.DONE


def test_a_store_that_already_has_it_counts_as_sent(
    world, outbox_inline, django_capture_on_commit_callbacks
):
    organisation, course, module, learner = world
    Store.answer = 409
    outbox_inline(KIND)

    with django_capture_on_commit_callbacks(execute=True):
        module_complete(user=learner, module=module)

    assert Message.objects.get(kind=KIND).outcome == Message.Outcome.DONE


def test_nothing_is_owed_for_an_organisation_without_a_store(world, outbox_inline):
    organisation, course, module, _learner = world
    someone_else = member(OrganisationFactory(), audience=Audience.PARENT)

    module_complete(user=someone_else, module=module)

    assert not Message.objects.filter(kind=KIND).exists()


def test_the_admin_sets_and_removes_the_store_on_the_api_page(store):
    organisation = OrganisationFactory(slug="trust")
    admin = member(organisation, Role.ORG_ADMIN)
    client = Client()
    client.force_login(admin)
    url = "/en/organisation/trust/api/learning-records/"

    missing = client.post(url, {"endpoint": store, "key": "k"})
    assert missing.status_code == HTTPStatus.BAD_REQUEST
    assert not LearningRecordStore.objects.exists()
    assert client.post(url, {"endpoint": store, "key": "k", "secret": "s"}).status_code == 302
    # A second save without a secret keeps the one saved, for the same host only.
    client.post(url, {"endpoint": store, "key": "k2", "secret": ""})
    saved = LearningRecordStore.objects.get()
    assert (saved.key, saved.secret) == ("k2", "s")
    elsewhere = client.post(url, {"endpoint": "http://localhost:9/xapi/", "key": "k2"})
    assert elsewhere.status_code == HTTPStatus.BAD_REQUEST
    assert LearningRecordStore.objects.get().endpoint == store
    page = client.get("/en/organisation/trust/api/").content.decode()
    assert store in page and 'value="s"' not in page
    client.post(url, {"remove": "1"})
    assert not LearningRecordStore.objects.exists()
    # Nobody else may.
    teacher = Client()
    teacher.force_login(member(organisation, Role.TEACHER))
    assert teacher.post(url, {"endpoint": store, "key": "k", "secret": "s"}).status_code == 404
    assert not LearningRecordStore.objects.exists()


def test_a_plain_http_store_is_refused_where_http_is_not_allowed(settings):
    from api.forms import LearningRecordStoreForm

    settings.API_LRS_ALLOW_HTTP = False
    form = LearningRecordStoreForm(
        {"endpoint": "http://lrs.example.org/", "key": "k", "secret": "s"}
    )

    assert not form.is_valid()
    assert form.errors["endpoint"] == ["The address must start with https://."]


@pytest.mark.parametrize(
    "endpoint",
    [
        "http://10.0.0.5/xapi/",
        "http://169.254.169.254/latest/",
        "http://192.168.1.1/",
        "http://[fd00::1]/",
    ],
)
def test_a_store_inside_the_platforms_network_is_refused(endpoint):
    from api.forms import LearningRecordStoreForm

    form = LearningRecordStoreForm({"endpoint": endpoint, "key": "k", "secret": "s"})

    assert not form.is_valid()
    assert "not on the internet" in form.errors["endpoint"][0]


def test_a_store_that_redirects_is_refused_and_its_credentials_stay(
    world, outbox_inline, django_capture_on_commit_callbacks
):
    organisation, course, module, learner = world
    Store.answer, Store.location = 307, "http://127.0.0.1:9/elsewhere"
    outbox_inline(KIND)

    with django_capture_on_commit_callbacks(execute=True):
        module_complete(user=learner, module=module)

    assert len(Store.received) == 1  # the redirect was not followed
    assert Message.objects.get(kind=KIND).outcome == Message.Outcome.FAILED
