"""Static files as production serves them: hashed names, compressed, cached for a year."""

import json
import os
import re
import subprocess
import sys
from http import HTTPStatus
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management import call_command
from django.test import Client, override_settings

ROOT = Path(__file__).resolve().parents[2]
ONE_YEAR = 365 * 24 * 60 * 60
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "DJANGO_SECRET_KEY": "x7!k2Lq9#vT4mZ8pR1sW6yB3nC5dF0gH-jK_lM+oP=uQ^rS~tV",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/platform",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "DJANGO_ALLOWED_HOSTS": "training.example.org",
    "SITE_URL": "https://training.example.org",
}


def _production_static_storage() -> dict:
    """settings.STORAGES["staticfiles"] as production settings have it."""
    code = (
        "import django, json; django.setup(); from django.conf import settings; "
        "print(json.dumps(settings.STORAGES['staticfiles']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, **PRODUCTION_ENV},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def production_storage():
    return _production_static_storage()


@pytest.fixture(scope="module")
def collected(tmp_path_factory, production_storage):
    """collectstatic with production's storage into an empty STATIC_ROOT, once, of the
    project's own files (static/): the thousands the apps bring (Wagtail's admin) took
    seconds to hash and compress, and say nothing more about how ours are served."""
    static_root = tmp_path_factory.mktemp("static")
    storages = {**settings.STORAGES, "staticfiles": production_storage}
    own_files = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    with override_settings(
        STATIC_ROOT=static_root, STORAGES=storages, STATICFILES_FINDERS=own_files
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield static_root


def test_production_compresses_and_hashes_static_files(production_storage):
    backend = production_storage["BACKEND"]

    assert backend == "whitenoise.storage.CompressedManifestStaticFilesStorage"


def _max_age(response) -> int:
    return int(re.search(r"max-age=(\d+)", response.headers["Cache-Control"])[1])


@pytest.mark.parametrize("accepted, encoding", [("gzip, deflate, br", "br"), ("gzip", "gzip")])
def test_hashed_file_is_served_compressed_and_cached_for_a_year(collected, accepted, encoding):
    url = staticfiles_storage.url("css/site.css")

    response = Client().get(url, HTTP_ACCEPT_ENCODING=accepted)

    assert re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", url)
    assert response.status_code == HTTPStatus.OK
    assert response.headers["Content-Encoding"] == encoding
    assert "Accept-Encoding" in response.headers["Vary"]
    assert _max_age(response) >= ONE_YEAR
    assert "immutable" in response.headers["Cache-Control"]


def test_unhashed_name_is_never_cached_for_a_year(collected):
    response = Client().get("/static/css/site.css", HTTP_ACCEPT_ENCODING="gzip")

    # A name that keeps its content across deployments must be revalidated.
    assert response.status_code == HTTPStatus.OK
    assert _max_age(response) < ONE_YEAR
    assert "immutable" not in response.headers["Cache-Control"]


def test_colours_and_what_is_shown_do_not_change_with_the_screen_width():
    """The browser journeys run axe's colour and document rules at 320 px only, and at a
    desktop's width only the rules that depend on layout (tests/browser/a11y.py): that
    holds while no width-dependent rule of the stylesheet sets a colour or hides or shows
    anything."""
    css = (ROOT / "static" / "css" / "site.css").read_text()
    coloured, hidden = [], []
    for match in re.finditer(r"@media([^{]*){", css):
        if "print" in match.group(1):
            continue  # paper, not a screen
        depth, at = 1, match.end()
        while depth:
            depth += {"{": 1, "}": -1}.get(css[at], 0)
            at += 1
        block = css[match.end() : at]
        coloured += re.findall(r"(?<![-\w])(?:color|background(?:-color)?)\s*:[^;}]+", block)
        hidden += re.findall(
            r"(?<![-\w])(?:display\s*:\s*(?:none|contents)|visibility\s*:|content\s*:)[^;}]*",
            block,
        )

    assert not hidden, f"something hidden or shown inside a width's @media rule: {hidden}"
    assert not coloured, f"colours set inside a width's @media rule: {coloured}"
