import socket
import time
from http import HTTPStatus

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


@pytest.fixture
def silent_server():
    """A TCP port that accepts connections and never answers: a hung broker."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    yield server.getsockname()[1]
    server.close()


def test_healthz_reports_database_and_broker(client, settings):
    response = client.get("/healthz")

    assert response.status_code == HTTPStatus.OK
    body = response.json()
    assert body == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "broker": "ok"},
    }
    assert settings.SECRET_KEY not in response.content.decode()


def test_healthz_answers_503_when_the_broker_is_stopped(client):
    # Nothing listens on port 1 of the loopback address.
    with override_settings(CELERY_BROKER_URL="redis://127.0.0.1:1/0", HEALTHZ_TIMEOUT=1):
        started = time.monotonic()
        response = client.get("/healthz")
        elapsed = time.monotonic() - started

    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert response.json()["checks"] == {
        "database": "ok",
        "cache": "ok",
        "broker": "unavailable",
    }
    assert "127.0.0.1:1" not in response.content.decode()
    assert elapsed < 5


def test_healthz_gives_up_on_a_broker_that_never_answers(client, silent_server):
    url = f"redis://127.0.0.1:{silent_server}/0"
    with override_settings(CELERY_BROKER_URL=url, HEALTHZ_TIMEOUT=1):
        started = time.monotonic()
        response = client.get("/healthz")
        elapsed = time.monotonic() - started

    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert elapsed < 5


def test_healthz_only_answers_get(client):
    assert client.post("/healthz").status_code == HTTPStatus.METHOD_NOT_ALLOWED
