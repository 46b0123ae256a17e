"""Parental consent below the age of digital consent: sign-up, the parent's one-time and
lasting links, and what a child may not have (e-mail, peer mentoring) until a parent agrees."""

import datetime
import json
import re
from http import HTTPStatus
from types import SimpleNamespace

import pytest
from django.core import mail, signing
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone

from accounts.models import Role, User
from courses.services import module_complete
from mentoring.models import PeerMentor
from mentoring.services import mentor_request
from notifications.models import InAppNotice, SentNotification
from outbox.models import Message
from privacy.consent import (
    CONSENT_DECIDED_MAIL,
    CONSENT_MAIL,
    consent_missing,
    email_allowed,
    link_token,
)
from privacy.models import ParentalConsent
from tests.accounts.factories import OrganisationFactory
from tests.courses.factories import course_page, module_page
from tests.notifications.factories import idle_enrolment, inactive_sweep, learner, wednesday_noon
from tests.roles import member, youth

pytestmark = pytest.mark.django_db

SIGNUP_URL = "/en/accounts/signup/"
STATUS_URL = "/en/accounts/consent/"
CHILD = "kid@example.org"
PARENT = "mum@example.org"
Status = ParentalConsent.Status


@pytest.fixture
def consent_mails(outbox_inline):
    """The consent mails are delivered when their transaction commits, as a worker would."""
    return outbox_inline(CONSENT_MAIL, CONSENT_DECIDED_MAIL)


@pytest.fixture
def post(consent_mails, django_capture_on_commit_callbacks):
    """POST, then run what was owed after the commit (the outbox's mails)."""

    def post(client, url, data=None):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data or {})

    return post


def _signup(post, client, *, age_band="12-14", country="NL", **extra):
    password = "Correct-Horse-Battery-9"
    data = {"email": CHILD, "password1": password, "password2": password}
    return post(client, SIGNUP_URL, {**data, "age_band": age_band, "country": country, **extra})


def _mails_to(address):
    return [message for message in mail.outbox if message.to == [address]]


def _link_in(message, part="/consent/") -> str:
    match = re.search(rf"https?://[^/\s]+(/\S*{part}\S+)", message.body)
    assert match, message.body
    return match.group(1)


def _consent():
    return ParentalConsent.objects.get(child__email=CHILD)


def _confirm_child(post, client):
    """The child follows the link in their own verification mail and confirms."""
    [verification] = _mails_to(CHILD)
    response = post(client, _link_in(verification, "/confirm-email/"))
    assert response.status_code == HTTPStatus.FOUND, response.content


@pytest.fixture
def asked(client, post):
    """A 12-14 in NL signed up; their parent has the one-time link."""
    response = _signup(post, client, parent_email=PARENT)
    assert response.status_code == HTTPStatus.FOUND, response.content
    _confirm_child(post, client)
    [request_mail] = _mails_to(PARENT)
    return SimpleNamespace(child=User.objects.get(email=CHILD), link=_link_in(request_mail))


@pytest.fixture
def agreed(asked, post):
    """The parent agreed; the second mail carries their lasting link."""
    response = post(Client(), asked.link, {"answer": "agree"})
    assert response.status_code == HTTPStatus.FOUND
    [decided] = [m for m in _mails_to(PARENT) if "/consent/manage/" in m.body]
    asked.manage = _link_in(decided, "/consent/manage/")
    return asked


# Sign-up -------------------------------------------------------------------------------


