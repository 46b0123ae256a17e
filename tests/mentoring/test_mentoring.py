from datetime import timedelta
from http import HTTPStatus

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import Client
from django.utils import timezone

from accounts.models import Audience
from courses.models import ModuleProgress
from courses.services import module_complete
from mentoring.models import MentorGroup, MentoringSession, PeerMembership, PeerMentor
from mentoring.services import (
    group_create,
    mentor_approve,
    mentor_request,
    mentor_suspend,
    peer_join,
)
from tests.quizzes.factories import ALL_RIGHT, take
from tests.roles import trained_mentor, youth
from tests.worlds import module_world

from .factories import mentoring_world

pytestmark = pytest.mark.django_db


# One world for the module, fresh objects for each test (tests/worlds.py).
w, module_world_built = module_world(mentoring_world)


def _client(user=None):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


# Becoming a mentor --------------------------------------------------------------------


def test_a_young_person_who_completed_the_course_asks_a_coach_and_is_approved(w):
    user, mentor = trained_mentor(w.org_a, w.mentor_course, w.coach_a, approve=False)
    assert mentor.status == PeerMentor.Status.REQUESTED

    page = _client(user).get("/en/mentoring/")
    assert "has your request" in page.content.decode()
    coach_page = _client(w.coach_a).get("/en/mentoring/coach/")
    assert "Waiting for your decision" in coach_page.content.decode()

    response = _client(w.coach_a).post(f"/en/mentoring/coach/mentors/{mentor.pk}/approve/")

    assert response.status_code == HTTPStatus.FOUND
    mentor.refresh_from_db()
    assert mentor.status == PeerMentor.Status.APPROVED
    user.profile.refresh_from_db()
    assert user.profile.audience == Audience.PEER_MENTOR
    assert "approved you" in _client(user).get("/en/mentoring/").content.decode()


def test_the_request_form_offers_only_the_coaches_of_ones_own_organisation(w):
    user = youth(w.org_a)
    for module in w.mentor_course.get_children().specific():
        module_complete(user=user, module=module)

    page = _client(user).get("/en/mentoring/").content.decode()

    assert w.coach_a.get_display_name() in page
    assert f'value="{w.coach_b.pk}"' not in page


def test_asking_before_completing_the_course_is_refused(w):
    user = youth(w.org_a)

    with pytest.raises(ValidationError, match="Complete the peer-mentor course"):
        mentor_request(user=user, coach=w.coach_a)
    assert not PeerMentor.objects.filter(user=user).exists()


def test_a_coach_of_another_organisation_cannot_be_asked(w):
    user, _mentor = trained_mentor(w.org_a, w.mentor_course, w.coach_a, approve=False)

    with pytest.raises(ValidationError, match="own organisation"):
        mentor_request(user=user, coach=w.coach_b)


def test_nobody_approves_themselves(w):
    with pytest.raises(ValidationError, match="cannot approve yourself"):
        mentor_request(user=w.coach_a, coach=w.coach_a)
    # Nor in the database, whatever the code path.
    with pytest.raises(IntegrityError), transaction.atomic():
        PeerMentor.objects.filter(pk=w.peer_mentor_a.pk).update(coach=w.mentor_a)


def test_only_the_mentors_own_coach_decides_and_others_get_404(w):
    user, mentor = trained_mentor(w.org_a, w.mentor_course, w.coach_a, approve=False)

    for outsider in (w.coach_a2, w.coach_b, w.lead_a, user):
        response = _client(outsider).post(f"/en/mentoring/coach/mentors/{mentor.pk}/approve/")
        assert response.status_code == HTTPStatus.NOT_FOUND
    mentor.refresh_from_db()
    assert mentor.status == PeerMentor.Status.REQUESTED
    with pytest.raises(ValidationError):
        mentor_approve(mentor=mentor, coach=w.coach_a2)


def test_declining_needs_a_reason_which_the_young_person_reads(w):
    user, mentor = trained_mentor(w.org_a, w.mentor_course, w.coach_a, approve=False)
    coach = _client(w.coach_a)

    coach.post(f"/en/mentoring/coach/mentors/{mentor.pk}/decline/", {"reason": "  "})
    mentor.refresh_from_db()
    assert mentor.status == PeerMentor.Status.REQUESTED

    coach.post(
        f"/en/mentoring/coach/mentors/{mentor.pk}/decline/",
        {"reason": "Let us do the practice session together first."},
    )
    mentor.refresh_from_db()
    assert mentor.status == PeerMentor.Status.DECLINED
    page = _client(user).get("/en/mentoring/").content.decode()
    assert "Let us do the practice session together first." in page
    # A declined young person may ask again.
    assert "Ask my coach to approve me" in page
    assert mentor_request(user=user, coach=w.coach_a).status == PeerMentor.Status.REQUESTED


