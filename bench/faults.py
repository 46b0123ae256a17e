"""`make faults`: break the running platform on purpose and count what survives.

A stack of its own (a fresh PostgreSQL database, a Redis server on a free port, gunicorn
with the production settings, a Celery worker and beat), then three faults:
- Redis stopped: concerns raised over HTTP and courses completed while it is down;
- the worker killed with SIGKILL again and again while certificates are issued;
- a gunicorn worker killed in the middle of a burst of passing quiz answers.
For each: the effects expected, found, duplicated, and the time from the end of the
fault to the last effect. A table is printed and written to var/faults-results.md.
Not a test: it takes a few minutes and its timings depend on the machine.
"""

import email
import email.header
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
VAR = ROOT / "var" / "faults"
MAIL = VAR / "mail"
RESULTS = ROOT / "var" / "faults-results.md"
WAIT = 240  # seconds an effect may take before it counts as lost


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


REDIS_PORT = _free_port()
WEB_PORT = _free_port()


def environ() -> dict[str, str]:
    return {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DATABASE_URL": os.environ.get(
            "FAULTS_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/platform_faults"
        ),
        "REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/0",
        "CACHE_REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/1",
        "DJANGO_SECRET_KEY": "faults-only-key-0b6c1e9d2a4f4e7b8c3d5a6f7e8d9c0b1a2f3e4d",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "SITE_URL": f"http://127.0.0.1:{WEB_PORT}",
        "EMAIL_URL": f"filemail:///{MAIL}",  # environ drops one slash of an absolute path
        "DJANGO_LOG_LEVEL": "WARNING",
        "DJANGO_STATIC_ROOT": str(VAR / "static"),
        "DJANGO_MEDIA_ROOT": str(VAR / "media"),
        "DJANGO_PRIVATE_ROOT": str(VAR / "private"),
        "WEB_CONCURRENCY": "2",
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "platform")]),
    }


# Processes ---------------------------------------------------------------------------


def _spawn(name: str, command: list[str]) -> subprocess.Popen:
    log = open(VAR / f"{name}.log", "ab")  # noqa: SIM115 (closed with the process)
    return subprocess.Popen(  # noqa: S603 (our own command lines)
        command,
        cwd=ROOT,
        env={**os.environ, **environ()},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # a kill takes the whole group: no warm shutdown
    )


def _kill(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)


def redis_server() -> subprocess.Popen:
    process = _spawn(
        "redis",
        ["redis-server", "--port", str(REDIS_PORT), "--bind", "127.0.0.1"]
        + ["--save", "", "--appendonly", "no"],
    )
    for _ in range(50):
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", REDIS_PORT)) == 0:
                return process
        time.sleep(0.1)
    raise RuntimeError("redis-server did not start")


def celery_worker() -> subprocess.Popen:
    return _spawn(
        "worker",
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--queues", "celery,urgent"]
        + ["--concurrency", "2", "--loglevel", "WARNING", "--hostname", "faults@%h"],
    )


def celery_beat() -> subprocess.Popen:
    return _spawn(
        "beat",
        [sys.executable, "-m", "celery", "-A", "config", "beat", "--loglevel", "WARNING"]
        + ["--pidfile=", "--schedule", str(VAR / "beat-schedule")],
    )


def gunicorn() -> subprocess.Popen:
    process = _spawn(
        "gunicorn",
        [sys.executable, "-m", "gunicorn", "config.wsgi:application"]
        + ["--config", "gunicorn.conf.py", "--bind", f"127.0.0.1:{WEB_PORT}"],
    )
    from bench.loopback import request

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if request(WEB_PORT, "GET", "/healthz/live").status == 200:
                return process
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"gunicorn did not answer: see {VAR}/gunicorn.log")


# What happened -----------------------------------------------------------------------


