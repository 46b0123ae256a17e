"""Benchmark of the background jobs (`make bench`): not a test, a measurement.

Seeds 20,000 learners with 100,000 enrolments in a fresh PostgreSQL database, then
measures, in this one process (= one worker process, without the broker's overhead):
- the inactive-learner reminder sweep over all enrolments: time and queries;
- delivering 1,000 reminders (rendering and the in-memory e-mail backend);
- certificates issued per second (rows, PDF rendering, storage).
Prints a table. The random seed is fixed, so two runs do the same work.
"""

import os
import platform as std_platform
import random
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "platform")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/platform_bench")
os.environ["DJANGO_DEBUG"] = "false"
os.environ["EMAIL_URL"] = "memorymail://"
os.environ.setdefault("DJANGO_LOG_LEVEL", "WARNING")
os.environ.setdefault("DJANGO_MEDIA_ROOT", str(ROOT / "var" / "bench-media"))

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from accounts.models import Profile, User  # noqa: E402
from certificates.services import certificate_for_enrolment  # noqa: E402
from courses.models import CoursePage, Enrolment  # noqa: E402
from notifications import services as notifications  # noqa: E402
from notifications import sweeps  # noqa: E402

LEARNERS = 20_000
CERTIFICATES = 200
random.seed(20261129)


def seed() -> None:
    call_command("migrate", verbosity=0)
    with open(os.devnull, "w") as quiet:
        call_command("seed_demo", force=True, stdout=quiet)
    courses = list(CoursePage.objects.live().values_list("pk", flat=True))
    if Enrolment.objects.count() >= LEARNERS * len(courses):
        return
    users = User.objects.bulk_create(
        [
            # "!" is Django's unusable password: nobody signs in as these learners.
            User(username=f"bench-{n}", email=f"bench-{n}@example.org", password="!")  # noqa: S106
            for n in range(LEARNERS)
        ],
        batch_size=5000,
    )
    Profile.objects.bulk_create(
        [
            Profile(
                user=user,
                display_name=f"Learner {n}",
                language=random.choice(["en", "nl"]),
                time_zone="UTC",
            )
            for n, user in enumerate(users)
        ],
        batch_size=5000,
    )
    now = timezone.now()
    enrolments = []
    for user in users:
        for course_id in courses:
            completed = random.random() < 0.2
            enrolments.append(
                Enrolment(
                    user=user,
                    course_id=course_id,
                    last_active_at=now - timedelta(days=random.uniform(0, 30)),
                    completed_at=now - timedelta(days=1) if completed else None,
                )
            )
    Enrolment.objects.bulk_create(enrolments, batch_size=5000)


def measure(label, function):
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        result = function()
        elapsed = time.perf_counter() - started
    return label, elapsed, len(queries), result


def main() -> None:
    seed()
    enrolments = Enrolment.objects.count()
    rows = []

    def sweep():
        ids = sweeps.inactive_candidate_ids()
        due = []
        for batch in sweeps.batches(ids):
            due += sweeps.inactive_queue_batch(enrolment_ids=batch)
        return len(ids), due

    label, elapsed, queries, (candidates, due) = measure(
        f"reminder sweep over {enrolments:,} enrolments", sweep
    )
    rows.append(
        (label, f"{elapsed:.2f} s", queries, f"{candidates:,} candidates, {len(due):,} queued")
    )

    batch = due[:1000]
    # At noon tomorrow (UTC, the learners' time zone): outside quiet hours whenever it runs.
    noon = (timezone.now() + timedelta(days=1)).replace(hour=12, minute=0)
    label, elapsed, queries, result = measure(
        f"deliver {len(batch):,} reminders (one batch)",
        lambda: notifications.deliver(ids=batch, now=noon),
    )
    rows.append((label, f"{elapsed:.2f} s", queries, f"{result.get('sent', 0):,} sent"))

    todo = list(
        Enrolment.objects.filter(completed_at__isnull=False, certificate__isnull=True).values_list(
            "pk", flat=True
        )[: CERTIFICATES + 5]
    )
    for pk in todo[:5]:  # warm up: WeasyPrint's import and font loading
        certificate_for_enrolment(enrolment_id=pk)
    label, elapsed, queries, _ = measure(
        f"issue {CERTIFICATES} certificates with PDFs (one process)",
        lambda: [certificate_for_enrolment(enrolment_id=pk) for pk in todo[5:]],
    )
    rows.append(
        (label, f"{elapsed:.2f} s", queries, f"{CERTIFICATES / elapsed:.1f} certificates/s")
    )

    print()
    python = sys.version.split()[0]
    print(f"Machine: {std_platform.platform()}, {os.cpu_count()} CPUs, Python {python}")
    print(f"Date: {timezone.now():%Y-%m-%d %H:%M} UTC")
    print()
    print(f"| {'measurement':<52} | {'time':>8} | {'queries':>7} | result")
    print(f"|{'-' * 54}|{'-' * 10}|{'-' * 9}|{'-' * 40}")
    for label, elapsed, queries, result in rows:
        print(f"| {label:<52} | {elapsed:>8} | {queries:>7} | {result}")


if __name__ == "__main__":
    main()
