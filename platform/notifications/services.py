"""Delivering notifications exactly once.

A row in SentNotification is written (unique per user, kind, subject and period)
before anything is sent. Delivery claims pending rows in one UPDATE, sends, and marks
them in bulk: a fixed number of queries per batch, whatever its size. Two sweeps or
two workers racing for the same message find the row taken.
"""

import datetime
import logging
import uuid
import zoneinfo
from collections.abc import Iterable
from smtplib import SMTPConnectError, SMTPException, SMTPServerDisconnected

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import CharField, Exists, OuterRef, Value
from django.db.models.functions import Cast, Concat
from django.urls import reverse
from django.utils import timezone, translation

from accounts.models import User
from certificates.models import Certificate

from .content import load_contexts
from .messages import absolute, email_for, render_message
from .models import InAppNotice, Kind, ReminderRule, SentNotification, Unsubscription

logger = logging.getLogger(__name__)

NETWORK_ERRORS = (SMTPServerDisconnected, SMTPConnectError, ConnectionError, TimeoutError)
ONCE = "once"
# A claim older than the hard time limit belongs to a worker that was killed while
# sending. Whether its messages went out is unknown, and nothing may go out twice: its
# rows are marked failed and logged, never sent again.
CLAIM_TIMEOUT = datetime.timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 60)
# Messages that answer the user's own action now are not held back by quiet hours.
NOT_QUIET = {Kind.CERTIFICATE_READY}


def rules() -> dict[str, ReminderRule]:
    existing = {rule.kind: rule for rule in ReminderRule.objects.all()}
    return {kind: existing.get(kind) or ReminderRule(kind=kind) for kind in Kind.values}


def week_period(moment: datetime.datetime) -> str:
    year, week, _day = moment.isocalendar()
    return f"{year}-W{week:02d}"


def queue(*, kind: str, period: str, targets: Iterable[tuple[int, str]], now=None) -> None:
    """Write the rows for (user_id, subject) pairs; rows that exist already stay as they are."""
    now = now or timezone.now()
    SentNotification.objects.bulk_create(
        [
            SentNotification(
                user_id=user_id,
                kind=kind,
                subject=subject,
                period=period,
                created_at=now,
                send_after=now,
            )
            for user_id, subject in targets
        ],
        ignore_conflicts=True,
        batch_size=1000,
    )


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


def release_stale_claims(*, now=None) -> int:
    """Close the rows of a delivery that was killed mid-way (see CLAIM_TIMEOUT)."""
    now = now or timezone.now()
    closed = SentNotification.objects.filter(
        status=SentNotification.Status.SENDING, claimed_at__lt=now - CLAIM_TIMEOUT
    ).update(status=SentNotification.Status.FAILED, error="delivery interrupted; not resent")
    if closed:
        logger.error("%s notifications were interrupted mid-delivery and are not resent", closed)
    return closed


