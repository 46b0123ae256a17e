"""Celery against the real Redis broker and a real worker process (never eager mode)."""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from celery.result import AsyncResult
from django.conf import settings
from django.db import transaction

from config.celery import app, ping_task
from tests.conftest import IN_CI

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.worker


@pytest.fixture(scope="module")
def worker_queue():
    """Start `celery -A config worker` on a queue of its own; yield the queue's name."""
    if not settings.REDIS_URL:
        if IN_CI:
            pytest.fail("REDIS_URL must be set in CI")
        pytest.skip("REDIS_URL is not set: the worker tests need Redis")
    queue = f"test-{uuid.uuid4().hex[:12]}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        # The code under test, whatever the editable install knew when it was made.
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
        # The first answered ping proves the worker is consuming.
        ping_task.apply_async(args=["ready"], queue=queue).get(timeout=60)
        yield queue
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            worker.kill()


def test_task_sent_from_django_runs_in_a_real_worker(worker_queue):
    token = uuid.uuid4().hex

    result = ping_task.apply_async(args=[token], queue=worker_queue)

    assert result.get(timeout=30) == token
    assert result.successful()


@pytest.mark.django_db(transaction=True)
def test_task_enqueued_on_commit_runs_after_the_commit(worker_queue):
    task_id = str(uuid.uuid4())

    with transaction.atomic():
        ping_task.apply_async_on_commit(args=["committed"], queue=worker_queue, task_id=task_id)

    assert AsyncResult(task_id, app=app).get(timeout=30) == "committed"


@pytest.mark.django_db(transaction=True)
def test_task_enqueued_in_a_rolled_back_transaction_never_runs(worker_queue):
    rolled_back_id = str(uuid.uuid4())

    class Rollback(Exception):
        pass

    with pytest.raises(Rollback), transaction.atomic():
        ping_task.apply_async_on_commit(
            args=["rolled back"], queue=worker_queue, task_id=rolled_back_id
        )
        raise Rollback

    # The worker takes one task at a time in order: once a task sent afterwards has
    # run, the rolled-back one would have run too, had it ever been sent.
    later = ping_task.apply_async(args=["later"], queue=worker_queue)
    assert later.get(timeout=30) == "later"
    time.sleep(0.5)
    assert AsyncResult(rolled_back_id, app=app).state == "PENDING"
