"""A real worker builds its links from SITE_URL, never from a request it does not have."""

import re
import uuid

import pytest
from pypdf import PdfReader

from certificates.handlers import COURSE_CERTIFICATE
from certificates.models import Certificate
from outbox import services as outbox_services
from outbox.tasks import outbox_deliver_task
from tests.certificates.factories import complete, course_with_modules, learner
from tests.workers import Worker, delete_queue, mail_from_worker, require_worker_services

pytestmark = pytest.mark.worker

# Not the tests' own SITE_URL (http://testserver): what the worker says comes from its
# environment.
WORKER_SITE_URL = "http://127.0.0.1:8123"
LINK = re.compile(r"https?://[^\s\"'<>]+")


@pytest.fixture
def worker(migrated_data, tmp_path):
    """A worker on a queue of this test's own, with its own SITE_URL, sharing mail and
    private files with the test through tmp_path."""
    require_worker_services()
    queue = f"site-url-test-{uuid.uuid4().hex[:10]}"
    worker = Worker(
        queue=queue,
        log=tmp_path / "worker.log",
        pool="solo",
        concurrency=1,
        env={
            "SITE_URL": WORKER_SITE_URL,
            "TEST_SHARED_DIR": str(tmp_path),
            # The "certificate ready" task it sends itself goes to this queue too.
            "CELERY_TASK_DEFAULT_QUEUE": queue,
        },
    )
    try:
        worker.wait_until_consuming()
        yield worker
    finally:
        worker.stop()
        delete_queue(queue)


@pytest.fixture
def enrolment(migrated_data, monkeypatch):
    """A completed enrolment; the certificate task is the test's to send, to its worker."""
    require_worker_services()
    monkeypatch.setattr(outbox_services, "kick", lambda kind, keys: None)
    return complete(learner(display_name="Robin Worker"), course_with_modules(1))


def test_the_worker_links_to_its_site_url(worker, enrolment, tmp_path):
    result = outbox_deliver_task.apply_async(
        args=[COURSE_CERTIFICATE, [f"enrolment:{enrolment.pk}"]],
        queue=worker.queue,
        ignore_result=False,
    )
    result.get(timeout=60)
    certificate = Certificate.objects.get(enrolment=enrolment)
    verify_url = f"{WORKER_SITE_URL}/en/certificates/verify/{certificate.code}/"

    message = mail_from_worker(tmp_path, "Your certificate is ready", worker=worker, timeout=30)
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    links = LINK.findall(text) + LINK.findall(html) + LINK.findall(message["List-Unsubscribe"])
    assert len(LINK.findall(text)) >= 3, text  # dashboard, verification, unsubscribe
    assert [link for link in links if not link.startswith(f"{WORKER_SITE_URL}/")] == []
    assert verify_url in text
    assert f"{WORKER_SITE_URL}/en/dashboard/" in text

    # The PDF, rendered by the worker: its printed verification address.
    pdf = tmp_path / "private" / certificate.pdf.name
    assert pdf.exists(), worker.log()[-3000:]
    printed = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert verify_url in re.sub(r"\s+", "", printed), printed
    assert "testserver" not in printed
