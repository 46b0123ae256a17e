"""Deleting an account: the demo parent, fully active, deletes theirs, and afterwards no
row of any table names them except what the page said would stay."""

from http import HTTPStatus

import pytest
from django.apps import apps
from django.db import models
from django.db.models import Q
from django.test import Client
from django.utils import timezone

from accounts.models import Organisation, Role, User
from accounts.services import role_grant, role_withdraw
from certificates.models import Certificate
from certificates.services import certificate_for_enrolment, certificate_render
from classrooms.models import ClassMembership
from classrooms.services import classroom_create, pupil_join
from courses.models import CoursePage, Enrolment, ModulePage, Reflection
from courses.services import course_enrol, module_complete, reflection_save
from notifications.models import InAppNotice, SentNotification
from notifications.services import unsubscribe
from privacy.deletion import NotDeletable, account_delete, deletion_summary
from quizzes.models import Quiz
from quizzes.services import attempt_record
from safeguarding.contexts import contexts_for
from safeguarding.models import Concern
from safeguarding.services import concern_raise

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(seeded_demo):
    """The demo, seeded once for this module (tests/conftest.py)."""


PARENT_EMAIL = "parent@demo.example"
DEMO_PASSWORD = "Demo-Password-2026"
# Where the page said a trace stays: a concern keeps the name it was raised under, in
# the concern and in its append-only audit trail ("raised by ...").
KEPT = {("safeguarding.Concern", "reporter_name"), ("safeguarding.ConcernAuditEntry", "actor_name")}


def signed_in(login: str) -> Client:
    client = Client()
    client.force_login(User.objects.get(Q(email=login) | Q(username=login)))
    return client


def _text_fields(model):
    return [
        field.name
        for field in model._meta.get_fields()
        if isinstance(field, models.CharField | models.TextField) and field.concrete
    ]


def _rows_naming(words: list[str]) -> set[tuple[str, str]]:
    """(model, field) of every text column, in every table, that holds one of the words."""
    found = set()
    for model in apps.get_models():
        if not model._meta.managed or model._meta.proxy:
            continue
        for name in _text_fields(model):
            condition = Q()
            for word in words:
                condition |= Q(**{f"{name}__icontains": word})
            if model._default_manager.filter(condition).exists():
                found.add((model._meta.label, name))
    return found


def _make_active(parent: User) -> dict:
    """Everything a parent does: learns, reflects, tries a quiz, completes a course and
    gets its certificate (PDF stored), reads notices, turns a mail off, raises a concern,
    is given and loses a role."""
    course = CoursePage.objects.live().filter(locale__language_code="en", audience="parent")[0]
    enrolment = course_enrol(user=parent, course=course)
    modules = list(ModulePage.objects.child_of(course).live().specific())
    for module in modules:
        for block in module.body:
            if block.block_type == "reflection":
                reflection_save(user=parent, module=module, block_id=block.id, text="My own note")
                break
    quiz = Quiz.objects.first()
    attempt_record(user=parent, quiz=quiz, answers={}, kind=quiz.kind)
    for module in modules:
        module_complete(user=parent, module=module)
    enrolment.refresh_from_db()
    certificate = certificate_for_enrolment(enrolment_id=enrolment.pk)
    certificate_render(certificate_id=certificate.pk, announce=False)
    certificate.refresh_from_db()
    sent = SentNotification.objects.create(
        user=parent, kind="inactive_learner", subject="x", period="2026-W49", status="sent"
    )
    InAppNotice.objects.create(
        notification=sent, user=parent, title="Your course", body="Hello Pat (parent)"
    )
    unsubscribe(user_id=parent.pk, kind="inactive_learner")
    organisation = Organisation.objects.get(slug="demo-network")
    # As the "I'm worried" form does: the concern, its audit trail, the leads' mails owed.
    concern_raise(
        reporter=parent,
        context=contexts_for(user=parent)[0],
        description="A stranger keeps messaging my son.",
        urgency=Concern.Urgency.SOON,
    )
    admin = User.objects.get(email="admin@demo.example")
    role_grant(organisation=organisation, user=parent, role=Role.TEACHER, actor=admin)
    role_withdraw(organisation=organisation, user=parent, role=Role.TEACHER, actor=admin)
    return {"certificate": certificate}


