"""Certificates: issued once per completion, rendered as a PDF, verified by anyone by code."""

import io
import json
import time
from datetime import timedelta
from http import HTTPStatus
from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import InMemoryStorage
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import formats, timezone, translation
from kombu.exceptions import OperationalError
from pypdf import PdfReader

from accounts.models import Role
from accounts.services import organisation_add_member
from certificates import services
from certificates.badges import CONTEXTS
from certificates.handlers import COURSE_CERTIFICATE, MENTOR_CERTIFICATE
from certificates.models import Certificate
from certificates.signals import certificate_issued
from certificates.tasks import certificates_batch_task, certificates_sweep_task
from classrooms.services import classroom_create, pupil_join
from courses.models import CoursePage
from courses.services import module_complete
from mentoring.services import mentor_approve, mentor_suspend
from outbox import tasks as outbox_tasks
from outbox.delivery import deliver
from outbox.models import Message
from tests.accounts.factories import OrganisationFactory, UserFactory
from tests.certificates.factories import (
    complete,
    course_with_modules,
    issued_certificate,
    learner,
)
from tests.concurrency import at_once
from tests.courses.factories import catalogue_page, home_page, locale
from tests.roles import member, trained_mentor
from tests.worlds import module_world

pytestmark = pytest.mark.django_db

A4_LANDSCAPE = (841.89, 595.28)
LETTER_LANDSCAPE = (792.0, 612.0)
NOTHING_TO_SWEEP = {"enrolments": [], "mentors": [], "renders": []}
# A name that cannot turn up on a page by accident.
LEARNER_NAME = "Zebedee Quartermain"

requires_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite has no row locks to race on"
)


# Fixtures --------------------------------------------------------------------


@pytest.fixture
def ready_messages(outbox_kicks):
    """The "certificate ready" messages owed (the notifications app's; not run here)."""

    def owed():
        return [keys for kind, keys in outbox_kicks if kind == "notifications.send"]

    return owed


@pytest.fixture
def inline_tasks(outbox_inline):
    """Certificate outbox rows delivered at once, in this process: [(kind, keys)]."""
    return outbox_inline(COURSE_CERTIFICATE, MENTOR_CERTIFICATE)


def _owed(enrolment) -> Message:
    return Message.objects.get(kind=COURSE_CERTIFICATE, key=f"enrolment:{enrolment.pk}")


@pytest.fixture
def run_sweep(monkeypatch):
    """The periodic sweep, with each batch it sends run at once: returns how many ids it sent."""
    monkeypatch.setattr(
        certificates_batch_task,
        "delay",
        lambda kind, ids: certificates_batch_task(*json.loads(json.dumps([kind, ids]))),
    )
    return certificates_sweep_task


@pytest.fixture
def announced():
    """Ids of the certificates announced as issued (once their PDF is stored)."""
    seen = []

    def receiver(sender, certificate, **kwargs):
        seen.append(certificate.pk)

    certificate_issued.connect(receiver, weak=False, dispatch_uid="tests-certificates-announced")
    yield seen
    certificate_issued.disconnect(dispatch_uid="tests-certificates-announced")


def _a_parent_and_a_school() -> SimpleNamespace:
    """A parent of an organisation with a course to complete, and a school's class 7B of
    a young learners' course, with its teacher (certificates off)."""
    parent = learner(display_name=LEARNER_NAME)
    organisation_add_member(
        organisation=OrganisationFactory(name="Riverside Family Centre"), user=parent
    )
    school = OrganisationFactory(name="Hillside School")
    class_course = course_with_modules(2, audience="young_learner", open_to_classes=True)
    teacher = UserFactory(profile__audience="teacher")
    organisation_add_member(organisation=school, user=teacher, role="teacher")
    classroom = classroom_create(
        teacher=teacher, organisation=school, name="7B", course=class_course, age_band="12-14"
    )
    return SimpleNamespace(
        parent=parent,
        course=course_with_modules(title="Keeping children safe online"),
        classroom=classroom,
        teacher=teacher,
    )


# The pages and people, built once for the file (tests/worlds.py). No course is complete
# in it and no certificate issued: most tests count every certificate there is.
w, module_world_built = module_world(_a_parent_and_a_school)


@pytest.fixture
def certificate(w):
    """A parent's certificate for a course done with their organisation."""
    return issued_certificate(user=w.parent, course=w.course)


