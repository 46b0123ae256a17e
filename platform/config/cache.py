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
"""

import functools
import logging
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


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
        self._health = _Health()

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
    clear = _degrade(_none, writes=True)(RedisCache.clear)
