"""Worlds built once per test module, handed to each test as fresh objects.

Building a world of organisations, courses and people takes a second or more; a file
of thirty tests that each build it spends half a minute on the same rows.
`module_world(build)` makes a fixture pair that builds the world once for the test
module, inside a transaction rolled back when the module ends, and gives each test its
own copies of the objects, read again from the database: what one test changes in
memory (a cached profile, a page's fields) never reaches the next, and what it writes is
rolled back with the test's savepoint (pytest-django's `db`). Tests that need committed
data (`transaction=True`, the live server) cannot use it: they build their own.
"""

from __future__ import annotations

from contextlib import contextmanager
from types import SimpleNamespace

import pytest
from django.db import connection, models, transaction


def _freeze(value):
    if isinstance(value, models.Model):
        return ("model", type(value), value.pk)
    if isinstance(value, SimpleNamespace):
        return ("namespace", SimpleNamespace, _freeze(vars(value)))
    if isinstance(value, list | tuple):
        return ("sequence", type(value), [_freeze(item) for item in value])
    if isinstance(value, dict):
        return ("dict", dict, {key: _freeze(item) for key, item in value.items()})
    return ("value", None, value)


def _thaw(frozen):
    kind, cls, value = frozen
    if kind == "model":
        return cls._default_manager.get(pk=value)
    if kind == "sequence":
        return cls(_thaw(item) for item in value)
    if kind == "dict":
        return {key: _thaw(item) for key, item in value.items()}
    if kind == "namespace":
        return SimpleNamespace(**_thaw(value))
    return value


class FrozenWorld:
    """The ids of a world's objects; `thaw()` reads them back as new objects."""

    def __init__(self, world):
        self.is_dict = isinstance(world, dict)
        items = world if self.is_dict else vars(world)
        self.items = {name: _freeze(value) for name, value in items.items()}

    def thaw(self):
        items = {name: _thaw(value) for name, value in self.items.items()}
        return items if self.is_dict else SimpleNamespace(**items)


@contextmanager
def module_transaction(django_db_blocker):
    """A transaction held open across a test module and rolled back at its end.

    The database is unblocked only to enter and to leave it (and, by the caller, to
    build what the module shares): between, only tests that ask for it (`db`) reach
    it, each in a savepoint inside this transaction."""
    held = transaction.atomic()
    with django_db_blocker.unblock():
        held.__enter__()
    try:
        yield
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            held.__exit__(None, None, None)


@contextmanager
def building(django_db_blocker):
    """The database, unblocked to build what a module shares inside its transaction;
    at the end, the foreign keys of what was built are checked at once.

    Django checks deferred foreign keys when each test ends, from inside the test's
    savepoint. There PostgreSQL marks the checks still queued by the world done but keeps
    them in the queue, so every test walked the whole world's queue again: 14 ms a test
    with the demo seeded, 4 ms once the checks were made here, outside any savepoint,
    where they leave the queue. (Where foreign keys are not deferred, SQLite, Django
    checks nothing at a test's end, and neither does this.)"""
    with django_db_blocker.unblock():
        yield
        if connection.features.can_defer_constraint_checks:
            connection.check_constraints()


def module_world(build, *, name: str = "w"):
    """Fixtures that hand each test `build()`'s world, built once for the test module.

    At the top of a test module: `w, module_world_built = module_world(mentoring_world)`
    (both names must be in the module for pytest to find them; one such world a module).
    The world may be a dict or an object with attributes: models, lists, dicts or
    namespaces of models, plain values."""

    @pytest.fixture(scope="module", name="module_world_built")
    def built(django_db_setup, django_db_blocker):
        with module_transaction(django_db_blocker):
            with building(django_db_blocker):
                frozen = FrozenWorld(build())
            yield frozen

    # Module-scoped fixtures are set up first, so the world's transaction encloses the
    # test's savepoint, never the other way round.
    @pytest.fixture(name=name)
    def world(module_world_built, db):
        return module_world_built.thaw()

    return world, built
