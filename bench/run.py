"""`make bench`: seed a large network, serve it with gunicorn, measure, print one table.

Each figure is measured in the same run as its reference (the bare view, in turns with
the module page), so that ratios hold on a noisy machine. `python -m bench.run --reuse`
keeps the seeded database (for work on the bench itself).
"""

import os
import statistics
import sys
import time

from .environment import ROOT, django_setup

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "8"))
RESULTS = ROOT / "var" / "bench-results.md"


def _prepare(reuse: bool):
    import redis
    from django.conf import settings
    from django.core.management import call_command

    from notifications.models import SentNotification
    from quizzes.models import Attempt

    from .seed import Dataset, seed

    redis.Redis.from_url(settings.REDIS_URL).flushdb()
    if reuse:
        dataset = Dataset.load()
        Attempt.objects.filter(quiz_id=dataset.burst_quiz_id).delete()
        SentNotification.objects.all().delete()
    else:
        dataset = seed()
    # Production storage serves hashed, compressed files from the manifest.
    call_command("collectstatic", interactive=False, verbosity=0)
    return dataset


def _check_pages(port: int, page: str, keys: list[str]) -> None:
    """Every URL answers 200 with what it should show, before any load is measured."""
    from .loopback import cookie_header, request
    from .views import PAGE

    def expect(what: str, response, ok: bool) -> None:
        if response.status != 200 or not ok:
            raise RuntimeError(f"{what} answered {response.status}: not what it should show")

    bare = request(port, "GET", "/bench/bare/")
    expect("the bare view", bare, bare.body == PAGE)
    anonymous = request(port, "GET", page)
    expect("the module page, anonymous", anonymous, "Sign out" not in anonymous.body)
    for key in keys:
        signed_in = request(port, "GET", page, headers=cookie_header(sessionid=key))
        expect("the module page, signed in", signed_in, "Sign out" in signed_in.body)


def _check_plain(port: int) -> None:
    """The plain reference answers the same page, with none of the platform's headers
    (no middleware: no CSP, no session, no language)."""
    from .loopback import request
    from .views import PAGE

    plain = request(port, "GET", "/bench/bare/")
    headers = {name.lower() for name in plain.headers}
    if plain.status != 200 or plain.body != PAGE or "content-security-policy" in headers:
        raise RuntimeError("the plain reference is not plain: see bench/plain_settings.py")


def _page_rows(port: int, plain_port: int, page: str, keys: list[str]) -> list:
    from .table import Row
    from .wrk import CONNECTIONS, THREADS, wrk

    base = f"http://127.0.0.1:{port}"
    targets = {
        "plain": (f"http://127.0.0.1:{plain_port}/bench/bare/", []),
        "bare": (f"{base}/bench/bare/", []),
        "anonymous": (f"{base}{page}", []),
        "signed_in": (f"{base}{page}", keys),
    }
    for name, (url, cookies) in targets.items():
        wrk(url, seconds=2, name=name, cookies=cookies)  # every worker warm
    loads = {name: [] for name in targets}
    for _round in range(ROUNDS):
        for name, (url, cookies) in targets.items():
            loads[name].append(wrk(url, seconds=SECONDS, name=name, cookies=cookies))

    def median(name, attribute):
        return statistics.median(getattr(load, attribute) for load in loads[name])

    def ratio(name, reference):
        # Paired by round: each page against the references measured just before it.
        return statistics.median(
            load.requests_per_second / ref.requests_per_second
            for load, ref in zip(loads[name], loads[reference], strict=True)
        )

    def figure(name):
        errors = sum(load.errors for load in loads[name])
        return (
            f"{median(name, 'requests_per_second'):,.0f} req/s, p50 {median(name, 'p50_ms'):.1f} "
            f"ms, p99 {median(name, 'p99_ms'):.1f} ms, {errors} errors"
        )

    load = f"wrk -t{THREADS} -c{CONNECTIONS}, {ROUNDS} rounds of {SECONDS} s, medians"
    rows = [
        Row(
            f"plain Django view, 2 KB: no apps, no middleware ({load})",
            figure("plain"),
            "reference",
        ),
        Row(
            "bare view through the platform's middleware, 2 KB",
            f"{figure('bare')}; {ratio('bare', 'plain'):.2f} of plain",
            "second reference",
        ),
    ]
    for name, label, least in (
        ("signed_in", f"module page, signed-in learner ({len(keys)} in turn)", 0.25),
        ("anonymous", "module page, anonymous", 0.6),
    ):
        share = ratio(name, "plain")
        errors = sum(load.errors for load in loads[name])
        rows.append(
            Row(
                label,
                f"{figure(name)}; **{share:.3f} of plain**, {ratio(name, 'bare'):.2f} of bare",
                f"at least {least:.2f} of plain",
                share >= least and not errors,
            )
        )
    return rows


