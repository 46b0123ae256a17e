import datetime
from http import HTTPStatus

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from classrooms.models import ClassSession, SessionAnswer, SessionParticipant
from classrooms.services import classroom_create, pupil_join
from quizzes.models import Attempt, Choice, Question
from tests.accounts.factories import UserFactory
from tests.classrooms.test_classrooms import _client, module_world_built, world  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture
def live(world):  # noqa: F811
    pupils = [UserFactory() for _ in range(3)]
    for n, pupil in enumerate(pupils):
        # A space never occurs in a CSRF token, so the names cannot match one by chance.
        pupil_join(classroom=world["classroom"], pupil=pupil, nickname=f"Pupil {n}")
    teacher = _client(world["teacher"])
    base = f"/en/classes/{world['classroom'].pk}"
    response = teacher.post(
        f"{base}/sessions/",
        {
            "module": world["quiz_module"].pk,
            "date": datetime.date.today().isoformat(),
            "time": "10:00",
            "time_zone": "Europe/Amsterdam",
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    session = ClassSession.objects.get()
    return {
        **world,
        "pupils": pupils,
        "teacher_client": teacher,
        "session": session,
        "base": f"{base}/sessions/{session.pk}",
    }


def _first_question():
    return Question.objects.order_by("quiz_id", "sort_order").first()


def test_a_live_session_counts_answers_per_choice_never_names(live):
    teacher, base = live["teacher_client"], live["base"]
    teacher.post(f"{base}/start/")
    question = _first_question()
    choices = list(question.choices.order_by("sort_order"))
    pupils = [_client(p) for p in live["pupils"]]

    for client in pupils:
        assert client.get(f"{base}/").status_code == 200
    pupils[0].post(f"{base}/", {"question": question.pk, "choice": choices[1].pk})
    pupils[1].post(f"{base}/", {"question": question.pk, "choice": choices[1].pk})
    pupils[2].post(f"{base}/", {"question": question.pk, "choice": choices[0].pk})

    data = teacher.get(f"{base}/live.json").json()
    assert data["joined"] == 3 and data["answered"] == 3
    assert data["counts"] == {str(choices[1].pk): 2, str(choices[0].pk): 1}
    presenter = teacher.get(f"{base}/present/").content.decode()
    assert question.text in presenter
    assert not any(f"Pupil {n}" in presenter for n in range(3))


def test_answering_twice_is_refused_with_a_message(live):
    live["teacher_client"].post(f"{live['base']}/start/")
    question = _first_question()
    choice = question.choices.first()
    pupil = _client(live["pupils"][0])

    pupil.post(f"{live['base']}/", {"question": question.pk, "choice": choice.pk})
    response = pupil.post(
        f"{live['base']}/", {"question": question.pk, "choice": choice.pk}, follow=True
    )

    assert "You already answered" in response.content.decode()
    assert SessionAnswer.objects.count() == 1


def test_ending_records_attendance_and_check_in_attempts(live):
    teacher, base = live["teacher_client"], live["base"]
    teacher.post(f"{base}/start/")
    question = _first_question()
    right = Choice.objects.get(question=question, is_correct=True)
    _client(live["pupils"][0]).post(f"{base}/", {"question": question.pk, "choice": right.pk})
    watcher = _client(live["pupils"][1])
    page = watcher.get(f"{base}/").content.decode()
    assert SessionParticipant.objects.count() == 1, "reading the page writes nothing"
    assert "Tell my teacher I am here" in page  # the button without JavaScript
    assert watcher.post(f"{base}/here/").status_code == HTTPStatus.FOUND
    assert watcher.post(f"{base}/here/", HTTP_ACCEPT="application/json").json() == {"present": True}
    assert "Tell my teacher I am here" not in watcher.get(f"{base}/").content.decode()

    response = teacher.post(f"{base}/end/")
    teacher.post(f"{base}/end/")

    assert response.status_code == HTTPStatus.FOUND
    assert SessionParticipant.objects.count() == 2
    [attempt] = Attempt.objects.all()
    assert attempt.kind == "check_in" and attempt.user == live["pupils"][0]
    assert attempt.passed is None
    late = _client(live["pupils"][2]).post(
        f"{base}/", {"question": question.pk, "choice": right.pk}, follow=True
    )
    assert "The session has ended" in late.content.decode()
    page = teacher.get(f"/en/classes/{live['classroom'].pk}/").content.decode()
    assert "2 pupils attended" in page


def test_answers_for_a_question_not_on_screen_are_refused(live):
    live["teacher_client"].post(f"{live['base']}/start/")
    other = Question.objects.order_by("quiz_id", "sort_order")[1]

    response = _client(live["pupils"][0]).post(
        f"{live['base']}/", {"question": other.pk, "choice": other.choices.first().pk}, follow=True
    )

    assert "no longer on the screen" in response.content.decode()
    assert not SessionAnswer.objects.exists()


@pytest.mark.parametrize("payload", [{}, {"question": "x"}, {"question": "1", "choice": "y"}])
def test_malformed_answers_never_fail(live, payload):
    live["teacher_client"].post(f"{live['base']}/start/")

    response = _client(live["pupils"][0]).post(f"{live['base']}/", payload)

    assert response.status_code == HTTPStatus.FOUND
    assert not SessionAnswer.objects.exists()


def test_only_the_class_sees_its_sessions(live, parent):
    outsider_teacher = UserFactory()
    for user in (outsider_teacher, parent):
        client = _client(user)
        assert client.get(f"{live['base']}/present/").status_code == 404
        assert client.get(f"{live['base']}/live.json").status_code == 404
        assert client.get(f"{live['base']}/").status_code == 404
    assert _client().get(f"{live['base']}/").status_code == 404
    # Pupils follow but do not present.
    assert _client(live["pupils"][0]).get(f"{live['base']}/present/").status_code == 404


def test_the_teacher_dashboard_shows_the_next_session(live):
    ClassSession.objects.update(
        scheduled_at=datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1)
    )

    html = live["teacher_client"].get("/en/classes/").content.decode()

    assert "Next session:" in html and "7B" in html


def test_the_teacher_dashboard_queries_do_not_grow_with_classes(live):
    client = live["teacher_client"]

    def queries():
        client.get("/en/classes/")
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/classes/").status_code == 200
        return len(captured)

    before = queries()
    for n in range(4):
        extra = classroom_create(
            teacher=live["teacher"],
            organisation=live["organisation"],
            name=f"Extra {n}",
            course=live["course"],
            age_band="12-14",
        )
        pupil_join(classroom=extra, pupil=UserFactory(), nickname=f"E{n}")

    assert queries() == before


# A pupil's way in ------------------------------------------------------------------


def test_a_pupil_s_dashboard_leads_to_the_class_and_to_a_live_session(live):
    pupil = _client(live["pupils"][0])
    class_url = f"/en/classes/{live['classroom'].pk}/"

    page = pupil.get("/en/dashboard/").content.decode()
    assert "My classes" in page and class_url in page
    assert live["classroom"].name in page
    assert f"{live['base']}/" not in page, "no session runs yet"

    live["teacher_client"].post(f"{live['base']}/start/")
    page = pupil.get("/en/dashboard/").content.decode()
    assert "Join the live session" in page and f"{live['base']}/" in page
    assert pupil.get(f"{live['base']}/").status_code == HTTPStatus.OK

    live["teacher_client"].post(f"{live['base']}/end/")
    assert "Join the live session" not in pupil.get("/en/dashboard/").content.decode()


def test_the_dashboard_re_reads_its_classes_part_to_show_a_live_session_as_it_starts(live):
    pupil = _client(live["pupils"][0])
    page = pupil.get("/en/dashboard/").content.decode()
    assert 'data-refresh-url="/en/classes/mine/"' in page and "js/refresh.js" in page

    part = pupil.get("/en/classes/mine/")
    assert part.status_code == HTTPStatus.OK and part["Cache-Control"].startswith("max-age=0")
    assert 'id="my-classes"' in part.content.decode()
    assert "Join the live session" not in part.content.decode()

    live["teacher_client"].post(f"{live['base']}/start/")
    part = pupil.get("/en/classes/mine/").content.decode()
    assert "Join the live session" in part and f"{live['base']}/" in part
    assert "<html" not in part and "refresh.js" not in part  # the part alone


def test_the_classes_part_shows_nothing_of_anyone_else_s_classes(live):
    live["teacher_client"].post(f"{live['base']}/start/")
    for outsider in (_client(UserFactory()), live["teacher_client"]):
        part = outsider.get("/en/classes/mine/")
        assert part.status_code == HTTPStatus.OK
        assert live["classroom"].name not in part.content.decode()
    assert Client().get("/en/classes/mine/").status_code == HTTPStatus.FOUND  # to sign in
    pupil = _client(live["pupils"][0])
    assert pupil.post("/en/classes/mine/").status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_a_pupil_s_classes_page_offers_the_live_session_too(live):
    pupil = _client(live["pupils"][0])
    live["teacher_client"].post(f"{live['base']}/start/")

    page = pupil.get("/en/classes/").content.decode()

    assert page.count("My classes") >= 1 and "Join the live session" in page
    assert 'aria-label="My classes"' in page and "You are not in a class yet." not in page


def test_the_dashboard_s_classes_cost_two_queries_for_one_class_or_five(live, world):  # noqa: F811
    from classrooms.selectors import classes_for_dashboard

    pupil = live["pupils"][0]
    with CaptureQueriesContext(connection) as one:
        assert len(classes_for_dashboard(user=pupil)) == 1
    for n in range(4):
        other = classroom_create(
            teacher=world["teacher"],
            name=f"Class {n}",
            course=live["classroom"].course,
            organisation=live["classroom"].organisation,
            age_band=live["classroom"].age_band,
        )
        pupil_join(classroom=other, pupil=pupil, nickname=f"P{n}")
    with CaptureQueriesContext(connection) as five:
        assert len(classes_for_dashboard(user=pupil)) == 5
    assert len(one) == len(five) == 2


def test_an_adult_without_classes_sees_no_class_section(live):
    page = _client(UserFactory()).get("/en/dashboard/").content.decode()
    assert "My classes" not in page
