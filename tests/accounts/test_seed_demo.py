import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.core.management import CommandError, call_command
from django.test import Client

from accounts.models import Membership, Organisation, Profile, Role, User

pytestmark = pytest.mark.django_db

ROLES = {
    "parent",
    "teacher",
    "peer mentor",
    "coach",
    "safeguarding lead",
    "content editor",
    "young learner",
    "partner admin",
    "partner teacher",
    "partner pupil",
}


def _snapshot():
    """Every row of our own models and of the tables seed_demo touches, as plain values."""
    snapshot = {}
    for model in [
        User,
        Profile,
        Organisation,
        Membership,
        EmailAddress,
        apps.get_model("wagtailcore", "Locale"),
    ]:
        snapshot[model._meta.label] = sorted(
            tuple(sorted(row.items())) for row in model.objects.values()
        )
    snapshot["groups"] = sorted(User.groups.through.objects.values_list("user_id", "group_id"))
    return snapshot


def test_seed_demo_makes_an_account_per_role_and_a_second_run_changes_nothing(settings, capsys):
    # With DEBUG off it runs only when forced. (One test, since each seed takes seconds.)
    settings.DEBUG = False
    call_command("seed_demo", "--force", password="Demo-Secret-Phrase-1")
    first = _snapshot()
    out = capsys.readouterr().out

    assert "Demo-Secret-Phrase-1" in out
    for role in ROLES:
        assert role in out
    organisation = Organisation.objects.get(slug="demo-network")
    roles = set(Membership.objects.filter(organisation=organisation).values_list("role", flat=True))
    assert {Role.COACH, Role.SAFEGUARDING_LEAD, Role.CONTENT_EDITOR} <= roles
    _assert_the_partner_organisation_has_its_own_people_and_class()
    pupil = User.objects.get(username="demo-pupil")
    assert pupil.email == ""
    assert pupil.profile.age_band == "12-14"
    assert User.objects.get(username="demo-editor").can_enter_admin
    _assert_the_mentor_has_a_group_and_a_logged_session()

    settings.DEBUG = True
    call_command("seed_demo", password="Demo-Secret-Phrase-1")

    assert _snapshot() == first
    # Every role signs in with the password it was given (after the comparison: signing
    # in writes the last login).
    for login in ["parent@demo.example", "demo-pupil", "demo-mentor", "editor@demo.example"]:
        client = Client()
        response = client.post(
            "/en/accounts/login/", {"login": login, "password": "Demo-Secret-Phrase-1"}
        )
        assert response.status_code == 302, login
        assert "_auth_user_id" in client.session, login


def _assert_the_partner_organisation_has_its_own_people_and_class():
    from classrooms.models import Classroom

    partner = Organisation.objects.get(slug="demo-partner")
    assert set(partner.memberships.values_list("user__username", "role")) == {
        ("partner-admin", Role.ORG_ADMIN),
        ("partner-teacher", Role.MEMBER),
        ("partner-teacher", Role.TEACHER),
        ("partner-lead", Role.SAFEGUARDING_LEAD),
        ("partner-editor", Role.CONTENT_EDITOR),
        ("partner-parent", Role.MEMBER),
        ("partner-pupil", Role.MEMBER),
    }
    admin = User.objects.get(username="partner-admin")
    assert not admin.is_superuser and not admin.is_staff  # an admin of its organisation only
    classroom = Classroom.objects.get(organisation=partner)
    assert list(classroom.memberships.values_list("nickname", flat=True)) == ["Lina"]
    assert not Membership.objects.filter(
        organisation__slug="demo-network", user__username__startswith="partner-"
    ).exists()
    # Its own course and help service, beside the network's.
    from courses.models import CoursePage
    from safeguarding.models import HelpService

    assert list(CoursePage.objects.filter(organisation=partner).values_list("slug", flat=True)) == [
        "our-schools-safeguarding-routine"
    ]
    assert HelpService.objects.filter(organisation=partner).count() == 1
    assert CoursePage.objects.filter(organisation__isnull=True).count() >= 4


def _assert_the_mentor_has_a_group_and_a_logged_session():
    from mentoring.models import MentorGroup, MentoringSession, PeerMentor

    mentor = PeerMentor.objects.get(user__username="demo-mentor")
    assert mentor.status == PeerMentor.Status.APPROVED
    assert mentor.coach.username == "demo-coach"
    group = MentorGroup.objects.get(mentor=mentor.user)
    assert sorted(group.memberships.values_list("nickname", flat=True)) == ["Jess", "Kai", "Noor"]
    assert MentoringSession.objects.filter(group=group).count() == 1
    assert all(not m.peer.email for m in group.memberships.select_related("peer"))


def test_seed_demo_refuses_to_run_when_debug_is_off(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo")

    assert not User.objects.exists()
