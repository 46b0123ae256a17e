"""The plain reference of `make bench`: Django with no apps, no middleware, no database,
no templates and one view (bench.views.bare), served by the same gunicorn.conf.py as the
platform. It is what any Django page costs before a project adds anything: the issue's
yardstick for "fast", next to the platform's own bare view (bench/settings.py)."""

SECRET_KEY = "bench-plain-reference-not-a-secret-0b6f2d1e9a7c4e5b8d3f1a2c6e9b7d40"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1"]
ROOT_URLCONF = "bench.plain_urls"
INSTALLED_APPS: list[str] = []
MIDDLEWARE: list[str] = []
DATABASES: dict = {}
TEMPLATES: list = []
USE_I18N = False
USE_TZ = True
