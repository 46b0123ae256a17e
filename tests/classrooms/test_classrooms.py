import csv
import io
from http import HTTPStatus

import pytest
from django import forms
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accounts.groups import membership_end
from accounts.models import User
from accounts.services import organisation_add_member
from classrooms.forms import SessionForm
from classrooms.models import JOIN_CODE_ALPHABET, ClassMembership, Classroom, ClassTeacher
from classrooms.selectors import class_progress, classroom_for_teacher
from classrooms.services import classroom_create, pupil_join
from courses.models import Enrolment, ModuleProgress, Reflection
from courses.services import module_complete
from tests.accounts.factories import UserFactory
from tests.courses.factories import module_page
from tests.quizzes.factories import ALL_RIGHT, take
from tests.roles import a_teacher_with_class
from tests.worlds import module_world

pytestmark = pytest.mark.django_db


def _class_world() -> dict:
    """A teacher with class 7B of a course with a reading and a quiz module."""
    return vars(a_teacher_with_class())


# One world for the module, fresh objects for each test (tests/worlds.py).
world, module_world_built = module_world(_class_world, name="world")


def _client(user=None):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def test_join_codes_are_short_and_unambiguous(world):
    code = world["classroom"].join_code

    assert len(code) == 6
    assert set(code) <= set(JOIN_CODE_ALPHABET)
    assert not set("0O1IL") & set(JOIN_CODE_ALPHABET)


def test_a_teacher_creates_a_class_from_the_form(world):
    client = _client(world["teacher"])

    response = client.post(
        "/en/classes/new/",
        {
            "name": "8A",
            "organisation": world["organisation"].pk,
            "course": world["course"].pk,
            "age_band": "12-14",
            "lawful_basis": "public_task",
            "lawful_basis_confirmed": "on",
        },
    )

    assert response.status_code == HTTPStatus.FOUND
    classroom = Classroom.objects.get(name="8A")
    # The school's lawful basis is recorded with the class: which, who, when.
    assert classroom.lawful_basis == "public_task"
    assert classroom.lawful_basis_confirmed_by == world["teacher"]
    assert classroom.lawful_basis_confirmed_at is not None


def test_a_class_is_not_created_until_the_teacher_confirms_the_schools_lawful_basis(world):
    client = _client(world["teacher"])
    data = {
        "name": "8B",
        "organisation": world["organisation"].pk,
        "course": world["course"].pk,
        "age_band": "12-14",
        "lawful_basis": "public_task",
    }

    response = client.post("/en/classes/new/", data)

    assert response.status_code == HTTPStatus.OK
    assert "Tick the box to confirm" in response.content.decode()
    response = client.post("/en/classes/new/", {**data, "lawful_basis": "made-up"})
    assert not Classroom.objects.filter(name="8B").exists()


def test_a_pupil_joins_with_code_nickname_and_password_and_no_email(world):
    client = _client()

    response = client.post(
        "/en/join/",
        {
            "code": world["classroom"].join_code.lower(),
            "nickname": "Robin",
            "password1": "Green-Tiger-42",
            "password2": "Green-Tiger-42",
        },
    )

    assert response.status_code == HTTPStatus.FOUND
    membership = ClassMembership.objects.get()
    pupil = membership.pupil
    assert pupil.email == "" and pupil.profile.age_band == "12-14"
    assert pupil.profile.display_name == "Robin"
    assert Enrolment.objects.filter(user=pupil, course=world["course"]).exists()
    page = client.get(response["Location"]).content.decode()
    assert "7B" in page and pupil.username in page
    assert (
        _client()
        .post("/en/accounts/login/", {"login": pupil.username, "password": "Green-Tiger-42"})
        .status_code
        == 302
    )


def test_a_signed_in_learner_joins_with_the_code_alone(world, parent):
    client = _client(parent)

    client.post("/en/join/", {"code": world["classroom"].join_code, "nickname": "Pat"})
    client.post("/en/join/", {"code": world["classroom"].join_code, "nickname": "Pat"})

    assert ClassMembership.objects.filter(pupil=parent).count() == 1


@pytest.mark.parametrize("code", ["ZZZZZZ", "", "!!!!", "x" * 19])
def test_a_wrong_code_is_a_clear_error(world, code):
    response = _client().post(
        "/en/join/",
        {
            "code": code,
            "nickname": "Sam",
            "password1": "Green-Tiger-42",
            "password2": "Green-Tiger-42",
        },
    )

    assert response.status_code == HTTPStatus.OK
    assert not User.objects.filter(profile__display_name="Sam").exists()


