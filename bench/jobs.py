"""Benchmark of the background jobs: a measurement, not a test (part of `make bench`).

Measures, in this one process (= one worker process, without the broker's overhead):
- the inactive-learner reminder sweep over every enrolment: time and queries;
- delivering 1,000 reminders (rendering and the in-memory e-mail backend);
- certificates issued per second (rows, PDF rendering, storage).
Alone, `python bench/jobs.py` measures the bench database, seeding it when it is empty.
"""

import sys
import time
from datetime import timedelta
from pathlib import Path

CERTIFICATES = 200
WARM_UP = 5


def _measure(function):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        result = function()
        elapsed = time.perf_counter() - started
    return elapsed, len(queries), result


def measure() -> list:
    """The jobs' rows of the bench table."""
    import logging

    from django.utils import timezone

    from bench.table import Row
    from certificates.services import certificate_for_enrolment, enrolments_missing_certificates
    from courses.models import Enrolment
    from notifications import services as notifications
    from notifications import sweeps

    enrolments = Enrolment.objects.count()

    def sweep():
        ids = sweeps.inactive_candidate_ids()
        due = []
        for batch in sweeps.batches(ids):
            due += sweeps.inactive_queue_batch(enrolment_ids=batch)
        return len(ids), due

    elapsed, queries, (candidates, due) = _measure(sweep)
    rows = [
        Row(
            f"reminder sweep over {enrolments:,} enrolments (select, queue)",
            f"{elapsed:.2f} s, {queries} queries, {candidates:,} candidates, {len(due):,} queued",
            "under 60 s, a bounded number of queries per batch of 1,000",
            elapsed < 60,
        )
    ]

    batch = due[:1000]
    # At noon tomorrow (UTC, the learners' time zone): outside quiet hours whenever it runs.
    noon = (timezone.now() + timedelta(days=1)).replace(hour=12, minute=0)
    elapsed, queries, result = _measure(lambda: notifications.deliver(ids=batch, now=noon))
    rows.append(
        Row(
            f"deliver {len(batch):,} reminders (one batch)",
            f"{elapsed:.2f} s, {queries} queries, {result.get('sent', 0):,} sent",
            "",
        )
    )

    todo = list(
        enrolments_missing_certificates().values_list("pk", flat=True)[: CERTIFICATES + WARM_UP]
    )
    # The certificate's CSS uses a property WeasyPrint skips, with a warning per PDF.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    for pk in todo[:WARM_UP]:  # WeasyPrint's import and font loading
        certificate_for_enrolment(enrolment_id=pk)
    elapsed, queries, _ = _measure(
        lambda: [certificate_for_enrolment(enrolment_id=pk) for pk in todo[WARM_UP:]]
    )
    issued = len(todo) - WARM_UP
    rate = issued / elapsed
    rows.append(
        Row(
            "certificates with PDFs, one process",
            f"{rate:.1f} per second ({issued} in {elapsed:.2f} s, {queries:,} queries)",
            "at least 25 per second per worker process",
            rate >= 25,
            "WeasyPrint 20 ms, the QR code 5 ms, 17 queries 10 ms a certificate",
        )
    )
    return rows


def main() -> None:
    from bench.environment import django_setup

    django_setup()
    from accounts.models import Organisation
    from bench.people import ORGANISATION
    from bench.seed import seed
    from bench.table import render

    if not Organisation.objects.filter(slug=ORGANISATION).exists():
        seed()
    print(render(measure(), notes=[]))


if __name__ == "__main__":
    # Run as a script: the repository root instead of bench/, so that `bench` imports as
    # a package and its modules shadow nothing.
    sys.path[0] = str(Path(__file__).resolve().parents[1])
    main()