def test_the_demo_parent_deletes_their_account_and_nothing_names_them_but_what_was_said(
    demo, django_capture_on_commit_callbacks
):
    parent = User.objects.get(email=PARENT_EMAIL)
    made = _make_active(parent)
    certificate = made["certificate"]
    storage = Certificate._meta.get_field("pdf").storage
    assert certificate.pdf and storage.exists(certificate.pdf.name)
    words = [PARENT_EMAIL, parent.username, parent.get_display_name()]
    assert len(_rows_naming(words)) > len(KEPT)  # the search does find them before

    client = signed_in(PARENT_EMAIL)
    page = client.get("/en/accounts/delete/").content.decode()
    assert "Your certificates stay checkable by their code" in page
    assert "Concerns you raised stay with the organisation" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/accounts/delete/", {"confirm": "on"})

    assert response.status_code == HTTPStatus.FOUND
    assert not User.objects.filter(pk=parent.pk).exists()
    assert _rows_naming(words) == KEPT
    # The certificate is still checkable, nameless, without its file.
    certificate.refresh_from_db()
    assert certificate.user is None and certificate.learner_name == "" and not certificate.pdf
    assert not storage.exists(f"certificates/{certificate.code}.pdf")
    assert client.get(f"/en/certificates/verify/{certificate.code}/").status_code == HTTPStatus.OK
    assert not Enrolment.objects.filter(pk=certificate.enrolment_id or 0).exists()
    # Deleting twice, or reading the data afterwards, is safe: the session is gone.
    again = client.post("/en/accounts/delete/", {"confirm": "on"})
    assert again.status_code == HTTPStatus.FOUND and "/login/" in again["Location"]
    assert client.get("/en/accounts/data/?format=json").status_code == HTTPStatus.FOUND
    assert account_delete(user_id=parent.pk) is False


def test_deleting_needs_the_box_ticked_and_writes_nothing_without_it(django_user_model):
    user = django_user_model.objects.create_user("learner", "learner@example.org", "x" * 12)
    client = signed_in("learner")

    response = client.post("/en/accounts/delete/", {})

    assert response.status_code == HTTPStatus.OK
    assert "Tick the box" in response.content.decode()
    assert User.objects.filter(pk=user.pk).exists()


def test_a_coach_and_the_only_teacher_of_a_class_are_told_what_to_settle_first(demo):
    for email in ("coach@demo.example", "teacher@demo.example"):
        user = User.objects.get(email=email)
        assert deletion_summary(user).blockers
        with pytest.raises(NotDeletable):
            account_delete(user_id=user.pk)
        client = signed_in(email)
        response = client.post("/en/accounts/delete/", {"confirm": "on"})
        assert response.status_code == HTTPStatus.CONFLICT
        assert "First, this needs settling" in response.content.decode()
        assert User.objects.filter(pk=user.pk).exists()


def test_a_teacher_downloads_and_deletes_a_pupils_account_made_with_the_join_code(demo):
    teacher = User.objects.get(email="teacher@demo.example")
    pupil = User.objects.get(username="demo-pupil")
    classroom = teacher.taught_classrooms.get()
    client = Client()
    client.force_login(teacher)
    base = f"/en/classes/{classroom.pk}/pupils/{pupil.pk}"

    data = client.get(f"{base}/data/?format=json")
    assert data.status_code == HTTPStatus.OK and '"classes"' in data.content.decode()
    assert client.get(f"{base}/delete/").status_code == HTTPStatus.OK
    response = client.post(f"{base}/delete/", {"confirm": "on"})

    assert response.status_code == HTTPStatus.FOUND
    assert not User.objects.filter(pk=pupil.pk).exists()