def test_a_closed_or_rotated_code_stops_working(world):
    classroom = world["classroom"]
    old = classroom.join_code
    teacher = _client(world["teacher"])
    teacher.post(f"/en/classes/{classroom.pk}/rotate/")
    classroom.refresh_from_db()
    assert classroom.join_code != old

    html = (
        _client()
        .post(
            "/en/join/",
            {
                "code": old,
                "nickname": "Sam",
                "password1": "Green-Tiger-42",
                "password2": "Green-Tiger-42",
            },
        )
        .content.decode()
    )
    assert "does not match a class" in html

    teacher.post(f"/en/classes/{classroom.pk}/close/")
    html = (
        _client()
        .post(
            "/en/join/",
            {
                "code": classroom.join_code,
                "nickname": "Sam",
                "password1": "Green-Tiger-42",
                "password2": "Green-Tiger-42",
            },
        )
        .content.decode()
    )
    assert "not taking new pupils" in html
    assert not ClassMembership.objects.exists()


def test_a_nickname_taken_in_the_class_is_refused(world, parent):
    pupil_join(classroom=world["classroom"], pupil=parent, nickname="Robin")

    response = _client().post(
        "/en/join/",
        {
            "code": world["classroom"].join_code,
            "nickname": "robin",
            "password1": "Green-Tiger-42",
            "password2": "Green-Tiger-42",
        },
    )

    assert "nickname is taken" in response.content.decode()
    assert User.objects.count() == 2  # teacher and parent: no half-made pupil


def test_guessing_codes_is_rate_limited(world):
    client = _client()
    statuses = [
        client.post(
            "/en/join/",
            {
                "code": f"AAAA{n:02d}",
                "nickname": "x",
                "password1": "Green-Tiger-42",
                "password2": "Green-Tiger-42",
            },
        ).status_code
        for n in range(22)
    ]

    assert HTTPStatus.TOO_MANY_REQUESTS in statuses
    assert HTTPStatus.INTERNAL_SERVER_ERROR not in statuses


def test_who_sees_the_class(world, parent, staff_user):
    classroom = world["classroom"]
    other_teacher = UserFactory(profile__audience="teacher")
    organisation_add_member(organisation=world["organisation"], user=other_teacher, role="teacher")
    classroom_create(
        teacher=other_teacher,
        organisation=world["organisation"],
        name="Other",
        course=world["course"],
        age_band="12-14",
    )
    co_teacher = UserFactory(email="co@example.org")
    organisation_add_member(organisation=world["organisation"], user=co_teacher, role="teacher")
    _client(world["teacher"]).post(
        f"/en/classes/{classroom.pk}/co-teacher/", {"email": "co@example.org"}
    )
    pupil = UserFactory()
    pupil_join(classroom=classroom, pupil=pupil, nickname="Kim")
    url = f"/en/classes/{classroom.pk}/"

    assert _client(world["teacher"]).get(url).status_code == 200
    assert _client(co_teacher).get(url).status_code == 200
    pupil_page = _client(pupil).get(url)
    assert pupil_page.status_code == 200 and "Kim" in pupil_page.content.decode()
    assert "Download as CSV" not in pupil_page.content.decode()
    for outsider in (other_teacher, parent, staff_user):
        assert _client(outsider).get(url).status_code == 404
        assert _client(outsider).get(f"{url}progress.csv").status_code == 404
        assert _client(outsider).post(f"{url}archive/").status_code == 404
    assert _client().get(url).status_code == 404


def _take(user, quiz, module):
    take(user, quiz, ALL_RIGHT, context_id=module.pk)


def _streamed(response) -> str:
    assert response.streaming, "the CSV streams, a batch of pupils at a time"
    return b"".join(response.streaming_content).decode()


def test_class_page_shows_progress_and_difficult_questions_never_reflections(world):
    pupils = [UserFactory() for _ in range(2)]
    for n, pupil in enumerate(pupils):
        pupil_join(classroom=world["classroom"], pupil=pupil, nickname=f"P{n}")
    module_complete(user=pupils[0], module=world["first"])
    _take(pupils[0], world["quiz"], world["quiz_module"])
    Reflection.objects.create(
        user=pupils[0], module=world["first"], block_id="x", text="my secret thought"
    )

    html = _client(world["teacher"]).get(f"/en/classes/{world['classroom'].pk}/").content.decode()

    assert "P0" in html and "P1" in html
    assert "Difficult questions" in html and "Which ones?" in html
    assert "my secret thought" not in html
    csv_text = _streamed(
        _client(world["teacher"]).get(f"/en/classes/{world['classroom'].pk}/progress.csv")
    )
    rows = list(csv.reader(io.StringIO(csv_text)))
    assert rows[0][:2] == ["Nickname", "Progress (%)"]
    assert {row[0] for row in rows[1:]} == {"P0", "P1"}


