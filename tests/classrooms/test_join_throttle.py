"""Join codes: a whole class joins from one school address, a guesser is stopped."""

import itertools
import time
from http import HTTPStatus

import pytest
from django.test import Client

from accounts.models import User
from accounts.services import organisation_add_member
from classrooms.models import JOIN_CODE_ALPHABET, ClassMembership
from classrooms.services import classroom_create
from tests.accounts.factories import OrganisationFactory, UserFactory
from tests.courses.factories import course_page, module_page

pytestmark = pytest.mark.django_db

JOIN_URL = "/en/join/"
SCHOOL = "192.0.2.10"
GUESSER = "203.0.113.66"
ELSEWHERE = "198.51.100.20"
PUPIL_PASSWORD = "Green-Tiger-42"


@pytest.fixture
def classroom(db):
    organisation = OrganisationFactory()
    course = course_page(audience="young_learner", open_to_classes=True)
    module_page(course, title="First")
    teacher = UserFactory(profile__audience="teacher")
    organisation_add_member(organisation=organisation, user=teacher, role="teacher")
    return classroom_create(
        teacher=teacher, organisation=organisation, name="7B", course=course, age_band="12-14"
    )


def _join(code: str, nickname: str, remote_addr: str):
    """A pupil's own browser (a fresh client), from remote_addr."""
    return Client(REMOTE_ADDR=remote_addr).post(
        JOIN_URL,
        {
            "code": code,
            "nickname": nickname,
            "password1": PUPIL_PASSWORD,
            "password2": PUPIL_PASSWORD,
        },
    )


def _wrong_codes(right: str, count: int) -> list[str]:
    codes = ("".join(chars) for chars in itertools.product(JOIN_CODE_ALPHABET, repeat=6))
    return list(itertools.islice((code for code in codes if code != right), count))


def test_forty_pupils_join_one_class_from_one_school_address(classroom):
    start = time.monotonic()
    for n in range(40):
        response = _join(classroom.join_code, f"Pupil {n}", SCHOOL)

        assert response.status_code == HTTPStatus.FOUND, (n, response.status_code)
        assert response["Location"] == f"/en/classes/{classroom.pk}/", n

    assert time.monotonic() - start < 60  # all in one lesson's first minute
    assert ClassMembership.objects.filter(classroom=classroom, ended_at=None).count() == 40


def test_guessing_codes_from_one_address_is_stopped_early(classroom):
    users_before = User.objects.count()
    statuses = []
    for n, code in enumerate(_wrong_codes(classroom.join_code, 100)):
        response = _join(code, f"Guess {n}", GUESSER)
        statuses.append(response.status_code)
        if response.status_code == HTTPStatus.OK:
            assert "does not match a class" in response.content.decode(), n

    first_refusal = statuses.index(HTTPStatus.TOO_MANY_REQUESTS)
    assert 5 <= first_refusal <= 25, statuses
    assert set(statuses[:first_refusal]) == {HTTPStatus.OK}
    assert set(statuses[first_refusal:]) == {HTTPStatus.TOO_MANY_REQUESTS}
    assert not ClassMembership.objects.exists()
    assert User.objects.count() == users_before

    # While the block holds, the right code from that address is refused too: the block
    # is on the address, so a guesser cannot test a code they think they found...
    assert _join(classroom.join_code, "Lucky", GUESSER).status_code == (
        HTTPStatus.TOO_MANY_REQUESTS
    )
    assert not ClassMembership.objects.exists()
    # ...while a class elsewhere still joins with it.
    response = _join(classroom.join_code, "Robin", ELSEWHERE)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == f"/en/classes/{classroom.pk}/"
    assert ClassMembership.objects.get().nickname == "Robin"
