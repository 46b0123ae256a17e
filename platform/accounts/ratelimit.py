"""A fixed-window counter in the shared cache, against guessing join codes."""

from django.core.cache import cache


def hit(key: str, *, limit: int, window: int) -> bool:
    """Count one attempt under key; False once more than `limit` fall in `window` seconds."""
    cache_key = f"ratelimit:{key}"
    cache.add(cache_key, 0, timeout=window)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=window)
        count = 1
    return count <= limit


def blocked(key: str, *, limit: int) -> bool:
    """Whether key has used up its limit, without counting this look."""
    return (cache.get(f"ratelimit:{key}") or 0) >= limit
