"""Fixtures shared by the whole suite. Kept here, not in platform/ (see PITFALLS)."""

import fcntl
import gc
import io
import json
import os
import pickle
import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.db.models.signals import post_save
from django.test import TransactionTestCase
from django.utils import translation
from modelsearch import index as search_indexing
from modelsearch import signal_handlers as search_signal_handlers
from psycopg import sql
from wagtail.signal_handlers import disable_reference_index_auto_update

from outbox import tasks as outbox_tasks
from tests import roles
from tests.accounts.factories import UserFactory
from tests.worlds import building, module_transaction

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """Test databases are copies of a migrated template (tests/migrated_template.py)."""
    from tests.migrated_template import use_template

    use_template()


@pytest.fixture(scope="session", autouse=True)
def _no_reference_index():
    """Wagtail keeps a reference index (which objects use which, for the admin's usage
    lists) up to date after every save: over a third of the time of making a page in a
    test. Nothing of ours reads it, so what tests make in their own thread is left out
    of it; the live server's and the Celery workers' saves still keep it."""
    with disable_reference_index_auto_update():
        yield


# Whether saves in this thread update Wagtail's search index (see the fixture below).
_SEARCH_INDEX = threading.local()


def _index_unless_off(sender, instance, **kwargs):
    if getattr(_SEARCH_INDEX, "on", True):
        search_signal_handlers.post_save_signal_handler(instance, **kwargs)


