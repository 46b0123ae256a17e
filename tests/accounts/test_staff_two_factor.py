from http import HTTPStatus

import pytest
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.test import override_settings

pytestmark = pytest.mark.django_db

ACTIVATE_TOTP_URL = "/en/accounts/2fa/totp/activate/"


def _current_code(secret: str) -> str:
    counter = next(iter(yield_hotp_counters_from_time()))
    return format_hotp_value(hotp_value(secret, counter))


@override_settings(ACCOUNTS_STAFF_MFA_REQUIRED=True)
@pytest.mark.parametrize("admin_url", ["/admin/", "/admin/pages/", "/django-admin/"])
def test_staff_without_totp_are_sent_to_set_it_up_before_the_admin(client, staff_user, admin_url):
    client.force_login(staff_user)

    response = client.get(admin_url)

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(ACTIVATE_TOTP_URL)


@override_settings(ACCOUNTS_STAFF_MFA_REQUIRED=True)
def test_wagtail_editors_count_as_staff(client, editor):
    client.force_login(editor)

    response = client.get("/admin/")

    assert response["Location"].startswith(ACTIVATE_TOTP_URL)


@override_settings(ACCOUNTS_STAFF_MFA_REQUIRED=True)
def test_staff_with_totp_reach_the_admin(client, staff_user):
    TOTP.activate(staff_user, generate_totp_secret())
    client.force_login(staff_user)

    assert client.get("/admin/").status_code == HTTPStatus.OK


@override_settings(ACCOUNTS_STAFF_MFA_REQUIRED=True)
def test_learners_are_not_asked_for_totp(client, parent):
    client.force_login(parent)

    assert client.get("/en/accounts/profile/").status_code == HTTPStatus.OK
    # The admin itself turns them away, without a detour through two-factor set-up.
    response = client.get("/admin/")
    assert not response.get("Location", "").startswith(ACTIVATE_TOTP_URL)


@override_settings(ACCOUNTS_STAFF_MFA_REQUIRED=False)
def test_the_local_demo_lets_staff_in_without_totp(client, staff_user):
    client.force_login(staff_user)

    assert client.get("/admin/").status_code == HTTPStatus.OK


def test_login_of_a_user_with_totp_asks_for_the_code(client, staff_user, password):
    secret = generate_totp_secret()
    TOTP.activate(staff_user, secret)

    response = client.post("/en/accounts/login/", {"login": staff_user.email, "password": password})

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session

    response = client.post("/en/accounts/2fa/authenticate/", {"code": _current_code(secret)})
    assert response.status_code == HTTPStatus.FOUND
    assert client.session["_auth_user_id"] == str(staff_user.pk)


def test_the_admin_login_pages_lead_to_the_one_login(client):
    for url in ("/admin/login/", "/django-admin/login/"):
        response = client.get(url)
        assert response.status_code == HTTPStatus.FOUND
        assert response["Location"].startswith("/en/accounts/login/")
