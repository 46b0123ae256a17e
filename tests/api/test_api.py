"""The API as an organisation's other system uses it: its token reads the same figures
as the report page, its own organisation's courses, members, classes and enrolments,
enrols a learner; bad input and bad tokens get a JSON 4xx and write nothing."""

import datetime
import json
from http import HTTPStatus

import pytest
from django.test import Client, override_settings
from django.utils import timezone
from rest_framework.throttling import SimpleRateThrottle

from accounts.capabilities import Scope
from api.models import ApiCall, ApiToken
from courses.models import Enrolment
from tests.api.helpers import a_token, an_admin, api
from tests.config.test_redis_outage import DEAD_CACHE
from tests.courses.factories import course_page
from tests.reports.test_figures import an_organisation
from tests.reports.test_report_page import admin_of
from tests.roles import a_parent
from tests.worlds import module_world

pytestmark = pytest.mark.django_db


def _organisation_with_a_token():
    organisation, world, parents, pupils, mentoring = an_organisation(parents=12, pupils=11)
    world.organisation, world.parents, world.pupils, world.mentoring = (
        organisation,
        parents,
        pupils,
        mentoring,
    )
    world.key, world.token = a_token(organisation)
    return world


# Built once for the file (tests/worlds.py); what a test writes is rolled back after it.
world, module_world_built = module_world(_organisation_with_a_token, name="world")


def post(client, path, data):
    return client.post(path, json.dumps(data), content_type="application/json")


def test_the_figures_are_the_reports_own_with_the_same_counts_hidden(world):
    answer = api(world.key).get("/api/v1/reports/figures/")

    assert answer.status_code == HTTPStatus.OK
    figures = answer.json()
    assert figures["k"] == 10
    by_key = {section["key"]: section for section in figures["sections"]}
    audience = {row["group"]: row for row in by_key["learners_by_audience"]["rows"]}
    assert audience["parent"]["count"] == 12
    assert audience["young_learner"]["count"] == 13
    # Fewer than 10 teachers: no count in the answer, in any field.
    assert audience["teacher"] == {
        "group": "teacher",
        "label": "Teachers and professionals",
        "count": None,
        "shown": "fewer_than_k",
        "text": "fewer than 10",
    }
    assert by_key["learners_by_audience"]["total"]["count"] == 29

    # Every count the page shows, the API shows, and no other.
    admin = Client()
    admin.force_login(world.token.created_by)
    page = admin.get(f"/en/reports/{world.organisation.slug}/")
    html = page.content.decode()
    for section in figures["sections"]:
        for row in [*section["rows"], section["total"]]:
            assert f'<th scope="row">{row["label"]}</th><td>{row["text"]}</td>' in html


def test_the_figures_come_in_the_language_asked_for(world):
    answer = api(world.key, **{"Accept-Language": "nl"}).get("/api/v1/reports/figures/")

    audience = answer.json()["sections"][0]
    assert audience["heading"] == "Bereikte mensen, per doelgroep"
    assert answer["Content-Language"] == "nl"


def test_a_token_reads_its_own_organisations_courses_members_classes_and_enrolments(world):
    other = an_organisation(parents=3, pupils=2)
    client = api(world.key)

    courses = client.get("/api/v1/courses/").json()["results"]
    course = next(c for c in courses if c["id"] == world.course.pk)
    assert [m["title"] for m in course["modules"]] == ["First", "Quiz"]

    members = client.get("/api/v1/members/").json()
    assert members["count"] == 18  # the teacher, 12 parents, coach, mentor, 2 peers, admin
    ids = {row["id"] for row in members["results"]}
    assert world.parents[0].pk in ids and other[2][0].pk not in ids
    pupil_ids = {pupil.pk for pupil in world.pupils}
    assert not ids & pupil_ids  # pupils are in a class, not members

    classes = client.get("/api/v1/classes/").json()["results"]
    assert [(c["id"], c["join_code"], c["pupils"]) for c in classes] == [
        (world.classroom.pk, world.classroom.join_code, 11)
    ]
    assert classes[0]["teachers"] == [
        {"id": world.teacher.pk, "display_name": world.teacher.get_display_name()}
    ]

    enrolments = client.get("/api/v1/enrolments/").json()
    learners = {row["learner"] for row in enrolments["results"]}
    mentoring = [world.mentoring.mentor, world.mentoring.coach, *world.mentoring.peers]
    reached = [world.teacher, *world.parents, *world.pupils, *mentoring]
    assert learners == set(
        Enrolment.objects.filter(user__in=reached).values_list("user_id", flat=True)
    )
    assert enrolments["count"] == Enrolment.objects.filter(user__in=reached).count()
    assert not learners & {user.pk for user in other[2] + other[3]}


