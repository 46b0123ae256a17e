"""Learning records for an organisation's learning record store (xAPI 1.0.3): a
statement when one of its learners completes a course (completed), passes a quiz
(passed) or submits a quiz attempt (attempted).

Each statement is owed through the outbox in the transaction that records the fact (a
course completion, a submitted attempt), so it is sent once, after the commit, and again
until the store takes it: its id comes from its outbox key, so a store that got it
already answers 409 and nothing is stored twice. The learner is named by the id the API
uses (an account on this site), never by a name or an address.
"""

from __future__ import annotations

import base64
import ipaddress
import json
import logging
import socket
import uuid
from urllib import error, request
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from accounts.models import Membership
from certificates.selectors import organisation_of_learning
from classrooms.models import ClassMembership
from mentoring.models import PeerMembership
from outbox.registry import Refuse, Retry
from outbox.services import enqueue

from .models import LearningRecordStore

logger = logging.getLogger(__name__)

KIND = "api.xapi_statement"
VERSION = "1.0.3"
TIMEOUT = 10
VERBS = {
    "completed": "http://adlnet.gov/expapi/verbs/completed",
    "passed": "http://adlnet.gov/expapi/verbs/passed",
    "failed": "http://adlnet.gov/expapi/verbs/failed",
    "attempted": "http://adlnet.gov/expapi/verbs/attempted",
}
ACTIVITY = {
    "course": "http://adlnet.gov/expapi/activities/course",
    "assessment": "http://adlnet.gov/expapi/activities/assessment",
}


def endpoint_allowed(endpoint: str) -> bool:
    """https, or http where the settings allow it (the local demo and the tests)."""
    scheme = urlsplit(endpoint).scheme
    return scheme == "https" or (scheme == "http" and settings.API_LRS_ALLOW_HTTP)


def endpoint_public(endpoint: str) -> bool:
    """Whether every address the store's host name has is on the internet: the worker
    must not be sent to the platform's own network (its database, Redis, a cloud's
    metadata service). The local demo and the tests allow this machine."""
    host = urlsplit(endpoint).hostname or ""
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except (socket.gaierror, UnicodeError):
        return False
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if ip.is_loopback and settings.API_LRS_ALLOW_HTTP:
            continue
        if not ip.is_global:
            return False
    return bool(addresses)


class _NoRedirects(request.HTTPRedirectHandler):
    """A store that answers with a redirect is refused: following it would carry the
    credentials to another address, perhaps without TLS."""

    def redirect_request(self, *args, **kwargs):
        return None


_opener = request.build_opener(_NoRedirects)


def _statement(
    *,
    key: str,
    user_id: int,
    verb: str,
    object_id: str,
    kind: str,
    name: str,
    at,
    score=None,
    success=None,
) -> dict:
    statement = {
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{settings.SITE_URL}/xapi/{key}")),
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": settings.SITE_URL, "name": str(user_id)},
        },
        "verb": {"id": VERBS[verb], "display": {"en-US": verb}},
        "object": {
            "objectType": "Activity",
            "id": object_id,
            "definition": {"type": ACTIVITY[kind], "name": {"en-US": name}},
        },
        "timestamp": at.isoformat(),
    }
    if score is not None or success is not None:
        statement["result"] = {}
        if score is not None:
            statement["result"]["score"] = {"scaled": round(float(score) / 100, 4)}
        if success is not None:
            statement["result"]["success"] = bool(success)
    return statement


def _owe(*, organisation_id: int, key: str, statement: dict) -> None:
    enqueue(
        KIND, f"{organisation_id}:{key}", {"organisation": organisation_id, "statement": statement}
    )


def _any_store_reaches(user) -> bool:
    """Whether an organisation that reaches the learner keeps a learning record store
    (one query): most do not, and every quiz submission asks."""
    return LearningRecordStore.objects.filter(
        Q(organisation__in=Membership.objects.filter(user=user).values("organisation"))
        | Q(
            organisation__in=ClassMembership.objects.filter(pupil=user).values(
                "classroom__organisation"
            )
        )
        | Q(organisation__in=PeerMembership.objects.filter(peer=user).values("group__organisation"))
    ).exists()