def test_nobody_else_reaches_a_pupils_data_or_deletion(demo):
    teacher = User.objects.get(email="teacher@demo.example")
    pupil = User.objects.get(username="demo-pupil")
    classroom = teacher.taught_classrooms.get()
    base = f"/en/classes/{classroom.pk}/pupils/{pupil.pk}"
    for email in ("parent@demo.example", "coach@demo.example", "lead@demo.example"):
        client = Client()
        client.force_login(User.objects.get(email=email))
        assert client.get(f"{base}/data/").status_code == HTTPStatus.NOT_FOUND
        assert client.post(f"{base}/delete/", {"confirm": "on"}).status_code == 404
    pupil_client = Client()
    pupil_client.force_login(pupil)
    assert pupil_client.post(f"{base}/delete/", {"confirm": "on"}).status_code == 404
    assert User.objects.filter(pk=pupil.pk).exists()


def test_a_teacher_sees_a_pupils_learning_but_never_their_thoughts_or_worries(demo):
    teacher = User.objects.get(email="teacher@demo.example")
    pupil = User.objects.get(username="demo-pupil")
    classroom = teacher.taught_classrooms.get()
    module = ModulePage.objects.child_of(classroom.course).live().first()
    Reflection.objects.create(user=pupil, module=module, block_id="x", text="My secret thought")
    Concern.objects.create(
        organisation=classroom.organisation,
        raised_by=pupil,
        reporter_name="Robin",
        reporter_role=Concern.ReporterRole.LEARNER,
        context_label=classroom.name,
        description="Someone at home hurts me.",
        urgency=Concern.Urgency.DANGER_NOW,
    )
    client = signed_in("teacher@demo.example")
    base = f"/en/classes/{classroom.pk}/pupils/{pupil.pk}"

    page = client.get(f"{base}/data/").content.decode()
    data = client.get(f"{base}/data/?format=json").json()

    assert "My secret thought" not in page and "Concerns you raised" not in page
    assert set(data) >= {"classes", "progress", "quiz_attempts"}
    assert not {"reflections", "concerns_raised", "account", "email_addresses"} & set(data)


def test_a_pupil_who_left_the_class_is_no_longer_the_teachers_to_see_or_delete(demo):
    teacher = User.objects.get(email="teacher@demo.example")
    pupil = User.objects.get(username="demo-pupil")
    classroom = teacher.taught_classrooms.get()
    ClassMembership.objects.filter(pupil=pupil).update(ended_at=timezone.now())
    client = signed_in("teacher@demo.example")
    base = f"/en/classes/{classroom.pk}/pupils/{pupil.pk}"

    assert client.get(f"{base}/data/").status_code == HTTPStatus.NOT_FOUND
    assert client.post(f"{base}/delete/", {"confirm": "on"}).status_code == 404
    assert User.objects.filter(pk=pupil.pk).exists()


def test_a_pupil_also_in_another_class_is_not_one_teachers_to_delete(demo):
    teacher = User.objects.get(email="teacher@demo.example")
    pupil = User.objects.get(username="demo-pupil")
    classroom = teacher.taught_classrooms.get()
    other = classroom_create(
        teacher=teacher,
        organisation=classroom.organisation,
        name="8C",
        course=classroom.course,
        age_band="12-14",
    )
    pupil_join(classroom=other, pupil=pupil, nickname="Robin")
    client = signed_in("teacher@demo.example")

    response = client.post(
        f"/en/classes/{classroom.pk}/pupils/{pupil.pk}/delete/", {"confirm": "on"}
    )

    assert response.status_code == HTTPStatus.CONFLICT
    assert "also in another class or group" in response.content.decode()
    assert User.objects.filter(pk=pupil.pk).exists()