def test_a_child_below_the_age_must_give_a_parents_address_and_the_parent_is_mailed(client, post):
    response = _signup(post, client)

    assert response.status_code == HTTPStatus.OK
    errors = response.context["form"].errors
    assert list(errors) == ["parent_email"]
    assert "Netherlands" in errors["parent_email"][0] and "16" in errors["parent_email"][0]
    assert not User.objects.exists() and not ParentalConsent.objects.exists()
    assert mail.outbox == []

    response = _signup(post, client, parent_email=PARENT)

    assert response.status_code == HTTPStatus.FOUND
    child = User.objects.get(email=CHILD)
    consent = ParentalConsent.objects.get(child=child)
    assert consent.status == Status.PENDING and consent.parent_email == PARENT
    assert consent.consent_age == 16
    assert consent.country == "NL" and consent.link_secret
    # Nothing goes to the parent before the child has confirmed their own address.
    assert not consent.link_sent_at and not _mails_to(PARENT)
    [verification] = _mails_to(CHILD)
    assert "/consent/" not in verification.body
    _confirm_child(post, client)
    consent.refresh_from_db()
    assert consent.link_sent_at
    [owed] = Message.objects.filter(kind=CONSENT_MAIL)
    assert owed.payload == {"consent": consent.pk} and owed.done_at is not None
    [to_parent] = _mails_to(PARENT)
    assert _link_in(to_parent).startswith("/en/consent/")
    assert "14 days" in to_parent.body


@pytest.mark.parametrize(("age_band", "country"), [("18+", "NL"), ("15-17", "FR")])
def test_an_adult_or_a_teenager_at_the_countrys_age_needs_no_consent(
    client, post, age_band, country
):
    response = _signup(post, client, age_band=age_band, country=country, parent_email=PARENT)

    assert response.status_code == HTTPStatus.FOUND, response.content
    assert User.objects.filter(email=CHILD).exists()
    assert not ParentalConsent.objects.exists()
    assert not Message.objects.filter(kind=CONSENT_MAIL).exists()
    assert [message.to for message in mail.outbox] == [[CHILD]]


# The parent's one-time link ----------------------------------------------------------------


def _snapshot():
    return (
        list(ParentalConsent.objects.values_list("status", "link_secret", "decided_at")),
        Message.objects.count(),
    )


def test_opening_the_parents_link_changes_nothing_and_agreeing_works_once(asked, post):
    parent = Client()
    before = _snapshot()

    response = parent.get(asked.link)

    assert response.status_code == HTTPStatus.OK
    assert 'value="agree"' in response.content.decode()
    assert _snapshot() == before
    assert not email_allowed(User.objects.get(pk=asked.child.pk))

    response = post(parent, asked.link, {"answer": "agree"})

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith("/en/consent/manage/")
    consent = _consent()
    assert (consent.status, consent.link_secret) == (Status.GIVEN, "")
    assert consent.decided_at is not None
    assert email_allowed(User.objects.get(pk=asked.child.pk))
    assert Message.objects.filter(kind=CONSENT_DECIDED_MAIL, done_at__isnull=False).count() == 1
    assert len(_mails_to(PARENT)) == 2

    for again in (parent.get(asked.link), post(parent, asked.link, {"answer": "refuse"})):
        assert again.status_code == HTTPStatus.GONE
        assert "used already" in again.content.decode()
    assert _consent().status == Status.GIVEN


def test_a_tampered_link_is_refused_with_400(asked, post):
    token = asked.link.removeprefix("/en/consent/").strip("/")
    forged = ("A" if token[0] != "A" else "B") + token[1:]

    for response in (
        Client().get(f"/en/consent/{forged}/"),
        post(Client(), f"/en/consent/{forged}/", {"answer": "agree"}),
    ):
        assert response.status_code == HTTPStatus.BAD_REQUEST
        assert "not valid" in response.content.decode()
    assert _consent().status == Status.PENDING


@pytest.mark.parametrize(
    ("days_old", "expected", "status"),
    [(13, HTTPStatus.FOUND, Status.GIVEN), (15, HTTPStatus.GONE, Status.PENDING)],
)
def test_the_parents_link_expires_after_14_days(asked, monkeypatch, days_old, expected, status):
    then = timezone.now() - datetime.timedelta(days=days_old)
    with monkeypatch.context() as past:
        past.setattr(signing.time, "time", then.timestamp)
        token = link_token(_consent())

    response = Client().post(f"/en/consent/{token}/", {"answer": "agree"})

    assert response.status_code == expected
    assert _consent().status == status
    if expected == HTTPStatus.GONE:
        assert "expired" in response.content.decode()


