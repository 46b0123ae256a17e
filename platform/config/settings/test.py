"""The pytest suite: PostgreSQL and Redis when DATABASE_URL and REDIS_URL are set."""

from urllib.parse import urlsplit, urlunsplit

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-secret-key-3b2f0c8d4e6a4c1b9d7e5f3a1c2b4d6e"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
ACCOUNTS_STAFF_MFA_REQUIRED = env.bool("ACCOUNTS_STAFF_MFA_REQUIRED", default=False)
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Each test starts with an empty cache (rate limits included); the worker tests
# talk to Redis through Celery, not through the cache.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "private": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
}
SITE_URL = env("SITE_URL", default="http://testserver").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
# The tests' learning record store listens on 127.0.0.1 without TLS.
API_LRS_ALLOW_HTTP = True

# A test that starts a real Celery worker shares a folder with it: the worker writes
# its e-mails and stored files there, where the test (and its live server) read them.
TEST_SHARED_DIR = env("TEST_SHARED_DIR", default="")
if TEST_SHARED_DIR:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = f"{TEST_SHARED_DIR}/mail"
    STORAGES = {
        **STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": f"{TEST_SHARED_DIR}/private"},
        },
    }

# Under pytest-xdist (make test runs the suite on every core) each worker process has a
# test database of its own (pytest-django adds the worker's name) and a Redis database
# of its own for the broker: REDIS_URL's database number plus the worker's number. The
# Celery workers a test starts inherit PYTEST_XDIST_WORKER and so use the same one.
XDIST_WORKER = env("PYTEST_XDIST_WORKER", default="")
if XDIST_WORKER and REDIS_URL:  # noqa: F405
    _url = urlsplit(REDIS_URL)  # noqa: F405
    _number = int(_url.path.lstrip("/") or 0) + int(XDIST_WORKER.removeprefix("gw"))
    REDIS_URL = urlunsplit(_url._replace(path=f"/{_number}"))
    CELERY_BROKER_URL = CELERY_RESULT_BACKEND = REDIS_URL
