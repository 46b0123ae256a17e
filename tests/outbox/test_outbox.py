"""The outbox: owed in the cause's transaction, claimed under a lease, done once."""

import datetime
from collections import Counter

import pytest
from django.db import connection, transaction
from django.utils import timezone
from kombu.exceptions import OperationalError

from outbox import registry
from outbox import services as outbox
from outbox import tasks as outbox_tasks
from outbox.delivery import LEASE, Clock, claim, deliver, sweep
from outbox.models import Message
from tests.concurrency import at_once

pytestmark = pytest.mark.django_db

KIND = "tests.effect"


@pytest.fixture
def effects():
    """A kind of our own whose effect is to count its calls: {key: calls}."""
    done: Counter = Counter()
    behaviour: dict = {}

    def send(message, batch):
        done[message.key] += 1
        if message.key in behaviour:
            raise behaviour[message.key]

    registry.register(KIND, send=send, priority=3)
    done.behaviour = behaviour
    yield done
    registry._handlers.pop(KIND, None)


def _row(key: str) -> Message:
    return Message.objects.get(kind=KIND, key=key)


def test_the_row_is_written_with_its_cause_or_not_at_all(effects, outbox_kicks):
    with pytest.raises(RuntimeError), transaction.atomic():
        outbox.enqueue(KIND, "a")
        raise RuntimeError("the cause failed")

    assert not Message.objects.exists()
    assert outbox_kicks == []