def test_the_parent_can_refuse(asked, post):
    response = post(Client(), asked.link, {"answer": "refuse"})

    assert response.status_code == HTTPStatus.OK
    assert _consent().status == Status.REFUSED
    assert not email_allowed(User.objects.get(pk=asked.child.pk))


# The parent's lasting link -----------------------------------------------------------------


def test_withdrawing_on_the_manage_page_limits_the_child_again(agreed, post):
    parent = Client()
    assert email_allowed(User.objects.get(pk=agreed.child.pk))
    assert "Withdraw my consent" in parent.get(agreed.manage).content.decode()

    response = post(parent, agreed.manage, {"answer": "withdraw"})

    assert response.status_code == HTTPStatus.FOUND
    assert _consent().status == Status.WITHDRAWN
    assert not email_allowed(User.objects.get(pk=agreed.child.pk))
    assert "withdrawn" in parent.get(response["Location"]).content.decode()


def test_the_parent_sees_the_childs_data_and_deletes_the_account(agreed, post):
    parent = Client()
    assert parent.get(agreed.manage, {"show": "data"}).status_code == HTTPStatus.OK
    download = parent.get(agreed.manage, {"format": "json"})
    assert download.status_code == HTTPStatus.OK
    assert "attachment" in download["Content-Disposition"]
    assert json.loads(download.content)["parental_consent"][0]["status"] == Status.GIVEN
    delete_url = f"{agreed.manage}delete/"

    unticked = post(parent, delete_url, {})
    assert unticked.status_code == HTTPStatus.OK
    assert User.objects.filter(pk=agreed.child.pk).exists()

    response = post(parent, delete_url, {"confirm": "on"})

    assert response.status_code == HTTPStatus.OK
    assert "The account is deleted" in response.content.decode()
    assert not User.objects.filter(pk=agreed.child.pk).exists()
    assert not ParentalConsent.objects.exists()
    for url in (agreed.manage, delete_url):
        assert parent.get(url).status_code == HTTPStatus.GONE


def test_after_a_withdrawal_only_the_same_parent_can_be_asked_and_keeps_their_link(agreed, post):
    post(Client(), agreed.manage, {"answer": "withdraw"})
    ParentalConsent.objects.update(link_sent_at=timezone.now() - datetime.timedelta(minutes=11))
    child = Client()
    child.force_login(agreed.child)

    elsewhere = post(child, STATUS_URL, {"parent_email": "dad@example.org"})
    assert elsewhere.status_code == HTTPStatus.OK
    assert "only they can give it again" in elsewhere.content.decode()
    assert _consent().parent_email == PARENT

    again = post(child, STATUS_URL, {"parent_email": PARENT})
    assert again.status_code == HTTPStatus.FOUND
    assert _consent().status == Status.PENDING
    # The parent who withdrew is asked, by a new one-time link.
    assert len([m for m in _mails_to(PARENT) if "/en/consent/" in m.body]) >= 2


def test_whoever_refuses_gets_no_link_to_the_childs_data(asked, post):
    response = post(Client(), asked.link, {"answer": "refuse"})

    assert response.status_code == HTTPStatus.OK
    assert "Thank you for your answer" in response.content.decode()
    assert not [m for m in _mails_to(PARENT) if "/consent/manage/" in m.body]
    assert _consent().status == Status.REFUSED


def test_a_refused_child_can_ask_another_address_but_the_same_one_only_tomorrow(asked, post):
    post(Client(), asked.link, {"answer": "refuse"})
    ParentalConsent.objects.update(link_sent_at=timezone.now() - datetime.timedelta(minutes=11))
    child = Client()
    child.force_login(asked.child)

    same = post(child, STATUS_URL, {"parent_email": PARENT})
    assert same.status_code == HTTPStatus.OK and "ask again tomorrow" in same.content.decode()
    other = post(child, STATUS_URL, {"parent_email": "dad@example.org"})
    assert other.status_code == HTTPStatus.FOUND
    assert _mails_to("dad@example.org")


