"""Writes for peer mentoring: becoming a mentor, groups, peers joining, session logs."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.capabilities import Capability, holders, organisations_where, user_can
from accounts.groups import group_for_code as group_for_code_of
from accounts.groups import member_join, nickname_check
from accounts.join_codes import free_username
from accounts.models import Audience, Membership, User
from accounts.services import peer_mentor_role_set, profile_ensure, profile_update, user_create
from courses.models import CoursePage, Enrolment, ModulePage
from courses.services import course_enrol
from privacy.consent import consent_missing

from .models import MentorGroup, MentoringSession, PeerMembership, PeerMentor
from .signals import mentor_approved


def completed_mentor_course(*, user: User) -> bool:
    """Whether the user completed a peer-mentor course (in any language)."""
    return Enrolment.objects.filter(
        user=user,
        completed_at__isnull=False,
        course__audience=Audience.PEER_MENTOR,
    ).exists()


def coaches_for(*, user: User):
    """The coaches of the organisations the user belongs to, never the user."""
    organisations = Membership.objects.filter(user=user).values("organisation_id")
    coaching = holders(capability=Capability.COACH_MENTORS, organisation_ids=organisations)
    return (
        User.objects.filter(pk__in=coaching.values("user_id"))
        .exclude(pk=user.pk)
        .select_related("profile")
        .distinct()
        .order_by("profile__display_name", "username")
    )


@transaction.atomic
def mentor_request(*, user: User, coach: User) -> PeerMentor:
    """Ask a coach of one's organisation to approve one as a peer mentor."""
    if coach.pk == user.pk:
        raise ValidationError(_("You cannot approve yourself. Ask a coach of your organisation."))
    if not completed_mentor_course(user=user):
        raise ValidationError(_("Complete the peer-mentor course first."))
    if consent_missing(user) is not None:
        raise ValidationError(
            _(
                "A parent or guardian must agree before you can be a peer mentor. Ask them "
                "from your profile page (Your parent's or guardian's agreement)."
            )
        )
    own = set(Membership.objects.filter(user=user).values_list("organisation_id", flat=True))
    shared = [
        organisation_id
        for organisation_id in organisations_where(user=coach, capability=Capability.COACH_MENTORS)
        if organisation_id in own
    ]
    organisation = shared[0] if shared else None
    if organisation is None:
        raise ValidationError(_("Choose a coach of your own organisation."))
    # get_or_create: two requests at once (a double click) make one row, not an error.
    mentor, created = PeerMentor.objects.select_for_update().get_or_create(
        user=user,
        defaults={
            "organisation_id": organisation,
            "coach": coach,
            "requested_at": timezone.now(),
        },
    )
    if created:
        return mentor
    if mentor.status == PeerMentor.Status.APPROVED:
        raise ValidationError(_("You are already an approved peer mentor."))
    if mentor.status == PeerMentor.Status.SUSPENDED:
        raise ValidationError(_("Your mentoring is paused. Talk to your coach about it."))
    mentor.organisation_id = organisation
    mentor.coach = coach
    mentor.status = PeerMentor.Status.REQUESTED
    mentor.reason = ""
    mentor.requested_at = timezone.now()
    mentor.decided_at = None
    mentor.save()
    return mentor


def _check_coach(mentor: PeerMentor, coach: User) -> None:
    if mentor.user_id == coach.pk:
        raise ValidationError(_("You cannot approve yourself."))
    still_coach = user_can(
        user=coach, capability=Capability.COACH_MENTORS, organisation_id=mentor.organisation_id
    )
    if mentor.coach_id != coach.pk or not still_coach:
        raise ValidationError(_("Only the mentor's own coach can decide this."))


@transaction.atomic
def mentor_approve(*, mentor: PeerMentor, coach: User) -> PeerMentor:
    """Approve a request, or lift a suspension. The mentor may then run groups."""
    mentor = PeerMentor.objects.select_for_update().get(pk=mentor.pk)
    _check_coach(mentor, coach)
    if mentor.status not in {PeerMentor.Status.REQUESTED, PeerMentor.Status.SUSPENDED}:
        raise ValidationError(_("There is no request to approve."))
    mentor.status = PeerMentor.Status.APPROVED
    mentor.reason = ""
    mentor.decided_at = timezone.now()
    mentor.save(update_fields=["status", "reason", "decided_at"])
    peer_mentor_role_set(
        organisation_id=mentor.organisation_id, user=mentor.user, on=True, actor=coach
    )
    profile = profile_ensure(user=mentor.user)
    if profile.audience != Audience.PEER_MENTOR:
        profile_update(profile=profile, audience=Audience.PEER_MENTOR)
    # Groups follow the mentor's coach of the moment.
    MentorGroup.objects.filter(mentor_id=mentor.user_id).update(coach=coach)
    # In the transaction: the certificate it owes is written with the approval.
    mentor_approved.send(sender=PeerMentor, peer_mentor=mentor)
    return mentor


def _reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": _("Give a reason: the mentor will read it.")})
    if len(reason) > 1000:
        raise ValidationError({"reason": _("Keep the reason under 1000 characters.")})
    return reason


def _decide_with_reason(
    *, mentor: PeerMentor, coach: User, reason: str, from_status: str, to_status: str, refusal
) -> PeerMentor:
    """Move the mentor from one state to another, with the reason the mentor reads."""
    reason = _reason(reason)
    mentor = PeerMentor.objects.select_for_update().get(pk=mentor.pk)
    _check_coach(mentor, coach)
    if mentor.status != from_status:
        raise ValidationError(refusal)
    mentor.status = to_status
    mentor.reason = reason
    mentor.decided_at = timezone.now()
    mentor.save(update_fields=["status", "reason", "decided_at"])
    peer_mentor_role_set(
        organisation_id=mentor.organisation_id, user=mentor.user, on=False, actor=coach
    )
    return mentor


