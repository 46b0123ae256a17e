"""A migrated PostgreSQL database that test databases are copied from.

Migrating an empty database takes this suite 15 to 40 seconds a process (Wagtail alone
brings about 150 migrations); copying a migrated one with CREATE DATABASE ... TEMPLATE
takes about one. The template is named after a digest of every migration file the
project loads (its own and its packages') and of the settings that data migrations
read, so a changed migration, an upgraded package or another language list gets a new
template, never a stale one. It is built once, by whichever pytest process asks first
while holding a PostgreSQL advisory lock (the other waits), in a database of its own
that gets its final name only once migrations finished: a killed build leaves nothing
that looks usable. Templates of other migrations are dropped when a new one is made, once
they are a day old (a run of another branch may still be copying one).

Django then creates each test database WITH TEMPLATE (the TEST "TEMPLATE" setting) and
runs `migrate`, which finds nothing to apply but still sends post_migrate (permissions,
content types, groups), so those follow the code of the run, not of the template.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import psycopg
from django.conf import settings
from django.db import connections

ROOT = Path(__file__).resolve().parents[1]
PREFIX = "test_template_"
# Any number, the same in every process of this project: it names the build lock.
LOCK_KEY = 7_240_522_022


def migrations_digest() -> str:
    """A digest of every migration file Django would apply, and what data migrations read.
    The files are read, not imported: some packages' migrations query the database when
    imported."""
    from django.apps import apps
    from django.db.migrations.loader import MigrationLoader

    digest = hashlib.sha256()
    for app in sorted(apps.get_app_configs(), key=lambda app: app.label):
        module_name, _explicit = MigrationLoader.migrations_module(app.label)
        try:
            spec = importlib.util.find_spec(module_name)
        except ModuleNotFoundError:
            spec = None
        if spec is None or not spec.submodule_search_locations:
            continue
        for folder in spec.submodule_search_locations:
            for path in sorted(Path(folder).glob("*.py")):
                digest.update(f"{app.label}/{path.name}".encode())
                digest.update(path.read_bytes())
    for name in ("LANGUAGES", "LANGUAGE_CODE", "WAGTAIL_CONTENT_LANGUAGES", "AUTH_USER_MODEL"):
        digest.update(repr(getattr(settings, name, None)).encode())
    return digest.hexdigest()[:16]


def use_template(alias: str = "default") -> str | None:
    """Point the test database of `alias` at a migrated template, building it if needed.
    Returns the template's name, or None where this does not apply (SQLite)."""
    database = settings.DATABASES[alias]
    if database["ENGINE"] != "django.db.backends.postgresql":
        return None
    name = PREFIX + migrations_digest()
    with _maintenance_connection(database) as admin:
        admin.execute("SELECT pg_advisory_lock(%s)", [LOCK_KEY])
        try:
            if not _exists(admin, name):
                _build(admin, database, name)
        finally:
            admin.execute("SELECT pg_advisory_unlock(%s)", [LOCK_KEY])
    database.setdefault("TEST", {})["TEMPLATE"] = name
    # Django copies the settings into the connection when it first makes it.
    connections[alias].settings_dict.setdefault("TEST", {})["TEMPLATE"] = name
    return name


def _maintenance_connection(database: dict) -> psycopg.Connection:
    return psycopg.connect(
        dbname="postgres",
        user=database.get("USER") or None,
        password=database.get("PASSWORD") or None,
        host=database.get("HOST") or None,
        port=database.get("PORT") or None,
        autocommit=True,
    )


def _exists(admin: psycopg.Connection, name: str) -> bool:
    return admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()


def _build(admin: psycopg.Connection, database: dict, name: str) -> None:
    building = name + "_building"
    admin.execute(f'DROP DATABASE IF EXISTS "{building}" WITH (FORCE)')
    admin.execute(f'CREATE DATABASE "{building}"')
    url = "postgres://{user}{password}@{host}:{port}/{name}".format(
        user=quote(database.get("USER") or "", safe=""),
        password=f":{quote(database['PASSWORD'], safe='')}" if database.get("PASSWORD") else "",
        host=database.get("HOST") or "127.0.0.1",
        port=database.get("PORT") or 5432,
        name=building,
    )
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "--verbosity", "0"],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "config.settings.test"},
        check=True,
    )
    # Templates of other migrations (another branch, an older checkout) are dropped once
    # a day has passed since they were built: a run of theirs may still be copying them.
    stale = admin.execute(
        "SELECT datname FROM pg_database WHERE datname LIKE %s AND datname NOT LIKE %s"
        " AND coalesce(shobj_description(oid, 'pg_database'), '0')::float"
        " < extract(epoch FROM now()) - 86400",
        [PREFIX + "%", "%_building"],
    ).fetchall()
    for (old,) in stale:
        admin.execute(f'DROP DATABASE IF EXISTS "{old}" WITH (FORCE)')
    admin.execute(f'ALTER DATABASE "{building}" RENAME TO "{name}"')
    admin.execute(f"COMMENT ON DATABASE \"{name}\" IS '{time.time():.0f}'")