def test_a_closed_class_shows_no_join_code(world):
    world.classroom.join_open = False
    world.classroom.save()

    classes = api(world.key).get("/api/v1/classes/").json()["results"]

    assert classes[0]["join_code"] is None and classes[0]["taking_pupils"] is False


def test_progress_counts_the_modules_a_learner_completed(world):
    from courses.services import module_complete

    learner = world.parents[0]
    module_complete(user=learner, module=world.first)

    rows = api(world.key).get(f"/api/v1/enrolments/?learner={learner.pk}").json()["results"]

    assert [(r["course"], r["modules"], r["modules_completed"]) for r in rows] == [
        (world.course.pk, 2, 1)
    ]


def test_enrolling_a_learner_once_then_again(world):
    learner = world.parents[0]
    course = course_page(title="Talking with your child")
    client = api(world.key)

    first = post(client, "/api/v1/enrolments/", {"learner": learner.pk, "course": course.pk})
    again = post(client, "/api/v1/enrolments/", {"learner": learner.pk, "course": course.pk})

    assert first.status_code == HTTPStatus.CREATED
    assert again.status_code == HTTPStatus.OK
    assert first.json()["id"] == again.json()["id"]
    assert first.json()["course"] == course.pk and first.json()["completed_at"] is None
    assert Enrolment.objects.filter(user=learner, course=course).count() == 1


@pytest.mark.parametrize(
    "body, field",
    [
        ({"learner": "abc", "course": 1}, "learner"),
        ({"learner": 1}, "course"),
        ({"learner": -4, "course": 1}, "learner"),
        ({"learner": 1, "course": 1, "role": "admin"}, "role"),
        ({"learner": [1], "course": {"id": 1}}, "learner"),
    ],
)
def test_bad_input_is_a_400_naming_the_field_and_writes_nothing(world, body, field):
    before = Enrolment.objects.count()

    answer = post(api(world.key), "/api/v1/enrolments/", body)

    assert answer.status_code == HTTPStatus.BAD_REQUEST
    assert field in answer.json()["error"]["fields"]
    assert Enrolment.objects.count() == before


@pytest.mark.parametrize("body", ["not json", "[1, 2]", "null", '"text"'])
def test_a_body_that_is_not_an_object_is_a_400(world, body):
    answer = api(world.key).post("/api/v1/enrolments/", body, content_type="application/json")

    assert answer.status_code == HTTPStatus.BAD_REQUEST
    assert answer.json()["error"]["message"]


def test_another_organisations_learner_cannot_be_enrolled(world):
    stranger = an_organisation(parents=1, pupils=1)[2][0]
    nobody = a_parent()
    before = Enrolment.objects.count()

    for learner in (stranger, nobody):
        answer = post(
            api(world.key),
            "/api/v1/enrolments/",
            {"learner": learner.pk, "course": world.course.pk},
        )
        assert answer.status_code == HTTPStatus.BAD_REQUEST
        assert answer.json()["error"]["fields"]["learner"] == [
            "No one with this id is a learner of your organisation."
        ]
    assert Enrolment.objects.count() == before


def test_a_course_that_is_not_live_cannot_be_enrolled_in(world):
    draft = course_page(title="Not yet")
    draft.unpublish()

    answer = post(
        api(world.key), "/api/v1/enrolments/", {"learner": world.parents[0].pk, "course": draft.pk}
    )

    assert answer.status_code == HTTPStatus.BAD_REQUEST
    assert "course" in answer.json()["error"]["fields"]