def _client(user=None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _pdf_url(certificate) -> str:
    return f"/en/certificates/{certificate.code}/certificate.pdf"


def _pdf(response) -> PdfReader:
    assert response.status_code == HTTPStatus.OK, response.status_code
    assert response["Content-Type"] == "application/pdf"
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return PdfReader(io.BytesIO(body))


def _stored_pdf(certificate) -> PdfReader:
    with certificate.pdf.open("rb") as stored:
        return PdfReader(io.BytesIO(stored.read()))


def _page_size(reader: PdfReader) -> tuple[float, float]:
    box = reader.pages[0].mediabox
    return float(box.width), float(box.height)


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


# Issuing ---------------------------------------------------------------------


def test_completing_a_course_issues_one_certificate_after_commit(
    inline_tasks, django_capture_on_commit_callbacks, announced, ready_messages
):
    user = learner(display_name=LEARNER_NAME)
    course = course_with_modules(2, title="Talking with teenagers")
    first, last = course.get_children().specific()

    with django_capture_on_commit_callbacks(execute=True):
        module_complete(user=user, module=first)
    assert not Certificate.objects.exists()

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        module_complete(user=user, module=last)

    certificate = Certificate.objects.get()
    enrolment = user.enrolments.get()
    # Owed inside the completing transaction, delivered after its commit.
    assert callbacks[0].args == (COURSE_CERTIFICATE, [f"enrolment:{enrolment.pk}"])
    assert inline_tasks == [(COURSE_CERTIFICATE, [f"enrolment:{enrolment.pk}"])]
    assert certificate.kind == Certificate.Kind.COURSE
    assert (certificate.user, certificate.enrolment, certificate.course_id) == (
        user,
        enrolment,
        course.pk,
    )
    assert certificate.learner_name == LEARNER_NAME
    assert certificate.course_title == "Talking with teenagers"
    assert certificate.completed_on == timezone.localdate(enrolment.completed_at)
    assert certificate.pdf.name == f"certificates/{certificate.code}.pdf"
    assert announced == [certificate.pk]
    assert len(ready_messages()) == 1, "the learner is told once"

    again = services.certificate_for_enrolment(enrolment_id=enrolment.pk)

    assert again.pk == certificate.pk
    assert Certificate.objects.count() == 1
    assert announced == [certificate.pk], "the PDF was rendered and announced a second time"


def test_running_the_handler_again_issues_nothing_more(announced):
    enrolment = complete(learner(), course_with_modules())

    services.course_certificate_send(_owed(enrolment))
    services.course_certificate_send(_owed(enrolment))  # a worker died before marking it

    assert Certificate.objects.count() == 1
    assert len(announced) == 1


def test_a_course_without_certificates_gives_none(
    inline_tasks, django_capture_on_commit_callbacks, announced
):
    course = course_with_modules(gives_certificate=False)

    with django_capture_on_commit_callbacks(execute=True):
        enrolment = complete(learner(), course)

    assert inline_tasks == [(COURSE_CERTIFICATE, [f"enrolment:{enrolment.pk}"])], "it did run"
    assert _owed(enrolment).outcome == Message.Outcome.SKIPPED
    assert services.certificate_for_enrolment(enrolment_id=enrolment.pk) is None
    assert not Certificate.objects.exists()
    assert services.certificates_sweep_ids() == NOTHING_TO_SWEEP
    assert announced == []


def test_an_unfinished_course_gives_none(inline_tasks, django_capture_on_commit_callbacks):
    user = learner()
    course = course_with_modules(2)
    with django_capture_on_commit_callbacks(execute=True):
        module_complete(user=user, module=course.get_children().specific().first())
    enrolment = user.enrolments.get()

    assert enrolment.completed_at is None
    assert inline_tasks == []
    assert services.certificate_for_enrolment(enrolment_id=enrolment.pk) is None
    assert services.certificate_for_enrolment(enrolment_id=enrolment.pk + 1000) is None
    assert not Certificate.objects.exists()
    assert services.certificates_sweep_ids() == NOTHING_TO_SWEEP


def test_the_certificate_keeps_the_names_of_the_day_it_was_issued(certificate):
    course = certificate.course
    course.title = "A new title"
    course.save_revision().publish()
    certificate.user.profile.display_name = "Someone Else"
    certificate.user.profile.save()

    page = Client().get(f"/en/certificates/verify/{certificate.code}/").content.decode()

    assert "Keeping children safe online" in page
    assert "A new title" not in page
    certificate.refresh_from_db()
    assert certificate.learner_name == LEARNER_NAME


def test_a_broker_outage_leaves_the_certificate_to_the_outbox_sweep(
    monkeypatch, django_capture_on_commit_callbacks, run_sweep
):
    def broker_down(*args, **kwargs):
        raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(outbox_tasks.outbox_deliver_task, "apply_async", broker_down)

    with django_capture_on_commit_callbacks(execute=True):
        enrolment = complete(learner(), course_with_modules())

    assert not Certificate.objects.exists()
    assert _owed(enrolment).done_at is None  # owed in the completion's transaction
    assert deliver(kind=COURSE_CERTIFICATE) == {"done": 1}  # what the sweep runs
    assert Certificate.objects.get().enrolment == enrolment
    assert run_sweep() == 0


def test_a_storage_outage_fails_the_task_and_its_retry_renders_the_pdf(monkeypatch, announced):
    enrolment = complete(learner(), course_with_modules())

    def storage_down(self, name, content):
        raise ConnectionError("storage unreachable")

    with monkeypatch.context() as patched:
        patched.setattr(InMemoryStorage, "_save", storage_down)
        assert deliver(kind=COURSE_CERTIFICATE) == {"retry": 1}

    certificate = Certificate.objects.get()
    assert not certificate.pdf
    assert announced == []
    assert "storage unreachable" in _owed(enrolment).last_error

    # Not before its time (10 s), then the retry renders the PDF.
    assert deliver(kind=COURSE_CERTIFICATE) == {}
    later = timezone.now() + timedelta(seconds=11)
    assert deliver(kind=COURSE_CERTIFICATE, now=later) == {"done": 1}

    certificate.refresh_from_db()
    assert certificate.pdf
    assert Certificate.objects.count() == 1
    assert announced == [certificate.pk]


@requires_postgresql
def test_two_workers_at_once_make_one_certificate_and_one_pdf(
    without_the_world, migrated_data, monkeypatch, announced
):
    # Transactional: the course completes for real (its outbox kick is kept off the broker).
    enrolment = complete(learner(), course_with_modules())
    rendered = []
    render = services.render_certificate_pdf
    monkeypatch.setattr(
        services,
        "render_certificate_pdf",
        lambda certificate, **kwargs: rendered.append(certificate.pk) or render(certificate),
    )
    # Widen the gap between "no certificate yet" and creating one, so that without the
    # row lock both threads would get through it.
    snapshot = services._snapshot
    monkeypatch.setattr(services, "_snapshot", lambda user: time.sleep(0.3) or snapshot(user))
    results = at_once(lambda: services.certificate_for_enrolment(enrolment_id=enrolment.pk))

    certificate = Certificate.objects.get()
    assert [result.pk for result in results] == [certificate.pk, certificate.pk]
    assert certificate.pdf
    assert rendered == [certificate.pk]
    assert announced == [certificate.pk]


# The sweep -------------------------------------------------------------------


def test_the_sweep_issues_a_certificate_whose_task_never_ran(announced):
    # Completed outside django_capture_on_commit_callbacks: the task was never sent.
    enrolment = complete(learner(display_name=LEARNER_NAME), course_with_modules())

    work = services.certificates_sweep_ids()

    assert work == {**NOTHING_TO_SWEEP, "enrolments": [[enrolment.pk]]}

    certificates_batch_task.run("enrolments", work["enrolments"][0])

    certificate = Certificate.objects.get()
    assert certificate.enrolment == enrolment
    assert certificate.pdf
    assert LEARNER_NAME in _text(_stored_pdf(certificate))
    assert announced == [certificate.pk]
    assert services.certificates_sweep_ids() == NOTHING_TO_SWEEP


def test_the_sweep_task_sends_batches_and_issues_them(run_sweep):
    enrolments = [complete(learner(), course_with_modules(1)) for _ in range(3)]

    assert run_sweep() == 3

    assert {c.enrolment_id for c in Certificate.objects.all()} == {e.pk for e in enrolments}
    assert run_sweep() == 0


def test_the_sweep_batches_ids():
    enrolments = [complete(learner(), course_with_modules(1)) for _ in range(3)]

    work = services.certificates_sweep_ids(batch_size=2)

    assert work["enrolments"] == [[enrolments[0].pk, enrolments[1].pk], [enrolments[2].pk]]


def test_the_sweep_needs_three_queries_whatever_the_numbers(django_assert_num_queries):
    complete(learner(), course_with_modules(1))
    with django_assert_num_queries(3):
        services.certificates_sweep_ids()

    for _ in range(3):
        complete(learner(), course_with_modules(1))
    with django_assert_num_queries(3):
        assert len(services.certificates_sweep_ids()["enrolments"][0]) == 4


def test_the_sweep_renders_a_pdf_a_dead_worker_left_missing(certificate, run_sweep, announced):
    six_minutes_ago = timezone.now() - services.RENDER_CLAIM_TIMEOUT - timedelta(minutes=1)
    # What a worker killed mid-render leaves: the row, its claim, no PDF.
    Certificate.objects.filter(pk=certificate.pk).update(
        pdf="", issued_at=six_minutes_ago, render_claimed_at=six_minutes_ago
    )

    assert services.certificates_sweep_ids() == {**NOTHING_TO_SWEEP, "renders": [[certificate.pk]]}
    assert run_sweep() == 1

    certificate.refresh_from_db()
    assert certificate.pdf
    assert certificate.display_code in _text(_stored_pdf(certificate))
    assert announced == [certificate.pk]
    assert services.certificates_sweep_ids() == NOTHING_TO_SWEEP


def test_a_pdf_being_rendered_now_is_left_to_its_worker(certificate, run_sweep, announced):
    moments_ago = timezone.now() - timedelta(seconds=10)
    Certificate.objects.filter(pk=certificate.pk).update(
        pdf="", issued_at=moments_ago, render_claimed_at=moments_ago
    )

    assert services.certificates_sweep_ids() == NOTHING_TO_SWEEP
    assert not services.certificate_for_enrolment(enrolment_id=certificate.enrolment_id).pdf
    assert announced == []


def test_one_broken_certificate_does_not_hold_up_its_batch(monkeypatch, run_sweep):
    broken = complete(learner(display_name="Broken Render"), course_with_modules(1))
    fine = complete(learner(display_name="Fine Render"), course_with_modules(1))
    render = services.render_certificate_pdf

    def render_or_fail(certificate, **kwargs):
        if certificate.learner_name == "Broken Render":
            raise ValueError("a glyph WeasyPrint cannot place")
        return render(certificate, **kwargs)

    with monkeypatch.context() as patched:
        patched.setattr(services, "render_certificate_pdf", render_or_fail)
        certificates_batch_task("enrolments", [broken.pk, fine.pk])

    assert Certificate.objects.get(enrolment=fine).pdf
    left = Certificate.objects.get(enrolment=broken)
    assert not left.pdf
    # Once the render could have been claimed again, the sweep renders it.
    six_minutes_ago = timezone.now() - timedelta(minutes=6)
    Certificate.objects.filter(pk=left.pk).update(issued_at=six_minutes_ago)
    assert run_sweep() == 1
    left.refresh_from_db()
    assert left.pdf


def test_a_certificate_stays_verifiable_after_its_course_is_deleted(certificate):
    CoursePage.objects.get(pk=certificate.course_id).delete()

    response = Client().get(f"/en/certificates/verify/{certificate.code}/")

    assert response.status_code == HTTPStatus.OK
    assert "Keeping children safe online" in response.content.decode()


# The PDF ---------------------------------------------------------------------


def test_the_pdf_names_the_learner_the_course_and_the_code(certificate):
    response = _client(certificate.user).get(_pdf_url(certificate))

    assert response["Content-Disposition"] == (
        f'attachment; filename="certificate-{certificate.code}.pdf"'
    )
    reader = _pdf(response)
    text = _text(reader)
    assert len(reader.pages) == 1
    assert LEARNER_NAME in text
    assert "Keeping children safe online" in text
    assert certificate.display_code in text
    assert "Riverside Family Centre" in text
    assert _page_size(reader) == pytest.approx(A4_LANDSCAPE, abs=1)


def test_a_pdf_storage_lost_is_rendered_for_the_download_and_restored_by_command(certificate):
    certificate.refresh_from_db()
    stored_name = certificate.pdf.name
    certificate.pdf.storage.delete(stored_name)

    response = _client(certificate.user).get(_pdf_url(certificate))

    assert certificate.display_code in _text(_pdf(response))
    assert not certificate.pdf.storage.exists(stored_name), "a GET stores nothing"
    out = io.StringIO()
    call_command("certificates_restore", stdout=out)
    assert "PDFs stored again: 1." in out.getvalue()
    certificate.refresh_from_db()
    assert certificate.pdf.storage.exists(certificate.pdf.name)
    call_command("certificates_restore", stdout=out)
    assert "PDFs stored again: 0." in out.getvalue()


def test_the_pdf_comes_on_letter_paper_on_request(certificate):
    client = _client(certificate.user)

    letter = _pdf(client.get(_pdf_url(certificate) + "?paper=Letter"))
    unknown = _pdf(client.get(_pdf_url(certificate) + "?paper=A3"))

    assert _page_size(letter) == pytest.approx(LETTER_LANDSCAPE, abs=1)
    assert certificate.display_code in _text(letter)
    assert _page_size(unknown) == pytest.approx(A4_LANDSCAPE, abs=1)


def test_a_learner_in_the_united_states_gets_letter_paper_and_a4_on_request():
    certificate = issued_certificate(user=learner(country="US"))
    client = _client(certificate.user)

    assert certificate.paper == "Letter"
    stored = _pdf(client.get(_pdf_url(certificate)))
    a4 = _pdf(client.get(_pdf_url(certificate) + "?paper=A4"))

    assert _page_size(stored) == pytest.approx(LETTER_LANDSCAPE, abs=1)
    assert _page_size(a4) == pytest.approx(A4_LANDSCAPE, abs=1)


def test_a_dutch_speaker_gets_the_dutch_title_and_address():
    course = course_with_modules(1, title="Safe at home")
    dutch = locale("nl")
    for page in (home_page(), catalogue_page()):
        if not page.has_translation(dutch):
            page.copy_for_translation(dutch).save_revision().publish()
    translation = course.copy_for_translation(dutch)
    translation.title = "Veilig thuis"
    translation.save_revision().publish()

    certificate = issued_certificate(user=learner(language="nl"), course=course)

    assert certificate.course_title == "Veilig thuis"
    text = _text(_stored_pdf(certificate))
    assert "Veilig thuis" in text
    assert f"http://testserver/nl/certificates/verify/{certificate.code}/" in text.replace("\n", "")
    badge = json.loads(
        _client(certificate.user).get(f"/en/certificates/{certificate.code}/badge.json").content
    )
    assert badge["credentialSubject"]["achievement"]["name"] == "Veilig thuis"
    assert badge["credentialSubject"]["achievement"]["inLanguage"] == "nl"


def test_an_arabic_certificate_renders_its_text():
    name, title = "ليلى أحمد", "السلامة على الإنترنت"
    certificate = issued_certificate(user=learner(display_name=name, language="ar"), title=title)

    text = _text(_pdf(_client(certificate.user).get(_pdf_url(certificate))))

    assert name in text
    assert title in text
    assert certificate.display_code in text


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_pdf_prints_the_verification_address_as_it_must_be_typed(language):
    certificate = issued_certificate(user=learner(language=language))

    text = _text(_pdf(_client(certificate.user).get(_pdf_url(certificate))))

    address = f"http://testserver/{language}/certificates/verify/{certificate.code}/"
    assert address in text.replace("\n", "")
    assert "/http" not in text


# Verification ----------------------------------------------------------------


def test_the_verification_page_says_valid_without_the_learners_name(certificate):
    response = Client().get(f"/en/certificates/verify/{certificate.code}/")

    assert response.status_code == HTTPStatus.OK
    assert response["X-Robots-Tag"] == "noindex"
    page = response.content.decode()
    assert "This certificate is valid." in page
    assert "revoked" not in page
    assert "Keeping children safe online" in page
    assert "Riverside Family Centre" in page
    assert certificate.display_code in page
    with translation.override("en"):
        assert formats.date_format(certificate.completed_on, "DATE_FORMAT") in page
    assert LEARNER_NAME not in page
    assert "Zebedee" not in page and "Quartermain" not in page


def test_a_revoked_certificate_says_so(certificate):
    services.certificate_revoke(certificate=certificate, reason="Issued by mistake.")

    page = Client().get(f"/en/certificates/verify/{certificate.code}/").content.decode()

    assert "This certificate was revoked." in page
    assert "This certificate is valid." not in page
    assert "Issued by mistake." not in page


@pytest.mark.parametrize("form", ["lower", "dashed", "lower-dashed"])
def test_the_code_may_be_typed_in_lower_case_or_with_dashes(certificate, form):
    code = {
        "lower": certificate.code.lower(),
        "dashed": certificate.display_code,
        "lower-dashed": certificate.display_code.lower(),
    }[form]

    response = Client().get(f"/en/certificates/verify/{code}/")

    assert response.status_code == HTTPStatus.OK
    assert "This certificate is valid." in response.content.decode()


@pytest.mark.parametrize("code", ["ABCDEFGHJKMNPQRS", "----", "x" * 40])
def test_an_unknown_code_is_not_found(certificate, code):
    assert Client().get(f"/en/certificates/verify/{code}/").status_code == HTTPStatus.NOT_FOUND


# Who may see what ------------------------------------------------------------


@pytest.mark.parametrize("what", ["certificate.pdf", "certificate.pdf?paper=Letter", "badge.json"])
def test_only_the_owner_downloads_the_pdf_and_the_badge(certificate, staff_user, what):
    url = f"/en/certificates/{certificate.code}/{what}"

    assert _client(certificate.user).get(url).status_code == HTTPStatus.OK
    assert _client(learner()).get(url).status_code == HTTPStatus.NOT_FOUND
    assert _client(staff_user).get(url).status_code == HTTPStatus.NOT_FOUND
    anonymous = Client().get(url)
    assert anonymous.status_code == HTTPStatus.FOUND
    assert anonymous["Location"].startswith("/en/accounts/login/")


def test_the_revoke_page_is_not_found_for_learners_and_anonymous(certificate):
    url = f"/en/certificates/{certificate.code}/revoke/"

    for client in (Client(), _client(certificate.user), _client(learner())):
        assert client.get(url).status_code == HTTPStatus.NOT_FOUND
        assert client.post(url, {"reason": "Cheated."}).status_code == HTTPStatus.NOT_FOUND
    staff_without_permission = UserFactory(is_staff=True)
    response = _client(staff_without_permission).post(url, {"reason": "Cheated."})
    assert response.status_code == HTTPStatus.NOT_FOUND

    certificate.refresh_from_db()
    assert not certificate.is_revoked


def test_a_superuser_revokes_with_a_reason(certificate, staff_user):
    client = _client(staff_user)
    url = f"/en/certificates/{certificate.code}/revoke/"
    assert client.get(url).status_code == HTTPStatus.OK
    assert "Revoke this certificate" in (
        client.get(f"/en/certificates/verify/{certificate.code}/").content.decode()
    )

    for empty in ("", "   "):
        response = client.post(url, {"reason": empty})
        assert response.status_code == HTTPStatus.OK
        assert response.context["form"].errors
        certificate.refresh_from_db()
        assert not certificate.is_revoked

    response = client.post(url, {"reason": "  The course was completed by someone else.  "})

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == f"/en/certificates/verify/{certificate.code}/"
    certificate.refresh_from_db()
    assert certificate.is_revoked
    assert certificate.revoked_reason == "The course was completed by someone else."
    assert "This certificate was revoked." in client.get(response["Location"]).content.decode()
    assert "already revoked" in client.get(url).content.decode()


def test_a_certificate_is_revoked_once(certificate):
    services.certificate_revoke(certificate=certificate, reason="First.")
    revoked_at = certificate.revoked_at

    with pytest.raises(ValidationError):
        services.certificate_revoke(certificate=certificate, reason="Second.")
    with pytest.raises(ValidationError):
        services.certificate_revoke(certificate=Certificate.objects.get(), reason=" ")

    certificate.refresh_from_db()
    assert (certificate.revoked_at, certificate.revoked_reason) == (revoked_at, "First.")


# The Open Badge ---------------------------------------------------------------


def test_the_badge_is_an_open_badges_3_credential(certificate):
    response = _client(certificate.user).get(f"/en/certificates/{certificate.code}/badge.json")

    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("application/ld+json")
    badge = json.loads(response.content)
    assert badge["@context"] == CONTEXTS
    assert badge["@context"][0] == "https://www.w3.org/ns/credentials/v2"
    assert "ob/v3p0/context" in badge["@context"][1]
    assert {"VerifiableCredential", "OpenBadgeCredential"} <= set(badge["type"])
    assert badge["id"] == f"http://testserver/en/certificates/verify/{certificate.code}/"
    assert badge["credentialSubject"]["achievement"]["name"] == "Keeping children safe online"
    assert badge["credentialSubject"]["activityEndDate"].startswith(
        certificate.completed_on.isoformat()
    )
    assert badge["issuer"]["name"] == "Riverside Family Centre"
    assert badge["validFrom"].endswith("Z")
    # The ids are addresses that work: the verification page and the course.
    achievement_id = badge["credentialSubject"]["achievement"]["id"]
    assert achievement_id == "http://testserver" + certificate.course.url
    for url in (badge["id"], achievement_id):
        assert Client().get(url.removeprefix("http://testserver")).status_code == HTTPStatus.OK


# Pupils in a class -------------------------------------------------------------


@pytest.fixture
def classroom(w):
    return w.classroom, w.teacher


def _pupil(classroom, nickname="Sam"):
    pupil = UserFactory(email="", profile__display_name=nickname, profile__audience="young_learner")
    pupil_join(classroom=classroom, pupil=pupil, nickname=nickname)
    return pupil


def test_a_pupil_gets_a_certificate_once_the_teacher_switches_them_on(
    classroom, inline_tasks, django_capture_on_commit_callbacks, run_sweep
):
    classroom, teacher = classroom
    assert not classroom.certificates_enabled
    pupil = _pupil(classroom)

    with django_capture_on_commit_callbacks(execute=True):
        enrolment = complete(pupil, classroom.course)

    assert inline_tasks == [(COURSE_CERTIFICATE, [f"enrolment:{enrolment.pk}"])]
    assert not Certificate.objects.exists()
    assert services.certificates_sweep_ids() == NOTHING_TO_SWEEP

    response = _client(teacher).post(f"/en/classes/{classroom.pk}/certificates-on/")

    assert response.status_code == HTTPStatus.FOUND
    classroom.refresh_from_db()
    assert classroom.certificates_enabled
    assert services.certificates_sweep_ids()["enrolments"] == [[enrolment.pk]]
    assert run_sweep() == 1
    certificate = Certificate.objects.get()
    assert certificate.user == pupil
    assert certificate.learner_name == "Sam"
    assert certificate.organisation_name == "Hillside School"


def test_a_pupil_in_a_class_with_certificates_on_gets_one_at_once(
    classroom, inline_tasks, django_capture_on_commit_callbacks
):
    classroom, teacher = classroom
    _client(teacher).post(f"/en/classes/{classroom.pk}/certificates-on/")
    pupil = _pupil(classroom)

    with django_capture_on_commit_callbacks(execute=True):
        complete(pupil, classroom.course)

    assert Certificate.objects.get().user == pupil
    # Switching off later takes nothing back.
    _client(teacher).post(f"/en/classes/{classroom.pk}/certificates-off/")
    assert Certificate.objects.filter(user=pupil).exists()


def test_another_teacher_cannot_switch_certificates_on(classroom):
    classroom, _teacher = classroom
    stranger = UserFactory(profile__audience="teacher")

    response = _client(stranger).post(f"/en/classes/{classroom.pk}/certificates-on/")

    assert response.status_code == HTTPStatus.NOT_FOUND
    classroom.refresh_from_db()
    assert not classroom.certificates_enabled


# Peer mentors -------------------------------------------------------------------


def test_an_approved_mentor_gets_one_mentor_certificate(
    inline_tasks, django_capture_on_commit_callbacks, announced
):
    organisation = OrganisationFactory(name="Youth Hub North")
    mentor_course = course_with_modules(1, audience="peer_mentor", title="Becoming a peer expert")
    coach = member(organisation, Role.COACH, audience="teacher")
    user, mentor = trained_mentor(organisation, mentor_course, coach, approve=False)

    with django_capture_on_commit_callbacks(execute=True):
        mentor_approve(mentor=mentor, coach=coach)

    certificate = Certificate.objects.get(user=user)
    assert certificate.kind == Certificate.Kind.MENTOR
    assert (certificate.peer_mentor_id, certificate.enrolment_id) == (mentor.pk, None)
    assert certificate.course_title == "Becoming a peer expert"
    assert certificate.organisation_name == "Youth Hub North"
    assert certificate.pdf
    assert "PEER MENTOR" in _text(_stored_pdf(certificate)).upper()
    badge = json.loads(_client(user).get(f"/en/certificates/{certificate.code}/badge.json").content)
    assert badge["credentialSubject"]["achievement"]["name"] == "Peer mentor"

    mentor_suspend(mentor=mentor, coach=coach, reason="A break over the exams.")
    with django_capture_on_commit_callbacks(execute=True):
        mentor_approve(mentor=mentor, coach=coach)

    # Approved again: the certificate was owed once, and is not owed again.
    assert [kind for kind, _keys in inline_tasks] == [MENTOR_CERTIFICATE]
    assert Certificate.objects.filter(user=user).count() == 1
    assert announced == [certificate.pk]
    assert services.certificates_sweep_ids()["mentors"] == []


def test_the_sweep_issues_a_mentor_certificate_whose_task_never_ran(run_sweep):
    organisation = OrganisationFactory()
    mentor_course = course_with_modules(1, audience="peer_mentor", gives_certificate=False)
    coach = member(organisation, Role.COACH, audience="teacher")
    # Approved outside django_capture_on_commit_callbacks: the task was never sent.
    _user, mentor = trained_mentor(organisation, mentor_course, coach)

    assert services.certificates_sweep_ids() == {**NOTHING_TO_SWEEP, "mentors": [[mentor.pk]]}
    assert run_sweep() == 1

    certificate = Certificate.objects.get()
    assert (certificate.kind, certificate.peer_mentor) == (Certificate.Kind.MENTOR, mentor)
    assert certificate.pdf
    assert services.certificates_sweep_ids() == NOTHING_TO_SWEEP


def test_no_mentor_certificate_before_approval():
    organisation = OrganisationFactory()
    coach = member(organisation, Role.COACH, audience="teacher")
    _user, mentor = trained_mentor(
        organisation, course_with_modules(1, audience="peer_mentor"), coach, approve=False
    )

    assert services.certificate_for_mentor(peer_mentor_id=mentor.pk) is None
    assert services.certificates_sweep_ids()["mentors"] == []


# The dashboard -------------------------------------------------------------------


def test_the_dashboard_lists_the_certificate_with_its_pdf(certificate):
    client = _client(certificate.user)

    page = client.get("/en/dashboard/").content.decode()

    assert "Your certificates" in page
    assert "Download the certificate (PDF)" in page
    pdf_url = _pdf_url(certificate)
    assert f'href="{pdf_url}"' in page
    assert f'href="{pdf_url}?paper=Letter"' in page
    assert f'href="/en/certificates/verify/{certificate.code}/"' in page
    assert f'href="/en/certificates/{certificate.code}/badge.json"' in page
    assert certificate.display_code in page
    assert LEARNER_NAME in _text(_pdf(client.get(pdf_url)))


def test_the_dashboard_says_when_the_pdf_is_still_being_made(certificate):
    Certificate.objects.filter(pk=certificate.pk).update(pdf="")
    client = _client(certificate.user)

    page = client.get("/en/dashboard/").content.decode()

    assert "The PDF is being made." in page
    assert "Download the certificate (PDF)" not in page
    url = _pdf_url(certificate)
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND


def test_the_dashboard_shows_only_ones_own_certificates(certificate):
    page = _client(learner()).get("/en/dashboard/").content.decode()

    assert "Your certificates" not in page
    assert certificate.code not in page and certificate.display_code not in page


def test_the_dashboard_needs_as_many_queries_for_five_certificates_as_for_one(
    client, count_queries
):
    user = learner()
    issued_certificate(user=user, modules=1)
    client.force_login(user)
    with_one = count_queries("/en/dashboard/")

    for _ in range(4):
        issued_certificate(user=user, modules=1)
    with_five = count_queries("/en/dashboard/")

    assert client.get("/en/dashboard/").content.decode().count("Download the certificate") == 5
    assert with_five == with_one


# Review fixes ------------------------------------------------------------------------


def test_pdfs_live_in_private_storage_with_no_public_url(settings, certificate):
    from django.core.files.storage import storages

    name = certificate.pdf.name
    assert storages["private"].exists(name) and not storages["default"].exists(name)
    # The field follows STORAGES["private"], also after a test changed the setting.
    assert Certificate._meta.get_field("pdf").storage.__class__ is type(storages["private"])
    production_like = settings.PRIVATE_STORAGE["OPTIONS"]
    assert production_like["base_url"] is None
    assert not str(production_like["location"]).startswith(str(settings.MEDIA_ROOT))


def test_a_pdf_lost_by_storage_is_rendered_again_on_download(certificate):
    certificate.pdf.storage.delete(certificate.pdf.name)

    response = _client(certificate.user).get(_pdf_url(certificate))

    assert response.status_code == HTTPStatus.OK
    assert certificate.display_code in "".join(page.extract_text() for page in _pdf(response).pages)


def test_a_certificate_never_announced_is_announced_by_the_due_sweep(certificate):
    from notifications.models import Kind, SentNotification
    from notifications.services import certificates_ready_missing

    SentNotification.objects.filter(kind=Kind.CERTIFICATE_READY).delete()
    later = timezone.now() + timedelta(minutes=5)

    assert certificates_ready_missing(now=later) == 1
    assert certificates_ready_missing(now=later) == 0
    assert SentNotification.objects.filter(
        kind=Kind.CERTIFICATE_READY, subject=f"certificate:{certificate.pk}"
    ).exists()


def test_revoking_records_who_did_it(certificate, staff_user):
    client = _client(staff_user)

    client.post(f"/en/certificates/{certificate.code}/revoke/", {"reason": "Issued in error."})

    certificate.refresh_from_db()
    assert certificate.revoked_by == staff_user