def test_removing_leaving_and_archiving_keep_the_pupils_progress(world):
    pupil = UserFactory()
    membership = pupil_join(classroom=world["classroom"], pupil=pupil, nickname="Ash")
    module_complete(user=pupil, module=world["first"])
    teacher = _client(world["teacher"])

    teacher.post(f"/en/classes/{world['classroom'].pk}/pupils/{membership.pk}/remove/")
    teacher.post(f"/en/classes/{world['classroom'].pk}/archive/", {"confirm": "yes"})

    membership.refresh_from_db()
    assert membership.ended_at is not None
    assert ModuleProgress.objects.get(user=pupil).completed_at is not None
    assert Classroom.objects.get().is_archived


def test_a_teacher_prints_premade_logins_that_work(world):
    response = _client(world["teacher"]).post(
        f"/en/classes/{world['classroom'].pk}/logins/", {"count": 3}
    )

    assert response.status_code == 200
    logins = response.context["logins"]
    assert len(logins) == 3
    _nickname, username, password = logins[0]
    assert (
        _client().post("/en/accounts/login/", {"login": username, "password": password}).status_code
        == 302
    )


@pytest.mark.parametrize("size", [5, 200])
def test_class_progress_uses_a_constant_number_of_queries(world, size):
    pupils = User.objects.bulk_create(User(username=f"p{size}-{n}") for n in range(size))
    ClassMembership.objects.bulk_create(
        ClassMembership(classroom=world["classroom"], pupil=p, nickname=f"n{n}")
        for n, p in enumerate(pupils)
    )
    for pupil in pupils[:3]:
        _take(pupil, world["quiz"], world["quiz_module"])
    # As the class page has it: with its course and organisation.
    classroom = classroom_for_teacher(user=world["teacher"], classroom_id=world["classroom"].pk)

    with CaptureQueriesContext(connection) as queries:
        progress = class_progress(classroom=classroom)
    with CaptureQueriesContext(connection) as again:
        page = class_progress(classroom=classroom, per_page=2, page=2, sort="-progress")

    # The class's facts (6), the rows' progress and attempts (2), the latest attempts'
    # ids (1) and, until the cache holds them, their answers (1).
    assert len(queries) == 10
    assert len(again) == 9
    assert len(progress["pupils"]) == size
    assert len(page["pupils"]) == 2 and page["pupil_count"] == size


def test_the_report_counts_required_modules_and_shows_each_pupils_latest_state(world):
    extra = module_page(world["course"], title="Extra", required=False)
    done, half, new, gone = (UserFactory() for _ in range(4))
    for pupil, nickname in ((done, "Done"), (half, "Half"), (new, "New"), (gone, "Gone")):
        pupil_join(classroom=world["classroom"], pupil=pupil, nickname=nickname)
    _take(done, world["quiz"], world["quiz_module"])
    for module in (world["first"], world["quiz_module"]):
        module_complete(user=done, module=module)
    module_complete(user=half, module=world["first"])
    module_complete(user=half, module=extra)
    module_complete(user=gone, module=world["first"])
    membership_end(membership=ClassMembership.objects.get(pupil=gone))

    progress = class_progress(classroom=world["classroom"])

    rows = {row["membership"].nickname: row for row in progress["pupils"]}
    assert list(rows) == ["Done", "Half", "New"]
    assert [m.title for m in progress["modules"]] == ["First", "Quiz", "Extra"]
    assert rows["Done"]["modules_completed"] == [world["first"].pk, world["quiz_module"].pk]
    assert rows["Half"]["modules_completed"] == [world["first"].pk, extra.pk]
    assert [rows[name]["percent"] for name in rows] == [100, 50, 0]
    assert progress["average_percent"] == 50
    last_seen = ModuleProgress.objects.filter(user=half).latest("last_seen_at").last_seen_at
    assert rows["Half"]["last_seen"] == last_seen
    assert rows["New"]["last_seen"] is None
    quiz = world["quiz"].pk
    assert rows["Done"]["quizzes"][quiz]["passed"] and rows["Done"]["quizzes"][quiz]["best"] == 100
    assert rows["Half"]["quizzes"] == {quiz: None}
    assert {stat.percent_right for stat in progress["difficult_questions"]} == {100}


def test_the_class_page_costs_the_same_queries_for_5_and_60_pupils(world):
    teacher = _client(world["teacher"])
    url = f"/en/classes/{world['classroom'].pk}/"
    teacher.get(url)  # site root paths and other caches

    def grow_and_count(size: int) -> int:
        pupils = User.objects.bulk_create(User(username=f"q{size}-{n}") for n in range(size))
        ClassMembership.objects.bulk_create(
            ClassMembership(classroom=world["classroom"], pupil=p, nickname=f"q{size}-{n}")
            for n, p in enumerate(pupils)
        )
        for pupil in pupils[:3]:
            module_complete(user=pupil, module=world["first"])
            _take(pupil, world["quiz"], world["quiz_module"])
        ClassTeacher.objects.create(classroom=world["classroom"], teacher=UserFactory())
        with CaptureQueriesContext(connection) as queries:
            response = teacher.get(url)
        assert response.status_code == HTTPStatus.OK
        return len(queries)

    assert grow_and_count(5) == grow_and_count(55)