def test_changing_country_does_not_undo_a_parents_refusal(asked, post):
    post(Client(), asked.link, {"answer": "refuse"})
    child = User.objects.get(pk=asked.child.pk)
    child.profile.country = "BE"
    child.profile.save()
    child = User.objects.get(pk=child.pk)

    assert consent_missing(child) == 16
    assert not email_allowed(child)


# What a child without consent may not have -----------------------------------------------


@pytest.mark.parametrize(
    ("status", "by_email"),
    [
        (Status.PENDING, False),
        (Status.REFUSED, False),
        (Status.WITHDRAWN, False),
        (Status.GIVEN, True),
    ],
)
def test_a_child_without_consent_gets_reminders_in_the_app_not_by_email(status, by_email):
    now = wednesday_noon()
    course = course_page(title="Safer gaming")
    module_page(course, title="Chat settings")
    child = learner(age_band="12-14", country="NL", audience="young_learner")
    ParentalConsent.objects.create(
        child=child, parent_email=PARENT, country="NL", consent_age=16, status=status
    )
    idle_enrolment(child, course, now=now)

    inactive_sweep(now=now)

    row = SentNotification.objects.get(user=child)
    assert row.status == SentNotification.Status.SENT
    if by_email:
        assert row.channel == "email"
        assert [message.to for message in mail.outbox] == [[child.email]]
        assert not InAppNotice.objects.exists()
    else:
        assert row.channel == "in_app"
        assert mail.outbox == []
        notice = InAppNotice.objects.get(user=child)
        assert "Safer gaming" in notice.title


def test_a_young_person_without_consent_cannot_ask_to_be_a_peer_mentor():
    organisation = OrganisationFactory(country="NL")
    coach = member(organisation, Role.COACH, audience="teacher")
    course = course_page(audience="peer_mentor", title="Becoming a peer expert")
    module = module_page(course, title="What a peer expert does")
    user = youth(organisation)
    module_complete(user=user, module=module)
    ParentalConsent.objects.filter(child=user).update(status=Status.PENDING)
    user = User.objects.get(pk=user.pk)  # as a request reads it

    with pytest.raises(ValidationError, match="parent or guardian must agree"):
        mentor_request(user=user, coach=coach)
    assert not PeerMentor.objects.filter(user=user).exists()

    ParentalConsent.objects.filter(child=user).update(status=Status.GIVEN)
    user = User.objects.get(pk=user.pk)
    assert mentor_request(user=user, coach=coach).status == PeerMentor.Status.REQUESTED


# The child's page ----------------------------------------------------------------------------


def test_the_child_can_ask_again_after_ten_minutes_and_the_old_link_stops(asked, post):
    child = Client()
    child.force_login(asked.child)
    assert f"We sent a link to {PARENT}" in child.get(STATUS_URL).content.decode()

    response = post(child, STATUS_URL, {"parent_email": PARENT})

    assert response.status_code == HTTPStatus.OK
    assert "Wait ten minutes" in response.content.decode()
    assert len(_mails_to(PARENT)) == 1

    ParentalConsent.objects.update(link_sent_at=timezone.now() - datetime.timedelta(minutes=11))
    response = post(child, STATUS_URL, {"parent_email": PARENT})

    assert response.status_code == HTTPStatus.FOUND
    assert "sent the link again" in child.get(response["Location"]).content.decode()
    first, second = _mails_to(PARENT)
    new_link = _link_in(second)
    assert new_link != asked.link
    assert Client().get(asked.link).status_code == HTTPStatus.GONE
    assert Client().get(new_link).status_code == HTTPStatus.OK
    assert _consent().status == Status.PENDING