def test_another_organisations_own_course_is_neither_listed_nor_enrolled_in(world):
    from tests.accounts.factories import OrganisationFactory

    other = OrganisationFactory(name="Other")
    theirs = course_page(title="Theirs only", organisation=other)
    ours = course_page(title="Ours only", organisation=world.organisation)
    learner = world.parents[0]
    # The learner belongs to both, and follows the other's course there.
    other.members.add(learner)
    Enrolment.objects.create(user=learner, course=theirs)
    before = Enrolment.objects.count()
    client = api(world.key)

    titles = [course["title"] for course in client.get("/api/v1/courses/").json()["results"]]
    assert "Ours only" in titles and "Theirs only" not in titles
    listed = client.get(f"/api/v1/enrolments/?learner={learner.pk}").json()["results"]
    assert theirs.pk not in [row["course"] for row in listed]
    answer = post(client, "/api/v1/enrolments/", {"learner": learner.pk, "course": theirs.pk})
    assert answer.status_code == HTTPStatus.BAD_REQUEST
    assert "course" in answer.json()["error"]["fields"]
    assert Enrolment.objects.count() == before
    created = post(client, "/api/v1/enrolments/", {"learner": learner.pk, "course": ours.pk})
    assert created.status_code == HTTPStatus.CREATED


def test_unknown_query_parameters_and_wrong_types_are_refused(world):
    client = api(world.key)

    assert client.get("/api/v1/enrolments/?course=abc").status_code == HTTPStatus.BAD_REQUEST
    unknown = client.get("/api/v1/members/?organisation=other")
    assert unknown.status_code == HTTPStatus.BAD_REQUEST
    assert unknown.json()["error"]["fields"] == {
        "organisation": ["This query parameter is not known."]
    }
    assert client.get("/api/v1/members/?page=99").status_code == HTTPStatus.NOT_FOUND


@pytest.mark.parametrize(
    "header, message",
    [
        (None, "Authentication credentials were not provided."),
        ("Bearer aw_not-a-token", "This token is not valid."),
        ("Bearer", "Send the token as “Authorization: Bearer <token>”."),
        ("Basic dXNlcjpwYXNz", "Send the token as “Authorization: Bearer <token>”."),
    ],
)
def test_a_call_without_a_valid_token_is_a_401_in_json(world, header, message):
    headers = {"Authorization": header} if header else {}

    answer = api(**headers).get("/api/v1/organisation/")

    assert answer.status_code == HTTPStatus.UNAUTHORIZED
    assert answer["Content-Type"] == "application/json"
    assert answer["WWW-Authenticate"] == 'Bearer realm="api"'
    assert answer.json()["error"]["message"] == message


def test_a_revoked_or_expired_token_is_refused_and_says_which(world):
    from api.services import api_token_revoke

    revoked_key, revoked = a_token(world.organisation)
    api_token_revoke(user=an_admin(world.organisation), token=revoked)
    expired_key, expired = a_token(world.organisation)
    ApiToken.objects.filter(pk=expired.pk).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )

    course = course_page(title="Talking with your child")
    for key, message in (
        (revoked_key, "This token was revoked."),
        (expired_key, "This token has expired."),
    ):
        answer = post(
            api(key), "/api/v1/enrolments/", {"learner": world.parents[0].pk, "course": course.pk}
        )
        assert answer.status_code == HTTPStatus.UNAUTHORIZED
        assert answer.json()["error"]["message"] == message
    assert not Enrolment.objects.filter(course=course).exists()


def test_a_signed_in_admin_without_a_token_gets_nothing(world):
    """The API takes tokens only: a browser's session (and its CSRF gaps) does not count."""
    client = admin_of(world.organisation)

    assert client.get("/api/v1/reports/figures/").status_code == HTTPStatus.UNAUTHORIZED


def test_unknown_addresses_under_the_api_are_json_404s(world):
    for path in ("/api/v1/nothing", "/api/v1/nothing/", "/api/v2/reports/", "/api/"):
        answer = api(world.key).get(path)
        assert answer.status_code == HTTPStatus.NOT_FOUND, path
        assert answer.json()["error"]["code"] == "not_found"


def test_a_method_a_view_does_not_have_is_a_405(world):
    for method in ("put", "patch", "delete", "options"):
        answer = getattr(api(world.key), method)("/api/v1/enrolments/")
        assert answer.status_code == HTTPStatus.METHOD_NOT_ALLOWED, method
    assert post(api(world.key), "/api/v1/members/", {}).status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_every_call_is_logged_answered_or_refused(world):
    client = api(world.key)
    client.get("/api/v1/organisation/")
    post(client, "/api/v1/enrolments/", {"learner": "x"})
    api("aw_wrong").get("/api/v1/members/")

    calls = list(ApiCall.objects.order_by("pk").values_list("token_id", "method", "path", "status"))

    assert calls == [
        (world.token.pk, "GET", "/api/v1/organisation/", 200),
        (world.token.pk, "POST", "/api/v1/enrolments/", 400),
        (None, "GET", "/api/v1/members/", 401),
    ]