def test_a_key_is_owed_once_however_often_it_is_written(
    effects, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert outbox.enqueue(KIND, "a", {"n": 1}) is True
        assert outbox.enqueue(KIND, "a", {"n": 2}) is False
        assert outbox.enqueue_many(KIND, [("a", {}), ("b", {})]) == ["b"]

    assert Message.objects.count() == 2
    assert _row("a").payload == {"n": 1}
    # After commit, a task is asked for each new row; none for the one owed already.
    assert [c.args for c in callbacks] == [(KIND, ["a"]), (KIND, ["b"])]


def test_a_kind_without_a_handler_cannot_be_owed():
    with pytest.raises(LookupError):
        outbox.enqueue("tests.nobody", "a")


def test_a_dead_broker_leaves_the_rows_to_the_sweep(effects, monkeypatch, caplog):
    def broker_down(*args, **kwargs):
        raise OperationalError("Error 111 connecting to 127.0.0.1:1. Connection refused.")

    monkeypatch.setattr(outbox_tasks.outbox_deliver_task, "apply_async", broker_down)
    outbox.kick(KIND, ["a"])  # what runs after the commit: it must not raise

    assert "left to the sweep" in caplog.text
    outbox.enqueue(KIND, "a")
    assert sweep()["done"] == 1
    assert effects == {"a": 1}
    assert _row("a").outcome == Message.Outcome.DONE


def test_done_is_done(effects):
    outbox.enqueue_many(KIND, [("a", {}), ("b", {})])

    assert deliver(kind=KIND) == {"done": 2}
    assert deliver(kind=KIND) == {}
    assert sweep() == {}
    assert effects == {"a": 1, "b": 1}


def test_skip_refuse_and_postpone(effects):
    effects.behaviour.update(
        a=registry.Skip("not needed"),
        b=registry.Refuse("address refused"),
        c=registry.Postpone(timezone.now() + datetime.timedelta(hours=1)),
    )
    outbox.enqueue_many(KIND, [("a", {}), ("b", {}), ("c", {})])

    assert deliver(kind=KIND) == {"skipped": 1, "failed": 1, "postponed": 1}
    assert (_row("a").outcome, _row("b").outcome, _row("c").outcome) == ("skipped", "failed", "")
    assert _row("b").last_error == "address refused"
    assert _row("c").attempts == 0, "a postponement is not an attempt"
    effects.behaviour.clear()
    assert deliver(kind=KIND) == {}
    later = timezone.now() + datetime.timedelta(hours=1, seconds=1)
    assert deliver(kind=KIND, now=later) == {"done": 1}


def test_errors_are_retried_later_and_given_up_after_the_kinds_limit(effects):
    effects.behaviour["a"] = ValueError("a bug")
    outbox.enqueue(KIND, "a")
    moment = timezone.now()

    waits = []
    for _attempt in range(8):
        assert deliver(kind=KIND, now=moment) in ({"retry": 1}, {"failed": 1})
        row = _row("a")
        waits.append(round((row.due_at - moment).total_seconds()))
        moment = row.due_at + datetime.timedelta(seconds=1)

    assert waits[:4] == [10, 20, 40, 80]  # doubling from 10 seconds
    assert row.outcome == Message.Outcome.FAILED and row.attempts == 8
    assert "a bug" in row.last_error


def test_an_unreachable_service_puts_the_rest_of_the_batch_back(effects):
    effects.behaviour["a"] = registry.Retry("connection refused")
    outbox.enqueue_many(KIND, [("a", {}), ("b", {}), ("c", {})])

    assert deliver(kind=KIND) == {"retry": 3}
    assert effects == {"a": 1}, "b and c were not tried"
    assert Message.objects.filter(claim__isnull=False).count() == 0
    assert _row("b").attempts == 0


def test_a_killed_worker_s_rows_are_taken_over_when_the_lease_ends(effects):
    outbox.enqueue_many(KIND, [("a", {}), ("b", {})])
    clock = Clock(None)
    # A worker claims both, starts "a" (the mail server may have it) and is killed.
    claimed = claim(kind=KIND, clock=clock)
    Message.objects.filter(pk=claimed[0].pk).update(started_at=clock())

    assert deliver(kind=KIND) == {}, "the lease still holds"
    after_lease = timezone.now() + LEASE + datetime.timedelta(seconds=1)
    assert deliver(kind=KIND, now=after_lease) == {"done": 2}
    assert effects == {"a": 1, "b": 1}
    assert _row("a").attempts == 2 and _row("b").attempts == 2


def test_a_late_worker_cannot_mark_a_row_another_took_over(effects):
    outbox.enqueue(KIND, "a")
    first = claim(kind=KIND, clock=Clock(None))[0]
    after_lease = timezone.now() + LEASE + datetime.timedelta(seconds=1)
    assert deliver(kind=KIND, now=after_lease) == {"done": 1}

    # The first worker wakes up: its claim is gone, so it does nothing.
    from outbox.delivery import _start

    assert _start(first, Clock(None)) is False
    assert effects == {"a": 1}


def test_the_sweep_takes_the_most_urgent_kind_first(effects):
    order = []
    registry.register("tests.urgent", send=lambda m, b: order.append("urgent"), priority=0)
    registry.register("tests.bulk", send=lambda m, b: order.append("bulk"), priority=9)
    try:
        outbox.enqueue("tests.bulk", "x")
        outbox.enqueue("tests.urgent", "y")
        assert sweep() == {"done": 2}
    finally:
        registry._handlers.pop("tests.urgent")
        registry._handlers.pop("tests.bulk")
    assert order == ["urgent", "bulk"]


@pytest.mark.django_db(transaction=True)
def test_two_workers_racing_do_each_effect_once(effects, migrated_data):
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL")
    outbox.enqueue_many(KIND, [(f"k{n}", {}) for n in range(200)])

    def work():
        while deliver(kind=KIND, limit=7):
            pass

    at_once(work, threads=3)

    assert len(effects) == 200 and set(effects.values()) == {1}
    assert Message.objects.filter(outcome="done").count() == 200


def test_the_sweep_is_scheduled_every_20_seconds():
    from django_celery_beat.models import PeriodicTask

    task = PeriodicTask.objects.get(task="outbox.tasks.outbox_sweep_task")
    assert task.enabled and (task.interval.every, task.interval.period) == (20, "seconds")


def test_a_batch_that_cannot_be_prepared_is_retried_then_failed():
    def broken(messages, now):
        raise RuntimeError("contexts could not be loaded")

    registry.register("tests.broken", send=lambda m, b: None, batch=broken, max_attempts=2)
    try:
        outbox.enqueue("tests.broken", "a")
        assert deliver(kind="tests.broken") == {"retry": 1}
        later = timezone.now() + datetime.timedelta(minutes=1)
        assert deliver(kind="tests.broken", now=later) == {"failed": 1}
    finally:
        registry._handlers.pop("tests.broken")
    row = Message.objects.get(kind="tests.broken")
    assert row.outcome == Message.Outcome.FAILED and "could not be loaded" in row.last_error
