"""Redis may fail; the site may not. The cache and the broker on a dead port: pages,
sign-in, quiz answers and concerns still work, /healthz says why it is unhealthy, and
what was saved meanwhile goes out once Redis is back."""

import logging
import os
from http import HTTPStatus

import pytest
from celery.app.task import Task
from django.core import mail
from django.test import Client, override_settings
from kombu.exceptions import OperationalError

from config.cache import ResilientRedisCache
from courses.models import Enrolment, ModuleProgress
from outbox import tasks as outbox_tasks
from outbox.delivery import deliver
from safeguarding.models import Concern
from safeguarding.services import CONCERN_MAIL
from tests.mentoring.factories import mentoring_world
from tests.quizzes.factories import ALL_RIGHT, answer_page

pytestmark = pytest.mark.django_db

DEAD = "redis://127.0.0.1:1/0"  # nothing listens on port 1
DEAD_CACHE = {
    "default": {
        "BACKEND": "config.cache.ResilientRedisCache",
        "LOCATION": DEAD,
        "KEY_PREFIX": "outage-test",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}


def _dead_cache(prefix="outage-test") -> ResilientRedisCache:
    return ResilientRedisCache(
        DEAD, {"KEY_PREFIX": prefix, "OPTIONS": DEAD_CACHE["default"]["OPTIONS"]}
    )


def test_a_dead_cache_answers_as_an_empty_one():
    cache = _dead_cache()

    assert cache.get("k") is None
    assert cache.get("k", "fallback") == "fallback"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.set("k", 1) is None
    assert cache.add("lock", 1) is True  # a lock in the cache never waits on a dead server
    assert cache.delete("k") is False
    assert cache.get_or_set("k", 5) == 5
    with pytest.raises(ValueError):
        cache.incr("counter")


def test_a_dead_cache_logs_once_a_minute_not_once_a_call(caplog):
    cache = _dead_cache()

    with caplog.at_level(logging.WARNING, logger="config.cache"):
        for _ in range(50):
            cache.get("k")

    assert len([r for r in caplog.records if "Cache unreachable" in r.message]) == 1


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs a real Redis (REDIS_URL)")
def test_the_first_call_after_an_outage_drops_what_may_be_stale():
    url = os.environ["REDIS_URL"]
    cache = ResilientRedisCache(url, {"KEY_PREFIX": "outage-recovery-test"})
    cache.set("courses:version:pages", "before-the-outage")
    # Writes lost while Redis was down (an editor published, the version bump was lost).
    cache._health.lost_writes = True

    assert cache.get("courses:version:pages") is None
    cache.set("fresh", 1)
    assert cache.get("fresh") == 1
    cache.delete("fresh")


@pytest.fixture
def outage(monkeypatch):
    """The cache and the broker on a dead port; sending a task fails as it would."""

    def broker_down(self, *args, **kwargs):
        raise OperationalError("Error 111 connecting to 127.0.0.1:1. Connection refused.")

    monkeypatch.setattr(Task, "apply_async", broker_down)
    # The suite keeps outbox tasks off the broker (tests/conftest.py): here they try it.
    monkeypatch.delattr(outbox_tasks.outbox_deliver_task, "apply_async", raising=False)
    with override_settings(CACHES=DEAD_CACHE, CELERY_BROKER_URL=DEAD, HEALTHZ_TIMEOUT=1):
        yield


def test_with_redis_down_people_sign_in_learn_and_raise_concerns(outage, password):
    w = mentoring_world()
    module = w.quiz_module
    w.peer.set_password(password)
    w.peer.save()
    Enrolment.objects.get_or_create(user=w.peer, course=w.peer_course)

    visitor = Client()
    assert visitor.get("/en/").status_code == HTTPStatus.OK
    assert visitor.get(w.first.url).status_code == HTTPStatus.OK

    # Sign in: the session is kept in the database, so the next page knows the learner.
    learner = Client()
    response = learner.post("/en/accounts/login/", {"login": w.peer.username, "password": password})
    assert response.status_code == HTTPStatus.FOUND
    assert learner.get("/en/dashboard/").status_code == HTTPStatus.OK

    # A quiz answer: the attempt and the module completion are saved.
    url = f"/en/learn/modules/{module.pk}/quizzes/{w.quiz.pk}/"
    response = answer_page(learner, url, user=w.peer, quiz=w.quiz, picks=ALL_RIGHT)
    assert response.status_code == HTTPStatus.FOUND
    assert ModuleProgress.objects.get(user=w.peer, module=module).completed_at is not None

    # A concern: saved, and the mentor sees the normal confirmation.
    mentor = Client()
    mentor.force_login(w.mentor_a)
    response = mentor.post(
        "/en/help/worried/",
        {
            "context": f"group:{w.group_a.pk}",
            "about_user": w.peer.pk,
            "description": "Kai said someone from a game asked him to keep a secret.",
            "urgency": "soon",
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    assert "What happens next" in mentor.get(response["Location"]).content.decode()
    concern = Concern.objects.get()
    assert concern.notified_at is None and not mail.outbox

    health = Client().get("/healthz")
    assert health.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert health.json()["checks"] == {
        "database": "ok",
        "cache": "unavailable",
        "broker": "unavailable",
    }
    assert Client().get("/healthz/live").status_code == HTTPStatus.OK


def test_a_concern_saved_while_the_broker_was_down_is_mailed_once_when_it_is_back(
    outage, django_capture_on_commit_callbacks
):
    w = mentoring_world()
    mentor = Client()
    mentor.force_login(w.mentor_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = mentor.post(
            "/en/help/worried/",
            {
                "context": f"group:{w.group_a.pk}",
                "description": "A peer told me an adult online asked for photos.",
                "urgency": "danger_now",
            },
        )
    assert response.status_code == HTTPStatus.FOUND  # the failed send did not reach the page
    assert not mail.outbox

    # The broker is back: the outbox sweep (every 20 seconds) sends what was owed, once.
    assert deliver(kind=CONCERN_MAIL) == {"done": 2}
    assert deliver(kind=CONCERN_MAIL) == {}
    concern = Concern.objects.get()
    assert concern.notified_at is not None
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted([w.lead_a.email, w.coach_a.email])


def test_with_redis_down_the_role_pages_still_answer_and_still_refuse(outage):
    from accounts.models import Role
    from accounts.services import organisation_add_member, role_grant
    from tests.accounts.factories import UserFactory

    w = mentoring_world()
    admin = UserFactory()
    organisation_add_member(organisation=w.org_a, user=admin, role=Role.ORG_ADMIN)

    def signed_in(user) -> Client:
        client = Client()
        client.force_login(user)
        return client

    # Capabilities are read from the database when the cache is gone.
    page = signed_in(admin).get(f"/en/organisation/{w.org_a.slug}/")
    assert page.status_code == HTTPStatus.OK and "Role for" in page.content.decode()
    assert signed_in(w.teacher).get("/en/classes/new/").status_code == HTTPStatus.OK
    assert signed_in(w.peer).get("/en/classes/new/").status_code == HTTPStatus.NOT_FOUND
    assert signed_in(w.parent).get("/admin/").status_code == HTTPStatus.FORBIDDEN

    # A role withdrawn meanwhile takes effect at once: nothing stale is served.
    organisation_add_member(organisation=w.org_a, user=w.parent)
    role_grant(organisation=w.org_a, user=w.parent, role=Role.TEACHER, actor=admin)
    w.parent.memberships.filter(role=Role.TEACHER).delete()
    assert signed_in(w.parent).get("/en/classes/new/").status_code == HTTPStatus.NOT_FOUND


def test_with_redis_down_the_dashboard_the_profile_and_the_admin_imports_answer(outage, editor):
    """The pages other apps add parts to (accounts/page_parts.py) and the imports."""
    w = mentoring_world()
    for user, addresses in (
        (w.peer, ["/en/dashboard/", "/en/accounts/profile/"]),
        (editor, ["/admin/courses/import/", "/admin/help-directory/import/"]),
    ):
        client = Client()
        client.force_login(user)
        for address in addresses:
            assert client.get(address).status_code == HTTPStatus.OK, address


def test_with_redis_down_a_child_signs_up_a_parent_agrees_and_an_account_is_deleted(
    outage, django_capture_on_commit_callbacks
):
    """The privacy flows keep their promises without Redis: the parent's mail is owed in
    the database and goes out once Redis is back; deleting and the request form answer."""
    from privacy.consent import CONSENT_MAIL, link_token
    from privacy.models import DataRequest, ParentalConsent
    from tests.accounts.factories import OrganisationFactory

    child = Client()
    password = "Correct-Horse-Battery-9"
    with django_capture_on_commit_callbacks(execute=True):
        response = child.post(
            "/en/accounts/signup/",
            {
                "email": "kid@example.org",
                "password1": password,
                "password2": password,
                "age_band": "12-14",
                "country": "NL",
                "parent_email": "mum@example.org",
            },
        )
    assert response.status_code == HTTPStatus.FOUND
    [verification] = mail.outbox
    confirm = verification.body[verification.body.index("/en/accounts/confirm-email/") :].split()[0]
    with django_capture_on_commit_callbacks(execute=True):
        assert child.post(confirm).status_code == HTTPStatus.FOUND
    consent = ParentalConsent.objects.get()
    assert consent.link_sent_at is not None  # owed: an outbox row, not yet sent

    # Redis is back: the sweep delivers the parent's mail once.
    with django_capture_on_commit_callbacks(execute=True):
        deliver(kind=CONSENT_MAIL)
        deliver(kind=CONSENT_MAIL)
    assert [m.to for m in mail.outbox[1:]] == [["mum@example.org"]]

    parent = Client()
    token = link_token(ParentalConsent.objects.get())
    assert parent.post(f"/en/consent/{token}/", {"answer": "agree"}).status_code == 302
    assert ParentalConsent.objects.get().is_given

    visitor = Client()
    organisation = OrganisationFactory()
    response = visitor.post(
        "/en/privacy/ask/",
        {
            "organisation": organisation.pk,
            "kind": "see",
            "requester_name": "Alex",
            "requester_email": "alex@example.org",
            "about": "My daughter in 7B",
            "details": "Please send me her data.",
            "submission": "6f1c1f8e-1b0e-4e8c-9d55-2f1c1f8e1b0e",
        },
    )
    assert response.status_code == HTTPStatus.OK and DataRequest.objects.count() == 1

    response = child.post("/en/accounts/delete/", {"confirm": "on"})
    assert response.status_code == HTTPStatus.FOUND
    assert not ParentalConsent.objects.exists()