def test_a_revoked_tokens_refused_calls_are_logged_against_it(world):
    from api.services import api_token_revoke

    api_token_revoke(user=an_admin(world.organisation), token=world.token)
    api(world.key).get("/api/v1/organisation/")

    assert list(world.token.calls.values_list("status", flat=True)) == [401]


def test_rate_limits_per_token_and_per_address_for_bad_tokens(world, monkeypatch):
    monkeypatch.setattr(
        SimpleRateThrottle, "THROTTLE_RATES", {"token": "3/minute", "address": "2/minute"}
    )

    answers = [api(world.key).get("/api/v1/organisation/").status_code for _ in range(4)]
    assert answers == [200, 200, 200, 429]
    limited = api(world.key).get("/api/v1/organisation/")
    assert limited.json()["error"]["code"] == "throttled"
    assert int(limited["Retry-After"]) > 0
    # Another token of the same organisation has its own count.
    other_key, _token = a_token(world.organisation)
    assert api(other_key).get("/api/v1/organisation/").status_code == HTTPStatus.OK

    guesses = [api("aw_guess").get("/api/v1/organisation/").status_code for _ in range(3)]
    assert guesses == [401, 401, 429]


def test_a_dead_redis_pauses_the_rate_limits_and_the_api_still_answers(world):
    with override_settings(CACHES=DEAD_CACHE):
        answers = [api(world.key).get("/api/v1/reports/figures/") for _ in range(2)]

    assert [answer.status_code for answer in answers] == [HTTPStatus.OK, HTTPStatus.OK]
    assert ApiCall.objects.filter(token=world.token).count() == 2


def test_answers_are_never_kept_by_a_cache(world):
    answer = api(world.key).get("/api/v1/members/")

    assert "no-store" in answer["Cache-Control"]
    assert "private" in answer["Cache-Control"]


def test_the_token_s_organisation_and_scopes(world):
    key, token = a_token(world.organisation, scopes=[Scope.READ_REPORTS])

    answer = api(key).get("/api/v1/organisation/").json()

    assert answer["slug"] == world.organisation.slug
    assert answer["token_scopes"] == ["read_reports"]


def test_wagtails_own_api_still_takes_an_editors_session(editor):
    """Our API's tokens-only rules are set on its views, not as REST framework's
    defaults: Wagtail's admin and wagtail-localize's translation editor need sessions."""
    client = Client()
    client.force_login(editor)

    answer = client.get("/admin/api/main/pages/")

    assert answer.status_code == HTTPStatus.OK
    assert "items" in answer.json()


def test_a_method_with_no_scope_named_is_refused_not_allowed(world):
    from api.views import OrganisationView

    OrganisationView.delete = lambda self, request: None  # a handler nobody gave a scope
    try:
        answer = api(world.key).delete("/api/v1/organisation/")
    finally:
        del OrganisationView.delete
    assert answer.status_code == HTTPStatus.FORBIDDEN


def test_a_forwarded_for_header_does_not_reset_the_address_limit(world, monkeypatch):
    monkeypatch.setattr(
        SimpleRateThrottle, "THROTTLE_RATES", {"token": "3/minute", "address": "2/minute"}
    )

    answers = [
        api("aw_guess", **{"X-Forwarded-For": f"10.0.0.{n}"}).get("/api/v1/organisation/")
        for n in range(3)
    ]

    assert [answer.status_code for answer in answers] == [401, 401, 429]
    # Unknown addresses under the API are limited the same way.
    assert api().get("/api/v1/nothing/").status_code == HTTPStatus.TOO_MANY_REQUESTS


def test_a_pupil_who_left_the_class_is_no_longer_the_organisations_to_read(world):
    from accounts.groups import membership_end

    pupil = world.pupils[0]
    membership_end(membership=pupil.class_memberships.get(), removed=True)
    course = course_page(title="Talking with your child")

    listed = api(world.key).get(f"/api/v1/enrolments/?learner={pupil.pk}").json()
    enrol = post(api(world.key), "/api/v1/enrolments/", {"learner": pupil.pk, "course": course.pk})

    assert listed["count"] == 0
    assert enrol.status_code == HTTPStatus.BAD_REQUEST
    assert not Enrolment.objects.filter(user=pupil, course=course).exists()
