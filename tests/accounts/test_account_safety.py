"""Accounts against abuse: no enumeration, lockouts that spare the owner, mails that
speak as the product, confirmation that signs in, and the admin's closed door."""

import re
import statistics
import time
from http import HTTPStatus

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from accounts.models import User
from tests.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db

SIGNUP_URL = "/en/accounts/signup/"
LOGIN_URL = "/en/accounts/login/"
RESET_URL = "/en/accounts/password/reset/"
UNKNOWN = "nobody@nowhere.example"
PASSWORD = "Correct-Horse-Battery-9"
ATTACKER = "203.0.113.5"
OWNER = "198.51.100.7"
# allauth's own Dutch for its reset mail (allauth/locale/nl/LC_MESSAGES/django.po).
DUTCH_RESET_TEXT = "Je ontvangt deze mail omdat er een verzoek is ingelegd om je wachtwoord"
CSRF_INPUT = re.compile(r'<input[^>]*name="csrfmiddlewaretoken"[^>]*>')


def _signup(client, email, **extra):
    return client.post(
        SIGNUP_URL,
        {
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "age_band": "18+",
            "country": "GB",
        },
        **extra,
    )


def _reset(client, email, **extra):
    return client.post(RESET_URL, {"email": email}, **extra)


def _main(response, *addresses) -> str:
    """The page's main content, without the CSRF token and with the addresses blanked."""
    html = response.content.decode()
    match = re.search(r"<main\b.*?</main>", html, re.DOTALL)
    assert match, html
    text = CSRF_INPUT.sub("", match.group(0))
    for address in addresses:
        text = re.sub(re.escape(address), "ADDRESS", text, flags=re.IGNORECASE)
    return text


def _answer(post, email) -> tuple[int, str, str]:
    """Status, redirect target and the main content of the page it leads to."""
    client = Client()
    response = post(client, email)
    location = response.get("Location", "")
    assert location, (response.status_code, response.content.decode()[:2000])
    return response.status_code, location, _main(client.get(location), email)


def _mail_to(address):
    messages = [m for m in mail.outbox if [a.lower() for a in m.to] == [address.lower()]]
    assert len(messages) == 1, [(m.to, m.subject) for m in mail.outbox]
    return messages[0]


def _link_in(body: str) -> str:
    match = re.search(r"https?://[^/\s]+(/\S+)", body)
    assert match, body
    return match.group(1)


def _signed_in(client) -> bool:
    return "_auth_user_id" in client.session


# No account enumeration ----------------------------------------------------------------


def test_signup_answers_the_same_for_a_known_and_an_unknown_address():
    known = UserFactory()

    assert _answer(_signup, known.email) == _answer(_signup, UNKNOWN)

    # Nobody can tell from the page; the mails say what happened, to the address's owner.
    assert User.objects.filter(email__iexact=known.email).count() == 1
    assert User.objects.filter(email=UNKNOWN).count() == 1
    assert "already exists" in _mail_to(known.email).body
    assert "/accounts/confirm-email/" in _mail_to(UNKNOWN).body
    assert "already exists" not in _mail_to(UNKNOWN).body


def test_password_reset_answers_the_same_for_a_known_and_an_unknown_address():
    known = UserFactory()

    assert _answer(_reset, known.email) == _answer(_reset, UNKNOWN)

    to_known = _mail_to(known.email).body
    assert "/accounts/password/reset/key/" in to_known
    to_unknown = _mail_to(UNKNOWN).body
    assert "do not have any record of such an account" in to_unknown
    assert "/accounts/password/reset/key/" not in to_unknown
    assert not User.objects.filter(email=UNKNOWN).exists()


def _median_seconds(post, addresses) -> float:
    timings = []
    for address in addresses:
        client = Client()
        start = time.perf_counter()
        response = post(client, address)
        timings.append(time.perf_counter() - start)
        assert response.status_code == HTTPStatus.FOUND, response.status_code
    return statistics.median(timings)


@pytest.mark.parametrize("form", ["signup", "reset"])
def test_known_and_unknown_addresses_take_about_as_long(settings, form):
    # The hashers production uses (Django's defaults), not the tests' fast MD5: a sign-up
    # that hashes a password only for new addresses would otherwise hide a slow path.
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
        "django.contrib.auth.hashers.MD5PasswordHasher",
    ]
    known = [UserFactory().email for _ in range(3)]
    unknown = [f"nobody{n}@nowhere.example" for n in range(3)]
    post = _signup if form == "signup" else _reset
    _median_seconds(post, ["warm-up@nowhere.example"])  # templates, translations, imports

    known_median = _median_seconds(post, known)
    unknown_median = _median_seconds(post, unknown)

    # Coarse on purpose: three requests each in one test process, on a shared machine,
    # cannot show a few milliseconds. It does catch a path that does much more work
    # for one kind of address (a password hash, a slow query): a tenfold difference.
    ratio = max(known_median, unknown_median) / min(known_median, unknown_median)
    assert ratio < 5, {"known": known_median, "unknown": unknown_median}


# Lockout without locking out the owner --------------------------------------------------


