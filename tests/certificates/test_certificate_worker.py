"""Certificates through the real broker and real worker processes, on the test database.

The workers use the test settings, so their PDFs go to their own in-memory storage:
these tests look at the certificate rows, not at the files.
"""

import os
import re
import signal
import time
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from celery.result import AsyncResult
from django.conf import settings
from django.utils import timezone
from kombu import Connection

from certificates.handlers import COURSE_CERTIFICATE
from certificates.models import Certificate
from certificates.services import RENDER_CLAIM_TIMEOUT
from certificates.tasks import certificates_batch_task, certificates_sweep_task
from outbox import services as outbox_services
from outbox.models import Message
from outbox.tasks import outbox_deliver_task
from tests.certificates.factories import complete, course_with_modules, learner
from tests.workers import Worker, delete_queue, require_worker_services

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.worker


@pytest.fixture
def start_worker(migrated_data, tmp_path):
    """Start workers on a fresh queue of this test's own; all are stopped at the end."""
    require_worker_services()
    queue = f"certificates-test-{uuid.uuid4().hex[:10]}"
    workers: list[Worker] = []

    def start(*, pool: str = "prefork", concurrency: int = 1) -> Worker:
        worker = Worker(
            queue=queue,
            log=tmp_path / f"worker{len(workers) + 1}.log",
            pool=pool,
            concurrency=concurrency,
        )
        workers.append(worker)
        worker.wait_until_consuming()
        return worker

    yield start
    for worker in workers:
        worker.stop()
    delete_queue(queue)


@pytest.fixture
def enrolment(migrated_data, monkeypatch):
    """A completed enrolment; the task its completion sends is the test's to send."""
    require_worker_services()
    monkeypatch.setattr(outbox_services, "kick", lambda kind, keys: None)
    return complete(learner(display_name="Robin Worker"), course_with_modules(1))


def _issue(enrolment, worker: Worker) -> AsyncResult:
    """The task the completion's commit sends: deliver its outbox row."""
    return outbox_deliver_task.apply_async(
        args=[COURSE_CERTIFICATE, [f"enrolment:{enrolment.pk}"]],
        queue=worker.queue,
        ignore_result=False,
    )


def _received(worker: Worker) -> int:
    """How many outbox_deliver_task messages the worker took from the queue."""
    return len(re.findall(r"outbox_deliver_task\[[0-9a-f-]+\] received", worker.log()))


def _wait_for(condition, *, timeout: float, interval: float = 0.01) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return False


def _redeliver_unacknowledged() -> None:
    """What Redis does once the visibility timeout (an hour) has passed: the messages a
    dead worker took and never acknowledged go back to their queues."""
    with Connection(
        settings.CELERY_BROKER_URL, transport_options={"visibility_timeout": 0}
    ) as conn:
        conn.default_channel.qos.restore_visible(num=100)


def _sweep_after_the_claims_expire(worker: Worker, monkeypatch) -> None:
    """Let the outbox lease and RENDER_CLAIM_TIMEOUT pass for what a dead worker had
    claimed, then run the outbox's delivery and the certificate sweep on the worker
    (and wait for them)."""
    long_ago = timezone.now() - RENDER_CLAIM_TIMEOUT - timedelta(minutes=1)
    Message.objects.filter(done_at__isnull=True).update(lease_until=long_ago, due_at=long_ago)
    Certificate.objects.filter(pdf="").update(issued_at=long_ago, render_claimed_at=long_ago)
    outbox_deliver_task.apply_async(
        args=[COURSE_CERTIFICATE, list(Message.objects.values_list("key", flat=True))],
        queue=worker.queue,
        ignore_result=False,
    ).get(timeout=30)
    sent = []
    monkeypatch.setattr(
        certificates_batch_task,
        "delay",
        lambda kind, ids: sent.append(
            certificates_batch_task.apply_async(
                args=[kind, ids], queue=worker.queue, ignore_result=False
            )
        ),
    )
    certificates_sweep_task()
    for result in sent:
        result.get(timeout=30)


def _assert_one_certificate_with_its_pdf(enrolment, *workers: Worker) -> None:
    logs = "\n".join(worker.log()[-3000:] for worker in workers)
    assert Certificate.objects.count() == 1, logs
    certificate = Certificate.objects.get()
    assert certificate.enrolment_id == enrolment.pk
    assert certificate.pdf.name == f"certificates/{certificate.code}.pdf", logs


def test_a_task_sent_twice_issues_one_certificate(start_worker, enrolment):
    worker = start_worker(pool="prefork", concurrency=2)

    results = [_issue(enrolment, worker), _issue(enrolment, worker)]
    for result in results:
        result.get(timeout=30)

    assert all(result.successful() for result in results)
    assert _received(worker) == 2
    _assert_one_certificate_with_its_pdf(enrolment, worker)


@pytest.mark.parametrize("moment", ["received", "issued"])
def test_a_worker_killed_mid_task_leaves_one_certificate_in_the_end(
    start_worker, enrolment, monkeypatch, moment
):
    first = start_worker()

    result = _issue(enrolment, first)
    if moment == "received":
        caught = _wait_for(lambda: _received(first) == 1, timeout=20, interval=0.002)
    else:
        # The row is committed and the PDF is being rendered (WeasyPrint's first import
        # alone takes half a second in a fresh pool process).
        caught = _wait_for(lambda: Certificate.objects.exists(), timeout=20)
    first.kill()
    assert caught, first.log()
    if moment == "issued":
        assert not Certificate.objects.get().pdf, "killed too late: the PDF was stored"

    second = start_worker()
    _redeliver_unacknowledged()
    result.get(timeout=30)
    _sweep_after_the_claims_expire(second, monkeypatch)

    _assert_one_certificate_with_its_pdf(enrolment, first, second)


def test_a_lost_pool_process_has_its_task_run_again_at_once(start_worker, enrolment, monkeypatch):
    worker = start_worker()
    [process] = worker.pool_processes()

    result = _issue(enrolment, worker)
    assert _wait_for(lambda: Certificate.objects.exists(), timeout=20), worker.log()
    os.kill(process, signal.SIGKILL)

    # CELERY_TASK_REJECT_ON_WORKER_LOST: the message goes back to the queue at once and
    # the worker's new pool process runs it, with no visibility timeout to wait for.
    result.get(timeout=30)
    log = worker.log()
    assert "WorkerLostError" in log, log
    assert _received(worker) == 2, log
    _sweep_after_the_claims_expire(worker, monkeypatch)

    _assert_one_certificate_with_its_pdf(enrolment, worker)
