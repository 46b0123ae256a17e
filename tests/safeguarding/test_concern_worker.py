"""A concern's notification, through the real broker and a real worker on its queue."""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.db import connection

from safeguarding.models import Concern
from safeguarding.services import concern_raise
from tests.conftest import IN_CI
from tests.mentoring.factories import mentoring_world

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.worker


def _database_url() -> str:
    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def urgent_worker(django_db_setup, django_db_blocker, settings):
    """A worker that consumes a fresh 'urgent' queue of its own, on the test database."""
    if not settings.REDIS_URL or connection.vendor != "postgresql":
        if IN_CI:
            pytest.fail("CI must run this against PostgreSQL and Redis")
        pytest.skip("needs PostgreSQL and Redis")
    queue = f"urgent-test-{uuid.uuid4().hex[:10]}"
    settings.SAFEGUARDING_QUEUE = queue
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": _database_url(),
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "platform")]),
    }
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--queues",
            queue,
            "--hostname",
            f"{queue}@%h",
            "--pool",
            "solo",
            "--without-gossip",
            "--without-mingle",
            "--loglevel",
            "INFO",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        yield queue
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            worker.kill()


def test_a_worker_tells_the_lead_after_the_concern_is_committed(urgent_worker, migrated_data):
    w = mentoring_world()
    from safeguarding.contexts import contexts_for

    context = next(c for c in contexts_for(user=w.mentor_a) if c.key.startswith("group:"))

    concern = concern_raise(
        reporter=w.mentor_a, context=context, description="Something worrying.", urgency="soon"
    )

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        concern.refresh_from_db()
        if concern.notified_at is not None:
            break
        time.sleep(0.25)
    assert concern.notified_at is not None, "the worker never sent the notification"
    entry = concern.audit_entries.get(action="notified")
    assert w.lead_a.get_display_name() in entry.detail
    assert w.coach_a.get_display_name() in entry.detail
    assert Concern.objects.count() == 1
