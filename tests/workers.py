"""Real Celery workers for tests: `celery -A config worker` on the test database."""

import email
import os
import signal
import subprocess
import sys
import time
from email import policy
from pathlib import Path

import pytest
from django.db import connection

from config.celery import ping_task
from tests.conftest import IN_CI

ROOT = Path(__file__).resolve().parents[1]


def database_url() -> str:
    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


class Worker:
    """`celery -A config worker` in a process group of its own, logging to a file."""

    def __init__(
        self, *, queue: str, log: Path, pool: str, concurrency: int, env: dict | None = None
    ):
        self.queue = queue
        self.log_path = log
        env = {
            **os.environ,
            **(env or {}),
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": database_url(),
            "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "platform")]),
            # Django's system checks at each start (a third of a second): the tests'
            # workers run checked code (tests/config/test_celery_worker.py starts one
            # with them, and `check --deploy` runs in tests/config/test_settings.py).
            "CELERY_SKIP_CHECKS": "1",
        }
        with open(log, "w") as output:
            self.process = subprocess.Popen(
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
                    f"{log.stem}-{queue}@%h",
                    "--pool",
                    pool,
                    "--concurrency",
                    str(concurrency),
                    "--without-gossip",
                    "--without-mingle",
                    "--without-heartbeat",
                    "--loglevel",
                    "INFO",
                ],
                cwd=ROOT,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its pool processes die with it
            )

    def wait_until_consuming(self) -> None:
        # Any worker on the queue answers; the tests start one at a time.
        ping_task.apply_async(args=["ready"], queue=self.queue).get(timeout=60)

    def pool_processes(self) -> list[int]:
        pid = self.process.pid
        return [
            int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        ]

    def kill(self) -> None:
        """SIGKILL the whole worker at once: no warm shutdown, no acknowledgement."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        """The test is over: kill the worker at once. A warm shutdown took 3 to 5 seconds
        and gives nothing here: every test's worker consumes a queue of the test's own,
        which the test deletes, so a message it leaves unacknowledged reaches nobody."""
        self.kill()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


def delete_queue(name: str) -> None:
    """Leave no test queue behind in Redis."""
    from django.conf import settings
    from kombu import Connection, Exchange, Queue

    with Connection(settings.CELERY_BROKER_URL) as conn:
        bound = Queue(name, Exchange(name), routing_key=name)(conn.default_channel)
        bound.declare()
        bound.delete()


def require_worker_services() -> None:
    """Worker tests need PostgreSQL (a second process sees the test data) and Redis."""
    from django.conf import settings

    if not settings.REDIS_URL or connection.vendor != "postgresql":
        if IN_CI:
            pytest.fail("CI must run this against PostgreSQL and Redis")
        pytest.skip("needs PostgreSQL and Redis")


def mail_from_worker(shared: Path, subject: str, *, worker=None, timeout: float = 60):
    """The first mail a worker wrote to `shared`/mail whose subject contains `subject`
    (the file backend of the test settings), waiting for it up to `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for path in sorted((shared / "mail").glob("*.log")):
            message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
            if subject in str(message["Subject"]):
                return message
        time.sleep(0.2)
    log = f":\n{worker.log()[-3000:]}" if worker is not None else ""
    raise AssertionError(f"no mail {subject!r} from the worker{log}")
