"""Checks behind /healthz: each answers within settings.HEALTHZ_TIMEOUT seconds."""

from django.conf import settings
from django.db import connection
from kombu import Connection


def database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        return False


def cache_ok() -> bool:
    """The cache's server answers (a PING); always true for a cache without a server."""
    from django.core.cache import cache

    client_of = getattr(getattr(cache, "_cache", None), "get_client", None)
    if client_of is None:
        return True  # local memory or files: nothing to reach
    try:
        client = client_of(write=True)
        return bool(client.ping())
    except Exception:
        return False


def broker_ok() -> bool:
    timeout = settings.HEALTHZ_TIMEOUT
    options = dict(getattr(settings, "CELERY_BROKER_TRANSPORT_OPTIONS", {}))
    # A broker that accepts the connection but never answers must not hang the check.
    options.update(socket_timeout=timeout, socket_connect_timeout=timeout)
    try:
        with Connection(
            settings.CELERY_BROKER_URL,
            connect_timeout=timeout,
            transport_options=options,
        ) as conn:
            conn.ensure_connection(max_retries=1, interval_start=0, timeout=timeout)
            # Opening a channel talks to the server (for Redis: a PING round trip).
            channel = conn.default_channel
            client = getattr(channel, "client", None)
            if client is not None and hasattr(client, "ping"):
                client.ping()
            return True
    except Exception:
        return False
