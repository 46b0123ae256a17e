"""A concern's notification, through the real broker and a real worker on its queue."""

import time
import uuid

import pytest

from safeguarding.models import Concern
from safeguarding.services import concern_raise
from tests.mentoring.factories import mentoring_world
from tests.workers import Worker, require_worker_services

pytestmark = pytest.mark.worker


@pytest.fixture
def urgent_worker(django_db_setup, settings, migrated_data, tmp_path):
    """A worker that consumes a fresh 'urgent' queue of its own, on the test database."""
    require_worker_services()
    queue = f"urgent-test-{uuid.uuid4().hex[:10]}"
    settings.SAFEGUARDING_QUEUE = queue
    worker = Worker(queue=queue, log=tmp_path / "worker.log", pool="solo", concurrency=1)
    try:
        worker.wait_until_consuming()
        yield worker
    finally:
        worker.stop()


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
