"""Writes for concerns: raising one, telling the people who must act, and their work on it."""

import logging
import uuid
from datetime import timedelta
from smtplib import SMTPConnectError, SMTPException, SMTPServerDisconnected

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.capabilities import Capability, holders
from accounts.models import User

from .contexts import ConcernContext
from .models import (
    CONCERN_DESCRIPTION_MAX,
    Concern,
    ConcernAuditEntry,
    ConcernNote,
    ConcernNotification,
)

logger = logging.getLogger(__name__)

# Worth another try later; any other SMTP error means this address will not work.
NETWORK_ERRORS = (SMTPServerDisconnected, SMTPConnectError, ConnectionError, TimeoutError)

# A claim older than this belongs to a worker that died: the sweep takes it over.
NOTIFY_CLAIM_TIMEOUT = timedelta(minutes=5)


def _audit(*, concern: Concern, actor: User | None, action: str, detail: str = "") -> None:
    ConcernAuditEntry.objects.create(
        concern=concern,
        actor_id=actor.pk if actor else None,
        actor_name=actor.get_display_name() if actor else _("The platform"),
        action=action,
        detail=detail[:200],
    )


def _enqueue_notify(concern_id: int) -> None:
    from .tasks import concern_notify_task

    concern_notify_task.apply_async(args=[concern_id], queue=settings.SAFEGUARDING_QUEUE)


@transaction.atomic
def concern_raise(
    *,
    reporter: User,
    context: ConcernContext,
    description: str,
    urgency: str,
    about_user_id: int | None = None,
    about: str = "",
    submission: uuid.UUID | None = None,
) -> Concern:
    """Save the concern and tell the lead and coach once it is committed.

    The notification is enqueued after commit on the urgent queue. If the broker is
    down the concern is saved all the same, and the pending sweep sends it later.
    Sending the same form twice (same `submission`) returns the first concern.
    """
    if submission is not None:
        earlier = Concern.objects.filter(submission=submission, raised_by=reporter).first()
        if earlier is not None:
            return earlier
    description = description.strip()
    if not description:
        raise ValidationError({"description": _("Write down what happened.")})
    if len(description) > CONCERN_DESCRIPTION_MAX:
        raise ValidationError(
            {
                "description": _("Please keep it under %(max)s characters.")
                % {"max": CONCERN_DESCRIPTION_MAX}
            }
        )
    if urgency not in Concern.Urgency.values:
        raise ValidationError({"urgency": _("Choose how urgent it is.")})
    about_name = about.strip()[:100]
    if about_user_id is not None:
        person = next((p for p in context.people if p.user_id == about_user_id), None)
        if person is None:
            raise ValidationError({"about_user": _("Choose someone from the list, or leave it.")})
        about_name = person.name
    if not recipients_for(
        organisation_id=context.organisation_id, coach_id=context.coach_id, reporter=reporter
    ):
        raise ValidationError(
            _("There is no safeguarding lead here to pass this to. Use the services below.")
        )
    concern = Concern(
        organisation_id=context.organisation_id,
        raised_by=reporter,
        reporter_name=reporter.get_display_name()[:100],
        reporter_role=context.reporter_role,
        context_label=context.label[:200],
        coach_id=context.coach_id,
        about_user_id=about_user_id,
        about=about_name,
        description=description,
        urgency=urgency,
        submission=submission,
    )
    try:
        with transaction.atomic():
            concern.save()
    except IntegrityError:
        # The same form, sent twice at once: the other request saved it.
        return Concern.objects.get(submission=submission, raised_by=reporter)
    _audit(concern=concern, actor=reporter, action=ConcernAuditEntry.Action.RAISED)
    # robust: a broker that is down must not turn a saved concern into an error page.
    transaction.on_commit(lambda: _enqueue_notify(concern.pk), robust=True)
    return concern


def recipients_for(*, organisation_id: int, coach_id: int | None, reporter: User | None):
    """Who must act: the organisation's safeguarding leads and the coach involved (while
    they still coach there), never the reporter themselves."""
    leads = holders(
        capability=Capability.HANDLE_CONCERNS, organisation_ids=[organisation_id]
    ).values("user_id")
    coach = (
        holders(capability=Capability.COACH_MENTORS, organisation_ids=[organisation_id])
        .filter(user_id=coach_id)
        .values("user_id")
    )
    recipients = User.objects.filter(Q(pk__in=leads) | Q(pk__in=coach), is_active=True)
    if reporter is not None:
        recipients = recipients.exclude(pk=reporter.pk)
    return recipients.select_related("profile").order_by("pk")


def _message(*, concern: Concern, recipient: User) -> EmailMultiAlternatives:
    language = getattr(getattr(recipient, "profile", None), "language", "") or "en"
    with translation.override(language):
        context = {
            "concern": concern,
            "recipient": recipient,
            "url": settings.SITE_URL
            + reverse("safeguarding_concern", kwargs={"concern_id": concern.pk}),
        }
        subject = render_to_string("safeguarding/email/concern_raised_subject.txt", context)
        text = render_to_string("safeguarding/email/concern_raised.txt", context)
        html = render_to_string("safeguarding/email/concern_raised.html", context)
    message = EmailMultiAlternatives(" ".join(subject.split()), text, to=[recipient.email])
    message.attach_alternative(html, "text/html")
    return message


