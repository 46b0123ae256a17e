"""The demo peer mentor, approved by the demo coach, with a group of peers (`seed_demo`)."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from accounts.models import Audience, User
from accounts.services import user_create
from courses.models import CoursePage, ModulePage, ModuleProgress
from courses.services import course_enrol, module_complete, module_open
from privacy.models import ParentalConsent

from .models import MentorGroup, MentoringSession, PeerMentor
from .services import group_create, mentor_approve, mentor_request, peer_join

# Nickname, username, how many modules done, days since last active.
DEMO_PEERS = (
    ("Kai", "demo-peer-kai", 2, 1),
    ("Noor", "demo-peer-noor", 1, 3),
    ("Jess", "demo-peer-jess", 0, 10),
)


@transaction.atomic
def seed(*, password: str, log=print) -> None:
    mentor_user = User.objects.filter(username="demo-mentor").first()
    coach = User.objects.filter(username="demo-coach").first()
    if mentor_user is None or coach is None:
        return
    mentor_course = (
        CoursePage.objects.live()
        .filter(audience=Audience.PEER_MENTOR, locale__language_code="en")
        .first()
    )
    if mentor_course is None:
        return
    # The demo mentor is 15 to 17: a parent agreed to peer mentoring.
    ParentalConsent.objects.get_or_create(
        child=mentor_user,
        defaults={
            "parent_email": "guardian@demo.example",
            "country": "NL",
            "consent_age": 16,
            "status": ParentalConsent.Status.GIVEN,
            "link_secret": "",
            "decided_at": timezone.now(),
        },
    )
    if not PeerMentor.objects.filter(user=mentor_user).exists():
        course_enrol(user=mentor_user, course=mentor_course)
        for module in ModulePage.objects.child_of(mentor_course).live():
            module_complete(user=mentor_user, module=module)
        mentor_approve(mentor=mentor_request(user=mentor_user, coach=coach), coach=coach)

    group = MentorGroup.objects.filter(mentor=mentor_user).first()
    if group is None:
        group = group_create(mentor_user=mentor_user, name="Demo peer group")
        modules = list(ModulePage.objects.child_of(group.course).live())
        for nickname, username, done, days_quiet in DEMO_PEERS:
            peer = User.objects.filter(username=username).first() or user_create(
                username=username,
                password=password,
                display_name=nickname,
                audience=Audience.YOUNG_LEARNER,
                age_band="12-14",
                country="NL",
            )
            peer_join(group=group, peer=peer, nickname=nickname)
            for module in modules[:done]:
                module_complete(user=peer, module=module)
            if modules:
                module_open(user=peer, module=modules[min(done, len(modules) - 1)])
            ModuleProgress.objects.filter(user=peer).update(
                last_seen_at=timezone.now() - timedelta(days=days_quiet)
            )
        MentoringSession.objects.create(
            group=group,
            held_on=timezone.localdate() - timedelta(days=2),
            module=modules[0] if modules else None,
            topic="" if modules else "Getting to know each other",
            attendance=3,
            notes="Good first session. Jess was quiet; I will check in with her next week.",
        )
    log(f"Demo peer group: {group.name}, join code {group.join_code} (at /mentoring/join/)")