def _store_for(*, user, course_id: int | None):
    organisation = organisation_of_learning(user=user, course_id=course_id)
    if organisation is None:
        return None
    return LearningRecordStore.objects.filter(organisation=organisation).first()


def on_course_completed(sender, enrolment, **kwargs) -> None:
    """courses.signals.course_completed, inside the completing transaction."""
    if not _any_store_reaches(enrolment.user):
        return
    store = _store_for(user=enrolment.user, course_id=enrolment.course_id)
    if store is None:
        return
    key = f"completed:course:{enrolment.course_id}:{enrolment.user_id}"
    _owe(
        organisation_id=store.organisation_id,
        key=key,
        statement=_statement(
            key=f"{store.organisation_id}:{key}",
            user_id=enrolment.user_id,
            verb="completed",
            object_id=f"{settings.SITE_URL}/courses/{enrolment.course_id}",
            kind="course",
            name=enrolment.course.title,
            at=enrolment.completed_at or timezone.now(),
        ),
    )


def on_attempt_submitted(sender, attempt, **kwargs) -> None:
    """quizzes.signals.attempt_submitted, inside the submitting transaction: attempted,
    and passed or failed for a graded quiz."""
    from courses.models import ModulePage

    if not _any_store_reaches(attempt.user):
        return
    course_id = None
    if attempt.context_id:
        module = ModulePage.objects.filter(pk=attempt.context_id).only("path", "depth").first()
        if module is not None:
            parent = module.get_parent()
            course_id = parent.pk if parent else None
    store = _store_for(user=attempt.user, course_id=course_id)
    if store is None:
        return
    verbs = ["attempted"]
    if attempt.passed is not None:
        verbs.append("passed" if attempt.passed else "failed")
    for verb in verbs:
        key = f"{verb}:attempt:{attempt.pk}"
        _owe(
            organisation_id=store.organisation_id,
            key=key,
            statement=_statement(
                key=f"{store.organisation_id}:{key}",
                user_id=attempt.user_id,
                verb=verb,
                object_id=f"{settings.SITE_URL}/quizzes/{attempt.quiz_id}",
                kind="assessment",
                name=attempt.quiz.title,
                at=attempt.submitted_at or timezone.now(),
                score=attempt.score,
                success=attempt.passed,
            ),
        )


def statement_send(message, batch=None) -> None:
    """POST one statement to the organisation's store (outbox handler)."""
    store = LearningRecordStore.objects.filter(
        organisation_id=message.payload["organisation"]
    ).first()
    if store is None:
        raise Refuse("the organisation no longer has a learning record store")
    if not endpoint_allowed(store.endpoint):
        raise Refuse("the store's address is not https")
    if not endpoint_public(store.endpoint):
        raise Retry("the store's address is not on the internet (or its name did not resolve)")
    credentials = base64.b64encode(f"{store.key}:{store.secret}".encode()).decode()
    call = request.Request(  # noqa: S310 - endpoint_allowed and endpoint_public, above
        store.endpoint.rstrip("/") + "/statements",
        data=json.dumps(message.payload["statement"]).encode(),
        method="POST",
        headers={
            "Content-Type": "application/json",
            "X-Experience-API-Version": VERSION,
            "Authorization": f"Basic {credentials}",
        },
    )
    try:
        with _opener.open(call, timeout=TIMEOUT) as answer:
            if answer.status >= 300:
                raise Refuse(f"the store answered {answer.status}")
            return
    except error.HTTPError as refused:
        if refused.code == 409:
            return  # the store has this statement (same id) already
        if 300 <= refused.code < 400:
            raise Refuse(f"the store answered with a redirect ({refused.code})") from refused
        if refused.code >= 500 or refused.code == 429:
            raise Retry(f"the store answered {refused.code}") from refused
        raise Refuse(f"the store refused the statement: {refused.code}") from refused
    except (error.URLError, TimeoutError, OSError) as unreachable:
        raise Retry(f"the store is unreachable: {unreachable}") from unreachable
