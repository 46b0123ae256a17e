"""Writes for concerns: raising one, telling the people who must act, and their work on it."""

import logging
import uuid
from datetime import timedelta
from smtplib import SMTPConnectError, SMTPException, SMTPServerDisconnected

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.capabilities import Capability, holders
from accounts.models import User
from outbox import services as outbox
from outbox.registry import Refuse, Retry, Skip

from .contexts import ConcernContext
from .models import CONCERN_DESCRIPTION_MAX, Concern, ConcernAuditEntry, ConcernNote

logger = logging.getLogger(__name__)

# Worth another try later; any other SMTP error means this address will not work.
NETWORK_ERRORS = (SMTPServerDisconnected, SMTPConnectError, ConnectionError, TimeoutError)

# The outbox kind of "a concern was raised" mails, one per person who must act.
CONCERN_MAIL = "safeguarding.concern_mail"


def _audit(*, concern: Concern, actor: User | None, action: str, detail: str = "") -> None:
    ConcernAuditEntry.objects.create(
        concern=concern,
        actor_id=actor.pk if actor else None,
        # The platform's own steps are named when the trail is read, in the reader's
        # language (a worker's or a test's active language is nobody's).
        actor_name=actor.get_display_name() if actor else "",
        action=action,
        detail=detail[:200],
    )


@transaction.atomic
def _clean_text(text: str, *, field: str, missing: str) -> str:
    """A concern's description or a note: stripped, not empty, not too long."""
    text = text.strip()
    if not text:
        raise ValidationError({field: missing})
    if len(text) > CONCERN_DESCRIPTION_MAX:
        too_long = _("Please keep it under %(max)s characters.")
        raise ValidationError({field: too_long % {"max": CONCERN_DESCRIPTION_MAX}})
    return text


def _about_name(*, context: ConcernContext, about_user_id: int | None, about: str) -> str:
    """Whom the concern is about: someone the reporter may name here, or free text."""
    if about_user_id is None:
        return about.strip()[:100]
    person = next((p for p in context.people if p.user_id == about_user_id), None)
    if person is None:
        raise ValidationError({"about_user": _("Choose someone from the list, or leave it.")})
    return person.name


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
    """Save the concern and owe one e-mail to each person who must act, in one
    transaction (the outbox delivers them at once on the urgent queue, or within 20
    seconds of the broker coming back). Sending the same form twice (same
    `submission`) returns the first concern.
    """
    if submission is not None:
        earlier = Concern.objects.filter(submission=submission, raised_by=reporter).first()
        if earlier is not None:
            return earlier
    description = _clean_text(
        description, field="description", missing=_("Write down what happened.")
    )
    if urgency not in Concern.Urgency.values:
        raise ValidationError({"urgency": _("Choose how urgent it is.")})
    about_name = _about_name(context=context, about_user_id=about_user_id, about=about)
    recipients = list(
        recipients_for(
            organisation_id=context.organisation_id, coach_id=context.coach_id, reporter=reporter
        )
    )
    if not recipients:
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
    concern_mails_owe(concern=concern, recipients=recipients)
    return concern


def mail_key(concern_id: int, recipient_id: int | None = None) -> str:
    """`concern:12:to:5`, or the prefix of all of concern 12's mails."""
    prefix = f"concern:{concern_id}:to:"
    return prefix if recipient_id is None else f"{prefix}{recipient_id}"


def concern_mails_owe(*, concern: Concern, recipients) -> None:
    """One outbox row per person to tell, in the caller's transaction."""
    outbox.enqueue_many(
        CONCERN_MAIL,
        [
            (mail_key(concern.pk, user.pk), {"concern": concern.pk, "recipient": user.pk})
            for user in recipients
        ],
    )


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
    return _email(
        "concern_raised",
        recipient=recipient,
        concern=concern,
        url=lambda: (
            settings.SITE_URL + reverse("safeguarding_concern", kwargs={"concern_id": concern.pk})
        ),
    )


def _email(template: str, *, recipient: User, url, **context) -> EmailMultiAlternatives:
    """safeguarding/email/<template>{_subject.txt,.txt,.html} in the recipient's language;
    `url` is called inside that language, so that links carry its prefix."""
    language = getattr(getattr(recipient, "profile", None), "language", "") or "en"
    with translation.override(language):
        context = {**context, "recipient": recipient, "url": url()}
        base = f"safeguarding/email/{template}"
        subject = render_to_string(f"{base}_subject.txt", context)
        text = render_to_string(f"{base}.txt", context)
        html = render_to_string(f"{base}.html", context)
    message = EmailMultiAlternatives(" ".join(subject.split()), text, to=[recipient.email])
    message.attach_alternative(html, "text/html")
    return message


