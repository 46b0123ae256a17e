"""`make bench`: seed a large network, serve it with gunicorn, measure, print one table.

Each figure is measured in the same run as its reference (the bare view, in turns with
the module page), so that ratios hold on a noisy machine. `python -m bench.run --reuse`
keeps the seeded database (for work on the bench itself).
"""

import os
import statistics
import sys
import time
from dataclasses import dataclass

from .environment import ROOT, django_setup

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
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


# What limits the pages that miss their targets (measured in docs/performance.md).
ANONYMOUS_LIMIT = "Django's handler, the security headers and a CSRF cookie for every first visit"
SIGNED_LIMIT = "2 queries, 3 Redis calls (session, capabilities, admin link) and templates"
COURSE_LIMIT = "5 queries (user, profile, route, enrolment, modules), 3 Redis calls, templates"
DASHBOARD_LIMIT = "12 queries (courses, progress, notices, classes, certificates), 3 Redis calls"


@dataclass
class Target:
    """A page loaded by wrk: where, as whom (session keys, in turn), its target ratio to
    the plain view, and a text it must show (checked before any load)."""

    name: str
    label: str
    url: str
    cookies: list[str]
    least: float | None
    shows: str
    limit: str = ""


def _targets(port: int, plain_port: int, dataset, keys: list[str]) -> list[Target]:
    from courses.models import ModulePage

    from .sessions import sessions_for

    base = f"http://127.0.0.1:{port}"
    module = ModulePage.objects.get(pk=dataset.page_module_id)
    course = module.get_parent()
    one, ten = sessions_for([dataset.dashboard_one_course_id, dataset.dashboard_ten_courses_id])
    learners = f"{len(keys)} learners in turn"
    return [
        Target(
            "plain", "plain Django view, 2 KB: no apps, no middleware",
            f"http://127.0.0.1:{plain_port}/bench/bare/", [], None, "xxxx",
        ),
        Target(
            "bare", "bare view through the platform's middleware, 2 KB",
            f"{base}/bench/bare/", [], None, "xxxx",
        ),
        Target(
            "module_signed_in", f"module page, signed in ({learners})",
            f"{base}{module.url}", keys, 0.25, "Sign out", SIGNED_LIMIT,
        ),
        Target("module_anonymous", "module page, anonymous", f"{base}{module.url}", [], 0.6,
               "Sign in to take this quiz", ANONYMOUS_LIMIT),
        Target(
            "course_signed_in", f"course page, signed in ({learners})",
            f"{base}{course.url}", keys, 0.15, "Sign out", COURSE_LIMIT,
        ),
        Target("course_anonymous", "course page, anonymous", f"{base}{course.url}", [], 0.6,
               "Sign in", ANONYMOUS_LIMIT),
        Target("catalogue_anonymous", "course catalogue, anonymous", f"{base}/en/courses/", [],
               0.6, "Bench course 1", ANONYMOUS_LIMIT),
        Target(
            "dashboard_1", "learner dashboard, signed in, 1 course", f"{base}/en/dashboard/",
            [one], 0.15, "Bench course 1", DASHBOARD_LIMIT,
        ),
        Target(
            "dashboard_10", "learner dashboard, signed in, 10 courses", f"{base}/en/dashboard/",
            [ten], 0.15, "Bench course 4", DASHBOARD_LIMIT,
        ),
    ]  # fmt: skip


def _check_pages(targets: list[Target]) -> None:
    """Every URL answers 200 with what it should show, before any load is measured."""
    from urllib.parse import urlsplit

    from .loopback import cookie_header, request

    for target in targets:
        address = urlsplit(target.url)
        for key in target.cookies or [None]:
            headers = cookie_header(sessionid=key) if key else {}
            response = request(address.port, "GET", address.path, headers=headers)
            signed_in = "Sign out" in response.body
            if (
                response.status != 200
                or target.shows not in response.body
                or signed_in != bool(key)
                or (
                    target.name == "plain"
                    and "content-security-policy" in {name.lower() for name in response.headers}
                )
            ):
                raise RuntimeError(
                    f"{target.label} answered {response.status}: not what it should show"
                )