def mails() -> Counter:
    """(recipient, subject, first link) of every mail sent so far, counted: the link
    names the concern or certificate, so two mails about one thing are a duplicate."""
    found: Counter = Counter()
    for path in MAIL.glob("*.log"):
        for chunk in path.read_text().split("\n" + "-" * 79 + "\n"):
            if not chunk.strip():
                continue
            message = email.message_from_string(chunk.strip())
            subject = str(email.header.make_header(email.header.decode_header(message["Subject"])))
            text = next(
                (
                    part.get_payload(decode=True).decode()
                    for part in message.walk()
                    if part.get_content_type() == "text/plain"
                ),
                "",
            )
            link = re.search(r"https?://\S+", text)
            found[(message["To"], subject, link.group(0) if link else "")] += 1
    return found


def _count(predicate) -> tuple[int, int]:
    """(distinct mails matching, duplicates among them)."""
    matching = {key: n for key, n in mails().items() if predicate(*key[:2])}
    return len(matching), sum(n - 1 for n in matching.values())


def wait_for(checks: dict) -> dict[str, tuple[int, float]]:
    """Poll {name: (check, expected)} until each reaches what it expects (or WAIT
    passes): {name: (found, seconds from now until it was reached)}."""
    started = time.monotonic()
    results = {}
    while True:
        elapsed = time.monotonic() - started
        for name, (check, expected) in checks.items():
            if name not in results or results[name][0] < expected:
                results[name] = (check(), elapsed)
        if all(results[n][0] >= e for n, (_c, e) in checks.items()) or elapsed > WAIT:
            return results
        time.sleep(1)


@dataclass
class Row:
    fault: str
    effect: str
    expected: int
    found: int
    duplicates: int
    recovered_s: float

    def line(self) -> str:
        lost = self.expected - min(self.found, self.expected)
        return (
            f"| {self.fault} | {self.effect} | {self.expected} | {self.found} | {lost} "
            f"| {self.duplicates} | {self.recovered_s:.0f} s |"
        )


# The people and their actions ---------------------------------------------------------


def _session_for(user) -> str:
    from bench.sessions import sessions_for

    return sessions_for([user.pk])[0]


def _form_post(path: str, session: str, fields) -> int:
    """GET a form as a signed-in person (for its CSRF cookie), then POST the fields (a
    dict, or pairs: a multiple-choice question sends one pair per ticked choice)."""
    from bench.loopback import cookie_header, request

    page = request(WEB_PORT, "GET", path, headers=cookie_header(sessionid=session))
    cookies = SimpleCookie()
    for header in page.headers.get_all("Set-Cookie", []):
        cookies.load(header)
    csrf = cookies["csrftoken"].value
    origin = f"https://127.0.0.1:{WEB_PORT}"
    pairs = list(fields.items()) if isinstance(fields, dict) else list(fields)
    response = request(
        WEB_PORT,
        "POST",
        path,
        headers={
            **cookie_header(sessionid=session, csrftoken=csrf),
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": origin,
            "Referer": origin + path,
        },
        body=urlencode([("csrfmiddlewaretoken", csrf), *pairs]),
    )
    return response.status


def _course():
    from courses.models import CoursePage, ModulePage

    course = (
        CoursePage.objects.live()
        .filter(
            gives_certificate=True,
            audience="parent",
            locale__language_code="en",
            organisation__isnull=True,
        )
        .first()
    )
    modules = list(ModulePage.objects.child_of(course).live().specific())
    return course, modules


def _learners(prefix: str, count: int):
    from accounts.services import user_create

    return [
        user_create(username=f"{prefix}-{n}", password=None, email=f"{prefix}-{n}@faults.example")
        for n in range(count)
    ]


def _complete(user, course, modules) -> None:
    from courses.services import course_enrol, module_complete

    course_enrol(user=user, course=course)
    for module in modules:
        if module.required:
            module_complete(user=user, module=module)


def _certificates(users) -> tuple[int, int]:
    from certificates.models import Certificate

    rows = Certificate.objects.filter(user__in=users)
    return rows.count(), rows.exclude(pdf="").count()


