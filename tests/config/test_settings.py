import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = (
    "DJANGO_SECRET_KEY",
    "DATABASE_URL",
    "REDIS_URL",
    "DJANGO_ALLOWED_HOSTS",
    "SITE_URL",
)
PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": "x7!k2Lq9#vT4mZ8pR1sW6yB3nC5dF0gH-jK_lM+oP=uQ^rS~tV",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/platform",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "DJANGO_ALLOWED_HOSTS": "training.example.org",
    "SITE_URL": "https://training.example.org",
}


def _manage(*args, env):
    # Only what a production host would have: none of the test run's own switches.
    excluded = {*REQUIRED, "DJANGO_ALLOW_ASYNC_UNSAFE"}
    base_env = {k: v for k, v in os.environ.items() if k not in excluded}
    base_env["DJANGO_SETTINGS_MODULE"] = "config.settings.production"
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base_env, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_its_required_variables():
    result = _manage("check", env={})

    assert result.returncode != 0
    for name in REQUIRED:
        assert name in result.stderr


def test_production_names_the_one_variable_that_is_missing():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "REDIS_URL"}

    result = _manage("check", env=env)

    assert result.returncode != 0
    assert "REDIS_URL" in result.stderr
    assert "DATABASE_URL" not in result.stderr.split("ImproperlyConfigured")[-1]


def test_check_deploy_is_clean_with_production_settings():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