@pytest.mark.parametrize(
    "data", [None, {"time_zone": "Asia/Tokyo"}, {"time_zone": "Mars/Olympus"}, {"time_zone": ""}]
)
def test_the_time_zone_list_is_written_as_djangos_select_writes_it(world, data):
    initial = {"time_zone": "Europe/Amsterdam"}
    form = SessionForm(data, classroom=world["classroom"], initial=initial)
    plain = SessionForm(data, classroom=world["classroom"], initial=initial)
    plain.fields["time_zone"].widget = forms.Select(choices=plain.fields["time_zone"].choices)
    if data:
        assert form.is_valid() == plain.is_valid() is False  # the other fields are missing

    assert str(form["time_zone"]) == str(plain["time_zone"])
    assert str(form["time_zone"]).count("<option") > 400


def test_a_whole_class_joins_from_one_school_address(world):
    for n in range(25):
        response = _client().post(
            "/en/join/",
            {
                "code": world["classroom"].join_code,
                "nickname": f"Pupil{n}",
                "password1": "Green-Tiger-42",
                "password2": "Green-Tiger-42",
            },
        )
        assert response.status_code == HTTPStatus.FOUND, n

    assert ClassMembership.objects.count() == 25


def test_a_removed_pupil_cannot_rejoin_with_the_code(world, parent):
    membership = pupil_join(classroom=world["classroom"], pupil=parent, nickname="Pat")
    _client(world["teacher"]).post(
        f"/en/classes/{world['classroom'].pk}/pupils/{membership.pk}/remove/"
    )

    html = (
        _client(parent)
        .post("/en/join/", {"code": world["classroom"].join_code, "nickname": "Pat"})
        .content.decode()
    )

    assert "took you out of this class" in html
    membership.refresh_from_db()
    assert membership.ended_at is not None


def test_login_sheets_skip_nicknames_already_taken(world):
    teacher = _client(world["teacher"])
    teacher.post(f"/en/classes/{world['classroom'].pk}/logins/", {"count": 2})
    ClassMembership.objects.filter(nickname="Pupil 1").delete()

    response = teacher.post(f"/en/classes/{world['classroom'].pk}/logins/", {"count": 2})

    assert response.status_code == 200
    assert ClassMembership.objects.count() == 3


def test_the_class_page_shows_the_whole_join_address_a_qr_code_and_asks_before_archiving(world):
    teacher = _client(world["teacher"])
    classroom = world["classroom"]

    page = teacher.get(f"/en/classes/{classroom.pk}/").content.decode()
    assert "http://testserver/en/join/" in page
    assert 'class="join-qr" src="data:image/svg+xml' in page
    assert "—, —" not in page

    # The first press explains and asks; nothing changes until the teacher confirms.
    asked = teacher.post(f"/en/classes/{classroom.pk}/archive/")
    assert asked.status_code == 200
    assert "Pupils keep their own progress" in asked.content.decode()
    classroom.refresh_from_db()
    assert not classroom.is_archived
    done = teacher.post(f"/en/classes/{classroom.pk}/archive/", {"confirm": "yes"})
    assert done.status_code == 302
    classroom.refresh_from_db()
    assert classroom.is_archived


def test_the_csv_has_a_score_and_a_date_per_quiz_and_a_live_session_counts_as_activity(world):
    from django.utils import timezone

    from classrooms.live_sessions import session_join, session_start
    from classrooms.models import ClassSession

    taker, attendee = UserFactory(), UserFactory()
    pupil_join(classroom=world["classroom"], pupil=taker, nickname="Taker")
    pupil_join(classroom=world["classroom"], pupil=attendee, nickname="Attendee")
    _take(taker, world["quiz"], world["quiz_module"])
    session = ClassSession.objects.create(
        classroom=world["classroom"],
        module=world["quiz_module"],
        scheduled_at=timezone.now(),
        time_zone="UTC",
    )
    session_join(session=session_start(session=session), pupil=attendee)

    response = _client(world["teacher"]).get(f"/en/classes/{world['classroom'].pk}/progress.csv")
    rows = list(csv.reader(io.StringIO(_streamed(response))))

    header = rows[0]
    title = world["quiz"].title
    assert header[-2:] == [f"{title}: best score (%)", f"{title}: last taken"]
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["Taker"][-2] != "" and by_name["Taker"][-1] == timezone.localdate().isoformat()
    assert by_name["Attendee"][-2:] == ["", ""]
    assert by_name["Attendee"][2] != "", "taking part in a live session is activity"
