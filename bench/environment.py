"""The environment every bench process shares: production settings, the bench's services."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VAR = ROOT / "var" / "bench"


def bench_environ() -> dict[str, str]:
    """Variables for this process and gunicorn's; BENCH_DATABASE_URL and BENCH_REDIS_URL
    choose the services. A DATABASE_URL already set is ignored on purpose: the bench
    drops and fills its database, so it must never be pointed at one by accident."""
    return {
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": os.environ.get(
            "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/platform_bench"
        ),
        # A Redis database of its own: the bench empties it before it starts.
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/12"),
        "DJANGO_SECRET_KEY": "bench-only-key-for-seeded-data-9d41c0b27e5f4a86b3d1e7c2a8f60b95",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "SITE_URL": "http://127.0.0.1:8000",
        "EMAIL_URL": "memorymail://",
        "DJANGO_LOG_LEVEL": "WARNING",
        "DJANGO_STATIC_ROOT": str(VAR / "static"),
        "DJANGO_MEDIA_ROOT": str(VAR / "media"),
        "DJANGO_PRIVATE_ROOT": str(VAR / "private"),
    }


def django_setup(environ: dict[str, str] | None = None) -> None:
    """Set the environment (the bench's, unless given) and start Django in this process,
    as gunicorn's workers do."""
    os.environ.update(environ if environ is not None else bench_environ())
    for path in (str(ROOT / "platform"), str(ROOT)):
        if path not in sys.path:
            sys.path.insert(0, path)
    import django

    django.setup()
