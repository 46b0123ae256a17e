"""Keep each kind of data only as long as needed: the nightly job.

Periods come from the organisation's RetentionPolicy (its defaults where it has none).
Data that belongs to an organisation (a concern, a class session) follows that
organisation's period; data of a person follows the longest period among the
organisations they belong to, or the defaults when they belong to none. Every kind is
walked in batches by primary key with a fixed number of queries per batch, and each run
logs how many rows it deleted or anonymised.
"""

import datetime
import logging
from collections import defaultdict
from collections.abc import Callable, Iterator

from django.apps import apps
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Exists, Max, OuterRef, ProtectedError, Q
from django.urls import reverse
from django.utils import timezone

from accounts.models import Membership, Role, User
from outbox import services as outbox
from outbox.models import Message
from outbox.registry import Skip

from .consent import consent_ages, email_allowed
from .deletion import accounts_erase
from .mail import language_of, send_template_mail
from .models import RetentionPolicy

logger = logging.getLogger(__name__)

BATCH_SIZE = 500
INACTIVE_WARNING = "privacy.inactive_warning"
# Someone we can write to hears this long before their inactive account is deleted.
WARN_BEFORE = datetime.timedelta(days=30)
REMOVED = "—"  # what an anonymised concern's text reads
PERIODS = [field.name for field in RetentionPolicy._meta.fields if field.name.endswith("_days")]


def default_periods() -> dict[str, int]:
    return {name: RetentionPolicy._meta.get_field(name).default for name in PERIODS}


def organisation_periods() -> dict[int, dict[str, int]]:
    """Every organisation's policy that exists (one query)."""
    return {
        policy.organisation_id: {name: getattr(policy, name) for name in PERIODS}
        for policy in RetentionPolicy.objects.all()
    }


def _by_pk(queryset, batch_size: int) -> Iterator[list]:
    """The queryset's rows in batches, walking the primary key (one query per batch)."""
    last = 0
    while True:
        batch = list(queryset.filter(pk__gt=last).order_by("pk")[:batch_size])
        if not batch:
            return
        yield batch
        last = batch[-1].pk


class Periods:
    """Who keeps what for how long: the organisations' policies, read once per run."""

    def __init__(self):
        self.defaults = default_periods()
        self.by_organisation = organisation_periods()

    def shortest(self, name: str) -> int:
        return min([self.defaults[name]] + [p[name] for p in self.by_organisation.values()])

    def of_organisation(self, organisation_id: int, name: str) -> int:
        return self.by_organisation.get(organisation_id, self.defaults)[name]

    def of_people(self, user_ids: set[int], name: str) -> dict[int, int]:
        """The period for each person: the longest of their organisations' (one query)."""
        ClassMembership = apps.get_model("classrooms", "ClassMembership")
        PeerMembership = apps.get_model("mentoring", "PeerMembership")
        # No ordering inside the union: the models' default ordering sorted each part for
        # nothing, and SQLite refuses ORDER BY in the parts of a compound query.
        pairs = (
            Membership.objects.filter(user_id__in=user_ids)
            .order_by()
            .values_list("user_id", "organisation_id")
            .union(
                ClassMembership.objects.filter(pupil_id__in=user_ids)
                .order_by()
                .values_list("pupil_id", "classroom__organisation_id"),
                PeerMembership.objects.filter(peer_id__in=user_ids)
                .order_by()
                .values_list("peer_id", "group__organisation_id"),
            )
        )
        organisations = defaultdict(set)
        for user_id, organisation_id in pairs:
            organisations[user_id].add(organisation_id)
        return {
            user_id: max(
                (self.of_organisation(o, name) for o in organisations[user_id]),
                default=self.defaults[name],
            )
            for user_id in user_ids
        }


def _personal(
    *,
    periods: Periods,
    now: datetime.datetime,
    name: str,
    queryset,
    person: str,
    moment: Callable,
    batch_size: int,
    erase: Callable[[list[int]], int] | None = None,
) -> int:
    """Delete a person's rows older than that person's period. `moment(row)` is when the
    row's period starts; `queryset` holds only rows older than the shortest period."""
    done = 0
    for batch in _by_pk(queryset, batch_size):
        days = periods.of_people({getattr(row, person) for row in batch}, name)
        expired = [
            row.pk
            for row in batch
            if moment(row) < now - datetime.timedelta(days=days[getattr(row, person)])
        ]
        if not expired:
            continue
        try:
            done += (
                erase(expired)
                if erase
                else queryset.model.objects.filter(pk__in=expired).delete()[0]
            )
        except (ProtectedError, IntegrityError):
            # One row something still refers to must not stop every later batch, night
            # after night: the rest go on, and the log says which batch to look at.
            logger.exception("Retention: %s, batch %s..%s left", name, expired[0], expired[-1])
    return done


