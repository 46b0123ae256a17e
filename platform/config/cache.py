"""A Redis cache that a Redis outage cannot turn into 500s.

Django's RedisCache raises on every call when Redis is unreachable, and the cache is
read on every page (the anonymous page cache, sessions, rate limits, the navigation).
This one answers as an empty cache instead: reads miss, writes are dropped, and pages
come from the database. Sessions live in the database as well (`cached_db`), so people
stay signed in. While Redis is down:
- it is not asked again for RETRY_AFTER seconds after a failure, so a request does not
  wait on a dead server several times over;
- the failure is logged once a minute per process, not once a call;
- rate limits are not enforced (they count in the cache): the price of staying up.
A write lost during the outage (a content version, a forgotten permission) would leave
stale entries behind, so the first call that reaches Redis again deletes this cache's
keys (its KEY_PREFIX only, never the broker's), and everything is rebuilt from the
database.

A few keys are read by every request and change rarely (the content versions of
courses/delivery/caching.py): those each process keeps in memory, told of every change
by Redis pub/sub (`get_mirrored`, `set_mirrored`, the `Mirror` below).
"""

import contextlib
import functools
import hashlib
import json
import logging
import os
import threading
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError, ConnectionError, TimeoutError, OSError)
RETRY_AFTER = 2.0
LOG_EVERY = 60.0


class _Health:
    """Per process: when Redis last failed, when that was last logged, whether writes
    were lost."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down_until = 0.0
        self.logged_at = 0.0
        self.lost_writes = False

    def failed(self, error: Exception, *, wrote: bool) -> None:
        now = time.monotonic()
        with self.lock:
            self.down_until = now + RETRY_AFTER
            self.lost_writes = self.lost_writes or wrote
            if now - self.logged_at >= LOG_EVERY:
                self.logged_at = now
                logger.warning("Cache unreachable, serving from the database: %s", error)

    def is_down(self) -> bool:
        return time.monotonic() < self.down_until


def _degrade(miss, *, writes: bool):
    """Call Redis unless it is known to be down; on failure answer `miss(args)`."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            health = self._health
            if health.is_down():
                health.lost_writes = health.lost_writes or writes
                return miss(*args, **kwargs)
            try:
                self._recover_if_needed()
                return method(self, *args, **kwargs)
            except UNREACHABLE as error:
                health.failed(error, wrote=writes)
                return miss(*args, **kwargs)

        return wrapper

    return decorate


def _default(key, default=None, *args, **kwargs):
    return default


def _none(*args, **kwargs):
    return None


def _key_missing(*args, **kwargs):
    # What a cache says for incr/decr of an absent key; callers start the count anew.
    raise ValueError("cache unreachable")


