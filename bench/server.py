"""The platform under gunicorn, started with the project's gunicorn.conf.py."""

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .environment import ROOT, VAR, bench_environ
from .loopback import request


@dataclass
class Server:
    process: subprocess.Popen
    workers: int


def _children(pid: int) -> int:
    return len((Path("/proc") / str(pid) / "task" / str(pid) / "children").read_text().split())


def free_port() -> int:
    """A port nobody listens on now (other work shares this machine)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def gunicorn(*, port: int, settings: str = "bench.settings"):
    """Serve bench.settings (production plus the bare view), or another settings module
    (bench.plain_settings: the plain reference), on 127.0.0.1:port; the workers come from
    gunicorn.conf.py (WEB_CONCURRENCY, if set, passes through)."""
    environ = {**os.environ, **bench_environ(), "DJANGO_SETTINGS_MODULE": settings}
    VAR.mkdir(parents=True, exist_ok=True)
    name = settings.rpartition(".")[2]
    with open(VAR / f"gunicorn-{name}.log", "wb") as log:
        process = subprocess.Popen(  # noqa: S603 (our own command line)
            [sys.executable, "-m", "gunicorn", "config.wsgi:application"]
            + ["--config", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=environ,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait_until_serving(port, process)
            yield Server(process=process, workers=_children(process.pid))
        finally:
            process.terminate()
            process.wait(timeout=60)


def _wait_until_serving(port: int, process, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited ({process.returncode}): see its log in {VAR}")
        try:
            if request(port, "GET", "/bench/bare/").status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer within {timeout:.0f} s")