def _burst_row(port: int, dataset, keys: list[str]):
    from django.urls import reverse

    from quizzes.models import Attempt

    from .burst import CONCURRENCY, quiz_burst
    from .seed import SEED
    from .table import Row

    path = reverse(
        "courses_quiz",
        kwargs={"module_id": dataset.burst_module_id, "quiz_id": dataset.burst_quiz_id},
    )
    burst = quiz_burst(port=port, path=path, session_keys=keys, seed=SEED)
    attempts = Attempt.objects.filter(quiz_id=dataset.burst_quiz_id)
    submitted = attempts.filter(status=Attempt.Status.SUBMITTED).count()
    rows = attempts.count()
    p95 = burst.percentile(95)
    errors = f"{len(burst.errors)} errors"
    if burst.errors:
        errors += f" ({', '.join(sorted(set(burst.errors))[:3])})"
    return Row(
        f"quiz burst: {len(keys)} learners submit a 10-question quiz "
        f"({CONCURRENCY} at a time, loopback)",
        f"POST p50 {burst.percentile(50):.0f} ms, **p95 {p95:.0f} ms**, p99 "
        f"{burst.percentile(99):.0f} ms; {errors}; {rows} attempt rows ({submitted} "
        f"submitted); all in {burst.seconds:.1f} s",
        "p95 under 500 ms, no errors, exactly 300 attempts, within 60 s",
        p95 < 500 and not burst.errors and rows == submitted == len(keys) and burst.seconds < 60,
    )


def _in_process_rows(dataset) -> list:
    from django.urls import reverse

    from courses.models import ModulePage

    from .inprocess import RUNS, client_for, queries, server_time
    from .table import Row

    page = ModulePage.objects.get(pk=dataset.page_module_id).url
    signed_in = queries(client_for(dataset.page_learner_ids[0]), page)
    anonymous = queries(client_for(), page)
    rows = [
        Row(
            "module page, signed-in learner: queries",
            f"**{signed_in}** (anonymous: {anonymous})",
            "at most 6",
            signed_in <= 6,
        )
    ]
    for label, smaller, name, key, big, small in (
        (
            "class report, 200 pupils x 20 modules",
            "20 pupils",
            "classrooms_detail",
            "classroom_id",
            (dataset.big_class_teacher_id, dataset.big_class_id),
            (dataset.small_class_teacher_id, dataset.small_class_id),
        ),
        (
            "mentor group page, 50 peers x 20 modules",
            "5 peers",
            "mentoring_group",
            "group_id",
            (dataset.mentor_id, dataset.big_group_id),
            (dataset.mentor_id, dataset.small_group_id),
        ),
    ):
        client, url = client_for(big[0]), reverse(name, kwargs={key: big[1]})
        count = queries(client, url)
        milliseconds = server_time(client, url)
        small_count = queries(client_for(small[0]), reverse(name, kwargs={key: small[1]}))
        rows.append(
            Row(
                f"{label}: server time (median of {RUNS}, in process) and queries",
                f"**{milliseconds:.0f} ms**, {count} queries ({small_count} at {smaller})",
                "under 150 ms, a constant number of queries",
                milliseconds < 150 and count == small_count,
            )
        )
    return rows


def main(argv: list[str]) -> None:
    started = time.perf_counter()
    django_setup()
    from django.utils import translation

    from courses.models import ModulePage

    from . import jobs
    from .seed import Dataset
    from .server import free_port, gunicorn
    from .sessions import sessions_for
    from .table import render
    from .wrk import wrk_path

    wrk_path()  # missing wrk fails now, not after the seeding
    translation.activate("en")
    dataset: Dataset = _prepare(reuse="--reuse" in argv)
    page = ModulePage.objects.get(pk=dataset.page_module_id).url
    page_keys = sessions_for(dataset.page_learner_ids)
    burst_keys = sessions_for(dataset.burst_learner_ids)
    port = int(os.environ.get("BENCH_PORT") or free_port())
    plain_port = free_port()
    with (
        gunicorn(port=port) as server,
        gunicorn(port=plain_port, settings="bench.plain_settings"),
    ):
        _check_pages(port, page, page_keys)
        _check_plain(plain_port)
        rows = _page_rows(port, plain_port, page, page_keys)
        rows.append(_burst_row(port, dataset, burst_keys))
        workers = server.workers
    rows += _in_process_rows(dataset)
    rows += jobs.measure()
    counts = dataset.counts
    notes = [
        f"Dataset: {counts['learners']:,} learners, {counts['enrolments']:,} enrolments, "
        f"{counts['progress_rows']:,} module-progress rows, {counts['attempts']:,} quiz "
        f"attempts, {counts['classes']} classes ({counts['class_memberships']:,} pupils), "
        "fixed random seed",
        f"Served by gunicorn ({workers} sync workers, gunicorn.conf.py) with "
        "config.settings.production against PostgreSQL and Redis on 127.0.0.1; the plain "
        "reference by a second gunicorn with the same configuration and "
        "bench.plain_settings (the two take turns, never load at once)",
        f"The bench took {(time.perf_counter() - started) / 60:.1f} minutes, seeding included",
    ]
    text = render(rows, notes=notes)
    RESULTS.write_text(text)
    print()
    print(text)
    print(f"Written to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
