"""Server time and queries of single pages, in this process with Django's test client."""

import statistics
import time

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accounts.models import User

RUNS = 15


def client_for(user_id: int | None = None) -> Client:
    """A client that comes through the proxy (HTTPS), signed in as the user if given."""
    client = Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")
    if user_id is not None:
        client.force_login(User.objects.get(pk=user_id))
    return client


def queries(client: Client, url: str) -> int:
    """Queries of one GET after a warm-up GET (caches in the same state as under load)."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"GET {url} answered {response.status_code}")
    return len(captured)


def server_time(client: Client, url: str, runs: int = RUNS) -> float:
    """Median milliseconds of a GET handled in this process, after two warm-ups."""
    timings = []
    for run in range(runs + 2):
        started = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            raise RuntimeError(f"GET {url} answered {response.status_code}")
        if run >= 2:
            timings.append(elapsed)
    return statistics.median(timings)