def _concern_and_recipient(message) -> tuple[Concern, User]:
    """What an outbox mail row is about, or Skip when either is gone."""
    concern = (
        Concern.objects.select_related("organisation").filter(pk=message.payload["concern"]).first()
    )
    recipient = (
        User.objects.select_related("profile")
        .filter(pk=message.payload["recipient"], is_active=True)
        .first()
    )
    if concern is None or recipient is None:
        raise Skip("the concern or the person is gone")
    return concern, recipient


def send_outbox_mail(email: EmailMultiAlternatives, message) -> None:
    """Send with the outbox row's Message-ID; say Retry or Refuse as the outbox expects."""
    email.extra_headers["Message-ID"] = outbox.mail_message_id(message)
    try:
        email.send()
    except NETWORK_ERRORS as error:
        raise Retry(str(error)) from error
    except SMTPException as error:
        raise Refuse(str(error)[:200]) from error


def concern_mail_send(message, batch=None) -> None:
    """The outbox handler of CONCERN_MAIL: e-mail one person about one concern."""
    concern, recipient = _concern_and_recipient(message)
    still_acts = recipients_for(
        organisation_id=concern.organisation_id, coach_id=concern.coach_id, reporter=None
    ).filter(pk=recipient.pk)
    if not still_acts.exists():
        raise Skip("no longer a safeguarding lead or the coach there")
    if not recipient.email:
        raise Refuse("no e-mail address")
    send_outbox_mail(_message(concern=concern, recipient=recipient), message)
    concern_told_record(concern_id=concern.pk, just_told=message.pk)


def concern_notify(*, concern_id: int, now=None) -> bool:
    """Send this concern's mails that are due now (the outbox's task does this after
    commit, its sweep when that failed). Returns whether any was sent."""
    found = outbox.deliver(kind=CONCERN_MAIL, key_prefix=mail_key(concern_id), now=now)
    concern_told_record(concern_id=concern_id)
    return found["done"] > 0


def concern_told_record(*, concern_id: int, just_told: int | None = None) -> bool:
    """Once no mail of the concern is left to try, record who was told (once).
    `just_told`: the outbox row of a mail that went out a moment ago, not yet marked."""
    mails = outbox.messages(kind=CONCERN_MAIL, key_prefix=mail_key(concern_id))
    for mail in mails:
        if mail.pk == just_told:
            mail.done_at, mail.outcome = timezone.now(), mail.Outcome.DONE
    if not mails or any(m.done_at is None for m in mails):
        return False
    with transaction.atomic():
        if not Concern.objects.filter(pk=concern_id, notified_at__isnull=True).update(
            notified_at=timezone.now()
        ):
            return False
        told = [m.payload["recipient"] for m in mails if m.outcome == m.Outcome.DONE]
        names = [
            user.get_display_name()
            for user in User.objects.filter(pk__in=told).select_related("profile").order_by("pk")
        ]
        _audit(
            concern=Concern(pk=concern_id),
            actor=None,
            action=ConcernAuditEntry.Action.NOTIFIED,
            detail=", ".join(names) or _("No one could be told by e-mail"),
        )
    return True


def concerns_notify_pending(*, older_than: timedelta = timedelta(seconds=10)) -> int:
    """Repair, every 20 seconds: a concern not yet recorded as told. Its mails are
    delivered by the outbox sweep; this records the ones whose mails are all done, and
    owes mails for a concern that has none (raised before the outbox, or by a bug).
    Returns how many concerns it owed mails for or recorded."""
    cutoff = timezone.now() - older_than
    pending = Concern.objects.filter(notified_at__isnull=True, created_at__lt=cutoff)
    done = 0
    for concern in list(pending.order_by("pk")[:500]):
        try:
            if not outbox.messages(kind=CONCERN_MAIL, key_prefix=mail_key(concern.pk)):
                recipients = recipients_for(
                    organisation_id=concern.organisation_id,
                    coach_id=concern.coach_id,
                    reporter=concern.raised_by,
                )
                if not recipients:
                    logger.error("Concern %s: no one to tell in its organisation", concern.pk)
                    continue
                with transaction.atomic():
                    concern_mails_owe(concern=concern, recipients=recipients)
                done += 1
            else:
                done += concern_told_record(concern_id=concern.pk)
        except Exception:
            logger.exception("Concern %s: could not be repaired; the next sweep tries", concern.pk)
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
    text = _clean_text(text, field="text", missing=_("Write the note first."))
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


