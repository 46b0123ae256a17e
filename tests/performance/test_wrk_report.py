"""`make bench` reads wrk's report: requests per second, latencies in any unit, errors."""

import pytest

from bench.wrk import parse

REPORT = """Running 8s test @ http://127.0.0.1:8000/bench/bare/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     9.12ms   12.40ms 180.21ms   91.10%
    Req/Sec   740.22    120.40     1.01k    70.00%
  Latency Distribution
     50%  {p50}
     75%    9.80ms
     90%   14.20ms
     99%  {p99}
  11842 requests in 8.01s, 29.10MB read
  Socket errors: connect 0, read 2, write 0, timeout 3
  Non-2xx or 3xx responses: 4
Requests/sec:   1478.40
Transfer/sec:      3.63MB
"""


@pytest.mark.parametrize(
    "p50, p99, p50_ms, p99_ms",
    [("850.00us", "95.80ms", 0.85, 95.8), ("6.70ms", "1.12s", 6.7, 1120.0)],
)
def test_latencies_are_read_in_milliseconds_whatever_the_unit(p50, p99, p50_ms, p99_ms):
    load = parse(REPORT.format(p50=p50, p99=p99))

    assert load.p50_ms == pytest.approx(p50_ms)
    assert load.p99_ms == pytest.approx(p99_ms)


def test_throughput_and_errors():
    load = parse(REPORT.format(p50="6.70ms", p99="95.80ms"))

    assert load.requests_per_second == pytest.approx(1478.4)
    assert load.requests == 11842
    assert load.errors == 2 + 3 + 4
