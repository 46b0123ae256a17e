"""Delivering reminders: e-mail or notice, language, quiet hours, unsubscribing, exactly once."""

import datetime
import threading
from http import HTTPStatus
from smtplib import SMTPRecipientsRefused, SMTPServerDisconnected
from urllib.parse import urlsplit

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.core import mail, signing
from django.core.mail import EmailMultiAlternatives
from django.db import connection, connections
from django.test import Client

from certificates.services import certificate_for_enrolment
from courses.services import module_complete
from notifications import services, sweeps
from notifications.messages import UNSUBSCRIBE_SALT, unsubscribe_token
from notifications.models import InAppNotice, Kind, ReminderRule, SentNotification, Unsubscription
from outbox.delivery import LEASE
from outbox.models import Message
from tests.courses.factories import course_page
from tests.notifications.factories import (
    UTC,
    a_course_with_a_module,
    bulk_idle_enrolments,
    class_with_pupils,
    course_of,
    idle_enrolment,
    inactive_sweep,
    learner,
    local,
    session_at,
    wednesday_noon,
)
from tests.worlds import module_world

pytestmark = pytest.mark.django_db

AMSTERDAM = "Europe/Amsterdam"
WEEK = datetime.timedelta(weeks=1)


@pytest.fixture
def now():
    return wednesday_noon()


# The course the reminders are about, built once for the file (tests/worlds.py); each
# test makes its own learners.
world, module_world_built = module_world(a_course_with_a_module, name="world")


@pytest.fixture
def course(world):
    return course_of(world)


def _path(url: str) -> str:
    return urlsplit(url).path


def _link_for(user, kind: str) -> str:
    return f"/en/notifications/unsubscribe/{unsubscribe_token(user_id=user.pk, kind=kind)}/"


def _unsubscribe_link(message) -> str:
    return message.extra_headers["List-Unsubscribe"].removeprefix("<").removesuffix(">")


# E-mail, or a notice -------------------------------------------------------------