def _certificate_mails(users) -> tuple[int, int]:
    addresses = {user.email for user in users}
    return _count(lambda to, subject: to in addresses)


# The faults ---------------------------------------------------------------------------


def redis_outage(stack) -> list[Row]:
    from accounts.models import User
    from bench.loopback import cookie_header, request
    from mentoring.models import MentorGroup

    mentor = User.objects.get(username="demo-mentor")
    group = MentorGroup.objects.filter(mentor=mentor).first()
    session = _session_for(mentor)
    course, modules = _course()
    learners = _learners("outage", 10)

    _kill(stack["redis"])
    statuses = Counter()
    for path in ("/en/", modules[0].url, "/en/dashboard/"):
        statuses[
            request(WEB_PORT, "GET", path, headers=cookie_header(sessionid=session)).status
        ] += 1
    concerns = 5
    for n in range(concerns):
        statuses[
            _form_post(
                "/en/help/worried/",
                session,
                {
                    "context": f"group:{group.pk}",
                    "description": f"Fault drill {n}: a peer was asked online to keep a secret.",
                    "urgency": "soon",
                },
            )
        ] += 1
    for learner in learners:
        _complete(learner, course, modules)
    time.sleep(15)
    stack["redis"] = redis_server()

    def concern_mails() -> int:
        return _count(lambda to, subject: "safeguarding concern" in subject)[0]

    results = wait_for(
        {
            "concerns": (concern_mails, 2 * concerns),
            "pdfs": (lambda: _certificates(learners)[1], len(learners)),
            "mails": (lambda: _certificate_mails(learners)[0], len(learners)),
        }
    )
    found, seconds = results["concerns"]
    pdfs, pdf_seconds = results["pdfs"]
    sent, mail_seconds = results["mails"]
    _found, concern_duplicates = _count(lambda to, subject: "safeguarding concern" in subject)
    refused = sum(n for status, n in statuses.items() if status >= 500)
    return [
        Row("Redis stopped 15 s", "pages and forms answered without a 500", 8, 8 - refused, 0, 0),
        Row(
            "Redis stopped 15 s",
            "concern mails (lead and coach)",
            2 * concerns,
            found,
            concern_duplicates,
            seconds,
        ),
        Row(
            "Redis stopped 15 s",
            "certificates with their PDF",
            len(learners),
            pdfs,
            _certificates(learners)[0] - len(learners),
            pdf_seconds,
        ),
        Row(
            "Redis stopped 15 s",
            "certificate mails",
            len(learners),
            sent,
            _certificate_mails(learners)[1],
            mail_seconds,
        ),
    ]


def worker_kills(stack, kills: int = 5) -> list[Row]:
    course, modules = _course()
    learners = _learners("killed", 30)
    with ThreadPoolExecutor(1) as pool:
        completing = pool.submit(lambda: [_complete(u, course, modules) for u in learners])
        for _ in range(kills):
            time.sleep(2)
            _kill(stack["worker"])
            stack["worker"] = celery_worker()
        completing.result()
    results = wait_for(
        {
            "pdfs": (lambda: _certificates(learners)[1], len(learners)),
            "mails": (lambda: _certificate_mails(learners)[0], len(learners)),
        }
    )
    pdfs, seconds = results["pdfs"]
    sent, mail_seconds = results["mails"]
    title = f"worker killed {kills} times"
    return [
        Row(
            title,
            "certificates with their PDF",
            len(learners),
            pdfs,
            _certificates(learners)[0] - len(learners),
            seconds,
        ),
        Row(
            title,
            "certificate mails",
            len(learners),
            sent,
            _certificate_mails(learners)[1],
            mail_seconds,
        ),
    ]


CSRF_FIELD = "csrfmiddlewaretoken"  # _form_post sends the one of its own page