def concern_notify(*, concern_id: int) -> bool:
    """E-mail each person who must act, once each: claim a row per person, send, mark it.

    A network error releases that person's claim and raises, so the task retries (the
    people already told are not told again). A refused address is recorded as failed
    and not retried. Returns whether anything was sent.
    """
    concern = Concern.objects.select_related("organisation").filter(pk=concern_id).first()
    if concern is None or concern.notified_at is not None:
        return False
    recipients = list(
        recipients_for(
            organisation_id=concern.organisation_id,
            coach_id=concern.coach_id,
            reporter=concern.raised_by,
        )
    )
    if not recipients:
        # Not marked as told: the sweep keeps trying, and every try is logged as an error.
        logger.error(
            "Concern %s: organisation %s has no one to tell", concern.pk, concern.organisation
        )
        return False
    ConcernNotification.objects.bulk_create(
        [ConcernNotification(concern=concern, recipient=user) for user in recipients],
        ignore_conflicts=True,
    )
    sent = []
    for user in recipients:
        now = timezone.now()
        claimed = (
            ConcernNotification.objects.filter(
                concern=concern, recipient=user, sent_at__isnull=True, failed_at__isnull=True
            )
            .filter(Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - NOTIFY_CLAIM_TIMEOUT))
            .update(claimed_at=now)
        )
        if not claimed:
            continue
        row = ConcernNotification.objects.filter(concern=concern, recipient=user)
        if not user.email:
            row.update(failed_at=timezone.now(), error="no e-mail address")
            continue
        try:
            _message(concern=concern, recipient=user).send()
        except NETWORK_ERRORS:
            row.update(claimed_at=None)
            raise
        except SMTPException as error:
            logger.error("Concern %s: e-mail to user %s refused: %s", concern.pk, user.pk, error)
            row.update(failed_at=timezone.now(), error=str(error)[:200])
            continue
        row.update(sent_at=timezone.now())
        sent.append(user)
    unfinished = ConcernNotification.objects.filter(
        concern=concern, sent_at__isnull=True, failed_at__isnull=True
    )
    if not unfinished.exists():
        updated = Concern.objects.filter(pk=concern.pk, notified_at__isnull=True).update(
            notified_at=timezone.now()
        )
        if updated:
            told = ConcernNotification.objects.filter(
                concern=concern, sent_at__isnull=False
            ).order_by("recipient_id")
            names = [
                n.recipient.get_display_name() for n in told.select_related("recipient__profile")
            ]
            _audit(
                concern=concern,
                actor=None,
                action=ConcernAuditEntry.Action.NOTIFIED,
                detail=", ".join(names) or _("No one could be told by e-mail"),
            )
    return bool(sent)


def concerns_notify_pending(*, older_than: timedelta = timedelta(seconds=10)) -> int:
    """Send what was missed (the broker was down, a worker died). Returns how many concerns
    sent something. One concern's failure does not stop the others."""
    cutoff = timezone.now() - older_than
    pending = Concern.objects.filter(notified_at__isnull=True, created_at__lt=cutoff)
    done = 0
    for pk in list(pending.values_list("pk", flat=True)[:500]):
        try:
            done += concern_notify(concern_id=pk)
        except Exception:
            logger.exception("Concern %s: notifying failed; the next sweep tries again", pk)
    return done


def concern_viewed(*, concern: Concern, viewer: User, audit_trail: bool = False) -> None:
    """Record a look at the concern (or at its audit trail)."""
    action = (
        ConcernAuditEntry.Action.VIEWED_AUDIT if audit_trail else ConcernAuditEntry.Action.VIEWED
    )
    _audit(concern=concern, actor=viewer, action=action)


@transaction.atomic
def concern_note_add(*, concern: Concern, author: User, text: str) -> ConcernNote:
    """A note on what was done or decided. Notes are never edited, only added."""
    text = text.strip()
    if not text:
        raise ValidationError({"text": _("Write the note first.")})
    if len(text) > CONCERN_DESCRIPTION_MAX:
        raise ValidationError(
            {
                "text": _("Please keep it under %(max)s characters.")
                % {"max": CONCERN_DESCRIPTION_MAX}
            }
        )
    note = ConcernNote.objects.create(
        concern=concern, author=author, author_name=author.get_display_name()[:100], text=text
    )
    _audit(concern=concern, actor=author, action=ConcernAuditEntry.Action.NOTE_ADDED)
    return note


@transaction.atomic
def concern_status_change(*, concern: Concern, actor: User, status: str) -> Concern:
    """Move the concern on (in progress, referred, closed); nothing goes back to new."""
    if status not in Concern.Status.values or status == Concern.Status.NEW:
        raise ValidationError({"status": _("Choose in progress, referred or closed.")})
    locked = Concern.objects.select_for_update().get(pk=concern.pk)
    if locked.status == status:
        return locked
    before = locked.get_status_display()
    locked.status = status
    locked.save(update_fields=["status"])
    _audit(
        concern=locked,
        actor=actor,
        action=ConcernAuditEntry.Action.STATUS_CHANGED,
        detail=f"{before} → {locked.get_status_display()}",
    )
    return locked
