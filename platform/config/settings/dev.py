"""Local development and the `make run` demo: DEBUG on, embedded defaults."""

from .base import *  # noqa: F403
from .base import PRIVATE_STORAGE, env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
SECRET_KEY = env(
    "DJANGO_SECRET_KEY",
    default="dev-only-insecure-key-do-not-use-in-production-7f3c1e9a",
)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
# A learning record store on this machine may be tried without TLS.
API_LRS_ALLOW_HTTP = env.bool("API_LRS_ALLOW_HTTP", default=True)
# Staff can try the admin without an authenticator app in the local demo.
ACCOUNTS_STAFF_MFA_REQUIRED = env.bool("ACCOUNTS_STAFF_MFA_REQUIRED", default=False)
# Messages are printed by the server unless EMAIL_URL points at a mail server.
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "private": PRIVATE_STORAGE,
}