# Escalation: a new concern nobody opens in time -------------------------------------

# The outbox kind of the reminders (step 1, to the leads and coach) and of the message
# to the organisation's admins (step 2).
ESCALATION_MAIL = "safeguarding.concern_escalation"


def _opened(concern_id: int) -> bool:
    return ConcernAuditEntry.objects.filter(
        concern_id=concern_id, action=ConcernAuditEntry.Action.VIEWED
    ).exists()


def concerns_escalate(*, now=None) -> int:
    """Every 15 minutes: a concern still new and never opened, after the organisation's
    hours (24 by default), is escalated once to its leads and coach as a reminder, and
    after twice that time to the organisation's admins. Each step is in the audit trail
    and its mails are outbox rows, written in one transaction. Returns the steps taken."""
    now = now or timezone.now()
    viewed = ConcernAuditEntry.objects.filter(
        concern=OuterRef("pk"), action=ConcernAuditEntry.Action.VIEWED
    )
    candidates = (
        Concern.objects.filter(status=Concern.Status.NEW, created_at__lt=now - timedelta(hours=1))
        .filter(~Exists(viewed))
        .annotate(
            steps=Count(
                "audit_entries",
                filter=Q(audit_entries__action=ConcernAuditEntry.Action.ESCALATED),
            )
        )
        .select_related("organisation", "raised_by")
    )
    taken = 0
    for concern in candidates:
        hours = timedelta(hours=concern.organisation.concern_escalation_hours)
        step = concern.steps + 1
        if step > 2 or now - concern.created_at < step * hours:
            continue
        try:
            taken += _escalate(concern=concern, step=step)
        except Exception:
            logger.exception("Concern %s: escalation failed; the next run tries again", concern.pk)
    return taken


@transaction.atomic
def _escalate(*, concern: Concern, step: int) -> bool:
    locked = Concern.objects.select_for_update().get(pk=concern.pk)
    done = locked.audit_entries.filter(action=ConcernAuditEntry.Action.ESCALATED).count()
    if done >= step or locked.status != Concern.Status.NEW or _opened(locked.pk):
        return False  # another run took this step, or someone opened it meanwhile
    if step == 1:
        people = list(
            recipients_for(
                organisation_id=locked.organisation_id,
                coach_id=locked.coach_id,
                reporter=concern.raised_by,
            )
        )
        detail = _("Reminder to: %(names)s")
    else:
        admins = holders(
            capability=Capability.MANAGE_ORGANISATION, organisation_ids=[locked.organisation_id]
        ).values("user_id")
        people = list(
            User.objects.filter(pk__in=admins, is_active=True)
            .exclude(pk=concern.raised_by_id)
            .select_related("profile")
            .order_by("pk")
        )
        detail = _("Told the organisation's admins: %(names)s")
    names = ", ".join(user.get_display_name() for user in people) or _("no one to tell")
    _audit(
        concern=locked,
        actor=None,
        action=ConcernAuditEntry.Action.ESCALATED,
        detail=detail % {"names": names},
    )
    outbox.enqueue_many(
        ESCALATION_MAIL,
        [
            (
                f"concern:{locked.pk}:step:{step}:to:{user.pk}",
                {"concern": locked.pk, "recipient": user.pk, "step": step},
            )
            for user in people
        ],
    )
    if not people:
        logger.error("Concern %s: unopened, and no one to escalate step %s to", locked.pk, step)
    return True


def concern_escalation_send(message, batch=None) -> None:
    """The outbox handler of ESCALATION_MAIL (skipped if the concern was opened since)."""
    concern, recipient = _concern_and_recipient(message)
    if concern.status != Concern.Status.NEW or _opened(concern.pk):
        raise Skip("opened since")
    if not recipient.email:
        raise Refuse("no e-mail address")
    step = message.payload["step"]
    if step == 1:
        link = ("safeguarding_concern", {"concern_id": concern.pk})
    else:  # admins cannot open it: they make sure someone who can does
        link = ("accounts_organisation", {"slug": concern.organisation.slug})
    email = _email(
        "concern_unopened",
        recipient=recipient,
        concern=concern,
        step=step,
        hours=concern.organisation.concern_escalation_hours * step,
        url=lambda: settings.SITE_URL + reverse(link[0], kwargs=link[1]),
    )
    send_outbox_mail(email, message)