def _cutoff(now, days: int) -> datetime.datetime:
    return now - datetime.timedelta(days=days)


def expire_reflections(periods, now, batch_size) -> int:
    Reflection = apps.get_model("courses", "Reflection")
    return _personal(
        periods=periods,
        now=now,
        name="reflections_days",
        queryset=Reflection.objects.filter(
            updated_at__lt=_cutoff(now, periods.shortest("reflections_days"))
        ).only("pk", "user_id", "updated_at"),
        person="user_id",
        moment=lambda row: row.updated_at,
        batch_size=batch_size,
    )


def expire_quiz_attempts(periods, now, batch_size) -> int:
    Attempt = apps.get_model("quizzes", "Attempt")
    cutoff = _cutoff(now, periods.shortest("quiz_attempts_days"))
    return _personal(
        periods=periods,
        now=now,
        name="quiz_attempts_days",
        queryset=Attempt.objects.filter(
            Q(submitted_at__lt=cutoff) | Q(submitted_at__isnull=True, started_at__lt=cutoff)
        ).only("pk", "user_id", "submitted_at", "started_at"),
        person="user_id",
        moment=lambda row: row.submitted_at or row.started_at,
        batch_size=batch_size,
        erase=lambda pks: Attempt.objects.filter(pk__in=pks).delete()[0],
    )


def expire_send_log(periods, now, batch_size) -> int:
    SentNotification = apps.get_model("notifications", "SentNotification")
    return _personal(
        periods=periods,
        now=now,
        name="send_log_days",
        queryset=SentNotification.objects.filter(
            created_at__lt=_cutoff(now, periods.shortest("send_log_days"))
        ).only("pk", "user_id", "created_at"),
        person="user_id",
        moment=lambda row: row.created_at,
        batch_size=batch_size,
        erase=lambda pks: SentNotification.objects.filter(pk__in=pks).delete()[0],
    )


def _inactive_key(user) -> str:
    """One warning per stretch of inactivity: a sign-in starts a new one."""
    return f"{user.pk}:{(user.last_login or user.date_joined).isoformat()}"


def _inactive_candidates(*, cutoff):
    """Accounts nobody signed in as since the cutoff that the job may remove: never staff,
    an adult role, a current pupil or peer, or a coach."""
    ClassMembership = apps.get_model("classrooms", "ClassMembership")
    PeerMembership = apps.get_model("mentoring", "PeerMembership")
    return (
        User.objects.filter(is_staff=False, is_superuser=False)
        .filter(Q(last_login__lt=cutoff) | Q(last_login__isnull=True, date_joined__lt=cutoff))
        .exclude(pk__in=Membership.objects.exclude(role=Role.MEMBER).values("user_id"))
        # In a current class or peer group: the class's or group's to end, not the job's.
        .exclude(
            pk__in=ClassMembership.objects.filter(
                ended_at__isnull=True, classroom__archived_at__isnull=True
            ).values("pupil_id")
        )
        .exclude(pk__in=PeerMembership.objects.filter(ended_at__isnull=True).values("peer_id"))
        .exclude(pk__in=apps.get_model("mentoring", "PeerMentor").objects.values("coach_id"))
        .exclude(pk__in=apps.get_model("mentoring", "MentorGroup").objects.values("coach_id"))
        .annotate(last_active=Max("enrolments__last_active_at"))
        .select_related("parental_consent", "profile")
        .only(
            "pk",
            "email",
            "last_login",
            "date_joined",
            "parental_consent__status",
            "parental_consent__consent_age",
            "profile__age_band",
            "profile__country",
        )
    )