def web_kill(stack, learners_count: int = 40) -> list[Row]:
    from bench.burst import QuizForm
    from bench.loopback import cookie_header, request
    from courses.models import ModulePage, ModuleProgress
    from courses.services import completions_repair, course_enrol
    from quizzes.models import Attempt, Choice

    course, modules = _course()
    module = next(m for m in modules if m.completion_rule == ModulePage.CompletionRule.QUIZ)
    quiz_id = module.quiz_ids()[0]
    path = f"/en/learn/modules/{module.pk}/quizzes/{quiz_id}/"
    learners = _learners("burst", learners_count)
    sessions = {}
    for learner in learners:
        course_enrol(user=learner, course=course)
        sessions[learner.pk] = _session_for(learner)
    right = set(Choice.objects.filter(is_correct=True).values_list("pk", flat=True))

    def answer(learner) -> int:
        """Open the quiz, tick the right answers among those it shows, send them with
        the form's hidden fields (its token and signature: opening it writes nothing)."""
        session = sessions[learner.pk]
        try:
            page = request(WEB_PORT, "GET", path, headers=cookie_header(sessionid=session))
            form = QuizForm()
            form.feed(page.body)
            fields = [(name, value) for name, value in form.hidden.items() if name != CSRF_FIELD]
            fields += [
                (name, value)
                for name, options in form.choices.items()
                for _type, value in options
                if int(value) in right
            ]
            return _form_post(path, session, fields)
        except OSError:
            return 0

    with ThreadPoolExecutor(10) as pool:
        results = pool.map(answer, learners)
        time.sleep(0.5)
        workers = Path(f"/proc/{stack['web'].pid}/task/{stack['web'].pid}/children")
        os.kill(int(workers.read_text().split()[0]), signal.SIGKILL)
        statuses = list(results)
    # What a person does when the page failed: answer again.
    retried = [learner for learner, status in zip(learners, statuses, strict=True) if status != 302]
    for learner in retried:
        if not Attempt.objects.filter(user=learner, quiz_id=quiz_id, passed=True).exists():
            answer(learner)
    repaired = completions_repair()
    passed = set(
        Attempt.objects.filter(user__in=learners, quiz_id=quiz_id, passed=True).values_list(
            "user_id", flat=True
        )
    )
    completed = ModuleProgress.objects.filter(
        user__in=learners, module=module, completed_at__isnull=False
    )
    both = completed.filter(user_id__in=passed).count()
    return [
        Row(
            f"gunicorn worker killed mid-burst ({len(retried)} answered again)",
            "passed attempts with their module completion",
            len(passed),
            both,
            completed.count() - both,
            0,
        ),
        Row(
            "repair job after the burst",
            "half-done completions it had to repair",
            0,
            repaired,
            0,
            0,
        ),
    ]


@contextmanager
def stack():
    processes = {"redis": redis_server()}
    try:
        from django.core.management import call_command

        call_command("migrate", interactive=False, verbosity=0)
        call_command("seed_demo", force=True, verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
        call_command("collectstatic", interactive=False, verbosity=0)
        processes.update(web=gunicorn(), worker=celery_worker(), beat=celery_beat())
        yield processes
    finally:
        for process in processes.values():
            _kill(process)


def main() -> None:
    VAR.mkdir(parents=True, exist_ok=True)
    MAIL.mkdir(exist_ok=True)
    for old in MAIL.glob("*"):
        old.unlink()
    from bench.environment import django_setup

    django_setup(environ())
    rows: list[Row] = []
    with stack() as processes:
        rows += redis_outage(processes)
        rows += worker_kills(processes)
        rows += web_kill(processes)
    table = [
        f"Run of {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"{os.cpu_count()} cores, Python {sys.version.split()[0]}:",
        "",
        "| fault | effect | expected | found | lost | duplicates | time to recover |",
        "|---|---|---|---|---|---|---|",
        *(row.line() for row in rows),
    ]
    text = "\n".join(table) + "\n"
    RESULTS.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