def test_wrong_passwords_from_one_address_do_not_lock_out_the_owner(parent, password):
    attacker = Client(REMOTE_ADDR=ATTACKER)
    for _ in range(5):
        response = attacker.post(LOGIN_URL, {"login": parent.email, "password": "wrong-guess"})
        assert response.status_code == HTTPStatus.OK
        assert "Too many failed login attempts" not in response.content.decode()

    # The sixth try from that address is refused, even with the right password.
    response = attacker.post(LOGIN_URL, {"login": parent.email, "password": password})
    assert not _signed_in(attacker)
    assert (
        response.status_code == HTTPStatus.TOO_MANY_REQUESTS
        or "Too many failed login attempts" in response.content.decode()
    )

    owner = Client(REMOTE_ADDR=OWNER)
    response = owner.post(LOGIN_URL, {"login": parent.email, "password": password})
    assert response.status_code == HTTPStatus.FOUND
    assert owner.session["_auth_user_id"] == str(parent.pk)


def test_failed_logins_for_many_accounts_from_one_address_are_stopped(parent, password):
    attacker = Client(REMOTE_ADDR=ATTACKER)
    refused = []
    for n in range(31):
        response = attacker.post(LOGIN_URL, {"login": f"guess{n}@example.org", "password": "x"})
        assert response.status_code != HTTPStatus.INTERNAL_SERVER_ERROR
        refused.append(
            response.status_code == HTTPStatus.TOO_MANY_REQUESTS
            or "Too many" in response.content.decode()
        )

    assert refused[-1], "the 31st failed sign-in from one address went through"
    assert not any(refused[:5]), "refused before the per-address limit"
    # Another address is not affected.
    other = Client(REMOTE_ADDR=OWNER)
    other.post(LOGIN_URL, {"login": parent.email, "password": password})
    assert other.session["_auth_user_id"] == str(parent.pk)


# Mails come from the product ------------------------------------------------------------


@pytest.mark.parametrize("host", ["testserver", "127.0.0.1:8100"])
def test_the_confirmation_mail_speaks_as_the_product(host):
    # The request may reach the application on an internal address (a proxy, `make
    # run` on another port): the mail still names the public site, SITE_URL.
    _signup(Client(), "new.parent@example.org", HTTP_HOST=host)

    (message,) = mail.outbox
    site_name = str(settings.WAGTAIL_SITE_NAME)
    assert message.subject.startswith(site_name)
    assert site_name in message.body
    assert settings.SITE_URL in message.body
    for foreign in ("127.0.0.1", "example.com"):
        if foreign not in settings.SITE_URL:
            assert foreign not in message.body, message.body
    links = re.findall(r"https?://\S+", message.body)
    assert links and all(link.startswith(settings.SITE_URL) for link in links), links


def test_the_reset_mail_is_in_the_account_holders_language():
    dutch = UserFactory(profile__language="nl")

    # Asked for from an English page: the mail follows the profile, not the page.
    _reset(Client(), dutch.email)

    message = _mail_to(dutch.email)
    body = " ".join(message.body.split())
    assert " ".join(DUTCH_RESET_TEXT.split()) in body, message.body
    assert "You're receiving this email" not in body
    assert "/accounts/password/reset/key/" in body
    # The product's own greeting and signature (locale/nl), and the subject: the
    # product's Dutch name, then allauth's Dutch subject.
    with translation.override("nl"):
        name, subject = str(settings.WAGTAIL_SITE_NAME), gettext("Password Reset Email")
        hello, team = gettext("Hello,"), gettext("The %(site_name)s team") % {"site_name": name}
    assert name != "Awareness training" and subject != "Password Reset Email"
    assert hello != "Hello,"
    assert message.body.startswith(hello), message.body
    assert team in message.body
    assert message.subject == f"{name}: {subject}", message.subject


# Confirming the address signs in --------------------------------------------------------


def test_confirming_the_address_in_the_same_browser_signs_in():
    client = Client()
    _signup(client, "new.parent@example.org")
    assert not _signed_in(client)

    confirm_url = _link_in(_mail_to("new.parent@example.org").body)
    assert client.get(confirm_url).status_code == HTTPStatus.OK
    response = client.post(confirm_url)

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] != reverse("account_login")
    assert client.session["_auth_user_id"] == str(User.objects.get().pk)


# The admin --------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/admin/", "/django-admin/"])
def test_a_signed_in_person_without_admin_rights_gets_a_clear_403(client, parent, url):
    client.force_login(parent)

    response = client.get(url)

    assert response.status_code == HTTPStatus.FORBIDDEN
    html = response.content.decode()
    dashboard = reverse("courses_dashboard")
    assert f'href="{dashboard}"' in html or 'href="/"' in html
    # Following redirects ends on a page, never in a loop.
    followed = client.get(url, follow=True)
    assert followed.status_code == HTTPStatus.FORBIDDEN
    assert len(followed.redirect_chain) < 3


@pytest.mark.parametrize("url", ["/admin/", "/django-admin/"])
def test_an_anonymous_visitor_is_sent_to_sign_in(client, url):
    response = client.get(url, follow=True)

    assert response.redirect_chain
    assert response.status_code == HTTPStatus.OK
    assert response.request["PATH_INFO"] == reverse("account_login")


def test_a_staff_superuser_enters_the_django_admin(client, staff_user):
    client.force_login(staff_user)

    assert client.get("/django-admin/").status_code == HTTPStatus.OK
