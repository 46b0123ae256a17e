"""`make bench`'s plain reference is really plain: no apps, no middleware, no database,
and it serves the same 2 KB page as the platform's bare view (in a process of its own,
as its gunicorn does)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHECK = """
import io, wsgiref.util
import django
from django.conf import settings
django.setup()
assert settings.MIDDLEWARE == [] and settings.INSTALLED_APPS == [], "not plain"
assert settings.DATABASES == {} or set(settings.DATABASES) == {"default"}
from django.apps import apps
assert [app.label for app in apps.get_app_configs()] == [], "apps installed"
from django.core.wsgi import get_wsgi_application
from bench.views import PAGE
environ = {}
wsgiref.util.setup_testing_defaults(environ)
environ.update(PATH_INFO="/bench/bare/", HTTP_HOST="127.0.0.1", SERVER_NAME="127.0.0.1")
answer = {}
body = b"".join(get_wsgi_application()(environ, lambda status, headers: answer.update(
    status=status, headers=dict(headers))))
assert answer["status"].startswith("200"), answer
assert body.decode() == PAGE
assert "Content-Security-Policy" not in answer["headers"], answer["headers"]
assert "Set-Cookie" not in answer["headers"], answer["headers"]
print("plain")
"""


def test_the_plain_reference_has_no_apps_no_middleware_and_serves_the_bare_page():
    environ = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.plain_settings"}
    result = subprocess.run(
        [sys.executable, "-c", CHECK],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "plain"