def test_a_suspended_mentor_cannot_run_groups_or_log_sessions_and_peers_cannot_join(w):
    mentor_suspend(mentor=w.peer_mentor_a, coach=w.coach_a, reason="We need to talk.")

    assert "paused your mentoring" in _client(w.mentor_a).get("/en/mentoring/").content.decode()
    with pytest.raises(ValidationError, match="approved"):
        group_create(mentor_user=w.mentor_a, name="Another")
    assert _client(w.mentor_a).get(f"/en/mentoring/groups/{w.group_a.pk}/").status_code == 404
    response = _client(w.mentor_a).post(
        f"/en/mentoring/groups/{w.group_a.pk}/sessions/",
        {"held_on": timezone.localdate().isoformat(), "topic": "x", "attendance": 2},
    )
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert not MentoringSession.objects.exists()

    newcomer = youth(w.org_a, audience=Audience.YOUNG_LEARNER)
    response = _client(newcomer).post(
        "/en/mentoring/join/", {"code": w.group_a.join_code, "nickname": "Sam"}
    )
    assert "not taking new peers" in response.content.decode()
    assert not PeerMembership.objects.filter(peer=newcomer).exists()

    # Lifting the suspension restores everything.
    mentor_approve(mentor=w.peer_mentor_a, coach=w.coach_a)
    assert _client(w.mentor_a).get(f"/en/mentoring/groups/{w.group_a.pk}/").status_code == 200


def test_a_mentor_not_yet_approved_cannot_create_a_group(w):
    user, _mentor = trained_mentor(w.org_a, w.mentor_course, w.coach_a, approve=False)

    response = _client(user).post(
        "/en/mentoring/groups/new/", {"name": "Too early", "course": w.peer_course.pk}
    )

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "approved by a coach" in response.content.decode()
    assert not MentorGroup.objects.filter(name="Too early").exists()


# Groups and peers -----------------------------------------------------------------------


def test_an_approved_mentor_creates_a_group_on_the_young_learners_course(w):
    form = _client(w.mentor_a).get("/en/mentoring/").content.decode()
    assert f'<option value="{w.peer_course.pk}" selected>' in form
    assert f'<option value="{w.mentor_course.pk}"' not in form

    response = _client(w.mentor_a).post(
        "/en/mentoring/groups/new/", {"name": "Lunch club", "course": w.peer_course.pk}
    )

    group = MentorGroup.objects.get(name="Lunch club")
    assert response["Location"] == f"/en/mentoring/groups/{group.pk}/"
    assert group.course_id == w.peer_course.pk
    assert group.coach_id == w.coach_a.pk
    assert len(group.join_code) == 6


def test_a_peer_joins_without_email_and_is_enrolled(w):
    client = Client()

    response = client.post(
        "/en/mentoring/join/",
        {
            "code": w.group_a.join_code.lower(),
            "nickname": "Ray",
            "password1": "river-comet-piano",
            "password2": "river-comet-piano",
        },
    )

    membership = PeerMembership.objects.get(group=w.group_a, nickname="Ray")
    assert response["Location"] == f"/en/mentoring/groups/{w.group_a.pk}/"
    assert membership.peer.email == ""
    assert membership.peer.enrolments.filter(course=w.peer_course).exists()
    page = client.get(response["Location"]).content.decode()
    assert "You are in this peer group as Ray" in page


def test_a_taken_nickname_and_a_wrong_code_get_clear_messages(w):
    client = Client()
    data = {"nickname": "kai", "password1": "river-comet-piano", "password2": "river-comet-piano"}

    taken = client.post("/en/mentoring/join/", {**data, "code": w.group_a.join_code})
    wrong = client.post("/en/mentoring/join/", {**data, "code": "ZZZZZZ", "nickname": "Zed"})

    assert "nickname is taken" in taken.content.decode()
    assert "does not match a peer group" in wrong.content.decode()
    assert PeerMembership.objects.filter(group=w.group_a).count() == 1


def test_guessing_group_codes_is_rate_limited(w):
    client = _client(youth(w.org_a, audience=Audience.YOUNG_LEARNER))
    statuses = [
        client.post("/en/mentoring/join/", {"code": f"AAAA{n:02d}", "nickname": "x"}).status_code
        for n in range(22)
    ]

    assert statuses[0] == HTTPStatus.OK
    assert statuses[-1] == HTTPStatus.TOO_MANY_REQUESTS


def test_the_mentor_sees_completion_and_pass_or_fail_but_no_scores_or_contact_details(w):
    module_complete(user=w.peer, module=w.first)
    take(w.peer, w.quiz, ALL_RIGHT, context_id=w.quiz_module.pk)

    page = _client(w.mentor_a).get(f"/en/mentoring/groups/{w.group_a.pk}/").content.decode()

    assert "Kai" in page
    assert "Passed" in page
    assert "%" not in page.split("Your peers")[1].split("</table>")[0]
    assert w.peer.username not in page
    assert "Noor" not in page  # another mentor's peer


