"""Notifications: the send log, and delivering each message once through the outbox.

A row in SentNotification is written (unique per user, kind, subject and period) with
an outbox row that owes its delivery, in one transaction. The outbox claims due rows
in batches under a lease; `notification_send` sends one, with one SMTP connection and
the rows' contexts loaded once per batch (`notification_batch`).
"""

import datetime
import logging
import zoneinfo
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from smtplib import SMTPConnectError, SMTPException, SMTPServerDisconnected

from django.core.mail import get_connection
from django.db import connection, transaction
from django.db.models import CharField, Exists, OuterRef, Value
from django.db.models.functions import Cast, Concat
from django.urls import reverse
from django.utils import timezone, translation

from accounts.models import User
from certificates.models import Certificate
from outbox import services as outbox
from outbox.registry import Postpone, Refuse, Retry, Skip
from privacy.consent import consent_ages, email_allowed

from .content import load_contexts
from .messages import absolute, email_for, render_message
from .models import InAppNotice, Kind, ReminderRule, SentNotification, Unsubscription

logger = logging.getLogger(__name__)

NETWORK_ERRORS = (SMTPServerDisconnected, SMTPConnectError, ConnectionError, TimeoutError)
ONCE = "once"
# The outbox kind that delivers a SentNotification.
NOTIFICATION = "notifications.send"
# Messages that answer the user's own action now are not held back by quiet hours.
NOT_QUIET = {Kind.CERTIFICATE_READY}


def rules() -> dict[str, ReminderRule]:
    existing = {rule.kind: rule for rule in ReminderRule.objects.all()}
    return {kind: existing.get(kind) or ReminderRule(kind=kind) for kind in Kind.values}


def week_period(moment: datetime.datetime) -> str:
    year, week, _day = moment.isocalendar()
    return f"{year}-W{week:02d}"


def outbox_key(notification_id: int) -> str:
    return f"notification:{notification_id}"


@transaction.atomic
def queue(*, kind: str, period: str, targets: Iterable[tuple[int, str]], now=None) -> list[int]:
    """Write the rows for (user_id, subject) pairs and owe their delivery; rows that exist
    already stay as they are, and so do their outbox rows. Returns the ids of the rows
    owed now. Two inserts a thousand targets, whatever the size of the send log."""
    now = now or timezone.now()
    rows = [
        SentNotification(user_id=user_id, kind=kind, subject=subject, period=period, created_at=now)
        for user_id, subject in targets
    ]
    if not rows:
        return []
    # ON CONFLICT DO UPDATE (of `period`, to itself) so that PostgreSQL returns the id
    # of every row, new or old, without a read of the log that the planner could turn
    # into a scan (see sweeps.inactive_queue_batch).
    SentNotification.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["user", "kind", "subject", "period"],
        update_fields=["period"],
        batch_size=1000,
    )
    # A row owed before (an earlier sweep) keeps its outbox row: the insert ignores it.
    new = outbox.enqueue_many(
        NOTIFICATION,
        [(outbox_key(row.pk), {"notification": row.pk}) for row in rows],
        due_at=now,
    )
    return [int(key.removeprefix("notification:")) for key in new]


def queue_select(*, kind: str, period: str, targets, now=None) -> list[int]:
    """queue() for targets given as a query of (user_id, subject) rows: the database
    writes the rows from the query (INSERT ... SELECT), and their outbox rows are
    written with them, in one transaction and two statements however many targets.
    Rows that exist already stay as they are, and so do their outbox rows (they were
    written together). Returns the ids of the rows owed now."""
    now = now or timezone.now()
    field = SentNotification._meta.get_field
    quote = connection.ops.quote_name
    columns = ["user", "kind", "subject", "period", "status", "created_at", "channel", "error"]
    select_sql, select_params = targets.query.sql_with_params()
    # Names from the model, placeholders and the ORM's own SQL only. "WHERE true": SQLite
    # would read ON CONFLICT as a join constraint of a SELECT without a WHERE clause.
    sql = (
        f"INSERT INTO {quote(SentNotification._meta.db_table)} "  # noqa: S608
        f"({', '.join(quote(field(name).column) for name in columns)}) "
        f"SELECT due.{quote('user_id')}, %s, due.{quote('subject')}, %s, %s, %s, '', '' "
        f"FROM ({select_sql}) AS due WHERE true "
        f"ON CONFLICT ({', '.join(quote(field(name).column) for name in columns[:4])}) "
        f"DO NOTHING RETURNING {quote('id')}"
    )
    created = field("created_at").get_db_prep_save(now, connection)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            sql, [kind, period, SentNotification.Status.PENDING, created, *select_params]
        )
        ids = [pk for (pk,) in cursor.fetchall()]
        # The outbox rows from the ids in hand: reading them back from the log could be
        # planned as a scan of it (see sweeps.inactive_queue_batch).
        new = outbox.enqueue_many(
            NOTIFICATION, [(outbox_key(pk), {"notification": pk}) for pk in ids], due_at=now
        )
    return [int(key.removeprefix("notification:")) for key in new]