@transaction.atomic
def mentor_decline(*, mentor: PeerMentor, coach: User, reason: str) -> PeerMentor:
    """Decline a request, saying why."""
    return _decide_with_reason(
        mentor=mentor,
        coach=coach,
        reason=reason,
        from_status=PeerMentor.Status.REQUESTED,
        to_status=PeerMentor.Status.DECLINED,
        refusal=_("There is no request to decline."),
    )


@transaction.atomic
def mentor_suspend(*, mentor: PeerMentor, coach: User, reason: str) -> PeerMentor:
    """Pause an approved mentor: no new groups, sessions or peers until the coach lifts it."""
    return _decide_with_reason(
        mentor=mentor,
        coach=coach,
        reason=reason,
        from_status=PeerMentor.Status.APPROVED,
        to_status=PeerMentor.Status.SUSPENDED,
        refusal=_("Only an approved mentor can be suspended."),
    )


def _approved(user: User) -> PeerMentor:
    mentor = PeerMentor.objects.filter(user=user).first()
    if (
        mentor is None
        or not mentor.is_approved
        or not user_can(
            user=user, capability=Capability.RUN_PEER_GROUP, organisation_id=mentor.organisation_id
        )
    ):
        raise ValidationError(_("Only a peer mentor approved by a coach can do this."))
    return mentor


def group_courses(*, organisation_id: int | None):
    """The courses a peer group of the organisation may follow: those written for young
    people, of the network's or the organisation's own."""
    return (
        CoursePage.objects.live()
        .filter(Q(audience=Audience.YOUNG_LEARNER) | Q(open_to_classes=True))
        .filter(Q(organisation__isnull=True) | Q(organisation_id=organisation_id))
        .select_related("locale")
        .order_by("locale__language_code", "title")
    )


def default_group_course(*, language: str) -> CoursePage | None:
    """The network's young learners' course in the mentor's language, else in English."""
    courses = CoursePage.objects.live().filter(
        audience=Audience.YOUNG_LEARNER, organisation__isnull=True
    )
    return (
        courses.filter(locale__language_code=language).first()
        or courses.filter(locale__language_code="en").first()
        or courses.first()
    )


@transaction.atomic
def group_create(*, mentor_user: User, name: str, course: CoursePage | None = None) -> MentorGroup:
    """A new group for an approved mentor, with a fresh join code."""
    mentor = _approved(mentor_user)
    if course is None:
        course = default_group_course(language=profile_ensure(user=mentor_user).language)
    elif not group_courses(organisation_id=mentor.organisation_id).filter(pk=course.pk).exists():
        raise ValidationError({"course": _("Choose a course for young people.")})
    if course is None:
        raise ValidationError(_("There is no course for peers yet. Ask your coach."))
    group = MentorGroup(
        organisation_id=mentor.organisation_id,
        mentor=mentor_user,
        coach_id=mentor.coach_id,
        name=name.strip(),
        course=course,
    )
    group.full_clean()
    group.save()
    return group


def group_for_code(code: str) -> MentorGroup:
    """The group that takes peers with this code, or a ValidationError saying why not."""
    return group_for_code_of(
        model=MentorGroup,
        code=code,
        select_related=["course", "organisation", "mentor__peer_mentor"],
    )


@transaction.atomic
def peer_join(*, group: MentorGroup, peer: User, nickname: str) -> PeerMembership:
    """Put an account in the group (joining twice changes nothing) and enrol it."""
    if peer.pk == group.mentor_id:
        raise ValidationError(_("This is your own group."))
    membership = member_join(group=group, user=peer, nickname=nickname)
    course_enrol(user=peer, course=group.course)
    return membership


@transaction.atomic
def peer_account_join(*, group: MentorGroup, nickname: str, password: str) -> User:
    """A new peer account (username only, no e-mail, no real name) in the group."""
    nickname = nickname.strip()
    nickname_check(group=group, nickname=nickname)
    mentor_profile = profile_ensure(user=group.mentor)
    peer = user_create(
        username=free_username(nickname),
        password=password,
        display_name=nickname,
        audience=Audience.YOUNG_LEARNER,
        age_band=mentor_profile.age_band,
        language=mentor_profile.language,
        country=group.organisation.country.code or "",
    )
    peer_join(group=group, peer=peer, nickname=nickname)
    return peer


def session_log(
    *,
    group: MentorGroup,
    mentor_user: User,
    held_on: datetime.date,
    attendance: int,
    topic: str = "",
    module: ModulePage | None = None,
    notes: str = "",
) -> MentoringSession:
    """Record a peer session the mentor ran (not in the future)."""
    _approved(mentor_user)
    if group.mentor_id != mentor_user.pk:
        raise ValidationError(_("You can only log sessions of your own groups."))
    today = timezone.localdate()
    if held_on > today:
        raise ValidationError({"held_on": _("Log a session after it took place.")})
    if held_on < today - datetime.timedelta(days=366):
        raise ValidationError({"held_on": _("Log sessions of the last twelve months only.")})
    if not topic.strip() and module is None:
        raise ValidationError({"topic": _("Say what the session was about, or pick a module.")})
    if module is not None and module.get_parent().pk != group.course_id:
        raise ValidationError({"module": _("Pick a module of the group's course.")})
    session = MentoringSession(
        group=group,
        held_on=held_on,
        topic=topic.strip(),
        module=module,
        attendance=attendance,
        notes=notes.strip(),
    )
    session.full_clean()
    session.save()
    return session
