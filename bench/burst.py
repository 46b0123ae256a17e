"""The quiz burst: many learners submit one attempt each at once, through a bounded client.

Each learner opens the quiz (which gives the form, its attempt token and its CSRF
token), picks answers, and submits; the POST is timed.
"""

import random
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urlencode

from .loopback import cookie_header, request

CONCURRENCY = 20


class QuizForm(HTMLParser):
    """The hidden fields and the choices of each question, as a browser would see them."""

    def __init__(self):
        super().__init__()
        self.hidden: dict[str, str] = {}
        self.choices: dict[str, list[tuple[str, str]]] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag != "input":
            return
        if attrs.get("type") == "hidden":
            self.hidden[attrs["name"]] = attrs.get("value", "")
        elif attrs.get("type") in {"radio", "checkbox"}:
            self.choices.setdefault(attrs["name"], []).append((attrs["type"], attrs["value"]))


@dataclass
class Burst:
    post_ms: list[float] = field(default_factory=list)
    get_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def percentile(self, percent: int) -> float:
        if len(self.post_ms) < 2:
            return self.post_ms[0] if self.post_ms else float("nan")
        return statistics.quantiles(self.post_ms, n=100, method="inclusive")[percent - 1]


def _take(port: int, path: str, session_key: str, rng: random.Random, burst: Burst) -> None:
    started = time.perf_counter()
    page = request(port, "GET", path, headers=cookie_header(sessionid=session_key))
    burst.get_ms.append((time.perf_counter() - started) * 1000)
    if page.status != 200:
        burst.errors.append(f"GET {page.status}")
        return
    cookies = SimpleCookie()
    for header in page.headers.get_all("Set-Cookie", []):
        cookies.load(header)
    csrf = cookies["csrftoken"].value
    form = QuizForm()
    form.feed(page.body)
    answers = [(name, rng.choice(options)[1]) for name, options in sorted(form.choices.items())]
    origin = f"https://127.0.0.1:{port}"
    headers = {
        **cookie_header(sessionid=session_key, csrftoken=csrf),
        "Content-Type": "application/x-www-form-urlencoded",
        "Origin": origin,
        "Referer": origin + path,
    }
    started = time.perf_counter()
    response = request(
        port, "POST", path, headers=headers, body=urlencode([*form.hidden.items(), *answers])
    )
    burst.post_ms.append((time.perf_counter() - started) * 1000)
    if response.status != 302 or "/attempts/" not in response.headers.get("Location", ""):
        burst.errors.append(f"POST {response.status}")


def quiz_burst(*, port: int, path: str, session_keys: list[str], seed: int) -> Burst:
    """Every learner takes the quiz once, CONCURRENCY at a time, as fast as they can."""
    burst = Burst()
    rngs = [random.Random(seed + n) for n in range(len(session_keys))]

    def take(args):
        key, rng = args
        try:
            _take(port, path, key, rng, burst)
        except Exception as error:  # counted and shown in the table, never hidden
            burst.errors.append(f"{type(error).__name__}: {error}")

    started = time.perf_counter()
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        list(pool.map(take, zip(session_keys, rngs, strict=True)))
    burst.seconds = time.perf_counter() - started
    return burst
