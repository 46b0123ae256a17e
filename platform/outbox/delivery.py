"""Delivering outbox messages: claim under a lease, hand to the kind's handler, mark.

- Claiming is one UPDATE of rows that are due and whose lease is free (FOR UPDATE SKIP
  LOCKED on PostgreSQL), so two workers or a worker and the sweep never hold one row.
- The lease is short (LEASE) and renewed as the worker goes, so the rows of a worker
  killed mid-batch are free again within LEASE; the untried ones are then delivered
  by the next sweep as if nothing had happened.
- `started_at` is written just before each message's effect. A row claimed again with
  it set was in flight when its worker died: whether its effect happened is unknown.
  It is tried again (a lost concern mail is worse than a second one); handlers make the
  second try harmless (one certificate per enrolment by constraint, a mail with the
  same Message-ID that mail clients fold into one).

Queries: three to claim a batch, then two per message (start, finish) besides what its
handler does; a message's effect is external I/O, so it is recorded one by one.
"""

import datetime
import logging
import time
import uuid
from collections import Counter
from contextlib import nullcontext
from itertools import groupby

from celery.exceptions import SoftTimeLimitExceeded
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from .models import Message
from .registry import Handler, Postpone, Refuse, Retry, Skip, handler_for, kinds

logger = logging.getLogger(__name__)

LEASE = datetime.timedelta(seconds=30)
BATCH = 100
RETRY_FIRST = 10  # seconds; doubled at each attempt
RETRY_MAX = 600


class Clock:
    """`now` as the caller gives it (tests move it), advancing with real time."""

    def __init__(self, now: datetime.datetime | None):
        self.start = now or timezone.now()
        self.began = time.monotonic()

    def __call__(self) -> datetime.datetime:
        return self.start + datetime.timedelta(seconds=time.monotonic() - self.began)


def backoff(attempts: int) -> datetime.timedelta:
    return datetime.timedelta(seconds=min(RETRY_FIRST * 2 ** max(attempts - 1, 0), RETRY_MAX))


def _free(now) -> Q:
    return Q(lease_until__isnull=True) | Q(lease_until__lt=now)


def claim(
    *, kind=None, keys=None, key_prefix=None, clock: Clock, limit: int = BATCH
) -> list[Message]:
    now = clock()
    due = Message.objects.filter(done_at__isnull=True, due_at__lte=now).filter(_free(now))
    if kind is not None:
        due = due.filter(kind=kind)
    if keys is not None:
        due = due.filter(key__in=list(keys))
    if key_prefix is not None:
        due = due.filter(key__startswith=key_prefix)
    token = uuid.uuid4()
    with transaction.atomic():
        ids = list(
            due.order_by("due_at", "pk")
            .select_for_update(skip_locked=True)
            .values_list("pk", flat=True)[:limit]
        )
        if not ids:
            return []
        # The conditions again: without row locks (SQLite) this UPDATE is the claim.
        due.filter(pk__in=ids).update(
            claim=token, lease_until=now + LEASE, attempts=F("attempts") + 1
        )
    return list(Message.objects.filter(claim=token).order_by("kind", "due_at", "pk"))


def deliver(*, kind=None, keys=None, key_prefix=None, now=None, limit: int = BATCH) -> Counter:
    """Deliver one batch of due messages (of one kind, with these keys or this key
    prefix, if given). Returns how many ended in each way: done, skipped, failed,
    retry, postponed."""
    clock = Clock(now)
    outcomes: Counter = Counter()
    messages = claim(kind=kind, keys=keys, key_prefix=key_prefix, clock=clock, limit=limit)
    for message_kind, group in groupby(messages, key=lambda m: m.kind):
        group = list(group)
        handler = handler_for(message_kind)
        if handler is None:
            logger.error("Outbox: no handler for %r; %s messages wait", message_kind, len(group))
            _release(group, clock=clock, due_at=clock() + datetime.timedelta(minutes=5))
            continue
        _deliver_group(handler, group, clock, outcomes)
    return outcomes