def test_peers_quiet_for_a_week_are_pointed_out(w):
    module_complete(user=w.peer, module=w.first)
    ModuleProgress.objects.filter(user=w.peer).update(
        last_seen_at=timezone.now() - timedelta(days=8)
    )
    busy = youth(w.org_a, audience=Audience.YOUNG_LEARNER)
    peer_join(group=w.group_a, peer=busy, nickname="Busy")
    module_complete(user=busy, module=w.first)

    page = _client(w.mentor_a).get(f"/en/mentoring/groups/{w.group_a.pk}/").content.decode()

    quiet = page.split("Not active for a week:")[1].split("</p>")[0]
    assert "Kai" in quiet
    assert "Busy" not in quiet


def test_the_group_page_costs_the_same_queries_for_3_and_30_peers(w, client, count_queries):
    client.force_login(w.mentor_a)
    url = f"/en/mentoring/groups/{w.group_a.pk}/"
    for n in range(2):
        peer_join(group=w.group_a, peer=youth(w.org_a), nickname=f"Small {n}")
    small = count_queries(url)
    for n in range(27):
        peer = youth(w.org_a)
        peer_join(group=w.group_a, peer=peer, nickname=f"Large {n}")
        module_complete(user=peer, module=w.first)

    assert count_queries(url) == small


# Session logs -----------------------------------------------------------------------


def test_a_mentor_logs_a_session_whose_notes_only_the_coach_reads(w):
    mentor = _client(w.mentor_a)
    page = mentor.get(f"/en/mentoring/groups/{w.group_a.pk}/").content.decode()
    assert "Only your coach can read these notes" in page

    response = mentor.post(
        f"/en/mentoring/groups/{w.group_a.pk}/sessions/",
        {
            "held_on": timezone.localdate().isoformat(),
            "module": w.first.pk,
            "attendance": 4,
            "notes": "Kai seemed upset about a game chat.",
        },
    )

    assert response.status_code == HTTPStatus.FOUND
    session = MentoringSession.objects.get(group=w.group_a)
    assert session.attendance == 4
    assert "Kai seemed upset" not in mentor.get(response["Location"]).content.decode()
    coach_page = _client(w.coach_a).get("/en/mentoring/coach/").content.decode()
    assert "Kai seemed upset about a game chat." in coach_page
    assert "Grooming signs" in coach_page
    for outsider in (w.coach_a2, w.coach_b, w.lead_a, w.mentor_b, w.peer, w.teacher):
        client = _client(outsider)
        for url in ("/en/mentoring/coach/", f"/en/mentoring/coach/groups/{w.group_a.pk}/"):
            response = client.get(url)
            assert "Kai seemed upset" not in response.content.decode(), (outsider, url)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"attendance": 3}, "Say what the session was about"),
        ({"topic": "Privacy", "attendance": -1}, "greater than or equal to 0"),
        ({"topic": "Privacy", "attendance": 3, "held_on": "2999-01-01"}, "after it took place"),
        ({"topic": "Privacy", "attendance": 3, "held_on": "not a date"}, "Enter a valid date"),
        ({"topic": "x" * 201, "attendance": 3}, "at most 200 characters"),
    ],
)
def test_a_bad_session_log_is_refused_clearly_and_nothing_is_saved(w, data, message):
    data = {"held_on": timezone.localdate().isoformat(), **data}

    response = _client(w.mentor_a).post(f"/en/mentoring/groups/{w.group_a.pk}/sessions/", data)

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert message in response.content.decode()
    assert not MentoringSession.objects.exists()


def test_the_coach_summary_counts_this_months_sessions_peers_and_modules(w):
    today = timezone.localdate()
    MentoringSession.objects.create(group=w.group_a, held_on=today, topic="A", attendance=5)
    MentoringSession.objects.create(group=w.group_a, held_on=today, topic="B", attendance=3)
    MentoringSession.objects.create(
        group=w.group_a, held_on=today.replace(day=1) - timedelta(days=1), topic="Old", attendance=9
    )
    MentoringSession.objects.create(group=w.group_b, held_on=today, topic="C", attendance=7)
    module_complete(user=w.peer, module=w.first)
    module_complete(user=w.peer_b, module=w.first)

    from mentoring.selectors import coach_overview

    summary = coach_overview(coach=w.coach_a, today=today)["summary"]

    assert summary == {
        "month": today.replace(day=1),
        "sessions": 2,
        "peers_reached": 8,
        "modules_completed": 1,
    }


def test_the_coach_page_costs_the_same_queries_for_few_and_many_mentors(w, client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(w.coach_a)

    def count():
        client.get("/en/mentoring/coach/")
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/en/mentoring/coach/").status_code == 200
        return len(queries)

    small = count()
    for n in range(6):
        user, _mentor = trained_mentor(w.org_a, w.mentor_course, w.coach_a)
        group = group_create(mentor_user=user, name=f"Group {n}")
        MentoringSession.objects.create(
            group=group, held_on=timezone.localdate(), topic="T", attendance=2, notes="n"
        )
        peer_join(group=group, peer=youth(w.org_a), nickname="P")
    large = count()

    assert small == large