def _page_rows(targets: list[Target]) -> list:
    from .table import Row
    from .wrk import CONNECTIONS, THREADS, wrk

    for target in targets:
        wrk(target.url, seconds=2, name=target.name, cookies=target.cookies)  # every worker warm
    loads = {target.name: [] for target in targets}
    for _round in range(ROUNDS):
        for target in targets:
            loads[target.name].append(
                wrk(target.url, seconds=SECONDS, name=target.name, cookies=target.cookies)
            )

    def median(name, attribute):
        return statistics.median(getattr(load, attribute) for load in loads[name])

    def ratio(name, reference):
        # Paired by round: each page against the references measured in the same round.
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
        Row(f"{targets[0].label} ({load})", figure("plain"), "reference"),
        Row(
            targets[1].label,
            f"{figure('bare')}; {ratio('bare', 'plain'):.2f} of plain",
            "second reference",
        ),
    ]
    for target in targets[2:]:
        share = ratio(target.name, "plain")
        errors = sum(load.errors for load in loads[target.name])
        rows.append(
            Row(
                target.label,
                f"{figure(target.name)}; **{share:.3f} of plain**, "
                f"{ratio(target.name, 'bare'):.2f} of bare",
                f"at least {target.least:.2f} of plain",
                share >= target.least and not errors,
                target.limit,
            )
        )
    # The dashboard's cost should not grow with the number of courses.
    ten_to_one = ratio("dashboard_10", "dashboard_1")
    rows.append(
        Row(
            "learner dashboard: 10 courses against 1",
            f"**{ten_to_one:.2f}** of the requests per second",
            "at least 0.80 (within 20%)",
            ten_to_one >= 0.8,
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
        f"p95 under 500 ms, no errors, exactly {len(keys):,} attempts, within 60 s",
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
            "class report, 1,000 pupils x 20 modules",
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
        kilobytes = len(client.get(url).content) / 1024
        small_count = queries(client_for(small[0]), reverse(name, kwargs={key: small[1]}))
        rows.append(
            Row(
                f"{label}: server time (median of {RUNS}, in process), size and queries",
                f"**{milliseconds:.0f} ms, {kilobytes:.0f} KB**, {count} queries "
                f"({small_count} at {smaller})",
                "under 150 ms and 150 KB, a constant number of queries",
                milliseconds < 150 and kilobytes < 150 and count == small_count,
            )
        )
    rows += _report_rows(dataset)
    client = client_for(dataset.big_class_teacher_id)
    url = reverse("classrooms_csv", kwargs={"classroom_id": dataset.big_class_id})
    milliseconds = server_time(client, url, runs=5)
    rows.append(
        Row(
            "class report as CSV, 1,000 pupils: whole download (median of 5, in process)",
            f"{milliseconds:.0f} ms, {queries(client, url)} queries",
            "streamed",
        )
    )
    return rows


def _report_rows(dataset) -> list:
    """The impact report of the bench organisation (100,000 people reached) against the
    demo organisation's: the page, its CSV and the API's figures."""
    from accounts.models import Organisation, User
    from api.services import api_token_create

    from .inprocess import client_for, queries, server_time
    from .people import ORGANISATION
    from .table import Row

    big = Organisation.objects.get(slug=ORGANISATION)
    small_admin = User.objects.get(username="demo-admin")
    admin = client_for(dataset.report_admin_id)
    rows = []
    for label, url in (
        ("impact report page", f"/en/reports/{ORGANISATION}/"),
        ("impact report as CSV", f"/en/reports/{ORGANISATION}/figures.csv"),
    ):
        milliseconds = server_time(admin, url, runs=5)
        count = queries(admin, url)
        small = queries(client_for(small_admin.pk), url.replace(ORGANISATION, "demo-network"))
        rows.append(
            Row(
                f"{label}, 100,000 people reached: server time (median of 5, in process)",
                f"**{milliseconds:.0f} ms**, {count} queries ({small} for the demo organisation)",
                "under 1,000 ms, a constant number of queries",
                milliseconds < 1000 and count == small,
            )
        )
    milliseconds = server_time(admin, "/en/network/", runs=5)
    rows.append(
        Row(
            "network report, every organisation: server time (median of 5, in process)",
            f"**{milliseconds:.0f} ms**, {queries(admin, '/en/network/')} queries",
            "under 1,000 ms",
            milliseconds < 1000,
        )
    )
    key = api_token_create(
        user=User.objects.get(pk=dataset.report_admin_id),
        organisation=big,
        name="Bench",
        scopes=["read_reports"],
        days=30,
    ).key
    api = client_for()
    api.defaults["HTTP_AUTHORIZATION"] = f"Bearer {key}"
    milliseconds = server_time(api, "/api/v1/reports/figures/", runs=5)
    rows.append(
        Row(
            "API figures, 100,000 people reached: server time (median of 5, in process)",
            f"**{milliseconds:.0f} ms**",
            "under 1,000 ms",
            milliseconds < 1000,
        )
    )
    return rows


def main(argv: list[str]) -> None:
    started = time.perf_counter()
    django_setup()
    from django.utils import translation

    from . import jobs
    from .seed import Dataset
    from .server import free_port, gunicorn
    from .sessions import sessions_for
    from .table import render
    from .wrk import wrk_path

    wrk_path()  # missing wrk fails now, not after the seeding
    translation.activate("en")
    dataset: Dataset = _prepare(reuse="--reuse" in argv)
    page_keys = sessions_for(dataset.page_learner_ids)
    burst_keys = sessions_for(dataset.burst_learner_ids)
    port = int(os.environ.get("BENCH_PORT") or free_port())
    plain_port = free_port()
    with (
        gunicorn(port=port) as server,
        gunicorn(port=plain_port, settings="bench.plain_settings"),
    ):
        targets = _targets(port, plain_port, dataset, page_keys)
        _check_pages(targets)
        rows = _page_rows(targets)
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