def quiet_until(*, rule: ReminderRule, time_zone: str, now: datetime.datetime):
    """The end of the user's quiet hours if it is quiet for them now, else None."""
    try:
        tz = zoneinfo.ZoneInfo(time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        tz = zoneinfo.ZoneInfo("UTC")
    local = now.astimezone(tz)
    start, end = rule.quiet_start, rule.quiet_end
    clock = local.time()
    if start == end:
        return None
    quiet = (start <= clock or clock < end) if start > end else (start <= clock < end)
    if not quiet:
        return None
    day = local.date() if clock < end else local.date() + datetime.timedelta(days=1)
    return datetime.datetime.combine(day, end, tzinfo=tz).astimezone(datetime.UTC)


@dataclass
class Batch:
    """What the notifications claimed together share: their rows, contexts and rules,
    loaded in a fixed number of queries, and one SMTP connection."""

    rows: dict[int, SentNotification]
    contexts: dict[int, dict]
    rules: dict[str, ReminderRule]
    unsubscribed: set[tuple[int, str]]
    now: datetime.datetime
    connection: object = None
    opened: bool = False
    # The ages of digital consent by country (privacy.consent), read once per batch.
    consent_ages: dict[str, int] | None = None


@contextmanager
def notification_batch(messages, *, now: datetime.datetime):
    """The outbox's batch context for NOTIFICATION rows."""
    ids = [message.payload["notification"] for message in messages]
    rows = {
        row.pk: row
        for row in SentNotification.objects.filter(pk__in=ids).select_related(
            "user__profile", "user__parental_consent"
        )
    }
    batch = Batch(
        rows=rows,
        contexts=load_contexts(list(rows.values()), now=now),
        rules=rules(),
        unsubscribed=set(
            Unsubscription.objects.filter(
                user_id__in={row.user_id for row in rows.values()}
            ).values_list("user_id", "kind")
        ),
        now=now,
        connection=get_connection(),
        consent_ages=consent_ages(),
    )
    try:
        yield batch
    finally:
        if batch.opened:
            batch.connection.close()


def _mark(row: SentNotification, status: str, **fields) -> None:
    SentNotification.objects.filter(pk=row.pk).update(status=status, **fields)


def notification_send(message, batch: Batch) -> None:
    """The outbox handler of NOTIFICATION: send one notification (or say why not)."""
    row = batch.rows.get(message.payload["notification"])
    if row is None or row.status != SentNotification.Status.PENDING:
        raise Skip("already handled")
    rule = batch.rules[row.kind]
    context = batch.contexts.get(row.pk)
    if (
        not rule.enabled
        or (row.user_id, row.kind) in batch.unsubscribed
        or context is None
        or not row.user.is_active
    ):
        _mark(row, SentNotification.Status.SKIPPED)
        raise Skip("turned off, unsubscribed or no longer due")
    if row.kind not in NOT_QUIET:
        until = quiet_until(rule=rule, time_zone=row.user.profile.time_zone, now=batch.now)
        if until is not None and context.get("expires_at") and until >= context["expires_at"]:
            _mark(row, SentNotification.Status.SKIPPED)
            raise Skip("after quiet hours it would be too late")
        if until is not None:
            raise Postpone(until)
    try:
        rendered = render_message(notification=row, context=context)
    except Exception as error:
        logger.exception("Notification %s: could not be rendered", row.pk)
        _mark(row, SentNotification.Status.FAILED, error="could not be rendered")
        raise Refuse("could not be rendered") from error
    # A child still waiting for a parent's consent gets no e-mail: the notice only.
    if not row.user.email or not email_allowed(row.user, ages=batch.consent_ages):
        with transaction.atomic():
            InAppNotice.objects.get_or_create(
                notification=row,
                defaults={
                    "user_id": row.user_id,
                    "title": rendered["subject"][:200],
                    "body": context.get("notice", ""),
                    "url": rendered["url"][:300],
                },
            )
            _mark(row, SentNotification.Status.SENT, sent_at=timezone.now(), channel="in_app")
        return
    email = email_for(notification=row, rendered=rendered)
    email.extra_headers["Message-ID"] = outbox.mail_message_id(message)
    try:
        if not batch.opened:
            batch.connection.open()  # one SMTP session for the whole batch
            batch.opened = True
        email.connection = batch.connection
        email.send()
    except NETWORK_ERRORS as error:
        raise Retry(str(error)) from error
    except SMTPException as error:
        _mark(row, SentNotification.Status.FAILED, error=str(error)[:200])
        raise Refuse(str(error)[:200]) from error
    _mark(row, SentNotification.Status.SENT, sent_at=timezone.now(), channel="email")


def deliver(*, ids: list[int], now=None) -> dict[str, int]:
    """Send the due ones among these notifications now (the outbox does this after
    commit and in its sweep). Returns counts by outcome, empty if none was due."""
    found = outbox.deliver(
        kind=NOTIFICATION, keys=[outbox_key(pk) for pk in ids], now=now, limit=max(len(ids), 1)
    )
    if not found:
        return {}
    counts = {
        "sent": found["done"],
        "skipped": found["skipped"],
        "postponed": found["postponed"],
        "failed": found["failed"],
    }
    return counts | ({"retry": found["retry"]} if found["retry"] else {})


def due_ids(*, now=None, limit: int = 1000) -> list[int]:
    """Notifications waiting whose time has come (postponed ones once their time is)."""
    keys = outbox.due_keys(kind=NOTIFICATION, now=now, limit=limit)
    return [int(key.removeprefix("notification:")) for key in keys]


def certificates_ready_missing(*, now=None, older_than=datetime.timedelta(minutes=2)) -> int:
    """Queue "certificate ready" for certificates that have a PDF and were never announced
    (the worker died between storing the PDF and queueing the message). One query plus
    one insert."""
    now = now or timezone.now()
    announced = SentNotification.objects.filter(
        user_id=OuterRef("user_id"),
        kind=Kind.CERTIFICATE_READY,
        subject=Concat(Value("certificate:"), Cast(OuterRef("pk"), CharField())),
    )
    missing = list(
        Certificate.objects.exclude(pdf="")
        .filter(revoked_at__isnull=True, issued_at__lt=now - older_than)
        .filter(~Exists(announced))
        .values_list("user_id", "pk")
    )
    queue(
        kind=Kind.CERTIFICATE_READY,
        period=ONCE,
        targets=[(user_id, f"certificate:{pk}") for user_id, pk in missing],
        now=now,
    )
    return len(missing)


def certificate_ready_queue(*, certificate) -> None:
    """Owe the "certificate ready" message, in the caller's transaction."""
    queue(
        kind=Kind.CERTIFICATE_READY,
        period=ONCE,
        targets=[(certificate.user_id, f"certificate:{certificate.pk}")],
    )


def unsubscribe(*, user_id: int, kind: str) -> None:
    """Idempotent; the link of an account deleted since does nothing, and says so kindly."""
    if User.objects.filter(pk=user_id).exists():
        Unsubscription.objects.get_or_create(user_id=user_id, kind=kind)


def preferences_set(*, user, wanted: set[str]) -> None:
    """Keep the kinds in `wanted`, unsubscribe from the others."""
    with transaction.atomic():
        Unsubscription.objects.filter(user=user, kind__in=wanted).delete()
        Unsubscription.objects.bulk_create(
            [Unsubscription(user=user, kind=kind) for kind in set(Kind.values) - wanted],
            ignore_conflicts=True,
        )


def notice_read(*, notice: InAppNotice) -> None:
    if notice.read_at is None:
        notice.read_at = timezone.now()
        notice.save(update_fields=["read_at"])


def dashboard_url(language: str) -> str:
    with translation.override(language):
        return absolute(reverse("courses_dashboard"))
