"""Load from wrk on loopback, with a session cookie per request when learners are signed in."""

import re
import shutil
import subprocess
from dataclasses import dataclass

from .environment import VAR
from .loopback import PROXY_HEADERS

THREADS = 2
CONNECTIONS = 16
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}

# Learners take turns, so that no single row is updated by every request.
SCRIPT = """
local cookies = {%(cookies)s}
local n = 0
request = function()
  n = n + 1
  local headers = {%(headers)s}
  if #cookies > 0 then
    headers["Cookie"] = "sessionid=" .. cookies[n %% #cookies + 1]
  end
  return wrk.format(nil, nil, headers)
end
"""


@dataclass
class Load:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int


def wrk_path() -> str:
    path = shutil.which("wrk")
    if path is None:
        raise RuntimeError("wrk is missing: apt-get install wrk")
    return path


def _script(cookies: list[str], name: str) -> str:
    headers = ", ".join(f'["{key}"] = "{value}"' for key, value in PROXY_HEADERS.items())
    path = VAR / f"wrk-{name}.lua"
    path.write_text(SCRIPT % {"cookies": ", ".join(f'"{c}"' for c in cookies), "headers": headers})
    return str(path)


def _milliseconds(output: str, percent: int) -> float:
    match = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.MULTILINE)
    return float(match[1]) * UNITS[match[2]]


def parse(output: str) -> Load:
    """The figures of wrk --latency's report."""
    errors = sum(map(int, re.findall(r"(?:connect|read|write|timeout) (\d+)", output)))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return Load(
        requests_per_second=float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1]),
        p50_ms=_milliseconds(output, 50),
        p99_ms=_milliseconds(output, 99),
        requests=int(re.search(r"(\d+) requests in", output)[1]),
        errors=errors + (int(non_2xx[1]) if non_2xx else 0),
    )


def wrk(url: str, *, seconds: float, name: str, cookies: list[str] = ()) -> Load:
    """One wrk run against url; cookies are session keys used in turn."""
    # wrk counts a request still unanswered after --timeout (2 s by default) as an error:
    # the slowest pages queue that long behind 16 connections on 2 cores.
    command = [wrk_path(), f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency"]
    command += ["--timeout", "10s"]
    command += ["-s", _script(list(cookies), name), url]
    result = subprocess.run(  # noqa: S603 (our own command line)
        command, capture_output=True, text=True, check=True, timeout=600
    )
    (VAR / f"wrk-{name}.txt").write_text(result.stdout)  # the last round's report, to read
    return parse(result.stdout)
