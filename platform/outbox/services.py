"""Owing an effect: write the outbox row in the caller's transaction, deliver after commit.

    with transaction.atomic():
        concern.save()
        outbox.services.enqueue("safeguarding.concern_mail", f"{concern.pk}:{lead.pk}",
                                {"concern": concern.pk, "recipient": lead.pk})

After the commit a task is sent to deliver the new rows at once. If the broker is down
that fails quietly: the rows are in the database and the sweep (every 20 seconds)
delivers them. Writing a key that exists already changes nothing.
"""

import datetime
import logging
from collections.abc import Iterable
from functools import partial
from urllib.parse import urlsplit

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from .delivery import deliver  # noqa: F401 (the entry point apps call to deliver now)
from .models import Message
from .registry import handler_for, queue_of
from .tasks import outbox_deliver_task

logger = logging.getLogger(__name__)

KICK_CHUNK = 500
INSERT_CHUNK = 1000


def enqueue(kind: str, key: str, payload: dict | None = None, *, due_at=None) -> bool:
    """Owe one effect; False if it was owed already."""
    return bool(enqueue_many(kind, [(key, payload or {})], due_at=due_at))


def enqueue_many(
    kind: str, items: Iterable[tuple[str, dict]], *, due_at: datetime.datetime | None = None
) -> list[str]:
    """Owe one effect per (key, payload). Returns the keys that were not owed before
    (a key owed already, done or not, is left as it is)."""
    if handler_for(kind) is None:
        raise LookupError(f"No outbox handler is registered for {kind!r}")
    now = timezone.now()
    new = _insert_new(kind, list(items), created_at=now, due_at=due_at or now)
    if new and (due_at is None or due_at <= now):
        transaction.on_commit(partial(kick, kind, new), robust=True)
    return new


def _insert_new(kind, items, *, created_at, due_at) -> list[str]:
    """INSERT ... ON CONFLICT DO NOTHING RETURNING key: the ORM's bulk_create cannot say
    which rows a conflict skipped. PostgreSQL and SQLite 3.35+ both speak it.

    Only the key and the payload are parameters of each row; what every row of a chunk
    shares is given once. A sweep owes a thousand effects a statement, and putting
    eight parameters a row into the SQL took longer than the database took to write.
    """
    quote = connection.ops.quote_name
    columns = ["kind", "key", "payload", "created_at", "due_at", "attempts", "outcome"]
    columns.append("last_error")
    payload_field = Message._meta.get_field("payload")
    moment_field = Message._meta.get_field("due_at")
    created = moment_field.get_db_prep_save(created_at, connection)
    due = moment_field.get_db_prep_save(due_at, connection)
    # Only names from the model and placeholders are put together here; values are
    # params. A VALUES list names its columns column1, column2 in both databases;
    # "WHERE true" keeps SQLite from reading ON CONFLICT as a join constraint.
    sql = (
        f"INSERT INTO {quote(Message._meta.db_table)} ({', '.join(map(quote, columns))}) "  # noqa: S608
        "SELECT %s, owed.column1, owed.column2, %s, %s, 0, '', '' FROM (VALUES {rows}) AS owed "
        f"WHERE true ON CONFLICT ({quote('kind')}, {quote('key')}) DO NOTHING "
        f"RETURNING {quote('key')}"
    )
    new: list[str] = []
    with connection.cursor() as cursor:
        for start in range(0, len(items), INSERT_CHUNK):
            chunk = items[start : start + INSERT_CHUNK]
            params = [kind, created, due]
            for key, payload in chunk:
                params += [key, payload_field.get_db_prep_save(payload or {}, connection)]
            cursor.execute(sql.format(rows=", ".join(["(%s, %s)"] * len(chunk))), params)
            new += [key for (key,) in cursor.fetchall()]
    return new


def kick(kind: str, keys: list[str]) -> None:
    """Ask a worker to deliver these now. Never raises: the sweep is the safety net."""
    queue = queue_of(handler_for(kind))
    routing = {"queue": queue} if queue else {}
    try:
        for start in range(0, len(keys), KICK_CHUNK):
            outbox_deliver_task.apply_async(
                args=[kind, keys[start : start + KICK_CHUNK]], **routing
            )
    except Exception as error:  # the broker is down: expected, no traceback
        logger.warning("Outbox %s: left to the sweep (%s)", kind, error)


def mail_message_id(message: Message) -> str:
    """The same Message-ID for every try of one message: if a worker dies after the mail
    server took it and before the row says so, the second copy is recognisably the same
    mail (mail clients show one)."""
    domain = urlsplit(settings.SITE_URL).hostname or "localhost"
    return f"<outbox.{message.pk}@{domain}>"


def messages(*, kind: str, key_prefix: str) -> list[Message]:
    """The rows of one kind whose keys start so (a concern's mails, say)."""
    return list(Message.objects.filter(kind=kind, key__startswith=key_prefix).order_by("pk"))


def due_keys(*, kind: str, now=None, limit: int = 1000) -> list[str]:
    """Keys of the rows of a kind that are due and not done."""
    now = now or timezone.now()
    return list(
        Message.objects.filter(kind=kind, done_at__isnull=True, due_at__lte=now)
        .order_by("due_at")
        .values_list("key", flat=True)[:limit]
    )