def _deliver_group(handler: Handler, group: list[Message], clock: Clock, outcomes) -> None:
    untried = list(group)
    try:
        with handler.batch(group, now=clock()) if handler.batch else nullcontext() as batch:
            renewed = clock()
            while untried:
                message = untried.pop(0)
                if clock() - renewed > LEASE / 3:
                    renewed = _renew(message.claim, clock)
                if not _start(message, clock):
                    continue  # the lease ran out and another worker took it over
                outcome = _send_one(handler, message, batch, clock)
                outcomes["retry" if outcome == "unreachable" else outcome] += 1
                if outcome == "unreachable":
                    # The service is down for the rest of the batch too: try it later.
                    _release(untried, clock=clock, due_at=clock() + backoff(message.attempts))
                    _count(outcomes, retry=len(untried))
                    untried = []
    except SoftTimeLimitExceeded:
        _release(untried, clock=clock)  # see below
        raise
    except Exception as error:
        # Counted as an attempt of each: a batch that can never be prepared ends failed.
        logger.exception("Outbox %s: batch could not be prepared", handler.kind)
        spent = [m for m in untried if m.attempts >= handler.max_attempts]
        for message in spent:
            _finish(
                message, Message.Outcome.FAILED, f"batch could not be prepared: {error!r}", clock
            )
        again = [m for m in untried if m not in spent]
        due = clock() + backoff(max((m.attempts for m in again), default=1))
        _release(again, clock=clock, due_at=due, error=repr(error), counted=True)
        _count(outcomes, failed=len(spent), retry=len(again))
    except BaseException:
        # Stopped from outside (a time limit, a shutdown): the one in flight stays
        # claimed (in doubt, tried again when its lease ends); the rest go back now.
        _release(untried, clock=clock)
        raise


def _count(outcomes: Counter, **found: int) -> None:
    outcomes.update({outcome: n for outcome, n in found.items() if n})


def _send_one(handler: Handler, message: Message, batch, clock: Clock) -> str:
    if message.attempts > 1 and message.in_doubt:
        logger.warning("Outbox %s: its worker died mid-effect; trying it again", message)
    try:
        handler.send(message, batch)
    except SoftTimeLimitExceeded:
        raise  # the task must stop now; this message is in doubt (see above)
    except Skip as reason:
        _finish(message, Message.Outcome.SKIPPED, str(reason), clock)
        return "skipped"
    except Refuse as reason:
        logger.error("Outbox %s: refused for good: %s", message, reason)
        _finish(message, Message.Outcome.FAILED, str(reason), clock)
        return "failed"
    except Postpone as later:
        # Never "now": a handler that postpones to the past would be called again at once.
        until = max(later.until, clock() + datetime.timedelta(seconds=RETRY_FIRST))
        _release([message], clock=clock, due_at=until)
        return "postponed"
    except Retry as error:
        logger.warning("Outbox %s: will retry (%s)", message, error)
        _retry(message, str(error), clock)
        return "unreachable"
    except Exception as error:
        if message.attempts >= handler.max_attempts:
            logger.exception("Outbox %s: failed %s times, given up", message, message.attempts)
            _finish(message, Message.Outcome.FAILED, repr(error), clock)
            return "failed"
        logger.exception("Outbox %s: attempt %s failed", message, message.attempts)
        _retry(message, repr(error), clock)
        return "retry"
    _finish(message, Message.Outcome.DONE, "", clock)
    return "done"


def _mine(message: Message):
    return Message.objects.filter(pk=message.pk, claim=message.claim, done_at__isnull=True)


def _start(message: Message, clock: Clock) -> bool:
    now = clock()
    return bool(_mine(message).update(started_at=now, lease_until=now + LEASE))


def _renew(token, clock: Clock) -> datetime.datetime:
    now = clock()
    Message.objects.filter(claim=token, done_at__isnull=True).update(lease_until=now + LEASE)
    return now


def _finish(message: Message, outcome: str, error: str, clock: Clock) -> None:
    if not _mine(message).update(
        done_at=clock(), outcome=outcome, last_error=error[:300], claim=None, lease_until=None
    ):
        logger.error("Outbox %s: finished after its lease was taken over", message)


def _retry(message: Message, error: str, clock: Clock) -> None:
    _mine(message).update(
        claim=None,
        lease_until=None,
        started_at=None,
        due_at=clock() + backoff(message.attempts),
        last_error=error[:300],
    )


def _release(
    messages: list[Message], *, clock: Clock, due_at=None, error: str = "", counted=False
) -> None:
    """Give claimed messages back, due again at `due_at`; not an attempt unless
    `counted` (they were not tried)."""
    if not messages:
        return
    changes = {"claim": None, "lease_until": None}
    if not counted:
        changes["attempts"] = F("attempts") - 1
    if due_at is not None:
        changes["due_at"] = due_at
    if error:
        changes["last_error"] = error[:300]
    Message.objects.filter(
        pk__in=[m.pk for m in messages], claim=messages[0].claim, done_at__isnull=True
    ).update(**changes)


def sweep(*, now=None, budget: datetime.timedelta = datetime.timedelta(seconds=40)) -> Counter:
    """Deliver everything due, the most urgent kinds first, for at most `budget`.
    Runs every 20 seconds (beat); two sweeps at once share the work."""
    clock = Clock(now)
    outcomes: Counter = Counter()
    for handler in sorted(kinds().values(), key=lambda h: h.priority):
        while clock() - clock.start < budget:
            found = deliver(kind=handler.kind, now=clock())
            outcomes.update(found)
            if not found:
                break
    return outcomes
