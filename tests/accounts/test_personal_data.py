"""Download my data: one registry of everything that names a person, complete by test."""

import json
from http import HTTPStatus

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from courses.models import Reflection
from courses.services import course_enrol
from privacy.personal_data import EXCLUDED, REGISTRY
from tests.accounts.factories import UserFactory
from tests.courses.factories import course_page, module_page

pytestmark = pytest.mark.django_db


def _relations_to_users():
    user_model = get_user_model()
    for model in apps.get_models():
        for field in model._meta.get_fields():
            forward = field.many_to_one or field.one_to_one or field.many_to_many
            if forward and field.related_model is user_model and field.model is model:
                yield model._meta.label, field.name


def test_every_model_that_refers_to_a_person_is_exported_or_excluded_with_a_reason():
    registered = {(kind.model, kind.person.split("__")[0]) for kind in REGISTRY}
    forgotten = [
        relation
        for relation in _relations_to_users()
        if relation not in registered and relation not in EXCLUDED
    ]
    assert not forgotten, f"add these to privacy.personal_data: {forgotten}"
    assert all(reason for reason in EXCLUDED.values())


@pytest.fixture
def learner(db):
    user = UserFactory(profile__display_name="Sam")
    course = course_page(title="Safe at home")
    module = module_page(course, title="Safe gaming")
    course_enrol(user=user, course=course)
    Reflection.objects.create(user=user, module=module, block_id="b1", text="My own thoughts.")
    return user


def test_a_person_reads_and_downloads_everything_kept_about_them(learner):
    other = UserFactory(profile__display_name="Alex")
    Reflection.objects.create(
        user=other, module=module_page(), block_id="b2", text="Someone else's thoughts."
    )
    client = Client()
    client.force_login(learner)

    page = client.get("/en/accounts/data/")
    download = client.get("/en/accounts/data/?format=json")

    assert page.status_code == HTTPStatus.OK
    html = page.content.decode()
    assert "My own thoughts." in html and "Safe at home" in html and "Sam" in html
    assert "Someone else" not in html and "Alex" not in html
    assert download["Content-Disposition"] == 'attachment; filename="my-data.json"'
    data = json.loads(download.content)
    assert set(data) == {kind.key for kind in REGISTRY}
    assert data["reflections"] == [
        {
            "module__title": "Safe gaming",
            "text": "My own thoughts.",
            "updated_at": data["reflections"][0]["updated_at"],
        }
    ]
    assert data["account"][0]["email"] == learner.email
    assert "Someone else" not in download.content.decode()


def test_the_data_page_is_for_its_owner_only_and_writes_nothing(learner):
    assert Client().get("/en/accounts/data/").status_code == HTTPStatus.FOUND  # sign in
    client = Client()
    client.force_login(learner)
    assert client.post("/en/accounts/data/").status_code == HTTPStatus.METHOD_NOT_ALLOWED
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/accounts/data/")
    writes = [
        q["sql"]
        for q in queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert not [w for w in writes if "django_session" not in w], writes


def test_the_data_page_costs_the_same_queries_for_one_course_or_six(learner):
    client = Client()
    client.force_login(learner)
    client.get("/en/accounts/data/")  # the first request of a session reads more
    with CaptureQueriesContext(connection) as one:
        client.get("/en/accounts/data/")
    for n in range(5):
        course = course_page(title=f"Course {n}")
        module = module_page(course)
        course_enrol(user=learner, course=course)
        Reflection.objects.create(user=learner, module=module, block_id=f"x{n}", text="More.")
    with CaptureQueriesContext(connection) as six:
        client.get("/en/accounts/data/")
    assert len(one) == len(six)
