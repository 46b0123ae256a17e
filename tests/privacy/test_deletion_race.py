"""Deleting an account while something else happens to it: the account row is locked
first, so the second of two deletions finds nothing, and a download waits and then finds
no account, never half of one."""

import threading
import time
from http import HTTPStatus

import pytest
from django.db import connection
from django.test import Client

from accounts.models import User
from privacy import deletion
from privacy.deletion import account_delete
from tests.concurrency import at_once


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite has no row locks to race on")
def test_two_deletions_at_once_delete_once_and_an_export_meanwhile_is_all_or_nothing(
    migrated_data, monkeypatch
):
    """Transactional: the account row is locked first, so a second deletion finds nothing
    and a download waits for the deletion and then finds no account, never half of one."""
    person = User.objects.create_user("racing", "racing@example.org", "x" * 12)
    client = Client()
    client.force_login(person)
    blockers = deletion.deletion_blockers
    # Widen the time the deletion holds the lock, between locking and erasing.
    monkeypatch.setattr(
        deletion, "deletion_blockers", lambda user: time.sleep(0.5) or blockers(user)
    )
    started = threading.Event()

    def work():
        if not started.is_set():
            started.set()
            return ("delete", account_delete(user_id=person.pk))
        time.sleep(0.2)  # while the first thread holds the lock
        return ("download", client.get("/en/accounts/data/?format=json").status_code)

    results = dict(at_once(work, threads=2))
    assert results["delete"] is True
    # Waited for the lock, then found no account (404), or no session (302): without the
    # lock it would have read the account while it was being deleted (200).
    assert results["download"] in {HTTPStatus.NOT_FOUND, HTTPStatus.FOUND}
    assert at_once(lambda: account_delete(user_id=person.pk)) == [False, False]
    assert not User.objects.filter(pk=person.pk).exists()