def deliver(*, ids: list[int], now=None) -> dict[str, int]:
    """Send the due ones among these notifications. Returns counts by outcome.

    A network error puts the unsent ones back to pending and raises (the task retries);
    the ones already sent are marked sent first, so nobody gets a message twice.
    """
    now = now or timezone.now()
    claim = uuid.uuid4()
    SentNotification.objects.filter(
        pk__in=ids, status=SentNotification.Status.PENDING, send_after__lte=now
    ).update(status=SentNotification.Status.SENDING, claim=claim, claimed_at=now)
    rows = list(SentNotification.objects.filter(claim=claim).select_related("user__profile"))
    if not rows:
        return {}
    all_rules = rules()
    unsubscribed = set(
        Unsubscription.objects.filter(user_id__in={row.user_id for row in rows}).values_list(
            "user_id", "kind"
        )
    )
    try:
        contexts = load_contexts(rows, now=now)
    except Exception:
        # A broken batch must not come back every sweep: close it and say so.
        logger.exception("Notifications %s: could not be prepared", [row.pk for row in rows])
        SentNotification.objects.filter(claim=claim).update(
            status=SentNotification.Status.FAILED, error="could not be prepared"
        )
        return {"failed": len(rows)}
    sent, skipped, postponed, notices, emails = [], [], [], [], []
    failed: list[tuple[int, str]] = []
    for row in rows:
        rule = all_rules[row.kind]
        context = contexts.get(row.pk)
        if (
            not rule.enabled
            or (row.user_id, row.kind) in unsubscribed
            or context is None
            or not row.user.is_active
        ):
            skipped.append(row.pk)
            continue
        if row.kind not in NOT_QUIET:
            until = quiet_until(rule=rule, time_zone=row.user.profile.time_zone, now=now)
            if until is not None and context.get("expires_at") and until >= context["expires_at"]:
                skipped.append(row.pk)  # after quiet hours it would be too late
                continue
            if until is not None:
                row.send_after, row.status, row.claim = until, SentNotification.Status.PENDING, None
                postponed.append(row)
                continue
        try:
            rendered = render_message(notification=row, context=context)
        except Exception:
            logger.exception("Notification %s: could not be rendered", row.pk)
            failed.append((row.pk, "could not be rendered"))
            continue
        if row.user.email:
            emails.append((row, email_for(notification=row, rendered=rendered)))
        else:
            notices.append(
                InAppNotice(
                    notification=row,
                    user_id=row.user_id,
                    title=rendered["subject"][:200],
                    body=context.get("notice", ""),
                    url=rendered["url"][:300],
                )
            )
    network_error = None
    in_flight = None
    connection = get_connection() if emails else None
    try:
        if connection is not None:
            try:
                connection.open()  # one SMTP session for the whole batch
            except NETWORK_ERRORS:
                SentNotification.objects.filter(pk__in=[r.pk for r, _m in emails]).update(
                    status=SentNotification.Status.PENDING, claim=None
                )
                emails = []
                raise
        for index, (row, message) in enumerate(emails):
            in_flight = index
            try:
                message.connection = connection
                message.send()
            except NETWORK_ERRORS as error:
                network_error = error
                back = [r.pk for r, _m in emails[index:]]
                SentNotification.objects.filter(pk__in=back).update(
                    status=SentNotification.Status.PENDING, claim=None
                )
                break
            except SMTPException as error:
                failed.append((row.pk, str(error)[:200]))
                continue
            sent.append((row.pk, "email"))
    except BaseException:
        # Stopped mid-send (a soft time limit, a shutdown): the message being sent may
        # or may not have gone, so it is not sent again; the ones not tried yet are.
        if in_flight is not None:
            failed.append((emails[in_flight][0].pk, "interrupted while sending; not resent"))
            untried = [row.pk for row, _m in emails[in_flight + 1 :]]
            SentNotification.objects.filter(pk__in=untried).update(
                status=SentNotification.Status.PENDING, claim=None
            )
        raise
    finally:
        # Whatever stopped the loop, what went out is marked sent now.
        if connection is not None:
            connection.close()
        _record(sent=sent, notices=notices, skipped=skipped, postponed=postponed, failed=failed)
    if network_error is not None:
        raise network_error
    return {
        "sent": len(sent) + len(notices),
        "skipped": len(skipped),
        "postponed": len(postponed),
        "failed": len(failed),
    }


def _record(*, sent, notices, skipped, postponed, failed) -> None:
    """Mark a delivered batch in a fixed number of queries."""
    with transaction.atomic():
        InAppNotice.objects.bulk_create(notices)
        by_channel = {
            "email": [pk for pk, _c in sent],
            "in_app": [n.notification_id for n in notices],
        }
        for channel, ids_sent in by_channel.items():
            if ids_sent:
                SentNotification.objects.filter(pk__in=ids_sent).update(
                    status=SentNotification.Status.SENT, sent_at=timezone.now(), channel=channel
                )
        if skipped:
            SentNotification.objects.filter(pk__in=skipped).update(
                status=SentNotification.Status.SKIPPED
            )
        if postponed:
            SentNotification.objects.bulk_update(postponed, ["send_after", "status", "claim"])
        for pk, error in failed:
            logger.error("Notification %s refused: %s", pk, error)
        if failed:
            SentNotification.objects.bulk_update(
                [
                    SentNotification(pk=pk, status=SentNotification.Status.FAILED, error=error)
                    for pk, error in failed
                ],
                ["status", "error"],
            )


def due_ids(*, now=None, limit: int = 1000) -> list[int]:
    now = now or timezone.now()
    return list(
        SentNotification.objects.filter(status=SentNotification.Status.PENDING, send_after__lte=now)
        .order_by("send_after")
        .values_list("pk", flat=True)[:limit]
    )


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
    """Queue the "certificate ready" message and hand it to a worker at once."""
    from .tasks import notifications_deliver_task

    queue(
        kind=Kind.CERTIFICATE_READY,
        period=ONCE,
        targets=[(certificate.user_id, f"certificate:{certificate.pk}")],
    )
    row = SentNotification.objects.get(
        user_id=certificate.user_id,
        kind=Kind.CERTIFICATE_READY,
        subject=f"certificate:{certificate.pk}",
        period=ONCE,
    )
    try:
        notifications_deliver_task.delay([row.pk])
    except Exception:
        logger.exception("Notification %s not handed to a worker; the due sweep sends it", row.pk)


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