class ReusingRedisCacheClient(RedisCacheClient):
    """One redis-py client per connection pool, where Django makes one for every call.

    A redis-py client builds its table of response callbacks when it is made, which cost
    a signed-in page about as much as its Redis round trips. A client is thread-safe and
    takes its connections from the pool, so one is shared.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class Mirror:
    """Keys of one cache kept in this process's memory, and told of every change.

    Every write through `ResilientRedisCache.set_mirrored` stores the value and publishes
    it on the cache's channel; a thread in each process listens and applies it, so that
    a value read from memory is never older than the last write that reached Redis by
    more than the time a message takes. Keys enter the mirror when first read. While the
    thread is not listening (before its subscription is confirmed, after its connection
    dropped, in a process forked since), the mirror answers nothing and callers read
    Redis. Every POLL seconds the thread also reads the keys it holds again: what it could
    not be told (a flush of the database, a key that expired) is taken up within that
    time.
    """

    POLL = 5.0
    RECONNECT_AFTER = 1.0

    def __init__(self, backend: "ResilientRedisCache"):
        self.backend = backend
        location = "|".join(backend._servers)
        digest = hashlib.blake2b(location.encode(), digest_size=8).hexdigest()
        self.channel = f"{backend.key_prefix}:mirror:{digest}"
        self.lock = threading.Lock()
        self.values: dict[str, object] = {}
        # Counts every change applied, so that a value read from Redis is only kept when
        # no change arrived while it was read.
        self.changes = 0
        self.listening = False
        self.pid = None

    def ensure_listening(self) -> bool:
        """Start the listening thread in this process if it is not running; whether the
        mirror may answer now."""
        if self.pid != os.getpid():
            with self.lock:
                if self.pid != os.getpid():
                    self.pid = os.getpid()
                    self.listening = False
                    self.values.clear()
                    self.changes += 1
                    threading.Thread(target=self._listen, name="cache-mirror", daemon=True).start()
        return self.listening

    def read(self, keys) -> tuple[dict, int]:
        with self.lock:
            return {key: self.values[key] for key in keys if key in self.values}, self.changes

    def fill(self, found: dict, *, since: int) -> None:
        """Keep values read from Redis, unless a change arrived while they were read."""
        with self.lock:
            if self.changes == since and self.listening:
                self.values.update(found)

    def apply(self, message: dict) -> None:
        with self.lock:
            self.changes += 1
            if "key" in message:
                self.values[message["key"]] = message["value"]
            else:
                self.values.clear()

    def _stop(self) -> None:
        with self.lock:
            self.listening = False
            self.values.clear()
            self.changes += 1

    def _listen(self) -> None:
        pid = os.getpid()
        while self.pid == pid:
            pubsub = None
            try:
                client = self.backend._cache.get_client(write=False)
                pubsub = client.pubsub(ignore_subscribe_messages=False)
                pubsub.subscribe(self.channel)
                polled = time.monotonic()
                while self.pid == pid:
                    message = pubsub.get_message(timeout=1.0)
                    if message is not None:
                        self._receive(message)
                    if self.listening and time.monotonic() - polled >= self.POLL:
                        self._poll()
                        polled = time.monotonic()
            except UNREACHABLE as error:
                self.backend._health.failed(error, wrote=False)
            except Exception:  # noqa: BLE001 - the thread must outlive any one failure
                logger.exception("The cache mirror stopped listening; starting again")
            finally:
                self._stop()
                if pubsub is not None:
                    with contextlib.suppress(Exception):  # closing a dead connection
                        pubsub.close()
            time.sleep(self.RECONNECT_AFTER)

    def _receive(self, message: dict) -> None:
        if message["type"] == "subscribe":
            with self.lock:
                self.values.clear()
                self.changes += 1
                self.listening = True
        elif message["type"] == "message":
            self.apply(json.loads(message["data"]))

    def _poll(self) -> None:
        with self.lock:
            keys, since = list(self.values), self.changes
        if not keys:
            return
        found = self.backend.get_many(keys)
        with self.lock:
            if self.changes == since:
                self.values = found


_mirrors: dict[tuple, Mirror] = {}
_mirrors_lock = threading.Lock()


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
        self._health = _Health()

    @property
    def mirror(self) -> Mirror:
        """One mirror per Redis database and key prefix, shared by the threads of a
        process (Django makes a cache object per thread)."""
        identity = (tuple(self._servers), self.key_prefix)
        found = _mirrors.get(identity)
        if found is None:
            with _mirrors_lock:
                found = _mirrors.setdefault(identity, Mirror(self))
        return found

    def get_mirrored(self, keys: list[str]) -> dict | None:
        """The values of these keys, from this process's memory where it holds them;
        None while the mirror cannot be trusted (callers then read as usual)."""
        mirror = self.mirror
        if not mirror.ensure_listening() or self._health.is_down():
            return None
        found, since = mirror.read(keys)
        missing = [key for key in keys if key not in found]
        if missing:
            fetched = self.get_many(missing)
            mirror.fill(fetched, since=since)
            found.update(fetched)
        return found

    def set_mirrored(self, key: str, value) -> None:
        """Store a value (never expiring) and tell every process's mirror of it.

        The value must survive JSON. This process's mirror takes it at once, so the
        request that made a change reads it back.
        """
        message = {"key": key, "value": value}
        self.set(key, value, timeout=None)
        self._publish(message)
        self.mirror.apply(message)

    def _publish(self, message: dict) -> None:
        if self._health.is_down():
            return
        try:
            self._cache.get_client(write=True).publish(self.mirror.channel, json.dumps(message))
        except UNREACHABLE as error:
            # The write was lost with it: the first call that reaches Redis again empties
            # the cache and the mirrors (_recover_if_needed).
            self._health.failed(error, wrote=True)

    def _forget_everywhere(self) -> None:
        """Every process's mirror forgets what it holds: the keys were deleted."""
        self.mirror.apply({"reset": True})
        self._publish({"reset": True})

    def _recover_if_needed(self) -> None:
        if not self._health.lost_writes:
            return
        with self._health.lock:
            if not self._health.lost_writes:
                return
            self._health.lost_writes = False
        if not self.key_prefix:
            return
        client = self._cache.get_client(write=True)
        pattern = f"{self.key_prefix}:*"
        deleted = 0
        batch = []
        for key in client.scan_iter(match=pattern, count=1000):
            batch.append(key)
            if len(batch) >= 1000:
                deleted += client.delete(*batch)
                batch = []
        if batch:
            deleted += client.delete(*batch)
        self._forget_everywhere()
        logger.warning("Cache reachable again: %s entries from before the outage deleted", deleted)

    get = _degrade(_default, writes=False)(RedisCache.get)
    get_many = _degrade(lambda *a, **k: {}, writes=False)(RedisCache.get_many)
    has_key = _degrade(lambda *a, **k: False, writes=False)(RedisCache.has_key)
    set = _degrade(_none, writes=True)(RedisCache.set)
    set_many = _degrade(lambda *a, **k: [], writes=True)(RedisCache.set_many)
    # "Stored": a lock taken in the cache (allauth's rate limits) must not wait on it.
    add = _degrade(lambda *a, **k: True, writes=True)(RedisCache.add)
    touch = _degrade(lambda *a, **k: False, writes=True)(RedisCache.touch)
    delete = _degrade(lambda *a, **k: False, writes=True)(RedisCache.delete)
    delete_many = _degrade(_none, writes=True)(RedisCache.delete_many)
    incr = _degrade(_key_missing, writes=True)(RedisCache.incr)
    _clear = _degrade(_none, writes=True)(RedisCache.clear)

    def clear(self) -> None:
        self._clear()
        self._forget_everywhere()