def test_an_adult_gets_one_email_with_text_html_and_the_links(course, now, client):
    user = learner(display_name="Alex")
    idle_enrolment(user, course, now=now)

    inactive_sweep(now=now)

    [message] = mail.outbox
    assert message.to == [user.email]
    assert message.subject == "Pick up Safer gaming where you left off"
    assert message.body.startswith("Hello Alex,")
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    assert html.startswith("<!DOCTYPE html>") and '<html lang="en"' in html
    assert "Hello Alex," in html and "Safer gaming" in html
    unsubscribe = _unsubscribe_link(message)
    preferences = "http://testserver/en/notifications/preferences/"
    assert unsubscribe.startswith("http://testserver/en/notifications/unsubscribe/")
    for part in (message.body, html):
        assert unsubscribe in part and preferences in part
        assert f"http://testserver{course.url}" in part
    mime = message.message()
    assert mime.get_content_type() == "multipart/alternative"
    assert mime["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert mime["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert client.get(_path(unsubscribe)).status_code == HTTPStatus.OK
    client.force_login(user)
    assert client.get(_path(preferences)).status_code == HTTPStatus.OK
    row = SentNotification.objects.get()
    assert (row.status, row.channel) == (SentNotification.Status.SENT, "email")
    assert row.sent_at is not None


def test_the_email_is_in_the_learners_language(course, now):
    dutch = learner(display_name="Sanne", language="nl")
    english = learner(display_name="Sam")
    idle_enrolment(dutch, course, now=now)
    idle_enrolment(english, course, now=now)

    inactive_sweep(now=now)

    by_address = {message.to[0]: message for message in mail.outbox}
    in_dutch, in_english = by_address[dutch.email], by_address[english.email]
    html = in_dutch.alternatives[0][0]
    assert in_dutch.subject == "Ga verder met Safer gaming waar je was gebleven"
    assert in_dutch.body.startswith("Beste Sanne,") and "Beste Sanne," in html
    assert "Stop deze berichten (één klik" in in_dutch.body
    assert '<html lang="nl"' in html
    assert "/nl/notifications/unsubscribe/" in in_dutch.body
    assert "/nl/notifications/preferences/" in in_dutch.body
    assert in_english.body.startswith("Hello Sam,")
    assert "/en/notifications/unsubscribe/" in in_english.body
    page = Client().get(_path(_unsubscribe_link(in_dutch))).content.decode()
    assert ">Afmelden</button>" in page


def test_a_notice_is_in_its_readers_language(course, now):
    young = learner(email="", language="nl")
    idle_enrolment(young, course, now=now)

    inactive_sweep(now=now)

    notice = InAppNotice.objects.get()
    assert notice.title == "Ga verder met Safer gaming waar je was gebleven"
    assert notice.body == "Ga verder waar je was gebleven in Safer gaming."


def test_a_learner_without_email_gets_a_notice_on_the_dashboard(course, now, client):
    young = learner(email="", language="en")
    idle_enrolment(young, course, now=now)

    outcome = inactive_sweep(now=now)

    assert outcome["sent"] == 1 and mail.outbox == []
    notice = InAppNotice.objects.get()
    assert notice.user == young
    assert notice.title == "Pick up Safer gaming where you left off"
    assert notice.body == "Pick up where you left off in Safer gaming."
    assert notice.url == f"http://testserver{course.url}"
    assert SentNotification.objects.get().channel == "in_app"
    client.force_login(young)
    dashboard = client.get("/en/dashboard/").content.decode()
    assert notice.title in dashboard
    assert f"/en/notifications/notices/{notice.pk}/read/" in dashboard


def test_a_notice_is_dismissed_by_its_reader_only(course, now, client):
    young = learner(email="")
    idle_enrolment(young, course, now=now)
    inactive_sweep(now=now)
    notice = InAppNotice.objects.get()
    dismiss = f"/en/notifications/notices/{notice.pk}/read/"

    client.force_login(learner(email=""))
    assert client.post(dismiss).status_code == HTTPStatus.NOT_FOUND
    client.force_login(young)
    assert client.get(dismiss).status_code == HTTPStatus.METHOD_NOT_ALLOWED
    response = client.post(dismiss)

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/en/dashboard/"
    notice.refresh_from_db()
    assert notice.read_at is not None
    assert notice.title not in client.get("/en/dashboard/").content.decode()


# Quiet hours -----------------------------------------------------------------------


def test_a_reminder_at_night_waits_until_8_in_the_learners_morning(course, now):
    user = learner(time_zone=AMSTERDAM)
    idle_enrolment(user, course, now=now)
    night = local(now, datetime.time(22, 30), AMSTERDAM)
    next_morning = local(now + datetime.timedelta(days=1), datetime.time(8), AMSTERDAM)

    outcome = inactive_sweep(now=night)

    assert outcome == {"sent": 0, "skipped": 0, "postponed": 1, "failed": 0}
    assert mail.outbox == []
    row = SentNotification.objects.get()
    assert row.status == SentNotification.Status.PENDING
    owed = Message.objects.get(key=services.outbox_key(row.pk))
    assert owed.due_at == next_morning and owed.claim is None
    assert next_morning.astimezone(UTC).hour in {6, 7}  # 08:00 CEST or CET

    minute = datetime.timedelta(minutes=1)
    assert services.due_ids(now=next_morning - minute) == []
    assert services.deliver(ids=[row.pk], now=next_morning - minute) == {}
    assert services.due_ids(now=next_morning + minute) == [row.pk]
    assert services.deliver(ids=[row.pk], now=next_morning + minute)["sent"] == 1
    assert [m.to for m in mail.outbox] == [[user.email]]


def test_where_it_is_daytime_the_reminder_goes_at_once(course, now):
    night_in_amsterdam = local(now, datetime.time(22, 30), AMSTERDAM)
    in_new_york = learner(time_zone="America/New_York")  # 16:30 or 17:30 there
    in_amsterdam = learner(time_zone=AMSTERDAM)
    idle_enrolment(in_new_york, course, now=now)
    idle_enrolment(in_amsterdam, course, now=now)

    outcome = inactive_sweep(now=night_in_amsterdam)

    assert outcome["sent"] == 1 and outcome["postponed"] == 1
    assert [m.to for m in mail.outbox] == [[in_new_york.email]]


@pytest.mark.parametrize(
    ("clock", "quiet"),
    [
        (datetime.time(20, 59), False),
        (datetime.time(21, 0), True),
        (datetime.time(3, 0), True),
        (datetime.time(7, 59), True),
        (datetime.time(8, 0), False),
    ],
)
def test_quiet_hours_run_from_21_to_8_local_time(now, clock, quiet):
    rule = ReminderRule.objects.get(kind=Kind.INACTIVE_LEARNER)

    until = services.quiet_until(rule=rule, time_zone=AMSTERDAM, now=local(now, clock, AMSTERDAM))

    assert (until is not None) is quiet
    if quiet:
        assert until.astimezone(datetime.UTC) == local(
            now + datetime.timedelta(days=1 if clock.hour >= 21 else 0),
            datetime.time(8),
            AMSTERDAM,
        )


def test_an_unknown_time_zone_counts_as_utc(now):
    rule = ReminderRule.objects.get(kind=Kind.INACTIVE_LEARNER)

    assert services.quiet_until(rule=rule, time_zone="Mars/Olympus", now=now) is None
    assert services.quiet_until(rule=rule, time_zone="", now=now.replace(hour=23)) == now.replace(
        hour=8
    ) + datetime.timedelta(days=1)


def test_certificate_ready_is_not_held_back_by_quiet_hours(course, now, monkeypatch):
    """By design: it answers the learner's own action a moment ago (services.NOT_QUIET)."""
    user = learner(time_zone=AMSTERDAM, display_name="Noor")
    enrolment = idle_enrolment(user, course, now=now)
    module_complete(user=user, module=course.first_module)
    night = local(now, datetime.time(23, 15), AMSTERDAM)
    rule = ReminderRule.objects.get(kind=Kind.CERTIFICATE_READY)
    assert services.quiet_until(rule=rule, time_zone=AMSTERDAM, now=night) is not None

    certificate = certificate_for_enrolment(enrolment_id=enrolment.pk)
    ids = services.due_ids(now=night)
    outcome = services.deliver(ids=ids, now=night)

    assert outcome["sent"] == 1 and outcome["postponed"] == 0
    [message] = mail.outbox
    assert message.to == [user.email]
    assert message.subject == f"Your certificate is ready: {certificate.course_title}"
    assert certificate.code in message.body


def test_a_postponed_reminder_is_dropped_if_the_learner_completed_the_course(course, now):
    user = learner(time_zone=AMSTERDAM)
    idle_enrolment(user, course, now=now)
    inactive_sweep(now=local(now, datetime.time(22, 30), AMSTERDAM))
    module_complete(user=user, module=course.first_module)

    morning = local(now + datetime.timedelta(days=1), datetime.time(8, 1), AMSTERDAM)
    services.deliver(ids=services.due_ids(now=morning), now=morning)

    assert mail.outbox == []


def test_a_session_reminder_is_not_sent_after_the_session_began(now):
    c = class_with_pupils(time_zone=AMSTERDAM)
    # Planned in the evening for 07:45 the next morning, Amsterdam time.
    session_at(c, local(now + datetime.timedelta(days=1), datetime.time(7, 45), AMSTERDAM))
    evening = local(now, datetime.time(21, 30), AMSTERDAM)
    outcome = services.deliver(ids=sweeps.upcoming_sessions_queue(now=evening), now=evening)
    # Held back by quiet hours until 08:00, it would arrive too late: it is dropped.
    assert outcome["skipped"] == 3
    assert mail.outbox == []

    at_8 = local(now + datetime.timedelta(days=1), datetime.time(8, 1), AMSTERDAM)
    services.deliver(ids=services.due_ids(now=at_8), now=at_8)

    assert mail.outbox == []
    assert not InAppNotice.objects.exists()


# Unsubscribing -----------------------------------------------------------------------


@pytest.fixture
def reminded(course, now):
    """A learner who has had a reminder; the unsubscribe link from it."""
    user = learner()
    idle_enrolment(user, course, now=now)
    inactive_sweep(now=now)
    [message] = mail.outbox
    return user, _path(_unsubscribe_link(message))


def test_the_unsubscribe_link_shows_a_page_without_signing_in(reminded):
    user, link = reminded

    response = Client().get(link)

    assert response.status_code == HTTPStatus.OK
    page = response.content.decode()
    assert "Reminder to an inactive learner" in page
    assert f'<form method="post" action="{link}">' in page
    assert ">Unsubscribe</button>" in page
    # Link scanners open links: only the button unsubscribes.
    assert not Unsubscription.objects.exists()


def test_posting_unsubscribes_that_kind_and_the_next_sweep_skips_it(reminded, course, now):
    user, link = reminded
    anonymous = Client(enforce_csrf_checks=True)  # mail clients post without a CSRF token

    response = anonymous.post(link, {"List-Unsubscribe": "One-Click"})
    again = anonymous.post(link)

    assert response.status_code == again.status_code == HTTPStatus.OK
    assert "You are unsubscribed" in response.content.decode()
    assert list(Unsubscription.objects.values_list("user_id", "kind")) == [
        (user.pk, Kind.INACTIVE_LEARNER)
    ]
    for week in range(1, 3):
        inactive_sweep(now=now + week * WEEK)
    assert len(mail.outbox) == 1
    assert SentNotification.objects.count() == 1


def test_a_reminder_queued_before_unsubscribing_is_not_sent(reminded, course, now):
    user, link = reminded
    later = now + WEEK
    due = sweeps.inactive_queue_batch(
        enrolment_ids=list(user.enrolments.values_list("pk", flat=True)), now=later
    )

    Client().post(link)
    outcome = services.deliver(ids=due, now=later)

    assert len(due) == 1
    assert outcome == {"sent": 0, "skipped": 1, "postponed": 0, "failed": 0}
    assert len(mail.outbox) == 1


def test_the_token_of_one_kind_leaves_the_other_kinds_on(reminded, client):
    user, link = reminded
    client.post(link)

    client.force_login(user)
    form = client.get("/en/notifications/preferences/").context["form"]

    assert set(Unsubscription.objects.values_list("kind", flat=True)) == {Kind.INACTIVE_LEARNER}
    assert set(form.initial["kinds"]) == set(Kind.values) - {Kind.INACTIVE_LEARNER}


def test_the_session_reminder_reaches_someone_unsubscribed_from_inactivity(now):
    c = class_with_pupils()
    Client().post(_link_for(c.teacher, Kind.INACTIVE_LEARNER))
    session_at(c, now + datetime.timedelta(hours=20))

    services.deliver(ids=sweeps.upcoming_sessions_queue(now=now), now=now)

    assert c.teacher.email in [m.to[0] for m in mail.outbox]


def _tampered(link: str) -> str:
    token = link.rstrip("/").rsplit("/", 1)[1]
    last = "A" if token[-1] != "A" else "B"
    return link.replace(token, token[:-1] + last)


@pytest.mark.parametrize(
    "make_token",
    [
        pytest.param(lambda user: None, id="tampered signature"),
        pytest.param(lambda user: "nonsense", id="garbage"),
        pytest.param(lambda user: signing.dumps([user.pk, "inactive_learner"]), id="other salt"),
        pytest.param(
            lambda user: signing.dumps([user.pk, "everything"], salt=UNSUBSCRIBE_SALT),
            id="unknown kind",
        ),
        pytest.param(
            lambda user: signing.dumps([str(user.pk), "inactive_learner"], salt=UNSUBSCRIBE_SALT),
            id="user id not a number",
        ),
    ],
)
def test_a_bad_token_is_not_found(reminded, make_token):
    user, link = reminded
    token = make_token(user)
    bad = _tampered(link) if token is None else f"/en/notifications/unsubscribe/{token}/"

    assert Client().get(bad).status_code == HTTPStatus.NOT_FOUND
    assert Client().post(bad).status_code == HTTPStatus.NOT_FOUND
    assert not Unsubscription.objects.exists()


def test_the_preferences_page_needs_sign_in_and_saves_choices(reminded, client):
    user, _link = reminded
    assert client.get("/en/notifications/preferences/").status_code == HTTPStatus.FOUND

    client.force_login(user)
    response = client.post(
        "/en/notifications/preferences/",
        {"kinds": [Kind.UPCOMING_SESSION, Kind.CERTIFICATE_READY]},
        follow=True,
    )

    assert "Your notification choices are saved." in response.content.decode()
    assert set(Unsubscription.objects.filter(user=user).values_list("kind", flat=True)) == {
        Kind.INACTIVE_LEARNER,
        Kind.MENTOR_DIGEST,
    }
    client.post("/en/notifications/preferences/", {"kinds": Kind.values})
    assert not Unsubscription.objects.exists()


@pytest.mark.django_db(transaction=True)  # the foreign key is checked at commit
def test_the_link_of_a_deleted_account_does_not_fail(without_the_world, migrated_data):
    user = learner()
    link = _link_for(user, Kind.INACTIVE_LEARNER)
    user.delete()

    response = Client(raise_request_exception=False).post(link)

    assert response.status_code < 500


# Exactly once ----------------------------------------------------------------------------


def test_two_sweeps_and_two_deliveries_send_one_email_each(course, now):
    learners = [learner() for _ in range(3)]
    ids = [idle_enrolment(user, course, now=now).pk for user in learners]

    first = sweeps.inactive_queue_batch(enrolment_ids=ids, now=now)
    second = sweeps.inactive_queue_batch(enrolment_ids=ids, now=now)
    services.deliver(ids=first, now=now)
    services.deliver(ids=second, now=now)
    services.deliver(ids=first + second, now=now)

    assert len(first) == 3 and second == []  # the second finds them owed already
    assert sorted(m.to[0] for m in mail.outbox) == sorted(user.email for user in learners)


@pytest.mark.django_db(transaction=True)
def test_concurrent_sweeps_and_deliveries_send_one_email_each(without_the_world, migrated_data):
    if connection.vendor != "postgresql":
        pytest.skip("concurrent writers need PostgreSQL (SQLite locks the whole database)")
    now = wednesday_noon()
    ids = bulk_idle_enrolments(course_page(), 40, now=now, prefix="race")
    barrier = threading.Barrier(2, timeout=30)
    errors = []

    def sweep_and_deliver():
        try:
            barrier.wait()
            due = sweeps.inactive_queue_batch(enrolment_ids=ids, now=now)
            barrier.wait()  # both have queued before either delivers
            services.deliver(ids=due, now=now)
        except Exception as error:
            errors.append(error)
            barrier.abort()
        finally:
            connections.close_all()

    threads = [threading.Thread(target=sweep_and_deliver) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    recipients = [m.to[0] for m in mail.outbox]
    assert len(recipients) == len(set(recipients)) == 40
    assert SentNotification.objects.filter(status=SentNotification.Status.SENT).count() == 40


def _send_failing(monkeypatch, *, call: int, error: Exception) -> list[str]:
    """Make the `call`-th EmailMultiAlternatives.send raise `error`; the addresses tried."""
    real_send = EmailMultiAlternatives.send
    tried = []

    def send(message, *args, **kwargs):
        tried.append(message.to[0])
        if len(tried) == call:
            raise error
        return real_send(message, *args, **kwargs)

    monkeypatch.setattr(EmailMultiAlternatives, "send", send)
    return tried


def _addresses() -> list[str]:
    return sorted(SentNotification.objects.values_list("user__email", flat=True))


@pytest.fixture
def three_due(course, now):
    learners = [learner() for _ in range(3)]
    ids = [idle_enrolment(user, course, now=now).pk for user in learners]
    return sweeps.inactive_queue_batch(enrolment_ids=ids, now=now)


def test_a_network_error_puts_the_unsent_back_for_later(three_due, now, monkeypatch):
    tried = _send_failing(monkeypatch, call=2, error=SMTPServerDisconnected("gone"))

    # The second fails and the third is not tried: the server is down for it too.
    assert services.deliver(ids=three_due, now=now) == {
        "sent": 1,
        "skipped": 0,
        "postponed": 0,
        "failed": 0,
        "retry": 2,
    }

    assert [m.to[0] for m in mail.outbox] == tried[:1]
    status = {row.user.email: row.status for row in SentNotification.objects.all()}
    assert status.pop(tried[0]) == SentNotification.Status.SENT
    assert set(status.values()) == {SentNotification.Status.PENDING}
    waiting = Message.objects.filter(done_at__isnull=True)
    assert waiting.count() == 2 and not waiting.filter(claim__isnull=False).exists()
    assert services.deliver(ids=three_due, now=now) == {}  # not before the retry's time

    monkeypatch.undo()
    later = now + datetime.timedelta(seconds=11)
    outcome = services.deliver(ids=three_due, now=later)

    assert outcome["sent"] == 2
    assert sorted(m.to[0] for m in mail.outbox) == _addresses()
    assert services.deliver(ids=three_due, now=later) == {}
    assert len(mail.outbox) == 3


def test_a_refused_recipient_is_marked_failed_and_not_retried(three_due, now, monkeypatch):
    tried = _send_failing(
        monkeypatch, call=2, error=SMTPRecipientsRefused({"x@example.org": (550, b"no")})
    )

    outcome = services.deliver(ids=three_due, now=now)
    monkeypatch.undo()

    assert outcome == {"sent": 2, "skipped": 0, "postponed": 0, "failed": 1}
    failed = SentNotification.objects.get(status=SentNotification.Status.FAILED)
    assert failed.user.email == tried[1]
    assert services.deliver(ids=three_due, now=now) == {}
    assert services.due_ids(now=now + WEEK) == []
    assert sorted(m.to[0] for m in mail.outbox) == sorted([tried[0], tried[2]])


def test_a_worker_stopped_mid_batch_sends_the_rest_and_nothing_twice(three_due, now, monkeypatch):
    tried = _send_failing(monkeypatch, call=2, error=SoftTimeLimitExceeded())
    with pytest.raises(SoftTimeLimitExceeded):
        services.deliver(ids=three_due, now=now)
    monkeypatch.undo()

    # The untried one went back at once; the one in flight waits for its lease to end.
    assert services.deliver(ids=three_due, now=now) == {
        "sent": 1,
        "skipped": 0,
        "postponed": 0,
        "failed": 0,
    }
    in_flight = Message.objects.get(done_at__isnull=True)
    assert in_flight.in_doubt
    later = now + LEASE + datetime.timedelta(seconds=1)
    assert services.deliver(ids=services.due_ids(now=later), now=later)["sent"] == 1

    # Whether the mail server took the interrupted one is unknown: it is sent again,
    # with the Message-ID it had, so that a mail client shows one.
    recipients = [m.to[0] for m in mail.outbox]
    assert sorted(recipients) == _addresses()
    assert recipients.count(tried[0]) == 1
    resent = next(m for m in mail.outbox if m.to[0] == tried[1])
    assert resent.extra_headers["Message-ID"] == f"<outbox.{in_flight.pk}@testserver>"


def test_a_mentor_s_course_and_mentor_certificates_are_told_apart(without_the_world, migrated_data):
    from outbox.delivery import sweep
    from tests.mentoring.factories import mentoring_world

    w = mentoring_world()  # the mentors completed the course and were approved
    sweep()  # certificates and their PDFs
    sweep()  # the "certificate ready" messages they owe

    told = [m.subject for m in mail.outbox if m.to == [w.mentor_a.email]] + list(
        InAppNotice.objects.filter(user=w.mentor_a).values_list("body", flat=True)
    )
    assert len(told) == 2, told
    assert len(set(told)) == 2, "the same notice twice"
    assert any("peer mentor certificate" in text for text in told)


def test_an_approved_mentor_is_not_told_to_ask_for_approval(db):
    from tests.mentoring.factories import mentoring_world

    w = mentoring_world()
    client = Client()
    client.force_login(w.mentor_a)

    page = client.get("/en/dashboard/").content.decode()

    assert "ask your coach to approve you" not in page
    assert "Go to your peer groups" in page