def expire_inactive_accounts(periods, now, batch_size) -> int:
    """Learners nobody has signed in as for the period. Staff and people who hold an
    adult role are the organisation's to remove, never the job's. Someone we may e-mail
    is warned first (INACTIVE_WARNING) and deleted WARN_BEFORE later if they still have
    not signed in; an account without an address (made with a join code), or a child's
    still waiting for a parent's consent, cannot be warned and goes at once."""
    candidates = _inactive_candidates(
        cutoff=_cutoff(now, periods.shortest("inactive_accounts_days"))
    )
    users: dict[int, User] = {}
    ages = consent_ages()

    def warn_or_erase(user_ids: list[int]) -> int:
        warnable = {
            pk: _inactive_key(users[pk])
            for pk in user_ids
            if users[pk].email and email_allowed(users[pk], ages=ages)
        }
        # The date each warning gave (ISO dates compare as strings).
        warned = dict(
            Message.objects.filter(kind=INACTIVE_WARNING, key__in=warnable.values()).values_list(
                "key", "payload__deleted_on"
            )
        )
        outbox.enqueue_many(
            INACTIVE_WARNING,
            [
                (key, {"user": pk, "deleted_on": (now + WARN_BEFORE).date().isoformat()})
                for pk, key in warnable.items()
                if key not in warned
            ],
        )
        erase = [
            pk
            for pk in user_ids
            if pk not in warnable
            or (warnable[pk] in warned and warned[warnable[pk]] <= now.date().isoformat())
        ]
        return accounts_erase(erase) if erase else 0

    def moment(user):
        """The last sign-in, or the last time they learned (a session can outlast a
        sign-in by months), whichever is later."""
        users[user.pk] = user
        seen = user.last_login or user.date_joined
        return max(seen, user.last_active) if user.last_active else seen

    return _personal(
        periods=periods,
        now=now,
        name="inactive_accounts_days",
        queryset=candidates,
        person="pk",
        moment=moment,
        batch_size=batch_size,
        erase=warn_or_erase,
    )


def inactive_warning_send(message, batch=None) -> None:
    """The outbox handler of INACTIVE_WARNING: tell the person, in their language, when
    their account will be deleted unless they sign in."""
    user = User.objects.select_related("profile").filter(pk=message.payload["user"]).first()
    if user is None or not user.email or _inactive_key(user) != message.key:
        raise Skip("deleted already, or signed in since")
    send_template_mail(
        message,
        template="privacy/email/inactive_warning",
        to=user.email,
        language=language_of(user),
        context=lambda: {
            "recipient": user,
            "deleted_on": datetime.date.fromisoformat(message.payload["deleted_on"]),
            "url": settings.SITE_URL + reverse("account_login"),
            "data_url": settings.SITE_URL + reverse("accounts_my_data"),
        },
    )


def _by_organisation(
    periods: Periods, name: str, now, *, field: str = "organisation_id"
) -> Iterator[tuple[Q, datetime.datetime]]:
    """(which organisations, their cutoff): each organisation with a policy, then the
    rest with the defaults. A filter per distinct policy, not per row; `field` is the
    path to the organisation from the rows filtered."""
    cutoffs = defaultdict(list)
    for organisation_id, values in periods.by_organisation.items():
        cutoffs[values[name]].append(organisation_id)
    with_policy = list(periods.by_organisation)
    for days, organisation_ids in cutoffs.items():
        yield Q(**{f"{field}__in": organisation_ids}), _cutoff(now, days)
    yield ~Q(**{f"{field}__in": with_policy}), _cutoff(now, periods.defaults[name])


def expire_attendance(periods, now, batch_size) -> int:
    """Who came to a live session and what they answered, after the session."""
    ClassSession = apps.get_model("classrooms", "ClassSession")
    done = 0
    for organisations, cutoff in _by_organisation(
        periods, "attendance_days", now, field="classroom__organisation_id"
    ):
        SessionParticipant = apps.get_model("classrooms", "SessionParticipant")
        SessionAnswer = apps.get_model("classrooms", "SessionAnswer")
        sessions = (
            ClassSession.objects.filter(
                Q(ended_at__lt=cutoff) | Q(ended_at__isnull=True, scheduled_at__lt=cutoff)
            )
            .filter(organisations)
            .filter(
                Exists(SessionParticipant.objects.filter(session=OuterRef("pk")))
                | Exists(SessionAnswer.objects.filter(session=OuterRef("pk")))
            )
            .only("pk")
        )
        for batch in _by_pk(sessions, batch_size):
            ids = [session.pk for session in batch]
            with transaction.atomic():
                done += SessionAnswer.objects.filter(session_id__in=ids).delete()[0]
                done += SessionParticipant.objects.filter(session_id__in=ids).delete()[0]
    return done


