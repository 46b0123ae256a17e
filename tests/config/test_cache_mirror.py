"""Keys every request reads, kept in each process's memory and told of every change
(config/cache.py's Mirror): read without a round trip, never left behind by a write
made in another process, a flush or an outage."""

import multiprocessing
import os
import time

import pytest
from django.conf import settings

from config.cache import Mirror, ResilientRedisCache

pytestmark = pytest.mark.skipif(
    not os.environ.get("REDIS_URL"), reason="needs a real Redis (REDIS_URL)"
)

KEY = "mirror-test:version"


def redis_cache() -> ResilientRedisCache:
    """The platform's cache on the test's Redis database (the suite's own is in memory)."""
    return ResilientRedisCache(
        settings.REDIS_URL,
        {"KEY_PREFIX": "mirror-test", "OPTIONS": {"socket_connect_timeout": 0.5}},
    )


def listening(cache: ResilientRedisCache) -> ResilientRedisCache:
    """The cache once its mirror in this process has confirmed its subscription."""
    deadline = time.monotonic() + 5
    while cache.get_mirrored([]) is None:
        assert time.monotonic() < deadline, "the mirror never started listening"
        time.sleep(0.01)
    return cache


@pytest.fixture
def cache():
    cache = listening(redis_cache())
    cache.clear()
    yield cache
    cache.clear()


def in_another_process(run) -> None:
    """Call run() in a forked process, as another web worker would."""
    process = multiprocessing.get_context("fork").Process(target=run)
    process.start()
    process.join(timeout=10)
    assert process.exitcode == 0


def eventually(read, expected, within: float = 2.0) -> float:
    started = time.monotonic()
    while read() != expected:
        assert time.monotonic() - started < within, f"{read()!r}, never {expected!r}"
        time.sleep(0.002)
    return time.monotonic() - started


def test_a_held_value_is_read_without_a_round_trip(cache, monkeypatch):
    cache.set_mirrored(KEY, "one")

    def no_round_trip(*args, **kwargs):
        raise AssertionError("asked Redis")

    monkeypatch.setattr(cache, "get_many", no_round_trip)
    monkeypatch.setattr(cache, "get", no_round_trip)
    assert cache.get_mirrored([KEY]) == {KEY: "one"}


def test_a_key_not_held_yet_is_read_from_redis_and_then_held(cache):
    cache.set(KEY, "stored", timeout=None)  # a plain write: the mirror is not told

    assert cache.get_mirrored([KEY]) == {KEY: "stored"}

    # Held once no change arrived while it was read (the fixture's own flush may still
    # be on its way back from Redis: every process hears its own writes too).
    def held():
        cache.get_mirrored([KEY])
        return cache.mirror.read([KEY])[0]

    eventually(held, {KEY: "stored"})
    assert cache.get_mirrored(["mirror-test:absent"]) == {}


def test_a_write_in_another_process_reaches_this_one_at_once(cache):
    cache.set_mirrored(KEY, "before")

    in_another_process(lambda: redis_cache().set_mirrored(KEY, "after"))

    waited = eventually(lambda: cache.get_mirrored([KEY]), {KEY: "after"})
    assert waited < 0.5
    assert cache.get(KEY) == "after"


def test_a_flush_in_another_process_empties_this_mirror(cache):
    cache.set_mirrored(KEY, "before the flush")

    in_another_process(lambda: redis_cache().clear())

    eventually(lambda: cache.mirror.read([KEY])[0], {})
    assert cache.get_mirrored([KEY]) == {}


def test_a_value_read_while_a_change_arrived_is_not_kept(cache):
    mirror = cache.mirror
    held, since = mirror.read([KEY])
    assert held == {}

    # Between the read from Redis and keeping it, another process's change arrives.
    mirror.apply({"key": KEY, "value": "newer"})
    mirror.fill({KEY: "older"}, since=since)

    assert mirror.read([KEY])[0] == {KEY: "newer"}


def test_a_change_the_mirror_was_not_told_of_is_taken_up_by_its_poll(cache, monkeypatch):
    monkeypatch.setattr(Mirror, "POLL", 0.05)
    cache.set_mirrored(KEY, "told")
    cache.set(KEY, "written behind its back", timeout=None)

    eventually(lambda: cache.get_mirrored([KEY]), {KEY: "written behind its back"}, within=3)


def test_a_dead_redis_has_no_mirror_to_answer_from():
    dead = ResilientRedisCache(
        "redis://127.0.0.1:1/0",
        {"KEY_PREFIX": "mirror-dead", "OPTIONS": {"socket_connect_timeout": 0.2}},
    )

    for _ in range(20):
        assert dead.get_mirrored([KEY]) is None
        time.sleep(0.01)
    # A write still reaches this process's own memory (the request that made it reads
    # it back), and the lost write empties the cache when Redis is back.
    dead.set_mirrored(KEY, "written while down")
    assert dead.mirror.read([KEY])[0] == {KEY: "written while down"}
    assert dead._health.lost_writes


def test_the_first_call_after_an_outage_empties_every_mirror(cache):
    cache.set_mirrored(KEY, "before the outage")
    cache._health.lost_writes = True  # a write was lost while Redis was down

    assert cache.get(KEY) is None  # the keys from before the outage are deleted
    assert cache.mirror.read([KEY])[0] == {}
    assert cache.get_mirrored([KEY]) == {}