@pytest.fixture(scope="session", autouse=True)
def _search_index_only_where_searched():
    """Wagtail (modelsearch) updates its search index after every save of a page, a quiz
    or an image, at once: a quarter of the time of making a page in a test, and the
    largest single receiver of the suite's saves. Only tests that search read the index,
    so what a test makes in its own thread stays out of it unless the test asks for
    `search_index`; the live server's and the Celery workers' saves still keep it, and
    `seed_demo` indexes the demo at its end. Deletions still reach the index."""
    models = [
        model
        for model in search_indexing.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    for model in models:
        post_save.disconnect(search_signal_handlers.post_save_signal_handler, sender=model)
        post_save.connect(_index_unless_off, sender=model)
    _SEARCH_INDEX.on = False
    yield
    del _SEARCH_INDEX.on
    for model in models:
        post_save.disconnect(_index_unless_off, sender=model)
        post_save.connect(search_signal_handlers.post_save_signal_handler, sender=model)


@contextmanager
def search_index_kept():
    """Saves in this thread update the search index while the block runs."""
    was = getattr(_SEARCH_INDEX, "on", True)
    _SEARCH_INDEX.on = True
    try:
        yield
    finally:
        _SEARCH_INDEX.on = was


@pytest.fixture
def search_index():
    """For tests that search what they made: their saves update the search index."""
    with search_index_kept():
        yield


@pytest.fixture(autouse=True)
def _empty_cache():
    # Rate limits live in the cache: each test starts with none used.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    # A request leaves its language active in the thread (LocaleMiddleware never resets
    # it), and page addresses follow the active language: each test starts in English.
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture(autouse=True)
def outbox_kicks(request, monkeypatch):
    """What the outbox asked a worker to deliver after a commit: [(kind, keys)]. Kept off
    the broker, except in tests that start a real worker (marked `worker`)."""
    kicks = []
    if request.node.get_closest_marker("worker") is None:

        def kick(args, queue=None, **kwargs):
            kicks.append(tuple(json.loads(json.dumps(args))))  # what the broker carries

        monkeypatch.setattr(outbox_tasks.outbox_deliver_task, "apply_async", kick)
    return kicks


@pytest.fixture
def outbox_inline(monkeypatch, outbox_kicks):
    """`outbox_inline(*kinds)`: rows of these kinds are delivered at once, in this process,
    when their transaction commits (as a worker would); returns the list of their
    [(kind, keys)]. Other kinds stay in `outbox_kicks`."""

    def run_inline(*kinds):
        ran = []

        def kick(args, queue=None, **kwargs):
            kind, keys = json.loads(json.dumps(args))
            if kind not in kinds:
                outbox_kicks.append((kind, keys))
                return
            ran.append((kind, keys))
            outbox_tasks.outbox_deliver_task(kind, keys)

        monkeypatch.setattr(outbox_tasks.outbox_deliver_task, "apply_async", kick)
        return ran

    return run_inline


@pytest.fixture
def password():
    return "Correct-Horse-Battery-9"


# One fixture per role (tests/roles.py): the smallest world in which that person acts.


@pytest.fixture
def parent(db):
    return roles.a_parent()


@pytest.fixture
def teacher_with_class(db):
    return roles.a_teacher_with_class()


@pytest.fixture
def pupil_in_class(teacher_with_class):
    return roles.a_pupil_in_class(teacher_with_class.classroom)


@pytest.fixture
def mentor_with_peers(db):
    return roles.an_approved_mentor_with_peers()


@pytest.fixture
def coach(db):
    return roles.a_coach()


@pytest.fixture
def lead(db):
    return roles.a_lead()


@pytest.fixture
def staff_user(db, password):
    return UserFactory(password=password, is_staff=True, is_superuser=True)


@pytest.fixture
def editor(db, password):
    """An editor of the network's shared courses (tests/roles.py an_editor)."""
    from tests.roles import an_editor

    user = an_editor(network=True, groups=("Editors",))
    user.set_password(password)
    user.save()
    return user


@pytest.fixture
def count_queries(client):
    """Queries of a GET, after one warm-up GET (so that caches are in the same state)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count(url, **headers):
        client.get(url, **headers)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, **headers)
        assert response.status_code == 200, response.status_code
        return len(queries)

    return count


class TableSnapshot:
    """Every table's rows, copied out with PostgreSQL's COPY and put back in one go.

    Transactional tests (the browser's live server, real workers) commit what they write:
    each ends with the migrations' snapshot put back (the fixture after this class), and
    a test that needs the demo starts with its snapshot put back. Putting a snapshot back
    takes a fraction of a second, where loading Django's serialised copy takes seconds
    and `seed_demo` several more.
    Foreign keys are deferred on PostgreSQL, so the tables load in any order. On SQLite
    (`make test` without DATABASE_URL) it is Django's serialised copy instead.
    """

    def __init__(self, *, copy_rows: bool = True):
        from django.db import connection

        # The test database this snapshot belongs to: restore() refuses any other.
        self.database = connection.settings_dict["NAME"]
        self.serialized = None
        if connection.vendor != "postgresql":
            self.serialized = connection.creation.serialize_db_to_string()
            return
        self.tables = [
            name for name in connection.introspection.table_names() if name != "django_migrations"
        ]
        self.rows: dict[str, bytes] = {}
        with connection.cursor() as cursor:
            # Tables with triggers of their own (one refuses DELETE) are emptied by TRUNCATE.
            cursor.execute(
                "SELECT DISTINCT tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal"
            )
            self.guarded = {table.strip('"') for (table,) in cursor.fetchall()}
            for table in self.tables if copy_rows else ():
                data = bytearray()
                with cursor.cursor.copy(f'COPY "{table}" TO STDOUT') as copy:
                    for chunk in copy:
                        data += chunk
                if data:
                    self.rows[table] = bytes(data)

    def save(self, path: Path) -> None:
        """Written aside, then renamed: another process reads a whole file or none."""
        partial = path.with_name(f"{path.name}.{os.getpid()}")
        partial.write_bytes(pickle.dumps({"tables": self.tables, "rows": self.rows}))
        partial.replace(path)

    @classmethod
    def load(cls, path: Path) -> "TableSnapshot":
        """A snapshot another pytest-xdist worker saved, for this process's test database
        (a copy of the same migrated template: the same tables)."""
        snapshot = cls(copy_rows=False)  # this database's tables and guarded ones
        saved = pickle.loads(path.read_bytes())  # noqa: S301 (written by this run's workers)
        if saved["tables"] != snapshot.tables:
            raise RuntimeError(f"{path} holds the rows of other tables")
        snapshot.rows = saved["rows"]
        return snapshot

    def restore(self):
        from django.contrib.contenttypes.models import ContentType
        from django.db import connection

        if connection.settings_dict["NAME"] != self.database:
            raise RuntimeError(f"not the test database {self.database}: left alone")
        if self.serialized is not None:
            with transaction.atomic():
                call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
                connection.creation.deserialize_db_from_string(self.serialized)
        else:
            self._copy_back(connection)
        # Content types may have been cached under other ids since the snapshot.
        ContentType.objects.clear_cache()

    def _copy_back(self, connection):
        """Empty the tables that hold rows (a test writes to a few of the hundred and more)
        and copy the snapshot back. DELETE, a third of the time of TRUNCATE here, except
        where a trigger refuses deletion (the concern audit trail): those are truncated.
        Foreign keys are checked at the commit, when every row refers to one still there."""
        from django.apps import apps
        from django.core.management.color import no_style

        with transaction.atomic(), connection.cursor() as cursor:
            holding = sql.SQL(" UNION ALL ").join(
                sql.SQL("SELECT {} WHERE EXISTS (SELECT FROM {})").format(
                    sql.Literal(table), sql.Identifier(table)
                )
                for table in self.tables
            )
            cursor.cursor.execute(holding)
            holding_rows = sorted(table for (table,) in cursor.fetchall())
            if guarded := [table for table in holding_rows if table in self.guarded]:
                cursor.cursor.execute(
                    sql.SQL("TRUNCATE {}").format(sql.SQL(", ").join(map(sql.Identifier, guarded)))
                )
            for table in holding_rows:
                if table not in self.guarded:
                    cursor.cursor.execute(sql.SQL("DELETE FROM {}").format(sql.Identifier(table)))
            for table, data in self.rows.items():
                with cursor.cursor.copy(f'COPY "{table}" FROM STDIN') as copy:
                    copy.write(data)
            # Rows came back with their ids: move the sequences past them.
            cursor.execute(
                "; ".join(connection.ops.sequence_reset_sql(no_style(), apps.get_models()))
            )


_MIGRATED: list[TableSnapshot] = []


@pytest.fixture(scope="session", autouse=True)
def migrated_snapshot(request) -> Iterator[TableSnapshot | None]:
    """The test database as migrations left it (Wagtail's root page, locales, groups),
    taken before any test runs. See the fixture below."""
    if not request.config.pluginmanager.hasplugin("django"):
        yield None
        return
    from django.db import connection

    real_database = connection.settings_dict["NAME"]
    request.getfixturevalue("django_db_setup")
    if connection.settings_dict["NAME"] == real_database:
        # No test of this run uses the database, so pytest-django made no test database:
        # the connection still names the real one, which is never to be touched.
        yield None
        return
    blocker = request.getfixturevalue("django_db_blocker")
    with blocker.unblock():
        _MIGRATED.append(TableSnapshot())
    yield _MIGRATED[0]
    with blocker.unblock():
        _end_other_connections()


def _end_other_connections() -> None:
    """Before the test database is dropped: a connection some thread of this process left
    open (an idle one was seen) makes PostgreSQL wait five seconds, then refuse."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


@pytest.fixture(scope="session", autouse=True)
def _transactional_tests_end_as_migrations_left_the_database(migrated_snapshot):
    """A transactional test (the browser's live server, real workers) commits what it
    writes. Django ends one with a flush (TRUNCATE of every table, then post_migrate
    making content types and permissions again), after which the migrations' rows would
    still be missing; instead, put back the snapshot taken before any test ran: about a
    tenth of a second against a second, so whichever test this process runs next (under
    pytest-xdist, any test) finds the database as migrations left it."""
    if migrated_snapshot is None:
        yield
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            TransactionTestCase, "_fixture_teardown", lambda test_case: migrated_snapshot.restore()
        )
        yield


@pytest.fixture
def without_the_world(request):
    """For a transactional test in a file with a `module_world` (tests/worlds.py):
    pytest-django runs the file's transactional tests after its others, while the world's
    transaction is still open, and would hold their commits in it (no other thread would
    see them, no on-commit callback would run). The world is rolled back first, as at the
    file's end (a later test that asks for it builds it again). This reaches into pytest's
    fixture manager; if an upgrade changes it, the assertion fails the test, never lets
    it pass inside the transaction."""
    from django.db import connection

    for built in request._fixturemanager.getfixturedefs("module_world_built", request.node):
        built.finish(request)
    assert not connection.in_atomic_block, "the test would commit inside the world's transaction"


@pytest.fixture
def migrated_data(transactional_db, migrated_snapshot):
    """For transactional tests: the data migrations created (always there since each
    transactional test puts it back when it ends; kept as the fixture that says so)."""


_DEMO: list[TableSnapshot] = []


@pytest.fixture(scope="session", autouse=True)
def run_folder(tmp_path_factory, worker_id) -> Path | None:
    """A folder the workers of this run share (pytest-of-<user>/pytest-<n>/ holds each
    worker's temporary folder, popen-gw0, popen-gw1): None without pytest-xdist."""
    if worker_id == "master":
        return None
    folder = tmp_path_factory.getbasetemp().parent / "shared"
    folder.mkdir(exist_ok=True)
    return folder


def _seed_or_restore_demo(shared: Path | None) -> None:
    """The database as `seed_demo` leaves it: seeded the first time in this run, then put
    back from a copy of every table (a fraction of a second, against six or more). Under
    pytest-xdist the first worker that needs the demo leaves its copy in the run's
    `shared` folder, and the other puts that back instead of seeding again."""
    from django.db import connection

    if _DEMO:
        _DEMO[0].restore()
        return
    if connection.vendor != "postgresql":
        # (SQLite seeds each time: its serialised copy would lack the search index.)
        _seed_demo()
        return
    saved = shared / "demo.snapshot" if shared else None
    with _held(shared / "demo.lock") if shared else nullcontext():
        if saved and saved.exists():
            snapshot = TableSnapshot.load(saved)
            snapshot.restore()
        else:
            _seed_demo()
            snapshot = TableSnapshot()
            if saved:
                snapshot.save(saved)
    _DEMO.append(snapshot)


@contextmanager
def _held(path: Path):
    """An exclusive lock on `path` while the block runs: the other worker may be seeding,
    and waits for its snapshot rather than seed too."""
    with open(path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _seed_demo() -> None:
    # force, not DEBUG: with DEBUG on, a 404 would be Django's debug page, not ours.
    # (It indexes what it made for search once, at its end.)
    call_command("seed_demo", force=True, stdout=io.StringIO())


@pytest.fixture
def seeded_demo_data(migrated_data, run_folder):
    """For transactional tests (the browser's live server): the demo's data, committed."""
    _seed_or_restore_demo(run_folder)


@pytest.fixture(scope="module")
def seeded_demo(django_db_setup, django_db_blocker, run_folder):
    """The demo's data, once for the test module, in a transaction rolled back at its end.

    Each test of the module runs in a savepoint inside it (pytest-django's `db`), so what
    one test writes is gone before the next one starts.
    """
    with module_transaction(django_db_blocker):
        with building(django_db_blocker):
            _seed_or_restore_demo(run_folder)
        yield


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """The slowest files first (browser journeys, real Celery workers), so that under
    pytest-xdist the files left for the end are short ones and both workers finish
    together. Order does not matter otherwise: every transactional test puts the
    database back as migrations left it (see above)."""

    def slow(item) -> bool:
        return "tests/browser/" in item.nodeid or item.get_closest_marker("worker") is not None

    items.sort(key=lambda item: not slow(item))


def pytest_configure(config):
    """Python's cyclic garbage collector, tuned for a test run: a young collection every
    50,000 allocations instead of every 700 (a test makes and drops tens of thousands of
    ORM objects and template nodes)."""
    gc.set_threshold(50_000, 50, 1000)


def pytest_collection_finish(session):
    """What collection made (modules, test items, fixtures, Django's apps and models) lives
    to the end of the run: frozen, the collector never walks it again. Together with the
    threshold above, the workers spent 1.7 s instead of 4.1 s collecting garbage in the
    course and quiz tests (docs/testing.md)."""
    gc.collect()
    gc.freeze()
