"""Writes for concerns: raising one, telling the people who must act, and their work on it."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import Membership, Role, User

from .contexts import ConcernContext
from .models import CONCERN_DESCRIPTION_MAX, Concern, ConcernAuditEntry, ConcernNote

logger = logging.getLogger(__name__)

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
) -> Concern:
    """Save the concern and tell the lead and coach once it is committed.

    The notification is enqueued after commit on the urgent queue. If the broker is
    down the concern is saved all the same, and the pending sweep sends it later.
    """
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
    concern = Concern.objects.create(
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
    )
    _audit(concern=concern, actor=reporter, action=ConcernAuditEntry.Action.RAISED)
    # robust: a broker that is down must not turn a saved concern into an error page.
    transaction.on_commit(lambda: _enqueue_notify(concern.pk), robust=True)
    return concern


def concern_recipients(*, concern: Concern) -> list[User]:
    """The organisation's safeguarding leads and the coach involved, minus the reporter."""
    leads = Membership.objects.filter(
        organisation_id=concern.organisation_id, role=Role.SAFEGUARDING_LEAD
    ).values("user_id")
    return list(
        User.objects.filter(Q(pk__in=leads) | Q(pk=concern.coach_id), is_active=True)
        .exclude(pk=concern.raised_by_id)
        .select_related("profile")
        .order_by("pk")
    )


def _message(*, concern: Concern, recipient: User) -> EmailMultiAlternatives:
    language = getattr(getattr(recipient, "profile", None), "language", "") or "en"
    with translation.override(language):
        context = {
            "concern": concern,
            "recipient": recipient,
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + reverse("safeguarding_concern", kwargs={"concern_id": concern.pk}),
        }
        subject = render_to_string("safeguarding/email/concern_raised_subject.txt", context)
        text = render_to_string("safeguarding/email/concern_raised.txt", context)
        html = render_to_string("safeguarding/email/concern_raised.html", context)
    message = EmailMultiAlternatives(" ".join(subject.split()), text, to=[recipient.email])
    message.attach_alternative(html, "text/html")
    return message


def concern_notify(*, concern_id: int) -> bool:
    """E-mail the people who must act. At least once: claim, send, then mark as sent.

    Returns False when there was nothing to do (sent already, or another worker holds
    a fresh claim). A failed send releases the claim and raises, so the task retries.
    """
    now = timezone.now()
    claimed = (
        Concern.objects.filter(pk=concern_id, notified_at__isnull=True)
        .filter(
            Q(notify_claimed_at__isnull=True) | Q(notify_claimed_at__lt=now - NOTIFY_CLAIM_TIMEOUT)
        )
        .update(notify_claimed_at=now)
    )
    if not claimed:
        return False
    concern = Concern.objects.select_related("organisation").get(pk=concern_id)
    recipients = [user for user in concern_recipients(concern=concern) if user.email]
    try:
        messages = [_message(concern=concern, recipient=user) for user in recipients]
        if messages:
            get_connection().send_messages(messages)
    except Exception:
        Concern.objects.filter(pk=concern_id).update(notify_claimed_at=None)
        raise
    if not recipients:
        logger.error(
            "Concern %s: organisation %s has no one to tell", concern_id, concern.organisation
        )
    Concern.objects.filter(pk=concern_id).update(notified_at=timezone.now())
    _audit(
        concern=concern,
        actor=None,
        action=ConcernAuditEntry.Action.NOTIFIED,
        detail=", ".join(user.get_display_name() for user in recipients)
        or _("No one to tell by e-mail"),
    )
    return True


def concerns_notify_pending(*, older_than: timedelta = timedelta(seconds=30)) -> int:
    """Send what was missed (the broker was down, a worker died). Returns how many went."""
    cutoff = timezone.now() - older_than
    pending = Concern.objects.filter(notified_at__isnull=True, created_at__lt=cutoff).values_list(
        "pk", flat=True
    )
    return sum(concern_notify(concern_id=pk) for pk in list(pending[:500]))


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