def expire_archived_pupils(periods, now, batch_size) -> int:
    """Accounts made with a join code (no e-mail address) in no current class and no
    peer group, once their last class was archived longer ago than the longest period
    among their organisations."""
    ClassMembership = apps.get_model("classrooms", "ClassMembership")
    PeerMembership = apps.get_model("mentoring", "PeerMembership")
    cutoff = _cutoff(now, periods.shortest("archived_pupils_days"))
    pupils = (
        User.objects.filter(email="", is_staff=False, is_superuser=False)
        .filter(
            pk__in=ClassMembership.objects.filter(classroom__archived_at__lt=cutoff).values(
                "pupil_id"
            )
        )
        .exclude(
            pk__in=ClassMembership.objects.filter(classroom__archived_at__isnull=True).values(
                "pupil_id"
            )
        )
        .exclude(pk__in=PeerMembership.objects.values("peer_id"))
        .exclude(pk__in=Membership.objects.exclude(role=Role.MEMBER).values("user_id"))
        .annotate(last_archived=Max("class_memberships__classroom__archived_at"))
        .only("pk")
    )
    return _personal(
        periods=periods,
        now=now,
        name="archived_pupils_days",
        queryset=pupils,
        person="pk",
        moment=lambda user: user.last_archived,
        batch_size=batch_size,
        erase=accounts_erase,
    )


def expire_closed_concerns(periods, now, batch_size) -> int:
    """Closed concerns past the period after their last change: their text and the
    names in them are blanked, the record that a concern existed and its audit trail
    stay (the trail is append-only; it records the anonymising too)."""
    Concern = apps.get_model("safeguarding", "Concern")
    ConcernNote = apps.get_model("safeguarding", "ConcernNote")
    ConcernAuditEntry = apps.get_model("safeguarding", "ConcernAuditEntry")
    done = 0
    for organisations, cutoff in _by_organisation(periods, "closed_concerns_days", now):
        concerns = (
            Concern.objects.filter(organisations, status="closed", created_at__lt=cutoff)
            .exclude(description=REMOVED)
            .annotate(last_change=Max("audit_entries__at"))
            .filter(Q(last_change__lt=cutoff) | Q(last_change__isnull=True))
            .only("pk")
        )
        for batch in _by_pk(concerns, batch_size):
            ids = [concern.pk for concern in batch]
            with transaction.atomic():
                Concern.objects.filter(pk__in=ids).update(
                    description=REMOVED, about="", about_user=None, raised_by=None, reporter_name=""
                )
                ConcernNote.objects.filter(concern_id__in=ids).update(text=REMOVED)
                ConcernAuditEntry.objects.bulk_create(
                    ConcernAuditEntry(
                        concern_id=pk,
                        actor_name="retention",
                        action=ConcernAuditEntry.Action.ANONYMISED,
                    )
                    for pk in ids
                )
            done += len(ids)
    return done


def expire_data_requests(periods, now, batch_size) -> int:
    """Answered requests about personal data, kept to show they were answered."""
    DataRequest = apps.get_model("privacy", "DataRequest")
    done = 0
    for organisations, cutoff in _by_organisation(periods, "data_requests_days", now):
        answered = DataRequest.objects.filter(organisations, handled_at__lt=cutoff).exclude(
            status=DataRequest.Status.OPEN
        )
        for batch in _by_pk(answered.only("pk"), batch_size):
            done += DataRequest.objects.filter(pk__in=[row.pk for row in batch]).delete()[0]
    return done


EXPIRERS = {
    "reflections": expire_reflections,
    "quiz_attempts": expire_quiz_attempts,
    "attendance": expire_attendance,
    "send_log": expire_send_log,
    "closed_concerns": expire_closed_concerns,
    "archived_pupils": expire_archived_pupils,
    "inactive_accounts": expire_inactive_accounts,
    "data_requests": expire_data_requests,
}


def retention_run(*, now: datetime.datetime | None = None, batch_size: int = BATCH_SIZE) -> dict:
    """Delete or anonymise everything whose period has ended; returns counts per kind."""
    now = now or timezone.now()
    periods = Periods()
    counts = {}
    for key, expire in EXPIRERS.items():
        counts[key] = expire(periods, now, batch_size)
    logger.info("Retention: %s", ", ".join(f"{key} {count}" for key, count in counts.items()))
    return counts
